// Adds one descriptor to the `manifests` array of an image index given as text, leaving every
// other byte as it was. Re-serializing the parsed index would re-escape other tools' entries
// (Go's encoder writes `\u003c` for `<`, JSON.stringify writes `<`): a fallback index holds
// other tools' referrers (cosign, GitHub attestations), and those are kept byte for byte.

/**
 * `text` with `entry` (JSON) appended to its top-level `manifests` array; undefined when the
 * text has no such array (the caller then writes a fresh index).
 */
export function appendToManifests(text: string, entry: string): string | undefined {
  const array = topLevelArray(text, 'manifests')
  if (!array) return undefined
  const inside = text.slice(array.open + 1, array.close)
  const separator = inside.trim() === '' ? '' : ','
  return `${text.slice(0, array.close)}${separator}${entry}${text.slice(array.close)}`
}

/** Where the value of `key` in the top-level object opens (`[`) and closes (`]`). */
function topLevelArray(text: string, key: string): { open: number; close: number } | undefined {
  let depth = 0
  let lastString: string | undefined
  let arrayOpen: number | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '"') {
      const end = stringEnd(text, i)
      lastString = text.slice(i, end + 1)
      i = end
      continue
    }
    if (c === '{' || c === '[') {
      const opensOurs = depth === 1 && c === '[' && lastString === JSON.stringify(key)
      depth++
      if (opensOurs) arrayOpen = i
    } else if (c === '}' || c === ']') {
      depth--
      if (depth === 1 && c === ']' && arrayOpen !== undefined) return { open: arrayOpen, close: i }
    } else if (c === ',' && depth === 1) {
      lastString = undefined
    }
  }
  return undefined
}

/** The index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '"') return i
  }
  return text.length
}
