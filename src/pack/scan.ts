// One pass over a .tar.gz with node-tar's Parser (strict): the sha256 of the file, of every entry,
// and the bytes of MANIFEST and Pack.yaml, refusing any entry an extractor could make into
// something other than what was checked. Memory stays flat: the file is read in bounded
// chunks, inflated by node:zlib with back-pressure, and each entry is hashed as it passes.
import { createHash } from 'node:crypto'
import { open, type FileHandle } from 'node:fs/promises'
import { once } from 'node:events'
import { createGunzip } from 'node:zlib'
import { Parser } from 'tar/parse'
import type { ReadEntry } from 'tar/read-entry'
import { EntryNames, displayName, entryNameProblem, normalizedName } from './names.js'
import { readInTurns } from '../read-in-turns.js'
import { metaProblem } from './tar-meta.js'
import { PackError } from './types.js'

/** Entries read into memory; everything else is only hashed. */
const KEPT_ENTRY_LIMITS: Record<string, number> = {
  MANIFEST: 16 << 20,
  'Pack.yaml': 1 << 20
}
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile'])
/** Names a directory entry may not have: the files a pack is made of. */
const FILE_ONLY_NAMES = new Set([
  'MANIFEST',
  'Pack.yaml',
  'values.yaml',
  'values.schema.yaml',
  'values.schema.json',
  'schema.yaml',
  'schema.json'
])
/**
 * Our buffers are reused; what node:zlib allocates for its output V8 collects at its own pace,
 * sooner when less is inflated per turn of the event loop: 128 KiB chunks keep the peak memory
 * of a large archive's check flat and lower than 1 MiB ones (bench/results.md, peak RSS).
 */
const READ_CHUNK = 128 << 10
const INFLATE_CHUNK = 128 << 10
/**
 * Inflated bytes are copied here and handed to the parser in whole 512-byte blocks: node-tar
 * joins a block split across two writes by copying the whole next chunk.
 */
const STAGING = 1 << 20
/** node-tar's own default: more than this many tar bytes per compressed byte is a bomb. */
const MAX_INFLATE_RATIO = 1000
const RATIO_GRACE = 1 << 20

export interface ScannedFile {
  /** Lower-case hex sha256 of the entry's bytes. */
  sha256: string
  size: number
}

export interface ScannedArchive {
  /** `sha256:<hex>` and size of the file's bytes. */
  digest: string
  size: number
  /** Every regular-file entry, in archive order. */
  files: Map<string, ScannedFile>
  /** The first entry's name. */
  first: string | undefined
  /** MANIFEST and Pack.yaml, when present. */
  kept: Map<string, Buffer>
}

/** `display` names the archive in messages. */
export async function scanArchive(file: string, display: string): Promise<ScannedArchive> {
  const feed = new ArchiveFeed(display)
  const fileHash = createHash('sha256')
  let handle: FileHandle | undefined
  try {
    handle = await open(file, 'r')
    // The next chunk is read and hashed while zlib inflates the last one.
    const size = await readInTurns(handle, READ_CHUNK, (chunk) => {
      fileHash.update(chunk)
      return feed.take(chunk)
    })
    return { digest: `sha256:${fileHash.digest('hex')}`, size, ...(await feed.finish()) }
  } catch (err) {
    throw feed.error(err)
  } finally {
    await handle?.close()
    feed.abandon()
  }
}

/**
 * The checks of scanArchive, fed a .tar.gz chunk by chunk by whoever reads it: scanArchive
 * from the file, or an upload with the very bytes it sends. It computes no digest of its own.
 */
export class ArchiveFeed {
  private readonly scan: ArchiveScan
  private readonly gunzip = createGunzip({ chunkSize: INFLATE_CHUNK })
  private readonly ended: Promise<unknown>
  /** zlib calls no write callback once it has failed: every wait races its 'error'. */
  private readonly failed: Promise<never>
  /** The last chunk taken, consumed (or the first failure, which every later take repeats). */
  private last: Promise<void> = Promise.resolve()
  private compressed = 0

  constructor(display: string) {
    this.scan = new ArchiveScan(display)
    this.gunzip.on('data', (chunk: Buffer) => this.scan.write(chunk))
    this.ended = once(this.gunzip, 'end')
    this.failed = new Promise<never>((_, reject) => this.gunzip.once('error', reject))
    this.ended.catch(() => undefined)
    this.failed.catch(() => undefined)
  }

  /**
   * The next bytes of the archive. Resolves once they are inflated and checked (the chunk may
   * then be reused); rejects with the PackError of the first problem found.
   */
  take(chunk: Buffer): Promise<void> {
    const taken = this.last.then(() => {
      this.compressed += chunk.length
      this.scan.checkRatio(this.compressed)
      this.scan.throwIfFailed()
      const written = new Promise<void>((resolve, reject) =>
        this.gunzip.write(chunk, (err) => (err ? reject(err) : resolve()))
      )
      return Promise.race([written, this.failed])
    })
    this.last = taken
    this.last.catch(() => undefined)
    return taken.catch((err: unknown) => Promise.reject(this.error(err)))
  }

  /** Every byte was taken: the entries found, once the archive proves whole and sound. */
  async finish(): Promise<Pick<ScannedArchive, 'files' | 'first' | 'kept'>> {
    try {
      await this.last
      this.gunzip.end()
      await Promise.race([this.ended, this.failed])
      this.scan.end()
      return this.scan.result()
    } catch (err) {
      throw this.error(err)
    } finally {
      this.abandon()
    }
  }

  /** Frees zlib's memory; the feed takes nothing more. */
  abandon(): void {
    this.gunzip.destroy()
  }

  /** The error to report for a failure of the feed (`err`: what was thrown or emitted). */
  error(err: unknown): unknown {
    return this.scan.error(err)
  }
}

/** What the parser reports, checked entry by entry. */
class ArchiveScan {
  private readonly parser: Parser
  private readonly files = new Map<string, ScannedFile>()
  private readonly kept = new Map<string, Buffer>()
  private readonly names = new EntryNames()
  private readonly directories = new Map<string, string>()
  private first: string | undefined
  private metas: string[] = []
  private sawNullBlock = false
  private ended = false
  private readonly staging = Buffer.allocUnsafe(STAGING)
  private staged = 0
  private tarBytes = 0
  private entries = 0
  private problem: unknown

  constructor(private readonly display: string) {
    this.parser = new Parser({ strict: true })
    this.parser.on('entry', (entry: ReadEntry) => this.guard(() => this.entry(entry)))
    this.parser.on('meta', (meta: string) => this.metas.push(meta))
    this.parser.on('ignoredEntry', (entry: ReadEntry) => this.guard(() => this.ignored(entry)))
    this.parser.on('nullBlock', () => (this.sawNullBlock = true))
    // After the end-of-archive blocks no reader looks further, and node-tar would buffer it all.
    this.parser.on('eof', () => (this.ended = true))
    this.parser.on('error', (err: Error) => (this.problem ??= err))
  }

  write(chunk: Buffer): void {
    this.tarBytes += chunk.length
    for (let at = 0; at < chunk.length;) {
      const n = chunk.copy(this.staging, this.staged, at)
      this.staged += n
      at += n
      if (this.staged === STAGING) this.feed(STAGING)
    }
    this.feed(this.staged - (this.staged % 512))
  }

  /**
   * Parses the first `length` staged bytes (whole blocks) and keeps the rest. The parser holds
   * no view of them once write() returns: entries are consumed as they are written.
   */
  private feed(length: number): void {
    if (length === 0) return
    if (!this.ended && this.problem === undefined)
      this.parser.write(this.staging.subarray(0, length))
    this.staging.copyWithin(0, length, this.staged)
    this.staged -= length
  }

  end(): void {
    if (!this.ended && this.problem === undefined && this.staged > 0) {
      this.parser.write(Buffer.from(this.staging.subarray(0, this.staged)))
    }
    this.parser.end()
    this.throwIfFailed()
    if (this.entries === 0) throw this.notTar()
  }

  /** Refuses an archive that inflates far beyond its size (node-tar's limit, 1000:1). */
  checkRatio(compressed: number): void {
    if (this.tarBytes <= MAX_INFLATE_RATIO * Math.max(compressed, RATIO_GRACE)) return
    this.problem ??= new PackError(
      `${this.display} inflates to more than ${MAX_INFLATE_RATIO} times its size`,
      { file: this.display, fix: 'this is no pack archive; re-create it with `sherpack package`' }
    )
  }

  throwIfFailed(): void {
    if (this.problem !== undefined) throw this.problem
  }

  result(): Pick<ScannedArchive, 'files' | 'first' | 'kept'> {
    return { files: this.files, first: this.first, kept: this.kept }
  }

  private guard(check: () => void): void {
    try {
      check()
    } catch (err) {
      this.problem ??= err
    }
  }

  /** A file entry is hashed; anything refused ends the scan, so its bytes are not needed. */
  private entry(entry: ReadEntry): void {
    const metas = this.metas
    this.metas = []
    if (this.problem !== undefined) return
    this.entries++
    if (this.sawNullBlock) throw this.refuse(entry.path, 'follows a lone zero block')
    this.first ??= entry.path
    const problem = metaProblem(metas, entry)
    if (problem !== undefined) throw this.refuse(entry.path, problem)
    if (entry.type === 'Directory') {
      entry.resume()
      return this.directory(entry.path)
    }
    if (!FILE_TYPES.has(entry.type)) throw this.refuse(entry.path, typeProblem(entry))
    const nameProblem = entryNameProblem(entry.path)
    if (nameProblem !== undefined)
      throw this.refuse(entry.path, this.withAlias(entry.path, nameProblem))
    const clash = this.clash(entry.path)
    if (clash !== undefined) throw this.refuse(entry.path, clash)
    this.hashEntry(entry)
  }

  private directory(rawName: string): void {
    const name = rawName.endsWith('/') ? rawName.slice(0, -1) : rawName
    const problem =
      entryNameProblem(name) ??
      (FILE_ONLY_NAMES.has(name) ? 'is a directory where the pack has a file' : undefined) ??
      (this.names.has(name) ? 'is a directory and also a file' : undefined)
    if (problem !== undefined) throw this.refuse(rawName, problem)
    this.directories.set(name, rawName)
  }

  /** An unsafe name that an extractor would make into an earlier entry says so. */
  private withAlias(name: string, problem: string): string {
    const normal = normalizedName(name)
    return this.names.has(normal)
      ? `${problem}, so it is the same file as '${displayName(normal)}'`
      : problem
  }

  private clash(name: string): string | undefined {
    const dir = this.directories.get(name)
    if (dir !== undefined) return `is a file and also the directory '${displayName(dir)}'`
    return this.names.add(name)
  }

  private hashEntry(entry: ReadEntry): void {
    const name = entry.path
    const limit = KEPT_ENTRY_LIMITS[name]
    if (limit !== undefined && entry.size > limit) {
      throw new PackError(
        `${this.display}: its ${name} is ${entry.size} bytes, more than the ${limit} bytes a pack's ${name} can reasonably be`,
        { file: this.display, fix: 're-create the archive with `sherpack package`' }
      )
    }
    const sha256 = createHash('sha256')
    const pieces: Buffer[] = []
    let size = 0
    // 'end' first: adding a 'data' listener starts the flow, which may end the entry at once.
    entry.on('end', () => {
      this.files.set(name, { sha256: sha256.digest('hex'), size })
      if (limit !== undefined) this.kept.set(name, Buffer.concat(pieces, size))
    })
    entry.on('data', (piece: Buffer) => {
      sha256.update(piece)
      size += piece.length
      // The piece is a view of the reused staging buffer: what is kept is copied.
      if (limit !== undefined) pieces.push(Buffer.from(piece))
    })
    entry.resume()
  }

  private ignored(entry: ReadEntry): void {
    this.metas = []
    this.entries++
    const what = entry.meta
      ? `has an extended header of ${entry.size} bytes, more than node-tar reads`
      : `is of type ${entry.type}, which tar readers do not agree on (GNU sparse, multi-volume, …)`
    throw this.refuse(entry.path, what)
  }

  private refuse(name: string, problem: string): PackError {
    return new PackError(`${this.display}: the entry '${displayName(name)}' ${problem}`, {
      file: this.display,
      fix: 'a pack archive holds only regular files with plain relative names, each once; re-create it with `sherpack package`'
    })
  }

  /** The error to report for a failure of the scan (`err`: what was thrown or emitted). */
  error(err: unknown): unknown {
    const first = this.problem ?? err
    if (first instanceof PackError) return first
    const e = first as NodeJS.ErrnoException & { tarCode?: string; header?: { path?: string } }
    const detail = e.message ?? String(first)
    if (e.syscall) {
      return new PackError(`${this.display} could not be read (${detail})`, {
        file: this.display,
        cause: e
      })
    }
    if (/^Z_/.test(e.code ?? '') || e.errno !== undefined) {
      return new PackError(`${this.display} is not a valid gzip file (${detail})`, {
        file: this.display,
        fix: 'it is damaged or truncated; re-create it with `sherpack package`',
        cause: e
      })
    }
    if (this.entries === 0) return this.notTar()
    const at = e.header?.path ? ` at the entry '${displayName(e.header.path)}'` : ''
    return new PackError(`${this.display} holds a damaged tar archive${at} (${detail})`, {
      file: this.display,
      fix: 're-create it with `sherpack package`',
      cause: e
    })
  }

  private notTar(): PackError {
    return new PackError(`${this.display} is gzip-compressed but does not hold a tar archive`, {
      file: this.display,
      fix: 'the pack path must name a .tar.gz made by `sherpack package`'
    })
  }
}

function typeProblem(entry: ReadEntry): string {
  switch (entry.type) {
    case 'SymbolicLink':
      return `is a symbolic link (to '${displayName(entry.linkpath ?? '')}')`
    case 'Link':
      return `is a hard link (to '${displayName(entry.linkpath ?? '')}')`
    case 'CharacterDevice':
    case 'BlockDevice':
      return 'is a device'
    case 'FIFO':
      return 'is a FIFO'
    default:
      return `is of type ${entry.type}, not a regular file`
  }
}
