// The blobs of one repository, as the OCI distribution spec moves them
// (https://github.com/opencontainers/distribution-spec/blob/main/spec.md): HEAD to learn
// whether the registry has one, a cross-repository mount, a monolithic upload (POST, then one
// PUT of the whole blob), and a streamed download checked against its digest.
import type { Scopes } from './auth.js'
import type { AuthorizedClient } from './authorized-client.js'
import type { BlobSource, Descriptor } from './descriptor.js'
import { downloadBlob } from './download.js'
import { redactUrl } from './errors.js'
import { noSuchBlob, noUploadLocation } from './refusals.js'
import { NetworkError, header, type HttpResponse } from './transport.js'
import type { Logger } from './types.js'

/** How often one blob upload is started again after its closing PUT lost its answer. */
const UPLOAD_ATTEMPTS = 3

/** How a missing blob got into the repository. */
export interface BlobSent {
  mounted: boolean
  /** Bytes sent (0 for a mount). */
  bytes: number
}

export class BlobStore {
  constructor(
    private readonly client: AuthorizedClient,
    readonly repository: string,
    private readonly scope: Scopes,
    private readonly logger: Logger,
    /** Aborted once the work these requests are part of has failed. */
    private readonly signal?: AbortSignal
  ) {}

  /**
   * Whether the repository has the blob: HEAD, 200 or 404
   * (spec: "Checking if content exists in the registry").
   */
  async exists(digest: string): Promise<boolean> {
    const url = this.client.url(`/v2/${this.repository}/blobs/${digest}`)
    // The first requests of a push are these HEADs: a registry never reached is named as such.
    const what = this.client.contacted
      ? `Check blob ${short(digest)}`
      : `Contact ${this.client.base.host}`
    const response = await this.send({ method: 'HEAD', url, what })
    if (response.status === 200) return true
    if (response.status === 404) return false
    throw await this.client.headFailure(response, this.repository, what, this.scope, this.signal)
  }

  /** Mounts the blob from `mountFrom` when given and the registry agrees, else uploads it. */
  async push(blob: BlobSource, mountFrom: string | undefined): Promise<BlobSent> {
    if (mountFrom === undefined) return { mounted: false, bytes: await this.upload(blob) }
    const mount = await this.mount(blob.descriptor.digest, mountFrom)
    if (mount === 'mounted') return { mounted: true, bytes: 0 }
    return { mounted: false, bytes: await this.upload(blob, mount) }
  }

  /**
   * Asks the registry to link the blob from `from`, another repository of its own
   * (spec: "Mounting a blob from another repository"): 201 done. 202: it declined and opened
   * an upload session, whose Location is returned for the PUT. Anything else (401/403 without
   * pull access to `from`, 404, 405) leaves a normal upload.
   */
  async mount(digest: string, from: string): Promise<'mounted' | URL | undefined> {
    const url = this.client.url(`/v2/${this.repository}/blobs/uploads/`)
    url.searchParams.set('mount', digest)
    url.searchParams.set('from', from)
    const what = `Mount blob ${short(digest)} from ${from}`
    // A 401 to the token we hold means no pull access to `from`: asking again would not help.
    const response = await this.send(
      { method: 'POST', url, headers: { 'Content-Length': '0' }, what },
      false
    )
    if (response.status === 201) return 'mounted'
    const session = response.status === 202 ? sessionLocation(response) : undefined
    this.logger.debug(
      `${what}: answered ${response.status}${session ? ' with an upload session' : ''}; uploading it`
    )
    return session
  }

  /**
   * Uploads the whole blob in one PUT to an upload session (spec: "Pushing a blob
   * monolithically", POST then PUT): `session` when given (a declined mount's), else one
   * POSTed here. Returns the bytes sent.
   *
   * A PUT whose answer is lost may have been taken: it is not sent again blindly (the session
   * may be gone, and a registry could count it twice). The blob is asked for by digest; the
   * upload starts again only when the registry does not have it, and when the last attempt
   * fails, a blob the registry has after all counts as uploaded.
   */
  async upload(blob: BlobSource, session?: URL): Promise<number> {
    const { digest, size } = blob.descriptor
    const what = `Upload blob ${short(digest)}`
    for (let attempt = 1; ; attempt++) {
      const given = attempt === 1 ? session : undefined
      const location = given ?? (await this.startUpload(what))
      location.searchParams.set('digest', digest)
      let response: HttpResponse
      try {
        response = await this.send({
          method: 'PUT',
          url: location,
          headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(size) },
          // A file is read with bounded buffers by the transport: memory stays flat.
          body: () =>
            'content' in blob ? blob.content : { file: blob.path, onProgress: blob.onProgress },
          // The registry may have taken the blob even when its answer was lost: see above.
          retryNetworkErrors: false,
          what
        })
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error
        // Unknown when the registry cannot be asked either: the upload's own failure stands.
        if (await this.exists(digest).catch(() => false)) {
          this.logger.info(`${what}: the answer was lost, but the registry has the blob`)
          return size
        }
        if (attempt >= UPLOAD_ATTEMPTS) throw error
        this.logger.info(
          `${what}: ${error.code ?? 'connection lost'} during the upload; starting it again`
        )
        continue
      }
      if (response.status === 201) return size
      if (response.status === 404 && attempt < UPLOAD_ATTEMPTS) {
        // BLOB_UPLOAD_UNKNOWN: the session is gone (a retried PUT after a lost answer).
        if (await this.exists(digest)) return size
        continue
      }
      throw this.client.failure(response, 'PUT', this.repository, what, this.scope)
    }
  }

  /**
   * Downloads a blob into `filePath` (spec: "Pulling blobs") with one GET streamed to a temp
   * file beside it while its size and sha256 are checked, renamed only when both match; on any
   * failure no file is left. Redirects to blob storage are followed without the registry's
   * Authorization.
   */
  async fetch(
    descriptor: Descriptor,
    filePath: string,
    onProgress?: (received: number) => void
  ): Promise<void> {
    const url = this.client.url(`/v2/${this.repository}/blobs/${descriptor.digest}`)
    const what = `Download blob ${short(descriptor.digest)}`
    await downloadBlob({
      descriptor,
      filePath,
      what,
      url: redactUrl(url),
      logger: this.logger,
      onProgress,
      fetch: async (sink) => {
        const response = await this.send({
          method: 'GET',
          url,
          what,
          sink: (answer) => (answer.status === 200 ? sink : undefined)
        })
        // A 200 went into the sink; anything else was buffered and says what went wrong.
        if (response.status === 200) return
        if (response.status === 404) {
          throw noSuchBlob(what, this.client.base.host, this.repository, url)
        }
        throw this.client.failure(response, 'GET', this.repository, what, this.scope)
      }
    })
  }

  private async startUpload(what: string): Promise<URL> {
    const url = this.client.url(`/v2/${this.repository}/blobs/uploads/`)
    const response = await this.send({
      method: 'POST',
      url,
      headers: { 'Content-Length': '0' },
      what
    })
    if (response.status === 404) await this.client.assertRegistry(this.scope)
    if (response.status !== 202) {
      throw this.client.failure(response, 'POST', this.repository, what, this.scope)
    }
    const location = sessionLocation(response)
    if (!location) throw noUploadLocation(what, url)
    return location
  }

  private send(
    request: Parameters<AuthorizedClient['send']>[0],
    renegotiate = true
  ): Promise<HttpResponse> {
    return this.client.send({ ...request, signal: this.signal }, this.scope, renegotiate)
  }
}

/** An upload session's Location, resolved against the request URL. */
function sessionLocation(response: HttpResponse): URL | undefined {
  const location = header(response, 'location')
  // Relative (Zot, GAR) or absolute (distribution, Quay); the query (signed _state) is kept.
  return location ? new URL(location, response.url) : undefined
}

export function short(digest: string): string {
  return digest.slice(0, 19)
}
