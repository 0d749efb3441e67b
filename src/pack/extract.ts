// Extracts a pack archive (e.g. one pulled from a registry) into a new directory, only once the
// whole archive is verified, and then through node-tar's Unpack with its hardening on (no
// absolute or `..` paths, no owners taken from the archive) and only the verified regular
// files let through, each read back and hashed again once written. It all goes into a
// temporary directory beside the target, renamed into place at the end: on failure nothing
// is left.
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { once } from 'node:events'
import path from 'node:path'
import { createGunzip } from 'node:zlib'
import type { ReadEntry } from 'tar/read-entry'
import { Unpack } from 'tar/unpack'
import { removeCreatedDirs } from './dirs.js'
import { InflateLimit } from './inflate-limit.js'
import { errnoCode, fileSystemError } from './fs-errors.js'
import { PackError } from './types.js'
import { verifyPackArchive, type VerifiedArchive } from './verify.js'

export interface ExtractedArchive extends VerifiedArchive {
  /** Absolute path of the directory holding the pack's files. */
  directory: string
}

const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile'])

/**
 * Verifies `file` and extracts it into `destDir`, which must not exist or be empty (its
 * missing parents are created). `display` is how the user knows the archive.
 */
export async function extractPackArchive(
  file: string,
  destDir: string,
  display = file
): Promise<ExtractedArchive> {
  const verified = await verifyPackArchive(file, display)
  const directory = path.resolve(destDir)
  await requireEmptyOrAbsent(directory)
  const parent = path.dirname(directory)
  const createdParent = await makeDirectory(parent, true)
  const temp = path.join(
    parent,
    `.${path.basename(directory)}.${randomBytes(6).toString('hex')}.tmp`
  )
  try {
    await makeDirectory(temp, false)
    const names = new Set(['MANIFEST', ...verified.files.map((f) => f.path)])
    await unpack(file, temp, names, display)
    await checkExtracted(temp, verified, display)
    await rename(temp, directory).catch((err: unknown) => {
      throw fileSystemError(err, directory, 'create')
    })
    return { ...verified, directory }
  } catch (err) {
    await rm(temp, { recursive: true, force: true })
    if (createdParent !== undefined) await removeCreatedDirs(parent, createdParent)
    throw err
  }
}

/**
 * Unpacks the entries named in `allowed` into `dir`. The archive was verified already:
 * anything else found now is refused.
 */
async function unpack(
  file: string,
  dir: string,
  allowed: ReadonlySet<string>,
  display: string
): Promise<void> {
  const written = new Set<string>()
  let refused: string | undefined
  const unpacker = new Unpack({
    cwd: dir,
    strict: true,
    preservePaths: false,
    preserveOwner: false,
    noMtime: true,
    filter: (name: string, entry: unknown) => {
      const ok =
        FILE_TYPES.has((entry as ReadEntry).type) && allowed.has(name) && !written.has(name)
      if (ok) written.add(name)
      else if ((entry as ReadEntry).type !== 'Directory') refused ??= name
      return ok
    }
  })
  await pump(file, unpacker, display)
  if (refused !== undefined) {
    throw new PackError(`${display} changed while it was being extracted ('${refused}')`, {
      file: display,
      fix: 'extract it again once nothing is writing to it'
    })
  }
}

/**
 * What is on disk is what was verified: each file, read back, has its MANIFEST checksum, and
 * nothing else is there but the directories holding them.
 */
async function checkExtracted(
  dir: string,
  verified: VerifiedArchive,
  display: string
): Promise<void> {
  const expected = new Map(verified.files.map((f) => [f.path, f.sha256]))
  expected.set('MANIFEST', verified.manifestSha256)
  const changed = (name: string): PackError =>
    new PackError(`${display} changed while it was being extracted ('${name}')`, {
      file: display,
      fix: 'extract it again once nothing is writing to it'
    })
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const name = path
      .relative(dir, path.join(entry.parentPath, entry.name))
      .split(path.sep)
      .join('/')
    if (entry.isDirectory()) continue
    const sha256 = expected.get(name)
    if (!entry.isFile() || sha256 === undefined) throw changed(name)
    if ((await fileSha256(path.join(dir, name))) !== sha256) throw changed(name)
    expected.delete(name)
  }
  const missing = expected.keys().next()
  if (!missing.done) throw changed(missing.value)
}

async function fileSha256(file: string): Promise<string> {
  const sha256 = createHash('sha256')
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) sha256.update(chunk)
  return sha256.digest('hex')
}

/**
 * Feeds the inflated archive to `unpacker`, honouring its back-pressure; waits until done. The
 * archive was verified, but it is inflated again here: the same limit holds (inflate-limit.ts).
 */
async function pump(file: string, unpacker: Unpack, display: string): Promise<void> {
  const gunzip = createGunzip({ chunkSize: 64 << 10 })
  const limit = new InflateLimit(display)
  const failed = new Promise<never>((_, reject) => {
    unpacker.on('error', reject)
    gunzip.on('error', reject)
  })
  const closed = new Promise<void>((resolve) => unpacker.on('close', resolve))
  gunzip.on('data', (chunk: Buffer) => {
    const tooMuch = limit.gave(chunk.length)
    if (tooMuch) return gunzip.destroy(tooMuch)
    if (unpacker.write(chunk)) return
    gunzip.pause()
    unpacker.once('drain', () => gunzip.resume())
  })
  gunzip.on('end', () => unpacker.end())
  const input = createReadStream(file, { highWaterMark: 256 << 10 })
  const feed = (async () => {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      limit.took(chunk.length)
      if (!gunzip.write(chunk)) await Promise.race([once(gunzip, 'drain'), failed])
    }
    gunzip.end()
    await closed
  })()
  // Whichever loses the race below must not count as an unhandled rejection.
  feed.catch(() => undefined)
  failed.catch(() => undefined)
  try {
    await Promise.race([feed, failed])
  } finally {
    input.destroy()
    gunzip.destroy()
  }
}

async function requireEmptyOrAbsent(directory: string): Promise<void> {
  let entries: string[]
  try {
    entries = await readdir(directory)
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return
    throw fileSystemError(err, directory, 'list')
  }
  if (entries.length > 0) {
    throw new PackError(`${directory} already exists and is not empty`, {
      file: directory,
      fix: 'extract into a new or empty directory'
    })
  }
}

/** mkdir; with `parents`, returns the first directory it created (undefined: none). */
async function makeDirectory(dir: string, parents: boolean): Promise<string | undefined> {
  try {
    return await mkdir(dir, { recursive: parents })
  } catch (err) {
    throw fileSystemError(err, dir, 'create')
  }
}
