// The transport against small scripted servers: what a real registry will not do on demand
// (503s, 429 with Retry-After, dropped connections, cross-origin redirects).
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { recordingLogger } from '../support/recording-logger.js'
import { Transport, parseRetryAfter, NetworkError } from '../../src/oci/transport.js'

interface Seen {
  method: string
  url: string
  authorization?: string
  body: string
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, seen: Seen[]) => void

const servers: http.Server[] = []

async function serve(handler: Handler): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        body: Buffer.concat(chunks).toString()
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
