// A prebuilt archive's check deferred: what MANIFEST and Pack.yaml say is known at once, the
// verdict on every entry later, from the bytes an upload sends (so the upload is the check's
// read) or from a read of its own, and every failure is told exactly as the whole check tells it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PackError, packagePack } from '../../src/pack/index.js'
import {
  observeArchive,
  readArchiveHead,
  verifyPackArchive,
  type ArchiveObserver
} from '../../src/pack/verify.js'
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

/** Feeds the file to the observer in chunks of `size` bytes, as an upload would. */
async function feedFile(observer: ArchiveObserver, file: string, size = 1 << 20): Promise<void> {
  const bytes = await readFile(file)
  for (let at = 0; at < bytes.length; at += size) {
    await observer.take(Buffer.from(bytes.subarray(at, at + size)))
  }
  await observer.end()
}

describe('readArchiveHead', () => {
  it('tells what MANIFEST and Pack.yaml say from the start of the file', async () => {
    const head = await readArchiveHead(valid.file, 'large.tgz')
    expect(head).toMatchObject({
      metadata: { name: 'large', version: '1.0.0' },
      created: '2026-01-01T00:00:00+00:00'
    })
    expect([...head.kept.keys()].sort()).toEqual(['MANIFEST', 'Pack.yaml'])
    // A damaged entry after the head is not its business.
    await expect(readArchiveHead(tampered.file, 'large.tgz')).resolves.toMatchObject({
      metadata: { name: 'large' }
    })
  })
})

describe('observeArchive: the check fed with the bytes an upload sends', () => {
  it('passes a sound archive, whatever the chunk size', async () => {
    const { kept } = await readArchiveHead(valid.file, 'large.tgz')
    await expect(feedFile(observeArchive('large.tgz', kept), valid.file)).resolves.toBeUndefined()
    await expect(
      feedFile(observeArchive('large.tgz', kept), valid.file, 7919)
    ).resolves.toBeUndefined()
  })

  it('an entry deep inside that does not match MANIFEST: fails as verifyPackArchive says', async () => {
    const { kept } = await readArchiveHead(tampered.file, 'large.tgz')
    const whole = await verifyPackArchive(tampered.file, 'large.tgz').catch((e: unknown) => e)
    expect((whole as Error).message).toContain(`'${LARGE_PAYLOAD}' does not match its MANIFEST`)
    const fed = await feedFile(observeArchive('large.tgz', kept), tampered.file).catch(
      (e: unknown) => e
    )
    expect(fed).toBeInstanceOf(PackError)
    expect((fed as Error).message).toBe((whole as Error).message)
  })

  it('bytes that begin with another MANIFEST than the head read before: refused as changed', async () => {
    const other = await writeLargeArchive(await mkdtemp(path.join(dir, 'other-')), {
      bytes: 9 * MiB
    })
    const { kept } = await readArchiveHead(valid.file, 'large.tgz')
    await expect(feedFile(observeArchive('large.tgz', kept), other.file)).rejects.toThrow(
      'large.tgz changed while it was being read for the push'
    )
  })

  it.each(HOSTILE_CASES.map((c, i) => ({ ...c, index: i })))(
    'fails as verifyPackArchive does: $name',
    async ({ pieces, index }) => {
      const file = path.join(dir, `hostile-${index}.tgz`)
      await writeFile(file, hostileArchive(pieces))
      const whole = await verifyPackArchive(file, 'h.tgz').catch((e: unknown) => e)
      expect(whole).toBeInstanceOf(PackError)
      // The head may pass (the bad entry comes after it); when it fails, it fails the same way.
      const head = await readArchiveHead(file, 'h.tgz').catch((e: unknown) => e)
      if (head instanceof Error) {
        expect(head.message).toBe((whole as Error).message)
        return
      }
      const observer = observeArchive('h.tgz', (head as { kept: Map<string, Buffer> }).kept)
      await expect(feedFile(observer, file, 4096)).rejects.toThrow((whole as Error).message)
    }
  )
})

describe('packagePack with deferCheck', () => {
  const created = new Date(0)

  it('a large archive: returned with its digest and size, its check left to deferredCheck, which passes', async () => {
    const pack = await packagePack({ path: valid.file, outDir: dir, created, deferCheck: true })
    expect(pack).toMatchObject({
      prebuilt: true,
      archiveDigest: valid.digest,
      archiveSize: valid.size,
      metadata: { name: 'large', version: '1.0.0' }
    })
    expect(pack.deferredCheck).toBeDefined()
    await expect(pack.deferredCheck?.run()).resolves.toBeUndefined()
    const observer = pack.deferredCheck!.observe()
    await expect(feedFile(observer, valid.file)).resolves.toBeUndefined()
  })

  it('a large archive that fails deep inside: returned, and both ways of its check reject naming the entry', async () => {
    const pack = await packagePack({ path: tampered.file, outDir: dir, created, deferCheck: true })
    expect(pack.archiveDigest).toBe(tampered.digest)
    const problem = `'${LARGE_PAYLOAD}' does not match its MANIFEST`
    await expect(pack.deferredCheck?.run()).rejects.toThrow(problem)
    await expect(feedFile(pack.deferredCheck!.observe(), tampered.file)).rejects.toThrow(problem)
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
