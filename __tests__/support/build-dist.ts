// vitest globalSetup: before any test file runs, builds the action and the CLI from the current
// sources (scripts/build.mjs) into a temporary directory, so the end-to-end tests never run a
// stale dist/. The committed dist/ is left alone: scripts/test.sh checks it separately.
// A failed build does not stop unit tests: runAction() reports it when a test needs the bundle.
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the bundles built from the current sources are, or why the build failed. */
    builtDist: { dir: string; error: string }
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

function runBuild(outdir: string): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, 'scripts', 'build.mjs'), '--outdir', outdir],
      { cwd: repoRoot, timeout: 120_000 },
      (error, _stdout, stderr) => resolve(error ? stderr.trim() || error.message : '')
    )
  })
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sherpack-dist-'))
  project.provide('builtDist', { dir, error: await runBuild(dir) })
  return () => rm(dir, { recursive: true, force: true })
}
