// scripts/release.mjs: what the release workflow decides before it publishes (the npm version,
// its dist-tag, the major tag to move) and the release notes it copies from CHANGELOG.md.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  changelogEntry,
  npmCanPublishTrusted,
  releasePlan,
  TRUSTED_PUBLISHING_NPM
} from '../../scripts/release.mjs'
import { repoRoot } from '../support/repo.js'
import { runCommand } from '../support/run-command.js'

const CHANGELOG = `# Changelog

Intro text.

## [Unreleased]

- Something coming.

## [1.3.0-rc.1] - 2027-02-01

- A release candidate.

## [1.2.0] - 2027-01-15

### Added

- The \`plan\` input.

## [1.1.0] - Unreleased

- Not dated yet.

## [1.0.0] - 2026-12-10

- First release.

[1.2.0]: https://github.com/sherpack/push-action/releases/tag/v1.2.0
[1.0.0]: https://github.com/sherpack/push-action/releases/tag/v1.0.0
`

const plan = (tag: string, prerelease: boolean, packageVersion = tag.slice(1)) =>
  releasePlan({ tag, prerelease, packageVersion, changelog: CHANGELOG })

describe('releasePlan', () => {
  it.each([
    ['v1.2.0', false, { version: '1.2.0', distTag: 'latest', majorTag: 'v1' }],
    ['v1.0.0', false, { version: '1.0.0', distTag: 'latest', majorTag: 'v1' }],
    ['v1.3.0-rc.1', true, { version: '1.3.0-rc.1', distTag: 'next', majorTag: '' }]
  ])('%s (pre-release: %s) → %o', (tag, prerelease, expected) => {
    expect(plan(tag, prerelease)).toEqual(expected)
  })

  it.each([
    ['1.2.0', false, '1.2.0', /'1\.2\.0' is not vMAJOR\.MINOR\.PATCH \(v1\.2\.3\)/],
    ['v1.2', false, '1.2', /'v1\.2' is not vMAJOR\.MINOR\.PATCH/],
    ['v1.2.0+build.5', false, '1.2.0+build.5', /is not vMAJOR\.MINOR\.PATCH/],
    ['v01.2.0', false, '01.2.0', /is not vMAJOR\.MINOR\.PATCH/],
    [
      'v1.2.0',
      false,
      '1.1.0',
      /tag v1\.2\.0 names version 1\.2\.0, but package\.json says 1\.1\.0: run `npm version 1\.2\.0 --no-git-tag-version`/
    ],
    [
      'v1.2.0',
      true,
      '1.2.0',
      /v1\.2\.0 is marked as a pre-release, but 1\.2\.0 is a full version: tag a pre-release version \(v1\.2\.0-rc\.1\)/
    ],
    [
      'v1.3.0-rc.1',
      false,
      '1.3.0-rc.1',
      /full release of the pre-release version 1\.3\.0-rc\.1: mark it as a pre-release/
    ],
    [
      'v2.0.0',
      false,
      '2.0.0',
      /CHANGELOG\.md has no entry for 2\.0\.0: add a "## \[2\.0\.0\] - YYYY-MM-DD"/
    ],
    ['v1.1.0', false, '1.1.0', /entry for 1\.1\.0 has no release date: write its heading as/]
  ])('refuses %s (pre-release: %s, package.json %s)', (tag, prerelease, version, message) => {
    expect(() => plan(tag, prerelease, version)).toThrow(message)
  })
})

describe('changelogEntry', () => {
  it('is the text under the heading, up to the next entry, with its date', () => {
    expect(changelogEntry(CHANGELOG, '1.2.0')).toEqual({
      date: '2027-01-15',
      notes: '### Added\n\n- The `plan` input.'
    })
  })

  it('leaves out the link definitions after the last entry', () => {
    expect(changelogEntry(CHANGELOG, '1.0.0')).toEqual({
      date: '2026-12-10',
      notes: '- First release.'
    })
  })

  it('has no date while the heading says Unreleased, and no entry for another version', () => {
    expect(changelogEntry(CHANGELOG, '1.1.0')?.date).toBeUndefined()
    expect(changelogEntry(CHANGELOG, '1.2')).toBeUndefined()
    expect(changelogEntry(CHANGELOG, '1.2.0.1')).toBeUndefined()
    expect(changelogEntry('## [1.0.0] - 2026-12-10\n\n## [0.9.0]\n', '1.0.0')).toBeUndefined()
  })
})

describe('npmCanPublishTrusted', () => {
  it.each([
    [TRUSTED_PUBLISHING_NPM, true],
    ['11.19.1', true],
    ['12.0.0', true],
    ['11.5.0', false],
    ['11.4.9', false],
    ['10.9.4', false],
    ['not a version', false]
  ])('npm %s → %s', (version, expected) => {
    expect(npmCanPublishTrusted(version)).toBe(expected)
  })
})

describe('this repository', () => {
  const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8')
  const { version } = JSON.parse(read('package.json')) as { version: string }

  it("CHANGELOG.md has an entry for package.json's version, in Keep a Changelog's form", () => {
    const changelog = read('CHANGELOG.md')
    expect(changelog).toMatch(/^# Changelog\n/)
    expect(changelog).toContain('https://keepachangelog.com/')
    const entry = changelogEntry(changelog, version)
    expect(entry?.notes).toMatch(/^### Added$/m)
    expect(changelog).toContain(
      `[${version}]: https://github.com/sherpack/push-action/releases/tag/v${version}`
    )
  })

  it('the script prints the plan for $GITHUB_OUTPUT, or one line saying what to fix', async () => {
    const script = path.join(repoRoot, 'scripts', 'release.mjs')
    const run = (env: Record<string, string>) =>
      runCommand(process.execPath, [script, 'plan'], {
        env: { PATH: process.env.PATH, ...env }
      })
    const wrongTag = await run({ TAG: `v${version}.0`, PRERELEASE: 'false' })
    expect(wrongTag.code).toBe(1)
    expect(wrongTag.stdout.toString()).toBe('')
    expect(wrongTag.stderr).toMatch(/^release: The release tag 'v.*' is not vMAJOR/)
    expect(wrongTag.stderr.trim().split('\n')).toHaveLength(1)

    const onRunner = await run({ TAG: 'v0.0.1', PRERELEASE: 'false', GITHUB_ACTIONS: 'true' })
    expect(onRunner.code).toBe(1)
    expect(onRunner.stderr).toMatch(/^::error::The release tag v0\.0\.1 names version 0\.0\.1/)

    const notes = await runCommand(process.execPath, [script, 'notes', version])
    expect(notes.code).toBe(0)
    expect(notes.stdout.toString()).toBe(
      `${changelogEntry(read('CHANGELOG.md'), version)?.notes}\n`
    )
  })
})
