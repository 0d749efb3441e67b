// Which packs a request names: each entry is a pack directory, a prebuilt archive, or a glob
// (`packs/*`, `charts/**`) that matches directories holding a Pack.yaml (and archives).
import { existsSync } from 'node:fs'
import path from 'node:path'
import { UserError } from '../errors.js'
import { isPackArchiveName } from '../pack/index.js'

const GLOB_CHARACTERS = /[*?[\]{}]/

/**
 * The pack paths, in a deterministic order: entries in the order given, each glob's matches
 * sorted; a path named twice counts once. A glob that matches nothing is an error naming it.
 */
export async function expandPackPaths(entries: string[], baseDir: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of entries) {
    const matches = GLOB_CHARACTERS.test(entry)
      ? await expandGlob(entry, baseDir)
      : [existing(entry, baseDir)]
    for (const match of matches) {
      const absolute = path.resolve(baseDir, match)
      if (!found.some((known) => path.resolve(baseDir, known) === absolute)) found.push(match)
    }
  }
  return found
}

/** Every path is checked before any work, so one that does not exist writes nothing. */
function existing(entry: string, baseDir: string): string {
  if (existsSync(path.resolve(baseDir, entry))) return entry
  throw new UserError(`path '${path.resolve(baseDir, entry)}' does not exist`, {
    option: 'path',
    fix: 'point the pack path at a pack directory holding Pack.yaml or at a .tar.gz/.tgz'
  })
}

async function expandGlob(pattern: string, baseDir: string): Promise<string[]> {
  const { glob } = await import('tinyglobby')
  const posix = pattern.split(path.sep).join('/').replace(/\/+$/, '')
  // Directories holding a Pack.yaml (`packs/*` → `packs/*/Pack.yaml`), and archives it names.
  const files = await glob([`${posix}/Pack.yaml`, posix], {
    cwd: baseDir,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    expandDirectories: false
  })
  const packs = files
    .map((file) => (path.posix.basename(file) === 'Pack.yaml' ? path.posix.dirname(file) : file))
    .filter((match) => match !== '.' || existsSync(path.join(baseDir, 'Pack.yaml')))
    .filter(
      (match) => isPackArchiveName(match) || existsSync(path.join(baseDir, match, 'Pack.yaml'))
    )
  const unique = [...new Set(packs)].sort(byPath)
  if (unique.length === 0) {
    throw new UserError(`The pack path glob ${JSON.stringify(pattern)} matches no pack`, {
      option: 'path',
      fix: 'it must match directories that hold a Pack.yaml (e.g. packs/*) or .tar.gz/.tgz archives; check the pattern and the working directory'
    })
  }
  return unique
}

/** Plain byte order of the path, so the same tree always gives the same order. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
