// Wires the pieces: inputs → package → tags and annotations → push (registry or layout) →
// outputs and summary. One log group per phase; every failure ends in one setFailed message.
import * as core from '@actions/core'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseAnnotationsInput, manifestAnnotations } from './annotations.js'
import { buildPackArtifact } from './artifact.js'
import { readGitContext } from './context.js'
import { resolveCreatedTime } from './created.js'
import { parseDestination, defaultDestination, type Destination } from './destination.js'
import { getInputs } from './inputs.js'
import { writeOutputs, type RunResult } from './outputs.js'
import { PackError, packagePack } from './pack/index.js'
import { planTags, describeTagPlan } from './tags.js'
import type { Logger } from './oci/types.js'
import { writeSummary, type SummaryFailure } from './summary.js'

const coreLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m)
}

export async function run(): Promise<void> {
  const progress: Partial<RunResult> = {}
  try {
    const result = await pushPack(progress)
    writeOutputs(result)
    await writeSummary(result)
  } catch (error) {
    const message = failureMessage(error)
    const file = error instanceof PackError ? error.file : undefined
    if (file) {
      // setFailed with an annotation on Pack.yaml (line included when the parser knew it).
      core.error(message, { file, startLine: (error as PackError).line })
      process.exitCode = core.ExitCode.Failure
    } else {
      core.setFailed(message)
    }
    const failure: SummaryFailure = { message, progress }
    await writeSummary(undefined, failure).catch(() => {})
  }
}

/** Errors that describe bad input or a registry's answer: their message is the whole story. */
const USER_ERRORS = new Set([
  'PackError',
  'InputError',
  'InvalidReferenceError',
  'TagError',
  'AnnotationError',
  'CredentialError',
  'RegistryError',
  'NetworkError',
  'PartialTagError',
  'LayoutError'
])

function failureMessage(error: unknown): string {
  if (error instanceof Error && USER_ERRORS.has(error.name)) return error.message
  // A bug of ours: say so, and keep the stack for ACTIONS_STEP_DEBUG only.
  if (error instanceof Error && error.stack) core.debug(error.stack)
  const message = error instanceof Error ? error.message : String(error)
  return `${message} (unexpected error in sherpack/push-action: please report it with the debug log)`
}

async function pushPack(progress: Partial<RunResult>): Promise<RunResult> {
  const { inputs, context, userAnnotations, explicitDestination } = await core.group(
    'Resolve inputs',
    async () => {
      const inputs = getInputs()
      for (const secret of [inputs.password, inputs.token]) if (secret) core.setSecret(secret)
      const context = readGitContext()
      // Checked before any work so that bad input writes nothing.
      const explicitDestination = parseDestination(inputs.destination)
      const userAnnotations = parseAnnotationsInput(inputs.annotations)
      core.info(
        `Pack: ${inputs.path}; destination: ${inputs.destination || '(derived)'}; push: ${inputs.push}`
      )
      return { inputs, context, userAnnotations, explicitDestination }
    }
  )

  const pack = await core.group('Package', async () => {
    const created = await resolveCreatedTime(path.resolve(inputs.path))
    const outDir = await mkdtemp(
      path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'sherpack-push-')
    )
    const pack = await packagePack({ path: inputs.path, outDir, created: created.date })
    for (const warning of pack.warnings) {
      core.warning(warning.message, { file: warning.file, startLine: warning.line })
    }
    const kind = pack.prebuilt ? 'prebuilt archive' : `created ${pack.created} (${created.source})`
    core.info(`${pack.archiveFileName}: ${pack.archiveSize} bytes, ${pack.archiveDigest}, ${kind}`)
    return pack
  })
  progress.pack = pack

  const destination: Destination =
    explicitDestination ?? defaultDestination(context, pack.metadata.name)
  const tagPlan = planTags({
    tagsInput: inputs.tags,
    destinationTag: destination.tag,
    version: pack.metadata.version,
    context,
    versionCheck: inputs.versionCheck
  })
  const tags = tagPlan.map((t) => t.tag)
  core.info(`Tag plan for ${destination.display}:`)
  for (const line of describeTagPlan(tagPlan)) core.info(`  ${line}`)

  const annotations = manifestAnnotations({
    metadata: pack.metadata,
    created: pack.created,
    context,
    user: userAnnotations
  })
  const artifact = buildPackArtifact(pack, annotations)
  const result: RunResult = {
    pack,
    destination,
    manifest: artifact.manifest,
    digest: artifact.manifest.digest,
    tagPlan,
    tagsWritten: [],
    tagsUnchanged: [],
    pushed: false
  }
  Object.assign(progress, result)

  if (!inputs.push) {
    core.info(`push is false: nothing written. The manifest digest would be ${result.digest}`)
    return result
  }

  if (destination.kind === 'layout') {
    await core.group('Upload', async () => {
      const { writeToLayout } = await import('./oci/layout.js')
      await writeToLayout({
        dir: destination.dir,
        blobs: [artifact.config, artifact.layer],
        manifest: artifact.manifest,
        tags
      })
      core.info(`Wrote ${tags.join(', ')} → ${result.digest} to the OCI layout ${destination.dir}`)
    })
    result.tagsWritten = tags
  } else {
    const { reference } = destination
    const credential = await core.group('Find credentials', async () => {
      const { resolveCredential } = await import('./credentials.js')
      return resolveCredential({
        registry: reference.registry,
        apiHost: reference.apiHost,
        inputs: { username: inputs.username, password: inputs.password, token: inputs.token },
        env: process.env,
        logger: coreLogger,
        mask: (secret) => core.setSecret(secret)
      })
    })
    result.credentialSource = credential?.source ?? 'anonymous'
    progress.credentialSource = result.credentialSource
    const { RegistryClient } = await import('./oci/client.js')
    const client = new RegistryClient({
      host: reference.apiHost,
      plainHttp: inputs.plainHttp,
      credential,
      logger: coreLogger,
      mask: (secret) => core.setSecret(secret),
      timeoutMs: inputs.timeoutMs,
      phase: (name, work) => core.group(name, work)
    })
    try {
      const pushed = await client.push({
        repository: reference.repository,
        blobs: [artifact.config, artifact.layer],
        manifest: artifact.manifest,
        tags,
        overwrite: inputs.overwrite
      })
      result.tagsWritten = pushed.tagsWritten
      result.tagsUnchanged = pushed.tagsUnchanged
      result.blobsUploaded = pushed.blobsUploaded
      result.bytesUploaded = pushed.bytesUploaded
      core.info(
        `Pushed ${destination.display}@${result.digest}: ${pushed.blobsUploaded} blob(s) uploaded (${pushed.bytesUploaded} bytes), ${pushed.blobsSkipped} already there; tags written: ${pushed.tagsWritten.join(', ') || 'none'}${pushed.tagsUnchanged.length ? `; unchanged: ${pushed.tagsUnchanged.join(', ')}` : ''}`
      )
    } finally {
      client.close()
    }
  }
  result.pushed = true
  return result
}
