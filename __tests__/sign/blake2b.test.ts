import { createHash, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { blake2b } from '../../src/sign/blake2b.js'

describe('blake2b', () => {
  it('gives RFC 7693 Appendix A for "abc" at 64 bytes', () => {
    expect(blake2b(Buffer.from('abc'), 64).toString('hex')).toBe(
      'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1' +
        '7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923'
    )
  })

  it('gives BLAKE2b-256 with its own parameter block, not a truncated BLAKE2b-512', () => {
    // Python's hashlib.blake2b(b'abc', digest_size=32).hexdigest()
    expect(blake2b(Buffer.from('abc'), 32).toString('hex')).toBe(
      'bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319'
    )
    expect(blake2b(Buffer.from(''), 32).toString('hex')).toBe(
      '0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8'
    )
  })

  it("agrees with Node's blake2b512 around every block boundary", () => {
    for (const length of [0, 1, 104, 127, 128, 129, 255, 256, 257, 1000]) {
      const data = randomBytes(length)
      expect(blake2b(data, 64)).toEqual(createHash('blake2b512').update(data).digest())
    }
  })

  it('refuses a length outside 1…64', () => {
    expect(() => blake2b(Buffer.from('x'), 65)).toThrow(RangeError)
    expect(() => blake2b(Buffer.from('x'), 0)).toThrow(RangeError)
  })
})
