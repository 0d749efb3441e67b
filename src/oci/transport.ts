// HTTP for the registry client: axios without its redirect follower, our own redirect rules,
// retries with back-off, one overall deadline, and keep-alive connections.
import http from 'node:http'
import https from 'node:https'
import type { Readable } from 'node:stream'
import axios, { type AxiosResponse } from 'axios'
import { RegistryError, redactUrl } from './errors.js'
import type { Logger } from './types.js'

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface HttpRequest {
  method: HttpMethod
  url: URL
  headers?: Record<string, string>
  /** A factory, so a retry or a 307/308 redirect can send the body again. */
  body?: () => Buffer | Readable
  /**
   * Whether a network error may be retried by sending the same request again. A PUT that
   * closes an upload must not be: its answer may be lost after the registry took it.
   */
  retryNetworkErrors?: boolean
  /** Short words for log lines and errors ("upload blob sha256:…"). */
  what?: string
}

export interface HttpResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
  /** The URL that answered, after redirects. */
  url: URL
}

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number
  baseDelayMs: number
  maxDelayMs: number
  /** Longest Retry-After we wait for; longer ones are capped to it. */
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
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504])
const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ECONNABORTED',
  'ESOCKETTIMEDOUT'
])
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 10
/** Registries answer with small JSON; a larger body is an error page we only need the start of. */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024

export const defaultRetryPolicy: RetryPolicy = {
  retries: 5,
  baseDelayMs: 250,
  maxDelayMs: 4000,
  maxRetryAfterMs: 30_000
}

/** A network failure, after retries: the request never got an HTTP answer. */
export class NetworkError extends RegistryError {
  override name = 'NetworkError'
  constructor(
    message: string,
    method: string,
    url: string,
    readonly code: string | undefined
  ) {
    super(message, method, url)
  }
}

export class Transport {
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 })
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16 })
  private readonly retry: RetryPolicy
  private readonly sleep: (ms: number) => Promise<void>
  private readonly random: () => number

  constructor(private readonly options: TransportOptions) {
    this.retry = { ...defaultRetryPolicy, ...options.retry }
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
    this.random = options.random ?? Math.random
  }

  get logger(): Logger {
    return this.options.logger
  }

  /** Frees the keep-alive sockets so the process can exit at once. */
  close(): void {
    this.httpAgent.destroy()
    this.httpsAgent.destroy()
  }

  /**
   * Sends a request, following redirects and retrying what is safe to retry.
   * `authorization` goes only to `authOrigin` (the origin the credentials were issued for).
   */
  async send(request: HttpRequest, authorization?: string): Promise<HttpResponse> {
    const authOrigin = request.url.origin
    for (let attempt = 0; ; attempt++) {
      let response: HttpResponse
      try {
        response = await this.followRedirects(request, authorization, authOrigin)
      } catch (error) {
        if (error instanceof RegistryError && !(error instanceof NetworkError)) throw error
        const code = networkCode(error)
        const retryable =
          request.retryNetworkErrors !== false && code !== undefined && isRetryableNetwork(code)
        if (!retryable || attempt >= this.retry.retries) {
          throw this.networkError(request, error, code, attempt)
        }
        const why =
          code === 'ECONNABORTED' || code === 'ETIMEDOUT'
            ? `no answer for ${this.options.idleTimeoutMs / 1000} s`
            : `network error ${code}`
        await this.backOff(request, attempt, why, undefined)
        continue
      }
      if (RETRYABLE_STATUS.has(response.status) && attempt < this.retry.retries) {
        const retryAfter = parseRetryAfter(header(response, 'retry-after'), Date.now())
        await this.backOff(request, attempt, `status ${response.status}`, retryAfter)
        continue
      }
      return response
    }
  }

  private async backOff(
    request: HttpRequest,
    attempt: number,
    why: string,
    retryAfterMs: number | undefined
  ): Promise<void> {
    const exponential = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** attempt)
    // Full jitter on the upper half keeps parallel uploads from retrying in lock-step.
    let delay = exponential / 2 + (this.random() * exponential) / 2
    if (retryAfterMs !== undefined) delay = Math.min(retryAfterMs, this.retry.maxRetryAfterMs)
    const remaining = this.options.deadline - Date.now()
    if (delay >= remaining) {
      throw new RegistryError(
        `${describe(request)} failed with ${why} and the overall timeout leaves no time to retry: raise the timeout input or try again later`,
        request.method,
        redactUrl(request.url)
      )
    }
    this.logger.info(
      `${describe(request)}: ${why}; retry ${attempt + 1}/${this.retry.retries} in ${(delay / 1000).toFixed(1)} s`
    )
    await this.sleep(delay)
  }

  private networkError(
    request: HttpRequest,
    error: unknown,
    code: string | undefined,
    attempt: number
  ): NetworkError {
    let reason = code ?? (error instanceof Error ? error.message : String(error))
    const tries = attempt > 0 ? ` after ${attempt + 1} attempts` : ''
    let advice = 'check that the registry host and port are right and reachable from the runner'
    if (code === 'ERR_CANCELED' || code === 'DEADLINE') {
      // Our own deadline signal aborted the request: say so in words, not axios's code.
      reason = 'the overall timeout ran out while waiting for the registry'
      advice = 'raise the timeout input or try again later'
    } else if (code === 'ECONNABORTED' || code === 'ETIMEDOUT') {
      reason = `no answer for ${this.options.idleTimeoutMs / 1000} s (${code})`
      advice = `the registry or a proxy in between stalled: try again later, or raise ${TUNING_ENV.idleTimeout} for a slow link`
    } else if (code === 'ECONNREFUSED') {
      advice =
        'nothing listens there: check the host and port (and plain-http for a local registry)'
    } else if (code === 'EPROTO' || /wrong version number|packet length too long/i.test(reason)) {
      // An https request answered in plain HTTP: OpenSSL reports a record it cannot read.
      reason = `the server did not answer with TLS (${code ?? 'EPROTO'})`
      advice =
        'it looks like a plain-http registry: for a local test registry set plain-http: true; otherwise check the port'
    } else if (code === 'ENOTFOUND') {
      advice = 'the host name does not resolve: check the registry host'
    } else if (/certificate|self.signed|CERT|TLS|SSL/i.test(reason)) {
      advice =
        'TLS failed: for a private CA set NODE_EXTRA_CA_CERTS; for a local http registry set plain-http: true'
    }
    return new NetworkError(
      `${describe(request)} failed${tries}: ${reason}; ${advice}`,
      request.method,
      redactUrl(request.url),
      code
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
      const response = await this.once(
        method,
        url,
        request.headers,
        body,
        sameOrigin ? authorization : undefined
      )
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

  private async once(
    method: HttpMethod,
    url: URL,
    headers: Record<string, string> | undefined,
    body: (() => Buffer | Readable) | undefined,
    authorization: string | undefined
  ): Promise<HttpResponse> {
    const remaining = this.options.deadline - Date.now()
    if (remaining <= 0) {
      throw Object.assign(new Error('the overall timeout ran out'), { code: 'DEADLINE' })
    }
    const sentHeaders: Record<string, string> = { ...headers }
    if (authorization) sentHeaders.Authorization = authorization
    const data = body?.()
    let response: AxiosResponse<Buffer>
    try {
      response = await axios.request<Buffer>({
        method,
        url: url.toString(),
        headers: sentHeaders,
        data,
        responseType: 'arraybuffer',
        // Keep bodies as bytes: no JSON parsing or string conversion by axios.
        transformRequest: [(d: unknown) => d],
        transformResponse: [(d: unknown) => d],
        validateStatus: () => true,
        maxRedirects: 0,
        // -1, not Infinity: axios then pipes a stream body straight into the request, with no
        // counting stage in between holding chunks.
        maxBodyLength: -1,
        maxContentLength: MAX_RESPONSE_BYTES,
        timeout: this.options.idleTimeoutMs,
        signal: AbortSignal.timeout(remaining),
        httpAgent: this.httpAgent,
        httpsAgent: this.httpsAgent,
        decompress: true
      })
    } catch (error) {
      // A stream body that failed half-way must not leave its file open.
      if (data && typeof (data as Readable).destroy === 'function') (data as Readable).destroy()
      throw error
    }
    this.logger.debug(`${method} ${redactUrl(url)} → ${response.status}`)
    return {
      status: response.status,
      headers: response.headers as Record<string, string | string[] | undefined>,
      body: Buffer.isBuffer(response.data) ? response.data : Buffer.from(response.data ?? []),
      url
    }
  }
}

export function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name.toLowerCase()]
  return Array.isArray(value) ? value.join(', ') : value
}

/** Retry-After is seconds or an HTTP date (RFC 9110); anything else is ignored. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

function networkCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const e = error as { code?: unknown; message?: unknown; cause?: { code?: unknown } }
  if (typeof e.message === 'string' && /socket hang up/i.test(e.message)) return 'ECONNRESET'
  if (typeof e.code === 'string') return e.code
  if (typeof e.cause?.code === 'string') return e.cause.code
  return undefined
}

function isRetryableNetwork(code: string): boolean {
  return RETRYABLE_NETWORK_CODES.has(code)
}

function describe(request: HttpRequest): string {
  return request.what ?? `${request.method} ${redactUrl(request.url)}`
}
