// A Logger that keeps every line, prefixed with its level, for assertions on what was logged.
import type { Logger } from '../../src/oci/types.js'

export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (m) => lines.push(`info ${m}`),
    warning: (m) => lines.push(`warning ${m}`),
    debug: (m) => lines.push(`debug ${m}`)
  }
}
