import { describe, it, expect, beforeEach, afterEach } from 'vitest'
import { execFile } from 'node:child_process'
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import {
  MediaType,
  bufferBlob,
  buildImageManifest,
  sha256Digest,
  type BlobSource,
  type ManifestBytes
} from '../../src/oci/descriptor.js'
import { UserError } from '../../src/errors.js'
import { LayoutError, REF_NAME_ANNOTATION, writeToLayout } from '../../src/oci/layout.js'

const run = promisify(execFile)

let work: string

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'layout-test-'))
})
afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

/** A pack-like artifact: JSON config in memory, a gzip layer on disk. */
async function artifact(
  version: string
): Promise<{ blobs: BlobSource[]; manifest: ManifestBytes }> {
  const config = bufferBlob(
    MediaType.packConfig,
    Buffer.from(JSON.stringify({ name: 'demo', version, apiVersion: 'v2' }))
  )
  const layerBytes = gzipSync(Buffer.from(`pack content ${version}\n`.repeat(1000)))
  const layerPath = path.join(work, `demo-${version}.tgz`)
  await writeFile(layerPath, layerBytes)
  const layer: BlobSource = {
    descriptor: {
      mediaType: MediaType.packLayer,
      digest: sha256Digest(layerBytes),
      size: layerBytes.length
    },
    path: layerPath
  }
  const manifest = buildImageManifest(config.descriptor, [layer.descriptor], {
    'org.opencontainers.image.version': version
  })
  return { blobs: [config, layer], manifest }
}

async function readIndex(dir: string): Promise<{
  schemaVersion: number
  mediaType: string
  manifests: {
    mediaType: string
    digest: string
    size: number
    annotations?: Record<string, string>
  }[]
}> {
  return JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8'))
}

function tagsIn(index: Awaited<ReturnType<typeof readIndex>>): [string | undefined, string][] {
  return index.manifests.map((d) => [d.annotations?.[REF_NAME_ANNOTATION], d.digest])
}

async function skopeoRaw(target: string): Promise<Buffer> {
  const { stdout } = await run('skopeo', ['inspect', '--raw', target], { encoding: 'buffer' })
  return stdout
}

describe('writeToLayout', () => {
  it('creates a layout that skopeo reads back byte for byte', async () => {
    const dir = path.join(work, 'out', 'layout')
    const { blobs, manifest } = await artifact('1.0.0')
    const result = await writeToLayout({ dir, blobs, manifest, tags: ['1.0.0'] })
    expect(result.digest).toBe(manifest.digest)

    expect(await readFile(path.join(dir, 'oci-layout'), 'utf8')).toBe(
      '{"imageLayoutVersion":"1.0.0"}'
    )
    const index = await readIndex(dir)
    expect(index).toStrictEqual({
      schemaVersion: 2,
      mediaType: MediaType.index,
      manifests: [
        {
          mediaType: MediaType.manifest,
          digest: manifest.digest,
          size: manifest.bytes.length,
          annotations: { [REF_NAME_ANNOTATION]: '1.0.0' }
        }
      ]
    })
    const stored = (await readdir(path.join(dir, 'blobs', 'sha256'))).sort()
    const expected = [...blobs.map((b) => b.descriptor.digest), manifest.digest]
      .map((d) => d.slice('sha256:'.length))
      .sort()
    expect(stored).toStrictEqual(expected)

    expect((await skopeoRaw(`oci:${dir}:1.0.0`)).equals(manifest.bytes)).toBe(true)
    // With one manifest, skopeo finds it without a name: read through the index and digest.
    expect((await skopeoRaw(`oci:${dir}`)).equals(manifest.bytes)).toBe(true)
    // A full copy makes skopeo fetch every blob by digest and verify it.
    const copy = path.join(work, 'copy')
    await run('skopeo', ['copy', '--quiet', `oci:${dir}:1.0.0`, `dir:${copy}`])
    const copiedManifest = await readFile(path.join(copy, 'manifest.json'))
    expect(copiedManifest.equals(manifest.bytes)).toBe(true)
    for (const blob of blobs) {
      const hex = blob.descriptor.digest.slice('sha256:'.length)
      expect(sha256Digest(await readFile(path.join(copy, hex)))).toBe(blob.descriptor.digest)
    }
  })

  it('appends a second tag and a new version, and re-tagging replaces the old entry', async () => {
    const dir = path.join(work, 'layout')
    const v1 = await artifact('1.0.0')
    const v2 = await artifact('2.0.0')
    await writeToLayout({ dir, ...v1, tags: ['1.0.0', 'latest'] })
    expect(tagsIn(await readIndex(dir))).toStrictEqual([
      ['1.0.0', v1.manifest.digest],
      ['latest', v1.manifest.digest]
    ])

    await writeToLayout({ dir, ...v2, tags: ['2.0.0', 'latest'] })
    expect(tagsIn(await readIndex(dir))).toStrictEqual([
      ['1.0.0', v1.manifest.digest],
      ['2.0.0', v2.manifest.digest],
      ['latest', v2.manifest.digest]
    ])
    expect((await skopeoRaw(`oci:${dir}:latest`)).equals(v2.manifest.bytes)).toBe(true)
    expect((await skopeoRaw(`oci:${dir}:1.0.0`)).equals(v1.manifest.bytes)).toBe(true)

    // Writing the same thing again changes nothing but the order of the re-written tags.
    await writeToLayout({ dir, ...v2, tags: ['latest', 'latest'] })
    expect(tagsIn(await readIndex(dir))).toStrictEqual([
      ['1.0.0', v1.manifest.digest],
      ['2.0.0', v2.manifest.digest],
      ['latest', v2.manifest.digest]
    ])
  })

  it('keeps unrelated index entries and fields written by other tools', async () => {
    const dir = path.join(work, 'layout')
    await mkdir(dir)
    await writeFile(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
    const foreign = {
      mediaType: MediaType.manifest,
      digest: 'sha256:' + '0'.repeat(64),
      size: 10,
      annotations: { [REF_NAME_ANNOTATION]: 'other', extra: 'kept' }
    }
    await writeFile(
      path.join(dir, 'index.json'),
      JSON.stringify({ schemaVersion: 2, manifests: [foreign], annotations: { a: 'b' } })
    )
    const { blobs, manifest } = await artifact('1.0.0')
    await writeToLayout({ dir, blobs, manifest, tags: ['1.0.0'] })
    const index = (await readIndex(dir)) as unknown as Record<string, unknown>
    expect(index.annotations).toStrictEqual({ a: 'b' })
    expect((index.manifests as unknown[])[0]).toStrictEqual(foreign)
    expect((index.manifests as unknown[]).length).toBe(2)
  })

  it('stores an untagged manifest once when no tags are given', async () => {
    const dir = path.join(work, 'layout')
    const { blobs, manifest } = await artifact('1.0.0')
    await writeToLayout({ dir, blobs, manifest, tags: [] })
    await writeToLayout({ dir, blobs, manifest, tags: [] })
    expect(tagsIn(await readIndex(dir))).toStrictEqual([[undefined, manifest.digest]])
    expect((await skopeoRaw(`oci:${dir}`)).equals(manifest.bytes)).toBe(true)
  })

  it('replaces a corrupt blob already in the layout', async () => {
    const dir = path.join(work, 'layout')
    const { blobs, manifest } = await artifact('1.0.0')
    await writeToLayout({ dir, blobs, manifest, tags: ['1.0.0'] })
    const layer = blobs[1]!
    const blobPath = path.join(dir, 'blobs', 'sha256', layer.descriptor.digest.slice(7))
    const good = await readFile(blobPath)
    const bad = Buffer.from(good)
    bad[bad.length - 1] = (bad[bad.length - 1]! + 1) % 256
    await writeFile(blobPath, bad)
    await writeToLayout({ dir, blobs, manifest, tags: ['1.0.0'] })
    expect((await readFile(blobPath)).equals(good)).toBe(true)
  })

  it('refuses a blob that does not match its descriptor and changes nothing', async () => {
    const dir = path.join(work, 'layout')
    const v1 = await artifact('1.0.0')
    await writeToLayout({ dir, ...v1, tags: ['1.0.0'] })
    const indexBefore = await readFile(path.join(dir, 'index.json'))
    const blobsBefore = (await readdir(path.join(dir, 'blobs', 'sha256'))).sort()

    const v2 = await artifact('2.0.0')
    const layer = v2.blobs[1] as { path: string }
    // The file changes after it was described (same size, other bytes).
    const bytes = await readFile(layer.path)
    bytes[0] = bytes[0]! ^ 0xff
    await writeFile(layer.path, bytes)

    const attempt = writeToLayout({ dir, ...v2, tags: ['2.0.0', '1.0.0'] })
    await expect(attempt).rejects.toThrow(LayoutError)
    await expect(attempt).rejects.toBeInstanceOf(UserError)
    await expect(attempt).rejects.toMatchObject({ option: 'destination' })
    await expect(attempt).rejects.toThrow(
      new RegExp(`Blob ${v2.blobs[1]!.descriptor.digest} does not match its descriptor`)
    )
    expect((await readdir(path.join(dir, 'blobs', 'sha256'))).sort()).toStrictEqual(
      [...blobsBefore, v2.blobs[0]!.descriptor.digest.slice(7)].sort()
    )
    expect((await readFile(path.join(dir, 'index.json'))).equals(indexBefore)).toBe(true)
  })

  it('refuses a size mismatch in an in-memory blob', async () => {
    const dir = path.join(work, 'layout')
    const { blobs, manifest } = await artifact('1.0.0')
    const config = blobs[0]!
    const lying: BlobSource = {
      descriptor: { ...config.descriptor, size: config.descriptor.size + 1 },
      content: (config as { content: Buffer }).content
    }
    await expect(
      writeToLayout({ dir, blobs: [lying, blobs[1]!], manifest, tags: ['x'] })
    ).rejects.toThrow(/in-memory content has \d+ bytes .* the descriptor says \d+ bytes/)
    expect(await readdir(path.join(dir, 'blobs', 'sha256'))).toStrictEqual([])
    await expect(stat(path.join(dir, 'index.json'))).rejects.toThrow(/ENOENT/)
  })

  it('refuses a manifest whose digest is not that of its bytes', async () => {
    const dir = path.join(work, 'layout')
    const { blobs, manifest } = await artifact('1.0.0')
    const wrong = { ...manifest, digest: sha256Digest('something else') }
    await expect(writeToLayout({ dir, blobs, manifest: wrong, tags: ['x'] })).rejects.toThrow(
      `Blob ${wrong.digest} does not match its descriptor`
    )
  })

  it('refuses a directory with files that is not a layout', async () => {
    const dir = path.join(work, 'not-a-layout')
    await mkdir(dir)
    await writeFile(path.join(dir, 'notes.txt'), 'hello')
    const { blobs, manifest } = await artifact('1.0.0')
    await expect(writeToLayout({ dir, blobs, manifest, tags: ['1.0.0'] })).rejects.toThrow(
      `Directory '${dir}' is not an OCI image layout (it has files but no 'oci-layout')`
    )
    expect(await readdir(dir)).toStrictEqual(['notes.txt'])
  })

  it('refuses a path that is a file', async () => {
    const file = path.join(work, 'file')
    await writeFile(file, 'x')
    const { blobs, manifest } = await artifact('1.0.0')
    await expect(writeToLayout({ dir: file, blobs, manifest, tags: ['1'] })).rejects.toThrow(
      `OCI layout destination '${file}' exists and is not a directory`
    )
  })

  it('uses an existing empty directory', async () => {
    const dir = path.join(work, 'empty')
    await mkdir(dir)
    const { blobs, manifest } = await artifact('1.0.0')
    await writeToLayout({ dir, blobs, manifest, tags: ['1.0.0'] })
    expect((await skopeoRaw(`oci:${dir}:1.0.0`)).equals(manifest.bytes)).toBe(true)
  })

  it.each([
    ['not JSON', '{"schemaVersion": 2,', /is corrupt \(not JSON/],
    ['an array', '[]', /is corrupt \(not a JSON object\)/],
    ['schemaVersion 1', '{"schemaVersion":1,"manifests":[]}', /schemaVersion is 1, not 2/],
    ['no manifests', '{"schemaVersion":2}', /'manifests' is not a list/],
    ['a bad entry', '{"schemaVersion":2,"manifests":[42]}', /an entry of 'manifests'/]
  ])('refuses a corrupt index.json (%s)', async (_name, content, message) => {
    const dir = path.join(work, 'layout')
    await mkdir(dir)
    await writeFile(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
    await writeFile(path.join(dir, 'index.json'), content)
    const { blobs, manifest } = await artifact('1.0.0')
    const attempt = writeToLayout({ dir, blobs, manifest, tags: ['1.0.0'] })
    await expect(attempt).rejects.toThrow(LayoutError)
    await expect(attempt).rejects.toThrow(message)
    expect(await readFile(path.join(dir, 'index.json'), 'utf8')).toBe(content)
  })

  it('refuses an invalid oci-layout marker and an invalid tag', async () => {
    const dir = path.join(work, 'layout')
    await mkdir(dir)
    await writeFile(path.join(dir, 'oci-layout'), 'nope')
    const { blobs, manifest } = await artifact('1.0.0')
    await expect(writeToLayout({ dir, blobs, manifest, tags: ['1'] })).rejects.toThrow(
      /oci-layout' is not a valid OCI layout marker/
    )
    await expect(
      writeToLayout({ dir: path.join(work, 'x'), blobs, manifest, tags: ['1.0.0+build'] })
    ).rejects.toThrow("Cannot tag '1.0.0+build'")
  })

  it('reports a missing blob file by name', async () => {
    const { blobs, manifest } = await artifact('1.0.0')
    const layer = blobs[1] as { path: string }
    await rm(layer.path)
    await expect(
      writeToLayout({ dir: path.join(work, 'layout'), blobs, manifest, tags: ['1'] })
    ).rejects.toThrow(`'${layer.path}' is not a readable file`)
  })
})
