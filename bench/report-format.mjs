// What the benchmark's report sections share: number formats, Markdown tables, lookups over the
// results.
import { CASES, TOOLS } from './common.mjs'
import { median } from './measure.mjs'

export const ms = (n) =>
  n === undefined ? '–' : n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n.toFixed(0)} ms`
export const mib = (kb) => (kb ? `${(kb / 1024).toFixed(0)} MiB` : '–')
export const bytes = (n) =>
  n === undefined
    ? '–'
    : n >= 2 ** 20
      ? `${(n / 2 ** 20).toFixed(1)} MiB`
      : n >= 1024
        ? `${(n / 1024).toFixed(1)} KiB`
        : `${n} B`
export const ratio = (a, b) => (a === undefined || b === undefined ? undefined : a / b)
export const fmtRatio = (r) => (r === undefined ? '–' : r.toFixed(2))
export const spread = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`

export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** Lookups over one report: entries, median wall and RSS, stages, the tools that ran. */
export function reader(report) {
  const find = (c, t) => report.results.find((r) => r.case === c && r.tool === t)
  const wall = (c, t) => {
    const runs = find(c, t)?.runs ?? []
    return runs.length ? median(runs.map((r) => r.wallMs)) : undefined
  }
  /** The median of a run field over the runs that have it: rssKb, cpuMs, registryCpuMs. */
  const runMedian = (c, t, key) => {
    const values = (find(c, t)?.runs ?? []).map((r) => r[key]).filter((n) => n !== undefined)
    return values.length ? median(values) : undefined
  }
  const rss = (c, t) => runMedian(c, t, 'rssKb')
  /** Far runs: the median of the timed runs' stages; loopback: the untimed traced run's. */
  const stages = (c, t) => {
    const entry = find(c, t)
    const timed = (entry?.runs ?? []).map((r) => r.stages).filter((n) => n !== undefined)
    return timed.length ? median(timed) : entry?.trace?.stages
  }
  const baseline = report.bundles.baseline
    ? TOOLS.baseline(report.bundles.baseline.name)
    : undefined
  return { find, wall, rss, runMedian, stages, baseline }
}

/** Loopback, small, 1 tag: ours minus `node -e 0`, both medians of the same case. */
export function beyondNode(r) {
  const ours = r.wall(CASES.small1, TOOLS.ours)
  const nodeZero = r.wall(CASES.small1, TOOLS.node)
  return ours === undefined || nodeZero === undefined ? undefined : ours - nodeZero
}

/** A table of checks: name, target, measured, met (yes, **no**, or – when not measured). */
export function checkTable(checks) {
  return table(
    ['check', 'target', 'measured', 'met'],
    checks.map((c) => [
      c.name,
      c.target,
      c.measured,
      c.ok === undefined ? '–' : c.ok ? 'yes' : '**no**'
    ])
  )
}
