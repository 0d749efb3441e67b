// One pass over a .tar.gz: the sha256 of the file and of every entry, and the bytes of MANIFEST
// and Pack.yaml, refusing any entry an extractor could make into something other than what was
// checked. The file is read in bounded chunks, inflated by node:zlib with back-pressure, and
// walked block by block (tar-walk.ts, with node-tar's documented Header and Pax): each entry is
// hashed as it passes, so memory stays flat whatever the archive's size.
import { createHash, type Hash } from 'node:crypto'
import { open, type FileHandle } from 'node:fs/promises'
import { once } from 'node:events'
import { createGunzip, type Gunzip } from 'node:zlib'
import { InflateLimit } from './inflate-limit.js'
import { EntryNames, displayName, entryNameProblem, normalizedName } from './names.js'
import { readInTurns } from '../read-in-turns.js'
import { TarDamage, TarWalk, type TarEntry } from './tar-walk.js'
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
/** Read and inflate in modest steps: what zlib allocates is collected before it piles up. */
const READ_CHUNK = 128 << 10
const INFLATE_CHUNK = 128 << 10

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
  const scan = new ArchiveScan(display)
  const gunzip = createGunzip({ chunkSize: INFLATE_CHUNK })
  // zlib calls no write callback once it has failed: every wait races its 'error'.
  const failed = new Promise<never>((_, reject) => gunzip.once('error', reject))
  failed.catch(() => undefined)
  gunzip.on('data', (chunk: Buffer) => scan.inflated(chunk))
  const fileHash = createHash('sha256')
  let handle: FileHandle | undefined
  try {
    handle = await open(file, 'r')
    // The next chunk is read and hashed while zlib inflates the last one.
    const size = await readInTurns(handle, READ_CHUNK, (chunk) => {
      fileHash.update(chunk)
      return inflate(gunzip, chunk, scan, failed)
    })
    gunzip.end()
    await Promise.race([once(gunzip, 'end'), failed])
    scan.end()
    return { digest: `sha256:${fileHash.digest('hex')}`, size, ...scan.result() }
  } catch (err) {
    throw scan.error(err)
  } finally {
    await handle?.close()
    gunzip.destroy()
  }
}

/** Inflates the next compressed chunk; resolves once zlib has consumed it (it may be reused). */
async function inflate(
  gunzip: Gunzip,
  chunk: Buffer,
  scan: ArchiveScan,
  failed: Promise<never>
): Promise<void> {
  scan.compressed(chunk.length)
  const written = new Promise<void>((resolve, reject) =>
    gunzip.write(chunk, (err) => (err ? reject(err) : resolve()))
  )
  await Promise.race([written, failed])
  scan.throwIfFailed()
}

/** The checks made on every entry the walk finds. */
class ArchiveScan {
  private readonly walk: TarWalk
  private readonly files = new Map<string, ScannedFile>()
  private readonly kept = new Map<string, Buffer>()
  private readonly names = new EntryNames()
  private readonly directories = new Map<string, string>()
  private first: string | undefined
  private hashing?: { hash: Hash; size: number; pieces?: Buffer[] }
  /** The limit every inflating path applies (inflate-limit.ts). */
  private readonly limit: InflateLimit
  private problem: unknown

  constructor(private readonly display: string) {
    this.limit = new InflateLimit(display)
    this.walk = new TarWalk({
      entry: (entry) => this.entry(entry),
      entryEnd: (entry) => this.entryEnd(entry)
    })
  }

  compressed(bytes: number): void {
    this.limit.took(bytes)
  }

  /** Inflated bytes (zlib's 'data'): walked at once; the first problem stops the walk. */
  inflated(chunk: Buffer): void {
    const tooMuch = this.limit.gave(chunk.length)
    if (this.problem !== undefined) return
    try {
      if (tooMuch) throw tooMuch
      this.walk.write(chunk)
    } catch (err) {
      this.problem = err
    }
  }

  throwIfFailed(): void {
    if (this.problem !== undefined) throw this.problem
  }

  end(): void {
    this.throwIfFailed()
    this.walk.end()
    if (this.walk.entries === 0) throw this.notTar()
  }

  result(): Pick<ScannedArchive, 'files' | 'first' | 'kept'> {
    return { files: this.files, first: this.first, kept: this.kept }
  }

  /** An entry: refused, or (a regular file) hashed as its body passes. */
  private entry(entry: TarEntry): ((piece: Buffer) => void) | undefined {
    const { path } = entry
    if (entry.afterZeroBlock) throw this.refuse(path, 'follows a lone zero block')
    this.first ??= path
    const problem = metaProblem(entry)
    if (problem !== undefined) throw this.refuse(path, problem)
    if (entry.type === 'Directory') {
      this.directory(path)
      return undefined
    }
    if (!FILE_TYPES.has(entry.type)) throw this.refuse(path, typeProblem(entry))
    if (entry.linkpath !== undefined) {
      throw this.refuse(path, 'is a regular file that names a link target')
    }
    const nameProblem = entryNameProblem(path)
    if (nameProblem !== undefined) throw this.refuse(path, this.withAlias(path, nameProblem))
    const clash = this.clash(path)
    if (clash !== undefined) throw this.refuse(path, clash)
    return this.startHash(entry)
  }

  private startHash(entry: TarEntry): (piece: Buffer) => void {
    const limit = KEPT_ENTRY_LIMITS[entry.path]
    if (limit !== undefined && entry.size > limit) {
      throw new PackError(
        `${this.display}: its ${entry.path} is ${entry.size} bytes, more than the ${limit} bytes a pack's ${entry.path} can reasonably be`,
        { file: this.display, fix: 're-create the archive with `sherpack package`' }
      )
    }
    const pieces: Buffer[] | undefined = limit === undefined ? undefined : []
    const hashing = { hash: createHash('sha256'), size: 0, pieces }
    this.hashing = hashing
    return (piece) => {
      hashing.hash.update(piece)
      hashing.size += piece.length
      // The piece is a view of zlib's output, which the walk does not keep: kept bytes are copied.
      hashing.pieces?.push(Buffer.from(piece))
    }
  }

  private entryEnd(entry: TarEntry): void {
    const hashing = this.hashing
    this.hashing = undefined
    if (!hashing) return
    this.files.set(entry.path, { sha256: hashing.hash.digest('hex'), size: hashing.size })
    if (hashing.pieces) this.kept.set(entry.path, Buffer.concat(hashing.pieces, hashing.size))
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
    if (first instanceof TarDamage) {
      if (this.walk.entries === 0) return this.notTar()
      const at = first.path ? ` at the entry '${displayName(first.path)}'` : ''
      return new PackError(`${this.display} holds a damaged tar archive${at} (${first.message})`, {
        file: this.display,
        fix: 're-create it with `sherpack package`',
        cause: first
      })
    }
    const e = first as NodeJS.ErrnoException
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
    return first
  }

  private notTar(): PackError {
    return new PackError(`${this.display} is gzip-compressed but does not hold a tar archive`, {
      file: this.display,
      fix: 'the pack path must name a .tar.gz made by `sherpack package`'
    })
  }
}

function typeProblem(entry: TarEntry): string {
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
