// The MANIFEST text sherpack writes first in every archive, and a reader for prebuilt ones.
import { hash } from 'node:crypto'
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
      `the created time '${String(date)}' is not a date between years 0000 and 9999`,
      {
        fix: 'set SOURCE_DATE_EPOCH to a Unix time in seconds'
      }
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
  const files = sortChecksums(fields.files)
  const lines = files.map((file) => `${file.path} sha256:${file.sha256}\n`).join('')
  const text = `sherpack-manifest-version: 1\nname: ${fields.name}\nversion: ${fields.version}\ncreated: ${fields.created}\n\n[files]\n${lines}\n[digest]\nsha256:${manifestDigest(files)}`
  return Buffer.from(text, 'utf8')
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
    throw new PackError(`${source}: its MANIFEST ${what}`, {
      file: source,
      fix: 'the archive is damaged or was not made by `sherpack package`; point the pack path at the pack directory instead'
    })
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
