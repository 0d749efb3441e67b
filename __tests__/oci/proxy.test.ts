// Pushing through a real forward proxy (Debian's tinyproxy) to the real registry, in plain HTTP
// (absolute-URI requests) and over TLS (CONNECT tunnels), with the proxy's own log as the proof
// that the traffic went through it. The registry is addressed as [::ffff:127.0.0.1]: the same
// loopback registry, under a name that the proxy rules do not treat as loopback (127.0.0.1 and
// localhost always go direct, as @actions/http-client has it).
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import tls from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/oci/client.js'
import { MediaType, bufferBlob, buildImageManifest } from '../../src/oci/descriptor.js'
import { NetworkError, Transport, type ProxySettings } from '../../src/oci/transport.js'
import { UserError } from '../../src/errors.js'
import type { Credential } from '../../src/oci/types.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { makeTestCertificate } from '../support/test-ca.js'
import { startTinyproxy, type Tinyproxy } from '../support/tinyproxy.js'

let plain: TestRegistry
let secure: TestRegistry
let secureWithAuth: TestRegistry
let proxy: Tinyproxy
let lockedProxy: Tinyproxy
let authProxy: Tinyproxy

const PROXY_USER = 'builder'
const PROXY_PASSWORD = 'proxypass42'

beforeAll(async () => {
  ;[plain, secure, secureWithAuth, proxy, lockedProxy, authProxy] = await Promise.all([
    startRegistry({ auth: 'anonymous' }),
    startRegistry({ auth: 'anonymous', tls: true }),
    startRegistry({ auth: 'htpasswd', tls: true }),
    startTinyproxy(),
    startTinyproxy({ connectPorts: [1] }),
    startTinyproxy({ basicAuth: { user: PROXY_USER, password: PROXY_PASSWORD } })
  ])
})

afterAll(async () => {
  await Promise.all(
    [plain, secure, secureWithAuth, proxy, lockedProxy, authProxy].map((s) => s?.stop())
  )
})

/** The registry's port under its IPv4-mapped IPv6 name, which goes through the proxy. */
function mappedHost(registry: TestRegistry): string {
  return `[::ffff:127.0.0.1]:${registry.host.split(':')[1]}`
}

interface PushOptions {
  host: string
  plainHttp: boolean
  proxy?: ProxySettings
  ca?: string
  credential?: Credential
}

async function push(options: PushOptions, repository: string, tag = '1.0.0') {
  const config = bufferBlob(MediaType.packConfig, Buffer.from(JSON.stringify({ id: repository })))
  const layer = bufferBlob(MediaType.packLayer, randomBytes(4096))
  const client = new RegistryClient({
    host: options.host,
    plainHttp: options.plainHttp,
    credential: options.credential,
    timeoutMs: 30_000,
    retry: { baseDelayMs: 10 },
    transport: { proxy: options.proxy, ca: options.ca ? [options.ca] : undefined }
  })
  try {
    const manifest = buildImageManifest(config.descriptor, [layer.descriptor])
    const result = await client.push({
      repository,
      blobs: [config, layer],
      manifest,
      tags: [tag],
      overwrite: true
    })
    return { result, manifest }
  } finally {
    client.close()
  }
}

/** A push to the TLS registry `secure` by its IPv4-mapped address, through `httpsProxy`. */
function pushOverTls(httpsProxy: string, repository: string) {
  return push(
    { host: mappedHost(secure), plainHttp: false, proxy: { httpsProxy }, ca: secure.ca },
    repository
  )
}

/** What the proxy logged from now on. */
async function proxiedSince(p: Tinyproxy, before: number) {
  return (await p.requests()).slice(before)
}

describe('through tinyproxy', () => {
  it('pushes over plain HTTP, every request sent to the proxy as an absolute URI', async () => {
    const before = (await proxy.requests()).length
    plain.clearAccessLog()
    const host = mappedHost(plain)
    const { result } = await push(
      { host, plainHttp: true, proxy: { httpProxy: proxy.url } },
      'proxy/plain'
    )
    expect(result.tagsWritten).toEqual(['1.0.0'])
    expect(await plain.listTags('proxy/plain')).toEqual(['1.0.0'])

    const proxied = await proxiedSince(proxy, before)
    const log = await plain.flushAccessLog()
    // Each request the registry saw came through the proxy, with the registry's URL in full.
    expect(proxied).toHaveLength(log.length)
    expect(proxied.every((line) => line.target.startsWith('http://[::ffff:7f00:1]:'))).toBe(true)
    expect(proxied.map((line) => line.method)).toContain('PUT')
    expect(proxied).toContainEqual({
      method: 'PUT',
      target: `http://[::ffff:7f00:1]:${plain.host.split(':')[1]}/v2/proxy/plain/manifests/1.0.0`
    })
  })

  it('pushes over TLS inside CONNECT tunnels (kept alive where Node allows it)', async () => {
    const before = (await proxy.requests()).length
    secure.clearAccessLog()
    const port = secure.host.split(':')[1]
    const { result } = await pushOverTls(proxy.url, 'proxy/tls')
    expect(result.tagsWritten).toEqual(['1.0.0'])
    expect(await secure.listTags('proxy/tls')).toEqual(['1.0.0'])

    const proxied = await proxiedSince(proxy, before)
    expect(proxied.length).toBeGreaterThan(0)
    expect(proxied.filter((line) => line.method !== 'CONNECT')).toEqual([])
    expect(new Set(proxied.map((line) => line.target))).toEqual(
      new Set([`[::ffff:7f00:1]:${port}`])
    )
    // Keep-alive through the tunnels: fewer tunnels than requests. Node 22+ gives a request
    // with an identity check of its own (an IP address needs one through a tunnel) a connection
    // of its own: there, one tunnel per request.
    const log = await secure.flushAccessLog()
    expect(log.length).toBeGreaterThanOrEqual(7)
    if (Number(process.versions.node.split('.')[0]) >= 22) expect(proxied).toHaveLength(log.length)
    else expect(proxied.length).toBeLessThan(log.length)
  })

  it('sends proxy credentials from the proxy URL, for CONNECT and for plain HTTP', async () => {
    const before = (await authProxy.requests()).length
    const url = new URL(authProxy.url)
    url.username = PROXY_USER
    url.password = PROXY_PASSWORD
    const tls = await pushOverTls(url.href, 'proxy/auth-tls')
    const http = await push(
      { host: mappedHost(plain), plainHttp: true, proxy: { httpProxy: url.href } },
      'proxy/auth-plain'
    )
    expect(tls.result.tagsWritten).toEqual(['1.0.0'])
    expect(http.result.tagsWritten).toEqual(['1.0.0'])
    const methods = new Set((await proxiedSince(authProxy, before)).map((line) => line.method))
    expect(methods).toContain('CONNECT')
    expect(methods).toContain('PUT')
  })

  it('names the proxy when it wants credentials that the proxy URL does not give', async () => {
    const attempt = pushOverTls(authProxy.url, 'proxy/no-proxy-auth')
    await expect(attempt).rejects.toBeInstanceOf(NetworkError)
    await expect(attempt).rejects.toThrow(
      `the proxy ${authProxy.url} wants credentials (407) (through the proxy ${authProxy.url}); give them in the proxy URL: http://USER:PASSWORD@HOST:PORT`
    )
    const plainAttempt = push(
      { host: mappedHost(plain), plainHttp: true, proxy: { httpProxy: authProxy.url } },
      'proxy/no-proxy-auth'
    )
    await expect(plainAttempt).rejects.toThrow(`the proxy ${authProxy.url} wants credentials (407)`)
  })

  it('fails clearly, naming the proxy, when the proxy refuses to open the tunnel', async () => {
    secure.clearAccessLog()
    const attempt = pushOverTls(lockedProxy.url, 'proxy/refused')
    await expect(attempt).rejects.toBeInstanceOf(NetworkError)
    await expect(attempt).rejects.toThrow(
      `the proxy ${lockedProxy.url} refused to open a tunnel to [::ffff:7f00:1]:${secure.host.split(':')[1]} (CONNECT answered 403)`
    )
    await expect(attempt).rejects.toThrow(/allows CONNECT to this host and port/)
    const tunnels = await lockedProxy.requests()
    expect(tunnels.length).toBeGreaterThan(0)
    expect(tunnels.every((line) => line.method === 'CONNECT')).toBe(true)
    // Nothing reached the registry.
    expect(await secure.flushAccessLog()).toEqual([])
  })

  it('goes direct for hosts in NO_PROXY and for loopback names', async () => {
    const before = (await proxy.requests()).length
    const settings = {
      httpProxy: proxy.url,
      httpsProxy: proxy.url,
      noProxy: 'registry.example.com, [::FFFF:7F00:1]'
    }
    const listed = await push(
      { host: mappedHost(secure), plainHttp: false, proxy: settings, ca: secure.ca },
      'direct/listed'
    )
    const loopback = await push(
      { host: plain.host, plainHttp: true, proxy: { httpProxy: proxy.url } },
      'direct/loopback'
    )
    expect(listed.result.tagsWritten).toEqual(['1.0.0'])
    expect(loopback.result.tagsWritten).toEqual(['1.0.0'])
    expect(await secure.listTags('direct/listed')).toEqual(['1.0.0'])
    expect(await proxiedSince(proxy, before)).toEqual([])
  })

  it('refuses a proxy setting that is not an http(s) URL, as a user error', async () => {
    const attempt = push(
      { host: mappedHost(secure), plainHttp: false, proxy: { httpsProxy: 'socks5://u:pw@h:1' } },
      'proxy/bad-url'
    )
    await expect(attempt).rejects.toBeInstanceOf(UserError)
    await expect(attempt).rejects.toThrow(/not an http:\/\/ or https:\/\/ proxy URL.*HTTPS_PROXY/)
    await expect(attempt).rejects.not.toThrow(/pw/)
  })
})

/** A CONNECT-only proxy that records each CONNECT request's head, then relays the tunnel. */
async function recordingTunnelProxy(): Promise<{ url: string; heads: string[]; close(): void }> {
  const heads: string[] = []
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    sockets.add(client)
    let buffered = Buffer.alloc(0)
    const onData = (chunk: Buffer): void => {
      buffered = Buffer.concat([buffered, chunk])
      const end = buffered.indexOf('\r\n\r\n')
      if (end === -1) return
      client.off('data', onData)
      const head = buffered.subarray(0, end).toString('latin1')
      heads.push(head)
      const target = /^CONNECT \[?([^\]\s]+?)\]?:(\d+) /.exec(head)
      if (!target?.[1] || !target[2]) return void client.destroy()
      const upstream = net.connect(Number(target[2]), target[1], () => {
        client.write('HTTP/1.1 200 Connection established\r\n\r\n')
        upstream.write(buffered.subarray(end + 4))
        client.pipe(upstream).pipe(client)
      })
      sockets.add(upstream)
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    }
    client.on('data', onData)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    heads,
    close: () => {
      for (const socket of sockets) socket.destroy()
      server.close()
    }
  }
}

describe('credentials through a proxy', () => {
  it('keeps the registry credentials inside the tunnel; the proxy sees only its own', async () => {
    const recorder = await recordingTunnelProxy()
    try {
      const proxyUrl = new URL(recorder.url)
      proxyUrl.username = 'proxy%20user'
      proxyUrl.password = 'p%40ss'
      const alice = secureWithAuth.users.alice
      const { result } = await push(
        {
          host: mappedHost(secureWithAuth),
          plainHttp: false,
          proxy: { httpsProxy: proxyUrl.href },
          ca: secureWithAuth.ca,
          credential: { source: 'test', username: 'alice', password: alice?.password }
        },
        'proxy/with-credentials'
      )
      expect(result.tagsWritten).toEqual(['1.0.0'])
      expect(recorder.heads.length).toBeGreaterThan(0)
      const proxyBasic = 'Basic ' + Buffer.from('proxy user:p@ss').toString('base64')
      for (const head of recorder.heads) {
        expect(head).toMatch(/^CONNECT \[::ffff:7f00:1\]:\d+ HTTP\/1\.1\r\n/)
        expect(head).toContain(`Proxy-Authorization: ${proxyBasic}`)
        expect(head.toLowerCase()).not.toMatch(/^authorization:/m)
        expect(head).not.toContain(alice?.password ?? 'unset')
      }
    } finally {
      recorder.close()
    }
  })
})

describe('TLS identity through a tunnel', () => {
  it("checks the registry's certificate against the registry's own address", async () => {
    // A TLS server whose certificate names localhost and the proxy's address but not the
    // address the request is for ([::ffff:127.0.0.1]). The tunnel agent alone would check an
    // IP address target against "localhost" and accept it.
    const dir = await mkdtemp(join(tmpdir(), 'test-identity-'))
    const recorder = await recordingTunnelProxy()
    const certificate = await makeTestCertificate(dir, ['IP:127.0.0.1', 'DNS:localhost'])
    const server = tls.createServer(
      {
        cert: await readFile(certificate.certificateFile),
        key: await readFile(certificate.keyFile)
      },
      (socket) => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as net.AddressInfo
    const transport = new Transport({
      logger: { info() {}, warning() {}, debug() {} },
      deadline: Date.now() + 10_000,
      idleTimeoutMs: 5_000,
      proxy: { httpsProxy: recorder.url },
      ca: [certificate.caPem]
    })
    try {
      const sent = transport.send({
        method: 'GET',
        url: new URL(`https://[::ffff:127.0.0.1]:${port}/v2/`),
        what: 'Contact the registry'
      })
      await expect(sent).rejects.toMatchObject({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' })
      expect(recorder.heads).toHaveLength(1)
    } finally {
      transport.close()
      recorder.close()
      server.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
