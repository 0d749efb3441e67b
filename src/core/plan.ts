// What a push would do, from reads alone: for each tag of each pack at each destination, one of
// new, unchanged, moves or refused, by the same rules the push itself follows (overwrite,
// skip-existing, protected version tags). Our digests are reproducible, so the plan is exact.

export type PlanAction = 'new' | 'unchanged' | 'moves' | 'refused'

/**
 * One row of a plan. The field names are a public interface (the action's `plan` output, the
 * CLI's `push --plan --json`): extend, never rename.
 */
export interface PlanEntry {
  /** Pack name and version from Pack.yaml. */
  pack: string
  version: string
  /** HOST/REPOSITORY (a layout: its directory). */
  destination: string
  tag: string
  action: PlanAction
  /** The manifest digest this push would write. */
  digest: string
  /** What the tag holds now; null when there is no such tag. */
  current: string | null
  /** Why, when that is not plain from the action (always for refused). */
  reason?: string
}

/** The rules a push follows for the tags of one pack at one destination. */
export interface TagRules {
  /** The tags the push would write, in order. */
  tags: string[]
  /** What each tag holds now (absent: no such tag); the version tag too, with skipExisting. */
  current: Map<string, string>
  digest: string
  overwrite: boolean
  skipExisting: boolean
  /** The pack's version as a tag (skip-existing looks at it, and protects it). */
  versionTag: string
}

type Row = Pick<PlanEntry, 'tag' | 'action' | 'current' | 'reason'>

/** One row per tag, in the order of `tags`, as the push would decide. */
export function classifyTags(rules: TagRules): Row[] {
  const { tags, current, digest, versionTag } = rules
  const now = (tag: string): string | null => current.get(tag) ?? null
  const held = current.get(versionTag)
  if (rules.skipExisting && held !== undefined) {
    if (held === digest) {
      const reason = `skip-existing: the version tag ${versionTag} already holds this digest, so nothing is written`
      return tags.map((tag) => ({ tag, action: 'unchanged', current: now(tag), reason }))
    }
    const why = `holds ${held}: the content changed without a version bump (skip-existing)`
    return refuseAll(tags, now, versionTag, (tag) => (tag === versionTag ? why : undefined))
  }
  const guarded = rules.overwrite ? (rules.skipExisting ? [versionTag] : []) : tags
  const rule = rules.overwrite
    ? 'the version tag never moves with skip-existing'
    : 'tags may not move (overwrite is false)'
  const atFault = (tag: string): string | undefined => {
    const was = now(tag)
    return guarded.includes(tag) && was !== null && was !== digest
      ? `holds ${was}, and ${rule}`
      : undefined
  }
  const culprit = tags.find((tag) => atFault(tag) !== undefined)
  if (culprit !== undefined) return refuseAll(tags, now, culprit, atFault)
  return tags.map((tag) => {
    const was = now(tag)
    const action = was === null ? 'new' : was === digest ? 'unchanged' : 'moves'
    return { tag, action, current: was }
  })
}

/**
 * A tag that may not move and would: the push writes nothing at this destination (it checks
 * before any upload), so every row is refused; the tags at fault say why, the others name one.
 */
function refuseAll(
  tags: string[],
  now: (tag: string) => string | null,
  culprit: string,
  atFault: (tag: string) => string | undefined
): Row[] {
  return tags.map((tag) => ({
    tag,
    action: 'refused',
    current: now(tag),
    reason: atFault(tag) ?? `not written: ${culprit} is refused, so nothing is pushed here`
  }))
}

/** Every row of a finished plan, in outcome order. */
export function planEntries(outcomes: { plan?: PlanEntry[] }[]): PlanEntry[] {
  return outcomes.flatMap((outcome) => outcome.plan ?? [])
}

/** One line per row, for logs: `HOST/REPO:1.2.3 moves sha256:… → sha256:…`. */
export function describePlanEntry(entry: PlanEntry): string {
  return `${entry.destination}:${entry.tag} ${entry.action} ${planDetail(entry)}`
}

/** "2 of 9 tags would be refused", or undefined when nothing would be. */
export function refusalVerdict(entries: PlanEntry[]): string | undefined {
  const refused = entries.filter((entry) => entry.action === 'refused').length
  if (refused === 0) return undefined
  return `${refused} of ${entries.length} ${entries.length === 1 ? 'tag' : 'tags'} would be refused`
}

/** The plan as aligned text columns (action, destination:tag, what changes), for a terminal. */
export function planTableLines(entries: PlanEntry[]): string[] {
  const rows = entries.map((entry) => [
    entry.action,
    `${entry.destination}:${entry.tag}`,
    planDetail(entry)
  ])
  const widths = [0, 1].map((column) => Math.max(0, ...rows.map((row) => row[column]!.length)))
  return rows.map(([action, where, detail]) =>
    `${action!.padEnd(widths[0]!)}  ${where!.padEnd(widths[1]!)}  ${detail}`.trimEnd()
  )
}

function planDetail(entry: PlanEntry): string {
  switch (entry.action) {
    case 'new':
      return `→ ${entry.digest}`
    case 'unchanged':
      return `${entry.current ?? 'no tag'}${entry.reason ? ` (${entry.reason})` : ''}`
    case 'moves':
      return `${entry.current ?? ''} → ${entry.digest}`
    case 'refused':
      return entry.reason ?? ''
  }
}
