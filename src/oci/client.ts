// The registry client: one method per protocol step, composed so that nothing is tagged until
// every blob it points to is in the registry, and so that what a push reports is what the
// registry holds.
import type { UserErrorDetails } from '../errors.js'
import { Authenticator, challengeError, scopeKey, type Scopes } from './auth.js'
import { ContentGate } from './content-gate.js'
import { sha256Digest, type BlobSource, type Descriptor, type ManifestBytes } from './descriptor.js'
import { downloadBlob } from './download.js'
import { RegistryError, httpError, parseErrorCodes, redactUrl } from './errors.js'
import { isLoopbackHost } from './reference.js'
import { TagConflictError, TagLedger, type TagDigest } from './tag-ledger.js'
import {
  NetworkError,
  Transport,
  header,
  type HttpRequest,
  type HttpResponse,
  type ProxySettings,
  type RetryPolicy,
  type TransportOptions
} from './transport.js'
import {
  silentLogger,
  type Credential,
  type Logger,
  type PushPhase,
  type SecretSink
} from './types.js'

export { PartialTagError, TagConflictError, type TagDigest } from './tag-ledger.js'

export interface RegistryClientOptions {
  /** host[:port] to talk to (the API host: registry-1.docker.io for docker.io). */
  host: string
  plainHttp: boolean
  credential?: Credential
  logger?: Logger
  mask?: SecretSink
  /** Overall deadline for everything this client does, in milliseconds from now. */
  timeoutMs?: number
  /** A connection silent this long is dropped (default 60 s). */
  idleTimeoutMs?: number
  retry?: Partial<RetryPolicy>
  sleep?: (ms: number) => Promise<void>
  /** Proxies as the front end read them; none: direct connections. */
  proxy?: ProxySettings
  /** Further transport settings (extra CA certificates, …), passed through as given. */
  transport?: Partial<Omit<TransportOptions, 'logger' | 'deadline'>>
  /** Told as each phase of a push begins. */
  onPhase?: (phase: PushPhase) => void
  /**
   * overwrite false: how long to wait after the tag writes before reading the tags back.
   * Default: four times what our own check-then-write took, within 250 ms…5 s (see settleDelay).
   */
  settleMs?: number
}

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
  /** Told as each phase of this push begins, after the client's own onPhase. */
  onPhase?: (phase: PushPhase) => void
}

export interface PushResult {
  digest: string
  /** Tags written by this push. */
  tagsWritten: string[]
  /** Tags that already pointed to our digest and were left as they were. */
  tagsUnchanged: string[]
  blobsUploaded: number
  /** Blobs the registry linked from `mountFrom` instead of an upload. */
  blobsMounted: number
  /** Blobs the repository already had. */
  blobsSkipped: number
  bytesUploaded: number
}

export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
].join(', ')

/** How often one blob upload is started again after its closing PUT lost its answer. */
const UPLOAD_ATTEMPTS = 3
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/
/** Codes of a manifest PUT refused because a blob it names is (momentarily) not found. */
const BLOB_UNKNOWN_CODES = ['MANIFEST_BLOB_UNKNOWN', 'BLOB_UNKNOWN']
/** Before the blobs are checked again after MANIFEST_BLOB_UNKNOWN (up to twice this, jittered). */
const RECHECK_PAUSE_MS = 200
const SETTLE_MIN_MS = 250
const SETTLE_MAX_MS = 5_000
const SETTLE_FACTOR = 4

type Access = 'push' | 'pull'

/** What the upload phase learnt, for the tag phase. */
interface Uploaded {
  /** Tags that may not move: their digests, and when they were asked for. */
  checked?: TagCheck
  uploaded: number
  mounted: number
  bytes: number
}

/** Digests of tags (absent: no such tag), and when they were asked for. */
interface TagCheck {
  digests: Map<string, string>
  at: number
}

/** How one missing blob got into the repository. */
interface BlobSent {
  mounted: boolean
  bytes: number
}

export class RegistryClient {
  /** Whether the registry has answered anything yet (for the words of a first failure). */
  private contacted = false
  readonly base: URL
  private readonly transport: Transport
  private readonly auth: Authenticator
  private readonly logger: Logger
  private readonly onPhase: (phase: PushPhase) => void
  private readonly settleMs?: number
  private readonly authenticated = new Set<string>()

  constructor(options: RegistryClientOptions) {
    this.logger = options.logger ?? silentLogger
    this.onPhase = options.onPhase ?? (() => {})
    this.settleMs = options.settleMs
    this.base = new URL(`${options.plainHttp ? 'http' : 'https'}://${options.host}`)
    if (options.plainHttp && !isLoopbackHost(options.host)) {
      this.logger.warning(
        `Plain http is on for ${options.host}, which is not this machine: content and registry tokens travel unencrypted; passwords are never sent to it.`
      )
    }
    this.transport = new Transport({
      ...options.transport,
      logger: this.logger,
      deadline: Date.now() + (options.timeoutMs ?? 10 * 60_000),
      idleTimeoutMs: options.idleTimeoutMs ?? options.transport?.idleTimeoutMs ?? 60_000,
      retry: { ...options.transport?.retry, ...options.retry },
      sleep: options.sleep ?? options.transport?.sleep,
      proxy: options.proxy ?? options.transport?.proxy
    })
    this.auth = new Authenticator({
      transport: this.transport,
      registry: this.base,
      plainHttp: options.plainHttp,
      credential: options.credential,
      mask: options.mask ?? (() => {})
    })
  }

  close(): void {
    this.transport.close()
  }

  /**
   * Pushes blobs, then the manifest under each tag. No request waits for nothing: the first
   * ones (the blob HEADs, side by side) carry the registry's 401 challenge, answered with one
   * token request they share, and are sent again.
   */
  async push(request: PushRequest): Promise<PushResult> {
    if (request.tags.length === 0) throw new Error('push needs at least one tag')
    const { scopes, mountFrom } = await this.pushAccess(request)
    const phase = (next: PushPhase): void => {
      this.onPhase(next)
      request.onPhase?.(next)
    }
    const gate = new ContentGate(request.blobs)
    const uploaded = await this.uploadPhase(request, scopes, mountFrom, gate, () => phase('upload'))
    // Every upload was held at its last byte until the content checks passed; a push whose
    // blobs were all there already still waits for them here.
    await gate.passed
    // Everything the manifest points to is there; nothing was tagged before this line.
    phase('tag')
    const tags = await this.tagPhase(request, scopes, uploaded)
    return {
      digest: request.manifest.digest,
      tagsWritten: tags.written,
      tagsUnchanged: tags.unchanged,
      blobsUploaded: uploaded.uploaded,
      blobsMounted: uploaded.mounted,
      blobsSkipped: request.blobs.length - uploaded.uploaded - uploaded.mounted,
      bytesUploaded: uploaded.bytes
    }
  }

  /**
   * GET /v2/ with credentials for `access` to `repository`: learns how the registry wants us to
   * authenticate (and gets the token) in a request of its own.
   */
  async authenticate(repository: string, access: Access = 'push'): Promise<void> {
    await this.authenticateFor(repository, scopeFor(repository, access))
  }

  /**
   * The digest `tag` points to in `repository`, for certain (see readTagDigest), or undefined
   * when there is no such tag. Needs pull access only: a cheap read before deciding to push.
   */
  async tagDigest(repository: string, tag: string): Promise<string | undefined> {
    return this.readTagDigest(repository, tag, scopeFor(repository, 'pull'))
  }

  /**
   * The scopes of a push: push to the repository, plus pull from `mountFrom` to mount from it.
   * Only a mount asks anything first, to learn whether the pair is granted: a token server that
   * refuses it (instead of granting what it can, as distribution's does) leaves this push
   * without mounts. A registry that answered before is asked for the token alone (or nothing,
   * when it wants none); one never contacted is pinged with GET /v2/.
   */
  private async pushAccess(request: PushRequest): Promise<{ scopes: Scopes; mountFrom?: string }> {
    const { repository, mountFrom } = request
    const own = scopeFor(repository, 'push')
    if (mountFrom === undefined || mountFrom === repository) return { scopes: own }
    const both = [...own, ...scopeFor(mountFrom, 'pull')]
    try {
      if (this.auth.knowsScheme) await this.auth.anticipate(this.base, both)
      else await this.authenticateFor(repository, both)
      return { scopes: both, mountFrom }
    } catch (error) {
      if (!(error instanceof RegistryError) || (error.status !== 401 && error.status !== 403)) {
        throw error
      }
      this.logger.debug(`Access to ${repository} with pull on ${mountFrom} refused: no mounts`)
      return { scopes: own }
    }
  }

  private async authenticateFor(repository: string, scopes: Scopes): Promise<void> {
    const url = new URL('/v2/', this.base)
    const response = await this.send(
      { method: 'GET', url, what: `Contact ${this.base.host}` },
      scopes
    )
    if (response.status === 200) return
    if (response.status === 401) throw this.unauthorized(response, 'GET', repository, scopes)
    if (response.status === 404) throw notARegistry(this.base.host, url)
    throw httpError('GET', url, response.status, response.body, `Contact ${this.base.host}`)
  }

  /**
   * The manifest `reference` (a tag or a digest) names, exactly as stored. A digest reference
   * is checked against the bytes' sha256.
   */
  async getManifest(repository: string, reference: string): Promise<ManifestBytes> {
    const scope = scopeFor(repository, 'pull')
    const { response, url } = await this.readManifest(repository, reference, scope)
    const what = `Read manifest ${repository}:${reference}`
    if (response.status === 404) {
      throw new RegistryError(
        `${what}: ${this.base.host} has no manifest ${reference} in ${repository}`,
        'GET',
        redactUrl(url),
        404,
        [],
        { option: 'destination', fix: 'check the repository, tag or digest' }
      )
    }
    if (response.status !== 200) throw this.failure(response, 'GET', repository, what, scope)
    const bytes = response.body
    const digest = sha256Digest(bytes)
    if (reference.startsWith('sha256:') && digest !== reference) {
      throw new RegistryError(
        `${what}: the registry answered with bytes whose digest is ${digest}, not ${reference}; refusing them`,
        'GET',
        redactUrl(url),
        200
      )
    }
    return { bytes, digest, mediaType: manifestMediaType(response, bytes) }
  }

  /**
   * Downloads a blob into `filePath` with one GET streamed to a temp file beside it while its size
   * and sha256 are checked, renamed only when both match; on any failure no file is left.
   * Redirects to blob storage are followed without the registry's Authorization.
   */
  async fetchBlob(
    repository: string,
    descriptor: Descriptor,
    filePath: string,
    onProgress?: (received: number) => void
  ): Promise<void> {
    const scope = scopeFor(repository, 'pull')
    const url = new URL(`/v2/${repository}/blobs/${descriptor.digest}`, this.base)
    const what = `Download blob ${short(descriptor.digest)}`
    await downloadBlob({
      descriptor,
      filePath,
      what,
      url: redactUrl(url),
      logger: this.logger,
      onProgress,
      fetch: async (sink) => {
        const response = await this.send(
          {
            method: 'GET',
            url,
            what,
            sink: (answer) => (answer.status === 200 ? sink : undefined)
          },
          scope
        )
        // A 200 went into the sink; anything else was buffered and says what went wrong.
        if (response.status === 200) return
        if (response.status === 404) {
          throw new RegistryError(
            `${what}: ${this.base.host} has no such blob in ${repository}`,
            'GET',
            redactUrl(url),
            404
          )
        }
        throw this.failure(response, 'GET', repository, what, scope)
      }
    })
  }

  /**
   * Blob HEADs, the check of the tags that may not move, then the missing blobs: mounted from
   * `mountFrom` when given, else (or when the registry declines) uploaded. `begun` is told
   * once the HEADs are answered: they carried the authentication, so a refusal there is one
   * of the credentials, before anything was sent.
   */
  private async uploadPhase(
    request: PushRequest,
    scope: Scopes,
    mountFrom: string | undefined,
    gate: ContentGate,
    begun: () => void
  ): Promise<Uploaded> {
    const { repository, blobs } = request
    const guarded = guardedTags(request)
    const at = Date.now()
    const [present, digests] = await Promise.all([
      Promise.all(blobs.map((blob) => this.blobExists(repository, blob.descriptor.digest, scope))),
      guarded.length > 0 ? this.tagDigests(repository, guarded, scope) : undefined
    ])
    begun()
    if (digests) this.assertTagsStay(request, guarded, digests, false)
    const missing = blobs.filter((_, i) => !present[i])
    for (const blob of blobs.filter((_, i) => present[i])) gate.notSent(blob)
    const sent = await Promise.all(
      missing.map((blob) => this.sendBlob(request, blob, scope, mountFrom, gate))
    )
    const mounted = sent.filter((blob) => blob.mounted).length
    const bytes = sent.reduce((sum, blob) => sum + blob.bytes, 0)
    const mounts = mountFrom === undefined ? '' : `${mounted} mounted from ${mountFrom}, `
    this.logger.info(
      `${missing.length - mounted} blob(s) uploaded (${bytes} bytes), ${mounts}${blobs.length - missing.length} already in ${repository}`
    )
    const checked = digests && { digests, at }
    return { checked, uploaded: missing.length - mounted, mounted, bytes }
  }

  /** Decides which tags need a write, writes them and reads back those that may not move. */
  private async tagPhase(
    request: PushRequest,
    scope: Scopes,
    uploaded: Uploaded
  ): Promise<TagLedger> {
    const guarded = guardedTags(request)
    const checked = await this.tagsBeforeWriting(request, guarded, scope, uploaded)
    const { digest } = request.manifest
    const unchanged = request.tags.filter((tag) => checked?.digests.get(tag) === digest)
    const toWrite = request.tags.filter((tag) => !unchanged.includes(tag))
    for (const tag of unchanged) {
      this.logger.info(`Tag ${tag} already points to ${digest}: left as it is`)
    }
    const toVerify = toWrite.filter((tag) => guarded.includes(tag))
    const ledger = new TagLedger(this.manifestsUrl(request.repository), digest, toWrite, unchanged)
    try {
      await this.writeTags(request, toWrite, scope, ledger)
      if (toVerify.length > 0) {
        await this.verifyTags(request, toVerify, scope, ledger, checked?.at ?? Date.now())
      }
    } catch (error) {
      throw ledger.failed(error)
    }
    this.logger.info(`Tagged ${toWrite.join(', ') || 'nothing new'} → ${digest}`)
    return ledger
  }

  /**
   * The tags' digests just before the manifest is written. Tags that may not move (`guarded`)
   * are asked again when blobs were sent since the first check, and checked again. Every tag
   * is asked when no blob was missing: likely a re-push, where tags already on our digest need
   * no write (nothing was sent, so the first check is still fresh for the guarded ones).
   */
  private async tagsBeforeWriting(
    request: PushRequest,
    guarded: string[],
    scope: Scopes,
    uploaded: Uploaded
  ): Promise<TagCheck | undefined> {
    const nothingSent = uploaded.uploaded + uploaded.mounted === 0
    const fresh = nothingSent ? uploaded.checked : undefined
    const wanted = nothingSent ? request.tags : guarded
    const ask = fresh ? wanted.filter((tag) => !guarded.includes(tag)) : wanted
    if (ask.length === 0) return fresh
    const at = fresh?.at ?? Date.now()
    const asked = await this.tagDigests(request.repository, ask, scope)
    if (!fresh) this.assertTagsStay(request, guarded, asked, true)
    return { digests: new Map([...(fresh?.digests ?? []), ...asked]), at }
  }

  /** The first tag alone (its answer proves the manifest is accepted), then the rest together. */
  private async writeTags(
    request: PushRequest,
    tags: string[],
    scope: Scopes,
    ledger: TagLedger
  ): Promise<void> {
    const [first, ...rest] = tags
    if (first === undefined) return
    await this.putTag(request, first, scope, ledger)
    const results = await Promise.allSettled(
      rest.map((tag) => this.putTag(request, tag, scope, ledger))
    )
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failure) throw failure.reason
  }

  /**
   * overwrite false: after a short settle delay, reads every written tag back. One that points
   * elsewhere means a concurrent push wrote it after our check: the push fails, saying so.
   */
  private async verifyTags(
    request: PushRequest,
    tags: string[],
    scope: Scopes,
    ledger: TagLedger,
    checkedAt: number
  ): Promise<void> {
    const delay = this.settleMs ?? settleDelay(Date.now() - checkedAt)
    this.logger.debug(
      `Reading the tags back in ${delay} ms (check to write: ${Date.now() - checkedAt} ms)`
    )
    await new Promise((resolve) => setTimeout(resolve, delay))
    const written = tags.filter((tag) => ledger.written.includes(tag))
    const now = await this.tagDigests(request.repository, written, scope)
    const moved = written.filter((tag) => now.get(tag) !== request.manifest.digest)
    if (moved.length === 0) return
    for (const tag of moved) ledger.movedAway(tag, now.get(tag))
    const list = moved.map((tag) => `${tag} → ${now.get(tag) ?? 'no manifest'}`).join(', ')
    throw new RegistryError(
      `Another push moved ${moved.length === 1 ? 'the tag' : 'tags'} ${list} while this one wrote ${request.manifest.digest}; tags may not be moved, so this push failed`,
      'HEAD',
      redactUrl(this.manifestsUrl(request.repository, moved[0])),
      200
    )
  }

  /**
   * Fails, naming each tag and both digests, when a tag that may not move (`guarded`) points to
   * another digest in `existing`.
   */
  private assertTagsStay(
    request: PushRequest,
    guarded: string[],
    existing: Map<string, string>,
    afterUpload: boolean
  ): void {
    const { digest } = request.manifest
    const conflicts: TagDigest[] = guarded.flatMap((tag) => {
      const now = existing.get(tag)
      return now === undefined || now === digest ? [] : [{ tag, digest: now }]
    })
    const [first] = conflicts
    if (first === undefined) return
    const list = conflicts.map((c) => `${c.tag} → ${c.digest}`).join(', ')
    const one = conflicts.length === 1
    const when = afterUpload ? 'Another push tagged it while this one uploaded. ' : ''
    // overwrite true: only protected tags are guarded, and allowing moves would not help.
    const rule = request.overwrite
      ? `${one ? `${first.tag} is` : 'they are'} protected: never moved`
      : 'tags may not be moved'
    const details: UserErrorDetails = request.overwrite
      ? { fix: 'bump the pack version' }
      : {
          fix: 'bump the pack version, or allow moving tags',
          suggest: { option: 'overwrite', value: 'true' }
        }
    throw new TagConflictError(
      `${one ? 'A tag already points' : 'Tags already point'} to another digest (${list}); this push would be ${digest}, and ${rule}. ${when}No tag was written.`,
      redactUrl(this.manifestsUrl(request.repository, first.tag)),
      digest,
      conflicts,
      details
    )
  }

  private async blobExists(repository: string, digest: string, scope: Scopes): Promise<boolean> {
    const url = new URL(`/v2/${repository}/blobs/${digest}`, this.base)
    // The first requests of a push are these HEADs: a registry never reached is named as such.
    const what = this.contacted ? `Check blob ${short(digest)}` : `Contact ${this.base.host}`
    const response = await this.send({ method: 'HEAD', url, what }, scope)
    if (response.status === 200) return true
    if (response.status === 404) return false
    throw await this.headFailure(response, repository, what, scope)
  }

  /**
   * The error for a HEAD the registry refused. A HEAD's answer has no body to say why, and the
   * first requests of a push are HEADs: the same GET is asked for the registry's own words.
   */
  private async headFailure(
    response: HttpResponse,
    repository: string,
    what: string,
    scope: Scopes
  ): Promise<RegistryError> {
    if (response.status === 401) return this.failure(response, 'HEAD', repository, what, scope)
    const headers = { Accept: MANIFEST_ACCEPT }
    const read = await this.send({ method: 'GET', url: response.url, headers, what }, scope)
    if (read.status !== response.status) {
      return this.failure(response, 'HEAD', repository, what, scope)
    }
    return this.failure(read, 'GET', repository, what, scope)
  }

  /** The digest each tag points to now (absent: the tag does not exist). */
  private async tagDigests(
    repository: string,
    tags: string[],
    scope: Scopes
  ): Promise<Map<string, string>> {
    const found = new Map<string, string>()
    await Promise.all(
      tags.map(async (tag) => {
        const digest = await this.readTagDigest(repository, tag, scope)
        if (digest !== undefined) found.set(tag, digest)
      })
    )
    return found
  }

  /**
   * The digest `tag` points to, for certain: the HEAD's Docker-Content-Digest, or (a registry
   * that leaves it out) the sha256 of the manifest's bytes. Undefined: no such tag.
   */
  private async readTagDigest(
    repository: string,
    tag: string,
    scope: Scopes
  ): Promise<string | undefined> {
    const url = this.manifestsUrl(repository, tag)
    const what = `Check tag ${tag}`
    const headers = { Accept: MANIFEST_ACCEPT }
    const response = await this.send({ method: 'HEAD', url, headers, what }, scope)
    if (response.status === 404) return undefined
    if (response.status !== 200) throw await this.headFailure(response, repository, what, scope)
    const digest = header(response, 'docker-content-digest')?.trim()
    if (digest && SHA256_DIGEST.test(digest)) return digest
    const read = await this.readManifest(repository, tag, scope)
    if (read.response.status === 404) return undefined
    if (read.response.status !== 200) {
      throw this.failure(read.response, 'GET', repository, what, scope)
    }
    return sha256Digest(read.response.body)
  }

  private async readManifest(
    repository: string,
    reference: string,
    scope: Scopes
  ): Promise<{ response: HttpResponse; url: URL }> {
    const url = this.manifestsUrl(repository, reference)
    const what = `Read manifest ${repository}:${reference}`
    const headers = { Accept: MANIFEST_ACCEPT }
    return { response: await this.send({ method: 'GET', url, headers, what }, scope), url }
  }

  /** Mounts the blob from `mountFrom` when one is given and the registry agrees, else uploads it. */
  private async sendBlob(
    request: PushRequest,
    blob: BlobSource,
    scope: Scopes,
    mountFrom: string | undefined,
    gate: ContentGate
  ): Promise<BlobSent> {
    try {
      if (mountFrom === undefined) {
        return { mounted: false, bytes: await this.uploadBlob(request, blob, scope, gate) }
      }
      const { digest } = blob.descriptor
      const mount = await this.tryMount(request.repository, digest, mountFrom, scope)
      if (mount === 'mounted') {
        gate.notSent(blob)
        return { mounted: true, bytes: 0 }
      }
      return { mounted: false, bytes: await this.uploadBlob(request, blob, scope, gate, mount) }
    } catch (error) {
      gate.failed(blob, error)
      throw error
    }
  }

  /**
   * Asks the registry to link the blob from `from`, another repository of its own: 201 done.
   * 202: it declined and opened an upload session, whose Location is returned for the PUT.
   * Anything else (401/403 without pull access to `from`, 404, 405) leaves a normal upload.
   */
  private async tryMount(
    repository: string,
    digest: string,
    from: string,
    scope: Scopes
  ): Promise<'mounted' | URL | undefined> {
    const url = new URL(`/v2/${repository}/blobs/uploads/`, this.base)
    url.searchParams.set('mount', digest)
    url.searchParams.set('from', from)
    const what = `Mount blob ${short(digest)} from ${from}`
    // A 401 to the token we hold means no pull access to `from`: asking again would not help.
    const response = await this.send(
      { method: 'POST', url, headers: { 'Content-Length': '0' }, what },
      scope,
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
   * PUT the whole blob to an upload session: `session` when given (a declined mount's), else
   * one POSTed here; its last byte held back until the push's content checks pass (its own,
   * when it has one, fed the bytes it sends). Tells the gate how the blob got there. Returns
   * bytes sent.
   */
  private async uploadBlob(
    request: PushRequest,
    blob: BlobSource,
    scope: Scopes,
    gate: ContentGate,
    session?: URL
  ): Promise<number> {
    const { repository } = request
    const { digest, size } = blob.descriptor
    const what = `Upload blob ${short(digest)}`
    for (let attempt = 1; ; attempt++) {
      const given = attempt === 1 ? session : undefined
      const location = given ?? (await this.startUpload(repository, scope, what))
      location.searchParams.set('digest', digest)
      let response: HttpResponse
      try {
        response = await this.send(
          {
            method: 'PUT',
            url: location,
            headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(size) },
            // A file is read with bounded buffers by the transport: memory stays flat.
            body: () =>
              'content' in blob
                ? blob.content
                : { file: blob.path, onProgress: blob.onProgress, observer: gate.observer(blob) },
            // The registry may have taken the blob even when its answer was lost: see below.
            retryNetworkErrors: false,
            holdEnd: gate.holdFor(blob),
            what
          },
          scope
        )
      } catch (error) {
        if (!(error instanceof NetworkError) || attempt >= UPLOAD_ATTEMPTS) throw error
        if (await this.blobExists(repository, digest, scope)) {
          this.logger.info(`${what}: the answer was lost, but the registry has the blob`)
          // Maybe from another push, before our bytes were whole: checked by itself.
          gate.notSent(blob)
          return size
        }
        this.logger.info(
          `${what}: ${error.code ?? 'connection lost'} during the upload; starting it again`
        )
        continue
      }
      if (response.status === 201) {
        gate.sent(blob)
        return size
      }
      if (response.status === 404 && attempt < UPLOAD_ATTEMPTS) {
        // BLOB_UPLOAD_UNKNOWN: the session is gone (a retried PUT after a lost answer).
        if (await this.blobExists(repository, digest, scope)) {
          gate.notSent(blob)
          return size
        }
        continue
      }
      throw this.failure(response, 'PUT', repository, what, scope)
    }
  }

  /**
   * After a 404 where a registry never answers one (an upload session): GET /v2/ tells a host
   * that is no registry at all, which the push's first requests could not (a HEAD's 404 only
   * says "not there"). Returns when it does answer as a registry.
   */
  private async assertRegistry(scope: Scopes): Promise<void> {
    const url = new URL('/v2/', this.base)
    const response = await this.send(
      { method: 'GET', url, what: `Contact ${this.base.host}` },
      scope
    )
    if (response.status === 404) throw notARegistry(this.base.host, url)
  }

  private async startUpload(repository: string, scope: Scopes, what: string): Promise<URL> {
    const url = new URL(`/v2/${repository}/blobs/uploads/`, this.base)
    const response = await this.send(
      { method: 'POST', url, headers: { 'Content-Length': '0' }, what },
      scope
    )
    if (response.status === 404) await this.assertRegistry(scope)
    if (response.status !== 202) throw this.failure(response, 'POST', repository, what, scope)
    const location = sessionLocation(response)
    if (!location) {
      throw new RegistryError(
        `${what}: the registry started an upload but sent no Location`,
        'POST',
        redactUrl(url),
        202
      )
    }
    return location
  }

  /**
   * PUT the manifest under `tag`. Refused because a blob is unknown (distribution, when a
   * concurrent push of the same blob rewrites its link file under our check): the blobs are
   * checked again, what is missing uploaded, and the PUT tried once more.
   */
  private async putTag(
    request: PushRequest,
    tag: string,
    scope: Scopes,
    ledger: TagLedger
  ): Promise<void> {
    const what = `Tag ${tag}`
    let response = await this.putManifest(request, tag, scope)
    if (response.status === 400 && isBlobUnknown(response)) {
      this.logger.info(
        `${what}: the registry did not find a blob the manifest names; checking the blobs again`
      )
      await this.ensureBlobs(request, scope)
      response = await this.putManifest(request, tag, scope)
    }
    if (response.status !== 201 && response.status !== 200) {
      throw this.failure(response, 'PUT', request.repository, what, scope)
    }
    const echoed = header(response, 'docker-content-digest')?.trim()
    if (echoed && echoed !== request.manifest.digest) {
      ledger.storedElsewhere(tag, echoed)
      throw new RegistryError(
        `${what}: the registry stored the manifest as ${echoed}, but its bytes hash to ${request.manifest.digest}; the registry altered the manifest`,
        'PUT',
        redactUrl(response.url),
        response.status
      )
    }
    ledger.wrote(tag)
  }

  private putManifest(request: PushRequest, tag: string, scope: Scopes): Promise<HttpResponse> {
    const { manifest } = request
    return this.send(
      {
        method: 'PUT',
        url: this.manifestsUrl(request.repository, tag),
        headers: {
          'Content-Type': manifest.mediaType,
          'Content-Length': String(manifest.bytes.length)
        },
        body: () => manifest.bytes,
        what: `Tag ${tag}`
      },
      scope
    )
  }

  /** HEADs every blob of the push and uploads those the registry does not have. */
  private async ensureBlobs(request: PushRequest, scope: Scopes): Promise<void> {
    const { repository, blobs } = request
    // The usual cause is a concurrent push of the same blob finishing its upload: its commit
    // rewrites the blob's link in place, and our manifest check read it half-written. Those
    // commits end within moments of ours; checking again at once met the next one 4 times in
    // 1000 pushes (10 at a time), after this pause none (see concurrent-push.test.ts).
    await new Promise((resolve) => setTimeout(resolve, RECHECK_PAUSE_MS * (1 + Math.random())))
    const present = await Promise.all(
      blobs.map((blob) => this.blobExists(repository, blob.descriptor.digest, scope))
    )
    const missing = blobs.filter((_, i) => !present[i])
    // Checked again as they are sent: the verdicts of the first uploads are not these bytes'.
    const gate = new ContentGate(blobs)
    for (const blob of blobs.filter((_, i) => present[i])) gate.notSent(blob)
    await Promise.all(missing.map((blob) => this.sendBlob(request, blob, scope, undefined, gate)))
    this.logger.info(
      `${missing.length} blob(s) uploaded again, ${blobs.length - missing.length} found; writing the tag once more`
    )
  }

  private manifestsUrl(repository: string, reference = ''): URL {
    return new URL(`/v2/${repository}/manifests/${reference}`, this.base)
  }

  /**
   * One request with authentication: on a 401, negotiate (once) and send again; a scope the
   * registry's known challenge covers gets its token before the first send. `renegotiate`
   * false: a 401 to a request that carried an authorization is returned as it came.
   */
  private async send(
    request: HttpRequest,
    scope: Scopes,
    renegotiate = true
  ): Promise<HttpResponse> {
    const cached =
      this.auth.cached(request.url, scope) ?? (await this.auth.anticipate(request.url, scope))
    const response = await this.transport.send(request, cached)
    this.contacted = true
    this.auth.noteAnswer(response)
    if (response.status !== 401 || (cached !== undefined && !renegotiate)) {
      return this.accessGranted(response, scope, cached)
    }
    const authorization = await this.auth.fromChallenge(response, scope, cached !== undefined)
    if (!authorization) return response
    return this.accessGranted(
      await this.transport.send(request, authorization),
      scope,
      authorization
    )
  }

  /** Says once per scope how the registry let us in, at its first answer that is not a 401. */
  private accessGranted(
    response: HttpResponse,
    scope: Scopes,
    authorization: string | undefined
  ): HttpResponse {
    const key = scopeKey(scope)
    if (response.status !== 401 && !this.authenticated.has(key)) {
      this.authenticated.add(key)
      this.logger.info(this.auth.describeAccess(this.base.host, authorization !== undefined))
    }
    return response
  }

  private failure(
    response: HttpResponse,
    method: string,
    repository: string,
    what: string,
    scope: Scopes
  ): RegistryError {
    if (response.status === 401) return this.unauthorized(response, method, repository, scope)
    return httpError(method, response.url, response.status, response.body, what)
  }

  private unauthorized(
    response: HttpResponse,
    method: string,
    repository: string,
    scope: Scopes
  ): RegistryError {
    const shown = redactUrl(response.url)
    if (!this.auth.audience.isRegistry(response.url)) return this.foreignChallenge(response, method)
    const host = this.base.host
    const push = scope[0]?.endsWith(',push') ?? false
    const verb = push ? `push to ${repository}` : `pull from ${repository}`
    const refused = (what: string, fix: string): RegistryError =>
      new RegistryError(what, method, shown, 401, [], { fix, suggest: { option: 'credentials' } })
    if (!this.auth.hasCredential) {
      return refused(
        `The registry ${host} needs credentials to ${verb} and none were found`,
        `provide credentials for ${host}`
      )
    }
    const source = this.auth.source
    if (challengeError(response) === 'insufficient_scope') {
      return refused(
        `The registry ${host} refused to let ${source} ${verb} (insufficient_scope)`,
        `give the account ${push ? 'push (write)' : 'pull (read)'} access to this repository`
      )
    }
    return refused(
      `The registry ${host} refused the credentials from ${source} (401)`,
      'check the user name and password or token, that they belong to this registry, and that they have not expired'
    )
  }

  /** A 401 from a host that is not the registry: it got no credentials, and is named. */
  private foreignChallenge(response: HttpResponse, method: string): RegistryError {
    const asker = response.url
    return new RegistryError(
      `${asker.protocol}//${asker.host} asked for credentials (401), but it is not the registry ${this.base.host}: credentials for ${this.base.host} go only to that registry and the token realm it names, so none were sent`,
      method,
      redactUrl(asker),
      401,
      [],
      {
        fix: 'the registry (or a proxy in front of it) sends this request to another host that wants credentials; that host must accept it without them'
      }
    )
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

function notARegistry(host: string, url: URL): RegistryError {
  return new RegistryError(
    `${host} does not answer as an OCI registry (GET /v2/ → 404): check the destination host`,
    'GET',
    redactUrl(url),
    404,
    [],
    { option: 'destination' }
  )
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

/** A manifest PUT refused because a blob it names is not found (MANIFEST_BLOB_UNKNOWN). */
function isBlobUnknown(response: HttpResponse): boolean {
  return parseErrorCodes(response.body).some((c) => BLOB_UNKNOWN_CODES.includes(c.code))
}

function scopeFor(repository: string, access: Access): Scopes {
  return [`repository:${repository}:${access === 'push' ? 'pull,push' : 'pull'}`]
}

/** The tags of a push that may not move: all with overwrite false, else the protected ones. */
function guardedTags(request: PushRequest): string[] {
  if (!request.overwrite) return request.tags
  const guarded = new Set(request.protectedTags ?? [])
  return request.tags.filter((tag) => guarded.has(tag))
}

/** An upload session's Location, resolved against the request URL. */
function sessionLocation(response: HttpResponse): URL | undefined {
  const location = header(response, 'location')
  // Relative (Zot, GAR) or absolute (distribution, Quay); the query (signed _state) is kept.
  return location ? new URL(location, response.url) : undefined
}

function short(digest: string): string {
  return digest.slice(0, 19)
}
