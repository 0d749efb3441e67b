// The report's acceptance sections: issue 16's targets, issue 24's before and after (the
// baseline bundle and this tree, in the same run), and issue 15's 12 packs × 2 registries with
// its CPU against oras-go's and the profiles of where it goes.
import os from 'node:os'
import { CASES, TOOLS } from './common.mjs'
import { profileTables } from './cpu-profile.mjs'
import { beyondNode, checkTable, fmtRatio, ms, ratio, reader, table } from './report-format.mjs'

/** Packs × destinations of the multi-pack step: what its CPU is divided by. */
const PUSHES = 24

export function acceptanceSections(report) {
  return [
    '## Issue 16 targets',
    '',
    checkTable(issue16Checks(report)),
    '',
    ...issue24Section(report),
    ...multiPackSection(report),
    ...profileSection(report)
  ]
}

function issue16Checks(report) {
  const r = reader(report)
  const checks = []
  const check = (name, target, value, limit) =>
    checks.push({
      name,
      target,
      measured: fmtRatio(value),
      ok: value === undefined ? undefined : value <= limit
    })
  const ours = (c) => r.wall(c, TOOLS.ours)
  const versus = (c, tool) => ratio(ours(c), r.wall(c, tool))
  check(`${CASES.far1}: ours / oras-go`, '≤ 1.0', versus(CASES.far1, TOOLS.oras), 1)
  check(`${CASES.far1}: ours / skopeo`, '≤ 0.5', versus(CASES.far1, TOOLS.skopeo), 0.5)
  check('far: ours 3 tags / ours 1 tag', '≤ 1.15', ratio(ours(CASES.far3), ours(CASES.far1)), 1.15)
  check(
    `${CASES.small1}: (ours − \`node -e 0\`) / skopeo`,
    '≤ 1.0',
    ratio(beyondNode(r), r.wall(CASES.small1, TOOLS.skopeo)),
    1
  )
  check(`${CASES.large}: ours / skopeo`, '≤ 1.2', versus(CASES.large, TOOLS.skopeo), 1.2)
  check(
    `peak RSS, ours: ${CASES.large} / ${CASES.small1}`,
    '≤ 1.5',
    ratio(r.rss(CASES.large, TOOLS.ours), r.rss(CASES.small1, TOOLS.ours)),
    1.5
  )
  const t = report.tampered
  if (t) {
    checks.push({
      name: 'tampered prebuilt archive (a payload byte changed after MANIFEST hashed it)',
      target: 'fails; no blob kept; no tag',
      measured: `${t.failed ? `failed: ${t.message}` : 'succeeded'}; blob ${t.kept ? 'kept' : 'not kept'}; tags [${t.tags.join(', ')}]; requests ${t.requests}`,
      ok: t.failed && !t.kept && t.tags.length === 0
    })
  }
  const repush = [...(r.find(CASES.repush, TOOLS.ours)?.requests ?? [])]
  checks.push({
    name: 're-push requests (ours)',
    target: 'reads only',
    measured: repush.join(' / ') || '–',
    ok: repush.length ? repush.every((line) => !/PUT|POST|PATCH|DELETE/.test(line)) : undefined
  })
  return checks
}

/**
 * Issue 24's figures for one bundle (ours, or the baseline): each { value, detail }, the
 * ratio and what it is made of.
 */
function issue24Figures(r, tool) {
  // The fastest runs too: on a shared machine the least disturbed run of each tool.
  const fastest = (c, t) => {
    const runs = r.find(c, t)?.runs ?? []
    return runs.length ? Math.min(...runs.map((x) => x.wallMs)) : undefined
  }
  const walls = (c, other) => {
    const a = r.wall(c, tool)
    const b = r.wall(c, other)
    const least = fmtRatio(ratio(fastest(c, tool), fastest(c, other)))
    return { value: ratio(a, b), detail: `${ms(a)} / ${ms(b)}; fastest runs ${least}` }
  }
  const rss = (a, b) => {
    const x = r.rss(a, tool)
    const y = r.rss(b, tool)
    const mib = (kb) => (kb === undefined ? '–' : `${(kb / 1024).toFixed(0)} MiB`)
    return { value: ratio(x, y), detail: `${mib(x)} / ${mib(y)}` }
  }
  const cpu = () => {
    const a = r.runMedian(CASES.multi, tool, 'cpuMs')
    const b = r.runMedian(CASES.multi, TOOLS.oras, 'cpuMs')
    return { value: ratio(a, b), detail: `${ms(a)} / ${ms(b)}` }
  }
  return {
    far: walls(CASES.far1, TOOLS.floor),
    farther: walls(CASES.farther1, TOOLS.floor),
    large: walls(CASES.large, TOOLS.oras),
    rss: rss(CASES.huge, CASES.large),
    cpu: cpu()
  }
}

/** Issue 24's acceptance figures, before (the baseline bundle) and after, in this run. */
function issue24Section(report) {
  const r = reader(report)
  const after = issue24Figures(r, TOOLS.ours)
  const before = r.baseline ? issue24Figures(r, r.baseline) : undefined
  const rows = [
    ['far', `${CASES.far1}: wall / node floor`, 1.25],
    ['farther', `${CASES.farther1}: wall / node floor`, 1.12],
    ['large', `${CASES.large}: wall / oras-go`, 1.6],
    ['rss', `peak RSS: ${CASES.huge} / ${CASES.large}`, 1.2],
    ['cpu', `CPU of ${CASES.multi} / oras-go's ${PUSHES} pushes, one process each`, 1.0]
  ]
  const cell = (f) => (f?.value === undefined ? '–' : `${fmtRatio(f.value)} (${f.detail})`)
  const met = (f, limit) => (f?.value === undefined ? '–' : f.value <= limit ? 'yes' : '**no**')
  const body = rows.map(([key, name, limit]) => [
    name,
    `≤ ${limit.toFixed(2)}`,
    cell(before?.[key]),
    met(before?.[key], limit),
    cell(after[key]),
    met(after[key], limit)
  ])
  for (const key of ['far', 'farther']) {
    const [b, a] = [before?.[key]?.value, after[key].value]
    const name = rows.find((row) => row[0] === key)[1]
    body.push([
      `${name}: no slower than before`,
      '≤ before',
      b === undefined ? '–' : fmtRatio(b),
      '–',
      fmtRatio(a),
      a === undefined || b === undefined ? '–' : a <= b ? 'yes' : '**no**'
    ])
  }
  const beforeName = r.baseline ?? 'no baseline (BENCH_BASELINE=none)'
  return [
    '## Issue 24: before and after',
    '',
    `Before: ${beforeName}, the bundle of the commit before the refactor (bench/before.mjs), run in this same run beside this tree's ("ours"), on ${report.machineBefore.node}. Walls and RSS: medians of the runs (a wall's target is checked on the medians; the ratio of the fastest runs, each tool's least disturbed by the machine's other work, follows); CPU: medians of the runs of the step, user + system in ms steps (bash \`times\`), oras-go's the sum of its ${PUSHES} processes.`,
    '',
    table(['check', 'target', 'before', 'met', 'after (this tree)', 'met'], body),
    ''
  ]
}

/** Issue 15's case: the whole step against a single pack's single push of the same run. */
function multiPackSection(report) {
  const out = [`## Issue 15: ${CASES.multi}`, '']
  if (!report.multiPack || report.multiPack.skipped) {
    out.push('Not run: `BENCH_MULTI_PACK=1` runs it.', '')
    return out
  }
  const r = reader(report)
  const value = ratio(r.wall(CASES.multi, TOOLS.ours), r.wall(CASES.small1, TOOLS.ours))
  out.push(
    checkTable([
      {
        name: `${CASES.multi} (${ms(r.wall(CASES.multi, TOOLS.ours))}) / ${CASES.small1} (ours)`,
        target: '≤ 2.0',
        measured: fmtRatio(value),
        ok: value === undefined ? undefined : value <= 2
      }
    ]),
    '',
    ...cpuTable(r),
    ''
  )
  return out
}

/**
 * The CPU of the step by each tool: ours and the baseline (one process), oras-go (24, summed),
 * `node -e 0` (one, what any Node process pays), the registries' meanwhile, and the wall no
 * scheduling can beat on this machine's cores, (tool + registries) / cores.
 */
function cpuTable(r) {
  const cores = os.availableParallelism()
  const tools = [TOOLS.ours, r.baseline, TOOLS.oras, TOOLS.floor, TOOLS.node].filter(
    (t) => t && r.find(CASES.multi, t)
  )
  const rows = tools.map((tool) => {
    const cpu = r.runMedian(CASES.multi, tool, 'cpuMs')
    const registries = r.runMedian(CASES.multi, tool, 'registryCpuMs')
    const perPush = tool === TOOLS.node || cpu === undefined ? undefined : cpu / PUSHES
    const floor =
      cpu === undefined || registries === undefined ? undefined : (cpu + registries) / cores
    return [
      tool === TOOLS.oras
        ? `oras-go (${PUSHES} processes, walls summed)`
        : tool === TOOLS.floor
          ? `node floor (one process, ${PUSHES} pushes at once)`
          : tool,
      ms(r.wall(CASES.multi, tool)),
      ms(cpu),
      perPush === undefined ? '–' : `${perPush.toFixed(1)} ms`,
      tool === TOOLS.node ? '–' : ms(registries),
      tool === TOOLS.node ? '–' : ms(floor)
    ]
  })
  return [
    `CPU: user + system of the process(es), in ms steps (bash \`times\` around each), medians over the runs; the registries' processes meanwhile (/proc/<pid>/stat). They share this machine's ${cores} cores, so a wall cannot drop below (CPU + registries) / ${cores}, the CPU floor. The node floor pushes the same layouts with Node's HTTP client alone (no packaging, hashing or checks): what a Node process spends on the requests. \`node -e 0\`: the CPU of a Node process that does nothing, paid once by ours and by the floor.`,
    '',
    table(
      [
        'tool',
        'wall',
        'CPU',
        `per pack × destination (/ ${PUSHES})`,
        "registries' CPU",
        `CPU floor (/ ${cores} cores)`
      ],
      rows
    )
  ]
}

/** The profiles of the step (multi-pack.mjs), summarised by cpu-profile.mjs. */
function profileSection(report) {
  if (!report.profiles?.length) return []
  const out = [
    `## Where the CPU of ${CASES.multi} goes`,
    '',
    `More untimed runs of the step per bundle under \`node --cpu-prof\` (V8's sampling profiler, the main thread only; it starts after Node's own start-up, so that and the work of other threads, GC helpers and libuv's pool, are outside it). Self: the samples with that group's code on top of the stack (a JavaScript function's self time includes the native work it calls synchronously: a hash update, a sync deflate). Inclusive: the samples with that group anywhere on the stack. Shares are of the busy main thread (idle left out); the profiler samples by the clock, so on a busy machine a sample also lands while the thread waits for a core: read the shares. ≈ CPU ms per push: the share of the median CPU of the timed runs (above), / ${PUSHES}, an estimate (the CPU of other threads and of Node's start-up is spread over the shares). Made by [cpu-profile.mjs](cpu-profile.mjs), which also reads a .cpuprofile by hand.`,
    ''
  ]
  for (const p of report.profiles) {
    const s = p.summary
    out.push(
      `### ${p.tool}`,
      '',
      `${p.runs} profiled run(s), summed. CPU of a profiled run (median, profiler included): ${ms(p.cpuMs)}. The profiles: ${ms(s.wallMs)} from their start to the exit, ${ms(s.busyMs)} busy on the main thread, ${ms(s.idleMs)} idle.`,
      '',
      profileTables(s, {
        top: 15,
        cpuMs: reader(report).runMedian(CASES.multi, p.tool, 'cpuMs'),
        per: PUSHES
      }),
      ''
    )
  }
  return out
}
