import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveCreatedTime } from '../../src/core/created.js'
import { gitCommitTime } from '../../src/core/git.js'
import { itAsRoot } from '../support/privileges.js'
import { runCommand, runChecked } from '../support/run-command.js'
import { tempDir } from '../support/temp.js'

describe('resolveCreatedTime', () => {
  it('prefers SOURCE_DATE_EPOCH', async () => {
    const created = await resolveCreatedTime('.', '1700000000', async () => 42)
    expect(created).toEqual({ date: new Date(1_700_000_000_000), source: 'SOURCE_DATE_EPOCH' })
  })

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', async () => {
    await expect(resolveCreatedTime('.', '2024-01-01', undefined)).rejects.toThrow(
      "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, got '2024-01-01'"
    )
  })

  it('uses the commit time when there is one', async () => {
    expect(await resolveCreatedTime('.', undefined, async () => 1_600_000_000)).toEqual({
      date: new Date(1_600_000_000_000),
      source: 'commit time of HEAD'
    })
  })

  it('falls back to the current time in whole seconds, never silently: with a warning', async () => {
    const now = new Date('2026-02-03T04:05:06.789Z')
    const created = await resolveCreatedTime(
      '/w/pack',
      undefined,
      async () => undefined,
      () => now
    )
    expect(created.date).toEqual(new Date('2026-02-03T04:05:06.000Z'))
    expect(created.source).toBe('current time')
    expect(created.warning).toMatch(/the digest will change on every run/)
    expect(created.warning).toMatch(/Set SOURCE_DATE_EPOCH/)
  })
})

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_DATE: '@1650000000 +0000',
  GIT_COMMITTER_DATE: '@1650000000 +0000',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com'
}

async function repoWithOneCommit(): Promise<string> {
  const repo = await tempDir('git-')
  await runChecked('git', ['init', '-q', repo], { env: gitEnv })
  await runChecked('git', ['-C', repo, 'commit', '-q', '--allow-empty', '-m', 'x'], {
    env: gitEnv
  })
  return repo
}

describe('gitCommitTime', () => {
  it('reads the commit time of HEAD where the pack is, and nothing outside a checkout', async () => {
    const repo = await repoWithOneCommit()
    expect(await gitCommitTime(repo)).toBe(1_650_000_000)
    expect(await gitCommitTime(path.join(repo, 'missing-archive.tgz'))).toBe(1_650_000_000)
    expect(await gitCommitTime(await tempDir('nogit-'))).toBeUndefined()
  })

  itAsRoot(
    'reads it in a checkout owned by another user, where plain git refuses (dubious ownership)',
    'give a checkout to another user',
    async () => {
      const repo = await repoWithOneCommit()
      await runChecked('chown', ['-R', '12345:12345', repo])
      const plain = await runCommand('git', ['-C', repo, 'log', '-1', '--format=%ct'], {
        env: { ...gitEnv, HOME: await tempDir('home-') }
      })
      expect(plain.code).not.toBe(0)
      expect(plain.stderr).toMatch(/dubious ownership/)
      expect(await gitCommitTime(path.join(repo))).toBe(1_650_000_000)
    }
  )
})
