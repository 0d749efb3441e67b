// The oci-layout:// target end to end, and reproducibility of the whole artifact: same sources
// and SOURCE_DATE_EPOCH → same archive bytes and manifest digest. (The demo: demo.test.ts.)
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { examplePack, runAction } from '../support/action.js'
import { runCommand } from '../support/run-command.js'
import { tempDir } from '../support/temp.js'

async function inspectLayout(dir: string, tag: string): Promise<Buffer> {
  const result = await runCommand('skopeo', ['inspect', '--raw', `oci:${dir}:${tag}`])
  if (result.code !== 0) throw new Error(`skopeo failed: ${result.stderr}`)
  return result.stdout
}

describe('local OCI layout and reproducibility', () => {
  it('writes two tags to a layout, both on the manifest whose digest is the output', async () => {
    const dir = path.join(await tempDir('layout-'), 'oci')
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
