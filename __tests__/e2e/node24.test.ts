// The runner runs the action on Node 24 (action.yml: node24); this machine's Node may be older.
// The bundled action pushes under Node 24 to the real registry, read back with skopeo, and the
// same pack pushed by this process's Node gives the same bytes and the same digest.
import { access, constants, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { examplePack, repoRoot, runAction, type ActionRun } from '../support/action.js'
import { runCommand } from '../support/run-command.js'
import { skopeoInspectRaw } from '../support/skopeo.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'

const node24 = path.join(repoRoot, '.tools', 'node24', 'node_modules', 'node', 'bin', 'node')

async function requireNode24(): Promise<string> {
  try {
    await access(node24, constants.X_OK)
  } catch {
    throw new Error(
      `The Node 24 binary is missing (${node24}): run \`bash scripts/ensure-test-tools.sh\` (npm test does) to install it.`
    )
  }
  const version = (await runCommand(node24, ['--version'], { timeoutMs: 30_000 })).stdout
    .toString('utf8')
    .trim()
  if (!version.startsWith('v24.')) {
    throw new Error(
      `${node24} is ${version || 'not runnable'}, not Node 24: remove .tools/node24 and run \`bash scripts/ensure-test-tools.sh\` again.`
    )
  }
  return version
}

describe('the bundled action under Node 24', () => {
  let registry: TestRegistry
  let version: string

  beforeAll(async () => {
    version = await requireNode24()
    registry = await startRegistry({ auth: 'htpasswd' })
  })
  afterAll(async () => {
    await registry?.stop()
  })

  const push = (repository: string, node?: string): Promise<ActionRun> =>
    runAction({
      node,
      inputs: {
        path: examplePack,
        destination: `oci://${registry.host}/${repository}`,
        tags: '0.1.0, edge',
        'plain-http': 'true',
        username: 'alice',
        password: 'alice-secret-pw'
      }
    })

  it('pushes end to end, with the same digest as this process gives', async () => {
    expect(version).toMatch(/^v24\./)
    const [on24, onThis] = await Promise.all([push('node24/hello', node24), push('this/hello')])
    expect(on24.errors).toEqual([])
    expect(on24.exitCode).toBe(0)
    expect(onThis.exitCode).toBe(0)

    const digest = on24.outputs.digest as string
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(onThis.outputs.digest).toBe(digest)
    expect(onThis.outputs['archive-digest']).toBe(on24.outputs['archive-digest'])

    // What Node 24 wrote is in the registry, byte for byte what Node (this process) wrote.
    const creds = 'alice:alice-secret-pw'
    const from24 = await skopeoInspectRaw(`${registry.host}/node24/hello:edge`, { creds })
    const fromThis = await skopeoInspectRaw(`${registry.host}/this/hello:edge`, { creds })
    expect(from24.equals(fromThis)).toBe(true)
    expect((await registry.listTags('node24/hello')).sort()).toEqual(['0.1.0', 'edge'])

    // The same log groups and summary on both runtimes.
    for (const group of ['Resolve inputs', 'Package', 'Authenticate', 'Upload', 'Tag']) {
      expect(on24.stdout).toContain(`::group::${group}\n`)
    }
    expect(on24.summary).toContain('<h2>Sherpack pack hello-pack 0.1.0 pushed</h2>')
  })

  it('checks and pushes a prebuilt archive, and refuses a damaged one, as on this Node', async () => {
    // The archive check drives node:zlib's handle in place (src/pack/inflate.ts): prove it on
    // the runtime the action declares, on a good archive and on one cut short.
    const packaged = await runAction({
      inputs: { path: examplePack, push: 'false', destination: `oci://${registry.host}/unused` }
    })
    expect(packaged.exitCode).toBe(0)
    const archive = packaged.outputs.archive as string
    const prebuilt = await runAction({
      node: node24,
      inputs: {
        path: archive,
        destination: `oci://${registry.host}/node24/prebuilt`,
        tags: '0.1.0',
        'plain-http': 'true',
        username: 'alice',
        password: 'alice-secret-pw'
      }
    })
    expect(prebuilt.errors).toEqual([])
    expect(prebuilt.outputs['archive-digest']).toBe(packaged.outputs['archive-digest'])
    expect(prebuilt.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/)

    const bytes = await readFile(archive)
    const cut = path.join(path.dirname(archive), 'cut-0.1.0.tgz')
    await writeFile(cut, bytes.subarray(0, bytes.length - 30))
    const refused = await runAction({
      node: node24,
      inputs: { path: cut, push: 'false', destination: `oci://${registry.host}/unused` }
    })
    expect(refused.exitCode).toBe(1)
    expect(refused.errors).toHaveLength(1)
    expect(refused.errors[0]).toMatch(/cut-0\.1\.0\.tgz is not a valid gzip file/)
  })
})
