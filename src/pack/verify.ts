// Checks a pack archive made elsewhere (a prebuilt one to push, or one pulled from a registry):
// a gzip tar of regular files with safe, distinct names, MANIFEST first, every file listed in
// MANIFEST with its checksum and nothing else, the [digest] right, Pack.yaml valid.
import { open } from 'node:fs/promises'
import path from 'node:path'
import { errnoCode, fileSystemError } from './fs-errors.js'
import { manifestDigest, parseManifest, type FileChecksum } from './manifest.js'
import { parsePackFile } from './packfile.js'
import { scanArchive, type ScannedArchive, type ScannedFile } from './scan.js'
import { PackError } from './types.js'
import type { PackMetadata, PackWarning } from './types.js'

export interface VerifiedArchive {
  metadata: PackMetadata
  /** `created` as MANIFEST writes it (RFC 3339). */
  created: string
  /** `sha256:<hex>` of the archive file, and its size. */
  digest: string
  size: number
  /** MANIFEST's [files], every one checked against the archive, in [files] order. */
  files: (FileChecksum & { size: number })[]
  /** Hex of MANIFEST's [digest]. */
  manifestDigest: string
  /** Hex sha256 of the MANIFEST entry itself. */
  manifestSha256: string
  warnings: PackWarning[]
}

/** What MANIFEST and Pack.yaml say, checked against each other. */
export type ArchiveHead = Pick<
  VerifiedArchive,
  'metadata' | 'created' | 'warnings' | 'manifestDigest'
>

const REMAKE = 're-create the archive with `sherpack package`'

/**
 * Verifies the archive `file`; `display` is how the user knows it (default: `file`). Nothing
 * is written anywhere.
 */
export async function verifyPackArchive(file: string, display = file): Promise<VerifiedArchive> {
  await requireGzip(file, display)
  return verifyScanned(await scanArchive(file, display), display)
}

function verifyScanned(scanned: ScannedArchive, display: string): VerifiedArchive {
  const { metadata, created, warnings, manifest } = headOf(scanned.kept, scanned.first, display)
  const files = checkAgainstManifest(scanned.files, manifest, display)
  return {
    metadata,
    created,
    digest: scanned.digest,
    size: scanned.size,
    files,
    manifestDigest: manifest.digest,
    manifestSha256: scanned.files.get('MANIFEST')?.sha256 ?? '',
    warnings
  }
}

/** MANIFEST (first) and Pack.yaml: present, readable, and naming the same pack. */
function headOf(
  kept: Map<string, Buffer>,
  first: string | undefined,
  display: string
): ArchiveHead & { manifest: ReturnType<typeof parseManifest> } {
  const manifestBytes = kept.get('MANIFEST')
  if (!manifestBytes) {
    throw new PackError(
      `${display} has no MANIFEST entry, so it was not made by \`sherpack package\``,
      { file: display, fix: 'point the pack path at the pack directory and let it be packaged' }
    )
  }
  if (first !== 'MANIFEST') {
    throw new PackError(
      `${display}: its first entry is '${first}', not MANIFEST as \`sherpack package\` writes`,
      { file: display, fix: REMAKE }
    )
  }
  const packYaml = kept.get('Pack.yaml')
  if (!packYaml) {
    throw new PackError(`${display} has no Pack.yaml entry`, {
      file: display,
      fix: 'a pack archive must hold Pack.yaml at its top level'
    })
  }
  const manifest = parseManifest(decodeManifest(manifestBytes, display), display)
  const parsed = parseArchivedPackYaml(packYaml, display)
  const { metadata } = parsed
  if (manifest.name !== metadata.name || manifest.version !== metadata.version) {
    throw new PackError(
      `${display}: MANIFEST names ${manifest.name} ${manifest.version} but Pack.yaml says ${metadata.name} ${metadata.version}`,
      { file: display, fix: REMAKE }
    )
  }
  const warnings = parsed.warnings.map((w) => ({ ...w, file: display, line: undefined }))
  return {
    metadata,
    created: manifest.created,
    warnings,
    manifestDigest: manifest.digest,
    manifest
  }
}

function decodeManifest(bytes: Buffer, display: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new PackError(`${display}: its MANIFEST is not UTF-8 text`, {
      file: display,
      fix: REMAKE
    })
  }
}

function parseArchivedPackYaml(bytes: Buffer, display: string): ReturnType<typeof parsePackFile> {
  try {
    return parsePackFile(bytes, `Pack.yaml in ${display}`)
  } catch (err) {
    // The annotation goes on the archive: the Pack.yaml inside is no file the user can open.
    if (err instanceof PackError) {
      throw new PackError(err.what, { file: display, fix: err.fix, cause: err })
    }
    throw err
  }
}

/**
 * Every MANIFEST entry is in the archive with its checksum, the [digest] matches [files], and
 * the archive holds nothing MANIFEST does not list (checked in that order).
 */
function checkAgainstManifest(
  files: Map<string, ScannedFile>,
  manifest: { files: readonly FileChecksum[]; digest: string },
  display: string
): (FileChecksum & { size: number })[] {
  const listed = new Set<string>()
  const checked = manifest.files.map((file) => {
    listed.add(file.path)
    const actual = files.get(file.path)
    if (actual === undefined) {
      throw new PackError(
        `${display}: MANIFEST lists '${file.path}' but the archive has no such file`,
        { file: display, fix: REMAKE }
      )
    }
    if (actual.sha256 !== file.sha256) {
      throw new PackError(
        `${display}: '${file.path}' does not match its MANIFEST checksum (MANIFEST sha256:${file.sha256}, archive sha256:${actual.sha256}); the archive was changed after packaging`,
        { file: display, fix: REMAKE }
      )
    }
    return { ...file, size: actual.size }
  })
  const expectedDigest = manifestDigest(manifest.files)
  if (expectedDigest !== manifest.digest) {
    throw new PackError(
      `${display}: MANIFEST [digest] sha256:${manifest.digest} does not match its [files] list (which gives sha256:${expectedDigest}); the MANIFEST was edited`,
      { file: display, fix: REMAKE }
    )
  }
  for (const name of files.keys()) {
    if (name !== 'MANIFEST' && !listed.has(name)) {
      throw new PackError(
        `${display}: '${name}' is in the archive but not listed in its MANIFEST; files were added after packaging`,
        { file: display, fix: REMAKE }
      )
    }
  }
  return checked
}

async function requireGzip(file: string, display: string): Promise<void> {
  let handle
  try {
    handle = await open(path.resolve(file), 'r')
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') {
      throw new PackError(`${display} does not exist`, { file: display, fix: 'check the path' })
    }
    throw fileSystemError(err, display, 'read')
  }
  try {
    const magic = Buffer.alloc(3)
    const { bytesRead } = await handle.read(magic, 0, 3, 0)
    if (bytesRead < 3 || magic[0] !== 0x1f || magic[1] !== 0x8b || magic[2] !== 8) {
      throw new PackError(`${display} is not a gzip file`, {
        file: display,
        fix: 'the pack path must name a .tar.gz/.tgz made by `sherpack package`, or a pack directory'
      })
    }
  } finally {
    await handle.close()
  }
}
