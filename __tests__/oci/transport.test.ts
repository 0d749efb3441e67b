// The transport against small scripted servers: what a real registry will not do on demand
// (503s, 429 with Retry-After, dropped connections, cross-origin redirects, silence).
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { recordingLogger } from '../support/recording-logger.js'
import { Transport, parseRetryAfter, NetworkError } from '../../src/oci/transport.js'
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

function transport(logger = recordingLogger(), sleeps: number[] = []): Transport {
  return new Transport({
    logger,
    deadline: Date.now() + 30_000,
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
