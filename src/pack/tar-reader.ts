// Reads a tar stream pushed in pieces of any size, without keeping them: the check of a prebuilt
// archive hashes every entry as it passes. Knows the formats pack archives come in: ustar and
// PAX (what this action and most tools write), GNU (sherpack's Rust writer, GNU tar), with
// PAX and GNU long names. It lists entries and their bytes; it never writes to disk.

const BLOCK = 512

/** Upper bound for a PAX or GNU long-name body: a name, not data. */
const MAX_META_BYTES = 1 << 20

/** Entry types by their header flag, named as node-tar names them. */
const TYPE_NAMES: Record<string, string> = {
  '0': 'File',
  '\0': 'OldFile',
  '1': 'Link',
  '2': 'SymbolicLink',
  '3': 'CharacterDevice',
  '4': 'BlockDevice',
  '5': 'Directory',
  '6': 'FIFO',
  '7': 'ContiguousFile'
}

export interface TarEntry {
  /** The entry's name: PAX path, else GNU long name, else ustar prefix/name. */
  path: string
  /** File, OldFile, ContiguousFile, Directory, SymbolicLink, … (unknown flags: 'Unknown(x)'). */
  type: string
  size: number
}

export interface TarVisitor {
  /** A new entry; its bytes follow through `data`, then `end`. */
  entry(entry: TarEntry): void
  /** A piece of the current entry's bytes: a view valid only during the call. */
  data(piece: Buffer): void
  end(): void
}

/** The stream is not a tar archive, or is damaged; `offset` is where in the tar it was found. */
export class TarFormatError extends Error {
  override name = 'TarFormatError'
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}

type State =
  | { kind: 'header' }
  | { kind: 'body'; left: number; padding: number; meta?: 'pax' | 'gnu-name' | 'skip' }
  | { kind: 'padding'; left: number }
  | { kind: 'done' }

export class TarReader {
  private state: State = { kind: 'header' }
  private readonly header = Buffer.alloc(BLOCK)
  private headerFill = 0
  private offset = 0
  private meta: Buffer[] = []
  private metaLength = 0
  /** From PAX or GNU headers, for the next entry only. */
  private nextPath: string | undefined
  private nextSize: number | undefined
  private entries = 0

  constructor(private readonly visitor: TarVisitor) {}

  /** How many entries (of any type) have been read. */
  get entryCount(): number {
    return this.entries
  }

  write(chunk: Buffer): void {
    let at = 0
    while (at < chunk.length) {
      const state = this.state
      if (state.kind === 'done') return
      if (state.kind === 'header') {
        const take = Math.min(BLOCK - this.headerFill, chunk.length - at)
        chunk.copy(this.header, this.headerFill, at, at + take)
        this.headerFill += take
        at += take
        if (this.headerFill === BLOCK) {
          this.headerFill = 0
          this.readHeader()
          this.offset += BLOCK
        }
        continue
      }
      if (state.kind === 'padding') {
        const take = Math.min(state.left, chunk.length - at)
        state.left -= take
        at += take
        this.offset += take
        if (state.left === 0) this.state = { kind: 'header' }
        continue
      }
      const take = Math.min(state.left, chunk.length - at)
      const piece = chunk.subarray(at, at + take)
      if (state.meta) this.keepMeta(piece, state.meta)
      else this.visitor.data(piece)
      state.left -= take
      at += take
      this.offset += take
      if (state.left === 0) this.endBody(state)
    }
  }

  /** The stream ended: an entry cut short is an error; a missing end-of-archive block is not. */
  finish(): void {
    if (this.state.kind === 'done') return
    if (this.state.kind === 'header' && this.headerFill === 0) return
    throw new TarFormatError('the archive ends in the middle of an entry (truncated)', this.offset)
  }

  private readHeader(): void {
    const h = this.header
    if (h.every((byte) => byte === 0)) {
      this.state = { kind: 'done' }
      return
    }
    if (!checksumMatches(h)) {
      throw new TarFormatError(`invalid tar header at byte ${this.offset}`, this.offset)
    }
    const flag = String.fromCharCode(h[156] ?? 0)
    const headerSize = readNumber(h, 124, 12, this.offset)
    this.entries++
    if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
      const size = headerSize
      const padding = (BLOCK - (size % BLOCK)) % BLOCK
      if (size > MAX_META_BYTES) {
        throw new TarFormatError(
          `an extended header of ${size} bytes at byte ${this.offset}`,
          this.offset
        )
      }
      // 'g' (global PAX) and 'K' (GNU long link target) say nothing a pack check uses.
      const meta = flag === 'x' ? 'pax' : flag === 'L' ? 'gnu-name' : 'skip'
      this.startBody(size, padding, meta)
      return
    }
    const size = this.nextSize ?? headerSize
    const padding = (BLOCK - (size % BLOCK)) % BLOCK
    const path = this.nextPath ?? headerPath(h)
    this.nextPath = undefined
    this.nextSize = undefined
    this.visitor.entry({ path, type: TYPE_NAMES[flag] ?? `Unknown(${flag})`, size })
    this.startBody(size, padding)
  }

  private startBody(size: number, padding: number, meta?: 'pax' | 'gnu-name' | 'skip'): void {
    const body: State = { kind: 'body', left: size, padding, meta }
    this.state = body
    if (size === 0) this.endBody(body)
  }

  private endBody(body: Extract<State, { kind: 'body' }>): void {
    if (body.meta) this.useMeta(body.meta)
    else this.visitor.end()
    this.state = body.padding > 0 ? { kind: 'padding', left: body.padding } : { kind: 'header' }
  }

  private keepMeta(piece: Buffer, meta: 'pax' | 'gnu-name' | 'skip'): void {
    if (meta === 'skip') return
    this.meta.push(Buffer.from(piece))
    this.metaLength += piece.length
  }

  private useMeta(meta: 'pax' | 'gnu-name' | 'skip'): void {
    const body = Buffer.concat(this.meta, this.metaLength)
    this.meta = []
    this.metaLength = 0
    if (meta === 'gnu-name') this.nextPath = cString(body, 0, body.length)
    if (meta === 'pax') {
      const records = paxRecords(body, this.offset)
      if (records.path !== undefined) this.nextPath = records.path
      if (records.size !== undefined) this.nextSize = records.size
    }
  }
}

/** The header's checksum field against the sum of its bytes (unsigned, or signed as old tars). */
function checksumMatches(h: Buffer): boolean {
  const stored = parseInt(cString(h, 148, 8).trim(), 8)
  if (Number.isNaN(stored)) return false
  let unsigned = 0
  let signed = 0
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : (h[i] as number)
    unsigned += byte
    signed += byte > 127 ? byte - 256 : byte
  }
  return stored === unsigned || stored === signed
}

/** Octal text, or GNU base-256 (high bit of the first byte set) for large values. */
function readNumber(h: Buffer, offset: number, length: number, at: number): number {
  const first = h[offset] as number
  if (first & 0x80) {
    let value = first & 0x7f
    for (let i = 1; i < length; i++) value = value * 256 + (h[offset + i] as number)
    if (!Number.isSafeInteger(value)) throw new TarFormatError(`size too large at byte ${at}`, at)
    return value
  }
  const text = cString(h, offset, length).trim()
  if (text === '') return 0
  if (!/^[0-7]+$/.test(text)) {
    throw new TarFormatError(`invalid size '${text}' in the tar header at byte ${at}`, at)
  }
  return parseInt(text, 8)
}

/** ustar names may be split into prefix (345..500) and name; GNU headers use that space else. */
function headerPath(h: Buffer): string {
  const name = cString(h, 0, 100)
  const ustar = h.toString('latin1', 257, 263) === 'ustar\0'
  const prefix = ustar ? cString(h, 345, 155) : ''
  return prefix ? `${prefix}/${name}` : name
}

function cString(buffer: Buffer, offset: number, length: number): string {
  const end = buffer.indexOf(0, offset)
  return buffer.toString(
    'utf8',
    offset,
    end === -1 || end > offset + length ? offset + length : end
  )
}

/** PAX records, "<length> <key>=<value>\n" each; only path and size matter here. */
function paxRecords(body: Buffer, at: number): { path?: string; size?: number } {
  const out: { path?: string; size?: number } = {}
  let position = 0
  while (position < body.length) {
    if (body[position] === 0) break
    const space = body.indexOf(0x20, position)
    const length = space === -1 ? NaN : Number(body.toString('latin1', position, space))
    if (!Number.isInteger(length) || length <= 0 || position + length > body.length) {
      throw new TarFormatError(`a damaged PAX header before byte ${at}`, at)
    }
    const record = body.toString('utf8', space + 1, position + length - 1)
    const equals = record.indexOf('=')
    const key = record.slice(0, equals)
    const value = record.slice(equals + 1)
    if (key === 'path') out.path = value
    if (key === 'size') {
      if (!/^\d+$/.test(value))
        throw new TarFormatError(`a PAX size '${value}' before byte ${at}`, at)
      out.size = Number(value)
    }
    position += length
  }
  return out
}
