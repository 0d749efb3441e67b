// Hostile prebuilt archives pushed by the action against the real registry: each run fails with
// one error naming the entry, and nothing reaches the registry (catalog, tags and access log
// unchanged). The table is the packager's (__tests__/support/hostile-archives.ts).
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HOSTILE_CASES, hostileArchive } from '../support/hostile-archives.js'
import { runAction } from '../support/action.js'
import type { TestRegistry } from '../support/registry.js'
import { startSeededRegistry, type SeededRegistry } from '../support/e2e-seeded-registry.js'

const SEED = 'seed/hello'

let seeded: SeededRegistry
let registry: TestRegistry
let fixtures: string

beforeAll(async () => {
  // Something to leave untouched.
  seeded = await startSeededRegistry(SEED, ['1.0.0'], 'hostile-archives-')
  ;({ registry, dir: fixtures } = seeded)
})

afterAll(async () => {
  await seeded?.stop()
})

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('hostile archives fail cleanly and nothing reaches the registry', () => {
  it.each(HOSTILE_CASES.map((c, i) => ({ ...c, index: i })))(
    '$name',
    async ({ pieces, entry, problem, index }) => {
      const file = path.join(fixtures, `hostile-${index}.tgz`)
      await writeFile(file, hostileArchive(pieces))
      const expectUntouched = await seeded.watch()

      const run = await runAction({
        inputs: {
          path: file,
          destination: `oci://${registry.host}/hostile`,
          tags: 'pushed',
          'plain-http': 'true'
        }
      })

      expect(run.exitCode).toBe(1)
      expect(run.errors).toHaveLength(1)
      const error = run.errors[0] as string
      // The runner's error line escapes newlines and percent signs in the message.
      const shown = entry.replace(/%/g, '%25')
      expect(error).toMatch(new RegExp(`the entry '${escape(shown)}' `))
      expect(error).toMatch(problem)
      expect(error).not.toMatch(/unexpected error|please report/i)
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)

      await expectUntouched()
      expect(await registry.listTags('hostile')).toEqual([])
    }
  )
})
