// Two cases beside the timed pushes: the tampered archive (it must fail and leave no blob the
// registry keeps) and the hook for issue 15's "12 packs × 2 registries".
import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { CASES, CREATED, LARGE_BYTES, ONE_TAG, TOOLS, record } from './common.mjs'
import { writeLargeArchive, writePack } from './fixtures.mjs'
import { cpuDelta, processCpuMs } from './measure.mjs'
import { classifyRequests } from './requests.mjs'
import { pushWithAction, runAction } from './tools.mjs'

async function sha256File(file) {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return `sha256:${hash.digest('hex')}`
}

/** Whether the registry's storage holds the blob's data, or links it into `repository`. */
function blobKept(storageDir, repository, digest) {
  const [algorithm, hex] = digest.split(':')
  const v2 = join(storageDir, 'docker', 'registry', 'v2')
  return (
    existsSync(join(v2, 'blobs', algorithm, hex.slice(0, 2), hex, 'data')) ||
    existsSync(join(v2, 'repositories', ...repository.split('/'), '_layers', algorithm, hex))
  )
}

/**
 * The 150 MiB archive with one payload byte changed after MANIFEST hashed it (valid gzip,
 * valid tar: only the check can tell, after the last byte). Ours must fail, tag nothing and
 * leave no blob of it in the registry. Sets ctx.tampered.
 */
export async function corruptedArchiveCheck(ctx) {
  const dir = join(ctx.work, 'tampered')
  const file = await writeLargeArchive(dir, {
    name: 'large-pack',
    version: '1.0.0',
    runId: `tampered-${Date.now().toString(36)}`,
    payloadBytes: LARGE_BYTES,
    created: CREATED,
    tampered: true
  })
  const digest = await sha256File(file)
  const registry = ctx.plain
  const repository = 'tampered/ours'
  await registry.flushAccessLog()
  registry.clearAccessLog()
  let error
  try {
    await pushWithAction({
      node: ctx.nodes.main,
      bundle: ctx.bundles.current,
      work: ctx.work,
      target: ctx.targets.loopback,
      path: file,
      repository,
      tags: ONE_TAG
    })
  } catch (failure) {
    error = /::error[^:]*::([^\n]*)/.exec(failure.message)?.[1] ?? 'failed (no ::error:: line)'
  }
  ctx.tampered = {
    failed: error !== undefined,
    // Workflow-command escaping undone, line breaks as spaces.
    message: error
      ?.replace(/%0[AD]/g, ' ')
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%25/g, '%'),
    requests: classifyRequests(await registry.flushAccessLog()),
    kept: blobKept(registry.storageDir, repository, digest),
    tags: await registry.listTags(repository)
  }
  registry.clearAccessLog()
  await rm(dir, { recursive: true, force: true })
  ctx.log('tampered archive: done')
}

const MULTI_PACKS = 12

/**
 * Issue 15's case, "12 packs × 2 registries": one run of the action with 12 pack directories in
 * `path` and two registries in `destination` (entries ending in `/` get the pack name), fresh
 * content each run, against a single pack's single push in the same run (CASES.small1). Each
 * run records ours' CPU and what both registries' processes used meanwhile (/proc). Runs
 * only with BENCH_MULTI_PACK=1: until the action takes several paths and destinations, it fails.
 */
export async function multiPackCase(ctx) {
  if (process.env.BENCH_MULTI_PACK !== '1') {
    ctx.multiPack = { skipped: true }
    return
  }
  const second = await ctx.support.startRegistry({ auth: 'anonymous' })
  try {
    const dirs = Array.from({ length: MULTI_PACKS }, (_, i) =>
      join(ctx.work, 'multi', `pack-${String(i + 1).padStart(2, '0')}`)
    )
    for (let run = 0; run < ctx.runs.multi; run++) {
      const runId = `multi-${run}-${Date.now().toString(36)}`
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
      const destinations = [ctx.plain.host, second.host].map((h) => `oci://${h}/multi-${run}/`)
      const pids = [ctx.plain.pid, second.pid]
      const cpuBefore = pids.map(processCpuMs)
      const { measured } = await runAction({
        node: ctx.nodes.main,
        bundle: ctx.bundles.current,
        work: ctx.work,
        target: ctx.targets.loopback,
        inputs: {
          INPUT_PATH: dirs.join('\n'),
          INPUT_DESTINATION: destinations.join('\n'),
          INPUT_TAGS: ONE_TAG.join(',')
        }
      })
      const registryCpuMs = cpuDelta(cpuBefore, pids.map(processCpuMs))
      record(ctx, CASES.multi, TOOLS.ours, { measured, registryCpuMs })
    }
    ctx.multiPack = { skipped: false }
  } finally {
    await second.stop()
  }
  ctx.log(`${CASES.multi}: done`)
}
