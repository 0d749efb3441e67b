// Tags derived from a simulated git ref, pushed to the real registry; annotations read back with
// skopeo; one commit pushed to two repositories gives one digest.
import { cp, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { examplePack, runAction } from '../support/action.js'
import { skopeoInspectRaw } from '../support/skopeo.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { tempDir } from '../support/temp.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'

/** The example pack with its version set to `version`. */
async function packAtVersion(version: string): Promise<string> {
  const dir = path.join(await tempDir('pack-'), 'hello-pack')
  await cp(examplePack, dir, { recursive: true })
  const packFile = path.join(dir, 'Pack.yaml')
  const text = await readFile(packFile, 'utf8')
  await writeFile(packFile, text.replace(/^ {2}version: .*$/m, `  version: ${version}`))
  return dir
}

function githubEnv(ref: string, extra: Record<string, string> = {}): Record<string, string> {
  const [, kind, name] = /^refs\/(heads|tags)\/(.*)$/.exec(ref) ?? []
  return {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: ref,
    GITHUB_REF_NAME: name ?? ref,
    GITHUB_REF_TYPE: kind === 'tags' ? 'tag' : 'branch',
    GITHUB_SHA: SHA,
    GITHUB_REPOSITORY: 'Octo-Org/hello-repo',
    GITHUB_REPOSITORY_OWNER: 'Octo-Org',
    GITHUB_SERVER_URL: 'https://github.example.com',
    GITHUB_ACTOR: 'octocat',
    ...extra
  }
}

describe('tags and annotations from the git context (real registry)', () => {
  let registry: TestRegistry
  let pack: string

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'anonymous' })
    pack = await packAtVersion('1.2.3')
  })
  afterAll(async () => {
    await registry?.stop()
  })

  /** The action pushing the pack to `repository` in the git context `env`. */
  const pushOnRef = (repository: string, env: Record<string, string>) =>
    runAction({
      inputs: {
        path: pack,
        destination: `oci://${registry.host}/${repository}`,
        'plain-http': 'true'
      },
      env
    })

  it('a v1.2.3 tag push writes 1.2.3, 1.2, 1 and latest, all on one digest with the annotations', async () => {
    const run = await pushOnRef('octo-org/hello-pack', githubEnv('refs/tags/v1.2.3'))
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.tags).toBe('1.2.3,1.2,1,latest')
    expect(run.outputs.version).toBe('1.2.3')
    const metadata = JSON.parse(run.outputs.metadata as string) as {
      tagPlan: { tag: string; rule: string }[]
    }
    expect(metadata.tagPlan.map((t) => t.tag)).toEqual(['1.2.3', '1.2', '1', 'latest'])
    expect(run.stdout).toMatch(/1\.2\s+← semver tag: major\.minor/)

    const digest = run.outputs.digest as string
    const raws = await Promise.all(
      ['1.2.3', '1.2', '1', 'latest'].map((tag) =>
        skopeoInspectRaw(`${registry.host}/octo-org/hello-pack:${tag}`)
      )
    )
    for (const raw of raws) expect(raw.equals(raws[0]!)).toBe(true)
    expect((await registry.listTags('octo-org/hello-pack')).sort()).toEqual([
      '1',
      '1.2',
      '1.2.3',
      'latest'
    ])

    const manifest = JSON.parse(raws[0]!.toString()) as { annotations: Record<string, string> }
    expect(manifest.annotations).toMatchObject({
      'org.opencontainers.image.title': 'hello-pack',
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.description':
        'A tiny web server that says hello, packaged as a Sherpack pack',
      'org.opencontainers.image.created': '2026-01-01T00:00:00+00:00',
      'org.opencontainers.image.source': 'https://github.example.com/Octo-Org/hello-repo',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.url': 'https://github.com/sherpack/push-action',
      'sherpack.io/category': 'examples'
    })
    expect(digest).toMatch(/^sha256:/)
  })

  it('fails before writing anything when the tag does not match Pack.yaml', async () => {
    const run = await pushOnRef('octo-org/mismatch', githubEnv('refs/tags/v1.2.4'))
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/v1\.2\.4/)
    expect(run.errors[0]).toMatch(/1\.2\.3/)
    expect(run.errors[0]).toMatch(/version-check: false/)
    expect(await registry.catalog()).not.toContain('octo-org/mismatch')
  })

  it('a branch push writes the sanitised branch and sha tags; the same commit has one digest in two repositories', async () => {
    const env = githubEnv('refs/heads/Feature/New_UI')
    const first = await pushOnRef('team-a/hello', env)
    const second = await pushOnRef('team-b/nested/hello', env)
    expect(first.exitCode).toBe(0)
    expect(second.exitCode).toBe(0)
    expect(first.outputs.tags).toBe('Feature-New_UI,sha-0123456')
    expect(second.outputs.digest).toBe(first.outputs.digest)
    expect((await registry.listTags('team-b/nested/hello')).sort()).toEqual([
      'Feature-New_UI',
      'sha-0123456'
    ])
  })

  it('derives oci://ghcr.io/<owner lower-cased>/<pack> when no destination is given (push: false)', async () => {
    const run = await runAction({
      inputs: { path: pack, push: 'false' },
      env: githubEnv('refs/heads/main')
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.ref).toBe(`ghcr.io/octo-org/hello-pack@${run.outputs.digest}`)
    expect(run.outputs.tags).toBe('main,sha-0123456')
  })

  it('refuses a destination typed with capitals, naming the part to lower-case', async () => {
    const run = await pushOnRef('Octo-Org/hello', githubEnv('refs/heads/main'))
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain("'Octo-Org'")
    expect(run.errors[0]).toContain('octo-org/hello')
  })
})
