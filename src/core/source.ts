// The commit and ref a pack is built from, as any front end learns it (GitHub's GITHUB_*
// variables, GitLab's CI_* variables, nothing on a laptop). Tags and annotations derive from it.

export interface SourceContext {
  eventName?: string
  /** Full ref, e.g. `refs/heads/main`, `refs/tags/v1.2.3`, `refs/pull/12/merge`. */
  ref?: string
  /** Short ref name, e.g. `main`, `v1.2.3`, `12/merge`. */
  refName?: string
  refType?: 'branch' | 'tag'
  /** The commit the run is for (for a pull request: GitHub's merge commit). */
  sha?: string
  prNumber?: number
  /** `owner/repo`. */
  repository?: string
  repositoryOwner?: string
  /** e.g. `https://github.com`, or a GitHub Enterprise Server URL. */
  serverUrl?: string
  actor?: string
  /** Pull requests only: the target branch. */
  baseRef?: string
  /** Pull requests only: the source branch. */
  headRef?: string
}

/** `refs/pull/<n>/merge` (or `/head`) → n. */
export function pullRequestNumberFromRef(ref: string | undefined): number | undefined {
  const match = /^refs\/pull\/(\d+)\//.exec(ref ?? '')
  return match ? positiveInteger(Number(match[1])) : undefined
}

function positiveInteger(value: number): number | undefined {
  return Number.isSafeInteger(value) && value > 0 ? value : undefined
}
