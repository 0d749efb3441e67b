// Two tiers, one config. `vitest run` (npm test, land) runs both; `npm run test:unit` runs the
// unit tier alone: no registry, no proxy, no skopeo, no dist/ build, in seconds.
//
// A test file is in the integration tier when it imports a support module that starts a real
// service or runs the built bundle (the list below); every other file is a unit test. So a new
// test lands in the right tier by what it uses, with no list of files to keep up to date.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

/**
 * Support modules that start a registry or a proxy, run an independent peer (skopeo, minisign)
 * or run dist/ built for the run.
 */
const SERVICE_MODULES = [
  'registry',
  'action',
  'cli-harness',
  'skopeo',
  'minisign',
  'tinyproxy',
  'fault-proxy'
]
const IMPORTS_A_SERVICE = new RegExp(
  `from '(?:\\.{1,2}/)+(?:support/|e2e/)?(?:${SERVICE_MODULES.join('|')})\\.js'`
)

const testFiles = readdirSync('__tests__', { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => path.posix.join('__tests__', name.split(path.sep).join('/')))
const integrationFiles = testFiles.filter((file) =>
  IMPORTS_A_SERVICE.test(readFileSync(file, 'utf8'))
)

/** A temp dir of the run's own, checked empty at the end (both tiers write temp files). */
const TEMP_DIR = '__tests__/support/temp-dir.ts'

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration suites start their own registries; two cores, so keep the fan-out modest.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['__tests__/**/*.test.ts'],
          exclude: integrationFiles,
          globalSetup: [TEMP_DIR]
        }
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: integrationFiles,
          // dist/ built from the current sources, into the run's temp dir, for the end-to-end tests.
          globalSetup: [TEMP_DIR, '__tests__/support/build-dist.ts']
        }
      }
    ]
  }
})
