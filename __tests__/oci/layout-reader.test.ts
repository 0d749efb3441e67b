// Reading an OCI image layout back (pull and inspect of oci-layout://): a layout written by hand
// (not by our writer), read by tag and by digest, and every damage refused before a file is kept.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LayoutError } from '../../src/oci/layout.js'
import { LayoutReader } from '../../src/oci/layout-reader.js'
import { writeOciLayout, type WrittenLayout } from '../support/oci-layout.js'

let work: string
let layoutDir: string
let written: WrittenLayout
const layerBytes = Buffer.from('layer bytes '.repeat(500))

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'layout-reader-'))
  layoutDir = path.join(work, 'layout')
  written = await writeOciLayout(
    layoutDir,
    '1.0.0',
    { mediaType: 'application/vnd.example.config+json', bytes: Buffer.from('{"a":1}') },
    [{ mediaType: 'application/vnd.example.layer', bytes: layerBytes }]
  )
})
afterEach(() => rm(work, { recursive: true, force: true }))

const blobPath = (digest: string) => path.join(layoutDir, 'blobs', 'sha256', digest.slice(7))

describe('LayoutReader.getManifest', () => {
  it('reads the manifest a tag names, and the same by its digest', async () => {
    const reader = new LayoutReader(layoutDir)
    const byTag = await reader.getManifest('1.0.0')
    expect(byTag).toEqual({
      bytes: written.manifest,
      digest: written.manifestDigest,
      mediaType: 'application/vnd.oci.image.manifest.v1+json'
    })
    expect(await reader.getManifest(written.manifestDigest)).toEqual(byTag)
  })

  it('names the tags there are when the tag is not one of them', async () => {
    await expect(new LayoutReader(layoutDir).getManifest('2.0.0')).rejects.toThrow(
      /has no manifest tagged 2\.0\.0: its tags: 1\.0\.0$/
    )
  })

  it('refuses a manifest whose bytes do not hash to its digest', async () => {
    const file = blobPath(written.manifestDigest)
    const bytes = await readFile(file)
    bytes[bytes.length - 2] = bytes[bytes.length - 2] === 0x31 ? 0x32 : 0x31
    await writeFile(file, bytes)
    const error = await new LayoutReader(layoutDir).getManifest('1.0.0').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LayoutError)
    expect((error as Error).message).toMatch(
      new RegExp(
        `is damaged: the manifest ${written.manifestDigest} .* hash to sha256:[0-9a-f]{64}`
      )
    )
  })

  it('refuses a directory that is not a layout, saying so', async () => {
    await expect(new LayoutReader(work).getManifest('1.0.0')).rejects.toThrow(
      /is not an OCI image layout \(it has no oci-layout file\)/
    )
  })
})

describe('LayoutReader.fetchBlob', () => {
  it('copies a blob whose size and digest match', async () => {
    const target = path.join(work, 'out.bin')
    await new LayoutReader(layoutDir).fetchBlob(written.layers[0]!, target)
    expect(await readFile(target)).toEqual(layerBytes)
  })

  it.each([
    [
      'altered bytes of the same size',
      (b: Buffer) => Buffer.concat([Buffer.from('X'), b.subarray(1)])
    ],
    ['a truncated file', (b: Buffer) => b.subarray(0, 100)]
  ])('refuses %s and leaves no file behind', async (_name, damage) => {
    const layer = written.layers[0]!
    await writeFile(blobPath(layer.digest), damage(layerBytes))
    const out = path.join(work, 'out')
    await mkdir(out)
    await expect(
      new LayoutReader(layoutDir).fetchBlob(layer, path.join(out, 'layer.bin'))
    ).rejects.toThrow(new RegExp(`is damaged: blob ${layer.digest}`))
    expect(await readdir(out)).toEqual([])
  })
})
