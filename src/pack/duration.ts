// humantime 2's parse_duration (duration.rs), which Sherpack applies to crds.waitTimeout: one or
// more `<integer><unit>` spans, summed; whitespace may separate spans and sit inside them
// (`1h 30m`, `2 min`, even `1 0s`, read as 10s).

/** Seconds per unit, and nanoseconds for the sub-second ones. Case-sensitive. */
const UNITS: Record<string, { seconds: bigint; nanos: bigint }> = {}
const unit = (names: string, seconds: bigint, nanos = 0n): void => {
  for (const name of names.split(' ')) UNITS[name] = { seconds, nanos }
}
unit('nanos nsec ns', 0n, 1n)
unit('usec us', 0n, 1_000n)
unit('millis msec ms', 0n, 1_000_000n)
unit('seconds second secs sec s', 1n)
unit('minutes minute min mins m', 60n)
unit('hours hour hr hrs h', 3_600n)
unit('days day d', 86_400n)
unit('weeks week w', 604_800n)
unit('months month M', 2_630_016n) // 30.44 days
unit('years year y', 31_557_600n) // 365.25 days

const U64_MAX = 2n ** 64n - 1n
/** Rust's char::is_whitespace (Unicode White_Space). */
const WHITESPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/
const DIGIT = /[0-9]/
const LETTER = /[A-Za-z]/

export interface ParsedDuration {
  /** Total nanoseconds, when valid. */
  nanos?: bigint
  /** Why the text is no duration, in humantime's terms. */
  problem?: string
}

export function parseHumantimeDuration(text: string): ParsedDuration {
  const chars = Array.from(text)
  const is = (at: number, pattern: RegExp): boolean =>
    at < chars.length && pattern.test(chars[at] as string)
  let at = 0
  let total = 0n
  for (let spans = 0; ; spans++) {
    while (is(at, WHITESPACE)) at++
    if (at === chars.length) return spans === 0 ? { problem: 'it is empty' } : { nanos: total }
    if (!is(at, DIGIT)) return { problem: `a number is expected where '${chars[at]}' is` }
    let number = 0n
    for (; is(at, DIGIT) || is(at, WHITESPACE); at++) {
      if (is(at, DIGIT)) number = number * 10n + BigInt(chars[at] as string)
      if (number > U64_MAX) return { problem: 'the number is too large' }
    }
    const start = at
    while (is(at, LETTER)) at++
    if (at < chars.length && !is(at, DIGIT) && !is(at, WHITESPACE)) {
      return { problem: `'${chars[at]}' is not allowed (only digits, unit letters and spaces)` }
    }
    const name = chars.slice(start, at).join('')
    if (name === '') return { problem: 'a time unit is needed, e.g. 60s' }
    const found = UNITS[name]
    if (!found) return { problem: `'${name}' is not a time unit` }
    const scaled = number * (found.seconds > 0n ? found.seconds : found.nanos)
    if (scaled > U64_MAX) return { problem: 'the number is too large' }
    total += found.seconds > 0n ? scaled * 1_000_000_000n : scaled
    if (total / 1_000_000_000n > U64_MAX) return { problem: 'the duration is too long' }
  }
}
