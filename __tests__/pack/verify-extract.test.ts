import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { TarGzWriter } from '../../src/pack/archive.js'
import { extractPackArchive, packagePack, verifyPackArchive } from '../../src/pack/index.js'
import { PACK_YAML, makePack, readWithNodeTar, tempDir } from '../support/pack-files.js'
import { packFailure } from '../support/unit-pack-failure.js'

const created = new Date(Date.UTC(2026, 0, 31, 12, 0, 0))
const sha = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')

const FILES = {
  'Pack.yaml': PACK_YAML,
  'values.yaml': 'replicas: 1\n',
  'templates/deployment.yaml': 'kind: Deployment\n',
  'templates/deep/er/cm.yaml': 'kind: ConfigMap\n'
}

async function archive(): Promise<string> {
  const dir = await makePack(FILES)
  return (await packagePack({ path: dir, outDir: await tempDir(), created })).archivePath
}

/** Every file under `dir`, relative, `/`-separated, sorted. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
}

describe('verifyPackArchive', () => {
  it('returns what the archive holds, each file checked', async () => {
    const file = await archive()
    const verified = await verifyPackArchive(file, 'pulled.tgz')
    expect(verified.metadata).toMatchObject({ name: 'mypack', version: '1.2.3' })
    expect(verified.created).toBe('2026-01-31T12:00:00+00:00')
    expect(verified.digest).toBe(`sha256:${sha(await readFile(file))}`)
    expect(verified.size).toBe((await readFile(file)).length)
    expect(verified.files).toEqual(
      Object.entries(FILES)
        .map(([p, c]) => ({ path: p, sha256: sha(c), size: Buffer.byteLength(c) }))
        .sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)))
    )
    expect(verified.manifestDigest).toMatch(/^[0-9a-f]{64}$/)
    expect(verified.warnings).toEqual([])
  })

  it('refuses an archive whose first entry is not MANIFEST, naming it', async () => {
    const entries = await readWithNodeTar(await archive())
    const out = path.join(await tempDir(), 'reordered.tgz')
    const writer = new TarGzWriter(out)
    for (const e of [entries[1]!, entries[0]!, ...entries.slice(2)])
      await writer.add(e.path, e.content)
    await writer.finish()
    expect((await packFailure(verifyPackArchive(out, 'reordered.tgz'))).message).toBe(
      "reordered.tgz: its first entry is 'Pack.yaml', not MANIFEST as `sherpack package` writes: re-create the archive with `sherpack package`"
    )
  })

  it('refuses an archive that is missing', async () => {
    const missing = path.join(await tempDir(), 'gone.tgz')
    expect((await packFailure(verifyPackArchive(missing))).message).toBe(
      `${missing} does not exist: check the path`
    )
  })
})

describe('extractPackArchive', () => {
  it('extracts the verified files, MANIFEST included, into a new directory', async () => {
    const file = await archive()
    const dest = path.join(await tempDir(), 'a', 'b', 'mypack')
    const extracted = await extractPackArchive(file, dest)
    expect(extracted.directory).toBe(dest)
    expect(extracted.metadata.name).toBe('mypack')
    expect(await tree(dest)).toEqual(['MANIFEST', ...Object.keys(FILES)].sort())
    for (const [name, content] of Object.entries(FILES)) {
      expect(await readFile(path.join(dest, name), 'utf8')).toBe(content)
    }
    // Nothing left beside it: the temporary directory was renamed into place.
    expect(await readdir(path.dirname(dest))).toEqual(['mypack'])
  })

  it('extracts into an empty directory that exists', async () => {
    const dest = await tempDir()
    await extractPackArchive(await archive(), dest)
    expect(await tree(dest)).toContain('templates/deep/er/cm.yaml')
  })

  it('refuses a directory that is not empty, and leaves it as it was', async () => {
    const dest = await tempDir()
    await writeFile(path.join(dest, 'keep.txt'), 'mine')
    const err = await packFailure(extractPackArchive(await archive(), dest))
    expect(err.message).toBe(
      `${dest} already exists and is not empty: extract into a new or empty directory`
    )
    expect(await readdir(dest)).toEqual(['keep.txt'])
    expect(await readdir(path.dirname(dest))).toContain(path.basename(dest))
  })

  it('leaves nothing behind when the archive is refused, not even the parents it would create', async () => {
    const bytes = await readFile(await archive())
    const root = await tempDir()
    const cut = path.join(root, 'cut.tgz')
    await writeFile(cut, bytes.subarray(0, bytes.length - 30))
    await expect(extractPackArchive(cut, path.join(root, 'x', 'y', 'dest'))).rejects.toThrow(
      /not a valid gzip file/
    )
    expect(await readdir(root)).toEqual(['cut.tgz'])
  })

  it('refuses when the target cannot be created, cleaning up its temporary directory', async () => {
    const root = await tempDir()
    await mkdir(path.join(root, 'parent'))
    // A file where the parent directory must be.
    await writeFile(path.join(root, 'file'), 'x')
    const err = await packFailure(
      extractPackArchive(await archive(), path.join(root, 'file', 'dest'))
    )
    expect(err.message).toMatch(/cannot be/)
    expect((await readdir(root)).sort()).toEqual(['file', 'parent'])
  })
})

describe('damaged archives', () => {
  it('refuses an archive damaged in the middle, checking or extracting, leaving nothing', async () => {
    const dir = await makePack({
      'Pack.yaml': PACK_YAML,
      'templates/big.txt': 'some text that compresses {{ x }}\n'.repeat(200_000)
    })
    const bytes = await readFile(
      (await packagePack({ path: dir, outDir: await tempDir(), created })).archivePath
    )
    const root = await tempDir()
    const damaged = path.join(root, 'damaged.tgz')
    const copy = Buffer.from(bytes)
    const middle = Math.floor(copy.length / 2)
    for (let i = 0; i < 64; i++) copy[middle + i] = (copy[middle + i] as number) ^ 0x5a
    await writeFile(damaged, copy)
    expect((await packFailure(verifyPackArchive(damaged, 'damaged.tgz'))).message).toMatch(
      /^damaged\.tgz is not a valid gzip file \(.+\): it is damaged or truncated/
    )
    await packFailure(extractPackArchive(damaged, path.join(root, 'out'), 'damaged.tgz'))
    expect(await readdir(root)).toEqual(['damaged.tgz'])
  })
})
