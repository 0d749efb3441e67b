// The npm package `sherpack-push` as users get it. packProject() lays out the project's files
// (tracked and new ones, as `git ls-files` lists them) with dist/ built from the current sources
// by the global setup, and packs them with `npm pack`, so package.json's `files` alone decides
// what goes in. installPackage() installs the tarball with no network and no cache: --offline,
// an empty cache and a registry nothing listens on, so a dependency to fetch fails the install.
import { execFile } from 'node:child_process'
import { cp, lstat, mkdir, copyFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { inject } from 'vitest'
import { repoRoot } from './repo.js'
import { runChecked } from './run-command.js'

export interface PackedPackage {
  /** The .tgz `npm pack` wrote. */
  tarball: string
  /** Its size in bytes, and the size of what it holds. */
  size: number
  unpackedSize: number
  /** The paths inside it, relative to the package root, sorted. */
  files: string[]
}

/** Where nothing listens (the discard port): a request to it fails at once. */
const NO_REGISTRY = 'http://127.0.0.1:9/'

/** npm's own settings (CA file…) without the prefix and package of the run that started us. */
export function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (/^npm_(package|lifecycle)_/.test(name)) continue
    if (/^npm_config_(prefix|global_prefix|local_prefix|global)$/.test(name)) continue
    env[name] = value
  }
  return env
}

/** The project's files as a clone has them, plus new ones not yet committed; not dist/. */
async function projectFiles(): Promise<string[]> {
  const { stdout } = await promisify(execFile)(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 }
  )
  const files: string[] = []
  for (const file of stdout.split('\0').filter(Boolean)) {
    if (file.startsWith('dist/')) continue
    // Deleted but not yet committed, or a symbolic link: not in a fresh clone's package.
    const stat = await lstat(path.join(repoRoot, file)).catch(() => undefined)
    if (stat?.isFile()) files.push(file)
  }
  return files
}

/** Packs the project (with dist/ built from the current sources) into `work`. */
export async function packProject(work: string): Promise<PackedPackage> {
  const { dir: builtDist, error } = inject('builtDist')
  if (error) throw new Error(`dist/ could not be built from the current sources:\n${error}`)
  const stage = path.join(work, 'project')
  for (const file of await projectFiles()) {
    await mkdir(path.dirname(path.join(stage, file)), { recursive: true })
    await copyFile(path.join(repoRoot, file), path.join(stage, file))
  }
  await cp(builtDist, path.join(stage, 'dist'), { recursive: true })
  const packed = await runChecked(
    'npm',
    ['pack', stage, '--json', '--ignore-scripts', '--pack-destination', work],
    { env: npmEnv(), timeoutMs: 120_000 }
  )
  const [report] = JSON.parse(packed.stdout.toString('utf8')) as [
    { filename: string; size: number; unpackedSize: number; files: { path: string }[] }
  ]
  return {
    tarball: path.join(work, report.filename),
    size: report.size,
    unpackedSize: report.unpackedSize,
    files: report.files.map((file) => file.path).sort()
  }
}

/**
 * Installs the tarball globally into `prefix` from the tarball alone, and returns the path of
 * its `sherpack-push` executable.
 */
export async function installPackage(tarball: string, prefix: string): Promise<string> {
  const cache = path.join(prefix, '.empty-npm-cache')
  await mkdir(cache, { recursive: true })
  await runChecked(
    'npm',
    [
      'install',
      '--global',
      '--prefix',
      prefix,
      '--offline',
      '--cache',
      cache,
      '--registry',
      NO_REGISTRY,
      '--no-audit',
      '--no-fund',
      '--no-update-notifier',
      tarball
    ],
    { env: npmEnv(), timeoutMs: 120_000 }
  )
  return path.join(prefix, 'bin', 'sherpack-push')
}
