// packageDirectory(request, deps): a pack directory packaged into a directory of the user's
// choosing, the archive `sherpack package` makes, with the created-time rule of a push.
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from '../errors.js'
import { isPackArchiveName } from '../pack/index.js'
import type { PackagedPack } from '../pack/types.js'
import { packageAt } from './package-one.js'
import type { PublishDeps } from './types.js'

export interface PackageRequest {
  /** The pack directory (holding Pack.yaml), as the user gave it. */
  path: string
  /** Where `path` and `outDir` are resolved. */
  baseDir: string
  outDir: string
  /** SOURCE_DATE_EPOCH as the user set it, if they did. */
  sourceDateEpoch?: string
}

export async function packageDirectory(
  request: PackageRequest,
  deps: Pick<PublishDeps, 'onEvent' | 'commitTime'>
): Promise<PackagedPack> {
  const dir = path.resolve(request.baseDir, request.path)
  await requireDirectory(dir, request.path)
  const { pack, created } = await packageAt({
    path: dir,
    outDir: path.resolve(request.baseDir, request.outDir),
    sourceDateEpoch: request.sourceDateEpoch,
    commitTime: deps.commitTime,
    emit: deps.onEvent
  })
  deps.onEvent({
    type: 'info',
    message: `Packaged ${pack.metadata.name} ${pack.metadata.version}: ${pack.archiveSize} bytes, created ${pack.created} (${created?.source})`
  })
  return pack
}

async function requireDirectory(dir: string, given: string): Promise<void> {
  const stats = await stat(dir).catch(() => undefined)
  if (stats?.isDirectory()) return
  if (stats?.isFile() && isPackArchiveName(dir)) {
    throw new UserError(`'${given}' is an archive already`, {
      option: 'path',
      fix: 'packaging takes a pack directory; an archive is pushed as it is, byte for byte'
    })
  }
  throw new UserError(stats ? `'${given}' is not a directory` : `'${given}' does not exist`, {
    option: 'path',
    fix: 'give the pack directory, the one holding Pack.yaml'
  })
}
