// Golden digests: the example pack and a set of representative packs, packaged with a fixed
// created time, must give exactly these archive bytes on Node 20, 22 and 24. A change of the
// compressor (Node's bundled zlib), of the tar or MANIFEST encoding, or of the file order
// moves a digest and fails here. If a change is intended, say why in the commit and update
// the digests. The OCI manifest built from each archive (config blob, annotations from a fixed
// commit) is pinned too: a change to the config JSON or the annotation rules moves it.
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { manifestAnnotations } from '../../src/core/annotations.js'
import { buildPackArtifact } from '../../src/core/artifact.js'
import type { SourceContext } from '../../src/core/source.js'
import { packagePack } from '../../src/pack/index.js'
import { tempDir } from '../support/pack-files.js'

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

/** The OCI manifest digest of each, with SOURCE's annotations. */
const GOLDEN_MANIFESTS: Record<string, string> = {
  'hello-pack': 'sha256:7689f5992aee153b7d183a8ba593c370918165efae449fec89427ff39b241b7c',
  minimal: 'sha256:7f4f0980c9fe58d1f3bec9786c88e09553d308a92cef529f8b9ba1767db85ee8',
  'long-names': 'sha256:0259a45f9b1057c7bec84f1312f368b14ae05f4c704db9caa9361cec5e3052dd',
  'non-ascii-names': 'sha256:986292a2a314873ec1cadf6b19fc82883df9fea0a769240dbac6653bc4f98e84',
  nested: 'sha256:a212ccdcec4100f580e18f1a770096d64ea9629e0e34eaffcbc0236adab72307',
  'schema-file': 'sha256:39e87dd97a31f3d87900483629f9a00525d6c2e15314233b60597a76c3675db8',
  'empty-values': 'sha256:d1d5e708ae506b3963a1aacd3c5528c7a51ec387b17083a77c951df4ca3fcb44',
  backslash: 'sha256:e31cd2a667b80683476d81055882ecae842ccfdcd617f3b8c25f2a20400824e2',
  'large-files': 'sha256:2def8782609057067469ceeb919c55c973f805a65ac582a22dc131e397247cfd',
  'many-templates': 'sha256:d1ca60f3eb8d034556c3bf7e9654f793f2eb4076b268ec353a71c9d7d5d19b6c'
}

async function writePack(name: string, files: Record<string, string | Buffer>): Promise<string> {
  const root = path.join(await tempDir('golden-'), name)
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
    writeFileSync(path.join(root, rel), content)
  }
  return root
}

/** The commit the manifests' annotations come from. */
const SOURCE: SourceContext = {
  sha: '0123456789abcdef0123456789abcdef01234567',
  repository: 'sherpack/push-action',
  serverUrl: 'https://github.com'
}

const manifests: Record<string, string> = {}

async function digestOf(packDir: string, name: string): Promise<[string, number]> {
  const result = await packagePack({ path: packDir, outDir: await tempDir('golden-out-'), created })
  const bytes = await readFile(result.archivePath)
  expect(result.archiveDigest).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`)
  const annotations = manifestAnnotations({
    metadata: result.metadata,
    created: result.created,
    context: SOURCE,
    user: {}
  })
  manifests[name] = buildPackArtifact(result, annotations).manifest.digest
  return [createHash('sha256').update(bytes).digest('hex'), bytes.length]
}

describe(`golden archive digests (Node ${process.versions.node}, zlib ${process.versions.zlib})`, () => {
  it('covers every pack', () => {
    expect(Object.keys(GOLDEN).sort()).toEqual(['hello-pack', ...Object.keys(PACKS)].sort())
  })

  it('examples/hello-pack', async () => {
    expect(await digestOf(examplePack, 'hello-pack')).toEqual(GOLDEN['hello-pack'])
    expect(manifests['hello-pack']).toBe(GOLDEN_MANIFESTS['hello-pack'])
  })

  it.each(Object.keys(PACKS))('%s', async (name) => {
    expect(await digestOf(await writePack(name, PACKS[name]!), name)).toEqual(GOLDEN[name])
    expect(manifests[name]).toBe(GOLDEN_MANIFESTS[name])
  })
})
