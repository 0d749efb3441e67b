import { describe, expect, it } from 'vitest'
import { parsePackFile } from '../../src/pack/packfile.js'
import { isStrictSemVer } from '../../src/pack/version.js'
import { PackError } from '../../src/pack/types.js'

const FILE = 'mypack/Pack.yaml'

function failure(text: string): PackError {
  try {
    parsePackFile(text, FILE)
  } catch (err) {
    expect(err).toBeInstanceOf(PackError)
    return err as PackError
  }
  throw new Error('expected parsePackFile to fail')
}

const meta = (lines: string): string =>
  `apiVersion: sherpack/v1\nmetadata:\n  name: mypack\n  version: 1.2.3\n${lines}`

describe('parsePackFile: valid files', () => {
  it('reads every metadata field and defaults kind to application', () => {
    const { metadata, warnings } = parsePackFile(
      `apiVersion: sherpack/v1
metadata:
  name: My.Pack
  version: 2.0.0-rc.1+build.7
  description: A pack
  appVersion: "1.16.0"
  kubeVersion: ">=1.25"
  home: https://example.com
  icon: https://example.com/icon.png
  sources: [https://github.com/x/y]
  keywords: [web, demo]
  maintainers:
    - name: Jane
      email: jane@example.com
    - name: Joe
      url: https://joe.example
  annotations:
    team: web
dependencies: []
engine: {strict: true}
`,
      FILE
    )
    expect(warnings).toEqual([])
    expect(metadata).toEqual({
      apiVersion: 'sherpack/v1',
      kind: 'application',
      name: 'My.Pack',
      version: '2.0.0-rc.1+build.7',
      description: 'A pack',
      appVersion: '1.16.0',
      kubeVersion: '>=1.25',
      home: 'https://example.com',
      icon: 'https://example.com/icon.png',
      sources: ['https://github.com/x/y'],
      keywords: ['web', 'demo'],
      maintainers: [
        { name: 'Jane', email: 'jane@example.com' },
        { name: 'Joe', url: 'https://joe.example' }
      ],
      annotations: { team: 'web' }
    })
  })

  it('keeps the source text of unquoted numbers in string fields (1.10 stays 1.10)', () => {
    const { metadata } = parsePackFile(
      meta('  appVersion: 1.10\n  keywords: [2, true]\n  annotations: {replicas: 3}\n'),
      FILE
    )
    expect(metadata.appVersion).toBe('1.10')
    expect(metadata.keywords).toEqual(['2', 'true'])
    expect(metadata.annotations).toEqual({ replicas: '3' })
  })

  it('leaves empty optional fields out instead of storing empty values', () => {
    const { metadata } = parsePackFile(
      meta('  description: ""\n  home:\n  keywords: []\n  annotations: {}\n'),
      FILE
    )
    expect(Object.keys(metadata).sort()).toEqual(['apiVersion', 'kind', 'name', 'version'])
  })

  it('accepts kind library', () => {
    const text = meta('').replace('metadata:', 'kind: library\nmetadata:')
    expect(parsePackFile(text, FILE).metadata.kind).toBe('library')
  })

  it('warns about unknown fields, with the line and a spelling hint', () => {
    const { warnings } = parsePackFile(meta('  appversion: 1.0\nextra: 1\n'), FILE)
    expect(warnings).toEqual([
      {
        message: 'mypack/Pack.yaml, line 6: extra is not a Pack.yaml field and is ignored',
        file: FILE,
        line: 6
      },
      {
        message:
          'mypack/Pack.yaml, line 5: metadata.appversion is not a Pack.yaml field and is ignored (did you mean appVersion?)',
        file: FILE,
        line: 5
      }
    ])
  })
})

describe('parsePackFile: each problem is one message naming file, field, value and line', () => {
  it('refuses an empty file', () => {
    expect(failure('').message).toBe(
      'mypack/Pack.yaml: is empty: it must hold at least apiVersion: sherpack/v1 and metadata.name/version'
    )
  })

  it('reports a YAML syntax error with the line the parser gives', () => {
    const err = failure('apiVersion: sherpack/v1\nmetadata: {name: x\n')
    expect(err.message).toMatch(
      /^mypack\/Pack\.yaml, line \d+: is not valid YAML \(.+\): fix the syntax/
    )
    expect(err.line).toBeGreaterThanOrEqual(2)
    expect(err.file).toBe(FILE)
  })

  it('refuses a repeated field, naming both lines', () => {
    const err = failure(meta('  name: other\n'))
    expect(err.message).toBe(
      'mypack/Pack.yaml, line 5: metadata.name is given twice (first at line 3): Sherpack refuses a repeated key: keep one of them'
    )
    expect(err.line).toBe(5)
  })

  it('refuses a top level that is not a mapping', () => {
    expect(failure('- a\n- b\n').message).toBe(
      'mypack/Pack.yaml, line 1: must be a YAML mapping (key: value lines) but is a list: start it with apiVersion: sherpack/v1'
    )
  })

  it('requires apiVersion', () => {
    expect(failure('metadata:\n  name: x\n  version: 1.0.0\n').message).toBe(
      'mypack/Pack.yaml, line 1: has no apiVersion: add apiVersion: sherpack/v1 at the top'
    )
  })

  it('refuses any apiVersion but sherpack/v1, spotting Helm charts', () => {
    const err = failure('apiVersion: v2\nmetadata:\n  name: x\n  version: 1.0.0\n')
    expect(err.message).toBe(
      "mypack/Pack.yaml, line 1: apiVersion 'v2' is not supported (this looks like a Helm Chart.yaml): write apiVersion: sherpack/v1"
    )
    expect(err.line).toBe(1)
    expect(failure(meta('').replace('sherpack/v1', 'sherpack/v2')).message).toContain(
      "apiVersion 'sherpack/v2' is not supported: write apiVersion: sherpack/v1"
    )
  })

  it('refuses an unknown kind', () => {
    const err = failure(meta('').replace('metadata:', 'kind: App\nmetadata:'))
    expect(err.message).toBe(
      "mypack/Pack.yaml, line 2: kind 'App' is not valid: write kind: application or kind: library (or leave kind out for application)"
    )
  })

  it('requires metadata as a mapping', () => {
    expect(failure('apiVersion: sherpack/v1\n').message).toContain(
      'mypack/Pack.yaml, line 1: has no metadata: add a metadata mapping'
    )
    expect(failure('apiVersion: sherpack/v1\nmetadata: [a]\n').message).toBe(
      'mypack/Pack.yaml, line 2: metadata must be a mapping with name, version, … but is a list'
    )
  })

  it('requires metadata.name', () => {
    expect(failure('apiVersion: sherpack/v1\nmetadata:\n  version: 1.0.0\n').message).toContain(
      'mypack/Pack.yaml, line 3: metadata.name is missing'
    )
  })

  it.each(['my pack', 'my/pack', '-pack', 'pack-', 'a..b', 'a___b', 'été'])(
    'refuses the name %j, which is no OCI repository component',
    (name) => {
      const err = failure(
        `apiVersion: sherpack/v1\nmetadata:\n  name: "${name}"\n  version: 1.0.0\n`
      )
      expect(err.message).toContain(
        `mypack/Pack.yaml, line 3: metadata.name '${name}' is not a valid pack name`
      )
      expect(err.message).toContain('e.g. my-pack')
      expect(err.line).toBe(3)
    }
  )

  it.each(['my-pack', 'my_pack', 'my__pack', 'my--pack', 'My.Pack2', '0pack'])(
    'accepts the name %j',
    (name) => {
      const text = `apiVersion: sherpack/v1\nmetadata:\n  name: ${name}\n  version: 1.0.0\n`
      expect(parsePackFile(text, FILE).metadata.name).toBe(name)
    }
  )

  it('requires metadata.version', () => {
    expect(failure('apiVersion: sherpack/v1\nmetadata:\n  name: x\n').message).toBe(
      'mypack/Pack.yaml, line 3: metadata.version is missing: add a SemVer 2.0 version such as version: 0.1.0'
    )
  })

  it.each(['v1.2.3', '1.2', '01.2.3', '1.2.3.4', '=1.2.3', 'latest'])(
    'refuses the version %j with the expected form',
    (version) => {
      const err = failure(`apiVersion: sherpack/v1\nmetadata:\n  name: x\n  version: ${version}\n`)
      expect(err.message).toBe(
        `mypack/Pack.yaml, line 4: metadata.version '${version}' is not a valid SemVer 2.0 version: write MAJOR.MINOR.PATCH such as 1.2.0, with no 'v' prefix or leading zeros (a pre-release like 1.2.0-rc.1 and build metadata like 1.2.0+b7 are allowed; this action's own limits: numbers up to 2^53-1, 256 characters in all)`
      )
      expect(err.line).toBe(4)
    }
  )

  it('refuses a list where a string is expected', () => {
    expect(failure(meta('  description: [a, b]\n')).message).toBe(
      'mypack/Pack.yaml, line 5: metadata.description must be a string but is a list'
    )
  })

  it('refuses malformed lists', () => {
    expect(failure(meta('  keywords: web\n')).message).toBe(
      "mypack/Pack.yaml, line 5: metadata.keywords must be a list of strings but is 'web'"
    )
    expect(failure(meta('  sources:\n    - {url: x}\n')).message).toBe(
      'mypack/Pack.yaml, line 6: metadata.sources[0] must be a string but is a mapping'
    )
  })

  it('refuses maintainers without a name or that are not mappings', () => {
    expect(failure(meta('  maintainers:\n    - email: a@b.c\n')).message).toBe(
      'mypack/Pack.yaml, line 6: metadata.maintainers[0].name is missing: every maintainer needs a name'
    )
    expect(failure(meta('  maintainers: [jane]\n')).message).toContain(
      "metadata.maintainers[0] must be a mapping such as {name: Jane Doe, email: jane@example.com} but is 'jane'"
    )
  })

  it('refuses annotations that are not string to string', () => {
    expect(failure(meta('  annotations: [a]\n')).message).toBe(
      'mypack/Pack.yaml, line 5: metadata.annotations must be a mapping of string keys to string values but is a list'
    )
    expect(failure(meta('  annotations:\n    a: {b: c}\n')).message).toBe(
      'mypack/Pack.yaml, line 6: metadata.annotations.a must be a string but is a mapping'
    )
  })

  it('checks the shape of dependencies and engine', () => {
    expect(failure(meta('dependencies: {a: b}\n')).message).toContain(
      'line 5: dependencies must be a list of {name, version, repository} but is a mapping'
    )
    expect(failure(meta('engine: strict\n')).message).toContain(
      "line 5: engine must be a mapping such as engine: {strict: true} but is 'strict'"
    )
  })
})

describe('isStrictSemVer', () => {
  it("refuses, as this action's own limit, numbers over 2^53-1 that Sherpack would take", () => {
    expect(isStrictSemVer('18446744073709551615.0.0')).toBe(false)
    expect(failure(withTop('').replace('1.2.3', '18446744073709551615.0.0')).message).toMatch(
      /this action's own limits: numbers up to 2\^53-1/
    )
  })

  it('accepts SemVer 2.0 exactly as written, build metadata included', () => {
    for (const v of ['0.0.0', '1.2.3', '1.2.3-rc.1', '1.2.3+b7', '1.2.3-alpha.1+sha.5114f85']) {
      expect(isStrictSemVer(v), v).toBe(true)
    }
    for (const v of ['1.2', 'v1.2.3', ' 1.2.3', '1.2.3 ', '1.02.3', '1.2.3-', '']) {
      expect(isStrictSemVer(v), v).toBe(false)
    }
  })
})

/** A valid Pack.yaml with `extra` appended at the top level. */
const withTop = (extra: string): string =>
  `apiVersion: sherpack/v1\nmetadata:\n  name: mypack\n  version: 1.2.3\n${extra}`

describe('parsePackFile: what Sherpack 0.4 refuses (spec "Pack.yaml: what Sherpack 0.4 accepts")', () => {
  it.each([
    // [what, Pack.yaml, the message must match]
    ['apiVersion missing', 'metadata:\n  name: x\n  version: 1.0.0\n', /has no apiVersion/],
    [
      'apiVersion in another case',
      withTop('').replace('sherpack/v1', 'Sherpack/v1'),
      /apiVersion 'Sherpack\/v1' is not supported/
    ],
    [
      'apiVersion a list',
      withTop('').replace('sherpack/v1', '[sherpack/v1]'),
      /apiVersion must be a string but is a list/
    ],
    ['kind capitalised', withTop('kind: Application\n'), /line 5: kind 'Application' is not valid/],
    ['kind empty', withTop('kind:\n'), /kind '' is not valid/],
    ['kind ~', withTop('kind: ~\n'), /kind '~' is not valid/],
    ['metadata ~', 'apiVersion: sherpack/v1\nmetadata: ~\n', /has no metadata/],
    ['metadata empty', 'apiVersion: sherpack/v1\nmetadata:\n', /has no metadata/],
    [
      'metadata.name a mapping',
      'apiVersion: sherpack/v1\nmetadata:\n  name: {a: b}\n  version: 1.0.0\n',
      /metadata\.name must be a string but is a mapping/
    ],
    [
      'version 1.0 (the text "1.0")',
      withTop('').replace('1.2.3', '1.0'),
      /metadata\.version '1\.0' is not a valid SemVer/
    ],
    [
      'version with a space, quoted',
      withTop('').replace('1.2.3', '" 1.2.3"'),
      /metadata\.version ' 1\.2\.3' is not a valid SemVer/
    ],
    ['version 1.2.3-', withTop('').replace('1.2.3', '1.2.3-'), /'1\.2\.3-' is not a valid SemVer/],
    [
      'version 1.2.3-a..b',
      withTop('').replace('1.2.3', '1.2.3-a..b'),
      /'1\.2\.3-a\.\.b' is not a valid SemVer/
    ],
    [
      'version 1.2.3-01',
      withTop('').replace('1.2.3', '1.2.3-01'),
      /'1\.2\.3-01' is not a valid SemVer/
    ],
    [
      'version past 2^64-1',
      withTop('').replace('1.2.3', '18446744073709551616.0.0'),
      /is not a valid SemVer/
    ],
    [
      'appVersion a list',
      withTop('  appVersion: [1]\n'),
      /metadata\.appVersion must be a string but is a list/
    ],
    [
      'home a mapping',
      withTop('  home: {a: b}\n'),
      /metadata\.home must be a string but is a mapping/
    ],
    [
      'sources ~',
      withTop('  sources: ~\n'),
      /metadata\.sources must be a list of strings but is '~' \(null\): Sherpack refuses ~ and null here/
    ],
    [
      'keywords null',
      withTop('  keywords: null\n'),
      /metadata\.keywords must be a list of strings but is 'null' \(null\)/
    ],
    [
      'keywords a scalar',
      withTop('  keywords: web\n'),
      /metadata\.keywords must be a list of strings but is 'web'/
    ],
    [
      'a keyword that is a list',
      withTop('  keywords:\n    - [a]\n'),
      /metadata\.keywords\[0\] must be a string but is a list/
    ],
    [
      'maintainers ~',
      withTop('  maintainers: ~\n'),
      /metadata\.maintainers must be a list of \{name, email, url\} mappings but is '~' \(null\)/
    ],
    [
      'a maintainer without name',
      withTop('  maintainers:\n    - email: a@b.c\n'),
      /metadata\.maintainers\[0\]\.name is missing/
    ],
    [
      'a maintainer email that is a list',
      withTop('  maintainers:\n    - name: a\n      email: [x]\n'),
      /metadata\.maintainers\[0\]\.email must be a string but is a list/
    ],
    [
      'annotations ~',
      withTop('  annotations: ~\n'),
      /metadata\.annotations must be a mapping of string keys to string values but is '~' \(null\)/
    ],
    [
      'an annotation that is a list',
      withTop('  annotations:\n    a: [x]\n'),
      /metadata\.annotations\.a must be a string but is a list/
    ],
    [
      'dependencies ~',
      withTop('dependencies: ~\n'),
      /dependencies must be a list of \{name, version, repository\} but is '~' \(null\)/
    ],
    [
      'dependencies a scalar',
      withTop('dependencies: redis\n'),
      /dependencies must be a list of \{name, version, repository\} but is 'redis'/
    ],
    [
      'a dependency that is a scalar',
      withTop('dependencies:\n  - redis\n'),
      /dependencies\[0\] must be a mapping such as \{name: redis, .*\} but is 'redis'/
    ],
    [
      'a dependency without repository (Helm local)',
      withTop('dependencies:\n  - name: redis\n    version: ^17\n'),
      /line 6: dependencies\[0\]\.repository is missing: every dependency needs name, version and repository/
    ],
    [
      'a dependency without name',
      withTop('dependencies:\n  - version: ^17\n    repository: https://x\n'),
      /dependencies\[0\]\.name is missing/
    ],
    [
      'a dependency without version',
      withTop('dependencies:\n  - name: a\n    repository: https://x\n'),
      /dependencies\[0\]\.version is missing/
    ],
    [
      'enabled: yes',
      withTop('dependencies:\n  - {name: a, version: "1", repository: r, enabled: yes}\n'),
      /dependencies\[0\]\.enabled must be true or false but is 'yes'/
    ],
    [
      'enabled: "true" (quoted)',
      withTop('dependencies:\n  - {name: a, version: "1", repository: r, enabled: "true"}\n'),
      /dependencies\[0\]\.enabled must be true or false but is '"true"'/
    ],
    [
      'enabled: 1',
      withTop('dependencies:\n  - {name: a, version: "1", repository: r, enabled: 1}\n'),
      /enabled must be true or false but is '1'/
    ],
    [
      'enabled empty',
      withTop('dependencies:\n  - name: a\n    version: "1"\n    repository: r\n    enabled:\n'),
      /enabled must be true or false but is empty/
    ],
    [
      'condition a list',
      withTop('dependencies:\n  - {name: a, version: "1", repository: r, condition: [x]}\n'),
      /dependencies\[0\]\.condition must be a string but is a list/
    ],
    [
      'resolve in camel case',
      withTop('dependencies:\n  - {name: a, version: "1", repository: r, resolve: whenEnabled}\n'),
      /dependencies\[0\]\.resolve 'whenEnabled' is not valid: write always, when-enabled or never/
    ],
    [
      'dependency tags a scalar',
      withTop('dependencies:\n  - {name: a, version: "1", repository: r, tags: web}\n'),
      /dependencies\[0\]\.tags must be a list of strings but is 'web'/
    ],
    [
      'engine ~',
      withTop('engine: ~\n'),
      /engine must be a mapping such as engine: \{strict: true\} but is '~' \(null\)/
    ],
    [
      'engine.strict not a boolean',
      withTop('engine:\n  strict: "yes"\n'),
      /line 6: engine\.strict must be true or false but is '"yes"'/
    ],
    [
      'crds ~',
      withTop('crds: ~\n'),
      /crds must be a mapping such as crds: \{install: true\} but is '~' \(null\)/
    ],
    [
      'crds a list',
      withTop('crds: [a]\n'),
      /crds must be a mapping such as crds: \{install: true\} but is a list/
    ],
    [
      'crds.install: on',
      withTop('crds:\n  install: on\n'),
      /crds\.install must be true or false but is 'on'/
    ],
    [
      'crds.upgrade ~',
      withTop('crds:\n  upgrade: ~\n'),
      /crds\.upgrade must be a mapping such as upgrade: \{enabled: true, strategy: safe\} but is '~'/
    ],
    [
      'crds.upgrade.enabled: 1',
      withTop('crds:\n  upgrade:\n    enabled: 1\n'),
      /crds\.upgrade\.enabled must be true or false but is '1'/
    ],
    [
      'crds.upgrade.strategy: Safe',
      withTop('crds:\n  upgrade:\n    strategy: Safe\n'),
      /crds\.upgrade\.strategy 'Safe' is not valid: write safe, force or skip/
    ],
    [
      'crds.uninstall.keep: "true"',
      withTop('crds:\n  uninstall:\n    keep: "true"\n'),
      /crds\.uninstall\.keep must be true or false/
    ],
    [
      'crds.waitReady: no',
      withTop('crds:\n  waitReady: no\n'),
      /crds\.waitReady must be true or false but is 'no'/
    ],
    [
      'waitTimeout: 60',
      withTop('crds:\n  waitTimeout: 60\n'),
      /crds\.waitTimeout '60' is not a duration \(a time unit is needed/
    ],
    [
      'waitTimeout: 1.5m',
      withTop('crds:\n  waitTimeout: 1.5m\n'),
      /crds\.waitTimeout '1\.5m' is not a duration \('\.' is not allowed/
    ],
    [
      'waitTimeout: -5s',
      withTop('crds:\n  waitTimeout: -5s\n'),
      /crds\.waitTimeout '-5s' is not a duration \(a number is expected/
    ],
    [
      'waitTimeout: 5H',
      withTop('crds:\n  waitTimeout: 5H\n'),
      /crds\.waitTimeout '5H' is not a duration \('H' is not a time unit\)/
    ],
    ['waitTimeout: PT5M', withTop('crds:\n  waitTimeout: PT5M\n'), /'PT5M' is not a duration/],
    [
      'waitTimeout empty',
      withTop('crds:\n  waitTimeout:\n'),
      /crds\.waitTimeout '' is not a duration \(it is empty\)/
    ],
    [
      'waitTimeout ~',
      withTop('crds:\n  waitTimeout: ~\n'),
      /crds\.waitTimeout '~' is not a duration/
    ],
    [
      'waitTimeout a list',
      withTop('crds:\n  waitTimeout: [60s]\n'),
      /crds\.waitTimeout must be a string but is a list/
    ],
    [
      'a repeated top-level key',
      withTop('apiVersion: sherpack/v1\n'),
      /line 5: apiVersion is given twice \(first at line 1\)/
    ],
    [
      'a repeated dependency field',
      withTop('dependencies:\n  - name: a\n    name: b\n    version: "1"\n    repository: r\n'),
      /line 7: dependencies\[0\]\.name is given twice \(first at line 6\)/
    ],
    [
      'a repeated crds field',
      withTop('crds:\n  install: true\n  install: false\n'),
      /crds\.install is given twice/
    ],
    [
      'two documents',
      `${withTop('')}---\nextra: 1\n`,
      /line 5: holds more than one YAML document: Sherpack reads exactly one/
    ],
    ['an empty file', '', /is empty/],
    ['only comments', '# nothing here\n', /is empty/]
  ])('refuses %s', (_what, text, expected) => {
    const err = failure(text)
    expect(err.message).toMatch(expected)
    expect(err.file).toBe(FILE)
  })

  it('refuses a file that is not UTF-8, naming the line and byte', () => {
    const bytes = Buffer.concat([
      Buffer.from(withTop('  description: caf')),
      Buffer.from([0xe9, 0x0a])
    ])
    let err: unknown
    try {
      parsePackFile(bytes, FILE)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(PackError)
    expect((err as PackError).message).toBe(
      'mypack/Pack.yaml, line 5: is not UTF-8 text (byte 0xe9): save it as UTF-8, as Sherpack reads nothing else'
    )
    expect((err as PackError).line).toBe(5)
  })

  it.each([
    [
      'unknown keys at every level',
      withTop('extra: 1\nengine:\n  strict: true\n  other: x\ncrds:\n  upgrade:\n    surprise: 1\n')
    ],
    ['repeated annotations (the last wins)', withTop('  annotations:\n    a: "1"\n    a: "2"\n')],
    ['a repeated unknown key', withTop('extra: 1\nextra: 2\n')],
    [
      'booleans in all their spellings',
      withTop(
        'engine: {strict: True}\ncrds:\n  install: FALSE\n  waitReady: false\n  upgrade: {enabled: TRUE}\n  uninstall: {keep: False}\n'
      )
    ],
    [
      'empty sections and lists',
      withTop(
        '  sources:\n  keywords:\n  maintainers:\n  annotations:\ndependencies:\nengine:\ncrds:\n  upgrade:\n'
      )
    ],
    [
      'a full dependency',
      withTop(
        'dependencies:\n  - name: redis\n    version: ^17\n    repository: oci://registry/x\n    enabled: false\n    condition: redis.enabled\n    resolve: never\n    tags: [cache]\n    alias: r\n'
      )
    ],
    ['quoted enums', withTop('kind: "library"\ncrds:\n  upgrade:\n    strategy: "force"\n')],
    ['durations humantime reads', withTop('crds:\n  waitTimeout: 1h 30m\n')],
    ['an empty maintainer name (serde reads it as "")', withTop('  maintainers:\n    - name:\n')],
    ['an empty annotation value', withTop('  annotations:\n    a:\n')],
    [
      'the largest version numbers node-semver takes',
      withTop('').replace('1.2.3', '9007199254740991.0.0-alpha.1+001')
    ]
  ])('accepts %s', (_what, text) => {
    expect(() => parsePackFile(text, FILE)).not.toThrow()
  })

  it('keeps the last of repeated annotations', () => {
    const { metadata } = parsePackFile(withTop('  annotations:\n    a: "1"\n    a: "2"\n'), FILE)
    expect(metadata.annotations).toEqual({ a: '2' })
  })

  it('warns about a mis-cased key inside a section, with a hint', () => {
    const { warnings } = parsePackFile(withTop('crds:\n  waittimeout: 60\n'), FILE)
    expect(warnings.map((w) => w.message)).toEqual([
      'mypack/Pack.yaml, line 6: crds.waittimeout is not a Pack.yaml field and is ignored (did you mean waitTimeout?)'
    ])
  })
})

describe("the action's own rule on the name", () => {
  it('refuses a name that makes the archive file name longer than a file name may be', () => {
    const name = 'a'.repeat(300)
    const err = failure(`apiVersion: sherpack/v1\nmetadata:\n  name: ${name}\n  version: 1.2.3\n`)
    expect(err.message).toMatch(
      /^mypack\/Pack\.yaml, line 3: metadata\.name and metadata\.version are too long together: the archive file name 'a{40}…' would be 313 bytes, more than the 255 a file name may have: shorten the name/
    )
    expect(err.line).toBe(3)
  })
})
