// Which proxy a request goes through, by the rules of @actions/http-client 4 (what the runner's
// own tooling follows on a self-hosted runner behind a proxy). The settings come from the front
// end (src/network-env.ts reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY); this layer reads none.
import { UserError } from '../errors.js'

/** Proxy settings as the front end found them (raw values of the usual variables). */
export interface ProxySettings {
  /** Proxy for http:// requests (HTTP_PROXY). */
  httpProxy?: string
  /** Proxy for https:// requests (HTTPS_PROXY), reached with CONNECT. */
  httpsProxy?: string
  /** Comma-separated hosts that go direct (NO_PROXY): `*`, `host`, `host:port`, `.suffix`. */
  noProxy?: string
}

/** The proxy `url` goes through, or undefined to connect directly. */
export function proxyFor(url: URL, settings: ProxySettings | undefined): URL | undefined {
  if (!settings || bypassesProxy(url, settings.noProxy)) return undefined
  const secure = url.protocol === 'https:'
  const value = secure ? settings.httpsProxy : settings.httpProxy
  if (!value) return undefined
  return parseProxyUrl(value, secure ? 'https' : 'http')
}

/**
 * True when `url` goes direct: loopback always (localhost, 127.*, [::1]), then any NO_PROXY
 * entry that is `*`, the host, host:port, or a parent domain of the host (`example.com` and
 * `.example.com` both match `registry.example.com`), compared without regard to case.
 */
export function bypassesProxy(url: URL, noProxy: string | undefined): boolean {
  const host = url.hostname.toUpperCase()
  if (!host) return false
  if (isLoopbackName(host)) return true
  if (!noProxy) return false
  const port =
    url.port || (url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '')
  const candidates = port ? [host, `${host}:${port}`] : [host]
  return noProxy
    .split(',')
    .map((entry) => entry.trim().toUpperCase())
    .filter((entry) => entry !== '')
    .some(
      (entry) =>
        entry === '*' ||
        candidates.some(
          (candidate) =>
            candidate === entry ||
            candidate.endsWith(`.${entry}`) ||
            (entry.startsWith('.') && candidate.endsWith(entry))
        )
    )
}

/** http-client's loopback test, on the upper-cased hostname (IPv6 keeps its brackets). */
function isLoopbackName(host: string): boolean {
  return (
    host === 'LOCALHOST' ||
    host.startsWith('127.') ||
    host.startsWith('[::1]') ||
    host.startsWith('[0:0:0:0:0:0:0:1]')
  )
}

/**
 * A proxy URL: `http://[user:password@]host:port` or `https://…`; a bare `host:port` means
 * http. Userinfo (percent-encoded) becomes the proxy's Basic credentials.
 */
export function parseProxyUrl(value: string, forScheme: 'http' | 'https'): URL {
  const text = value.trim()
  let url: URL | undefined
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    const variable = forScheme === 'https' ? 'HTTPS_PROXY' : 'HTTP_PROXY'
    throw new UserError(
      `The proxy for ${forScheme} requests ('${redactProxyText(text)}') is not an http:// or https:// proxy URL`,
      { fix: `set ${variable} to http://HOST:PORT (credentials as http://USER:PASSWORD@HOST:PORT)` }
    )
  }
  return url
}

/** `Basic …` from the proxy URL's userinfo, or undefined when it has none. */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (!proxy.username && !proxy.password) return undefined
  const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
  return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`
}

/** The proxy for messages: scheme, host and port, never its credentials. */
export function describeProxy(proxy: URL): string {
  return `${proxy.protocol}//${proxy.host}`
}

function redactProxyText(text: string): string {
  return text.replace(/\/\/[^/@]*@/, '//…@').replace(/^[^/@]*@/, '…@')
}
