// overwrite false against the real registry (issue 12.3): a re-run of a release is a no-op, a
// tag is never moved, also when the registry leaves Docker-Content-Digest out of its HEAD
// answer, when another push tags it while this one uploads, or moves it right after this one
// wrote it. A small proxy in front of the registry plays those parts.
import { randomBytes } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  PartialTagError,
  RegistryClient,
  type PushRequest,
  type PushResult
} from '../../src/oci/client.js'
import { MediaType, bufferBlob, buildImageManifest } from '../../src/oci/descriptor.js'
import { RegistryError } from '../../src/oci/errors.js'
import { startRegistry, type AccessLogEntry, type TestRegistry } from '../support/registry.js'
import { type SmallServer } from '../support/small-servers.js'
import { frontProxy, type FrontRule } from '../support/fault-proxy.js'
import { skopeoInspectRaw } from '../support/skopeo.js'

let registry: TestRegistry
const proxies: SmallServer[] = []

beforeAll(async () => {
  registry = await startRegistry({ auth: 'anonymous' })
})
afterAll(async () => {
  await registry?.stop()
})
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((p) => p.close()))
})

/** A pack's blobs and manifest; the same `seed` gives the same content. */
function content(repository: string, tags: string[], overwrite: boolean, seed?: Buffer) {
  const bytes = seed ?? randomBytes(32)
  const config = bufferBlob(MediaType.packConfig, Buffer.concat([Buffer.from('config'), bytes]))
  const layer = bufferBlob(MediaType.packLayer, Buffer.concat([Buffer.from('layer'), bytes]))
  const manifest = buildImageManifest(config.descriptor, [layer.descriptor])
  return { repository, blobs: [config, layer], manifest, tags, overwrite } satisfies PushRequest
}

async function push(request: PushRequest, host = registry.host): Promise<PushResult> {
  const client = new RegistryClient({ host, plainHttp: true, retry: { baseDelayMs: 20 } })
  try {
    return await client.push(request)
  } finally {
    client.close()
  }
}

async function failure(request: PushRequest, host: string): Promise<RegistryError> {
  const error = await push(request, host).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(RegistryError)
  return error as RegistryError
}

async function through(rule: FrontRule): Promise<SmallServer> {
  const proxy = await frontProxy(registry.host, rule)
  proxies.push(proxy)
  return proxy
}

/** The requests of `work`, from the registry's own access log. */
async function requestsDuring(work: () => Promise<void>): Promise<AccessLogEntry[]> {
  await registry.flushAccessLog()
  registry.clearAccessLog()
  await work()
  return registry.flushAccessLog()
}

const isWrite = (r: AccessLogEntry): boolean => !['GET', 'HEAD'].includes(r.method)

describe('overwrite: false', () => {
  it('re-running a release with the same content writes nothing and succeeds', async () => {
    const seed = randomBytes(32)
    const first = await push(content('ow/same', ['1.0.0', 'stable'], true, seed))
    let second: PushResult | undefined
    const requests = await requestsDuring(async () => {
      second = await push(content('ow/same', ['1.0.0', 'stable'], false, seed))
    })
    expect(second).toMatchObject({
      digest: first.digest,
      tagsWritten: [],
      tagsUnchanged: ['1.0.0', 'stable']
    })
    expect(requests.filter(isWrite)).toEqual([])
    expect(requests.filter((r) => r.path.includes('/manifests/'))).toHaveLength(2)
  })

  it('refuses to move a tag to another digest, naming both, and writes nothing', async () => {
    const first = await push(content('ow/moved', ['1.0.0', 'stable'], true))
    const before = await skopeoInspectRaw(`${registry.host}/ow/moved:stable`)
    const catalog = await registry.catalog()
    const next = content('ow/moved', ['next', 'stable'], false)
    let error: RegistryError | undefined
    const requests = await requestsDuring(async () => {
      error = await failure(next, registry.host)
    })
    expect(error?.message).toBe(
      `A tag already points to another digest (stable → ${first.digest}); this push would be ${next.manifest.digest}, and tags may not be moved. No tag was written.`
    )
    expect(error?.suggest).toEqual({ option: 'overwrite', value: 'true' })
    // No upload session, no blob, no manifest: only reads.
    expect(requests.filter(isWrite)).toEqual([])
    expect((await registry.listTags('ow/moved')).sort()).toEqual(['1.0.0', 'stable'])
    expect(await registry.catalog()).toEqual(catalog)
    expect((await skopeoInspectRaw(`${registry.host}/ow/moved:stable`)).equals(before)).toBe(true)
  })

  it('with overwrite: true the same tag moves to the new digest', async () => {
    await push(content('ow/default', ['stable'], true))
    const second = await push(content('ow/default', ['stable'], true))
    const stable = await skopeoInspectRaw(`${registry.host}/ow/default:stable`)
    const { createHash } = await import('node:crypto')
    expect('sha256:' + createHash('sha256').update(stable).digest('hex')).toBe(second.digest)
  })

  it('a registry that sends no Docker-Content-Digest: the tag is read and hashed, the tag stays', async () => {
    const first = await push(content('ow/no-digest', ['stable'], true))
    const proxy = await through({
      adjust: (request, _status, headers) => {
        if (request.path.includes('/manifests/')) delete headers['docker-content-digest']
      }
    })
    const next = content('ow/no-digest', ['stable'], false)
    const error = await failure(next, proxy.host)
    expect(error.message).toContain(
      `(stable → ${first.digest}); this push would be ${next.manifest.digest}`
    )
    // One read of the tag, hashed: no header is needed, or trusted.
    const reads = proxy.seen.filter((r) => r.path.endsWith('/manifests/stable'))
    expect(reads.map((r) => r.method)).toEqual(['GET'])
    expect(proxy.seen.filter((r) => !['GET', 'HEAD'].includes(r.method))).toEqual([])
    const stable = await skopeoInspectRaw(`${registry.host}/ow/no-digest:stable`)
    const { createHash } = await import('node:crypto')
    expect('sha256:' + createHash('sha256').update(stable).digest('hex')).toBe(first.digest)
  })

  it('another push tags it while this one uploads: checked again before the write, no tag written', async () => {
    const other = content('ow/during-upload', ['1.0.0'], true)
    let pushed = false
    const proxy = await through({
      before: async (request) => {
        if (pushed || request.method !== 'PUT' || !request.path.includes('/blobs/uploads/')) return
        pushed = true
        await push(other)
      }
    })
    const ours = content('ow/during-upload', ['1.0.0'], false)
    const error = await failure(ours, proxy.host)
    expect(error).not.toBeInstanceOf(PartialTagError)
    expect(error.message).toBe(
      `A tag already points to another digest (1.0.0 → ${other.manifest.digest}); this push would be ${ours.manifest.digest}, and tags may not be moved. Another push tagged it while this one uploaded. No tag was written.`
    )
    expect(proxy.seen.filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'))).toEqual(
      []
    )
  })

  it('another push moves it right after this one wrote it: read back, the push fails naming both digests', async () => {
    const other = content('ow/after-write', ['1.0.0', 'stable'], true)
    let moved = false
    const proxy = await through({
      after: async (request) => {
        if (moved || request.method !== 'PUT' || !request.path.endsWith('/manifests/stable')) return
        moved = true
        await push({ ...other, tags: ['stable'] })
      }
    })
    const ours = content('ow/after-write', ['1.0.0', 'stable'], false)
    const error = await failure(ours, proxy.host)
    expect(error).toBeInstanceOf(PartialTagError)
    expect(error).toMatchObject({
      digest: ours.manifest.digest,
      tagsWritten: ['1.0.0'],
      tagsElsewhere: [{ tag: 'stable', digest: other.manifest.digest }],
      tagsNotWritten: []
    })
    expect(error.message).toBe(
      `Not every tag points to ${ours.manifest.digest}. Written: 1.0.0. Pointing elsewhere: stable → ${other.manifest.digest}. Another push moved the tag stable → ${other.manifest.digest} while this one wrote ${ours.manifest.digest}; tags may not be moved, so this push failed`
    )
  })
})
