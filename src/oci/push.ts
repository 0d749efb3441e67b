// One artifact pushed to one repository, as the OCI distribution spec tells it
// (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#push):
//   1. ask which blobs the repository has (HEAD), and where the tags point: those that may not
//      move, to refuse before anything is sent; the others, for the account of what moves;
//   2. send the missing blobs: mounted from another repository when one has them, else uploaded;
//   3. check the tags once more, then PUT the manifest under each tag;
//   4. read back the tags that may not move.
// Nothing is tagged before every blob the manifest names is in the repository. When a step
// fails, the requests still running for this push are aborted (quietly: the failure is told
// once), and what an answer lost left unknown is read back before the failure is reported.
import type { BlobSent, BlobStore } from './blob-store.js'
import type { BlobSource, ManifestBytes } from './descriptor.js'
import { RegistryError } from './errors.js'
import { isBlobUnknown, type ManifestStore } from './manifest-store.js'
import { manifestAltered } from './refusals.js'
import { TagGuard, type TagCheck } from './tag-guard.js'
import { TagLedger } from './tag-ledger.js'
import { NetworkError, header } from './transport.js'
import type { Logger, PushPhase } from './types.js'

export interface PushRequest {
  repository: string
  blobs: BlobSource[]
  manifest: ManifestBytes
  tags: string[]
  /**
   * false: tags never move. One that points to another digest fails the push before any tag is
   * written (checked before the uploads and again right before the write), and every written tag
   * is read back after a short settle delay.
   */
  overwrite: boolean
  /**
   * Tags of `tags` that never move, whatever `overwrite` says (e.g. a version tag that must not
   * be republished): each is held to the rules of overwrite false. Others named here are ignored.
   */
  protectedTags?: string[]
  /**
   * A repository on the same registry that already holds the blobs (e.g. where the same
   * artifact was pushed just before): blobs missing here are mounted from it, each uploaded
   * when the registry declines. Needs pull access to it; without, blobs are uploaded.
   */
  mountFrom?: string
  /** Told as each phase of this push begins. */
  onPhase?: (phase: PushPhase) => void
}

export interface PushResult {
  digest: string
  /** Tags written by this push. */
  tagsWritten: string[]
  /** Tags that already pointed to our digest and were left as they were. */
  tagsUnchanged: string[]
  /**
   * Written tags that pointed to another digest as the push began, and that digest: what a
   * retention tool may find untagged now (nothing is deleted).
   */
  tagsMoved: { tag: string; from: string }[]
  blobsUploaded: number
  /** Blobs the registry linked from `mountFrom` instead of an upload. */
  blobsMounted: number
  /** Blobs the repository already had. */
  blobsSkipped: number
  bytesUploaded: number
}

/** The stores of the repository pushed to, their requests aborted by `abort`. */
export interface PushTarget {
  blobs: BlobStore
  manifests: ManifestStore
  /** The same manifests, with requests `abort` does not end: they read back after a failure. */
  readBack: ManifestStore
  abort: AbortController
  logger: Logger
  settleMs?: number
}

/** What the upload phase did, for the tag phase and the result. */
interface Uploaded {
  checked?: TagCheck
  /** Every tag's digest as the push began (absent: no such tag), and when it was asked. */
  before: TagCheck
  uploaded: number
  mounted: number
  bytes: number
}

/** Pushes the blobs, then the manifest under each tag: the steps above, in order. */
export async function pushArtifact(
  target: PushTarget,
  request: PushRequest,
  mountFrom: string | undefined
): Promise<PushResult> {
  if (request.tags.length === 0) throw new Error('push needs at least one tag')
  const guard = new TagGuard(
    target.manifests,
    { ...request, digest: request.manifest.digest },
    target.logger,
    target.settleMs
  )
  const uploaded = await uploadPhase(target, request, guard, mountFrom)
  // Everything the manifest points to is there; nothing was tagged before this line.
  request.onPhase?.('tag')
  const ledger = await tagPhase(target, request, guard, uploaded)
  const { digest } = request.manifest
  return {
    digest,
    tagsWritten: ledger.written,
    tagsUnchanged: ledger.unchanged,
    tagsMoved: ledger.written.flatMap((tag) => {
      const from = uploaded.before.digests.get(tag)
      return from === undefined || from === digest ? [] : [{ tag, from }]
    }),
    blobsUploaded: uploaded.uploaded,
    blobsMounted: uploaded.mounted,
    blobsSkipped: request.blobs.length - uploaded.uploaded - uploaded.mounted,
    bytesUploaded: uploaded.bytes
  }
}

/**
 * Steps 1 and 2. The phase begins once the HEADs are answered: they carried the
 * authentication, so a refusal there is one of the credentials, before anything was sent.
 */
async function uploadPhase(
  target: PushTarget,
  request: PushRequest,
  guard: TagGuard,
  mountFrom: string | undefined
): Promise<Uploaded> {
  const { blobs, logger } = target
  const at = Date.now()
  // The other tags are read with the blob HEADs, side by side (each on a connection of its own,
  // opened as theirs are): one already on our digest needs no write, one that moves is
  // reported with the digest it left.
  const others = request.tags.filter((tag) => !guard.guarded.includes(tag))
  const [present, checked, read] = await allOrAbort(target, [
    Promise.all(request.blobs.map((blob) => blobs.exists(blob.descriptor.digest))),
    guard.checkBefore(),
    target.manifests.resolveAll(others)
  ] as const)
  request.onPhase?.('upload')
  const missing = request.blobs.filter((_, i) => !present[i])
  const sent = await allOrAbort(
    target,
    missing.map((blob) => blobs.push(blob, mountFrom))
  )
  const before = { digests: new Map([...(checked?.digests ?? []), ...read]), at }
  const mounted = sent.filter((blob) => blob.mounted).length
  const bytes = sent.reduce((sum, blob) => sum + blob.bytes, 0)
  const mounts = mountFrom === undefined ? '' : `${mounted} mounted from ${mountFrom}, `
  const skipped = request.blobs.length - missing.length
  logger.info(
    `${missing.length - mounted} blob(s) uploaded (${bytes} bytes), ${mounts}${skipped} already in ${blobs.repository}`
  )
  return { checked, before, uploaded: missing.length - mounted, mounted, bytes }
}

/** Steps 3 and 4: decides which tags need a write, writes them, reads back the guarded ones. */
async function tagPhase(
  target: PushTarget,
  request: PushRequest,
  guard: TagGuard,
  uploaded: Uploaded
): Promise<TagLedger> {
  const { digest } = request.manifest
  const nothingSent = uploaded.uploaded + uploaded.mounted === 0
  // Nothing sent since every tag was read: those reads are still fresh (likely a re-push).
  const checked = nothingSent ? uploaded.before : await guard.checkAgain()
  const unchanged = request.tags.filter((tag) => checked?.digests.get(tag) === digest)
  const toWrite = request.tags.filter((tag) => !unchanged.includes(tag))
  for (const tag of unchanged)
    target.logger.info(`Tag ${tag} already points to ${digest}: left as it is`)
  const ledger = new TagLedger(target.manifests.url(), digest, toWrite, unchanged)
  try {
    await writeTags(target, request, toWrite, ledger)
    await guard.readBack(ledger, checked?.at ?? Date.now())
  } catch (error) {
    throw ledger.failed(error)
  }
  target.logger.info(`Tagged ${toWrite.join(', ') || 'nothing new'} → ${digest}`)
  return ledger
}

/** The first tag alone (its answer proves the manifest is accepted), then the rest together. */
async function writeTags(
  target: PushTarget,
  request: PushRequest,
  tags: string[],
  ledger: TagLedger
): Promise<void> {
  const [first, ...rest] = tags
  if (first === undefined) return
  await writeTag(target, request, first, ledger)
  const results = await Promise.allSettled(
    rest.map((tag) => writeTag(target, request, tag, ledger))
  )
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
  if (failure) throw failure.reason
}

/**
 * putTag; when its answer was lost (the write may have been stored), the tag is read back
 * before the failure stands: holding our manifest, it was written.
 */
async function writeTag(
  target: PushTarget,
  request: PushRequest,
  tag: string,
  ledger: TagLedger
): Promise<void> {
  try {
    await putTag(target, request, tag, ledger)
  } catch (error) {
    if (!answerLost(error) || ledger.knows(tag)) throw error
    const held = await target.readBack.resolve(tag).catch(() => undefined)
    if (held !== request.manifest.digest) throw error
    target.logger.info(`Tag ${tag}: the answer was lost, but the registry holds it`)
    ledger.wrote(tag)
  }
}

/**
 * PUT the manifest under `tag`. Refused because a blob is unknown (distribution, when a
 * concurrent push of the same blob rewrites its link file under our check): the blobs are
 * checked again, what is missing uploaded, and the PUT tried once more.
 */
async function putTag(
  target: PushTarget,
  request: PushRequest,
  tag: string,
  ledger: TagLedger
): Promise<void> {
  const what = `Tag ${tag}`
  const { manifests, logger } = target
  let response = await manifests.put(request.manifest, tag)
  if (response.status === 400 && isBlobUnknown(response)) {
    logger.info(
      `${what}: the registry did not find a blob the manifest names; checking the blobs again`
    )
    await ensureBlobs(target, request)
    response = await manifests.put(request.manifest, tag)
  }
  if (response.status !== 201 && response.status !== 200) {
    throw manifests.failure(response, 'PUT', what)
  }
  const echoed = header(response, 'docker-content-digest')?.trim()
  if (echoed && echoed !== request.manifest.digest) {
    ledger.storedElsewhere(tag, echoed)
    throw manifestAltered(what, echoed, request.manifest.digest, response.url, response.status)
  }
  ledger.wrote(tag)
}

/** Before the blobs are checked again after MANIFEST_BLOB_UNKNOWN (up to twice this, jittered). */
const RECHECK_PAUSE_MS = 200

/** HEADs every blob of the push and uploads those the registry does not have. */
async function ensureBlobs(target: PushTarget, request: PushRequest): Promise<void> {
  const { blobs } = target
  // The usual cause is a concurrent push of the same blob finishing its upload: its commit
  // rewrites the blob's link in place, and our manifest check read it half-written. Those
  // commits end within moments of ours; checking again at once met the next one 4 times in
  // 1000 pushes (10 at a time), after this pause none (see concurrent-push.test.ts).
  await new Promise((resolve) => setTimeout(resolve, RECHECK_PAUSE_MS * (1 + Math.random())))
  const present = await Promise.all(request.blobs.map((b) => blobs.exists(b.descriptor.digest)))
  const missing = request.blobs.filter((_, i) => !present[i])
  await allOrAbort(
    target,
    missing.map((blob) => blobs.upload(blob))
  )
  target.logger.info(
    `${missing.length} blob(s) uploaded again, ${request.blobs.length - missing.length} found; writing the tag once more`
  )
}

/**
 * Whether a failed write may have been stored after all: its answer never came (a network
 * error after retries), or a gateway's 5xx answered for a registry that may have written.
 */
function answerLost(error: unknown): boolean {
  if (error instanceof NetworkError) return true
  return error instanceof RegistryError && error.status !== undefined && error.status >= 500
}

/**
 * Every promise's value; at the first failure, the push's other requests are aborted (they end
 * quietly) and the failure is thrown.
 */
async function allOrAbort<T extends readonly unknown[]>(
  target: PushTarget,
  work: T
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }>
async function allOrAbort<T>(target: PushTarget, work: Promise<T>[]): Promise<T[]>
async function allOrAbort(target: PushTarget, work: readonly unknown[]): Promise<unknown[]> {
  try {
    return await Promise.all(work)
  } catch (error) {
    target.abort.abort()
    throw error
  }
}

export type { BlobSent }
