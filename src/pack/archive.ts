// Writes the reproducible .tar.gz. Tar headers are encoded by hand (ustar, PAX for long or
// non-ASCII names) so every byte is fixed; the gzip framing is ours too, so the OS byte does
// not depend on the platform.
//
// MANIFEST must come first but is known only once every file has been read and hashed. So the
// entries after it are compressed while they are read, in fixed 512 KiB pieces on the thread
// pool (each primed with the 32 KiB before it and ended by a sync flush, as pigz does), into a
// side file; at the end MANIFEST is compressed on its own and the archive is assembled as
// header + MANIFEST + the rest + trailer: one valid deflate stream. Piece boundaries depend
// only on the tar bytes, so the output is the same however the work was scheduled.
import { createHash, hash } from 'node:crypto'
import { createReadStream, createWriteStream, readSync } from 'node:fs'
import type { WriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { once } from 'node:events'
import { promisify } from 'node:util'
import { constants, crc32, deflateRaw } from 'node:zlib'
import type { ZlibOptions } from 'node:zlib'
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
/** Largest size an 11-digit octal field holds. */
const MAX_USTAR_SIZE = 0o77777777777

const deflateRawAsync = promisify<Buffer, ZlibOptions, Buffer>(deflateRaw)

/**
 * Builds a gzip tar whose first entry is supplied last. Add entries in archive order with
 * addFile(), then finish() with the leading entry; abort() on failure.
 */
export class TarGzWriter {
  private piece = Buffer.allocUnsafe(PIECE)
  private used = 0
  private previousTail: Buffer | undefined
  private inFlight: Promise<Buffer>[] = []
  private readonly rest: WriteStream
  private restCrc = 0
  private restSize = 0
  private failed: unknown

  /** `scratchPath` (must not exist) holds the compressed entries until finish(). */
  constructor(private readonly scratchPath: string) {
    this.rest = createWriteStream(scratchPath, { flags: 'wx' })
    this.rest.on('error', (err) => (this.failed ??= err))
  }

  /**
   * Appends one regular file held in memory. `content` is copied before this returns, so its
   * buffer may be reused; a returned promise means: wait, too many pieces are compressing.
   * (No promise otherwise: an await per template adds up over thousands of them.)
   */
  addFile(name: string, content: Buffer): Promise<void> | undefined {
    this.header(name, content.length)
    this.append(content)
    this.pad(content.length)
    return this.backpressure()
  }

  /**
   * Appends the file open at `fd` by reading it straight into the current piece, saving a
   * copy per template. Returns undefined, having added nothing, when the file does not fit
   * in what is left of the piece or its name needs a PAX record: use addFile then.
   */
  addOpenFile(name: string, fd: number): { sha256: string; wait?: Promise<void> } | undefined {
    const start = this.used + BLOCK
    const room = PIECE - start
    if (room < DIRECT_READ_MIN) return undefined
    const size = readSync(fd, this.piece, start, room, 0)
    // A short read of a regular file is its end; a full one may not be.
    if (size === room || !writeUstarHeader(this.piece, this.used, name, size)) return undefined
    const sha256 = hash('sha256', this.piece.subarray(start, start + size), 'hex')
    this.used = start + size
    if (this.used === PIECE) this.dispatch(false)
    this.pad(size)
    return { sha256, wait: this.backpressure() }
  }

  /** Appends one regular file read as a stream of chunks that must add up to `size`. */
  async addFileStream(name: string, size: number, chunks: AsyncIterable<Buffer>): Promise<void> {
    this.header(name, size)
    let seen = 0
    for await (const chunk of chunks) {
      seen += chunk.length
      if (seen > size) break
      this.append(chunk)
      await this.backpressure()
    }
    if (seen !== size) {
      throw new PackError(
        `${name} changed size while it was being archived: run again once nothing is writing to the pack`,
        name
      )
    }
    this.pad(size)
    await this.backpressure()
  }

  /** Writes `outFile` (must not exist): gzip header, `leading`, the added files, trailer. */
  async finish(outFile: string, leadingName: string, leading: Buffer): Promise<WrittenArchive> {
    const headTar = Buffer.concat([
      tarHeader(leadingName, leading.length),
      leading,
      ZEROS.subarray(0, padding(leading.length))
    ])
    // Compressed alongside the last pieces rather than after them.
    const headDeflated = deflateRawAsync(headTar, {
      level: GZIP_LEVEL,
      finishFlush: constants.Z_SYNC_FLUSH
    })
    headDeflated.catch(() => undefined)

    this.append(ZEROS) // end of archive: two zero blocks, as GNU tar, Go and Rust write
    this.dispatch(true)
    while (this.inFlight.length > 0) await this.drainOne()
    this.rest.end()
    await once(this.rest, 'close')
    this.throwIfFailed()
    const crc = crc32Concat(crc32(headTar), this.restCrc, this.restSize)
    const rawSize = headTar.length + this.restSize

    const digest = createHash('sha256')
    let size = 0
    const out = createWriteStream(outFile, { flags: 'wx' })
    const write = async (chunk: Buffer): Promise<void> => {
      digest.update(chunk)
      size += chunk.length
      if (!out.write(chunk)) await once(out, 'drain')
    }
    try {
      await write(gzipHeader())
      await write(await headDeflated)
      for await (const chunk of createReadStream(this.scratchPath) as AsyncIterable<Buffer>) {
        await write(chunk)
      }
      await write(gzipTrailer(crc, rawSize))
      out.end()
      await once(out, 'close')
    } catch (err) {
      await closeStream(out)
      throw err
    } finally {
      await rm(this.scratchPath, { force: true })
    }
    return { digest: `sha256:${digest.digest('hex')}`, size }
  }

  /** Stops, removing the scratch file; the pieces still compressing are left to finish. */
  async abort(): Promise<void> {
    for (const pending of this.inFlight) pending.catch(() => undefined)
    this.inFlight = []
    // Closed before removal: an open still in flight could otherwise recreate the file, and
    // Windows cannot delete an open file.
    await closeStream(this.rest)
    await rm(this.scratchPath, { force: true })
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
    // A plain loop: Buffer.fill's argument checks cost more than writing < 512 bytes.
    for (let end = this.used + n; this.used < end; this.used++) this.piece[this.used] = 0
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
    const input = this.piece.subarray(0, this.used)
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
    pending.catch(() => undefined)
    this.inFlight.push(pending)
    this.previousTail = Buffer.from(input.subarray(Math.max(0, input.length - WINDOW)))
    this.piece = Buffer.allocUnsafe(PIECE)
    this.used = 0
  }

  private backpressure(): Promise<void> | undefined {
    return this.inFlight.length >= MAX_IN_FLIGHT ? this.drainBelowLimit() : undefined
  }

  private async drainBelowLimit(): Promise<void> {
    while (this.inFlight.length >= MAX_IN_FLIGHT) await this.drainOne()
  }

  private async drainOne(): Promise<void> {
    const compressed = await (this.inFlight.shift() as Promise<Buffer>)
    this.throwIfFailed()
    if (!this.rest.write(compressed)) await once(this.rest, 'drain')
  }

  private throwIfFailed(): void {
    if (this.failed !== undefined) throw this.failed
  }
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
  HEADER_TEMPLATE.copy(target, offset)
  let sum = TEMPLATE_SUM
  target.write(name, offset, 'latin1')
  for (let i = 0; i < name.length; i++) sum += name.charCodeAt(i)
  const sizeField = size.toString(8).padStart(11, '0')
  target.write(sizeField, offset + 124, 'latin1')
  for (let i = 0; i < 11; i++) sum += sizeField.charCodeAt(i)
  target[offset + 135] = 0
  target[offset + 156] = type.charCodeAt(0)
  sum += type.charCodeAt(0)
  target.write(`${sum.toString(8).padStart(6, '0')}\0 `, offset + 148, 'latin1')
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
