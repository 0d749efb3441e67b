// What a CI run tells the CLI through its environment, mapped onto the core's SourceContext so
// that tags and annotations follow the same rules as the action's (`v1.2.3` → 1.2.3, 1.2, 1,
// latest). GitLab CI also gives a default destination and registry credentials.
import type { SourceContext } from '../core/source.js'
import { readGitContext } from '../ci/github.js'
import type { CredentialSource } from '../credentials/index.js'

type Env = Record<string, string | undefined>

export function isGitLabCi(env: Env): boolean {
  return env.GITLAB_CI === 'true'
}

/** The commit and ref being built: GitLab's CI_* or GitHub's GITHUB_* variables; else nothing. */
export function sourceContextFromEnv(env: Env): SourceContext {
  if (isGitLabCi(env)) return gitLabSource(env)
  if (env.GITHUB_ACTIONS === 'true') return readGitContext(env)
  return {}
}

/**
 * CI_COMMIT_TAG → a tag ref; CI_MERGE_REQUEST_IID → a pull request (tags pr-<iid>); else the
 * branch in CI_COMMIT_BRANCH/CI_COMMIT_REF_NAME. Scheduled and manually started pipelines
 * are GitHub's schedule and workflow_dispatch: they get the pack version, as in the action.
 */
export function gitLabSource(env: Env): SourceContext {
  const source: SourceContext = {}
  const set = <K extends keyof SourceContext>(key: K, value: SourceContext[K] | undefined) => {
    if (value !== undefined) source[key] = value
  }
  set('sha', value(env.CI_COMMIT_SHA) ?? value(env.CI_COMMIT_SHORT_SHA))
  set('repository', value(env.CI_PROJECT_PATH))
  set('repositoryOwner', value(env.CI_PROJECT_NAMESPACE))
  set('serverUrl', value(env.CI_SERVER_URL))
  set('actor', value(env.GITLAB_USER_LOGIN))
  const tag = value(env.CI_COMMIT_TAG)
  const mergeRequest = positiveInteger(env.CI_MERGE_REQUEST_IID)
  if (tag !== undefined) {
    Object.assign(source, {
      eventName: 'push',
      refType: 'tag',
      refName: tag,
      ref: `refs/tags/${tag}`
    })
  } else if (mergeRequest !== undefined) {
    Object.assign(source, {
      eventName: 'pull_request',
      prNumber: mergeRequest,
      ref: `refs/merge-requests/${mergeRequest}/head`,
      refName: value(env.CI_COMMIT_REF_NAME) ?? `${mergeRequest}/head`
    })
    set('headRef', value(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME) ?? value(env.CI_COMMIT_REF_NAME))
    set('baseRef', value(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME))
  } else {
    const branch = value(env.CI_COMMIT_BRANCH) ?? value(env.CI_COMMIT_REF_NAME)
    set('eventName', pipelineEvent(value(env.CI_PIPELINE_SOURCE)))
    if (branch !== undefined) {
      Object.assign(source, { refType: 'branch', refName: branch, ref: `refs/heads/${branch}` })
    }
  }
  return source
}

/** GitLab's CI_PIPELINE_SOURCE in GitHub's event names, which the tag rules speak. */
function pipelineEvent(pipelineSource: string | undefined): string {
  switch (pipelineSource) {
    case 'schedule':
      return 'schedule'
    case 'web':
    case 'api':
    case 'trigger':
    case 'chat':
      return 'workflow_dispatch'
    default:
      return 'push'
  }
}

/** `oci://$CI_REGISTRY_IMAGE/`: the core appends the pack name. */
export function gitLabDefaultDestination(env: Env): string | undefined {
  if (!isGitLabCi(env)) return undefined
  const image = value(env.CI_REGISTRY_IMAGE)
  return image === undefined ? undefined : `oci://${image.replace(/\/+$/, '')}/`
}

/** CI_REGISTRY_USER/CI_REGISTRY_PASSWORD, for the host CI_REGISTRY and no other. */
export function gitLabCredentialSource(env: Env): CredentialSource | undefined {
  if (!isGitLabCi(env)) return undefined
  const registry = value(env.CI_REGISTRY)?.toLowerCase()
  if (registry === undefined) return undefined
  return {
    kind: 'pair',
    label: 'GitLab CI_REGISTRY_USER/CI_REGISTRY_PASSWORD',
    username: value(env.CI_REGISTRY_USER),
    password: value(env.CI_REGISTRY_PASSWORD),
    hosts: (host) => host.toLowerCase() === registry,
    halfSet: (missing) =>
      missing === 'password'
        ? 'CI_REGISTRY_USER is set but CI_REGISTRY_PASSWORD is empty'
        : 'CI_REGISTRY_PASSWORD is set but CI_REGISTRY_USER is empty'
  }
}

function value(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === '' ? undefined : text.trim()
}

function positiveInteger(text: string | undefined): number | undefined {
  const number = Number(value(text))
  return Number.isSafeInteger(number) && number > 0 ? number : undefined
}
