// One pack, packaged once for every destination: the archive, its created time, and the OCI
// artifact (config, layer, manifest), which does not depend on where it goes.
import { mkdtemp } from 'node:fs/promises'
import path from 'node:path'
import { isPackArchiveName, packagePack } from '../pack/index.js'
import { manifestAnnotations } from './annotations.js'
import { buildPackArtifact } from './artifact.js'
import type { PackJob, PackedArtifact } from './context.js'
import { resolveCreatedTime } from './created.js'

export async function packageOne(packPath: string, job: PackJob): Promise<PackedArtifact> {
  const { request, deps, emit } = job
  const absolute = path.resolve(request.baseDir, packPath)
  // A prebuilt archive keeps the created time written in its MANIFEST: nothing to choose.
  const created = isPackArchiveName(packPath)
    ? undefined
    : await resolveCreatedTime(absolute, request.sourceDateEpoch, deps.commitTime)
  if (created?.warning) emit({ type: 'warning', message: created.warning })
  const outDir = await mkdtemp(path.join(request.workDir, 'pack-'))
  // A prebuilt archive's entries are checked later (pack.deferredCheck), by its uploads as they
  // send it: nothing is committed before the check passes.
  const pack = await packagePack({
    path: absolute,
    outDir,
    created: created?.date ?? new Date(0),
    deferCheck: true
  })
  for (const warning of pack.warnings) emit({ type: 'warning', ...warning })
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
  return { pack, artifact, createdSource: created?.source }
}
