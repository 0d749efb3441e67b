// The registry client's own rules: the plain-http warning, the idle timeout, phase events, what
// a push reports when tags were written part-way, and the recovery of a manifest refused for an
// unknown blob. Against the real registry, with a small proxy in front of it for the answers a
// real registry will not give on demand.
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
import { PartialTagError, TagConflictError, settleDelay } from '../../src/oci/client.js'
import { RegistryError } from '../../src/oci/errors.js'
import { UserError } from '../../src/errors.js'
import type { Logger } from '../../src/oci/types.js'
import { pushRequest, testClients } from '../support/oci-client.js'
import { type TestRegistry } from '../support/registry.js'
import {
  frontProxyInto,
  registryPerSuite,
  serversClosedAfterEach
} from '../support/registry-suite.js'
import { smallServer } from '../support/small-servers.js'
import { type FrontRule } from '../support/fault-proxy.js'

function recordingLogger(): Logger & { warnings: string[]; infos: string[] } {
  const warnings: string[] = []
  const infos: string[] = []
  return {
    warnings,
    infos,
    info: (m) => infos.push(m),
    warning: (m) => warnings.push(m),
    debug: () => {}
  }
}

const proxies = serversClosedAfterEach()
const client = testClients()

describe('plain-http warning', () => {
  it('warns once that traffic is unencrypted for a host that is not this machine', () => {
    const logger = recordingLogger()
    client({ host: 'registry.example.com:5000', plainHttp: true, logger })
    expect(logger.warnings).toEqual([
      'Plain http is on for registry.example.com:5000, which is not this machine: content and registry tokens travel unencrypted; passwords are never sent to it.'
    ])
  })

  it.each(['127.0.0.1:5000', 'localhost:5000', '[::1]:5000', '127.1.2.3'])(
    'does not warn for the loopback host %s',
    (host) => {
      const logger = recordingLogger()
      client({ host, plainHttp: true, logger })
      expect(logger.warnings).toEqual([])
    }
  )

  it('does not warn for https', () => {
    const logger = recordingLogger()
    client({ host: 'registry.example.com', plainHttp: false, logger })
    expect(logger.warnings).toEqual([])
  })
})

describe('idle timeout', () => {
  it('drops a silent connection after the idle timeout and retries it, then fails clearly', async () => {
    // A registry that takes every request and never answers.
    const sockets = new Set<Socket>()
    let requests = 0
    const server = http.createServer(() => {
      requests++
    })
    server.on('connection', (s) => {
      sockets.add(s)
      s.on('close', () => sockets.delete(s))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const logger = recordingLogger()
      const c = client({
        host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
        plainHttp: true,
        logger,
        timeoutMs: 20_000,
        idleTimeoutMs: 200
      })
      const error = await c.push(pushRequest('team/pack', ['1.0.0'])).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(UserError)
      // The push's first requests are its two blob HEADs and its tag's read, side by side: no
      // ping before them; a registry that never answered is named as not reached.
      expect((error as Error).message).toMatch(
        /^Contact 127\.0\.0\.1:\d+ failed after 6 attempts: no answer for 0\.2 s/
      )
      // Six attempts of 0.2 s each, well within the 20 s deadline.
      expect(requests).toBe(3 * 6)
      expect(logger.infos.filter((m) => m.includes('no answer for 0.2 s; retry'))).toHaveLength(
        3 * 5
      )
    } finally {
      for (const s of sockets) s.destroy()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('settle delay before the read-back', () => {
  it('is four times the check-to-write time, within 250 ms and 5 s', () => {
    expect(settleDelay(3)).toBe(250)
    expect(settleDelay(100)).toBe(400)
    expect(settleDelay(60_000)).toBe(5_000)
  })
})

describe('a host that is no registry', () => {
  it('answers 404 to everything: the push fails saying so, after its first HEADs and POST', async () => {
    const web = await smallServer((_request, res) => {
      res.writeHead(404, { 'Content-Type': 'text/html' })
      res.end('<h1>Not Found</h1>')
    })
    proxies.push(web)
    const c = client({ host: web.host, plainHttp: true })
    await expect(c.push(pushRequest('team/pack', ['1.0.0']))).rejects.toThrow(
      `${web.host} does not answer as an OCI registry (GET /v2/ → 404): check the destination host`
    )
    // No ping before the push's own requests: the GET /v2/ only tells what a POST's 404 meant.
    expect(web.seen.map((r) => r.method)[0]).toBe('HEAD')
    expect(web.seen.filter((r) => r.path === '/v2/').length).toBeGreaterThan(0)
  })
})

describe('against the real registry', () => {
  let registry: TestRegistry
  registryPerSuite({ auth: 'anonymous' }, (r) => (registry = r))
  const through = frontProxyInto(proxies, () => registry.host)

  /** Answers the first `times` manifest PUTs with this status and OCI error code. */
  function refuseManifest(times: number, status: number, code: string): FrontRule {
    let left = times
    return {
      answer: (request, res) => {
        if (request.method !== 'PUT' || !request.path.includes('/manifests/') || left <= 0) {
          return false
        }
        left--
        res.writeHead(status, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify({ errors: [{ code, message: 'refused by the test' }] }))
        return true
      }
    }
  }

  it('announces the upload and tag phases, in order', async () => {
    const phases: string[] = []
    const c = client({ host: registry.host, plainHttp: true, onPhase: (p) => phases.push(p) })
    await c.push(pushRequest('client/phases', ['1.0.0']))
    expect(phases).toEqual(['upload', 'tag'])
  })

  it('a manifest answered MANIFEST_BLOB_UNKNOWN once: blobs checked again, the tag written', async () => {
    const proxy = await through(refuseManifest(1, 400, 'MANIFEST_BLOB_UNKNOWN'))
    const logger = recordingLogger()
    const request = pushRequest('client/blob-unknown', ['1.0.0', 'stable'])
    const result = await client({ host: proxy.host, plainHttp: true, logger }).push(request)
    expect(result.tagsWritten).toEqual(['1.0.0', 'stable'])
    expect((await registry.listTags('client/blob-unknown')).sort()).toEqual(['1.0.0', 'stable'])
    const sent = proxy.seen.map((r) => `${r.method} ${r.path.replace(/sha256:\w+/, 'D')}`)
    // Two blob HEADs before the upload, two again after the refusal; the first tag twice.
    expect(sent.filter((r) => r === 'HEAD /v2/client/blob-unknown/blobs/D')).toHaveLength(4)
    expect(sent.filter((r) => r === 'PUT /v2/client/blob-unknown/manifests/1.0.0')).toHaveLength(2)
    expect(logger.infos).toContain(
      'Tag 1.0.0: the registry did not find a blob the manifest names; checking the blobs again'
    )
  })

  it('uploads again a blob that the re-check finds missing', async () => {
    const request = pushRequest('client/blob-gone', ['1.0.0'])
    const layer = request.blobs[1]!.descriptor.digest
    let refused = false
    let headsAfter = 0
    const proxy = await through({
      answer: (r, res) => {
        if (r.method === 'PUT' && r.path.includes('/manifests/') && !refused) {
          refused = true
          res.writeHead(400, { 'Content-Type': 'application/json' })
          res.end('{"errors":[{"code":"MANIFEST_BLOB_UNKNOWN","message":"blob unknown"}]}')
          return true
        }
        // After the refusal, the layer looks gone once: it must be uploaded again.
        if (refused && r.method === 'HEAD' && r.path.endsWith(layer) && headsAfter++ === 0) {
          res.writeHead(404, { 'Content-Length': '0' })
          res.end()
          return true
        }
        return false
      }
    })
    await client({ host: proxy.host, plainHttp: true }).push(request)
    const posts = proxy.seen.filter((r) => r.method === 'POST').length
    expect(posts).toBe(3)
    expect(await registry.listTags('client/blob-gone')).toEqual(['1.0.0'])
  })

  it('tries the manifest only once more: a second MANIFEST_BLOB_UNKNOWN fails, nothing tagged', async () => {
    const proxy = await through(refuseManifest(2, 400, 'MANIFEST_BLOB_UNKNOWN'))
    const error = await client({ host: proxy.host, plainHttp: true })
      .push(pushRequest('client/blob-unknown-twice', ['1.0.0']))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect(error).not.toBeInstanceOf(PartialTagError)
    expect((error as RegistryError).status).toBe(400)
    expect((error as Error).message).toMatch(
      /^Tag 1\.0\.0: PUT http:\/\/127\.0\.0\.1:\d+\/v2\/client\/blob-unknown-twice\/manifests\/1\.0\.0 answered 400 \(MANIFEST_BLOB_UNKNOWN: refused by the test\)/
    )
    expect(await registry.listTags('client/blob-unknown-twice')).toEqual([])
  })

  it('a tag that fails after another was written: the error says which tags are where', async () => {
    let left = 1
    const proxy = await through({
      answer: (r, res) => {
        if (r.method !== 'PUT' || !r.path.endsWith('/manifests/stable') || left-- <= 0) return false
        res.writeHead(403, { 'Content-Type': 'application/json' })
        res.end('{"errors":[{"code":"DENIED","message":"tag stable is protected"}]}')
        return true
      }
    })
    const request = pushRequest('client/partial', ['1.0.0', 'stable'])
    const error = await client({ host: proxy.host, plainHttp: true })
      .push(request)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PartialTagError)
    const partial = error as PartialTagError
    expect(partial.message).toMatch(
      /^Only some tags were written\. Written: 1\.0\.0\. Not written: stable\. Tag stable: PUT http:\/\/127\.0\.0\.1:\d+\/v2\/client\/partial\/manifests\/stable answered 403 \(DENIED: tag stable is protected\)/
    )
    expect(partial).toMatchObject({
      digest: request.manifest.digest,
      tagsWritten: ['1.0.0'],
      tagsUnchanged: [],
      tagsElsewhere: [],
      tagsNotWritten: ['stable'],
      status: 403
    })
    expect(await registry.listTags('client/partial')).toEqual(['1.0.0'])
    // 403 is not retried.
    expect(proxy.seen.filter((r) => r.method === 'PUT' && r.path.endsWith('/stable'))).toHaveLength(
      1
    )
  })

  describe('tagDigest', () => {
    it('says where an existing tag points, and undefined for a tag or repository that is not there', async () => {
      const request = pushRequest('client/tag-digest', ['1.0.0'])
      const c = client({ host: registry.host, plainHttp: true })
      await c.push(request)
      expect(await c.tagDigest('client/tag-digest', '1.0.0')).toBe(request.manifest.digest)
      expect(await c.tagDigest('client/tag-digest', '9.9.9')).toBeUndefined()
      expect(await c.tagDigest('client/never-pushed', '1.0.0')).toBeUndefined()
    })

    it('a registry whose Docker-Content-Digest lies: the digest is that of the bytes read, not the header', async () => {
      const repository = 'client/tag-digest-lies'
      const held = pushRequest(repository, ['1.0.0'])
      await client({ host: registry.host }).push(held)
      const ours = pushRequest(repository, ['1.0.0'], { overwrite: false })
      // The header names our digest for every manifest it answers, while the tag holds another.
      const proxy = await through({
        adjust: (r, _status, headers) => {
          if (r.path.includes('/manifests/'))
            headers['docker-content-digest'] = ours.manifest.digest
        }
      })
      const c = client({ host: proxy.host })
      expect(await c.tagDigest(repository, '1.0.0')).toBe(held.manifest.digest)
      expect(await c.tagDigest(repository, '2.0.0')).toBeUndefined()
      // Taken at its word, the header would make this push "unchanged"; the tag holds another
      // digest, and a tag that may not move is refused.
      const error = await c.push(ours).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TagConflictError)
      expect((error as TagConflictError).conflicts).toEqual([
        { tag: '1.0.0', digest: held.manifest.digest }
      ])
      expect(await client({ host: registry.host }).tagDigest(repository, '1.0.0')).toBe(
        held.manifest.digest
      )
    })
  })

  it('a manifest PUT answered with another digest: that tag is reported where it points, the rest not written', async () => {
    const other = `sha256:${'e'.repeat(64)}`
    const proxy = await through({
      adjust: (r, _status, headers) => {
        if (r.method === 'PUT' && r.path.includes('/manifests/')) {
          headers['docker-content-digest'] = other
        }
      }
    })
    const request = pushRequest('client/altered', ['1.0.0', 'stable'])
    const error = await client({ host: proxy.host, plainHttp: true })
      .push(request)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PartialTagError)
    const partial = error as PartialTagError
    expect(partial).toMatchObject({
      tagsWritten: [],
      tagsElsewhere: [{ tag: '1.0.0', digest: other }],
      tagsNotWritten: ['stable']
    })
    expect(partial.message).toBe(
      `Not every tag points to ${request.manifest.digest}. Written: none. Pointing elsewhere: 1.0.0 → ${other}. Not written: stable. Tag 1.0.0: the registry stored the manifest as ${other}, but its bytes hash to ${request.manifest.digest}; the registry altered the manifest`
    )
    expect(await registry.listTags('client/altered')).toEqual(['1.0.0'])
  })
})

describe('tagDigest in token mode', () => {
  let registry: TestRegistry
  registryPerSuite({ auth: 'token' }, (r) => (registry = r))

  it('a client that met the challenge asks the token for a new repository at once: no 401 from the registry', async () => {
    const alice = { source: 'alice', username: 'alice', password: registry.users.alice!.password }
    const c = client({ host: registry.host, plainHttp: true, credential: alice })
    await c.push(pushRequest('client/first', ['1.0.0']))
    await registry.flushAccessLog()
    registry.clearAccessLog()
    const before = registry.tokenServer!.requests.length

    await c.push(pushRequest('client/second', ['1.0.0']))

    const log = await registry.flushAccessLog()
    expect(log.filter((e) => e.status === 401)).toEqual([])
    // The first requests, side by side: the two blob HEADs and the tag's read.
    expect(
      log
        .map((e) => e.method)
        .slice(0, 3)
        .sort()
    ).toEqual(['GET', 'HEAD', 'HEAD'])
    expect(registry.tokenServer!.requests.slice(before).map((r) => r.scope)).toEqual([
      'repository:client/second:pull,push'
    ])
  })

  it('needs pull access only: a reader gets the digest with a pull token', async () => {
    const [alice, reader] = (['alice', 'reader'] as const).map((name) => ({
      source: name,
      username: name,
      password: registry.users[name]!.password
    }))
    const request = pushRequest('client/read-only', ['1.0.0'])
    await client({ host: registry.host, plainHttp: true, credential: alice }).push(request)
    const before = registry.tokenServer!.requests.length
    const c = client({ host: registry.host, plainHttp: true, credential: reader })
    expect(await c.tagDigest('client/read-only', '1.0.0')).toBe(request.manifest.digest)
    expect(await c.tagDigest('client/read-only', '2.0.0')).toBeUndefined()
    expect(registry.tokenServer!.requests.slice(before)).toEqual([
      {
        method: 'GET',
        scope: 'repository:client/read-only:pull',
        service: 'test-registry',
        user: 'reader',
        status: 200
      }
    ])
  })
})
