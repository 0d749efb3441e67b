// Two pack × destination pairs of one step that would write the same tag of the same repository
// (two packs of one name and version, a shared literal tag, two destinations naming one
// repository) would both report `written` while the tag holds whichever came last. Each pair's
// repository and tags are worked out before anything is packaged or uploaded, from each pack's
// Pack.yaml (or its archive's head), and such a step is refused whole, naming both.
import path from 'node:path'
import { UserError } from '../errors.js'
import { readPackIdentity } from '../pack/index.js'
import { destinationFor, type Destination, type DestinationSpec } from './destination.js'
import { planTags } from './tags.js'
import type { PublishRequest } from './types.js'

interface Claim {
  packPath: string
  destination: Destination
}

/** Throws a UserError naming the first two pairs that share a tag; a pack it cannot read now is
 * left to its own packaging, which says what is wrong with it. */
export async function refuseSharedTags(
  paths: string[],
  specs: DestinationSpec[],
  request: PublishRequest
): Promise<void> {
  const claims = new Map<string, Claim>()
  for (const packPath of paths) {
    const identity = await readPackIdentity(path.resolve(request.baseDir, packPath))
    if (identity === undefined) continue
    for (const spec of specs) {
      const destination = tryOr(() => destinationFor(spec, identity.name))
      const tags = tryOr(() => plannedTags(request, destination, identity.version))
      if (destination === undefined || tags === undefined) continue
      for (const tag of tags) {
        const key = `${repositoryKey(destination)} ${tag}`
        const earlier = claims.get(key)
        if (earlier) throw sharedTag(earlier, { packPath, destination }, tag)
        claims.set(key, { packPath, destination })
      }
    }
  }
}

function plannedTags(
  request: PublishRequest,
  destination: Destination | undefined,
  version: string
): string[] | undefined {
  if (destination === undefined) return undefined
  return planTags({
    entries: request.tags,
    destinationTag: destination.tag,
    destinationTagToo: request.destinationTagToo,
    version,
    context: request.source,
    // The version check is the pack's own work to report; the tags are what matters here.
    versionCheck: false
  }).map((entry) => entry.tag)
}

/** One repository, however it was written: the registry's API host and the full name. */
function repositoryKey(destination: Destination): string {
  return destination.kind === 'registry'
    ? `${destination.reference.apiHost}/${destination.reference.repository}`
    : `layout ${destination.dir}`
}

function sharedTag(first: Claim, second: Claim, tag: string): UserError {
  const where = `${second.destination.display}:${tag}`
  const pair = (claim: Claim) => `${claim.packPath} → ${claim.destination.display}`
  const what =
    first.packPath === second.packPath
      ? `${first.packPath} would be pushed twice to ${where}, by two destinations (${first.destination.display} and ${second.destination.display})`
      : `Two packs would write the same tag ${where}: ${pair(first)} and ${pair(second)}; the tag would hold only the last one pushed`
  return new UserError(`${what}. Nothing was pushed`, {
    option: 'tags',
    fix: 'give each pack its own repository (a destination ending in / appends each pack name) or its own tags, or push them in separate steps'
  })
}

function tryOr<T>(work: () => T): T | undefined {
  try {
    return work()
  } catch {
    return undefined
  }
}
