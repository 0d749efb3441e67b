// Small servers for what a real registry will not do on demand: a hostile host that records
// every header it receives, and a proxy in front of the real registry that rewrites or answers
// chosen requests (a Location on another host, a 307 elsewhere, a header left out).
import http from 'node:http'
import https from 'node:https'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runChecked } from './run-command.js'

/** One request as a small server received it. */
export interface SeenRequest {
  method: string
  /** Path without the query. */
  path: string
  query: URLSearchParams
  headers: http.IncomingHttpHeaders
  body: Buffer
}

export interface SmallServer {
  /** 'http://127.0.0.1:PORT' or 'https://…' */
  origin: string
  /** '127.0.0.1:PORT' */
  host: string
  seen: SeenRequest[]
  close(): Promise<void>
}

export type SmallHandler = (
  request: SeenRequest,
  res: http.ServerResponse,
  req: http.IncomingMessage
) => void

export interface TlsIdentity {
  key: string
  cert: string
}

/** A server on 127.0.0.1 that records each request (whole body read) and lets `handler` answer. */
export async function smallServer(handler: SmallHandler, tls?: TlsIdentity): Promise<SmallServer> {
  const seen: SeenRequest[] = []
  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://server')
      const request: SeenRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: { ...req.headers },
        body: Buffer.concat(chunks)
      }
      seen.push(request)
      handler(request, res, req)
    })
  }
  const server = tls ? https.createServer(tls, listener) : http.createServer(listener)
  return listen(server, tls ? 'https' : 'http', seen)
}

async function listen(
  server: http.Server,
  scheme: string,
  seen: SeenRequest[]
): Promise<SmallServer> {
  const sockets = new Set<Socket>()
  server.on('connection', (s: Socket) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  server.on('clientError', (_e, socket) => socket.destroy())
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin: `${scheme}://${host}`,
    host,
    seen,
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
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
 * A proxy in front of the real registry at `target` ('127.0.0.1:PORT'). The Host header is
 * passed unchanged, so the registry's absolute Locations point back at the proxy.
 */
export async function frontProxy(target: string, rule: FrontRule = {}): Promise<SmallServer> {
  const [hostname, port] = target.split(':')
  const pass = async (
    request: SeenRequest,
    res: http.ServerResponse,
    req: http.IncomingMessage
  ): Promise<void> => {
    await rule.before?.(request)
    const answer = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const upstream = http.request(
        {
          host: hostname,
          port: Number(port),
          method: req.method,
          path: req.url,
          headers: req.headers
        },
        resolve
      )
      upstream.on('error', reject)
      upstream.end(request.body)
    })
    const body = await buffered(answer)
    const status = answer.statusCode ?? 502
    await rule.after?.(request, status)
    const headers = { ...answer.headers }
    rule.adjust?.(request, status, headers)
    res.writeHead(status, headers)
    res.end(body)
  }
  return smallServer((request, res, req) => {
    if (rule.answer?.(request, res)) return
    pass(request, res, req).catch(() => res.destroy())
  })
}

async function buffered(stream: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** A self-signed certificate for 127.0.0.1, made with openssl in a temp dir. */
export async function selfSignedIdentity(): Promise<TlsIdentity> {
  const dir = await mkdtemp(path.join(tmpdir(), 'small-server-tls-'))
  try {
    const key = path.join(dir, 'key.pem')
    const cert = path.join(dir, 'cert.pem')
    await runChecked('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1'
    ])
    return { key: await readFile(key, 'utf8'), cert: await readFile(cert, 'utf8') }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Every Authorization header the server received (none expected on a hostile host). */
export function authorizationsSeen(server: SmallServer): string[] {
  return server.seen.flatMap((r) =>
    r.headers.authorization === undefined ? [] : [r.headers.authorization]
  )
}
