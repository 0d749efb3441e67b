// The MANIFEST text sherpack writes first in every archive, and a reader for prebuilt ones.
import { createHash, hash } from 'node:crypto'
import { PackError } from './types.js'

export interface FileChecksum {
  /** Archive entry name. */
  path: string
  /** Lower-case hex sha256 of the file's bytes. */
  sha256: string
}

export interface ManifestFields {
  name: string
  version: string
  /** RFC 3339, e.g. from formatCreated(). */
  created: string
  files: FileChecksum[]
}

export interface ParsedManifest extends ManifestFields {
  manifestVersion: string
  /** Hex of the `[digest]` line. */
  digest: string
}

/** `YYYY-MM-DDTHH:MM:SS+00:00`: whole seconds, UTC, as sherpack's chrono to_rfc3339 prints it. */
export function formatCreated(date: Date): string {
  const iso = Number.isNaN(date.getTime()) ? '' : date.toISOString()
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(iso)) {
    throw new PackError(
      `the created time '${String(date)}' is not a date between years 0000 and 9999: set SOURCE_DATE_EPOCH to a Unix time in seconds`
    )
  }
  return `${iso.slice(0, 19)}+00:00`
}

/** `[files]` order: plain byte order of the UTF-8 paths (not JS string order). */
export function sortChecksums(files: readonly FileChecksum[]): FileChecksum[] {
  return sortByUtf8([...files], (file) => file.path)
}

/**
 * Sorts `items` in place by the UTF-8 byte order of `key(item)`. The keys are checked for
 * surrogates once, not per comparison: without any, plain string comparison is byte order.
 */
export function sortByUtf8<T>(items: T[], key: (item: T) => string): T[] {
  if (!items.some((item) => SURROGATE.test(key(item)))) {
    return items.sort((a, b) => {
      const ka = key(a)
      const kb = key(b)
      return ka < kb ? -1 : ka > kb ? 1 : 0
    })
  }
  return items.sort((a, b) => compareUtf8(key(a), key(b)))
}

/**
 * Byte order of the UTF-8 encodings. UTF-16 code unit order agrees with it unless a surrogate
 * (a character beyond U+FFFF) is involved, so only those strings are encoded to compare.
 */
export function compareUtf8(a: string, b: string): number {
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}

const SURROGATE = /[\ud800-\udfff]/

/** sha256 over `path:hex\n` for each file, in `[files]` order. */
export function manifestDigest(sortedFiles: readonly FileChecksum[]): string {
  // One string hashed at once: an update() per file costs more than the hashing itself.
  let text = ''
  for (const file of sortedFiles) text += `${file.path}:${file.sha256}\n`
  return hash('sha256', text, 'hex')
}

export function buildManifest(fields: ManifestFields): Buffer {
  const chunks: Buffer[] = []
  const writer = new ManifestWriter(
    fields,
    fields.files.map((file) => file.path),
    (chunk) => chunks.push(chunk)
  )
  fields.files.forEach((file, index) => writer.add(index, file.sha256))
  writer.end()
  return Buffer.concat(chunks)
}

/** Text handed to the sink at a time, so compressing it is a few trips to the thread pool. */
const MANIFEST_CHUNK = 64 << 10
/** `<path> sha256:<64 hex>\n` less the path: the bytes every [files] line adds. */
const LINE_OVERHEAD = ' sha256:'.length + 64 + 1
const DIGEST_TRAILER = '\n[digest]\nsha256:'

/**
 * Writes MANIFEST while its files are still being read. Its size and line order follow from
 * the paths alone, so it can be compressed as it goes: each [files] line is handed to `sink`
 * (in chunks) as soon as its checksum and those of every line before it are known. The bytes
 * are what buildManifest() returns.
 */
export class ManifestWriter {
  /** Byte length of the whole MANIFEST. */
  readonly size: number
  /** Paths in [files] order, and where each path given (by index) sits in that order. */
  private readonly sorted: string[]
  private readonly position: Uint32Array
  private readonly checksums: (string | undefined)[]
  private next = 0
  /** Pieces of the text not yet handed out, and of what the [digest] line hashes. */
  private text: string[] = []
  private textLength = 0
  private digestText: string[] = []
  private readonly digest = createHash('sha256')
  private readonly encoding: 'latin1' | 'utf8'

  constructor(
    fields: Omit<ManifestFields, 'files'>,
    paths: readonly string[],
    private readonly sink: (chunk: Buffer) => void
  ) {
    const order = sortByUtf8(Array.from(paths.keys()), (index) => paths[index] as string)
    this.sorted = new Array<string>(paths.length)
    this.position = new Uint32Array(paths.length)
    for (let at = 0; at < order.length; at++) {
      const index = order[at] as number
      this.sorted[at] = paths[index] as string
      this.position[index] = at
    }
    this.checksums = new Array<string | undefined>(paths.length).fill(undefined)
    const header = `sherpack-manifest-version: 1\nname: ${fields.name}\nversion: ${fields.version}\ncreated: ${fields.created}\n\n[files]\n`
    this.text.push(header)
    let size = Buffer.byteLength(header) + DIGEST_TRAILER.length + 64
    let chars = header.length + DIGEST_TRAILER.length + 64
    for (const path of paths) {
      size += Buffer.byteLength(path) + LINE_OVERHEAD
      chars += path.length + LINE_OVERHEAD
    }
    this.size = size
    // All ASCII (as many bytes as characters): latin1 converts the same, with no UTF-8 scan.
    this.encoding = size === chars ? 'latin1' : 'utf8'
  }

  /** The checksum (64 lower-case hex digits) of `paths[index]`. */
  add(index: number, sha256: string): void {
    const at = this.position[index] as number
    this.checksums[at] = sha256
    if (at !== this.next) return
    // Pieces joined once per chunk: building a string per line costs more.
    const { text, digestText } = this
    for (let sum = sha256; ; sum = this.checksums[this.next] as string) {
      const path = this.sorted[this.next] as string
      text.push(path, ' sha256:', sum, '\n')
      digestText.push(path, ':', sum, '\n')
      this.textLength += path.length + LINE_OVERHEAD
      this.next++
      if (this.checksums[this.next] === undefined) break
    }
    if (this.textLength >= MANIFEST_CHUNK) this.flush()
  }

  /** Hands over the rest, [digest] included; every path must have its checksum by now. */
  end(): void {
    if (this.next !== this.sorted.length) {
      throw new Error(`MANIFEST is missing the checksum of ${this.sorted[this.next]}`)
    }
    this.flush()
    this.sink(Buffer.from(`${DIGEST_TRAILER}${this.digest.digest('hex')}`, 'latin1'))
  }

  private flush(): void {
    this.digest.update(this.digestText.join(''), this.encoding)
    this.digestText = []
    this.sink(Buffer.from(this.text.join(''), this.encoding))
    this.text = []
    this.textLength = 0
  }
}

/**
 * Reads a MANIFEST the way sherpack does (trimmed lines, sections by header). `source` names
 * the archive in messages.
 */
export function parseManifest(text: string, source: string): ParsedManifest {
  const header = new Map<string, string>()
  const files: FileChecksum[] = []
  let digest: string | undefined
  let section: 'header' | 'files' | 'digest' = 'header'

  const bad: (what: string) => never = (what) => {
    throw new PackError(
      `${source}: its MANIFEST ${what}: the archive is damaged or was not made by \`sherpack package\`; point \`path\` at the pack directory instead`,
      source
    )
  }

  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim()
    if (line === '') continue
    if (line === '[files]' || line === '[digest]') {
      section = line === '[files]' ? 'files' : 'digest'
      continue
    }
    if (section === 'digest') {
      const hex = line.startsWith('sha256:') ? line.slice('sha256:'.length) : undefined
      if (hex === undefined || !/^[0-9a-f]{64}$/.test(hex))
        bad(`has a malformed [digest] line '${line}'`)
      digest = hex
    } else if (section === 'files') {
      const space = line.lastIndexOf(' ')
      const sum = line.slice(space + 1)
      if (space <= 0 || !/^sha256:[0-9a-f]{64}$/.test(sum)) {
        bad(`has a malformed [files] line '${line}' (expected '<path> sha256:<64 hex digits>')`)
      }
      files.push({ path: line.slice(0, space), sha256: sum.slice('sha256:'.length) })
    } else {
      const colon = line.indexOf(':')
      if (colon > 0) header.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim())
    }
  }

  const field = (key: string): string => header.get(key) || bad(`has no '${key}:' line`)
  const manifestVersion = field('sherpack-manifest-version')
  if (manifestVersion !== '1') {
    bad(`has sherpack-manifest-version '${manifestVersion}', and only version 1 is understood`)
  }
  const created = field('created')
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(created)) {
    bad(`has created '${created}', which is not an RFC 3339 time`)
  }
  if (digest === undefined) bad('has no [digest] section')

  return {
    manifestVersion,
    name: field('name'),
    version: field('version'),
    created,
    files,
    digest
  }
}
