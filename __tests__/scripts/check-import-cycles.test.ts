// The lint step's import-cycle check: a cycle through any kind of import fails it, with the loop.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script, without type declarations.
import { findImportCycles } from '../../scripts/check-import-cycles.mjs'
import { runCommand } from '../support/run-command.js'

const check = findImportCycles as (dir: string) => { modules: number; cycles: string[][] }
let dir: string

async function tree(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sherpack-cycles-'))
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await writeFile(path.join(dir, name), text)
  }
  return dir
}

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('check-import-cycles', () => {
  it('passes a tree whose imports go one way', async () => {
    const root = await tree({
      'a.ts': "import { b } from './lower/b.js'\nexport const a = b\n",
      'lower/b.ts': "import type { C } from '../c.js'\nexport const b: C = 1\n",
      'c.ts': 'export type C = number\n'
    })
    expect(check(root)).toEqual({ modules: 3, cycles: [] })
  })

  it('finds a cycle made of a type-only import, as a loop', async () => {
    const root = await tree({
      'publish.ts':
        "import { one } from './one.js'\nexport interface Context { n: number }\nexport const p = one\n",
      'one.ts':
        "import type { Context } from './publish.js'\nexport const one = (c: Context) => c.n\n",
      'clean.ts': 'export const clean = 1\n'
    })
    const names = check(root).cycles.map((loop) => loop.map((file) => path.relative(root, file)))
    expect(names).toEqual([['one.ts', 'publish.ts', 'one.ts']])
  })

  it('counts dynamic imports and index files', async () => {
    const root = await tree({
      'a.ts': "export const load = () => import('./pkg')\n",
      'pkg/index.ts': "import { load } from '../a.js'\nexport const again = load\n"
    })
    expect(check(root).cycles).toHaveLength(1)
  })

  it('as a script, exits 1 and names the loop', async () => {
    const root = await tree({
      'x.ts': "import type { Y } from './y.js'\nexport type X = Y\n",
      'y.ts': "import type { X } from './x.js'\nexport type Y = X | 1\n"
    })
    const script = path.resolve(__dirname, '../../scripts/check-import-cycles.mjs')
    const result = await runCommand(process.execPath, [script, root])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Import cycle: \S*x\.ts → \S*y\.ts → \S*x\.ts/)
  })
})
