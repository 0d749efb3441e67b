import { describe, expect, it } from 'vitest'
import { packParts, requirePack, summarizeManifest } from '../../src/core/artifact.js'
import { MediaType, sha256Digest, type ManifestBytes } from '../../src/oci/descriptor.js'

const d = (mediaType: string, fill = 'a', size = 10) => ({
  mediaType,
  digest: 'sha256:' + fill.repeat(64),
  size
})

function fetched(manifest: unknown, mediaType: string = MediaType.manifest): ManifestBytes {
  const bytes = Buffer.from(JSON.stringify(manifest))
  return { bytes, mediaType, digest: sha256Digest(bytes) }
}

const PACK = {
  schemaVersion: 2,
  mediaType: MediaType.manifest,
  config: d(MediaType.packConfig, 'c'),
  layers: [d(MediaType.packLayer, 'l', 2048)],
  annotations: { 'org.opencontainers.image.version': '1.0.0' }
}

describe('summarizeManifest', () => {
  it('reads the fields we show, with the digest of the bytes', () => {
    const f = fetched(PACK)
    expect(summarizeManifest(f, 'oci://h/r:1')).toEqual({
      mediaType: MediaType.manifest,
      digest: f.digest,
      size: f.bytes.length,
      artifactType: undefined,
      config: PACK.config,
      layers: PACK.layers,
      layerCount: 1,
      manifests: undefined,
      annotations: PACK.annotations
    })
  })

  // The digest is checked by whoever read the bytes, once: the registry client
  // (__tests__/oci/pull.test.ts) and the layout reader (__tests__/oci/layout-reader.test.ts).
  it('takes the digest the reader checked', () => {
    const f = { ...fetched(PACK), digest: 'sha256:' + '0'.repeat(64) }
    expect(summarizeManifest(f, 'oci://h/r:1').digest).toBe(f.digest)
  })

  it('refuses what is not JSON', () => {
    const bytes = Buffer.from('<html>')
    expect(() =>
      summarizeManifest({ bytes, mediaType: 'text/html', digest: sha256Digest(bytes) }, 'x')
    ).toThrow(/not a JSON object/)
  })
})

describe('requirePack: only a pack passes, anything else is named', () => {
  it('a pack gives its config and its one layer', () => {
    expect(requirePack(summarizeManifest(fetched(PACK), 'r'), 'r')).toEqual({
      config: PACK.config,
      layer: PACK.layers[0]
    })
  })

  const notPacks: [string, unknown, string, RegExp][] = [
    [
      'a container image',
      {
        ...PACK,
        config: d('application/vnd.oci.image.config.v1+json'),
        layers: [d('application/vnd.oci.image.layer.v1.tar+gzip')]
      },
      MediaType.manifest,
      /config application\/vnd\.oci\.image\.config\.v1\+json and 1 layer\(s\) application\/vnd\.oci\.image\.layer\.v1\.tar\+gzip/
    ],
    [
      'an image index',
      {
        schemaVersion: 2,
        mediaType: MediaType.index,
        manifests: [d(MediaType.manifest), d(MediaType.manifest, 'b')]
      },
      MediaType.index,
      /an index \(application\/vnd\.oci\.image\.index\.v1\+json\) of 2 manifest\(s\)/
    ],
    [
      'a Docker v2 manifest with pack media types',
      { ...PACK, mediaType: 'application/vnd.docker.distribution.manifest.v2+json' },
      'application/vnd.docker.distribution.manifest.v2+json',
      /application\/vnd\.docker\.distribution\.manifest\.v2\+json/
    ],
    [
      'two pack layers',
      { ...PACK, layers: [PACK.layers[0], d(MediaType.packLayer, 'e')] },
      MediaType.manifest,
      /2 layer\(s\)/
    ],
    [
      'a pack layer beside one that cannot be read',
      { ...PACK, layers: [PACK.layers[0], { mediaType: 'x' }] },
      MediaType.manifest,
      /is not a Sherpack pack/
    ],
    [
      'an artifact with an artifactType',
      {
        ...PACK,
        artifactType: 'application/vnd.example+type',
        config: d('application/vnd.oci.empty.v1+json')
      },
      MediaType.manifest,
      /artifactType application\/vnd\.example\+type/
    ]
  ]
  it.each(notPacks)('%s is refused, naming what it is', (_name, manifest, mediaType, message) => {
    const summary = summarizeManifest(fetched(manifest, mediaType), 'oci://h/r:1')
    expect(packParts(summary)).toBeUndefined()
    expect(() => requirePack(summary, 'oci://h/r:1')).toThrow(
      /^oci:\/\/h\/r:1 is not a Sherpack pack: it is /
    )
    expect(() => requirePack(summary, 'oci://h/r:1')).toThrow(message)
  })
})
