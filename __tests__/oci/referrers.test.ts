// OCI 1.1 referrers (issue 20): attaching a referrer by digest and keeping the fallback index
// `sha256-<hex>` on the real registry (distribution 2.8: no OCI-Subject, no referrers API), and
// the API path through a small server in front of it that offers the API with Link paging.
import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/oci/client.js'
import {
  MediaType,
  bufferBlob,
  buildImageManifest,
  type ManifestBytes
} from '../../src/oci/descriptor.js'
import { attachReferrer, fallbackTag, listReferrers } from '../../src/oci/referrers.js'
import { referrersApiServer } from '../support/referrers-api.js'
import { BUNDLE_TYPE, SIGNATURE_TYPE, uploadReferrer } from '../support/referrers.js'
import { type TestRegistry } from '../support/registry.js'
import { registryPerSuite } from '../support/registry-suite.js'
import { skopeoInspectRaw } from '../support/skopeo.js'
import { frontProxy } from '../support/fault-proxy.js'
import type { SmallServer } from '../support/small-servers.js'

let registry: TestRegistry
const clients: RegistryClient[] = []
const servers: SmallServer[] = []

registryPerSuite({ auth: 'anonymous' }, (r) => (registry = r))
afterEach(async () => {
  for (const c of clients.splice(0)) c.close()
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

function clientFor(host: string): RegistryClient {
  const client = new RegistryClient({ host, plainHttp: true })
  clients.push(client)
  return client
}

/** A small image pushed under `tag`: the subject referrers point at. */
async function pushSubject(client: RegistryClient, repository: string): Promise<ManifestBytes> {
  const config = bufferBlob(
    MediaType.packConfig,
    Buffer.from(`{"n":"${randomBytes(8).toString('hex')}"}`)
  )
  const layer = bufferBlob(MediaType.packLayer, randomBytes(64))
  const manifest = buildImageManifest(config.descriptor, [layer.descriptor])
  await client.push({
    repository,
    blobs: [config, layer],
    manifest,
    tags: ['1.0.0'],
    overwrite: true
  })
  return manifest
}

/** A referrer of `subject` with a random payload, its blobs uploaded. */
function referrerOf(
  client: RegistryClient,
  repository: string,
  subject: ManifestBytes,
  artifactType: string,
  annotations: Record<string, string> = {
    'org.opencontainers.image.created': '2026-01-01T00:00:00Z'
  }
): Promise<ManifestBytes> {
  return uploadReferrer(client, repository, {
    artifactType,
    payload: randomBytes(32),
    subject: subject.digest,
    annotations
  })
}

async function rawTag(host: string, repository: string, tag: string): Promise<string> {
  return (await skopeoInspectRaw(`${host}/${repository}:${tag}`)).toString('utf8')
}

describe('on distribution (no referrers API): the fallback index', () => {
  it('puts the referrer by digest and creates sha256-<hex> with its entry, type and every annotation', async () => {
    const client = clientFor(registry.host)
    const subject = await pushSubject(client, 'team/a')
    const annotations = {
      'org.opencontainers.image.created': '2026-01-01T00:00:00Z',
      'dev.sherpack.signature.key-id': 'E50ACA2757D449B2'
    }
    const referrer = await referrerOf(client, 'team/a', subject, SIGNATURE_TYPE, annotations)
    const attached = await attachReferrer(client.referrers('team/a'), referrer, subject.digest)
    const tag = `sha256-${subject.digest.slice(7)}`
    expect(attached).toEqual({
      digest: referrer.digest,
      keptBy: 'fallback tag',
      tag,
      indexWritten: true
    })
    expect(fallbackTag(subject.digest)).toBe(tag)
    const index = JSON.parse(await rawTag(registry.host, 'team/a', tag)) as { manifests: unknown[] }
    expect(index.manifests).toEqual([
      {
        mediaType: MediaType.manifest,
        digest: referrer.digest,
        size: referrer.bytes.length,
        artifactType: SIGNATURE_TYPE,
        annotations
      }
    ])
    expect(await skopeoInspectRaw(`${registry.host}/team/a@${referrer.digest}`)).toEqual(
      referrer.bytes
    )
    expect((await registry.listTags('team/a')).sort()).toEqual(['1.0.0', tag])
  })

  it('a re-run adds nothing: the index is not written again', async () => {
    const client = clientFor(registry.host)
    const subject = await pushSubject(client, 'team/b')
    const referrer = await referrerOf(client, 'team/b', subject, SIGNATURE_TYPE)
    await attachReferrer(client.referrers('team/b'), referrer, subject.digest)
    const before = await rawTag(registry.host, 'team/b', fallbackTag(subject.digest))
    await registry.flushAccessLog()
    registry.clearAccessLog()
    const again = await attachReferrer(client.referrers('team/b'), referrer, subject.digest)
    expect(again.indexWritten).toBe(false)
    expect(await rawTag(registry.host, 'team/b', fallbackTag(subject.digest))).toBe(before)
    const writes = (await registry.flushAccessLog()).filter(
      (e) => e.method === 'PUT' && e.path.endsWith(fallbackTag(subject.digest))
    )
    expect(writes).toEqual([])
  })

  it("keeps another tool's entry byte for byte (Go's escaping included) and appends ours", async () => {
    const client = clientFor(registry.host)
    const subject = await pushSubject(client, 'team/c')
    const cosign = await referrerOf(client, 'team/c', subject, BUNDLE_TYPE, {
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1?a=1\u0026b=\u003cc\u003e'
    })
    await client.referrers('team/c').writeManifest(cosign.digest, cosign)
    // As ggcr writes it: Go's encoder escapes & < > as \u0026 \u003c \u003e.
    const foreign = `{"mediaType":"${MediaType.manifest}","size":${cosign.bytes.length},"digest":"${cosign.digest}","artifactType":"${BUNDLE_TYPE}","annotations":{"dev.sigstore.bundle.content":"dsse-envelope","dev.sigstore.bundle.predicateType":"https://slsa.dev/provenance/v1?a=1\\u0026b=\\u003cc\\u003e"}}`
    const existing = `{"schemaVersion":2,"mediaType":"${MediaType.index}","manifests":[${foreign}]}`
    const tag = fallbackTag(subject.digest)
    const bytes = Buffer.from(existing)
    await client
      .referrers('team/c')
      .writeManifest(tag, { mediaType: MediaType.index, digest: '', bytes })
    const ours = await referrerOf(client, 'team/c', subject, SIGNATURE_TYPE)
    await attachReferrer(client.referrers('team/c'), ours, subject.digest)
    const now = await rawTag(registry.host, 'team/c', tag)
    expect(
      now.startsWith(`{"schemaVersion":2,"mediaType":"${MediaType.index}","manifests":[${foreign},`)
    ).toBe(true)
    const listed = (JSON.parse(now) as { manifests: { digest: string }[] }).manifests.map(
      (m) => m.digest
    )
    expect(listed).toEqual([cosign.digest, ours.digest])
  })

  it('refuses a tag sha256-<hex> that holds something other than an index, and leaves it', async () => {
    const client = clientFor(registry.host)
    const subject = await pushSubject(client, 'team/d')
    const tag = fallbackTag(subject.digest)
    // Another image of the repository, tagged where the fallback index would go.
    const stranger = await pushSubject(client, 'team/d')
    await client.referrers('team/d').writeManifest(tag, stranger)
    const before = await rawTag(registry.host, 'team/d', tag)
    const referrer = await referrerOf(client, 'team/d', subject, SIGNATURE_TYPE)
    await expect(
      attachReferrer(client.referrers('team/d'), referrer, subject.digest)
    ).rejects.toThrow(
      `The tag ${tag} holds a ${MediaType.manifest}, not the image index of referrers`
    )
    expect(await rawTag(registry.host, 'team/d', tag)).toBe(before)
    expect(JSON.parse(before)).toEqual(JSON.parse(stranger.bytes.toString('utf8')))
  })

  it('five referrers attached at once all end up listed (the settled read-back catches a lost write)', async () => {
    const client = clientFor(registry.host)
    const subject = await pushSubject(client, 'team/e')
    const referrers = await Promise.all(
      [1, 2, 3, 4, 5].map(() => referrerOf(client, 'team/e', subject, SIGNATURE_TYPE))
    )
    await Promise.all(
      referrers.map((r) =>
        attachReferrer(clientFor(registry.host).referrers('team/e'), r, subject.digest)
      )
    )
    const listing = await listReferrers(client.referrers('team/e'), subject.digest)
    expect(listing.keptBy).toBe('fallback tag')
    expect(listing.referrers.map((r) => r.digest).sort()).toEqual(
      referrers.map((r) => r.digest).sort()
    )
  })

  it('lists nothing for a manifest without referrers', async () => {
    const client = clientFor(registry.host)
    const subject = await pushSubject(client, 'team/f')
    expect(await listReferrers(client.referrers('team/f'), subject.digest)).toEqual({
      keptBy: 'none',
      referrers: []
    })
  })
})

describe('a conditional write of the fallback index', () => {
  it('sends If-Match with the ETag it read, and starts over after a 412', async () => {
    let refused = 0
    const front = await frontProxy(registry.host, {
      answer: (request, res) => {
        const conditional =
          request.method === 'PUT' &&
          /\/manifests\/sha256-/.test(request.path) &&
          request.headers['if-match'] !== undefined
        if (!conditional || refused > 0) return false
        // Another writer got there first, as a registry that honours If-Match says it.
        refused++
        res.writeHead(412, { 'Content-Type': 'application/json' })
        res.end('{"errors":[{"code":"PRECONDITION_FAILED"}]}')
        return true
      }
    })
    servers.push(front)
    const client = clientFor(front.host)
    const subject = await pushSubject(client, 'cond/a')
    const first = await referrerOf(client, 'cond/a', subject, SIGNATURE_TYPE)
    await attachReferrer(client.referrers('cond/a'), first, subject.digest)
    const second = await referrerOf(client, 'cond/a', subject, SIGNATURE_TYPE)
    const attached = await attachReferrer(client.referrers('cond/a'), second, subject.digest)
    expect(attached.indexWritten).toBe(true)
    expect(refused).toBe(1)
    const puts = front.seen.filter(
      (r) => r.method === 'PUT' && r.path.includes('/manifests/sha256-')
    )
    // The first index had no ETag to match (a 404); the second write carried one, was refused,
    // and the one after the fresh read went through.
    expect(puts.map((r) => r.headers['if-match'] !== undefined)).toEqual([false, true, true])
    const listing = await listReferrers(client.referrers('cond/a'), subject.digest)
    expect(listing.referrers.map((r) => r.digest)).toEqual([first.digest, second.digest])
  })
})

describe('with the referrers API (a small server in front of the registry)', () => {
  it('writes no fallback tag, and a listing pages through Link, filtered here as well', async () => {
    const api = await referrersApiServer(registry.host, { pageSize: 1 })
    servers.push(api)
    const client = clientFor(api.host)
    const subject = await pushSubject(client, 'api/a')
    const ours = await Promise.all(
      [1, 2].map(() => referrerOf(client, 'api/a', subject, SIGNATURE_TYPE))
    )
    const bundle = await referrerOf(client, 'api/a', subject, BUNDLE_TYPE)
    for (const referrer of [...ours, bundle]) {
      const attached = await attachReferrer(client.referrers('api/a'), referrer, subject.digest)
      expect(attached).toEqual({ digest: referrer.digest, keptBy: 'api', indexWritten: false })
    }
    expect(await registry.listTags('api/a')).toEqual(['1.0.0'])
    const before = api.apiRequests().length
    const listing = await listReferrers(client.referrers('api/a'), subject.digest, SIGNATURE_TYPE)
    expect(listing.keptBy).toBe('api')
    expect(listing.referrers.map((r) => r.digest)).toEqual(ours.map((r) => r.digest))
    // Three referrers, one per page, the filter not applied by the server: three pages.
    const pages = api.apiRequests().slice(before)
    expect(pages.map((r) => r.query.get('page'))).toEqual([null, '1', '2'])
    expect(pages[0]!.query.get('artifactType')).toBe(SIGNATURE_TYPE)
  })

  it('a registry that sends OCI-Subject but has no API still gets the fallback index', async () => {
    const api = await referrersApiServer(registry.host, { api: false })
    servers.push(api)
    const client = clientFor(api.host)
    const subject = await pushSubject(client, 'api/b')
    const referrer = await referrerOf(client, 'api/b', subject, SIGNATURE_TYPE)
    const attached = await attachReferrer(client.referrers('api/b'), referrer, subject.digest)
    expect(attached.keptBy).toBe('fallback tag')
    expect((await registry.listTags('api/b')).sort()).toEqual([
      '1.0.0',
      fallbackTag(subject.digest)
    ])
  })
})
