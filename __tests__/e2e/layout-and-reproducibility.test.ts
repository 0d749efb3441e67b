// The demo and the oci-layout:// target end to end, and reproducibility of the whole artifact:
// same sources and SOURCE_DATE_EPOCH → same archive bytes and manifest digest.
import { mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { examplePack, repoRoot, runAction } from '../support/action.js'
import { runCommand } from '../support/run-command.js'

async function inspectLayout(dir: string, tag: string): Promise<Buffer> {
  const result = await runCommand('skopeo', ['inspect', '--raw', `oci:${dir}:${tag}`])
  if (result.code !== 0) throw new Error(`skopeo failed: ${result.stderr}`)
  return result.stdout
}

describe('local OCI layout and reproducibility', () => {
  it('npm run demo prints the digest and leaves a layout that skopeo reads', async () => {
    const demo = await runCommand(process.execPath, [path.join(repoRoot, 'scripts', 'demo.mjs')], {
      env: { PATH: process.env.PATH, HOME: os.tmpdir(), SOURCE_DATE_EPOCH: '1767225600' }
    })
    const stdout = demo.stdout.toString()
    expect(demo.code).toBe(0)
    const digest = /digest: (sha256:[a-f0-9]{64})/.exec(stdout)?.[1]
    expect(digest).toBeDefined()
    const raw = await inspectLayout(path.join(repoRoot, 'out', 'hello-pack-layout'), '0.1.0')
    const { createHash } = await import('node:crypto')
    expect('sha256:' + createHash('sha256').update(raw).digest('hex')).toBe(digest)
  })

  it('writes two tags to a layout, both on the manifest whose digest is the output', async () => {
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'layout-')), 'oci')
    const run = await runAction({
      inputs: { path: examplePack, destination: `oci-layout://${dir}`, tags: 'a,b' }
    })
    expect(run.errors).toEqual([])
    expect(run.outputs.ref).toBe(`${dir}@${run.outputs.digest}`)
    const [a, b] = await Promise.all([inspectLayout(dir, 'a'), inspectLayout(dir, 'b')])
    expect(a.equals(b)).toBe(true)
    const manifest = JSON.parse(a.toString()) as { layers: { digest: string }[] }
    expect(manifest.layers[0]?.digest).toBe(run.outputs['archive-digest'])
  })

  it('gives identical archive bytes and digest for the same SOURCE_DATE_EPOCH, another digest for another', async () => {
    const at = (epoch: string) =>
      runAction({
        inputs: { path: examplePack, push: 'false', destination: 'oci://registry.invalid/x/y' },
        env: { SOURCE_DATE_EPOCH: epoch }
      })
    const [first, second, other] = await Promise.all([
      at('1700000000'),
      at('1700000000'),
      at('1700000001')
    ])
    for (const run of [first, second, other]) expect(run.exitCode).toBe(0)
    expect(second.outputs.digest).toBe(first.outputs.digest)
    expect(second.outputs['archive-digest']).toBe(first.outputs['archive-digest'])
    const [bytes1, bytes2] = await Promise.all([
      readFile(first.outputs.archive as string),
      readFile(second.outputs.archive as string)
    ])
    expect(bytes1.equals(bytes2)).toBe(true)
    expect(other.outputs.digest).not.toBe(first.outputs.digest)
    expect(other.outputs['archive-digest']).not.toBe(first.outputs['archive-digest'])
  })
})
