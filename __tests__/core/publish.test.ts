// publish() in-process against the real registry: the events a front end renders, and the
// outcomes of several packs to several destinations.
import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publish } from '../../src/core/publish.js'
import type { PublishEvent, PublishRequest } from '../../src/core/types.js'
import { publishRequest } from '../support/publish-request.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { tempDir } from '../support/temp.js'

let registry: TestRegistry
let work: string
beforeAll(async () => {
  registry = await startRegistry({ auth: 'anonymous' })
  work = await tempDir('publish-')
})
afterAll(async () => {
  await registry?.stop()
})

async function pack(name: string, dataBytes = 16): Promise<string> {
  const dir = path.join(work, 'packs', name)
  await mkdir(path.join(dir, 'templates'), { recursive: true })
  await writeFile(
    path.join(dir, 'Pack.yaml'),
    `apiVersion: sherpack/v1\nmetadata:\n  name: ${name}\n  version: 1.0.0\n`
  )
  await writeFile(path.join(dir, 'templates', 'data.txt'), randomBytes(dataBytes))
  return dir
}

function request(fields: Partial<PublishRequest>): PublishRequest {
  return publishRequest(work, { tags: ['1.0.0'], plainHttp: true, ...fields })
}

async function run(fields: Partial<PublishRequest>) {
  const events: PublishEvent[] = []
  const result = await publish(request(fields), {
    credentialFor: async () => undefined,
    mask: () => {},
    onEvent: (event) => events.push(event)
  })
  return { result, events }
}

describe('publish', () => {
  it('reports upload progress of a large layer up to its size', async () => {
    const dir = await pack('big', 12 << 20)
    const { result, events } = await run({
      paths: [dir],
      destinations: [`oci://${registry.host}/core/big`]
    })
    expect(result.ok).toBe(true)
    const progress = events.filter((e) => e.type === 'progress')
    expect(progress.length).toBeGreaterThan(2)
    const last = progress.at(-1) as Extract<PublishEvent, { type: 'progress' }>
    expect(last.done).toBe(last.total)
    expect(last.total).toBeGreaterThan(12 << 20)
  })

  it('gives one outcome per pack × destination, grouped per pack, and mounts on the same registry', async () => {
    await Promise.all(['one', 'two'].map((name) => pack(name)))
    const { result, events } = await run({
      paths: ['packs/one', 'packs/two'],
      destinations: [`oci://${registry.host}/a/`, `oci://${registry.host}/b/`]
    })
    expect(result.ok).toBe(true)
    expect(result.outcomes.map((o) => o.destination?.display)).toEqual([
      `${registry.host}/a/one`,
      `${registry.host}/b/one`,
      `${registry.host}/a/two`,
      `${registry.host}/b/two`
    ])
    // The second repository of each pack mounts its blobs from the first.
    expect(result.outcomes.map((o) => o.blobsMounted)).toEqual([0, 2, 0, 2])
    expect(
      events.filter((e) => e.type === 'job').map((e) => (e as { title: string }).title)
    ).toEqual(['Pack packs/one', 'Pack packs/two'])
  })

  it('keeps going after one pack fails, and says which', async () => {
    await pack('fine')
    const broken = path.join(work, 'packs', 'broken')
    await mkdir(broken, { recursive: true })
    await writeFile(path.join(broken, 'Pack.yaml'), 'apiVersion: sherpack/v2\n')
    const { result } = await run({
      paths: ['packs/broken', 'packs/fine'],
      destinations: [`oci://${registry.host}/c/`]
    })
    expect(result.ok).toBe(false)
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed', 'written'])
    expect(result.outcomes[0]?.failedIn).toBe('package')
    expect(await registry.listTags('c/fine')).toEqual(['1.0.0'])
  })
})
