// The core's read use cases on an OCI layout a push wrote: inspect and pull give the digest the
// push reported, pull writes the archive it pushed, and what is not a pack is named, not pulled.
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReadDeps } from '../../src/core/artifact-source.js'
import { inspect } from '../../src/core/inspect.js'
import { publish } from '../../src/core/publish.js'
import { pull } from '../../src/core/pull.js'
import type { PublishEvent } from '../../src/core/types.js'
import { writeOciLayout } from '../support/oci-layout.js'
import { publishRequest } from '../support/publish-request.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
let work: string
let digest: string
let archive: Buffer

const events: PublishEvent[] = []
const deps: ReadDeps = {
  credentialFor: async () => {
    throw new Error('a layout needs no credentials')
  },
  mask: () => {},
  onEvent: (event) => events.push(event)
}
const read = (reference: string) => ({
  reference,
  baseDir: work,
  plainHttp: false,
  timeoutMs: 10_000
})

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'core-read-'))
  const result = await publish(
    publishRequest(work, {
      paths: [path.join(repoRoot, 'examples', 'hello-pack')],
      destinations: [`oci-layout://${path.join(work, 'layout')}`],
      tags: ['0.1.0']
    }),
    { ...deps, onEvent: () => {} }
  )
  const [outcome] = result.outcomes
  expect(outcome?.status).toBe('written')
  digest = outcome?.manifest?.digest as string
  archive = await readFile(outcome?.pack?.archivePath as string)
})
afterAll(() => rm(work, { recursive: true, force: true }))

describe('inspect of oci-layout://', () => {
  it('gives the digest the push reported, and the pack metadata', async () => {
    const report = await inspect(read('oci-layout://layout:0.1.0'), deps)
    expect(report.reference).toBe(`oci-layout://${path.join(work, 'layout')}:0.1.0`)
    expect(report.digest).toBe(digest)
    expect(report.isPack).toBe(true)
    expect(report.pack).toMatchObject({ name: 'hello-pack', version: '0.1.0' })
    expect((await inspect(read(`oci-layout://layout@${digest}`), deps)).digest).toBe(digest)
  })
})

describe('pull of oci-layout://', () => {
  it('writes the archive the push packaged, byte for byte', async () => {
    const pulled = await pull(
      { ...read('oci-layout://layout:0.1.0'), outDir: 'pulled', untar: false },
      deps
    )
    expect(pulled).toMatchObject({ digest, name: 'hello-pack', version: '0.1.0' })
    expect(pulled.written).toBe(path.join(work, 'pulled', 'hello-pack-0.1.0.tar.gz'))
    expect(await readFile(pulled.written)).toEqual(archive)
  })

  it('extracts it with untar', async () => {
    const pulled = await pull(
      { ...read(`oci-layout://layout@${digest}`), outDir: 'x', untar: true },
      deps
    )
    expect(await readdir(pulled.written)).toContain('Pack.yaml')
  })

  it('refuses what is not a pack, naming what it is, and writes nothing', async () => {
    const other = path.join(work, 'image')
    await mkdir(other)
    await writeOciLayout(
      other,
      'v1',
      { mediaType: 'application/vnd.oci.image.config.v1+json', bytes: Buffer.from('{}') },
      [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', bytes: Buffer.from('x') }]
    )
    await expect(
      pull({ ...read('oci-layout://image:v1'), outDir: 'nothing', untar: false }, deps)
    ).rejects.toThrow(/oci-layout:\/\/image:v1 is not a Sherpack pack: it is a manifest/)
    expect(await readdir(work)).not.toContain('nothing')
  })
})
