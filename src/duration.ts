// Durations as users write them in inputs, flags and variables: `600` (seconds), `1.5s`,
// `1500ms`, `10m`, `1h`. One grammar for every setting that takes a time.

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/**
 * The longest duration taken: 596 hours (24.8 days). Node's timers hold at most 2^31-1 ms
 * (about 596.5 h); a longer one fires at once, with a TimeoutOverflowWarning
 * (https://nodejs.org/api/timers.html#settimeoutcallback-delay-args).
 */
export const MAX_DURATION_MS = 596 * UNIT_MS.h!
export const MAX_DURATION_TEXT = '596h'

/** What durations look like, for messages: "must be …, got 'x'". */
export const DURATION_FORM = 'a positive duration such as 600, 90s, 10m or 1h'

export type DurationReading = { ms: number } | { problem: string }

/** Milliseconds, rounded; or what is wrong: not a positive duration, or longer than 596h. */
export function readDuration(value: string): DurationReading {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(value)
  const ms = match ? Math.round(Number(match[1]) * (UNIT_MS[match[2] ?? 's'] ?? 1000)) : 0
  if (!(ms > 0)) return { problem: `must be ${DURATION_FORM}` }
  if (ms > MAX_DURATION_MS) {
    return {
      problem: `must be at most ${MAX_DURATION_TEXT} (24.8 days, the longest timer Node keeps)`
    }
  }
  return { ms }
}

/** Milliseconds, rounded; undefined for anything that is not a positive duration up to 596h. */
export function parseDuration(value: string): number | undefined {
  const reading = readDuration(value)
  return 'ms' in reading ? reading.ms : undefined
}
