// The pack's signature in a registry: a referrer manifest (shape B of the signatures spec note)
// whose `subject` is the pack's manifest and whose one layer is the `.minisig` byte for byte.
// The pack's own manifest, and so its digest, is the same signed or not.
import type { RegistryClient } from '../oci/client.js'
import { sha256Digest, type ManifestBytes } from '../oci/descriptor.js'
import {
  EMPTY_CONFIG,
  EMPTY_CONFIG_CONTENT,
  attachReferrer,
  buildReferrerManifest,
  type Attached
} from '../oci/referrers.js'
import type { PackagedPack } from '../pack/types.js'
import type { PackSignature } from './signing.js'

/** The artifact type and layer media type of a pack signature: an interop contract, frozen. */
export const SIGNATURE_ARTIFACT_TYPE = 'application/vnd.sherpack.pack.signature.v1.minisig'

export const SignatureAnnotation = {
  keyId: 'dev.sherpack.signature.key-id',
  signedDigest: 'dev.sherpack.signature.signed-digest'
} as const

/** The referrer manifest of `signature` for the pack manifest `subject`. */
export function signatureManifest(
  pack: PackagedPack,
  subject: ManifestBytes,
  signature: PackSignature
): ManifestBytes {
  return buildReferrerManifest({
    artifactType: SIGNATURE_ARTIFACT_TYPE,
    layer: {
      mediaType: SIGNATURE_ARTIFACT_TYPE,
      digest: sha256Digest(signature.bytes),
      size: signature.bytes.length,
      annotations: { 'org.opencontainers.image.title': signature.fileName }
    },
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.bytes.length },
    annotations: {
      'org.opencontainers.image.created': pack.created,
      [SignatureAnnotation.keyId]: signature.keyId,
      [SignatureAnnotation.signedDigest]: pack.archiveDigest
    }
  })
}

/**
 * Uploads the signature's blobs, puts its manifest by digest, and makes it findable (the
 * referrers API, else the fallback index): after the pack is tagged, since the fallback index
 * may only list manifests the registry has (distribution refuses MANIFEST_BLOB_UNKNOWN).
 */
export async function pushSignature(
  client: RegistryClient,
  repository: string,
  pack: PackagedPack,
  subject: ManifestBytes,
  signature: PackSignature
): Promise<Attached> {
  const manifest = signatureManifest(pack, subject, signature)
  const referrers = client.referrers(repository)
  await referrers.ensureBlobs([
    { descriptor: EMPTY_CONFIG, content: EMPTY_CONFIG_CONTENT },
    {
      descriptor: {
        mediaType: SIGNATURE_ARTIFACT_TYPE,
        digest: sha256Digest(signature.bytes),
        size: signature.bytes.length
      },
      content: signature.bytes
    }
  ])
  return attachReferrer(referrers, manifest, subject.digest)
}
