// One registry client per registry host for a whole publish: credentials are looked up once per
// host (each host on its own, from every source), and connections and tokens are shared by
// every pack pushed there.
import { AsyncLocalStorage } from 'node:async_hooks'
import type { RegistryClient } from '../oci/client.js'
import type { Reference } from '../oci/reference.js'
import type { Connections } from '../oci/connections.js'
import { eventLogger, openConnections, openRegistry } from './registry.js'
import type { PublishDeps, PublishEvent, PublishRequest } from './types.js'

export interface Connected {
  client: RegistryClient
  credentialSource: string
}

type Emit = (event: PublishEvent) => void

/**
 * Connections opened ahead per registry: one push sends its two blob HEADs side by side, so
 * two. More packs at once open more as they need them.
 */
const CONNECTIONS_AHEAD = 2

export class RegistryPool {
  private readonly clients = new Map<string, Promise<Connected>>()
  /** Connections opened ahead, by host, until that host's client takes them. */
  private readonly ahead = new Map<string, Connections>()
  /** Whose work is running: a shared client's log lines go to the pack job that caused them. */
  private readonly job = new AsyncLocalStorage<Emit>()

  constructor(
    private readonly request: PublishRequest,
    private readonly deps: PublishDeps
  ) {}

  /** The client for this reference's registry; `emit` receives what its lookup and requests log. */
  connect(reference: Reference, emit: Emit): Promise<Connected> {
    const key = this.keyOf(reference)
    let connected = this.clients.get(key)
    if (!connected) {
      connected = this.open(reference, emit)
      // A failed lookup (a half-set credential pair) is not cached: each pack says it.
      connected.catch(() => this.clients.delete(key))
      this.clients.set(key, connected)
    }
    return connected
  }

  /**
   * Opens connections to this reference's registry now, for its client to use: their TCP and
   * TLS handshakes then overlap the packaging instead of following it. Nothing is sent, and
   * nothing is looked up (credentials wait for the client, as before).
   */
  preconnect(reference: Reference): void {
    const key = this.keyOf(reference)
    if (this.clients.has(key) || this.ahead.has(key)) return
    const { plainHttp } = this.request
    const network = this.deps.network
    this.ahead.set(key, openConnections(reference.apiHost, plainHttp, network, CONNECTIONS_AHEAD))
  }

  /** Runs `work` as this job's: what shared clients log meanwhile goes to `emit`. */
  within<T>(emit: Emit, work: () => Promise<T>): Promise<T> {
    return this.job.run(emit, work)
  }

  close(): void {
    for (const connections of this.ahead.values()) connections.close()
    this.ahead.clear()
    for (const connected of this.clients.values()) {
      connected.then(({ client }) => client.close()).catch(() => {})
    }
  }

  private async open(
    reference: Reference,
    emit: (event: PublishEvent) => void
  ): Promise<Connected> {
    const credential = await this.deps.credentialFor(reference.registry, reference.apiHost)
    // A shared client's lines go to whichever pack's work is running.
    const logger = eventLogger((event) => (this.job.getStore() ?? emit)(event))
    const key = this.keyOf(reference)
    const connections = this.ahead.get(key)
    this.ahead.delete(key)
    const client = openRegistry({
      connections,
      apiHost: reference.apiHost,
      plainHttp: this.request.plainHttp,
      credential,
      logger,
      mask: this.deps.mask,
      timeoutMs: this.request.timeoutMs,
      network: this.deps.network
    })
    return { client, credentialSource: credential?.source ?? 'anonymous' }
  }

  private keyOf(reference: Reference): string {
    return `${this.request.plainHttp ? 'http' : 'https'} ${reference.apiHost}`
  }
}
