// What one pack's work is given, and what its packaging hands to each destination. Types only:
// publish, package-one and push-one all depend on this module, and none of them on another.
import type { PackagedPack } from '../pack/types.js'
import type { PackArtifact } from './artifact.js'
import type { RegistryPool } from './registry-pool.js'
import type { PackSignature, SigningKeys } from './signing.js'
import type { PublishDeps, PublishEvent, PublishRequest } from './types.js'

/** One pack's work: the request, what the front end passed in, the shared registry clients. */
export interface PackJob {
  request: PublishRequest
  deps: PublishDeps
  registries: RegistryPool
  /** This pack's event sink (buffered when several packs run at once). */
  emit: (event: PublishEvent) => void
  /** The signing key and trusted keys, opened before anything was packaged or contacted. */
  signingKeys?: SigningKeys
}

/** A pack packaged once for every destination: the archive and its OCI artifact. */
export interface PackedArtifact {
  pack: PackagedPack
  artifact: PackArtifact
  /** How the `created` time was chosen, for the log and summary. */
  createdSource?: string
  /** The archive's signature, made before any upload (or found beside a prebuilt archive). */
  signature?: PackSignature
}
