import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { mkdir, readFile, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { PackError, packagePack } from '../../src/pack/index.js'
import {
  PACK_YAML,
  extractWithGnuTar,
  listWithGnuTar,
  makePack,
  readWithNodeTar,
  tempDir
} from '../support/pack-files.js'

const created = new Date(Date.UTC(2026, 0, 31, 12, 0, 0))
const sha = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')

const SMALL_PACK = {
  'Pack.yaml': PACK_YAML,
  'values.yaml': 'replicas: 1\n',
  'templates/deployment.yaml': 'kind: Deployment\n',
  'templates/a/b.yaml': 'kind: B\n',
  'templates/a-b.yaml': 'kind: AB\n'
}

describe('packagePack: a pack directory', () => {
  it('writes <name>-<version>.tar.gz with MANIFEST first and the pinned MANIFEST text', async () => {
    const dir = await makePack(SMALL_PACK)
    const outDir = path.join(await tempDir(), 'out')
    const result = await packagePack({ path: dir, outDir, created })

    expect(result.archiveFileName).toBe('mypack-1.2.3.tar.gz')
    expect(result.archivePath).toBe(path.join(outDir, 'mypack-1.2.3.tar.gz'))
    expect(result.prebuilt).toBe(false)
    expect(result.created).toBe('2026-01-31T12:00:00+00:00')
    expect(result.packFile).toBe(path.join(dir, 'Pack.yaml'))
    expect(result.metadata.name).toBe('mypack')
    expect(result.warnings).toEqual([])
    const bytes = await readFile(result.archivePath)
    expect(result.archiveSize).toBe(bytes.length)
    expect(result.archiveDigest).toBe(`sha256:${sha(bytes)}`)
    expect(await readdir(outDir)).toEqual(['mypack-1.2.3.tar.gz'])

    const entries = await readWithNodeTar(result.archivePath)
    expect(entries.map((e) => e.path)).toEqual([
      'MANIFEST',
      'Pack.yaml',
      'values.yaml',
      'templates/a/b.yaml',
      'templates/a-b.yaml',
      'templates/deployment.yaml'
    ])
    const files = Object.entries(SMALL_PACK)
      .map(([p, c]) => [p, sha(c)] as const)
      .sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    const digest = sha(files.map(([p, h]) => `${p}:${h}\n`).join(''))
    expect(entries[0]!.content.toString('utf8')).toBe(
      `sherpack-manifest-version: 1
name: mypack
version: 1.2.3
created: 2026-01-31T12:00:00+00:00

[files]
Pack.yaml sha256:${sha(PACK_YAML)}
templates/a-b.yaml sha256:${sha('kind: AB\n')}
templates/a/b.yaml sha256:${sha('kind: B\n')}
templates/deployment.yaml sha256:${sha('kind: Deployment\n')}
values.yaml sha256:${sha('replicas: 1\n')}

[digest]
sha256:${digest}`
    )
    for (const entry of entries.slice(1)) {
      expect(entry.content.toString()).toBe(SMALL_PACK[entry.path as keyof typeof SMALL_PACK])
    }
  })

  it('reads back with GNU tar: regular files only, 0644, 0/0, mtime 0, in order', async () => {
    const dir = await makePack({
      ...SMALL_PACK,
      'values.schema.json': '{}',
      [`templates/${'x'.repeat(120)}.yaml`]: 'long\n',
      'templates/ñandú/值.yaml': 'unicode\n',
      'templates/.hidden.yaml': 'hidden\n',
      'templates/.yaml': 'dropped\n',
      'templates/UPPER.YAML': 'upper\n',
      'templates/notes.md': 'dropped\n',
      'crds/x.yaml': 'not archived\n'
    })
    const result = await packagePack({ path: dir, outDir: await tempDir(), created })
    const lines = await listWithGnuTar(result.archivePath)
    expect(lines.map((l) => l.name)).toEqual([
      'MANIFEST',
      'Pack.yaml',
      'values.yaml',
      'values.schema.json',
      'templates/.hidden.yaml',
      'templates/UPPER.YAML',
      'templates/a/b.yaml',
      'templates/a-b.yaml',
      'templates/deployment.yaml',
      `templates/${'x'.repeat(120)}.yaml`,
      'templates/ñandú/值.yaml'
    ])
    for (const line of lines) {
      expect(line.mode).toBe('-rw-r--r--')
      expect(line.owner).toBe('0/0')
      expect(line.mtime).toBe('1970-01-01 00:00:00')
    }
    expect(
      (await extractWithGnuTar(result.archivePath, 'templates/ñandú/值.yaml')).toString()
    ).toBe('unicode\n')
    expect(result.warnings.map((w) => w.file)).toEqual([`${toDisplay(dir)}/crds`])
  })

  it('is reproducible: same sources and date give the same bytes, another date does not', async () => {
    const dir = await makePack(SMALL_PACK)
    const a = await packagePack({ path: dir, outDir: await tempDir(), created })
    const b = await packagePack({ path: dir, outDir: await tempDir(), created })
    const c = await packagePack({
      path: dir,
      outDir: await tempDir(),
      created: new Date(created.getTime() + 1000)
    })
    expect((await readFile(a.archivePath)).equals(await readFile(b.archivePath))).toBe(true)
    expect(a.archiveDigest).toBe(b.archiveDigest)
    expect(c.archiveDigest).not.toBe(a.archiveDigest)
    expect(c.created).toBe('2026-01-31T12:00:01+00:00')
  })

  it('replaces an archive left by an earlier run and creates outDir as needed', async () => {
    const dir = await makePack(SMALL_PACK)
    const outDir = path.join(await tempDir(), 'deep', 'out')
    await packagePack({ path: dir, outDir, created })
    const again = await packagePack({ path: dir, outDir, created })
    expect(await readdir(outDir)).toEqual(['mypack-1.2.3.tar.gz'])
    expect((await stat(again.archivePath)).size).toBe(again.archiveSize)
  })

  it('packages files larger than the in-memory limit and ones spanning compressed pieces', async () => {
    const big = Buffer.alloc(5 << 20)
    for (let i = 0; i < big.length; i += 4) big.writeUInt32LE((i * 2654435761) >>> 0, i)
    const medium = Buffer.from('line of text\n'.repeat(80_000))
    const dir = await makePack({
      'Pack.yaml': PACK_YAML,
      'templates/big.json': big,
      'templates/medium.txt': medium
    })
    const result = await packagePack({ path: dir, outDir: await tempDir(), created })
    const entries = await readWithNodeTar(result.archivePath)
    expect(entries.map((e) => e.path)).toEqual([
      'MANIFEST',
      'Pack.yaml',
      'templates/big.json',
      'templates/medium.txt'
    ])
    expect(entries[2]!.content.equals(big)).toBe(true)
    expect(entries[3]!.content.equals(medium)).toBe(true)
    expect(entries[0]!.content.toString()).toContain(`templates/big.json sha256:${sha(big)}`)
  })

  it('packages 10,000 templates', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML })
    for (let d = 0; d < 100; d++) {
      const sub = path.join(dir, 'templates', `group-${String(d).padStart(3, '0')}`)
      mkdirSync(sub, { recursive: true })
      for (let i = 0; i < 100; i++) {
        writeFileSync(
          path.join(sub, `cm-${i}.yaml`),
          `kind: ConfigMap\nmetadata:\n  name: cm-${d}-${i}\n`
        )
      }
    }
    // Speed is measured by `npm run bench`, not here.
    const result = await packagePack({ path: dir, outDir: await tempDir(), created })
    const lines = await listWithGnuTar(result.archivePath)
    expect(lines.length).toBe(10_002)
    expect(lines[2]?.name).toBe('templates/group-000/cm-0.yaml')
    expect(lines[3]?.name).toBe('templates/group-000/cm-1.yaml')
    expect(lines[4]?.name).toBe('templates/group-000/cm-10.yaml')
    expect(lines.at(-1)?.name).toBe('templates/group-099/cm-99.yaml')
  })

  it('packages the bundled example pack without warnings', async () => {
    const example = fileURLToPath(new URL('../../examples/hello-pack', import.meta.url))
    const result = await packagePack({ path: example, outDir: await tempDir(), created })
    expect(result.metadata).toMatchObject({ name: 'hello-pack', version: '0.1.0' })
    expect(result.warnings).toEqual([])
    const names = (await listWithGnuTar(result.archivePath)).map((l) => l.name)
    expect(names.slice(0, 4)).toEqual([
      'MANIFEST',
      'Pack.yaml',
      'values.yaml',
      'values.schema.yaml'
    ])
    expect(names).toContain('templates/_helpers.j2')
    expect(names).toContain('templates/NOTES.txt')
  })
})

describe('packagePack: errors leave nothing behind', () => {
  it('says when the path does not exist', async () => {
    const outDir = path.join(await tempDir(), 'out')
    const missing = path.join(await tempDir(), 'nope')
    const err = await packagePack({ path: missing, outDir, created }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PackError)
    expect((err as PackError).message).toBe(
      `path '${missing}' does not exist: point the pack path at a pack directory holding Pack.yaml or at a .tar.gz/.tgz`
    )
    expect((err as PackError).option).toBe('path')
    await expect(stat(outDir)).rejects.toThrow()
  })

  it('says when the directory has no Pack.yaml', async () => {
    const dir = await makePack({ 'Chart.yaml': 'apiVersion: v2\n' })
    await expect(packagePack({ path: dir, outDir: await tempDir(), created })).rejects.toThrow(
      'has no Pack.yaml: point the pack path at the pack directory'
    )
  })

  it('says when path names Pack.yaml or another file rather than the pack', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML, 'notes.txt': '' })
    const outDir = await tempDir()
    await expect(
      packagePack({ path: path.join(dir, 'Pack.yaml'), outDir, created })
    ).rejects.toThrow(`point the pack path at the directory holding it, '${toDisplay(dir)}'`)
    await expect(
      packagePack({ path: path.join(dir, 'notes.txt'), outDir, created })
    ).rejects.toThrow('is neither a pack directory nor a .tar.gz/.tgz')
  })

  it.each([
    ['a bad version', PACK_YAML.replace('1.2.3', '1.2'), 'Pack.yaml, line 5: metadata.version'],
    ['a bad name', PACK_YAML.replace('mypack', 'My Pack'), 'Pack.yaml, line 4: metadata.name'],
    ['a bad apiVersion', PACK_YAML.replace('sherpack/v1', 'v2'), 'Pack.yaml, line 1: apiVersion'],
    ['broken YAML', 'apiVersion: [\n', 'Pack.yaml, line'],
    ['no metadata', 'apiVersion: sherpack/v1\n', 'Pack.yaml, line 1: has no metadata']
  ])('refuses %s, naming the file and field, and writes nothing', async (_what, yaml, expected) => {
    const dir = await makePack({ 'Pack.yaml': yaml, 'templates/a.yaml': 'a' })
    const outDir = path.join(await tempDir(), 'out')
    const err = await packagePack({ path: dir, outDir, created }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PackError)
    expect((err as PackError).message).toContain(`${toDisplay(dir)}/${expected}`)
    expect((err as PackError).file).toBe(`${toDisplay(dir)}/Pack.yaml`)
    await expect(stat(outDir)).rejects.toThrow()
  })

  it('names the file as the user gave the path', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML.replace('1.2.3', 'v1') })
    const cwd = process.cwd()
    process.chdir(path.dirname(dir))
    try {
      await expect(packagePack({ path: 'mypack/', outDir: 'out', created })).rejects.toThrow(
        "mypack/Pack.yaml, line 5: metadata.version 'v1' is not a valid SemVer 2.0 version"
      )
      await expect(stat('out')).rejects.toThrow()
    } finally {
      process.chdir(cwd)
    }
  })

  it('removes its temporary files when the last step fails', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML, 'templates/a.yaml': 'a' })
    const outDir = await tempDir()
    // A non-empty directory where the archive goes makes the final rename fail.
    await mkdir(path.join(outDir, 'mypack-1.2.3.tar.gz', 'blocker'), { recursive: true })
    await expect(packagePack({ path: dir, outDir, created })).rejects.toThrow()
    expect(await readdir(outDir)).toEqual(['mypack-1.2.3.tar.gz'])
    expect(await readdir(path.join(outDir, 'mypack-1.2.3.tar.gz'))).toEqual(['blocker'])
  })
})

function toDisplay(p: string): string {
  return p.split(path.sep).join('/')
}
