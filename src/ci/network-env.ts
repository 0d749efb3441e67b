// The environment variables that shape the network, read for the front ends (the action and
// the CLI read the same ones): the proxies, by the rules of @actions/http-client, and two
// tuning knobs. The layers below take the values as options and read no environment.
import type { NetworkSettings } from '../core/types.js'
import { readDuration } from '../duration.js'
import type { ProxySettings } from '../oci/proxy.js'

export type Env = Record<string, string | undefined>

/** Environment variables that tune the transport (for slow links, and for fast tests). */
export const TUNING_ENV = {
  /** A connection silent this long is dropped: '60' (seconds), '1500ms', '2m'. */
  idleTimeout: 'SHERPACK_PUSH_IDLE_TIMEOUT',
  /** The first retry waits about this long, doubling after: '250ms', '1s'. */
  retryBaseDelay: 'SHERPACK_PUSH_RETRY_BASE_DELAY'
} as const

export interface TransportTuning {
  idleTimeoutMs?: number
  retryBaseDelayMs?: number
  /** One message per variable that was set but unreadable (it is then ignored). */
  problems: string[]
}

/** Proxy settings, tuning and their problems (reported through `log.warning`), for the core. */
export function networkSettingsFromEnv(
  env: Env,
  log: { warning(message: string): void }
): NetworkSettings {
  const { problems, ...tuning } = transportTuningFromEnv(env)
  for (const problem of problems) log.warning(problem)
  const proxy = proxySettingsFromEnv(env)
  return proxy ? { ...tuning, proxy } : tuning
}

/**
 * https_proxy || HTTPS_PROXY, http_proxy || HTTP_PROXY and no_proxy || NO_PROXY, as
 * @actions/http-client reads them (lower case first; an empty value counts as unset).
 * Undefined when none is set. The values are checked when a request needs them.
 */
export function proxySettingsFromEnv(env: Env): ProxySettings | undefined {
  const settings: ProxySettings = {}
  const httpsProxy = env.https_proxy || env.HTTPS_PROXY
  const httpProxy = env.http_proxy || env.HTTP_PROXY
  const noProxy = env.no_proxy || env.NO_PROXY
  if (httpsProxy) settings.httpsProxy = httpsProxy
  if (httpProxy) settings.httpProxy = httpProxy
  if (noProxy) settings.noProxy = noProxy
  return Object.keys(settings).length > 0 ? settings : undefined
}

/** Reads the TUNING_ENV variables; unset ones are left out so the defaults apply. */
export function transportTuningFromEnv(env: Env): TransportTuning {
  const tuning: TransportTuning = { problems: [] }
  const read = (name: string): number | undefined => {
    const value = env[name]
    if (value === undefined || value.trim() === '') return undefined
    const reading = readDuration(value)
    if ('ms' in reading) return reading.ms
    tuning.problems.push(`${name}='${value}' ${reading.problem}; using the default`)
    return undefined
  }
  const idle = read(TUNING_ENV.idleTimeout)
  if (idle !== undefined) tuning.idleTimeoutMs = idle
  const base = read(TUNING_ENV.retryBaseDelay)
  if (base !== undefined) tuning.retryBaseDelayMs = base
  return tuning
}
