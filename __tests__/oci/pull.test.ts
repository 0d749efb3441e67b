// Reading from a registry for the CLI's pull and inspect (issue 14): getManifest and fetchBlob
// against the real registry, with pull-only credentials, checked digests and sizes, ranged reads
// for large blobs, redirects to blob storage without Authorization, and no file left on failure.
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient, type PushRequest } from '../../src/oci/client.js'
import { MediaType, bufferBlob, buildImageManifest } from '../../src/oci/descriptor.js'
import { DOWNLOAD_PIECE } from '../../src/oci/download.js'
import { RegistryError } from '../../src/oci/errors.js'
import type { Credential } from '../../src/oci/types.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import {
  authorizationsSeen,
  frontProxy,
  smallServer,
  type FrontRule,
  type SmallServer
} from '../support/small-servers.js'

const ALICE: Credential = { source: 'alice', username: 'alice', password: 'alice-secret-pw' }
const READER: Credential = { source: 'reader', username: 'reader', password: 'reader-secret-pw' }

let token: TestRegistry
let basic: TestRegistry
let work: string
const clients: RegistryClient[] = []
const servers: SmallServer[] = []

beforeAll(async () => {
  ;[token, basic] = await Promise.all([
    startRegistry({ auth: 'token' }),
    startRegistry({ auth: 'htpasswd' })
  ])
  work = await mkdtemp(path.join(tmpdir(), 'pull-test-'))
})
afterAll(async () => {
  await Promise.all([token?.stop(), basic?.stop()])
  if (work) await rm(work, { recursive: true, force: true })
})
afterEach(async () => {
  for (const c of clients.splice(0)) c.close()
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

function client(registry: TestRegistry | SmallServer, credential?: Credential): RegistryClient {
  const c = new RegistryClient({
    host: registry.host,
    plainHttp: true,
    credential,
    retry: { retries: 1, baseDelayMs: 10 }
  })
  clients.push(c)
  return c
}

function content(repository: string, layerSize = 3000): PushRequest {
  const config = bufferBlob(MediaType.packConfig, Buffer.from(JSON.stringify({ name: 'p' })))
  const layer = bufferBlob(MediaType.packLayer, randomBytes(layerSize))
  const manifest = buildImageManifest(config.descriptor, [layer.descriptor])
  return { repository, blobs: [config, layer], manifest, tags: ['1.0.0'], overwrite: true }
}

async function pushed(
  registry: TestRegistry,
  repository: string,
  layerSize?: number
): Promise<PushRequest> {
  const request = content(repository, layerSize)
  await client(registry, ALICE).push(request)
  return request
}

function layerOf(request: PushRequest): {
  descriptor: PushRequest['blobs'][number]['descriptor']
  bytes: Buffer
} {
  const layer = request.blobs[1]!
  return {
    descriptor: layer.descriptor,
    bytes: 'content' in layer ? layer.content : Buffer.alloc(0)
  }
}

async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort()
}

async function freshDir(): Promise<string> {
  return mkdtemp(path.join(work, 'out-'))
}

describe('getManifest', () => {
  it('reads a manifest by tag and by digest with pull-only credentials, asking only for pull', async () => {
    const request = await pushed(token, 'pull/manifest')
    const before = token.tokenServer!.requests.length
    const reader = client(token, READER)
    const byTag = await reader.getManifest('pull/manifest', '1.0.0')
    expect(byTag).toEqual({
      bytes: request.manifest.bytes,
      digest: request.manifest.digest,
      mediaType: MediaType.manifest
    })
    expect((await reader.getManifest('pull/manifest', request.manifest.digest)).bytes).toEqual(
      request.manifest.bytes
    )
    expect(
      token.tokenServer!.requests.slice(before).map((r) => [r.scope, r.user, r.status])
    ).toEqual([['repository:pull/manifest:pull', 'reader', 200]])
  })

  it('refuses bytes that do not hash to the digest asked for', async () => {
    const request = await pushed(basic, 'pull/altered')
    const proxy = await track(
      frontProxy(basic.host, {
        answer: (r, res) => {
          if (!r.path.includes('/manifests/')) return false
          res.writeHead(200, { 'Content-Type': MediaType.manifest })
          res.end(Buffer.concat([request.manifest.bytes, Buffer.from(' ')]))
          return true
        }
      })
    )
    const error = await client(proxy, ALICE)
      .getManifest('pull/altered', request.manifest.digest)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Read manifest pull/altered:${request.manifest.digest}: the registry answered with bytes whose digest is sha256:[0-9a-f]{64}, not ${request.manifest.digest}; refusing them$`
      )
    )
  })

  it('names what is missing', async () => {
    const error = await client(basic, ALICE)
      .getManifest('pull/nothing', '9.9.9')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as Error).message).toBe(
      `Read manifest pull/nothing:9.9.9: ${basic.host} has no manifest 9.9.9 in pull/nothing: check the repository, tag or digest`
    )
  })
})

async function track(server: Promise<SmallServer>): Promise<SmallServer> {
  const s = await server
  servers.push(s)
  return s
}

describe('fetchBlob', () => {
  it('downloads a small blob in one read, and a large one in ranged pieces', async () => {
    for (const size of [3000, 2 * DOWNLOAD_PIECE + 12345]) {
      const request = await pushed(basic, `pull/blob${size}`, size)
      const { descriptor, bytes } = layerOf(request)
      const proxy = await track(frontProxy(basic.host))
      const dir = await freshDir()
      const file = path.join(dir, 'layer.tar.gz')
      await client(proxy, READER).fetchBlob(`pull/blob${size}`, descriptor, file)
      expect((await readFile(file)).equals(bytes)).toBe(true)
      expect(await filesIn(dir)).toEqual(['layer.tar.gz'])
      const ranges = proxy.seen
        .filter((r) => r.path.includes('/blobs/'))
        .map((r) => r.headers.range)
      const pieces = Math.ceil(size / DOWNLOAD_PIECE)
      expect(new Set(ranges.filter((r) => r !== undefined)).size).toBe(pieces === 1 ? 0 : pieces)
    }
  })

  it('a blob altered in the registry storage: refused naming both digests, no file left', async () => {
    const request = await pushed(basic, 'pull/corrupt')
    const { descriptor, bytes } = layerOf(request)
    const hex = descriptor.digest.slice('sha256:'.length)
    const data = path.join(
      basic.storageDir,
      'docker/registry/v2/blobs/sha256',
      hex.slice(0, 2),
      hex,
      'data'
    )
    const altered = Buffer.from(bytes)
    altered[10] = altered[10]! ^ 0xff
    await writeFile(data, altered)
    const actual = 'sha256:' + createHash('sha256').update(altered).digest('hex')
    const dir = await freshDir()
    const error = await client(basic, READER)
      .fetchBlob('pull/corrupt', descriptor, path.join(dir, 'layer.tar.gz'))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as Error).message).toBe(
      `Download blob ${descriptor.digest.slice(0, 19)}: the blob does not match its descriptor (${descriptor.size} bytes, ${descriptor.digest}): its bytes hash to ${actual}, not ${descriptor.digest}. Nothing was written`
    )
    expect(await filesIn(dir)).toEqual([])
  })

  it('a short answer: refused, no file left', async () => {
    const request = await pushed(basic, 'pull/short')
    const { descriptor } = layerOf(request)
    const rule: FrontRule = {
      answer: (r, res) => {
        if (r.method !== 'GET' || !r.path.includes('/blobs/')) return false
        res.writeHead(200, { 'Content-Length': '5' })
        res.end('short')
        return true
      }
    }
    const proxy = await track(frontProxy(basic.host, rule))
    const dir = await freshDir()
    const error = await client(proxy, READER)
      .fetchBlob('pull/short', descriptor, path.join(dir, 'layer.tar.gz'))
      .catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/the registry sent 5 bytes where 3000 were due/)
    expect(await filesIn(dir)).toEqual([])
  })

  it('follows a redirect to blob storage, which gets no Authorization', async () => {
    const request = await pushed(basic, 'pull/redirected', DOWNLOAD_PIECE + 100)
    const { descriptor, bytes } = layerOf(request)
    const storage = await track(
      smallServer((r, res) => {
        const range = /^bytes=(\d+)-(\d+)$/.exec(r.headers.range ?? '')
        const [start, end] = range ? [Number(range[1]), Number(range[2])] : [0, bytes.length - 1]
        res.writeHead(range ? 206 : 200, {
          'Content-Range': `bytes ${start}-${end}/${bytes.length}`,
          'Content-Length': String(end - start + 1)
        })
        res.end(bytes.subarray(start, end + 1))
      })
    )
    const proxy = await track(
      frontProxy(basic.host, {
        answer: (r, res) => {
          if (r.method !== 'GET' || !r.path.includes('/blobs/sha256:')) return false
          res.writeHead(307, { Location: `${storage.origin}/bucket/${descriptor.digest}?sig=x` })
          res.end()
          return true
        }
      })
    )
    const dir = await freshDir()
    const file = path.join(dir, 'layer.tar.gz')
    const reader = client(proxy, READER)
    await reader.authenticate('pull/redirected', 'pull')
    await reader.fetchBlob('pull/redirected', descriptor, file)
    expect((await readFile(file)).equals(bytes)).toBe(true)
    expect(storage.seen).toHaveLength(2)
    expect(authorizationsSeen(storage)).toEqual([])
    // The registry itself did get the credentials.
    const blobReads = proxy.seen.filter((r) => r.path.includes('/blobs/'))
    expect(blobReads.every((r) => r.headers.authorization?.startsWith('Basic '))).toBe(true)
  })
})
