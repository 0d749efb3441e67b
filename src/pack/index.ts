// The packager's entry points: a pack directory becomes a reproducible .tar.gz in outDir; an
// existing .tar.gz/.tgz is verified and passed on as it is; a pulled archive is verified or
// extracted.
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import type { Stats } from 'node:fs'
import { rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { TarGzWriter } from './archive.js'
import { readPackFiles, writePackFiles } from './contents.js'
import { readUserFile } from '../read-user-file.js'
import { removeCreatedDirs } from './dirs.js'
import { errnoCode, fileSystemError } from './fs-errors.js'
import { buildManifest, formatCreated, manifestDigest, sortChecksums } from './manifest.js'
import { parsePackFile } from './packfile.js'
import { selectPackFiles } from './select.js'
import { PackError } from './types.js'
import type { PackagedPack, PackageOptions } from './types.js'

import type { ExtractedArchive } from './extract.js'
import type { VerifiedArchive } from './verify.js'

export { packConfigJson } from './config.js'
export type { ExtractedArchive } from './extract.js'
export { PackError } from './types.js'
export type { VerifiedArchive } from './verify.js'
export type {
  Maintainer,
  PackMetadata,
  PackWarning,
  PackagedPack,
  PackageOptions
} from './types.js'

const ARCHIVE_NAME = /\.(tar\.gz|tgz)$/i
/** As the archive scan keeps at most. */
const PACK_YAML_LIMIT = 1 << 20

/** Whether a path names a prebuilt pack archive (`.tar.gz`, `.tgz`) rather than a directory. */
export function isPackArchiveName(file: string): boolean {
  return ARCHIVE_NAME.test(file)
}

const PATH_FIX = 'point the pack path at a pack directory holding Pack.yaml or at a .tar.gz/.tgz'

export async function packagePack(opts: PackageOptions): Promise<PackagedPack> {
  const display = toDisplay(opts.path)
  let stats: Stats
  try {
    stats = await stat(opts.path)
  } catch (err) {
    const code = errnoCode(err)
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new PackError(`path '${opts.path}' does not exist`, { option: 'path', fix: PATH_FIX })
    }
    throw fileSystemError(err, display, 'read')
  }
  if (stats.isDirectory()) return packageDirectory(opts, display)
  if (stats.isFile() && ARCHIVE_NAME.test(opts.path)) {
    const { readPrebuiltArchive } = await import('./prebuilt.js')
    return readPrebuiltArchive(opts.path, display)
  }
  const fix =
    path.basename(opts.path) === 'Pack.yaml'
      ? `point the pack path at the directory holding it, '${toDisplay(path.dirname(opts.path))}'`
      : PATH_FIX
  throw new PackError(`path '${opts.path}' is neither a pack directory nor a .tar.gz/.tgz`, {
    option: 'path',
    fix
  })
}

/**
 * The name and version a pack path will be packaged as (its Pack.yaml, or a prebuilt archive's
 * verified MANIFEST), or undefined when it cannot be read now: packaging it says why.
 */
export async function readPackIdentity(
  packPath: string
): Promise<{ name: string; version: string } | undefined> {
  try {
    const stats = await stat(packPath)
    if (stats.isDirectory()) {
      const packYaml = await readUserFile(path.join(packPath, 'Pack.yaml'), PACK_YAML_LIMIT)
      const { metadata } = parsePackFile(packYaml, 'Pack.yaml')
      return { name: metadata.name, version: metadata.version }
    }
    if (!stats.isFile() || !ARCHIVE_NAME.test(packPath)) return undefined
    // A prebuilt archive's name is the one its verified MANIFEST gives.
    const { metadata } = await verifyPackArchive(packPath)
    return { name: metadata.name, version: metadata.version }
  } catch {
    return undefined
  }
}

/**
 * Checks a pack archive made elsewhere (prebuilt, or pulled): see verify.ts. `display` is how
 * the user knows the file (default: `file`).
 */
export async function verifyPackArchive(file: string, display?: string): Promise<VerifiedArchive> {
  // Loaded on first use, node-tar with it: packaging a directory, the common case, needs neither.
  const verify = await import('./verify.js')
  return verify.verifyPackArchive(file, display)
}

/**
 * Verifies a pack archive and extracts it into `destDir` (absent or empty), leaving nothing
 * behind on failure: see extract.ts.
 */
export async function extractPackArchive(
  file: string,
  destDir: string,
  display?: string
): Promise<ExtractedArchive> {
  const extract = await import('./extract.js')
  return extract.extractPackArchive(file, destDir, display)
}

async function packageDirectory(opts: PackageOptions, display: string): Promise<PackagedPack> {
  const created = formatCreated(opts.created)
  const selection = await selectPackFiles(opts.path, display)
  const packFile = path.resolve(opts.path, 'Pack.yaml')
  const shown = (name: string): string => (display === '.' ? name : `${display}/${name}`)
  let packYaml: Buffer
  try {
    // Synchronous like the file selection: each await is a trip through the event loop.
    packYaml = readFileSync(packFile)
  } catch (err) {
    throw fileSystemError(err, shown('Pack.yaml'), 'read')
  }
  const parsed = parsePackFile(packYaml, shown('Pack.yaml'))
  const { metadata } = parsed
  // Pack.yaml is archived from the bytes just validated, not read a second time.
  const known = new Map([['Pack.yaml', packYaml]])
  const display_ = (file: { name: string }): string => shown(file.name)
  const files = await readPackFiles(selection.files, known, display_)
  const checksums = files.map((file) => ({ path: file.name, sha256: file.sha256 }))
  const manifest = buildManifest({
    name: metadata.name,
    version: metadata.version,
    created,
    files: checksums
  })
  const archiveFileName = `${metadata.name}-${metadata.version}.tar.gz`
  const written = await writeArchive(path.resolve(opts.outDir), archiveFileName, async (writer) => {
    await writer.add('MANIFEST', manifest)
    await writePackFiles(files, writer, display_)
  })
  return {
    metadata,
    archivePath: written.archivePath,
    archiveFileName,
    archiveDigest: written.digest,
    archiveSize: written.size,
    created,
    manifestDigest: manifestDigest(sortChecksums(checksums)),
    prebuilt: false,
    packFile,
    warnings: [...parsed.warnings, ...selection.warnings]
  }
}

/**
 * Writes `outDir/fileName` through a temporary file renamed at the end; on failure removes it,
 * and outDir and its parents when this call created them.
 */
async function writeArchive(
  outDir: string,
  fileName: string,
  fill: (writer: TarGzWriter) => Promise<void>
): Promise<{ archivePath: string; digest: string; size: number }> {
  const archivePath = path.join(outDir, fileName)
  let createdDir: string | undefined
  try {
    createdDir = mkdirSync(outDir, { recursive: true })
  } catch (err) {
    throw fileSystemError(err, outDir, 'create')
  }
  const tempPath = path.join(outDir, `.${fileName}.${randomBytes(6).toString('hex')}.tmp`)
  let writer: TarGzWriter | undefined
  try {
    writer = new TarGzWriter(tempPath)
    await fill(writer)
    const { digest, size } = await writer.finish()
    await rename(tempPath, archivePath).catch((err: unknown) => {
      throw fileSystemError(err, archivePath, 'create')
    })
    return { archivePath, digest, size }
  } catch (err) {
    await writer?.abort()
    await rm(tempPath, { force: true })
    if (createdDir !== undefined) await removeCreatedDirs(outDir, createdDir)
    throw err
  }
}

function toDisplay(p: string): string {
  return path.normalize(p).split(path.sep).join('/').replace(/\/$/, '')
}
