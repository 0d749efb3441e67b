import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readGitContext } from '../../src/ci/github.js'
import { pullRequestNumberFromRef } from '../../src/core/source.js'

const dir = mkdtempSync(join(tmpdir(), 'context-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function eventFile(name: string, payload: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return path
}

const runner = {
  GITHUB_REPOSITORY: 'Acme/packs',
  GITHUB_REPOSITORY_OWNER: 'Acme',
  GITHUB_SERVER_URL: 'https://github.example.com',
  GITHUB_ACTOR: 'octocat',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567'
}

describe('readGitContext', () => {
  it('reads a tag push from the runner variables', () => {
    const context = readGitContext({
      ...runner,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/tags/v1.2.3',
      GITHUB_REF_NAME: 'v1.2.3',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_EVENT_PATH: eventFile('push.json', { ref: 'refs/tags/v1.2.3' })
    })
    expect(context).toEqual({
      eventName: 'push',
      ref: 'refs/tags/v1.2.3',
      refName: 'v1.2.3',
      refType: 'tag',
      sha: runner.GITHUB_SHA,
      repository: 'Acme/packs',
      repositoryOwner: 'Acme',
      serverUrl: 'https://github.example.com',
      actor: 'octocat'
    })
  })

  it('reads a pull request number and branches from the event payload', () => {
    const path = eventFile('pr.json', {
      action: 'synchronize',
      number: 99,
      pull_request: { number: 42, head: { ref: 'feature/x' }, base: { ref: 'main' } }
    })
    const context = readGitContext({
      ...runner,
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_PATH: path
    })
    expect(context.prNumber).toBe(42)
    expect(context.headRef).toBe('feature/x')
    expect(context.baseRef).toBe('main')
    expect(context.refType).toBe('branch')
    expect(context.refName).toBe('main')
  })

  it('prefers GITHUB_HEAD_REF/BASE_REF over the payload', () => {
    const path = eventFile('pr2.json', {
      pull_request: { number: 7, head: { ref: 'from-payload' }, base: { ref: 'base-payload' } }
    })
    const context = readGitContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_HEAD_REF: 'from-env',
      GITHUB_BASE_REF: 'base-env',
      GITHUB_EVENT_PATH: path
    })
    expect(context).toMatchObject({ prNumber: 7, headRef: 'from-env', baseRef: 'base-env' })
  })

  it('takes the top-level number when the payload has no pull_request object', () => {
    const path = eventFile('number.json', { number: 15 })
    expect(readGitContext({ GITHUB_EVENT_PATH: path }).prNumber).toBe(15)
  })

  it('does not wait on an event file that is a FIFO: there is no payload to learn from', () => {
    const path = join(dir, 'fifo.json')
    execFileSync('mkfifo', [path])
    expect(readGitContext({ GITHUB_EVENT_PATH: path, GITHUB_REF: 'refs/pull/3/merge' })).toEqual({
      ref: 'refs/pull/3/merge',
      refName: '3/merge',
      prNumber: 3
    })
  })

  it('falls back to refs/pull/<n>/merge without an event file', () => {
    const context = readGitContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/128/merge'
    })
    expect(context).toEqual({
      eventName: 'pull_request',
      ref: 'refs/pull/128/merge',
      refName: '128/merge',
      prNumber: 128
    })
  })

  it.each([
    ['refs/heads/feature/Foo_bar', 'branch', 'feature/Foo_bar'],
    ['refs/tags/release/2024', 'tag', 'release/2024']
  ])('derives refType and refName from %s', (ref, refType, refName) => {
    expect(readGitContext({ GITHUB_REF: ref })).toEqual({ ref, refType, refName })
  })

  it('keeps explicit GITHUB_REF_NAME/REF_TYPE over what the ref implies', () => {
    const context = readGitContext({
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'explicit',
      GITHUB_REF_TYPE: 'tag'
    })
    expect(context).toMatchObject({ refName: 'explicit', refType: 'tag' })
  })

  it('ignores an unknown GITHUB_REF_TYPE and empty variables', () => {
    const context = readGitContext({
      GITHUB_REF: 'refs/tags/v1.0.0',
      GITHUB_REF_TYPE: 'weird',
      GITHUB_SHA: '',
      GITHUB_EVENT_NAME: '  '
    })
    expect(context).toEqual({ ref: 'refs/tags/v1.0.0', refType: 'tag', refName: 'v1.0.0' })
  })

  it('treats a missing, unreadable or malformed event file as no payload', () => {
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/3/merge' }
    expect(readGitContext({ ...env, GITHUB_EVENT_PATH: join(dir, 'absent.json') }).prNumber).toBe(3)
    expect(
      readGitContext({ ...env, GITHUB_EVENT_PATH: eventFile('bad.json', '{ nope') }).prNumber
    ).toBe(3)
    expect(readGitContext({ ...env, GITHUB_EVENT_PATH: eventFile('arr.json', [1]) }).prNumber).toBe(
      3
    )
    const failing = (): string => {
      throw new Error('EACCES')
    }
    expect(readGitContext({ ...env, GITHUB_EVENT_PATH: '/x' }, failing).prNumber).toBe(3)
  })

  it('ignores a pull request number that is not a positive integer', () => {
    const path = eventFile('badnum.json', { pull_request: { number: '12' }, number: -1 })
    expect(readGitContext({ GITHUB_EVENT_PATH: path }).prNumber).toBeUndefined()
  })

  it('uses the given readFile', () => {
    const context = readGitContext({ GITHUB_EVENT_PATH: '/virtual/event.json' }, (path) => {
      expect(path).toBe('/virtual/event.json')
      return JSON.stringify({ pull_request: { number: 5 } })
    })
    expect(context.prNumber).toBe(5)
  })

  it('returns an empty context outside Actions', () => {
    expect(readGitContext({})).toEqual({})
  })
})

describe('pullRequestNumberFromRef', () => {
  it.each([
    ['refs/pull/12/merge', 12],
    ['refs/pull/3/head', 3],
    ['refs/pull/0/merge', undefined],
    ['refs/heads/pull/12/merge', undefined],
    [undefined, undefined]
  ])('%s → %s', (ref, expected) => {
    expect(pullRequestNumberFromRef(ref)).toBe(expected)
  })
})
