// Reading from a registry for the CLI's pull and inspect (issue 14): getManifest and fetchBlob
// against the real registry, with pull-only credentials, checked digests and sizes, one streamed
// GET per blob (memory measured in a child process), redirects to blob storage without
// Authorization, restarts after a body cut mid-way, and no file left on failure.
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import type http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { PushRequest, RegistryClient, RegistryClientOptions } from '../../src/oci/client.js'
import { MediaType, bufferBlob, buildImageManifest } from '../../src/oci/descriptor.js'
import { DOWNLOAD_ATTEMPTS } from '../../src/oci/download.js'
import { RegistryError } from '../../src/oci/errors.js'
import { NetworkError } from '../../src/oci/transport.js'
import type { Credential } from '../../src/oci/types.js'
import { recordingLogger } from '../support/recording-logger.js'
import { testClients } from '../support/oci-client.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { authorizationsSeen, smallServer, type SmallServer } from '../support/small-servers.js'
import { frontProxy, type FrontRule } from '../support/fault-proxy.js'

const ALICE: Credential = { source: 'alice', username: 'alice', password: 'alice-secret-pw' }
const READER: Credential = { source: 'reader', username: 'reader', password: 'reader-secret-pw' }

let token: TestRegistry
let basic: TestRegistry
let work: string
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
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

const clients = testClients({ retry: { retries: 1, baseDelayMs: 10 } })

function client(
  registry: TestRegistry | SmallServer,
  credential?: Credential,
  options: Partial<RegistryClientOptions> = {}
): RegistryClient {
  return clients({ host: registry.host, credential, ...options })
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

const MiB = 1024 * 1024
/** A front proxy rule answering the blob GET itself. */
function blobAnswer(answer: (res: http.ServerResponse, count: number) => void): FrontRule {
  let count = 0
  return {
    answer: (r, res) => {
      if (r.method !== 'GET' || !r.path.includes('/blobs/')) return false
      answer(res, ++count)
      return true
    }
  }
}

/** The first `cut` bytes of `bytes` as a 200 of the whole length, then the connection drops. */
function cutAfter(res: http.ServerResponse, bytes: Buffer, cut: number): void {
  res.writeHead(200, { 'Content-Length': String(bytes.length) })
  res.write(bytes.subarray(0, cut), () => res.socket?.destroy())
}

function blobGets(server: SmallServer): SmallServer['seen'] {
  return server.seen.filter((r) => r.method === 'GET' && r.path.includes('/blobs/'))
}

describe('fetchBlob', () => {
  // Its memory is the benchmark's to measure (bench/): here, one GET and the same bytes.
  it('downloads a 20 MB blob with one GET, the same bytes', async () => {
    const request = await pushed(basic, 'pull/large', 20_000_000)
    const { descriptor, bytes } = layerOf(request)
    const dir = await freshDir()
    const file = path.join(dir, 'layer.tar.gz')
    basic.clearAccessLog()
    await client(basic, READER).fetchBlob('pull/large', descriptor, file)
    expect((await readFile(file)).equals(bytes)).toBe(true)
    expect(await filesIn(dir)).toEqual(['layer.tar.gz'])
    const gets = (await basic.flushAccessLog()).filter(
      (e) => e.method === 'GET' && e.path.endsWith(`/blobs/${descriptor.digest}`)
    )
    // The first GET learns the challenge (401); one more brings the whole blob.
    expect(gets.map((e) => e.status)).toEqual([401, 200])
  })

  it('downloads a small blob with one plain GET, no Range', async () => {
    const request = await pushed(basic, 'pull/small')
    const { descriptor, bytes } = layerOf(request)
    const proxy = await track(frontProxy(basic.host))
    const dir = await freshDir()
    const file = path.join(dir, 'layer.tar.gz')
    await client(proxy, READER).fetchBlob('pull/small', descriptor, file)
    expect((await readFile(file)).equals(bytes)).toBe(true)
    expect(await filesIn(dir)).toEqual(['layer.tar.gz'])
    // The first GET learns the challenge (401); the second brings the credentials.
    expect(
      blobGets(proxy).map((r) => [r.headers.range, r.headers.authorization?.split(' ')[0]])
    ).toEqual([
      [undefined, undefined],
      [undefined, 'Basic']
    ])
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
      `Download blob ${descriptor.digest.slice(0, 19)}: the blob does not match its descriptor (${descriptor.size} bytes, ${descriptor.digest}): digest mismatch: its bytes hash to ${actual}, not ${descriptor.digest}. Nothing was written`
    )
    expect(await filesIn(dir)).toEqual([])
  })

  it('wrong bytes of the right length from a server: the digest mismatch named, no file left', async () => {
    const request = await pushed(basic, 'pull/wrong', 3 * MiB)
    const { descriptor } = layerOf(request)
    const wrong = randomBytes(descriptor.size)
    const actual = 'sha256:' + createHash('sha256').update(wrong).digest('hex')
    const proxy = await track(
      frontProxy(
        basic.host,
        blobAnswer((res) => res.end(wrong))
      )
    )
    const dir = await freshDir()
    const error = await client(proxy, READER)
      .fetchBlob('pull/wrong', descriptor, path.join(dir, 'layer.tar.gz'))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as Error).message).toContain(
      `: digest mismatch: its bytes hash to ${actual}, not ${descriptor.digest}. Nothing was written`
    )
    expect(blobGets(proxy)).toHaveLength(1)
    expect(await filesIn(dir)).toEqual([])
  })

  it('a short answer and an overlong one: refused by size, no file left', async () => {
    const request = await pushed(basic, 'pull/short')
    const { descriptor, bytes } = layerOf(request)
    const answers = [Buffer.from('short'), Buffer.concat([bytes, randomBytes(10 * MiB)])]
    const proxy = await track(
      frontProxy(
        basic.host,
        blobAnswer((res, count) => res.end(answers[count - 1]))
      )
    )
    const dir = await freshDir()
    const reader = client(proxy, READER)
    const errors = []
    for (let i = 0; i < answers.length; i++) {
      errors.push(
        await reader
          .fetchBlob('pull/short', descriptor, path.join(dir, 'layer.tar.gz'))
          .catch((e: unknown) => e)
      )
    }
    expect(errors.map((e) => (e as Error).message.replace(/^.*: /, ''))).toEqual([
      'the registry sent 5 bytes where 3000 were due. Nothing was written',
      'the registry sent more than the 3000 bytes due. Nothing was written'
    ])
    expect(await filesIn(dir)).toEqual([])
  })

  it('a body cut mid-way every time: started a bounded number of times, a clear error, no file left', async () => {
    const request = await pushed(basic, 'pull/cut', 2 * MiB)
    const { descriptor, bytes } = layerOf(request)
    const proxy = await track(
      frontProxy(
        basic.host,
        blobAnswer((res) => cutAfter(res, bytes, MiB))
      )
    )
    const dir = await freshDir()
    const error = (await client(proxy, READER)
      .fetchBlob('pull/cut', descriptor, path.join(dir, 'layer.tar.gz'))
      .catch((e: unknown) => e)) as NetworkError
    expect(error).toBeInstanceOf(NetworkError)
    const shown = descriptor.digest.slice(0, 19)
    expect(error.message).toMatch(
      new RegExp(
        `^Download blob ${shown} failed: the connection broke while the answer was arriving \\(ECONNRESET\\); the registry, its storage or a proxy in between cut the transfer: try again later. The download was started ${DOWNLOAD_ATTEMPTS} times; the last one broke after (\\d+) of ${descriptor.size} bytes. Nothing was written$`
      )
    )
    // What arrived before the cut: at most what the server sent (a reset may drop some of it).
    expect(Number(/broke after (\d+) of/.exec(error.message)?.[1])).toBeLessThanOrEqual(MiB)
    expect(blobGets(proxy)).toHaveLength(DOWNLOAD_ATTEMPTS)
    expect(await filesIn(dir)).toEqual([])
  })

  it('the overall deadline while a body trickles in: not started again, no file left', async () => {
    const request = await pushed(basic, 'pull/slow')
    const { descriptor, bytes } = layerOf(request)
    const proxy = await track(
      frontProxy(
        basic.host,
        blobAnswer((res) => {
          res.writeHead(200, { 'Content-Length': String(bytes.length) })
          let sent = 0
          const timer = setInterval(() => res.write(bytes.subarray(sent, ++sent)), 20)
          res.on('close', () => clearInterval(timer))
        })
      )
    )
    const dir = await freshDir()
    const reader = client(proxy, READER, { timeoutMs: 1_500 })
    const error = (await reader
      .fetchBlob('pull/slow', descriptor, path.join(dir, 'layer.tar.gz'))
      .catch((e: unknown) => e)) as NetworkError
    expect(error).toBeInstanceOf(NetworkError)
    expect(error.code).toBe('DEADLINE')
    expect(error.message).toMatch(/the overall timeout ran out/)
    expect(blobGets(proxy)).toHaveLength(1)
    expect(await filesIn(dir)).toEqual([])
  })

  it('storage that ignores Range: a download cut mid-way starts again from the first byte', async () => {
    const request = await pushed(basic, 'pull/norange', 3 * MiB)
    const { descriptor, bytes } = layerOf(request)
    // Whatever Range asks for, the whole blob with 200; the first answer breaks off half-way.
    const storage = await track(
      smallServer((_r, res) => {
        if (storage.seen.length === 1) cutAfter(res, bytes, bytes.length / 2)
        else res.writeHead(200, { 'Content-Length': String(bytes.length) }).end(bytes)
      })
    )
    const proxy = await track(
      frontProxy(
        basic.host,
        blobAnswer((res) => {
          res.writeHead(307, { Location: `${storage.origin}/bucket/${descriptor.digest}` }).end()
        })
      )
    )
    const dir = await freshDir()
    const file = path.join(dir, 'layer.tar.gz')
    const logger = recordingLogger()
    await client(proxy, READER, { logger }).fetchBlob('pull/norange', descriptor, file)
    expect((await readFile(file)).equals(bytes)).toBe(true)
    expect(await filesIn(dir)).toEqual(['layer.tar.gz'])
    expect(storage.seen).toHaveLength(2)
    const restarts = logger.lines.filter((l) => l.includes('starting again'))
    expect(restarts).toHaveLength(1)
    expect(restarts[0]).toMatch(
      new RegExp(
        `^info Download blob ${descriptor.digest.slice(0, 19)}: the connection broke after \\d+ of ${bytes.length} bytes; starting again \\(2/${DOWNLOAD_ATTEMPTS}\\)$`
      )
    )
    // Neither request asked for a range: the restart is a plain GET from the first byte.
    expect(storage.seen.map((r) => r.headers.range)).toEqual([undefined, undefined])
  })

  it('follows a redirect to blob storage on another origin, which gets no Authorization', async () => {
    // Over the 4 MiB a buffered answer keeps: only a streamed body comes through whole.
    const request = await pushed(basic, 'pull/redirected', 5 * MiB)
    const { descriptor, bytes } = layerOf(request)
    const storage = await track(
      smallServer((_r, res) => {
        res.writeHead(200, { 'Content-Length': String(bytes.length) })
        res.end(bytes)
      })
    )
    const proxy = await track(
      frontProxy(
        basic.host,
        blobAnswer((res) => {
          res.writeHead(307, { Location: `${storage.origin}/bucket/${descriptor.digest}?sig=x` })
          res.end()
        })
      )
    )
    const dir = await freshDir()
    const file = path.join(dir, 'layer.tar.gz')
    const reader = client(proxy, READER)
    await reader.authenticate('pull/redirected', 'pull')
    await reader.fetchBlob('pull/redirected', descriptor, file)
    expect((await readFile(file)).equals(bytes)).toBe(true)
    expect(storage.seen).toHaveLength(1)
    expect(storage.seen[0]!.query.get('sig')).toBe('x')
    expect(authorizationsSeen(storage)).toEqual([])
    // The registry itself did get the credentials.
    const blobReads = blobGets(proxy)
    expect(blobReads).toHaveLength(1)
    expect(blobReads[0]!.headers.authorization).toMatch(/^Basic /)
  })
})
