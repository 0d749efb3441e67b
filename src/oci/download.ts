// A blob downloaded into a file: written to a temp file beside it while its size and sha256 are
// checked, renamed into place only when both match; on any failure no file is left behind.
import { createHash, randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import path from 'node:path'
import type { Descriptor } from './descriptor.js'
import { RegistryError } from './errors.js'

/**
 * Bytes per read. The transport buffers each answer (capped at 4 MiB), so a large blob comes in
 * ranged pieces well under that cap, a few at a time: memory stays bounded by the window.
 */
export const DOWNLOAD_PIECE = 2 * 1024 * 1024
/** Pieces in flight at once: hides the round trip of each, holds at most 8 MiB. */
const WINDOW = 4
const SHA256_DIGEST = /^sha256:([a-f0-9]{64})$/

export interface BlobDownload {
  descriptor: Descriptor
  filePath: string
  /** Short words for errors ("Download blob sha256:…"). */
  what: string
  /** The registry URL of the blob, for errors. */
  url: string
  /** Reads `length` bytes of the blob from `offset`. */
  read(offset: number, length: number): Promise<Buffer>
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
    const digest = await copyPieces(download, handle)
    await handle.sync()
    await handle.close()
    closed = true
    if (digest !== descriptor.digest) {
      throw mismatch(download, `its bytes hash to ${digest}, not ${descriptor.digest}`)
    }
    await rename(temp, filePath)
  } catch (error) {
    if (!closed) await handle.close().catch(() => {})
    await rm(temp, { force: true })
    throw error
  }
}

/** Reads the blob piece by piece, WINDOW pieces ahead, hashing and writing them in order. */
async function copyPieces(download: BlobDownload, handle: FileHandle): Promise<string> {
  const { size } = download.descriptor
  const hash = createHash('sha256')
  const pending: Promise<Buffer>[] = []
  let next = 0
  const ask = (): void => {
    const length = Math.min(DOWNLOAD_PIECE, size - next)
    const piece = download.read(next, length).then((bytes) => {
      if (bytes.length !== length) {
        throw mismatch(download, `the registry sent ${bytes.length} bytes where ${length} were due`)
      }
      return bytes
    })
    // Awaited in order below; until then a failure must not go unhandled.
    piece.catch(() => {})
    pending.push(piece)
    next += length
  }
  while (next < size && pending.length < WINDOW) ask()
  while (pending.length > 0) {
    const bytes = await (pending.shift() as Promise<Buffer>)
    if (next < size) ask()
    hash.update(bytes)
    await writeAll(handle, bytes)
  }
  return `sha256:${hash.digest('hex')}`
}

async function writeAll(handle: FileHandle, data: Buffer): Promise<void> {
  let offset = 0
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset)
    offset += bytesWritten
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
