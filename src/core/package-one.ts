// One pack, packaged once for every destination: the archive, its created time, and the OCI
// artifact (config, layer, manifest), which does not depend on where it goes.
import { access, mkdtemp } from 'node:fs/promises'
import path from 'node:path'
import { isPackArchiveName, packagePack } from '../pack/index.js'
import type { PackagedPack } from '../pack/types.js'
import { manifestAnnotations } from './annotations.js'
import { buildPackArtifact } from './artifact.js'
import type { PackJob, PackedArtifact } from './context.js'
import { resolveCreatedTime, type CommitTime, type CreatedTime } from './created.js'
import type { PackSignature } from './signing.js'
import type { PublishEvent } from './types.js'

export async function packageOne(packPath: string, job: PackJob): Promise<PackedArtifact> {
  const { request, deps, emit } = job
  const { pack, created } = await packageAt({
    path: path.resolve(request.baseDir, packPath),
    outDir: await mkdtemp(path.join(request.workDir, 'pack-')),
    sourceDateEpoch: request.sourceDateEpoch,
    commitTime: deps.commitTime,
    emit
  })
  const kind = pack.prebuilt ? 'prebuilt archive' : `created ${pack.created} (${created?.source})`
  emit({
    type: 'info',
    message: `${pack.archiveFileName}: ${pack.archiveSize} bytes, ${pack.archiveDigest}, ${kind}`
  })
  const annotations = manifestAnnotations({
    metadata: pack.metadata,
    created: pack.created,
    context: request.source,
    user: request.annotations
  })
  const artifact = buildPackArtifact(pack, annotations)
  emit({
    type: 'info',
    message: `Packaged ${pack.metadata.name} ${pack.metadata.version}: manifest ${artifact.manifest.digest}`
  })
  const signature = await packSignature(pack, job)
  if (signature) {
    const how = signature.origin === 'signed' ? 'Signed' : 'Found the signature of'
    emit({
      type: 'info',
      message: `${how} ${pack.archiveFileName} with minisign key ${signature.keyId} (trusted comment: ${signature.trustedComment})`
    })
  }
  return { pack, artifact, createdSource: created?.source, signature }
}

/**
 * The signature to push with the pack: made with the signing key, or found beside a prebuilt
 * archive. The signing code is loaded only when there is one to make or to read.
 */
async function packSignature(pack: PackagedPack, job: PackJob): Promise<PackSignature | undefined> {
  const beside = pack.prebuilt && (await exists(`${pack.archivePath}.minisig`))
  if (!job.signingKeys?.key && !beside) {
    if (job.signingKeys) {
      job.emit({
        type: 'warning',
        message: `Public keys were given, but ${pack.archiveFileName} has no signature to check (no signing key, no ${pack.archiveFileName}.minisig beside it): it is pushed unsigned`
      })
    }
    return undefined
  }
  const { signatureFor } = await import('./signing.js')
  return signatureFor(pack, job.signingKeys)
}

function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false
  )
}

export interface PackageAtOptions {
  /** The pack directory or prebuilt archive, absolute. */
  path: string
  /** Where the archive is written. */
  outDir: string
  sourceDateEpoch?: string
  commitTime?: CommitTime
  emit: (event: PublishEvent) => void
}

/**
 * Packaging as every use case does it: the created time chosen by one rule (SOURCE_DATE_EPOCH,
 * else the commit time), the archive written, and its warnings reported.
 */
export async function packageAt(
  options: PackageAtOptions
): Promise<{ pack: PackagedPack; created?: CreatedTime }> {
  const { emit } = options
  // A prebuilt archive keeps the created time written in its MANIFEST: nothing to choose.
  const created = isPackArchiveName(options.path)
    ? undefined
    : await resolveCreatedTime(options.path, options.sourceDateEpoch, options.commitTime)
  if (created?.warning) emit({ type: 'warning', message: created.warning })
  const pack = await packagePack({
    path: options.path,
    outDir: options.outDir,
    created: created?.date ?? new Date(0)
  })
  for (const warning of pack.warnings) emit({ type: 'warning', ...warning })
  return { pack, created }
}
