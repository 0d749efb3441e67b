import { mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  comparePathComponents,
  isTemplateFile,
  selectPackFiles,
  templateExtension
} from '../../src/pack/select.js'
import { PackError } from '../../src/pack/types.js'
import { PACK_YAML, makePack, tempDir } from '../support/pack-files.js'

const names = async (dir: string): Promise<string[]> =>
  (await selectPackFiles(dir, 'mypack')).files.map((f) => f.name)

describe('selectPackFiles', () => {
  it('orders Pack.yaml, values.yaml, the schema, then templates', async () => {
    const dir = await makePack({
      'templates/service.yaml': 's',
      'values.yaml': 'v',
      'Pack.yaml': PACK_YAML,
      'values.schema.json': '{}',
      'templates/deployment.yaml': 'd'
    })
    expect(await names(dir)).toEqual([
      'Pack.yaml',
      'values.yaml',
      'values.schema.json',
      'templates/deployment.yaml',
      'templates/service.yaml'
    ])
  })

  it('takes only the first schema file in precedence order', async () => {
    const all = {
      'values.schema.yaml': 'a',
      'values.schema.json': 'b',
      'schema.yaml': 'c',
      'schema.json': 'd'
    }
    const order = Object.keys(all)
    for (let i = 0; i < order.length; i++) {
      const present = Object.fromEntries(order.slice(i).map((k) => [k, 'x']))
      const dir = await makePack({ 'Pack.yaml': PACK_YAML, ...present })
      expect(await names(dir)).toEqual(['Pack.yaml', order[i]])
    }
  })

  it('keeps template extensions case-insensitively and drops the rest', async () => {
    const dir = await makePack({
      'Pack.yaml': PACK_YAML,
      'templates/a.yaml': '',
      'templates/b.yml': '',
      'templates/c.j2': '',
      'templates/d.jinja2': '',
      'templates/e.txt': '',
      'templates/f.json': '',
      'templates/G.YAML': '',
      'templates/h.Json': '',
      'templates/README.md': '',
      'templates/i.tpl': '',
      'templates/noext': '',
      'templates/j.yaml.bak': '',
      'templates/trailing.': ''
    })
    expect(await names(dir)).toEqual([
      'Pack.yaml',
      'templates/G.YAML',
      'templates/a.yaml',
      'templates/b.yml',
      'templates/c.j2',
      'templates/d.jinja2',
      'templates/e.txt',
      'templates/f.json',
      'templates/h.Json'
    ])
  })

  it('drops `.yaml` (its only dot is the first character) but keeps `.hidden.yaml`', async () => {
    const dir = await makePack({
      'Pack.yaml': PACK_YAML,
      'templates/.yaml': '',
      'templates/.hidden.yaml': '',
      'templates/..yaml': '',
      'templates/sub/.yml': ''
    })
    expect(await names(dir)).toEqual(['Pack.yaml', 'templates/..yaml', 'templates/.hidden.yaml'])
  })

  it('sorts component by component: a/b.yaml before a-b.yaml, at any depth', async () => {
    const dir = await makePack({
      'Pack.yaml': PACK_YAML,
      'templates/a-b.yaml': '',
      'templates/a/b.yaml': '',
      'templates/a/z/deep.yaml': '',
      'templates/a.yaml': '',
      'templates/B.yaml': '',
      'templates/é.yaml': '',
      'templates/z.yaml': ''
    })
    expect(await names(dir)).toEqual([
      'Pack.yaml',
      'templates/B.yaml',
      'templates/a/b.yaml',
      'templates/a/z/deep.yaml',
      'templates/a-b.yaml',
      'templates/a.yaml',
      'templates/z.yaml',
      'templates/é.yaml'
    ])
  })

  it('warns, without failing, about crds/, charts/ and files/', async () => {
    const dir = await makePack({
      'Pack.yaml': PACK_YAML,
      'crds/crd.yaml': 'x',
      'charts/sub/Pack.yaml': 'x',
      'files/a.txt': 'x',
      'README.md': 'x'
    })
    const { files, warnings } = await selectPackFiles(dir, 'mypack')
    expect(files.map((f) => f.name)).toEqual(['Pack.yaml'])
    expect(warnings.map((w) => w.file)).toEqual(['mypack/crds', 'mypack/charts', 'mypack/files'])
    expect(warnings[0]?.message).toBe(
      'mypack/crds/ is not archived: `sherpack package` puts only Pack.yaml, values.yaml, the values schema and templates/ in the archive, so crds/ will not be pushed'
    )
  })

  it('fails clearly without Pack.yaml', async () => {
    const dir = await makePack({ 'values.yaml': 'x' })
    const err = await selectPackFiles(dir, 'mypack').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PackError)
    expect((err as PackError).message).toBe(
      "the directory 'mypack' has no Pack.yaml: point the pack path at the pack directory (the one holding Pack.yaml) or at a packed .tar.gz"
    )
  })

  it('fails when Pack.yaml is a directory', async () => {
    const dir = await makePack({ 'Pack.yaml/x': '' })
    await expect(selectPackFiles(dir, 'mypack')).rejects.toThrow(
      'mypack/Pack.yaml is not a regular file: Pack.yaml must be a file'
    )
  })
})

describe('selectPackFiles and symlinks', () => {
  it('archives a symlink to a file inside the pack under the link name', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML, 'shared/common.yaml': 'c' })
    await mkdir(path.join(dir, 'templates'))
    await symlink('../shared/common.yaml', path.join(dir, 'templates/linked.yaml'))
    await symlink(path.join(dir, 'shared/common.yaml'), path.join(dir, 'values.yaml'))
    const { files } = await selectPackFiles(dir, 'mypack')
    expect(files.map((f) => f.name)).toEqual(['Pack.yaml', 'values.yaml', 'templates/linked.yaml'])
  })

  it('follows templates/ itself when it links inside the pack', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML, 'real/t.yaml': 't' })
    await symlink('real', path.join(dir, 'templates'))
    expect(await names(dir)).toEqual(['Pack.yaml', 'templates/t.yaml'])
  })

  it('does not descend into a directory symlink under templates/ (as sherpack), with a warning', async () => {
    const dir = await makePack({
      'Pack.yaml': PACK_YAML,
      'templates/a.yaml': '',
      'other/b.yaml': ''
    })
    await symlink('../other', path.join(dir, 'templates/other'))
    const { files, warnings } = await selectPackFiles(dir, 'mypack')
    expect(files.map((f) => f.name)).toEqual(['Pack.yaml', 'templates/a.yaml'])
    expect(warnings.map((w) => w.message)).toEqual([
      'mypack/templates/other is a symlink to a directory: `sherpack package` does not follow directory symlinks, so its files are not archived; move the files into templates/ instead'
    ])
  })

  it('leaves out a dangling template symlink with a warning', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML, 'templates/a.yaml': '' })
    await symlink('missing.yaml', path.join(dir, 'templates/gone.yaml'))
    const { files, warnings } = await selectPackFiles(dir, 'mypack')
    expect(files.map((f) => f.name)).toEqual(['Pack.yaml', 'templates/a.yaml'])
    expect(warnings[0]?.message).toBe(
      'mypack/templates/gone.yaml is a symlink to a missing file and is left out of the archive'
    )
  })

  it.each([
    ['a template file', 'templates/secret.yaml', 'file'],
    ['a nested template file', 'templates/deep/er/secret.yaml', 'file'],
    ['a directory under templates/', 'templates/outside', 'dir'],
    ['templates/ itself', 'templates', 'dir'],
    ['Pack.yaml', 'Pack.yaml', 'file'],
    ['values.yaml', 'values.yaml', 'file'],
    ['the schema', 'values.schema.json', 'file']
  ])('refuses %s linking outside the pack, naming the link', async (_what, rel, kind) => {
    const outside = await tempDir('outside-')
    await writeFile(path.join(outside, 'secret.yaml'), 'password: hunter2')
    const files: Record<string, string> = { 'templates/ok.yaml': '' }
    if (rel !== 'Pack.yaml') files['Pack.yaml'] = PACK_YAML
    const dir = await makePack(files)
    const link = path.join(dir, rel)
    await mkdir(path.dirname(link), { recursive: true })
    if (rel === 'templates') await rm(link, { recursive: true })
    await symlink(kind === 'dir' ? outside : path.join(outside, 'secret.yaml'), link)
    const err = await selectPackFiles(dir, 'mypack').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PackError)
    expect((err as PackError).message).toMatch(
      new RegExp(
        `^mypack/${rel.replace(/\./g, '\\.')} is a symlink to '.+', outside the pack directory: a pack may only read its own files`
      )
    )
    expect((err as PackError).file).toBe(`mypack/${rel}`)
  })

  it('judges "inside" by the real pack path, even when the pack path is itself a symlink', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML, 'templates/a.yaml': 'a' })
    await symlink('a.yaml', path.join(dir, 'templates/b.yaml'))
    const alias = path.join(await tempDir(), 'alias')
    await symlink(dir, alias)
    expect((await selectPackFiles(alias, 'alias')).files.map((f) => f.name)).toEqual([
      'Pack.yaml',
      'templates/a.yaml',
      'templates/b.yaml'
    ])
  })
})

describe('name rules', () => {
  it('mirrors Rust Path::extension', () => {
    expect(templateExtension('a.yaml')).toBe('yaml')
    expect(templateExtension('.yaml')).toBeUndefined()
    expect(templateExtension('.hidden.yaml')).toBe('yaml')
    expect(templateExtension('a.tar.gz')).toBe('gz')
    expect(templateExtension('noext')).toBeUndefined()
    expect(templateExtension('trailing.')).toBe('')
    expect(isTemplateFile('X.JINJA2')).toBe(true)
    expect(isTemplateFile('x.md')).toBe(false)
  })

  it('compares paths by component, then by UTF-8 bytes', () => {
    const sorted = ['a-b', 'a/b', 'a', 'A', 'a/b/c', '\u{1F600}', '\uFF5E'].sort(
      comparePathComponents
    )
    // U+FF5E is EF BD 9E in UTF-8, before the emoji's F0; JS string order says the opposite.
    expect(sorted).toEqual(['A', 'a', 'a/b', 'a/b/c', 'a-b', '\uFF5E', '\u{1F600}'])
  })
})
