// The Authenticator on its own: Basic and Bearer answers to a registry's 401, against the
// harness's real token server (GET with Basic, OAuth2 refresh-token POST, 405 to POST) and a
// small scripted server for what that one does not do (form fields, odd token answers).
// The 401 it answers is built here: a challenge is all the Authenticator reads from it.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { recordingLogger } from '../support/recording-logger.js'
import { Authenticator } from '../../src/oci/auth.js'
import { RegistryError } from '../../src/oci/errors.js'
import { Transport, type HttpRequest, type HttpResponse } from '../../src/oci/transport.js'
import type { Credential, Logger } from '../../src/oci/types.js'
import { startTokenServer, type TokenServer } from '../support/token-server.js'

const SERVICE = 'auth-test'
const SCOPE = 'repository:team/pack:pull,push'
/** What a mount from team/base needs: push on the target and pull on the source. */
const MOUNT_SCOPES = [SCOPE, 'repository:team/base:pull']
const ALICE: Credential = { source: 'test source', username: 'alice', password: 'alice-pw' }
const REFRESH_TOKEN = 'refresh-alice-0123456789'
/** A user whose password is a refresh token, as GHCR and ACR accept on their GET endpoint. */
const TOKEN_USER = '00000000-0000-0000-0000-000000000000'

function realTransport(logger: Logger = recordingLogger()): Transport {
  return new Transport({
    logger,
    deadline: Date.now() + 20_000,
    idleTimeoutMs: 5_000,
    retry: { retries: 0 }
  })
}

/** A transport that must not be used: records what would have been sent, sends nothing. */
function refusingTransport(): { transport: Transport; sent: HttpRequest[] } {
  const sent: HttpRequest[] = []
  const transport = {
    logger: recordingLogger(),
    send: (request: HttpRequest) => {
      sent.push(request)
      return Promise.reject(new Error('nothing may be sent in this test'))
    }
  } as unknown as Transport
  return { transport, sent }
}

function unauthorized(url: string, challenge: string): HttpResponse {
  return {
    status: 401,
    headers: { 'www-authenticate': challenge },
    body: Buffer.from('{"errors":[{"code":"UNAUTHORIZED"}]}'),
    url: new URL(url)
  }
}

function bearer(realm: string): string {
  return `Bearer realm="${realm}",service="${SERVICE}",scope="${SCOPE}"`
}

/** An Authenticator for the registry at `registry` (its origin is all that counts). */
function authenticator(
  transport: Transport,
  credential: Credential | undefined,
  registry = 'http://127.0.0.1:5000/v2/'
): { auth: Authenticator; masked: string[] } {
  const masked: string[] = []
  const url = new URL(registry)
  const auth = new Authenticator({
    transport,
    registry: new URL(url.origin),
    plainHttp: url.protocol === 'http:',
    credential,
    mask: (s) => masked.push(s)
  })
  return { auth, masked }
}

function base64(text: string): string {
  return Buffer.from(text).toString('base64')
}

/** A Bearer challenge naming `realm` is refused with `message`, before anything is sent. */
async function expectRealmRefused(
  credential: Credential,
  registry: string,
  realm: string,
  message: RegExp
): Promise<void> {
  const { transport, sent } = refusingTransport()
  const { auth } = authenticator(transport, credential, registry)
  const answer = unauthorized(new URL('/v2/', registry).href, bearer(realm))
  await expect(auth.fromChallenge(answer, [SCOPE], false)).rejects.toThrow(message)
  expect(sent).toEqual([])
}

describe('credentials over plain http', () => {
  const credentials: Credential[] = [
    ALICE,
    { source: 'identity', username: 'alice', identityToken: REFRESH_TOKEN }
  ]

  it.each(credentials)(
    'refuses Basic to a registry on another machine before sending ($source)',
    async (credential) => {
      const { transport, sent } = refusingTransport()
      const { auth, masked } = authenticator(transport, credential, 'http://registry.example/')
      const answer = unauthorized('http://registry.example/v2/', 'Basic realm="registry"')
      const failure = auth.fromChallenge(answer, [SCOPE], false)
      await expect(failure).rejects.toThrow(RegistryError)
      await expect(failure).rejects.toThrow(
        /Refusing to send credentials over plain http to registry\.example/
      )
      expect(sent).toEqual([])
      expect(masked).toEqual([])
      expect(auth.cached(new URL('http://registry.example'), [SCOPE])).toBeUndefined()
    }
  )

  it.each(credentials)(
    'refuses a token request to a plain-http realm on another machine before sending ($source)',
    (credential) =>
      expectRealmRefused(
        credential,
        'https://registry.example/',
        'http://auth.example/token',
        /^registry\.example named the token realm http:\/\/auth\.example, but a realm must use https, or plain http on the registry's own host when plain http is on; refusing to send the credentials from (test source|identity) there: check that the destination is the registry you meant$/
      )
  )

  it.each(credentials)(
    'refuses a plain-http realm on the same host of another machine: nothing secret travels unencrypted ($source)',
    (credential) =>
      expectRealmRefused(
        credential,
        'http://registry.example:5000/',
        'http://registry.example:5001/token',
        /^Refusing to send credentials over plain http to registry\.example:5001: they would travel unencrypted: use https/
      )
  )

  it('sends Basic over https, and over plain http to this machine', async () => {
    const expected = 'Basic ' + base64('alice:alice-pw')
    for (const url of [
      'https://registry.example/v2/',
      'http://127.0.0.1:5000/v2/',
      'http://localhost:5000/v2/',
      'http://[::1]:5000/v2/'
    ]) {
      const { transport, sent } = refusingTransport()
      const { auth, masked } = authenticator(transport, ALICE, url)
      const answer = unauthorized(url, 'Basic realm="registry"')
      expect(await auth.fromChallenge(answer, [SCOPE], false)).toBe(expected)
      expect(masked).toEqual([base64('alice:alice-pw')])
      expect(sent).toEqual([])
    }
  })

  it('asks for an anonymous token over plain http to another machine: there is no secret to protect', async () => {
    const { transport, sent } = refusingTransport()
    const { auth } = authenticator(transport, undefined, 'http://registry.example/')
    const answer = unauthorized('http://registry.example/v2/', bearer('http://auth.example/token'))
    await expect(auth.fromChallenge(answer, [SCOPE], false)).rejects.toThrow(
      'nothing may be sent in this test'
    )
    expect(sent.map((r) => [r.method, r.url.host])).toEqual([['GET', 'auth.example']])
  })
})

describe('Basic', () => {
  it('uses an identity token as the password when there is a user name', async () => {
    const { transport } = refusingTransport()
    const credential = { source: 'acr', username: TOKEN_USER, identityToken: REFRESH_TOKEN }
    const { auth } = authenticator(transport, credential, 'https://registry.example/')
    const answer = unauthorized('https://registry.example/v2/', 'Basic realm="r"')
    expect(await auth.fromChallenge(answer, [SCOPE], false)).toBe(
      'Basic ' + base64(`${TOKEN_USER}:${REFRESH_TOKEN}`)
    )
  })

  it('offers nothing without a user name or without credentials', async () => {
    const answer = unauthorized('https://registry.example/v2/', 'Basic realm="r"')
    for (const credential of [
      undefined,
      { source: 'token only', identityToken: REFRESH_TOKEN }
    ] as const) {
      const { auth } = authenticator(
        refusingTransport().transport,
        credential,
        'https://registry.example/'
      )
      expect(await auth.fromChallenge(answer, [SCOPE], false)).toBeUndefined()
    }
  })

  it('caches one value for every scope of the registry, for the registry alone', async () => {
    const { auth } = authenticator(
      refusingTransport().transport,
      ALICE,
      'https://registry.example/'
    )
    const answer = unauthorized('https://registry.example/v2/', 'Basic realm="r"')
    const value = await auth.fromChallenge(answer, [SCOPE], false)
    expect(auth.cached(new URL('https://registry.example'), ['repository:other:pull'])).toBe(value)
    expect(auth.cached(new URL('https://registry.example'), MOUNT_SCOPES)).toBe(value)
    expect(auth.cached(new URL('https://other.example'), [SCOPE])).toBeUndefined()
    // Same host, another scheme or port: another origin.
    expect(auth.cached(new URL('http://registry.example'), [SCOPE])).toBeUndefined()
    expect(auth.cached(new URL('https://registry.example:8443'), [SCOPE])).toBeUndefined()
  })
})

describe('Bearer tokens from the harness token server', () => {
  let dir: string
  let server: TokenServer
  let getOnly: TokenServer
  const registryUrl = 'http://127.0.0.1:5000/v2/'

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'auth-test-'))
    const users = {
      alice: { password: 'alice-pw', actions: ['pull', 'push'] as ('pull' | 'push')[] },
      [TOKEN_USER]: { password: REFRESH_TOKEN, actions: ['pull', 'push'] as ('pull' | 'push')[] }
    }
    const [postDir, getDir] = [path.join(dir, 'post'), path.join(dir, 'get')]
    await Promise.all([mkdir(postDir), mkdir(getDir)])
    ;[server, getOnly] = await Promise.all([
      startTokenServer({
        dir: postDir,
        service: SERVICE,
        issuer: 'auth-test-issuer',
        users,
        refreshTokens: { [REFRESH_TOKEN]: 'alice' }
      }),
      startTokenServer({
        dir: getDir,
        service: SERVICE,
        issuer: 'auth-test-issuer',
        users,
        oauthPost: false
      })
    ])
  })
  afterAll(async () => {
    await Promise.all([server?.close(), getOnly?.close()])
    await rm(dir, { recursive: true, force: true })
  })

  function issuedSince(tokens: TokenServer, before: number): string[] {
    return tokens.issuedTokens.slice(before)
  }

  /** One challenge answered with `credential`: the header value, the one token issued for it. */
  async function oneToken(credential: Credential, tokenServer = server, logger?: Logger) {
    const transport = realTransport(logger)
    const { auth, masked } = authenticator(transport, credential)
    const before = tokenServer.requests.length
    const issued = tokenServer.issuedTokens.length
    const value = await auth.fromChallenge(
      unauthorized(registryUrl, bearer(tokenServer.url)),
      [SCOPE],
      false
    )
    transport.close()
    const tokens = issuedSince(tokenServer, issued)
    expect(tokens).toHaveLength(1)
    const token = tokens[0]!
    expect(value).toBe(`Bearer ${token}`)
    return { auth, masked, value, token, requests: tokenServer.requests.slice(before) }
  }

  it('gets a token with GET and Basic, masks it and caches it for the scope', async () => {
    const { auth, masked, value, token, requests } = await oneToken(ALICE)
    expect(requests).toEqual([
      { method: 'GET', scope: SCOPE, service: SERVICE, user: 'alice', status: 200 }
    ])
    expect(masked).toEqual([base64('alice:alice-pw'), token])
    expect(auth.cached(new URL('http://127.0.0.1:5000'), [SCOPE])).toBe(value)
    expect(auth.cached(new URL('http://127.0.0.1:5000'), ['repository:other:pull'])).toBeUndefined()
  })

  it('asks for several scopes in one GET, one scope parameter each, and caches the token for the set', async () => {
    const transport = realTransport()
    const { auth } = authenticator(transport, ALICE)
    const before = server.requests.length
    const answer = unauthorized(registryUrl, bearer(server.url))
    // The same set in another order, or with a repeat, is the same request.
    const values = await Promise.all([
      auth.fromChallenge(answer, MOUNT_SCOPES, false),
      auth.fromChallenge(answer, [...MOUNT_SCOPES].reverse(), false),
      auth.fromChallenge(answer, [...MOUNT_SCOPES, SCOPE], false)
    ])
    transport.close()
    expect(new Set(values).size).toBe(1)
    expect(server.requests.slice(before)).toEqual([
      { method: 'GET', scope: MOUNT_SCOPES.join(' '), service: SERVICE, user: 'alice', status: 200 }
    ])
    const token = values[0]!.replace(/^Bearer /, '')
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      access: unknown
    }
    expect(claims.access).toEqual([
      { type: 'repository', name: 'team/pack', actions: ['pull', 'push'] },
      { type: 'repository', name: 'team/base', actions: ['pull'] }
    ])
    const origin = new URL('http://127.0.0.1:5000')
    expect(auth.cached(origin, [MOUNT_SCOPES[1]!, MOUNT_SCOPES[0]!])).toBe(values[0])
    // A token for the pair is not taken for one of them alone: each set is its own entry.
    expect(auth.cached(origin, [SCOPE])).toBeUndefined()
  })

  it('exchanges an identity token with the OAuth2 refresh-token POST', async () => {
    const { masked, token, requests } = await oneToken({
      source: 'identity',
      identityToken: REFRESH_TOKEN
    })
    expect(requests).toEqual([
      {
        method: 'POST',
        scope: SCOPE,
        service: SERVICE,
        grantType: 'refresh_token',
        user: 'alice',
        status: 200
      }
    ])
    expect(masked).toEqual([token])
  })

  it('falls back to GET with Basic user:identity-token when the POST gets 405', async () => {
    const logger = recordingLogger()
    const credential = { source: 'acr', username: TOKEN_USER, identityToken: REFRESH_TOKEN }
    const { requests } = await oneToken(credential, getOnly, logger)
    expect(requests.map((r) => [r.method, r.status, r.user])).toEqual([
      ['POST', 405, undefined],
      ['GET', 200, TOKEN_USER]
    ])
    expect(logger.lines).toContainEqual(
      expect.stringMatching(/answered 405 to the OAuth2 token POST; asking with GET instead/)
    )
  })

  it('names the source and the method when the token server refuses the credentials', async () => {
    const cases: [Credential, string, RegExp][] = [
      [{ ...ALICE, source: 'inputs username/password', password: 'wrong' }, 'GET', /incorrect/],
      [{ source: 'helper x', identityToken: 'refresh-unknown' }, 'POST', /unknown refresh token/]
    ]
    for (const [credential, method, detail] of cases) {
      const transport = realTransport()
      const { auth } = authenticator(transport, credential)
      const error = await auth
        .fromChallenge(unauthorized(registryUrl, bearer(server.url)), [SCOPE], false)
        .catch((e: unknown) => e)
      transport.close()
      expect(error).toBeInstanceOf(RegistryError)
      const { message } = error as RegistryError
      expect(message).toContain(`refused the credentials from ${credential.source}`)
      expect(message).toMatch(detail)
      expect((error as RegistryError).method).toBe(method)
      expect(message).not.toContain('wrong')
    }
  })

  it('sends a registry token as is, asking no token server', async () => {
    const { transport, sent } = refusingTransport()
    const { auth } = authenticator(transport, { source: 'rt', registryToken: 'ready-token' })
    const value = await auth.fromChallenge(
      unauthorized(registryUrl, bearer(server.url)),
      [SCOPE],
      false
    )
    expect(value).toBe('Bearer ready-token')
    expect(sent).toEqual([])
  })

  it('shares one token request between concurrent callers, and asks again on refresh', async () => {
    const transport = realTransport()
    const { auth } = authenticator(transport, ALICE)
    const answer = unauthorized(registryUrl, bearer(server.url))
    const before = server.requests.length
    const values = await Promise.all(
      [1, 2, 3].map(() => auth.fromChallenge(answer, [SCOPE], false))
    )
    expect(new Set(values).size).toBe(1)
    expect(server.requests.length - before).toBe(1)

    const renewed = await auth.fromChallenge(answer, [SCOPE], true)
    transport.close()
    expect(server.requests.length - before).toBe(2)
    expect(renewed).not.toBe(values[0])
    expect(auth.cached(new URL('http://127.0.0.1:5000'), [SCOPE])).toBe(renewed)
  })

  it('a 401 that arrives after its peers got the token is answered with that token', async () => {
    const transport = realTransport()
    const { auth } = authenticator(transport, ALICE)
    const answer = unauthorized(registryUrl, bearer(server.url))
    const before = server.requests.length
    const first = await auth.fromChallenge(answer, [SCOPE], false)
    const late = await auth.fromChallenge(answer, [SCOPE], false)
    transport.close()
    expect(late).toBe(first)
    expect(server.requests.length - before).toBe(1)
  })

  it('anticipates a token for new scopes from the last Bearer challenge, once for concurrent callers', async () => {
    const transport = realTransport()
    const { auth } = authenticator(transport, ALICE)
    const registry = new URL('http://127.0.0.1:5000/v2/x/blobs/sha256:0')
    // No challenge seen yet: nothing to anticipate from.
    expect(await auth.anticipate(registry, [SCOPE])).toBeUndefined()
    await auth.fromChallenge(unauthorized(registryUrl, bearer(server.url)), [SCOPE], false)
    const other = ['repository:team/other:pull,push']
    const before = server.requests.length
    const values = await Promise.all([1, 2].map(() => auth.anticipate(registry, other)))
    // Never for another origin.
    expect(await auth.anticipate(new URL('http://127.0.0.1:5001/v2/'), other)).toBeUndefined()
    transport.close()
    expect(values[0]).toMatch(/^Bearer /)
    expect(values[1]).toBe(values[0])
    expect(server.requests.slice(before).map((r) => r.scope)).toEqual([other[0]])
    expect(auth.cached(registry, other)).toBe(values[0])
  })
})

describe('token answers a token server may give', () => {
  interface Seen {
    method: string
    url: URL
    contentType?: string
    body: string
  }
  const servers: http.Server[] = []

  async function tokenEndpoint(
    answer: (seen: Seen) => { status: number; body: string }
  ): Promise<{ realm: string; seen: Seen[] }> {
    const seen: Seen[] = []
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const entry: Seen = {
          method: req.method ?? '',
          url: new URL(req.url ?? '/', 'http://127.0.0.1'),
          contentType: req.headers['content-type'],
          body: Buffer.concat(chunks).toString()
        }
        seen.push(entry)
        const { status, body } = answer(entry)
        res.writeHead(status, { 'Content-Type': 'application/json' })
        res.end(body)
      })
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return { realm: `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`, seen }
  }

  afterEach(async () => {
    await Promise.all(
      servers.splice(0).map((s) => {
        s.closeAllConnections()
        return new Promise((resolve) => s.close(resolve))
      })
    )
  })

  async function negotiate(realm: string, credential: Credential = ALICE) {
    const transport = realTransport()
    const { auth, masked } = authenticator(transport, credential)
    try {
      const value = await auth.fromChallenge(
        unauthorized('http://127.0.0.1:5000/v2/', bearer(realm)),
        [SCOPE],
        false
      )
      return { value, masked, auth }
    } finally {
      transport.close()
    }
  }

  it('POSTs the OAuth2 form: grant_type, refresh_token, client_id, service, scope', async () => {
    const { realm, seen } = await tokenEndpoint(() => ({
      status: 200,
      body: JSON.stringify({ access_token: 'access-1', expires_in: 300 })
    }))
    const { value } = await negotiate(realm, { source: 'id', identityToken: REFRESH_TOKEN })
    expect(value).toBe('Bearer access-1')
    expect(seen).toHaveLength(1)
    expect(seen[0]!.method).toBe('POST')
    expect(seen[0]!.url.search).toBe('')
    expect(seen[0]!.contentType).toBe('application/x-www-form-urlencoded')
    expect(Object.fromEntries(new URLSearchParams(seen[0]!.body))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: REFRESH_TOKEN,
      client_id: 'sherpack-push-action',
      service: SERVICE,
      scope: SCOPE
    })
  })

  it('several scopes: one scope parameter each on the GET, space-delimited in the POST form', async () => {
    const { realm, seen } = await tokenEndpoint((s) =>
      s.method === 'POST' ? { status: 405, body: '{}' } : { status: 200, body: '{"token":"t"}' }
    )
    const transport = realTransport()
    const { auth } = authenticator(transport, {
      source: 'id',
      username: 'bob',
      identityToken: REFRESH_TOKEN
    })
    const answer = unauthorized('http://127.0.0.1:5000/v2/', bearer(realm))
    expect(await auth.fromChallenge(answer, MOUNT_SCOPES, false)).toBe('Bearer t')
    transport.close()
    expect(seen.map((s) => s.method)).toEqual(['POST', 'GET'])
    expect(new URLSearchParams(seen[0]!.body).getAll('scope')).toEqual([MOUNT_SCOPES.join(' ')])
    expect(seen[1]!.url.searchParams.getAll('scope')).toEqual(MOUNT_SCOPES)
  })

  it('falls back to GET when the POST gets 404', async () => {
    const { realm, seen } = await tokenEndpoint((s) =>
      s.method === 'POST'
        ? { status: 404, body: '{}' }
        : { status: 200, body: JSON.stringify({ token: 'from-get' }) }
    )
    const { value } = await negotiate(realm, {
      source: 'id',
      username: 'bob',
      identityToken: REFRESH_TOKEN
    })
    expect(value).toBe('Bearer from-get')
    expect(seen.map((s) => s.method)).toEqual(['POST', 'GET'])
    expect(seen[1]!.url.searchParams.get('scope')).toBe(SCOPE)
    expect(seen[1]!.url.searchParams.get('service')).toBe(SERVICE)
  })

  it('prefers token to access_token, and masks a refresh_token it was not asked for', async () => {
    const { realm } = await tokenEndpoint(() => ({
      status: 200,
      body: JSON.stringify({ token: 'tok', access_token: 'acc', refresh_token: 'unasked-refresh' })
    }))
    const { value, masked } = await negotiate(realm)
    expect(value).toBe('Bearer tok')
    expect(masked).toContain('tok')
    expect(masked).toContain('unasked-refresh')
  })

  it('keeps a token without expires_in for about 60 s, and one with a short life not at all', async () => {
    const lasting = await tokenEndpoint(() => ({ status: 200, body: '{"token":"no-expiry"}' }))
    const first = await negotiate(lasting.realm)
    expect(first.auth.cached(new URL('http://127.0.0.1:5000'), [SCOPE])).toBe('Bearer no-expiry')

    const brief = await tokenEndpoint(() => ({
      status: 200,
      body: '{"token":"brief","expires_in":3}'
    }))
    const second = await negotiate(brief.realm)
    expect(second.value).toBe('Bearer brief')
    // Renewed 5 s early: a 3 s token is stale at once.
    expect(second.auth.cached(new URL('http://127.0.0.1:5000'), [SCOPE])).toBeUndefined()
  })

  it.each([
    ['not JSON', '<html>oops</html>', /answered with something that is not JSON/],
    ['no token', '{"expires_in":60}', /answered without a token/]
  ])('fails clearly on an answer with %s', async (_name, body, message) => {
    const { realm } = await tokenEndpoint(() => ({ status: 200, body }))
    await expect(negotiate(realm)).rejects.toThrow(message)
  })

  it('fails with the status and the source when the token server errs', async () => {
    const { realm } = await tokenEndpoint(() => ({
      status: 403,
      body: JSON.stringify({ errors: [{ code: 'DENIED', message: 'not for you' }] })
    }))
    await expect(negotiate(realm)).rejects.toThrow(
      /Token request \(credentials: test source\): GET http:\/\/127\.0\.0\.1:\d+\/token\?… answered 403 \(DENIED: not for you\)/
    )
  })
})

describe('credentials belong to the registry', () => {
  it.each([
    ['another host', 'https://evil.example/v2/'],
    ['another port', 'https://registry.example:8443/v2/'],
    ['another scheme', 'http://registry.example/v2/']
  ])('answers a 401 from %s with nothing, asking no realm', async (_what, url) => {
    const { transport, sent } = refusingTransport()
    const { auth, masked } = authenticator(transport, ALICE, 'https://registry.example/')
    for (const challenge of ['Basic realm="r"', bearer('https://evil.example/token')]) {
      expect(await auth.fromChallenge(unauthorized(url, challenge), [SCOPE], false)).toBeUndefined()
    }
    expect(sent).toEqual([])
    expect(masked).toEqual([])
    expect(auth.cached(new URL(url), [SCOPE])).toBeUndefined()
  })

  it('refuses a realm off the hosts a credential names, before sending anything', async () => {
    const { transport, sent } = refusingTransport()
    const credential = { ...ALICE, source: 'the workflow token', realmHosts: ['ghcr.io'] }
    for (const c of [credential, { ...credential, identityToken: REFRESH_TOKEN }]) {
      const { auth, masked } = authenticator(transport, c, 'https://ghcr.io/')
      const answer = unauthorized('https://ghcr.io/v2/', bearer('https://tokens.example/token'))
      await expect(auth.fromChallenge(answer, [SCOPE], false)).rejects.toThrow(
        'ghcr.io named the token realm https://tokens.example, but these credentials are only for a token realm on ghcr.io; refusing to send the credentials from the workflow token there: check that the destination is the registry you meant'
      )
      expect(masked).toEqual([])
    }
    expect(sent).toEqual([])
  })

  it('sends to a realm on a host the credential names', async () => {
    const { transport, sent } = refusingTransport()
    const credential = { ...ALICE, realmHosts: ['GHCR.io'] }
    const { auth } = authenticator(transport, credential, 'https://ghcr.io/')
    const answer = unauthorized('https://ghcr.io/v2/', bearer('https://ghcr.io/token'))
    await expect(auth.fromChallenge(answer, [SCOPE], false)).rejects.toThrow(
      'nothing may be sent in this test'
    )
    expect(sent.map((r) => r.url.origin)).toEqual(['https://ghcr.io'])
  })

  it('refuses a plain-http realm for an https registry, and one on another host with plain http', async () => {
    const cases: [string, string][] = [
      ['https://127.0.0.1:5000/', 'http://127.0.0.1:5001/token'],
      ['http://127.0.0.1:5000/', 'http://localhost:5001/token']
    ]
    for (const [registry, realm] of cases) {
      const { transport, sent } = refusingTransport()
      const { auth } = authenticator(transport, ALICE, registry)
      const answer = unauthorized(new URL('/v2/', registry).toString(), bearer(realm))
      await expect(auth.fromChallenge(answer, [SCOPE], false)).rejects.toThrow(
        /but a realm must use https, or plain http on the registry's own host when plain http is on/
      )
      expect(sent).toEqual([])
    }
  })
})
