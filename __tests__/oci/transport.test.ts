// The transport against small scripted servers: what a real registry will not do on demand
// (503s, 429 with Retry-After, dropped connections, cross-origin redirects, silence, bodies cut
// or trickled while they stream into a sink).
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable, Writable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { recordingLogger } from '../support/recording-logger.js'
import { selfSignedIdentity } from '../support/small-servers.js'
import {
  AbortedRequest,
  Transport,
  parseRetryAfter,
  NetworkError,
  type StreamedAnswer
} from '../../src/oci/transport.js'
import { RegistryError } from '../../src/oci/errors.js'
import { UserError } from '../../src/errors.js'

interface Seen {
  method: string
  url: string
  authorization?: string
  userAgent?: string
  body: string
  bodyBytes: Buffer
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, seen: Seen[]) => void

const servers: http.Server[] = []

async function serve(handler: Handler): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const bodyBytes = Buffer.concat(chunks)
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        userAgent: req.headers['user-agent'],
        body: bodyBytes.toString(),
        bodyBytes
      })
      handler(req, res, seen)
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen }
}

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => {
      s.closeAllConnections()
      return new Promise((resolve) => s.close(resolve))
    })
  )
})

function transport(
  logger = recordingLogger(),
  sleeps: number[] = [],
  deadlineMs = 30_000
): Transport {
  return new Transport({
    logger,
    deadline: Date.now() + deadlineMs,
    idleTimeoutMs: 2_000,
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    random: () => 0.5
  })
}

describe('Transport retries', () => {
  it('retries 503 then succeeds, logging one line per retry', async () => {
    const { url, seen } = await serve((_req, res, seen) => {
      res.statusCode = seen.length <= 2 ? 503 : 201
      res.end()
    })
    const logger = recordingLogger()
    const t = transport(logger)
    const response = await t.send({
      method: 'PUT',
      url: new URL('/x', url),
      body: () => Buffer.from('abc')
    })
    t.close()
    expect(response.status).toBe(201)
    expect(seen.map((s) => s.body)).toEqual(['abc', 'abc', 'abc'])
    const retries = logger.lines.filter((l) => l.startsWith('info') && l.includes('retry'))
    expect(retries).toHaveLength(2)
    expect(retries[0]).toMatch(/status 503; retry 1\/5 in \d+\.\d s/)
  })

  it('honours Retry-After in seconds', async () => {
    const { url } = await serve((_req, res, seen) => {
      if (seen.length === 1) res.setHeader('Retry-After', '3')
      res.statusCode = seen.length === 1 ? 429 : 200
      res.end()
    })
    const sleeps: number[] = []
    const t = transport(recordingLogger(), sleeps)
    const response = await t.send({ method: 'GET', url: new URL('/', url) })
    t.close()
    expect(response.status).toBe(200)
    expect(sleeps).toEqual([3000])
  })

  it("waits out GHCR's 403 secondary rate limit for its Retry-After, saying so, then succeeds", async () => {
    const { url, seen } = await serve((_req, res, seen) => {
      if (seen.length === 1) {
        res.statusCode = 403
        res.setHeader('Retry-After', '1')
        res.end(
          '{"errors":[{"code":"DENIED","message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}]}'
        )
        return
      }
      res.statusCode = 201
      res.end()
    })
    const logger = recordingLogger()
    const sleeps: number[] = []
    const t = transport(logger, sleeps)
    const response = await t.send({
      method: 'PUT',
      url: new URL('/v2/a/manifests/1', url),
      what: 'Tag 1'
    })
    t.close()
    expect(response.status).toBe(201)
    expect(seen).toHaveLength(2)
    expect(sleeps).toEqual([1000])
    expect(logger.lines).toContain(
      'info Tag 1: rate limited by the registry (403: secondary rate limit); waiting as the registry asks, retry 1/5 in 1.0 s'
    )
  })

  it('waits a minute for a secondary rate limit that names no Retry-After', async () => {
    const { url } = await serve((_req, res, seen) => {
      res.statusCode = seen.length === 1 ? 403 : 200
      res.end(seen.length === 1 ? 'You have exceeded a secondary rate limit.' : '')
    })
    const sleeps: number[] = []
    const t = transport(recordingLogger(), sleeps, 120_000)
    expect((await t.send({ method: 'GET', url: new URL('/', url) })).status).toBe(200)
    t.close()
    expect(sleeps).toEqual([60_000])
  })

  it('waits a Retry-After longer than 30 s when the deadline allows it', async () => {
    const { url } = await serve((_req, res, seen) => {
      if (seen.length === 1) res.setHeader('Retry-After', '45')
      res.statusCode = seen.length === 1 ? 429 : 200
      res.end()
    })
    const sleeps: number[] = []
    const t = transport(recordingLogger(), sleeps, 60_000)
    expect((await t.send({ method: 'GET', url: new URL('/', url) })).status).toBe(200)
    t.close()
    expect(sleeps).toEqual([45_000])
  })

  it('fails at once when a Retry-After is longer than the deadline leaves, saying how long', async () => {
    const { url, seen } = await serve((_req, res) => {
      res.statusCode = 429
      res.setHeader('Retry-After', '120')
      res.end()
    })
    const t = transport()
    const sent = t.send({ method: 'GET', url: new URL('/', url), what: 'Check tag 1' })
    await expect(sent).rejects.toThrow(
      'Check tag 1 failed with rate limited by the registry (429) (asked to wait 120.0 s) and the overall timeout leaves no time to retry'
    )
    t.close()
    expect(seen).toHaveLength(1)
  })

  it('does not retry a 403 that is not a rate limit: its body comes back at once', async () => {
    const { url, seen } = await serve((_req, res) => {
      res.statusCode = 403
      res.end('{"errors":[{"code":"DENIED","message":"permission_denied: write_package"}]}')
    })
    const t = transport()
    const response = await t.send({
      method: 'PUT',
      url: new URL('/', url),
      body: () => Buffer.from('x')
    })
    t.close()
    expect(response.status).toBe(403)
    expect(response.body.toString()).toContain('permission_denied')
    expect(seen).toHaveLength(1)
  })

  it.each([400, 403, 404, 405, 413, 416])('does not retry %i', async (status) => {
    const { url, seen } = await serve((_req, res) => {
      res.statusCode = status
      res.end()
    })
    const t = transport()
    const response = await t.send({ method: 'GET', url: new URL('/', url) })
    t.close()
    expect(response.status).toBe(status)
    expect(seen).toHaveLength(1)
  })

  it('gives up after the retry budget and returns the last answer', async () => {
    const { url, seen } = await serve((_req, res) => {
      res.statusCode = 502
      res.end()
    })
    const t = transport()
    const response = await t.send({ method: 'GET', url: new URL('/', url) })
    t.close()
    expect(response.status).toBe(502)
    expect(seen).toHaveLength(6)
  })

  it('retries a dropped connection for a safe request', async () => {
    const { url, seen } = await serve((req, res, seen) => {
      if (seen.length === 1) {
        req.socket.destroy()
        return
      }
      res.end('ok')
    })
    const t = transport()
    const response = await t.send({ method: 'GET', url: new URL('/', url) })
    t.close()
    expect(response.body.toString()).toBe('ok')
    expect(seen).toHaveLength(2)
  })

  it('does not resend a request whose network errors must not be retried', async () => {
    const { url, seen } = await serve((req) => {
      req.socket.destroy()
    })
    const t = transport()
    await expect(
      t.send({
        method: 'PUT',
        url: new URL('/', url),
        body: () => Buffer.from('x'),
        retryNetworkErrors: false
      })
    ).rejects.toBeInstanceOf(NetworkError)
    t.close()
    expect(seen).toHaveLength(1)
  })

  it('refuses to start once the overall deadline has passed', async () => {
    const { url, seen } = await serve((_req, res) => res.end())
    const t = new Transport({
      logger: recordingLogger(),
      deadline: Date.now() - 1,
      idleTimeoutMs: 1000
    })
    await expect(t.send({ method: 'GET', url: new URL('/', url) })).rejects.toThrow(
      /overall timeout/
    )
    t.close()
    expect(seen).toHaveLength(0)
  })
})

describe('Transport redirects', () => {
  it('drops Authorization when a redirect changes the port, keeps it on the same origin', async () => {
    const other = await serve((_req, res) => res.end('blob'))
    const origin = await serve((req, res) => {
      if (req.url === '/first') {
        res.writeHead(307, { Location: '/second' })
      } else {
        res.writeHead(307, { Location: `${other.url}/storage?sig=1` })
      }
      res.end()
    })
    const t = transport()
    const response = await t.send(
      { method: 'GET', url: new URL('/first', origin.url) },
      'Bearer secret-token'
    )
    t.close()
    expect(response.body.toString()).toBe('blob')
    expect(origin.seen.map((s) => s.authorization)).toEqual([
      'Bearer secret-token',
      'Bearer secret-token'
    ])
    expect(other.seen).toHaveLength(1)
    expect(other.seen[0]?.authorization).toBeUndefined()
  })

  it('re-sends the body on a 307 for a write and does not follow a 302 for a write', async () => {
    const target = await serve((_req, res) => {
      res.statusCode = 201
      res.end()
    })
    const origin = await serve((req, res) => {
      res.writeHead(req.url === '/307' ? 307 : 302, { Location: `${target.url}/done` })
      res.end()
    })
    const t = transport()
    const ok = await t.send({
      method: 'PUT',
      url: new URL('/307', origin.url),
      body: () => Buffer.from('payload')
    })
    const notFollowed = await t.send({
      method: 'PUT',
      url: new URL('/302', origin.url),
      body: () => Buffer.from('p')
    })
    t.close()
    expect(ok.status).toBe(201)
    expect(target.seen).toEqual([expect.objectContaining({ method: 'PUT', body: 'payload' })])
    expect(notFollowed.status).toBe(302)
  })

  it('stops after 10 redirects', async () => {
    const { url, seen } = await serve((_req, res) => {
      res.writeHead(302, { Location: '/again' })
      res.end()
    })
    const t = transport()
    await expect(t.send({ method: 'GET', url: new URL('/', url) })).rejects.toThrow(
      /more than 10 redirects/
    )
    t.close()
    expect(seen).toHaveLength(11)
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, ignores junk', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('7', now)).toBe(7000)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
  })
})

describe('Transport bodies', () => {
  it('streams a file body whole, and again for a 307', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'transport-body-'))
    try {
      // Three and a half read buffers' worth, so both buffers are reused.
      const content = randomBytes(3.5 * 1024 * 1024)
      const file = join(dir, 'blob')
      await writeFile(file, content)
      const { url, seen } = await serve((req, res) => {
        if (req.url === '/first') res.writeHead(307, { Location: '/second' })
        else res.statusCode = 201
        res.end()
      })
      const t = transport()
      const response = await t.send({
        method: 'PUT',
        url: new URL('/first', url),
        headers: { 'Content-Length': String(content.length) },
        body: () => ({ file })
      })
      t.close()
      expect(response.status).toBe(201)
      const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
      expect(seen.map((s) => sha(s.bodyBytes))).toEqual([sha(content), sha(content)])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('pipes a stream body and names itself in User-Agent', async () => {
    const { url, seen } = await serve((_req, res) => {
      res.statusCode = 201
      res.end()
    })
    const t = transport()
    await t.send({
      method: 'PUT',
      url: new URL('/', url),
      body: () => Readable.from([Buffer.from('one,'), Buffer.from('two')])
    })
    t.close()
    expect(seen[0]?.body).toBe('one,two')
    expect(seen[0]?.userAgent).toBe('sherpack-push')
  })

  it('returns an answer the server gives before taking the whole body', async () => {
    const server = http.createServer((req, res) => {
      res.writeHead(413, { Connection: 'close' })
      res.end('too large')
      req.socket.destroySoon()
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const t = transport()
    const big = Buffer.alloc(8 * 1024 * 1024)
    const response = await t.send({
      method: 'PUT',
      url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`),
      body: () => Readable.from([big, big]),
      retryNetworkErrors: false
    })
    t.close()
    expect(response.status).toBe(413)
    expect(response.body.toString()).toBe('too large')
  })

  it('keeps only the start of a huge answer', async () => {
    const { url } = await serve((_req, res) => {
      res.statusCode = 500
      res.end(Buffer.alloc(6 * 1024 * 1024, 'x'))
    })
    const t = new Transport({
      logger: recordingLogger(),
      deadline: Date.now() + 30_000,
      idleTimeoutMs: 2_000,
      retry: { retries: 0 }
    })
    const response = await t.send({ method: 'GET', url: new URL('/', url) })
    t.close()
    expect(response.status).toBe(500)
    expect(response.body.length).toBe(4 * 1024 * 1024)
  })
})

/** A server that counts body bytes as they arrive and answers 201 once a body is whole. */
async function countingServer(): Promise<{
  url: string
  received: () => number
  reachedAll: (bytes: number) => Promise<void>
  outcomes: ('whole' | 'cut')[]
  bodies: Buffer[]
}> {
  let received = 0
  const waiters: { bytes: number; resolve: () => void }[] = []
  const outcomes: ('whole' | 'cut')[] = []
  const bodies: Buffer[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      received += chunk.length
      for (const w of waiters.filter((w) => received >= w.bytes)) w.resolve()
    })
    req.on('end', () => {
      outcomes.push('whole')
      bodies.push(Buffer.concat(chunks))
      res.statusCode = 201
      res.end()
    })
    req.on('close', () => {
      if (!req.complete) outcomes.push('cut')
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received: () => received,
    reachedAll: (bytes) => new Promise((resolve) => waiters.push({ bytes, resolve })),
    outcomes,
    bodies
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void
  let reject!: (e: Error) => void
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('Transport connections', () => {
  it('keeps connections alive, and resumes the TLS session on a new connection to the same host', async () => {
    const identity = await selfSignedIdentity()
    const resumed: boolean[] = []
    const server = https.createServer(identity, (req, res) => {
      req.resume()
      req.on('end', () => {
        // Long enough for the second request to need a connection of its own.
        setTimeout(() => res.end('ok'), 50)
      })
    })
    server.on('secureConnection', (socket) => resumed.push(socket.isSessionReused()))
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
    const t = new Transport({
      logger: recordingLogger(),
      deadline: Date.now() + 30_000,
      idleTimeoutMs: 2_000,
      ca: [identity.cert]
    })
    const get = (path: string) => t.send({ method: 'GET', url: new URL(path, url) })
    expect((await get('/first')).status).toBe(200)
    expect((await Promise.all([get('/a'), get('/b')])).map((r) => r.status)).toEqual([200, 200])
    t.close()
    // Three requests, two connections: the first kept alive, the second resumed its session.
    expect(resumed).toEqual([false, true])
  })
})

describe('Transport advice for a connection that broke', () => {
  it('names the host and port only while the host has never answered', async () => {
    // Answers the first request to 127.0.0.1, then cuts every connection without an answer;
    // cuts every request to localhost (another origin, the same server).
    let answered = 0
    const { url } = await serve((req, res) => {
      if (!req.headers.host?.startsWith('localhost') && answered++ === 0) res.end('ok')
      else req.socket.destroy()
    })
    const t = new Transport({
      logger: recordingLogger(),
      deadline: Date.now() + 30_000,
      idleTimeoutMs: 2_000,
      retry: { retries: 0 }
    })
    const never = await t
      .send({ method: 'GET', url: new URL('/v2/', url.replace('127.0.0.1', 'localhost')) })
      .then(
        () => undefined,
        (e: unknown) => e
      )
    expect((await t.send({ method: 'GET', url: new URL('/v2/', url) })).status).toBe(200)
    const after = await t
      .send({ method: 'GET', url: new URL('/v2/x', url) })
      .catch((e: unknown) => e)
    t.close()
    expect(after).toBeInstanceOf(NetworkError)
    expect((after as Error).message).toMatch(/the connection broke after the registry had answered/)
    expect((after as Error).message).not.toMatch(/host and port/)
    // localhost is another origin that never answered (its first request was cut).
    expect((never as Error | undefined)?.message).toMatch(
      /check that the registry host and port are right/
    )
  })
})

describe('Transport abandoned requests (signal, close)', () => {
  it('aborted through its signal mid-body: ends as abandoned, not retried, nothing logged, the body never whole', async () => {
    const server = await countingServer()
    const logger = recordingLogger()
    const t = transport(logger)
    const abort = new AbortController()
    const rest = deferred()
    async function* body() {
      yield randomBytes(1024 * 1024)
      await rest.promise
      yield randomBytes(1024 * 1024)
    }
    const sent = t.send({
      method: 'PUT',
      url: new URL('/upload', server.url),
      headers: { 'Content-Length': String(2 * 1024 * 1024) },
      body: () => Readable.from(body()),
      signal: abort.signal
    })
    await server.reachedAll(1024 * 1024)
    abort.abort()
    await expect(sent).rejects.toBeInstanceOf(AbortedRequest)
    rest.resolve()
    await new Promise((resolve) => setTimeout(resolve, 100))
    t.close()
    expect(server.outcomes).toEqual(['cut'])
    expect(logger.lines.join('\n')).not.toMatch(/retry|network error/)
  })

  it('cut by close() while waiting for an answer: ends quietly, no retry', async () => {
    const sockets = new Set<Socket>()
    const server = http.createServer(() => {})
    server.on('connection', (s) => sockets.add(s))
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const logger = recordingLogger()
    const t = transport(logger)
    const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/`)
    const sent = t.send({ method: 'GET', url })
    while (sockets.size === 0) await new Promise((resolve) => setTimeout(resolve, 10))
    t.close()
    await expect(sent).rejects.toBeInstanceOf(AbortedRequest)
    for (const s of sockets) s.destroy()
    expect(logger.lines.join('\n')).not.toMatch(/retry|network error/)
  })
})

describe('Transport errors', () => {
  it('drops a silent connection after the idle timeout, retries, then names no setting of a front end', async () => {
    const sockets = new Set<Socket>()
    let requests = 0
    const server = http.createServer(() => {
      requests++
    })
    server.on('connection', (s) => sockets.add(s))
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const logger = recordingLogger()
    const t = new Transport({
      logger,
      deadline: Date.now() + 20_000,
      idleTimeoutMs: 200,
      retry: { retries: 2, baseDelayMs: 10 }
    })
    const sent = t.send({
      method: 'GET',
      url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/`),
      what: 'Contact the registry'
    })
    await expect(sent).rejects.toThrow(
      'Contact the registry failed after 3 attempts: no answer for 0.2 s (ECONNABORTED); the registry or a proxy in between stalled: try again later, or raise the idle timeout for a slow link'
    )
    t.close()
    for (const s of sockets) s.destroy()
    expect(requests).toBe(3)
    expect(logger.lines.filter((l) => l.includes('no answer for 0.2 s; retry'))).toHaveLength(2)
  })

  it('suggests plain HTTP, by the request field, when an https request meets a plain-HTTP server', async () => {
    const { url } = await serve((_req, res) => res.end('{}'))
    const t = transport()
    const sent = t.send({ method: 'GET', url: new URL('/v2/', url.replace('http:', 'https:')) })
    await expect(sent).rejects.toBeInstanceOf(NetworkError)
    const error = (await sent.catch((e: unknown) => e)) as NetworkError
    t.close()
    expect(error).toBeInstanceOf(UserError)
    expect(error.suggest).toEqual({ option: 'plainHttp', value: 'true' })
    expect(error.message).toMatch(
      /the server did not answer with TLS \(EPROTO\); it looks like a plain-HTTP registry: for a local test registry use plain HTTP; otherwise check the port$/
    )
    expect(error.message).not.toMatch(/plain-http:|--plain-http|input/)
  })

  it('suggests the timeout when the overall deadline leaves no time to retry', async () => {
    const { url } = await serve((_req, res) => {
      res.statusCode = 503
      res.end()
    })
    const t = new Transport({
      logger: recordingLogger(),
      deadline: Date.now() + 1_000,
      idleTimeoutMs: 1_000,
      retry: { baseDelayMs: 5_000 }
    })
    const sent = t.send({ method: 'GET', url: new URL('/', url), what: 'Check blob' })
    const error = (await sent.catch((e: unknown) => e)) as RegistryError
    t.close()
    expect(error).toBeInstanceOf(RegistryError)
    expect(error.suggest).toEqual({ option: 'timeout' })
    expect(error.message).toBe(
      'Check blob failed with status 503 and the overall timeout leaves no time to retry: raise the timeout or try again later'
    )
  })

  it('names the proxy when nothing listens there', async () => {
    const t = new Transport({
      logger: recordingLogger(),
      deadline: Date.now() + 5_000,
      idleTimeoutMs: 1_000,
      proxy: { httpsProxy: 'http://user:secret@127.0.0.1:1' }
    })
    const sent = t.send({ method: 'GET', url: new URL('https://registry.example.com/v2/') })
    await expect(sent).rejects.toThrow(
      'GET https://registry.example.com/v2/ failed: ECONNREFUSED (through the proxy http://127.0.0.1:1); nothing listens at the proxy: check the proxy URL (HTTPS_PROXY, HTTP_PROXY)'
    )
    await expect(sent).rejects.not.toThrow(/secret/)
    t.close()
  })
})

/** A sink that hashes and counts what it takes, slowly, and notes the most it ever held. */
class CountingSink extends Writable {
  received = 0
  mostHeld = 0
  private readonly hash = createHash('sha256')
  constructor(private readonly delay: (received: number) => Promise<void> = () => tick()) {
    super({ highWaterMark: 64 * 1024 })
  }
  override _write(chunk: Buffer, _encoding: string, done: (error?: Error | null) => void): void {
    this.mostHeld = Math.max(this.mostHeld, this.writableLength)
    this.received += chunk.length
    this.hash.update(chunk)
    this.delay(this.received).then(() => done(), done)
  }
  digest(): string {
    return this.hash.digest('hex')
  }
}

function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

/** Writes `content` in 64 KiB chunks, waiting for 'drain'; `progress` counts what went out. */
async function writeSlowly(
  res: http.ServerResponse,
  content: Buffer,
  progress: { written: number } = { written: 0 }
): Promise<void> {
  for (let at = 0; at < content.length; at += 64 * 1024) {
    const chunk = content.subarray(at, at + 64 * 1024)
    progress.written += chunk.length
    if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve))
  }
  res.end()
}

/** Sends the headers and the first half of `content`, then runs `then` (cut, stall, …). */
function halfThen(content: Buffer, then: (res: http.ServerResponse) => void): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'Content-Length': String(content.length) })
    res.write(content.subarray(0, content.length / 2), () => then(res))
  }
}

describe('Transport sinks', () => {
  it('streams only the final 2xx body, after a cross-origin redirect, with back-pressure', async () => {
    const content = randomBytes(20 * 1024 * 1024)
    const storage = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Length': String(content.length) })
      void writeSlowly(res, content)
    })
    const origin = await serve((_req, res) => {
      res.writeHead(307, { Location: `${storage.url}/bucket?sig=1` })
      res.end()
    })
    const offered: StreamedAnswer[] = []
    const sink = new CountingSink()
    const t = transport()
    const response = await t.send(
      {
        method: 'GET',
        url: new URL('/v2/r/blobs/x', origin.url),
        sink: (answer) => (offered.push(answer), sink)
      },
      'Bearer secret-token'
    )
    t.close()
    expect(response.status).toBe(200)
    expect(response.body.length).toBe(0)
    expect(offered.map((a) => [a.status, a.url.href])).toEqual([
      [200, `${storage.url}/bucket?sig=1`]
    ])
    expect(sink.received).toBe(content.length)
    expect(sink.digest()).toBe(sha256(content))
    // pipe() stops at the sink's high-water mark (64 KiB): at most that plus one socket read.
    expect(sink.mostHeld).toBeLessThanOrEqual(64 * 1024 + 64 * 1024)
    expect(storage.seen.map((s) => s.authorization)).toEqual([undefined])
  })

  it('leaves the rest of a body in the server while the sink takes nothing', async () => {
    const content = randomBytes(64 * 1024 * 1024)
    const progress = { written: 0 }
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Length': String(content.length) })
      void writeSlowly(res, content, progress)
    })
    let release = (): void => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const sink = new CountingSink((received) => (received >= 1024 * 1024 ? held : tick()))
    const t = transport()
    const sent = t.send({ method: 'GET', url: new URL('/', url), sink: () => sink })
    // Wait until the server can write no more (the socket's buffers are full).
    let last = -1
    while (progress.written !== last || progress.written < 1024 * 1024) {
      last = progress.written
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const stalledAt = progress.written
    release()
    await sent
    t.close()
    // Only the kernel's socket buffers and a few stream chunks lie between server and sink.
    expect(stalledAt).toBeLessThan(content.length / 2)
    expect(sink.digest()).toBe(sha256(content))
  })

  it('a body cut mid-way: a NetworkError during the body, not sent again', async () => {
    const content = randomBytes(1024 * 1024)
    const { url, seen } = await serve(halfThen(content, (res) => res.socket?.destroy()))
    const sink = new CountingSink()
    const t = transport()
    const error = (await t
      .send({ method: 'GET', url: new URL('/blob', url), what: 'Get blob', sink: () => sink })
      .catch((e: unknown) => e)) as NetworkError
    t.close()
    expect(error).toBeInstanceOf(NetworkError)
    expect(error.duringBody).toBe(true)
    expect(error.code).toBe('ECONNRESET')
    expect(error.message).toBe(
      'Get blob failed: the connection broke while the answer was arriving (ECONNRESET); the registry, its storage or a proxy in between cut the transfer: try again later'
    )
    expect(seen).toHaveLength(1)
    expect(sink.destroyed).toBe(true)
    expect(sink.writableFinished).toBe(false)
  })

  it('keeps the idle timeout while a body flows', async () => {
    const content = randomBytes(256 * 1024)
    const { url, seen } = await serve(halfThen(content, () => {}))
    const t = new Transport({
      logger: recordingLogger(),
      deadline: Date.now() + 20_000,
      idleTimeoutMs: 200
    })
    const error = (await t
      .send({
        method: 'GET',
        url: new URL('/', url),
        what: 'Get blob',
        sink: () => new CountingSink()
      })
      .catch((e: unknown) => e)) as NetworkError
    t.close()
    expect(error).toBeInstanceOf(NetworkError)
    expect(error.duringBody).toBe(true)
    expect(error.message).toMatch(
      /^Get blob failed: the answer stopped arriving for 0.2 s \(ECONNABORTED\)/
    )
    expect(seen).toHaveLength(1)
  })

  it('keeps the overall deadline while a body trickles in', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Length': '1000' })
      // A byte every 50 ms: never idle for the 2 s idle timeout, never done.
      const timer = setInterval(() => res.write('x'), 50)
      res.on('close', () => clearInterval(timer))
    })
    const t = new Transport({
      logger: recordingLogger(),
      deadline: Date.now() + 700,
      idleTimeoutMs: 2_000
    })
    const sink = new CountingSink()
    const error = (await t
      .send({ method: 'GET', url: new URL('/', url), what: 'Get blob', sink: () => sink })
      .catch((e: unknown) => e)) as NetworkError
    t.close()
    expect(error).toBeInstanceOf(NetworkError)
    expect(error.code).toBe('DEADLINE')
    expect(error.suggest).toEqual({ option: 'timeout' })
    expect(error.message).toMatch(/overall timeout ran out/)
    expect(sink.received).toBeGreaterThan(0)
  })

  it('buffers answers other than 2xx, retrying a 503 before the 200 streams', async () => {
    const content = randomBytes(100_000)
    const { url, seen } = await serve((req, res, seen) => {
      if (req.url === '/missing') res.writeHead(404).end('{"errors":[{"code":"BLOB_UNKNOWN"}]}')
      else if (seen.length === 1) res.writeHead(503).end('busy')
      else res.writeHead(200).end(content)
    })
    const offered: number[] = []
    const sink = new CountingSink()
    const t = transport()
    const sinkFor = (answer: StreamedAnswer) => (offered.push(answer.status), sink)
    const ok = await t.send({ method: 'GET', url: new URL('/blob', url), sink: sinkFor })
    const missing = await t.send({ method: 'GET', url: new URL('/missing', url), sink: sinkFor })
    t.close()
    expect([ok.status, ok.body.length, sink.digest()]).toEqual([200, 0, sha256(content)])
    expect([missing.status, missing.body.toString()]).toEqual([
      404,
      '{"errors":[{"code":"BLOB_UNKNOWN"}]}'
    ])
    expect(offered).toEqual([200])
    expect(seen).toHaveLength(3)
  })

  it("rejects with the sink's own error as it is, without sending again", async () => {
    const { url, seen } = await serve((_req, res) => res.end(randomBytes(500_000)))
    const refusal = new Error('the disk is full')
    const sink = new Writable({ write: (_chunk, _encoding, done) => done(refusal) })
    const t = transport()
    const error = await t
      .send({ method: 'GET', url: new URL('/', url), sink: () => sink })
      .catch((e: unknown) => e)
    t.close()
    expect(error).toBe(refusal)
    expect(seen).toHaveLength(1)
  })
})
