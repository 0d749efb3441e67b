// The runner runs the action on Node 24 (action.yml: node24); package.json `engines` promises it
// runs from Node 20 (the bundle's esbuild target), and this machine's Node may be any of them.
// The bundle built from the current sources pushes under Node 22 and 24 (the npm `node` binaries
// scripts/ensure-test-tools.sh installs) and under this process's Node, to the real registry, read
// back with skopeo: the same bytes and the same digest on every runtime. Run on Node 20 (these
// machines, the CI matrix's first leg) this is the proof that the `engines` floor is true.
import { access, constants, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import semver from 'semver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { examplePack, repoRoot, runAction, type ActionRun } from '../support/action.js'
import { runCommand } from '../support/run-command.js'
import { skopeoInspectRaw } from '../support/skopeo.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'

const nodeBinary = (major: number): string =>
  path.join(repoRoot, '.tools', `node${major}`, 'node_modules', 'node', 'bin', 'node')
const node22 = nodeBinary(22)
const node24 = nodeBinary(24)

async function requireNode(major: number): Promise<string> {
  const binary = nodeBinary(major)
  try {
    await access(binary, constants.X_OK)
  } catch {
    throw new Error(
      `The Node ${major} binary is missing (${binary}): run \`bash scripts/ensure-test-tools.sh\` (npm test does) to install it.`
    )
  }
  const version = (await runCommand(binary, ['--version'], { timeoutMs: 30_000 })).stdout
    .toString('utf8')
    .trim()
  if (!version.startsWith(`v${major}.`)) {
    throw new Error(
      `${binary} is ${version || 'not runnable'}, not Node ${major}: remove .tools/node${major} and run \`bash scripts/ensure-test-tools.sh\` again.`
    )
  }
  return version
}

describe('package.json engines', () => {
  it('is the floor the bundle is built for, and allows the Node running this suite', async () => {
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
      engines: { node: string }
    }
    const build = await readFile(path.join(repoRoot, 'scripts', 'build.mjs'), 'utf8')
    const target = /target: 'node(\d+)'/.exec(build)?.[1]
    expect(target, "scripts/build.mjs target: 'nodeNN'").toBeDefined()
    expect(semver.minVersion(pkg.engines.node)?.major).toBe(Number(target))
    // This process runs the bundle in every e2e test: a Node below the floor must not run them.
    expect(semver.satisfies(process.version, pkg.engines.node), process.version).toBe(true)
  })
})

describe('the bundled action under Node 22, Node 24 and this process', () => {
  let registry: TestRegistry
  let versions: string[]

  beforeAll(async () => {
    versions = await Promise.all([requireNode(22), requireNode(24)])
    registry = await startRegistry({ auth: 'htpasswd' })
  })
  afterAll(async () => {
    await registry?.stop()
  })

  const push = (repository: string, node?: string): Promise<ActionRun> =>
    runAction({
      node,
      inputs: {
        path: examplePack,
        destination: `oci://${registry.host}/${repository}`,
        tags: '0.1.0, edge',
        'plain-http': 'true',
        username: 'alice',
        password: 'alice-secret-pw'
      }
    })

  it('pushes end to end, with the same digest as this process gives', async () => {
    expect(versions).toEqual([expect.stringMatching(/^v22\./), expect.stringMatching(/^v24\./)])
    const [on22, on24, onThis] = await Promise.all([
      push('node22/hello', node22),
      push('node24/hello', node24),
      push('this/hello')
    ])
    for (const run of [on22, on24, onThis]) {
      expect(run.errors).toEqual([])
      expect(run.exitCode).toBe(0)
    }

    const digest = on24.outputs.digest as string
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(onThis.outputs.digest).toBe(digest)
    expect(on22.outputs.digest).toBe(digest)
    expect(onThis.outputs['archive-digest']).toBe(on24.outputs['archive-digest'])
    expect(on22.outputs['archive-digest']).toBe(on24.outputs['archive-digest'])

    // What each runtime wrote is in the registry, byte for byte the same.
    const creds = 'alice:alice-secret-pw'
    const from24 = await skopeoInspectRaw(`${registry.host}/node24/hello:edge`, { creds })
    const from22 = await skopeoInspectRaw(`${registry.host}/node22/hello:edge`, { creds })
    const fromThis = await skopeoInspectRaw(`${registry.host}/this/hello:edge`, { creds })
    expect(from24.equals(fromThis)).toBe(true)
    expect(from22.equals(fromThis)).toBe(true)
    expect((await registry.listTags('node24/hello')).sort()).toEqual(['0.1.0', 'edge'])

    // The same log groups and summary on every runtime.
    for (const run of [on22, on24, onThis]) {
      for (const group of ['Resolve inputs', 'Package', 'Authenticate', 'Upload', 'Tag']) {
        expect(run.stdout).toContain(`::group::${group}\n`)
      }
      expect(run.summary).toContain('<h2>Sherpack pack hello-pack 0.1.0 pushed</h2>')
    }
  })

  it('checks and pushes a prebuilt archive, and refuses a damaged one, as on this Node', async () => {
    // The archive check (node:zlib, tar) on the runtime the action declares, on a good archive
    // and on one cut short.
    const packaged = await runAction({
      inputs: { path: examplePack, push: 'false', destination: `oci://${registry.host}/unused` }
    })
    expect(packaged.exitCode).toBe(0)
    const archive = packaged.outputs.archive as string
    const prebuilt = await runAction({
      node: node24,
      inputs: {
        path: archive,
        destination: `oci://${registry.host}/node24/prebuilt`,
        tags: '0.1.0',
        'plain-http': 'true',
        username: 'alice',
        password: 'alice-secret-pw'
      }
    })
    expect(prebuilt.errors).toEqual([])
    expect(prebuilt.outputs['archive-digest']).toBe(packaged.outputs['archive-digest'])
    expect(prebuilt.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/)

    const bytes = await readFile(archive)
    const cut = path.join(path.dirname(archive), 'cut-0.1.0.tgz')
    await writeFile(cut, bytes.subarray(0, bytes.length - 30))
    const refused = await runAction({
      node: node24,
      inputs: { path: cut, push: 'false', destination: `oci://${registry.host}/unused` }
    })
    expect(refused.exitCode).toBe(1)
    expect(refused.errors).toHaveLength(1)
    expect(refused.errors[0]).toMatch(/cut-0\.1\.0\.tgz is not a valid gzip file/)
  })
})
