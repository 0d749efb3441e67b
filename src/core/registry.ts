// One way to open a registry client from what the front ends resolved: push (publish) and the
// CLI's pull and inspect all connect through here, so their settings cannot drift apart.
import { RegistryClient, type RegistryClientOptions } from '../oci/client.js'
import type { Credential, Logger } from '../oci/types.js'
import type { NetworkSettings, PublishEvent } from './types.js'

export interface OpenRegistryOptions {
  /** host[:port] to talk to (the API host: registry-1.docker.io for docker.io). */
  apiHost: string
  plainHttp: boolean
  credential: Credential | undefined
  logger: Logger
  mask: (secret: string) => void
  timeoutMs: number
  network?: NetworkSettings
  onPhase?: RegistryClientOptions['onPhase']
}

export function openRegistry(options: OpenRegistryOptions): RegistryClient {
  const network = options.network ?? {}
  return new RegistryClient({
    host: options.apiHost,
    plainHttp: options.plainHttp,
    credential: options.credential,
    logger: options.logger,
    mask: options.mask,
    timeoutMs: options.timeoutMs,
    idleTimeoutMs: network.idleTimeoutMs,
    retry: network.retryBaseDelayMs === undefined ? {} : { baseDelayMs: network.retryBaseDelayMs },
    proxy: network.proxy,
    onPhase: options.onPhase
  })
}

/** A Logger whose lines go out as events (a registry client's retries, its authentication). */
export function eventLogger(emit: (event: PublishEvent) => void): Logger {
  return {
    info: (message) => emit({ type: 'info', message }),
    warning: (message) => emit({ type: 'warning', message }),
    debug: (message) => emit({ type: 'debug', message })
  }
}
