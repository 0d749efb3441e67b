// Credentials belong to a host (issue 12.1): the registry's credentials go only to its own
// origin and to the token realm its own challenge names. Hostile hosts here are small servers
// that record every header they get; the registry is the real one behind a small proxy that
// points an upload, or a redirect, at them.
import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { RegistryClient } from '../../src/oci/client.js'
import { MediaType, bufferBlob, buildImageManifest } from '../../src/oci/descriptor.js'
import { RegistryError } from '../../src/oci/errors.js'
import type { Credential } from '../../src/oci/types.js'
import { testClients } from '../support/oci-client.js'
import { type TestRegistry } from '../support/registry.js'
import { registryPerSuite, serversClosedAfterEach } from '../support/registry-suite.js'
import {
  authorizationsSeen,
  selfSignedIdentity,
  smallServer,
  type SmallServer,
  type TlsIdentity
} from '../support/small-servers.js'
import { frontProxy, type FrontRule } from '../support/fault-proxy.js'

const ALICE: Credential = {
  source: 'test credentials',
  username: 'alice',
  password: 'alice-secret-pw'
}
const SECRET_BASIC = Buffer.from('alice:alice-secret-pw').toString('base64')

let registry: TestRegistry
registryPerSuite({ auth: 'htpasswd' }, (r) => (registry = r))
const servers = serversClosedAfterEach()

async function track(server: Promise<SmallServer>): Promise<SmallServer> {
  const s = await server
  servers.push(s)
  return s
}

const client = testClients({ credential: ALICE, retry: { retries: 0 } })

function artifact() {
  const config = bufferBlob(MediaType.packConfig, randomBytes(64))
  const layer = bufferBlob(MediaType.packLayer, randomBytes(512))
  return { config, layer, manifest: buildImageManifest(config.descriptor, [layer.descriptor]) }
}

async function pushThrough(proxy: SmallServer, repository: string): Promise<unknown> {
  const { config, layer, manifest } = artifact()
  return client({ host: proxy.host })
    .push({ repository, blobs: [config, layer], manifest, tags: ['1.0.0'], overwrite: true })
    .then(
      () => undefined,
      (error: unknown) => error
    )
}

/** A hostile host answering every request 401 with `challenge(itself)`. */
function challenger(challenge: (self: string) => string): Promise<SmallServer> {
  let origin = ''
  return track(
    smallServer((_request, res) => {
      res.writeHead(401, { 'WWW-Authenticate': challenge(origin), 'Content-Length': '0' })
      res.end()
    })
  ).then((s) => {
    origin = s.origin
    return s
  })
}

/** Points the registry's upload Locations at `other`, same path and query. */
function uploadsTo(other: SmallServer): FrontRule {
  return {
    adjust: (request, status, headers) => {
      if (request.method !== 'POST' || status !== 202 || !headers.location) return
      const location = new URL(headers.location, 'http://unused')
      headers.location = `${other.origin}${location.pathname}${location.search}`
    }
  }
}

function expectNamesHost(error: unknown, asker: SmallServer, proxy: SmallServer): void {
  expect(error).toBeInstanceOf(RegistryError)
  expect((error as RegistryError).status).toBe(401)
  expect((error as Error).message).toBe(
    `${asker.origin} asked for credentials (401), but it is not the registry ${proxy.host}: credentials for ${proxy.host} go only to that registry and the token realm it names, so none were sent: the registry (or a proxy in front of it) sends this request to another host that wants credentials; that host must accept it without them`
  )
}

describe('a 401 from a host that is not the registry gets no credentials', () => {
  it('an upload Location on another port answering 401 Basic', async () => {
    const evil = await challenger(() => 'Basic realm="evil"')
    const proxy = await track(frontProxy(registry.host, uploadsTo(evil)))
    const error = await pushThrough(proxy, 'hosts/location-basic')
    expect(evil.seen.length).toBeGreaterThan(0)
    expect(authorizationsSeen(evil)).toEqual([])
    expectNamesHost(error, evil, proxy)
    // The registry itself got the credentials, as it should.
    expect(proxy.seen.some((r) => r.headers.authorization === `Basic ${SECRET_BASIC}`)).toBe(true)
    expect(await registry.listTags('hosts/location-basic')).toEqual([])
  })

  it('an upload Location answering 401 Bearer with a realm of its own: the realm is never asked', async () => {
    const realm = await track(
      smallServer((_r, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end('{"token":"stolen"}')
      })
    )
    const evil = await challenger(() => `Bearer realm="${realm.origin}/token",service="evil"`)
    const proxy = await track(frontProxy(registry.host, uploadsTo(evil)))
    const error = await pushThrough(proxy, 'hosts/location-bearer')
    expect(realm.seen).toEqual([])
    expect(authorizationsSeen(evil)).toEqual([])
    expectNamesHost(error, evil, proxy)
  })

  it('a 307 of the blob upload to another host answering 401 Basic', async () => {
    const evil = await challenger(() => 'Basic realm="evil"')
    const proxy = await track(
      frontProxy(registry.host, {
        answer: (request, res) => {
          if (request.method !== 'PUT' || !request.path.includes('/blobs/uploads/')) return false
          res.writeHead(307, { Location: `${evil.origin}${request.path}?${request.query}` })
          res.end()
          return true
        }
      })
    )
    const error = await pushThrough(proxy, 'hosts/redirect-basic')
    expect(evil.seen.filter((r) => r.method === 'PUT').length).toBeGreaterThan(0)
    expect(authorizationsSeen(evil)).toEqual([])
    expectNamesHost(error, evil, proxy)
  })

  it('a 307 of a manifest read to another host answering 401 Bearer with its own realm', async () => {
    const evil = await challenger((self) => `Bearer realm="${self}/token",service="evil"`)
    const proxy = await track(
      frontProxy(registry.host, {
        answer: (request, res) => {
          if (!request.path.includes('/manifests/')) return false
          res.writeHead(307, { Location: `${evil.origin}${request.path}` })
          res.end()
          return true
        }
      })
    )
    const error = await client({ host: proxy.host })
      .getManifest('hosts/read', '1.0.0')
      .catch((e: unknown) => e)
    expect(evil.seen.map((r) => r.path)).toEqual(['/v2/hosts/read/manifests/1.0.0'])
    expect(authorizationsSeen(evil)).toEqual([])
    expectNamesHost(error, evil, proxy)
  })
})

describe('the token realm', () => {
  let identity: TlsIdentity

  beforeAll(async () => {
    identity = await selfSignedIdentity()
  })

  /** A registry stand-in over TLS whose 401 names `realm`; it grants tokens at /token itself. */
  async function standIn(realm: () => string): Promise<SmallServer> {
    return track(
      smallServer((request, res) => {
        if (request.path === '/token') {
          res.writeHead(200, { 'Content-Type': 'application/json' })
          res.end('{"token":"granted"}')
          return
        }
        if (request.headers.authorization === 'Bearer granted') {
          res.writeHead(200, { 'Content-Length': '2' })
          res.end('{}')
          return
        }
        res.writeHead(401, {
          'WWW-Authenticate': `Bearer realm="${realm()}",service="standin",scope="repository:team/pack:pull,push"`,
          'Content-Length': '0'
        })
        res.end()
      }, identity)
    )
  }

  async function tokenServer(): Promise<SmallServer> {
    return track(
      smallServer((_request, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end('{"token":"granted"}')
      }, identity)
    )
  }

  function tlsClient(host: string, credential: Credential): RegistryClient {
    return client({ host, plainHttp: false, credential, transport: { ca: [identity.cert] } })
  }

  it('a ghcr.io stand-in naming a foreign realm: refused, the token never sent', async () => {
    const foreign = await tokenServer()
    const registryStandIn = await standIn(() => `${foreign.origin}/token`)
    const token: Credential = {
      source: 'the workflow token',
      username: 'github-actions',
      password: 'ghs_workflow-token-secret',
      realmHosts: [registryStandIn.host]
    }
    const error = await tlsClient(registryStandIn.host, token)
      .authenticate('team/pack')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as Error).message).toBe(
      `${registryStandIn.host} named the token realm ${foreign.origin}, but these credentials are only for a token realm on ${registryStandIn.host}; refusing to send the credentials from the workflow token there: check that the destination is the registry you meant`
    )
    expect(foreign.seen).toEqual([])
    expect(authorizationsSeen(registryStandIn)).toEqual([])
  })

  it('the same stand-in naming a realm on its own host: the token goes there, and works', async () => {
    const registryStandIn = await standIn(() => `${registryStandIn.origin}/token`)
    const token: Credential = {
      source: 'the workflow token',
      username: 'github-actions',
      password: 'ghs_workflow-token-secret',
      realmHosts: [registryStandIn.host]
    }
    await tlsClient(registryStandIn.host, token).authenticate('team/pack')
    const basic = `Basic ${Buffer.from('github-actions:ghs_workflow-token-secret').toString('base64')}`
    expect(registryStandIn.seen.map((r) => [r.path, r.headers.authorization])).toEqual([
      ['/v2/', undefined],
      ['/token', basic],
      ['/v2/', 'Bearer granted']
    ])
  })

  it('without realmHosts, a foreign https realm named by the registry itself is used', async () => {
    const foreign = await tokenServer()
    const registryStandIn = await standIn(() => `${foreign.origin}/token`)
    await tlsClient(registryStandIn.host, ALICE).authenticate('team/pack')
    expect(foreign.seen.map((r) => [r.path, r.headers.authorization])).toEqual([
      ['/token', `Basic ${SECRET_BASIC}`]
    ])
  })
})
