// The benchmark's tables: the same Markdown on the console and in bench/results.md.
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import { CASES, TOOLS } from './common.mjs'
import { median, summarize } from './measure.mjs'
import {
  beyondNode,
  bytes,
  fmtRatio,
  mib,
  ms,
  ratio,
  reader,
  spread,
  table
} from './report-format.mjs'
import { acceptanceSections } from './report-targets.mjs'
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
        [
          'far',
          `TLS, behind a proxy delaying each way by ${report.delayMs} ms, or ${report.fartherDelayMs} ms (two proxies, one registry)`
        ],
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
  CASES.farther1,
  CASES.many,
  CASES.large,
  CASES.huge
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

function ratiosSection(report) {
  const r = reader(report)
  const nodeZero = r.wall(CASES.small1, TOOLS.node)
  const before = r.baseline ?? 'baseline'
  const rows = PUSH_CASES.map((c) => {
    const ours = r.wall(c, TOOLS.ours)
    const old = r.baseline ? r.wall(c, r.baseline) : undefined
    return [
      c,
      fmtRatio(ratio(ours, r.wall(c, TOOLS.oras))),
      fmtRatio(ratio(old, r.wall(c, TOOLS.oras))),
      fmtRatio(ratio(ours, r.wall(c, TOOLS.skopeo))),
      fmtRatio(ratio(ours, r.wall(c, TOOLS.floor))),
      fmtRatio(ratio(old, r.wall(c, TOOLS.floor))),
      fmtRatio(ratio(r.wall(c, TOOLS.ours20), ours)),
      fmtRatio(ratio(ours, old))
    ]
  })
  return [
    '## Ratios (median walls)',
    '',
    `Ours: this tree; ${before}: the "before" bundle, in the same run. Issue 24's targets on these ratios are in its section below.`,
    '',
    table(
      [
        'case',
        'ours / oras-go',
        `${before} / oras-go`,
        'ours / skopeo',
        'ours / node floor',
        `${before} / node floor`,
        'Node 20 / Node 24 (ours)',
        `ours / ${before}`
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
    if (!ourTool && entry.case !== CASES.far1 && entry.case !== CASES.farther1) continue
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
    `Ours in every case, every tool in "${CASES.far1}" and "${CASES.farther1}" (the last run of each). A stage is one wait for the far end: \`connect\` (TCP handshake), \`TLS hello\`, \`TLS data\` (encrypted: the end of a handshake and/or a request), or the HTTP/1.1 request itself on plain http. Span: first connection to last byte at the proxy, ${report.delayMs} ms each way (${report.fartherDelayMs} ms for "${CASES.farther1}").`,
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
