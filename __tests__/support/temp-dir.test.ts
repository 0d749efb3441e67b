// The global setup that keeps a run's temp files apart: it points TMPDIR at a directory of the
// run's own, and at the end fails the run (exit code 1, naming the entries) when a test left
// something there; the directory goes either way and TMPDIR is what it was.
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import setup from './temp-dir.js'

const before = { tmpdir: process.env.TMPDIR, exitCode: process.exitCode }
afterEach(() => {
  if (before.tmpdir === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = before.tmpdir
  process.exitCode = before.exitCode
  vi.restoreAllMocks()
})

describe('the run temp dir', () => {
  it('is empty at the end of a clean run: the run passes, and the directory goes', async () => {
    const teardown = await setup()
    const dir = os.tmpdir()
    expect(dir).not.toBe(before.tmpdir)
    expect(path.basename(dir)).toMatch(/^sherpack-tests-/)
    await teardown()
    expect(process.exitCode).toBe(before.exitCode)
    expect(process.env.TMPDIR).toBe(before.tmpdir)
    expect(existsSync(dir)).toBe(false)
  })

  it('fails the run naming what a test left behind, and removes it', async () => {
    const errors: string[] = []
    vi.spyOn(console, 'error').mockImplementation((message: string) => errors.push(message))
    const teardown = await setup()
    const dir = os.tmpdir()
    await mkdir(path.join(dir, 'left-by-a-test'))
    await writeFile(path.join(dir, 'a-file'), 'x')
    await teardown()
    const failed = process.exitCode
    process.exitCode = before.exitCode
    expect(failed).toBe(1)
    expect(errors.join('\n')).toMatch(/left 2 entries in the temp dir: a-file, left-by-a-test/)
    expect(existsSync(dir)).toBe(false)
  })
})
