// The core's contract with its front ends (the GitHub Action, the CLI): a resolved request in,
// events out while it works, a result at the end. Nothing here knows GitHub, the environment or
// a front end's option names.
import type { Credential, Logger } from '../oci/types.js'
import type { ManifestBytes } from '../oci/descriptor.js'
import type { ProxySettings } from '../oci/proxy.js'
import type { PackagedPack } from '../pack/types.js'
import type { ReferrersKeptBy } from '../oci/referrers.js'
import type { Destination } from './destination.js'
import type { SigningRequest } from './signing.js'
import type { PlanEntry } from './plan.js'
import type { SourceContext } from './source.js'
import type { TagPlanEntry } from './tags.js'

/**
 * The overall deadline when the user sets none: the action's `timeout` input and the CLI's
 * `--timeout` both default to the OCI client's own (action.yml documents it as 10m).
 */
export { DEFAULT_TIMEOUT_MS } from '../oci/types.js'

export interface PublishRequest {
  /**
   * Pack directories, prebuilt .tar.gz/.tgz archives (pushed byte for byte), or globs
   * (`packs/*`, `charts/**`) matching directories that hold a Pack.yaml; relative to baseDir.
   */
  paths: string[]
  /** Where relative paths and globs are resolved (the workspace, the working directory). */
  baseDir: string
  /**
   * Each `oci://HOST/REPO[:TAG]`, `oci-layout://DIR[:TAG]`, or a prefix ending in `/` that gets
   * the pack name (lower-cased) appended (`oci://ghcr.io/my-org/`). Every pack goes to each.
   */
  destinations: string[]
  /** What the user typed for tags (literal tags and `{{placeholder}}` templates); may be empty. */
  tags: string[]
  /** Write each destination's own tag too, not only `tags` (the CLI's docker-like rule). */
  destinationTagToo?: boolean
  /** Extra manifest annotations; they override derived ones, an empty value removes a key. */
  annotations: Record<string, string>
  /** The commit and ref being built, for derived tags and annotations. */
  source: SourceContext
  /** false: package and compute the digest, write nothing. */
  push: boolean
  /**
   * Make a plan instead of pushing: everything up to the first write (package, credentials,
   * pull-scope reads of every destination tag), then per tag what a push would do. Writes
   * nothing anywhere.
   */
  plan?: boolean
  /** false: a tag that points to another digest fails the push. */
  overwrite: boolean
  /**
   * A pack whose version tag already holds this digest is left alone (only reads); one whose
   * version tag holds another digest fails (its content changed without a version bump). The
   * version tag is then never moved, whatever `overwrite` says.
   */
  skipExisting: boolean
  /** Fail when a version tag ref disagrees with Pack.yaml's version. */
  versionCheck: boolean
  plainHttp: boolean
  /** Overall deadline for the registry work, in milliseconds. */
  timeoutMs: number
  /** SOURCE_DATE_EPOCH as the user set it, if they did. */
  sourceDateEpoch?: string
  /** Where archives are written (a temp dir of the front end's choosing). */
  workDir: string
  /**
   * Sign each archive with this minisign key (opened before anything else happens), and/or
   * verify signatures with these public keys; a prebuilt archive's `<archive>.minisig` is
   * pushed when no key is given. Each signature goes to every registry next to its pack.
   */
  signing?: SigningRequest
}

export interface PublishDeps {
  /** Credentials for one registry host (looked up per host, every source in order). */
  credentialFor(registry: string, apiHost: string): Promise<Credential | undefined>
  /** Every secret learnt on the way (tokens), for the front end's masker. */
  mask(secret: string): void
  onEvent(event: PublishEvent): void
  /** The commit time (seconds) of the checkout holding `dir`, if it is one. */
  commitTime?(dir: string): Promise<number | undefined>
  /** Transport tuning and proxy settings, resolved by the front end. */
  network?: NetworkSettings
}

export interface NetworkSettings {
  idleTimeoutMs?: number
  retryBaseDelayMs?: number
  proxy?: ProxySettings
}

/** HTTP(S)_PROXY and NO_PROXY as the front end read them (the OCI layer's own type). */
export type { ProxySettings } from '../oci/proxy.js'

export type Phase = 'resolve' | 'package' | 'authenticate' | 'plan' | 'upload' | 'tag' | 'signature'

export type PublishEvent =
  | { type: 'phase'; phase: Phase }
  | { type: 'info'; message: string }
  | { type: 'debug'; message: string }
  | { type: 'warning'; message: string; file?: string; line?: number }
  | { type: 'progress'; what: string; done: number; total: number }
  /** Several packs or destinations: the lines that follow belong to this job (a log group). */
  | { type: 'job'; title: string }

/** `planned`: a plan was made (request.plan), nothing was written. */
export type OutcomeStatus = 'written' | 'unchanged' | 'packaged' | 'planned' | 'failed'

/** What happened to one pack at one destination: what is in the registry now. */
export interface PublishOutcome {
  status: OutcomeStatus
  /** The phase that was running when it failed. */
  failedIn?: Phase
  error?: Error
  pack?: PackagedPack
  destination?: Destination
  manifest?: ManifestBytes
  tagPlan: TagPlanEntry[]
  /** Tags this run wrote to our digest. */
  tagsWritten: string[]
  /** Tags that already pointed to our digest and were left alone. */
  tagsUnchanged: string[]
  /** Tags that now point somewhere else than our digest, and where (a lost race, a registry
   * that altered the manifest). */
  tagsElsewhere: { tag: string; digest: string }[]
  credentialSource?: string
  blobsUploaded?: number
  /** Blobs mounted from another repository of the same registry instead of uploaded. */
  blobsMounted?: number
  bytesUploaded?: number
  /** How the `created` time was chosen, for the log and summary. */
  createdSource?: string
  /** The pack's signature, attached in this registry next to the pack. */
  signature?: SignatureOutcome
  /** With request.plan: what a push would do to each tag, from reads only. */
  plan?: PlanEntry[]
  /**
   * Tags this run moved: each written tag that pointed to another digest before, and that
   * digest (left untagged there, unless another tag names it; nothing is deleted).
   */
  tagsMoved?: { tag: string; from: string }[]
}

/** Where a pack's signature is in one registry. */
export interface SignatureOutcome {
  /** The digest of the signature's referrer manifest. */
  digest: string
  /** The signing key's id, as minisign prints it. */
  keyId: string
  /** How the registry finds it: its referrers API, or the fallback tag `sha256-<hex>`. */
  keptBy: ReferrersKeptBy
  tag?: string
}

export interface PublishResult {
  /** One per pack × destination, packs in request order, destinations in request order. */
  outcomes: PublishOutcome[]
  ok: boolean
}

export type { Logger }
