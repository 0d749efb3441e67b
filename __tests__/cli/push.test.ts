// push through the core, in-process, to a local OCI layout (no registry needed): the tags the CLI
// asks for, the --json object, the one-line failures.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { planTags } from '../../src/core/tags.js'
import { packagePack } from '../../src/pack/index.js'
import { main } from '../../src/cli/main.js'
import { fakeIo } from './fake-io.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const examplePack = path.join(repoRoot, 'examples', 'hello-pack')
const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' }
let work: string

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cli-push-'))
})
afterAll(() => rm(work, { recursive: true, force: true }))

async function layoutTags(dir: string): Promise<string[]> {
  const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as {
    manifests: { annotations?: Record<string, string> }[]
  }
  return index.manifests
    .map((m) => m.annotations?.['org.opencontainers.image.ref.name'])
    .filter((tag): tag is string => tag !== undefined)
    .sort()
}

describe('the destination tag and every --tag (planTags with destinationTagToo)', () => {
  it.each<[string, string | undefined, string[], string[]]>([
    ['destination tag first, then each --tag', '1.0.0', ['latest', 'x'], ['1.0.0', 'latest', 'x']],
    ['no destination tag', undefined, ['latest'], ['latest']]
  ])('%s', (_name, destinationTag, entries, expected) => {
    const plan = planTags({
      entries,
      destinationTag,
      destinationTagToo: true,
      version: '1.0.0',
      context: {},
      versionCheck: true
    })
    expect(plan.map((t) => t.tag)).toEqual(expected)
  })
})

describe('sherpack-push push (to an OCI layout)', () => {
  it('writes the destination tag and every --tag, and --json prints the metadata alone', async () => {
    const layout = path.join(work, 'layout')
    const terminal = fakeIo({ env: EPOCH, cwd: work })
    const code = await main(
      [
        'push',
        examplePack,
        `oci-layout://${layout}:0.1.0`,
        '-t',
        'latest',
        '--tag',
        'v{{major}}',
        '--json'
      ],
      terminal.io
    )
    expect(terminal.stderr()).not.toMatch(/^error/m)
    expect(code).toBe(0)
    const lines = terminal.stdout().trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    const metadata = JSON.parse(lines[0] as string) as Record<string, unknown>
    expect(metadata).toMatchObject({
      'pack-name': 'hello-pack',
      'pack-version': '0.1.0',
      tags: ['0.1.0', 'latest', 'v0'],
      tagsWritten: ['0.1.0', 'latest', 'v0'],
      pushed: true
    })
    expect(metadata.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    // Packaged into a temporary directory, gone once the command ends: no path to it.
    expect(metadata).not.toHaveProperty('archive')
    expect(metadata['archive-digest']).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(await layoutTags(layout)).toEqual(['0.1.0', 'latest', 'v0'])
  })

  it("--json of a prebuilt archive names it: the file is the user's, and still there", async () => {
    const built = await packagePack({
      path: examplePack,
      outDir: await mkdtemp(path.join(work, 'built-')),
      created: new Date(0)
    })
    const terminal = fakeIo({ env: EPOCH, cwd: work })
    const layout = path.join(work, 'layout-prebuilt')
    const code = await main(
      ['push', built.archivePath, `oci-layout://${layout}:0.1.0`, '--json'],
      terminal.io
    )
    expect(code).toBe(0)
    const metadata = JSON.parse(terminal.stdout().trim()) as Record<string, unknown>
    expect(metadata).toMatchObject({
      archive: built.archivePath,
      'archive-digest': built.archiveDigest
    })
    await expect(stat(built.archivePath)).resolves.toBeTruthy()
  })

  it('without --json: the immutable reference and the tags written; --quiet: the reference only', async () => {
    const layout = path.join(work, 'layout-text')
    const loud = fakeIo({ env: EPOCH, cwd: work })
    expect(await main(['push', examplePack, `oci-layout://${layout}`], loud.io)).toBe(0)
    const [ref, tags] = loud.stdout().trimEnd().split('\n')
    expect(ref).toMatch(new RegExp(`^${layout}@sha256:[0-9a-f]{64}$`))
    expect(tags).toBe('tags written: 0.1.0')
    expect(loud.stderr()).toMatch(/Tag plan/)

    const quiet = fakeIo({ env: EPOCH, cwd: work })
    expect(await main(['push', examplePack, `oci-layout://${layout}`, '-q'], quiet.io)).toBe(0)
    expect(quiet.stdout()).toBe(`${ref}\n`)
    expect(quiet.stderr()).toBe('')
  })

  it('GitLab CI env gives the tag-derived tags to any destination', async () => {
    const layout = path.join(work, 'layout-gitlab')
    const terminal = fakeIo({
      env: { ...EPOCH, GITLAB_CI: 'true', CI_COMMIT_TAG: 'v0.1.0', CI_COMMIT_SHA: 'a'.repeat(40) },
      cwd: work
    })
    expect(await main(['push', examplePack, `oci-layout://${layout}`, '-q'], terminal.io)).toBe(0)
    expect(await layoutTags(layout)).toEqual(['0.1', '0.1.0', 'latest'])
  })

  it('a bad destination fails in one line before anything is written', async () => {
    const terminal = fakeIo({ env: EPOCH, cwd: work })
    expect(await main(['push', examplePack, 'oci://ghcr.io/MyOrg/pack'], terminal.io)).toBe(1)
    const errors = terminal
      .stderr()
      .split('\n')
      .filter((line) => line.startsWith('error: '))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/capitals/)
    expect(terminal.stdout()).toBe('')
  })

  it('a --tag that is not a tag is refused in one line', async () => {
    const terminal = fakeIo({ env: EPOCH, cwd: work })
    const code = await main(
      ['push', examplePack, `oci-layout://${work}/never`, '-t', 'no spaces'],
      terminal.io
    )
    expect(code).toBe(1)
    expect(terminal.stderr()).toMatch(/^error: .*"no spaces" is not a valid tag/m)
  })
})
