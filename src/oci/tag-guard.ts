// Tags that may not move (overwrite false, or protected tags): checked before the uploads,
// checked again right before the write, and read back after a settle delay, so that of two
// pushes racing for one tag at most one succeeds, and a push never reports a tag it lost.
// The distribution spec has no conditional PUT (no If-Match on manifests): check-then-write
// and read-back are what a client can do.
import type { ManifestStore } from './manifest-store.js'
import { tagsMovedAway, tagsPointElsewhere } from './refusals.js'
import type { TagDigest, TagLedger } from './tag-ledger.js'
import type { Logger } from './types.js'

const SETTLE_MIN_MS = 250
const SETTLE_MAX_MS = 5_000
const SETTLE_FACTOR = 4

/** Digests of tags (absent: no such tag), and when they were asked for. */
export interface TagCheck {
  digests: Map<string, string>
  at: number
}

export interface GuardedPush {
  tags: string[]
  overwrite: boolean
  protectedTags?: string[]
  /** The digest this push writes. */
  digest: string
}

export class TagGuard {
  /** The tags of the push that may not move: all with overwrite false, else the protected ones. */
  readonly guarded: string[]

  constructor(
    private readonly manifests: ManifestStore,
    private readonly push: GuardedPush,
    private readonly logger: Logger,
    /** Fixed settle delay (tests); default settleDelay of the check-to-write gap. */
    private readonly settleMs?: number
  ) {
    const protectedTags = new Set(push.protectedTags ?? [])
    this.guarded = push.overwrite ? push.tags.filter((t) => protectedTags.has(t)) : push.tags
  }

  /** Before the uploads: what the guarded tags point to; fails when one points elsewhere. */
  async checkBefore(): Promise<TagCheck | undefined> {
    if (this.guarded.length === 0) return undefined
    const at = Date.now()
    const digests = await this.manifests.resolveAll(this.guarded)
    this.assertStay(digests, false)
    return { digests, at }
  }

  /**
   * The guarded tags' digests just before the manifest is written, once blobs were sent since
   * the first check: asked again, and checked again.
   */
  async checkAgain(): Promise<TagCheck | undefined> {
    if (this.guarded.length === 0) return undefined
    const at = Date.now()
    const asked = await this.manifests.resolveAll(this.guarded)
    this.assertStay(asked, true)
    return { digests: asked, at }
  }

  /**
   * After a settle delay, reads every guarded tag written back. One that points elsewhere
   * means a concurrent push wrote it after our check: the push fails, saying so.
   */
  async readBack(ledger: TagLedger, checkedAt: number): Promise<void> {
    const written = ledger.written.filter((tag) => this.guarded.includes(tag))
    if (written.length === 0) return
    const gap = Date.now() - checkedAt
    const delay = this.settleMs ?? settleDelay(gap)
    this.logger.debug(`Reading the tags back in ${delay} ms (check to write: ${gap} ms)`)
    await new Promise((resolve) => setTimeout(resolve, delay))
    const now = await this.manifests.resolveAll(written)
    const moved: TagDigest[] = written
      .filter((tag) => now.get(tag) !== this.push.digest)
      .map((tag) => ({ tag, digest: now.get(tag) ?? '' }))
    if (moved.length === 0) return
    for (const { tag, digest } of moved) ledger.movedAway(tag, digest || undefined)
    throw tagsMovedAway(moved, this.push.digest, this.manifests.url(moved[0]?.tag))
  }

  /** Fails, naming each tag and both digests, when a guarded tag points to another digest. */
  private assertStay(existing: Map<string, string>, afterUpload: boolean): void {
    const { digest } = this.push
    const conflicts: TagDigest[] = this.guarded.flatMap((tag) => {
      const now = existing.get(tag)
      return now === undefined || now === digest ? [] : [{ tag, digest: now }]
    })
    const [first] = conflicts
    if (first === undefined) return
    const url = this.manifests.url(first.tag)
    throw tagsPointElsewhere(conflicts, digest, this.push.overwrite, afterUpload, url)
  }
}

/**
 * How long to wait, tags may not move, between writing the tags and reading them back. Two
 * pushes can both succeed only when the other push's check-then-write spans our whole
 * write-then-read; its check-then-write takes about one round trip, ours (measured as `gap`)
 * two. Four times our gap, never under 250 ms (event-loop stalls on a busy runner) nor over 5 s.
 */
export function settleDelay(gap: number): number {
  return Math.min(SETTLE_MAX_MS, Math.max(SETTLE_MIN_MS, Math.round(gap * SETTLE_FACTOR)))
}
