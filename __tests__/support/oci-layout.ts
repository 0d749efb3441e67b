// Writes a small OCI image layout by hand (oci-layout, index.json, blobs/sha256/…), so the
// harness and benchmarks have something to push with skopeo that our own code did not make.
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export interface LayoutBlob {
  mediaType: string
  bytes: Buffer
}

export interface WrittenDescriptor {
  mediaType: string
  digest: string
  size: number
}

export interface WrittenLayout {
  /** The image manifest's bytes, as skopeo --preserve-digests will push them. */
  manifest: Buffer
  manifestDigest: string
  config: WrittenDescriptor
  layers: WrittenDescriptor[]
}

const MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json'

/** Writes an OCI layout in `dir` holding one image manifest, tagged `tag`. */
export async function writeOciLayout(
  dir: string,
  tag: string,
  config: LayoutBlob,
  layers: LayoutBlob[]
): Promise<WrittenLayout> {
  const blobDir = join(dir, 'blobs', 'sha256')
  await mkdir(blobDir, { recursive: true })
  const writeBlob = async (blob: LayoutBlob): Promise<WrittenDescriptor> => {
    const hex = createHash('sha256').update(blob.bytes).digest('hex')
    await writeFile(join(blobDir, hex), blob.bytes)
    return { mediaType: blob.mediaType, digest: 'sha256:' + hex, size: blob.bytes.length }
  }
  const configDescriptor = await writeBlob(config)
  const layerDescriptors = await Promise.all(layers.map(writeBlob))
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MANIFEST_MEDIA_TYPE,
      config: configDescriptor,
      layers: layerDescriptors
    })
  )
  const manifestDescriptor = await writeBlob({ mediaType: MANIFEST_MEDIA_TYPE, bytes: manifest })
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      { ...manifestDescriptor, annotations: { 'org.opencontainers.image.ref.name': tag } }
    ]
  }
  await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
  await writeFile(join(dir, 'index.json'), JSON.stringify(index))
  return {
    manifest,
    manifestDigest: manifestDescriptor.digest,
    config: configDescriptor,
    layers: layerDescriptors
  }
}
