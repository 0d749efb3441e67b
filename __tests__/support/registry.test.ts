// The harness's own tests: the real registry in each auth mode, driven by skopeo and fetch
// only, so the harness is checked independently of the registry client under test.
import { randomBytes, randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeOciLayout, type WrittenLayout } from './oci-layout.js'
import { startRegistry, type AccessLogEntry, type TestRegistry } from './registry.js'
import { fetchBlob, skopeoCopyLayoutToRegistry, skopeoInspectRaw } from './skopeo.js'

const CONFIG_MEDIA_TYPE = 'application/vnd.cncf.helm.config.v1+json'
const LAYER_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip'
const ALICE = 'alice:alice-secret-pw'
const READER = 'reader:reader-secret-pw'

const scratchDirs: string[] = []

afterAll(async () => {
  await Promise.all(scratchDirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

interface Artifact extends WrittenLayout {
  dir: string
  layerBytes: Buffer
}

/** A layout with content never pushed before: skopeo's blob cache cannot shortcut it. */
async function freshArtifact(tag: string): Promise<Artifact> {
  const dir = await mkdtemp(join(tmpdir(), 'harness-layout-'))
  scratchDirs.push(dir)
  const layerBytes = randomBytes(3000)
  const config = Buffer.from(JSON.stringify({ name: 'demo', nonce: randomUUID() }))
  const layout = await writeOciLayout(dir, tag, { mediaType: CONFIG_MEDIA_TYPE, bytes: config }, [
    { mediaType: LAYER_MEDIA_TYPE, bytes: layerBytes }
  ])
  return { ...layout, dir, layerBytes }
}

function countRequests(log: AccessLogEntry[], method: string, path: RegExp, status?: number) {
  return log.filter(
    (entry) =>
      entry.method === method &&
      path.test(entry.path) &&
      (status === undefined || entry.status === status)
  ).length
}

function decodeJwt(token: string): { header: Record<string, unknown>; claims: JwtClaims } {
  const [header = '', claims = ''] = token.split('.')
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >,
    claims: JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as JwtClaims
  }
}

interface JwtClaims {
  iss: string
  aud: string
  sub: string
  exp: number
  iat: number
  nbf: number
  jti: string
  access: { type: string; name: string; actions: string[] }[]
}

/** True when something can listen on the port again. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/** Checks stop(): the registry is gone, its port free and its files removed. */
async function expectStopped(registry: TestRegistry): Promise<void> {
  const port = Number(registry.host.split(':')[1])
  await registry.stop()
  await registry.stop()
  expect(await portIsFree(port)).toBe(true)
  expect(existsSync(registry.storageDir)).toBe(false)
  await expect(fetch(registry.url + '/v2/')).rejects.toThrow()
}

describe('anonymous registry', () => {
  let registry: TestRegistry
  let artifact: Artifact
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'anonymous' })
  })
  afterAll(() => registry.stop())

  it('takes a skopeo push and gives back the same manifest and layer bytes', async () => {
    artifact = await freshArtifact('v1')
    expect(registry.host).toMatch(/^127\.0\.0\.1:\d+$/)
    expect(registry.url).toBe(`http://${registry.host}`)

    const copy = await skopeoCopyLayoutToRegistry(
      artifact.dir,
      'v1',
      `${registry.host}/team/demo:v1`
    )
    expect(copy.elapsedMs).toBeGreaterThan(0)
    expect(copy.maxRssKb).toBeGreaterThan(1000)

    expect(await skopeoInspectRaw(`${registry.host}/team/demo:v1`)).toEqual(artifact.manifest)
    expect(
      await skopeoInspectRaw(`docker://${registry.host}/team/demo@${artifact.manifestDigest}`)
    ).toEqual(artifact.manifest)
    const layerDigest = artifact.layers[0]?.digest ?? ''
    expect(await fetchBlob(registry, 'team/demo', layerDigest)).toEqual(artifact.layerBytes)
    // Another digest: the last hex digit changed (to 1 when it is 0, since the content is random).
    const absent = artifact.config.digest.replace(/.$/, (last) => (last === '0' ? '1' : '0'))
    await expect(fetchBlob(registry, 'team/demo', absent)).rejects.toThrow(/answered 404/)
  })

  it('lists tags and repositories, [] for an unknown repository', async () => {
    expect(await registry.listTags('team/demo')).toEqual(['v1'])
    expect(await registry.listTags('team/unknown')).toEqual([])
    expect(await registry.catalog()).toEqual(['team/demo'])
  })

  it("counts the client's requests in the access log, not the harness's", async () => {
    const log = await registry.flushAccessLog()
    expect(countRequests(log, 'PUT', /^\/v2\/team\/demo\/manifests\/v1$/, 201)).toBe(1)
    // config and layer: one upload each, closed by a PUT with the digest
    expect(countRequests(log, 'PUT', /^\/v2\/team\/demo\/blobs\/uploads\/[\w-]+$/, 201)).toBe(2)
    expect(countRequests(log, 'GET', /^\/v2\/team\/demo\/manifests\//, 200)).toBe(2)
    expect(log.every((entry) => !entry.userAgent.includes('harness'))).toBe(true)
    expect(countRequests(log, 'GET', /\/tags\/list$/)).toBe(0)
    expect(countRequests(log, 'GET', /\/blobs\/sha256:/)).toBe(0)
    expect(log.every((entry) => !entry.path.includes('?'))).toBe(true)

    registry.clearAccessLog()
    expect(registry.accessLog()).toEqual([])
    await skopeoInspectRaw(`${registry.host}/team/demo:v1`)
    const after = await registry.flushAccessLog()
    expect(countRequests(after, 'GET', /^\/v2\/team\/demo\/manifests\/v1$/, 200)).toBe(1)
    expect(after.find((entry) => entry.path === '/v2/team/demo/manifests/v1')?.bytes).toBe(
      artifact.manifest.length
    )
  })

  it('stop() ends the registry, frees its port and removes its files', async () => {
    await expectStopped(registry)
  })
})

describe('htpasswd registry', () => {
  let registry: TestRegistry
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'htpasswd' })
  })
  afterAll(() => registry.stop())

  it('refuses pushes without or with wrong credentials and takes them from alice', async () => {
    const artifact = await freshArtifact('v1')
    const dest = `${registry.host}/team/demo:v1`
    expect(registry.users.reader?.actions).toEqual(['pull'])
    await expect(skopeoCopyLayoutToRegistry(artifact.dir, 'v1', dest)).rejects.toThrow(
      /unauthorized|authentication required/i
    )
    await expect(
      skopeoCopyLayoutToRegistry(artifact.dir, 'v1', dest, 'alice:wrong-password')
    ).rejects.toThrow(/unauthorized|authentication required/i)
    expect(await registry.listTags('team/demo')).toEqual([])

    await skopeoCopyLayoutToRegistry(artifact.dir, 'v1', dest, ALICE)
    expect(await skopeoInspectRaw(dest, { creds: ALICE })).toEqual(artifact.manifest)
    await expect(skopeoInspectRaw(dest)).rejects.toThrow(/unauthorized|authentication required/i)
    const layerDigest = artifact.layers[0]?.digest ?? ''
    expect(await fetchBlob(registry, 'team/demo', layerDigest, READER)).toEqual(artifact.layerBytes)
    await expect(fetchBlob(registry, 'team/demo', layerDigest)).rejects.toThrow(/needs credentials/)
    expect(await registry.listTags('team/demo')).toEqual(['v1'])
    expect(await registry.catalog()).toEqual(['team/demo'])

    const log = await registry.flushAccessLog()
    expect(countRequests(log, 'PUT', /\/manifests\/v1$/, 201)).toBe(1)
    expect(countRequests(log, 'GET', /^\/v2\/$/, 401)).toBeGreaterThanOrEqual(3)
  })

  it('stop() ends the registry, frees its port and removes its files', async () => {
    await expectStopped(registry)
  })
})

describe('token registry', () => {
  let registry: TestRegistry
  let realm: string
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' })
    realm = registry.tokenServer?.url ?? ''
  })
  afterAll(() => registry.stop())

  const tokenGet = (scope: string | undefined, creds?: string) => {
    const url = new URL(realm)
    url.searchParams.set('service', 'test-registry')
    if (scope) url.searchParams.set('scope', scope)
    return fetch(url, {
      headers: creds ? { Authorization: 'Basic ' + Buffer.from(creds).toString('base64') } : {}
    })
  }
  const tokenPost = (form: Record<string, string>) =>
    fetch(realm, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ service: 'test-registry', ...form }).toString()
    })

  it('refuses a wrong password with 401 and never records a password', async () => {
    const response = await tokenGet('repository:team/demo:pull', 'alice:wrong-password')
    expect(response.status).toBe(401)
    const last = registry.tokenServer?.requests.at(-1)
    expect(last).toMatchObject({ method: 'GET', user: 'alice', status: 401 })
    expect(last?.scope).toBe('repository:team/demo:pull')
    expect(
      (await tokenPost({ grant_type: 'password', username: 'reader', password: 'x' })).status
    ).toBe(401)
    expect(JSON.stringify(registry.tokenServer?.requests)).not.toMatch(/wrong-password|"x"/)
  })

  it('grants reader only pull, and anonymous nothing, in tokens the registry accepts', async () => {
    const response = await tokenGet('repository:team/demo:pull,push', READER)
    expect(response.status).toBe(200)
    const body = (await response.json()) as Record<string, unknown>
    expect(body.token).toBe(body.access_token)
    expect(body.expires_in).toBe(300)
    expect(typeof body.issued_at).toBe('string')
    const token = String(body.token)
    expect(registry.tokenServer?.issuedTokens).toContain(token)
    const { header, claims } = decodeJwt(token)
    expect(header).toEqual({ typ: 'JWT', alg: 'ES256', kid: registry.tokenServer?.keyId })
    expect(registry.tokenServer?.keyId).toMatch(/^([A-Z2-7]{4}:){11}[A-Z2-7]{4}$/)
    expect(claims).toMatchObject({ iss: 'test-token-issuer', aud: 'test-registry', sub: 'reader' })
    expect(claims.access).toEqual([{ type: 'repository', name: 'team/demo', actions: ['pull'] }])
    expect(claims.exp - claims.iat).toBe(300)

    // The registry takes the signature: 404 (unknown repository) rather than 401.
    const tags = await fetch(`${registry.url}/v2/team/demo/tags/list`, {
      headers: { Authorization: `Bearer ${token}` }
    })
    expect(tags.status).toBe(404)

    const anonymous = await tokenGet('repository:team/demo:pull')
    expect(anonymous.status).toBe(200)
    const anonymousToken = String(((await anonymous.json()) as { token: string }).token)
    expect(decodeJwt(anonymousToken).claims.access).toEqual([])
    const refused = await fetch(`${registry.url}/v2/team/demo/tags/list`, {
      headers: { Authorization: `Bearer ${anonymousToken}` }
    })
    expect(refused.status).toBe(401)
  })

  it('lets alice push, reader pull but not push, with skopeo', async () => {
    const artifact = await freshArtifact('v1')
    const dest = `${registry.host}/team/demo:v1`
    await expect(skopeoCopyLayoutToRegistry(artifact.dir, 'v1', dest, READER)).rejects.toThrow(
      /denied|unauthorized|authentication required/i
    )
    expect(await registry.listTags('team/demo')).toEqual([])
    const readerRequests = registry.tokenServer?.requests.filter((r) => r.user === 'reader') ?? []
    expect(readerRequests.some((r) => r.scope?.includes('push') && r.status === 200)).toBe(true)

    await skopeoCopyLayoutToRegistry(artifact.dir, 'v1', dest, ALICE)
    expect(await skopeoInspectRaw(dest, { creds: READER })).toEqual(artifact.manifest)
    await expect(skopeoInspectRaw(dest)).rejects.toThrow(
      /denied|unauthorized|authentication required/i
    )
    const layerDigest = artifact.layers[0]?.digest ?? ''
    expect(await fetchBlob(registry, 'team/demo', layerDigest, READER)).toEqual(artifact.layerBytes)
    expect(await registry.listTags('team/demo')).toEqual(['v1'])
    expect(await registry.catalog()).toEqual(['team/demo'])

    const log = await registry.flushAccessLog()
    expect(countRequests(log, 'PUT', /\/manifests\/v1$/, 201)).toBe(1)
    expect(countRequests(log, 'POST', /\/blobs\/uploads\/$/, 401)).toBeGreaterThanOrEqual(1)
  })

  it('serves the OAuth2 POST with password and refresh tokens', async () => {
    const refused = await tokenPost({ grant_type: 'refresh_token', refresh_token: 'made-up' })
    expect(refused.status).toBe(401)

    const first = await tokenPost({
      grant_type: 'password',
      username: 'alice',
      password: 'alice-secret-pw',
      access_type: 'offline',
      scope: 'repository:team/demo:pull'
    })
    expect(first.status).toBe(200)
    const { refresh_token: refreshToken } = (await first.json()) as { refresh_token: string }
    expect(refreshToken).toMatch(/^refresh-/)
    expect(registry.tokenServer?.issuedTokens).toContain(refreshToken)

    const second = await tokenPost({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      scope: 'repository:team/demo:pull'
    })
    expect(second.status).toBe(200)
    const body = (await second.json()) as { access_token: string; refresh_token?: string }
    expect(body.refresh_token).toBeUndefined()
    expect(registry.tokenServer?.requests.at(-1)).toMatchObject({
      method: 'POST',
      grantType: 'refresh_token',
      user: 'alice',
      status: 200
    })
    const tags = await fetch(`${registry.url}/v2/team/demo/tags/list`, {
      headers: { Authorization: `Bearer ${body.access_token}` }
    })
    expect(await tags.json()).toEqual({ name: 'team/demo', tags: ['v1'] })
    expect(JSON.stringify(registry.tokenServer?.requests)).not.toContain('alice-secret-pw')
  })

  it('stop() ends the registry and its token server', async () => {
    await expectStopped(registry)
    await expect(fetch(realm)).rejects.toThrow()
  })
})

describe('token server answer options', () => {
  it('answers with access_token only, a chosen lifetime and preset refresh tokens', async () => {
    const registry = await startRegistry({
      auth: 'token',
      users: { carol: { password: 'carol-secret-pw' } },
      tokenResponse: 'access_token-only',
      expiresIn: 42,
      refreshTokens: { 'preset-refresh-token': 'carol' }
    })
    try {
      expect(registry.users).toEqual({
        carol: { password: 'carol-secret-pw', actions: ['pull', 'push'] }
      })
      const response = await fetch(registry.tokenServer?.url ?? '', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: 'preset-refresh-token',
          service: 'test-registry',
          scope: 'repository:x/y:pull,push'
        }).toString()
      })
      const body = (await response.json()) as Record<string, unknown>
      expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'issued_at'])
      expect(body.expires_in).toBe(42)
      const { claims } = decodeJwt(String(body.access_token))
      expect(claims.sub).toBe('carol')
      expect(claims.exp - claims.iat).toBe(42)
      expect(claims.access).toEqual([
        { type: 'repository', name: 'x/y', actions: ['pull', 'push'] }
      ])
    } finally {
      await registry.stop()
    }
  })

  it('answers with token only, and 405 to POST when told to', async () => {
    const registry = await startRegistry({
      auth: 'token',
      tokenResponse: 'token-only',
      oauthPost: false
    })
    try {
      const realm = registry.tokenServer?.url ?? ''
      const post = await fetch(realm, { method: 'POST', body: 'grant_type=password' })
      expect(post.status).toBe(405)
      const get = await fetch(`${realm}?service=test-registry&scope=repository:a:pull`)
      expect(Object.keys((await get.json()) as object).sort()).toEqual([
        'expires_in',
        'issued_at',
        'token'
      ])
      const wrongService = await fetch(`${realm}?service=elsewhere&scope=repository:a:pull`)
      expect(wrongService.status).toBe(400)
    } finally {
      await registry.stop()
    }
  })
})

describe('startRegistry', () => {
  it('refuses an unknown auth mode, naming it', async () => {
    await expect(startRegistry({ auth: 'kerberos' as never })).rejects.toThrow(
      'unknown auth mode "kerberos": use anonymous, htpasswd or token'
    )
  })
})
