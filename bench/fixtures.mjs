// The packs the benchmark pushes. Every run gets fresh content (a new run id in Pack.yaml and
// in the templates), so no registry or client cache can make a run cheaper than a first push.
import { createHash, randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'

export function packYaml(name, version, runId) {
  return [
    'apiVersion: sherpack/v1',
    'kind: application',
    'metadata:',
    `  name: ${name}`,
    `  version: ${version}`,
    `  description: Benchmark pack (run ${runId})`,
    "  appVersion: '2.4.1'",
    '  keywords: [bench]',
    'engine:',
    '  strict: true',
    ''
  ].join('\n')
}

/** A template of about `bytes` bytes: Kubernetes-looking YAML with some random data. */
function template(index, runId, bytes) {
  const head = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: {{ release.name }}-config-${index}`,
    '  labels:',
    '    app.kubernetes.io/name: {{ release.name }}',
    `    bench/run: "${runId}"`,
    'data:',
    `  index: "${index}"`
  ].join('\n')
  const randomLength = Math.max(0, bytes - head.length - 20)
  // Half random (incompressible) and half repeated text, like real templates with some data.
  const data = randomBytes(Math.ceil(randomLength / 4)).toString('base64')
  const filler = '  # {{ values.comment | default("configuration") }}\n'.repeat(
    Math.max(0, Math.floor(randomLength / 2 / 52))
  )
  return `${head}\n  blob: "${data}"\n${filler}`
}

/** Writes a pack directory with `count` templates (spread over folders of 100 when many). */
export async function writePack(dir, { name, version, runId, count, templateBytes }) {
  await rm(dir, { recursive: true, force: true })
  await mkdir(join(dir, 'templates'), { recursive: true })
  await writeFile(join(dir, 'Pack.yaml'), packYaml(name, version, runId))
  await writeFile(join(dir, 'values.yaml'), `replicas: 2\nimage: nginx:1.27\nrun: "${runId}"\n`)
  const folders = count > 100 ? Math.ceil(count / 100) : 0
  if (folders) {
    await Promise.all(
      Array.from({ length: folders }, (_, f) => mkdir(join(dir, 'templates', `group-${f}`)))
    )
  }
  const files = Array.from({ length: count }, (_, i) =>
    folders
      ? join('templates', `group-${Math.floor(i / 100)}`, `config-${i}.yaml`)
      : join('templates', `config-${i}.yaml`)
  )
  // Batches keep the number of open files modest.
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(
      files
        .slice(i, i + 256)
        .map((file, j) => writeFile(join(dir, file), template(i + j, runId, templateBytes)))
    )
  }
}

/** Makes an existing pack new content without rewriting every file. */
export async function refreshPack(dir, { name, version, runId }) {
  await writeFile(join(dir, 'Pack.yaml'), packYaml(name, version, runId))
  await writeFile(join(dir, 'values.yaml'), `replicas: 2\nimage: nginx:1.27\nrun: "${runId}"\n`)
}

/**
 * Writes a pack archive of about `payloadBytes` random bytes, valid for the action's prebuilt
 * archive check (MANIFEST, Pack.yaml, one big file), as `sherpack package` lays it out. The
 * payload is random, so the gzip stream uses stored blocks (level 0): compressing would take
 * seconds and gain nothing. `tampered`: one payload byte changed after MANIFEST listed its
 * hash, so gzip and tar stay valid and only the check (after the last byte) can tell. Returns
 * the archive's path.
 */
export async function writeLargeArchive(
  dir,
  { name, version, runId, payloadBytes, created, tampered = false }
) {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const pack = Buffer.from(packYaml(name, version, runId))
  const payload = randomBytes(payloadBytes)
  const files = [
    { path: 'Pack.yaml', bytes: pack },
    { path: 'templates/payload.txt', bytes: payload }
  ]
  const hex = (bytes) => createHash('sha256').update(bytes).digest('hex')
  const listed = files.map((f) => ({ path: f.path, sha256: hex(f.bytes) }))
  const digest = hex(listed.map((f) => `${f.path}:${f.sha256}\n`).join(''))
  const manifest = Buffer.from(
    [
      'sherpack-manifest-version: 1',
      `name: ${name}`,
      `version: ${version}`,
      `created: ${created}`,
      '',
      '[files]',
      ...listed.map((f) => `${f.path} sha256:${f.sha256}`),
      '',
      '[digest]',
      `sha256:${digest}`
    ].join('\n')
  )
  if (tampered) payload[payload.length >> 1] ^= 0xff
  const file = join(dir, `${name}-${version}.tar.gz`)
  await pipeline(
    Readable.from(tarChunks([{ path: 'MANIFEST', bytes: manifest }, ...files])),
    createGzip({ level: 0 }),
    createWriteStream(file)
  )
  return file
}

function* tarChunks(entries) {
  for (const entry of entries) {
    yield tarHeader(entry.path, entry.bytes.length)
    for (let i = 0; i < entry.bytes.length; i += 1 << 20)
      yield entry.bytes.subarray(i, i + (1 << 20))
    const padding = (512 - (entry.bytes.length % 512)) % 512
    if (padding) yield Buffer.alloc(padding)
  }
  yield Buffer.alloc(1024)
}

/** A ustar header: regular file, mode 0644, uid/gid 0, mtime 0. */
function tarHeader(path, size) {
  const header = Buffer.alloc(512)
  const put = (offset, length, text) => header.write(text, offset, length, 'ascii')
  put(0, 100, path)
  put(100, 8, '0000644\0')
  put(108, 8, '0000000\0')
  put(116, 8, '0000000\0')
  put(124, 12, size.toString(8).padStart(11, '0') + '\0')
  put(136, 12, '00000000000\0')
  put(148, 8, '        ')
  put(156, 1, '0')
  put(257, 6, 'ustar\0')
  put(263, 2, '00')
  let sum = 0
  for (const byte of header) sum += byte
  put(148, 8, sum.toString(8).padStart(6, '0') + '\0 ')
  return header
}
