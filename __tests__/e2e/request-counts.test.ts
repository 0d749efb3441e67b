// How many requests a push costs, counted in the real registry's access log (counts, not
// times): the fewest requests the protocol allows (issue 7), and no request that waits for
// nothing: no GET /v2/ ping, the first requests carry the auth challenge (issue 16).
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

  it(`first push of 2 blobs and ${N} tags: 2 HEAD + 2 POST + 2 PUT + ${N} manifest PUTs, a GET per tag, no GET /v2/`, async () => {
    const { run, requests } = await counted(() => push(examplePack, repository))
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    firstDigest = run.outputs.digest as string
    // The protocol's minimum (a HEAD, a POST and a PUT per blob and one PUT per tag), and a GET
    // per tag while the blobs go up, for the account of what moved. The blob HEADs come first
    // and would carry a 401 challenge (anonymous here: none).
    expect(byKind(requests)).toEqual({
      'HEAD blob 404': 2,
      'GET manifest 404': N,
      'POST upload session 202': 2,
      'PUT upload 201': 2,
      'PUT manifest 201': N
    })
    expect(requests).toHaveLength(2 + N + 2 + 2 + N)
    expect((await registry.listTags(repository)).sort()).toEqual([...TAGS].sort())
  })

  it.each<{ name: string; extra: Record<string, string> }>([
    {
      name: `re-push of unchanged content: reads only (2 blob HEADs + ${N} tag GETs, each manifest hashed)`,
      extra: {}
    },
    {
      name: `re-push with overwrite: false: reads only (2 blob HEADs + ${N} tag GETs)`,
      extra: { overwrite: 'false' }
    }
  ])('$name', async ({ extra }) => {
    const { run, requests } = await counted(() => push(examplePack, repository, extra))
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.digest).toBe(firstDigest)
    expect(byKind(requests)).toEqual({
      'HEAD blob 200': 2,
      'GET manifest 200': N
    })
  })

  it('overwrite: false against tags on another digest: reads only, nothing written', async () => {
    const pack = await changedPack()
    const { run, requests } = await counted(() => push(pack, repository, { overwrite: 'false' }))
    expect(run.exitCode).not.toBe(0)
    expect(run.errors.join('\n')).toMatch(
      /tags may not be moved\. No tag was written.*\(overwrite: true\)$/
    )
    // The config blob is the same (same Pack.yaml), the archive is new.
    expect(byKind(requests)).toEqual({
      'HEAD blob 200': 1,
      'HEAD blob 404': 1,
      'GET manifest 200': N
    })
    expect((await registry.listTags(repository)).sort()).toEqual([...TAGS].sort())
  })

  it('first push with one tag to another repository: the same blob requests and 1 manifest PUT (blobs are linked per repository)', async () => {
    const { run, requests } = await counted(() =>
      push(examplePack, 'counts/other', { tags: 'only' })
    )
    expect(run.exitCode).toBe(0)
    expect(byKind(requests)).toEqual({
      'HEAD blob 404': 2,
      'GET manifest 404': 1,
      'POST upload session 202': 2,
      'PUT upload 201': 2,
      'PUT manifest 201': 1
    })
  })
})

describe('requests per push in token mode: the first requests carry the challenge', () => {
  let tokens: TestRegistry

  beforeAll(async () => {
    tokens = await startRegistry({ auth: 'token' })
  })
  afterAll(async () => {
    await tokens?.stop()
  })

  async function pushWithToken(repository: string) {
    await tokens.flushAccessLog()
    tokens.clearAccessLog()
    const before = tokens.tokenServer!.requests.length
    const run = await runAction({
      inputs: {
        path: examplePack,
        destination: `oci://${tokens.host}/${repository}`,
        tags: TAGS.join(', '),
        'plain-http': 'true',
        username: 'alice',
        password: tokens.users.alice!.password
      }
    })
    return {
      run,
      requests: await tokens.flushAccessLog(),
      tokenRequests: tokens.tokenServer!.requests.slice(before)
    }
  }

  it('first push: the blob HEADs and tag GETs answered 401, one token request for all, then the same requests as anonymous', async () => {
    const { run, requests, tokenRequests } = await pushWithToken('counts/token')
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(byKind(requests)).toEqual({
      'HEAD blob 401': 2,
      'GET manifest 401': N,
      'HEAD blob 404': 2,
      'GET manifest 404': N,
      'POST upload session 202': 2,
      'PUT upload 201': 2,
      'PUT manifest 201': N
    })
    // The 401s came side by side and shared one token request.
    expect(tokenRequests).toEqual([
      {
        method: 'GET',
        scope: 'repository:counts/token:pull,push',
        service: 'test-registry',
        user: 'alice',
        status: 200
      }
    ])
    // Nothing but the first reads went out before the token: the challenge is answered once.
    const firstAuthorized = requests.findIndex((r) => r.status !== 401)
    expect(requests.slice(0, firstAuthorized).map((r) => `${r.method} ${r.status}`)).toEqual(
      expect.arrayContaining(['HEAD 401', 'GET 401'])
    )
    expect(firstAuthorized).toBe(2 + N)
  })

  it('re-push: reads only, one token request', async () => {
    const { run, requests, tokenRequests } = await pushWithToken('counts/token')
    expect(run.exitCode).toBe(0)
    expect(byKind(requests)).toEqual({
      'HEAD blob 401': 2,
      'GET manifest 401': N,
      'HEAD blob 200': 2,
      'GET manifest 200': N
    })
    expect(tokenRequests).toHaveLength(1)
  })
})
