// Golden digests: the example pack and a set of representative packs, packaged with a fixed
// created time, must give exactly these archive bytes on Node 20, 22 and 24. A change of the
// compressor (Node's bundled zlib), of the tar or MANIFEST encoding, or of the file order
// moves a digest and fails here. If a change is intended, say why in the commit and update
// the digests; the OCI manifest digests are pinned with the registry layer.
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { packagePack } from '../../src/pack/index.js'
import { tempDir } from '../pack/helpers.js'

const created = new Date(Date.UTC(2026, 0, 31, 12, 0, 0))
const examplePack = fileURLToPath(new URL('../../examples/hello-pack', import.meta.url))

const packYaml = (name: string, extra = ''): string =>
  `apiVersion: sherpack/v1\nkind: application\nmetadata:\n  name: ${name}\n  version: 1.2.3\n${extra}`

/** Bytes that look like data and do not compress much, the same everywhere (an LCG). */
function pseudoRandom(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length)
  let state = seed >>> 0
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    bytes[i] = state >>> 24
  }
  return bytes
}

/** The packs, by name: relative path → content. */
const PACKS: Record<string, Record<string, string | Buffer>> = {
  minimal: { 'Pack.yaml': packYaml('minimal') },
  'long-names': {
    'Pack.yaml': packYaml('long-names'),
    [`templates/${'nested-directory/'.repeat(6)}a-template-name-long-enough.yaml`]: 'long: 1\n',
    [`templates/${'x'.repeat(120)}.yaml`]: 'long: 2\n'
  },
  'non-ascii-names': {
    'Pack.yaml': packYaml('non-ascii-names', '  description: "Déploiement 日本語"\n'),
    'templates/ñandú/值.yaml': 'unicode: true\n',
    'templates/déploiement-\u{1F600}.yaml': 'emoji: true\n',
    'templates/\uFF5E.yaml': 'fullwidth: true\n'
  },
  nested: {
    'Pack.yaml': packYaml('nested'),
    'values.yaml': 'replicas: 2\n',
    'templates/a/b.yaml': 'kind: B\n',
    'templates/a/b/c/d/e.yaml': 'kind: E\n',
    'templates/a-b.yaml': 'kind: AB\n',
    'templates/a.yaml': 'kind: A\n',
    'templates/B.YAML': 'kind: Upper\n',
    'templates/.hidden.yaml': 'kind: Hidden\n',
    'templates/_helpers.j2': '{% macro x() %}{% endmacro %}\n',
    'templates/notes.md': 'not archived\n'
  },
  'schema-file': {
    'Pack.yaml': packYaml('schema-file'),
    'values.yaml': 'image: nginx\n',
    'values.schema.json': '{"type": "object", "properties": {"image": {"type": "string"}}}\n',
    'schema.yaml': 'not archived: the first schema found wins\n',
    'templates/deployment.yaml': 'kind: Deployment\n'
  },
  'empty-values': {
    'Pack.yaml': packYaml('empty-values'),
    'values.yaml': '',
    'templates/empty.yaml': '',
    'templates/exact-block.txt': 'a'.repeat(512)
  },
  backslash: {
    'Pack.yaml': packYaml('backslash'),
    'templates/a.yaml': 'a\n',
    'templates/a\\b.yaml': 'a\\b\n'
  },
  'large-files': {
    'Pack.yaml': packYaml('large-files'),
    'templates/data.json': pseudoRandom(700_000, 7),
    'templates/text.txt': 'line of text {{ values.x }}\n'.repeat(40_000)
  },
  'many-templates': Object.fromEntries([
    ['Pack.yaml', packYaml('many-templates')],
    ...Array.from({ length: 600 }, (_, i) => [
      `templates/group-${i % 12}/cm-${i}.yaml`,
      `kind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  value: "${i * 7919}"\n`
    ])
  ])
}

/** sha256 and size of each archive; the same on every supported Node. */
const GOLDEN: Record<string, [sha256: string, size: number]> = {
  'hello-pack': ['096adcae1523faa08764911e2653bfd084d0b51248e737fcf0ac69d51d9696c8', 2277],
  minimal: ['022003b5e7e3604f986d7c73dd922b2cb6b624dc06c8b8d7bd46864682c95e80', 352],
  'long-names': ['d50e35306226614bc0d0acf365a9edc0d325c9384c189caee52e4c9bed8b6d6b', 609],
  'non-ascii-names': ['a767c0df7b9a67e1f2c917d995dbd6d09433a03cedf02bd4078b5927b66f4d43', 780],
  nested: ['0c282924c3eb3beb1306a12a16fda1a5e81c8d6c94e25422e4f00337831ecd57', 953],
  'schema-file': ['17a4dc2e2bbb3665d61973f0eeea6932867f528ebdcfa6e1b9660a3a06d18918', 647],
  'empty-values': ['04feadf94eebb2e9282e72e3066f6b6e8298dd8412d96af364422ee1fb3ed4df', 531],
  backslash: ['cccd3e9ce69f7b3fe8e701a812021fe72e8ec2e9af8fd0663e2a52689f0b6741', 495],
  'large-files': ['cf25c43c47be7ef77e6752c35065cc3941a5f5f0dd24eb582049242c01ac5577', 704983],
  'many-templates': ['c5c5334c4445814fbcd46c074f22517d18ec0f3756a84206e2b779d6f1bca464', 39344]
}

async function writePack(name: string, files: Record<string, string | Buffer>): Promise<string> {
  const root = path.join(await tempDir('golden-'), name)
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
    writeFileSync(path.join(root, rel), content)
  }
  return root
}

async function digestOf(packDir: string): Promise<[string, number]> {
  const result = await packagePack({ path: packDir, outDir: await tempDir('golden-out-'), created })
  const bytes = await readFile(result.archivePath)
  expect(result.archiveDigest).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`)
  return [createHash('sha256').update(bytes).digest('hex'), bytes.length]
}

describe(`golden archive digests (Node ${process.versions.node}, zlib ${process.versions.zlib})`, () => {
  it('covers every pack', () => {
    expect(Object.keys(GOLDEN).sort()).toEqual(['hello-pack', ...Object.keys(PACKS)].sort())
  })

  it('examples/hello-pack', async () => {
    expect(await digestOf(examplePack)).toEqual(GOLDEN['hello-pack'])
  })

  it.each(Object.keys(PACKS))('%s', async (name) => {
    expect(await digestOf(await writePack(name, PACKS[name]!))).toEqual(GOLDEN[name])
  })
})
