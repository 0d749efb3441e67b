// WWW-Authenticate parsing (RFC 7235): several challenges per header, several headers,
// quoted values with commas and escapes, token68. Lenient: junk is skipped, never thrown.

export interface Challenge {
  /** Lower-cased auth scheme, e.g. 'bearer' or 'basic'. */
  scheme: string
  /** Auth params, keys lower-cased; the first of a repeated key wins. */
  params: Record<string, string>
  /** The token68 form (`Negotiate abc==`), when the challenge has one instead of params. */
  token68?: string
}

const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*/

export function parseChallenges(header: string | string[] | undefined): Challenge[] {
  if (header === undefined) return []
  // Node joins repeated headers with ', ', which is also how RFC 7235 lists challenges.
  const text = Array.isArray(header)
    ? header.filter((h) => typeof h === 'string').join(', ')
    : header
  if (typeof text !== 'string') return []
  return new ChallengeScanner(text).parse()
}

class ChallengeScanner {
  private pos = 0

  constructor(private readonly text: string) {}

  parse(): Challenge[] {
    const challenges: Challenge[] = []
    let current: Challenge | undefined
    for (;;) {
      this.skipWhile(/[\s,]/)
      if (this.pos >= this.text.length) break
      const name = this.token()
      if (name === '') {
        this.skipJunk()
        continue
      }
      const afterName = this.pos
      this.skipWhile(/[ \t]/)
      if (this.peek() === '=') {
        // An auth-param; one before any scheme has nothing to belong to and is dropped.
        this.pos++
        this.skipWhile(/[ \t]/)
        const value = this.value()
        const key = name.toLowerCase()
        if (current && !Object.hasOwn(current.params, key)) {
          // defineProperty, so a hostile '__proto__' key stays a plain entry
          Object.defineProperty(current.params, key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true
          })
        }
        continue
      }
      this.pos = afterName
      current = { scheme: name.toLowerCase(), params: {} }
      challenges.push(current)
      this.token68Into(current)
    }
    return challenges
  }

  /** After a scheme: `1*SP token68`, recognised only when a ',' or the end follows it. */
  private token68Into(challenge: Challenge): void {
    const start = this.pos
    this.skipWhile(/[ \t]/)
    if (this.pos === start) return
    const match = TOKEN68.exec(this.text.slice(this.pos))
    if (match) {
      const end = this.pos + match[0].length
      let next = end
      while (next < this.text.length && /[ \t]/.test(this.text[next] as string)) next++
      if (next === this.text.length || this.text[next] === ',') {
        challenge.token68 = match[0]
        this.pos = next
      }
    }
  }

  private value(): string {
    if (this.peek() === '"') return this.quoted()
    // Unquoted values should be tokens; registries also send bare URLs, so take up to ',' or space.
    const start = this.pos
    while (this.pos < this.text.length && !/[\s,]/.test(this.text[this.pos] as string)) this.pos++
    return this.text.slice(start, this.pos)
  }

  private quoted(): string {
    this.pos++ // opening quote
    let out = ''
    while (this.pos < this.text.length) {
      const c = this.text[this.pos] as string
      this.pos++
      if (c === '"') return out
      if (c === '\\' && this.pos < this.text.length) {
        out += this.text[this.pos]
        this.pos++
      } else {
        out += c
      }
    }
    return out // unterminated: keep what there was
  }

  private token(): string {
    const start = this.pos
    while (this.pos < this.text.length && TCHAR.test(this.text[this.pos] as string)) this.pos++
    return this.text.slice(start, this.pos)
  }

  /** Skips to the next ',' outside quotes. */
  private skipJunk(): void {
    while (this.pos < this.text.length && this.text[this.pos] !== ',') {
      if (this.text[this.pos] === '"') this.quoted()
      else this.pos++
    }
  }

  private skipWhile(pattern: RegExp): void {
    while (this.pos < this.text.length && pattern.test(this.text[this.pos] as string)) this.pos++
  }

  private peek(): string | undefined {
    return this.text[this.pos]
  }
}
