// A blob uploaded from a file, against the real registry: bytes that are not those its digest
// was computed from (the file changed after it was hashed) are refused by the registry under
// that digest, and the push fails saying so, keeping no blob and writing no tag.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PushRequest } from '../../src/oci/client.js'
import {
  MediaType,
  bufferBlob,
  buildImageManifest,
  sha256Digest,
  type BlobSource
} from '../../src/oci/descriptor.js'
import { testClients } from '../support/oci-client.js'
import { type TestRegistry } from '../support/registry.js'
import { registryPerSuite } from '../support/registry-suite.js'

let registry: TestRegistry
let dir: string
const client = testClients()

registryPerSuite({ auth: 'anonymous' }, (r) => (registry = r))
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'blob-upload-'))
})
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function fileRequest(
  repository: string,
  bytes: Buffer
): Promise<PushRequest & { file: string }> {
  const file = path.join(dir, `${repository.replace(/\W/g, '-')}.tgz`)
  await writeFile(file, bytes)
  const config = bufferBlob(MediaType.packConfig, randomBytes(64))
  const layer: BlobSource = {
    descriptor: { mediaType: MediaType.packLayer, digest: sha256Digest(bytes), size: bytes.length },
    path: file
  }
  const manifest = buildImageManifest(config.descriptor, [layer.descriptor])
  return { repository, blobs: [config, layer], manifest, tags: ['1.0.0'], overwrite: true, file }
}

async function blobStatus(repository: string, digest: string): Promise<number> {
  return (await fetch(`${registry.url}/v2/${repository}/blobs/${digest}`, { method: 'HEAD' }))
    .status
}

describe('bytes that are not the digest read before (the file changed after it was hashed)', () => {
  it('the registry refuses them under that digest: the push fails saying so, nothing tagged', async () => {
    const bytes = randomBytes(3 << 20)
    const request = await fileRequest('upload/changed', bytes)
    // The file on disk now holds other bytes of the same size than those its digest is of.
    await writeFile(request.file, randomBytes(bytes.length))
    const failure = await client({ host: registry.host })
      .push(request)
      .catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(Error)
    expect((failure as Error).message).toMatch(
      /answered 400 \(DIGEST_INVALID.*\)\. The bytes sent are not those the digest was computed from: the file changed while it was being pushed/
    )
    expect((failure as Error).message).not.toMatch(/\n\s+at /)
    expect(await registry.listTags('upload/changed')).toEqual([])
    const layer = request.blobs[1]!.descriptor.digest
    expect(await blobStatus('upload/changed', layer)).toBe(404)
  })
})
