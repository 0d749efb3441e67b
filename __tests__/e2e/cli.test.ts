// The installed `sherpack-push` against the real registry, in anonymous, basic and token modes:
// package, push, pull (archive and --untar), inspect, a layer altered in storage, credentials
// from --password-stdin, -p and the environment, and a GitLab CI run with no configuration.
import { createHash, randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { examplePack } from '../support/action.js'
import { writeOciLayout } from '../support/oci-layout.js'
import { startRegistry, type RegistryAuthMode, type TestRegistry } from '../support/registry.js'
import { skopeoCopyLayoutToRegistry, skopeoInspectRaw } from '../support/skopeo.js'
import { installCli, type CliRun, type InstalledCli, type RunCliOptions } from './cli-harness.js'

const USER = 'alice'
const PASSWORD = 'alice-secret-pw'
const SHA = 'c0ffee0123456789abcdef0123456789abcdef01'

let cli: InstalledCli
beforeAll(async () => {
  cli = await installCli()
}, 300_000)
afterAll(async () => {
  await cli?.remove()
})

function sha256(bytes: Buffer): string {
  return 'sha256:' + createHash('sha256').update(bytes).digest('hex')
}

/** A run that must succeed: its stderr is in the failure message when it does not. */
function expectOk(run: CliRun): CliRun {
  expect(run.stderr, `exit ${run.code}`).not.toMatch(/^error: /m)
  expect(run.code).toBe(0)
  return run
}

/** The one-line failure every command gives. */
function expectFailure(run: CliRun, message: RegExp): void {
  expect(run.code).toBe(1)
  const errors = run.stderr.split('\n').filter((line) => line.startsWith('error: '))
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(message)
  expect(run.stderr).not.toMatch(/please report it|\n\s+at /)
}

function noWorkflowCommands(text: string): void {
  for (const line of text.split('\n')) expect(line).not.toMatch(/^\s*::/)
}

interface InspectJson {
  digest: string
  mediaType: string
  isPack: boolean
  config: { mediaType: string }
  layers: { mediaType: string; digest: string; size: number }[]
  annotations: Record<string, string>
  pack: Record<string, unknown>
}

type CredentialWay = 'none' | 'password-stdin' | 'environment'

const MODES: { auth: RegistryAuthMode; way: CredentialWay }[] = [
  { auth: 'anonymous', way: 'none' },
  { auth: 'htpasswd', way: 'password-stdin' },
  { auth: 'token', way: 'environment' }
]

describe.each(MODES)('$auth registry, credentials: $way', ({ auth, way }) => {
  let registry: TestRegistry
  let archive: string
  let archiveBytes: Buffer
  let pushedDigest: string
  const repo = 'e2e/hello-pack'

  /** Credentials the way this mode passes them, for any command. */
  const withCredentials = (
    args: string[],
    options: RunCliOptions = {}
  ): [string[], RunCliOptions] => {
    if (way === 'password-stdin') {
      return [[...args, '-u', USER, '--password-stdin'], { ...options, input: `${PASSWORD}\n` }]
    }
    if (way === 'environment') {
      const env = { ...options.env, SHERPACK_OCI_USERNAME: USER, SHERPACK_OCI_PASSWORD: PASSWORD }
      return [args, { ...options, env }]
    }
    return [args, options]
  }
  const runWithCredentials = (args: string[], options?: RunCliOptions) =>
    cli.run(...withCredentials(args, options))

  beforeAll(async () => {
    registry = await startRegistry({ auth })
    const dir = await cli.scratch(`${auth}-package`)
    const packaged = expectOk(await cli.run(['package', examplePack], { cwd: dir }))
    const [file, digest] = packaged.stdout.trim().split(' ') as [string, string]
    expect(file).toBe('hello-pack-0.1.0.tar.gz')
    archive = path.join(dir, file)
    archiveBytes = await readFile(archive)
    expect(sha256(archiveBytes)).toBe(digest)
  }, 120_000)
  afterAll(async () => {
    await registry?.stop()
  })

  it('push --json prints the metadata object alone on stdout; pull gives identical bytes', async () => {
    const ref = `oci://${registry.host}/${repo}:0.1.0`
    const pushed = expectOk(
      await runWithCredentials(['push', archive, ref, '--plain-http', '--json'])
    )
    const metadata = JSON.parse(pushed.stdout) as Record<string, unknown>
    expect(pushed.stdout.trim().split('\n')).toHaveLength(1)
    expect(metadata).toMatchObject({
      'archive-digest': sha256(archiveBytes),
      'pack-name': 'hello-pack',
      'pack-version': '0.1.0',
      repository: `${registry.host}/${repo}`,
      tags: ['0.1.0'],
      tagsWritten: ['0.1.0'],
      pushed: true
    })
    pushedDigest = metadata.digest as string
    const creds = auth === 'anonymous' ? {} : { creds: `${USER}:${PASSWORD}` }
    expect(sha256(await skopeoInspectRaw(`${registry.host}/${repo}:0.1.0`, creds))).toBe(
      pushedDigest
    )

    const out = await cli.scratch(`${auth}-pull`)
    const pulled = expectOk(await runWithCredentials(['pull', ref, '--plain-http'], { cwd: out }))
    expect(pulled.stdout.trim()).toBe('hello-pack-0.1.0.tar.gz')
    expect(await readdir(out)).toEqual(['hello-pack-0.1.0.tar.gz'])
    expect((await readFile(path.join(out, 'hello-pack-0.1.0.tar.gz'))).equals(archiveBytes)).toBe(
      true
    )
    noWorkflowCommands(pushed.stderr + pulled.stderr)
  })

  it('inspect --json reports the digest push printed, the media types and the pack metadata', async () => {
    const inspected = expectOk(
      await runWithCredentials([
        'inspect',
        `oci://${registry.host}/${repo}:0.1.0`,
        '--plain-http',
        '--json'
      ])
    )
    const report = JSON.parse(inspected.stdout) as InspectJson
    expect(report.digest).toBe(pushedDigest)
    expect(report.mediaType).toBe('application/vnd.oci.image.manifest.v1+json')
    expect(report.isPack).toBe(true)
    expect(report.config.mediaType).toBe('application/vnd.cncf.helm.config.v1+json')
    expect(report.layers).toEqual([
      expect.objectContaining({
        mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
        digest: sha256(archiveBytes),
        size: archiveBytes.length
      })
    ])
    expect(report.pack).toMatchObject({
      name: 'hello-pack',
      version: '0.1.0',
      appVersion: '1.27.3'
    })
    expect(report.annotations['org.opencontainers.image.version']).toBe('0.1.0')

    const text = expectOk(
      await runWithCredentials([
        'inspect',
        `oci://${registry.host}/${repo}@${pushedDigest}`,
        '--plain-http'
      ])
    )
    expect(text.stdout).toContain(`digest:     ${pushedDigest}`)
    expect(text.stdout).toContain('is:         a Sherpack pack')
  })

  it('pull --untar by digest gives the pack files under DIR/<name>/', async () => {
    const out = await cli.scratch(`${auth}-untar`)
    const ref = `oci://${registry.host}/${repo}@${pushedDigest}`
    expectOk(await runWithCredentials(['pull', ref, '--plain-http', '--untar', '-o', out]))
    expect(await readdir(out)).toEqual(['hello-pack'])
    const root = path.join(out, 'hello-pack')
    const files = await readdir(root, { recursive: true })
    for (const file of [
      'Pack.yaml',
      'values.yaml',
      'values.schema.yaml',
      'templates/deployment.yaml'
    ]) {
      expect(files).toContain(file)
      expect(await readFile(path.join(root, file))).toEqual(
        await readFile(path.join(examplePack, file))
      )
    }
  })

  it('the destination tag and every --tag are written', async () => {
    const ref = `oci://${registry.host}/e2e/tagged:0.1.0`
    expectOk(
      await runWithCredentials([
        'push',
        archive,
        ref,
        '-t',
        'latest',
        '--tag',
        'stable',
        '--plain-http',
        '-q'
      ])
    )
    expect((await registry.listTags('e2e/tagged')).sort()).toEqual(['0.1.0', 'latest', 'stable'])
  })

  it('a non-pack artifact is refused, naming its media types, and leaves no file', async () => {
    const layout = await cli.scratch(`${auth}-layout`)
    await writeOciLayout(
      layout,
      'v1',
      { mediaType: 'application/vnd.oci.image.config.v1+json', bytes: Buffer.from('{}') },
      [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', bytes: randomBytes(64) }]
    )
    const creds = auth === 'anonymous' ? undefined : `${USER}:${PASSWORD}`
    await skopeoCopyLayoutToRegistry(layout, 'v1', `${registry.host}/e2e/image:v1`, creds)
    const out = await cli.scratch(`${auth}-not-a-pack`)
    const pulled = await runWithCredentials([
      'pull',
      `oci://${registry.host}/e2e/image:v1`,
      '--plain-http',
      '-o',
      out
    ])
    expectFailure(
      pulled,
      /is not a Sherpack pack.*application\/vnd\.oci\.image\.config\.v1\+json.*application\/vnd\.oci\.image\.layer\.v1\.tar/
    )
    expect(await readdir(out)).toEqual([])
  })

  // Last in this registry: it breaks the layer's blob for every repository.
  it('a layer altered in the registry storage: pull exits 1 naming the digest mismatch, no file left', async () => {
    const layerHex = sha256(archiveBytes).slice('sha256:'.length)
    const data = path.join(
      registry.storageDir,
      'docker/registry/v2/blobs/sha256',
      layerHex.slice(0, 2),
      layerHex,
      'data'
    )
    const original = await readFile(data)
    await writeFile(data, Buffer.from(original.map((byte) => byte ^ 0xff)))
    for (const extra of [[], ['--untar']]) {
      const out = path.join(await cli.scratch(`${auth}-tampered${extra.join('')}`), 'not-yet')
      const ref = `oci://${registry.host}/${repo}:0.1.0`
      const pulled = await runWithCredentials(['pull', ref, '--plain-http', '-o', out, ...extra])
      // Names the digest mismatch and the layer's digest.
      expectFailure(
        pulled,
        new RegExp(`digest mismatch: its bytes hash to sha256:[0-9a-f]{64}, not sha256:${layerHex}`)
      )
      expect(existsSync(out)).toBe(false)
    }
  })

  it('no output holds the password (or its Basic form) or a workflow command', () => {
    const transcript = cli.transcript()
    expect(transcript).not.toContain(PASSWORD)
    expect(transcript).not.toContain(Buffer.from(`${USER}:${PASSWORD}`).toString('base64'))
    noWorkflowCommands(transcript)
  })
})

describe('credentials on the command line', () => {
  let registry: TestRegistry
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' })
  })
  afterAll(async () => {
    await registry?.stop()
  })

  it('-u/-p works, warns that -p is visible to others, and never prints the password', async () => {
    const run = await cli.run([
      'push',
      examplePack,
      `oci://${registry.host}/flags/hello-pack`,
      '-u',
      USER,
      '-p',
      PASSWORD,
      '--plain-http'
    ])
    expectOk(run)
    expect(run.stderr).toMatch(/warning: .*--password.*prefer --password-stdin/)
    expect(await registry.listTags('flags/hello-pack')).toEqual(['0.1.0'])
    expect(run.stdout + run.stderr).not.toContain(PASSWORD)
  })

  it('no credentials for a registry that needs them: one line naming the CLI ways to give them', async () => {
    const run = await cli.run([
      'push',
      examplePack,
      `oci://${registry.host}/flags/denied`,
      '--plain-http'
    ])
    expectFailure(run, /credentials/)
    expect(run.stderr).toMatch(/-u\/-p|--password-stdin|SHERPACK_OCI_USERNAME/)
    expect(run.stderr).not.toMatch(/\binputs?\b|docker\/login-action/)
    expect(await registry.listTags('flags/denied')).toEqual([])
  })

  it('a wrong password from stdin fails in one line without echoing it', async () => {
    const run = await cli.run(
      [
        'pull',
        `oci://${registry.host}/flags/hello-pack:0.1.0`,
        '--plain-http',
        '-u',
        USER,
        '--password-stdin'
      ],
      { input: 'not-the-password-xyz\n' }
    )
    expectFailure(run, /refused|401|credentials/)
    expect(run.stdout + run.stderr).not.toContain('not-the-password-xyz')
  })
})

describe('GitLab CI with no configuration', () => {
  let registry: TestRegistry
  const gitLabEnv = () => ({
    GITLAB_CI: 'true',
    CI_REGISTRY: registry.host,
    CI_REGISTRY_IMAGE: `${registry.host}/group/project`,
    CI_REGISTRY_USER: USER,
    CI_REGISTRY_PASSWORD: PASSWORD,
    CI_COMMIT_SHA: SHA,
    CI_COMMIT_SHORT_SHA: SHA.slice(0, 8),
    CI_PROJECT_PATH: 'group/project',
    CI_SERVER_URL: 'https://gitlab.example.com',
    CI_PIPELINE_SOURCE: 'push'
  })
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' })
  })
  afterAll(async () => {
    await registry?.stop()
  })

  it('a v0.1.0 tag pipeline pushes to $CI_REGISTRY_IMAGE/<pack> as 0.1.0, 0.1 and latest', async () => {
    const env = { ...gitLabEnv(), CI_COMMIT_TAG: 'v0.1.0', CI_COMMIT_REF_NAME: 'v0.1.0' }
    const run = expectOk(await cli.run(['push', examplePack, '--plain-http', '--json'], { env }))
    const metadata = JSON.parse(run.stdout) as Record<string, unknown>
    expect(metadata.repository).toBe(`${registry.host}/group/project/hello-pack`)
    expect(metadata.tags).toEqual(['0.1.0', '0.1', 'latest'])
    expect((await registry.listTags('group/project/hello-pack')).sort()).toEqual([
      '0.1',
      '0.1.0',
      'latest'
    ])
    expect(run.stderr).toMatch(/CI_REGISTRY_USER/)
    const inspected = expectOk(
      await cli.run(
        [
          'inspect',
          `oci://${registry.host}/group/project/hello-pack:latest`,
          '--plain-http',
          '--json'
        ],
        { env }
      )
    )
    const report = JSON.parse(inspected.stdout) as {
      digest: string
      annotations: Record<string, string>
    }
    expect(report.digest).toBe(metadata.digest)
    expect(report.annotations['org.opencontainers.image.revision']).toBe(SHA)
  })

  it('a branch pipeline gets <branch> and sha-<commit>', async () => {
    const env = {
      ...gitLabEnv(),
      CI_COMMIT_BRANCH: 'feature/login',
      CI_COMMIT_REF_NAME: 'feature/login'
    }
    expectOk(await cli.run(['push', examplePack, '--plain-http', '-q'], { env }))
    expect(await registry.listTags('group/project/hello-pack')).toEqual(
      expect.arrayContaining(['feature-login', `sha-${SHA.slice(0, 7)}`])
    )
  })

  it('never prints the CI password, nor a workflow command', () => {
    expect(cli.transcript()).not.toContain(PASSWORD)
    noWorkflowCommands(cli.transcript())
  })
})
