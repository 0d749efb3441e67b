// What a registry's answer says about slowing down: which refusals are rate limits to wait out
// rather than fail on, and how long the registry asks us to wait. The transport's retry loop
// (transport.ts) decides what to do with it.

/** The parts of an answer these rules read (transport.ts's HttpResponse has them). */
interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/**
 * GitHub's words for its secondary rate limit, which GHCR answers with a 403 instead of a 429
 * (docs.github.com, "Rate limits for the REST API": retry after Retry-After, else a minute).
 */
const SECONDARY_RATE_LIMIT = /secondary rate limit/i
const SECONDARY_RATE_LIMIT_WAIT_MS = 60_000

/**
 * A refusal that asks us to slow down rather than stop: any 429, and a 403 whose body is
 * GitHub's secondary rate limit. Other 403s are a refusal to act on at once.
 */
export function rateLimit(response: Answer): { why: string; waitMs?: number } | undefined {
  if (response.status === 429) return { why: 'rate limited by the registry (429)' }
  if (response.status !== 403 || !SECONDARY_RATE_LIMIT.test(response.body.toString('utf8'))) {
    return undefined
  }
  return {
    why: 'rate limited by the registry (403: secondary rate limit)',
    waitMs: SECONDARY_RATE_LIMIT_WAIT_MS
  }
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

export function header(response: Answer, name: string): string | undefined {
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
