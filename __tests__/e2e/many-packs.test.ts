// A monorepo of 12 packs to 2 registries (basic and token auth, credentials from a Docker
// config with one entry per host) in one step, then again with skip-existing, then with one
// pack changed without a version bump. Counted in the registries' own access logs.
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionRun } from '../support/action.js'
import { DEFAULT_USERS, startRegistry, type TestRegistry } from '../support/registry.js'
import { skopeoInspectRaw } from '../support/skopeo.js'
import { tempDir } from '../support/temp.js'

const PACKS = Array.from({ length: 12 }, (_, i) => `pack-${String(i + 1).padStart(2, '0')}`)
let basic: TestRegistry
let token: TestRegistry
let monorepo: string
let dockerConfig: string

async function writePack(name: string, extra = ''): Promise<void> {
  const dir = path.join(monorepo, 'packs', name)
  await mkdir(path.join(dir, 'templates'), { recursive: true })
  await writeFile(
    path.join(dir, 'Pack.yaml'),
    `apiVersion: sherpack/v1\nkind: application\nmetadata:\n  name: ${name}\n  version: 1.0.0\n`
  )
  await writeFile(path.join(dir, 'values.yaml'), `replicas: 1\n`)
  await writeFile(path.join(dir, 'templates', 'cm.yaml'), `kind: ConfigMap # ${name}${extra}\n`)
}

beforeAll(async () => {
  ;[basic, token] = await Promise.all([
    startRegistry({ auth: 'htpasswd' }),
    startRegistry({ auth: 'token' })
  ])
  monorepo = await tempDir('monorepo-')
  await Promise.all(PACKS.map((name) => writePack(name)))
  dockerConfig = path.join(monorepo, '.docker')
  await mkdir(dockerConfig)
  const auth = Buffer.from(`alice:${DEFAULT_USERS.alice!.password}`).toString('base64')
  await writeFile(
    path.join(dockerConfig, 'config.json'),
    JSON.stringify({ auths: { [basic.host]: { auth }, [token.host]: { auth } } })
  )
})
afterAll(async () => {
  await Promise.all([basic?.stop(), token?.stop()])
})

function pushAll(extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    inputs: {
      path: 'packs/*',
      destination: `oci://${basic.host}/mono/\noci://${token.host}/mono/`,
      tags: '1.0.0',
      'plain-http': 'true',
      ...extra
    },
    env: { GITHUB_WORKSPACE: monorepo, DOCKER_CONFIG: dockerConfig }
  })
}

type Entry = {
  'pack-name': string
  repository: string
  digest: string
  status: string
  error?: string
}

const metadataOf = (run: ActionRun) => JSON.parse(run.outputs.metadata ?? '[]') as Entry[]
const blobPuts = (registry: TestRegistry, repository: string) =>
  registry
    .accessLog()
    .filter((e) => e.method === 'PUT' && e.path.startsWith(`/v2/${repository}/blobs/uploads/`))

describe('12 packs × 2 registries in one step', () => {
  it('pushes 24 manifests, with one digest per pack on both registries, each blob at most once per repository', async () => {
    const run = await pushAll()
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const entries = metadataOf(run)
    expect(entries).toHaveLength(24)
    expect(entries.map((e) => e['pack-name'])).toEqual(PACKS.flatMap((name) => [name, name]))
    expect(new Set(entries.map((e) => e.status))).toEqual(new Set(['written']))
    for (const name of PACKS) {
      const [onBasic, onToken] = entries.filter((e) => e['pack-name'] === name)
      expect(onBasic?.repository).toBe(`${basic.host}/mono/${name}`)
      expect(onToken?.repository).toBe(`${token.host}/mono/${name}`)
      expect(onBasic?.digest).toBe(onToken?.digest)
      expect(await basic.listTags(`mono/${name}`)).toEqual(['1.0.0'])
      expect(await token.listTags(`mono/${name}`)).toEqual(['1.0.0'])
    }
    expect(run.outputs.digests?.split('\n')).toEqual(
      PACKS.map((name) => `${name}=${entries.find((e) => e['pack-name'] === name)?.digest}`)
    )
    await Promise.all([basic.flushAccessLog(), token.flushAccessLog()])
    for (const registry of [basic, token]) {
      for (const name of PACKS)
        expect(blobPuts(registry, `mono/${name}`).length).toBeLessThanOrEqual(2)
    }
    expect(run.summary).toContain('24 pack × destination pushes done')
  })

  it('with skip-existing, a re-run only reads; a pack changed without a version bump fails, its tag untouched', async () => {
    await Promise.all([basic.flushAccessLog(), token.flushAccessLog()])
    basic.clearAccessLog()
    token.clearAccessLog()
    const rerun = await pushAll({ 'skip-existing': 'true' })
    expect(rerun.errors).toEqual([])
    expect(new Set(metadataOf(rerun).map((e) => e.status))).toEqual(new Set(['unchanged']))
    const logs = await Promise.all([basic.flushAccessLog(), token.flushAccessLog()])
    expect(logs.flat().filter((e) => e.method !== 'GET' && e.method !== 'HEAD')).toEqual([])

    const before = metadataOf(rerun).find((e) => e['pack-name'] === 'pack-05')?.digest
    await writePack('pack-05', ' changed')
    const changed = await pushAll({ 'skip-existing': 'true' })
    expect(changed.exitCode).toBe(1)
    const entries = metadataOf(changed)
    const failed = entries.filter((e) => e.status === 'failed')
    expect(failed.map((e) => e.repository)).toEqual([
      `${basic.host}/mono/pack-05`,
      `${token.host}/mono/pack-05`
    ])
    for (const entry of failed) expect(entry.error).toMatch(/changed without a version bump/)
    expect(entries.filter((e) => e.status === 'unchanged')).toHaveLength(22)
    expect(changed.errors.join('\n')).toMatch(/2 of 24 pack × destination pushes failed/)
    // The published tag still holds the old digest on both registries (read by skopeo).
    expect(before).toMatch(/^sha256:/)
    const creds = `alice:${DEFAULT_USERS.alice!.password}`
    for (const registry of [basic, token]) {
      const bytes = await skopeoInspectRaw(`${registry.host}/mono/pack-05:1.0.0`, { creds })
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(before)
    }
  })
})
