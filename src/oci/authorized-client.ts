// Requests to one registry with authentication, as the distribution spec's token flow has it
// (https://distribution.github.io/distribution/spec/auth/token/): a request the registry answers
// 401 is sent again with what its challenge asks for (Basic, or a Bearer token for the scopes
// the request needs). The blob and manifest stores send through here; Authenticator (auth.ts)
// decides what may be sent where.
import { challengeError, scopeKey, type Authenticator, type Scopes } from './auth.js'
import type { RegistryError } from './errors.js'
import { httpError } from './errors.js'
import { foreignChallenge, notARegistry, unauthorized } from './refusals.js'
import type { HttpRequest, HttpResponse, Transport } from './transport.js'
import type { Logger } from './types.js'

export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
].join(', ')

/** The token scopes for `repository`: pull, or pull and push. */
export function scopeFor(repository: string, access: 'push' | 'pull'): Scopes {
  return [`repository:${repository}:${access === 'push' ? 'pull,push' : 'pull'}`]
}

export class AuthorizedClient {
  /** Whether the registry has answered anything yet (for the words of a first failure). */
  contacted = false
  private readonly authenticated = new Set<string>()

  constructor(
    readonly base: URL,
    readonly transport: Transport,
    readonly auth: Authenticator,
    private readonly logger: Logger
  ) {}

  url(path: string): URL {
    return new URL(path, this.base)
  }

  /**
   * One request with authentication: on a 401, negotiate (once) and send again; a scope the
   * registry's known challenge covers gets its token before the first send. `renegotiate`
   * false: a 401 to a request that carried an authorization is returned as it came.
   */
  async send(request: HttpRequest, scope: Scopes, renegotiate = true): Promise<HttpResponse> {
    const cached =
      this.auth.cached(request.url, scope) ?? (await this.auth.anticipate(request.url, scope))
    const response = await this.transport.send(request, cached)
    this.contacted = true
    this.auth.noteAnswer(response)
    if (response.status !== 401 || (cached !== undefined && !renegotiate)) {
      return this.accessGranted(response, scope, cached)
    }
    const authorization = await this.auth.fromChallenge(response, scope, cached !== undefined)
    if (!authorization) return response
    const again = await this.transport.send(request, authorization)
    return this.accessGranted(again, scope, authorization)
  }

  /**
   * GET /v2/ with credentials for `scopes` (the spec's "determining support"): learns how the
   * registry wants us to authenticate, and gets the token, in a request of its own.
   */
  async ping(repository: string, scopes: Scopes): Promise<void> {
    const url = this.url('/v2/')
    const what = `Contact ${this.base.host}`
    const response = await this.send({ method: 'GET', url, what }, scopes)
    if (response.status === 200) return
    if (response.status === 404) throw notARegistry(this.base.host, url)
    throw this.failure(response, 'GET', repository, what, scopes)
  }

  /**
   * After a 404 where a registry never answers one (an upload session): GET /v2/ tells a host
   * that is no registry at all, which the push's first requests could not (a HEAD's 404 only
   * says "not there"). Returns when it does answer as a registry.
   */
  async assertRegistry(scope: Scopes): Promise<void> {
    const url = this.url('/v2/')
    const response = await this.send(
      { method: 'GET', url, what: `Contact ${this.base.host}` },
      scope
    )
    if (response.status === 404) throw notARegistry(this.base.host, url)
  }

  /** The error for an answer the caller did not expect. */
  failure(
    response: HttpResponse,
    method: string,
    repository: string,
    what: string,
    scope: Scopes
  ): RegistryError {
    if (response.status !== 401) {
      return httpError(method, response.url, response.status, response.body, what)
    }
    if (!this.auth.audience.isRegistry(response.url)) {
      return foreignChallenge(this.base.host, response.url, method)
    }
    const asker = {
      host: this.base.host,
      push: scope[0]?.endsWith(',push') ?? false,
      repository,
      credentialSource: this.auth.hasCredential ? this.auth.source : undefined,
      challengeError: challengeError(response)
    }
    return unauthorized(asker, method, response.url)
  }

  /**
   * The error for a HEAD the registry refused. A HEAD's answer has no body to say why, and the
   * first requests of a push are HEADs: the same GET is asked for the registry's own words.
   */
  async headFailure(
    response: HttpResponse,
    repository: string,
    what: string,
    scope: Scopes,
    signal?: AbortSignal
  ): Promise<RegistryError> {
    if (response.status === 401) return this.failure(response, 'HEAD', repository, what, scope)
    const headers = { Accept: MANIFEST_ACCEPT }
    const read = await this.send({ method: 'GET', url: response.url, headers, what, signal }, scope)
    if (read.status !== response.status) {
      return this.failure(response, 'HEAD', repository, what, scope)
    }
    return this.failure(read, 'GET', repository, what, scope)
  }

  /** Says once per scope how the registry let us in, at its first answer that is not a 401. */
  private accessGranted(
    response: HttpResponse,
    scope: Scopes,
    authorization: string | undefined
  ): HttpResponse {
    const key = scopeKey(scope)
    if (response.status !== 401 && !this.authenticated.has(key)) {
      this.authenticated.add(key)
      this.logger.info(this.auth.describeAccess(this.base.host, authorization !== undefined))
    }
    return response
  }
}
