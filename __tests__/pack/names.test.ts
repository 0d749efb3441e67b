import { describe, expect, it } from 'vitest'
import { parseHumantimeDuration } from '../../src/pack/duration.js'
import {
  EntryNames,
  displayName,
  entryNameProblem,
  firstInvalidUtf8,
  normalizedName
} from '../../src/pack/names.js'

describe('entryNameProblem', () => {
  it.each([
    ['Pack.yaml'],
    ['templates/a/b.yaml'],
    ['templates/.hidden.yaml'],
    ['templates/..yaml'],
    ['templates/\uFFFD.yaml'],
    ['templates/with space.yaml'],
    [`templates/${'x'.repeat(255)}`]
  ])('accepts %j', (name) => {
    expect(entryNameProblem(name)).toBeUndefined()
  })

  it.each([
    ['', 'is empty'],
    ['/abs', 'is absolute'],
    ['c:x', 'drive letter'],
    ['a\0b', 'NUL'],
    ['a\\b', 'backslash'],
    ['a\tb', 'control character'],
    ['a\x7fb', 'control character'],
    ['./a', 'starts with ./'],
    ['a/../b', '.. component'],
    ['..', '.. component'],
    ['a/./b', '. component'],
    ['a//b', 'empty component'],
    ['a/', 'empty component'],
    [`templates/${'x'.repeat(256)}`, 'component of 256 bytes'],
    [`templates/${'d/'.repeat(2100)}x`, 'more than the 4096']
  ])('refuses %j', (name, problem) => {
    expect(entryNameProblem(name)).toContain(problem)
  })
})

describe('normalizedName and EntryNames', () => {
  it('normalises as an extractor would', () => {
    expect(normalizedName('./Pack.yaml')).toBe('Pack.yaml')
    expect(normalizedName('templates//a.yaml')).toBe('templates/a.yaml')
    expect(normalizedName('templates/x/../a.yaml')).toBe('templates/a.yaml')
    expect(normalizedName('templates\\a.yaml')).toBe('templates/a.yaml')
  })

  it('refuses a name twice and a file that is a directory of another, either way round', () => {
    const names = new EntryNames()
    expect(names.add('templates/a.yaml')).toBeUndefined()
    expect(names.add('templates/a.yaml')).toBe('appears twice')
    expect(names.add('templates/a.yaml/b')).toBe(
      "puts a file under 'templates/a.yaml', which is a file"
    )
    expect(names.add('templates/d/e.yaml')).toBeUndefined()
    expect(names.add('templates/d')).toBe(
      "is a file, but 'templates/d/e.yaml' puts a file under it"
    )
    expect(names.has('templates/d/e.yaml')).toBe(true)
  })
})

describe('displayName and firstInvalidUtf8', () => {
  it('shows bytes that are not UTF-8 and control characters as \\xNN', () => {
    expect(displayName(Buffer.from('templates/bad\xff.yaml', 'latin1'))).toBe(
      'templates/bad\\xff.yaml'
    )
    expect(displayName(Buffer.from([0x61, 0xe2, 0x82, 0x62]))).toBe('a\\xe2\\x82b')
    expect(displayName(Buffer.from('é\u{1F600}', 'utf8'))).toBe('é\u{1F600}')
    expect(displayName(Buffer.from([0xc0, 0xaf]))).toBe('\\xc0\\xaf') // overlong '/'
    expect(displayName('a\nb')).toBe('a\\x0ab')
  })

  it('finds the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8(Buffer.from('plain é'))).toBe(-1)
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xff]))).toBe(2)
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0) // a surrogate
  })
})

describe('parseHumantimeDuration (humantime 2)', () => {
  const s = 1_000_000_000n
  it.each([
    ['60s', 60n * s],
    ['5m', 300n * s],
    ['1h30m', 5400n * s],
    ['1h 30m', 5400n * s],
    ['2 min', 120n * s],
    ['500ms', 500_000_000n],
    ['0s', 0n],
    ['  7days ', 7n * 86400n * s],
    ['1 0s', 10n * s],
    ['1M', 2_630_016n * s],
    ['1y', 31_557_600n * s],
    ['3ns', 3n],
    ['4us', 4000n]
  ])('reads %j', (text, nanos) => {
    expect(parseHumantimeDuration(text)).toEqual({ nanos })
  })

  it.each([
    ['60', 'a time unit is needed'],
    ['', 'it is empty'],
    ['   ', 'it is empty'],
    ['1.5m', "'.' is not allowed"],
    ['-5s', 'a number is expected'],
    ['5H', "'H' is not a time unit"],
    ['PT5M', 'a number is expected'],
    ['~', 'a number is expected'],
    ['5m x', 'a number is expected'],
    ['5ms5', 'a time unit is needed'],
    ['5µs', "'µ' is not allowed"],
    ['99999999999999999999s', 'the number is too large'],
    ['18446744073709551615s 1s', 'the duration is too long']
  ])('refuses %j', (text, problem) => {
    expect(parseHumantimeDuration(text).problem).toContain(problem)
  })
})
