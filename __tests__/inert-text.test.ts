// Text from outside shown as characters: every active character a visible escape, one line;
// JSON with the same data.
import { describe, expect, it } from 'vitest'
import { inertJson, inertLine, inertLines } from '../src/inert-text.js'
import { expectInert, HOSTILE_TEXT } from './support/inert.js'

describe('inertLine', () => {
  it.each([
    ['ESC sequences (CSI, OSC) and BEL', '\u001b[2J\u001b]0;title\u0007', '\\e[2J\\e]0;title\\x07'],
    ['CR and line feeds', 'a\rb\nc\r\n', 'a\\rb\\nc\\r\\n'],
    ['tab, NUL and DEL', '\t\u0000\u007f', '\\t\\x00\\x7f'],
    ['an 8-bit CSI and other C1 controls', '\u009b31m\u0085', '\\x9b31m\\x85'],
    ['bidi overrides and isolates', '\u202eabc\u2066d\u2069', '\\u202eabc\\u2066d\\u2069'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    [
      'plain text, accents and emoji, unchanged',
      'héllo wörld ✓ 😀 \\ "x"',
      'héllo wörld ✓ 😀 \\ "x"'
    ]
  ])('%s', (_what, text, shown) => {
    expect(inertLine(text)).toBe(shown)
    expectInert(inertLine(text))
    expect(inertLine(text)).not.toContain('\n')
  })
})

describe('inertLines', () => {
  it('keeps line breaks, escapes the rest', () => {
    expect(inertLines('one\u001b[1m\ntwo\r')).toBe('one\\e[1m\ntwo\\r')
  })
})

describe('inertJson', () => {
  it('is valid JSON with the very same data, and inert', () => {
    const value = { [HOSTILE_TEXT]: [HOSTILE_TEXT, 1, null], plain: 'x' }
    for (const indent of [undefined, 2]) {
      const json = inertJson(value, indent)
      expectInert(json)
      expect(JSON.parse(json)).toEqual(value)
    }
    expect(inertJson(value)).not.toContain('\n')
  })
})
