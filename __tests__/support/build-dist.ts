// vitest globalSetup: before any test file runs, builds the action and the CLI from the current
// sources (scripts/build.mjs) into a temporary copy of the package, laid out as npm installs it
// (package.json, action.yml, dist/), so the end-to-end tests never run a stale dist/. The package
// files matter: `"type": "module"` is what makes dist/*.js ES modules on every Node we support.
// The committed dist/ is left alone: scripts/test.sh checks it separately.
// A failed build does not stop unit tests: runAction() reports it when a test needs the bundle.
import { execFile } from 'node:child_process'
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The dist/ directory built from the current sources, or why the build failed. */
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
  const root = await mkdtemp(path.join(os.tmpdir(), 'sherpack-package-'))
  for (const file of ['package.json', 'action.yml']) {
    await copyFile(path.join(repoRoot, file), path.join(root, file))
  }
  const dir = path.join(root, 'dist')
  project.provide('builtDist', { dir, error: await runBuild(dir) })
  return () => rm(root, { recursive: true, force: true })
}
