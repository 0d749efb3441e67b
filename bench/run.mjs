// `npm run bench`: pushes packs with our bundled action to the real CNCF registry, on loopback
// (plain http) and "far away" (TLS, behind proxies that delay each direction by BENCH_DELAY_MS,
// 10 ms by default, and BENCH_FAR_DELAY_MS, 50 ms), side by side with the bundle of an older
// commit (the "before"), skopeo, the oras-go peer, the node floor (the fewest requests from one
// Node process) and `node -e 0`; prints the tables and writes bench/results.md. What runs, what
// is measured and the variables: bench/README.md.
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { BEFORE } from './before.mjs'
import { pickNodes, prepareBundles } from './bundles.mjs'
import {
  CASES,
  CREATED,
  FAR_DELAY_MS,
  FARTHER_DELAY_MS,
  HUGE_BYTES,
  LARGE_BYTES,
  ONE_TAG,
  THREE_TAGS,
  TOOLS,
  record,
  slug
} from './common.mjs'
import { startDelayProxy } from './delay-proxy.mjs'
import { refreshPack, writeLargeArchive, writePack } from './fixtures.mjs'
import { GNU_TIME, cpuDelta, processCpuMs } from './measure.mjs'
import { describeMachine, renderMarkdown } from './report.mjs'
import { classifyRequests } from './requests.mjs'
import { analyseStages } from './stages.mjs'
import { measureStartup } from './startup.mjs'
import { loadSupport } from './support.mjs'
import * as tools from './tools.mjs'
import { corruptedArchiveCheck } from './extra-cases.mjs'
import { multiPackCase } from './multi-pack.mjs'

/** results.md from this heading on is written by hand, and kept when a run rewrites the rest. */
const HAND_MARK =
  '<!-- Measured by hand, not by npm run bench: kept when results.md is rewritten. -->'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const quick = process.env.BENCH_QUICK === '1'
const RUNS = quick
  ? { small: 3, far: 3, farther: 2, repush: 3, many: 2, large: 1, huge: 1, multi: 1 }
  : { small: 9, far: 9, farther: 7, repush: 9, many: 5, large: 5, huge: 3, multi: 5 }
const NODE24 = join(repoRoot, '.tools', 'node24', 'node_modules', 'node', 'bin', 'node')

const benchStarted = performance.now()
checkPrerequisites()
const work = await mkdtemp(join(tmpdir(), 'bench-'))
const ctx = {
  work,
  results: [],
  notes: [],
  log,
  quick,
  delayMs: FAR_DELAY_MS,
  fartherDelayMs: FARTHER_DELAY_MS,
  runs: RUNS
}
try {
  await setUp(ctx)
  const machineBefore = await describeMachine(ctx.nodes.main)
  ctx.startup = await measureStartup({
    subjects: startupSubjects(ctx),
    work,
    node24: NODE24,
    quick
  })
  log('start-up: done')
  for (const spec of caseSpecs(ctx)) await runCase(ctx, spec)
  await repushCase(ctx)
  await corruptedArchiveCheck(ctx)
  await multiPackCase(ctx)
  const report = {
    ...ctx,
    machineBefore,
    machineAfter: await describeMachine(ctx.nodes.main),
    elapsedS: (performance.now() - benchStarted) / 1000,
    before: BEFORE
  }
  const markdown = renderMarkdown(report)
  console.log('\n' + markdown)
  if (!quick || process.env.BENCH_WRITE === '1') {
    const file = resolve(process.env.BENCH_RESULTS || join(repoRoot, 'bench', 'results.md'))
    await writeFile(file, markdown + (await measuredByHand(file)))
    log(`wrote ${file}`)
  }
} finally {
  await tearDown(ctx)
}

function checkPrerequisites() {
  for (const [what, file] of [
    ['GNU time (apt-get install time)', GNU_TIME],
    ['docker-registry (scripts/ensure-test-tools.sh)', '/usr/bin/docker-registry'],
    ['skopeo (scripts/ensure-test-tools.sh)', '/usr/bin/skopeo'],
    ['openssl (scripts/ensure-test-tools.sh)', '/usr/bin/openssl']
  ]) {
    if (!existsSync(file)) {
      console.error(`bench: ${file} is missing: install ${what}`)
      process.exit(1)
    }
  }
}

function log(message) {
  const at = ((performance.now() - benchStarted) / 1000).toFixed(1).padStart(6)
  console.log(`[${at} s] ${message}`)
}

/** Nodes, bundles, the two registries and their proxies, the peers: everything a case uses. */
async function setUp(ctx) {
  ctx.nodes = pickNodes(ctx, NODE24)
  ctx.bundles = await prepareBundles(ctx, repoRoot)
  ctx.support = await loadSupport(repoRoot)
  ctx.plain = await ctx.support.startRegistry({ auth: 'anonymous' })
  ctx.secure = await ctx.support.startRegistry({ auth: 'anonymous', tls: true })
  ctx.farProxy = await startDelayProxy(ctx.secure.host, { delayMs: FAR_DELAY_MS })
  ctx.fartherProxy = await startDelayProxy(ctx.secure.host, { delayMs: FARTHER_DELAY_MS })
  ctx.traceProxy = await startDelayProxy(ctx.plain.host, { delayMs: FAR_DELAY_MS })
  ctx.targets = {
    loopback: { host: ctx.plain.host, tls: false, registry: ctx.plain },
    traced: { host: ctx.traceProxy.host, tls: false, registry: ctx.plain, proxy: ctx.traceProxy },
    far: {
      host: ctx.farProxy.host,
      tls: true,
      caFile: ctx.secure.caFile,
      registry: ctx.secure,
      proxy: ctx.farProxy
    },
    farther: {
      host: ctx.fartherProxy.host,
      tls: true,
      caFile: ctx.secure.caFile,
      registry: ctx.secure,
      proxy: ctx.fartherProxy
    }
  }
  ctx.skopeo = await tools.skopeoSetup(join(ctx.work, 'skopeo'), ctx.secure.caFile)
  const peer = await tools.buildOrasPeer(repoRoot, join(ctx.work, 'oras-peer'))
  if (typeof peer === 'string') ctx.peer = peer
  else ctx.notes.push(`The oras-go peer did not build (${peer.failed}): no oras-go column.`)
  ctx.tools = toolFunctions(ctx)
  log(
    `ours on ${ctx.nodes.main}${ctx.nodes.node20 ? ` and ${ctx.nodes.node20}` : ''}; ` +
      `registries ${ctx.plain.host} (http), ${ctx.secure.host} (https, via ${ctx.farProxy.host}, ` +
      `${FAR_DELAY_MS} ms each way, and ${ctx.fartherProxy.host}, ${FARTHER_DELAY_MS} ms); ` +
      `work dir ${ctx.work}${quick ? '; QUICK' : ''}`
  )
}

async function tearDown(ctx) {
  await ctx.farProxy?.close()
  await ctx.fartherProxy?.close()
  await ctx.traceProxy?.close()
  await ctx.plain?.stop()
  await ctx.secure?.stop()
  await ctx.support?.cleanup()
  await rm(ctx.work, { recursive: true, force: true })
}

function startupSubjects(ctx) {
  const { main, node20 } = ctx.nodes
  const { current, cli, baseline } = ctx.bundles
  return [
    { label: 'dist/index.js', node: main, bundle: current },
    ...(cli ? [{ label: 'dist/cli.js', node: main, bundle: cli }] : []),
    ...(node20 ? [{ label: 'dist/index.js', node: node20, bundle: current }] : []),
    ...(baseline
      ? [{ label: `dist/index.js at ${baseline.name}`, node: main, bundle: baseline.path }]
      : [])
  ]
}

/**
 * name → push({ target, artifact, path, repository, tags, mode }) for every tool this machine
 * has. Ours must push the manifest the layout holds; another bundle's digest goes in a note.
 */
function toolFunctions(ctx) {
  const { main, node20 } = ctx.nodes
  const baseline = ctx.bundles.baseline
  const action = (node, bundle, check) => async (push) => {
    const measured = await tools.pushWithAction({ node, bundle, work: ctx.work, ...push })
    check(measured.digest, push.artifact.digest)
    return measured
  }
  const same = (got, want) => {
    if (got !== want) throw new Error(`ours pushed ${got}, the layout holds ${want}`)
  }
  const noteOnce = (got, want) => {
    const note = `${TOOLS.baseline(baseline.name)} packs the same sources to other digests (e.g. ${got} for ${want}): its pushes are of its own artifact.`
    if (got !== want && !ctx.notes.some((n) => n.startsWith(TOOLS.baseline(baseline.name))))
      ctx.notes.push(note)
  }
  const fns = {
    [TOOLS.ours]: action(main, ctx.bundles.current, same),
    [TOOLS.skopeo]: (p) => tools.pushSkopeo({ skopeo: ctx.skopeo, ...p, tag: p.tags[0] }),
    [TOOLS.floor]: (p) => tools.pushNodeFloor(p.mode, { node: main, ...p }),
    [TOOLS.node]: () => tools.nodeStartup(main)
  }
  if (node20) fns[TOOLS.ours20] = action(node20, ctx.bundles.current, same)
  if (baseline) fns[TOOLS.baseline(baseline.name)] = action(main, baseline.path, noteOnce)
  if (ctx.peer) fns[TOOLS.oras] = (p) => tools.pushOras({ peer: ctx.peer, ...p, tag: p.tags[0] })
  return fns
}

function smallPack() {
  return async (dir, runId) => {
    await writePack(dir, {
      name: 'small-pack',
      version: '1.0.0',
      runId,
      count: 10,
      templateBytes: 2600
    })
    return dir
  }
}

/** The timed cases; `tools` lists what runs in each (those this machine lacks are left out). */
function caseSpecs(ctx) {
  const baseline = ctx.bundles.baseline ? TOOLS.baseline(ctx.bundles.baseline.name) : undefined
  const { ours, ours20, oras, skopeo, floor, node } = TOOLS
  const small = (name, network, runs, tags, tools) => {
    return { name, network, runs, tags, tools, prepare: smallPack() }
  }
  return [
    small(CASES.small1, 'loopback', RUNS.small, ONE_TAG, [
      ours,
      ours20,
      baseline,
      oras,
      skopeo,
      floor,
      node
    ]),
    small(CASES.small3, 'loopback', RUNS.small, THREE_TAGS, [ours, baseline, floor, node]),
    small(CASES.far1, 'far', RUNS.far, ONE_TAG, [ours, ours20, baseline, oras, skopeo, floor]),
    small(CASES.far3, 'far', RUNS.far, THREE_TAGS, [ours, baseline, floor]),
    small(CASES.farther1, 'farther', RUNS.farther, ONE_TAG, [ours, baseline, oras, floor]),
    { ...manyFilesCase(ctx), tools: [ours, baseline, oras, skopeo, floor] },
    prebuiltCase(CASES.large, RUNS.large, LARGE_BYTES, [
      ours,
      ours20,
      baseline,
      oras,
      skopeo,
      floor
    ]),
    // Only for the memory check (peak RSS flat): ours and the baseline, no traced run.
    { ...prebuiltCase(CASES.huge, RUNS.huge, HUGE_BYTES, [ours, baseline]), traced: false }
  ]
}

/** A prebuilt archive of `payloadBytes` random bytes, pushed from `path:`, fresh each run. */
function prebuiltCase(name, runs, payloadBytes, tools) {
  return {
    name,
    network: 'loopback',
    runs,
    tags: ONE_TAG,
    tools,
    cleanupEachRun: true,
    prepare: (dir, runId) =>
      writeLargeArchive(dir, {
        name: 'large-pack',
        version: '1.0.0',
        runId,
        payloadBytes,
        created: CREATED
      })
  }
}

/** 5,000 templates written once; each run refreshes Pack.yaml and values.yaml only. */
function manyFilesCase(ctx) {
  const dir = join(ctx.work, 'many-pack')
  const pack = { name: 'many-pack', version: '1.0.0' }
  return {
    name: CASES.many,
    network: 'loopback',
    runs: RUNS.many,
    tags: ONE_TAG,
    setUp: () => writePack(dir, { ...pack, runId: 'init', count: 5000, templateBytes: 300 }),
    prepare: async (_dir, runId) => {
      await refreshPack(dir, { ...pack, runId })
      return dir
    }
  }
}

/** A run's fresh content, and the OCI layout ours writes of it (untimed), pushed by the others. */
async function freshArtifact(ctx, spec, run) {
  const runDir = join(ctx.work, `${slug(spec.name)}-${run}`)
  const runId = `${slug(spec.name)}-${run}-${Date.now().toString(36)}`
  const path = await spec.prepare(join(runDir, 'pack'), runId)
  const artifact = await tools.layoutOf({
    node: ctx.nodes.main,
    bundle: ctx.bundles.current,
    work: ctx.work,
    path,
    layoutDir: join(runDir, 'layout'),
    tags: spec.tags
  })
  return { path, artifact, runDir }
}

/**
 * Each run: fresh content and new repositories (so neither the registry nor skopeo's cache can
 * turn an upload into a mount), every tool in an order that rotates from run to run. Far runs
 * go through the delaying proxy and give stages each time; a loopback case ends with one more,
 * untimed run per tool through the loopback's delaying proxy, for its stages, bytes and sockets.
 */
async function runCase(ctx, spec) {
  const names = spec.tools.filter((t) => t && ctx.tools[t])
  await spec.setUp?.()
  let last
  for (let run = 0; run < spec.runs; run++) {
    if (last && spec.cleanupEachRun) await rm(last.runDir, { recursive: true, force: true })
    last = await freshArtifact(ctx, spec, run)
    const target = ctx.targets[spec.network]
    await timeTools(ctx, spec, names, { ...last, run, target, timed: true })
  }
  if (spec.network === 'loopback' && spec.traced !== false) {
    await timeTools(ctx, spec, names, { ...last, run: 'traced', target: ctx.targets.traced })
  }
  if (spec.cleanupEachRun) await rm(last.runDir, { recursive: true, force: true })
  log(`${spec.name}: done`)
}

/**
 * The re-push: a fresh small pack pushed once by each tool (untimed), then pushed again,
 * unchanged, to the same repositories: reads only.
 */
async function repushCase(ctx) {
  const spec = { name: CASES.repush, tags: THREE_TAGS, prepare: smallPack() }
  const baseline = ctx.bundles.baseline ? TOOLS.baseline(ctx.bundles.baseline.name) : undefined
  const names = [TOOLS.ours, baseline, TOOLS.skopeo, TOOLS.floor].filter((t) => t && ctx.tools[t])
  const first = await freshArtifact(ctx, spec, 0)
  const common = { ...first, repository: (tool) => `${slug(spec.name)}/${slug(tool)}` }
  await timeTools(ctx, spec, names, {
    ...common,
    run: 0,
    target: ctx.targets.loopback,
    keep: false
  })
  const repush = { ...spec, mode: 'repush' }
  for (let run = 0; run < RUNS.repush; run++) {
    await timeTools(ctx, repush, names, {
      ...common,
      run,
      target: ctx.targets.loopback,
      timed: true
    })
  }
  await timeTools(ctx, repush, names, { ...common, run: 'traced', target: ctx.targets.traced })
  log(`${spec.name}: done`)
}

/**
 * One push per tool. `timed`: its wall, RSS and CPU count, and the CPU the registry's process
 * used meanwhile; through a proxy, its stages too. `keep: false` records nothing (a re-push's
 * first push).
 */
async function timeTools(ctx, spec, names, options) {
  const { path, artifact, run, target, timed = false, keep = true } = options
  const shift = typeof run === 'number' ? run : 0
  const order = names.map((_, i) => names[(i + shift) % names.length])
  for (const tool of order) {
    const registry = target.registry
    await registry.flushAccessLog()
    registry.clearAccessLog()
    target.proxy?.take()
    const repository = options.repository?.(tool) ?? `${slug(spec.name)}/${slug(tool)}-${run}`
    const push = { target, artifact, path, repository, tags: spec.tags, mode: spec.mode ?? 'push' }
    const cpuBefore = processCpuMs(registry.pid)
    const measured = await ctx.tools[tool](push)
    const registryCpuMs = cpuDelta([cpuBefore], [processCpuMs(registry.pid)])
    const requests = classifyRequests(await registry.flushAccessLog())
    registry.clearAccessLog()
    const trace = target.proxy
      ? analyseStages(target.proxy.take(), target.proxy.delayMs)
      : undefined
    if (keep) {
      const timedRun = timed ? { measured, registryCpuMs } : {}
      record(ctx, spec.name, tool, { ...timedRun, requests, trace })
    }
  }
}

/**
 * What results.md holds from HAND_MARK on: measurements made by hand, not by this script (the
 * deflate comparison), kept when the generated part is written again.
 */
async function measuredByHand(file) {
  const old = await readFile(file, 'utf8').catch(() => '')
  const at = old.indexOf(HAND_MARK)
  return at === -1 ? '' : '\n' + old.slice(at)
}
