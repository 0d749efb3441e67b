// Writes the reproducible .tar.gz. Tar headers are encoded by hand (ustar, PAX for long or
// non-ASCII names) so every byte is fixed; the gzip framing is ours too, so the OS byte does
// not depend on the platform.
//
// MANIFEST must come first but is known only once every file has been read and hashed. So the
// entries after it are compressed while they are read, in fixed 512 KiB pieces on the thread
// pool (each primed with the 32 KiB before it and ended by a sync flush, as pigz does), and
// kept (in memory, or in a side file when large); MANIFEST is compressed as its own stream,
// fed as its lines become known, and the archive is assembled as header + MANIFEST + the
// rest + trailer: one valid deflate stream. Piece boundaries depend only on the tar bytes, and
// zlib's output does not depend on how its input is split, so the output is the same however
// the work was scheduled.
import { createHash, hash } from 'node:crypto'
import {
  closeSync,
  createReadStream,
  createWriteStream,
  openSync,
  readSync,
  writeSync
} from 'node:fs'
import type { WriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { once } from 'node:events'
import { promisify } from 'node:util'
import { constants, crc32, createDeflateRaw, deflateRaw } from 'node:zlib'
import type { DeflateRaw, ZlibOptions } from 'node:zlib'
import { PackError } from './types.js'

export interface WrittenArchive {
  /** `sha256:<hex>` of the .tar.gz bytes. */
  digest: string
  size: number
}

/** Fixed so the same input gives the same bytes everywhere; 6 is gzip's and `tar -z`'s default. */
export const GZIP_LEVEL = 6
/** gzip OS byte "unknown", as Go's and Rust's writers emit, instead of the host's. */
const GZIP_OS_UNKNOWN = 255
const BLOCK = 512
/** Tar bytes per separately compressed piece. Changing it changes the archive bytes. */
const PIECE = 512 << 10
const WINDOW = 32 << 10
const MAX_IN_FLIGHT = 8
/** Below this much room left in a piece, files go through addFile instead. */
const DIRECT_READ_MIN = 64 << 10
/** Compressed bytes kept in memory; past this, they go to the scratch file. */
const MAX_KEPT_IN_MEMORY = 8 << 20
/** Output room per trip to the thread pool when compressing the leading entry. */
const LEADING_CHUNK_SIZE = 256 << 10
/** Largest size an 11-digit octal field holds. */
const MAX_USTAR_SIZE = 0o77777777777

const deflateRawAsync = promisify<Buffer, ZlibOptions, Buffer>(deflateRaw)

/** The first entry: known last, compressed on its own as its bytes arrive. */
interface LeadingEntry {
  name: string
  size: number
  written: number
  /** CRC-32 and length of its tar bytes (header, content, padding). */
  crc: number
  rawSize: number
  stream: DeflateRaw
  compressed: Buffer[]
  ended: Promise<void>
}

/**
 * Builds a gzip tar whose first entry is supplied last. Start the first entry with
 * beginLeading() (or pass it whole to finish()), add the others in archive order with
 * addFile(), then finish(); abort() on failure.
 */
export class TarGzWriter {
  private piece: Buffer = Buffer.allocUnsafe(PIECE)
  private used = 0
  private previousTail: Buffer | undefined
  private inFlight: Promise<Buffer>[] = []
  /**
   * Piece buffers whose compression is done, for reuse: on small runners fresh memory costs a
   * page fault per 4 KiB, which adds up to more than the copying.
   */
  private spare: Buffer[] = []
  /** A piece went to the thread pool since the caller last let the event loop run. */
  private yieldDue = false
  private kept: Buffer[] = []
  private keptSize = 0
  private scratch: WriteStream | undefined
  private restCrc = 0
  private restSize = 0
  private leading: LeadingEntry | undefined
  private failed: unknown

  /**
   * `scratchPath` (must not exist) holds the compressed entries until finish() once they
   * outgrow `maxKeptInMemory` bytes.
   */
  constructor(
    private readonly scratchPath: string,
    private readonly maxKeptInMemory = MAX_KEPT_IN_MEMORY
  ) {}

  /**
   * Starts the entry that finish() puts first, `size` bytes long. Its bytes, handed to
   * writeLeading() in order, are compressed on the thread pool while files are added.
   */
  beginLeading(name: string, size: number): void {
    if (this.leading) throw new Error('the leading entry was already begun')
    const stream = createDeflateRaw({
      level: GZIP_LEVEL,
      finishFlush: constants.Z_SYNC_FLUSH,
      chunkSize: LEADING_CHUNK_SIZE
    })
    const compressed: Buffer[] = []
    stream.on('data', (chunk: Buffer) => compressed.push(chunk))
    const ended = new Promise<void>((resolve, reject) => {
      stream.on('end', resolve)
      stream.on('error', reject)
    })
    ended.catch((err: unknown) => (this.failed ??= err))
    this.leading = { name, size, written: 0, crc: 0, rawSize: 0, stream, compressed, ended }
    this.pushLeading(tarHeader(name, size))
  }

  /** The next bytes of the leading entry (a string as UTF-8). */
  writeLeading(data: Buffer | string): void {
    const leading = this.leading
    if (!leading) throw new Error('writeLeading() before beginLeading()')
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    leading.written += bytes.length
    if (leading.written > leading.size) {
      throw new Error(`${leading.name} is longer than the ${leading.size} bytes announced`)
    }
    this.pushLeading(bytes)
  }

  /**
   * Appends one regular file held in memory. `content` is copied before this returns, so its
   * buffer may be reused; a returned promise means: wait before adding more (see ready()).
   * (No promise otherwise: an await per template adds up over thousands of them.)
   */
  addFile(name: string, content: Buffer): Promise<void> | undefined {
    this.header(name, content.length)
    this.append(content)
    this.pad(content.length)
    return this.ready()
  }

  /**
   * Appends the file open at `fd` by reading it straight into the current piece, saving a
   * copy per template, and returns its sha256 (hex). Returns undefined, having added nothing,
   * when the file does not fit in what is left of the piece or its name needs a PAX record:
   * use addFile then. Call ready() after it.
   */
  addOpenFile(name: string, fd: number): string | undefined {
    const start = this.used + BLOCK
    const room = PIECE - start
    if (room < DIRECT_READ_MIN) return undefined
    const size = readSync(fd, this.piece, start, room, 0)
    // A short read of a regular file is its end; a full one may not be.
    if (size === room || !writeUstarHeader(this.piece, this.used, name, size)) return undefined
    const sha256 = hash('sha256', this.piece.subarray(start, start + size), 'hex')
    this.used = start + size // short of the piece's end: the read was short
    this.pad(size)
    return sha256
  }

  /** Appends one regular file read as a stream of chunks that must add up to `size`. */
  async addFileStream(name: string, size: number, chunks: AsyncIterable<Buffer>): Promise<void> {
    this.header(name, size)
    let seen = 0
    for await (const chunk of chunks) {
      seen += chunk.length
      if (seen > size) break
      this.append(chunk)
      await this.ready()
    }
    if (seen !== size) {
      throw new PackError(
        `${name} changed size while it was being archived: run again once nothing is writing to the pack`,
        name
      )
    }
    this.pad(size)
    await this.ready()
  }

  /**
   * undefined, or a promise to await before adding more: too many pieces are compressing, or
   * one was just handed to the thread pool and the event loop should run once, so that
   * finished pieces give back their buffers and the leading entry's compression moves on.
   */
  ready(): Promise<void> | undefined {
    if (this.inFlight.length >= MAX_IN_FLIGHT) return this.drainBelowLimit()
    if (!this.yieldDue) return undefined
    this.yieldDue = false
    return new Promise((resolve) => setImmediate(resolve))
  }

  /**
   * Writes `outFile` (must not exist): gzip header, the leading entry, the added files,
   * trailer. The leading entry is either begun already or given here whole.
   */
  async finish(outFile: string): Promise<WrittenArchive>
  async finish(outFile: string, leadingName: string, leading: Buffer): Promise<WrittenArchive>
  async finish(
    outFile: string,
    leadingName?: string,
    leadingBytes?: Buffer
  ): Promise<WrittenArchive> {
    if (leadingName !== undefined && leadingBytes) {
      this.beginLeading(leadingName, leadingBytes.length)
      this.writeLeading(leadingBytes)
    }
    const leading = this.leading
    if (!leading) throw new Error('finish() without a leading entry')
    if (leading.written !== leading.size) {
      throw new Error(
        `${leading.name} has ${leading.written} of the ${leading.size} bytes announced`
      )
    }
    this.pushLeading(ZEROS.subarray(0, padding(leading.size)))
    leading.stream.end()

    this.append(ZEROS) // end of archive: two zero blocks, as GNU tar, Go and Rust write
    this.dispatch(true)
    while (this.inFlight.length > 0) await this.drainOne()
    await leading.ended
    this.throwIfFailed()
    const crc = crc32Concat(leading.crc, this.restCrc, this.restSize)
    const rawSize = leading.rawSize + this.restSize

    const digest = createHash('sha256')
    let size: number
    try {
      const head = [gzipHeader(), ...leading.compressed]
      const trailer = gzipTrailer(crc, rawSize)
      if (this.scratch) {
        const scratch = this.scratch
        scratch.end()
        await once(scratch, 'close')
        this.throwIfFailed()
        size = await writeStreamed(outFile, digest, head, this.scratchPath, trailer)
      } else {
        // Small enough to have stayed in memory: a few synchronous writes.
        size = writeAll(outFile, digest, [...head, ...this.kept, trailer])
      }
    } finally {
      if (this.scratch) await rm(this.scratchPath, { force: true })
    }
    return { digest: `sha256:${digest.digest('hex')}`, size }
  }

  /** Stops, removing the scratch file; the pieces still compressing are left to finish. */
  async abort(): Promise<void> {
    for (const pending of this.inFlight) pending.catch(() => undefined)
    this.inFlight = []
    this.leading?.stream.destroy()
    if (!this.scratch) return
    // Closed before removal: an open still in flight could otherwise recreate the file, and
    // Windows cannot delete an open file.
    await closeStream(this.scratch)
    await rm(this.scratchPath, { force: true })
  }

  private pushLeading(bytes: Buffer): void {
    const leading = this.leading as LeadingEntry
    leading.crc = crc32(bytes, leading.crc)
    leading.rawSize += bytes.length
    leading.stream.write(bytes)
  }

  /**
   * Headers start on a 512-byte boundary and PIECE is a multiple of 512, so a one-block header
   * always fits in the current piece and is written in place.
   */
  private header(name: string, size: number): void {
    if (!writeUstarHeader(this.piece, this.used, name, size)) {
      this.append(tarHeader(name, size))
      return
    }
    this.used += BLOCK
    if (this.used === PIECE) this.dispatch(false)
  }

  /** Zeros up to the next block boundary, which is never past the end of the piece. */
  private pad(size: number): void {
    const n = padding(size)
    if (n === 0) return
    // Written, not assumed: a reused piece still holds old bytes.
    this.piece.fill(0, this.used, this.used + n)
    this.used += n
    if (this.used === PIECE) this.dispatch(false)
  }

  private append(data: Buffer): void {
    let offset = 0
    while (offset < data.length) {
      const n = data.copy(this.piece, this.used, offset)
      this.used += n
      offset += n
      if (this.used === PIECE) this.dispatch(false)
    }
  }

  /** Sends the current piece to the thread pool; the last one ends the deflate stream. */
  private dispatch(last: boolean): void {
    const piece = this.piece
    const input = piece.subarray(0, this.used)
    this.restCrc = crc32(input, this.restCrc)
    this.restSize += input.length
    const options: ZlibOptions = {
      level: GZIP_LEVEL,
      // Room for the whole output, so each piece is one trip to the thread pool: a smaller
      // output buffer would need the (busy) main thread to hand out the next one.
      chunkSize: PIECE + (16 << 10),
      finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH
    }
    if (this.previousTail) options.dictionary = this.previousTail
    const pending = deflateRawAsync(input, options)
    // Once compressed, the input is no longer read and the buffer can take a later piece.
    pending.then(
      () => this.spare.push(piece),
      () => undefined
    )
    this.inFlight.push(pending)
    // A copy: the piece's buffer is reused once compressed.
    this.previousTail = Buffer.from(input.subarray(Math.max(0, input.length - WINDOW)))
    this.piece = this.spare.pop() ?? Buffer.allocUnsafe(PIECE)
    this.used = 0
    this.yieldDue = true
  }

  private async drainBelowLimit(): Promise<void> {
    while (this.inFlight.length >= MAX_IN_FLIGHT) await this.drainOne()
  }

  private async drainOne(): Promise<void> {
    const compressed = await (this.inFlight.shift() as Promise<Buffer>)
    this.throwIfFailed()
    if (!this.scratch) {
      this.kept.push(compressed)
      this.keptSize += compressed.length
      if (this.keptSize <= this.maxKeptInMemory) return
      const scratch = createWriteStream(this.scratchPath, { flags: 'wx' })
      scratch.on('error', (err) => (this.failed ??= err))
      this.scratch = scratch
      const kept = this.kept
      this.kept = []
      let flowing = true
      for (const chunk of kept) flowing = scratch.write(chunk)
      if (!flowing) await once(scratch, 'drain')
      return
    }
    if (!this.scratch.write(compressed)) await once(this.scratch, 'drain')
  }

  private throwIfFailed(): void {
    if (this.failed !== undefined) throw this.failed
  }
}

/** Writes `chunks` to `outFile` (must not exist), hashing them; returns the size. */
function writeAll(
  outFile: string,
  digest: ReturnType<typeof createHash>,
  chunks: Buffer[]
): number {
  const fd = openSync(outFile, 'wx')
  let size = 0
  try {
    for (const chunk of chunks) {
      digest.update(chunk)
      for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at)
      size += chunk.length
    }
  } finally {
    closeSync(fd)
  }
  return size
}

/** Writes `head`, the scratch file's bytes and `trailer` to `outFile`, hashing them. */
async function writeStreamed(
  outFile: string,
  digest: ReturnType<typeof createHash>,
  head: Buffer[],
  scratchPath: string,
  trailer: Buffer
): Promise<number> {
  let size = 0
  const out = createWriteStream(outFile, { flags: 'wx' })
  const write = async (chunk: Buffer): Promise<void> => {
    digest.update(chunk)
    size += chunk.length
    if (!out.write(chunk)) await once(out, 'drain')
  }
  try {
    for (const chunk of head) await write(chunk)
    for await (const chunk of createReadStream(scratchPath) as AsyncIterable<Buffer>) {
      await write(chunk)
    }
    await write(trailer)
    out.end()
    await once(out, 'close')
  } catch (err) {
    await closeStream(out)
    throw err
  }
  return size
}

async function closeStream(stream: WriteStream): Promise<void> {
  if (stream.closed) return
  const closed = once(stream, 'close')
  stream.destroy()
  await closed.catch(() => undefined)
}

/** The header block(s) for one regular file: a PAX record first when ustar cannot hold the name. */
export function tarHeader(name: string, size: number): Buffer {
  const block = Buffer.allocUnsafe(BLOCK)
  if (writeUstarHeader(block, 0, name, size)) return block

  const record = paxRecord('path', name)
  const baseName = name.slice(name.lastIndexOf('/') + 1)
  const paxHeader = Buffer.allocUnsafe(BLOCK)
  writeUstarHeader(paxHeader, 0, asciiTail(`PaxHeaders/${baseName}`), record.length, 'x')
  // Readers without PAX support still get an ASCII approximation of the name.
  writeUstarHeader(block, 0, asciiTail(name), size)
  return Buffer.concat([paxHeader, record, ZEROS.subarray(0, padding(record.length)), block])
}

/** The fields every header shares; per entry only name, size, type and checksum change. */
const HEADER_TEMPLATE = (() => {
  const block = Buffer.alloc(BLOCK)
  block.write('0000644\0', 100, 'ascii') // mode
  block.write('0000000\0', 108, 'ascii') // uid
  block.write('0000000\0', 116, 'ascii') // gid
  block.write('00000000000\0', 136, 'ascii') // mtime
  block.write('ustar\0', 257, 'ascii')
  block.write('00', 263, 'ascii')
  // uname and gname stay empty (all NUL).
  block.write('0000000\0', 329, 'ascii') // devmajor
  block.write('0000000\0', 337, 'ascii') // devminor
  return block
})()
/** The template's byte sum, counting the checksum field as eight spaces. */
const TEMPLATE_SUM = HEADER_TEMPLATE.reduce((sum, byte) => sum + byte, 0) + 8 * 0x20
const ZEROS = Buffer.alloc(2 * BLOCK)
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/**
 * Writes a ustar header block at `offset`. Returns false, writing nothing, when the name is not
 * printable ASCII of at most 100 bytes (it then needs a PAX record).
 */
function writeUstarHeader(
  target: Buffer,
  offset: number,
  name: string,
  size: number,
  type: '0' | 'x' = '0'
): boolean {
  if (name.length > 100 || !PRINTABLE_ASCII.test(name)) return false
  if (size > MAX_USTAR_SIZE) {
    throw new PackError(`${name} is ${size} bytes, more than the 8 GiB a tar entry can hold`, name)
  }
  // TypedArray#set and plain stores rather than Buffer#write/#copy, whose argument checks cost
  // more than the few bytes written; this runs once per template.
  target.set(HEADER_TEMPLATE, offset)
  let sum = TEMPLATE_SUM
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i)
    target[offset + i] = code
    sum += code
  }
  const sizeField = size.toString(8).padStart(11, '0')
  for (let i = 0; i < 11; i++) {
    const code = sizeField.charCodeAt(i)
    target[offset + 124 + i] = code
    sum += code
  }
  target[offset + 135] = 0
  const typeCode = type.charCodeAt(0)
  target[offset + 156] = typeCode
  sum += typeCode
  const checksum = sum.toString(8).padStart(6, '0')
  for (let i = 0; i < 6; i++) target[offset + 148 + i] = checksum.charCodeAt(i)
  target[offset + 154] = 0
  target[offset + 155] = 0x20
  return true
}

/** `<length> <key>=<value>\n`, where the length counts its own digits. */
function paxRecord(key: string, value: string): Buffer {
  const body = Buffer.byteLength(` ${key}=${value}\n`, 'utf8')
  let length = body + String(body).length
  if (String(length).length > String(body).length) length = body + String(length).length
  return Buffer.from(`${length} ${key}=${value}\n`, 'utf8')
}

/** Non-ASCII characters as `_`, keeping the last 100 (the end of a path tells the most). */
function asciiTail(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_')
  return ascii.length > 100 ? ascii.slice(ascii.length - 100) : ascii
}

function padding(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK
}

function gzipHeader(): Buffer {
  // ID1 ID2, CM=deflate, FLG=0, MTIME=0, XFL=0 (level 6), OS.
  return Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, GZIP_OS_UNKNOWN])
}

function gzipTrailer(crc: number, rawSize: number): Buffer {
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(crc >>> 0, 0)
  trailer.writeUInt32LE(rawSize % 2 ** 32, 4)
  return trailer
}

/**
 * CRC-32 of A followed by B, from crc(A), crc(B) and B's length: crc(A) advanced over
 * lengthB zero bytes (multiplication by x^(8·lengthB) modulo the CRC polynomial), then XOR crc(B).
 */
export function crc32Concat(crcA: number, crcB: number, lengthB: number): number {
  let factor = 0x80000000 // x^0 in the reflected representation
  let k = 3 // lengthB bytes = lengthB·2^3 bits
  for (let n = lengthB; n > 0; n = Math.floor(n / 2), k++) {
    if (n % 2 === 1) factor = multiplyModPoly(X_POWERS[k % 32] as number, factor)
  }
  return (multiplyModPoly(factor, crcA) ^ crcB) >>> 0
}

const CRC_POLY = 0xedb88320

/** a·b modulo the CRC-32 polynomial, both in reflected bit order. */
function multiplyModPoly(a: number, b: number): number {
  let product = 0
  for (let bit = 0x80000000; bit !== 0; bit >>>= 1) {
    if (a & bit) product ^= b
    b = b & 1 ? (b >>> 1) ^ CRC_POLY : b >>> 1
  }
  return product >>> 0
}

/** X_POWERS[k] = x^(2^k) modulo the polynomial; the cycle repeats with period 32 for our use. */
const X_POWERS = (() => {
  const powers = [0x40000000] // x^1
  for (let k = 1; k < 32; k++) {
    const previous = powers[k - 1] as number
    powers.push(multiplyModPoly(previous, previous))
  }
  return powers
})()
