// Protected tags never move, whatever `overwrite` says: checked before the uploads, again
// right before the write, and read back after it, as every tag is with overwrite false. Against
// the real registry, with a small proxy in front of it to let another push in at the worst
// moment.
import { describe, expect, it } from 'vitest'
import { PartialTagError, TagConflictError, type PushRequest } from '../../src/oci/client.js'
import { pushRequest as freshPush, testClients } from '../support/oci-client.js'
import { type TestRegistry } from '../support/registry.js'
import {
  frontProxyInto,
  registryPerSuite,
  serversClosedAfterEach
} from '../support/registry-suite.js'
import { type SmallServer } from '../support/small-servers.js'

let registry: TestRegistry
registryPerSuite({ auth: 'anonymous' }, (r) => (registry = r))
const proxies = serversClosedAfterEach()

const clients = testClients({ settleMs: 50 })
const client = (host = registry.host) => clients({ host })

const through = frontProxyInto(proxies, () => registry.host)

function pushRequest(repository: string, tags: string[], protectedTags?: string[]): PushRequest {
  return freshPush(repository, tags, { protectedTags })
}

/** Requests the proxy saw for the manifests of `tag`, as `METHOD`. */
function manifestRequests(proxy: SmallServer, tag: string): string[] {
  return proxy.seen.filter((r) => r.path.endsWith(`/manifests/${tag}`)).map((r) => r.method)
}

describe('a protected tag, with overwrite true', () => {
  it('on another digest: the push fails naming the tag and both digests, and no tag moves', async () => {
    const repository = 'protected/other-digest'
    const published = pushRequest(repository, ['1.0.0'])
    await client().push(published)
    const changed = pushRequest(repository, ['1.0.0', 'latest'], ['1.0.0'])

    const error = await client()
      .push(changed)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TagConflictError)
    const conflict = error as TagConflictError
    expect(conflict.what).toBe(
      `A tag already points to another digest (1.0.0 → ${published.manifest.digest}); this push would be ${changed.manifest.digest}, and 1.0.0 is protected: never moved. No tag was written.`
    )
    // Facts only: what to do about a pack (bump its version) is the core's to say.
    expect(conflict.fix).toBeUndefined()
    expect(conflict.suggest).toBeUndefined()
    expect(conflict).toMatchObject({
      digest: changed.manifest.digest,
      conflicts: [{ tag: '1.0.0', digest: published.manifest.digest }]
    })
    expect(await client().tagDigest(repository, '1.0.0')).toBe(published.manifest.digest)
    expect(await registry.listTags(repository)).toEqual(['1.0.0'])
  })

  it('moves the tags that are not protected, and leaves a protected one on our digest as it is', async () => {
    const repository = 'protected/same-digest'
    const first = pushRequest(repository, ['1.0.0', 'latest'])
    await client().push(first)
    const proxy = await through({})
    const again = { ...first, protectedTags: ['1.0.0'] }
    const result = await client(proxy.host).push(again)
    expect(result).toMatchObject({ tagsUnchanged: ['1.0.0', 'latest'], tagsWritten: [] })

    // A new version: its protected tag is new, latest moves to it, 1.0.0 stays where it was.
    const next = pushRequest(repository, ['1.0.1', 'latest'], ['1.0.1'])
    const moved = await client(proxy.host).push(next)
    expect(moved.tagsWritten.sort()).toEqual(['1.0.1', 'latest'])
    expect(await client().tagDigest(repository, 'latest')).toBe(next.manifest.digest)
    expect(await client().tagDigest(repository, '1.0.0')).toBe(first.manifest.digest)
  })

  it('is checked before the uploads, again before the write, and read back; the other tags are read once, while the blobs go up', async () => {
    const repository = 'protected/checks'
    const proxy = await through({})
    const request = pushRequest(repository, ['2.0.0', 'latest', 'stable'], ['2.0.0'])
    const result = await client(proxy.host).push(request)
    expect(result.tagsWritten.sort()).toEqual(['2.0.0', 'latest', 'stable'])
    // Each check reads the manifest and hashes it (a header is no proof).
    expect(manifestRequests(proxy, '2.0.0')).toEqual(['GET', 'GET', 'PUT', 'GET'])
    expect(manifestRequests(proxy, 'latest')).toEqual(['GET', 'PUT'])
    expect(manifestRequests(proxy, 'stable')).toEqual(['GET', 'PUT'])
  })

  it('tagged by another push while this one uploaded: fails before writing any tag', async () => {
    const repository = 'protected/raced-upload'
    const other = pushRequest(repository, ['3.0.0'])
    let raced = false
    const proxy = await through({
      // Once our first blob is in, another push takes the protected tag.
      after: async (r) => {
        if (raced || r.method !== 'PUT' || !r.path.includes('/blobs/uploads/')) return
        raced = true
        await client().push(other)
      }
    })
    const request = pushRequest(repository, ['3.0.0', 'latest'], ['3.0.0'])
    const error = await client(proxy.host)
      .push(request)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TagConflictError)
    expect((error as TagConflictError).what).toContain(
      `(3.0.0 → ${other.manifest.digest}); this push would be ${request.manifest.digest}, and 3.0.0 is protected: never moved. Another push tagged it while this one uploaded. No tag was written.`
    )
    expect(proxy.seen.filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'))).toEqual(
      []
    )
    expect(await registry.listTags(repository)).toEqual(['3.0.0'])
    expect(await client().tagDigest(repository, '3.0.0')).toBe(other.manifest.digest)
  })

  it('moved by another push right after our write: the read-back fails the push, saying where it points', async () => {
    const repository = 'protected/raced-write'
    const other = pushRequest(repository, ['4.0.0'])
    const proxy = await through({
      after: async (r, status) => {
        if (r.method === 'PUT' && r.path.endsWith('/manifests/4.0.0') && status === 201) {
          await client().push(other)
        }
      }
    })
    const request = pushRequest(repository, ['4.0.0', 'latest'], ['4.0.0'])
    const error = await client(proxy.host)
      .push(request)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PartialTagError)
    expect(error).toMatchObject({
      tagsWritten: ['latest'],
      tagsElsewhere: [{ tag: '4.0.0', digest: other.manifest.digest }],
      tagsNotWritten: []
    })
    expect((error as Error).message).toContain(
      `Another push moved the tag 4.0.0 → ${other.manifest.digest} while this one wrote ${request.manifest.digest}`
    )
  })
})

describe('with overwrite false', () => {
  it('protecting changes nothing: every tag is held already, with the overwrite message', async () => {
    const repository = 'protected/overwrite-false'
    const published = pushRequest(repository, ['latest'])
    await client().push(published)
    const request = { ...pushRequest(repository, ['1.0.0', 'latest'], ['1.0.0']), overwrite: false }
    const error = await client()
      .push(request)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TagConflictError)
    expect((error as TagConflictError).what).toBe(
      `A tag already points to another digest (latest → ${published.manifest.digest}); this push would be ${request.manifest.digest}, and tags may not be moved. No tag was written.`
    )
    expect((error as TagConflictError).suggest).toEqual({ option: 'overwrite', value: 'true' })
  })
})
