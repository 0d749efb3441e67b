// The one place a PublishOutcome is made: from what the work knew when it ended (the pack, the
// destination, the tag plan, the credentials used) and how it ended (a push report, or an error).
// What a failed push left in the registry is read off the typed errors the OCI client raises.
import { PartialTagError, TagConflictError } from '../oci/client.js'
import type { PackedArtifact } from './context.js'
import type { Destination } from './destination.js'
import type { PlanEntry } from './plan.js'
import type { TagPlanEntry } from './tags.js'
import type { OutcomeStatus, Phase, PublishOutcome, SignatureOutcome } from './types.js'

/** What the work had learnt when it ended; each is known from some point on. */
export interface OutcomeFacts {
  packed?: PackedArtifact
  destination?: Destination
  tagPlan?: TagPlanEntry[]
  credentialSource?: string
}

/** What a delivery did: the tags it wrote or found in place, the blobs it sent. */
export interface PushReport {
  status: Exclude<OutcomeStatus, 'failed'>
  tagsWritten: string[]
  tagsUnchanged: string[]
  blobs?: { uploaded: number; mounted: number; bytesUploaded: number }
  /** The pack's signature, attached next to it. */
  signature?: SignatureOutcome
  /** A plan (status planned): what a push would do to each tag. */
  plan?: PlanEntry[]
  /** Written tags that pointed to another digest before, and that digest. */
  tagsMoved?: { tag: string; from: string }[]
}

export interface Failure {
  status: 'failed'
  error: unknown
  /** The phase that was running. */
  failedIn: Phase
  /** What the push had done before a later step failed (the signature's, after the tags). */
  pushed?: PushReport
}

export function buildOutcome(facts: OutcomeFacts, ending: PushReport | Failure): PublishOutcome {
  const { packed, destination, credentialSource } = facts
  const base: Partial<PublishOutcome> = {
    pack: packed?.pack,
    manifest: packed?.artifact.manifest,
    destination,
    createdSource: packed?.createdSource,
    credentialSource
  }
  const tagPlan = facts.tagPlan ?? []
  if (ending.status === 'failed') {
    const error = ending.error instanceof Error ? ending.error : new Error(String(ending.error))
    const kept = ending.pushed
      ? {
          tagsWritten: ending.pushed.tagsWritten,
          tagsUnchanged: ending.pushed.tagsUnchanged,
          tagsElsewhere: []
        }
      : held(error)
    return { ...base, status: 'failed', failedIn: ending.failedIn, error, tagPlan, ...kept }
  }
  const { blobs, signature, plan, tagsMoved } = ending
  return {
    ...base,
    ...(plan ? { plan } : {}),
    ...(tagsMoved ? { tagsMoved } : {}),
    status: ending.status,
    tagPlan,
    tagsWritten: ending.tagsWritten,
    tagsUnchanged: ending.tagsUnchanged,
    tagsElsewhere: [],
    ...(blobs
      ? {
          blobsUploaded: blobs.uploaded,
          blobsMounted: blobs.mounted,
          bytesUploaded: blobs.bytesUploaded
        }
      : {}),
    ...(signature ? { signature } : {})
  }
}

/** The outcome of work that failed with only `facts` known (nothing, before packaging). */
export function failedOutcome(
  error: unknown,
  phase: Phase,
  facts: OutcomeFacts = {}
): PublishOutcome {
  return buildOutcome(facts, { status: 'failed', error, failedIn: phase })
}

/** The tags a failed push left, as its error says; none for any other error. */
function held(
  error: Error
): Pick<PublishOutcome, 'tagsWritten' | 'tagsUnchanged' | 'tagsElsewhere'> {
  if (error instanceof PartialTagError) {
    const { tagsWritten, tagsUnchanged, tagsElsewhere } = error
    return { tagsWritten, tagsUnchanged, tagsElsewhere }
  }
  // Refused before any write: those tags hold another digest, and nothing moved.
  if (error instanceof TagConflictError) {
    return { tagsWritten: [], tagsUnchanged: [], tagsElsewhere: error.conflicts }
  }
  return { tagsWritten: [], tagsUnchanged: [], tagsElsewhere: [] }
}
