// The rules every archive entry name obeys, whether we write the archive or check one: an
// extractor must create exactly the files that were checked, one per name, inside its target.

/** Linux NAME_MAX: no file system the pack is extracted on takes a longer path component. */
export const MAX_COMPONENT_BYTES = 255
/** Linux PATH_MAX, counted on the entry name alone (an extractor adds its own directory). */
export const MAX_NAME_BYTES = 4096

/** C0 controls and DEL: MANIFEST is a line format, and a terminal shows them as nothing. */
const CONTROL = /[\x00-\x1f\x7f]/

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
  if (CONTROL.test(name)) return 'holds a control character'
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
  return text.replace(
    /[\x00-\x1f\x7f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
  )
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
