// The packager's entry point: a pack directory becomes a reproducible .tar.gz in outDir; an
// existing .tar.gz/.tgz is verified and passed on as it is.
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import type { Stats } from 'node:fs'
import { rename, rm, rmdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { TarGzWriter } from './archive.js'
import { archiveFiles } from './contents.js'
import { ManifestWriter, formatCreated } from './manifest.js'
import { parsePackFile } from './packfile.js'
import { readPrebuiltArchive } from './prebuilt.js'
import { selectPackFiles } from './select.js'
import { PackError } from './types.js'
import type { PackagedPack, PackageOptions } from './types.js'

export { packConfigJson } from './config.js'
export { PackError } from './types.js'
export type {
  Maintainer,
  PackMetadata,
  PackWarning,
  PackagedPack,
  PackageOptions
} from './types.js'

const ARCHIVE_NAME = /\.(tar\.gz|tgz)$/i

export async function packagePack(opts: PackageOptions): Promise<PackagedPack> {
  const display = toDisplay(opts.path)
  let stats: Stats
  try {
    stats = await stat(opts.path)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new PackError(
        `path '${opts.path}' does not exist: point \`path\` at a pack directory holding Pack.yaml or at a .tar.gz`
      )
    }
    throw new PackError(`path '${opts.path}' cannot be read (${(err as Error).message})`)
  }
  if (stats.isDirectory()) return packageDirectory(opts, display)
  if (stats.isFile() && ARCHIVE_NAME.test(opts.path)) return readPrebuiltArchive(opts.path, display)
  const hint =
    path.basename(opts.path) === 'Pack.yaml'
      ? `: point \`path\` at the directory holding it, '${toDisplay(path.dirname(opts.path))}'`
      : ': point `path` at a pack directory holding Pack.yaml or at a .tar.gz/.tgz archive'
  throw new PackError(`path '${opts.path}' is neither a pack directory nor a .tar.gz/.tgz${hint}`)
}

async function packageDirectory(opts: PackageOptions, display: string): Promise<PackagedPack> {
  const created = formatCreated(opts.created)
  const selection = await selectPackFiles(opts.path, display)
  const packFile = path.resolve(opts.path, 'Pack.yaml')
  // Synchronous like the file selection: each await is a trip through the event loop.
  const packYaml = readFileSync(packFile)
  const parsed = parsePackFile(
    packYaml.toString('utf8'),
    `${display === '.' ? '' : `${display}/`}Pack.yaml`
  )
  const { metadata } = parsed
  // Pack.yaml is archived from the bytes just validated, not read a second time.
  const files = selection.files.map((f) =>
    f.name === 'Pack.yaml' ? { ...f, content: packYaml } : f
  )

  const outDir = path.resolve(opts.outDir)
  const archiveFileName = `${metadata.name}-${metadata.version}.tar.gz`
  const archivePath = path.join(outDir, archiveFileName)
  const createdDir = mkdirSync(outDir, { recursive: true })
  const tempPath = path.join(outDir, `.${archiveFileName}.${randomBytes(6).toString('hex')}.tmp`)
  const writer = new TarGzWriter(`${tempPath}.rest`)
  try {
    // MANIFEST is compressed as its lines become known, alongside the files' compression.
    const manifest = new ManifestWriter(
      { name: metadata.name, version: metadata.version, created },
      files.map((file) => file.name),
      (chunk) => writer.writeLeading(chunk)
    )
    writer.beginLeading('MANIFEST', manifest.size)
    await archiveFiles(files, writer, (index, sha256) => manifest.add(index, sha256))
    manifest.end()
    const written = await writer.finish(tempPath)
    await rename(tempPath, archivePath)
    return {
      metadata,
      archivePath,
      archiveFileName,
      archiveDigest: written.digest,
      archiveSize: written.size,
      created,
      prebuilt: false,
      packFile,
      warnings: [...parsed.warnings, ...selection.warnings]
    }
  } catch (err) {
    await writer.abort()
    await rm(tempPath, { force: true })
    if (createdDir !== undefined) await removeCreatedDirs(outDir, createdDir)
    throw err
  }
}

/** Leaves no trace: removes outDir and the parents this call created, if still empty. */
async function removeCreatedDirs(outDir: string, firstCreated: string): Promise<void> {
  for (let dir = outDir; ; dir = path.dirname(dir)) {
    const removed = await rmdir(dir).then(
      () => true,
      () => false
    )
    if (!removed || dir === firstCreated || path.dirname(dir) === dir) return
  }
}

function toDisplay(p: string): string {
  return path.normalize(p).split(path.sep).join('/').replace(/\/$/, '')
}
