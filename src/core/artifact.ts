// The OCI artifact for a packaged pack: config blob (the pack's metadata), layer (the archive)
// and the manifest that ties them together. Nothing about the destination enters it.
import { packConfigJson } from '../pack/index.js'
import type { PackagedPack } from '../pack/types.js'
import {
  MediaType,
  buildImageManifest,
  bufferBlob,
  type BlobSource,
  type ManifestBytes
} from '../oci/descriptor.js'

export interface PackArtifact {
  config: BlobSource
  layer: BlobSource
  manifest: ManifestBytes
}

export function buildPackArtifact(
  pack: PackagedPack,
  annotations: Record<string, string>
): PackArtifact {
  const config = bufferBlob(MediaType.packConfig, packConfigJson(pack.metadata))
  const layer: BlobSource = {
    descriptor: {
      mediaType: MediaType.packLayer,
      digest: pack.archiveDigest,
      size: pack.archiveSize,
      annotations: { 'org.opencontainers.image.title': pack.archiveFileName }
    },
    path: pack.archivePath,
    // A prebuilt archive's entries, checked by each upload against the bytes it sends.
    ...(pack.deferredCheck ? { check: pack.deferredCheck } : {})
  }
  const manifest = buildImageManifest(config.descriptor, [layer.descriptor], annotations)
  return { config, layer, manifest }
}
