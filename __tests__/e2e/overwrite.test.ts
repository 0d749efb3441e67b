// overwrite: false against the real registry (re-running a release is a no-op; moving a tag
// fails before anything is written), and what a push reports when a later tag fails.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { examplePack, runAction, type ActionRun } from '../support/action.js'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js'
import { startRegistry, type AccessLogEntry, type TestRegistry } from '../support/registry.js'
import { skopeoInspectRaw } from '../support/skopeo.js'

let registry: TestRegistry
let proxy: FaultProxy
/** The example pack with one template changed: same name and version, other bytes. */
let changedPack: string

beforeAll(async () => {
  registry = await startRegistry({ auth: 'anonymous' })
  proxy = await startFaultProxy({ target: registry.host })
  changedPack = path.join(await mkdtemp(path.join(tmpdir(), 'overwrite-pack-')), 'hello-pack')
  await cp(examplePack, changedPack, { recursive: true })
  await writeFile(path.join(changedPack, 'templates', 'extra.yaml'), 'kind: ConfigMap\n')
})

afterAll(async () => {
  await proxy?.close()
  await registry?.stop()
  if (changedPack) await rm(path.dirname(changedPack), { recursive: true, force: true })
})

beforeEach(async () => {
  proxy.script([])
  proxy.requests.length = 0
})

function push(
  pack: string,
  repository: string,
  inputs: Record<string, string> = {},
  host = registry.host
): Promise<ActionRun> {
  return runAction({
    inputs: {
      path: pack,
      destination: `oci://${host}/${repository}`,
      tags: '1.0.0, stable',
      'plain-http': 'true',
      ...inputs
    },
    env: { SHERPACK_PUSH_RETRY_BASE_DELAY: '20ms' }
  })
}

/** The requests of `work`, from the registry's own access log. */
async function requestsDuring(work: () => Promise<void>): Promise<AccessLogEntry[]> {
  await registry.flushAccessLog()
  registry.clearAccessLog()
  await work()
  return registry.flushAccessLog()
}

const isWrite = (r: AccessLogEntry): boolean => !['GET', 'HEAD'].includes(r.method)

function metadata(run: ActionRun): { tagsWritten: string[]; tagsUnchanged: string[] } {
  return JSON.parse(run.outputs.metadata ?? '{}') as {
    tagsWritten: string[]
    tagsUnchanged: string[]
  }
}

describe('overwrite: false', () => {
  it('re-running a release with the same content writes nothing and succeeds', async () => {
    const first = await push(examplePack, 'ow/same')
    expect(first.exitCode).toBe(0)
    let second: ActionRun | undefined
    const requests = await requestsDuring(async () => {
      second = await push(examplePack, 'ow/same', { overwrite: 'false' })
    })
    expect(second?.errors).toEqual([])
    expect(second?.exitCode).toBe(0)
    expect(second?.outputs.digest).toBe(first.outputs.digest)
    expect(requests.filter(isWrite)).toEqual([])
    expect(
      requests.filter((r) => r.method === 'HEAD' && r.path.includes('/manifests/'))
    ).toHaveLength(2)
    expect(second?.stdout).toContain(
      `Tag stable already points to ${first.outputs.digest}: left as it is`
    )
    expect(metadata(second as ActionRun)).toMatchObject({
      tagsWritten: [],
      tagsUnchanged: ['1.0.0', 'stable']
    })
  })

  it('refuses to move a tag to another digest, naming both, and writes nothing', async () => {
    const first = await push(examplePack, 'ow/moved')
    expect(first.exitCode).toBe(0)
    const before = await skopeoInspectRaw(`${registry.host}/ow/moved:stable`)
    const catalog = await registry.catalog()
    let second: ActionRun | undefined
    const requests = await requestsDuring(async () => {
      // 'next' is new and 'stable' exists with other content: neither may be written.
      second = await push(changedPack, 'ow/moved', { overwrite: 'false', tags: 'next, stable' })
    })
    const run = second as ActionRun
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    const message = run.errors[0] as string
    const ours = /this push would be (sha256:[0-9a-f]{64})/.exec(message)?.[1]
    expect(ours).toMatch(/^sha256:/)
    expect(ours).not.toBe(first.outputs.digest)
    expect(message).toBe(
      `overwrite is false and a tag already points to another digest (stable → ${first.outputs.digest}); this push would be ${ours}. Nothing was written. Bump the pack version, or set overwrite: true to move the tag.`
    )
    // No upload session, no blob, no manifest: only reads.
    expect(requests.filter(isWrite)).toEqual([])
    expect((await registry.listTags('ow/moved')).sort()).toEqual(['1.0.0', 'stable'])
    expect(await registry.catalog()).toEqual(catalog)
    expect((await skopeoInspectRaw(`${registry.host}/ow/moved:stable`)).equals(before)).toBe(true)
  })

  it('with overwrite: true (the default) the same tag moves to the new digest', async () => {
    const first = await push(examplePack, 'ow/default')
    const second = await push(changedPack, 'ow/default', { tags: 'stable' })
    expect(second.exitCode).toBe(0)
    expect(second.outputs.digest).not.toBe(first.outputs.digest)
    const stable = await skopeoInspectRaw(`${registry.host}/ow/default:stable`)
    const { createHash } = await import('node:crypto')
    expect('sha256:' + createHash('sha256').update(stable).digest('hex')).toBe(
      second.outputs.digest
    )
  })
})

describe('a tag that fails after others were written', () => {
  it('names the tags written and not written, and does not retry a 403', async () => {
    proxy.script([
      {
        method: 'PUT',
        path: /\/manifests\/stable$/,
        fault: {
          kind: 'status',
          status: 403,
          body: '{"errors":[{"code":"DENIED","message":"tag stable is protected"}]}'
        }
      }
    ])
    const run = await push(examplePack, 'ow/partial', {}, proxy.host)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      /^Only some tags were written\. Written: 1\.0\.0\. Not written: stable\. Tag stable: PUT http:\/\/127\.0\.0\.1:\d+\/v2\/ow\/partial\/manifests\/stable answered 403 \(DENIED: tag stable is protected\)/
    )
    expect(await registry.listTags('ow/partial')).toEqual(['1.0.0'])
    const stablePuts = proxy.requests.filter(
      (r) => r.method === 'PUT' && r.path.endsWith('/manifests/stable')
    )
    expect(stablePuts).toHaveLength(1)
  })
})
