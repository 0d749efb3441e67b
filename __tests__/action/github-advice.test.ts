// Advice only a workflow can follow, added by the action: ghcr.io's 403 names the job's
// `packages: write` permission; other registries and other refusals are left as they are.
import { describe, expect, it } from 'vitest'
import { withGitHubAdvice } from '../../src/action/github-advice.js'
import { httpError } from '../../src/oci/errors.js'

describe('withGitHubAdvice', () => {
  it('a 403 from ghcr.io: the job permission and the package settings', () => {
    const refused = httpError('POST', 'https://ghcr.io/v2/o/p/blobs/uploads/', 403)
    expect(withGitHubAdvice(refused)).toMatch(
      /answered 403.*On ghcr\.io from a workflow: give the job `permissions: packages: write`/
    )
  })

  it('a 403 from another registry, or another status from ghcr.io: the message as it is', () => {
    const other = httpError('POST', 'https://registry.gitlab.com/v2/o/p/blobs/uploads/', 403)
    expect(withGitHubAdvice(other)).toBe(other.message)
    expect(withGitHubAdvice(other)).not.toMatch(/packages: write/)
    const denied = httpError('POST', 'https://ghcr.io/v2/o/p/blobs/uploads/', 401)
    expect(withGitHubAdvice(denied)).toBe(denied.message)
  })
})
