// The plan for one packaged pack at one destination: read what each of its tags holds now (pull
// scope only; a layout's index.json), then say what a push would do to each. Nothing is written.
import type { PackJob, PackedArtifact } from './context.js'
import type { Destination } from './destination.js'
import type { OutcomeFacts, PushReport } from './outcome.js'
import { classifyTags, describePlanEntry, type PlanEntry } from './plan.js'
import { versionAsTag } from './tags.js'

export async function planDestination(
  destination: Destination,
  packed: PackedArtifact,
  tags: string[],
  job: PackJob,
  facts: OutcomeFacts
): Promise<PushReport> {
  const { request, emit } = job
  const { metadata } = packed.pack
  const digest = packed.artifact.manifest.digest
  const versionTag = versionAsTag(metadata.version)
  const registry = destination.kind === 'registry'
  // Skip-existing looks at the version tag even when the push would not write it.
  const read = registry && request.skipExisting ? [...new Set([...tags, versionTag])] : tags
  const current = await currentTags(destination, read, job, facts)
  // A layout's index is rewritten as asked: its tags always move.
  const rows = classifyTags({
    tags,
    current,
    digest,
    overwrite: registry ? request.overwrite : true,
    skipExisting: registry && request.skipExisting,
    versionTag
  })
  const plan = rows.map((row): PlanEntry => ({
    pack: metadata.name,
    version: metadata.version,
    destination: destination.display,
    digest,
    ...row
  }))
  emit({ type: 'info', message: `Plan for ${destination.display} (nothing was written):` })
  for (const entry of plan) {
    emit({ type: 'info', message: `  ${describePlanEntry(entry)}` })
    if (entry.action === 'moves' && entry.tag === versionTag) {
      emit({ type: 'warning', message: versionTagMoves(entry, true) })
    }
  }
  return { status: 'planned', tagsWritten: [], tagsUnchanged: [], plan }
}

/** What each tag holds now: one pull-scope read per tag, side by side; a layout's index. */
async function currentTags(
  destination: Destination,
  tags: string[],
  job: PackJob,
  facts: OutcomeFacts
): Promise<Map<string, string>> {
  if (destination.kind === 'layout') {
    const { readIndex, REF_NAME_ANNOTATION } = await import('../oci/layout.js')
    const found = new Map<string, string>()
    for (const descriptor of (await readIndex(destination.dir)).manifests) {
      const tag = descriptor.annotations?.[REF_NAME_ANNOTATION]
      if (tag !== undefined) found.set(tag, descriptor.digest)
    }
    return found
  }
  return job.registries.within(job.emit, async () => {
    const { client, credentialSource } = await job.registries.connect(
      destination.reference,
      job.emit
    )
    facts.credentialSource = credentialSource
    const repository = destination.reference.repository
    const found = new Map<string, string>()
    await Promise.all(
      tags.map(async (tag) => {
        const digest = await client.tagDigest(repository, tag)
        if (digest !== undefined) found.set(tag, digest)
      })
    )
    return found
  })
}

/**
 * The pack's own version tag moving to another digest: a release re-published with other
 * content, which whoever pulled it before will not get. Named with both digests.
 */
export function versionTagMoves(
  entry: Pick<PlanEntry, 'destination' | 'tag' | 'current' | 'digest' | 'pack' | 'version'>,
  planned: boolean
): string {
  const verb = planned ? 'would move' : 'moved'
  return `${entry.destination}:${entry.tag} is the version tag of ${entry.pack} ${entry.version}, and ${verb} from ${entry.current ?? '?'} to ${entry.digest}: the release is re-published with other content; bump the version in Pack.yaml unless that is meant`
}
