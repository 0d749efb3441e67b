// Cross-repository blob mounts: the same artifact pushed to a second repository of the same
// registry is linked there from the first (POST …/uploads/?mount=&from=), never uploaded again.
// Against the real registry, anonymous and in token mode (one token for push on the target and
// pull on the source; a pusher without pull on the source uploads instead), with a small proxy
// in front of it for registries that decline a mount their own way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PushRequest } from '../../src/oci/client.js'
import { buildImageManifest } from '../../src/oci/descriptor.js'
import type { Credential } from '../../src/oci/types.js'
import { pushRequest, testClients } from '../support/oci-client.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import {
  frontProxyInto,
  registryPerSuite,
  serversClosedAfterEach
} from '../support/registry-suite.js'
import type { AccessLogEntry } from '../support/registry.js'
import { fetchBlob } from '../support/skopeo.js'
import { smallServer } from '../support/small-servers.js'
import { frontProxy } from '../support/fault-proxy.js'

const proxies = serversClosedAfterEach()
const client = testClients()

function digestsOf(request: PushRequest): string[] {
  return request.blobs.map((b) => b.descriptor.digest).sort()
}

function layerBytes(request: PushRequest): Buffer {
  const layer = request.blobs[1]!
  if (!('content' in layer)) throw new Error('the test layer is a buffer')
  return layer.content
}

/** `method path status`, the digest in a blob path shown as D, with the query's mount and from. */
function described(entries: AccessLogEntry[], repository: string): string[] {
  return entries
    .filter((e) => e.path.startsWith(`/v2/${repository}/blobs/`))
    .map((e) => {
      const query = new URLSearchParams(e.query ?? '')
      const mount = query.has('mount') ? ` mount from=${query.get('from')}` : ''
      const path = e.path
        .replace(/sha256:[a-f0-9]{64}/, 'D')
        .replace(/uploads\/[\w-]+$/, 'uploads/S')
      return `${e.method} ${path}${mount} ${e.status}`
    })
    .sort()
}

describe('anonymous registry', () => {
  let registry: TestRegistry
  registryPerSuite({ auth: 'anonymous' }, (r) => (registry = r))
  const through = frontProxyInto(proxies, () => registry.host)

  it('mounts every blob from the repository that has them: 201 to the mount, no blob PUT, the manifest reads back the same', async () => {
    const c = client({ host: registry.host, plainHttp: true })
    const first = pushRequest('mount/a')
    expect(await c.push(first)).toMatchObject({ blobsUploaded: 2, blobsMounted: 0 })
    await registry.flushAccessLog()
    registry.clearAccessLog()

    const result = await c.push({ ...first, repository: 'mount/b', mountFrom: 'mount/a' })
    expect(result).toMatchObject({
      digest: first.manifest.digest,
      tagsWritten: ['1.0.0'],
      blobsUploaded: 0,
      blobsMounted: 2,
      blobsSkipped: 0,
      bytesUploaded: 0
    })
    const log = await registry.flushAccessLog()
    const mounts = log.filter((e) => e.method === 'POST' && e.path === '/v2/mount/b/blobs/uploads/')
    expect(
      mounts.map((e) => ({ status: e.status, ...Object.fromEntries(new URLSearchParams(e.query)) }))
    ).toEqual(
      expect.arrayContaining(
        digestsOf(first).map((mount) => ({ status: 201, mount, from: 'mount/a' }))
      )
    )
    expect(mounts).toHaveLength(2)
    expect(log.filter((e) => e.method === 'PUT' && e.path.includes('/blobs/'))).toEqual([])
    expect(log.filter((e) => e.method === 'PATCH')).toEqual([])

    const stored = await c.getManifest('mount/b', '1.0.0')
    expect(stored.digest).toBe(first.manifest.digest)
    expect(stored.bytes.equals(first.manifest.bytes)).toBe(true)
    expect(await fetchBlob(registry, 'mount/b', first.blobs[1]!.descriptor.digest)).toEqual(
      layerBytes(first)
    )
  })

  it('mounts only what is missing: a blob already in the repository is not asked for', async () => {
    const c = client({ host: registry.host, plainHttp: true })
    const first = pushRequest('mount/partial-a')
    await c.push(first)
    // The config alone is in the target already (another artifact with the same config).
    const other = pushRequest('mount/partial-b')
    const sameConfig = { ...other, blobs: [first.blobs[0]!] }
    sameConfig.manifest = buildImageManifest(first.blobs[0]!.descriptor, [])
    await c.push(sameConfig)
    await registry.flushAccessLog()
    registry.clearAccessLog()

    const result = await c.push({
      ...first,
      repository: 'mount/partial-b',
      mountFrom: 'mount/partial-a'
    })
    expect(result).toMatchObject({ blobsUploaded: 0, blobsMounted: 1, blobsSkipped: 1 })
    expect(described(await registry.flushAccessLog(), 'mount/partial-b')).toEqual([
      'HEAD /v2/mount/partial-b/blobs/D 200',
      'HEAD /v2/mount/partial-b/blobs/D 404',
      'POST /v2/mount/partial-b/blobs/uploads/ mount from=mount/partial-a 201'
    ])
  })

  it('the registry declines (the source lacks the blobs): each PUT goes to the session its 202 opened', async () => {
    const request = pushRequest('mount/declined')
    const result = await client({ host: registry.host, plainHttp: true }).push({
      ...request,
      mountFrom: 'mount/nothing-here'
    })
    expect(result).toMatchObject({ blobsUploaded: 2, blobsMounted: 0, tagsWritten: ['1.0.0'] })
    expect(described(await registry.flushAccessLog(), 'mount/declined')).toEqual([
      'HEAD /v2/mount/declined/blobs/D 404',
      'HEAD /v2/mount/declined/blobs/D 404',
      'POST /v2/mount/declined/blobs/uploads/ mount from=mount/nothing-here 202',
      'POST /v2/mount/declined/blobs/uploads/ mount from=mount/nothing-here 202',
      'PUT /v2/mount/declined/blobs/uploads/S 201',
      'PUT /v2/mount/declined/blobs/uploads/S 201'
    ])
  })

  it('a registry that answers the mount with a session of its own: the PUT goes to that Location, with no second POST', async () => {
    // The proxy opens a real session (a plain POST to the registry) and hands its Location out
    // marked, so that a PUT to it is told from one to a session the client opened itself.
    let handedOut = 0
    const proxy = await through({
      answer: (r, res) => {
        if (r.method !== 'POST' || !r.query.has('mount')) return false
        void fetch(`http://${registry.host}${r.path}`, { method: 'POST' }).then(async (up) => {
          await up.arrayBuffer()
          const session = new URL(up.headers.get('location') ?? '', `http://${registry.host}`)
          session.searchParams.set('handed', String(++handedOut))
          // Relative, as Zot sends it: resolved against the proxy.
          res.writeHead(202, { Location: session.pathname + session.search, 'Content-Length': '0' })
          res.end()
        })
        return true
      }
    })
    const request = pushRequest('mount/own-session')
    const result = await client({ host: proxy.host, plainHttp: true }).push({
      ...request,
      mountFrom: 'mount/a'
    })
    expect(result).toMatchObject({ blobsUploaded: 2, blobsMounted: 0, tagsWritten: ['1.0.0'] })
    const sent = proxy.seen.filter((r) => r.path.includes('/blobs/uploads/'))
    const posts = sent.filter((r) => r.method === 'POST')
    expect(posts.map((r) => r.query.get('mount')).sort()).toEqual(digestsOf(request))
    const puts = sent.filter((r) => r.method === 'PUT')
    expect(puts.map((r) => r.query.get('handed')).sort()).toEqual(['1', '2'])
    expect(puts.map((r) => r.query.get('digest')).sort()).toEqual(digestsOf(request))
    expect(await registry.listTags('mount/own-session')).toEqual(['1.0.0'])
  })

  it.each([404, 405, 403])(
    'a mount answered %i: the blob is uploaded the usual way',
    async (status) => {
      const proxy = await through({
        answer: (r, res) => {
          if (r.method !== 'POST' || !r.query.has('mount')) return false
          res.writeHead(status, { 'Content-Type': 'application/json' })
          res.end('{"errors":[{"code":"UNSUPPORTED","message":"no mounts here"}]}')
          return true
        }
      })
      const request = pushRequest(`mount/refused-${status}`)
      const result = await client({ host: proxy.host, plainHttp: true }).push({
        ...request,
        mountFrom: 'mount/a'
      })
      expect(result).toMatchObject({ blobsUploaded: 2, blobsMounted: 0, bytesUploaded: 764 })
      const posts = proxy.seen.filter((r) => r.method === 'POST')
      expect(posts.filter((r) => r.query.has('mount'))).toHaveLength(2)
      expect(posts.filter((r) => !r.query.has('mount'))).toHaveLength(2)
      expect(await registry.listTags(`mount/refused-${status}`)).toEqual(['1.0.0'])
    }
  )

  it('mountFrom naming the repository itself asks for no mount', async () => {
    const request = pushRequest('mount/self')
    await client({ host: registry.host, plainHttp: true }).push({
      ...request,
      mountFrom: 'mount/self'
    })
    const log = await registry.flushAccessLog()
    const posts = log.filter((e) => e.method === 'POST' && e.path.startsWith('/v2/mount/self/'))
    expect(posts.map((e) => e.query ?? '')).toEqual(['', ''])
  })
})

describe('token registry', () => {
  let registry: TestRegistry
  const alice: Credential = { source: 'alice', username: 'alice', password: 'alice-pw' }
  const mirror: Credential = { source: 'mirror', username: 'mirror', password: 'mirror-pw' }

  beforeAll(async () => {
    registry = await startRegistry({
      auth: 'token',
      users: {
        alice: { password: 'alice-pw' },
        // May push to mount/dst, and nothing else: no pull on the source.
        mirror: {
          password: 'mirror-pw',
          actions: [],
          repositories: { 'mount/dst': ['pull', 'push'] }
        }
      }
    })
  })
  afterAll(async () => {
    await registry?.stop()
  })

  function tokenRequestsSince(before: number) {
    return registry.tokenServer!.requests.slice(before)
  }

  it('asks one token for push on the target and pull on the source, and mounts', async () => {
    const c = client({ host: registry.host, plainHttp: true, credential: alice })
    const first = pushRequest('mount/token-a')
    await c.push(first)
    const before = registry.tokenServer!.requests.length
    await registry.flushAccessLog()
    registry.clearAccessLog()

    const result = await c.push({
      ...first,
      repository: 'mount/token-b',
      mountFrom: 'mount/token-a'
    })
    expect(result).toMatchObject({ blobsUploaded: 0, blobsMounted: 2 })
    expect(tokenRequestsSince(before)).toEqual([
      {
        method: 'GET',
        scope: 'repository:mount/token-b:pull,push repository:mount/token-a:pull',
        service: 'test-registry',
        user: 'alice',
        status: 200
      }
    ])
    const log = await registry.flushAccessLog()
    expect(described(log, 'mount/token-b').filter((l) => l.startsWith('POST'))).toEqual([
      'POST /v2/mount/token-b/blobs/uploads/ mount from=mount/token-a 201',
      'POST /v2/mount/token-b/blobs/uploads/ mount from=mount/token-a 201'
    ])
    expect(log.filter((e) => e.method === 'PUT' && e.path.includes('/blobs/'))).toEqual([])
  })

  it('without pull access to the source: the mount is refused, the blobs uploaded, one token asked', async () => {
    const source = pushRequest('mount/src')
    await client({ host: registry.host, plainHttp: true, credential: alice }).push(source)
    const before = registry.tokenServer!.requests.length
    await registry.flushAccessLog()
    registry.clearAccessLog()

    const result = await client({ host: registry.host, plainHttp: true, credential: mirror }).push({
      ...source,
      repository: 'mount/dst',
      mountFrom: 'mount/src'
    })
    expect(result).toMatchObject({ blobsUploaded: 2, blobsMounted: 0, tagsWritten: ['1.0.0'] })
    expect(await registry.listTags('mount/dst')).toEqual(['1.0.0'])
    // The refused mount is not answered with another token request: it would grant no more.
    expect(tokenRequestsSince(before).map((r) => [r.user, r.scope, r.status])).toEqual([
      ['mirror', 'repository:mount/dst:pull,push repository:mount/src:pull', 200]
    ])
    expect(described(await registry.flushAccessLog(), 'mount/dst')).toEqual([
      'HEAD /v2/mount/dst/blobs/D 404',
      'HEAD /v2/mount/dst/blobs/D 404',
      'POST /v2/mount/dst/blobs/uploads/ 202',
      'POST /v2/mount/dst/blobs/uploads/ 202',
      'POST /v2/mount/dst/blobs/uploads/ mount from=mount/src 401',
      'POST /v2/mount/dst/blobs/uploads/ mount from=mount/src 401',
      'PUT /v2/mount/dst/blobs/uploads/S 201',
      'PUT /v2/mount/dst/blobs/uploads/S 201'
    ])
  })

  it('a token server that refuses the pair of scopes: the push goes on without mounts', async () => {
    const realm = registry.tokenServer!.url
    // Refuses any request for more than one scope; passes the others to the real token server.
    const tokens = await smallServer((r, res) => {
      if (r.query.getAll('scope').length > 1) {
        res.writeHead(403, { 'Content-Type': 'application/json' })
        res.end('{"errors":[{"code":"DENIED","message":"one scope at a time"}]}')
        return
      }
      const headers = { authorization: r.headers.authorization ?? '' }
      void fetch(`${realm}?${r.query.toString()}`, { headers }).then(async (up) => {
        res.writeHead(up.status, { 'Content-Type': 'application/json' })
        res.end(Buffer.from(await up.arrayBuffer()))
      })
    })
    proxies.push(tokens)
    const proxy = await frontProxy(registry.host, {
      adjust: (_r, _status, headers) => {
        const challenge = headers['www-authenticate']
        if (typeof challenge === 'string') {
          headers['www-authenticate'] = challenge.replace(realm, `${tokens.origin}/token`)
        }
      }
    })
    proxies.push(proxy)
    const c = client({ host: proxy.host, plainHttp: true, credential: alice })
    const source = pushRequest('mount/pair-src')
    await c.push(source)
    const before = tokens.seen.length

    const result = await c.push({
      ...source,
      repository: 'mount/pair-dst',
      mountFrom: 'mount/pair-src'
    })
    expect(result).toMatchObject({ blobsUploaded: 2, blobsMounted: 0, tagsWritten: ['1.0.0'] })
    expect(tokens.seen.slice(before).map((r) => r.query.getAll('scope'))).toEqual([
      ['repository:mount/pair-dst:pull,push', 'repository:mount/pair-src:pull'],
      ['repository:mount/pair-dst:pull,push']
    ])
    expect(proxy.seen.filter((r) => r.query.has('mount'))).toEqual([])
    expect(await registry.listTags('mount/pair-dst')).toEqual(['1.0.0'])
  })
})
