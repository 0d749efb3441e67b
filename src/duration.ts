// Durations as users write them in inputs, flags and variables: `600` (seconds), `1.5s`,
// `1500ms`, `10m`, `1h`. One grammar for every setting that takes a time.

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/** Milliseconds, rounded; undefined for anything that is not a positive duration. */
export function parseDuration(value: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(value)
  if (!match) return undefined
  const ms = Number(match[1]) * (UNIT_MS[match[2] ?? 's'] ?? 1000)
  return ms > 0 ? Math.round(ms) : undefined
}
