// Writes the reproducible .tar.gz: one gzip member holding one deflate stream. Tar headers are
// encoded here (ustar, PAX for long or non-ASCII names) so every byte is fixed, and so is the
// gzip framing (mtime 0, OS 255), which node:zlib's createGzip would take from the host.
// zlib's output depends only on the bytes and the level, not on how the input is split into
// writes, and Node 20, 22 and 24 bundle deflate code that gives the same bytes: the golden
// tests (__tests__/golden) pin that.
//
// One stream, not pigz-style pieces compressed side by side: on a 2-core runner, pieces saved
// only a small part of packaging even 5,000 templates, too little for hand-combined CRCs and a
// scratch file.
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import type { WriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { once } from 'node:events'
import { crc32, createDeflateRaw } from 'node:zlib'
import type { DeflateRaw, ZlibOptions } from 'node:zlib'
import { fileSystemError } from './fs-errors.js'
import { EntryNames, displayName, entryNameProblem } from './names.js'
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
/** Tar bytes gathered before a write to the compressor: one trip to the thread pool each. */
const BATCH = 256 << 10
/** Two zero blocks: the end of the archive, and the source of padding. */
const ZEROS = Buffer.alloc(2 * BLOCK)
/** Largest size an 11-digit octal field holds. */
const MAX_USTAR_SIZE = 0o77777777777

/**
 * Builds a gzip tar of regular files, in the order they are added: add() or addStream() each
 * file, then finish(); abort() on failure. Back-pressure runs from the file to the caller:
 * a returned promise means wait before adding more.
 */
export class TarGzWriter {
  private readonly deflate: DeflateRaw
  private readonly out: WriteStream
  private readonly digest = createHash('sha256')
  private readonly names = new EntryNames()
  private readonly done: Promise<void>
  private batch = Buffer.allocUnsafe(BATCH)
  private used = 0
  private crc = 0
  private rawSize = 0
  private size = 0
  private failed: unknown

  /** `outFile` must not exist; it is created at once. */
  constructor(private readonly outFile: string) {
    this.out = createWriteStream(outFile, { flags: 'wx' })
    // Room for a few batches, so the next one is gathered while the last one compresses.
    this.deflate = createDeflateRaw({
      level: GZIP_LEVEL,
      chunkSize: BATCH,
      // A stream option (ZlibOptions leaves it out): zlib streams take them all.
      ...({ writableHighWaterMark: 4 * BATCH } as ZlibOptions)
    })
    this.deflate.on('data', (chunk: Buffer) => this.emit(chunk))
    this.deflate.on('error', (err) => (this.failed ??= err))
    this.out.on('error', (err) => {
      this.failed ??= fileSystemError(err, outFile, 'write')
      // Wakes whoever waits for the compressor, which waits for the disk.
      this.deflate.destroy(err)
    })
    this.done = new Promise((resolve) => {
      this.deflate.once('end', resolve)
      this.deflate.once('error', () => resolve())
    })
    this.emit(gzipHeader())
  }

  /** Appends one regular file held in memory; `content` may be reused once this returns. */
  add(name: string, content: Buffer): Promise<void> | undefined {
    this.header(name, content.length)
    this.append(content)
    this.pad(content.length)
    return this.ready()
  }

  /** Appends one regular file read as chunks that must add up to `size` bytes. */
  async addStream(name: string, size: number, chunks: AsyncIterable<Buffer>): Promise<void> {
    this.header(name, size)
    let seen = 0
    for await (const chunk of chunks) {
      seen += chunk.length
      if (seen > size) break
      this.append(chunk)
      await this.ready()
    }
    if (seen !== size) {
      throw new PackError(`${name} changed size while it was being archived`, {
        file: name,
        fix: 'run again once nothing is writing to the pack'
      })
    }
    this.pad(size)
    await this.ready()
  }

  /** Ends the archive (two zero blocks, as GNU tar, Go and Rust write) and closes the file. */
  async finish(): Promise<WrittenArchive> {
    this.append(ZEROS)
    this.flush()
    this.deflate.end()
    await this.done
    this.throwIfFailed()
    this.emit(gzipTrailer(this.crc, this.rawSize))
    this.out.end()
    await once(this.out, 'close').catch(() => undefined)
    this.throwIfFailed()
    return { digest: `sha256:${this.digest.digest('hex')}`, size: this.size }
  }

  /** Stops and removes the file. */
  async abort(): Promise<void> {
    this.deflate.destroy()
    if (!this.out.closed) {
      const closed = once(this.out, 'close').catch(() => undefined)
      this.out.destroy()
      await closed
    }
    await rm(this.outFile, { force: true })
  }

  /** undefined, or a promise to await: the compressor or the disk is behind. */
  private ready(): Promise<void> | undefined {
    this.throwIfFailed()
    if (!this.deflate.writableNeedDrain) return undefined
    return once(this.deflate, 'drain').then(() => this.throwIfFailed())
  }

  private header(name: string, size: number): void {
    const problem = entryNameProblem(name) ?? this.names.add(name)
    if (problem !== undefined) {
      throw new PackError(`the archive entry '${displayName(name)}' ${problem}`, {
        file: name,
        fix: 'rename the file'
      })
    }
    if (size <= MAX_USTAR_SIZE && isUstarName(name)) {
      // Entries end on a block boundary and BATCH is a multiple of 512: the block fits here.
      writeUstarHeader(this.batch, this.used, name, size, '0')
      this.used += BLOCK
      if (this.used === BATCH) this.flush()
      return
    }
    this.append(tarHeader(name, size))
  }

  private pad(size: number): void {
    const n = padding(size)
    if (n > 0) this.append(ZEROS.subarray(0, n))
  }

  private append(data: Buffer): void {
    for (let offset = 0; offset < data.length;) {
      const n = data.copy(this.batch, this.used, offset)
      this.used += n
      offset += n
      if (this.used === BATCH) this.flush()
    }
  }

  /** Hands the gathered tar bytes to the compressor, which keeps the buffer until it is done. */
  private flush(): void {
    if (this.used === 0) return
    const input = this.batch.subarray(0, this.used)
    this.crc = crc32(input, this.crc)
    this.rawSize += input.length
    this.deflate.write(input)
    this.batch = Buffer.allocUnsafe(BATCH)
    this.used = 0
  }

  /** Output to the file, hashed on the way; the compressor waits while the disk is behind. */
  private emit(chunk: Buffer): void {
    this.digest.update(chunk)
    this.size += chunk.length
    if (!this.out.write(chunk)) {
      this.deflate.pause()
      this.out.once('drain', () => this.deflate.resume())
    }
  }

  private throwIfFailed(): void {
    if (this.failed !== undefined) throw this.failed
  }
}

/** The header block(s) for one regular file: a PAX record first when ustar cannot hold the name. */
export function tarHeader(name: string, size: number): Buffer {
  if (size > MAX_USTAR_SIZE) {
    throw new PackError(`${name} is ${size} bytes, more than the 8 GiB a tar entry can hold`, {
      file: name,
      fix: 'keep such files out of templates/'
    })
  }
  if (isUstarName(name)) return ustarHeader(name, size, '0')
  const record = paxRecord('path', name)
  const baseName = name.slice(name.lastIndexOf('/') + 1)
  return Buffer.concat([
    ustarHeader(asciiTail(`PaxHeaders/${baseName}`), record.length, 'x'),
    record,
    ZEROS.subarray(0, padding(record.length)),
    // Readers without PAX support still get an ASCII approximation of the name.
    ustarHeader(asciiTail(name), size, '0')
  ])
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

function isUstarName(name: string): boolean {
  return name.length <= 100 && PRINTABLE_ASCII.test(name)
}

/** The fields every header shares: mode 0644, uid/gid 0, mtime 0, no user or group names. */
const HEADER_TEMPLATE = (() => {
  const block = Buffer.alloc(BLOCK)
  block.write('0000644\0', 100, 'ascii') // mode
  block.write('0000000\0', 108, 'ascii') // uid
  block.write('0000000\0', 116, 'ascii') // gid
  block.write('00000000000\0', 136, 'ascii') // mtime
  block.write('ustar\0' + '00', 257, 'ascii')
  block.write('0000000\0', 329, 'ascii') // devmajor
  block.write('0000000\0', 337, 'ascii') // devminor
  return block
})()
/** The template's byte sum, counting the checksum field as eight spaces. */
const TEMPLATE_SUM = HEADER_TEMPLATE.reduce((sum, byte) => sum + byte, 0) + 8 * 0x20

function ustarHeader(name: string, size: number, type: '0' | 'x'): Buffer {
  const block = Buffer.allocUnsafe(BLOCK)
  writeUstarHeader(block, 0, name, size, type)
  return block
}

/**
 * Writes the ustar block for an ASCII name of at most 100 bytes at `offset`. Plain stores, not
 * Buffer#write per field: this runs once per template, and the argument checks cost more than
 * the bytes.
 */
function writeUstarHeader(
  target: Buffer,
  offset: number,
  name: string,
  size: number,
  type: '0' | 'x'
): void {
  target.set(HEADER_TEMPLATE, offset)
  let sum = TEMPLATE_SUM
  const put = (at: number, text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      target[offset + at + i] = code
      sum += code
    }
  }
  put(0, name)
  put(124, size.toString(8).padStart(11, '0'))
  put(156, type)
  const checksum = sum.toString(8).padStart(6, '0')
  for (let i = 0; i < 6; i++) target[offset + 148 + i] = checksum.charCodeAt(i)
  target[offset + 154] = 0
  target[offset + 155] = 0x20
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
  // ID1 ID2, CM=deflate, FLG=0, MTIME=0, XFL=0, OS.
  return Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, GZIP_OS_UNKNOWN])
}

function gzipTrailer(crc: number, rawSize: number): Buffer {
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(crc >>> 0, 0)
  trailer.writeUInt32LE(rawSize % 2 ** 32, 4)
  return trailer
}
