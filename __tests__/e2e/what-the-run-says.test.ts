// What the action prints and reports is the truth about the registry, and nothing it echoes
// becomes a workflow command: hostile registry messages, pack names with line breaks, and a
// registry that stores our manifest under another digest.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { examplePack, runAction } from '../support/action.js'
import { pushExamplePack } from '../support/e2e-push.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { smallServer } from '../support/small-servers.js'
import { frontProxy } from '../support/fault-proxy.js'
import { removeAfterAll, tempDir } from '../support/temp.js'

let registry: TestRegistry
beforeAll(async () => {
  registry = await startRegistry({ auth: 'anonymous' })
})
afterAll(async () => {
  await registry?.stop()
})

/** Lines the runner would read as a command other than the ones the action means to send. */
function injectedCommands(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => /^\s*::(warning|notice|set-output|add-mask)::pwned/.test(line))
}

describe('no echoed value becomes a workflow command', () => {
  it('escapes a registry error message that holds line breaks and ::commands', async () => {
    const hostile = await smallServer((_request, res) => {
      res.writeHead(400, { 'Content-Type': 'application/json' })
      res.end(
        JSON.stringify({
          errors: [{ code: 'DENIED', message: 'nope\n::warning::pwned\r\n::add-mask::pwned' }]
        })
      )
    })
    try {
      const run = await pushExamplePack(hostile.host, 'team/pack', '1.0.0')
      expect(run.exitCode).toBe(1)
      expect(run.errors.join('\n')).toMatch(/DENIED: nope\\n::warning::pwned/)
      expect(injectedCommands(run.stdout)).toEqual([])
    } finally {
      await hostile.close()
    }
  })

  it('escapes a pack name that holds a line break wherever it is echoed', async () => {
    const dir = await tempDir('hostile-name-')
    await mkdir(path.join(dir, 'templates'))
    const packYaml = await readFile(path.join(examplePack, 'Pack.yaml'), 'utf8')
    await writeFile(
      path.join(dir, 'Pack.yaml'),
      packYaml.replace(/^ {2}name: .*$/m, '  name: "x\\n::warning::pwned"')
    )
    const run = await runAction({
      inputs: { path: dir, destination: `oci-layout://${dir}/layout`, tags: '1.0.0' }
    })
    // The name was echoed (escaped), and no line of it became a command.
    expect(run.stdout).toMatch(/x(%0A|\\n)::warning::pwned/)
    expect(injectedCommands(run.stdout)).toEqual([])
  })
})

describe('the summary and outputs say what is in the registry', () => {
  it('reports a tag the registry stored under another digest as written there, not as "no tag"', async () => {
    const other = `sha256:${'e'.repeat(64)}`
    const front = await frontProxy(registry.host, {
      adjust: (request, status, headers) => {
        if (request.method === 'PUT' && request.path.includes('/manifests/') && status === 201) {
          headers['docker-content-digest'] = other
        }
      }
    })
    try {
      const run = await pushExamplePack(front.host, 'team/altered', '1.0.0,latest')
      expect(run.exitCode).toBe(1)
      expect(run.errors.join('\n')).toContain(other)
      expect(run.summary).not.toContain('No tag was written')
      expect(run.summary).toContain(`Tag 1.0.0 points to ${other}, not this push.`)
      expect(run.summary).toContain('Not written: latest.')
      // The registry holds exactly that: 1.0.0 written, latest not.
      expect(await registry.listTags('team/altered')).toEqual(['1.0.0'])
    } finally {
      await front.close()
    }
  })

  it('works without RUNNER_TEMP (the OS temp dir is used)', async () => {
    const run = await pushExamplePack(registry.host, 'team/no-temp', '1.0.0', {
      env: { RUNNER_TEMP: '' }
    })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const archive = run.outputs.archive ?? ''
    // Kept for later steps, as in RUNNER_TEMP; here the test removes the directory it is in.
    removeAfterAll(path.dirname(archive))
    expect(archive.startsWith(os.tmpdir() + path.sep)).toBe(true)
  })

  it('warns, as an annotation, when no reproducible created time exists', async () => {
    const dir = await tempDir('no-git-')
    await cp(examplePack, path.join(dir, 'pack'), { recursive: true })
    const run = await runAction({
      inputs: {
        path: path.join(dir, 'pack'),
        destination: `oci-layout://${dir}/layout`,
        tags: '1.0.0'
      },
      env: { SOURCE_DATE_EPOCH: '' }
    })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(
      /^::warning::No reproducible time .*the digest will change on every run/m
    )
  })
})
