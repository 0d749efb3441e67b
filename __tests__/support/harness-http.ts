// HTTP helpers for the harness's own requests. They carry their own User-Agent so the access
// log and the token server's records can leave them out: tests see only the code under test.

export const HARNESS_USER_AGENT = 'sherpack-test-harness'

export function isHarnessRequest(userAgent: string | undefined): boolean {
  return userAgent !== undefined && userAgent.startsWith(HARNESS_USER_AGENT)
}

/** `Basic …` for credentials written as `user:password` (the form skopeo's --creds takes). */
export function basicAuthorization(credentials: string): string {
  return 'Basic ' + Buffer.from(credentials, 'utf8').toString('base64')
}

export interface Challenge {
  scheme: string
  params: Record<string, string>
}

/**
 * The first challenge of a WWW-Authenticate header. Enough for the one challenge the CNCF
 * registry sends; the client under test has its own, complete parser.
 */
export function parseFirstChallenge(header: string): Challenge {
  const scheme = /^\s*([A-Za-z][\w-]*)/.exec(header)
  if (!scheme?.[1]) throw new Error(`not a WWW-Authenticate challenge: ${header}`)
  const params: Record<string, string> = {}
  const paramPattern = /([A-Za-z][\w-]*)=(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g
  for (const match of header.slice(scheme[0].length).matchAll(paramPattern)) {
    const name = match[1]
    if (name === undefined) continue
    params[name.toLowerCase()] = match[2]?.replace(/\\(.)/g, '$1') ?? match[3] ?? ''
  }
  return { scheme: scheme[1].toLowerCase(), params }
}
