// Transport tuning and proxy settings, read from the environment as the action reads them.
import type { NetworkSettings } from '../core/types.js'
import { transportTuningFromEnv } from '../oci/transport.js'
import type { Terminal } from './terminal.js'

type Env = Record<string, string | undefined>

export function networkSettingsFromEnv(env: Env, terminal: Terminal): NetworkSettings {
  const tuning = transportTuningFromEnv(env)
  for (const problem of tuning.problems) terminal.warning(problem)
  const settings: NetworkSettings = {}
  if (tuning.idleTimeoutMs !== undefined) settings.idleTimeoutMs = tuning.idleTimeoutMs
  if (tuning.retry?.baseDelayMs !== undefined) settings.retryBaseDelayMs = tuning.retry.baseDelayMs
  const proxy = {
    httpProxy: either(env, 'HTTP_PROXY'),
    httpsProxy: either(env, 'HTTPS_PROXY'),
    noProxy: either(env, 'NO_PROXY')
  }
  if (Object.values(proxy).some((value) => value !== undefined)) {
    settings.proxy = Object.fromEntries(
      Object.entries(proxy).filter(([, value]) => value !== undefined)
    )
  }
  return settings
}

/** Lower case first, as curl reads them. */
function either(env: Env, name: string): string | undefined {
  const value = env[name.toLowerCase()] ?? env[name]
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}
