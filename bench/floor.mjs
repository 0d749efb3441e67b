// The floor: the fewest requests a push needs, sent by curl with nothing else around them.
// One curl process checks the blobs and opens the upload sessions (it needs their Locations),
// a second uploads the blobs and then writes each tag; each keeps its connection alive.
// The node floor (node-floor.mjs) is the same sequence sent from one Node process.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { measure, combine } from './measure.mjs'

const NODE_FLOOR = join(dirname(fileURLToPath(import.meta.url)), 'node-floor.mjs')

const WRITE_OUT = '%{http_code} %header{location}\\n'

function transfer(args) {
  return ['-sS', '-o', '/dev/null', '-w', WRITE_OUT, ...args]
}

function parseWriteOut(stdout) {
  return stdout
    .trim()
    .split('\n')
    .map((line) => {
      const [status, location = ''] = line.split(' ')
      return { status: Number(status), location }
    })
}

function expectStatuses(step, results, expected) {
  const got = results.map((r) => r.status)
  if (got.length !== expected.length || got.some((s, i) => !expected[i].includes(s))) {
    throw new Error(`floor ${step}: curl answers ${got.join(',')}, expected ${expected.join(',')}`)
  }
}

/** `node -e 0`, the start-up cost every Node action pays before its first line runs. */
export function nodeStartup(node) {
  return measure(node, ['-e', '0'])
}

/**
 * A first push: HEAD + POST + PUT per blob, then one manifest PUT per tag. `blobs` are
 * { digest, path }, `manifest` is { path, mediaType }. Resolves the combined measurement.
 */
export async function floorPush({ node, base, repository, blobs, manifest, tags }) {
  const start = await nodeStartup(node)
  const checkArgs = []
  for (const blob of blobs) {
    checkArgs.push(...transfer(['-I', `${base}/v2/${repository}/blobs/${blob.digest}`]), '--next')
  }
  blobs.forEach((_, i) => {
    checkArgs.push(
      ...transfer([
        '-X',
        'POST',
        '-H',
        'Content-Length: 0',
        `${base}/v2/${repository}/blobs/uploads/`
      ])
    )
    if (i < blobs.length - 1) checkArgs.push('--next')
  })
  const check = await measure('curl', checkArgs)
  const checked = parseWriteOut(check.stdout)
  expectStatuses('HEAD/POST', checked, [...blobs.map(() => [404]), ...blobs.map(() => [202])])

  const putArgs = []
  blobs.forEach((blob, i) => {
    const location = new URL(checked[blobs.length + i].location, base)
    location.searchParams.set('digest', blob.digest)
    putArgs.push(
      ...transfer(['-T', blob.path, '-H', 'Content-Type: application/octet-stream', location.href]),
      '--next'
    )
  })
  tags.forEach((tag, i) => {
    putArgs.push(
      ...transfer([
        '-T',
        manifest.path,
        '-H',
        `Content-Type: ${manifest.mediaType}`,
        `${base}/v2/${repository}/manifests/${tag}`
      ])
    )
    if (i < tags.length - 1) putArgs.push('--next')
  })
  const put = await measure('curl', putArgs)
  expectStatuses(
    'PUT',
    parseWriteOut(put.stdout),
    [...blobs, ...tags].map(() => [201])
  )
  return combine([start, check, put])
}

/** A re-push of unchanged content: one HEAD per blob and per tag, nothing written. */
export async function floorRepush({ node, base, repository, blobs, tags, manifest }) {
  const start = await nodeStartup(node)
  const urls = [
    ...blobs.map((b) => `${base}/v2/${repository}/blobs/${b.digest}`),
    ...tags.map((t) => `${base}/v2/${repository}/manifests/${t}`)
  ]
  const args = []
  urls.forEach((url, i) => {
    args.push(...transfer(['-I', '-H', `Accept: ${manifest.mediaType}`, url]))
    if (i < urls.length - 1) args.push('--next')
  })
  const heads = await measure('curl', args)
  expectStatuses(
    'HEAD',
    parseWriteOut(heads.stdout),
    urls.map(() => [200])
  )
  return combine([start, heads])
}

/**
 * The node floor: one fresh `node bench/node-floor.mjs` process sends the first push
 * (`mode` 'push') or the re-push ('repush') with node:http alone. Resolves its measurement.
 */
export function nodeFloor(mode, { node, base, repository, blobs, manifest, tags }) {
  return measure(node, [
    NODE_FLOOR,
    mode,
    base,
    repository,
    manifest.path,
    manifest.mediaType,
    tags.join(','),
    ...blobs.flatMap((b) => [b.digest, String(b.size), b.path])
  ])
}
