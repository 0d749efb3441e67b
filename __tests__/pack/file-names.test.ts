// File names as the format spec's archive section has them: `\` written as `/`, names that are
// not UTF-8 refused with the name shown escaped, names that would break the entry rules once
// mapped refused naming the file, and ordinary file system trouble as one clear PackError.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PackError } from '../../src/pack/index.js'
import { packagePack } from '../../src/pack/index.js'
import {
  PACK_YAML,
  listWithGnuTar,
  makePack,
  readWithNodeTar,
  tempDir
} from '../support/pack-files.js'
import { packFailure } from '../support/unit-pack-failure.js'

const created = new Date(Date.UTC(2026, 0, 31, 12, 0, 0))

async function failure(dir: string, outDir?: string): Promise<PackError> {
  const out = outDir ?? path.join(await tempDir(), 'out')
  const err = await packFailure(packagePack({ path: dir, outDir: out, created }))
  expect(err.message).not.toMatch(/please report/i)
  return err
}

describe('backslashes in file names', () => {
  it('archives templates/a\\b.yaml as templates/a/b.yaml, in MANIFEST too, in on-disk order', async () => {
    const dir = await makePack({
      'Pack.yaml': PACK_YAML,
      'templates/a.yaml': 'a\n',
      'templates/a\\b.yaml': 'ab\n',
      'templates/a/z.yaml': 'az\n'
    })
    const result = await packagePack({ path: dir, outDir: await tempDir(), created })
    const entries = await readWithNodeTar(result.archivePath)
    // On disk `a\b.yaml` sorts after `a.yaml` and after everything under `a/`.
    expect(entries.map((e) => e.path)).toEqual([
      'MANIFEST',
      'Pack.yaml',
      'templates/a/z.yaml',
      'templates/a.yaml',
      'templates/a/b.yaml'
    ])
    expect(entries[4]!.content.toString()).toBe('ab\n')
    const manifest = entries[0]!.content.toString()
    expect(manifest).toContain('\ntemplates/a/b.yaml sha256:')
    expect(manifest).not.toContain('\\')
  })

  it.each([
    ['templates/..\\x.yaml', 'templates/../x.yaml', 'has a .. component'],
    ['templates/\\x.yaml', 'templates//x.yaml', 'has an empty component'],
    ['templates/.\\x.yaml', 'templates/./x.yaml', 'has a . component'],
    ['templates/a\\\\b.yaml', 'templates/a//b.yaml', 'has an empty component']
  ])('refuses %s, which Sherpack would archive as %s', async (onDisk, mapped, problem) => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML, [onDisk]: 'x\n' })
    const outDir = path.join(await tempDir(), 'out')
    const err = await failure(dir, outDir)
    expect(err.message).toContain(
      `${dir}/${onDisk} (archived as '${mapped}', as Sherpack writes \\ as /): the name ${problem}`
    )
    expect(err.file).toBe(`${dir}/${onDisk}`)
    await expect(readdir(outDir)).rejects.toThrow()
  })

  it('refuses two files that become one entry, naming both', async () => {
    const dir = await makePack({
      'Pack.yaml': PACK_YAML,
      'templates/x/y.yaml': 'one\n',
      'templates/x\\y.yaml': 'two\n'
    })
    const err = await failure(dir)
    expect(err.message).toContain(
      `${dir}/templates/x\\y.yaml (archived as 'templates/x/y.yaml', as Sherpack writes \\ as /): the name is the same as that of ${dir}/templates/x/y.yaml`
    )
  })
})

describe('names that are no safe entry', () => {
  it('refuses a template whose name holds a newline (MANIFEST is one line per file)', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML, 'templates/a\nb.yaml': 'x\n' })
    const err = await failure(dir)
    expect(err.message).toContain(
      `${dir}/templates/a\\x0ab.yaml: the name holds a control character`
    )
  })

  it('refuses a template whose name is not UTF-8, showing it escaped', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML, 'templates/ok.yaml': 'x\n' })
    writeFileSync(Buffer.from(`${dir}/templates/bad\xff.yaml`, 'latin1'), 'x\n')
    const err = await failure(dir)
    expect(err.message).toBe(
      `${dir}/templates/bad\\xff.yaml: the name is not UTF-8: rename it with UTF-8 characters only: Sherpack would archive it under a garbled name (U+FFFD for each bad byte) that no longer names the file`
    )
    expect(err.file).toBe(`${dir}/templates`)
  })

  it('refuses a directory under templates/ whose name is not UTF-8', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML })
    mkdirSync(Buffer.from(`${dir}/templates/d\xe2\x82`, 'latin1'), { recursive: true })
    expect((await failure(dir)).message).toContain(
      `${dir}/templates/d\\xe2\\x82: the name is not UTF-8`
    )
  })

  it('leaves alone a file that is not archived anyway, and a real U+FFFD', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML, 'templates/\uFFFD.yaml': 'x\n' })
    writeFileSync(Buffer.from(`${dir}/templates/notes\xff.md`, 'latin1'), 'x\n')
    const result = await packagePack({ path: dir, outDir: await tempDir(), created })
    expect((await listWithGnuTar(result.archivePath)).map((l) => l.name)).toContain(
      'templates/\uFFFD.yaml'
    )
  })
})

describe('special files and file system limits', () => {
  it('leaves out a FIFO under templates/ as Sherpack does, with a warning', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML, 'templates/a.yaml': 'a\n' })
    execFileSync('mkfifo', [path.join(dir, 'templates', 'pipe.yaml')])
    const result = await packagePack({ path: dir, outDir: await tempDir(), created })
    expect((await listWithGnuTar(result.archivePath)).map((l) => l.name)).toEqual([
      'MANIFEST',
      'Pack.yaml',
      'templates/a.yaml'
    ])
    expect(result.warnings.map((w) => w.message)).toEqual([
      `${dir}/templates/pipe.yaml is not a regular file (a FIFO, socket or device) and is left out of the archive, as \`sherpack package\` leaves it out`
    ])
  })

  it('refuses a FIFO where values.yaml goes, without blocking on it', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML })
    execFileSync('mkfifo', [path.join(dir, 'values.yaml')])
    expect((await failure(dir)).message).toBe(
      `${dir}/values.yaml is not a regular file: values.yaml must be a file`
    )
  })

  it('says a template nested too deeply has a path too long, naming it', async () => {
    const dir = await makePack({ 'Pack.yaml': PACK_YAML })
    // Built relative to each level: an absolute path this long is refused by mkdir itself.
    const level = 'd'.repeat(200)
    execFileSync('bash', [
      '-c',
      `cd "$1/templates" 2>/dev/null || mkdir "$1/templates" && cd "$1/templates" && for i in $(seq 25); do mkdir ${level} && cd ${level}; done && echo x > t.yaml`,
      'bash',
      dir
    ])
    let err: PackError
    try {
      err = await failure(dir)
    } finally {
      // GNU rm walks with openat; fs.rm cannot remove a tree this deep.
      execFileSync('rm', ['-rf', path.join(dir, 'templates')])
    }
    expect(err.message).toMatch(
      /cannot be listed: its path is \d+ bytes, more than the file system allows \(4096 on Linux\): shorten the directory or file names, or nest the templates less deeply$/
    )
    expect(err.file).toMatch(new RegExp(`^${dir}/templates/d{200}/`))
  })

  it('says a 300-character pack name is too long, and writes nothing', async () => {
    const dir = await makePack({
      'Pack.yaml': PACK_YAML.replace('mypack', 'p'.repeat(300)),
      'templates/a.yaml': 'a\n'
    })
    const outDir = path.join(await tempDir(), 'out')
    const err = await failure(dir, outDir)
    expect(err.message).toContain(
      `${dir}/Pack.yaml, line 4: metadata.name and metadata.version are too long together`
    )
    expect(err.line).toBe(4)
    await expect(readdir(outDir)).rejects.toThrow()
  })
})
