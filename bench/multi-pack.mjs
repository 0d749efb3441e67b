// Issue 15's step, "12 packs × 2 registries": one run of the action with 12 pack directories
// in `path` and two registries in `destination`, by ours and the baseline bundle; beside it the
// oras-go peer making the same 24 pushes one process each (issue 24 compares the CPU: ours'
// one process against the sum of the peer's 24), and the node floor making them all at once
// in one process (Node's HTTP client alone, no packaging). Then one untimed run of each bundle under
// `node --cpu-prof`, summarised by cpu-profile.mjs: where the CPU goes (BENCH_PROFILES=dir
// keeps the .cpuprofile files).
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { CASES, ONE_TAG, TOOLS, record, slug } from './common.mjs'
import { profileTables, summariseProfiles } from './cpu-profile.mjs'
import { writePack } from './fixtures.mjs'
import { cpuDelta, measure, median, processCpuMs } from './measure.mjs'
import { layoutOf, pushManyNodeFloor, pushOras, runAction } from './tools.mjs'

const MULTI_PACKS = 12
/** `node -e 0` per run, its CPU in the same ms steps: what any Node process pays. */
const NODE_RUNS = 3
/** Profiled runs per bundle (sampling every 250 µs; Node's default, 1000, gives too few). */
const PROFILE_RUNS = 3

/** The 12 packs of a run, fresh content: their directories. */
async function writePacks(ctx, runId) {
  const dirs = Array.from({ length: MULTI_PACKS }, (_, i) =>
    join(ctx.work, 'multi', `pack-${String(i + 1).padStart(2, '0')}`)
  )
  await Promise.all(
    dirs.map((dir, i) =>
      writePack(dir, {
        name: `pack-${i + 1}`,
        version: '1.0.0',
        runId,
        count: 10,
        templateBytes: 2600
      })
    )
  )
  return dirs
}

/**
 * One run of the step with a bundle: every pack to both registries (`prefix/<pack name>`),
 * CPU in ms steps. `nodeArgs`: before the bundle (--cpu-prof).
 */
function pushStep(ctx, { bundle, dirs, registries, prefix, nodeArgs }) {
  return runAction({
    node: ctx.nodes.main,
    nodeArgs,
    bundle,
    work: ctx.work,
    target: ctx.targets.loopback,
    preciseCpu: true,
    inputs: {
      INPUT_PATH: dirs.join('\n'),
      INPUT_DESTINATION: registries.map((r) => `oci://${r.host}/${prefix}/`).join('\n'),
      INPUT_TAGS: ONE_TAG.join(',')
    }
  })
}

/**
 * The peer's 24 pushes, one process each, one after the other: the sums of their walls and
 * CPUs (ms steps), the highest peak RSS.
 */
async function pushStepWithOras(ctx, { artifacts, registries, prefix }) {
  const sum = { wallMs: 0, cpuMs: 0, rssKb: 0 }
  for (const registry of registries) {
    for (const [i, artifact] of artifacts.entries()) {
      const measured = await pushOras({
        peer: ctx.peer,
        target: { host: registry.host, tls: false },
        artifact,
        repository: `${prefix}/pack-${i + 1}`,
        tag: ONE_TAG[0],
        preciseCpu: true
      })
      sum.wallMs += measured.wallMs
      sum.cpuMs = measured.cpuMs === undefined ? NaN : sum.cpuMs + measured.cpuMs
      sum.rssKb = Math.max(sum.rssKb, measured.rssKb ?? 0)
    }
  }
  return sum
}

/**
 * The node floor's 24 pushes of the same layouts, all at once in one Node process: the CPU of
 * Node's HTTP client for this step, with no packaging, hashing or checks.
 */
function pushStepWithFloor(ctx, { artifacts, registries, prefix, nodeArgs }) {
  const pushes = registries.flatMap((registry) =>
    artifacts.map((artifact, i) => ({
      base: `http://${registry.host}`,
      repository: `${prefix}/pack-${i + 1}`,
      manifestPath: artifact.manifest.path,
      manifestType: artifact.manifest.mediaType,
      tags: ONE_TAG,
      blobs: artifact.blobs.map(({ digest, size, path }) => ({ digest, size, path }))
    }))
  )
  return pushManyNodeFloor({
    node: ctx.nodes.main,
    nodeArgs,
    file: join(ctx.work, `${prefix}.json`),
    pushes,
    preciseCpu: true
  })
}

/** The packs' OCI layouts (untimed, written by ours): what the peer and the floor push. */
function layoutsOf(ctx, dirs, run) {
  return Promise.all(
    dirs.map((path, i) =>
      layoutOf({
        node: ctx.nodes.main,
        bundle: ctx.bundles.current,
        work: ctx.work,
        path,
        layoutDir: join(ctx.work, 'multi-layouts', `${run}`, `pack-${i + 1}`),
        tags: ONE_TAG
      })
    )
  )
}

/**
 * The timed runs: each run fresh packs, each tool its own repositories, the order rotating;
 * ours' and the registries' CPU (/proc) recorded per run. Then the profiles (ctx.profiles).
 * Runs only with BENCH_MULTI_PACK=1.
 */
export async function multiPackCase(ctx) {
  if (process.env.BENCH_MULTI_PACK !== '1') {
    ctx.multiPack = { skipped: true }
    return
  }
  const second = await ctx.support.startRegistry({ auth: 'anonymous' })
  const registries = [ctx.plain, second]
  const baseline = ctx.bundles.baseline
  const bundles = [[TOOLS.ours, ctx.bundles.current]]
  if (baseline) bundles.push([TOOLS.baseline(baseline.name), baseline.path])
  try {
    for (let run = 0; run < ctx.runs.multi; run++) {
      const dirs = await writePacks(ctx, `multi-${run}-${Date.now().toString(36)}`)
      const artifacts = await layoutsOf(ctx, dirs, run)
      const steps = bundles.map(([tool, bundle]) => [
        tool,
        async (prefix) => (await pushStep(ctx, { bundle, dirs, registries, prefix })).measured
      ])
      if (ctx.peer) {
        steps.push([
          TOOLS.oras,
          (prefix) => pushStepWithOras(ctx, { artifacts, registries, prefix })
        ])
      }
      steps.push([
        TOOLS.floor,
        (prefix) => pushStepWithFloor(ctx, { artifacts, registries, prefix })
      ])
      for (let i = 0; i < steps.length; i++) {
        const [tool, step] = steps[(i + run) % steps.length]
        const pids = registries.map((r) => r.pid)
        const cpuBefore = pids.map(processCpuMs)
        const measured = await step(`multi-${run}-${slug(tool)}`)
        const registryCpuMs = cpuDelta(cpuBefore, pids.map(processCpuMs))
        record(ctx, CASES.multi, tool, { measured, registryCpuMs })
      }
      await rm(join(ctx.work, 'multi-layouts', `${run}`), { recursive: true, force: true })
      for (let i = 0; i < NODE_RUNS; i++) {
        const measured = await measure(ctx.nodes.main, ['-e', '0'], { preciseCpu: true })
        record(ctx, CASES.multi, TOOLS.node, { measured })
      }
    }
    ctx.profiles = await profileStep(ctx, bundles, registries)
    ctx.multiPack = { skipped: false }
  } finally {
    await second.stop()
  }
  ctx.log(`${CASES.multi}: done`)
}

/**
 * More untimed runs of the step (PROFILE_RUNS, fresh packs each) by each bundle and by the node
 * floor under `node --cpu-prof` (the main thread's JavaScript, sampled; Node writes the profile
 * at exit), summed and summarised: on a shared machine one run's samples are noisy. Resolves
 * [{ tool, cpuMs (the median of the profiled runs), runs, summary }].
 */
async function profileStep(ctx, bundles, registries) {
  const runs = ctx.quick ? 1 : PROFILE_RUNS
  const dirOf = (tool) => join(ctx.work, 'profiles', slug(tool))
  const tools = [...bundles.map(([tool]) => tool), TOOLS.floor]
  const cpu = new Map(tools.map((tool) => [tool, []]))
  for (let run = 0; run < runs; run++) {
    const dirs = await writePacks(ctx, `multi-profile-${run}-${Date.now().toString(36)}`)
    const artifacts = await layoutsOf(ctx, dirs, `profile-${run}`)
    const profiled = (tool) => ({
      prefix: `multi-profile-${run}-${slug(tool)}`,
      nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dirOf(tool), '--cpu-prof-interval', '250']
    })
    for (const tool of tools) await mkdir(dirOf(tool), { recursive: true })
    for (const [tool, bundle] of bundles) {
      const { measured } = await pushStep(ctx, { bundle, dirs, registries, ...profiled(tool) })
      cpu.get(tool).push(measured.cpuMs)
    }
    const floor = await pushStepWithFloor(ctx, {
      artifacts,
      registries,
      ...profiled(TOOLS.floor)
    })
    cpu.get(TOOLS.floor).push(floor.cpuMs)
    await rm(join(ctx.work, 'multi-layouts', `profile-${run}`), { recursive: true, force: true })
  }
  const profiles = []
  for (const tool of tools) {
    const dir = dirOf(tool)
    const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'))
    const summary = await summariseProfiles(files.map((f) => join(dir, f)))
    profiles.push({ tool, runs, cpuMs: median(cpu.get(tool)), summary })
    if (process.env.BENCH_PROFILES) {
      const keep = join(resolve(process.env.BENCH_PROFILES), slug(tool))
      await mkdir(keep, { recursive: true })
      for (const f of files) await copyFile(join(dir, f), join(keep, f))
      // The bundles' files go with the work dir: the summary, read while they were there.
      await writeFile(join(keep, 'summary.md'), profileTables(summary, { top: 40 }) + '\n')
      ctx.log(`profiles of ${tool} kept in ${keep}`)
    }
  }
  return profiles
}
