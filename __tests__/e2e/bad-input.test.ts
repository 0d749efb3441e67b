// Every kind of bad input the action must refuse: one clear ::error line, exit code 1, no stack
// trace, and nothing written to the registry (its catalog, tags and access log prove it).
import { gzipSync } from 'node:zlib'
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { examplePack, runAction } from '../support/action.js'
import type { TestRegistry } from '../support/registry.js'
import { startSeededRegistry, type SeededRegistry } from '../support/e2e-seeded-registry.js'

const SEED = 'seed/hello'
const SEED_TAGS = ['1.0.0', 'stable']

let seeded: SeededRegistry
let registry: TestRegistry
let fixtures: string

/** A pack directory `name` under the fixtures, holding `packYaml` and one template. */
async function pack(name: string, packYaml: string): Promise<string> {
  const dir = path.join(fixtures, name)
  await mkdir(path.join(dir, 'templates'), { recursive: true })
  await writeFile(path.join(dir, 'Pack.yaml'), packYaml)
  await writeFile(path.join(dir, 'templates', 'cm.yaml'), 'kind: ConfigMap\n')
  return dir
}

const packYaml = (metadata: string, apiVersion = 'sherpack/v1'): string =>
  `apiVersion: ${apiVersion}\nkind: application\nmetadata:\n${metadata}`

beforeAll(async () => {
  // Something to leave untouched: a repository with two tags.
  seeded = await startSeededRegistry(SEED, SEED_TAGS, 'bad-input-')
  ;({ registry, dir: fixtures } = seeded)

  await mkdir(path.join(fixtures, 'empty'))
  await pack('not-yaml', 'apiVersion: sherpack/v1\nmetadata: [name: x\n  version: 1\n')
  await pack('api-v2', packYaml('  name: x\n  version: 1.0.0\n', 'v2'))
  await pack('no-name', packYaml('  version: 1.0.0\n'))
  await pack('bad-name', packYaml('  name: Bad Name!\n  version: 1.0.0\n'))
  await pack('no-version', packYaml('  name: x\n'))
  await pack('bad-version', packYaml('  name: x\n  version: one.two\n'))
  const leaky = await pack('symlink-out', packYaml('  name: x\n  version: 1.0.0\n'))
  await writeFile(path.join(fixtures, 'outside.yaml'), 'secret: outside the pack\n')
  await symlink(path.join(fixtures, 'outside.yaml'), path.join(leaky, 'templates', 'leak.yaml'))

  await writeFile(path.join(fixtures, 'not-gzip.tar.gz'), 'just text, not gzip\n')
  await writeFile(
    path.join(fixtures, 'not-tar.tar.gz'),
    gzipSync(Buffer.from('gzip, but no tar inside\n'.repeat(50)))
  )
  const plain = await pack('plain', packYaml('  name: plain\n  version: 1.0.0\n'))
  await tar.c({ gzip: true, file: path.join(fixtures, 'no-manifest.tar.gz'), cwd: plain }, [
    'Pack.yaml',
    'templates/cm.yaml'
  ])

  // A real archive of the example pack with one template edited after packaging.
  const packaged = await runAction({
    inputs: { path: examplePack, push: 'false', destination: `oci://${registry.host}/unused` }
  })
  expect(packaged.exitCode).toBe(0)
  const unpacked = path.join(fixtures, 'unpacked')
  await mkdir(unpacked)
  const entries: string[] = []
  await tar.t({ file: packaged.outputs.archive, onReadEntry: (e) => entries.push(e.path) })
  await tar.x({ file: packaged.outputs.archive as string, cwd: unpacked })
  const service = path.join(unpacked, 'templates', 'service.yaml')
  await writeFile(service, (await readFile(service, 'utf8')) + '# edited\n')
  await tar.c(
    {
      gzip: true,
      portable: true,
      file: path.join(fixtures, 'tampered-0.1.0.tar.gz'),
      cwd: unpacked
    },
    entries
  )
})

afterAll(async () => {
  await seeded?.stop()
})

interface BadInput {
  name: string
  /** Inputs over the defaults (the example pack, pushed to the seeded repository as 'bad'). */
  inputs: () => Record<string, string>
  /** Every pattern must match the one error line. */
  message: RegExp[]
}

const host = (): string => registry.host
const destination = (ref: string) => () => ({ destination: ref.replace('HOST', host()) })
const inFixtures = (name: string) => () => ({ path: path.join(fixtures, name) })

const cases: BadInput[] = [
  {
    name: 'missing path',
    inputs: () => ({ path: path.join(fixtures, 'no-such-dir') }),
    message: [/path '.*no-such-dir' does not exist/, /point the pack path at a pack directory/]
  },
  {
    name: 'path without Pack.yaml',
    inputs: inFixtures('empty'),
    message: [/'.*empty' has no Pack\.yaml/, /point the pack path at the pack directory/]
  },
  {
    name: 'Pack.yaml that is not YAML',
    inputs: inFixtures('not-yaml'),
    message: [/not-yaml\/Pack\.yaml/, /not valid YAML/]
  },
  {
    name: 'wrong apiVersion',
    inputs: inFixtures('api-v2'),
    message: [/apiVersion 'v2'/, /sherpack\/v1/]
  },
  {
    name: 'missing name',
    inputs: inFixtures('no-name'),
    message: [/no-name\/Pack\.yaml/, /metadata\.name is missing/]
  },
  {
    name: 'invalid name',
    inputs: inFixtures('bad-name'),
    message: [/metadata\.name 'Bad Name!'/, /not a valid pack name/]
  },
  {
    name: 'missing version',
    inputs: inFixtures('no-version'),
    message: [/no-version\/Pack\.yaml/, /metadata\.version is missing/]
  },
  {
    name: 'invalid version',
    inputs: inFixtures('bad-version'),
    message: [/metadata\.version 'one\.two'/, /SemVer/]
  },
  {
    name: 'a symlink leaving the pack',
    inputs: inFixtures('symlink-out'),
    message: [/templates\/leak\.yaml/, /outside the pack/]
  },
  {
    name: 'a .tar.gz that is not gzip',
    inputs: inFixtures('not-gzip.tar.gz'),
    message: [/not-gzip\.tar\.gz is not a gzip file/]
  },
  {
    name: 'a .tar.gz that is not tar',
    inputs: inFixtures('not-tar.tar.gz'),
    message: [/not-tar\.tar\.gz/, /does not hold a tar archive/]
  },
  {
    name: 'a .tar.gz without MANIFEST',
    inputs: inFixtures('no-manifest.tar.gz'),
    message: [/no-manifest\.tar\.gz has no MANIFEST entry/]
  },
  {
    name: 'a .tar.gz whose MANIFEST disagrees with its files',
    inputs: inFixtures('tampered-0.1.0.tar.gz'),
    message: [/'templates\/service\.yaml' does not match its MANIFEST checksum/]
  },
  {
    name: 'an https:// destination',
    inputs: destination(`https://HOST/${SEED}`),
    message: [/'https:\/\/127\.0\.0\.1:\d+\/seed\/hello'/, /must start with 'oci:\/\/'/]
  },
  {
    name: 'a destination without a scheme',
    inputs: destination(`HOST/${SEED}`),
    message: [/'127\.0\.0\.1:\d+\/seed\/hello'/, /must start with 'oci:\/\/'/]
  },
  {
    name: 'a repository with capitals',
    inputs: destination('oci://HOST/Seed/Hello'),
    message: [/'Seed\/Hello' has capitals/, /only accept lower case/]
  },
  {
    name: 'a repository with illegal characters',
    inputs: destination('oci://HOST/seed/hel$lo'),
    message: [/invalid path component 'hel\$lo'/]
  },
  {
    name: 'a port out of range',
    inputs: destination(`oci://127.0.0.1:70000/${SEED}`),
    message: [/port '70000' is out of range/]
  },
  {
    name: 'a tag over 128 characters',
    inputs: () => ({ tags: 'a'.repeat(129) }),
    message: [/a{129}/, /128/]
  },
  {
    name: 'a destination tag over 128 characters',
    inputs: destination(`oci://HOST/${SEED}:${'b'.repeat(129)}`),
    message: [/tag 'b{129}' is 129 characters long/, /at most 128/]
  },
  {
    name: 'a literal tag that is not a valid tag (refused, never rewritten)',
    inputs: () => ({ tags: '...' }),
    message: [/Tag "\.\.\." is not a valid tag/, /pushed exactly as typed/]
  },
  {
    name: 'a literal tag that would once have been rewritten to latest',
    inputs: () => ({ tags: '../latest' }),
    message: [/Tag "\.\.\/latest" is not a valid tag/]
  },
  {
    name: 'a path line that would be echoed as a workflow command',
    inputs: () => ({ path: 'no-such-pack\n::warning::pwned' }),
    message: [/path '.*no-such-pack' does not exist/]
  },
  {
    name: 'an annotations line without =',
    inputs: () => ({ annotations: 'org.opencontainers.image.vendor' }),
    message: [/line 1 \("org\.opencontainers\.image\.vendor"\) has no "="/]
  },
  {
    name: 'plain-http: yes',
    inputs: () => ({ 'plain-http': 'yes' }),
    message: [/^Input plain-http must be true or false, got "yes"$/]
  },
  {
    name: 'overwrite: maybe',
    inputs: () => ({ overwrite: 'maybe' }),
    message: [/^Input overwrite must be true or false, got "maybe"$/]
  },
  {
    name: 'push: 1',
    inputs: () => ({ push: '1' }),
    message: [/^Input push must be true or false, got "1"$/]
  }
]

describe('bad input fails cleanly and writes nothing', () => {
  it.each(cases)('$name', async ({ inputs, message }) => {
    const expectUntouched = await seeded.watch()

    const run = await runAction({
      inputs: {
        path: examplePack,
        destination: `oci://${registry.host}/${SEED}`,
        tags: 'bad',
        'plain-http': 'true',
        ...inputs()
      }
    })

    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    const error = run.errors[0] as string
    for (const pattern of message) expect(error).toMatch(pattern)
    expect(error).not.toMatch(/unexpected error/)
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
    // No echoed value became a workflow command of its own.
    expect(run.stdout.split('\n').filter((line) => /^\s*::warning::/.test(line))).toEqual([])

    // Refused before the registry was even contacted.
    await expectUntouched()
  })
})
