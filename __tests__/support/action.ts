// Runs the bundled action as a runner would: a fresh process with INPUT_* and GITHUB_* variables,
// files for GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, and an empty HOME so no Docker config of the
// machine leaks in. The bundle is the one built from the current sources by the global setup
// (build-dist.ts), not the committed dist/, which may lag behind while developing.
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, inject } from 'vitest'
import { parseOutputFile } from './output-file.js'
import { repoRoot } from './repo.js'
import { runCommand } from './run-command.js'

// Each run's RUNNER_TEMP holds what its outputs name (the archive): kept until the file ends.
const workDirs: string[] = []
afterAll(async () => {
  await Promise.all(workDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

export { repoRoot }
const builtDist = inject('builtDist')
/** dist/ as built from the current sources: index.js (the action), cli.js, licenses.txt. */
export const distDir = builtDist.dir
export const bundle = path.join(distDir, 'index.js')
export const examplePack = path.join(repoRoot, 'examples', 'hello-pack')

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Lines the runner would show as errors (`::error …::message`). */
  errors: string[]
  home: string
}

export interface RunActionOptions {
  /** Action inputs by their action.yml names (path, destination, plain-http, …). */
  inputs: Record<string, string>
  /** Extra environment (GITHUB_REF, SOURCE_DATE_EPOCH, DOCKER_CONFIG, …). */
  env?: Record<string, string>
  /** Node binary to run the bundle with (default: this process's). */
  node?: string
  /** Reuse a HOME (e.g. one holding .docker/config.json). */
  home?: string
}

/**
 * The path of a file of dist/ (index.js, cli.js) built by the global setup; throws the build's
 * errors when it could not be built from the current sources. The directory starts empty, so a
 * file there is this run's build.
 */
export function builtFile(name: string): string {
  const file = path.join(distDir, name)
  if (existsSync(file)) return file
  throw new Error(
    `dist/${name} could not be built from the current sources:\n${builtDist.error || '(no error reported)'}`
  )
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  builtFile('index.js')
  const work = await mkdtemp(path.join(os.tmpdir(), 'action-run-'))
  workDirs.push(work)
  const home = options.home ?? path.join(work, 'home')
  const outputFile = path.join(work, 'output')
  const summaryFile = path.join(work, 'summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    // The run's own temp dir (temp-dir.ts), so what the action leaves there is seen.
    TMPDIR: os.tmpdir(),
    HOME: home,
    RUNNER_TEMP: work,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    SOURCE_DATE_EPOCH: '1767225600',
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const result = await runCommand(options.node ?? process.execPath, [bundle], {
    env,
    timeoutMs: 120_000
  })
  const stdout = result.stdout.toString('utf8')
  const run: ActionRun = {
    exitCode: result.code,
    stdout,
    stderr: result.stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    errors: stdout
      .split('\n')
      .filter((line) => line.startsWith('::error'))
      .map((line) => line.slice(line.indexOf('::', 2) + 2)),
    home
  }
  return run
}

/**
 * Everything the run wrote where a secret could leak (stdout, stderr, outputs, summary), minus
 * the `::add-mask::` commands that hand secrets to the runner for masking.
 */
export function unmasked(run: ActionRun): string {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  return [stdout, run.stderr, JSON.stringify(run.outputs), run.summary].join('\n')
}

/** What a reader of the job summary sees: its HTML without tags, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replace(/&#(\d+);/g, (_entity, code: string) => String.fromCharCode(Number(code)))
    .replaceAll('&amp;', '&')
}

/** `node dist/cli.js ARGS` (built from the sources) as a process; PATH is this one's unless set. */
export async function runBuiltCli(
  args: string[],
  env: Record<string, string> = {}
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = await runCommand(process.execPath, [builtFile('cli.js'), ...args], {
    env: { PATH: process.env.PATH, ...env },
    timeoutMs: 60_000
  })
  return { code: run.code, stdout: run.stdout.toString('utf8'), stderr: run.stderr }
}
