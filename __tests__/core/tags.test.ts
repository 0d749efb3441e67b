import { describe, expect, it } from 'vitest'
import type { GitContext } from '../../src/ci/github.js'
import { describeTagPlan, planTags, sanitizeTag, splitList, TagError } from '../../src/core/tags.js'
import { thrownBy } from '../support/thrown.js'

const SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b'
const base: GitContext = {
  repository: 'acme/packs',
  repositoryOwner: 'acme',
  serverUrl: 'https://github.com',
  actor: 'octocat',
  sha: SHA
}
const tagPush = (name: string): GitContext => ({
  ...base,
  eventName: 'push',
  ref: `refs/tags/${name}`,
  refName: name,
  refType: 'tag'
})
const branchPush = (name: string, eventName = 'push'): GitContext => ({
  ...base,
  eventName,
  ref: `refs/heads/${name}`,
  refName: name,
  refType: 'branch'
})
const pullRequest: GitContext = {
  ...base,
  eventName: 'pull_request',
  ref: 'refs/pull/42/merge',
  refName: '42/merge',
  refType: 'branch',
  prNumber: 42,
  headRef: 'feature/login',
  baseRef: 'main'
}

interface PlanExtra {
  tagsInput?: string
  destinationTag?: string
  versionCheck?: boolean
}

function planFor(context: GitContext, version: string, extra: PlanExtra = {}) {
  return planTags({
    entries: splitList(extra.tagsInput ?? ''),
    ...(extra.destinationTag !== undefined ? { destinationTag: extra.destinationTag } : {}),
    version,
    context,
    versionCheck: extra.versionCheck ?? true
  })
}

function tagsFor(context: GitContext, version: string, extra: PlanExtra = {}): string[] {
  return planFor(context, version, extra).map((entry) => entry.tag)
}

describe('planTags from the git event', () => {
  it.each<[string, GitContext, string, string[]]>([
    ['tag v1.2.3', tagPush('v1.2.3'), '1.2.3', ['1.2.3', '1.2', '1', 'latest']],
    ['tag 1.2.3 without v', tagPush('1.2.3'), '1.2.3', ['1.2.3', '1.2', '1', 'latest']],
    [
      'release event on a tag',
      { ...tagPush('v2.0.1'), eventName: 'release' },
      '2.0.1',
      ['2.0.1', '2.0', '2', 'latest']
    ],
    ['pre-release', tagPush('v1.3.0-rc.1'), '1.3.0-rc.1', ['1.3.0-rc.1']],
    ['0.x stable', tagPush('v0.4.1'), '0.4.1', ['0.4.1', '0.4', 'latest']],
    ['0.x pre-release', tagPush('v0.4.2-beta'), '0.4.2-beta', ['0.4.2-beta']],
    ['build metadata', tagPush('v1.2.3+b7'), '1.2.3+b7', ['1.2.3_b7', '1.2', '1', 'latest']],
    [
      'pre-release with build metadata',
      tagPush('1.0.0-alpha.1+exp.sha.5114f85'),
      '1.0.0-alpha.1+exp.sha.5114f85',
      ['1.0.0-alpha.1_exp.sha.5114f85']
    ],
    ['non-SemVer tag', tagPush('release/2024-06 final'), '1.2.3', ['release-2024-06-final']],
    ['tag that is almost SemVer', tagPush('v1.2'), '1.2.3', ['v1.2']],
    ['tag with double v', tagPush('vv1.2.3'), '1.2.3', ['vv1.2.3']],
    ['branch main', branchPush('main'), '1.2.3', ['main', 'sha-9f86d08']],
    [
      'branch with slashes and capitals',
      branchPush('Feature/Foo_bar'),
      '1.2.3',
      ['Feature-Foo_bar', 'sha-9f86d08']
    ],
    ['branch push without sha', { ...branchPush('dev'), sha: undefined }, '1.2.3', ['dev']],
    [
      'branch ref, no event name',
      { ref: 'refs/heads/dev', refName: 'dev', refType: 'branch' },
      '1.2.3',
      ['dev']
    ],
    ['pull request (payload number)', pullRequest, '1.2.3', ['pr-42']],
    [
      'pull request (number from refs/pull)',
      { eventName: 'pull_request', ref: 'refs/pull/77/merge', refName: '77/merge' },
      '1.2.3',
      ['pr-77']
    ],
    [
      'refs/pull ref with another event name',
      { ...base, eventName: 'pull_request_review', ref: 'refs/pull/8/merge' },
      '1.2.3',
      ['pr-8']
    ],
    [
      'pull_request_target on the base branch',
      { ...branchPush('main', 'pull_request_target'), prNumber: 5 },
      '1.2.3',
      ['pr-5']
    ],
    [
      'workflow_dispatch on a branch',
      branchPush('main', 'workflow_dispatch'),
      '1.2.3+b7',
      ['1.2.3_b7']
    ],
    [
      'workflow_dispatch on a SemVer tag',
      { ...tagPush('v1.2.3'), eventName: 'workflow_dispatch' },
      '1.2.3',
      ['1.2.3', '1.2', '1', 'latest']
    ],
    ['schedule', branchPush('main', 'schedule'), '2.0.0-rc.2', ['2.0.0-rc.2']],
    ['no context at all', {}, '0.1.0', ['0.1.0']]
  ])('%s', (_name, context, version, expected) => {
    expect(tagsFor(context, version)).toEqual(expected)
  })

  it('never tags a pull request latest, even from a SemVer head', () => {
    const context: GitContext = { ...pullRequest, headRef: 'v1.2.3' }
    expect(tagsFor(context, '1.2.3')).not.toContain('latest')
  })

  it('reports the rule and the source of each tag', () => {
    const plan = planFor(tagPush('v1.2.3'), '1.2.3')
    expect(plan).toEqual([
      { tag: '1.2.3', rule: 'semver tag: full version', source: 'v1.2.3' },
      { tag: '1.2', rule: 'semver tag: major.minor', source: 'v1.2.3' },
      { tag: '1', rule: 'semver tag: major', source: 'v1.2.3' },
      { tag: 'latest', rule: 'latest (stable release)', source: 'v1.2.3' }
    ])
    expect(planFor(branchPush('a/b'), '1.2.3')).toEqual([
      { tag: 'a-b', rule: 'branch, made tag-safe', source: 'a/b' },
      { tag: 'sha-9f86d08', rule: 'commit sha', source: SHA }
    ])
  })

  it('refuses a git tag that does not match Pack.yaml', () => {
    const plan = (): string[] => tagsFor(tagPush('v1.2.4'), '1.2.3')
    expect(plan).toThrow(TagError)
    expect(plan).toThrow(
      'Git tag v1.2.4 does not match Pack.yaml metadata.version 1.2.3: bump the version in Pack.yaml to match the tag'
    )
    expect(plan).toThrow(
      expect.objectContaining({ suggest: { option: 'versionCheck', value: 'false' } })
    )
  })

  it('treats build metadata as part of the version when checking', () => {
    expect(() => tagsFor(tagPush('v1.2.3+b8'), '1.2.3+b7')).toThrow(/v1\.2\.3\+b8.*1\.2\.3\+b7/)
  })

  it('takes the tags from the git tag when versionCheck is off', () => {
    expect(tagsFor(tagPush('v1.2.4'), '1.2.3', { versionCheck: false })).toEqual([
      '1.2.4',
      '1.2',
      '1',
      'latest'
    ])
  })

  it('does not check a non-SemVer git tag against Pack.yaml', () => {
    expect(tagsFor(tagPush('nightly'), '9.9.9')).toEqual(['nightly'])
  })

  it('asks for explicit tags when a pull request has no number', () => {
    expect(() =>
      tagsFor({ eventName: 'pull_request_target', ref: 'refs/heads/main' }, '1.0.0')
    ).toThrow(/pull request number.*ask for tags explicitly/)
  })

  it('rejects a Pack.yaml version that is not SemVer', () => {
    expect(() => tagsFor({}, '1.2')).toThrow(/"1\.2" is not a SemVer version/)
  })
})

describe('planTags with a destination tag', () => {
  it('uses only the destination tag', () => {
    expect(tagsFor(tagPush('v1.2.3'), '1.2.3', { destinationTag: 'stable' })).toEqual(['stable'])
  })

  it('ignores an empty destination tag', () => {
    expect(tagsFor(branchPush('main'), '1.2.3', { destinationTag: '' })).toEqual([
      'main',
      'sha-9f86d08'
    ])
  })

  it('skips the version check: the user chose the tag', () => {
    expect(tagsFor(tagPush('v9.9.9'), '1.2.3', { destinationTag: 'x' })).toEqual(['x'])
  })
})

describe('planTags for a prebuilt archive', () => {
  const prebuilt = (destinationTag: string, versionCheck = true, entries: string[] = []) =>
    planTags({
      entries,
      destinationTag,
      destinationTagToo: entries.length > 0,
      version: '1.2.3+build.5',
      context: branchPush('main'),
      versionCheck,
      prebuilt: true
    }).map((entry) => entry.tag)

  it.each(['2.0.0', 'v1.2.4', '1.2.3', '1.2.3-rc.1'])(
    'refuses the destination tag %s: another SemVer version than the archive holds',
    (tag) => {
      const error = thrownBy(() => prebuilt(tag))
      expect(error).toBeInstanceOf(TagError)
      expect((error as TagError).what).toMatch(
        new RegExp(
          `^The destination tag ${tag} is version .+, but the prebuilt archive holds version 1\\.2\\.3\\+build\\.5$`
        )
      )
      expect((error as TagError).fix).toBe(
        `push it to the tag of its own version (1.2.3_build.5), or build an archive of ${tag.replace(/^v/, '')}`
      )
      expect((error as TagError).suggest).toEqual({ option: 'versionCheck', value: 'false' })
    }
  )

  it('refuses it also when it is pushed besides the tags asked for', () => {
    expect(() => prebuilt('2.0.0', true, ['stable'])).toThrow(TagError)
  })

  it.each(['1.2.3_build.5', 'v1.2.3+build.5'.replace('+', '_'), 'stable', 'latest', '1.2'])(
    'accepts %s (its own version, or no version at all)',
    (tag) => {
      expect(prebuilt(tag)).toEqual([tag])
    }
  )

  it('accepts another version with versionCheck off', () => {
    expect(prebuilt('2.0.0', false)).toEqual(['2.0.0'])
  })

  it("leaves a directory pack's destination tag alone: the user chose the tag", () => {
    expect(tagsFor(branchPush('main'), '1.2.3', { destinationTag: '2.0.0' })).toEqual(['2.0.0'])
  })
})

describe('planTags from the tags input', () => {
  it.each<[string, string, GitContext, string, string[]]>([
    ['literal tags, comma separated', 'edge, stable', {}, '1.2.3', ['edge', 'stable']],
    ['new lines and blank entries', '\n  edge\n\n,stable,\n', {}, '1.2.3', ['edge', 'stable']],
    ['CRLF lines', 'a\r\nb\r\n', {}, '1.2.3', ['a', 'b']],
    [
      'version placeholders',
      '{{version}},v{{major}}.{{minor}},{{ patch }}',
      {},
      '1.2.3+b7',
      ['1.2.3_b7', 'v1.2', '3']
    ],
    [
      'branch, sha and ref',
      '{{branch}}-{{sha}},ref-{{ref}}',
      branchPush('Feature/Foo'),
      '1.0.0',
      ['Feature-Foo-9f86d08', 'ref-Feature-Foo']
    ],
    [
      'pull request placeholders',
      'pr-{{pr}},{{branch}}',
      pullRequest,
      '1.0.0',
      ['pr-42', 'feature-login']
    ],
    [
      'pr placeholder outside a pull request is dropped',
      'pr-{{pr}},{{version}}',
      branchPush('main'),
      '1.0.0',
      ['1.0.0']
    ],
    [
      'branch placeholder on a tag is dropped',
      '{{branch}},{{ref}}',
      tagPush('v1.0.0'),
      '1.0.0',
      ['v1.0.0']
    ],
    [
      'duplicates removed, first wins',
      '{{version}},1.0.0,latest,latest',
      {},
      '1.0.0',
      ['1.0.0', 'latest']
    ],
    ['sanitised after rendering', 'build/{{version}}', {}, '1.0.0', ['build-1.0.0']],
    ['overrides the event rules and destination tag', 'only', tagPush('v9.9.9'), '1.0.0', ['only']]
  ])('%s', (_name, tagsInput, context, version, expected) => {
    expect(tagsFor(context, version, { tagsInput, destinationTag: 'dest' })).toEqual(expected)
  })

  it('names an unknown placeholder and lists the known ones', () => {
    const plan = (): string[] => tagsFor({}, '1.0.0', { tagsInput: 'ok,{{ Version }}' })
    expect(plan).toThrow(TagError)
    expect(plan).toThrow(
      'Unknown placeholder {{Version}} in tag entry "{{ Version }}". Known placeholders: {{version}}, {{major}}, {{minor}}, {{patch}}, {{branch}}, {{sha}}, {{pr}}, {{ref}}'
    )
  })

  it('rejects unbalanced braces', () => {
    expect(() => tagsFor({}, '1.0.0', { tagsInput: 'v{{version}' })).toThrow(
      /Unbalanced braces in tag entry "v\{\{version\}"/
    )
  })

  it('fails when every entry is dropped', () => {
    expect(() => tagsFor(branchPush('main'), '1.0.0', { tagsInput: 'pr-{{pr}}' })).toThrow(
      /"pr-\{\{pr\}\}"\) gave no tag/
    )
  })

  it('names the entry that cannot become a tag', () => {
    expect(() => tagsFor({}, '1.0.0', { tagsInput: 'ok, ..//..' })).toThrow(
      /Tag "\.\.\/\/\.\." is not a valid tag \(a tag is 1 to 128 characters of A-Z a-z 0-9 _ \. -, and does not start with \. or -\): literal tags are pushed exactly as typed, never rewritten/
    )
  })

  it('records the template an entry came from', () => {
    expect(
      planTags({
        entries: splitList('v{{version}}'),
        version: '1.0.0',
        context: {},
        versionCheck: true
      })
    ).toEqual([{ tag: 'v1.0.0', rule: 'tag template', source: 'v{{version}}' }])
  })
})

describe('sanitizeTag', () => {
  it.each([
    ['main', 'main'],
    ['feature/x', 'feature-x'],
    ['Feature/Foo_bar', 'Feature-Foo_bar'],
    ['a  //  b', 'a-b'],
    ['..hidden', 'hidden'],
    ['-.-x', 'x'],
    ['_under', '_under'],
    ['émoji🚀tag', 'moji-tag'],
    ['trailing/', 'trailing-']
  ])('%s → %s', (raw, expected) => {
    expect(sanitizeTag(raw, 'test')).toBe(expected)
  })

  it('cuts at 128 characters', () => {
    const branch = 'b'.repeat(200)
    const tag = sanitizeTag(branch, 'branch')
    expect(tag).toBe('b'.repeat(128))
    expect(tagsFor(branchPush(`feature/${'x'.repeat(200)}`), '1.0.0')[0]).toHaveLength(128)
  })

  it('refuses a literal tag over 128 characters, but cuts a rendered template', () => {
    const long = 'a'.repeat(129)
    expect(() => tagsFor(branchPush('main'), '1.0.0', { tagsInput: long })).toThrow(
      `Tag "${long}" is not a valid tag (a tag is 1 to 128 characters of A-Z a-z 0-9 _ . -, and does not start with . or -)`
    )
    const fromBranch = tagsFor(branchPush('x'.repeat(200)), '1.0.0', {
      tagsInput: 'b-{{branch}}'
    })
    expect(fromBranch).toEqual([`b-${'x'.repeat(126)}`])
  })

  it('cuts after stripping the leading dots', () => {
    expect(sanitizeTag(`...${'a'.repeat(130)}`, 'x')).toBe('a'.repeat(128))
  })

  it.each(['', '///', '...', '-', '🚀🚀'])('refuses %j, naming where it came from', (raw) => {
    expect(() => sanitizeTag(raw, 'branch "X"')).toThrow(TagError)
    expect(() => sanitizeTag(raw, 'branch "X"')).toThrow(/from branch "X"/)
  })

  it('refuses a branch made only of illegal characters', () => {
    expect(() => tagsFor(branchPush('@@@'), '1.0.0')).toThrow(/branch "@@@"/)
  })
})

describe('describeTagPlan', () => {
  it('writes one aligned line per tag', () => {
    const plan = planFor(tagPush('v1.2.3'), '1.2.3')
    expect(describeTagPlan(plan)).toEqual([
      '1.2.3  ← semver tag: full version (from v1.2.3)',
      '1.2    ← semver tag: major.minor (from v1.2.3)',
      '1      ← semver tag: major (from v1.2.3)',
      'latest ← latest (stable release) (from v1.2.3)'
    ])
  })

  it('leaves out a source equal to the tag', () => {
    expect(
      describeTagPlan([
        { tag: 'main', rule: 'branch', source: 'main' },
        { tag: 'x', rule: 'r' }
      ])
    ).toEqual(['main ← branch', 'x    ← r'])
  })

  it('is empty for an empty plan', () => {
    expect(describeTagPlan([])).toEqual([])
  })
})

describe('literal tags are pushed as typed or refused (never rewritten)', () => {
  it.each([
    ['../latest', 'a path that would once have become latest'],
    ['bad tag!', 'a space and a bang'],
    ['-rc', 'a leading dash'],
    ['.hidden', 'a leading dot'],
    ['1.2.3+build', 'a plus'],
    ['tag\u00e9', 'a non-ASCII letter']
  ])('refuses %j (%s), quoting the rule', (tag) => {
    const plan = () => tagsFor({}, '1.0.0', { tagsInput: tag })
    expect(plan).toThrow(TagError)
    expect(plan).toThrow(
      `Tag ${JSON.stringify(tag)} is not a valid tag (a tag is 1 to 128 characters`
    )
  })

  it('refuses a destination tag that is not a valid tag instead of rewriting it', () => {
    expect(() => tagsFor({}, '1.0.0', { destinationTag: 'bad tag!' })).toThrow(
      /The destination tag "bad tag!" is not a valid tag/
    )
  })

  it('keeps a valid literal tag exactly, capitals and underscores included', () => {
    expect(tagsFor({}, '1.0.0', { tagsInput: 'Release_2024.06-final' })).toEqual([
      'Release_2024.06-final'
    ])
  })

  it('says in the plan when a template or a ref had to be made tag-safe', () => {
    const plan = planTags({
      entries: ['{{branch}}'],
      version: '1.0.0',
      context: branchPush('feature/x'),
      versionCheck: true
    })
    expect(plan).toEqual([
      {
        tag: 'feature-x',
        rule: 'tag template, made tag-safe from "feature/x"',
        source: '{{branch}}'
      }
    ])
  })
})
