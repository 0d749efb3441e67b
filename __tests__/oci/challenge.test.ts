import { describe, it, expect } from 'vitest'
import { parseChallenges, type Challenge } from '../../src/oci/challenge.js'

describe('parseChallenges', () => {
  const cases: [string, string | string[] | undefined, Challenge[]][] = [
    ['no header', undefined, []],
    ['empty header', '', []],
    [
      'distribution token auth',
      'Bearer realm="http://127.0.0.1:5001/auth",service="Docker registry",scope="repository:a/b:pull,push"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'http://127.0.0.1:5001/auth',
            service: 'Docker registry',
            scope: 'repository:a/b:pull,push'
          }
        }
      ]
    ],
    [
      'distribution htpasswd',
      'Basic realm="Registry Realm"',
      [{ scheme: 'basic', params: { realm: 'Registry Realm' } }]
    ],
    [
      'GHCR',
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:user/image:pull"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://ghcr.io/token',
            service: 'ghcr.io',
            scope: 'repository:user/image:pull'
          }
        }
      ]
    ],
    [
      'Docker Hub with an error',
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull,push",error="insufficient_scope"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://auth.docker.io/token',
            service: 'registry.docker.io',
            scope: 'repository:library/nginx:pull,push',
            error: 'insufficient_scope'
          }
        }
      ]
    ],
    [
      'ECR',
      'Basic realm="https://123456789012.dkr.ecr.us-east-1.amazonaws.com/",service="ecr.amazonaws.com"',
      [
        {
          scheme: 'basic',
          params: {
            realm: 'https://123456789012.dkr.ecr.us-east-1.amazonaws.com/',
            service: 'ecr.amazonaws.com'
          }
        }
      ]
    ],
    [
      'two challenges in one header',
      'Bearer realm="x", Basic realm="y"',
      [
        { scheme: 'bearer', params: { realm: 'x' } },
        { scheme: 'basic', params: { realm: 'y' } }
      ]
    ],
    [
      'two headers',
      ['Bearer realm="x",service="s"', 'Basic realm="y"'],
      [
        { scheme: 'bearer', params: { realm: 'x', service: 's' } },
        { scheme: 'basic', params: { realm: 'y' } }
      ]
    ],
    [
      'escaped quotes and backslashes',
      'Newauth realm="apps", type=1, title="Login to \\"apps\\"", path="C:\\\\x"',
      [
        {
          scheme: 'newauth',
          params: { realm: 'apps', type: '1', title: 'Login to "apps"', path: 'C:\\x' }
        }
      ]
    ],
    [
      'case-insensitive scheme and names, values kept',
      'BEARER Realm="X", SERVICE=Reg',
      [{ scheme: 'bearer', params: { realm: 'X', service: 'Reg' } }]
    ],
    [
      'extra whitespace and empty list elements',
      '  ,  Bearer   realm = "x" ,, service =  s ,  ,Basic   realm="y"  ',
      [
        { scheme: 'bearer', params: { realm: 'x', service: 's' } },
        { scheme: 'basic', params: { realm: 'y' } }
      ]
    ],
    [
      'unquoted URL value',
      'Bearer realm=https://auth.example.com/token,service=registry.example.com',
      [
        {
          scheme: 'bearer',
          params: { realm: 'https://auth.example.com/token', service: 'registry.example.com' }
        }
      ]
    ],
    [
      'token68 then another challenge',
      'Negotiate YIIB+w/abc==, Basic realm="y"',
      [
        { scheme: 'negotiate', params: {}, token68: 'YIIB+w/abc==' },
        { scheme: 'basic', params: { realm: 'y' } }
      ]
    ],
    ['token68 alone', 'Custom abc123', [{ scheme: 'custom', params: {}, token68: 'abc123' }]],
    [
      'schemes without params',
      'Negotiate, NTLM',
      [
        { scheme: 'negotiate', params: {} },
        { scheme: 'ntlm', params: {} }
      ]
    ],
    [
      'first of a repeated param wins',
      'Basic realm="a", realm="b"',
      [{ scheme: 'basic', params: { realm: 'a' } }]
    ],
    [
      'a param before any scheme is dropped',
      'realm="orphan", Basic realm="y"',
      [{ scheme: 'basic', params: { realm: 'y' } }]
    ],
    [
      'unterminated quoted value',
      'Bearer realm="https://x/token, service=s',
      [{ scheme: 'bearer', params: { realm: 'https://x/token, service=s' } }]
    ],
    [
      'junk skipped up to the next comma',
      '"quoted, junk" @@@ , Basic realm="y"',
      [{ scheme: 'basic', params: { realm: 'y' } }]
    ],
    [
      'empty values',
      'Bearer realm="", service=',
      [{ scheme: 'bearer', params: { realm: '', service: '' } }]
    ],
    [
      // RFC 7235: a lone `name=` right after the scheme is a token68 with padding
      'token68 with one padding character',
      'Custom abc=, Basic realm="y"',
      [
        { scheme: 'custom', params: {}, token68: 'abc=' },
        { scheme: 'basic', params: { realm: 'y' } }
      ]
    ]
  ]

  it.each(cases)('%s', (_name, header, expected) => {
    expect(parseChallenges(header)).toStrictEqual(expected)
  })

  it('keeps a __proto__ param as plain data', () => {
    const [challenge] = parseChallenges('Basic __proto__="x", realm="y"')
    expect(challenge?.params.realm).toBe('y')
    expect(Object.getPrototypeOf(challenge?.params)).toBe(Object.prototype)
    expect(Object.keys(challenge?.params ?? {})).toEqual(['__proto__', 'realm'])
  })

  it('never throws on junk', () => {
    const junk = [
      '=',
      '==,==',
      '"',
      '\\',
      ',,,',
      'Bearer "',
      'Bearer realm="\\',
      '=x Basic',
      '\u0000\uffff'
    ]
    for (const header of junk) {
      expect(Array.isArray(parseChallenges(header))).toBe(true)
    }
  })
})
