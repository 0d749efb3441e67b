// One packaged pack to one destination: plan its tags, then write it to an OCI layout or push
// it to a registry (mounting blobs from another repository of that registry when one has them).
import type { RegistryClient } from '../oci/client.js'
import { UserError } from '../errors.js'
import { PackError, packChecked } from '../pack/index.js'
import type { Destination } from './destination.js'
import type { PackedArtifact } from './package-one.js'
import type { PublishContext } from './publish.js'
import { describeTagPlan, planTags, versionAsTag } from './tags.js'
import type { Phase, PublishOutcome } from './types.js'

type RegistryDestination = Extract<Destination, { kind: 'registry' }>

export async function pushOne(
  destination: Destination,
  packed: PackedArtifact,
  context: PublishContext,
  mountFrom: string | undefined
): Promise<PublishOutcome> {
  const outcome: PublishOutcome = {
    status: 'failed',
    pack: packed.pack,
    manifest: packed.artifact.manifest,
    destination,
    createdSource: packed.createdSource,
    tagPlan: [],
    tagsWritten: [],
    tagsUnchanged: [],
    tagsElsewhere: []
  }
  let phase: Phase = 'package'
  const enter = (next: Phase) => {
    phase = next
    context.emit({ type: 'phase', phase: next })
  }
  try {
    planFor(destination, packed, context, outcome)
    if (!context.request.push) {
      await packChecked(packed.pack)
      context.emit({
        type: 'info',
        message: `Nothing written (push is off). The manifest digest would be ${packed.artifact.manifest.digest}`
      })
      outcome.status = 'packaged'
    } else if (destination.kind === 'layout') {
      enter('upload')
      await packChecked(packed.pack)
      await writeLayout(destination, packed, context, outcome)
    } else {
      enter('authenticate')
      await context.registries.within(context.emit, () =>
        pushToRegistry(destination, packed, context, outcome, enter, mountFrom)
      )
    }
  } catch (error) {
    outcome.status = 'failed'
    outcome.error = error instanceof Error ? error : new Error(String(error))
    // The archive's own check failing while its upload ran is a packaging failure.
    outcome.failedIn = error instanceof PackError ? 'package' : phase
    recordWhatIsInTheRegistry(error, outcome)
  }
  return outcome
}

function planFor(
  destination: Destination,
  packed: PackedArtifact,
  context: PublishContext,
  outcome: PublishOutcome
): void {
  const { request, emit } = context
  outcome.tagPlan = planTags({
    entries: request.tags,
    destinationTag: destination.tag,
    destinationTagToo: request.destinationTagToo,
    version: packed.pack.metadata.version,
    context: request.source,
    versionCheck: request.versionCheck,
    packFile: packed.pack.packFile
  })
  emit({ type: 'info', message: `Tag plan for ${destination.display}:` })
  for (const line of describeTagPlan(outcome.tagPlan)) emit({ type: 'info', message: `  ${line}` })
}

async function writeLayout(
  destination: Extract<Destination, { kind: 'layout' }>,
  packed: PackedArtifact,
  context: PublishContext,
  outcome: PublishOutcome
): Promise<void> {
  const { artifact } = packed
  const tags = outcome.tagPlan.map((t) => t.tag)
  const { writeToLayout } = await import('../oci/layout.js')
  await writeToLayout({
    dir: destination.dir,
    blobs: [artifact.config, artifact.layer],
    manifest: artifact.manifest,
    tags
  })
  outcome.tagsWritten = tags
  outcome.status = 'written'
  context.emit({
    type: 'info',
    message: `Wrote ${tags.join(', ')} → ${artifact.manifest.digest} to the OCI layout ${destination.dir}`
  })
}

async function pushToRegistry(
  destination: RegistryDestination,
  packed: PackedArtifact,
  context: PublishContext,
  outcome: PublishOutcome,
  enter: (phase: Phase) => void,
  mountFrom: string | undefined
): Promise<void> {
  const { artifact } = packed
  const { client, credentialSource } = await context.registries.connect(
    destination.reference,
    context.emit
  )
  outcome.credentialSource = credentialSource
  const repository = destination.reference.repository
  const versionTag = versionAsTag(packed.pack.metadata.version)
  if (context.request.skipExisting) {
    if (await alreadyThere(client, destination, versionTag, packed, context, outcome)) return
  }
  const layer = artifact.layer
  const size = layer.descriptor.size
  const what = `Upload ${packed.pack.archiveFileName} to ${destination.display}`
  const pushed = await client.push({
    repository,
    blobs: [
      artifact.config,
      'path' in layer
        ? {
            ...layer,
            onProgress: (done) => context.emit({ type: 'progress', what, done, total: size })
          }
        : layer
    ],
    manifest: artifact.manifest,
    tags: outcome.tagPlan.map((t) => t.tag),
    overwrite: context.request.overwrite,
    mountFrom,
    protectedTags: context.request.skipExisting ? [versionTag] : undefined,
    onPhase: (phase) => enter(phase)
  })
  outcome.tagsWritten = pushed.tagsWritten
  outcome.tagsUnchanged = pushed.tagsUnchanged
  outcome.blobsUploaded = pushed.blobsUploaded
  outcome.blobsMounted = pushed.blobsMounted
  outcome.bytesUploaded = pushed.bytesUploaded
  const wroteNothing =
    pushed.tagsWritten.length === 0 && pushed.blobsUploaded === 0 && pushed.blobsMounted === 0
  outcome.status = wroteNothing ? 'unchanged' : 'written'
  const unchanged = pushed.tagsUnchanged.length
    ? `; unchanged: ${pushed.tagsUnchanged.join(', ')}`
    : ''
  context.emit({
    type: 'info',
    message: `Pushed ${destination.display}@${artifact.manifest.digest}: ${pushed.blobsUploaded} blob(s) uploaded (${pushed.bytesUploaded} bytes), ${pushed.blobsMounted} mounted, ${pushed.blobsSkipped} already there; tags written: ${pushed.tagsWritten.join(', ') || 'none'}${unchanged}`
  })
}

/**
 * skip-existing: the version tag already on this digest means the pack is published (only
 * reads were made); on another digest, the content changed without a version bump.
 */
async function alreadyThere(
  client: RegistryClient,
  destination: RegistryDestination,
  versionTag: string,
  packed: PackedArtifact,
  context: PublishContext,
  outcome: PublishOutcome
): Promise<boolean> {
  const digest = packed.artifact.manifest.digest
  const current = await client.tagDigest(destination.reference.repository, versionTag)
  if (current === undefined) return false
  // Judged only for an archive that passes its check, as a push would be.
  await packChecked(packed.pack)
  if (current !== digest) {
    throw new UserError(
      `${destination.display}:${versionTag} already holds ${current}, but this push of ${packed.pack.metadata.name} ${packed.pack.metadata.version} is ${digest}: its content changed without a version bump`,
      { fix: 'bump metadata.version in Pack.yaml', file: packed.pack.packFile }
    )
  }
  outcome.status = 'unchanged'
  outcome.tagsUnchanged = [versionTag]
  context.emit({
    type: 'info',
    message: `${destination.display}:${versionTag} already holds ${digest}: unchanged, nothing written`
  })
  return true
}

/** A push error that stopped after some tags were written says which, and where they point. */
function recordWhatIsInTheRegistry(error: unknown, outcome: PublishOutcome): void {
  if (typeof error !== 'object' || error === null) return
  const { tagsWritten, tagsUnchanged, tagsElsewhere, conflicts } = error as Partial<
    Pick<PublishOutcome, 'tagsWritten' | 'tagsUnchanged' | 'tagsElsewhere'>
  > & { conflicts?: PublishOutcome['tagsElsewhere'] }
  if (Array.isArray(tagsWritten)) outcome.tagsWritten = tagsWritten
  if (Array.isArray(tagsUnchanged)) outcome.tagsUnchanged = tagsUnchanged
  if (Array.isArray(tagsElsewhere)) outcome.tagsElsewhere = tagsElsewhere
  // Refused before any write: those tags hold another digest (not ours), nothing moved.
  if (Array.isArray(conflicts)) outcome.tagsElsewhere = conflicts
}
