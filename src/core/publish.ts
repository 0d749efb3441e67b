// publish(request, deps): package each pack once, plan its tags and annotations, and push it
// to every destination (a registry, or an OCI layout). Progress goes out as events; the result
// has one outcome per pack × destination saying what is in the registry, also when the work
// stopped half-way. One failure does not stop the others.
import { UserError } from '../errors.js'
import { failedOutcome } from './outcome.js'
import { runLimited } from './limit.js'
import type { PackJob, PackedArtifact } from './context.js'
import { packageOne } from './package-one.js'
import { RegistryPool } from './registry-pool.js'
import {
  destinationFor,
  parseDestination,
  type Destination,
  type DestinationSpec
} from './destination.js'
import { pushOne } from './push-one.js'
import type { SigningKeys } from './signing.js'
import { refuseSharedTags } from './tag-claims.js'
import { expandPackPaths } from './sources.js'
import type {
  PublishDeps,
  PublishEvent,
  PublishOutcome,
  PublishRequest,
  PublishResult
} from './types.js'

/**
 * Packs worked on at once. Packaging is mostly file reads and deflate on a 2-core runner; the
 * pushes mostly wait on round trips. Four keeps both busy and stays well under the connection
 * and request-rate limits registries apply to one client (GHCR and Docker Hub throttle bursts).
 * More was no faster in the benchmark's 12 packs × 2 registries case on a 2-core machine.
 */
export const PACK_CONCURRENCY = 4

export async function publish(request: PublishRequest, deps: PublishDeps): Promise<PublishResult> {
  deps.onEvent({ type: 'phase', phase: 'resolve' })
  const registries = new RegistryPool(request, deps)
  try {
    let specs: DestinationSpec[]
    let paths: string[]
    let signingKeys: SigningKeys | undefined
    try {
      // A bad key or password fails here, before any registry is contacted.
      // Loaded only when signing: minisign and scrypt cost an unsigned run nothing.
      if (request.signing) {
        signingKeys = await (await import('./signing.js')).openSigningKeys(request.signing)
      }
      if (request.destinations.length === 0) {
        throw new UserError('No destination was given', {
          option: 'destination',
          fix: 'give one, e.g. oci://ghcr.io/my-org/my-pack or oci-layout://./out'
        })
      }
      specs = request.destinations.map(parseDestination)
      paths = await expandPackPaths(request.paths, request.baseDir)
      if (paths.length * specs.length > 1) await refuseSharedTags(paths, specs, request)
    } catch (error) {
      return { outcomes: [failedOutcome(error, 'resolve')], ok: false }
    }
    const multi = paths.length * specs.length > 1
    const log = new JobLog(deps, multi, paths.length)
    const perPack = await runLimited(paths, multi ? PACK_CONCURRENCY : 1, (packPath, index) =>
      log.run(index, `Pack ${packPath}`, (emit) =>
        publishPack(packPath, specs, { request, deps, registries, emit, signingKeys })
      )
    )
    const outcomes = perPack.flat()
    return { outcomes, ok: outcomes.every((o) => o.status !== 'failed') }
  } finally {
    registries.close()
  }
}

/** One pack to every destination. Destinations on one registry go one after the other, so the
 * later ones can mount the blobs the first one uploaded; different registries go at once. */
async function publishPack(
  packPath: string,
  specs: DestinationSpec[],
  job: PackJob
): Promise<PublishOutcome[]> {
  job.emit({ type: 'phase', phase: 'package' })
  let packed: PackedArtifact
  try {
    packed = await packageOne(packPath, job)
  } catch (error) {
    return specs.map((spec) =>
      failedOutcome(error, 'package', {
        destination: spec.kind === 'complete' ? spec.destination : undefined
      })
    )
  }
  const outcomes: PublishOutcome[] = new Array(specs.length)
  const byRegistry = new Map<string, { index: number; destination: Destination }[]>()
  specs.forEach((spec, index) => {
    let destination: Destination
    try {
      destination = destinationFor(spec, packed.pack.metadata.name)
    } catch (error) {
      outcomes[index] = failedOutcome(error, 'package', { packed })
      return
    }
    const key = destination.kind === 'registry' ? destination.reference.apiHost : `layout ${index}`
    byRegistry.set(key, [...(byRegistry.get(key) ?? []), { index, destination }])
  })
  await Promise.all(
    [...byRegistry.values()].map(async (targets) => {
      let mountFrom: string | undefined
      for (const { index, destination } of targets) {
        const outcome = await pushOne(destination, packed, job, mountFrom)
        outcomes[index] = outcome
        if (destination.kind === 'registry' && outcome.status !== 'failed') {
          mountFrom ??= destination.reference.repository
        }
      }
    })
  )
  return outcomes
}

/**
 * Each pack's events. Alone, they go out as they happen; with several packs, each pack's are kept
 * and sent as one block, after a `job` event that titles them, in the packs' order whatever
 * order they finish in: the same run always reads the same.
 */
class JobLog {
  private readonly blocks: (PublishEvent[] | undefined)[]
  private next = 0

  constructor(
    private readonly deps: PublishDeps,
    private readonly multi: boolean,
    count: number
  ) {
    this.blocks = new Array(count)
  }

  async run<T>(
    index: number,
    title: string,
    work: (emit: (event: PublishEvent) => void) => Promise<T>
  ): Promise<T> {
    if (!this.multi) return work(this.deps.onEvent)
    const kept: PublishEvent[] = [{ type: 'job', title }]
    try {
      return await work((event) => kept.push(event))
    } finally {
      this.blocks[index] = kept
      this.flush()
    }
  }

  private flush(): void {
    for (let block = this.blocks[this.next]; block; block = this.blocks[this.next]) {
      for (const event of block) this.deps.onEvent(event)
      this.blocks[this.next++] = undefined
    }
  }
}
