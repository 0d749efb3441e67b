// The GitHub Action: inputs → core → log groups, annotations, outputs and the job summary.
// Everything the push does lives in src/core; this file only speaks GitHub.
import { checkedDestination } from './core/destination.js'
import { failedOutcome } from './core/outcome.js'
import type { ProxySettings, PublishOutcome } from './core/types.js'
import { recordArtifacts } from './ci/artifacts.js'
import { readGitContext, type GitContext } from './ci/github.js'
import { messageOf } from './errors.js'
import { networkSettingsFromEnv } from './ci/network-env.js'
import { actionCredentialSources } from './action/credentials.js'
import { getInputs, secretKeyLines, type Inputs } from './action/inputs.js'
import { reportPlan } from './action/plan-report.js'
import { ActionLog, safeLine } from './action/render.js'
import { reportRun } from './action/report.js'
import { publishRequest } from './action/request.js'
import { Runner } from './action/runner.js'

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const started = Date.now()
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const runner = new Runner(env)
  const log = new ActionLog(runner, workspace)
  let outcomes: PublishOutcome[]
  let context: GitContext | undefined
  let inputs: Inputs | undefined
  try {
    log.startPhase('resolve')
    inputs = getInputs((name) => runner.input(name), env)
    for (const secret of [inputs.password, inputs.token, inputs.signingKeyPassword]) {
      runner.mask(secret)
    }
    for (const line of secretKeyLines(inputs.signingKey)) runner.mask(line)
    context = readGitContext(env)
    const request = publishRequest(inputs, context, env)
    sayInputsOk(runner, inputs, request.destinations)
    const [{ publish }, { resolveCredential }] = await Promise.all([
      import('./core/publish.js'),
      import('./credentials/index.js')
    ])
    const sources = actionCredentialSources(inputs, env)
    const mask = (secret: string) => runner.mask(secret)
    const network = networkSettingsFromEnv(env, log.logger)
    if (network.proxy) maskProxyPasswords(network.proxy, mask)
    // A credential helper is stopped by the step's timeout at the latest.
    const deadline = started + inputs.timeoutMs
    const result = await publish(request, {
      credentialFor: (registry, apiHost) =>
        resolveCredential({ registry, apiHost }, sources, {
          logger: log.logger,
          mask,
          deadline
        }),
      mask,
      onEvent: log.onEvent,
      commitTime: async (dir) => (await import('./core/git.js')).gitCommitTime(dir),
      network
    })
    outcomes = result.outcomes
  } catch (error) {
    outcomes = [failedOutcome(error, 'resolve')]
  }
  log.end()
  reportRun(outcomes, context, workspace, runner)
  if (inputs?.plan) reportPlan(outcomes, inputs.failOnRefused, runner)
  await recordArtifacts(outcomes, env).then(
    (count) => {
      if (count > 0) runner.info(`Appended ${count} subject(s) to GITHUB_ARTIFACTS`)
    },
    (error: unknown) =>
      runner.warning(
        `Could not append to GITHUB_ARTIFACTS (attestations will not find these subjects): ${messageOf(error)}`
      )
  )
}

/**
 * Said once the destinations are checked, in their checked form: a destination with credentials
 * written into it is refused here, never echoed.
 */
function sayInputsOk(runner: Runner, inputs: Inputs, destinations: string[]): void {
  const shown = destinations.map(checkedDestination)
  const derived = inputs.destinations.length === 0 ? ' (derived)' : ''
  // The arrow says where the pack goes; only push: false changes that, and is said.
  const packageOnly = inputs.plan
    ? '; plan: true, so only read: nothing is written'
    : inputs.push
      ? ''
      : '; push: false, so only packaged: nothing is written'
  runner.info(
    safeLine(`Inputs OK: ${inputs.paths.join(', ')} → ${shown.join(', ')}${derived}${packageOnly}`)
  )
}

/** A proxy URL's password is a secret like any other. */
function maskProxyPasswords(proxy: ProxySettings, mask: (secret: string) => void): void {
  for (const value of [proxy.httpProxy, proxy.httpsProxy]) {
    try {
      const password = value ? decodeURIComponent(new URL(value).password) : ''
      if (password) mask(password)
    } catch {
      // Not a URL: the transport says so when it is used.
    }
  }
}
