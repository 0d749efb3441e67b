import { describe, expect, it } from 'vitest'
import { isStrictSemVer, parsePackFile } from '../../src/pack/packfile.js'
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
        `mypack/Pack.yaml, line 4: metadata.version '${version}' is not a valid SemVer 2.0 version: write MAJOR.MINOR.PATCH such as 1.2.0, with no 'v' prefix or leading zeros (a pre-release like 1.2.0-rc.1 and build metadata like 1.2.0+b7 are allowed)`
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
  it('accepts SemVer 2.0 exactly as written, build metadata included', () => {
    for (const v of ['0.0.0', '1.2.3', '1.2.3-rc.1', '1.2.3+b7', '1.2.3-alpha.1+sha.5114f85']) {
      expect(isStrictSemVer(v), v).toBe(true)
    }
    for (const v of ['1.2', 'v1.2.3', ' 1.2.3', '1.2.3 ', '1.02.3', '1.2.3-', '']) {
      expect(isStrictSemVer(v), v).toBe(false)
    }
  })
})
