// A Docker-style token server (the registry token-auth spec) for the test registry's token mode:
// GET with Basic or no credentials, and the OAuth2 POST form with password or refresh_token.
import {
  createHash,
  generateKeyPairSync,
  randomBytes,
  randomUUID,
  sign,
  X509Certificate,
  type KeyObject
} from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { isHarnessRequest } from './harness-http.js'
import { runChecked } from './run-command.js'

export type RegistryAction = 'pull' | 'push'

export interface TestUser {
  password: string
  actions: RegistryAction[]
  /** Actions on the repositories named here, instead of `actions`. */
  repositories?: Record<string, RegistryAction[]>
}

/** One entry of a token's `access` claim. */
export interface AccessEntry {
  type: string
  name: string
  actions: string[]
}

/** Which keys the JSON answer carries: real servers differ (ACR sends only access_token). */
export type TokenResponseShape = 'both' | 'access_token-only' | 'token-only'

export interface TokenServerOptions {
  /** Where the signing key and the certificate are written. */
  dir: string
  service: string
  issuer: string
  users: Record<string, TestUser>
  tokenResponse?: TokenResponseShape
  /** Seconds, both in the answer's expires_in and the token's exp. Default 300. */
  expiresIn?: number
  /** Refresh token → user name, accepted by `grant_type=refresh_token`. */
  refreshTokens?: Record<string, string>
  /** false: answer 405 to POST, as GHCR does. Default true. */
  oauthPost?: boolean
}

export interface TokenRequestRecord {
  method: string
  /** The requested scopes, space-separated, as asked. */
  scope?: string
  /** The user the request named (Basic, form username, or a refresh token's owner). */
  user?: string
  grantType?: string
  service?: string
  status: number
}

export interface TokenServer {
  /** The realm: http://127.0.0.1:PORT/token */
  url: string
  certificatePath: string
  /** The libtrust key id the tokens carry as `kid`. */
  keyId: string
  /** Every token and refresh token handed out to non-harness clients, to check for leaks. */
  issuedTokens: string[]
  /** Every non-harness request, in order. Passwords are never recorded. */
  requests: TokenRequestRecord[]
  /** A token signed like the served ones, for the harness's own requests; not recorded. */
  mintToken(subject: string, access: AccessEntry[]): string
  close(): Promise<void>
}

class TokenRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

interface Grant {
  user?: string
  scopes: string[]
  offline: boolean
  /** The refresh token presented, answered back as is when an offline token is asked. */
  refreshToken?: string
}

export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const keyPath = join(options.dir, 'token-signing-key.pem')
  const certificatePath = join(options.dir, 'token-signing-cert.pem')
  await writeFile(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 })
  await runChecked('openssl', [
    'req',
    '-x509',
    '-new',
    '-key',
    keyPath,
    '-subj',
    '/CN=' + options.issuer,
    '-days',
    '2',
    '-sha256',
    '-out',
    certificatePath
  ])
  const certificate = new X509Certificate(await readFile(certificatePath))
  if (!certificate.publicKey.equals(publicKey)) {
    throw new Error('openssl wrote a certificate for another key than the signing key')
  }
  const keyId = libtrustKeyId(publicKey)
  const expiresIn = options.expiresIn ?? 300
  const shape = options.tokenResponse ?? 'both'
  const refreshTokens = new Map(Object.entries(options.refreshTokens ?? {}))
  const issuedTokens: string[] = []
  const requests: TokenRequestRecord[] = []

  const mintToken = (subject: string, access: AccessEntry[]): string => {
    const now = Math.floor(Date.now() / 1000)
    const header = { typ: 'JWT', alg: 'ES256', kid: keyId }
    const claims = {
      iss: options.issuer,
      sub: subject,
      aud: options.service,
      exp: now + expiresIn,
      nbf: now - 1,
      iat: now,
      jti: randomUUID(),
      access
    }
    const signingInput = base64url(JSON.stringify(header)) + '.' + base64url(JSON.stringify(claims))
    // ES256 in a JWS is the raw 64-byte r||s, not DER.
    const signature = sign('sha256', Buffer.from(signingInput), {
      key: privateKey,
      dsaEncoding: 'ieee-p1363'
    })
    return signingInput + '.' + base64url(signature)
  }

  const authenticate = (user: string, password: string): string => {
    const known = options.users[user]
    if (known === undefined || known.password !== password) {
      throw new TokenRequestError(401, 'UNAUTHORIZED', 'incorrect username or password')
    }
    return user
  }

  const answer = (grant: Grant, record: TokenRequestRecord, harness: boolean) => {
    const access = grantAccess(grant.scopes, grant.user ? options.users[grant.user] : undefined)
    const token = mintToken(grant.user ?? '', access)
    const body: Record<string, unknown> = {}
    if (shape !== 'access_token-only') body.token = token
    if (shape !== 'token-only') body.access_token = token
    body.expires_in = expiresIn
    body.issued_at = new Date().toISOString()
    if (!harness) issuedTokens.push(token)
    if (grant.offline && grant.user !== undefined) {
      let refreshToken = grant.refreshToken
      if (refreshToken === undefined) {
        refreshToken = 'refresh-' + randomBytes(24).toString('hex')
        refreshTokens.set(refreshToken, grant.user)
      }
      body.refresh_token = refreshToken
      if (!harness) issuedTokens.push(refreshToken)
    }
    record.status = 200
    return body
  }

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const harness = isHarnessRequest(request.headers['user-agent'])
    const record: TokenRequestRecord = { method: request.method ?? '', status: 0 }
    if (!harness) requests.push(record)
    try {
      if (url.pathname !== '/token') throw new TokenRequestError(404, 'NOT_FOUND', 'no such path')
      let grant: Grant
      if (request.method === 'GET') {
        const scopes = url.searchParams.getAll('scope').flatMap(splitScopes)
        record.scope = scopes.join(' ') || undefined
        record.service = url.searchParams.get('service') ?? undefined
        checkService(record.service, options.service)
        grant = {
          scopes,
          offline: url.searchParams.get('offline_token') === 'true',
          user: basicUser(request.headers.authorization, record, authenticate)
        }
      } else if (request.method === 'POST') {
        if (options.oauthPost === false) {
          throw new TokenRequestError(405, 'UNSUPPORTED', 'POST is not supported here')
        }
        const form = new URLSearchParams(await readBody(request))
        const scopes = splitScopes(form.get('scope') ?? '')
        record.scope = scopes.join(' ') || undefined
        record.service = form.get('service') ?? undefined
        record.grantType = form.get('grant_type') ?? undefined
        checkService(record.service, options.service)
        grant = { scopes, offline: form.get('access_type') === 'offline' }
        if (record.grantType === 'password') {
          record.user = form.get('username') ?? undefined
          grant.user = authenticate(record.user ?? '', form.get('password') ?? '')
        } else if (record.grantType === 'refresh_token') {
          const presented = form.get('refresh_token') ?? ''
          const owner = refreshTokens.get(presented)
          if (owner === undefined) {
            throw new TokenRequestError(401, 'UNAUTHORIZED', 'unknown refresh token')
          }
          record.user = owner
          grant.user = owner
          grant.refreshToken = presented
        } else {
          throw new TokenRequestError(400, 'unsupported_grant_type', 'unsupported grant_type')
        }
      } else {
        throw new TokenRequestError(405, 'UNSUPPORTED', 'only GET and POST are served')
      }
      sendJson(response, 200, answer(grant, record, harness))
    } catch (error) {
      if (!(error instanceof TokenRequestError)) throw error
      record.status = error.status
      const headers: Record<string, string> =
        error.status === 401 ? { 'WWW-Authenticate': `Basic realm="${options.issuer}"` } : {}
      sendJson(
        response,
        error.status,
        { errors: [{ code: error.code, message: error.message }] },
        headers
      )
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      sendJson(response, 500, { errors: [{ code: 'INTERNAL', message: String(error) }] })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  server.unref()
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}/token`,
    certificatePath,
    keyId,
    issuedTokens,
    requests,
    mintToken,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

/**
 * The key id libtrust (and so the registry) derives from a public key: SHA-256 of the DER
 * SubjectPublicKeyInfo, first 240 bits, base32 without padding, in 12 groups of 4.
 */
export function libtrustKeyId(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' })
  const encoded = base32(createHash('sha256').update(der).digest().subarray(0, 30))
  return encoded.match(/.{4}/g)?.join(':') ?? ''
}

/** The actions of each requested scope that the user holds; anonymous gets nothing. */
function grantAccess(scopes: string[], user: TestUser | undefined): AccessEntry[] {
  const granted = new Map<string, AccessEntry>()
  for (const scope of scopes) {
    const first = scope.indexOf(':')
    const last = scope.lastIndexOf(':')
    if (first <= 0 || last === first) {
      throw new TokenRequestError(400, 'invalid_scope', `malformed scope "${scope}"`)
    }
    const type = scope.slice(0, first)
    const name = scope.slice(first + 1, last)
    const asked = scope.slice(last + 1).split(',')
    if (user === undefined || !type.startsWith('repository')) continue
    const held: string[] = user.repositories?.[name] ?? user.actions
    const actions = asked.filter((action) => held.includes(action))
    if (actions.length === 0) continue
    const key = `${type}:${name}`
    const entry = granted.get(key) ?? { type, name, actions: [] }
    entry.actions = [...new Set([...entry.actions, ...actions])]
    granted.set(key, entry)
  }
  return [...granted.values()]
}

function basicUser(
  authorization: string | undefined,
  record: TokenRequestRecord,
  authenticate: (user: string, password: string) => string
): string | undefined {
  if (authorization === undefined) return undefined
  const match = /^Basic\s+(\S+)$/i.exec(authorization)
  if (!match?.[1]) {
    throw new TokenRequestError(401, 'UNAUTHORIZED', 'only Basic credentials are accepted')
  }
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  const user = colon < 0 ? decoded : decoded.slice(0, colon)
  record.user = user
  return authenticate(user, colon < 0 ? '' : decoded.slice(colon + 1))
}

function checkService(asked: string | undefined, served: string): void {
  if (asked !== served) {
    throw new TokenRequestError(400, 'invalid_request', `service must be "${served}"`)
  }
}

function splitScopes(value: string): string[] {
  return value.split(' ').filter((scope) => scope !== '')
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  if (response.headersSent) {
    response.end()
    return
  }
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers })
  response.end(JSON.stringify(body))
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > 64 * 1024) throw new TokenRequestError(413, 'TOO_LARGE', 'form too large')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url')
}

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

function base32(data: Buffer): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of data) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += BASE32_ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
    value &= (1 << bits) - 1
  }
  if (bits > 0) out += BASE32_ALPHABET[(value << (5 - bits)) & 31]
  return out
}
