// push --plan and the account after a push, in-process against the real registry: the plan's
// table and --json, --fail-on-refused, the version tag moving (a warning with both digests),
// each moved tag's previous digest, and GITHUB_ARTIFACTS.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import type { PlanEntry } from '../../src/core/plan.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { fakeIo } from './fake-io.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const examplePack = path.join(repoRoot, 'examples', 'hello-pack')
let registry: TestRegistry
let work: string
let changedPack: string
let destination: string

beforeAll(async () => {
  registry = await startRegistry({ auth: 'anonymous' })
  work = await mkdtemp(path.join(os.tmpdir(), 'cli-plan-'))
  // Same name and version, other content: another digest.
  changedPack = path.join(work, 'hello-pack')
  await cp(examplePack, changedPack, { recursive: true })
  await writeFile(path.join(changedPack, 'templates', 'extra.yaml'), 'kind: ConfigMap\n')
  destination = `oci://${registry.host}/cli/hello:0.1.0`
})
afterAll(async () => {
  await registry?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

async function cli(args: string[], env: Record<string, string> = {}) {
  const terminal = fakeIo({ env: { SOURCE_DATE_EPOCH: '1767225600', ...env }, cwd: work })
  const code = await main(['push', ...args, '--plain-http'], terminal.io)
  return { code, stdout: terminal.stdout(), stderr: terminal.stderr() }
}

describe('sherpack-push push --plan', () => {
  let first: string
  let second: string

  it('plans new tags, writes nothing, then the push writes them', async () => {
    const planned = await cli([examplePack, destination, '-t', 'stable', '--plan', '--json'])
    expect(planned.stderr).not.toMatch(/^error/m)
    expect(planned.code).toBe(0)
    const entries = JSON.parse(planned.stdout) as PlanEntry[]
    expect(entries.map((e) => `${e.tag} ${e.action} ${String(e.current)}`)).toEqual([
      '0.1.0 new null',
      'stable new null'
    ])
    first = entries[0]!.digest
    expect(await registry.listTags('cli/hello')).toEqual([])
    const pushed = await cli([examplePack, destination, '-t', 'stable'])
    expect(pushed.code).toBe(0)
    expect(await registry.tagDigest('cli/hello', 'stable')).toBe(first)
  })

  it('prints the table, and warns that the version tag would move', async () => {
    const planned = await cli([changedPack, destination, '-t', 'stable', '--plan'])
    expect(planned.code).toBe(0)
    const lines = planned.stdout.trimEnd().split('\n')
    second = lines[0]!.split(' → ')[1]!
    expect(lines).toEqual([
      `moves  ${registry.host}/cli/hello:0.1.0   ${first} → ${second}`,
      `moves  ${registry.host}/cli/hello:stable  ${first} → ${second}`
    ])
    expect(planned.stderr).toContain(
      `warning: ${registry.host}/cli/hello:0.1.0 is the version tag of hello-pack 0.1.0, and would move from ${first} to ${second}`
    )
    expect(await registry.tagDigest('cli/hello', '0.1.0')).toBe(first)
  })

  it('--fail-on-refused exits 1 when --no-overwrite would refuse, the plan still printed', async () => {
    const args = [changedPack, destination, '-t', 'stable', '--plan', '--no-overwrite']
    const lenient = await cli(args)
    expect(lenient.code).toBe(0)
    expect(lenient.stderr).toContain('2 of 2 tags would be refused: a push would fail there')
    const strict = await cli([...args, '--fail-on-refused'])
    expect(strict.code).toBe(1)
    expect(strict.stdout).toContain(`refused  ${registry.host}/cli/hello:0.1.0`)
    expect(strict.stderr).toContain('error: 2 of 2 tags would be refused (--fail-on-refused)')
  })

  it('the push says what each tag left, warns on the version tag, and hands subjects on', async () => {
    const artifacts = path.join(work, 'artifacts')
    const pushed = await cli([changedPack, destination, '-t', 'stable'], {
      GITHUB_ARTIFACTS: artifacts
    })
    expect(pushed.code).toBe(0)
    expect(pushed.stdout).toContain(`tag 0.1.0 moved from ${first}\ntag stable moved from ${first}`)
    expect(pushed.stderr).toContain(
      `warning: ${registry.host}/cli/hello:0.1.0 is the version tag of hello-pack 0.1.0, and moved from ${first} to ${second}`
    )
    expect(await readFile(artifacts, 'utf8')).toBe(`oci://${registry.host}/cli/hello@${second}\n`)
  })

  it('plans for an OCI layout from its index.json: new, then unchanged once written', async () => {
    const layout = `oci-layout://${path.join(work, 'layout')}:0.1.0`
    const before = await cli([examplePack, layout, '--plan', '--json'])
    expect(before.code).toBe(0)
    expect((JSON.parse(before.stdout) as PlanEntry[]).map((e) => e.action)).toEqual(['new'])
    expect((await cli([examplePack, layout])).code).toBe(0)
    const after = await cli([examplePack, layout, '--plan', '--json'])
    const [entry] = JSON.parse(after.stdout) as PlanEntry[]
    expect(entry).toMatchObject({ action: 'unchanged', current: first, digest: first })
  })

  it('refuses a prebuilt archive pushed to a tag that is another version (version-check)', async () => {
    const out = path.join(work, 'built')
    const packaged = fakeIo({ env: { SOURCE_DATE_EPOCH: '1767225600' }, cwd: work })
    expect(await main(['package', examplePack, '-o', out, '-q'], packaged.io)).toBe(0)
    const archive = path.join(out, 'hello-pack-0.1.0.tar.gz')
    const wrong = await cli([archive, `oci://${registry.host}/cli/prebuilt:0.2.0`])
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain(
      'error: The destination tag 0.2.0 is version 0.2.0, but the prebuilt archive holds version 0.1.0: push it to the tag of its own version (0.1.0), or build an archive of 0.2.0. To push it all the same, add --no-version-check.'
    )
    expect(await registry.listTags('cli/prebuilt')).toEqual([])
    const allowed = await cli([
      archive,
      `oci://${registry.host}/cli/prebuilt:0.2.0`,
      '--no-version-check'
    ])
    expect(allowed.code).toBe(0)
  })
})
