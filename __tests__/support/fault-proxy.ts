// An HTTP proxy for tests that sits in front of the real registry and misbehaves on cue: answers
// with an error status, resets the connection half-way through a body, never answers, or
// redirects. Everything it is not told to spoil passes through unchanged, Host header included
// (the registry builds its absolute Location URLs from Host, so they point back at the proxy).
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** What the proxy does instead of (or on top of) passing a request through. */
export type Fault =
  /** Answer this status without asking the registry (the request body is read first). */
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  /**
   * Pass the request on, and after `afterBytes` bytes of its body reset both connections
   * (TCP RST to the client): a connection lost mid-upload, with a partial upload upstream.
   */
  | { kind: 'reset'; afterBytes: number }
  /**
   * Never answer. `forward: true` lets the registry handle the request first (a lost answer
   * to a request that did happen); false drops it (a registry that never replies).
   */
  | { kind: 'hang'; forward: boolean }
  /** Answer a redirect to `location(path with query)` without asking the registry. */
  | { kind: 'redirect'; status: number; location: (pathAndQuery: string) => string }

export interface FaultRule {
  /** Upper-case method; any when left out. */
  method?: string
  /** Matched against the path without its query string. */
  path: RegExp
  fault: Fault
  /** A further condition on the request (its query, a header such as Content-Length). */
  where?: (request: { query: URLSearchParams; headers: http.IncomingHttpHeaders }) => boolean
  /** How many matching requests get the fault; every one when left out. */
  times?: number
}

export interface ProxiedRequest {
  method: string
  /** The path without its query string. */
  path: string
  /** Request headers as received (before `addHeaders`). */
  headers: http.IncomingHttpHeaders
  /** The fault applied, or undefined when the request passed through. */
  fault?: Fault['kind']
}

export interface FaultProxy {
  /** '127.0.0.1:PORT' */
  host: string
  port: number
  /** Every request received, in arrival order. */
  requests: ProxiedRequest[]
  /** Replaces the rules (and their remaining counts). */
  script(rules: FaultRule[]): void
  close(): Promise<void>
}

export interface FaultProxyOptions {
  /** The upstream, '127.0.0.1:PORT'. */
  target: string
  rules?: FaultRule[]
  /**
   * Headers added to every request passed upstream, after recording what arrived: lets a
   * second proxy play presigned storage that needs no Authorization from the client.
   */
  addHeaders?: Record<string, string>
}

interface LiveRule extends FaultRule {
  left: number
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const [targetHost, targetPort] = splitHost(options.target)
  let rules: LiveRule[] = []
  const script = (next: FaultRule[]): void => {
    rules = next.map((rule) => ({ ...rule, left: rule.times ?? Number.POSITIVE_INFINITY }))
  }
  script(options.rules ?? [])
  const requests: ProxiedRequest[] = []
  const sockets = new Set<Socket>()
  // Upstream requests left open on purpose (hang with forward), closed with the proxy.
  const upstreams = new Set<http.ClientRequest>()

  const forward = (
    req: http.IncomingMessage,
    onResponse: (upstream: http.IncomingMessage) => void
  ): http.ClientRequest => {
    const upstream = http.request({
      host: targetHost,
      port: targetPort,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, ...options.addHeaders },
      agent: false
    })
    upstreams.add(upstream)
    upstream.on('close', () => upstreams.delete(upstream))
    upstream.on('response', onResponse)
    return upstream
  }

  const passThrough = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const upstream = forward(req, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://proxy')
    const method = req.method ?? 'GET'
    const rule = rules.find(
      (r) =>
        r.left > 0 &&
        (r.method === undefined || r.method === method) &&
        r.path.test(url.pathname) &&
        (r.where === undefined || r.where({ query: url.searchParams, headers: req.headers }))
    )
    if (rule) rule.left--
    const fault = rule?.fault
    requests.push({ method, path: url.pathname, headers: { ...req.headers }, fault: fault?.kind })

    if (!fault) {
      passThrough(req, res)
      return
    }
    switch (fault.kind) {
      case 'status':
        drain(req, () => {
          res.writeHead(fault.status, { 'Content-Type': 'application/json', ...fault.headers })
          res.end(fault.body ?? '')
        })
        return
      case 'redirect':
        drain(req, () => {
          res.writeHead(fault.status, { Location: fault.location(req.url ?? '/') })
          res.end()
        })
        return
      case 'hang':
        if (fault.forward) {
          const upstream = forward(req, (answer) => answer.resume())
          upstream.on('error', () => {})
          req.pipe(upstream)
        } else {
          req.resume()
        }
        return
      case 'reset': {
        const upstream = forward(req, () => {})
        upstream.on('error', () => {})
        let seen = 0
        const cut = (): void => {
          upstream.destroy()
          req.socket.resetAndDestroy()
        }
        req.on('data', (chunk: Buffer) => {
          const before = seen
          seen += chunk.length
          if (seen < fault.afterBytes) {
            upstream.write(chunk)
            return
          }
          upstream.write(chunk.subarray(0, fault.afterBytes - before))
          req.removeAllListeners('data')
          cut()
        })
        req.on('end', () => {
          if (seen < fault.afterBytes) cut()
        })
        return
      }
    }
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  // A reset or dropped client is the point of some faults, not a failure of the proxy.
  server.on('clientError', (_error, socket) => socket.destroy())
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    host: `127.0.0.1:${port}`,
    port,
    requests,
    script,
    close: async () => {
      for (const upstream of upstreams) upstream.destroy()
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

function drain(req: http.IncomingMessage, then: () => void): void {
  req.on('end', then)
  req.resume()
}

function splitHost(host: string): [string, number] {
  const colon = host.lastIndexOf(':')
  return [host.slice(0, colon), Number(host.slice(colon + 1))]
}
