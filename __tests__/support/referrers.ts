// Referrers written the way other tools write them (cosign, actions/attest, a crafted signature):
// the payload and the empty config uploaded, the artifact manifest built for a subject. Attach it
// with attachReferrer, or write it and an index by hand to shape the fallback tag.
import type { RegistryClient } from '../../src/oci/client.js'
import { MediaType, sha256Digest, type ManifestBytes } from '../../src/oci/descriptor.js'
import {
  EMPTY_CONFIG,
  EMPTY_CONFIG_CONTENT,
  buildReferrerManifest
} from '../../src/oci/referrers.js'

export const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
export const SIGNATURE_TYPE = 'application/vnd.sherpack.pack.signature.v1.minisig'

export interface ReferrerSpec {
  artifactType: string
  payload: Buffer
  /** The subject's digest (its size does not matter to a registry or to us). */
  subject: string
  annotations?: Record<string, string>
}

/** Uploads the referrer's blobs to `repository` and returns its manifest (not yet written). */
export async function uploadReferrer(
  client: RegistryClient,
  repository: string,
  spec: ReferrerSpec
): Promise<ManifestBytes> {
  const layer = {
    mediaType: spec.artifactType,
    digest: sha256Digest(spec.payload),
    size: spec.payload.length
  }
  await client.referrers(repository).ensureBlobs([
    { descriptor: EMPTY_CONFIG, content: EMPTY_CONFIG_CONTENT },
    { descriptor: layer, content: spec.payload }
  ])
  return buildReferrerManifest({
    artifactType: spec.artifactType,
    layer,
    subject: { mediaType: MediaType.manifest, digest: spec.subject, size: 1 },
    annotations: spec.annotations ?? {}
  })
}
