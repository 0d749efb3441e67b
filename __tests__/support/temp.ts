// Temporary directories for a test file, removed once its tests are done: the run's temp dir
// must be empty at the end (temp-dir.ts checks it), so nothing a test makes is left behind.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A fresh directory in the temp dir, removed after the test file. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** Removes, after the test file, a directory something else made (e.g. the action's work dir). */
export function removeAfterAll(dir: string): void {
  made.push(dir)
}
