import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { gitCommitTime, resolveCreatedTime } from '../src/created.js'
import { runChecked } from './support/run-command.js'

describe('resolveCreatedTime', () => {
  it('prefers SOURCE_DATE_EPOCH', async () => {
    const created = await resolveCreatedTime(
      '.',
      { SOURCE_DATE_EPOCH: '1700000000' },
      async () => 42
    )
    expect(created).toEqual({ date: new Date(1_700_000_000_000), source: 'SOURCE_DATE_EPOCH' })
  })

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', async () => {
    await expect(resolveCreatedTime('.', { SOURCE_DATE_EPOCH: '2024-01-01' })).rejects.toThrow(
      "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, got '2024-01-01'."
    )
  })

  it('uses the commit time, then the current time in whole seconds', async () => {
    expect(await resolveCreatedTime('.', {}, async () => 1_600_000_000)).toEqual({
      date: new Date(1_600_000_000_000),
      source: 'commit time of HEAD'
    })
    const now = new Date('2026-02-03T04:05:06.789Z')
    const created = await resolveCreatedTime(
      '.',
      {},
      async () => undefined,
      () => now
    )
    expect(created).toEqual({ date: new Date('2026-02-03T04:05:06.000Z'), source: 'current time' })
  })
})

describe('gitCommitTime', () => {
  it('reads the commit time of HEAD where the pack is, and nothing outside a checkout', async () => {
    const repo = await mkdtemp(path.join(os.tmpdir(), 'git-'))
    const env = {
      ...process.env,
      GIT_AUTHOR_DATE: '@1650000000 +0000',
      GIT_COMMITTER_DATE: '@1650000000 +0000',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
    await runChecked('git', ['init', '-q', repo], { env })
    await runChecked('git', ['-C', repo, 'commit', '-q', '--allow-empty', '-m', 'x'], { env })
    expect(await gitCommitTime(repo)).toBe(1_650_000_000)
    expect(await gitCommitTime(path.join(repo, 'missing-archive.tgz'))).toBe(1_650_000_000)
    expect(await gitCommitTime(await mkdtemp(path.join(os.tmpdir(), 'nogit-')))).toBeUndefined()
  })
})
