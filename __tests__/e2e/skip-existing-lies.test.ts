// skip-existing trusts only bytes it hashed: a registry (here a proxy in front of the real one)
// whose Docker-Content-Digest header names this push's digest while the version tag holds
// another manifest does not make the step report "unchanged" (issue 25, item 2).
import { cp, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { examplePack, runAction } from '../support/action.js'
import { frontProxy } from '../support/fault-proxy.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { tempDir } from '../support/temp.js'

let registry: TestRegistry
beforeAll(async () => {
  registry = await startRegistry({ auth: 'anonymous' })
})
afterAll(async () => {
  await registry?.stop()
})

function push(pack: string, host: string, extra: Record<string, string> = {}) {
  return runAction({
    inputs: {
      path: pack,
      destination: `oci://${host}/lies/hello`,
      'plain-http': 'true',
      'skip-existing': 'true',
      ...extra
    }
  })
}

describe('skip-existing against a registry whose digest header lies', () => {
  it('a changed pack is refused as changed without a version bump, not reported unchanged', async () => {
    const published = await push(examplePack, registry.host)
    expect(published.exitCode).toBe(0)
    // The same name and version, other content.
    const changed = path.join(await tempDir('lies-'), 'hello-pack')
    await cp(examplePack, changed, { recursive: true })
    await writeFile(path.join(changed, 'templates', 'extra.yaml'), 'kind: ConfigMap\n')
    const planned = await push(changed, registry.host, { push: 'false' })
    const ours = planned.outputs.digest as string
    expect(ours).toMatch(/^sha256:/)
    expect(ours).not.toBe(published.outputs.digest)
    const liar = await frontProxy(registry.host, {
      adjust: (request, _status, headers) => {
        if (request.path.includes('/manifests/')) headers['docker-content-digest'] = ours
      }
    })
    try {
      const run = await push(changed, liar.host)
      expect(run.exitCode).toBe(1)
      expect(run.errors.join('\n')).toContain(
        `already holds ${published.outputs.digest as string}, but this push`
      )
      expect(run.errors.join('\n')).toContain('its content changed without a version bump')
      expect(run.stdout).not.toMatch(/unchanged, nothing written/)
    } finally {
      await liar.close()
    }
  })
})
