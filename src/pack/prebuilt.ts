// An archive the user packaged already (`path: mypack-1.0.0.tgz`) is checked and handed on as it
// is: nothing is written anywhere, so a bad archive leaves no trace.
import { createHash } from 'node:crypto'
import { open, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileSystemError } from './fs-errors.js'
import { PackError, type PackagedPack } from './types.js'
import { beginPackArchiveCheck, verifyPackArchive } from './verify.js'

/** Reads for the digest: large enough to keep the hash busy, one buffer, memory flat. */
const DIGEST_CHUNK = 1 << 20
/**
 * Smaller archives are checked whole before anything else: their check takes milliseconds
 * (about 20 ms per 8 MiB here), no more than the round trips it could overlap, and a bad one
 * then reaches no registry at all.
 */
const DEFER_MIN_BYTES = 8 << 20

/**
 * `archivePath` is read from disk; `display` is how the user named it, used in messages.
 * `deferCheck`: for an archive of 8 MiB or more, return once MANIFEST and Pack.yaml are read
 * and the file's digest is known, with the check of every entry still running in `checked`
 * (see PackagedPack).
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
  // The digest first, alone, so the upload can start soon; the check then reads the file again
  // (and hashes it too: the two must agree, below).
  const digested = await fileDigest(absolute, display).catch((failure: unknown) => ({ failure }))
  const check = beginPackArchiveCheck(absolute, display)
  const { metadata, created, warnings } = await check.head
  if ('failure' in digested) throw digested.failure
  const { digest, size } = digested
  const checked = check.verified.then((verified) => {
    if (verified.digest !== digest || verified.size !== size) throw changedWhileRead(display)
  })
  checked.catch(() => undefined)
  return {
    ...pack(metadata, { archiveDigest: digest, archiveSize: size, created, warnings }),
    checked
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

function changedWhileRead(display: string): PackError {
  return new PackError(`${display} changed while it was being read for the push`, {
    file: display,
    fix: 'let whatever writes the archive finish before the push starts'
  })
}
