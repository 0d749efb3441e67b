// `sherpack-push pull <oci://host/repo:tag|@sha256:…> [-o DIR] [--untar]`: download a pack and
// check everything that can be checked (manifest digest when pinned, media types, the layer's
// digest and size, the archive's MANIFEST) before anything appears under its own name. A failed
// check leaves nothing behind: the download goes to a hidden temporary file in DIR first.
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, rmdir } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from '../../errors.js'
import type { RegistryClient } from '../../oci/client.js'
import type { Descriptor } from '../../oci/descriptor.js'
import { formatReference } from '../../oci/reference.js'
import { extractPackArchive, verifyPackArchive } from '../../pack/index.js'
import { requirePack } from '../pack-artifact.js'
import { displayPath, withManifest, type CommandRun } from '../run-context.js'

interface Pulled {
  name: string
  version: string
  /** The .tar.gz written, or the directory extracted into. */
  written: string
}

export async function pullCommand(run: CommandRun): Promise<void> {
  await withManifest(run, async ({ shown, reference, client, manifest }) => {
    const { layer } = requirePack(manifest, shown)
    run.terminal.info(
      `${shown}: manifest ${manifest.digest}, layer ${layer.digest} (${layer.size} bytes)`
    )
    const pulled = await download(run, client, { repository: reference.repository, shown }, layer)
    const where = displayPath(run, pulled.written)
    if (run.options.json) {
      run.terminal.result(
        JSON.stringify({
          reference: formatReference(reference, reference),
          digest: manifest.digest,
          mediaType: manifest.mediaType,
          layer,
          packName: pulled.name,
          packVersion: pulled.version,
          [run.options.untar ? 'directory' : 'archive']: pulled.written
        })
      )
      return
    }
    run.terminal.info(`Pulled ${pulled.name} ${pulled.version} (${manifest.digest})`)
    run.terminal.result(where)
  })
}

async function download(
  run: CommandRun,
  client: RegistryClient,
  source: { repository: string; shown: string },
  layer: Descriptor
): Promise<Pulled> {
  const outDir = path.resolve(run.io.cwd, run.options.output ?? '.')
  const firstCreated = await mkdir(outDir, { recursive: true })
  const hidden = `.sherpack-pull-${randomBytes(6).toString('hex')}`
  const temp = path.join(outDir, `${hidden}.tar.gz`)
  const display = `the layer of ${source.shown}`
  let done = false
  try {
    await client.fetchBlob(source.repository, layer, temp, (received) =>
      run.terminal.progress(`Download ${source.shown}`, received, layer.size)
    )
    const pulled = run.options.untar
      ? await untar(temp, path.join(outDir, hidden), outDir, display)
      : await keepArchive(temp, outDir, display)
    done = true
    return pulled
  } finally {
    await rm(temp, { force: true })
    if (!done && firstCreated !== undefined) await removeEmptyDirs(outDir, firstCreated)
  }
}

/** Verified, then renamed to `<name>-<version>.tar.gz`. */
async function keepArchive(temp: string, outDir: string, display: string): Promise<Pulled> {
  const { metadata } = await verifyPackArchive(temp, display)
  const written = path.join(outDir, safeFileName(`${metadata.name}-${metadata.version}.tar.gz`))
  await rename(temp, written)
  return { name: metadata.name, version: metadata.version, written }
}

/**
 * Extracted (and verified, once) into a hidden directory, then renamed to DIR/<name>: the name
 * is only known from the verified archive, and a rename leaves nothing half-written.
 */
async function untar(
  temp: string,
  staging: string,
  outDir: string,
  display: string
): Promise<Pulled> {
  const { metadata } = await extractPackArchive(temp, staging, display)
  const written = path.join(outDir, safeFileName(metadata.name))
  try {
    await rename(staging, written)
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR') {
      throw new UserError(`${written} exists and is not an empty directory`, {
        fix: 'remove it, or pull into another directory with -o DIR'
      })
    }
    throw error
  }
  return { name: metadata.name, version: metadata.version, written }
}

/** Pack names and versions are checked by the parser; this keeps them one path component. */
function safeFileName(name: string): string {
  if (path.basename(name) !== name || name.startsWith('.')) {
    throw new UserError(
      `The pack's name gives ${JSON.stringify(name)}, which cannot be a file name`
    )
  }
  return name
}

/** Removes outDir and the parents this run created, as long as they are empty. */
async function removeEmptyDirs(outDir: string, firstCreated: string): Promise<void> {
  for (let dir = outDir; ; dir = path.dirname(dir)) {
    const removed = await rmdir(dir).then(
      () => true,
      () => false
    )
    if (!removed || dir === firstCreated || path.dirname(dir) === dir) return
  }
}
