// The manifests of one repository, as the OCI distribution spec reads and writes them
// (https://github.com/opencontainers/distribution-spec/blob/main/spec.md): GET by tag or
// digest, what a tag points to, and PUT under a tag. What a tag points to is always the sha256
// of bytes we read ourselves: a registry's Docker-Content-Digest header is never taken as proof.
import type { Scopes } from './auth.js'
import { MANIFEST_ACCEPT, type AuthorizedClient } from './authorized-client.js'
import { sha256Digest, type ManifestBytes } from './descriptor.js'
import { parseErrorCodes } from './errors.js'
import { manifestNotAsAsked, noSuchManifest } from './refusals.js'
import { header, type HttpResponse } from './transport.js'

/** Codes of a manifest PUT refused because a blob it names is (momentarily) not found. */
const BLOB_UNKNOWN_CODES = ['MANIFEST_BLOB_UNKNOWN', 'BLOB_UNKNOWN']

export class ManifestStore {
  constructor(
    private readonly client: AuthorizedClient,
    readonly repository: string,
    private readonly scope: Scopes,
    /** Aborted once the work these requests are part of has failed. */
    private readonly signal?: AbortSignal
  ) {}

  url(reference = ''): URL {
    return this.client.url(`/v2/${this.repository}/manifests/${reference}`)
  }

  /**
   * The manifest `reference` (a tag or a digest) names, exactly as stored (spec: "Pulling
   * manifests"). A digest reference is checked against the bytes' sha256.
   */
  async get(reference: string): Promise<ManifestBytes> {
    const what = `Read manifest ${this.repository}:${reference}`
    const response = await this.read(reference, what)
    if (response.status === 404) {
      const host = this.client.base.host
      throw noSuchManifest(what, host, reference, this.repository, this.url(reference))
    }
    if (response.status !== 200) throw this.failure(response, 'GET', what)
    const bytes = response.body
    const digest = sha256Digest(bytes)
    if (reference.startsWith('sha256:') && digest !== reference) {
      throw manifestNotAsAsked(what, digest, reference, this.url(reference))
    }
    return { bytes, digest, mediaType: manifestMediaType(response, bytes) }
  }

  /**
   * The digest `tag` points to: the sha256 of the manifest bytes the registry serves for it,
   * or undefined when there is no such tag. A GET, not a HEAD: the header a HEAD answers with
   * is the registry's word, and "unchanged" or "already there" must rest on what we hashed.
   */
  async resolve(tag: string): Promise<string | undefined> {
    // Among a push's first requests, with the blob HEADs: a registry never reached is named.
    const what = this.client.contacted ? `Check tag ${tag}` : `Contact ${this.client.base.host}`
    const response = await this.read(tag, what)
    if (response.status === 404) return undefined
    if (response.status !== 200) throw this.failure(response, 'GET', what)
    return sha256Digest(response.body)
  }

  /** What each tag points to (absent: no such tag), asked side by side. */
  async resolveAll(tags: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>()
    await Promise.all(
      tags.map(async (tag) => {
        const digest = await this.resolve(tag)
        if (digest !== undefined) found.set(tag, digest)
      })
    )
    return found
  }

  /** PUT the manifest under `tag` (spec: "Pushing manifests"); the answer as it came. */
  put(manifest: ManifestBytes, tag: string): Promise<HttpResponse> {
    return this.client.send(
      {
        method: 'PUT',
        url: this.url(tag),
        headers: {
          'Content-Type': manifest.mediaType,
          'Content-Length': String(manifest.bytes.length)
        },
        body: () => manifest.bytes,
        what: `Tag ${tag}`,
        signal: this.signal
      },
      this.scope
    )
  }

  failure(response: HttpResponse, method: string, what: string) {
    return this.client.failure(response, method, this.repository, what, this.scope)
  }

  private read(reference: string, what: string): Promise<HttpResponse> {
    const headers = { Accept: MANIFEST_ACCEPT }
    const url = this.url(reference)
    return this.client.send({ method: 'GET', url, headers, what, signal: this.signal }, this.scope)
  }
}

/** A manifest PUT refused because a blob it names is not found (MANIFEST_BLOB_UNKNOWN). */
export function isBlobUnknown(response: HttpResponse): boolean {
  return parseErrorCodes(response.body).some((c) => BLOB_UNKNOWN_CODES.includes(c.code))
}

/** The manifest's media type: the Content-Type, else the `mediaType` field of its JSON. */
function manifestMediaType(response: HttpResponse, bytes: Buffer): string {
  const type = header(response, 'content-type')?.split(';')[0]?.trim()
  if (type && type !== 'application/json' && type !== 'application/octet-stream') return type
  try {
    const field = (JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown }).mediaType
    if (typeof field === 'string' && field) return field
  } catch {
    // Not JSON: the caller's media-type check refuses it.
  }
  return type ?? 'application/octet-stream'
}
