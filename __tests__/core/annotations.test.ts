import { describe, expect, it } from 'vitest'
import {
  AnnotationError,
  manifestAnnotations,
  parseAnnotations
} from '../../src/core/annotations.js'

const parseAnnotationsInput = (text: string) =>
  parseAnnotations(text.split(/\r?\n/), (index) => `annotations input, line ${index + 1}`)
import type { SourceContext as GitContext } from '../../src/core/source.js'
import type { PackMetadata } from '../../src/pack/types.js'

const CREATED = '2026-01-31T12:00:00+00:00'
const SHA = '0123456789abcdef0123456789abcdef01234567'
const context: GitContext = {
  eventName: 'push',
  ref: 'refs/tags/v1.2.3',
  refName: 'v1.2.3',
  refType: 'tag',
  sha: SHA,
  repository: 'acme/packs',
  repositoryOwner: 'acme',
  serverUrl: 'https://ghe.acme.example/',
  actor: 'octocat'
}
const full: PackMetadata = {
  apiVersion: 'sherpack/v1',
  kind: 'application',
  name: 'webapp',
  version: '1.2.3',
  description: 'A web application',
  appVersion: '2.0.0',
  home: 'https://acme.example/webapp',
  sources: ['https://github.com/acme/packs'],
  maintainers: [
    { name: 'Ada Lovelace', email: 'ada@acme.example' },
    { name: 'Grace Hopper', url: 'https://grace.example' }
  ],
  annotations: {
    'artifacthub.io/license': 'Apache-2.0',
    'acme.example/team': 'platform',
    'org.opencontainers.image.title': 'stale title from Pack.yaml'
  }
}
const minimal: PackMetadata = {
  apiVersion: 'sherpack/v1',
  kind: 'library',
  name: 'lib',
  version: '0.1.0'
}

describe('manifestAnnotations', () => {
  it('fills the OCI keys from full metadata and the commit', () => {
    const annotations = manifestAnnotations({ metadata: full, created: CREATED, context, user: {} })
    expect(annotations).toEqual({
      'acme.example/team': 'platform',
      'artifacthub.io/license': 'Apache-2.0',
      'org.opencontainers.image.authors': 'Ada Lovelace <ada@acme.example>, Grace Hopper',
      'org.opencontainers.image.created': CREATED,
      'org.opencontainers.image.description': 'A web application',
      'org.opencontainers.image.licenses': 'Apache-2.0',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.source': 'https://ghe.acme.example/acme/packs',
      'org.opencontainers.image.title': 'webapp',
      'org.opencontainers.image.url': 'https://acme.example/webapp',
      'org.opencontainers.image.version': '1.2.3'
    })
    expect(Object.keys(annotations)).toEqual(Object.keys(annotations).sort())
  })

  it('leaves out what minimal metadata and no context cannot give', () => {
    expect(
      manifestAnnotations({ metadata: minimal, created: CREATED, context: {}, user: {} })
    ).toEqual({
      'org.opencontainers.image.created': CREATED,
      'org.opencontainers.image.title': 'lib',
      'org.opencontainers.image.version': '0.1.0'
    })
  })

  it('needs both server URL and repository for the source', () => {
    const only = (ctx: GitContext): string | undefined =>
      manifestAnnotations({ metadata: minimal, created: CREATED, context: ctx, user: {} })[
        'org.opencontainers.image.source'
      ]
    expect(only({ repository: 'acme/packs' })).toBeUndefined()
    expect(only({ serverUrl: 'https://github.com' })).toBeUndefined()
    expect(only({ serverUrl: 'https://github.com', repository: 'acme/packs' })).toBe(
      'https://github.com/acme/packs'
    )
  })

  it.each([
    [{ 'org.opencontainers.image.licenses': 'MIT', license: 'GPL-3.0' }, 'MIT'],
    [{ licenses: 'MIT OR Apache-2.0' }, 'MIT OR Apache-2.0'],
    [{ license: 'BSD-3-Clause', 'artifacthub.io/license': 'MIT' }, 'BSD-3-Clause'],
    [{ 'artifacthub.io/license': 'MPL-2.0' }, 'MPL-2.0'],
    [{ license: '  ', 'artifacthub.io/license': 'ISC' }, 'ISC']
  ])('takes the licence from Pack.yaml annotations %j', (annotations, expected) => {
    const result = manifestAnnotations({
      metadata: { ...minimal, annotations },
      created: CREATED,
      context: {},
      user: {}
    })
    expect(result['org.opencontainers.image.licenses']).toBe(expected)
  })

  it('lets the user override and remove any annotation', () => {
    const annotations = manifestAnnotations({
      metadata: full,
      created: CREATED,
      context,
      user: {
        'org.opencontainers.image.title': 'Web App',
        'org.opencontainers.image.revision': 'custom',
        'org.opencontainers.image.description': '',
        'acme.example/team': '',
        'org.opencontainers.image.vendor': 'Acme'
      }
    })
    expect(annotations['org.opencontainers.image.title']).toBe('Web App')
    expect(annotations['org.opencontainers.image.revision']).toBe('custom')
    expect(annotations['org.opencontainers.image.vendor']).toBe('Acme')
    expect(annotations).not.toHaveProperty('org.opencontainers.image.description')
    expect(annotations).not.toHaveProperty('acme.example/team')
  })

  it('never writes empty values', () => {
    const annotations = manifestAnnotations({
      metadata: {
        ...minimal,
        description: ' ',
        maintainers: [{ name: ' ' }],
        annotations: { empty: '', keep: 'x' }
      },
      created: '',
      context: { sha: '' },
      user: {}
    })
    expect(Object.values(annotations).every((value) => value.trim() !== '')).toBe(true)
    expect(annotations).toEqual({
      keep: 'x',
      'org.opencontainers.image.title': 'lib',
      'org.opencontainers.image.version': '0.1.0'
    })
  })

  it('is the same for two runs of one commit whatever the event, ref, actor or time', () => {
    const a = manifestAnnotations({ metadata: full, created: CREATED, context, user: {} })
    const b = manifestAnnotations({
      metadata: full,
      created: CREATED,
      context: {
        ...context,
        eventName: 'workflow_dispatch',
        ref: 'refs/heads/main',
        refName: 'main',
        refType: 'branch',
        actor: 'someone-else',
        prNumber: 3
      },
      user: {}
    })
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
  })
})

describe('parseAnnotationsInput', () => {
  it.each<[string, string, Record<string, string>]>([
    ['empty input', '', {}],
    ['one pair', 'a=b', { a: 'b' }],
    [
      'comments, blank lines, trimming, CRLF',
      '# header\n\n  org.opencontainers.image.vendor =  Acme Corp  \r\n   # indented comment\nx=1\n',
      { 'org.opencontainers.image.vendor': 'Acme Corp', x: '1' }
    ],
    ['value containing =', 'query=a=b&c=d', { query: 'a=b&c=d' }],
    ['empty value kept (removes the annotation)', 'drop=', { drop: '' }],
    ['later line wins', 'k=1\nk=2', { k: '2' }],
    ['value with #', 'color=#fff', { color: '#fff' }]
  ])('%s', (_name, text, expected) => {
    expect(parseAnnotationsInput(text)).toEqual(expected)
  })

  it.each([
    ['a=b\nno equals here', 2, '"no equals here") has no "="'],
    ['=value', 1, '"=value") has an empty key'],
    ['\n\n   = x', 3, '"   = x") has an empty key'],
    ['my key=value', 1, '"my key=value") has a key with spaces']
  ])('rejects %j, quoting line %i', (text, line, problem) => {
    const parse = (): Record<string, string> => parseAnnotationsInput(text)
    expect(parse).toThrow(AnnotationError)
    expect(parse).toThrow(`annotations input, line ${line} (${problem}`)
    expect(parse).toThrow('write one key=value per entry')
    expect(parse).toThrow(expect.objectContaining({ option: 'annotations' }))
  })
})
