// Writing a pushed manifest and its blobs into an OCI image layout directory: blobs verified
// and renamed into place, index.json replaced atomically and last.
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import path from 'node:path'
import {
  MediaType,
  SHA256_DIGEST,
  type BlobSource,
  type Descriptor,
  type ManifestBytes
} from './descriptor.js'
import { TAG_PATTERN } from './reference.js'
import { UserError, type UserErrorDetails } from '../errors.js'
import { readUserFile, UnreadableFile } from '../read-user-file.js'

export const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name'
const LAYOUT_FILE = 'oci-layout'
const INDEX_FILE = 'index.json'
const LAYOUT_CONTENT = '{"imageLayoutVersion":"1.0.0"}'

/** A problem with the layout directory or what we were asked to write into it. */
export class LayoutError extends UserError {
  override name = 'LayoutError'
  constructor(message: string, details: UserErrorDetails = { option: 'destination' }) {
    super(message, details)
  }
}

export interface ImageIndex {
  schemaVersion: number
  mediaType?: string
  manifests: Descriptor[]
  [key: string]: unknown
}

export async function writeToLayout(opts: {
  dir: string
  blobs: BlobSource[]
  manifest: ManifestBytes
  tags: string[]
}): Promise<{ digest: string }> {
  const { dir, manifest } = opts
  const tags = [...new Set(opts.tags)]
  for (const tag of tags) {
    if (!TAG_PATTERN.test(tag)) {
      throw new LayoutError(
        `Cannot tag '${tag}' in OCI layout '${dir}': a tag is 1-128 letters, digits, '_', '.' ` +
          `and '-', starting with a letter, digit or '_'`,
        { option: 'tags' }
      )
    }
  }

  await prepareLayoutDir(dir)
  const index = await readIndex(dir)

  const blobDir = path.join(dir, 'blobs', 'sha256')
  await mkdir(blobDir, { recursive: true })
  const manifestBlob: BlobSource = {
    descriptor: {
      mediaType: manifest.mediaType,
      digest: manifest.digest,
      size: manifest.bytes.length
    },
    content: manifest.bytes
  }
  // The manifest goes last, so a layout never names a manifest whose blobs are missing.
  for (const blob of [...opts.blobs, manifestBlob]) await writeBlob(blobDir, blob)

  const descriptor: Descriptor = {
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.bytes.length
  }
  const retagged = new Set(tags)
  const manifests = index.manifests.filter((d) => {
    const name = d.annotations?.[REF_NAME_ANNOTATION]
    return name === undefined || !retagged.has(name)
  })
  if (tags.length === 0) {
    if (!manifests.some((d) => d.digest === manifest.digest)) manifests.push(descriptor)
  } else {
    for (const tag of tags) {
      manifests.push({ ...descriptor, annotations: { [REF_NAME_ANNOTATION]: tag } })
    }
  }
  await writeFileAtomically(
    path.join(dir, INDEX_FILE),
    Buffer.from(JSON.stringify({ ...index, manifests }))
  )
  return { digest: manifest.digest }
}

/** Creates the directory and `oci-layout`, or checks that an existing directory is a layout. */
async function prepareLayoutDir(dir: string): Promise<void> {
  const info = await stat(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined
    throw e
  })
  if (info && !info.isDirectory()) {
    throw new LayoutError(
      `OCI layout destination '${dir}' exists and is not a directory: choose a directory path`
    )
  }
  if (!info) await mkdir(dir, { recursive: true })

  const layoutPath = path.join(dir, LAYOUT_FILE)
  const existing = await readLayoutFile(layoutPath)
  if (existing !== undefined) {
    let version: unknown
    try {
      version = (JSON.parse(existing) as { imageLayoutVersion?: unknown }).imageLayoutVersion
    } catch {
      version = undefined
    }
    if (typeof version !== 'string' || !version.startsWith('1.')) {
      throw new LayoutError(
        `'${layoutPath}' is not a valid OCI layout marker (expected ${LAYOUT_CONTENT}): ` +
          `fix or delete it, or choose another directory`
      )
    }
    return
  }
  const entries = await readdir(dir)
  if (entries.length > 0) {
    throw new LayoutError(
      `Directory '${dir}' is not an OCI image layout (it has files but no '${LAYOUT_FILE}'): ` +
        `choose an empty or new directory, or an existing OCI layout`
    )
  }
  await writeFileAtomically(layoutPath, Buffer.from(LAYOUT_CONTENT))
}

/** Far more than an index of thousands of manifests takes. */
const MAX_LAYOUT_FILE_BYTES = 64 << 20

/** A layout's own file, or undefined when absent; a FIFO or device there is refused, not read. */
async function readLayoutFile(file: string): Promise<string | undefined> {
  try {
    return (await readUserFile(file, MAX_LAYOUT_FILE_BYTES)).toString('utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    if (!(e instanceof UnreadableFile)) throw e
    throw new LayoutError(
      `'${file}' cannot be read: ${e.message}; delete it, or choose another directory`
    )
  }
}

/** index.json of the layout in `dir`, checked to be an image index; empty when there is none. */
export async function readIndex(dir: string): Promise<ImageIndex> {
  const indexPath = path.join(dir, INDEX_FILE)
  const text = await readLayoutFile(indexPath)
  if (text === undefined) return { schemaVersion: 2, mediaType: MediaType.index, manifests: [] }
  const corrupt = (why: string) =>
    new LayoutError(
      `'${indexPath}' is corrupt (${why}): it must be an OCI image index; ` +
        `repair it or delete the layout directory and write it again`
    )
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (e) {
    throw corrupt(`not JSON: ${(e as Error).message}`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw corrupt('not a JSON object')
  }
  const index = parsed as Partial<ImageIndex>
  if (index.schemaVersion !== 2)
    throw corrupt(`schemaVersion is ${String(index.schemaVersion)}, not 2`)
  if (!Array.isArray(index.manifests)) throw corrupt("'manifests' is not a list")
  for (const d of index.manifests as unknown[]) {
    const ok =
      typeof d === 'object' &&
      d !== null &&
      typeof (d as Descriptor).digest === 'string' &&
      typeof (d as Descriptor).mediaType === 'string'
    if (!ok) throw corrupt("an entry of 'manifests' is not a descriptor")
  }
  return index as ImageIndex
}

async function writeBlob(blobDir: string, blob: BlobSource): Promise<void> {
  const { digest, size } = blob.descriptor
  const hex = SHA256_DIGEST.exec(digest)?.[1]
  if (!hex) {
    throw new LayoutError(
      `Blob digest '${digest}' is not sha256:<64 hex>: cannot store it in an OCI layout`
    )
  }
  const target = path.join(blobDir, hex)
  if (await hasBlob(target, hex, size)) return
  if ('path' in blob) {
    const source = await stat(blob.path).catch(() => undefined)
    if (!source?.isFile()) {
      throw new LayoutError(`Cannot read blob ${digest}: '${blob.path}' is not a readable file`)
    }
  }

  const temp = path.join(blobDir, `.${hex}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await open(temp, 'wx')
    let written: { hex: string; size: number }
    try {
      written = await copyHashing(blob, handle)
      await handle.sync()
    } finally {
      await handle.close()
    }
    if (written.hex !== hex || written.size !== size) {
      const source = 'path' in blob ? `'${blob.path}'` : 'in-memory content'
      throw new LayoutError(
        `Blob ${digest} does not match its descriptor: ${source} has ${written.size} bytes with ` +
          `digest sha256:${written.hex}, the descriptor says ${size} bytes. The content changed ` +
          `after it was described; build it again`
      )
    }
    await rename(temp, target)
  } catch (e) {
    await rm(temp, { force: true })
    throw e
  }
}

/** Whether the blob is already stored with the right size and content. */
async function hasBlob(file: string, hex: string, size: number): Promise<boolean> {
  const info = await stat(file).catch(() => undefined)
  if (!info?.isFile() || info.size !== size) return false
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex') === hex
}

/** Copies the blob into `handle` in constant memory, returning what was really written. */
export async function copyHashing(
  blob: BlobSource,
  handle: FileHandle
): Promise<{ hex: string; size: number }> {
  const hash = createHash('sha256')
  let size = 0
  const chunks: AsyncIterable<Buffer> | Buffer[] =
    'path' in blob ? createReadStream(blob.path) : [blob.content]
  for await (const chunk of chunks) {
    hash.update(chunk)
    size += chunk.length
    await writeAll(handle, chunk)
  }
  return { hex: hash.digest('hex'), size }
}

async function writeAll(handle: FileHandle, data: Buffer): Promise<void> {
  let offset = 0
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset)
    offset += bytesWritten
  }
}

/** Writes a temp file next to `file`, syncs it, and renames it over `file`. */
async function writeFileAtomically(file: string, data: Buffer): Promise<void> {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`
  try {
    const handle = await open(temp, 'wx')
    try {
      await writeAll(handle, data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (e) {
    await rm(temp, { force: true })
    throw e
  }
}
