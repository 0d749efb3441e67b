import { describe, expect, it } from 'vitest'
import {
  MediaType,
  buildImageManifest,
  bufferBlob,
  sha256Digest
} from '../../src/oci/descriptor.js'

describe('buildImageManifest', () => {
  const config = bufferBlob(MediaType.packConfig, Buffer.from('{"name":"x"}')).descriptor
  const layer = {
    mediaType: MediaType.packLayer,
    digest: sha256Digest('layer'),
    size: 5,
    annotations: { 'org.opencontainers.image.title': 'x-1.0.0.tar.gz' }
  }

  it('writes a fixed key order and sorted annotations, so equal inputs give equal digests', () => {
    const a = buildImageManifest(config, [layer], { b: '2', a: '1' })
    const b = buildImageManifest(config, [layer], { a: '1', b: '2' })
    expect(a.bytes.equals(b.bytes)).toBe(true)
    expect(a.digest).toBe(sha256Digest(a.bytes))
    expect(a.bytes.toString()).toBe(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.manifest,
        config: { mediaType: MediaType.packConfig, digest: config.digest, size: config.size },
        layers: [layer],
        annotations: { a: '1', b: '2' }
      })
    )
  })

  it('leaves out empty annotations', () => {
    const m = JSON.parse(buildImageManifest(config, [layer], {}).bytes.toString()) as Record<
      string,
      unknown
    >
    expect(m).not.toHaveProperty('annotations')
  })
})
