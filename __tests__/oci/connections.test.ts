// Connections opened ahead (Connections.preconnect): their handshakes are done before the first
// request, the first requests go out on them and they are pooled like any other; a failure
// only drops them; a proxied route is left to its requests; close() frees them.
import { once } from 'node:events'
import http from 'node:http'
import https from 'node:https'
import net, { type AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { Connections } from '../../src/oci/connections.js'
import { Transport } from '../../src/oci/transport.js'
import { recordingLogger } from '../support/recording-logger.js'
import { selfSignedIdentity } from '../support/small-servers.js'

const servers: net.Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.close()
    ;(server as http.Server).closeAllConnections?.()
  }
})

/** A server counting its connections (TLS ones once their handshake is done) and requests. */
async function countingServer(tls?: { key: string; cert: string }) {
  const handshakes: net.Socket[] = []
  const requests: { path: string; socket: net.Socket }[] = []
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    requests.push({ path: req.url ?? '', socket: req.socket })
    req.resume()
    req.on('end', () => res.end('ok'))
  }
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler)
  server.on(tls ? 'secureConnection' : 'connection', (socket: net.Socket) =>
    handshakes.push(socket)
  )
  servers.push(server)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const port = (server.address() as AddressInfo).port
  return { port, handshakes, requests }
}

function transport(connections: Connections, ca?: string[]): Transport {
  return new Transport({
    logger: recordingLogger(),
    deadline: Date.now() + 30_000,
    idleTimeoutMs: 2_000,
    connections,
    ca
  })
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10))
  expect(condition()).toBe(true)
}

describe('connections opened ahead', () => {
  it('https: both handshakes are done before any request, and the first two requests use them', async () => {
    const identity = await selfSignedIdentity()
    const server = await countingServer(identity)
    const connections = new Connections({ ca: [identity.cert] })
    const origin = `https://127.0.0.1:${server.port}`
    connections.preconnect(new URL(origin), 2)
    await until(() => server.handshakes.length === 2)
    expect(server.requests).toEqual([])
    const t = transport(connections)
    const get = (path: string) => t.send({ method: 'GET', url: new URL(path, origin) })
    const answers = await Promise.all([get('/a'), get('/b')])
    expect(answers.map((r) => r.status)).toEqual([200, 200])
    // Later requests reuse those connections from the pool: still two in all.
    expect((await get('/c')).status).toBe(200)
    expect(server.handshakes).toHaveLength(2)
    const used = new Set(server.requests.map((r) => r.socket))
    expect([...used].every((socket) => server.handshakes.includes(socket))).toBe(true)
    expect(used.size).toBe(2)
    t.close()
  })

  it('plain http: the same', async () => {
    const server = await countingServer()
    const connections = new Connections({})
    const origin = `http://127.0.0.1:${server.port}`
    connections.preconnect(new URL(origin), 2)
    await until(() => server.handshakes.length === 2)
    const t = transport(connections)
    const get = (path: string) => t.send({ method: 'GET', url: new URL(path, origin) })
    expect((await Promise.all([get('/a'), get('/b')])).map((r) => r.status)).toEqual([200, 200])
    expect(server.handshakes).toHaveLength(2)
    t.close()
  })

  it('a host that refuses them: nothing breaks, and the request meets the refusal itself', async () => {
    // A port just freed: nothing listens there.
    const probe = net.createServer().listen(0, '127.0.0.1')
    await once(probe, 'listening')
    const port = (probe.address() as AddressInfo).port
    await new Promise((resolve) => probe.close(resolve))
    const connections = new Connections({})
    connections.preconnect(new URL(`http://127.0.0.1:${port}`), 2)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const t = new Transport({
      logger: recordingLogger(),
      deadline: Date.now() + 30_000,
      idleTimeoutMs: 2_000,
      connections,
      retry: { retries: 0 }
    })
    await expect(
      t.send({ method: 'GET', url: new URL(`http://127.0.0.1:${port}/v2/`) })
    ).rejects.toThrow(/ECONNREFUSED|refused/)
    t.close()
  })

  it('through a proxy: none opened ahead (the proxy sees nothing until a request)', async () => {
    const proxy = await countingServer()
    const connections = new Connections({
      proxy: {
        httpProxy: `http://127.0.0.1:${proxy.port}`,
        httpsProxy: `http://127.0.0.1:${proxy.port}`
      }
    })
    connections.preconnect(new URL('http://registry.example:5000'), 2)
    connections.preconnect(new URL('https://registry.example'), 2)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(proxy.handshakes).toEqual([])
    connections.close()
  })

  it('close() closes the ones no request took', async () => {
    const server = await countingServer()
    const connections = new Connections({})
    connections.preconnect(new URL(`http://127.0.0.1:${server.port}`), 2)
    await until(() => server.handshakes.length === 2)
    const closed = server.handshakes.map((socket) => once(socket, 'close'))
    connections.close()
    await Promise.all(closed)
    expect(server.requests).toEqual([])
  })
})
