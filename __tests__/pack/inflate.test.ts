// Both gunzippers (in place and node:zlib's stream) against node:zlib's one-shot gunzip.
import { randomBytes } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { createGunzipper } from '../../src/pack/inflate.js'

async function gunzipWith(
  inPlace: boolean,
  gz: Buffer,
  outputSize: number,
  inputPiece: number
): Promise<Buffer> {
  const gunzip = createGunzipper(outputSize, inPlace)
  const out: Buffer[] = []
  // Pieces are views of a reused buffer: copy, as a keeping caller must.
  const keep = (piece: Buffer) => out.push(Buffer.from(piece))
  try {
    // One reused input buffer, as the archive scan reads.
    const input = Buffer.alloc(inputPiece)
    for (let at = 0; at < gz.length; at += inputPiece) {
      const n = gz.copy(input, 0, at, at + inputPiece)
      await gunzip.write(input.subarray(0, n), keep)
    }
    await gunzip.end(keep)
  } finally {
    gunzip.close()
  }
  return Buffer.concat(out)
}

// Half random, half repetitive: both stored and compressed deflate blocks.
const data = Buffer.concat([randomBytes(200_000), Buffer.from('kind: ConfigMap\n'.repeat(20_000))])
const gz = gzipSync(data)

describe.each([true, false])('createGunzipper (in place: %s)', (inPlace) => {
  it('gives the original bytes whatever the buffer sizes', async () => {
    for (const [outputSize, inputPiece] of [
      [1 << 20, 1 << 20],
      [1000, 4096],
      [65536, 777],
      [16, 100_000]
    ] as const) {
      expect((await gunzipWith(inPlace, gz, outputSize, inputPiece)).equals(data)).toBe(true)
    }
  })

  it('reads concatenated gzip members and tolerates trailing zeros, as gzip -d does', async () => {
    const second = Buffer.from('second member\n')
    const joined = Buffer.concat([gz, gzipSync(second), Buffer.alloc(100)])
    const out = await gunzipWith(inPlace, joined, 4096, 8192)
    expect(out.equals(Buffer.concat([data, second]))).toBe(true)
  })

  it('says "unexpected end of file" for a cut stream', async () => {
    await expect(gunzipWith(inPlace, gz.subarray(0, gz.length - 100), 4096, 4096)).rejects.toThrow(
      /unexpected end of file/
    )
  })

  it('refuses bytes that are not gzip', async () => {
    await expect(gunzipWith(inPlace, Buffer.from('not gzip at all'), 4096, 4096)).rejects.toThrow(
      /incorrect header check/
    )
  })
})

it('uses the in-place path on this Node', () => {
  const gunzip = createGunzipper(1024)
  gunzip.close()
  expect(gunzip.constructor.name).toBe('InPlaceGunzipper')
})
