// An archive the user packaged already (`path: mypack-1.0.0.tgz`) is checked and handed on as it
// is: nothing is written anywhere, so a bad archive leaves no trace.
import { createHash } from 'node:crypto'
import { open, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileSystemError } from './fs-errors.js'
import type { DeferredArchiveCheck, PackagedPack } from './types.js'
import { changedWhileRead, observeArchive, readArchiveHead, verifyPackArchive } from './verify.js'

/** Reads for the digest: large enough to keep the hash busy, one buffer, memory flat. */
const DIGEST_CHUNK = 1 << 20
/**
 * Smaller archives are checked whole before anything else: their check takes no longer than
 * the round trips it could overlap, and a bad one then reaches no registry at all.
 */
const DEFER_MIN_BYTES = 8 << 20

/**
 * `archivePath` is read from disk; `display` is how the user named it, used in messages.
 * `deferCheck`: for an archive of 8 MiB or more, return once MANIFEST and Pack.yaml are read
 * and the file's digest is known, the check of every entry left to `deferredCheck` (see
 * PackagedPack).
 */
export async function readPrebuiltArchive(
  archivePath: string,
  display: string,
  deferCheck = false
): Promise<PackagedPack> {
  const absolute = path.resolve(archivePath)
  const pack = (
    metadata: PackagedPack['metadata'],
    rest: Pick<PackagedPack, 'archiveDigest' | 'archiveSize' | 'created' | 'warnings'>
  ): PackagedPack => ({
    metadata,
    archivePath: absolute,
    archiveFileName: path.basename(absolute),
    prebuilt: true,
    ...rest
  })
  if (!deferCheck || (await fileSize(absolute)) < DEFER_MIN_BYTES) {
    const verified = await verifyPackArchive(absolute, display)
    const { created, warnings } = verified
    return pack(verified.metadata, {
      archiveDigest: verified.digest,
      archiveSize: verified.size,
      created,
      warnings
    })
  }
  // The digest and the head only, so the upload can start soon. The entries are checked by
  // each upload against the very bytes it sends (the registry takes them only under this
  // digest, which it verifies), or by a check of their own for a push that sends none.
  const [digested, head] = await Promise.all([
    fileDigest(absolute, display).catch((failure: unknown) => ({ failure })),
    readArchiveHead(absolute, display)
  ])
  if ('failure' in digested) throw digested.failure
  const { digest, size } = digested
  let whole: Promise<void> | undefined
  const deferredCheck: DeferredArchiveCheck = {
    run: () =>
      (whole ??= verifyPackArchive(absolute, display).then((verified) => {
        if (verified.digest !== digest || verified.size !== size) throw changedWhileRead(display)
      })),
    observe: () => observeArchive(display, head.kept)
  }
  const { metadata, created, warnings } = head
  return {
    ...pack(metadata, { archiveDigest: digest, archiveSize: size, created, warnings }),
    deferredCheck
  }
}

/** The file's size; 0 when it cannot be read (the check then says why, as it always does). */
function fileSize(file: string): Promise<number> {
  return stat(file).then(
    (stats) => stats.size,
    () => 0
  )
}

/** sha256 and size of a file, read in bounded chunks. */
async function fileDigest(
  file: string,
  display: string
): Promise<{ digest: string; size: number }> {
  const hash = createHash('sha256')
  const buffer = Buffer.allocUnsafe(DIGEST_CHUNK)
  let size = 0
  let handle
  try {
    handle = await open(file, 'r')
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, DIGEST_CHUNK, size)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
      size += bytesRead
    }
  } catch (err) {
    throw fileSystemError(err, display, 'read')
  } finally {
    await handle?.close()
  }
  return { digest: `sha256:${hash.digest('hex')}`, size }
}
