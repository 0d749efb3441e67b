// Large prebuilt pack archives, written as `sherpack package` lays them out (MANIFEST, Pack.yaml,
// one big template of random bytes), streamed to disk. `tampered`: one payload byte changed
// near the end after MANIFEST listed its checksum, so gzip and tar stay valid and only the
// check of that entry, deep in the archive, can tell. Shared by the packager's unit test and
// the e2e test against a registry.
import { createHash, randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'

export const LARGE_PAYLOAD = 'templates/payload.txt'

export interface LargeArchive {
  file: string
  /** `sha256:<hex>` of the archive file. */
  digest: string
  size: number
}

export async function writeLargeArchive(
  dir: string,
  options: { bytes: number; tampered?: boolean; name?: string; version?: string }
): Promise<LargeArchive> {
  const { bytes, tampered = false, name = 'large', version = '1.0.0' } = options
  const packYaml = Buffer.from(
    `apiVersion: sherpack/v1\nkind: application\nmetadata:\n  name: ${name}\n  version: ${version}\n`
  )
  const payload = randomBytes(bytes)
  const hex = (data: Buffer): string => createHash('sha256').update(data).digest('hex')
  const listed = [
    ['Pack.yaml', hex(packYaml)],
    [LARGE_PAYLOAD, hex(payload)]
  ]
  const digest = hex(Buffer.from(listed.map(([file, sum]) => `${file}:${sum}\n`).join('')))
  const manifest = Buffer.from(
    `sherpack-manifest-version: 1\nname: ${name}\nversion: ${version}\ncreated: 2026-01-01T00:00:00+00:00\n\n[files]\n${listed.map(([file, sum]) => `${file} sha256:${sum}`).join('\n')}\n\n[digest]\nsha256:${digest}`
  )
  const deep = payload.length - 4096
  if (tampered) payload.writeUInt8((payload.readUInt8(deep) ^ 0xff) & 0xff, deep)
  const file = path.join(dir, `${name}-${version}.tar.gz`)
  const hash = createHash('sha256')
  let size = 0
  const entries: [string, Buffer][] = [
    ['MANIFEST', manifest],
    ['Pack.yaml', packYaml],
    [LARGE_PAYLOAD, payload]
  ]
  // Random bytes do not compress: stored blocks (level 0) keep writing the fixture quick.
  const gzip = createGzip({ level: 0 })
  gzip.on('data', (chunk: Buffer) => {
    hash.update(chunk)
    size += chunk.length
  })
  await pipeline(Readable.from(tarBlocks(entries)), gzip, createWriteStream(file))
  return { file, digest: `sha256:${hash.digest('hex')}`, size }
}

function* tarBlocks(entries: [string, Buffer][]): Generator<Buffer> {
  for (const [name, content] of entries) {
    yield header(name, content.length)
    for (let at = 0; at < content.length; at += 1 << 20) yield content.subarray(at, at + (1 << 20))
    const padding = (512 - (content.length % 512)) % 512
    if (padding) yield Buffer.alloc(padding)
  }
  yield Buffer.alloc(1024)
}

/** A ustar header: regular file, mode 0644, uid/gid 0, mtime 0. */
function header(name: string, size: number): Buffer {
  const block = Buffer.alloc(512)
  const put = (offset: number, length: number, text: string): void => {
    block.write(text, offset, length, 'ascii')
  }
  put(0, 100, name)
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
  for (const byte of block) sum += byte
  put(148, 8, sum.toString(8).padStart(6, '0') + '\0 ')
  return block
}
