// A large prebuilt archive is checked whole before packagePack returns: what it returns has
// passed every check, so nothing that follows (an upload, a layout write) sees unchecked bytes.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PackError, packagePack } from '../../src/pack/index.js'
import { verifyPackArchive } from '../../src/pack/verify.js'
import { LARGE_PAYLOAD, writeLargeArchive, type LargeArchive } from '../support/large-archives.js'

const MiB = 1 << 20
let dir: string
let valid: LargeArchive
let tampered: LargeArchive

// Made once for the file.
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'prebuilt-large-'))
  valid = await writeLargeArchive(await mkdtemp(path.join(dir, 'valid-')), { bytes: 24 * MiB })
  tampered = await writeLargeArchive(await mkdtemp(path.join(dir, 'tampered-')), {
    bytes: 24 * MiB,
    tampered: true
  })
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('packagePack with a large prebuilt archive', () => {
  const created = new Date(0)

  it('a sound one: returned with its digest, size and what MANIFEST and Pack.yaml say', async () => {
    const pack = await packagePack({ path: valid.file, outDir: dir, created })
    expect(pack).toMatchObject({
      prebuilt: true,
      archiveDigest: valid.digest,
      archiveSize: valid.size,
      created: '2026-01-01T00:00:00+00:00',
      metadata: { name: 'large', version: '1.0.0' }
    })
  })

  it('an entry deep inside that does not match MANIFEST: refused before packagePack returns, as verifyPackArchive says', async () => {
    const whole = await verifyPackArchive(tampered.file, 'large.tgz').catch((e: unknown) => e)
    expect((whole as Error).message).toContain(`'${LARGE_PAYLOAD}' does not match its MANIFEST`)
    const error = await packagePack({ path: tampered.file, outDir: dir, created }).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(PackError)
    expect((error as Error).message).toContain(`'${LARGE_PAYLOAD}' does not match its MANIFEST`)
  })
})
