// What the benchmark's modules share: the fixtures' constants and the record of results.

/** The prebuilt archives' payloads: about 120 MB, and about 450 MB for the memory check. */
export const LARGE_BYTES = 120 * 2 ** 20
export const HUGE_BYTES = 450 * 2 ** 20
/** One-way delays of the far registry's two proxies (round trips of twice that). */
export const FAR_DELAY_MS = Number(process.env.BENCH_DELAY_MS ?? 10)
export const FARTHER_DELAY_MS = Number(process.env.BENCH_FAR_DELAY_MS ?? 50)
export const CREATED = '2026-01-01T00:00:00+00:00'
export const ONE_TAG = ['1.0.0']
export const THREE_TAGS = ['1.0.0', '1.0', 'latest']

/** A name fit for a repository path: 'small, far, 1 tag' → 'small-far-1-tag'. */
export const slug = (text) =>
  text
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()

/**
 * Adds one push to ctx.results: a timed run (`measured`, with its stages and bytes when it went
 * through a proxy, and the CPU ms the registries used meanwhile), the requests the registry
 * logged, the last stage analysis.
 */
export function record(ctx, caseName, tool, { measured, requests, trace, registryCpuMs }) {
  let entry = ctx.results.find((r) => r.case === caseName && r.tool === tool)
  if (!entry) {
    entry = { case: caseName, tool, runs: [], requests: new Set() }
    ctx.results.push(entry)
  }
  if (measured) {
    entry.runs.push({
      wallMs: measured.wallMs,
      rssKb: measured.rssKb,
      cpuMs: measured.cpuMs,
      registryCpuMs,
      stages: trace?.stages,
      bytesSent: trace?.bytesSent
    })
  }
  if (requests) entry.requests.add(requests)
  if (trace) entry.trace = trace
}

/** The cases' names, as the tables show them ("far": TLS, behind the delaying proxy). */
export const CASES = {
  small1: 'small, loopback, 1 tag',
  small3: 'small, loopback, 3 tags',
  repush: 're-push, loopback, 3 tags',
  far1: `small, far ${2 * FAR_DELAY_MS} ms RTT, 1 tag`,
  far3: `small, far ${2 * FAR_DELAY_MS} ms RTT, 3 tags`,
  farther1: `small, far ${2 * FARTHER_DELAY_MS} ms RTT, 1 tag`,
  many: '5,000 templates, loopback, 1 tag',
  large: `${LARGE_BYTES / 2 ** 20} MiB prebuilt, loopback, 1 tag`,
  huge: `${HUGE_BYTES / 2 ** 20} MiB prebuilt, loopback, 1 tag`,
  multi: '12 packs × 2 registries'
}

export const TOOLS = {
  ours: 'ours',
  ours20: 'ours, Node 20',
  baseline: (name) => `ours (${name})`,
  oras: 'oras-go',
  skopeo: 'skopeo',
  floor: 'node floor',
  node: 'node -e 0'
}
