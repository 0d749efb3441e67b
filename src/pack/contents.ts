// Reads the selected files and hashes them for MANIFEST, which comes first in the archive; then
// hands them to the archive writer. Files are kept in memory between the two up to a budget;
// past it they are read again, and must hash the same the second time.
import { createHash, hash } from 'node:crypto'
import { closeSync, constants, createReadStream, fstatSync, openSync, readSync } from 'node:fs'
import type { TarGzWriter } from './archive.js'
import { fileSystemError } from './fs-errors.js'
import type { SelectedFile } from './select.js'
import { PackError } from './types.js'

/** A file up to this size is kept in memory, while the total kept stays under KEPT_TOTAL. */
const KEPT_FILE_LIMIT = 4 << 20
const KEPT_TOTAL = 64 << 20
/** Slabs small files are read into, and the room one must have left to take the next file. */
const SLAB = 1 << 20
const SLAB_MIN_ROOM = 64 << 10
/** Non-blocking, so a file swapped for a FIFO cannot hang the open; fstat then refuses it. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

export interface PackFile extends SelectedFile {
  /** Lower-case hex sha256 of the bytes. */
  sha256: string
  size: number
  /** The bytes, when kept; otherwise they are read again from `path` while writing. */
  content?: Buffer
}

/**
 * Reads and hashes `files` in order. `known` holds bytes already read (Pack.yaml, validated
 * from those very bytes); `display` names a file for messages (called only for one).
 */
export async function readPackFiles(
  files: readonly SelectedFile[],
  known: ReadonlyMap<string, Buffer>,
  display: (file: SelectedFile) => string
): Promise<PackFile[]> {
  const read: PackFile[] = []
  const slab = new Slab()
  let kept = 0
  for (const file of files) {
    // Templates are small and many: synchronous reads cost microseconds, where trips through
    // the libuv thread pool would cost far more.
    const content = known.get(file.name) ?? readSmallFile(file, display, KEPT_TOTAL - kept, slab)
    const { name, path } = file
    if (content) {
      kept += content.length
      read.push({ name, path, content, size: content.length, sha256: sha256Hex(content) })
    } else {
      read.push({ name, path, ...(await hashStreamed(path, display(file))) })
    }
  }
  return read
}

/** Adds `files` to `writer` in order; a file not kept is read again and hashed again. */
export async function writePackFiles(
  files: readonly PackFile[],
  writer: TarGzWriter,
  display: (file: SelectedFile) => string
): Promise<void> {
  for (const file of files) {
    if (file.content) {
      const wait = writer.add(file.name, file.content)
      if (wait) await wait
      continue
    }
    const sha256 = createHash('sha256')
    try {
      await writer.addStream(file.name, file.size, hashed(createReadStream(file.path), sha256))
    } catch (err) {
      throw fileSystemError(err, display(file), 'read')
    }
    if (sha256.digest('hex') !== file.sha256) throw changed(display(file))
  }
}

export function sha256Hex(data: Buffer): string {
  return hash('sha256', data, 'hex')
}

/**
 * Small files are read straight into shared slabs, with no fstat and no buffer per file: a
 * read shorter than the room left is the whole file.
 */
class Slab {
  private buffer = Buffer.allocUnsafe(SLAB)
  private used = 0

  /** The whole file open at `fd`, or undefined when it may be larger than `limit`. */
  read(fd: number, limit: number): Buffer | undefined {
    if (SLAB - this.used < Math.min(limit, SLAB_MIN_ROOM) + 1) {
      this.buffer = Buffer.allocUnsafe(SLAB)
      this.used = 0
    }
    const room = Math.min(SLAB - this.used, limit + 1)
    const n = readSync(fd, this.buffer, this.used, room, 0)
    if (n === room) return undefined
    const content = this.buffer.subarray(this.used, this.used + n)
    this.used += n
    return content
  }
}

/** The whole file, or undefined when it is larger than KEPT_FILE_LIMIT or `room`. */
function readSmallFile(
  file: SelectedFile,
  display: (file: SelectedFile) => string,
  room: number,
  slab: Slab
): Buffer | undefined {
  let fd: number
  try {
    fd = openSync(file.path, OPEN_FLAGS)
  } catch (err) {
    throw fileSystemError(err, display(file), 'read')
  }
  try {
    const small = slab.read(fd, Math.min(room, SLAB_MIN_ROOM))
    if (small) return small
    const stats = fstatSync(fd)
    if (!stats.isFile()) {
      throw new PackError(`${display(file)} is no longer a regular file`, {
        file: display(file),
        fix: 'run again once nothing is changing the pack'
      })
    }
    if (stats.size > KEPT_FILE_LIMIT || stats.size > room) return undefined
    return readWhole(fd, stats.size, display(file))
  } catch (err) {
    throw fileSystemError(err, display(file), 'read')
  } finally {
    closeSync(fd)
  }
}

function readWhole(fd: number, size: number, shown: string): Buffer {
  const content = Buffer.allocUnsafe(size)
  for (let length = 0; length < size;) {
    const n = readSync(fd, content, length, size - length, length)
    if (n === 0) throw changed(shown)
    length += n
  }
  return content
}

async function hashStreamed(
  filePath: string,
  shown: string
): Promise<{ sha256: string; size: number }> {
  const sha256 = createHash('sha256')
  let size = 0
  try {
    for await (const chunk of createReadStream(filePath) as AsyncIterable<Buffer>) {
      sha256.update(chunk)
      size += chunk.length
    }
  } catch (err) {
    throw fileSystemError(err, shown, 'read')
  }
  return { sha256: sha256.digest('hex'), size }
}

async function* hashed(
  chunks: AsyncIterable<Buffer>,
  sha256: ReturnType<typeof createHash>
): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    sha256.update(chunk)
    yield chunk
  }
}

function changed(shown: string): PackError {
  return new PackError(`${shown} changed while it was being archived`, {
    file: shown,
    fix: 'run again once nothing is writing to the pack'
  })
}
