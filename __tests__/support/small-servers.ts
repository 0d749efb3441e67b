// Small servers for what a real registry will not do on demand: a hostile host that records
// every header it receives (the proxy in front of the real registry is fault-proxy.ts).
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
