// The bundled action pushing to the real CNCF registry in each auth mode, read back with skopeo
// (a client none of us wrote) and with plain HTTP reads of the blobs.
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { examplePack, runAction, unmasked, type ActionRun } from '../support/action.js'
import { fetchBlob, skopeoInspectRaw } from '../support/skopeo.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'

const HELM_CONFIG = 'application/vnd.cncf.helm.config.v1+json'
const HELM_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip'

interface Manifest {
  mediaType: string
  config: { mediaType: string; digest: string }
  layers: {
    mediaType: string
    digest: string
    size: number
    annotations?: Record<string, string>
  }[]
}

const modes = ['anonymous', 'htpasswd', 'token'] as const

describe.each(modes)('push to the real registry (%s)', (mode) => {
  let registry: TestRegistry
  const creds = mode === 'anonymous' ? undefined : 'alice:alice-secret-pw'
  const credentialInputs: Record<string, string> =
    mode === 'anonymous' ? {} : { username: 'alice', password: 'alice-secret-pw' }

  beforeAll(async () => {
    registry = await startRegistry({ auth: mode })
  })
  afterAll(async () => {
    await registry?.stop()
  })

  function push(repository: string, extra: Record<string, string> = {}): Promise<ActionRun> {
    return runAction({
      inputs: {
        path: examplePack,
        destination: `oci://${registry.host}/${repository}`,
        tags: '1.0.0, stable',
        'plain-http': 'true',
        ...credentialInputs,
        ...extra
      }
    })
  }

  it('pushes two tags that resolve to one digest, readable by skopeo byte for byte', async () => {
    const run = await push('team/hello')
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const digest = run.outputs.digest as string
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(run.outputs.ref).toBe(`${registry.host}/team/hello@${digest}`)
    expect(run.outputs.tags).toBe('1.0.0,stable')
    expect(run.outputs.repository).toBe(`${registry.host}/team/hello`)

    const byTag1 = await skopeoInspectRaw(`${registry.host}/team/hello:1.0.0`, { creds })
    const byTag2 = await skopeoInspectRaw(`${registry.host}/team/hello:stable`, { creds })
    const byDigest = await skopeoInspectRaw(`${registry.host}/team/hello@${digest}`, { creds })
    expect(byTag1.equals(byTag2)).toBe(true)
    expect(byTag1.equals(byDigest)).toBe(true)
    expect('sha256:' + (await sha256(byTag1))).toBe(digest)

    const manifest = JSON.parse(byTag1.toString()) as Manifest
    expect(manifest.mediaType).toBe('application/vnd.oci.image.manifest.v1+json')
    expect(manifest.config.mediaType).toBe(HELM_CONFIG)
    expect(manifest.layers).toHaveLength(1)
    const layer = manifest.layers[0]!
    expect(layer.mediaType).toBe(HELM_LAYER)
    expect(layer.digest).toBe(run.outputs['archive-digest'])
    expect(layer.annotations?.['org.opencontainers.image.title']).toBe('hello-pack-0.1.0.tar.gz')

    const archive = await readFile(run.outputs.archive as string)
    const pulled = await fetchBlob(registry, 'team/hello', layer.digest, creds)
    expect(pulled.equals(archive)).toBe(true)
    const config = JSON.parse(
      (await fetchBlob(registry, 'team/hello', manifest.config.digest, creds)).toString()
    ) as Record<string, unknown>
    expect(config).toMatchObject({ name: 'hello-pack', version: '0.1.0' })

    expect((await registry.listTags('team/hello')).sort()).toEqual(['1.0.0', 'stable'])
  })

  it('uploads no blob bytes on a second push of the same pack', async () => {
    const first = await push('team/again')
    expect(first.exitCode).toBe(0)
    await registry.flushAccessLog()
    registry.clearAccessLog()
    const second = await push('team/again')
    expect(second.exitCode).toBe(0)
    expect(second.outputs.digest).toBe(first.outputs.digest)
    const requests = await registry.flushAccessLog()
    const uploads = requests.filter(
      (r) => r.method === 'POST' || (r.method === 'PUT' && r.path.includes('/blobs/'))
    )
    expect(uploads).toEqual([])
    // Not counting the 401s that carry the challenge of a registry with credentials.
    const heads = requests.filter((r) => r.method === 'HEAD' && r.path.includes('/blobs/'))
    expect(heads.filter((r) => r.status !== 401)).toHaveLength(2)
  })

  if (mode !== 'anonymous') {
    it('fails clearly on a wrong password and writes no tag', async () => {
      const run = await push('team/wrong-password', { password: 'not-the-password' })
      expect(run.exitCode).toBe(1)
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toMatch(/refused the credentials from inputs username\/password/)
      expect(unmasked(run)).not.toContain('not-the-password')
      expect(run.stdout + run.stderr).not.toMatch(/\s+at .*\(/)
      expect(await registry.listTags('team/wrong-password')).toEqual([])
    })

    it('fails clearly without credentials and writes no tag', async () => {
      const run = await runAction({
        inputs: {
          path: examplePack,
          destination: `oci://${registry.host}/team/no-creds:1.0.0`,
          'plain-http': 'true'
        }
      })
      expect(run.exitCode).toBe(1)
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toMatch(
        /needs credentials to push to team\/no-creds and none were found/
      )
      expect(await registry.listTags('team/no-creds')).toEqual([])
    })
  }

  if (mode === 'token') {
    it('fails clearly when the token lacks push scope and writes no tag', async () => {
      const run = await push('team/read-only', { username: 'reader', password: 'reader-secret-pw' })
      expect(run.exitCode).toBe(1)
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toMatch(/insufficient_scope|push \(write\) access/)
      expect(await registry.listTags('team/read-only')).toEqual([])
    })
  }
})

async function sha256(data: Buffer): Promise<string> {
  const { createHash } = await import('node:crypto')
  return createHash('sha256').update(data).digest('hex')
}
