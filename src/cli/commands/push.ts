// `sherpack-push push <dir|archive> [oci://host/repo[:tag]]`: the action's publish, driven by
// flags, the environment and the CI's variables instead of action inputs.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { outcomeMetadata } from '../../core/metadata.js'
import { publish } from '../../core/publish.js'
import { gitCommitTime } from '../../core/git.js'
import type { PublishOutcome, PublishRequest } from '../../core/types.js'
import { parseLayoutDestination, parseOciReference } from '../../oci/reference.js'
import { DEFAULT_TIMEOUT_MS, UsageError } from '../args.js'
import { gitLabDefaultDestination, sourceContextFromEnv } from '../ci-env.js'
import { networkSettingsFromEnv } from '../../ci/network-env.js'
import { credentialsFor, type CommandRun } from '../run-context.js'

export async function pushCommand(run: CommandRun): Promise<void> {
  const { io, terminal, options } = run
  const destination = destinationOf(run)
  const credentialFor = await credentialsFor(run)
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'sherpack-push-'))
  try {
    const request: PublishRequest = {
      path: path.resolve(io.cwd, run.positionals[0] as string),
      destination,
      tags: tagsToWrite(destination, options.tags),
      annotations: options.annotations,
      source: sourceContextFromEnv(io.env),
      push: true,
      overwrite: options.overwrite,
      versionCheck: true,
      plainHttp: options.plainHttp,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
      workDir
    }
    const result = await publish(request, {
      credentialFor,
      mask: (secret) => terminal.mask(secret),
      onEvent: (event) => terminal.event(event),
      commitTime: gitCommitTime,
      network: networkSettingsFromEnv(io.env, terminal)
    })
    const outcome = result.outcomes[0]
    if (!outcome) throw new Error('publish returned no outcome')
    if (!result.ok || outcome.status === 'failed') throw outcome.error ?? new Error('push failed')
    report(run, outcome)
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

/** The second argument; on GitLab CI without one, `oci://$CI_REGISTRY_IMAGE/<pack name>`. */
function destinationOf(run: CommandRun): string {
  const given = run.positionals[1]
  if (given !== undefined) return given
  const gitLab = gitLabDefaultDestination(run.io.env)
  if (gitLab !== undefined) return gitLab
  throw new UsageError(
    'push needs a destination, e.g. oci://ghcr.io/my-org/my-pack[:TAG] (on GitLab CI it defaults to oci://$CI_REGISTRY_IMAGE/<pack name>)',
    'push'
  )
}

/**
 * The destination's tag and every --tag are all written, as `docker push` then `docker tag`
 * would. With no --tag the core's rules apply unchanged (the destination's tag, else the CI's).
 */
export function tagsToWrite(destination: string, tags: string[]): string[] {
  if (tags.length === 0) return []
  const destinationTag = tagOf(destination)
  return destinationTag === undefined ? [...tags] : [destinationTag, ...tags]
}

function tagOf(destination: string): string | undefined {
  const text = destination.trim()
  if (text.endsWith('/')) return undefined
  if (/^oci-layout:\/\//i.test(text)) return parseLayoutDestination(text).tag
  return parseOciReference(text).tag
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
    terminal.result(JSON.stringify(metadata ?? {}))
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
}
