// OCI descriptors, media types and the image manifest we push.
import { createHash } from 'node:crypto'

export const MediaType = {
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  index: 'application/vnd.oci.image.index.v1+json',
  packConfig: 'application/vnd.cncf.helm.config.v1+json',
  packLayer: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip'
} as const

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  annotations?: Record<string, string>
}

/** A blob to push: small ones (config) live in memory, large ones (the archive) on disk. */
export type BlobSource =
  | { descriptor: Descriptor; content: Buffer }
  | {
      descriptor: Descriptor
      path: string
      /** Told the bytes sent so far while the file uploads (for a progress line). */
      onProgress?: (sent: number) => void
    }

/** A manifest exactly as it is pushed: the digest is of these bytes. */
export interface ManifestBytes {
  mediaType: string
  digest: string
  bytes: Buffer
}

/** A sha256 digest as OCI writes it; the group is its hex. */
export const SHA256_DIGEST = /^sha256:([a-f0-9]{64})$/

export function sha256Digest(data: Buffer | string): string {
  return 'sha256:' + createHash('sha256').update(data).digest('hex')
}

export function bufferBlob(mediaType: string, content: Buffer): BlobSource {
  return { descriptor: { mediaType, digest: sha256Digest(content), size: content.length }, content }
}

/**
 * An OCI image manifest with one config and the given layers. Keys are written in a fixed
 * order and annotations sorted, so the same inputs always give the same bytes and digest.
 */
export function buildImageManifest(
  config: Descriptor,
  layers: Descriptor[],
  annotations?: Record<string, string>
): ManifestBytes {
  const manifest: Record<string, unknown> = {
    schemaVersion: 2,
    mediaType: MediaType.manifest,
    config: orderedDescriptor(config),
    layers: layers.map(orderedDescriptor)
  }
  if (annotations && Object.keys(annotations).length > 0) {
    manifest.annotations = sortedRecord(annotations)
  }
  const bytes = Buffer.from(JSON.stringify(manifest))
  return { mediaType: MediaType.manifest, digest: sha256Digest(bytes), bytes }
}

function orderedDescriptor(d: Descriptor): Descriptor {
  const out: Descriptor = { mediaType: d.mediaType, digest: d.digest, size: d.size }
  if (d.annotations && Object.keys(d.annotations).length > 0) {
    out.annotations = sortedRecord(d.annotations)
  }
  return out
}

export function sortedRecord(record: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of Object.keys(record).sort()) out[key] = record[key] as string
  return out
}
