// What a request that got no HTTP answer ran into, in words, and what the user can do about it.
import type { UserErrorDetails } from '../errors.js'
import { describeProxy } from './proxy.js'

/** A failure of one request on one hop, with the proxy it went through (for the message). */
export class HopFailure extends Error {
  readonly code: string | undefined
  constructor(
    readonly failure: unknown,
    readonly target: URL,
    readonly proxy: URL | undefined,
    readonly duringBody = false
  ) {
    super(failure instanceof Error ? failure.message : String(failure))
    this.code = networkCode(failure)
  }
}

export interface Advice {
  reason: string
  advice: string
  suggest?: UserErrorDetails['suggest']
}

/**
 * The reason and advice for a request that failed without an answer. `answered`: its host has
 * answered before, so the host and port are right and the way to it broke.
 */
export function networkFailureAdvice(
  failure: HopFailure,
  idleTimeoutMs: number,
  answered: boolean
): Advice {
  return (
    (failure.proxy && proxyAdvice(failure, failure.proxy)) ||
    bodyAdvice(failure, idleTimeoutMs) ||
    networkAdvice(failure, idleTimeoutMs, answered)
  )
}

/** What went wrong on the way to the registry, in words, and what to do about it. */
function networkAdvice(failure: HopFailure, idleTimeoutMs: number, answered: boolean): Advice {
  const code = failure.code
  const reason = code ?? failure.message
  const proxied = failure.proxy !== undefined
  if (code === 'DEADLINE') {
    return {
      reason: 'the overall timeout ran out while waiting for the registry',
      advice: 'raise the timeout or try again later',
      suggest: { option: 'timeout' }
    }
  }
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT') {
    return {
      reason: `no answer for ${idleTimeoutMs / 1000} s (${code})`,
      advice:
        'the registry or a proxy in between stalled: try again later, or raise the idle timeout for a slow link'
    }
  }
  if (code === 'ECONNREFUSED') {
    return proxied
      ? {
          reason,
          advice: 'nothing listens at the proxy: check the proxy URL (HTTPS_PROXY, HTTP_PROXY)'
        }
      : {
          reason,
          // Over https, a local registry on plain HTTP is a likely cause; with plain HTTP on, not.
          advice:
            failure.target.protocol === 'http:'
              ? 'nothing listens there: check the host and port'
              : 'nothing listens there: check the host and port (a local registry may serve plain HTTP)'
        }
  }
  if (code === 'EPROTO' || /wrong version number|packet length too long/i.test(reason)) {
    // An https request answered in plain HTTP: OpenSSL reports a record it cannot read.
    return {
      reason: `the server did not answer with TLS (${code ?? 'EPROTO'})`,
      advice:
        'it looks like a plain-HTTP registry: for a local test registry use plain HTTP; otherwise check the port',
      suggest: { option: 'plainHttp', value: 'true' }
    }
  }
  if (code === 'ENOTFOUND') {
    return proxied
      ? { reason, advice: 'the proxy host name does not resolve: check the proxy URL' }
      : { reason, advice: 'the host name does not resolve: check the registry host' }
  }
  if (/certificate|self.signed|CERT|TLS|SSL/i.test(reason)) {
    return {
      reason,
      advice:
        'TLS failed: for a private CA set NODE_EXTRA_CA_CERTS; for a local registry that serves plain HTTP, use plain HTTP'
    }
  }
  return {
    reason,
    advice: answered
      ? 'the connection broke after the registry had answered: try again later'
      : 'check that the registry host and port are right and reachable from here'
  }
}

/** A body that broke off while streaming into a sink; undefined otherwise, and for the deadline. */
function bodyAdvice(failure: HopFailure, idleTimeoutMs: number): Advice | undefined {
  const code = failure.code
  if (!failure.duringBody || code === 'DEADLINE') return undefined
  const stalled = code === 'ECONNABORTED' || code === 'ETIMEDOUT'
  return {
    reason: stalled
      ? `the answer stopped arriving for ${idleTimeoutMs / 1000} s (${code})`
      : `the connection broke while the answer was arriving (${code ?? failure.message})`,
    advice: 'the registry, its storage or a proxy in between cut the transfer: try again later'
  }
}

/** A proxy that refused the tunnel or wanted credentials; undefined for other failures. */
function proxyAdvice(failure: HopFailure, proxy: URL): Advice | undefined {
  const status = (failure.failure as { proxyStatus?: unknown }).proxyStatus
  if (failure.code !== 'EPROXYCONNECT' || typeof status !== 'number') return undefined
  const shown = describeProxy(proxy)
  if (status === 407) {
    const hasCredentials = proxy.username !== '' || proxy.password !== ''
    return {
      reason: `the proxy ${shown} wants credentials (407)`,
      advice: hasCredentials
        ? 'it refused the ones in the proxy URL: check the user name and password'
        : 'give them in the proxy URL: http://USER:PASSWORD@HOST:PORT'
    }
  }
  return {
    reason: `the proxy ${shown} refused to open a tunnel to ${failure.target.host} (CONNECT answered ${status})`,
    advice:
      'check that the proxy allows CONNECT to this host and port, or list the host in NO_PROXY to reach it directly'
  }
}

function networkCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const e = error as { code?: unknown; message?: unknown; cause?: { code?: unknown } }
  if (typeof e.message === 'string' && /socket hang up/i.test(e.message)) return 'ECONNRESET'
  if (typeof e.code === 'string') return e.code
  if (typeof e.cause?.code === 'string') return e.cause.code
  return undefined
}
