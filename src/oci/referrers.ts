// OCI 1.1 referrers: an artifact manifest whose `subject` names another manifest, found through
// the referrers API (GET /v2/<name>/referrers/<digest>) or, on a registry without it (GHCR, Docker
// Hub, distribution), through the fallback tag `<alg>-<hex>` holding an image index that clients
// maintain themselves. Rules: distribution-spec spec.md "Pushing Manifests with Subject" (the
// OCI-Subject header, the read-add-write of the fallback tag), "Listing Referrers" (paging by
// Link, filtering) and "Referrers Tag Schema"; image-spec manifest.md (artifactType, the empty
// descriptor). Nothing here knows what a referrer holds (a signature, an attestation).
import { UserError } from '../errors.js'
import {
  MediaType,
  sha256Digest,
  sortedRecord,
  type Descriptor,
  type ManifestBytes
} from './descriptor.js'
import { settleDelay } from './tag-guard.js'
import { appendToManifests } from './index-text.js'

/** image-spec manifest.md "Guidance for an Empty Descriptor": the blob `{}`. */
export const EMPTY_CONFIG: Descriptor = {
  mediaType: 'application/vnd.oci.empty.v1+json',
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2
}
export const EMPTY_CONFIG_CONTENT = Buffer.from('{}')

/** A descriptor as an index lists it, with the referrer's type and annotations. */
export interface ReferrerDescriptor extends Descriptor {
  artifactType?: string
}

/** A manifest as stored, with the ETag the registry sent for it (for a conditional write). */
export interface StoredManifest {
  bytes: Buffer
  mediaType: string
  etag?: string
}

/** One answer of the referrers API (a page), or of a registry without it. */
export interface ReferrersPage {
  status: number
  mediaType?: string
  body: Buffer
  /** The next page's URL from `Link: <…>; rel="next"`. */
  next?: string
}

/**
 * What the referrer logic needs of one repository of a registry. Reads answer undefined for a
 * 404; everything else that is not a success is thrown by the implementation.
 */
export interface ReferrerRegistry {
  /** GET a manifest by tag or digest, accepting image manifests and indexes. */
  readManifest(reference: string): Promise<StoredManifest | undefined>
  /**
   * PUT a manifest under a tag or its digest. `ifMatch`: only if the stored one still has this
   * ETag; `written: false` when the registry answered 412. `subject`: the OCI-Subject header.
   */
  writeManifest(
    reference: string,
    manifest: ManifestBytes,
    ifMatch?: string
  ): Promise<{ written: boolean; subject?: string }>
  /** GET /v2/<name>/referrers/<digest> (with `artifactType` as a filter), or a `next` page. */
  readReferrers(digest: string, artifactType?: string, next?: string): Promise<ReferrersPage>
}

/** How a registry keeps a manifest's referrers. */
export type ReferrersKeptBy = 'api' | 'fallback tag'

/**
 * An artifact manifest (image-spec manifest.md "Guidelines for Artifact Usage"): the empty
 * config, `artifactType`, the payload as its one layer, `subject`. Keys in a fixed order and
 * annotations sorted: the same inputs give the same bytes and digest.
 */
export function buildReferrerManifest(options: {
  artifactType: string
  layer: Descriptor
  subject: Descriptor
  annotations: Record<string, string>
}): ManifestBytes {
  const descriptor = (d: Descriptor): Descriptor => ({
    mediaType: d.mediaType,
    digest: d.digest,
    size: d.size,
    ...(d.annotations && Object.keys(d.annotations).length > 0
      ? { annotations: sortedRecord(d.annotations) }
      : {})
  })
  const manifest = {
    schemaVersion: 2,
    mediaType: MediaType.manifest,
    artifactType: options.artifactType,
    config: descriptor(EMPTY_CONFIG),
    layers: [descriptor(options.layer)],
    subject: {
      mediaType: options.subject.mediaType,
      digest: options.subject.digest,
      size: options.subject.size
    },
    annotations: sortedRecord(options.annotations)
  }
  const bytes = Buffer.from(JSON.stringify(manifest))
  return { mediaType: MediaType.manifest, digest: sha256Digest(bytes), bytes }
}

/**
 * The fallback tag of a digest (spec.md "Referrers Tag Schema"): `<alg>-<encoded>`, each part
 * cut to its limit (32, 64) and every character a tag cannot hold made `-`.
 */
export function fallbackTag(digest: string): string {
  const [algorithm = '', encoded = ''] = digest.split(':', 2)
  const clean = (part: string, limit: number): string =>
    part.slice(0, limit).replace(/[^a-zA-Z0-9_.-]/g, '-')
  return `${clean(algorithm, 32)}-${clean(encoded, 64)}`
}

/**
 * The index entry of a referrer (spec.md: `artifactType`, else the config's media type, and
 * all the manifest's annotations).
 */
export function referrerEntry(manifest: ManifestBytes): ReferrerDescriptor {
  const parsed = JSON.parse(manifest.bytes.toString('utf8')) as {
    artifactType?: string
    config?: { mediaType?: string }
    annotations?: Record<string, string>
  }
  const artifactType = parsed.artifactType ?? parsed.config?.mediaType
  return {
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.bytes.length,
    ...(artifactType ? { artifactType } : {}),
    ...(parsed.annotations && Object.keys(parsed.annotations).length > 0
      ? { annotations: parsed.annotations }
      : {})
  }
}

/** Whether `bytes` are an OCI image index whose `manifests` is a list: a fallback index. */
export function parseIndex(bytes: Buffer): { manifests: ReferrerDescriptor[] } | undefined {
  try {
    const value = JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown; manifests?: unknown }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    if (value.mediaType !== undefined && value.mediaType !== MediaType.index) return undefined
    const manifests = value.manifests ?? []
    if (!Array.isArray(manifests)) return undefined
    const entries = manifests.filter(
      (m): m is ReferrerDescriptor =>
        typeof m === 'object' && m !== null && typeof (m as Descriptor).digest === 'string'
    )
    return { manifests: entries }
  } catch {
    return undefined
  }
}

/** What attaching a referrer did. */
export interface Attached {
  /** The referrer manifest's digest. */
  digest: string
  keptBy: ReferrersKeptBy
  /** The fallback tag, when the registry has no referrers API. */
  tag?: string
  /** false: the fallback index listed the referrer already (a re-run), nothing was written. */
  indexWritten: boolean
}

/** Attempts at the read-add-write of the fallback index before giving up on a race. */
const INDEX_ATTEMPTS = 6
const INDEX_RETRY_MS = 150

/**
 * Puts `referrer` (its blobs already in the repository) by digest, never by tag, then makes
 * sure it can be found: a registry that answers `OCI-Subject` and serves the referrers API
 * indexes it itself (spec.md "Pushing Manifests with Subject"); otherwise the fallback index is
 * updated by read-add-write. Some registries sent the header without the API (ECR before
 * 2024-06), so the API is asked too.
 */
export async function attachReferrer(
  registry: ReferrerRegistry,
  referrer: ManifestBytes,
  subjectDigest: string,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))
): Promise<Attached> {
  const { subject } = await registry.writeManifest(referrer.digest, referrer)
  if (subject === subjectDigest && (await servesReferrersApi(registry, subjectDigest))) {
    return { digest: referrer.digest, keptBy: 'api', indexWritten: false }
  }
  const tag = fallbackTag(subjectDigest)
  const indexWritten = await addToFallbackIndex(registry, tag, referrerEntry(referrer), sleep)
  return { digest: referrer.digest, keptBy: 'fallback tag', tag, indexWritten }
}

async function servesReferrersApi(registry: ReferrerRegistry, digest: string): Promise<boolean> {
  const page = await registry.readReferrers(digest)
  return page.status === 200 && mediaTypeOf(page.mediaType) === MediaType.index
}

/**
 * spec.md "Pushing Manifests with Subject", when the registry does not index: GET the tag (404:
 * start empty; not an index: stop, leave it), skip a listed referrer, append, PUT back (with
 * If-Match when the GET gave an ETag; a 412 starts over), then read it back. A registry that
 * ignores If-Match (distribution) lets another writer whose GET came before our PUT replace
 * our index unseen: the read-back waits until such a write would have landed (the settle delay
 * of the tag writes), and a missing entry starts over. Other tools' entries are kept byte for
 * byte; the index is never deleted. Returns whether this call wrote it.
 */
async function addToFallbackIndex(
  registry: ReferrerRegistry,
  tag: string,
  entry: ReferrerDescriptor,
  sleep: (ms: number) => Promise<void>
): Promise<boolean> {
  let wrote = false
  for (let attempt = 1; attempt <= INDEX_ATTEMPTS; attempt++) {
    const readAt = Date.now()
    const current = await registry.readManifest(tag)
    const listed = current === undefined ? [] : fallbackIndexOf(current, tag).manifests
    if (listed.some((m) => m.digest === entry.digest)) return wrote
    const { written } = await registry.writeManifest(tag, withEntry(current, entry), current?.etag)
    wrote ||= written
    if (written) {
      await sleep(settleDelay(Date.now() - readAt))
      const check = await registry.readManifest(tag)
      const now = check && parseIndex(check.bytes)
      if (now?.manifests.some((m) => m.digest === entry.digest)) return true
    }
    // Lost to another writer: read again, after a pause that keeps two writers apart.
    await sleep(INDEX_RETRY_MS * attempt * (0.5 + Math.random()))
  }
  throw new UserError(
    `The referrers index ${tag} kept changing under ${INDEX_ATTEMPTS} attempts to add ${entry.digest}: other tools are writing it at the same time`,
    { fix: 'run the push again once they are done' }
  )
}

/** The stored fallback index, or a refusal: a tag that is not an index is never overwritten. */
function fallbackIndexOf(stored: StoredManifest, tag: string): { manifests: ReferrerDescriptor[] } {
  const index =
    mediaTypeOf(stored.mediaType) === MediaType.index ? parseIndex(stored.bytes) : undefined
  if (!index) {
    throw new UserError(
      `The tag ${tag} holds a ${stored.mediaType}, not the image index of referrers the OCI fallback tag schema puts there; it was left as it is and no referrer index was written`,
      { fix: `move what is tagged ${tag} to another tag, then push again` }
    )
  }
  return index
}

/** The index with `entry` appended, the rest of its bytes unchanged; a fresh one when none. */
function withEntry(current: StoredManifest | undefined, entry: ReferrerDescriptor): ManifestBytes {
  const entryText = JSON.stringify(entry)
  const spliced = current && appendToManifests(current.bytes.toString('utf8'), entryText)
  const text =
    spliced ??
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.index,
      manifests: [...(current ? (parseIndex(current.bytes)?.manifests ?? []) : []), entry]
    })
  const bytes = Buffer.from(text, 'utf8')
  return { mediaType: MediaType.index, digest: sha256Digest(bytes), bytes }
}

/** Where a listing came from: the API, the fallback tag, or neither (no referrers). */
export interface ReferrerListing {
  keptBy: ReferrersKeptBy | 'none'
  referrers: ReferrerDescriptor[]
}

/** Pages of the API followed at most; a registry that links on forever is cut off. */
const MAX_PAGES = 100

/**
 * A manifest's referrers (spec.md "Listing Referrers"): the API, page after page by `Link`;
 * after a 404, 400 or 406 (or a 200 that is no index) the fallback tag, whose absence or
 * other content means none. `artifactType` filters here too: registries may ignore it.
 */
export async function listReferrers(
  registry: ReferrerRegistry,
  subjectDigest: string,
  artifactType?: string
): Promise<ReferrerListing> {
  const fromApi = await listFromApi(registry, subjectDigest, artifactType)
  const listing = fromApi ?? (await listFromTag(registry, subjectDigest))
  // Entries without a type, or with the empty config's (ggcr before 2026-09), may be ours.
  const mayBe = (type: string | undefined): boolean =>
    type === undefined || type === '' || type === artifactType || type === EMPTY_CONFIG.mediaType
  const referrers = artifactType
    ? listing.referrers.filter((r) => mayBe(r.artifactType))
    : listing.referrers
  return { keptBy: listing.keptBy, referrers }
}

async function listFromApi(
  registry: ReferrerRegistry,
  digest: string,
  artifactType: string | undefined
): Promise<ReferrerListing | undefined> {
  const referrers: ReferrerDescriptor[] = []
  let next: string | undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await registry.readReferrers(digest, artifactType, next)
    const index =
      answer.status === 200 && mediaTypeOf(answer.mediaType) === MediaType.index
        ? parseIndex(answer.body)
        : undefined
    if (!index) {
      if (page === 0) return undefined
      throw new UserError(
        `The registry's referrers API answered page ${page + 1} of the referrers of ${digest} with ${answer.status}, not an image index`,
        { fix: 'try again; if it persists, the registry is at fault' }
      )
    }
    referrers.push(...index.manifests)
    next = answer.next
    if (!next) return { keptBy: 'api', referrers }
  }
  throw new UserError(
    `The registry's referrers API linked on past ${MAX_PAGES} pages for ${digest}`
  )
}

async function listFromTag(registry: ReferrerRegistry, digest: string): Promise<ReferrerListing> {
  const stored = await registry.readManifest(fallbackTag(digest))
  const index =
    stored && mediaTypeOf(stored.mediaType) === MediaType.index
      ? parseIndex(stored.bytes)
      : undefined
  return index
    ? { keptBy: 'fallback tag', referrers: index.manifests }
    : { keptBy: 'none', referrers: [] }
}

function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim()
}
