// Reads the selected files into the archive writer, hashing each for MANIFEST on the way.
import { createHash, hash } from 'node:crypto'
import type { Hash } from 'node:crypto'
import { closeSync, createReadStream, openSync, readSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { TarGzWriter } from './archive.js'
import type { SelectedFile } from './select.js'

/** Files up to this size are read whole; larger ones are streamed. */
const WHOLE_FILE_LIMIT = 4 << 20

/**
 * Adds `files` to `writer` in order, telling `onChecksum` each one's sha256 (by index in
 * `files`) as soon as it is known. A file given with `content` (already read, e.g. Pack.yaml)
 * is not read again.
 */
export async function archiveFiles(
  files: readonly (SelectedFile & { content?: Buffer })[],
  writer: TarGzWriter,
  onChecksum: (index: number, sha256: string) => void
): Promise<void> {
  for (let index = 0; index < files.length; index++) {
    const file = files[index] as SelectedFile & { content?: Buffer }
    if (file.content) {
      onChecksum(index, sha256Hex(file.content))
      await writer.addFile(file.name, file.content)
      continue
    }
    // Templates are small and many: synchronous reads cost microseconds, where trips through
    // the libuv thread pool would cost far more.
    const fd = openSync(file.path, 'r')
    let content: Buffer | undefined
    try {
      const sha256 = writer.addOpenFile(file.name, fd)
      if (sha256 !== undefined) {
        onChecksum(index, sha256)
        const wait = writer.ready()
        if (wait) await wait
        continue
      }
      content = readSmallFile(fd)
    } finally {
      closeSync(fd)
    }
    if (content) {
      onChecksum(index, sha256Hex(content))
      // addFile copies `content` before returning, so the shared read buffer is free again.
      const wait = writer.addFile(file.name, content)
      if (wait) await wait
    } else {
      const sha256 = createHash('sha256')
      const { size } = await stat(file.path)
      await writer.addFileStream(file.name, size, hashed(createReadStream(file.path), sha256))
      onChecksum(index, sha256.digest('hex'))
    }
  }
}

export function sha256Hex(data: Buffer): string {
  return hash('sha256', data, 'hex')
}

/** Reused for every read: most templates fit in one read() into it. */
const readBuffer = Buffer.allocUnsafe(64 << 10)

/**
 * The whole file open at `fd` (read from its start), or undefined when it is larger than
 * WHOLE_FILE_LIMIT. A small file comes back as a view of a shared buffer, valid only until the
 * next call: callers use it and let go.
 */
function readSmallFile(fd: number): Buffer | undefined {
  // No fstat: a short read of a regular file means end of file, so one read() usually does.
  const first = readSync(fd, readBuffer, 0, readBuffer.length, 0)
  if (first < readBuffer.length) return readBuffer.subarray(0, first)
  const chunks = [Buffer.from(readBuffer)]
  let length = first
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, WHOLE_FILE_LIMIT + 1 - length))
    const n = readSync(fd, chunk, 0, chunk.length, length)
    if (n === 0) return Buffer.concat(chunks, length)
    length += n
    if (length > WHOLE_FILE_LIMIT) return undefined
    chunks.push(chunk.subarray(0, n))
  }
}

async function* hashed(chunks: AsyncIterable<Buffer>, sha256: Hash): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    sha256.update(chunk)
    yield chunk
  }
}
