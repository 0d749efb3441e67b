// Reads the selected files into the archive writer, hashing each for MANIFEST on the way.
import { createHash } from 'node:crypto'
import type { Hash } from 'node:crypto'
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { TarGzWriter } from './archive.js'
import type { FileChecksum } from './manifest.js'
import type { SelectedFile } from './select.js'

/** Files up to this size are read whole; larger ones are streamed. */
const WHOLE_FILE_LIMIT = 4 << 20

/**
 * Adds `files` to `writer` in order and returns their checksums. A file given with `content`
 * (already read, e.g. Pack.yaml) is not read again.
 */
export async function archiveFiles(
  files: readonly (SelectedFile & { content?: Buffer })[],
  writer: TarGzWriter
): Promise<FileChecksum[]> {
  const checksums: FileChecksum[] = []
  for (const file of files) {
    // Templates are small and many: a synchronous read costs a few microseconds, a trip
    // through the libuv thread pool far more.
    const content = file.content ?? readSmallFile(file.path)
    if (content) {
      await writer.addFile(file.name, content.length, content)
      checksums.push({ path: file.name, sha256: sha256Hex(content) })
    } else {
      const hash = createHash('sha256')
      const { size } = await stat(file.path)
      await writer.addFile(file.name, size, hashed(createReadStream(file.path), hash))
      checksums.push({ path: file.name, sha256: hash.digest('hex') })
    }
  }
  return checksums
}

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The whole file, or undefined when it is larger than WHOLE_FILE_LIMIT. */
export function readSmallFile(filePath: string): Buffer | undefined {
  const fd = openSync(filePath, 'r')
  try {
    const size = fstatSync(fd).size
    if (size > WHOLE_FILE_LIMIT) return undefined
    // One byte more than expected, to notice a file that grew since fstat.
    const buffer = Buffer.allocUnsafe(size + 1)
    let length = 0
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null)
      if (n === 0) break
      length += n
      if (length === buffer.length) return undefined
    }
    return buffer.subarray(0, length)
  } finally {
    closeSync(fd)
  }
}

async function* hashed(chunks: AsyncIterable<Buffer>, hash: Hash): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    hash.update(chunk)
    yield chunk
  }
}
