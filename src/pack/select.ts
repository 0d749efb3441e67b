// Chooses the files `sherpack package` puts in the archive, in archive order, and refuses to
// read anything outside the pack directory.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import type { Dirent, Stats } from 'node:fs'
import path from 'node:path'
import { fileSystemError } from './fs-errors.js'
import { compareUtf8, sortByUtf8 } from './manifest.js'
import { EntryNames, displayName, entryNameProblem } from './names.js'
import { PackError } from './types.js'
import type { PackWarning } from './types.js'

export interface SelectedFile {
  /**
   * Entry name in the archive and MANIFEST: relative to the pack root, `/`-separated, every
   * `\` of the name on disk written as `/` (as Sherpack does).
   */
  name: string
  /** Path to read on disk (possibly a symlink whose target is inside the pack). */
  path: string
}

export interface Selection {
  /** Archive order: Pack.yaml, values.yaml, the schema, then templates sorted per component. */
  files: SelectedFile[]
  warnings: PackWarning[]
}

/** In precedence order: the first that exists is the pack's schema. */
export const SCHEMA_FILES = [
  'values.schema.yaml',
  'values.schema.json',
  'schema.yaml',
  'schema.json'
] as const

export const TEMPLATE_EXTENSIONS = new Set(['yaml', 'yml', 'j2', 'jinja2', 'txt', 'json'])

/** Directories a pack may have that sherpack 0.4.0 leaves out of the archive. */
const UNARCHIVED_DIRS = ['crds', 'charts', 'files']

/**
 * Lists the pack's archived files. `packDir` is read from disk; `displayDir` is the pack path
 * as the user gave it, used in messages.
 */
export async function selectPackFiles(packDir: string, displayDir: string): Promise<Selection> {
  // Synchronous on purpose: thousands of tiny lstat/readdir calls are much faster than
  // thread-pool round trips, and nothing else runs while a pack is being selected.
  let realRoot: string
  try {
    realRoot = realpathSync(packDir)
  } catch (err) {
    throw fileSystemError(err, displayDir, 'read')
  }
  return new PackWalker(realRoot, packDir, displayDir).select()
}

/** Rust's `Path::extension`: none when the only dot is the first character (`.yaml`). */
export function templateExtension(fileName: string): string | undefined {
  const dot = fileName.lastIndexOf('.')
  return dot <= 0 ? undefined : fileName.slice(dot + 1)
}

export function isTemplateFile(fileName: string): boolean {
  const ext = templateExtension(fileName)
  return ext !== undefined && TEMPLATE_EXTENSIONS.has(ext.toLowerCase())
}

/**
 * Component-by-component byte order (Rust's PathBuf ordering): `a/b.yaml` before `a-b.yaml`.
 * Mapping `/` to NUL, which no name contains, makes it a plain byte comparison.
 */
export function comparePathComponents(a: string, b: string): number {
  return compareUtf8(componentKey(a), componentKey(b))
}

function componentKey(name: string): string {
  return name.replaceAll('/', '\0')
}

type Resolved = { kind: 'file' } | { kind: 'dir' } | { kind: 'other' } | { kind: 'dangling' }

class PackWalker {
  private readonly warnings: PackWarning[] = []

  constructor(
    private readonly realRoot: string,
    private readonly root: string,
    private readonly displayDir: string
  ) {}

  select(): Selection {
    const files: SelectedFile[] = []

    const packFile = this.topLevel('Pack.yaml')
    if (packFile === undefined) {
      throw new PackError(`the directory '${this.display('')}' has no Pack.yaml`, {
        fix: 'point the pack path at the pack directory (the one holding Pack.yaml) or at a packed .tar.gz'
      })
    }
    files.push(packFile)

    const values = this.topLevel('values.yaml')
    if (values) files.push(values)

    for (const schemaName of SCHEMA_FILES) {
      const schema = this.topLevel(schemaName)
      if (schema) {
        files.push(schema)
        break
      }
    }

    files.push(...this.templates())
    this.checkEntryNames(files)

    for (const dir of UNARCHIVED_DIRS) {
      if (this.lstat(path.join(this.root, dir), dir)) {
        this.warnings.push({
          message: `${this.display(dir)}/ is not archived: \`sherpack package\` puts only Pack.yaml, values.yaml, the values schema and templates/ in the archive, so ${dir}/ will not be pushed`,
          file: this.display(dir)
        })
      }
    }

    return { files, warnings: this.warnings }
  }

  /** A top-level file, if it exists as a file (a directory of that name is an error). */
  private topLevel(name: string): SelectedFile | undefined {
    const filePath = path.join(this.root, name)
    const resolved = this.resolve(filePath, name, this.lstat(filePath, name))
    if (resolved === undefined || resolved.kind === 'dangling') return undefined
    if (resolved.kind !== 'file') {
      throw new PackError(`${this.display(name)} is not a regular file`, {
        file: this.display(name),
        fix: `${name} must be a file`
      })
    }
    return { name, path: filePath }
  }

  private templates(): SelectedFile[] {
    const dir = path.join(this.root, 'templates')
    // Like walkdir, the templates/ root itself is followed even when it is a symlink.
    const resolved = this.resolve(dir, 'templates', this.lstat(dir, 'templates'))
    if (resolved?.kind !== 'dir') return []
    const found: SelectedFile[] = []
    this.walk(dir, 'templates', found)
    return found
  }

  /**
   * Appends the templates under `dir` in archive order. Visiting each directory's entries in
   * byte order, depth first, is component-by-component order: sorting a few names per
   * directory is cheaper than sorting every path at the end.
   */
  private walk(dir: string, relDir: string, found: SelectedFile[]): void {
    for (const entry of this.list(dir, relDir)) {
      const rel = `${relDir}/${entry.name}`
      const full = dir + path.sep + entry.name
      if (entry.isDirectory()) {
        this.walk(full, rel, found)
      } else if (entry.isFile()) {
        if (isTemplateFile(entry.name)) found.push({ name: rel, path: full })
      } else if (entry.isSymbolicLink()) {
        this.symlink(full, rel, entry.name, found)
      } else if (isTemplateFile(entry.name)) {
        this.warnings.push({
          message: `${this.display(rel)} is not a regular file (a FIFO, socket or device) and is left out of the archive, as \`sherpack package\` leaves it out`,
          file: this.display(rel)
        })
      }
    }
  }

  private symlink(full: string, rel: string, fileName: string, found: SelectedFile[]): void {
    const link = this.resolve(full, rel, this.lstat(full, rel))
    if (link?.kind === 'file' && isTemplateFile(fileName)) {
      found.push({ name: rel, path: full })
    } else if (link?.kind === 'dir') {
      this.warnings.push({
        message: `${this.display(rel)} is a symlink to a directory: \`sherpack package\` does not follow directory symlinks, so its files are not archived; move the files into templates/ instead`,
        file: this.display(rel)
      })
    } else if (link?.kind === 'dangling' && isTemplateFile(fileName)) {
      this.warnings.push({
        message: `${this.display(rel)} is a symlink to a missing file and is left out of the archive`,
        file: this.display(rel)
      })
    }
  }

  /** A directory's entries in byte order, refusing names that are not UTF-8. */
  private list(dir: string, relDir: string): Dirent[] {
    let entries: Dirent[]
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch (err) {
      throw fileSystemError(err, this.display(relDir), 'list')
    }
    // Node decodes names as UTF-8, invalid bytes as U+FFFD: only then are the bytes looked at.
    if (entries.some((entry) => entry.name.includes('\uFFFD'))) this.refuseNonUtf8(dir, relDir)
    return sortByUtf8(entries, (entry) => entry.name)
  }

  /** Refuses a directory or template whose name is not UTF-8; other files are not archived. */
  private refuseNonUtf8(dir: string, relDir: string): void {
    for (const entry of readdirSync(dir, { encoding: 'buffer', withFileTypes: true })) {
      const name = entry.name as unknown as Buffer
      const lossy = name.toString('utf8')
      if (Buffer.from(lossy, 'utf8').equals(name)) continue
      if (!entry.isDirectory() && !isTemplateFile(lossy)) continue
      throw new PackError(`${this.display(relDir)}/${displayName(name)}: the name is not UTF-8`, {
        file: this.display(relDir),
        fix: 'rename it with UTF-8 characters only: Sherpack would archive it under a garbled name (U+FFFD for each bad byte) that no longer names the file'
      })
    }
  }

  /**
   * Every entry name must be safe once `\` is written as `/`, and distinct: upstream would
   * refuse the name or write an archive that contradicts its MANIFEST, so there is no right
   * archive to make (see "Entry names" in the format spec).
   */
  private checkEntryNames(files: SelectedFile[]): void {
    const names = new EntryNames()
    const onDisk = new Map<string, string>()
    for (const file of files) {
      const rel = file.name
      const name = rel.replaceAll('\\', '/')
      const problem = entryNameProblem(name) ?? names.add(name)
      if (problem !== undefined) {
        const other = onDisk.get(name)
        const shown =
          name === rel ? '' : ` (archived as '${displayName(name)}', as Sherpack writes \\ as /)`
        throw new PackError(
          `${this.display(displayName(rel))}${shown}: the name ${other === undefined ? problem : `is the same as that of ${this.display(displayName(other))}`}`,
          {
            file: this.display(rel),
            fix: 'rename the file (no \\, control characters, or names that collide once \\ is /)'
          }
        )
      }
      onDisk.set(name, rel)
      file.name = name
    }
  }

  /**
   * Follows a symlink, refusing one whose target lies outside the pack. Returns undefined when
   * nothing exists at `filePath`.
   */
  private resolve(filePath: string, rel: string, lstats: Stats | undefined): Resolved | undefined {
    if (!lstats) return undefined
    if (!lstats.isSymbolicLink()) return kindOf(lstats)
    let target: string
    try {
      target = realpathSync(filePath)
    } catch (err) {
      if (isNotFound(err)) return { kind: 'dangling' }
      throw fileSystemError(err, this.display(rel), 'read')
    }
    if (!isInside(this.realRoot, target)) {
      throw new PackError(
        `${this.display(rel)} is a symlink to '${target}', outside the pack directory`,
        {
          file: this.display(rel),
          fix: 'a pack may only read its own files, so copy the file into the pack or make the link point inside it'
        }
      )
    }
    try {
      return kindOf(statSync(target))
    } catch (err) {
      throw fileSystemError(err, this.display(rel), 'read')
    }
  }

  /** lstat, or undefined when nothing is there. */
  private lstat(filePath: string, rel: string): Stats | undefined {
    try {
      return lstatSync(filePath)
    } catch (err) {
      if (isNotFound(err)) return undefined
      throw fileSystemError(err, this.display(rel), 'read')
    }
  }

  private display(rel: string): string {
    const joined = rel === '' ? this.displayDir : path.join(this.displayDir, rel)
    return joined.split(path.sep).join('/')
  }
}

function kindOf(stats: Stats): Resolved {
  if (stats.isFile()) return { kind: 'file' }
  if (stats.isDirectory()) return { kind: 'dir' }
  return { kind: 'other' }
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target)
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel))
}

function isNotFound(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}
