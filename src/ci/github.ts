// The bits of the GitHub Actions run the core plans tags and annotations from.
//
// Read straight from the runner's environment and event file rather than through
// `@actions/github`'s `context`: importing that module pulls Octokit and undici into the
// bundle's load path, a start-up cost on every run (bench/results.md measures imports) for a
// handful of env variables.
import { pullRequestNumberFromRef, type SourceContext } from '../core/source.js'
import { readUserFileSync } from '../read-user-file.js'

export type GitContext = SourceContext

type ReadFile = (path: string, encoding: 'utf8') => string

/** Far more than any event payload; a FIFO or device in its place is not waited on. */
const readEventFile: ReadFile = (path) => readUserFileSync(path, 64 << 20)

/**
 * Reads the run's context from the GITHUB_* variables and the event payload file.
 * Unset or empty variables are left out; a missing, unreadable or malformed event file only
 * means there is no payload to learn from (a local run, another CI), never an error.
 */
export function readGitContext(
  env: NodeJS.ProcessEnv = process.env,
  readFile: ReadFile = readEventFile
): GitContext {
  const context: GitContext = {}
  const set = <K extends keyof GitContext>(key: K, value: GitContext[K] | undefined): void => {
    if (value !== undefined) context[key] = value
  }

  set('eventName', nonEmpty(env.GITHUB_EVENT_NAME))
  set('ref', nonEmpty(env.GITHUB_REF))
  set('sha', nonEmpty(env.GITHUB_SHA))
  set('repository', nonEmpty(env.GITHUB_REPOSITORY))
  set('repositoryOwner', nonEmpty(env.GITHUB_REPOSITORY_OWNER))
  set('serverUrl', nonEmpty(env.GITHUB_SERVER_URL))
  set('actor', nonEmpty(env.GITHUB_ACTOR))
  set('headRef', nonEmpty(env.GITHUB_HEAD_REF))
  set('baseRef', nonEmpty(env.GITHUB_BASE_REF))

  const fromRef = splitRef(context.ref)
  const refType = env.GITHUB_REF_TYPE === 'branch' || env.GITHUB_REF_TYPE === 'tag'
  set('refType', refType ? (env.GITHUB_REF_TYPE as 'branch' | 'tag') : fromRef.refType)
  set('refName', nonEmpty(env.GITHUB_REF_NAME) ?? fromRef.refName)

  const payload = readEventPayload(nonEmpty(env.GITHUB_EVENT_PATH), readFile)
  const pullRequest = record(payload?.pull_request)
  set(
    'prNumber',
    positiveInteger(pullRequest?.number) ??
      positiveInteger(payload?.number) ??
      pullRequestNumberFromRef(context.ref)
  )
  // pull_request_target and similar runs may lack GITHUB_HEAD_REF/BASE_REF; the payload has them.
  if (pullRequest) {
    set('headRef', context.headRef ?? nonEmpty(stringAt(record(pullRequest.head)?.ref)))
    set('baseRef', context.baseRef ?? nonEmpty(stringAt(record(pullRequest.base)?.ref)))
  }
  return context
}

function splitRef(ref: string | undefined): Pick<GitContext, 'refType' | 'refName'> {
  if (ref === undefined) return {}
  if (ref.startsWith('refs/heads/')) return { refType: 'branch', refName: ref.slice(11) }
  if (ref.startsWith('refs/tags/')) return { refType: 'tag', refName: ref.slice(10) }
  // refs/pull/12/merge → `12/merge`, as GitHub itself sets GITHUB_REF_NAME.
  if (ref.startsWith('refs/pull/')) return { refName: ref.slice(10) }
  return {}
}

function readEventPayload(
  path: string | undefined,
  readFile: ReadFile
): Record<string, unknown> | undefined {
  if (path === undefined) return undefined
  try {
    return record(JSON.parse(readFile(path, 'utf8')))
  } catch {
    return undefined
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

function stringAt(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined
}
