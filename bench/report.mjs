// The benchmark's tables: the same Markdown on the console and in bench/results.md.
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import { summarize } from './measure.mjs'

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
    curl: version('curl', ['--version']),
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

function stats(entry) {
  if (!entry || entry.runs.length === 0) return undefined
  const rss = entry.runs.map((r) => r.rssKb).filter((n) => n !== undefined)
  return {
    wall: summarize(entry.runs.map((r) => r.wallMs)),
    rss: rss.length ? summarize(rss) : undefined
  }
}

function find(report, caseName, tool) {
  return report.results.find((r) => r.case === caseName && r.tool === tool)
}

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

const PUSH_CASES = ['small', 're-push', 'many files', 'large']
const TOOLS = ['ours', 'floor', 'node floor', 'skopeo']

export function acceptance(report) {
  const wall = (c, t) => stats(find(report, c, t))?.wall.median
  const rss = (c, t) => stats(find(report, c, t))?.rss?.median
  const requests = (c, t) => [...(find(report, c, t)?.requests ?? [])]
  const checks = []
  const check = (name, target, measured, ok) => checks.push({ name, target, measured, ok })
  const smallSkopeo = ratio(wall('small', 'ours'), wall('small', 'skopeo'))
  const smallFloor = ratio(wall('small', 'ours'), wall('small', 'floor'))
  const largeSkopeo = ratio(wall('large', 'ours'), wall('large', 'skopeo'))
  const largeRss = ratio(rss('large', 'ours'), rss('small', 'ours'))
  const packaging = ratio(
    wall('packaging 5,000 templates', 'packager (in-process time)'),
    wall('packaging 5,000 templates', 'tar -czf')
  )
  const packagingProcess = ratio(
    wall('packaging 5,000 templates', 'action, push: false'),
    wall('packaging 5,000 templates', 'tar -czf')
  )
  check(
    'small first push, ours/skopeo (median wall)',
    '≤ 1.0',
    fmtRatio(smallSkopeo),
    smallSkopeo <= 1
  )
  check(
    'small first push, ours/floor (median wall)',
    '≤ 1.5',
    fmtRatio(smallFloor),
    smallFloor <= 1.5
  )
  check('large push, ours/skopeo (median wall)', '≤ 0.9', fmtRatio(largeSkopeo), largeSkopeo <= 0.9)
  check(
    'large push peak RSS / small push peak RSS (ours)',
    '≤ 1.5',
    fmtRatio(largeRss),
    largeRss <= 1.5
  )
  check(
    'packaging 5,000 templates: packager / tar -czf',
    '≤ 1.5',
    fmtRatio(packaging),
    packaging <= 1.5
  )
  check(
    'packaging 5,000 templates: whole action (push: false) / tar -czf',
    '(informative)',
    fmtRatio(packagingProcess),
    undefined
  )
  const small = requests('small', 'ours')
  check(
    'small first push requests (ours)',
    'GET /v2/ 1, HEAD blob 2, POST upload 2, PUT blob 2, PUT manifest 3',
    small.join(' / '),
    small.length === 1 &&
      small[0] === 'GET /v2/ 1, HEAD blob 2, POST upload 2, PUT blob 2, PUT manifest 3 (total 10)'
  )
  const repush = requests('re-push', 'ours')
  check(
    're-push requests (ours)',
    'GET /v2/ 1 + HEADs only',
    repush.join(' / '),
    repush.length === 1 && repush[0] === 'GET /v2/ 1, HEAD blob 2, HEAD manifest 3 (total 6)'
  )
  return checks
}

export function renderMarkdown(report) {
  const { machineBefore: m, machineAfter, startup } = report
  const out = []
  out.push('# Benchmark results (`npm run bench`)', '')
  out.push(
    `Generated ${m.date} in ${report.elapsedS.toFixed(0)} s${report.quick ? ' (BENCH_QUICK: few runs, not for conclusions)' : ''}. ` +
      'How it measures, and what the figures mean: [README.md](README.md).',
    ''
  )
  out.push('## Machine', '')
  out.push(
    table(
      ['', ''],
      [
        ['CPU', m.cpu],
        ['memory', m.memory],
        ['OS', m.os],
        ['Node (runs ours and the floors)', `${m.node} (${report.node})`],
        ['registry', m.registry],
        ['peer', m.skopeo],
        ['curl', m.curl],
        ['load average (1, 5, 15 min) before / after', `${m.load} / ${machineAfter.load}`]
      ]
    ),
    ''
  )
  out.push('## Start-up', '')
  const startRows = [
    ['dist/index.js size', bytes(startup.bundleBytes)],
    [
      'import dist/index.js (median, min–max of 15)',
      `${ms(startup.importMs.median)} (${ms(startup.importMs.min)}–${ms(startup.importMs.max)})`
    ],
    [
      '`node -e 0` wall (median, min–max of 15)',
      `${ms(startup.nodeStartupMs.median)} (${ms(startup.nodeStartupMs.min)}–${ms(startup.nodeStartupMs.max)})`
    ]
  ]
  if (startup.node24) {
    startRows.push(
      [
        'import on Node 24, no compile cache (as dist/index.js runs)',
        ms(startup.node24.cold.median)
      ],
      [
        'import on Node 24, warm NODE_COMPILE_CACHE (not used by the action)',
        ms(startup.node24.warm.median)
      ]
    )
  }
  out.push(table(['', ''], startRows), '')

  out.push('## Pushes', '')
  out.push(
    'Wall: the whole process, spawn to exit. Requests: from the registry access log. Bytes sent and ' +
      'connections: from a separate run through a counting TCP relay (client → registry bytes, ' +
      'headers included). skopeo writes one tag per copy; ours and the floors write all of them.',
    ''
  )
  const rows = []
  for (const c of PUSH_CASES) {
    for (const t of TOOLS) {
      const entry = find(report, c, t)
      const s = stats(entry)
      if (!s) continue
      rows.push([
        c,
        t,
        ms(s.wall.median),
        `${ms(s.wall.min)}–${ms(s.wall.max)}`,
        String(s.wall.n),
        s.rss ? mib(s.rss.median) : '–',
        [...entry.requests].join(' / '),
        bytes(entry.wire?.bytesSent),
        entry.wire ? String(entry.wire.connections) : '–'
      ])
    }
  }
  out.push(
    table(
      [
        'case',
        'tool',
        'wall (median)',
        'min–max',
        'runs',
        'peak RSS',
        'requests',
        'bytes sent',
        'connections'
      ],
      rows
    ),
    ''
  )
  out.push(
    table(
      ['case', 'ours / floor', 'ours / node floor', 'ours / skopeo', 'node floor / skopeo'],
      PUSH_CASES.map((c) => {
        const w = (t) => stats(find(report, c, t))?.wall.median
        return [
          c,
          fmtRatio(ratio(w('ours'), w('floor'))),
          fmtRatio(ratio(w('ours'), w('node floor'))),
          fmtRatio(ratio(w('ours'), w('skopeo'))),
          fmtRatio(ratio(w('node floor'), w('skopeo')))
        ]
      })
    ),
    ''
  )

  out.push('## Packaging 5,000 templates', '')
  const packaging = ['tar -czf', 'packager (in-process time)', 'packager', 'action, push: false']
  out.push(
    table(
      ['what', 'wall (median)', 'min–max', 'runs', 'peak RSS'],
      packaging.flatMap((t) => {
        const s = stats(find(report, 'packaging 5,000 templates', t))
        if (!s) return []
        const label =
          {
            packager: 'packager in a fresh node process (whole process)',
            'packager (in-process time)': 'packager, packagePack() call only',
            'action, push: false': 'the whole action with push: false'
          }[t] ?? t
        return [
          [
            label,
            ms(s.wall.median),
            `${ms(s.wall.min)}–${ms(s.wall.max)}`,
            String(s.wall.n),
            s.rss ? mib(s.rss.median) : '–'
          ]
        ]
      })
    ),
    ''
  )

  out.push('## Issue 7 targets', '')
  out.push(
    table(
      ['check', 'target', 'measured', 'met'],
      acceptance(report).map((c) => [
        c.name,
        c.target,
        c.measured,
        c.ok === undefined ? '' : c.ok ? 'yes' : '**no**'
      ])
    ),
    ''
  )
  if (report.notes.length) out.push('## Notes', '', ...report.notes.map((n) => `- ${n}`), '')
  return out.join('\n')
}

export function renderConsole(report) {
  return renderMarkdown(report)
}
