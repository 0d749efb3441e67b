// The sockets a transport talks over: keep-alive pools (TLS sessions resumed by node:https on
// direct connections), per proxy a pool for plain-HTTP requests sent to it as absolute URIs,
// and per proxy a CONNECT-tunnel agent (https-proxy-agent) for https. The tunnel agent is
// loaded only when a run uses a proxy for https, and node:http only when a run speaks plain
// HTTP: on Node 22+ importing it builds its ESM namespace, whose WebSocket getters load Node's
// internal undici (about 20 ms of start-up on Node 24, measured with a bundle of that import):
// it is taken with process.getBuiltinModule, which skips that namespace. node:https and
// node:tls (16 ms on Node 24) likewise load on the first https request, not at start-up.
import type http from 'node:http'
import type https from 'node:https'
import net from 'node:net'
import type { Duplex } from 'node:stream'
import type tls from 'node:tls'
import type { HttpsProxyAgent } from 'https-proxy-agent'
import { proxyAuthorization, proxyFor, type ProxySettings } from './proxy.js'

export interface ConnectionOptions {
  proxy?: ProxySettings
  /** Extra CA certificates (PEM) trusted besides Node's default ones. */
  ca?: string[]
}

/** What a request goes over: its proxy (if any), and how to open it. */
export interface Route {
  proxy?: URL
  /** https through a proxy: the request travels inside a CONNECT tunnel. */
  tunnel: boolean
  open(method: string, headers: Record<string, string>): http.ClientRequest
}

const POOL = { keepAlive: true, maxSockets: 16 }

type TunnelConnectOptions = Parameters<HttpsProxyAgent<string>['connect']>[1]

/** https.request takes every tls.connect() option (Node docs); @types/node lacks this one. */
type RequestOptions = https.RequestOptions & { secureContext?: tls.SecureContext }

/** A built-in module, loaded when first asked for (Node 20.16+, 22.3+: engines has 20.20). */
const builtin = <T>(id: string): T => process.getBuiltinModule(id) as T
const httpsModule = (): typeof https => builtin<typeof https>('node:https')
const tlsModule = (): typeof tls => builtin<typeof tls>('node:tls')

export class Connections {
  private directHttpAgent?: WarmAgent & http.Agent
  private directHttpsAgent?: WarmAgent & https.Agent
  private readonly proxyAgents = new Map<string, http.Agent>()
  private tlsContext?: { value: tls.SecureContext | undefined }

  constructor(private readonly options: ConnectionOptions) {}

  /** Node's default CAs plus the extra ones, when there are extra ones. */
  private get secureContext(): tls.SecureContext | undefined {
    if (!this.tlsContext) {
      const { ca } = this.options
      this.tlsContext = {
        value:
          ca && ca.length > 0
            ? tlsModule().createSecureContext({ ca: [...defaultCaCertificates(), ...ca] })
            : undefined
      }
    }
    return this.tlsContext.value
  }

  /**
   * The pool for direct https. The identity check is on the agent, not per request: Node 22+
   * gives a request with its own check a connection of its own, which would end keep-alive.
   */
  private get directHttps(): WarmAgent & https.Agent {
    this.directHttpsAgent ??= new (warmable(httpsModule().Agent))({
      ...POOL,
      secureContext: this.secureContext,
      checkServerIdentity
    })
    return this.directHttpsAgent
  }

  private get directHttp(): WarmAgent & http.Agent {
    this.directHttpAgent ??= new (warmable(builtin<typeof http>('node:http').Agent))(POOL)
    return this.directHttpAgent
  }

  /**
   * Opens `count` connections to the origin of `url` (TCP, and TLS for https) before any
   * request needs them, so their handshakes overlap the work before the first request (the
   * packaging); the first requests to that origin then go out on them. Only direct routes: a
   * proxied one is opened by its request, as ever. A connection that fails is dropped, and
   * the request that would have used it opens its own and meets the failure itself.
   */
  preconnect(url: URL, count: number): void {
    if (proxyFor(url, this.options.proxy)) return
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80)
    const host = url.hostname.replace(/^\[|\]$/g, '')
    if (url.protocol === 'https:') {
      // The TLS options the pool gives its own connections (the agent adds the name to check).
      const servername = net.isIP(host) ? '' : host
      const tlsOptions = { secureContext: this.secureContext, checkServerIdentity, servername }
      this.directHttps.preconnect(host, port, count, tlsOptions)
    } else {
      this.directHttp.preconnect(host, port, count, {})
    }
  }

  async route(url: URL): Promise<Route> {
    const proxy = proxyFor(url, this.options.proxy)
    if (!proxy) {
      if (url.protocol === 'https:') {
        const agent = this.directHttps
        const secureContext = this.secureContext
        return {
          tunnel: false,
          open: (method, headers) =>
            httpsModule().request(url, requestOptions({ method, headers, agent, secureContext }))
        }
      }
      const plain = await plainHttp()
      const agent = this.directHttp
      return {
        tunnel: false,
        open: (method, headers) => plain.request(url, { method, headers, agent })
      }
    }
    if (url.protocol === 'https:') {
      const agent = await this.tunnelAgent(proxy)
      return {
        proxy,
        tunnel: true,
        // The target's TLS options go with the request: the tunnel agent reads them from there.
        open: (method, headers) =>
          httpsModule().request(
            url,
            requestOptions({ method, headers, agent, secureContext: this.secureContext })
          )
      }
    }
    const plain = await plainHttp()
    return {
      proxy,
      tunnel: false,
      open: (method, headers) => this.viaProxy(plain, proxy, url, method, headers)
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
    plain: typeof http,
    proxy: URL,
    url: URL,
    method: string,
    headers: Record<string, string>
  ): http.ClientRequest {
    const secure = proxy.protocol === 'https:'
    const key = `absolute ${proxy.href}`
    let agent = this.proxyAgents.get(key)
    if (!agent) {
      const single = { keepAlive: false, maxSockets: POOL.maxSockets }
      agent = secure
        ? new (httpsModule().Agent)({ ...single, secureContext: this.secureContext })
        : new plain.Agent(single)
      this.proxyAgents.set(key, agent)
    }
    const sent: Record<string, string> = { ...headers, Host: url.host }
    const authorization = proxyAuthorization(proxy)
    if (authorization) sent['Proxy-Authorization'] = authorization
    return (secure ? httpsModule().request : plain.request)(
      requestOptions({
        protocol: proxy.protocol,
        hostname: proxy.hostname.replace(/^\[|\]$/g, ''),
        port: proxy.port || (secure ? 443 : 80),
        method,
        path: url.href,
        headers: sent,
        agent,
        secureContext: this.secureContext
      })
    )
  }

  private async tunnelAgent(proxy: URL): Promise<http.Agent> {
    const key = `tunnel ${proxy.href}`
    const existing = this.proxyAgents.get(key)
    if (existing) return existing
    const { HttpsProxyAgent: Tunnel } = await import('https-proxy-agent')
    /**
     * The tunnel agent leaves the TLS name out for an IP address, and Node then checks the
     * certificate against "localhost": check it against the registry's own address instead.
     */
    class TargetCheckingTunnel extends Tunnel<string> {
      override connect(request: http.ClientRequest, options: TunnelConnectOptions) {
        const target = options.host ?? ''
        return super.connect(request, {
          ...options,
          checkServerIdentity: (_name: string, cert: tls.PeerCertificate) =>
            checkServerIdentity(target, cert)
        } as TunnelConnectOptions)
      }
    }
    // Another request may have made it while the module loaded.
    const raced = this.proxyAgents.get(key)
    if (raced) return raced
    // Proxy-Authorization comes from the URL's userinfo; the secure context is for an https proxy.
    const agent = new TargetCheckingTunnel(proxy.href, {
      ...POOL,
      secureContext: this.secureContext
    })
    this.proxyAgents.set(key, agent)
    return agent
  }
}

/** A keep-alive pool that can open connections ahead of the requests that will use them. */
interface WarmAgent {
  preconnect(host: string, port: number, count: number, options: object): void
}

type AgentClass = typeof http.Agent | typeof https.Agent
type ConnectionCallback = (error: Error | null, socket: Duplex) => void

/**
 * The pool class `Base` with preconnect(): each connection opened ahead is handed to the next
 * request to its host and port through createConnection, the method node:http documents for
 * an agent to override; the agent then pools it like any connection it opened itself.
 */
function warmable<T extends AgentClass>(
  Base: T
): new (...args: ConstructorParameters<T>) => InstanceType<T> & WarmAgent {
  class Warmable extends (Base as typeof http.Agent) {
    private readonly ahead = new Map<string, Duplex[]>()

    preconnect(host: string, port: number, count: number, options: object): void {
      const key = `${host}:${port}`
      const list = this.ahead.get(key) ?? []
      this.ahead.set(key, list)
      for (let i = 0; i < count; i++) {
        // As the agent opens its own: no Nagle delay (its default), TCP keep-alive on.
        const connect: net.NetConnectOpts = {
          ...options,
          host,
          port,
          noDelay: true,
          keepAlive: true
        }
        const socket = super.createConnection(connect) as Duplex
        // Kept for the request that takes it (which listens too); until then, a failure only
        // drops the connection.
        socket.on('error', () => {})
        socket.once('close', () => {
          const at = list.indexOf(socket)
          if (at >= 0) list.splice(at, 1)
        })
        list.push(socket)
      }
    }

    override createConnection(options: net.NetConnectOpts, callback?: ConnectionCallback): Duplex {
      const { host, port } = options as { host?: string; port?: number | string }
      const list = this.ahead.get(`${host}:${Number(port)}`)
      for (let socket = list?.shift(); socket; socket = list?.shift()) {
        if (!socket.destroyed && socket.writable) return socket
      }
      return super.createConnection(options, callback) as Duplex
    }

    override destroy(): void {
      for (const list of this.ahead.values()) for (const socket of list.splice(0)) socket.destroy()
      super.destroy()
    }
  }
  return Warmable as unknown as new (
    ...args: ConstructorParameters<T>
  ) => InstanceType<T> & WarmAgent
}

/**
 * node:http for plain-HTTP registries and proxies. `process.getBuiltinModule` (Node 20.16+,
 * 22.3+) hands back the module itself; an ESM import would first build its namespace, which on
 * Node 22+ reads the WebSocket getters and loads Node's internal undici (15–22 ms on Node 24).
 */
async function plainHttp(): Promise<typeof http> {
  return builtin<typeof http>('node:http')
}

function requestOptions(options: RequestOptions): https.RequestOptions {
  return options
}

/**
 * tls.checkServerIdentity for the registry's host as written in its URL. Node 22.23 fails every
 * IPv6 address (its IDNA step turns the address into an empty name); where Node refuses one,
 * the certificate's IP entries are compared here, in the URL parser's canonical form.
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

/** The CAs Node trusts by default (with NODE_EXTRA_CA_CERTS where Node can list them). */
function defaultCaCertificates(): readonly string[] {
  const tlsApi = tlsModule()
  const withExtra = (tlsApi as { getCACertificates?: (type: string) => string[] }).getCACertificates
  return withExtra ? withExtra('default') : tlsApi.rootCertificates
}
