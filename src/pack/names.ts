// The rules every archive entry name obeys, whether we write the archive or check one: an
// extractor must create exactly the files that were checked, one per name, inside its target.
import { isUtf8 } from 'node:buffer'

/** Linux NAME_MAX: no file system the pack is extracted on takes a longer path component. */
export const MAX_COMPONENT_BYTES = 255
/** Linux PATH_MAX, counted on the entry name alone (an extractor adds its own directory). */
export const MAX_NAME_BYTES = 4096

/** C0 controls and DEL: MANIFEST is a line format, and a terminal shows them as nothing. */
function isControl(code: number): boolean {
  return code < 0x20 || code === 0x7f
}

function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return true
  return false
}

/**
 * Why `name` is no safe entry name, or undefined when it is one. The rules: relative, `/`
 * separators only, no empty, `.` or `..` component (so no leading `./`, no `a//b`, no trailing
 * `/`), no backslash, NUL or other control character, within the file system's limits.
 */
export function entryNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty'
  if (name.startsWith('/')) return 'is absolute (it starts with /)'
  if (/^[A-Za-z]:/.test(name)) return 'starts with a drive letter'
  if (name.includes('\0')) return 'holds a NUL byte'
  if (name.includes('\\')) return 'holds a backslash'
  if (hasControl(name)) return 'holds a control character'
  if (name.startsWith('./')) return 'starts with ./'
  const components = name.split('/')
  if (components.includes('..')) return 'has a .. component'
  if (components.includes('.')) return 'has a . component'
  if (components.includes('')) return 'has an empty component (// or a trailing /)'
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) {
    return `is ${Buffer.byteLength(name)} bytes long, more than the ${MAX_NAME_BYTES} a path may have`
  }
  const long = components.find((c) => Buffer.byteLength(c) > MAX_COMPONENT_BYTES)
  if (long !== undefined) {
    return `has a component of ${Buffer.byteLength(long)} bytes, more than the ${MAX_COMPONENT_BYTES} a file name may have`
  }
  return undefined
}

/**
 * The name an entry would have once an extractor normalises it (`./a` and `a`, `a//b` and
 * `a/b` are one file to it), for finding entries that alias each other.
 */
export function normalizedName(name: string): string {
  const kept: string[] = []
  for (const component of name.replaceAll('\\', '/').split('/')) {
    if (component === '' || component === '.') continue
    if (component === '..') kept.pop()
    else kept.push(component)
  }
  return kept.join('/')
}

/**
 * A name for messages: printable as it is, control characters and bytes that are not UTF-8
 * shown as `\xNN` (`templates/bad\xff.yaml`). Takes the raw bytes when the name has them.
 */
export function displayName(name: string | Buffer): string {
  if (typeof name === 'string') return escapeControls(name)
  let shown = ''
  let at = 0
  while (at < name.length) {
    const length = utf8SequenceLength(name, at)
    if (length === 0) {
      shown += `\\x${(name[at] as number).toString(16).padStart(2, '0')}`
      at += 1
    } else {
      shown += escapeControls(name.toString('utf8', at, at + length))
      at += length
    }
  }
  return shown
}

function escapeControls(text: string): string {
  if (!hasControl(text)) return text
  let shown = ''
  for (const c of text) {
    const code = c.charCodeAt(0)
    shown += isControl(code) ? `\\x${code.toString(16).padStart(2, '0')}` : c
  }
  return shown
}

/** Length of the well-formed UTF-8 sequence at `at`, or 0 when the byte there starts none. */
function utf8SequenceLength(bytes: Buffer, at: number): number {
  const first = bytes[at] as number
  if (first < 0x80) return 1
  const length = first >= 0xc2 && first <= 0xdf ? 2 : first >= 0xe0 && first <= 0xef ? 3 : 0
  const sequence = length || (first >= 0xf0 && first <= 0xf4 ? 4 : 0)
  if (sequence === 0 || at + sequence > bytes.length) return 0
  const candidate = bytes.subarray(at, at + sequence)
  // Overlong forms, surrogates and values past U+10FFFF do not survive a round trip.
  return Buffer.from(candidate.toString('utf8'), 'utf8').equals(candidate) ? sequence : 0
}

/** Offset of the first byte that does not belong to well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Buffer): number {
  // Fast path: almost every file is valid, and Buffer can tell without a loop of ours.
  if (isUtf8(bytes)) return -1
  for (let at = 0; at < bytes.length;) {
    const length = utf8SequenceLength(bytes, at)
    if (length === 0) return at
    at += length
  }
  return -1
}

/**
 * The entry names of one archive, refusing a name given twice, or a file that is also the
 * directory of another (an extractor can create only one of them). The names are safe ones
 * (entryNameProblem), so aliases such as `./a` or `a//b` were refused before they get here.
 */
export class EntryNames {
  private readonly files = new Map<string, string>()
  private readonly dirs = new Map<string, string>()

  /**
   * Records a file entry, which has passed entryNameProblem() (so it is its own normal form);
   * returns why it clashes with an earlier one, naming that one.
   */
  add(name: string): string | undefined {
    const same = this.files.get(name)
    if (same !== undefined) return 'appears twice'
    const under = this.dirs.get(name)
    if (under !== undefined) return `is a file, but '${displayName(under)}' puts a file under it`
    for (let at = name.indexOf('/'); at !== -1; at = name.indexOf('/', at + 1)) {
      const dir = name.slice(0, at)
      const file = this.files.get(dir)
      if (file !== undefined) return `puts a file under '${displayName(file)}', which is a file`
      if (!this.dirs.has(dir)) this.dirs.set(dir, name)
    }
    this.files.set(name, name)
    return undefined
  }

  has(name: string): boolean {
    return this.files.has(name)
  }
}
