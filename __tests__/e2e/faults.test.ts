// The bundled action pushing through a fault-injecting proxy in front of the real registry
// (htpasswd, so that there is an Authorization header to protect): each push either ends with
// the right digest readable by skopeo, or fails with one error line and no tag written.
import { createHash, randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as tar from 'tar'
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest'
import { examplePack, runAction, unmasked, type ActionRun } from '../support/action.js'
import {
  startFaultProxy,
  type Fault,
  type FaultProxy,
  type FaultRule
} from '../support/fault-proxy.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { fetchBlob, skopeoInspectRaw } from '../support/skopeo.js'
import { LARGE_PAYLOAD, writeLargeArchive } from '../support/large-archives.js'

const CREDS = 'alice:alice-secret-pw'
const UPLOAD_PUT = /\/blobs\/uploads\/.+/
const MANIFEST = /\/manifests\//
/** Bodies larger than the config blob: the archive of the big pack. */
const isLayer = ({ headers }: { headers: Record<string, unknown> }): boolean =>
  Number(headers['content-length'] ?? 0) > 100_000
/** `fault` on the upload PUT of the layer: `times` of them, every one when left out. */
const layerUploadFault = (fault: Fault, times?: number): FaultRule => ({
  method: 'PUT',
  path: UPLOAD_PUT,
  where: isLayer,
  fault,
  ...(times === undefined ? {} : { times })
})

let registry: TestRegistry
let proxy: FaultProxy
let bigPack: string

beforeAll(async () => {
  registry = await startRegistry({ auth: 'htpasswd' })
  proxy = await startFaultProxy({ target: registry.host })
  // The example pack plus ~1 MB of incompressible text, so an upload can be cut half-way.
  bigPack = path.join(await mkdtemp(path.join(tmpdir(), 'faults-pack-')), 'big-pack')
  await cp(examplePack, bigPack, { recursive: true })
  await writeFile(
    path.join(bigPack, 'templates', 'payload.txt'),
    randomBytes(512 * 1024).toString('hex')
  )
})

afterAll(async () => {
  await proxy?.close()
  await registry?.stop()
  if (bigPack) await rm(path.dirname(bigPack), { recursive: true, force: true })
})

beforeEach(async () => {
  proxy.script([])
  proxy.requests.length = 0
  await registry.flushAccessLog()
  registry.clearAccessLog()
})

function push(repository: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    inputs: {
      path: bigPack,
      destination: `oci://${proxy.host}/${repository}`,
      tags: '1.0.0, stable',
      'plain-http': 'true',
      username: 'alice',
      password: 'alice-secret-pw',
      ...extra
    },
    // Short waits: fast retries, and a dead connection noticed after one second.
    env: { SHERPACK_PUSH_RETRY_BASE_DELAY: '20ms', SHERPACK_PUSH_IDLE_TIMEOUT: '1s' }
  })
}

/** The push succeeded and the registry (read by skopeo, not through the proxy) has it all. */
async function expectPushed(run: ActionRun, repository: string): Promise<void> {
  expect(run.errors).toEqual([])
  expect(run.exitCode).toBe(0)
  expect(unmasked(run)).not.toContain('alice-secret-pw')
  const digest = run.outputs.digest as string
  const manifest = await skopeoInspectRaw(`${registry.host}/${repository}:1.0.0`, { creds: CREDS })
  expect('sha256:' + createHash('sha256').update(manifest).digest('hex')).toBe(digest)
  expect(
    (await skopeoInspectRaw(`${registry.host}/${repository}:stable`, { creds: CREDS })).equals(
      manifest
    )
  ).toBe(true)
  const layer = (JSON.parse(manifest.toString()) as { layers: { digest: string }[] }).layers[0]
  expect(layer?.digest).toBe(run.outputs['archive-digest'])
  const archive = await readFile(run.outputs.archive as string)
  expect((await fetchBlob(registry, repository, layer!.digest, CREDS)).equals(archive)).toBe(true)
  expect((await registry.listTags(repository)).sort()).toEqual(['1.0.0', 'stable'])
}

/** Failed the step cleanly: one error line, exit code 1, no stack trace, no tag. */
async function expectCleanFailure(run: ActionRun, repository: string): Promise<string> {
  expect(run.exitCode).toBe(1)
  expect(run.errors).toHaveLength(1)
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  expect(unmasked(run)).not.toContain('alice-secret-pw')
  expect(await registry.listTags(repository)).toEqual([])
  return run.errors[0] as string
}

/** The next `times` manifest PUTs get this answer from the proxy instead of the registry's. */
function manifestPutsAnswer(
  status: number,
  body: string,
  times: number,
  headers: Record<string, string> = {}
): void {
  proxy.script([
    { method: 'PUT', path: MANIFEST, fault: { kind: 'status', status, headers, body }, times }
  ])
}

function retryLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => / retry \d+\/\d+ in /.test(line))
}

describe('pushing through a faulty network', () => {
  it('retries 503 answers to the blob upload three times, then pushes', async () => {
    proxy.script([
      { method: 'PUT', path: UPLOAD_PUT, fault: { kind: 'status', status: 503 }, times: 3 }
    ])
    const run = await push('faults/503')
    await expectPushed(run, 'faults/503')
    const retries = retryLines(run)
    expect(retries).toHaveLength(3)
    expect(retries[0]).toMatch(
      /^Upload blob sha256:[0-9a-f]{12}: status 503; retry 1\/5 in \d+\.\d s$/
    )
    // The three refused PUTs never reached the registry; the two that did were accepted.
    const puts = proxy.requests.filter((r) => r.method === 'PUT' && UPLOAD_PUT.test(r.path))
    expect(puts).toHaveLength(5)
    const log = await registry.flushAccessLog()
    const accepted = log.filter((r) => r.method === 'PUT' && UPLOAD_PUT.test(r.path))
    expect(accepted.map((r) => r.status)).toEqual([201, 201])
  })

  it('waits as long as a 429 Retry-After says, then pushes', async () => {
    proxy.script([
      {
        method: 'PUT',
        path: MANIFEST,
        fault: {
          kind: 'status',
          status: 429,
          headers: { 'Retry-After': '1' },
          body: '{"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]}'
        },
        times: 1
      }
    ])
    const run = await push('faults/429')
    await expectPushed(run, 'faults/429')
    expect(retryLines(run)).toEqual([
      expect.stringMatching(
        /^Tag (1\.0\.0|stable): rate limited by the registry \(429\); waiting as the registry asks, retry 1\/5 in 1\.0 s$/
      )
    ])
  })

  it("waits out GHCR's 403 secondary rate limit for its Retry-After, then pushes", async () => {
    manifestPutsAnswer(
      403,
      '{"errors":[{"code":"DENIED","message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}]}',
      1,
      { 'Retry-After': '1' }
    )
    const run = await push('faults/secondary-rate-limit')
    await expectPushed(run, 'faults/secondary-rate-limit')
    expect(retryLines(run)).toEqual([
      expect.stringMatching(
        /^Tag (1\.0\.0|stable): rate limited by the registry \(403: secondary rate limit\); waiting as the registry asks, retry 1\/5 in 1\.0 s$/
      )
    ])
  })

  it("fails at once on any other 403, with the registry's own message", async () => {
    manifestPutsAnswer(
      403,
      '{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}',
      5
    )
    const run = await push('faults/denied')
    const error = await expectCleanFailure(run, 'faults/denied')
    expect(error).toContain('answered 403 (DENIED: requested access to the resource is denied)')
    expect(retryLines(run)).toEqual([])
    const puts = proxy.requests.filter((r) => r.method === 'PUT' && MANIFEST.test(r.path))
    expect(puts).toHaveLength(1)
  })

  it('starts the upload again when the connection is reset mid-body', async () => {
    proxy.script([layerUploadFault({ kind: 'reset', afterBytes: 64 * 1024 }, 1)])
    const run = await push('faults/reset')
    await expectPushed(run, 'faults/reset')
    expect(run.stdout).toMatch(
      /Upload blob sha256:[0-9a-f]{12}: \w+ during the upload; starting it again/
    )
    const layerPuts = proxy.requests.filter((r) => r.method === 'PUT' && UPLOAD_PUT.test(r.path))
    expect(layerPuts.map((r) => r.fault)).toContain('reset')
    // Two sessions for the layer (the cut one and the new one), one for the config.
    const log = await registry.flushAccessLog()
    expect(
      log.filter((r) => r.method === 'POST' && /\/blobs\/uploads\/$/.test(r.path))
    ).toHaveLength(3)
  })

  it('checks the blob after a lost upload answer instead of uploading it twice', async () => {
    // The registry takes the layer, but its answer never reaches the action.
    proxy.script([layerUploadFault({ kind: 'hang', forward: true }, 1)])
    const run = await push('faults/lost-answer')
    await expectPushed(run, 'faults/lost-answer')
    expect(run.stdout).toMatch(/the answer was lost, but the registry has the blob/)
    const log = await registry.flushAccessLog()
    const uploads = log.filter((r) => r.method === 'PUT' && UPLOAD_PUT.test(r.path))
    expect(uploads).toHaveLength(2)
  })

  it('a blob whose every upload answer is lost: read back after the last attempt, and the push goes on', async () => {
    proxy.script([layerUploadFault({ kind: 'hang', forward: true })])
    const run = await push('faults/blob-answers-lost')
    await expectPushed(run, 'faults/blob-answers-lost')
    expect(run.stdout).toMatch(/the answer was lost, but the registry has the blob/)
    // One upload, its answer lost: the registry had it, so it was not sent again.
    const log = await registry.flushAccessLog()
    expect(log.filter((r) => r.method === 'PUT' && UPLOAD_PUT.test(r.path))).toHaveLength(2)
  })

  it('tag writes whose answers are all lost: each tag is read back, and the push reports what the registry holds', async () => {
    // The registry stores every manifest PUT; no answer ever reaches the action.
    proxy.script([{ method: 'PUT', path: MANIFEST, fault: { kind: 'hang', forward: true } }])
    const run = await push('faults/tag-answers-lost')
    await expectPushed(run, 'faults/tag-answers-lost')
    expect(run.outputs.digest).toMatch(/^sha256:/)
    for (const tag of ['1.0.0', 'stable']) {
      expect(run.stdout).toContain(`Tag ${tag}: the answer was lost, but the registry holds it`)
    }
    expect(run.summary).not.toMatch(/not written/i)
  })

  it('a push whose credentials are refused: one error, no network error and no retry logged', async () => {
    // One blob HEAD never answered: still in flight when the other's refusal fails the push.
    proxy.script([
      { method: 'HEAD', path: /\/blobs\//, fault: { kind: 'hang', forward: false }, times: 1 }
    ])
    const run = await push('faults/wrong-password', { password: 'not-the-password' })
    const error = await expectCleanFailure(run, 'faults/wrong-password')
    expect(error).toMatch(/refused the credentials/)
    // Requests that were still running when the push failed end quietly.
    expect(run.stdout + run.stderr).not.toMatch(/network error|ECONNRESET|retry \d/)
    expect(retryLines(run)).toEqual([])
  })

  it('a push that meets one real reset still retries it, saying so', async () => {
    proxy.script([
      {
        method: 'HEAD',
        path: /\/blobs\/sha256:/,
        fault: { kind: 'reset', afterBytes: 1 },
        times: 1
      }
    ])
    const run = await push('faults/one-reset')
    await expectPushed(run, 'faults/one-reset')
    expect(retryLines(run)).toEqual([
      expect.stringMatching(/: network error ECONNRESET; retry 1\/5 in /)
    ])
  })

  it('a large prebuilt archive, its upload reset mid-body: the new upload is checked afresh and pushed', async () => {
    // 9 MiB: checked by its upload as it sends the bytes (8 MiB and more).
    const dir = await mkdtemp(path.join(tmpdir(), 'faults-prebuilt-'))
    onTestFinished(() => rm(dir, { recursive: true, force: true }))
    const large = await writeLargeArchive(dir, { bytes: 9 << 20 })
    proxy.script([layerUploadFault({ kind: 'reset', afterBytes: 3 << 20 }, 1)])
    const run = await push('faults/prebuilt-reset', { path: large.file, tags: '1.0.0' })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/during the upload; starting it again/)
    expect(proxy.requests.filter((r) => r.fault === 'reset')).toHaveLength(1)
    expect(run.outputs['archive-digest']).toBe(large.digest)
    const blob = await fetchBlob(registry, 'faults/prebuilt-reset', large.digest, CREDS)
    expect(blob.equals(await readFile(large.file))).toBe(true)
    expect(await registry.listTags('faults/prebuilt-reset')).toEqual(['1.0.0'])
  })

  it('a large prebuilt archive that fails its check, with a reset scripted for its upload: refused before any request, no blob, no tag', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'faults-tampered-'))
    onTestFinished(() => rm(dir, { recursive: true, force: true }))
    const tampered = await writeLargeArchive(dir, { bytes: 9 << 20, tampered: true })
    proxy.script([layerUploadFault({ kind: 'reset', afterBytes: 1 << 20 }, 1)])
    const repository = 'faults/prebuilt-tampered'
    const run = await push(repository, { path: tampered.file, tags: '1.0.0' })
    const error = await expectCleanFailure(run, repository)
    expect(error).toContain(`'${LARGE_PAYLOAD}' does not match its MANIFEST`)
    // The archive is checked whole before anything is sent: the registry saw no request.
    expect(proxy.requests).toEqual([])
    const head = await fetch(`${registry.url}/v2/${repository}/blobs/${tampered.digest}`, {
      method: 'HEAD',
      headers: { Authorization: `Basic ${Buffer.from(CREDS).toString('base64')}` }
    })
    expect(head.status).toBe(404)
  })

  it('drops Authorization on a 307 to another port and still pushes', async () => {
    // Another port plays presigned storage: it needs no Authorization from the client (it adds
    // its own upstream) and records what the client sent it.
    const storage = await startFaultProxy({
      target: registry.host,
      addHeaders: { authorization: 'Basic ' + Buffer.from(CREDS).toString('base64') }
    })
    try {
      proxy.script([
        {
          method: 'PUT',
          path: UPLOAD_PUT,
          where: isLayer,
          fault: {
            kind: 'redirect',
            status: 307,
            location: (pathAndQuery) => `http://${storage.host}${pathAndQuery}`
          },
          times: 1
        }
      ])
      const run = await push('faults/redirect')
      await expectPushed(run, 'faults/redirect')
      const redirected = proxy.requests.find((r) => r.fault === 'redirect')
      expect(redirected?.headers.authorization).toMatch(/^Basic /)
      expect(storage.requests.map((r) => r.method)).toEqual(['PUT'])
      expect(storage.requests[0]?.headers.authorization).toBeUndefined()
      expect(storage.requests[0]?.headers.cookie).toBeUndefined()
    } finally {
      await storage.close()
    }
  })

  it('fails cleanly, writing no tag, when the registry keeps answering 503', async () => {
    proxy.script([{ method: 'PUT', path: MANIFEST, fault: { kind: 'status', status: 503 } }])
    const run = await push('faults/always-503')
    const message = await expectCleanFailure(run, 'faults/always-503')
    expect(message).toMatch(
      /^Tag 1\.0\.0: PUT http:\/\/127\.0\.0\.1:\d+\/v2\/faults\/always-503\/manifests\/1\.0\.0 answered 503/
    )
    expect(message).toMatch(/try again later/)
    // One try and five retries, for the first tag only: the second is never tried.
    expect(proxy.requests.filter((r) => r.method === 'PUT' && MANIFEST.test(r.path))).toHaveLength(
      6
    )
  })

  it('fails cleanly at the overall timeout when the registry never answers', async () => {
    proxy.script([{ method: 'PUT', path: MANIFEST, fault: { kind: 'hang', forward: false } }])
    const run = await push('faults/never', { timeout: '4s' })
    const message = await expectCleanFailure(run, 'faults/never')
    expect(message).toMatch(
      /^Tag 1\.0\.0 failed after \d+ attempts: the overall timeout ran out while waiting for the registry; raise the timeout or try again later \(the timeout input\)$/
    )
    expect(retryLines(run)[0]).toMatch(/^Tag 1\.0\.0: no answer for 1 s; retry 1\/5 in/)
    // Idle timeouts of one second were retried until the four-second deadline.
    expect(retryLines(run).length).toBeGreaterThanOrEqual(2)
  })
})

describe('large and odd packs', () => {
  function pushDirect(pack: string, repository: string): Promise<ActionRun> {
    return runAction({
      inputs: {
        path: pack,
        destination: `oci://${registry.host}/${repository}`,
        tags: '1.0.0',
        'plain-http': 'true',
        username: 'alice',
        password: 'alice-secret-pw'
      }
    })
  }

  /** A prebuilt archive of a pack holding `megabytes` of incompressible data. */
  async function largeArchive(megabytes: number): Promise<{ archive: string; digest: string }> {
    const dir = await mkdtemp(path.join(tmpdir(), 'large-pack-'))
    onTestFinished(() => rm(dir, { recursive: true, force: true }))
    const pack = path.join(dir, 'large-pack')
    await mkdir(path.join(pack, 'templates'), { recursive: true })
    await writeFile(
      path.join(pack, 'Pack.yaml'),
      'apiVersion: sherpack/v1\nkind: application\nmetadata:\n  name: large-pack\n  version: 1.0.0\n'
    )
    // Incompressible, so the archive is as large as the data.
    const data = createWriteStream(path.join(pack, 'templates', 'data.txt'))
    for (let i = 0; i < megabytes; i++) {
      if (!data.write(randomBytes(1 << 20))) await once(data, 'drain')
    }
    await new Promise((resolve) => data.end(resolve))
    const packaged = await runAction({
      inputs: { path: pack, push: 'false', destination: `oci://${registry.host}/unused` }
    })
    expect(packaged.exitCode).toBe(0)
    const archive = packaged.outputs.archive as string
    onTestFinished(() => rm(archive, { force: true }))
    expect((await stat(archive)).size).toBeGreaterThan(megabytes * 1e6)
    return { archive, digest: packaged.outputs['archive-digest'] as string }
  }

  // Its memory is the benchmark's to measure (bench/): here, that it is pushed whole.
  it('pushes a 100 MB prebuilt archive as it is', async () => {
    const { archive, digest: archiveDigest } = await largeArchive(100)
    const large = { run: await pushDirect(archive, 'large/large') }
    expect(large.run.errors).toEqual([])
    expect(large.run.exitCode).toBe(0)

    const manifest = await skopeoInspectRaw(`${registry.host}/large/large:1.0.0`, { creds: CREDS })
    expect('sha256:' + createHash('sha256').update(manifest).digest('hex')).toBe(
      large.run.outputs.digest
    )
    const layer = (
      JSON.parse(manifest.toString()) as { layers: { digest: string; size: number }[] }
    ).layers[0]
    expect(layer?.digest).toBe(archiveDigest)
    expect(layer?.size).toBe((await stat(archive)).size)
  })

  it('pushes a pack of 10,000 templates', async () => {
    const pack = path.join(await mkdtemp(path.join(tmpdir(), 'many-templates-')), 'many')
    onTestFinished(() => rm(path.dirname(pack), { recursive: true, force: true }))
    await mkdir(path.join(pack, 'templates'), { recursive: true })
    await writeFile(
      path.join(pack, 'Pack.yaml'),
      'apiVersion: sherpack/v1\nkind: application\nmetadata:\n  name: many\n  version: 1.0.0\n'
    )
    for (let group = 0; group < 100; group++) {
      const dir = path.join(pack, 'templates', `group-${group}`)
      await mkdir(dir)
      await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          writeFile(
            path.join(dir, `cm-${i}.yaml`),
            `kind: ConfigMap\nmetadata:\n  name: cm-${group}-${i}\n`
          )
        )
      )
    }
    const run = await runAction({
      inputs: {
        path: pack,
        destination: `oci://${registry.host}/odd/many`,
        tags: '1.0.0',
        'plain-http': 'true',
        username: 'alice',
        password: 'alice-secret-pw'
      }
    })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const entries: string[] = []
    await tar.t({ file: run.outputs.archive as string, onReadEntry: (e) => entries.push(e.path) })
    expect(entries).toHaveLength(10_002)
    expect(entries.slice(0, 2)).toEqual(['MANIFEST', 'Pack.yaml'])
    const manifest = await skopeoInspectRaw(`${registry.host}/odd/many:1.0.0`, { creds: CREDS })
    expect('sha256:' + createHash('sha256').update(manifest).digest('hex')).toBe(run.outputs.digest)
  })
})
