// One packaged pack to one destination: plan its tags, then deliver it (nothing when push is
// off, an OCI layout, or a registry, mounting blobs from another repository of that registry
// when one has them). Each step returns what it did; the outcome is built once, from those.
import { UserError } from '../errors.js'
import type { RegistryClient } from '../oci/client.js'
import { PackError } from '../pack/index.js'
import { withPackAdvice } from './advice.js'
import type { PackJob, PackedArtifact } from './context.js'
import type { Destination } from './destination.js'
import { buildOutcome, type OutcomeFacts, type PushReport } from './outcome.js'
import { explainMissingRepository } from './preflight.js'
import { planDestination, versionTagMoves } from './plan-one.js'
import { describeTagPlan, planTags, versionAsTag, type TagPlanEntry } from './tags.js'
import type { Phase, PublishOutcome, SignatureOutcome } from './types.js'

type RegistryDestination = Extract<Destination, { kind: 'registry' }>
type LayoutDestination = Extract<Destination, { kind: 'layout' }>

export async function pushOne(
  destination: Destination,
  packed: PackedArtifact,
  job: PackJob,
  mountFrom: string | undefined
): Promise<PublishOutcome> {
  const facts: OutcomeFacts = { packed, destination }
  let pushed: PushReport | undefined
  let phase: Phase = 'package'
  const enter = (next: Phase) => {
    phase = next
    job.emit({ type: 'phase', phase: next })
  }
  try {
    facts.tagPlan = planFor(destination, packed, job)
    const tags = facts.tagPlan.map((entry) => entry.tag)
    if (job.request.plan) {
      enter('plan')
      return buildOutcome(facts, await planDestination(destination, packed, tags, job, facts))
    }
    if (!job.request.push) return buildOutcome(facts, await packageOnly(packed, job))
    if (destination.kind === 'layout') {
      enter('upload')
      if (packed.signature) {
        job.emit({
          type: 'info',
          message: `The signature goes to registries only: an OCI layout keeps no referrers (${destination.display})`
        })
      }
      return buildOutcome(facts, await writeLayout(destination, packed, tags, job))
    }
    enter('authenticate')
    const report = await job.registries.within(job.emit, async () => {
      const connected = await job.registries.connect(destination.reference, job.emit)
      facts.credentialSource = connected.credentialSource
      const push = { destination, packed, tags, mountFrom, enter }
      pushed = await pushToRegistry(connected.client, push, job).catch((error: unknown) => {
        throw explainMissingRepository(error, destination.reference)
      })
      if (!packed.signature) return pushed
      return { ...pushed, signature: await attachSignature(connected.client, push, job) }
    })
    return buildOutcome(facts, report)
  } catch (error) {
    const failedIn = error instanceof PackError ? 'package' : phase
    // The registry client reports facts; what they mean for the pack is said here.
    return buildOutcome(facts, {
      status: 'failed',
      error: withPackAdvice(error),
      failedIn,
      pushed
    })
  }
}

function planFor(destination: Destination, packed: PackedArtifact, job: PackJob): TagPlanEntry[] {
  const { request, emit } = job
  const plan = planTags({
    entries: request.tags,
    destinationTag: destination.tag,
    destinationTagToo: request.destinationTagToo,
    version: packed.pack.metadata.version,
    context: request.source,
    versionCheck: request.versionCheck,
    packFile: packed.pack.packFile,
    prebuilt: packed.pack.prebuilt
  })
  emit({ type: 'info', message: `Tag plan for ${destination.display}:` })
  for (const line of describeTagPlan(plan)) emit({ type: 'info', message: `  ${line}` })
  return plan
}

/** push off: nothing is written (a prebuilt archive was checked whole when it was read). */
async function packageOnly(packed: PackedArtifact, job: PackJob): Promise<PushReport> {
  job.emit({
    type: 'info',
    message: `Nothing written (push is off). The manifest digest would be ${packed.artifact.manifest.digest}`
  })
  return { status: 'packaged', tagsWritten: [], tagsUnchanged: [] }
}

async function writeLayout(
  destination: LayoutDestination,
  packed: PackedArtifact,
  tags: string[],
  job: PackJob
): Promise<PushReport> {
  const { artifact } = packed
  const { writeToLayout } = await import('../oci/layout.js')
  await writeToLayout({
    dir: destination.dir,
    blobs: [artifact.config, artifact.layer],
    manifest: artifact.manifest,
    tags
  })
  job.emit({
    type: 'info',
    message: `Wrote ${tags.join(', ')} → ${artifact.manifest.digest} to the OCI layout ${destination.dir}`
  })
  return { status: 'written', tagsWritten: tags, tagsUnchanged: [] }
}

/** One push to a registry, as pushOne planned it. */
interface RegistryPush {
  destination: RegistryDestination
  packed: PackedArtifact
  tags: string[]
  mountFrom: string | undefined
  enter: (phase: Phase) => void
}

async function pushToRegistry(
  client: RegistryClient,
  push: RegistryPush,
  job: PackJob
): Promise<PushReport> {
  const { destination, packed } = push
  const { artifact } = packed
  const versionTag = versionAsTag(packed.pack.metadata.version)
  if (job.request.skipExisting) {
    const unchanged = await alreadyThere(client, push, versionTag, job)
    if (unchanged) return unchanged
  }
  const layer = artifact.layer
  const size = layer.descriptor.size
  const what = `Upload ${packed.pack.archiveFileName} to ${destination.display}`
  const pushed = await client.push({
    repository: destination.reference.repository,
    blobs: [
      artifact.config,
      'path' in layer
        ? {
            ...layer,
            onProgress: (done) => job.emit({ type: 'progress', what, done, total: size })
          }
        : layer
    ],
    manifest: artifact.manifest,
    tags: push.tags,
    overwrite: job.request.overwrite,
    mountFrom: push.mountFrom,
    protectedTags: job.request.skipExisting ? [versionTag] : undefined,
    onPhase: (phase) => push.enter(phase)
  })
  const wroteNothing =
    pushed.tagsWritten.length === 0 && pushed.blobsUploaded === 0 && pushed.blobsMounted === 0
  const unchanged = pushed.tagsUnchanged.length
    ? `; unchanged: ${pushed.tagsUnchanged.join(', ')}`
    : ''
  job.emit({
    type: 'info',
    message: `Pushed ${destination.display}@${artifact.manifest.digest}: ${pushed.blobsUploaded} blob(s) uploaded (${pushed.bytesUploaded} bytes), ${pushed.blobsMounted} mounted, ${pushed.blobsSkipped} already there; tags written: ${pushed.tagsWritten.join(', ') || 'none'}${unchanged}`
  })
  reportMoves(pushed.tagsMoved, push, versionTag, job)
  return {
    status: wroteNothing ? 'unchanged' : 'written',
    tagsWritten: pushed.tagsWritten,
    tagsUnchanged: pushed.tagsUnchanged,
    tagsMoved: pushed.tagsMoved,
    blobs: {
      uploaded: pushed.blobsUploaded,
      mounted: pushed.blobsMounted,
      bytesUploaded: pushed.bytesUploaded
    }
  }
}

/**
 * The signature next to the pack, once the pack is tagged (or found unchanged): a re-run finds
 * it listed already and writes nothing.
 */
async function attachSignature(
  client: RegistryClient,
  { destination, packed, enter }: RegistryPush,
  job: PackJob
): Promise<SignatureOutcome | undefined> {
  const signature = packed.signature
  if (!signature) return undefined
  enter('signature')
  const subject = packed.artifact.manifest
  const repository = destination.reference.repository
  const { pushSignature } = await import('./push-signature.js')
  const attached = await pushSignature(client, repository, packed.pack, subject, signature)
  const where =
    attached.keptBy === 'api'
      ? "found through the registry's referrers API"
      : `${attached.indexWritten ? 'listed' : 'already listed'} in the fallback index ${attached.tag}`
  job.emit({
    type: 'info',
    message: `Signature ${signature.fileName} (key ${signature.keyId}) attached to ${destination.display}@${subject.digest} as ${attached.digest}, ${where}`
  })
  return {
    digest: attached.digest,
    keyId: signature.keyId,
    keptBy: attached.keptBy,
    ...(attached.tag ? { tag: attached.tag } : {})
  }
}

/**
 * Each moved tag and the digest it left, for retention tools (nothing is deleted); the pack's
 * own version tag moving is a release re-published with other content: a warning.
 */
function reportMoves(
  moved: { tag: string; from: string }[],
  { destination, packed }: RegistryPush,
  versionTag: string,
  job: PackJob
): void {
  const { name, version } = packed.pack.metadata
  const digest = packed.artifact.manifest.digest
  for (const { tag, from } of moved) {
    job.emit({ type: 'info', message: `Tag ${tag} moved from ${from} to ${digest}` })
    if (tag !== versionTag) continue
    const entry = {
      destination: destination.display,
      tag,
      current: from,
      digest,
      pack: name,
      version
    }
    job.emit({
      type: 'warning',
      message: versionTagMoves(entry, false),
      file: packed.pack.packFile
    })
  }
}

/**
 * skip-existing: the version tag already on this digest means the pack is published (only
 * reads were made), reported as unchanged; on another digest, the content changed without a
 * version bump. Undefined: the version tag is not there yet, so the push goes on.
 */
async function alreadyThere(
  client: RegistryClient,
  { destination, packed }: RegistryPush,
  versionTag: string,
  job: PackJob
): Promise<PushReport | undefined> {
  const digest = packed.artifact.manifest.digest
  const current = await client.tagDigest(destination.reference.repository, versionTag)
  if (current === undefined) return undefined
  if (current !== digest) {
    const { name, version } = packed.pack.metadata
    throw new UserError(
      `${destination.display}:${versionTag} already holds ${current}, but this push of ${name} ${version} is ${digest}: its content changed without a version bump`,
      { fix: 'bump metadata.version in Pack.yaml', file: packed.pack.packFile }
    )
  }
  job.emit({
    type: 'info',
    message: `${destination.display}:${versionTag} already holds ${digest}: unchanged, nothing written`
  })
  return { status: 'unchanged', tagsWritten: [], tagsUnchanged: [versionTag] }
}
