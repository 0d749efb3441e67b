// The CLI as a user gets it: the npm package of the current sources (support/npm-package.ts:
// `npm pack`, then `npm install -g --prefix <tmp>` from the tarball alone, with no network), its
// `sherpack-push` executable run as a process with a clean environment (an empty HOME, so no
// Docker config of the machine leaks in).
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { installPackage, packProject, type PackedPackage } from '../support/npm-package.js'

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export interface RunCliOptions {
  env?: Record<string, string>
  cwd?: string
  input?: string
}

export interface InstalledCli {
  /** The tarball `npm pack` made, and what it holds. */
  packed: PackedPackage
  /** The installed package's directory (PREFIX/lib/node_modules/sherpack-push). */
  packageDir: string
  /** The installed `sherpack-push` (a link into the installed package's dist/cli.js). */
  bin: string
  /** A fresh empty directory for one test's files. */
  scratch(name: string): Promise<string>
  run(args: string[], options?: RunCliOptions): Promise<CliRun>
  /** Every run's stdout and stderr so far, for leak checks. */
  transcript(): string
  remove(): Promise<void>
}

export async function installCli(): Promise<InstalledCli> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'cli-e2e-'))
  const packed = await packProject(work)
  const prefix = path.join(work, 'prefix')
  const bin = await installPackage(packed.tarball, prefix)
  const home = path.join(work, 'home')
  await mkdir(home)
  const transcript: string[] = []
  return {
    packed,
    packageDir: path.join(prefix, 'lib', 'node_modules', 'sherpack-push'),
    bin,
    scratch: async (name) => {
      const scratch = path.join(work, 'scratch', name)
      await mkdir(scratch, { recursive: true })
      return scratch
    },
    run: async (args, options = {}) => {
      const result = await runInDir(bin, args, { HOME: home, ...options.env }, options)
      transcript.push(result.stdout, result.stderr)
      return result
    },
    transcript: () => transcript.join('\n'),
    remove: () => rm(work, { recursive: true, force: true })
  }
}

function runInDir(
  bin: string,
  args: string[],
  env: Record<string, string>,
  options: RunCliOptions
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd: options.cwd ?? os.tmpdir(),
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        // The run's own temp dir (temp-dir.ts), so what the CLI leaves there is seen.
        TMPDIR: os.tmpdir(),
        SOURCE_DATE_EPOCH: '1767225600',
        ...env
      },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 120_000,
      killSignal: 'SIGKILL'
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8')
      })
    )
    child.stdin.on('error', () => {
      // The CLI may exit without reading its input; the exit status tells what happened.
    })
    child.stdin.end(options.input)
  })
}
