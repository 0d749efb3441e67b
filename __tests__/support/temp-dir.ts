// vitest globalSetup: the run keeps its temporary files in a directory of its own. TMPDIR is
// what os.tmpdir(), mktemp, git, skopeo and docker-registry all read, and the test workers and
// every process they start inherit it. At the end that directory must be empty: an entry left
// there is a test that did not clean up after itself, and fails the run, named. The directory
// is removed either way, so the system temp dir holds nothing new after a run.
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/**
 * Marks, on the main process's global object (which every loading of this file shares, and a
 * test worker does not), that a run's temp dir is in place: both test tiers list this setup,
 * and one dir serves both.
 */
const IN_PLACE = Symbol.for('sherpack.tests.tmpdir')
const runState = globalThis as { [IN_PLACE]?: string }

export default async function setup(): Promise<() => Promise<void>> {
  if (runState[IN_PLACE] !== undefined) return async () => {}
  const previous = process.env.TMPDIR
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sherpack-tests-'))
  process.env.TMPDIR = dir
  runState[IN_PLACE] = dir
  return async () => {
    delete runState[IN_PLACE]
    if (previous === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previous
    const left = await readdir(dir)
    await rm(dir, { recursive: true, force: true })
    if (left.length > 0) {
      // vitest reports an error thrown here but still exits 0: the exit code is set instead.
      process.exitCode = 1
      console.error(
        `\nFAIL the tests left ${left.length} entries in the temp dir: ${left.sort().join(', ')}. ` +
          'Remove what a test creates in its own afterAll/afterEach or finally.'
      )
    }
  }
}
