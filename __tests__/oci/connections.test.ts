// The connections a transport talks over: direct https requests share one keep-alive pool
// (trusting an extra CA besides Node's), close() ends them, and a route through a proxy opens
// nothing until its request does.
import { once } from 'node:events'
import http from 'node:http'
import https from 'node:https'
import type net from 'node:net'
import { type AddressInfo } from 'node:net'
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

function transport(ca?: string[]): Transport {
  return new Transport({
    logger: recordingLogger(),
    deadline: Date.now() + 30_000,
    idleTimeoutMs: 2_000,
    ca
  })
}

describe('connections', () => {
  it('https with an extra CA: requests one after the other share one kept-alive connection', async () => {
    const identity = await selfSignedIdentity()
    const server = await countingServer(identity)
    const t = transport([identity.cert])
    const origin = `https://127.0.0.1:${server.port}`
    for (const path of ['/a', '/b', '/c']) {
      expect((await t.send({ method: 'GET', url: new URL(path, origin) })).status).toBe(200)
    }
    expect(server.handshakes).toHaveLength(1)
    expect(server.requests.map((r) => r.path)).toEqual(['/a', '/b', '/c'])
    t.close()
  })

  it('close() ends the kept-alive connections', async () => {
    const server = await countingServer()
    const t = transport()
    const url = new URL(`http://127.0.0.1:${server.port}/v2/`)
    expect((await t.send({ method: 'GET', url })).status).toBe(200)
    const closed = server.handshakes.map((socket) => once(socket, 'close'))
    t.close()
    await Promise.all(closed)
  })

  it('through a proxy: nothing is opened before a request', async () => {
    const proxy = await countingServer()
    const connections = new Connections({
      proxy: {
        httpProxy: `http://127.0.0.1:${proxy.port}`,
        httpsProxy: `http://127.0.0.1:${proxy.port}`
      }
    })
    await connections.route(new URL('http://registry.example:5000'))
    await connections.route(new URL('https://registry.example'))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(proxy.handshakes).toEqual([])
    connections.close()
  })
})
