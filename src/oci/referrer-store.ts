// The requests of referrers.ts for one repository, over an authorized `send` (the registry
// client's): manifests read and written with their headers (ETag, If-Match, OCI-Subject), the
// referrers API with its Link paging, and the few small blobs a referrer holds.
import { httpError } from './errors.js'
import type { BlobSource, ManifestBytes } from './descriptor.js'
import type { ReferrerRegistry, ReferrersPage, StoredManifest } from './referrers.js'
import { header, type HttpRequest, type HttpResponse } from './transport.js'

/** A fallback index or a referrer: both OCI types (an older Docker type is no referrer). */
const ACCEPT = 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json'

export type Access = 'pull' | 'push'

/** One request to the registry with the credentials for `access` to the repository. */
export type AuthorizedSend = (request: HttpRequest, access: Access) => Promise<HttpResponse>

export class RepositoryReferrers implements ReferrerRegistry {
  constructor(
    private readonly base: URL,
    private readonly repository: string,
    private readonly send: AuthorizedSend
  ) {}

  async readManifest(reference: string): Promise<StoredManifest | undefined> {
    const url = this.url(`manifests/${reference}`)
    const what = `Read manifest ${this.repository}:${reference}`
    const response = await this.send(
      { method: 'GET', url, headers: { Accept: ACCEPT }, what },
      'pull'
    )
    if (response.status === 404) return undefined
    if (response.status !== 200) throw httpError('GET', url, response.status, response.body, what)
    const etag = header(response, 'etag')
    return {
      bytes: response.body,
      mediaType: header(response, 'content-type')?.split(';')[0]?.trim() ?? '',
      ...(etag ? { etag } : {})
    }
  }

  async writeManifest(
    reference: string,
    manifest: ManifestBytes,
    ifMatch?: string
  ): Promise<{ written: boolean; subject?: string }> {
    const url = this.url(`manifests/${reference}`)
    const what = `Write manifest ${this.repository}:${reference}`
    const headers: Record<string, string> = {
      'Content-Type': manifest.mediaType,
      'Content-Length': String(manifest.bytes.length)
    }
    if (ifMatch) headers['If-Match'] = ifMatch
    const response = await this.send(
      { method: 'PUT', url, headers, body: () => manifest.bytes, what },
      'push'
    )
    if (response.status === 412) return { written: false }
    if (response.status !== 201 && response.status !== 200) {
      throw httpError('PUT', url, response.status, response.body, what)
    }
    const subject = header(response, 'oci-subject')?.trim()
    return { written: true, ...(subject ? { subject } : {}) }
  }

  async readReferrers(
    digest: string,
    artifactType?: string,
    next?: string
  ): Promise<ReferrersPage> {
    const url = next ? new URL(next, this.base) : this.url(`referrers/${digest}`)
    if (!next && artifactType) url.searchParams.set('artifactType', artifactType)
    const what = `List the referrers of ${digest}`
    const response = await this.send(
      { method: 'GET', url, headers: { Accept: 'application/vnd.oci.image.index.v1+json' }, what },
      'pull'
    )
    // 404 (no API), 400 and 406 tell the caller to read the fallback tag; others are failures.
    if (![200, 400, 404, 406].includes(response.status)) {
      throw httpError('GET', url, response.status, response.body, what)
    }
    const link = nextLink(header(response, 'link'))
    return {
      status: response.status,
      mediaType: header(response, 'content-type')?.split(';')[0]?.trim(),
      body: response.body,
      ...(link ? { next: new URL(link, response.url).toString() } : {})
    }
  }

  /**
   * Small in-memory blobs (a signature, the empty config): each checked with a HEAD, a missing
   * one uploaded in one PUT to a fresh session (distribution-spec "Pushing a blob monolithically").
   */
  async ensureBlobs(blobs: Extract<BlobSource, { content: Buffer }>[]): Promise<number> {
    let uploaded = 0
    for (const blob of blobs) {
      const { digest } = blob.descriptor
      const headUrl = this.url(`blobs/${digest}`)
      const head = await this.send(
        { method: 'HEAD', url: headUrl, what: `Check blob ${digest}` },
        'push'
      )
      if (head.status === 200) continue
      await this.uploadBlob(blob)
      uploaded++
    }
    return uploaded
  }

  private async uploadBlob(blob: Extract<BlobSource, { content: Buffer }>): Promise<void> {
    const what = `Upload blob ${blob.descriptor.digest}`
    const start = this.url('blobs/uploads/')
    const opened = await this.send(
      { method: 'POST', url: start, headers: { 'Content-Length': '0' }, what },
      'push'
    )
    const location = header(opened, 'location')
    if (opened.status !== 202 || !location) {
      throw httpError('POST', start, opened.status, opened.body, what)
    }
    const url = new URL(location, opened.url)
    url.searchParams.set('digest', blob.descriptor.digest)
    const put = await this.send(
      {
        method: 'PUT',
        url,
        headers: {
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(blob.content.length)
        },
        body: () => blob.content,
        what
      },
      'push'
    )
    if (put.status !== 201) throw httpError('PUT', url, put.status, put.body, what)
  }

  private url(path: string): URL {
    return new URL(`/v2/${this.repository}/${path}`, this.base)
  }
}

/** The target of `Link: <…>; rel="next"` (RFC 8288), as the referrers API pages. */
export function nextLink(value: string | undefined): string | undefined {
  if (!value) return undefined
  for (const part of value.split(',')) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part)
    if (match && /(?:^|;)\s*rel="?next"?\s*(?:;|$)/i.test(match[2]!)) return match[1]
  }
  return undefined
}
