// Permission problems, injected: the tests run as root, whom chmod 000 does not stop. Every one
// is a PackError naming the file and the fix, never "please report it".
import type * as NodeFs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PackError } from '../../src/pack/index.js'
import { packagePack } from '../../src/pack/index.js'
import { PACK_YAML, makePack, tempDir } from '../support/pack-files.js'
import { packFailure } from '../support/unit-pack-failure.js'

/** Paths whose open/read/readdir fail with EACCES, as for a user without the right. */
const denied = new Set<string>()

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>()
  const deny = (p: unknown): void => {
    if (typeof p === 'string' && denied.has(p)) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), {
        code: 'EACCES',
        errno: -13,
        syscall: 'open',
        path: p
      })
    }
  }
  const wrap =
    <A extends unknown[], R>(f: (...args: A) => R) =>
    (...args: A): R => {
      deny(args[0])
      return f(...args)
    }
  const patched = {
    ...fs,
    openSync: wrap(fs.openSync),
    readFileSync: wrap(fs.readFileSync),
    readdirSync: wrap(fs.readdirSync)
  }
  return { ...patched, default: patched }
})

afterEach(() => denied.clear())

const created = new Date(Date.UTC(2026, 0, 31, 12, 0, 0))

async function failure(dir: string): Promise<PackError> {
  const err = await packFailure(packagePack({ path: dir, outDir: await tempDir(), created }))
  expect(err.message).not.toMatch(/please report/i)
  return err
}

describe('files the user running the packager may not read', () => {
  it('an unreadable template', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML, 'templates/secret.yaml': 'x\n' })
    denied.add(path.join(dir, 'templates', 'secret.yaml'))
    const err = await failure(dir)
    expect(err.message).toBe(
      `${dir}/templates/secret.yaml cannot be read (permission denied): let the user running this read it (e.g. chmod a+r)`
    )
    expect(err.file).toBe(`${dir}/templates/secret.yaml`)
    expect(err.fix).toBe('let the user running this read it (e.g. chmod a+r)')
  })

  it('an unreadable Pack.yaml', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML })
    denied.add(path.join(dir, 'Pack.yaml'))
    expect((await failure(dir)).message).toBe(
      `${dir}/Pack.yaml cannot be read (permission denied): let the user running this read it (e.g. chmod a+r)`
    )
  })

  it('a directory under templates/ that cannot be listed', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML, 'templates/private/a.yaml': 'x\n' })
    denied.add(path.join(dir, 'templates', 'private'))
    const err = await failure(dir)
    expect(err.message).toBe(
      `${dir}/templates/private cannot be listed (permission denied): let the user running this read it (e.g. chmod a+rx)`
    )
  })
})
