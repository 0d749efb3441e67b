// The GitHub Action: inputs → core → log groups, annotations, outputs and the job summary.
// Everything the push does lives in src/core; this file only speaks GitHub.
import os from 'node:os'
import { splitList } from './core/tags.js'
import { parseAnnotations } from './core/annotations.js'
import type { PublishOutcome, PublishRequest } from './core/types.js'
import { readGitContext, type GitContext } from './ci/github.js'
import { actionCredentialSources } from './action/credentials.js'
import { getInputs, InputError, type Inputs } from './action/inputs.js'
import { writeOutputs } from './action/outputs.js'
import { ActionLog, failureMessage, reportFailure, safeLine } from './action/render.js'
import { Runner } from './action/runner.js'
import { writeSummary } from './action/summary.js'
import { networkSettingsFromEnv } from './ci/network-env.js'

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const runner = new Runner(env)
  const log = new ActionLog(runner, workspace)
  let outcome: PublishOutcome = emptyOutcome()
  let context: GitContext | undefined
  try {
    log.startPhase('resolve')
    const inputs = getInputs((name) => runner.input(name), env)
    for (const secret of [inputs.password, inputs.token]) runner.mask(secret)
    context = readGitContext(env)
    const request = publishRequest(inputs, context, env)
    runner.info(
      safeLine(
        `Inputs OK: pack ${inputs.path} → ${inputs.destination || `${request.destination} (derived)`}; push: ${inputs.push}`
      )
    )
    const { publish } = await import('./core/publish.js')
    const { resolveCredential } = await import('./credentials/index.js')
    const sources = actionCredentialSources(inputs, env)
    const mask = (secret: string) => runner.mask(secret)
    const result = await publish(request, {
      credentialFor: (registry, apiHost) =>
        resolveCredential({ registry, apiHost }, sources, { logger: log.logger, mask }),
      mask,
      onEvent: log.onEvent,
      commitTime: async (dir) => (await import('./core/git.js')).gitCommitTime(dir),
      network: networkSettingsFromEnv(env, log.logger)
    })
    outcome = result.outcomes[0] ?? outcome
  } catch (error) {
    outcome = { ...outcome, status: 'failed', failedIn: 'resolve', error: asError(error) }
  }
  log.end()
  finish(outcome, context, workspace, runner)
}

function finish(
  outcome: PublishOutcome,
  context: GitContext | undefined,
  workspace: string,
  runner: Runner
): void {
  let errorMessage: string | undefined
  if (outcome.status === 'failed') {
    errorMessage = failureMessage(outcome.error, runner)
    reportFailure(outcome.error, errorMessage, workspace, runner)
  } else {
    writeOutputs(outcome, runner)
  }
  // The summary is a report, not the result: failing to write it must not fail the push.
  try {
    writeSummary({ outcome, errorMessage, context }, runner)
  } catch (error) {
    runner.warning(`Could not write the job summary: ${asError(error).message}`)
  }
}

function publishRequest(
  inputs: Inputs,
  context: GitContext,
  env: NodeJS.ProcessEnv
): PublishRequest {
  return {
    path: inputs.path,
    destination: inputs.destination || defaultDestination(context),
    tags: splitList(inputs.tags),
    annotations: parseAnnotations(
      inputs.annotations.split(/\r?\n/),
      (index) => `annotations input, line ${index + 1}`
    ),
    source: context,
    push: inputs.push,
    overwrite: inputs.overwrite,
    versionCheck: inputs.versionCheck,
    plainHttp: inputs.plainHttp,
    timeoutMs: inputs.timeoutMs,
    sourceDateEpoch: env.SOURCE_DATE_EPOCH,
    workDir: env.RUNNER_TEMP || os.tmpdir()
  }
}

/** oci://ghcr.io/<owner>/ (the pack name is appended), lower-cased: owners may hold capitals. */
function defaultDestination(context: GitContext): string {
  const owner = context.repositoryOwner ?? context.repository?.split('/')[0]
  if (!owner) {
    throw new InputError(
      'destination is not set and there is no GitHub context (GITHUB_REPOSITORY_OWNER) to derive oci://ghcr.io/<owner>/<pack name> from',
      {
        option: 'destination',
        fix: 'set destination, e.g. oci://ghcr.io/my-org/my-pack or oci-layout://./out'
      }
    )
  }
  return `oci://ghcr.io/${owner.toLowerCase()}/`
}

function emptyOutcome(): PublishOutcome {
  return { status: 'failed', tagPlan: [], tagsWritten: [], tagsUnchanged: [], tagsElsewhere: [] }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}
