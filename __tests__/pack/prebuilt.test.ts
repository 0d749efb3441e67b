import { createHash } from 'node:crypto'
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { TarGzWriter } from '../../src/pack/archive.js'
import type { PackError } from '../../src/pack/index.js'
import { packagePack } from '../../src/pack/index.js'
import { buildManifest } from '../../src/pack/manifest.js'
import { PACK_YAML, makePack, readWithNodeTar, tempDir } from '../support/pack-files.js'
import { packFailure } from '../support/unit-pack-failure.js'

const run = promisify(execFile)
const created = new Date(Date.UTC(2026, 0, 31, 12, 0, 0))

async function builtArchive(): Promise<string> {
  const dir = await makePack({
    'Pack.yaml': PACK_YAML,
    'values.yaml': 'replicas: 1\n',
    'templates/deployment.yaml': 'kind: Deployment\n'
  })
  return (await packagePack({ path: dir, outDir: await tempDir(), created })).archivePath
}

/** Rewrites an archive entry by entry: `edit` may change, drop (undefined) or add entries. */
async function rewrite(
  archive: string,
  edit: (entries: [string, Buffer][]) => [string, Buffer][]
): Promise<string> {
  const entries = edit((await readWithNodeTar(archive)).map((e) => [e.path, e.content]))
  const out = path.join(await tempDir(), 'edited.tgz')
  const writer = new TarGzWriter(out)
  for (const [name, content] of entries) await writer.add(name, content)
  await writer.finish()
  return out
}

async function failure(archive: string): Promise<PackError> {
  return packFailure(packagePack({ path: archive, outDir: await tempDir(), created }))
}

describe('packagePack: a prebuilt archive', () => {
  it('round-trips our own archive: same digest, size and created, marked prebuilt', async () => {
    const archive = await builtArchive()
    const copy = path.join(await tempDir(), 'copy.tgz')
    await copyFile(archive, copy)
    const outDir = await tempDir()
    // `created` is read from MANIFEST, whatever the caller passes; nothing is written to outDir.
    const result = await packagePack({ path: copy, outDir, created: new Date(0) })
    expect(await readdir(outDir)).toEqual([])
    expect(result.prebuilt).toBe(true)
    expect(result.archivePath).toBe(copy)
    expect(result.archiveFileName).toBe('copy.tgz')
    expect(result.archiveDigest).toBe(`sha256:${sha(await readFile(archive))}`)
    expect(result.archiveSize).toBe((await readFile(copy)).length)
    expect(result.created).toBe('2026-01-31T12:00:00+00:00')
    expect(result.metadata).toMatchObject({ name: 'mypack', version: '1.2.3', kind: 'application' })
    expect(result.packFile).toBeUndefined()
  })

  it('accepts an archive written by another tool in GNU format, long names included', async () => {
    // Sherpack's Rust writer uses GNU headers (long names as 'L' entries); GNU tar does too.
    const longName = `templates/${'very-long-directory-name/'.repeat(5)}service.yaml`
    const files: Record<string, string> = {
      'Pack.yaml': PACK_YAML,
      [longName]: 'kind: Service\n'
    }
    const dir = await makePack(files)
    const manifest = buildManifest({
      name: 'mypack',
      version: '1.2.3',
      created: '2026-01-31T12:00:00.5+00:00',
      files: Object.entries(files).map(([p, c]) => ({ path: p, sha256: sha(Buffer.from(c)) }))
    })
    await writeFile(path.join(dir, 'MANIFEST'), manifest)
    const archive = path.join(await tempDir(), 'mypack-1.2.3.tgz')
    await run('tar', [
      '--format=gnu',
      '-czf',
      archive,
      '-C',
      dir,
      'MANIFEST',
      'Pack.yaml',
      longName
    ])
    const result = await packagePack({ path: archive, outDir: await tempDir(), created })
    expect(result.metadata.name).toBe('mypack')
    expect(result.created).toBe('2026-01-31T12:00:00.5+00:00')
    expect(result.archiveDigest).toBe(`sha256:${sha(await readFile(archive))}`)
  })

  it('refuses a file whose bytes differ from its MANIFEST checksum', async () => {
    const tampered = await rewrite(await builtArchive(), (entries) =>
      entries.map(([name, content]) =>
        name === 'templates/deployment.yaml' ? [name, Buffer.from('kind: Evil\n')] : [name, content]
      )
    )
    const err = await failure(tampered)
    expect(err.message).toMatch(
      /^.*edited\.tgz: 'templates\/deployment\.yaml' does not match its MANIFEST checksum \(MANIFEST sha256:[0-9a-f]{64}, archive sha256:[0-9a-f]{64}\); the archive was changed after packaging/
    )
  })

  it('refuses a MANIFEST whose [digest] does not match its [files]', async () => {
    const edited = await rewrite(await builtArchive(), (entries) =>
      entries.map(([name, content]) =>
        name === 'MANIFEST'
          ? [
              name,
              Buffer.from(
                content.toString().replace(/sha256:[0-9a-f]{64}$/, `sha256:${'0'.repeat(64)}`)
              )
            ]
          : [name, content]
      )
    )
    expect((await failure(edited)).message).toContain(
      `MANIFEST [digest] sha256:${'0'.repeat(64)} does not match its [files] list`
    )
  })

  it('refuses a file missing from the archive or missing from MANIFEST', async () => {
    const archive = await builtArchive()
    const dropped = await rewrite(archive, (entries) =>
      entries.filter(([name]) => name !== 'values.yaml')
    )
    expect((await failure(dropped)).message).toContain(
      "MANIFEST lists 'values.yaml' but the archive has no such file"
    )
    const added = await rewrite(archive, (entries) => [
      ...entries,
      ['templates/extra.yaml', Buffer.from('x')]
    ])
    expect((await failure(added)).message).toContain(
      "'templates/extra.yaml' is in the archive but not listed in its MANIFEST"
    )
  })

  it('refuses an archive without MANIFEST', async () => {
    const none = await rewrite(await builtArchive(), (entries) => entries.slice(1))
    const err = await failure(none)
    expect(err.message).toMatch(
      /edited\.tgz has no MANIFEST entry, so it was not made by `sherpack package`/
    )
  })

  it('validates Pack.yaml inside the archive with the same rules', async () => {
    const edited = await rewrite(await builtArchive(), (entries) => {
      const pack = Buffer.from(PACK_YAML.replace('1.2.3', 'v1.2.3'))
      const files = entries
        .slice(1)
        .map(([n, c]): [string, Buffer] => [n, n === 'Pack.yaml' ? pack : c])
      const manifest = buildManifest({
        name: 'mypack',
        version: '1.2.3',
        created: '2026-01-31T12:00:00+00:00',
        files: files.map(([p, c]) => ({ path: p, sha256: sha(c) }))
      })
      return [['MANIFEST', manifest], ...files]
    })
    const err = await failure(edited)
    expect(err.message).toMatch(
      /^Pack\.yaml in .*edited\.tgz, line 5: metadata\.version 'v1\.2\.3' is not a valid SemVer 2\.0 version/
    )
    expect(err.file).toMatch(/edited\.tgz$/)
  })

  it('refuses a file that is not gzip', async () => {
    const file = path.join(await tempDir(), 'plain.tar.gz')
    await writeFile(file, 'just text, not gzip')
    const err = await failure(file)
    expect(err.message).toBe(
      `${file} is not a gzip file: the pack path must name a .tar.gz/.tgz made by \`sherpack package\`, or a pack directory`
    )
  })

  it('refuses gzip that does not hold a tar archive', async () => {
    const file = path.join(await tempDir(), 'text.tgz')
    await writeFile(file, gzipSync(Buffer.from('hello, this is not tar\n'.repeat(100))))
    expect((await failure(file)).message).toBe(
      `${file} is gzip-compressed but does not hold a tar archive: the pack path must name a .tar.gz made by \`sherpack package\``
    )
  })

  it('refuses a truncated archive', async () => {
    const bytes = await readFile(await builtArchive())
    const file = path.join(await tempDir(), 'cut.tgz')
    await writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)))
    expect((await failure(file)).message).toMatch(
      /cut\.tgz is not a valid gzip file \(.+\): it is damaged or truncated/
    )
  })
})

function sha(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}
