// One registry client per registry host for a whole publish: credentials are looked up once per
// host (each host on its own, from every source), and connections and tokens are shared by
// every pack pushed there.
import { AsyncLocalStorage } from 'node:async_hooks'
import type { RegistryClient } from '../oci/client.js'
import type { Reference } from '../oci/reference.js'
import { eventLogger, openRegistry } from './registry.js'
import type { PublishDeps, PublishEvent, PublishRequest } from './types.js'

export interface Connected {
  client: RegistryClient
  credentialSource: string
}

type Emit = (event: PublishEvent) => void

export class RegistryPool {
  private readonly clients = new Map<string, Promise<Connected>>()
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

  /** Runs `work` as this job's: what shared clients log meanwhile goes to `emit`. */
  within<T>(emit: Emit, work: () => Promise<T>): Promise<T> {
    return this.job.run(emit, work)
  }

  close(): void {
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
    const client = openRegistry({
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
