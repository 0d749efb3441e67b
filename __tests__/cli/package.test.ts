import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { fakeIo } from './fake-io.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const examplePack = path.join(repoRoot, 'examples', 'hello-pack')
let work: string

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cli-package-'))
})
afterAll(() => rm(work, { recursive: true, force: true }))

describe('sherpack-push package', () => {
  it('writes <name>-<version>.tar.gz into -o DIR and prints its path and sha256 digest', async () => {
    const out = path.join(work, 'out')
    const terminal = fakeIo({ env: { SOURCE_DATE_EPOCH: '1767225600' }, cwd: work })
    expect(await main(['package', examplePack, '-o', 'out'], terminal.io)).toBe(0)
    const [line, ...rest] = terminal.stdout().trimEnd().split('\n')
    expect(rest).toEqual([])
    const match = /^(\S+) (sha256:[0-9a-f]{64})$/.exec(line ?? '')
    expect(match).not.toBeNull()
    const [, shown, digest] = match as unknown as [string, string, string]
    expect(shown).toBe(path.join('out', 'hello-pack-0.1.0.tar.gz'))
    const bytes = await readFile(path.join(work, shown))
    expect('sha256:' + createHash('sha256').update(bytes).digest('hex')).toBe(digest)
    expect(await readdir(out)).toEqual(['hello-pack-0.1.0.tar.gz'])
    expect(terminal.stderr()).toMatch(
      /Packaged hello-pack 0\.1\.0: \d+ bytes, created 2026-01-01T00:00:00\+00:00 \(SOURCE_DATE_EPOCH\)/
    )
  })

  it('is reproducible: the same sources give the same digest', async () => {
    const digests: string[] = []
    for (const dir of ['a', 'b']) {
      const terminal = fakeIo({ env: { SOURCE_DATE_EPOCH: '1767225600' }, cwd: work })
      expect(await main(['package', examplePack, '-o', dir, '-q'], terminal.io)).toBe(0)
      digests.push(terminal.stdout().trim().split(' ')[1] as string)
      expect(terminal.stderr()).toBe('')
    }
    expect(digests[0]).toBe(digests[1])
  })

  it('defaults to the current directory', async () => {
    const cwd = path.join(work, 'cwd')
    await mkdir(cwd)
    const terminal = fakeIo({ env: { SOURCE_DATE_EPOCH: '1767225600' }, cwd })
    expect(await main(['package', examplePack], terminal.io)).toBe(0)
    expect(terminal.stdout()).toMatch(/^hello-pack-0\.1\.0\.tar\.gz sha256:/)
    expect(await readdir(cwd)).toEqual(['hello-pack-0.1.0.tar.gz'])
  })

  it.each([
    ['a missing directory', ['package', 'no-such-dir'], /'no-such-dir' does not exist/],
    ['an archive', ['package', 'x.tar.gz'], /'x.tar.gz' is an archive already/]
  ])('refuses %s in one line, exit 1, writing nothing', async (_name, argv, message) => {
    const cwd = path.join(work, `refuse-${argv[1]}`)
    await mkdir(cwd)
    await writeFile(path.join(cwd, 'x.tar.gz'), 'not really')
    const terminal = fakeIo({ cwd })
    expect(await main(argv, terminal.io)).toBe(1)
    const lines = terminal.stderr().trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^error: /)
    expect(lines[0]).toMatch(message)
    expect(terminal.stdout()).toBe('')
    expect(await readdir(cwd)).toEqual(['x.tar.gz'])
  })

  it('a broken Pack.yaml is a one-line user error naming the file, not a bug', async () => {
    const pack = path.join(work, 'broken')
    await mkdir(pack)
    await writeFile(
      path.join(pack, 'Pack.yaml'),
      'apiVersion: sherpack/v1\nkind: application\nmetadata:\n  name: broken\n'
    )
    const terminal = fakeIo({ cwd: work, env: { SOURCE_DATE_EPOCH: '1767225600' } })
    expect(await main(['package', pack, '-o', 'never'], terminal.io)).toBe(1)
    const lines = terminal.stderr().trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^error: .*version/)
    expect(lines[0]).not.toMatch(/unexpected error|please report/)
    expect(await readdir(work)).not.toContain('never')
  })
})
