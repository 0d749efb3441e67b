import { execFile } from 'node:child_process'
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import * as tar from 'tar'
import { describe, expect, it } from 'vitest'
import {
  extractPackArchive,
  packagePack,
  verifyPackArchive,
  type PackError
} from '../../src/pack/index.js'
import { buildManifest } from '../../src/pack/manifest.js'
import { HOSTILE_CASES, hostileArchive } from '../support/hostile-archives.js'
import { PACK_YAML, makePack, tempDir } from '../support/pack-files.js'
import { createHash } from 'node:crypto'
import { packFailure } from '../support/unit-pack-failure.js'

const run = promisify(execFile)
const created = new Date(Date.UTC(2026, 0, 31, 12, 0, 0))
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('hostile archives are refused, naming the entry', () => {
  it('has a table of at least 15 cases', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(15)
  })

  it.each(HOSTILE_CASES)('$name', async ({ pieces, entry, problem }) => {
    const dir = await tempDir()
    const file = path.join(dir, 'hostile-1.0.0.tgz')
    await writeFile(file, hostileArchive(pieces))
    const outDir = path.join(dir, 'out')

    const err = await packFailure(packagePack({ path: file, outDir, created }))
    expect(err.message).toMatch(new RegExp(`the entry '${escape(entry)}' `))
    expect(err.message).toMatch(problem)
    expect(err.file).toBe(file)
    expect(err.message).not.toMatch(/please report/)

    // The same check guards a pulled archive, and extraction leaves nothing behind.
    expect((await packFailure(verifyPackArchive(file))).message).toBe(err.message)
    const dest = path.join(dir, 'extracted')
    expect((await packFailure(extractPackArchive(file, dest))).message).toBe(err.message)
    expect((await readdir(dir)).sort()).toEqual(['hostile-1.0.0.tgz'])
  })

  it('the same pack without the hostile entry passes (the table tests the entry, not the rest)', async () => {
    const file = path.join(await tempDir(), 'hostile-1.0.0.tgz')
    await writeFile(file, hostileArchive([]))
    const verified = await verifyPackArchive(file)
    expect(verified.files.map((f) => f.path)).toEqual(['Pack.yaml', 'templates/a.yaml'])
  })
})

describe('hostile archives made by real tools', () => {
  /** A pack directory with MANIFEST listing `extra` (name → content) too. */
  async function packWithManifest(extra: Record<string, string>): Promise<string> {
    const files: Record<string, string> = {
      'Pack.yaml': PACK_YAML,
      'templates/a.yaml': 'kind: A\n',
      ...extra
    }
    const dir = await makePack(files)
    const manifest = buildManifest({
      name: 'mypack',
      version: '1.2.3',
      created: '2026-01-31T12:00:00+00:00',
      files: Object.entries(files).map(([p, c]) => ({
        path: p,
        sha256: createHash('sha256').update(c).digest('hex')
      }))
    })
    await writeFile(path.join(dir, 'MANIFEST'), manifest)
    return dir
  }

  /** The refusal of `dir`'s pack files plus `extra`, archived by GNU tar (`-czPf` keeps absolute names). */
  async function gnuTarRefusal(dir: string, extra: string, flags = '-czf'): Promise<PackError> {
    const file = path.join(await tempDir(), 'gnu.tgz')
    await run('tar', [flags, file, '-C', dir, 'MANIFEST', 'Pack.yaml', 'templates/a.yaml', extra])
    return packFailure(packagePack({ path: file, outDir: await tempDir(), created }))
  }

  it('refuses an absolute name kept by GNU tar -P', async () => {
    const dir = await packWithManifest({})
    const outside = path.join(await tempDir(), 'cron.yaml')
    await writeFile(outside, 'x')
    const err = await gnuTarRefusal(dir, outside, '-czPf')
    expect(err.message).toContain(`the entry '${outside}' is absolute`)
  })

  it('refuses a symlink archived by GNU tar', async () => {
    const dir = await packWithManifest({})
    await symlink('/etc/passwd', path.join(dir, 'templates', 'passwd.yaml'))
    const err = await gnuTarRefusal(dir, 'templates/passwd.yaml')
    expect(err.message).toContain(
      "the entry 'templates/passwd.yaml' is a symbolic link (to '/etc/passwd')"
    )
  })

  it('refuses ../ names written by node-tar with preservePaths', async () => {
    const root = await tempDir()
    const dir = await packWithManifest({ '../evil.yaml': 'x' })
    await mkdir(path.join(root, 'work'))
    const file = path.join(root, 'dotdot.tgz')
    await tar.c({ gzip: true, file, cwd: dir, preservePaths: true, portable: true }, [
      'MANIFEST',
      'Pack.yaml',
      'templates/a.yaml',
      '../evil.yaml'
    ])
    const err = await packFailure(packagePack({ path: file, outDir: await tempDir(), created }))
    expect(err.message).toContain("the entry '../evil.yaml' has a .. component")
  })

  it('refuses directory entries that GNU tar writes for a directory named like a pack file', async () => {
    const dir = await packWithManifest({})
    await mkdir(path.join(dir, 'values.yaml'))
    const err = await gnuTarRefusal(dir, 'values.yaml')
    expect(err.message).toContain(
      "the entry 'values.yaml/' is a directory where the pack has a file"
    )
  })

  it('accepts the directory entries GNU tar writes for templates/', async () => {
    const dir = await packWithManifest({ 'templates/sub/b.yaml': 'kind: B\n' })
    const file = path.join(await tempDir(), 'dirs.tgz')
    await run('tar', ['-czf', file, '-C', dir, 'MANIFEST', 'Pack.yaml', 'templates'])
    const result = await packagePack({ path: file, outDir: await tempDir(), created })
    expect(result.metadata.name).toBe('mypack')
  })
})
