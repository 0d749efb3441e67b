// An archive the user packaged already (`path: mypack-1.0.0.tgz`) is checked whole and handed on
// as it is: nothing is written anywhere, so a bad archive leaves no trace. The check is done
// before anything is sent anywhere: a push of a prebuilt archive never uploads unchecked bytes.
import path from 'node:path'
import type { PackagedPack } from './types.js'
import { verifyPackArchive } from './verify.js'

/** `archivePath` is read from disk; `display` is how the user named it, used in messages. */
export async function readPrebuiltArchive(
  archivePath: string,
  display: string
): Promise<PackagedPack> {
  const absolute = path.resolve(archivePath)
  const verified = await verifyPackArchive(absolute, display)
  return {
    metadata: verified.metadata,
    archivePath: absolute,
    archiveFileName: path.basename(absolute),
    prebuilt: true,
    archiveDigest: verified.digest,
    archiveSize: verified.size,
    created: verified.created,
    manifestDigest: verified.manifestDigest,
    warnings: verified.warnings
  }
}
