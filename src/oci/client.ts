// The registry client the core and the CLI use: one registry, its transport and credentials,
// and per repository a blob store and a manifest store (the shape of oras-go's
// registry/remote.Repository). A push is pushArtifact (push.ts), which reads as the protocol's
// story; this file only opens what it needs.
import { Authenticator, type Scopes } from './auth.js'
import { AuthorizedClient, scopeFor } from './authorized-client.js'
import { BlobStore } from './blob-store.js'
import type { Descriptor, ManifestBytes } from './descriptor.js'
import { RegistryError } from './errors.js'
import { ManifestStore } from './manifest-store.js'
import { pushArtifact, type PushRequest, type PushResult } from './push.js'
import { isLoopbackHost } from './reference.js'
import { RepositoryReferrers } from './referrer-store.js'
import { plainHttpWarning } from './refusals.js'
import {
  Transport,
  type ProxySettings,
  type RetryPolicy,
  type TransportOptions
} from './transport.js'
import {
  DEFAULT_TIMEOUT_MS,
  silentLogger,
  type Credential,
  type Logger,
  type PushPhase,
  type SecretSink
} from './types.js'

export { MANIFEST_ACCEPT } from './authorized-client.js'
export type { PushRequest, PushResult } from './push.js'
export { settleDelay } from './tag-guard.js'
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
   * Default: four times what our own check-then-write took, within 250 ms…5 s (settleDelay).
   */
  settleMs?: number
}

export class RegistryClient {
  readonly base: URL
  private readonly transport: Transport
  private readonly auth: Authenticator
  private readonly client: AuthorizedClient
  private readonly logger: Logger
  private readonly onPhase: (phase: PushPhase) => void
  private readonly settleMs?: number

  constructor(options: RegistryClientOptions) {
    this.logger = options.logger ?? silentLogger
    this.onPhase = options.onPhase ?? (() => {})
    this.settleMs = options.settleMs
    this.base = new URL(`${options.plainHttp ? 'http' : 'https'}://${options.host}`)
    if (options.plainHttp && !isLoopbackHost(options.host)) {
      this.logger.warning(plainHttpWarning(options.host))
    }
    this.transport = new Transport({
      ...options.transport,
      logger: this.logger,
      deadline: Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
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
    this.client = new AuthorizedClient(this.base, this.transport, this.auth, this.logger)
  }

  /** Ends the requests still running, quietly, and frees the keep-alive sockets. */
  close(): void {
    this.transport.close()
  }

  /**
   * Pushes blobs, then the manifest under each tag (pushArtifact). No request waits for
   * nothing: the first ones (the blob HEADs, side by side) carry the registry's 401 challenge,
   * answered with one token request they share, and are sent again.
   */
  async push(request: PushRequest): Promise<PushResult> {
    const { scopes, mountFrom } = await this.pushAccess(request)
    const abort = new AbortController()
    const { repository } = request
    const onPhase = (phase: PushPhase): void => {
      this.onPhase(phase)
      request.onPhase?.(phase)
    }
    const target = {
      blobs: new BlobStore(this.client, repository, scopes, this.logger, abort.signal),
      manifests: new ManifestStore(this.client, repository, scopes, abort.signal),
      readBack: new ManifestStore(this.client, repository, scopes),
      abort,
      logger: this.logger,
      settleMs: this.settleMs
    }
    try {
      return await pushArtifact(target, { ...request, onPhase }, mountFrom)
    } finally {
      // Whatever still runs for this push (a sibling of a failed request) ends quietly.
      abort.abort()
    }
  }

  /**
   * GET /v2/ with credentials for `access` to `repository`: learns how the registry wants us to
   * authenticate (and gets the token) in a request of its own.
   */
  async authenticate(repository: string, access: 'push' | 'pull' = 'push'): Promise<void> {
    await this.client.ping(repository, scopeFor(repository, access))
  }

  /**
   * The digest `tag` points to in `repository`, from the sha256 of the manifest bytes read
   * (ManifestStore.resolve), or undefined when there is no such tag. Needs pull access only.
   */
  tagDigest(repository: string, tag: string): Promise<string | undefined> {
    return this.manifests(repository).resolve(tag)
  }

  /** The manifest `reference` (a tag or a digest) names, exactly as stored. */
  getManifest(repository: string, reference: string): Promise<ManifestBytes> {
    return this.manifests(repository).get(reference)
  }

  /** Downloads a blob into `filePath`, checked against its size and digest (BlobStore.fetch). */
  fetchBlob(
    repository: string,
    descriptor: Descriptor,
    filePath: string,
    onProgress?: (received: number) => void
  ): Promise<void> {
    const blobs = new BlobStore(this.client, repository, scopeFor(repository, 'pull'), this.logger)
    return blobs.fetch(descriptor, filePath, onProgress)
  }

  /** The referrers of manifests in `repository` (see referrers.ts), with this client's access. */
  referrers(repository: string): RepositoryReferrers {
    return new RepositoryReferrers(this.base, repository, (request, access) =>
      this.client.send(request, scopeFor(repository, access))
    )
  }

  private manifests(repository: string): ManifestStore {
    return new ManifestStore(this.client, repository, scopeFor(repository, 'pull'))
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
      else await this.client.ping(repository, both)
      return { scopes: both, mountFrom }
    } catch (error) {
      if (!(error instanceof RegistryError) || (error.status !== 401 && error.status !== 403)) {
        throw error
      }
      this.logger.debug(`Access to ${repository} with pull on ${mountFrom} refused: no mounts`)
      return { scopes: own }
    }
  }
}
