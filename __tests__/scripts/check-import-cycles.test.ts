// The lint step's import-cycle check: a cycle through any kind of import fails it, with the loop.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCommand } from '../support/run-command.js'

const script = path.resolve(__dirname, '../../scripts/check-import-cycles.mjs')
let dir: string

async function tree(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sherpack-cycles-'))
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await writeFile(path.join(dir, name), text)
  }
  return dir
}

async function check(root: string): Promise<{ code: number | null; output: string }> {
  const result = await runCommand(process.execPath, [script, root])
  return { code: result.code, output: result.stdout.toString() + result.stderr }
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
    expect(await check(root)).toEqual({
      code: 0,
      output: expect.stringContaining('No import cycle among the 3 modules') as string
    })
  })

  it('fails on a cycle made of a type-only import, and names the loop', async () => {
    const root = await tree({
      'publish.ts':
        "import { one } from './one.js'\nexport interface Context { n: number }\nexport const p = one\n",
      'one.ts':
        "import type { Context } from './publish.js'\nexport const one = (c: Context) => c.n\n",
      'clean.ts': 'export const clean = 1\n'
    })
    const { code, output } = await check(root)
    expect(code).toBe(1)
    expect(output).toMatch(/Import cycle: \S*one\.ts → \S*publish\.ts → \S*one\.ts/)
    expect(output).toContain('1 import cycle(s)')
  })

  it('counts dynamic imports and index files', async () => {
    const root = await tree({
      'a.ts': "export const load = () => import('./pkg/index.js')\n",
      'pkg/index.ts': "import { load } from '../a.js'\nexport const again = load\n"
    })
    expect((await check(root)).code).toBe(1)
  })
})
