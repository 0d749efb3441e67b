// HTTP for the registry client over node:http/https: our own redirect rules, retries with
// back-off, one overall deadline, keep-alive connections, the proxies the front end names, and
// answers buffered (small JSON) or streamed into a caller's Writable (blobs).
// node:http rather than axios: quicker to load and to push on Node 24 (figures in the README's
// Development section), and no redirect or proxy logic of its own to switch off.
// HTTP/1.1, not HTTP/2: a small push over 20 ms round trips (TLS, the real registry, which
// offers h2) took the same with either, 143 vs 144 ms for 1 tag and 166 vs 164 ms for 3 on
// Node 24 (medians of 25): the requests of each stage already go side by side on parallel
// keep-alive connections, so h2 saves a handshake's CPU (~2 ms), not a round trip.
import type { Writable } from 'node:stream'
import { UserError, type UserErrorDetails } from '../errors.js'
import { Connections } from './connections.js'
import { RegistryError, redactUrl } from './errors.js'
import { BodyFailure, SinkFailure, codedError, exchange, type HttpBody } from './exchange.js'
import { HopFailure, networkFailureAdvice } from './network-advice.js'
import { describeProxy, type ProxySettings } from './proxy.js'
import { formatSeconds, header, parseRetryAfter, rateLimit } from './rate-limit.js'

export { header, parseRetryAfter }
import type { Logger } from './types.js'

export type { FileBody, HttpBody } from './exchange.js'
export type { ProxySettings } from './proxy.js'

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface HttpRequest {
  method: HttpMethod
  url: URL
  headers?: Record<string, string>
  /**
   * A factory, so a retry or a 307/308 redirect can send the body again. A `{ file }` body is
   * read from disk with bounded buffers; a Readable is piped with back-pressure.
   */
  body?: () => HttpBody
  /**
   * Whether a network error may be retried by sending the same request again. A PUT that
   * closes an upload must not be: its answer may be lost after the registry took it.
   */
  retryNetworkErrors?: boolean
  /** Short words for log lines and errors ("upload blob sha256:…"). */
  what?: string
  /**
   * Ends the request, and any retry of it, once aborted: send() then rejects with an
   * AbortedRequest, logging nothing (the work it was part of has failed already).
   */
  signal?: AbortSignal
  /**
   * Streams the body of a 2xx answer (after redirects) into the Writable this returns for it,
   * instead of buffering it: piped with back-pressure, under the idle timeout and the deadline;
   * send() resolves once the Writable has finished, with an empty `body`. Other answers, and
   * those it returns undefined for, are buffered as usual. Once a body has begun to flow, a
   * network error rejects with a NetworkError whose `duringBody` is true and is not retried
   * (the Writable holds part of the body: the caller starts again with a fresh one); an error
   * of the Writable itself rejects send() with that error as it is.
   */
  sink?: (answer: StreamedAnswer) => Writable | undefined
}

/** The answer whose body a sink is asked to take. */
export interface StreamedAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  /** The URL that answered, after redirects. */
  url: URL
}

export interface HttpResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  /** Empty when the body went into the request's sink. */
  body: Buffer
  /** The URL that answered, after redirects. */
  url: URL
}

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number
  baseDelayMs: number
  maxDelayMs: number
  /** Longest Retry-After we wait for; longer ones are capped to it (default: the deadline). */
  maxRetryAfterMs: number
}

export interface TransportOptions {
  logger: Logger
  /** Epoch milliseconds after which no request is started and running ones are aborted. */
  deadline: number
  /** A connection silent for this long is dropped (and the request retried where safe). */
  idleTimeoutMs: number
  retry?: Partial<RetryPolicy>
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  /** Proxies as the front end read them (HTTPS_PROXY, HTTP_PROXY, NO_PROXY); none: direct. */
  proxy?: ProxySettings
  /** Extra CA certificates (PEM) to trust for https, besides Node's bundled ones. */
  ca?: string[]
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504])
const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ECONNABORTED'
])
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 10
const USER_AGENT = 'sherpack-push'

export const defaultRetryPolicy: RetryPolicy = {
  retries: 5,
  baseDelayMs: 250,
  maxDelayMs: 4000,
  // Waiting less than asked only earns another refusal: the overall deadline is the bound.
  maxRetryAfterMs: Number.POSITIVE_INFINITY
}

/** A network failure, after retries: the request never got an HTTP answer. */
export class NetworkError extends RegistryError {
  override name = 'NetworkError'
  constructor(
    message: string,
    method: string,
    url: string,
    readonly code: string | undefined,
    details?: UserErrorDetails,
    /** The connection failed while an answer's body was streaming into a sink. */
    readonly duringBody = false
  ) {
    super(message, method, url, undefined, [], details)
  }
}

/**
 * A request ended because the work it was part of had already failed (its signal aborted, or
 * the transport closed): nothing to tell, and nothing to retry. The failure that caused it is
 * the one reported.
 */
export class AbortedRequest extends Error {
  override name = 'AbortedRequest'
  constructor(request: HttpRequest) {
    super(`${describe(request)}: abandoned, the work it was part of had failed`)
  }
}

export class Transport {
  private readonly connections: Connections
  private closed = false
  /** Origins that have answered at least once: a later failure is not a wrong host or port. */
  private readonly answered = new Set<string>()
  private readonly retry: RetryPolicy
  private readonly sleep: (ms: number) => Promise<void>
  private readonly random: () => number

  constructor(private readonly options: TransportOptions) {
    this.retry = { ...defaultRetryPolicy, ...options.retry }
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
    this.random = options.random ?? Math.random
    this.connections = new Connections({ proxy: options.proxy, ca: options.ca })
  }

  get logger(): Logger {
    return this.options.logger
  }

  /**
   * Frees the keep-alive sockets so the process can exit at once; requests still running end
   * with an AbortedRequest, quietly.
   */
  close(): void {
    this.closed = true
    this.connections.close()
  }

  /**
   * Sends a request, following redirects and retrying what is safe to retry.
   * `authorization` goes only to `authOrigin` (the origin the credentials were issued for).
   */
  async send(request: HttpRequest, authorization?: string): Promise<HttpResponse> {
    const authOrigin = request.url.origin
    for (let attempt = 0; ; attempt++) {
      if (this.abandoned(request)) throw new AbortedRequest(request)
      let response: HttpResponse
      try {
        response = await this.followRedirects(request, authorization, authOrigin)
      } catch (error) {
        // Aborted by its caller, or cut by close(): neither a network fault nor news.
        if (this.abandoned(request)) throw new AbortedRequest(request)
        if (!(error instanceof HopFailure)) throw error
        const code = error.code
        const retryable =
          request.retryNetworkErrors !== false &&
          !error.duringBody &&
          code !== undefined &&
          isRetryableNetwork(code)
        if (!retryable || attempt >= this.retry.retries) {
          throw this.networkError(request, error, attempt)
        }
        const why =
          code === 'ECONNABORTED' || code === 'ETIMEDOUT'
            ? `no answer for ${this.options.idleTimeoutMs / 1000} s`
            : `network error ${code}`
        await this.backOff(request, attempt, why, undefined)
        continue
      }
      const limit = rateLimit(response)
      if ((limit || RETRYABLE_STATUS.has(response.status)) && attempt < this.retry.retries) {
        const retryAfter = parseRetryAfter(header(response, 'retry-after'), Date.now())
        const why = limit?.why ?? `status ${response.status}`
        await this.backOff(request, attempt, why, retryAfter ?? limit?.waitMs)
        continue
      }
      return response
    }
  }

  private abandoned(request: HttpRequest): boolean {
    return this.closed || request.signal?.aborted === true
  }

  private async backOff(
    request: HttpRequest,
    attempt: number,
    why: string,
    retryAfterMs: number | undefined
  ): Promise<void> {
    if (this.abandoned(request)) throw new AbortedRequest(request)
    const exponential = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** attempt)
    // Full jitter on the upper half keeps parallel uploads from retrying in lock-step.
    let delay = exponential / 2 + (this.random() * exponential) / 2
    if (retryAfterMs !== undefined) delay = Math.min(retryAfterMs, this.retry.maxRetryAfterMs)
    const remaining = this.options.deadline - Date.now()
    if (delay >= remaining) {
      const asked = retryAfterMs === undefined ? '' : ` (asked to wait ${formatSeconds(delay)})`
      throw new RegistryError(
        `${describe(request)} failed with ${why}${asked} and the overall timeout leaves no time to retry: raise the timeout or try again later`,
        request.method,
        redactUrl(request.url),
        undefined,
        [],
        { suggest: { option: 'timeout' } }
      )
    }
    const waiting = retryAfterMs === undefined ? 'retry' : 'waiting as the registry asks, retry'
    this.logger.info(
      `${describe(request)}: ${why}; ${waiting} ${attempt + 1}/${this.retry.retries} in ${formatSeconds(delay)}`
    )
    await this.sleep(delay)
  }

  private networkError(request: HttpRequest, failure: HopFailure, attempt: number): NetworkError {
    const tries = attempt > 0 ? ` after ${attempt + 1} attempts` : ''
    const answered = this.answered.has(failure.target.origin)
    const { reason, advice, suggest } = networkFailureAdvice(
      failure,
      this.options.idleTimeoutMs,
      answered
    )
    const via = failure.proxy ? ` (through the proxy ${describeProxy(failure.proxy)})` : ''
    return new NetworkError(
      `${describe(request)} failed${tries}: ${reason}${via}; ${advice}`,
      request.method,
      redactUrl(request.url),
      failure.code,
      suggest ? { suggest, cause: failure.failure } : { cause: failure.failure },
      failure.duringBody
    )
  }

  private async followRedirects(
    request: HttpRequest,
    authorization: string | undefined,
    authOrigin: string
  ): Promise<HttpResponse> {
    let url = request.url
    let method = request.method
    let body = request.body
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const sameOrigin = url.origin === authOrigin
      const response = await this.once({
        method,
        url,
        headers: request.headers,
        body,
        authorization: sameOrigin ? authorization : undefined,
        sink: request.sink,
        signal: request.signal
      })
      if (!REDIRECT_STATUS.has(response.status)) return response
      const location = header(response, 'location')
      if (!location) return response
      const next = new URL(location, url)
      if (url.protocol === 'https:' && next.protocol !== 'https:') {
        throw new RegistryError(
          `${describe(request)}: the registry redirected from https to ${next.protocol}//${next.host}; refusing to downgrade the connection`,
          method,
          redactUrl(url),
          response.status
        )
      }
      const isWrite = method !== 'GET' && method !== 'HEAD'
      if (isWrite && response.status !== 307 && response.status !== 308) {
        // A 301/302/303 to a write would turn it into a GET and lose the body: not a push.
        return response
      }
      this.logger.debug(
        `${method} ${redactUrl(url)} → ${response.status} redirect to ${redactUrl(next)}`
      )
      if (response.status === 303) {
        method = 'GET'
        body = undefined
      }
      url = next
    }
    throw new RegistryError(
      `${describe(request)}: more than ${MAX_REDIRECTS} redirects; the registry or a proxy is misconfigured`,
      request.method,
      redactUrl(request.url)
    )
  }

  /**
   * One request on one hop; a failure without a whole HTTP answer becomes a HopFailure, and a
   * failure of the caller's sink is thrown as it is.
   */
  private async once(hop: Hop): Promise<HttpResponse> {
    const { method, url, body, authorization, sink, signal } = hop
    const sent: Record<string, string> = { 'User-Agent': USER_AGENT, ...hop.headers }
    if (authorization) sent.Authorization = authorization
    // A bad proxy setting is the user's to fix, not a network failure to retry.
    const route = await this.connections.route(url)
    try {
      const remainingMs = this.options.deadline - Date.now()
      if (remainingMs <= 0) throw codedError('the overall timeout ran out', 'DEADLINE')
      const response = await exchange(route, {
        method,
        headers: sent,
        body: body?.(),
        idleTimeoutMs: this.options.idleTimeoutMs,
        remainingMs,
        signal,
        // Only a 2xx is offered: a redirect is followed, and an error is read for its message.
        sink:
          sink &&
          (({ status, headers }) =>
            status >= 200 && status < 300 ? sink({ status, headers, url }) : undefined)
      })
      if (route.proxy && !route.tunnel && response.status === 407) {
        throw codedError('the proxy answered 407', 'EPROXYCONNECT', { proxyStatus: 407 })
      }
      this.answered.add(url.origin)
      this.logger.debug(`${method} ${redactUrl(url)} → ${response.status}`)
      return { ...response, url }
    } catch (error) {
      if (error instanceof UserError) throw error
      if (error instanceof SinkFailure) throw error.failure
      if (error instanceof BodyFailure) throw new HopFailure(error.failure, url, route.proxy, true)
      throw new HopFailure(error, url, route.proxy)
    }
  }
}

interface Hop {
  method: HttpMethod
  url: URL
  headers: Record<string, string> | undefined
  body: (() => HttpBody) | undefined
  authorization: string | undefined
  sink: HttpRequest['sink']
  signal: AbortSignal | undefined
}

function isRetryableNetwork(code: string): boolean {
  return RETRYABLE_NETWORK_CODES.has(code)
}

function describe(request: HttpRequest): string {
  return request.what ?? `${request.method} ${redactUrl(request.url)}`
}
