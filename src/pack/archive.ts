// Writes the reproducible .tar.gz. Tar headers are encoded by hand (ustar, PAX for long or
// non-ASCII names) so every byte is fixed; the gzip framing is ours too, so the OS byte does
// not depend on the platform.
//
// MANIFEST must come first but is known only once every file has been read and hashed. So the
// entries after it are compressed while they are read, in fixed 1 MiB pieces on the thread
// pool (each primed with the 32 KiB before it and ended by a sync flush, as pigz does), into a
// side file; at the end MANIFEST is compressed on its own and the archive is assembled as
// header + MANIFEST + the rest + trailer: one valid deflate stream. Piece boundaries depend
// only on the tar bytes, so the output is the same however the work was scheduled.
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
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
/** Tar bytes per independently compressed piece. Changing it changes the archive bytes. */
const PIECE = 1 << 20
const WINDOW = 32 << 10
const MAX_IN_FLIGHT = 4
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

  /** Appends one regular file. `content` is the bytes or a stream of chunks adding up to `size`. */
  async addFile(
    name: string,
    size: number,
    content: Buffer | AsyncIterable<Buffer>
  ): Promise<void> {
    await this.append(tarHeader(name, size))
    let seen = 0
    if (Buffer.isBuffer(content)) {
      seen = content.length
      await this.append(content)
    } else {
      for await (const chunk of content) {
        seen += chunk.length
        if (seen > size) break
        await this.append(chunk)
      }
    }
    if (seen !== size) {
      throw new PackError(
        `${name} changed size while it was being archived: run again once nothing is writing to the pack`,
        name
      )
    }
    await this.append(ZEROS.subarray(0, padding(size)))
  }

  /** Writes `outFile` (must not exist): gzip header, `leading`, the added files, trailer. */
  async finish(outFile: string, leadingName: string, leading: Buffer): Promise<WrittenArchive> {
    await this.append(ZEROS) // end of archive: two zero blocks, as GNU tar, Go and Rust write
    await this.dispatch(true)
    while (this.inFlight.length > 0) await this.drainOne()
    this.rest.end()
    await once(this.rest, 'close')
    this.throwIfFailed()

    const head = Buffer.concat([tarHeader(leadingName, leading.length), leading])
    const headTar = Buffer.concat([head, ZEROS.subarray(0, padding(leading.length))])
    const headDeflated = await deflateRawAsync(headTar, {
      level: GZIP_LEVEL,
      finishFlush: constants.Z_SYNC_FLUSH
    })
    const crc = crc32Concat(crc32(headTar), this.restCrc, this.restSize)
    const rawSize = headTar.length + this.restSize

    const hash = createHash('sha256')
    let size = 0
    const out = createWriteStream(outFile, { flags: 'wx' })
    const write = async (chunk: Buffer): Promise<void> => {
      hash.update(chunk)
      size += chunk.length
      if (!out.write(chunk)) await once(out, 'drain')
    }
    try {
      await write(gzipHeader())
      await write(headDeflated)
      for await (const chunk of createReadStream(this.scratchPath) as AsyncIterable<Buffer>) {
        await write(chunk)
      }
      await write(gzipTrailer(crc, rawSize))
      out.end()
      await once(out, 'close')
    } catch (err) {
      out.destroy()
      throw err
    } finally {
      await rm(this.scratchPath, { force: true })
    }
    return { digest: `sha256:${hash.digest('hex')}`, size }
  }

  /** Stops, removing the scratch file; the pieces still compressing are left to finish. */
  async abort(): Promise<void> {
    for (const pending of this.inFlight) pending.catch(() => undefined)
    this.inFlight = []
    this.rest.destroy()
    await rm(this.scratchPath, { force: true })
  }

  private async append(data: Buffer): Promise<void> {
    let offset = 0
    while (offset < data.length) {
      const n = data.copy(this.piece, this.used, offset)
      this.used += n
      offset += n
      if (this.used === PIECE) await this.dispatch(false)
    }
  }

  /** Sends the current piece to the thread pool; the last one ends the deflate stream. */
  private async dispatch(last: boolean): Promise<void> {
    const input = this.piece.subarray(0, this.used)
    this.restCrc = crc32(input, this.restCrc)
    this.restSize += input.length
    const options: ZlibOptions = {
      level: GZIP_LEVEL,
      finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH
    }
    if (this.previousTail) options.dictionary = this.previousTail
    const pending = deflateRawAsync(input, options)
    pending.catch(() => undefined)
    this.inFlight.push(pending)
    this.previousTail = Buffer.from(input.subarray(Math.max(0, input.length - WINDOW)))
    this.piece = Buffer.allocUnsafe(PIECE)
    this.used = 0
    if (this.inFlight.length >= MAX_IN_FLIGHT) await this.drainOne()
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

/** The header block(s) for one regular file: a PAX record first when ustar cannot hold the name. */
export function tarHeader(name: string, size: number): Buffer {
  if (size > MAX_USTAR_SIZE) {
    throw new PackError(`${name} is ${size} bytes, more than the 8 GiB a tar entry can hold`, name)
  }
  const nameBytes = Buffer.from(name, 'utf8')
  const plain = nameBytes.length <= 100 && /^[\x20-\x7e]*$/.test(name)
  if (plain) return ustarBlock(nameBytes, size, '0')

  const record = paxRecord('path', name)
  const baseName = name.slice(name.lastIndexOf('/') + 1)
  return Buffer.concat([
    ustarBlock(lastAscii100(`PaxHeaders/${baseName}`), record.length, 'x'),
    record,
    ZEROS.subarray(0, padding(record.length)),
    // Readers without PAX support still get an ASCII approximation of the name.
    ustarBlock(lastAscii100(name), size, '0')
  ])
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

function ustarBlock(name: Buffer, size: number, type: '0' | 'x'): Buffer {
  const block = Buffer.allocUnsafe(BLOCK)
  HEADER_TEMPLATE.copy(block)
  name.copy(block, 0, 0, 100)
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii')
  block.write(type, 156, 'ascii')
  let sum = TEMPLATE_SUM
  for (let i = 0; i < 100; i++) sum += block[i] as number
  for (let i = 124; i < 136; i++) sum += block[i] as number
  sum += block[156] as number
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii')
  return block
}

/** `<length> <key>=<value>\n`, where the length counts its own digits. */
function paxRecord(key: string, value: string): Buffer {
  const body = Buffer.byteLength(` ${key}=${value}\n`, 'utf8')
  let length = body + String(body).length
  if (String(length).length > String(body).length) length = body + String(length).length
  return Buffer.from(`${length} ${key}=${value}\n`, 'utf8')
}

/** Non-ASCII characters as `_`, keeping the last 100 bytes (the file name end is the telling part). */
function lastAscii100(name: string): Buffer {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_')
  return Buffer.from(ascii.length > 100 ? ascii.slice(ascii.length - 100) : ascii, 'ascii')
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
