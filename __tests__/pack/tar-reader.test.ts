// The tar reader against archives written by GNU tar and node-tar (independent writers) and by
// our own writer, fed in pieces of every size; and its refusals of what is not tar.
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import * as tar from 'tar'
import { describe, expect, it } from 'vitest'
import { TarFormatError, TarReader, type TarEntry } from '../../src/pack/tar-reader.js'
import { tarHeader } from '../../src/pack/archive.js'
import { makePack, tempDir } from './helpers.js'

const run = promisify(execFile)

interface ReadEntry extends TarEntry {
  content: Buffer
}

/** Reads `bytes` through TarReader, `pieceSize` bytes per write. */
function readAll(bytes: Buffer, pieceSize = bytes.length): ReadEntry[] {
  const entries: ReadEntry[] = []
  let current: { entry: TarEntry; pieces: Buffer[] } | undefined
  const reader = new TarReader({
    entry: (entry) => {
      current = { entry, pieces: [] }
    },
    // Pieces are views valid during the call only: copy, as a keeping caller must.
    data: (piece) => current?.pieces.push(Buffer.from(piece)),
    end: () => {
      if (current) entries.push({ ...current.entry, content: Buffer.concat(current.pieces) })
      current = undefined
    }
  })
  for (let at = 0; at < bytes.length; at += pieceSize) {
    reader.write(bytes.subarray(at, at + pieceSize))
  }
  reader.finish()
  return entries
}

const LONG_NAME = `templates/${'a-rather-long-directory-name/'.repeat(4)}config.yaml`
const FILES: Record<string, string> = {
  'Pack.yaml': 'apiVersion: sherpack/v1\n',
  'templates/empty.yaml': '',
  'templates/block.yaml': 'x'.repeat(512),
  'templates/ünïcode.yaml': 'name: ünïcode\n',
  [LONG_NAME]: 'kind: ConfigMap\n'.repeat(100)
}

async function gnuTar(format: 'gnu' | 'posix' | 'ustar', names: string[]): Promise<Buffer> {
  const dir = await makePack(FILES)
  const out = path.join(await tempDir(), `${format}.tar`)
  await run('tar', [`--format=${format}`, '-cf', out, '-C', dir, ...names])
  return readFile(out)
}

function filesOnly(entries: ReadEntry[]): Record<string, string> {
  return Object.fromEntries(
    entries.filter((e) => e.type === 'File').map((e) => [e.path, e.content.toString()])
  )
}

describe('TarReader', () => {
  it.each(['gnu', 'posix'] as const)(
    'reads GNU tar --format=%s, long and non-ASCII names included, in pieces of any size',
    async (format) => {
      const bytes = await gnuTar(format, Object.keys(FILES))
      const whole = readAll(bytes)
      expect(filesOnly(whole)).toEqual(FILES)
      for (const size of [1, 7, 511, 512, 513, 4096]) {
        expect(readAll(bytes, size)).toEqual(whole)
      }
    }
  )

  it('joins a ustar prefix and name', async () => {
    const name = `templates/${'d'.repeat(90)}/${'f'.repeat(60)}.yaml`
    const dir = await makePack({ [name]: 'kind: Secret\n' })
    const out = path.join(await tempDir(), 'ustar.tar')
    await run('tar', ['--format=ustar', '-cf', out, '-C', dir, name])
    expect(filesOnly(readAll(await readFile(out)))).toEqual({ [name]: 'kind: Secret\n' })
  })

  it('reads node-tar archives (PAX headers) and lists directories with their type', async () => {
    const dir = await makePack(FILES)
    const out = path.join(await tempDir(), 'node.tgz')
    await tar.c({ gzip: true, file: out, cwd: dir, portable: true }, ['Pack.yaml', 'templates'])
    const entries = readAll(gunzipSync(await readFile(out)))
    expect(filesOnly(entries)).toEqual(FILES)
    expect(entries.filter((e) => e.type === 'Directory').map((e) => e.path)).toContain('templates/')
  })

  it('names other entry types as node-tar does', async () => {
    const dir = await makePack({ 'Pack.yaml': 'x\n' })
    const out = path.join(await tempDir(), 'link.tar')
    await run('ln', ['-s', 'Pack.yaml', path.join(dir, 'link.yaml')])
    await run('tar', ['-cf', out, '-C', dir, 'Pack.yaml', 'link.yaml'])
    const types = readAll(await readFile(out)).map((e) => [e.path, e.type])
    expect(types).toEqual([
      ['Pack.yaml', 'File'],
      ['link.yaml', 'SymbolicLink']
    ])
  })

  it('reads the ustar headers our writer makes, sizes and padding included', () => {
    const content = Buffer.from('y'.repeat(1000))
    const bytes = Buffer.concat([
      tarHeader('templates/a.yaml', content.length),
      content,
      Buffer.alloc(24),
      Buffer.alloc(1024)
    ])
    expect(readAll(bytes, 100)).toEqual([
      { path: 'templates/a.yaml', type: 'File', size: 1000, content }
    ])
  })

  it('refuses what is not tar, a damaged header, and an archive cut in an entry', async () => {
    expect(() => readAll(Buffer.from('hello, this is not tar\n'.repeat(100)))).toThrow(
      TarFormatError
    )
    const bytes = await gnuTar('gnu', ['Pack.yaml', LONG_NAME])
    const damaged = Buffer.from(bytes)
    damaged[5] = (damaged[5] as number) ^ 0xff
    expect(() => readAll(damaged)).toThrow(/invalid tar header at byte 0/)
    // LONG_NAME's content ends well after byte 2000: cut there, the reader must notice.
    expect(() => readAll(bytes.subarray(0, 2000))).toThrow(/truncated/)
  })

  it('stops at the end-of-archive blocks and ignores what follows', async () => {
    const bytes = await gnuTar('gnu', ['Pack.yaml'])
    const entries = readAll(Buffer.concat([bytes, Buffer.from('trailing garbage')]))
    expect(filesOnly(entries)).toEqual({ 'Pack.yaml': FILES['Pack.yaml'] })
  })
})
