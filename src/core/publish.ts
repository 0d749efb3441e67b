// publish(request, deps): package a pack, plan its tags and annotations, and push it to a
// registry or write it to an OCI layout. Progress goes out as events; the result says what is
// in the registry, also when the work stopped half-way.
import { mkdtemp } from 'node:fs/promises'
import path from 'node:path'
import type { RegistryClient } from '../oci/client.js'
import type { Logger } from '../oci/types.js'
import { packagePack } from '../pack/index.js'
import { manifestAnnotations } from './annotations.js'
import { buildPackArtifact, type PackArtifact } from './artifact.js'
import { resolveCreatedTime } from './created.js'
import { destinationFor, parseDestination, type Destination } from './destination.js'
import { openRegistry } from './registry.js'
import { describeTagPlan, planTags } from './tags.js'
import type { Phase, PublishDeps, PublishOutcome, PublishRequest, PublishResult } from './types.js'

/** What the packaging phase hands to the writing phases. */
interface Prepared {
  destination: Destination
  artifact: PackArtifact
  tags: string[]
}

export async function publish(request: PublishRequest, deps: PublishDeps): Promise<PublishResult> {
  const outcome: PublishOutcome = {
    status: 'failed',
    tagPlan: [],
    tagsWritten: [],
    tagsUnchanged: [],
    tagsElsewhere: []
  }
  let phase: Phase = 'resolve'
  const enter = (next: Phase) => {
    phase = next
    deps.onEvent({ type: 'phase', phase: next })
  }
  try {
    enter('resolve')
    const spec = parseDestination(request.destination)
    // Known before packaging when complete, so a failure there can say where nothing went.
    if (spec.kind === 'complete') outcome.destination = spec.destination
    enter('package')
    const prepared = await packageAndPlan(request, deps, spec, outcome)
    if (!request.push) {
      deps.onEvent({
        type: 'info',
        message: `Nothing written (push is off). The manifest digest would be ${prepared.artifact.manifest.digest}`
      })
      outcome.status = 'packaged'
    } else {
      await write(request, deps, prepared, outcome, enter)
    }
  } catch (error) {
    outcome.status = 'failed'
    outcome.error = error instanceof Error ? error : new Error(String(error))
    outcome.failedIn = phase
    recordWhatIsInTheRegistry(error, outcome)
  }
  return { outcomes: [outcome], ok: outcome.status !== 'failed' }
}

async function packageAndPlan(
  request: PublishRequest,
  deps: PublishDeps,
  spec: ReturnType<typeof parseDestination>,
  outcome: PublishOutcome
): Promise<Prepared> {
  // A prebuilt archive keeps the created time written in its MANIFEST: nothing to choose.
  const created = isArchivePath(request.path)
    ? undefined
    : await resolveCreatedTime(path.resolve(request.path), request.sourceDateEpoch, deps.commitTime)
  outcome.createdSource = created?.source
  if (created?.warning) deps.onEvent({ type: 'warning', message: created.warning })
  const outDir = await mkdtemp(path.join(request.workDir, 'pack-'))
  const pack = await packagePack({
    path: request.path,
    outDir,
    created: created?.date ?? new Date(0)
  })
  outcome.pack = pack
  for (const warning of pack.warnings) deps.onEvent({ type: 'warning', ...warning })
  const kind = pack.prebuilt ? 'prebuilt archive' : `created ${pack.created} (${created?.source})`
  deps.onEvent({
    type: 'info',
    message: `${pack.archiveFileName}: ${pack.archiveSize} bytes, ${pack.archiveDigest}, ${kind}`
  })

  const destination = destinationFor(spec, pack.metadata.name)
  outcome.destination = destination
  outcome.tagPlan = planTags({
    entries: request.tags,
    destinationTag: destination.tag,
    version: pack.metadata.version,
    context: request.source,
    versionCheck: request.versionCheck,
    packFile: pack.packFile
  })
  deps.onEvent({ type: 'info', message: `Tag plan for ${destination.display}:` })
  for (const line of describeTagPlan(outcome.tagPlan)) {
    deps.onEvent({ type: 'info', message: `  ${line}` })
  }
  const annotations = manifestAnnotations({
    metadata: pack.metadata,
    created: pack.created,
    context: request.source,
    user: request.annotations
  })
  const artifact = buildPackArtifact(pack, annotations)
  outcome.manifest = artifact.manifest
  deps.onEvent({
    type: 'info',
    message: `Packaged ${pack.metadata.name} ${pack.metadata.version}: manifest ${artifact.manifest.digest}, ${outcome.tagPlan.length} tag(s) planned`
  })
  return { destination, artifact, tags: outcome.tagPlan.map((t) => t.tag) }
}

async function write(
  request: PublishRequest,
  deps: PublishDeps,
  prepared: Prepared,
  outcome: PublishOutcome,
  enter: (phase: Phase) => void
): Promise<void> {
  const { destination, artifact, tags } = prepared
  if (destination.kind === 'layout') {
    enter('upload')
    const { writeToLayout } = await import('../oci/layout.js')
    await writeToLayout({
      dir: destination.dir,
      blobs: [artifact.config, artifact.layer],
      manifest: artifact.manifest,
      tags
    })
    outcome.tagsWritten = tags
    outcome.status = 'written'
    deps.onEvent({
      type: 'info',
      message: `Wrote ${tags.join(', ')} → ${artifact.manifest.digest} to the OCI layout ${destination.dir}`
    })
    return
  }
  enter('authenticate')
  const client = await connect(request, deps, destination, outcome, enter)
  try {
    await pushToRegistry(client, request, deps, prepared, outcome)
  } finally {
    client.close()
  }
}

async function connect(
  request: PublishRequest,
  deps: PublishDeps,
  destination: Extract<Destination, { kind: 'registry' }>,
  outcome: PublishOutcome,
  enter: (phase: Phase) => void
): Promise<RegistryClient> {
  const { reference } = destination
  const credential = await deps.credentialFor(reference.registry, reference.apiHost)
  outcome.credentialSource = credential?.source ?? 'anonymous'
  return openRegistry({
    apiHost: reference.apiHost,
    plainHttp: request.plainHttp,
    credential,
    logger: eventLogger(deps),
    mask: deps.mask,
    timeoutMs: request.timeoutMs,
    network: deps.network,
    onPhase: (phase) => enter(phase)
  })
}

async function pushToRegistry(
  client: RegistryClient,
  request: PublishRequest,
  deps: PublishDeps,
  prepared: Prepared,
  outcome: PublishOutcome
): Promise<void> {
  const { destination, artifact, tags } = prepared
  if (destination.kind !== 'registry') return
  const pushed = await client.push({
    repository: destination.reference.repository,
    blobs: [artifact.config, artifact.layer],
    manifest: artifact.manifest,
    tags,
    overwrite: request.overwrite
  })
  outcome.tagsWritten = pushed.tagsWritten
  outcome.tagsUnchanged = pushed.tagsUnchanged
  outcome.blobsUploaded = pushed.blobsUploaded
  outcome.bytesUploaded = pushed.bytesUploaded
  outcome.status =
    pushed.tagsWritten.length === 0 && pushed.blobsUploaded === 0 ? 'unchanged' : 'written'
  const unchanged = pushed.tagsUnchanged.length
    ? `; unchanged: ${pushed.tagsUnchanged.join(', ')}`
    : ''
  deps.onEvent({
    type: 'info',
    message: `Pushed ${destination.display}@${artifact.manifest.digest}: ${pushed.blobsUploaded} blob(s) uploaded (${pushed.bytesUploaded} bytes), ${pushed.blobsSkipped} already there; tags written: ${pushed.tagsWritten.join(', ') || 'none'}${unchanged}`
  })
}

/** A push error that stopped after some tags were written says which, and where they point. */
function recordWhatIsInTheRegistry(error: unknown, outcome: PublishOutcome): void {
  if (typeof error !== 'object' || error === null) return
  const { tagsWritten, tagsUnchanged, tagsElsewhere } = error as Partial<
    Pick<PublishOutcome, 'tagsWritten' | 'tagsUnchanged' | 'tagsElsewhere'>
  >
  if (Array.isArray(tagsWritten)) outcome.tagsWritten = tagsWritten
  if (Array.isArray(tagsUnchanged)) outcome.tagsUnchanged = tagsUnchanged
  if (Array.isArray(tagsElsewhere)) outcome.tagsElsewhere = tagsElsewhere
}

function isArchivePath(file: string): boolean {
  return /\.(tar\.gz|tgz)$/i.test(file)
}

function eventLogger(deps: PublishDeps): Logger {
  return {
    info: (message) => deps.onEvent({ type: 'info', message }),
    warning: (message) => deps.onEvent({ type: 'warning', message }),
    debug: (message) => deps.onEvent({ type: 'debug', message })
  }
}
