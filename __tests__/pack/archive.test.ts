import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { deflateRawSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { TarGzWriter, tarHeader } from '../../src/pack/archive.js'
import { PackError } from '../../src/pack/types.js'
import {
  listWithGnuTar,
  readWithNodeTar,
  tempDir,
  extractWithGnuTar
} from '../support/pack-files.js'

const run = promisify(execFile)

const longName = `templates/${'nested-directory/'.repeat(6)}a-template-name-long-enough.yaml`
const unicodeName = 'templates/déploiement-日本語-\u{1F600}.yaml'
/** Not compressible, larger than one batch handed to the compressor. */
const bigContent = randomBytes(1_300_000)

const entries: [string, Buffer][] = [
  ['MANIFEST', Buffer.from('sherpack-manifest-version: 1\n')],
  ['Pack.yaml', Buffer.from('apiVersion: sherpack/v1\n')],
  ['templates/empty.yaml', Buffer.alloc(0)],
  ['templates/exact.yaml', Buffer.alloc(512, 'a')],
  [longName, Buffer.from('long: true\n')],
  [unicodeName, Buffer.from('unicode: true\n')],
  ['templates/big.json', bigContent],
  ['templates/last.txt', Buffer.from('last\n')]
]

async function writeSample(dir: string, file = 'out.tar.gz'): Promise<string> {
  const out = path.join(dir, file)
  const writer = new TarGzWriter(out)
  for (const [name, content] of entries) await writer.add(name, content)
  await writer.finish()
  return out
}

describe('TarGzWriter', () => {
  it('writes entries that node-tar reads back exactly: order, bytes, mode, owner, mtime', async () => {
    const dir = await tempDir()
    const out = await writeSample(dir)
    const read = await readWithNodeTar(out)
    expect(read.map((e) => e.path)).toEqual(entries.map(([name]) => name))
    for (const [i, entry] of read.entries()) {
      expect(entry.type).toBe('File')
      expect(entry.mode).toBe(0o644)
      expect(entry.uid).toBe(0)
      expect(entry.gid).toBe(0)
      expect(entry.uname ?? '').toBe('')
      expect(entry.gname ?? '').toBe('')
      expect(entry.mtime?.getTime()).toBe(0)
      expect(entry.content.equals(entries[i]![1]), entry.path).toBe(true)
    }
    expect(await readdir(dir)).toEqual(['out.tar.gz'])
  })

  it('writes entries that GNU tar lists and extracts the same way', async () => {
    const out = await writeSample(await tempDir())
    const lines = await listWithGnuTar(out)
    expect(lines.map((l) => l.name)).toEqual(entries.map(([name]) => name))
    for (const [i, line] of lines.entries()) {
      expect(line.mode).toBe('-rw-r--r--')
      expect(line.owner).toBe('0/0')
      expect(line.mtime).toBe('1970-01-01 00:00:00')
      expect(line.size).toBe(entries[i]![1].length)
    }
    expect((await extractWithGnuTar(out, unicodeName)).toString()).toBe('unicode: true\n')
    expect((await extractWithGnuTar(out, 'templates/big.json')).equals(bigContent)).toBe(true)
  })

  it('writes one gzip member of one deflate stream at level 6: mtime 0, OS 255', async () => {
    const out = await writeSample(await tempDir())
    const bytes = await readFile(out)
    expect([...bytes.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255])
    // gunzipSync checks the trailer's CRC-32 and length against the data.
    const tar = gunzipSync(bytes)
    expect(tar.length % 512).toBe(0)
    expect(tar.subarray(tar.length - 1024).equals(Buffer.alloc(1024))).toBe(true)
    // The body is exactly what one deflate call over the whole tar gives: no pieces, no flushes.
    const body = bytes.subarray(10, bytes.length - 8)
    expect(body.equals(deflateRawSync(tar, { level: 6 }))).toBe(true)
    expect(bytes.readUInt32LE(bytes.length - 4)).toBe(tar.length)
    await run('gzip', ['-t', out])
  })

  it('gives identical bytes for identical input, however the content is fed', async () => {
    const dir = await tempDir()
    const a = await readFile(await writeSample(dir, 'a.tar.gz'))
    const b = await readFile(await writeSample(dir, 'b.tar.gz'))
    expect(a.equals(b)).toBe(true)
    const streamed = path.join(dir, 'c.tar.gz')
    const writer = new TarGzWriter(streamed)
    for (const [name, content] of entries) {
      async function* pieces(): AsyncGenerator<Buffer> {
        for (let at = 0; at < content.length; at += 7777) yield content.subarray(at, at + 7777)
      }
      await writer.addStream(name, content.length, pieces())
    }
    await writer.finish()
    expect((await readFile(streamed)).equals(a)).toBe(true)
  })

  it('refuses a streamed file whose size differs from the one announced, and abort leaves nothing', async () => {
    const dir = await tempDir()
    const writer = new TarGzWriter(path.join(dir, 'x.tar.gz'))
    async function* chunks(): AsyncGenerator<Buffer> {
      yield Buffer.from('12345')
    }
    await expect(writer.addStream('templates/a.yaml', 3, chunks())).rejects.toThrow(PackError)
    await expect(writer.addStream('templates/b.yaml', 9, chunks())).rejects.toThrow(
      'templates/b.yaml changed size while it was being archived'
    )
    await writer.abort()
    expect(await readdir(dir)).toEqual([])
  })

  it.each([
    ['/etc/passwd', 'is absolute'],
    ['../evil.yaml', 'has a .. component'],
    ['templates/../../x.yaml', 'has a .. component'],
    ['./Pack.yaml', 'starts with ./'],
    ['templates//a.yaml', 'has an empty component'],
    ['templates/a\\b.yaml', 'holds a backslash'],
    ['templates/a\nb.yaml', 'holds a control character'],
    ['templates/', 'has an empty component'],
    ['', 'is empty']
  ])('refuses to write the entry %j', async (name, problem) => {
    const dir = await tempDir()
    const writer = new TarGzWriter(path.join(dir, 'x.tar.gz'))
    expect(() => writer.add(name, Buffer.from('x'))).toThrow(problem)
    await writer.abort()
  })

  it('refuses to write two entries that are one file to an extractor', async () => {
    const writer = new TarGzWriter(path.join(await tempDir(), 'x.tar.gz'))
    await writer.add('templates/a.yaml', Buffer.from('a'))
    expect(() => writer.add('templates/a.yaml', Buffer.from('b'))).toThrow(
      "the archive entry 'templates/a.yaml' appears twice"
    )
    expect(() => writer.add('templates/a.yaml/b.yaml', Buffer.from('b'))).toThrow(
      "puts a file under 'templates/a.yaml', which is a file"
    )
    await writer.abort()
  })
})

describe('tarHeader', () => {
  it('uses one ustar block for short ASCII names', () => {
    const block = tarHeader('templates/a.yaml', 10)
    expect(block.length).toBe(512)
    expect(block.subarray(257, 263).toString('latin1')).toBe('ustar\0')
    expect(block.subarray(100, 108).toString('latin1')).toBe('0000644\0')
    // The checksum is the byte sum with the checksum field counted as spaces.
    const copy = Buffer.from(block)
    copy.fill(0x20, 148, 156)
    const sum = copy.reduce((s, b) => s + b, 0)
    expect(parseInt(block.subarray(148, 154).toString('latin1'), 8)).toBe(sum)
  })

  it('adds a PAX path record for names over 100 bytes or not ASCII', () => {
    for (const name of [longName, unicodeName]) {
      const header = tarHeader(name, 1)
      expect(header.length).toBe(512 * 3)
      expect(String.fromCharCode(header[156]!)).toBe('x')
      const record = header.subarray(512, 1024).toString('utf8').replace(/\0+$/, '')
      const [length, rest] = [
        record.slice(0, record.indexOf(' ')),
        record.slice(record.indexOf(' ') + 1)
      ]
      expect(rest).toBe(`path=${name}\n`)
      expect(Number(length)).toBe(Buffer.byteLength(record))
    }
  })
})
