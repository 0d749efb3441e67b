// The sockets a transport talks over: keep-alive pools for direct connections (TLS sessions
// resumed by node:https), per proxy a pool for plain-HTTP requests sent to it as absolute URIs,
// and per proxy a CONNECT-tunnel agent (https-proxy-agent) for https. The tunnel agent is
// loaded only when a run uses a proxy for https, node:http only when a run speaks plain HTTP,
// and node:https with node:tls on the first https request: process.getBuiltinModule hands back
// a built-in module without building an ESM namespace (on Node 22+ node:http's loads Node's
// internal undici), so a run pays only for what it uses.
import type http from 'node:http'
import type https from 'node:https'
import net from 'node:net'
import type tls from 'node:tls'
import { proxyAuthorization, proxyFor, type ProxySettings } from './proxy.js'

export interface ConnectionOptions {
  proxy?: ProxySettings
  /** Extra CA certificates (PEM) trusted besides Node's bundled ones (tls.rootCertificates). */
  ca?: string[]
}

/** What a request goes over: its proxy (if any), and how to open it. */
export interface Route {
  proxy?: URL
  /** https through a proxy: the request travels inside a CONNECT tunnel. */
  tunnel: boolean
  open(method: string, headers: Record<string, string>, signal?: AbortSignal): http.ClientRequest
}

const POOL = { keepAlive: true, maxSockets: 16 }

/** A built-in module, loaded when first asked for (Node 20.16+, 22.3+: engines has 20.20). */
const builtin = <T>(id: string): T => process.getBuiltinModule(id) as T
const httpModule = (): typeof http => builtin<typeof http>('node:http')
const httpsModule = (): typeof https => builtin<typeof https>('node:https')
const tlsModule = (): typeof tls => builtin<typeof tls>('node:tls')

export class Connections {
  private directHttpAgent?: http.Agent
  private directHttpsAgent?: https.Agent
  private readonly proxyAgents = new Map<string, http.Agent>()

  constructor(private readonly options: ConnectionOptions) {}

  /** The CAs to trust when extra ones are given; undefined: Node's defaults. */
  private get ca(): string[] | undefined {
    const extra = this.options.ca
    return extra && extra.length > 0 ? [...tlsModule().rootCertificates, ...extra] : undefined
  }

  /**
   * The pool for direct https. The identity check is an agent option (https.Agent takes every
   * tls.connect option), so every request shares the pool's connections.
   */
  private get directHttps(): https.Agent {
    this.directHttpsAgent ??= new (httpsModule().Agent)({
      ...POOL,
      ca: this.ca,
      checkServerIdentity
    })
    return this.directHttpsAgent
  }

  private get directHttp(): http.Agent {
    this.directHttpAgent ??= new (httpModule().Agent)(POOL)
    return this.directHttpAgent
  }

  async route(url: URL): Promise<Route> {
    const proxy = proxyFor(url, this.options.proxy)
    const https = url.protocol === 'https:'
    if (!proxy) {
      const agent = https ? this.directHttps : this.directHttp
      const request = https ? httpsModule().request : httpModule().request
      return {
        tunnel: false,
        open: (method, headers, signal) => request(url, { method, headers, agent, signal })
      }
    }
    if (!https) {
      return {
        proxy,
        tunnel: false,
        open: (method, headers, signal) => this.viaProxy(proxy, url, method, headers, signal)
      }
    }
    const agent = await this.tunnelAgent(proxy)
    const identity = tunnelIdentityCheck(url)
    return {
      proxy,
      tunnel: true,
      open: (method, headers, signal) =>
        httpsModule().request(url, { method, headers, agent, signal, ca: this.ca, ...identity })
    }
  }

  /** Frees the keep-alive sockets so the process can exit at once. */
  close(): void {
    this.directHttpAgent?.destroy()
    this.directHttpsAgent?.destroy()
    for (const agent of this.proxyAgents.values()) agent.destroy()
    this.proxyAgents.clear()
  }

  /**
   * Plain HTTP through a proxy: the request goes to the proxy with the absolute URI, on a new
   * connection each time. Proxies such as tinyproxy close the connection after each answer
   * without saying so, and a pooled socket would then fail the next request, uploads included.
   */
  private viaProxy(
    proxy: URL,
    url: URL,
    method: string,
    headers: Record<string, string>,
    signal: AbortSignal | undefined
  ): http.ClientRequest {
    const secure = proxy.protocol === 'https:'
    const key = `absolute ${proxy.href}`
    let agent = this.proxyAgents.get(key)
    if (!agent) {
      const single = { keepAlive: false, maxSockets: POOL.maxSockets }
      agent = secure
        ? new (httpsModule().Agent)({ ...single, ca: this.ca })
        : new (httpModule().Agent)(single)
      this.proxyAgents.set(key, agent)
    }
    const sent: Record<string, string> = { ...headers, Host: url.host }
    const authorization = proxyAuthorization(proxy)
    if (authorization) sent['Proxy-Authorization'] = authorization
    return (secure ? httpsModule().request : httpModule().request)({
      protocol: proxy.protocol,
      hostname: proxy.hostname.replace(/^\[|\]$/g, ''),
      port: proxy.port || (secure ? 443 : 80),
      method,
      path: url.href,
      headers: sent,
      agent,
      signal
    })
  }

  private async tunnelAgent(proxy: URL): Promise<http.Agent> {
    const key = `tunnel ${proxy.href}`
    const existing = this.proxyAgents.get(key)
    if (existing) return existing
    const { HttpsProxyAgent } = await import('https-proxy-agent')
    // Another request may have made it while the module loaded.
    const raced = this.proxyAgents.get(key)
    if (raced) return raced
    // Proxy-Authorization comes from the URL's userinfo; `ca` is for an https proxy.
    const agent = new HttpsProxyAgent(proxy.href, { ...POOL, ca: this.ca })
    this.proxyAgents.set(key, agent)
    return agent
  }
}

/**
 * The identity check of a request through a tunnel. The tunnel agent gives a host name to TLS
 * as the name to check, but leaves an IP address out, and Node would then check the
 * certificate against another name: for an IP address the request brings its own check
 * (https.request takes every tls.connect option, and agent-base hands a request's options to
 * the tunnel's connect). Only then: Node 22+ gives a request with a check of its own a
 * connection of its own, so such tunnels are not kept alive.
 */
function tunnelIdentityCheck(url: URL): Pick<https.RequestOptions, 'checkServerIdentity'> {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (!net.isIP(host)) return {}
  return { checkServerIdentity: (_name, cert) => checkServerIdentity(host, cert) }
}

/**
 * tls.checkServerIdentity for the registry's host as written in its URL. Node 22.23 fails every
 * IPv6 address (its IDNA step turns the address into an empty name); where Node refuses one,
 * the certificate's IP entries (`subjectaltname`, documented on tls.PeerCertificate) are
 * compared here, in the URL parser's canonical form.
 */
export function checkServerIdentity(
  hostname: string,
  cert: tls.PeerCertificate
): Error | undefined {
  const name = hostname.replace(/^\[|\]$/g, '')
  const error = tlsModule().checkServerIdentity(name, cert)
  if (!error || !net.isIPv6(name)) return error
  const altNames = cert.subjectaltname ?? ''
  // Quoted entries hide separators: leave those certificates to Node's verdict.
  if (altNames.includes('"')) return error
  const wanted = canonicalIPv6(name)
  const listed = altNames
    .split(', ')
    .filter((entry) => entry.startsWith('IP Address:'))
    .map((entry) => entry.slice('IP Address:'.length))
    .filter((ip) => net.isIPv6(ip))
  return listed.some((ip) => canonicalIPv6(ip) === wanted) ? undefined : error
}

function canonicalIPv6(address: string): string {
  return new URL(`http://[${address}]/`).hostname
}
