// `sherpack-push push <dir|archive> [oci://host/repo[:tag]]`: the action's publish, driven by
// flags, the environment and the CI's variables instead of action inputs.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { outcomeEntry, outcomeMetadata, outcomeName } from '../../core/metadata.js'
import { planEntries, planTableLines, refusalVerdict } from '../../core/plan.js'
import { publish } from '../../core/publish.js'
import { gitCommitTime } from '../../core/git.js'
import type { PublishOutcome, PublishRequest } from '../../core/types.js'
import { UserError, messageOf } from '../../errors.js'
import { UsageError } from '../args.js'
import { gitLabDefaultDestination, sourceContextFromEnv } from '../ci-env.js'
import { recordArtifacts } from '../../ci/artifacts.js'
import { networkSettingsFromEnv } from '../../ci/network-env.js'
import { credentialsFor, type CommandRun } from '../run-context.js'
import { signingRequest } from '../signing.js'

export async function pushCommand(run: CommandRun): Promise<void> {
  const { io, terminal, options } = run
  const { paths, destinations } = splitArguments(run)
  const credentialFor = await credentialsFor(run)
  const signing = await signingRequest(run)
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'sherpack-push-'))
  try {
    const request: PublishRequest = {
      paths,
      baseDir: io.cwd,
      destinations,
      tags: options.tags,
      destinationTagToo: options.tags.length > 0,
      annotations: options.annotations,
      source: sourceContextFromEnv(io.env),
      push: true,
      plan: options.plan,
      overwrite: options.overwrite,
      skipExisting: options.skipExisting,
      versionCheck: options.versionCheck,
      plainHttp: options.plainHttp,
      timeoutMs: options.timeoutMs,
      sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
      workDir,
      signing
    }
    const result = await publish(request, {
      credentialFor,
      mask: (secret) => terminal.mask(secret),
      onEvent: (event) => terminal.event(event),
      commitTime: gitCommitTime,
      network: networkSettingsFromEnv(io.env, terminal)
    })
    if (options.plan) {
      reportPlan(run, result.outcomes)
      return
    }
    await recordArtifacts(result.outcomes, io.env).catch((error: unknown) =>
      terminal.warning(`could not append to GITHUB_ARTIFACTS: ${messageOf(error)}`)
    )
    const [only] = result.outcomes
    if (result.outcomes.length === 1 && only) {
      if (only.status === 'failed') throw only.error ?? new Error('push failed')
      report(run, only)
      return
    }
    reportMany(run, result.outcomes)
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

/** Paths first, then destinations (oci://, oci-layout://); on GitLab CI the destination may go. */
function splitArguments(run: CommandRun): { paths: string[]; destinations: string[] } {
  const isDestination = (arg: string) => /^oci(-layout)?:\/\//i.test(arg)
  const paths = run.positionals.filter((arg) => !isDestination(arg))
  const destinations = run.positionals.filter(isDestination)
  const firstDestination = run.positionals.findIndex(isDestination)
  if (
    firstDestination >= 0 &&
    run.positionals.slice(firstDestination).some((a) => !isDestination(a))
  ) {
    throw new UsageError('give the paths first, then the destinations (oci://…)', 'push')
  }
  if (paths.length === 0) throw new UsageError('push needs a pack directory or archive', 'push')
  if (destinations.length > 0) return { paths, destinations }
  const gitLab = gitLabDefaultDestination(run.io.env)
  if (gitLab !== undefined) return { paths, destinations: [gitLab] }
  throw new UsageError(
    'push needs a destination, e.g. oci://ghcr.io/my-org/my-pack[:TAG] (on GitLab CI it defaults to oci://$CI_REGISTRY_IMAGE/<pack name>)',
    'push'
  )
}

/**
 * --plan: the table (or with --json the plan array), then exit 1 when a plan could not be made,
 * or with --fail-on-refused when anything would be refused.
 */
function reportPlan(run: CommandRun, outcomes: PublishOutcome[]): void {
  const { terminal, options } = run
  const entries = planEntries(outcomes)
  if (options.json) terminal.result(JSON.stringify(entries))
  else for (const line of planTableLines(entries)) terminal.result(line)
  const failed = outcomes.filter((o) => o.status === 'failed')
  if (failed.length > 0) {
    throw new UserError(
      `No plan for ${failed.length} of ${outcomes.length} pack × destination: ${failures(failed)}`
    )
  }
  const verdict = refusalVerdict(entries)
  if (verdict === undefined) return
  if (options.failOnRefused) throw new UserError(`${verdict} (--fail-on-refused)`)
  terminal.info(`${verdict}: a push would fail there, writing nothing`)
}

function failures(failed: PublishOutcome[]): string {
  return failed
    .map(
      (o) =>
        `${o.destination?.display ?? o.pack?.metadata.name ?? '?'}: ${o.error?.message ?? 'failed'}`
    )
    .join('; ')
}

/** Several packs or destinations: one line each, the failures last; exit 1 if any failed. */
function reportMany(run: CommandRun, outcomes: PublishOutcome[]): void {
  const { terminal, options } = run
  if (options.json) {
    terminal.json(
      outcomes.map((outcome) =>
        withoutTemporaryArchive(outcomeEntry(outcome, outcome.error?.message), outcome)
      )
    )
  } else {
    for (const outcome of outcomes) {
      const digest = outcome.manifest ? `@${outcome.manifest.digest}` : ''
      terminal.result(`${outcome.status.padEnd(9)} ${outcomeName(outcome)}${digest}`)
    }
  }
  const failed = outcomes.filter((o) => o.status === 'failed')
  if (failed.length === 0) return
  throw new UserError(
    `${failed.length} of ${outcomes.length} pack × destination pushes failed: ${failures(failed)}`
  )
}

function report(run: CommandRun, outcome: PublishOutcome): void {
  const { terminal, options } = run
  for (const { tag, digest } of outcome.tagsElsewhere) {
    terminal.warning(
      `tag ${tag} now points to ${digest}, not to this push (another push won the race?)`
    )
  }
  const metadata = outcomeMetadata(outcome)
  if (options.json) {
    terminal.json(metadata ? withoutTemporaryArchive(metadata, outcome) : {})
    return
  }
  const destination = outcome.destination?.display ?? ''
  const digest = outcome.manifest?.digest ?? ''
  if (options.quiet) {
    terminal.result(`${destination}@${digest}`)
    return
  }
  const written = outcome.tagsWritten.length ? outcome.tagsWritten.join(', ') : 'none'
  const unchanged = outcome.tagsUnchanged.length
    ? `; already there: ${outcome.tagsUnchanged.join(', ')}`
    : ''
  terminal.result(`${destination}@${digest}`)
  terminal.result(`tags written: ${written}${unchanged}`)
  if (outcome.signature) {
    terminal.result(
      `signature: ${outcome.signature.digest} (minisign key ${outcome.signature.keyId}); verify with: sherpack-push pull oci://${destination}@${digest} --verify --key PUBFILE`
    )
  }
  for (const { tag, from } of outcome.tagsMoved ?? []) {
    terminal.result(`tag ${tag} moved from ${from}`)
  }
}

/**
 * --json names no file that is gone: an archive packaged from a directory lived in this run's
 * temporary directory, removed on exit (its digest stays). `package` keeps one on disk.
 */
function withoutTemporaryArchive(
  entry: Record<string, unknown>,
  outcome: PublishOutcome
): Record<string, unknown> {
  if (!outcome.pack || outcome.pack.prebuilt) return entry
  const { archive: _removed, ...kept } = entry
  return kept
}
