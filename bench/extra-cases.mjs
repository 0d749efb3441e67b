// A case beside the timed pushes: the tampered archive (it must fail and leave no blob the
// registry keeps).
import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { CREATED, LARGE_BYTES, ONE_TAG } from './common.mjs'
import { writeLargeArchive } from './fixtures.mjs'
import { classifyRequests } from './requests.mjs'
import { pushWithAction } from './tools.mjs'

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
 * The large archive (LARGE_BYTES) with one payload byte changed after MANIFEST hashed it (valid gzip,
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
