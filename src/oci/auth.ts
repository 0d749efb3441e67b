// Authentication as the registry's 401 challenge asks for it: Basic, or a Bearer token from the
// realm (GET with Basic credentials, or an OAuth2 refresh-token POST for identity tokens).
// Credentials belong to one registry: CredentialAudience is the one place that decides where
// they may go.
import { parseChallenges, type Challenge } from './challenge.js'
import { CredentialAudience } from './credential-audience.js'
import { RegistryError, httpError, parseErrorCodes, redactUrl } from './errors.js'
import { header, type HttpResponse, type Transport } from './transport.js'
import type { Credential, SecretSink } from './types.js'

/** Tokens without `expires_in` live 60 s (token-auth spec); we renew a little early. */
const DEFAULT_TOKEN_LIFETIME_S = 60
const RENEW_MARGIN_MS = 5_000
const CLIENT_ID = 'sherpack-push-action'
/** Cache key of a Basic value: it serves every scope. */
const ANY_SCOPE = '*'

/**
 * The token scopes one request needs (`repository:<name>:<actions>`), asked for together in one
 * token request: a mount needs push on the target and pull on the source.
 */
export type Scopes = readonly string[]

/** The same scopes in any order, or repeated, are one cache entry and one token request. */
export function scopeKey(scopes: Scopes): string {
  return [...new Set(scopes)].sort().join(' ')
}

interface CachedAuthorization {
  value: string
  expiresAt: number
}

export interface AuthenticatorOptions {
  transport: Transport
  /** The registry the credentials belong to: `http(s)://host[:port]`. */
  registry: URL
  /** Plain http was asked for: a plain-http realm on the registry's own host is accepted. */
  plainHttp: boolean
  credential?: Credential
  mask: SecretSink
}

export class Authenticator {
  readonly audience: CredentialAudience
  private readonly transport: Transport
  private readonly credential: Credential | undefined
  private readonly mask: SecretSink
  private readonly cache = new Map<string, CachedAuthorization>()
  private readonly pending = new Map<string, Promise<string | undefined>>()
  /** The registry's last Bearer challenge: tokens for other scopes are asked for at once. */
  private bearerChallenge?: Challenge
  private answered = false

  constructor(options: AuthenticatorOptions) {
    this.transport = options.transport
    this.credential = options.credential
    this.mask = options.mask
    this.audience = new CredentialAudience(
      options.registry,
      options.plainHttp,
      options.credential?.realmHosts
    )
  }

  get source(): string {
    return this.credential?.source ?? 'no credentials (anonymous)'
  }

  /**
   * How the registry let us in, in the words of what happened: with the credentials, with a
   * token its realm gave without any, or with nothing because it asked for nothing.
   */
  describeAccess(host: string, sentAuthorization: boolean): string {
    if (sentAuthorization) {
      return this.credential
        ? `Authenticated to ${host} as ${this.credential.source}`
        : `Authenticated to ${host} with an anonymous token (no credentials were found)`
    }
    return this.credential
      ? `${host} needed no credentials (those from ${this.credential.source} were not sent)`
      : `${host} needed no credentials`
  }

  get hasCredential(): boolean {
    return this.credential !== undefined
  }

  /**
   * Whether the registry has answered anything yet: after that, a scope it wants a token for
   * is asked for without waiting for its 401 (anticipate), and other scopes need none.
   */
  get knowsScheme(): boolean {
    return this.answered
  }

  /** Told of every answer from the registry's origin, so knowsScheme holds. */
  noteAnswer(response: HttpResponse): void {
    if (this.audience.isRegistry(response.url)) this.answered = true
  }

  /** The Authorization to send with a request to `url`: only the registry's origin gets one. */
  cached(url: URL, scopes: Scopes): string | undefined {
    if (!this.audience.isRegistry(url)) return undefined
    const hit = this.cache.get(scopeKey(scopes)) ?? this.cache.get(ANY_SCOPE)
    if (hit && hit.expiresAt > Date.now()) return hit.value
    return undefined
  }

  /**
   * The Authorization for `scopes` without waiting for a 401: a token from the realm of the
   * registry's last Bearer challenge (realm and service do not depend on the repository). The
   * round trip to the registry that would only fetch its challenge again is saved. Undefined
   * when no Bearer challenge was seen, or for a `url` that is not the registry.
   */
  async anticipate(url: URL, scopes: Scopes): Promise<string | undefined> {
    const challenge = this.bearerChallenge
    if (!challenge || !this.audience.isRegistry(url)) return undefined
    return this.shared(scopeKey(scopes), async (key) => {
      const token = await this.bearerToken(challenge, [...new Set(scopes)], this.audience.registry)
      if (!token) return undefined
      this.cache.set(key, token)
      return token.value
    })
  }

  /**
   * Works out an Authorization value from a 401 answer. `refresh` forgets what was cached (a
   * token the registry just refused). Returns undefined when we have nothing to offer, and
   * always for a 401 from anywhere but the registry: no credential answers another host.
   * Concurrent callers for the same scopes share one token request.
   */
  async fromChallenge(
    response: HttpResponse,
    scopes: Scopes,
    refresh: boolean
  ): Promise<string | undefined> {
    if (!this.audience.isRegistry(response.url)) return undefined
    const key = scopeKey(scopes)
    if (refresh) {
      this.cache.delete(key)
      this.cache.delete(ANY_SCOPE)
    } else {
      // A 401 to a request sent before its side-by-side peers got the token: that token serves.
      const ready = this.cached(response.url, scopes)
      if (ready !== undefined) return ready
    }
    const asked = [...new Set(scopes)]
    return this.shared(key, () => this.negotiate(response, asked, key))
  }

  /** Concurrent callers for the same scopes share one token request. */
  private shared(
    key: string,
    work: (key: string) => Promise<string | undefined>
  ): Promise<string | undefined> {
    const inFlight = this.pending.get(key)
    if (inFlight) return inFlight
    const started = work(key).finally(() => this.pending.delete(key))
    this.pending.set(key, started)
    return started
  }

  private async negotiate(
    response: HttpResponse,
    scopes: Scopes,
    key: string
  ): Promise<string | undefined> {
    const challenges = parseChallenges(response.headers['www-authenticate'])
    const bearer = challenges.find((c) => c.scheme === 'bearer')
    const basic = challenges.find((c) => c.scheme === 'basic')
    if (bearer) {
      this.bearerChallenge = bearer
      const token = await this.bearerToken(bearer, scopes, response.url)
      if (!token) return undefined
      this.cache.set(key, token)
      return token.value
    }
    if (basic) {
      const encoded = this.basicCredentials(() => this.audience.assertRegistry(response.url, 'GET'))
      if (encoded === undefined) return undefined
      // Basic does not depend on the scope: one entry serves every request to the registry.
      const value = `Basic ${encoded}`
      this.cache.set(ANY_SCOPE, { value, expiresAt: Number.POSITIVE_INFINITY })
      return value
    }
    return undefined
  }

  /**
   * base64 of `user:secret` for a Basic header, masked; the secret is the password, else the
   * identity token (what ACR and GHCR accept on their GET token endpoints). Undefined without a
   * user name. `check` runs first and throws when the destination may not have them.
   */
  private basicCredentials(check: () => void): string | undefined {
    const username = this.credential?.username
    const secret = this.credential?.password ?? this.credential?.identityToken
    if (username === undefined || secret === undefined) return undefined
    check()
    const encoded = Buffer.from(`${username}:${secret}`).toString('base64')
    this.mask(encoded)
    return encoded
  }

  private async bearerToken(
    challenge: Challenge,
    scopes: Scopes,
    registryUrl: URL
  ): Promise<CachedAuthorization | undefined> {
    if (this.credential?.registryToken) {
      // A ready token for this registry: it goes to the registry alone, no realm is asked.
      return {
        value: `Bearer ${this.credential.registryToken}`,
        expiresAt: Number.POSITIVE_INFINITY
      }
    }
    const realm = realmOf(challenge, registryUrl)
    const service = challenge.params.service
    let response: HttpResponse | undefined
    let method = 'GET'
    if (this.credential?.identityToken) {
      method = 'POST'
      response = await this.postRefreshToken(realm, service, scopes, this.credential.identityToken)
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
      response = await this.getToken(realm, service, scopes)
    }
    this.assertTokenGranted(response, method, registryUrl)
    return this.readToken(response)
  }

  private assertTokenGranted(response: HttpResponse, method: string, registryUrl: URL): void {
    if (response.status === 401 && this.credential) {
      const codes = parseErrorCodes(response.body).map((c) => c.message ?? c.code)
      throw new RegistryError(
        `The registry ${registryUrl.host} refused the credentials from ${this.source} (its token server ${response.url.host} answered 401${codes.length ? ': ' + codes.join('; ') : ''}): check the user name and password or token, that they belong to this registry, and that they have not expired.`,
        method,
        redactUrl(response.url),
        401,
        [],
        { suggest: { option: 'credentials' } }
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
  }

  /** One `scope` parameter per scope, as Docker asks (the token-auth spec's GET form). */
  private async getToken(
    realm: URL,
    service: string | undefined,
    scopes: Scopes
  ): Promise<HttpResponse> {
    const url = new URL(realm)
    if (service) url.searchParams.set('service', service)
    for (const scope of scopes) url.searchParams.append('scope', scope)
    const encoded = this.basicCredentials(() => this.audience.assertRealm(url, 'GET', this.source))
    return this.transport.send(
      { method: 'GET', url, what: `Token request to ${url.host}` },
      encoded === undefined ? undefined : `Basic ${encoded}`
    )
  }

  /** The OAuth2 form: its one `scope` field lists the scopes space-delimited (RFC 6749 §3.3). */
  private async postRefreshToken(
    realm: URL,
    service: string | undefined,
    scopes: Scopes,
    refreshToken: string
  ): Promise<HttpResponse> {
    this.audience.assertRealm(realm, 'POST', this.source)
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: CLIENT_ID,
      scope: scopes.join(' ')
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
    const parsed = parseTokenAnswer(response)
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

interface TokenAnswer {
  token?: unknown
  access_token?: unknown
  expires_in?: unknown
  refresh_token?: unknown
}

function parseTokenAnswer(response: HttpResponse): TokenAnswer {
  try {
    return JSON.parse(response.body.toString('utf8')) as TokenAnswer
  } catch {
    throw new RegistryError(
      `The token server at ${response.url.host} answered with something that is not JSON`,
      'GET',
      redactUrl(response.url),
      response.status
    )
  }
}

/** The realm of a Bearer challenge, resolved against the registry URL that sent it. */
function realmOf(challenge: Challenge, registryUrl: URL): URL {
  const realm = challenge.params.realm
  const fail = (why: string): never => {
    throw new RegistryError(`${registryUrl.host} ${why}`, 'GET', redactUrl(registryUrl), 401)
  }
  if (!realm) return fail('asked for a Bearer token but named no realm to get it from')
  try {
    return new URL(realm, registryUrl)
  } catch {
    return fail('sent an invalid token realm')
  }
}

/** The `error` parameter of a Bearer challenge (e.g. insufficient_scope), for messages. */
export function challengeError(response: HttpResponse): string | undefined {
  const challenges = parseChallenges(header(response, 'www-authenticate'))
  return challenges.find((c) => c.scheme === 'bearer')?.params.error
}
