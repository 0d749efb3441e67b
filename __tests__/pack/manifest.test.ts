import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  buildManifest,
  compareUtf8,
  formatCreated,
  manifestDigest,
  parseManifest,
  sortChecksums
} from '../../src/pack/manifest.js'
import { PackError } from '../../src/pack/types.js'

const sha = (text: string): string => createHash('sha256').update(text).digest('hex')

describe('buildManifest', () => {
  it('writes the exact sherpack text: header, sorted [files], [digest], no final newline', () => {
    const files = [
      { path: 'values.yaml', sha256: sha('replicas: 1\n') },
      { path: 'Pack.yaml', sha256: sha('apiVersion: sherpack/v1\n') },
      { path: 'templates/deployment.yaml', sha256: sha('kind: Deployment\n') }
    ]
    const text = buildManifest({
      name: 'mypack',
      version: '1.2.3',
      created: '2026-01-31T12:00:00+00:00',
      files
    }).toString('utf8')

    const digest = sha(
      `Pack.yaml:${sha('apiVersion: sherpack/v1\n')}\n` +
        `templates/deployment.yaml:${sha('kind: Deployment\n')}\n` +
        `values.yaml:${sha('replicas: 1\n')}\n`
    )
    expect(text).toBe(
      [
        'sherpack-manifest-version: 1',
        'name: mypack',
        'version: 1.2.3',
        'created: 2026-01-31T12:00:00+00:00',
        '',
        '[files]',
        `Pack.yaml sha256:${sha('apiVersion: sherpack/v1\n')}`,
        `templates/deployment.yaml sha256:${sha('kind: Deployment\n')}`,
        `values.yaml sha256:${sha('replicas: 1\n')}`,
        '',
        '[digest]',
        `sha256:${digest}`
      ].join('\n')
    )
    expect(text.endsWith('\n')).toBe(false)
  })

  it('sorts [files] as UTF-8 byte strings, not JS strings', () => {
    const paths = [
      'templates/\u{1F600}.yaml',
      'templates/\uFF5E.yaml',
      'templates/z.yaml',
      'A.yaml'
    ]
    const sorted = sortChecksums(paths.map((path) => ({ path, sha256: sha(path) }))).map(
      (f) => f.path
    )
    const byBytes = [...paths].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    expect(sorted).toEqual(byBytes)
    expect(sorted).not.toEqual([...paths].sort())
    expect(compareUtf8('a/b', 'a-b')).toBeGreaterThan(0) // '/' 0x2f after '-' 0x2d
  })
})

describe('formatCreated', () => {
  it('prints whole seconds in UTC with +00:00', () => {
    expect(formatCreated(new Date(Date.UTC(2026, 0, 31, 12, 0, 0, 999)))).toBe(
      '2026-01-31T12:00:00+00:00'
    )
    expect(formatCreated(new Date(0))).toBe('1970-01-01T00:00:00+00:00')
  })

  it('refuses an invalid date with a clear message', () => {
    expect(() => formatCreated(new Date(Number.NaN))).toThrow(PackError)
    expect(() => formatCreated(new Date(Number.NaN))).toThrow(/set SOURCE_DATE_EPOCH/)
  })
})

describe('parseManifest', () => {
  it('reads back what buildManifest writes', () => {
    const files = [
      { path: 'Pack.yaml', sha256: sha('p') },
      { path: 'templates/é.yaml', sha256: sha('e') }
    ]
    const text = buildManifest({
      name: 'n',
      version: '1.0.0+b1',
      created: '2026-01-31T12:00:00+00:00',
      files
    })
    const parsed = parseManifest(text.toString('utf8'), 'x.tgz')
    expect(parsed).toEqual({
      manifestVersion: '1',
      name: 'n',
      version: '1.0.0+b1',
      created: '2026-01-31T12:00:00+00:00',
      files,
      digest: manifestDigest(files)
    })
  })

  it('accepts sherpack variants: fractional seconds, Z, CRLF, a trailing newline', () => {
    const text = `sherpack-manifest-version: 1\r\nname: n\r\nversion: 1.0.0\r\ncreated: 2025-01-15T10:30:00.123456789Z\r\n\r\n[files]\r\nPack.yaml sha256:${sha('p')}\r\n\r\n[digest]\r\nsha256:${sha('d')}\n`
    const parsed = parseManifest(text, 'x.tgz')
    expect(parsed.created).toBe('2025-01-15T10:30:00.123456789Z')
    expect(parsed.files).toEqual([{ path: 'Pack.yaml', sha256: sha('p') }])
  })

  it.each([
    [
      'no digest section',
      `sherpack-manifest-version: 1\nname: n\nversion: 1.0.0\ncreated: 2025-01-15T10:30:00Z\n`,
      'has no [digest] section'
    ],
    [
      'no name',
      `sherpack-manifest-version: 1\nversion: 1.0.0\ncreated: 2025-01-15T10:30:00Z\n[digest]\nsha256:${sha('d')}`,
      "has no 'name:' line"
    ],
    [
      'a bad files line',
      `sherpack-manifest-version: 1\nname: n\nversion: 1.0.0\ncreated: 2025-01-15T10:30:00Z\n[files]\nPack.yaml md5:abc\n[digest]\nsha256:${sha('d')}`,
      "has a malformed [files] line 'Pack.yaml md5:abc'"
    ],
    [
      'a future format',
      `sherpack-manifest-version: 2\nname: n\nversion: 1.0.0\ncreated: 2025-01-15T10:30:00Z\n[digest]\nsha256:${sha('d')}`,
      "has sherpack-manifest-version '2'"
    ],
    [
      'a bad created',
      `sherpack-manifest-version: 1\nname: n\nversion: 1.0.0\ncreated: yesterday\n[digest]\nsha256:${sha('d')}`,
      "has created 'yesterday'"
    ]
  ])('refuses a MANIFEST with %s, naming the archive', (_what, text, problem) => {
    expect(() => parseManifest(text, 'dist/x.tgz')).toThrow(`dist/x.tgz: its MANIFEST ${problem}`)
  })
})
