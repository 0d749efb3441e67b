// Large prebuilt archives against the real registry: every entry is checked before anything is
// sent, so an archive that fails the check reaches no registry, and a sound one is pushed as it
// is.
import { createHash } from 'node:crypto'
import { mkdtemp, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LARGE_PAYLOAD, writeLargeArchive } from '../support/large-archives.js'
import { runAction } from '../support/action.js'
import type { TestRegistry } from '../support/registry.js'
import { startSeededRegistry, type SeededRegistry } from '../support/e2e-seeded-registry.js'
import { fetchBlob } from '../support/skopeo.js'

const MiB = 1 << 20
const SEED = 'seed/hello'

let seeded: SeededRegistry
let registry: TestRegistry
let work: string

beforeAll(async () => {
  // Something to leave untouched.
  seeded = await startSeededRegistry(SEED, ['1.0.0'], 'large-prebuilt-')
  ;({ registry, dir: work } = seeded)
})

afterAll(async () => {
  await seeded?.stop()
})

function push(file: string, repository: string) {
  return runAction({
    inputs: {
      path: file,
      destination: `oci://${registry.host}/${repository}`,
      tags: '1.0.0',
      'plain-http': 'true'
    }
  })
}

async function blobStatus(repository: string, digest: string): Promise<number> {
  const response = await fetch(`${registry.url}/v2/${repository}/blobs/${digest}`, {
    method: 'HEAD'
  })
  return response.status
}

describe('a large prebuilt archive', () => {
  it('whose entry deep inside does not match MANIFEST: the step fails naming it, and the registry keeps no blob', async () => {
    const dir = await mkdtemp(path.join(work, 'tampered-'))
    const archive = await writeLargeArchive(dir, { bytes: 48 * MiB, tampered: true })
    const catalog = await registry.catalog()
    const seedTags = await registry.listTags(SEED)
    await registry.flushAccessLog()
    registry.clearAccessLog()

    const run = await push(archive.file, 'large/tampered')

    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(
      `'${LARGE_PAYLOAD}' does not match its MANIFEST checksum (MANIFEST sha256:`
    )
    expect(run.errors[0]).not.toMatch(/unexpected error|please report/i)
    expect(run.summary).toContain('failed in Package')
    expect(run.summary).toContain('Nothing was written to')
    // Checked before anything was sent: the registry saw no request at all.
    expect(await registry.flushAccessLog()).toEqual([])
    expect(await blobStatus('large/tampered', archive.digest)).toBe(404)
    // Nor the config blob: the repository never came to exist.
    expect(await registry.catalog()).toEqual(catalog)
    expect(await registry.listTags('large/tampered')).toEqual([])
    expect(await registry.listTags(SEED)).toEqual(seedTags)
  })

  it('that is valid: pushed as it is, and read back byte for byte', async () => {
    const dir = await mkdtemp(path.join(work, 'valid-'))
    const archive = await writeLargeArchive(dir, { bytes: 48 * MiB })

    const run = await push(archive.file, 'large/valid')

    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(await registry.listTags('large/valid')).toEqual(['1.0.0'])
    const answer = await fetch(`${registry.url}/v2/large/valid/manifests/1.0.0`, {
      headers: { Accept: 'application/vnd.oci.image.manifest.v1+json' }
    })
    expect(answer.headers.get('docker-content-digest')).toBe(run.outputs.digest)
    const manifest = (await answer.json()) as { layers: { digest: string; size: number }[] }
    expect(manifest.layers).toEqual([
      expect.objectContaining({ digest: archive.digest, size: archive.size })
    ])
    const pulled = await fetchBlob(registry, 'large/valid', archive.digest)
    const sha = (data: Buffer): string => createHash('sha256').update(data).digest('hex')
    expect(sha(pulled)).toBe(sha(await readFile(archive.file)))
  })
})
