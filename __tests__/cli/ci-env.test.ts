import { describe, expect, it } from 'vitest'
import {
  gitLabCredentialSource,
  gitLabDefaultDestination,
  gitLabSource,
  sourceContextFromEnv
} from '../../src/cli/ci-env.js'
import { planTags } from '../../src/core/tags.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const GITLAB = {
  GITLAB_CI: 'true',
  CI_COMMIT_SHA: SHA,
  CI_COMMIT_SHORT_SHA: SHA.slice(0, 8),
  CI_PROJECT_PATH: 'group/project',
  CI_PROJECT_NAMESPACE: 'group',
  CI_SERVER_URL: 'https://gitlab.example.com',
  CI_REGISTRY: 'registry.example.com',
  CI_REGISTRY_IMAGE: 'registry.example.com/group/project',
  CI_PIPELINE_SOURCE: 'push'
}

function tagsFor(env: Record<string, string>, version = '1.2.3'): string[] {
  return planTags({
    entries: [],
    version,
    context: sourceContextFromEnv(env),
    versionCheck: true
  }).map((entry) => entry.tag)
}

describe('GitLab CI variables → the core SourceContext', () => {
  it('a tag pipeline is a tag ref', () => {
    expect(
      gitLabSource({ ...GITLAB, CI_COMMIT_TAG: 'v1.2.3', CI_COMMIT_REF_NAME: 'v1.2.3' })
    ).toEqual({
      eventName: 'push',
      refType: 'tag',
      refName: 'v1.2.3',
      ref: 'refs/tags/v1.2.3',
      sha: SHA,
      repository: 'group/project',
      repositoryOwner: 'group',
      serverUrl: 'https://gitlab.example.com'
    })
  })

  it('a branch pipeline is a branch push', () => {
    expect(
      gitLabSource({
        ...GITLAB,
        CI_COMMIT_BRANCH: 'feature/login',
        CI_COMMIT_REF_NAME: 'feature/login'
      })
    ).toMatchObject({
      eventName: 'push',
      refType: 'branch',
      refName: 'feature/login',
      ref: 'refs/heads/feature/login'
    })
  })

  it('a merge request pipeline is a pull request numbered by its IID', () => {
    expect(
      gitLabSource({
        ...GITLAB,
        CI_PIPELINE_SOURCE: 'merge_request_event',
        CI_MERGE_REQUEST_IID: '42',
        CI_COMMIT_REF_NAME: 'feature/x',
        CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/x',
        CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main'
      })
    ).toMatchObject({
      eventName: 'pull_request',
      prNumber: 42,
      headRef: 'feature/x',
      baseRef: 'main'
    })
  })

  it('only the short sha: it is still the commit', () => {
    const { CI_COMMIT_SHA: _full, ...env } = GITLAB
    expect(gitLabSource(env).sha).toBe(SHA.slice(0, 8))
  })

  it('outside GitLab (GITLAB_CI unset) the CI_* variables are not read', () => {
    const { GITLAB_CI: _flag, ...env } = GITLAB
    expect(sourceContextFromEnv({ ...env, CI_COMMIT_TAG: 'v1.2.3' })).toEqual({})
    expect(gitLabDefaultDestination(env)).toBeUndefined()
    expect(
      gitLabCredentialSource({ ...env, CI_REGISTRY_USER: 'u', CI_REGISTRY_PASSWORD: 'p' })
    ).toBeUndefined()
  })

  it('on a laptop (no CI at all) there is no context: tags fall back to the pack version', () => {
    expect(sourceContextFromEnv({})).toEqual({})
    expect(tagsFor({})).toEqual(['1.2.3'])
  })
})

describe('GitLab tags follow the action rules', () => {
  const cases: [string, Record<string, string>, string, string[]][] = [
    ['v1.2.3 tag', { CI_COMMIT_TAG: 'v1.2.3' }, '1.2.3', ['1.2.3', '1.2', '1', 'latest']],
    ['1.2.3 tag without v', { CI_COMMIT_TAG: '1.2.3' }, '1.2.3', ['1.2.3', '1.2', '1', 'latest']],
    ['0.x tag', { CI_COMMIT_TAG: 'v0.4.1' }, '0.4.1', ['0.4.1', '0.4', 'latest']],
    ['pre-release tag', { CI_COMMIT_TAG: 'v1.3.0-rc.1' }, '1.3.0-rc.1', ['1.3.0-rc.1']],
    ['other tag', { CI_COMMIT_TAG: 'nightly' }, '1.2.3', ['nightly']],
    [
      'branch',
      { CI_COMMIT_BRANCH: 'feature/login', CI_COMMIT_REF_NAME: 'feature/login' },
      '1.2.3',
      ['feature-login', `sha-${SHA.slice(0, 7)}`]
    ],
    [
      'merge request',
      {
        CI_MERGE_REQUEST_IID: '12',
        CI_PIPELINE_SOURCE: 'merge_request_event',
        CI_COMMIT_REF_NAME: 'x'
      },
      '1.2.3',
      ['pr-12']
    ],
    [
      'scheduled pipeline on a branch',
      { CI_COMMIT_BRANCH: 'main', CI_PIPELINE_SOURCE: 'schedule' },
      '1.2.3',
      ['1.2.3']
    ],
    [
      'manually run pipeline on a branch',
      { CI_COMMIT_BRANCH: 'main', CI_PIPELINE_SOURCE: 'web' },
      '1.2.3',
      ['1.2.3']
    ]
  ]
  it.each(cases)('%s', (_name, vars, version, tags) => {
    expect(tagsFor({ ...GITLAB, ...vars }, version)).toEqual(tags)
  })

  it('a version tag that disagrees with Pack.yaml is refused, as in the action', () => {
    expect(() => tagsFor({ ...GITLAB, CI_COMMIT_TAG: 'v2.0.0' }, '1.2.3')).toThrow(/2\.0\.0/)
  })
})

describe('GitLab defaults', () => {
  it('the destination is oci://$CI_REGISTRY_IMAGE/, which the core completes with the pack name', () => {
    expect(gitLabDefaultDestination(GITLAB)).toBe('oci://registry.example.com/group/project/')
    expect(gitLabDefaultDestination({ ...GITLAB, CI_REGISTRY_IMAGE: 'h:5050/g/p/' })).toBe(
      'oci://h:5050/g/p/'
    )
    expect(gitLabDefaultDestination({ ...GITLAB, CI_REGISTRY_IMAGE: '' })).toBeUndefined()
  })

  it('CI_REGISTRY_USER/PASSWORD are offered for CI_REGISTRY only', () => {
    const source = gitLabCredentialSource({
      ...GITLAB,
      CI_REGISTRY: 'Registry.Example.com:5050',
      CI_REGISTRY_USER: 'gitlab-ci-token',
      CI_REGISTRY_PASSWORD: 'job-token'
    })
    expect(source).toMatchObject({
      kind: 'pair',
      username: 'gitlab-ci-token',
      password: 'job-token'
    })
    if (source?.kind !== 'pair' || !source.hosts) throw new Error('expected a host-bound pair')
    expect(source.hosts('registry.example.com:5050')).toBe(true)
    expect(source.hosts('registry.example.com')).toBe(false)
    expect(source.hosts('ghcr.io')).toBe(false)
  })
})
