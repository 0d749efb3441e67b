// A prebuilt archive's check begun early: what MANIFEST and Pack.yaml say is known at once, the
// verdict on every entry later (so the upload can run meanwhile), and every failure is told
// exactly as the whole check tells it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PackError, packagePack } from '../../src/pack/index.js'
import { beginPackArchiveCheck, verifyPackArchive } from '../../src/pack/verify.js'
import { HOSTILE_CASES, hostileArchive } from './hostile-archives.js'
import { LARGE_PAYLOAD, writeLargeArchive, type LargeArchive } from './large-archives.js'

const MiB = 1 << 20
let dir: string
let valid: LargeArchive
let tampered: LargeArchive

// Made once for the file (tempDir's directories go after each test).
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'deferred-check-'))
  valid = await writeLargeArchive(await mkdtemp(path.join(dir, 'valid-')), { bytes: 24 * MiB })
  tampered = await writeLargeArchive(await mkdtemp(path.join(dir, 'tampered-')), {
    bytes: 24 * MiB,
    tampered: true
  })
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

function settled<T>(promise: Promise<T>): () => boolean {
  let done = false
  promise.then(
    () => (done = true),
    () => (done = true)
  )
  return () => done
}

describe('beginPackArchiveCheck', () => {
  it('tells the head while the entries are still being checked, then the same verdict as verifyPackArchive', async () => {
    const check = beginPackArchiveCheck(valid.file, 'large.tgz')
    const verifiedYet = settled(check.verified)
    const head = await check.head
    expect(verifiedYet()).toBe(false)
    expect(head).toMatchObject({
      metadata: { name: 'large', version: '1.0.0' },
      created: '2026-01-01T00:00:00+00:00'
    })
    const verified = await check.verified
    expect(verified).toEqual(await verifyPackArchive(valid.file, 'large.tgz'))
    expect(verified).toMatchObject({ digest: valid.digest, size: valid.size })
  })

  it('an entry deep inside that does not match MANIFEST: the head is fine, the verdict fails as verifyPackArchive says', async () => {
    const check = beginPackArchiveCheck(tampered.file, 'large.tgz')
    await expect(check.head).resolves.toMatchObject({ metadata: { name: 'large' } })
    const whole = await verifyPackArchive(tampered.file, 'large.tgz').catch((e: unknown) => e)
    expect(whole).toBeInstanceOf(PackError)
    expect((whole as Error).message).toContain(`'${LARGE_PAYLOAD}' does not match its MANIFEST`)
    await expect(check.verified).rejects.toThrow((whole as Error).message)
  })

  it.each(HOSTILE_CASES.map((c, i) => ({ ...c, index: i })))(
    'fails as verifyPackArchive does: $name',
    async ({ pieces, index }) => {
      const file = path.join(dir, `hostile-${index}.tgz`)
      await writeFile(file, hostileArchive(pieces))
      const whole = await verifyPackArchive(file, 'h.tgz').catch((e: unknown) => e)
      expect(whole).toBeInstanceOf(PackError)
      const check = beginPackArchiveCheck(file, 'h.tgz')
      await expect(check.verified).rejects.toThrow((whole as Error).message)
      // The head may pass (the bad entry comes after it); when it fails, it fails the same way.
      const head = await check.head.catch((e: unknown) => e)
      if (head instanceof Error) expect(head.message).toBe((whole as Error).message)
    }
  )
})

describe('packagePack with deferCheck', () => {
  const created = new Date(0)

  it('a large archive: returned with its digest and size while `checked` still runs, which then passes', async () => {
    const pack = await packagePack({ path: valid.file, outDir: dir, created, deferCheck: true })
    expect(pack).toMatchObject({
      prebuilt: true,
      archiveDigest: valid.digest,
      archiveSize: valid.size,
      metadata: { name: 'large', version: '1.0.0' }
    })
    expect(pack.checked).toBeInstanceOf(Promise)
    await expect(pack.checked).resolves.toBeUndefined()
  })

  it('a large archive that fails deep inside: returned, and `checked` rejects naming the entry', async () => {
    const pack = await packagePack({ path: tampered.file, outDir: dir, created, deferCheck: true })
    expect(pack.archiveDigest).toBe(tampered.digest)
    await expect(pack.checked).rejects.toThrow(`'${LARGE_PAYLOAD}' does not match its MANIFEST`)
  })

  it('a small archive is checked whole before packagePack returns, as without deferCheck', async () => {
    const file = path.join(dir, 'small-hostile.tgz')
    const [first] = HOSTILE_CASES
    await writeFile(file, hostileArchive(first!.pieces))
    const error = await packagePack({ path: file, outDir: dir, created, deferCheck: true }).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(PackError)
    expect((error as Error).message).toMatch(first!.problem)
  })
})
