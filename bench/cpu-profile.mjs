// Where a process's CPU went, from the .cpuprofile files `node --cpu-prof` writes (V8's sampling
// profiler, main thread only). Each sample's time (to the next sample) goes to the function on
// top of its stack ("self") and to every group on its stack ("inclusive"). Frames of a bundle
// are named by the module esbuild put there: the last `// src/….ts` or `// node_modules/…`
// comment above the frame's line. Groups: src/<folder>, a package, a part of Node
// (`node: streams`, `node: start-up, module loading`…), V8's garbage collector, `(program)` (native
// code with no JavaScript on the stack: compiling, the event loop, I/O), idle.
//
//   node bench/cpu-profile.mjs FILE.cpuprofile...    (prints the tables, Markdown)
import { readFile } from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** Node's internal modules by what they do: the first pattern matching the module's name. */
const NODE_PARTS = [
  [
    /modules\/|^node:module$|vm$|main\/|process\/(execution|pre_execution)|bootstrap\//,
    'start-up, module loading'
  ],
  [/streams|^node:stream/, 'streams'],
  [/^node:internal\/fs|^node:fs/, 'fs'],
  [/crypto/, 'crypto'],
  [/zlib/, 'zlib'],
  [/_http_|^node:http|^node:https|internal\/http/, 'http'],
  [/^node:net$|_tls_|^node:tls|internal\/net|stream_base_commons|dns/, 'net, tls'],
  [/child_process/, 'child processes'],
  [/timers|async_hooks|task_queues|process\/promises/, 'timers, promises'],
  [/url|path/, 'url, path'],
  [/events|event_target/, 'events'],
  [/buffer/, 'buffer']
]

/** A profile frame's module (bundle comment, node: id, file) and group. */
function moduleResolver() {
  const markers = new Map() // file URL → [{ line, path }] | null
  async function load(url) {
    if (markers.has(url)) return
    // Frames of Node's own modules, of V8, or of a file gone since: no comments to read.
    const source = url.startsWith('file:')
      ? await readFile(fileURLToPath(url), 'utf8').catch(() => undefined)
      : undefined
    if (source === undefined) {
      markers.set(url, null)
      return
    }
    const list = []
    for (const [line, text] of source.split('\n').entries()) {
      const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(text)
      if (m) list.push({ line, path: m[1] })
    }
    markers.set(url, list)
  }
  function moduleOf({ url, lineNumber, functionName }) {
    if (!url) return functionName
    if (url.startsWith('node:')) return url
    const list = markers.get(url)
    const name = url.startsWith('file:') ? fileURLToPath(url) : url
    // A script that is not a bundle (the node floor): its own name.
    if (!list || list.length === 0) return name.split('/').slice(-2).join('/')
    let found
    for (const marker of list) {
      if (marker.line > lineNumber) break
      found = marker.path
    }
    return found ?? `${name.split('/').slice(-2).join('/')} (bundle glue)`
  }
  return { load, moduleOf }
}

/**
 * The areas groups fall in, for the first table: what a reader asks first (how much is Node's
 * HTTP machinery, how much packaging, how much our own code). The first match wins.
 */
const AREAS = [
  [
    /^node: (http|net, tls|streams|events|timers, promises|url, path|buffer)$/,
    "Node's HTTP client, sockets, streams, event loop"
  ],
  [/^node: start-up, module loading$/, 'Node start-up, module loading'],
  [/^node: fs$/, 'Node fs'],
  [/^(yaml|semver|tar|minipass|minizlib|src\/pack|node: zlib|node: crypto)$/, 'packaging'],
  [/^src\//, 'our code (src/, except src/pack)'],
  [/^V8: garbage collection$/, 'V8 garbage collection'],
  [/^\(program\)/, '(program)']
]

/** The area of a group (AREAS), else `other`. */
export function areaOf(group) {
  return AREAS.find(([pattern]) => pattern.test(group))?.[1] ?? 'other'
}

/** A frame of native code with no script: not V8's own `(program)`, `(garbage collector)`… */
const isNativeBinding = ({ url, functionName }) => !url && !/^\(.*\)$/.test(functionName)

/** The group a module belongs to. */
export function groupOf(module) {
  if (module === '(garbage collector)') return 'V8: garbage collection'
  if (module === '(program)') return '(program): native, no JavaScript on the stack'
  if (module === '(idle)') return 'idle'
  if (module.startsWith('(')) return module
  if (module.startsWith('node:')) {
    const part = NODE_PARTS.find(([pattern]) => pattern.test(module))
    return `node: ${part ? part[1] : 'other'}`
  }
  if (module.startsWith('src/')) {
    const parts = module.split('/')
    return parts.length > 2 ? `src/${parts[1]}` : module
  }
  const at = module.lastIndexOf('node_modules/')
  if (at !== -1) {
    const parts = module.slice(at + 'node_modules/'.length).split('/')
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
  }
  return module
}

/** Each sample's duration: from its timestamp to the next one (the last: to endTime). */
function sampleDurations(profile) {
  const times = []
  let t = profile.startTime
  for (const delta of profile.timeDeltas) times.push((t += delta))
  return times.map((at, i) => ((i + 1 < times.length ? times[i + 1] : profile.endTime) - at) / 1000)
}

const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms)
const sorted = (map, total) =>
  [...map]
    .map(([name, ms]) => ({ name, ms, share: total > 0 ? ms / total : 0 }))
    .sort((a, b) => b.ms - a.ms)

/**
 * Sums one or more .cpuprofile files. Resolves { wallMs, busyMs, idleMs, areas, groups,
 * modules, functions, inclusive }: self ms by area (areaOf), by group, by module, by function ("name (module)"), and
 * inclusive ms by group (a group counted once per sample however deep). Shares are of busyMs
 * (every sample but idle).
 */
export async function summariseProfiles(files) {
  const resolver = moduleResolver()
  const self = { groups: new Map(), modules: new Map(), functions: new Map() }
  const inclusive = new Map()
  let wallMs = 0
  let idleMs = 0
  for (const file of files) {
    const profile = JSON.parse(await readFile(file, 'utf8'))
    wallMs += (profile.endTime - profile.startTime) / 1000
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
    const parent = new Map()
    for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id)
    for (const n of profile.nodes) await resolver.load(n.callFrame.url)
    const frameOf = new Map()
    const frame = (id) => {
      if (frameOf.has(id)) return frameOf.get(id)
      const { callFrame } = nodes.get(id)
      let found
      if (isNativeBinding(callFrame)) {
        // Node's C++ bindings (a socket's writev, fs's open) have no script: they count for
        // the module that called them, named as native.
        const caller = parent.has(parent.get(id)) ? frame(parent.get(id)) : undefined
        const module = caller?.module ?? '(native, no caller)'
        found = { module, group: groupOf(module), fn: `${callFrame.functionName} [native]` }
      } else {
        const module = resolver.moduleOf(callFrame)
        found = { module, group: groupOf(module), fn: callFrame.functionName }
      }
      frameOf.set(id, found)
      return found
    }
    for (const n of profile.nodes) frame(n.id)
    const durations = sampleDurations(profile)
    profile.samples.forEach((id, i) => {
      const ms = durations[i]
      const top = frameOf.get(id)
      if (top.group === 'idle') {
        idleMs += ms
        return
      }
      add(self.groups, top.group, ms)
      add(self.modules, top.module, ms)
      add(self.functions, `${top.fn || '(anonymous)'} (${top.module})`, ms)
      const onStack = new Set()
      for (let at = id; at !== undefined && nodes.has(at); at = parent.get(at)) {
        const { module, group } = frameOf.get(at)
        if (module !== '(root)') onStack.add(group)
      }
      for (const group of onStack) add(inclusive, group, ms)
    })
  }
  const busyMs = wallMs - idleMs
  return {
    files: files.length,
    wallMs,
    busyMs,
    idleMs,
    areas: sorted(areasOf(self.groups), busyMs),
    groups: sorted(self.groups, busyMs),
    modules: sorted(self.modules, busyMs),
    functions: sorted(self.functions, busyMs),
    inclusive: sorted(inclusive, busyMs)
  }
}

function areasOf(groups) {
  const areas = new Map()
  for (const [group, ms] of groups) add(areas, areaOf(group), ms)
  return areas
}

const fmt = (ms) => `${ms.toFixed(1)} ms`
const pct = (share) => `${(share * 100).toFixed(1)} %`

/**
 * Markdown tables of a summary: areas, groups (self and inclusive), top modules and
 * functions. With `cpuMs` and `per`, one more column: each share of `cpuMs` (the CPU a timed
 * run measured), divided by `per` (the pushes): an estimate, since the profile samples the main
 * thread only.
 */
export function profileTables(summary, { top = 12, cpuMs, per = 1 } = {}) {
  const table = (header, rows) =>
    [
      `| ${header.join(' | ')} |`,
      `| ${header.map(() => '---').join(' | ')} |`,
      ...rows.map((r) => `| ${r.join(' | ')} |`)
    ].join('\n')
  const estimate = cpuMs !== undefined
  const head = estimate ? [`≈ CPU ms${per > 1 ? ` per push (/ ${per})` : ''}`] : []
  const cells = (entry) => [
    fmt(entry.ms),
    pct(entry.share),
    ...(estimate ? [((entry.share * cpuMs) / per).toFixed(2)] : [])
  ]
  const inclusive = new Map(summary.inclusive.map((g) => [g.name, g.ms]))
  return [
    table(
      ['area (self)', 'self', 'share', ...head],
      summary.areas.map((a) => [a.name, ...cells(a)])
    ),
    '',
    table(
      ['group', 'self', 'share', ...head, 'inclusive'],
      summary.groups.map((g) => [g.name, ...cells(g), fmt(inclusive.get(g.name) ?? 0)])
    ),
    '',
    table(
      ['module (self)', 'self', 'share', ...head],
      summary.modules.slice(0, top).map((m) => [`\`${m.name}\``, ...cells(m)])
    ),
    '',
    table(
      ['function (self)', 'self', 'share', ...head],
      summary.functions.slice(0, top).map((f) => [`\`${f.name}\``, ...cells(f)])
    )
  ].join('\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = process.argv.slice(2)
  if (files.length === 0) {
    console.error('usage: node bench/cpu-profile.mjs FILE.cpuprofile...')
    process.exit(1)
  }
  const summary = await summariseProfiles(files)
  console.log(
    `${files.length} profile(s): ${fmt(summary.wallMs)} profiled, ${fmt(summary.busyMs)} busy, ${fmt(summary.idleMs)} idle\n`
  )
  console.log(profileTables(summary, { top: 25 }))
}
