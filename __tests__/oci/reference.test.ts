import { describe, it, expect } from 'vitest'
import { UserError } from '../../src/errors.js'
import {
  InvalidReferenceError,
  REPOSITORY_COMPONENT_PATTERN,
  TAG_PATTERN,
  formatReference,
  isLoopbackHost,
  parseLayoutDestination,
  parseOciReference,
  validateRepository,
  withoutUserinfo
} from '../../src/oci/reference.js'
import { thrownBy } from '../support/thrown.js'

const DIGEST = 'sha256:' + 'ab'.repeat(32)

describe('parseOciReference: valid references', () => {
  const cases: [string, object][] = [
    [
      'oci://ghcr.io/my-org/my-pack',
      { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'my-org/my-pack' }
    ],
    [
      'oci://ghcr.io/my-org/my-pack:1.2.3',
      { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'my-org/my-pack', tag: '1.2.3' }
    ],
    ['oci://GHCR.IO/org/pack', { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'org/pack' }],
    [
      'oci://localhost:5000/pack:v1',
      { registry: 'localhost:5000', apiHost: 'localhost:5000', repository: 'pack', tag: 'v1' }
    ],
    [
      'oci://127.0.0.1:65535/a/b/c/d',
      { registry: '127.0.0.1:65535', apiHost: '127.0.0.1:65535', repository: 'a/b/c/d' }
    ],
    [
      'oci://[::1]:5000/charts/pack:0.1.0',
      { registry: '[::1]:5000', apiHost: '[::1]:5000', repository: 'charts/pack', tag: '0.1.0' }
    ],
    ['oci://[FE80::1]/pack', { registry: '[fe80::1]', apiHost: '[fe80::1]', repository: 'pack' }],
    [
      'oci://registry.example.com:443/team.a/my__pack/x-y--z:_latest',
      {
        registry: 'registry.example.com:443',
        apiHost: 'registry.example.com:443',
        repository: 'team.a/my__pack/x-y--z',
        tag: '_latest'
      }
    ],
    [
      `oci://ghcr.io/org/pack:1.0.0@${DIGEST}`,
      {
        registry: 'ghcr.io',
        apiHost: 'ghcr.io',
        repository: 'org/pack',
        tag: '1.0.0',
        digest: DIGEST
      }
    ],
    [
      `oci://ghcr.io/org/pack@${DIGEST}`,
      { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'org/pack', digest: DIGEST }
    ],
    [
      'oci://docker.io/nginx:1.25',
      {
        registry: 'docker.io',
        apiHost: 'registry-1.docker.io',
        repository: 'library/nginx',
        tag: '1.25'
      }
    ],
    [
      'oci://index.docker.io/myuser/pack',
      { registry: 'index.docker.io', apiHost: 'registry-1.docker.io', repository: 'myuser/pack' }
    ],
    [
      '  oci://ghcr.io/org/pack  ',
      { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'org/pack' }
    ],
    ['OCI://ghcr.io/org/pack', { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'org/pack' }]
  ]
  it.each(cases)('%s', (input, expected) => {
    expect(parseOciReference(input)).toStrictEqual(expected)
  })

  it('accepts a tag of exactly 128 characters', () => {
    const tag = 'a'.repeat(128)
    expect(parseOciReference(`oci://ghcr.io/org/pack:${tag}`).tag).toBe(tag)
  })
})

describe('parseOciReference: invalid references', () => {
  const cases: [string, string][] = [
    ['ghcr.io/org/pack', "it must start with 'oci://'; write 'oci://ghcr.io/org/pack'"],
    [
      'https://ghcr.io/org/pack',
      "it must start with 'oci://'; write 'oci://ghcr.io/org/pack' (the protocol is chosen automatically)"
    ],
    [
      'docker://ghcr.io/org/pack',
      "'docker://' is not supported here; write 'oci://ghcr.io/org/pack'"
    ],
    ['oci://ghcr.io', 'the repository is missing'],
    ['oci://ghcr.io/', 'the repository is missing'],
    ['oci://ghcr.io/:1.0', 'the repository is missing'],
    ['oci:///org/pack', 'the registry host is missing'],
    ['oci://localhost:0/pack', "port '0' is out of range: use 1-65535"],
    ['oci://localhost:65536/pack', "port '65536' is out of range: use 1-65535"],
    ['oci://localhost:http/pack', "port 'http' is not a number"],
    ['oci://localhost:/pack', "port '' is not a number"],
    ['oci://::1:5000/pack', 'write an IPv6 address in brackets'],
    ['oci://[::g]:5000/pack', "'[::g]:5000' is not a valid bracketed IPv6 address"],
    ['oci://[::1]x/pack', "unexpected 'x' after the IPv6 address"],
    ['oci://300.1.1.1/pack', "host '300.1.1.1' is not a valid IPv4 address"],
    ['oci://my_host/pack', "host 'my_host' is not a valid host name"],
    ['oci://-bad.io/pack', "host '-bad.io' is not a valid host name"],
    [
      'oci://ghcr.io/MyOrg/pack:1.0',
      "repository 'MyOrg/pack' has capitals in 'MyOrg': registries only accept lower case; write 'oci://ghcr.io/myorg/pack:1.0'"
    ],
    ['oci://ghcr.io/org/pack_/x', "repository 'org/pack_/x' has an invalid path component 'pack_'"],
    ['oci://ghcr.io/org/pa..ck', "invalid path component 'pa..ck'"],
    ['oci://ghcr.io/org/pa___ck', "invalid path component 'pa___ck'"],
    ['oci://ghcr.io/org//pack', "repository 'org//pack' has an empty path component"],
    ['oci://ghcr.io/org/pack/', "repository 'org/pack/' has an empty path component"],
    ['oci://ghcr.io/org/pack:', "the tag after ':' is empty"],
    ['oci://ghcr.io/org/pack:1:2', "'org/pack:1:2' has more than one ':'"],
    ['oci://ghcr.io/org/pack:-x', "tag '-x' has characters registries refuse"],
    [
      'oci://ghcr.io/org/pack:1.0.0+build.5',
      "tag '1.0.0+build.5' has a '+', which registries refuse: write '1.0.0_build.5'"
    ],
    [
      `oci://ghcr.io/org/pack:${'v'.repeat(129)}`,
      'is 129 characters long: registries accept at most 128'
    ],
    ['oci://ghcr.io/org/pack@sha256:abc', "digest 'sha256:abc' is not a sha256 digest"],
    [`oci://ghcr.io/org/pack@md5:${'a'.repeat(64)}`, 'is not a sha256 digest'],
    [`oci://ghcr.io/${'a'.repeat(256)}`, 'is 256 characters long: registries accept at most 255']
  ]
  it.each(cases)('%s', (input, problem) => {
    const error = thrownBy(() => parseOciReference(input))
    expect(error).toBeInstanceOf(InvalidReferenceError)
    const message = (error as Error).message
    expect(message).toContain(problem)
    expect(message).toContain(`'${input.trim()}'`)
    expect(message).toContain('oci://HOST[:PORT]/REPOSITORY[:TAG]')
  })

  it('never repeats credentials written into the reference', () => {
    const input = 'oci://user:s3cret@ghcr.io/org/pack'
    expect(() => parseOciReference(input)).toThrow(InvalidReferenceError)
    expect(() => parseOciReference(input)).toThrow(/credentials must not be written/)
    try {
      parseOciReference(input)
    } catch (e) {
      expect((e as Error).message).not.toContain('s3cret')
      expect((e as Error).message).toContain("'oci://***@ghcr.io/org/pack'")
      expect((e as Error).message).toContain('pass them as credentials instead')
      expect(e).toMatchObject({ option: 'destination', suggest: { option: 'credentials' } })
    }
  })

  it('is a user error about the destination, naming no front end option', () => {
    const error = (() => {
      try {
        parseOciReference('ghcr.io/org/pack')
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(UserError)
    expect(error).toMatchObject({ name: 'InvalidReferenceError', option: 'destination' })
  })
})

describe('formatReference', () => {
  const ref = { registry: 'localhost:5000', repository: 'org/pack' }
  it('writes host/repo with a tag, a digest, both, or neither', () => {
    expect(formatReference(ref)).toBe('localhost:5000/org/pack')
    expect(formatReference(ref, { tag: '1.0.0' })).toBe('localhost:5000/org/pack:1.0.0')
    expect(formatReference(ref, { digest: DIGEST })).toBe(`localhost:5000/org/pack@${DIGEST}`)
    expect(formatReference(ref, { tag: 'v1', digest: DIGEST })).toBe(
      `localhost:5000/org/pack:v1@${DIGEST}`
    )
  })
  it('round-trips through parseOciReference', () => {
    const parsed = parseOciReference(`oci://[::1]:5000/a/b:c@${DIGEST}`)
    expect(formatReference(parsed, parsed)).toBe(`[::1]:5000/a/b:c@${DIGEST}`)
  })
})

describe('isLoopbackHost', () => {
  it.each([
    'localhost',
    'LOCALHOST:5000',
    '127.0.0.1',
    '127.0.0.1:5000',
    '127.255.3.4:80',
    '[::1]',
    '[::1]:5000',
    '[0:0:0:0:0:0:0:1]:5000',
    '::1',
    '[::ffff:127.0.0.1]:5000'
  ])('%s is loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(true)
  })
  it.each([
    'ghcr.io',
    'localhost.example.com',
    '128.0.0.1',
    '10.0.0.1:5000',
    '[::2]:5000',
    '[fe80::1]',
    '127.0.0.1.nip.io',
    ''
  ])('%s is not loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(false)
  })
})

describe('validateRepository', () => {
  it('accepts valid names', () => {
    for (const name of ['a', 'a/b', 'my-org/my.pack', 'x__y/z--w/1']) {
      expect(() => validateRepository(name, 'repository')).not.toThrow()
    }
  })
  it('names the component with capitals and shows the lower-cased name', () => {
    expect(() => validateRepository('MyOrg/pack', 'repository')).toThrow(
      "repository 'MyOrg/pack' has capitals in 'MyOrg': registries only accept lower case; write 'myorg/pack'"
    )
  })
  it('uses the given description of what was checked', () => {
    expect(() => validateRepository('org/pack!', 'the derived repository')).toThrow(
      "the derived repository 'org/pack!' has an invalid path component 'pack!'"
    )
    expect(() => validateRepository('', 'input repository')).toThrow('input repository is empty')
  })
  it('throws InvalidReferenceError', () => {
    expect(() => validateRepository('A', 'repository')).toThrow(InvalidReferenceError)
  })
})

describe('patterns', () => {
  it('TAG_PATTERN follows the distribution grammar', () => {
    expect(TAG_PATTERN.test('1.0.0-rc.1')).toBe(true)
    expect(TAG_PATTERN.test('_x')).toBe(true)
    expect(TAG_PATTERN.test('.x')).toBe(false)
    expect(TAG_PATTERN.test('a'.repeat(129))).toBe(false)
  })
  it('REPOSITORY_COMPONENT_PATTERN follows the distribution grammar', () => {
    expect(REPOSITORY_COMPONENT_PATTERN.test('a-----b')).toBe(true)
    expect(REPOSITORY_COMPONENT_PATTERN.test('a__b')).toBe(true)
    expect(REPOSITORY_COMPONENT_PATTERN.test('a._b')).toBe(false)
    expect(REPOSITORY_COMPONENT_PATTERN.test('a/b')).toBe(false)
  })
})

describe('parseLayoutDestination', () => {
  const cases: [string, { dir: string; tag?: string }][] = [
    ['oci-layout://out', { dir: 'out' }],
    ['oci-layout://./out:1.0.0', { dir: './out', tag: '1.0.0' }],
    ['oci-layout:///tmp/a:b/out:v2', { dir: '/tmp/a:b/out', tag: 'v2' }],
    ['oci-layout:///tmp/a:b/out', { dir: '/tmp/a:b/out' }],
    ['oci-layout://C:\\layouts\\out', { dir: 'C:\\layouts\\out' }],
    ['oci-layout://C:/layouts/out', { dir: 'C:/layouts/out' }],
    ['oci-layout://C:\\layouts\\out:1.0', { dir: 'C:\\layouts\\out', tag: '1.0' }],
    ['oci-layout://C:', { dir: 'C:' }],
    ['oci-layout://out:bad+tag', { dir: 'out:bad+tag' }],
    ['oci-layout://:tag', { dir: ':tag' }]
  ]
  it.each(cases)('%s', (input, expected) => {
    expect(parseLayoutDestination(input)).toStrictEqual(expected)
  })
  it('requires the prefix and a directory', () => {
    expect(() => parseLayoutDestination('./out')).toThrow(
      "Invalid layout destination './out': it must start with 'oci-layout://'"
    )
    expect(() => parseLayoutDestination('oci-layout://')).toThrow('the directory is missing')
  })
})

describe('withoutUserinfo', () => {
  it.each([
    ['oci://user:pw@ghcr.io/org/pack:1', 'oci://***@ghcr.io/org/pack:1'],
    ['https://user:p@ss@ghcr.io/org/pack', 'https://***@ghcr.io/org/pack'],
    ['user:pw@ghcr.io/org/pack', '***@ghcr.io/org/pack'],
    ['oci://token@ghcr.io/org', 'oci://***@ghcr.io/org'],
    ['oci://ghcr.io/org/pack@sha256:abc', 'oci://ghcr.io/org/pack@sha256:abc'],
    ['pack@sha256:abc', 'pack@sha256:abc']
  ])('%s → %s', (text, shown) => {
    expect(withoutUserinfo(text)).toBe(shown)
  })

  it('keeps credentials out of every message about a reference', () => {
    for (const text of ['https://user:pw-123@ghcr.io/org/pack', 'user:pw-123@ghcr.io/x']) {
      expect(() => parseOciReference(text)).toThrow(/\*\*\*@/)
      expect(() => parseOciReference(text)).not.toThrow(/pw-123/)
    }
  })
})
