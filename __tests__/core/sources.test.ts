import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { expandPackPaths } from '../../src/core/sources.js'
import { tempDir } from '../support/temp.js'

let root: string
beforeAll(async () => {
  root = await tempDir('sources-')
  for (const dir of ['packs/b', 'packs/a', 'packs/c/nested', 'charts/x/y', 'packs/not-a-pack']) {
    await mkdir(path.join(root, dir), { recursive: true })
  }
  for (const dir of ['packs/b', 'packs/a', 'packs/c/nested', 'charts/x/y']) {
    await writeFile(path.join(root, dir, 'Pack.yaml'), 'x')
  }
  await writeFile(path.join(root, 'packs', 'z-1.0.0.tgz'), 'x')
})

describe('expandPackPaths', () => {
  it('matches directories holding a Pack.yaml, sorted, and archives', async () => {
    expect(await expandPackPaths(['packs/*'], root)).toEqual([
      'packs/a',
      'packs/b',
      'packs/z-1.0.0.tgz'
    ])
    expect(await expandPackPaths(['charts/**'], root)).toEqual(['charts/x/y'])
  })

  it('keeps the entries in the order given, each path once', async () => {
    expect(await expandPackPaths(['packs/b', 'packs/*', 'packs/c/nested'], root)).toEqual([
      'packs/b',
      'packs/a',
      'packs/z-1.0.0.tgz',
      'packs/c/nested'
    ])
  })

  it('refuses a glob that matches no pack, naming it', async () => {
    await expect(expandPackPaths(['nothing/*'], root)).rejects.toThrow(
      'The pack path glob "nothing/*" matches no pack'
    )
  })

  it('refuses a path that does not exist before any work', async () => {
    await expect(expandPackPaths(['packs/a', 'packs/missing'], root)).rejects.toThrow(
      /path '.*packs\/missing' does not exist: point the pack path at a pack directory/
    )
  })
})
