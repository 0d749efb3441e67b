// Errors from talking to a registry: what was asked, what came back, and what to do about it.
import { UserError, type UserErrorDetails } from '../errors.js'

/** One entry of the OCI error body: `{"errors":[{"code":"…","message":"…"}]}`. */
export interface OciErrorCode {
  code: string
  message?: string
}

/** A URL fit for messages: no query string (distribution signs `_state` in it) and no userinfo. */
export function redactUrl(url: string | URL): string {
  try {
    const u = new URL(url.toString())
    return `${u.protocol}//${u.host}${u.pathname}${u.search ? '?…' : ''}`
  } catch {
    return '<invalid URL>'
  }
}

/**
 * A registry (or the way to it) refused or failed a request. A user error: the message says
 * what was asked (method, redacted URL), what came back (status, the registry's codes) and,
 * where we know it, what to change.
 */
export class RegistryError extends UserError {
  override name = 'RegistryError'
  constructor(
    message: string,
    readonly method: string,
    readonly url: string,
    readonly status?: number,
    readonly codes: OciErrorCode[] = [],
    details: UserErrorDetails = {}
  ) {
    super(message, details)
  }

  /** Whether the registry's answer carried one of these error codes. */
  hasCode(...codes: string[]): boolean {
    return this.codes.some((c) => codes.includes(c.code))
  }
}

/** Parses an OCI error body; anything else (HTML from a proxy, empty) gives no codes. */
export function parseErrorCodes(body: Buffer | undefined): OciErrorCode[] {
  if (!body || body.length === 0) return []
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { errors?: unknown }
    if (!Array.isArray(parsed.errors)) return []
    return parsed.errors
      .filter((e): e is { code: unknown; message?: unknown } => typeof e === 'object' && e !== null)
      .map((e) => ({
        code: String(e.code ?? 'UNKNOWN'),
        message: typeof e.message === 'string' ? e.message : undefined
      }))
  } catch {
    return []
  }
}

interface Hint {
  text: string
  details?: UserErrorDetails
}

/** What a user can do about a status, for the registries our users meet most. */
function hintFor(status: number, codes: OciErrorCode[]): Hint | undefined {
  const has = (code: string) => codes.some((c) => c.code === code)
  switch (status) {
    case 401:
      return {
        text: 'The registry refused the credentials: check the user name and password (or the token), that they are for this registry, and that they have not expired.',
        details: { suggest: { option: 'credentials' } }
      }
    case 403:
      return {
        text: 'The credentials are valid but not allowed to push here: give the account push (write) access to this repository.',
        details: { suggest: { option: 'credentials' } }
      }
    case 404:
      if (has('NAME_UNKNOWN')) {
        return {
          text: 'The repository does not exist and this registry does not create it on push: create it first (e.g. an ECR repository), or check the name.',
          details: { option: 'destination' }
        }
      }
      return { text: 'Not found: check the registry host and repository name.' }
    default:
      return otherHint(status, codes)
  }
}

function otherHint(status: number, codes: OciErrorCode[]): Hint | undefined {
  const has = (code: string) => codes.some((c) => c.code === code)
  if (status === 405) {
    return {
      text: 'The registry does not allow this operation here (a read-only mirror, or a proxy in front of it).'
    }
  }
  if (status === 413) {
    return {
      text: 'The blob is too large for the registry or for a proxy in front of it: raise the proxy body limit (e.g. client_max_body_size for nginx).'
    }
  }
  if (status === 429) {
    return {
      text: 'The registry is rate-limiting this account: retry later, or authenticate to get a higher limit.'
    }
  }
  if (has('DIGEST_INVALID')) {
    return {
      text: 'The bytes sent are not those the digest was computed from: the file changed while it was being pushed. Let whatever writes it finish, then push again.'
    }
  }
  if (has('TAG_INVALID') || has('MANIFEST_INVALID')) {
    return {
      text: 'The registry rejected the manifest or tag. If tags are immutable in this repository (ECR, Harbor), this tag already holds other content.',
      details: { suggest: { option: 'overwrite', value: 'false' } }
    }
  }
  return status >= 500
    ? { text: 'The registry had an internal error; try again later.' }
    : undefined
}

export function httpError(
  method: string,
  url: string | URL,
  status: number,
  body?: Buffer,
  what?: string
): RegistryError {
  const u = new URL(url.toString())
  const codes = parseErrorCodes(body)
  const detail = codes.map((c) => (c.message ? `${c.code}: ${c.message}` : c.code)).join('; ')
  const hint = hintFor(status, codes)
  const shown = redactUrl(u)
  const message =
    `${what ? what + ': ' : ''}${method} ${shown} answered ${status}` +
    (detail ? ` (${detail})` : '') +
    (hint ? `. ${hint.text}` : '')
  return new RegistryError(message, method, shown, status, codes, hint?.details)
}
