// A blob downloaded into a file: one GET whose body streams into a temp file beside it while its
// size and sha256 are checked, renamed into place only when both match; on any failure no file
// is left behind. Memory stays flat: the socket is paused while the file is behind.
import { createHash, randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { Writable } from 'node:stream'
import { UserError, messageOf } from '../errors.js'
import { SHA256_DIGEST, type Descriptor } from './descriptor.js'
import { RegistryError } from './errors.js'
import { NetworkError } from './transport.js'
import { silentLogger, type Logger } from './types.js'

/**
 * How often one download is started. A connection that breaks mid-body starts it again from
 * the first byte rather than resuming with Range: storage may ignore Range and answer 200 with
 * the whole blob, and starting over is right whatever it does. Bounded: a link that cuts every
 * transfer fails after this many.
 */
export const DOWNLOAD_ATTEMPTS = 3
/** Bytes the file writer takes before it pushes back on the socket; written out in one go. */
const WRITE_BUFFER = 1 << 20

export interface BlobDownload {
  descriptor: Descriptor
  filePath: string
  /** Short words for errors ("Download blob sha256:…"). */
  what: string
  /** The registry URL of the blob, for errors. */
  url: string
  logger?: Logger
  /** Told the bytes received so far, as they arrive (for a progress line). */
  onProgress?: (received: number) => void
  /** One GET of the whole blob, its body streamed into `sink`; resolves once the sink finished. */
  fetch(sink: Writable): Promise<void>
}

export async function downloadBlob(download: BlobDownload): Promise<void> {
  const { descriptor, filePath } = download
  if (!SHA256_DIGEST.test(descriptor.digest)) {
    throw mismatch(download, `its digest ${descriptor.digest} is not sha256:<64 hex>`)
  }
  const temp = path.join(
    path.dirname(filePath),
    `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.part`
  )
  const handle = await open(temp, 'wx')
  let closed = false
  try {
    const digest = await fetchWithRestarts(download, handle, temp)
    await handle.sync()
    await handle.close()
    closed = true
    if (digest !== descriptor.digest) {
      throw mismatch(
        download,
        `digest mismatch: its bytes hash to ${digest}, not ${descriptor.digest}`
      )
    }
    await rename(temp, filePath)
  } catch (error) {
    if (!closed) await handle.close().catch(() => {})
    await rm(temp, { force: true })
    throw error
  }
}

/** The whole blob into the file, started again (from byte 0) when the connection broke mid-body. */
async function fetchWithRestarts(
  download: BlobDownload,
  handle: FileHandle,
  temp: string
): Promise<string> {
  const { size } = download.descriptor
  for (let attempt = 1; ; attempt++) {
    const writer = new BlobWriter(handle, temp, download)
    try {
      await download.fetch(writer)
      if (writer.received !== size) {
        throw mismatch(
          download,
          `the registry sent ${writer.received} bytes where ${size} were due`
        )
      }
      return writer.digest()
    } catch (error) {
      // A write still on its way must land before the file is emptied, closed or removed.
      await writer.settled()
      const restart = error instanceof NetworkError && error.duringBody && error.code !== 'DEADLINE'
      if (!restart) throw error
      if (attempt >= DOWNLOAD_ATTEMPTS) throw brokenOff(download, error, writer.received)
      ;(download.logger ?? silentLogger).info(
        `${download.what}: the connection broke after ${writer.received} of ${size} bytes; starting again (${attempt + 1}/${DOWNLOAD_ATTEMPTS})`
      )
      await handle.truncate(0)
    }
  }
}

/**
 * Writes what it is given at the file's start onwards, hashing it and counting; refuses a byte
 * past the descriptor's size at once, so an endless answer ends there.
 */
class BlobWriter extends Writable {
  received = 0
  private readonly hash = createHash('sha256')
  private inFlight: Promise<void> = Promise.resolve()

  constructor(
    private readonly handle: FileHandle,
    private readonly file: string,
    private readonly download: BlobDownload
  ) {
    super({ highWaterMark: WRITE_BUFFER })
  }

  override _write(chunk: Buffer, _encoding: string, done: (error?: Error | null) => void): void {
    this.take([chunk], done)
  }

  override _writev(chunks: { chunk: Buffer }[], done: (error?: Error | null) => void): void {
    this.take(
      chunks.map((c) => c.chunk),
      done
    )
  }

  /** Resolves once no write is on its way to the file. */
  settled(): Promise<void> {
    return this.inFlight
  }

  digest(): string {
    return `sha256:${this.hash.digest('hex')}`
  }

  private take(data: Buffer[], done: (error?: Error | null) => void): void {
    const { size } = this.download.descriptor
    const length = data.reduce((sum, chunk) => sum + chunk.length, 0)
    if (this.received + length > size) {
      done(mismatch(this.download, `the registry sent more than the ${size} bytes due`))
      return
    }
    for (const chunk of data) this.hash.update(chunk)
    const position = this.received
    this.received += length
    this.download.onProgress?.(this.received)
    this.inFlight = writeAt(this.handle, data, position).then(
      () => done(),
      (error: unknown) =>
        done(
          new UserError(
            `${this.download.what}: could not write ${this.file} (${messageOf(error)})`,
            {
              file: this.file,
              fix: 'check the free space and permissions of the output directory',
              cause: error
            }
          )
        )
    )
  }
}

/** Writes the chunks in one call where the file takes them all, the rest chunk by chunk. */
async function writeAt(handle: FileHandle, chunks: Buffer[], position: number): Promise<void> {
  let { bytesWritten: skip } = await handle.writev(chunks, position)
  let at = position
  for (const chunk of chunks) {
    // A short write (rare for a file) goes on from where it stopped.
    for (let offset = Math.min(skip, chunk.length); offset < chunk.length;) {
      const rest = chunk.length - offset
      offset += (await handle.write(chunk, offset, rest, at + offset)).bytesWritten
    }
    skip = Math.max(0, skip - chunk.length)
    at += chunk.length
  }
}

function mismatch(download: BlobDownload, why: string): RegistryError {
  const { descriptor } = download
  return new RegistryError(
    `${download.what}: the blob does not match its descriptor (${descriptor.size} bytes, ${descriptor.digest}): ${why}. Nothing was written`,
    'GET',
    download.url,
    200
  )
}

/** The last of DOWNLOAD_ATTEMPTS broken transfers, with how far it got. */
function brokenOff(download: BlobDownload, error: NetworkError, received: number): NetworkError {
  return new NetworkError(
    `${error.message}. The download was started ${DOWNLOAD_ATTEMPTS} times; the last one broke after ${received} of ${download.descriptor.size} bytes. Nothing was written`,
    error.method,
    error.url,
    error.code,
    { ...(error.suggest && { suggest: error.suggest }), cause: error },
    true
  )
}
