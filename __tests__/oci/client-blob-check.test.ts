// A blob with a check of its own (BlobSource.check, a prebuilt archive's entries): an upload
// feeds it the very bytes it sends and holds its last byte, and every other upload's, until
// the check passes; a blob the registry has already is checked by itself; a failure leaves no
// blob and no tag. Against the real registry.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient, type PushRequest } from '../../src/oci/client.js'
import {
  MediaType,
  bufferBlob,
  buildImageManifest,
  sha256Digest,
  type BlobCheck,
  type BlobSource
} from '../../src/oci/descriptor.js'
import { UserError } from '../../src/errors.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'

let registry: TestRegistry
let dir: string
const clients: RegistryClient[] = []

beforeAll(async () => {
  registry = await startRegistry({ auth: 'anonymous' })
  dir = await mkdtemp(path.join(tmpdir(), 'blob-check-'))
})
afterAll(async () => {
  await registry?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})
afterEach(() => {
  for (const c of clients.splice(0)) c.close()
})

function client(): RegistryClient {
  const c = new RegistryClient({ host: registry.host, plainHttp: true, retry: { baseDelayMs: 10 } })
  clients.push(c)
  return c
}

/** A check that records what it is fed and when it is asked, its verdict given by the test. */
function recordingCheck() {
  const fed: Buffer[][] = []
  let runs = 0
  let verdict!: { resolve: () => void; reject: (e: Error) => void }
  const decided = new Promise<void>((resolve, reject) => (verdict = { resolve, reject }))
  decided.catch(() => {})
  let ended!: () => void
  const endReached = new Promise<void>((resolve) => (ended = resolve))
  const check: BlobCheck = {
    observe: () => {
      const chunks: Buffer[] = []
      fed.push(chunks)
      return {
        take: async (chunk) => {
          chunks.push(Buffer.from(chunk))
        },
        end: () => {
          ended()
          return decided
        }
      }
    },
    run: () => {
      runs++
      return decided
    }
  }
  return { check, fed, runs: () => runs, verdict, endReached }
}

async function fileRequest(
  repository: string,
  check: BlobCheck,
  bytes = randomBytes(3 << 20)
): Promise<PushRequest & { file: string; bytes: Buffer }> {
  const file = path.join(dir, `${repository.replace(/\W/g, '-')}.tgz`)
  await writeFile(file, bytes)
  const config = bufferBlob(MediaType.packConfig, randomBytes(64))
  const layer: BlobSource = {
    descriptor: { mediaType: MediaType.packLayer, digest: sha256Digest(bytes), size: bytes.length },
    path: file,
    check
  }
  const manifest = buildImageManifest(config.descriptor, [layer.descriptor])
  return {
    repository,
    blobs: [config, layer],
    manifest,
    tags: ['1.0.0'],
    overwrite: true,
    file,
    bytes
  }
}

function blobPuts(repository: string): number[] {
  return registry
    .accessLog()
    .filter((e) => e.method === 'PUT' && e.path.startsWith(`/v2/${repository}/blobs/`))
    .map((e) => e.status)
}

async function blobStatus(repository: string, digest: string): Promise<number> {
  return (await fetch(`${registry.url}/v2/${repository}/blobs/${digest}`, { method: 'HEAD' }))
    .status
}

describe('a blob with a check of its own', () => {
  it('is checked on the bytes its upload sends; no upload completes before the check passes', async () => {
    const recorded = recordingCheck()
    const request = await fileRequest('check/passes', recorded.check)
    const pushed = client().push(request)
    await recorded.endReached
    // Every byte went through the check, in order, before any upload was let through.
    // (Buffer.equals: a deep toEqual of megabytes takes seconds.)
    expect(Buffer.concat(recorded.fed[0] ?? []).equals(request.bytes)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 100))
    for (const blob of request.blobs) {
      expect(await blobStatus('check/passes', blob.descriptor.digest)).toBe(404)
    }
    recorded.verdict.resolve()
    expect(await pushed).toMatchObject({ blobsUploaded: 2, tagsWritten: ['1.0.0'] })
    expect(recorded.fed).toHaveLength(1)
    expect(recorded.runs()).toBe(0)
    await registry.flushAccessLog()
    expect(blobPuts('check/passes')).toEqual([201, 201])
  })

  it('fails: the push fails with the check error, and the registry keeps no blob and no tag', async () => {
    const recorded = recordingCheck()
    const request = await fileRequest('check/fails', recorded.check)
    const pushed = client().push(request)
    pushed.catch(() => {})
    await recorded.endReached
    const failure = new UserError('big.tgz: the entry templates/x does not match its MANIFEST')
    recorded.verdict.reject(failure)
    await expect(pushed).rejects.toBe(failure)
    await registry.flushAccessLog()
    expect(blobPuts('check/fails').filter((status) => status === 201)).toEqual([])
    for (const blob of request.blobs) {
      expect(await blobStatus('check/fails', blob.descriptor.digest)).toBe(404)
    }
    expect(await registry.listTags('check/fails')).toEqual([])
  })

  it('already in the repository: its check runs by itself before the tag is written', async () => {
    const first = recordingCheck()
    first.verdict.resolve()
    const bytes = randomBytes(2 << 20)
    await client().push(await fileRequest('check/present', first.check, bytes))
    const again = recordingCheck()
    const request = { ...(await fileRequest('check/present', again.check, bytes)), tags: ['2.0.0'] }
    // The config is new, the layer is there: the layer is not sent, so not observed.
    const pushed = client().push(request)
    pushed.catch(() => {})
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(again.runs()).toBe(1)
    expect(again.fed).toEqual([])
    expect(await registry.listTags('check/present')).toEqual(['1.0.0'])
    again.verdict.reject(new UserError('the archive changed'))
    await expect(pushed).rejects.toThrow('the archive changed')
    expect(await registry.listTags('check/present')).toEqual(['1.0.0'])
    // The file on disk is what was sent the first time.
    expect((await readFile(request.file)).equals(bytes)).toBe(true)
  })
})

describe('bytes that are not the digest read before (the file changed after it was hashed)', () => {
  it('the registry refuses them under that digest: the push fails saying so, nothing tagged', async () => {
    const passing = recordingCheck()
    passing.verdict.resolve()
    const request = await fileRequest('check/changed', passing.check)
    // The archive on disk now holds other bytes of the same size than those its digest is of.
    await writeFile(request.file, randomBytes(request.bytes.length))
    const failure = await client()
      .push(request)
      .catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(Error)
    expect((failure as Error).message).toMatch(
      /answered 400 \(DIGEST_INVALID.*\)\. The bytes sent are not those the digest was computed from: the file changed while it was being pushed/
    )
    expect((failure as Error).message).not.toMatch(/\n\s+at /)
    expect(await registry.listTags('check/changed')).toEqual([])
    const layer = request.blobs[1]!.descriptor.digest
    expect(await blobStatus('check/changed', layer)).toBe(404)
  })
})
