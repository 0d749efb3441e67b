// How many requests a push costs, counted in the real registry's access log (counts, not
// times): the fewest round trips the protocol allows (issue 7).
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { examplePack, runAction, type ActionRun } from '../support/action.js'
import { startRegistry, type AccessLogEntry, type TestRegistry } from '../support/registry.js'

const TAGS = ['1.0.0', '1.0', 'stable']
const N = TAGS.length

let registry: TestRegistry
let work: string

beforeAll(async () => {
  registry = await startRegistry({ auth: 'anonymous' })
  work = await mkdtemp(path.join(tmpdir(), 'request-counts-'))
})

afterAll(async () => {
  await registry?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

function push(pack: string, repository: string, inputs: Record<string, string> = {}) {
  return runAction({
    inputs: {
      path: pack,
      destination: `oci://${registry.host}/${repository}`,
      tags: TAGS.join(', '),
      'plain-http': 'true',
      ...inputs
    }
  })
}

/** Runs a push and returns it with the requests the registry logged meanwhile. */
async function counted(
  work: () => Promise<ActionRun>
): Promise<{ run: ActionRun; requests: AccessLogEntry[] }> {
  await registry.flushAccessLog()
  registry.clearAccessLog()
  const run = await work()
  return { run, requests: await registry.flushAccessLog() }
}

/** "METHOD kind status" → count, where kind is what the path addresses. */
function byKind(requests: AccessLogEntry[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { method, path: p, status } of requests) {
    let kind = 'other'
    if (p === '/v2/') kind = '/v2/'
    else if (/\/blobs\/uploads\/$/.test(p)) kind = 'upload session'
    else if (/\/blobs\/uploads\/[^/]+$/.test(p)) kind = 'upload'
    else if (/\/blobs\/sha256:[a-f0-9]{64}$/.test(p)) kind = 'blob'
    else if (/\/manifests\/[^/]+$/.test(p)) kind = 'manifest'
    const key = `${method} ${kind} ${status}`
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}

/** A copy of the example pack with one template added: same name and version, new bytes. */
async function changedPack(): Promise<string> {
  const dir = path.join(work, 'changed', 'hello-pack')
  await cp(examplePack, dir, { recursive: true })
  await writeFile(path.join(dir, 'templates', 'extra.yaml'), 'kind: ConfigMap\n')
  return dir
}

describe('requests per push, from the registry access log', () => {
  const repository = 'counts/hello'
  let firstDigest: string

  it(`first push of 2 blobs and ${N} tags: 2 HEAD + 2 POST + 2 PUT + ${N} manifest PUTs, plus one GET /v2/`, async () => {
    const { run, requests } = await counted(() => push(examplePack, repository))
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    firstDigest = run.outputs.digest as string
    // The client asks GET /v2/ once, before any parallel work, to learn how to authenticate
    // (anonymous here: 200). Counted on its own so the push's requests can be compared with
    // the protocol's minimum: a HEAD, a POST and a PUT per blob and one PUT per tag.
    expect(byKind(requests)).toEqual({
      'GET /v2/ 200': 1,
      'HEAD blob 404': 2,
      'POST upload session 202': 2,
      'PUT upload 201': 2,
      'PUT manifest 201': N
    })
    expect(requests).toHaveLength(1 + 2 + 2 + 2 + N)
    expect((await registry.listTags(repository)).sort()).toEqual([...TAGS].sort())
  })

  it(`re-push of unchanged content: HEADs only (2 blob HEADs + ${N} tag HEADs), plus GET /v2/`, async () => {
    const { run, requests } = await counted(() => push(examplePack, repository))
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.digest).toBe(firstDigest)
    expect(byKind(requests)).toEqual({
      'GET /v2/ 200': 1,
      'HEAD blob 200': 2,
      'HEAD manifest 200': N
    })
  })

  it(`re-push with overwrite: false: HEADs only (2 blob HEADs + ${N} tag HEADs), plus GET /v2/`, async () => {
    const { run, requests } = await counted(() =>
      push(examplePack, repository, { overwrite: 'false' })
    )
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.digest).toBe(firstDigest)
    expect(byKind(requests)).toEqual({
      'GET /v2/ 200': 1,
      'HEAD blob 200': 2,
      'HEAD manifest 200': N
    })
  })

  it('overwrite: false against tags on another digest: HEADs only, nothing written', async () => {
    const pack = await changedPack()
    const { run, requests } = await counted(() => push(pack, repository, { overwrite: 'false' }))
    expect(run.exitCode).not.toBe(0)
    expect(run.errors.join('\n')).toMatch(
      /tags may not be moved\. No tag was written.*\(overwrite: true\)$/
    )
    // The config blob is the same (same Pack.yaml), the archive is new.
    expect(byKind(requests)).toEqual({
      'GET /v2/ 200': 1,
      'HEAD blob 200': 1,
      'HEAD blob 404': 1,
      'HEAD manifest 200': N
    })
    expect((await registry.listTags(repository)).sort()).toEqual([...TAGS].sort())
  })

  it('first push with one tag to another repository: the same blob requests and 1 manifest PUT (blobs are linked per repository)', async () => {
    const { run, requests } = await counted(() =>
      push(examplePack, 'counts/other', { tags: 'only' })
    )
    expect(run.exitCode).toBe(0)
    expect(byKind(requests)).toEqual({
      'GET /v2/ 200': 1,
      'HEAD blob 404': 2,
      'POST upload session 202': 2,
      'PUT upload 201': 2,
      'PUT manifest 201': 1
    })
  })
})
