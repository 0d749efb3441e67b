// Authentication as the registry's 401 challenge asks for it: Basic, or a Bearer token from the
// realm (GET with Basic credentials, or an OAuth2 refresh-token POST for identity tokens).
import { parseChallenges, type Challenge } from './challenge.js'
import { RegistryError, httpError, parseErrorCodes, redactUrl } from './errors.js'
import { isLoopbackHost } from './reference.js'
import { header, type HttpResponse, type Transport } from './transport.js'
import type { Credential, SecretSink } from './types.js'

/** Tokens without `expires_in` live 60 s (token-auth spec); we renew a little early. */
const DEFAULT_TOKEN_LIFETIME_S = 60
const RENEW_MARGIN_MS = 5_000
const CLIENT_ID = 'sherpack-push-action'

interface CachedAuthorization {
  value: string
  expiresAt: number
}

export class Authenticator {
  private readonly cache = new Map<string, CachedAuthorization>()
  private readonly pending = new Map<string, Promise<string | undefined>>()

  constructor(
    private readonly transport: Transport,
    private readonly credential: Credential | undefined,
    private readonly mask: SecretSink
  ) {}

  get source(): string {
    return this.credential?.source ?? 'no credentials (anonymous)'
  }

  get hasCredential(): boolean {
    return this.credential !== undefined
  }

  /** The Authorization value to send for this host and scope, when one is known and fresh. */
  cached(host: string, scope: string): string | undefined {
    const hit = this.cache.get(`${host} ${scope}`) ?? this.cache.get(`${host} *`)
    if (hit && hit.expiresAt > Date.now()) return hit.value
    return undefined
  }

  /**
   * Works out an Authorization value from a 401 answer. `refresh` forgets what was cached (a
   * token the registry just refused). Returns undefined when we have nothing to offer.
   * Concurrent callers for the same host and scope share one token request.
   */
  async fromChallenge(
    response: HttpResponse,
    scope: string,
    refresh: boolean
  ): Promise<string | undefined> {
    const host = response.url.host
    const key = `${host} ${scope}`
    if (refresh) {
      this.cache.delete(key)
      this.cache.delete(`${host} *`)
    }
    const inFlight = this.pending.get(key)
    if (inFlight) return inFlight
    const work = this.negotiate(response, scope).finally(() => this.pending.delete(key))
    this.pending.set(key, work)
    return work
  }

  private async negotiate(response: HttpResponse, scope: string): Promise<string | undefined> {
    const challenges = parseChallenges(response.headers['www-authenticate'])
    const bearer = challenges.find((c) => c.scheme === 'bearer')
    const basic = challenges.find((c) => c.scheme === 'basic')
    const host = response.url.host
    if (bearer) {
      const token = await this.bearerToken(bearer, scope, response.url)
      if (!token) return undefined
      this.cache.set(`${host} ${scope}`, token)
      return token.value
    }
    if (basic) {
      const value = this.basicAuthorization(response.url)
      if (!value) return undefined
      // Basic does not depend on the scope: one entry serves every request to this host.
      this.cache.set(`${host} *`, { value, expiresAt: Number.POSITIVE_INFINITY })
      return value
    }
    return undefined
  }

  private basicAuthorization(url: URL): string | undefined {
    const encoded = this.basicCredentials(url)
    return encoded === undefined ? undefined : `Basic ${encoded}`
  }

  /**
   * base64 of `user:secret` for a Basic header, masked; the secret is the password, else the
   * identity token (what ACR and GHCR accept on their GET token endpoints). Undefined without a
   * user name. Throws before anything is sent when the URL is plain http to another machine.
   */
  private basicCredentials(url: URL): string | undefined {
    const username = this.credential?.username
    const secret = this.credential?.password ?? this.credential?.identityToken
    if (username === undefined || secret === undefined) return undefined
    assertSafeForCredentials(url)
    const encoded = Buffer.from(`${username}:${secret}`).toString('base64')
    this.mask(encoded)
    return encoded
  }

  private async bearerToken(
    challenge: Challenge,
    scope: string,
    registryUrl: URL
  ): Promise<CachedAuthorization | undefined> {
    if (this.credential?.registryToken) {
      return {
        value: `Bearer ${this.credential.registryToken}`,
        expiresAt: Number.POSITIVE_INFINITY
      }
    }
    const realm = challenge.params.realm
    if (!realm) {
      throw new RegistryError(
        `${registryUrl.host} asked for a Bearer token but named no realm to get it from`,
        'GET',
        redactUrl(registryUrl),
        401
      )
    }
    let realmUrl: URL
    try {
      realmUrl = new URL(realm, registryUrl)
    } catch {
      throw new RegistryError(
        `${registryUrl.host} sent an invalid token realm`,
        'GET',
        redactUrl(registryUrl),
        401
      )
    }
    const service = challenge.params.service
    let response: HttpResponse | undefined
    let method = 'GET'
    if (this.credential?.identityToken) {
      method = 'POST'
      response = await this.postRefreshToken(
        realmUrl,
        service,
        scope,
        this.credential.identityToken
      )
      // GHCR and others answer 404/405 to the OAuth2 POST: fall back to the GET flow.
      if (response.status === 404 || response.status === 405) {
        this.transport.logger.debug(
          `${response.url.host} answered ${response.status} to the OAuth2 token POST; asking with GET instead`
        )
        response = undefined
      }
    }
    if (!response) {
      method = 'GET'
      response = await this.getToken(realmUrl, service, scope)
    }
    if (response.status === 401 && this.credential) {
      const codes = parseErrorCodes(response.body).map((c) => c.message ?? c.code)
      throw new RegistryError(
        `The registry ${registryUrl.host} refused the credentials from ${this.source} (its token server ${response.url.host} answered 401${codes.length ? ': ' + codes.join('; ') : ''}): check the username and password/token, that they belong to this registry, and that they have not expired.`,
        method,
        redactUrl(response.url),
        401
      )
    }
    if (response.status !== 200) {
      throw httpError(
        method,
        response.url,
        response.status,
        response.body,
        `Token request (credentials: ${this.source})`
      )
    }
    return this.readToken(response)
  }

  private async getToken(
    realm: URL,
    service: string | undefined,
    scope: string
  ): Promise<HttpResponse> {
    const url = new URL(realm)
    if (service) url.searchParams.set('service', service)
    url.searchParams.set('scope', scope)
    const authorization = this.basicAuthorization(url)
    return this.transport.send(
      { method: 'GET', url, what: `Token request to ${url.host}` },
      authorization
    )
  }

  private async postRefreshToken(
    realm: URL,
    service: string | undefined,
    scope: string,
    refreshToken: string
  ): Promise<HttpResponse> {
    assertSafeForCredentials(realm)
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: CLIENT_ID,
      scope
    })
    if (service) form.set('service', service)
    const body = Buffer.from(form.toString())
    return this.transport.send({
      method: 'POST',
      url: realm,
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Content-Length': String(body.length)
      },
      body: () => body,
      what: `Token request to ${realm.host}`
    })
  }

  private readToken(response: HttpResponse): CachedAuthorization {
    let parsed: {
      token?: unknown
      access_token?: unknown
      expires_in?: unknown
      refresh_token?: unknown
    }
    try {
      parsed = JSON.parse(response.body.toString('utf8')) as typeof parsed
    } catch {
      throw new RegistryError(
        `The token server at ${response.url.host} answered with something that is not JSON`,
        'GET',
        redactUrl(response.url),
        response.status
      )
    }
    const token =
      typeof parsed.token === 'string' && parsed.token ? parsed.token : parsed.access_token
    if (typeof token !== 'string' || token === '') {
      throw new RegistryError(
        `The token server at ${response.url.host} answered without a token`,
        'GET',
        redactUrl(response.url),
        response.status
      )
    }
    this.mask(token)
    // Only asked for with access_type=offline, which we never send; masked should one come anyway.
    if (typeof parsed.refresh_token === 'string' && parsed.refresh_token) {
      this.mask(parsed.refresh_token)
    }
    const lifetime =
      typeof parsed.expires_in === 'number' && parsed.expires_in > 0
        ? parsed.expires_in
        : DEFAULT_TOKEN_LIFETIME_S
    return { value: `Bearer ${token}`, expiresAt: Date.now() + lifetime * 1000 - RENEW_MARGIN_MS }
  }
}

/** Credentials go over https, or over plain http only to this machine. */
function assertSafeForCredentials(url: URL): void {
  if (url.protocol === 'https:' || isLoopbackHost(url.host)) return
  throw new RegistryError(
    `Refusing to send credentials over plain http to ${url.host}: they would travel unencrypted. Use https (plain-http: false), or a registry on this machine (127.0.0.1) for tests.`,
    'GET',
    redactUrl(url)
  )
}

/** The `error` parameter of a Bearer challenge (e.g. insufficient_scope), for messages. */
export function challengeError(response: HttpResponse): string | undefined {
  const challenges = parseChallenges(header(response, 'www-authenticate'))
  return challenges.find((c) => c.scheme === 'bearer')?.params.error
}
