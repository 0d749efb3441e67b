// The values a front end publishes about one outcome: the action's outputs, the CLI's --json.
// Names are a public interface (action.yml outputs): extend, never rename.
import type { PublishOutcome } from './types.js'

/** The flat values: digest, ref, tags, archive, archive-digest, pack-name, … */
export type OutcomeValues = Record<string, string>

/** HOST/REPOSITORY@sha256:… (a layout: DIR@sha256:…). */
export function immutableRef(outcome: PublishOutcome): string | undefined {
  if (!outcome.destination || !outcome.manifest) return undefined
  return `${outcome.destination.display}@${outcome.manifest.digest}`
}

/** The flat values, once the pack is packaged and its destination known. */
export function outcomeValues(outcome: PublishOutcome): OutcomeValues | undefined {
  const { pack, destination, manifest } = outcome
  if (!pack || !destination || !manifest) return undefined
  return {
    digest: manifest.digest,
    ref: `${destination.display}@${manifest.digest}`,
    tags: outcome.tagPlan.map((t) => t.tag).join(','),
    archive: pack.archivePath,
    'archive-digest': pack.archiveDigest,
    'pack-name': pack.metadata.name,
    'pack-version': pack.metadata.version,
    version: pack.metadata.version,
    repository: destination.display,
    'signature-digests': JSON.stringify(signatureDigests([outcome]))
  }
}

/**
 * Each destination's signature referrer digest, by destination (`HOST/REPOSITORY`): what
 * `cosign verify`-style tools and our `pull --verify` find next to the pack.
 */
export function signatureDigests(outcomes: PublishOutcome[]): Record<string, string> {
  const digests: Record<string, string> = {}
  for (const { destination, signature } of outcomes) {
    if (destination && signature) digests[destination.display] = signature.digest
  }
  return digests
}

/** The `metadata` object: every flat value, plus the tag plan and what was written. */
export function outcomeMetadata(outcome: PublishOutcome): Record<string, unknown> | undefined {
  const values = outcomeValues(outcome)
  if (!values || !outcome.destination || !outcome.manifest) return undefined
  return {
    ...values,
    tags: outcome.tagPlan.map((t) => t.tag),
    pushed: outcome.status === 'written' || outcome.status === 'unchanged',
    tagsWritten: outcome.tagsWritten,
    tagsUnchanged: outcome.tagsUnchanged,
    // Each written tag that pointed elsewhere before, and the digest it left there.
    tagsMoved: outcome.tagsMoved ?? [],
    tagPlan: outcome.tagPlan,
    destination: outcome.destination.display,
    manifestMediaType: outcome.manifest.mediaType,
    ...(outcome.signature ? { signature: outcome.signature } : {})
  }
}

/**
 * One entry of the array that several packs or destinations give: the single-pack fields (or
 * what is known of them), the status, and the error as the front end words it.
 */
export function outcomeEntry(
  outcome: PublishOutcome,
  errorMessage: string | undefined
): Record<string, unknown> {
  return {
    ...(outcomeMetadata(outcome) ?? {
      'pack-name': outcome.pack?.metadata.name,
      'pack-version': outcome.pack?.metadata.version,
      repository: outcome.destination?.display
    }),
    status: outcome.status,
    ...(errorMessage ? { error: errorMessage } : {})
  }
}

/** `<pack> <version> → <destination>`, or what is known of it, for messages. */
export function outcomeName(outcome: PublishOutcome): string {
  const pack = outcome.pack
    ? `${outcome.pack.metadata.name} ${outcome.pack.metadata.version}`
    : 'a pack'
  return outcome.destination ? `${pack} → ${outcome.destination.display}` : pack
}
