import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { constants, crc32, deflateRawSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { TarGzWriter, crc32Concat, tarHeader } from '../../src/pack/archive.js'
import { PackError } from '../../src/pack/types.js'
import { listWithGnuTar, readWithNodeTar, tempDir, extractWithGnuTar } from './helpers.js'

const run = promisify(execFile)

const longName = `templates/${'nested-directory/'.repeat(6)}a-template-name-long-enough.yaml`
const unicodeName = 'templates/déploiement-日本語-\u{1F600}.yaml'
/** Not compressible, larger than one compressed piece, so it spans several. */
const bigContent = randomBytes(1_300_000)

const entries: [string, Buffer][] = [
  ['Pack.yaml', Buffer.from('apiVersion: sherpack/v1\n')],
  ['templates/empty.yaml', Buffer.alloc(0)],
  ['templates/exact.yaml', Buffer.alloc(512, 'a')],
  [longName, Buffer.from('long: true\n')],
  [unicodeName, Buffer.from('unicode: true\n')],
  ['templates/big.json', bigContent],
  ['templates/last.txt', Buffer.from('last\n')]
]

async function writeSample(dir: string, file = 'out.tar.gz'): Promise<string> {
  const writer = new TarGzWriter(path.join(dir, `${file}.rest`))
  for (const [name, content] of entries.slice(1)) await writer.addFile(name, content)
  const out = path.join(dir, file)
  await writer.finish(out, entries[0]![0], entries[0]![1])
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
    // The scratch file is gone; only the archive remains.
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

  it('frames gzip itself: mtime 0, OS 255, valid CRC and size', async () => {
    const out = await writeSample(await tempDir())
    const bytes = await readFile(out)
    expect([...bytes.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255])
    // gunzipSync checks the trailer's CRC-32 and length against the data.
    const tar = gunzipSync(bytes)
    expect(tar.length % 512).toBe(0)
    expect(tar.subarray(tar.length - 1024).equals(Buffer.alloc(1024))).toBe(true)
    await run('gzip', ['-t', out])
  })

  it('gives identical bytes for identical input', async () => {
    const dir = await tempDir()
    const a = await readFile(await writeSample(dir, 'a.tar.gz'))
    const b = await readFile(await writeSample(dir, 'b.tar.gz'))
    expect(a.equals(b)).toBe(true)
  })

  it('refuses a streamed file whose size differs from the one announced', async () => {
    const dir = await tempDir()
    const writer = new TarGzWriter(path.join(dir, 'x.rest'))
    async function* chunks(): AsyncGenerator<Buffer> {
      yield Buffer.from('12345')
    }
    await expect(writer.addFileStream('templates/a.yaml', 3, chunks())).rejects.toThrow(PackError)
    await expect(writer.addFileStream('templates/b.yaml', 9, chunks())).rejects.toThrow(
      'templates/b.yaml changed size while it was being archived'
    )
    await writer.abort()
    expect(await readdir(dir)).toEqual([])
  })
})

describe('TarGzWriter leading entry and scratch file', () => {
  const leading = Buffer.from('MANIFEST text\n'.repeat(5000))

  async function writeWith(
    dir: string,
    file: string,
    fill: (writer: TarGzWriter) => Promise<void>,
    maxKeptInMemory?: number
  ): Promise<Buffer> {
    const writer = new TarGzWriter(path.join(dir, `${file}.rest`), maxKeptInMemory)
    await fill(writer)
    const out = path.join(dir, file)
    await writer.finish(out)
    return readFile(out)
  }

  it('gives the same bytes when the leading entry is streamed in chunks or passed whole', async () => {
    const dir = await tempDir()
    const whole = await readFile(await writeSample(dir, 'whole.tar.gz'))
    const streamed = await writeWith(dir, 'streamed.tar.gz', async (writer) => {
      writer.beginLeading(entries[0]![0], entries[0]![1].length)
      for (const [name, content] of entries.slice(1)) {
        await writer.addFile(name, content)
        // Bytes of the leading entry arrive between files, a few at a time.
        if (name === 'templates/exact.yaml') writer.writeLeading(entries[0]![1].subarray(0, 5))
      }
      writer.writeLeading(entries[0]![1].subarray(5).toString('latin1'))
    })
    expect(streamed.equals(whole)).toBe(true)
  })

  it('compresses the leading entry as one deflate call over its tar bytes would', async () => {
    const dir = await tempDir()
    const bytes = await writeWith(dir, 'only.tar.gz', async (writer) => {
      writer.beginLeading('MANIFEST', leading.length)
      for (let at = 0; at < leading.length; at += 1000) {
        writer.writeLeading(leading.subarray(at, at + 1000))
      }
    })
    const headTar = Buffer.concat([tarHeader('MANIFEST', leading.length), leading])
    const padded = Buffer.concat([headTar, Buffer.alloc((512 - (headTar.length % 512)) % 512)])
    const head = deflateRawSync(padded, { level: 6, finishFlush: constants.Z_SYNC_FLUSH })
    const rest = deflateRawSync(Buffer.alloc(1024), { level: 6 })
    expect(bytes.subarray(10, 10 + head.length).equals(head)).toBe(true)
    expect(bytes.subarray(10 + head.length, bytes.length - 8).equals(rest)).toBe(true)
  })

  it('keeps the bytes when the compressed entries go through the scratch file', async () => {
    const dir = await tempDir()
    const fill = async (writer: TarGzWriter): Promise<void> => {
      writer.beginLeading('MANIFEST', leading.length)
      writer.writeLeading(leading)
      for (const [name, content] of entries.slice(1)) await writer.addFile(name, content)
    }
    const inMemory = await writeWith(dir, 'memory.tar.gz', fill)
    const spilled = await writeWith(dir, 'spilled.tar.gz', fill, 1)
    expect(spilled.equals(inMemory)).toBe(true)
    expect(
      gunzipSync(spilled)
        .subarray(512, 512 + leading.length)
        .equals(leading)
    ).toBe(true)
    expect((await readdir(dir)).sort()).toEqual(['memory.tar.gz', 'spilled.tar.gz'])
  })

  it('refuses a leading entry whose size differs from the one announced', async () => {
    const dir = await tempDir()
    const short = new TarGzWriter(path.join(dir, 'short.rest'))
    short.beginLeading('MANIFEST', 10)
    short.writeLeading('123')
    await expect(short.finish(path.join(dir, 'short.tar.gz'))).rejects.toThrow(
      'MANIFEST has 3 of the 10 bytes announced'
    )
    await short.abort()
    const long = new TarGzWriter(path.join(dir, 'long.rest'))
    long.beginLeading('MANIFEST', 2)
    expect(() => long.writeLeading('123')).toThrow('longer than the 2 bytes announced')
    await long.abort()
    expect(await readdir(dir)).toEqual([])
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

describe('crc32Concat', () => {
  it('equals the CRC-32 of the concatenation', () => {
    for (const [la, lb] of [
      [0, 0],
      [3, 0],
      [0, 5],
      [100, 1],
      [1000, 70_000],
      [17, 3_000_001]
    ] as const) {
      const a = randomBytes(la)
      const b = randomBytes(lb)
      expect(crc32Concat(crc32(a), crc32(b), lb)).toBe(crc32(Buffer.concat([a, b])))
    }
  })
})
