// The benchmark's tables: the same Markdown on the console and in bench/results.md.
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import { CASES, TOOLS } from './common.mjs'
import { median, summarize } from './measure.mjs'
import { describeStages } from './stages.mjs'

export async function describeMachine(node) {
  const version = (command, args) => {
    try {
      return execFileSync(command, args, { encoding: 'utf8' }).trim().split('\n')[0]
    } catch {
      return 'unknown'
    }
  }
  return {
    cpu: `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    load: os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' '),
    node: version(node, ['--version']),
    skopeo: version('skopeo', ['--version']),
    registry: version('docker-registry', ['--version']),
    date: new Date().toISOString()
  }
}

const ms = (n) =>
  n === undefined ? '–' : n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n.toFixed(0)} ms`
const mib = (kb) => (kb ? `${(kb / 1024).toFixed(0)} MiB` : '–')
const bytes = (n) =>
  n === undefined
    ? '–'
    : n >= 2 ** 20
      ? `${(n / 2 ** 20).toFixed(1)} MiB`
      : n >= 1024
        ? `${(n / 1024).toFixed(1)} KiB`
        : `${n} B`
const ratio = (a, b) => (a === undefined || b === undefined ? undefined : a / b)
const fmtRatio = (r) => (r === undefined ? '–' : r.toFixed(2))
const spread = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** Lookups over one report: entries, median wall and RSS, stages, the tools that ran. */
function reader(report) {
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

function machineSection(report) {
  const { machineBefore: m, machineAfter } = report
  return [
    '## Machine',
    '',
    table(
      ['', ''],
      [
        ['CPU', m.cpu],
        ['memory', m.memory],
        ['OS', m.os],
        ['Node (runs ours, the node floor, `node -e 0`)', `${m.node} (${report.nodes.main})`],
        [
          'Node 20 (the "ours, Node 20" column)',
          report.nodes.node20
            ? `${report.nodes.versions[report.nodes.node20]} (${report.nodes.node20})`
            : '–'
        ],
        ['registry', m.registry],
        ['skopeo', m.skopeo],
        ['oras-go peer', report.peer ? 'oras-go v1.1.1, containerd 1.6 resolver' : 'did not build'],
        ['far', `TLS, behind a proxy delaying each way by ${report.delayMs} ms`],
        ['load average (1, 5, 15 min) before / after', `${m.load} / ${machineAfter.load}`]
      ]
    ),
    ''
  ]
}

function startupSection(report) {
  const { bundles, nodeStartup, warmCache, builtins, chunks } = report.startup
  const runs = bundles[0]?.importMs.n
  const rows = bundles.map((b) => [
    b.label,
    report.nodes.versions[b.node] ?? b.node,
    bytes(b.bytes),
    spread(b.importMs),
    spread(nodeStartup[b.node])
  ])
  const out = ['## Start-up', '']
  out.push(
    `Import: in-process time of \`await import()\` of the bundle with its entry code cut (nothing runs but the modules' top level), in a fresh process, ${runs} times; \`node -e 0\`: wall, ${runs} times.`,
    ''
  )
  out.push(table(['bundle', 'Node', 'size', 'import', '`node -e 0`'], rows), '')
  if (warmCache) {
    out.push(
      `With a warm \`NODE_COMPILE_CACHE\` (not enabled by the bundle): import ${spread(warmCache)}.`,
      ''
    )
  }
  if (builtins?.length) {
    out.push(
      'Node built-ins that dist/index.js imports, each imported alone in a fresh process on Node 24 (its cost when nothing else loaded its internals; they share some, so these do not add up). Lazy: imported with `import()` when a run needs it, not at start-up.',
      '',
      table(
        ['built-in', 'when', 'import (median)'],
        builtins.map((b) => [`\`${b.name}\``, b.lazy ? 'lazy' : 'start-up', ms(b.importMs.median)])
      ),
      ''
    )
  }
  if (chunks?.length) {
    out.push(
      "Each file of dist/ the action's bundle is made of, imported alone in a fresh process on Node 24 (median; a chunk's own static imports included, so these do not add up). Start-up: reached from dist/index.js by static imports; lazy: only through `import()`, when a run needs it.",
      '',
      table(
        ['file', 'when', 'size', 'holds', 'import (median)'],
        chunks.map((c) => [
          `\`${c.file}\``,
          c.when,
          bytes(c.bytes),
          c.holds.join(', ') || '–',
          ms(c.importMs.median)
        ])
      ),
      ''
    )
  }
  return out
}

const PUSH_CASES = [
  CASES.small1,
  CASES.small3,
  CASES.repush,
  CASES.far1,
  CASES.far3,
  CASES.many,
  CASES.large
]

function pushesSection(report) {
  const r = reader(report)
  const rows = []
  for (const c of PUSH_CASES) {
    for (const entry of report.results.filter((e) => e.case === c && e.runs.length)) {
      const wall = summarize(entry.runs.map((x) => x.wallMs))
      const sent = entry.runs.map((x) => x.bytesSent).filter((n) => n !== undefined)
      // `node -e 0` opens no connection: nothing to count.
      const wire = entry.trace?.connections > 0
      rows.push([
        c,
        entry.tool,
        ms(wall.median),
        `${ms(wall.min)}–${ms(wall.max)}`,
        String(wall.n),
        mib(r.rss(c, entry.tool)),
        wire ? (r.stages(c, entry.tool) ?? '–') : '–',
        wire ? bytes(sent.length ? median(sent) : entry.trace.bytesSent) : '–',
        wire ? String(entry.trace.connections) : '–',
        [...entry.requests].join(' / ')
      ])
    }
  }
  return [
    '## Pushes',
    '',
    "Wall: the whole process, spawn to exit (median, min–max). Peak RSS: GNU time. Stages: sequential round trips, from the delaying proxy's timestamps (stages.mjs): far cases, every timed run (median); loopback cases, one more untimed run per tool through a delaying proxy in front of the plain-http registry. Bytes sent (client → registry, TLS and headers included) and connections: the same runs. Requests: the registry's access log. skopeo and oras-go write one tag per push.",
    '',
    table(
      [
        'case',
        'tool',
        'wall',
        'min–max',
        'runs',
        'peak RSS',
        'stages',
        'bytes sent',
        'connections',
        'requests'
      ],
      rows
    ),
    ''
  ]
}

/** Loopback, small, 1 tag: ours minus `node -e 0`, both medians of the same case. */
function beyondNode(r) {
  const ours = r.wall(CASES.small1, TOOLS.ours)
  const nodeZero = r.wall(CASES.small1, TOOLS.node)
  return ours === undefined || nodeZero === undefined ? undefined : ours - nodeZero
}

function ratiosSection(report) {
  const r = reader(report)
  const nodeZero = r.wall(CASES.small1, TOOLS.node)
  const rows = PUSH_CASES.map((c) => {
    const ours = r.wall(c, TOOLS.ours)
    return [
      c,
      fmtRatio(ratio(ours, r.wall(c, TOOLS.oras))),
      fmtRatio(ratio(ours, r.wall(c, TOOLS.skopeo))),
      fmtRatio(ratio(ours, r.wall(c, TOOLS.floor))),
      fmtRatio(ratio(r.wall(c, TOOLS.ours20), ours)),
      r.baseline ? fmtRatio(ratio(ours, r.wall(c, r.baseline))) : '–'
    ]
  })
  return [
    '## Ratios (median walls)',
    '',
    table(
      [
        'case',
        'ours / oras-go',
        'ours / skopeo',
        'ours / node floor',
        'Node 20 / Node 24 (ours)',
        r.baseline ? `ours / ${r.baseline}` : 'ours / baseline'
      ],
      rows
    ),
    '',
    `Loopback, small, 1 tag: ours ${ms(r.wall(CASES.small1, TOOLS.ours))} − \`node -e 0\` ${ms(nodeZero)} (same case, interleaved) = ${ms(beyondNode(r))}, against skopeo's whole push ${ms(r.wall(CASES.small1, TOOLS.skopeo))}.`,
    ''
  ]
}

function stagesSection(report) {
  const rows = []
  for (const entry of report.results) {
    if (!entry.trace) continue
    const ourTool = entry.tool === TOOLS.ours || entry.tool === reader(report).baseline
    if (!ourTool && entry.case !== CASES.far1) continue
    rows.push([
      entry.case,
      entry.tool,
      String(entry.trace.stages),
      ms(entry.trace.spanMs),
      describeStages(entry.trace)
    ])
  }
  return [
    '## Round-trip stages',
    '',
    `Ours in every case, every tool in "${CASES.far1}" (the last run of each). A stage is one wait for the far end: \`connect\` (TCP handshake), \`TLS hello\`, \`TLS data\` (encrypted: the end of a handshake and/or a request), or the HTTP/1.1 request itself on plain http. Span: first connection to last byte at the proxy, ${report.delayMs} ms each way.`,
    '',
    table(['case', 'tool', 'stages', 'span', 'stage: what the client sent'], rows),
    ''
  ]
}

export function renderMarkdown(report) {
  const out = ['# Benchmark results (`npm run bench`)', '']
  out.push(
    `Generated ${report.machineBefore.date} in ${report.elapsedS.toFixed(0)} s${report.quick ? ' (BENCH_QUICK: few runs, not for conclusions)' : ''}. ` +
      'What runs and how it measures: [README.md](README.md).',
    ''
  )
  out.push(...machineSection(report))
  out.push(...startupSection(report))
  out.push(...pushesSection(report))
  out.push(...ratiosSection(report))
  out.push(...stagesSection(report))
  out.push(...acceptanceSections(report))
  if (report.notes.length) out.push('## Notes', '', ...report.notes.map((n) => `- ${n}`), '')
  return out.join('\n')
}

function checkTable(checks) {
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

function acceptanceSections(report) {
  return [
    '## Issue 16 targets',
    '',
    checkTable(issue16Checks(report)),
    '',
    ...issue13Section(report),
    ...multiPackSection(report)
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
  check(
    `${CASES.far1}: ours / oras-go`,
    '≤ 1.0',
    ratio(ours(CASES.far1), r.wall(CASES.far1, TOOLS.oras)),
    1
  )
  check(
    `${CASES.far1}: ours / skopeo`,
    '≤ 0.5',
    ratio(ours(CASES.far1), r.wall(CASES.far1, TOOLS.skopeo)),
    0.5
  )
  check('far: ours 3 tags / ours 1 tag', '≤ 1.15', ratio(ours(CASES.far3), ours(CASES.far1)), 1.15)
  check(
    `${CASES.small1}: (ours − \`node -e 0\`) / skopeo`,
    '≤ 1.0',
    ratio(beyondNode(r), r.wall(CASES.small1, TOOLS.skopeo)),
    1
  )
  check(
    `${CASES.large}: ours / skopeo`,
    '≤ 1.2',
    ratio(ours(CASES.large), r.wall(CASES.large, TOOLS.skopeo)),
    1.2
  )
  check(
    'peak RSS, ours: 150 MiB prebuilt / small (loopback, 1 tag)',
    '≤ 1.5',
    ratio(r.rss(CASES.large, TOOLS.ours), r.rss(CASES.small1, TOOLS.ours)),
    1.5
  )
  const t = report.tampered
  if (t) {
    checks.push({
      name: 'tampered 150 MiB archive (a payload byte changed after MANIFEST hashed it)',
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

/** `node -e 0` of the run's main Node, from the start-up section (as the recorded before). */
const nodeZeroOf = (report) => report.startup.nodeStartup[report.nodes.main]?.median

/** Issue 13's table: small push and re-push, recorded before, the baseline now, this tree now. */
function beforeAfterTable(report) {
  const r = reader(report)
  const b = report.before
  const nodeZero = nodeZeroOf(report)
  const cell = (value) =>
    value === undefined ? '–' : `${ms(value)} (${fmtRatio(ratio(value, nodeZero))}×)`
  const beforeCell = (value) => `${ms(value)} (${fmtRatio(value / b.nodeStartupMs)}×)`
  const header = ['', `before: ${b.commit}, recorded ${b.date} (${b.node})`]
  if (r.baseline) header.push(`${r.baseline}, this run`)
  header.push('this tree, this run')
  const row = (label, beforeValue, c) => [
    label,
    beforeCell(beforeValue),
    ...(r.baseline ? [cell(r.wall(c, r.baseline))] : []),
    cell(r.wall(c, TOOLS.ours))
  ]
  return table(header, [
    [
      '`node -e 0` (start-up section, median)',
      ms(b.nodeStartupMs),
      ...(r.baseline ? [ms(nodeZero)] : []),
      ms(nodeZero)
    ],
    row(`small push (${CASES.small3})`, b.smallMs, CASES.small3),
    row(`re-push (${CASES.repush})`, b.repushMs, CASES.repush)
  ])
}

function issue13Checks(report) {
  const r = reader(report)
  const nodeZero = nodeZeroOf(report)
  const after = ratio(r.wall(CASES.small3, TOOLS.ours), nodeZero)
  const beforeRatio = report.before.smallMs / report.before.nodeStartupMs
  const sameRun = r.baseline ? ratio(r.wall(CASES.small3, r.baseline), nodeZero) : undefined
  const rssRatio = ratio(r.rss(CASES.large, TOOLS.ours), r.rss(CASES.small1, TOOLS.ours))
  const checks = [
    {
      name: 'peak RSS, ours: 150 MiB prebuilt / small',
      target: '≤ 1.5',
      measured: fmtRatio(rssRatio),
      ok: rssRatio === undefined ? undefined : rssRatio <= 1.5
    },
    {
      name: 'small push / `node -e 0`, this tree vs recorded before',
      target: `≤ ${fmtRatio(beforeRatio)}`,
      measured: fmtRatio(after),
      ok: after === undefined ? undefined : after <= beforeRatio
    }
  ]
  if (sameRun !== undefined) {
    checks.push({
      name: `small push / \`node -e 0\`, this tree vs ${r.baseline} in this run`,
      target: `≤ ${fmtRatio(sameRun)}`,
      measured: fmtRatio(after),
      ok: after === undefined ? undefined : after <= sameRun
    })
  }
  return checks
}

/** Issue 13: RSS, and the small push's ratio to `node -e 0`, before this change and now. */
function issue13Section(report) {
  return [
    '## Issue 13: before and after',
    '',
    `Walls (median) and their ratio to \`node -e 0\` on the same Node in the same run. Issue 13 asks for Node 24; this run's Node is ${report.machineBefore.node}.`,
    '',
    beforeAfterTable(report),
    '',
    checkTable(issue13Checks(report)),
    ''
  ]
}

/** Issue 15's case: the whole step against a single pack's single push of the same run. */
function multiPackSection(report) {
  const out = [`## Issue 15: ${CASES.multi}`, '']
  if (!report.multiPack || report.multiPack.skipped) {
    out.push(
      'Not run: the action takes one `path` and one `destination` until issue 15 lands; `BENCH_MULTI_PACK=1` runs it.',
      ''
    )
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
    ...cpuFloorTable(r),
    ''
  )
  return out
}

/**
 * Where the CPU of the multi-pack run goes, next to the single push it is compared with: ours
 * (GNU time), the registries' processes (/proc), and the wall no scheduling can beat on this
 * machine's cores, (ours + registries) / cores, against the target 2 × the single push's wall.
 */
function cpuFloorTable(r) {
  const cores = os.availableParallelism()
  const cpuOf = (c) => {
    const ours = r.runMedian(c, TOOLS.ours, 'cpuMs')
    const registries = r.runMedian(c, TOOLS.ours, 'registryCpuMs')
    const floor =
      ours === undefined || registries === undefined ? undefined : (ours + registries) / cores
    return { wall: r.wall(c, TOOLS.ours), ours, registries, floor }
  }
  const single = r.wall(CASES.small1, TOOLS.ours)
  const target = single === undefined ? undefined : 2 * single
  const multi = cpuOf(CASES.multi)
  const row = (c, cpu, goal) => [
    c,
    ms(cpu.wall),
    ms(cpu.ours),
    ms(cpu.registries),
    ms(cpu.floor),
    goal
  ]
  const verdict =
    multi.floor === undefined || target === undefined
      ? 'No CPU floor or no target: nothing to compare.'
      : multi.floor > target
        ? `The CPU floor ${ms(multi.floor)} is above the target ${ms(target)}: on ${cores} cores the target is out of reach unless ours or the registries spend less CPU.`
        : `The CPU floor ${ms(multi.floor)} is below the target ${ms(target)}: the CPU does not rule it out; the rest of the wall is waiting and work that does not overlap.`
  return [
    `CPU, ours (GNU time, user + system, 10 ms steps) and that of the registries pushed to (their processes' /proc/<pid>/stat before and after each run), medians over the runs. The registries run on this machine and share its ${cores} cores with ours, so the wall cannot drop below (ours + registries) / ${cores}, the CPU floor, however well the work overlaps.`,
    '',
    table(
      ['case', 'wall', 'ours CPU', "registries' CPU", `CPU floor (/ ${cores} cores)`, 'target'],
      [
        row(
          CASES.multi,
          multi,
          target === undefined ? '–' : `wall ≤ ${ms(target)} (2 × ${CASES.small1})`
        ),
        row(CASES.small1, cpuOf(CASES.small1), '–')
      ]
    ),
    '',
    verdict
  ]
}
