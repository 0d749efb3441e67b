// The one HTTP proxy the tests put in front of the real registry. It misbehaves on cue (scripted
// faults: an error status, a connection reset half-way through a body, no answer, a redirect),
// and, as frontProxy, lets a test answer, delay or rewrite chosen requests (a Location on
// another host, a header left out, another push let in at the worst moment). Everything else
// passes through unchanged, Host header included (the registry builds its absolute Location
// URLs from Host, so they point back at the proxy).
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { SeenRequest, SmallServer } from './small-servers.js'

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
  /** The requests that went through the front rule, bodies included. */
  seen: SeenRequest[]
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
  /** What to do with each request no fault rule takes (frontProxy); default: pass it through. */
  front?: FrontRule
}

/** What a front proxy does with one request: answer it itself, or pass it and adjust the answer. */
export interface FrontRule {
  /** Answers instead of the registry when this returns true (it wrote the response). */
  answer?: (request: SeenRequest, res: http.ServerResponse) => boolean
  /** Runs (and is awaited) before the request goes to the registry. */
  before?: (request: SeenRequest) => Promise<void> | void
  /** Runs (and is awaited) once the registry answered, before the answer is passed on. */
  after?: (request: SeenRequest, status: number) => Promise<void> | void
  /** Adjusts the registry's answer headers (in place) before they are passed on. */
  adjust?: (request: SeenRequest, status: number, headers: http.IncomingHttpHeaders) => void
}

/**
 * A proxy in front of the real registry at `target` ('127.0.0.1:PORT') that hands every
 * request, body read, to `rule`.
 */
export async function frontProxy(target: string, rule: FrontRule = {}): Promise<SmallServer> {
  const proxy = await startFaultProxy({ target, front: rule })
  return { origin: `http://${proxy.host}`, host: proxy.host, seen: proxy.seen, close: proxy.close }
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
  const seen: SeenRequest[] = []
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

  /** The request, body read, to the front rule; the registry's answer buffered and adjusted. */
  const viaFront = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    front: FrontRule
  ): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://proxy')
    const body = await buffered(req)
    const method = req.method ?? 'GET'
    const request: SeenRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: { ...req.headers },
      body
    }
    seen.push(request)
    if (front.answer?.(request, res)) return
    await front.before?.(request)
    const answer = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const upstream = forward(req, resolve)
      upstream.on('error', reject)
      upstream.end(body)
    })
    const answerBody = await buffered(answer)
    const status = answer.statusCode ?? 502
    await front.after?.(request, status)
    const headers = { ...answer.headers }
    front.adjust?.(request, status, headers)
    res.writeHead(status, headers)
    res.end(answerBody)
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
      const front = options.front
      if (front) viaFront(req, res, front).catch(() => res.destroy())
      else passThrough(req, res)
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
    seen,
    script,
    close: async () => {
      for (const upstream of upstreams) upstream.destroy()
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

async function buffered(stream: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function drain(req: http.IncomingMessage, then: () => void): void {
  req.on('end', then)
  req.resume()
}

function splitHost(host: string): [string, number] {
  const colon = host.lastIndexOf(':')
  return [host.slice(0, colon), Number(host.slice(colon + 1))]
}
