// The blocks of a tar stream, walked one header at a time: node-tar's documented Header class
// reads each 512-byte header and Pax.parse an extended header's records; the framing around
// them (bodies padded to whole blocks, two zero blocks at the end) is the tar format's own and
// is kept here. Bytes come in chunks of any size and are used as they pass: nothing is held
// but one header block and, at most, one extended header.
import { Header } from 'tar/header'
import { Pax } from 'tar/pax'

const BLOCK = 512
/** Extended headers (PAX, GNU long names) larger than this are refused: a pack needs few bytes. */
const MAX_META_BYTES = 1 << 20
/** Header types (node-tar's names) that describe the next entry rather than being one. */
const META_KINDS: Record<string, MetaHeader['kind']> = {
  ExtendedHeader: 'pax',
  OldExtendedHeader: 'pax',
  GlobalExtendedHeader: 'global-pax',
  NextFileHasLongPath: 'long-name',
  OldGnuLongPath: 'long-name',
  NextFileHasLongLinkpath: 'long-link'
}

/** An extended header, as it came before an entry. */
export interface MetaHeader {
  kind: 'pax' | 'global-pax' | 'long-name' | 'long-link'
  text: string
}

/** One entry, with the extended header before it applied as tar readers apply it. */
export interface TarEntry {
  path: string
  /** node-tar's name of the header type: File, Directory, SymbolicLink, SparseFile, … */
  type: string
  size: number
  linkpath: string | undefined
  /** The extended headers that came right before it, in order. */
  metas: MetaHeader[]
  /** A global extended header came somewhere before it. */
  afterGlobal: boolean
  /** A lone zero block came right before it (where an archive would end). */
  afterZeroBlock: boolean
}

export interface TarVisitor {
  /** An entry; returns what its body is given to (undefined: the body is skipped). */
  entry(entry: TarEntry): ((piece: Buffer) => void) | undefined
  /** The entry's whole body has been given. */
  entryEnd(entry: TarEntry): void
}

/** A tar stream that is not sound; `path` names the entry it broke at, when there was one. */
export class TarDamage extends Error {
  constructor(
    message: string,
    readonly path?: string
  ) {
    super(message)
  }
}

export class TarWalk {
  /** Entries seen (extended headers not counted). */
  entries = 0
  /** After the two zero blocks that end an archive: readers look no further. */
  ended = false
  private readonly header = Buffer.alloc(BLOCK)
  private headerFill = 0
  private bodyLeft = 0
  private padLeft = 0
  private current?: { entry: TarEntry; sink?: (piece: Buffer) => void }
  private meta?: { kind: MetaHeader['kind']; pieces: Buffer[] }
  private metas: MetaHeader[] = []
  private afterGlobal = false
  private zeroBlocks = 0

  constructor(private readonly visitor: TarVisitor) {}

  /** The next bytes of the tar stream; the chunk is not kept. */
  write(chunk: Buffer): void {
    let at = 0
    while (at < chunk.length && !this.ended) {
      if (this.bodyLeft > 0) {
        const n = Math.min(this.bodyLeft, chunk.length - at)
        this.body(chunk.subarray(at, at + n))
        at += n
      } else if (this.padLeft > 0) {
        const n = Math.min(this.padLeft, chunk.length - at)
        this.padLeft -= n
        at += n
      } else {
        const n = chunk.copy(this.header, this.headerFill, at, at + BLOCK - this.headerFill)
        this.headerFill += n
        at += n
        if (this.headerFill < BLOCK) continue
        this.headerFill = 0
        this.readHeader()
      }
    }
  }

  /** The stream is over: throws TarDamage when it stops inside an entry or a header. */
  end(): void {
    if (this.ended) return
    if (this.bodyLeft > 0) {
      const where = this.current?.entry.path
      throw new TarDamage(`truncated: ${this.bodyLeft} more bytes were expected`, where)
    }
    if (this.headerFill > 0 || this.meta) throw new TarDamage('truncated inside a header')
  }

  private body(piece: Buffer): void {
    this.bodyLeft -= piece.length
    if (this.meta) {
      this.meta.pieces.push(Buffer.from(piece))
      if (this.bodyLeft === 0) this.metaEnd()
      return
    }
    const current = this.current
    current?.sink?.(piece)
    if (this.bodyLeft === 0 && current) this.entryEnd()
  }

  private readHeader(): void {
    let header: Header
    try {
      header = new Header(this.header)
    } catch (error) {
      throw new TarDamage(`an unreadable header (${(error as Error).message})`)
    }
    if (header.nullBlock) {
      this.zeroBlocks++
      this.ended = this.zeroBlocks === 2
      return
    }
    if (!header.cksumValid) throw new TarDamage('checksum failure', header.path)
    const size = header.size ?? 0
    const kind = META_KINDS[header.type]
    if (kind) {
      if (size > MAX_META_BYTES) {
        throw new TarDamage(`an extended header of ${size} bytes, more than a pack needs`)
      }
      if (kind === 'global-pax') this.afterGlobal = true
      this.meta = { kind, pieces: [] }
      this.expectBody(size)
      if (size === 0) this.metaEnd()
      return
    }
    this.entries++
    const entry = this.entryOf(header, size)
    if (!Number.isSafeInteger(entry.size) || entry.size < 0) {
      throw new TarDamage(`a size that is no byte count (${entry.size})`, entry.path)
    }
    this.zeroBlocks = 0
    this.current = { entry, sink: this.visitor.entry(entry) }
    this.expectBody(entry.size)
    if (entry.size === 0) this.entryEnd()
  }

  private expectBody(size: number): void {
    this.bodyLeft = size
    this.padLeft = (BLOCK - (size % BLOCK)) % BLOCK
  }

  private entryEnd(): void {
    const current = this.current
    this.current = undefined
    if (current) this.visitor.entryEnd(current.entry)
  }

  private metaEnd(): void {
    const meta = this.meta
    this.meta = undefined
    if (meta) this.metas.push({ kind: meta.kind, text: Buffer.concat(meta.pieces).toString() })
  }

  /**
   * The entry `header` describes, with the extended headers before it applied in order, the
   * way node-tar applies them (a later one wins). More than one is refused by the caller, but
   * the entry is named as a reader would name it.
   */
  private entryOf(header: Header, size: number): TarEntry {
    const metas = this.metas
    this.metas = []
    let entry: TarEntry = {
      path: header.path ?? '',
      type: header.type,
      size,
      linkpath: header.linkpath || undefined,
      metas,
      afterGlobal: this.afterGlobal,
      afterZeroBlock: this.zeroBlocks > 0
    }
    for (const meta of metas) entry = { ...entry, ...applied(meta) }
    return entry
  }
}

/** What an extended header sets on the entry after it. */
function applied(meta: MetaHeader): Partial<TarEntry> {
  const name = meta.text.replace(/\0[\s\S]*$/, '')
  if (meta.kind === 'long-name') return { path: name }
  if (meta.kind === 'long-link') return { linkpath: name }
  if (meta.kind === 'global-pax') return {}
  const pax = Pax.parse(meta.text, undefined, false)
  const set: Partial<TarEntry> = {}
  if (pax.path !== undefined) set.path = pax.path
  if (pax.linkpath !== undefined) set.linkpath = pax.linkpath
  if (pax.size !== undefined) set.size = pax.size
  return set
}
