// Wires the pieces: inputs → package → tags and annotations → push (registry or layout) →
// outputs and summary. One log group per phase (Resolve inputs, Package, Authenticate, Upload,
// Tag), each ending with a one-line result; every failure ends in one setFailed message.
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
import { writeSummary, type RunProgress, type SummaryReport } from './summary.js'

const coreLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m)
}

export async function run(): Promise<void> {
  const progress: RunProgress = {}
  let report: SummaryReport
  try {
    const result = await pushPack(progress)
    writeOutputs(result)
    report = { ok: true, result, context: progress.context }
  } catch (error) {
    const message = failureMessage(error)
    const file = annotationFile(error, progress)
    if (file) {
      // setFailed with an annotation on Pack.yaml (line included when the parser knew it).
      core.error(message, { file, startLine: error instanceof PackError ? error.line : undefined })
      process.exitCode = core.ExitCode.Failure
    } else {
      core.setFailed(message)
    }
    const name = error instanceof Error ? error.name : undefined
    report = { ok: false, error: { message, name }, progress }
  }
  // The summary is a report, not the result: failing to write it must not fail the push.
  await writeSummary(report).catch((error: unknown) => {
    core.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
    )
  })
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

/**
 * The file an error annotation points at: the pack file a PackError names, or Pack.yaml for a
 * git tag that disagrees with its version. Relative to the workspace, as annotations need.
 */
function annotationFile(error: unknown, progress: RunProgress): string | undefined {
  if (error instanceof PackError) return workspaceRelative(error.file)
  if (error instanceof Error && error.name === 'TagError' && /Pack\.yaml/.test(error.message)) {
    return workspaceRelative(progress.pack?.packFile)
  }
  return undefined
}

function workspaceRelative(file: string | undefined): string | undefined {
  if (!file) return undefined
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const relative = path.relative(workspace, path.resolve(file))
  // Outside the workspace (a temp dir): the absolute path is the most honest pointer.
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? path.resolve(file)
    : relative.split(path.sep).join('/')
}

async function pushPack(progress: RunProgress): Promise<RunResult> {
  // Each phase is a log group; the one running when an error escapes is named in the summary.
  const phase = <T>(name: string, work: () => Promise<T>): Promise<T> => {
    progress.phase = name
    return core.group(name, work)
  }

  const { inputs, context, userAnnotations, explicitDestination } = await phase(
    'Resolve inputs',
    async () => {
      const inputs = getInputs()
      for (const secret of [inputs.password, inputs.token]) if (secret) core.setSecret(secret)
      const context = readGitContext()
      progress.context = context
      // Checked before any work so that bad input writes nothing.
      const explicitDestination = parseDestination(inputs.destination)
      if (explicitDestination) progress.destination = explicitDestination
      const userAnnotations = parseAnnotationsInput(inputs.annotations)
      core.info(
        `Inputs OK: pack ${inputs.path} → ${explicitDestination?.display ?? '(derived from the pack name)'}; push: ${inputs.push}`
      )
      return { inputs, context, userAnnotations, explicitDestination }
    }
  )

  const { result, artifact, tags } = await phase('Package', async () => {
    const created = await resolveCreatedTime(path.resolve(inputs.path))
    const outDir = await mkdtemp(
      path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'sherpack-push-')
    )
    const pack = await packagePack({ path: inputs.path, outDir, created: created.date })
    progress.pack = pack
    for (const warning of pack.warnings) {
      core.warning(warning.message, {
        file: workspaceRelative(warning.file),
        startLine: warning.line
      })
    }
    const kind = pack.prebuilt ? 'prebuilt archive' : `created ${pack.created} (${created.source})`
    core.info(`${pack.archiveFileName}: ${pack.archiveSize} bytes, ${pack.archiveDigest}, ${kind}`)

    const destination: Destination =
      explicitDestination ?? defaultDestination(context, pack.metadata.name)
    progress.destination = destination
    const tagPlan = planTags({
      tagsInput: inputs.tags,
      destinationTag: destination.tag,
      version: pack.metadata.version,
      context,
      versionCheck: inputs.versionCheck
    })
    progress.tagPlan = tagPlan
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
    core.info(
      `Packaged ${pack.metadata.name} ${pack.metadata.version}: manifest ${result.digest}, ${tagPlan.length} tag(s) planned`
    )
    return { result, artifact, tags: tagPlan.map((t) => t.tag) }
  })
  const { destination } = result

  if (!inputs.push) {
    core.info(`push is false: nothing written. The manifest digest would be ${result.digest}`)
    return result
  }

  if (destination.kind === 'layout') {
    await phase('Upload', async () => {
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
    const client = await phase('Authenticate', async () => {
      const { resolveCredential } = await import('./credentials.js')
      const credential = await resolveCredential({
        registry: reference.registry,
        apiHost: reference.apiHost,
        inputs: { username: inputs.username, password: inputs.password, token: inputs.token },
        env: process.env,
        logger: coreLogger,
        mask: (secret) => core.setSecret(secret)
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
        phase
      })
      try {
        await client.authenticate(reference.repository)
      } catch (error) {
        client.close()
        throw error
      }
      return client
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
