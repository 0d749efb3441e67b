// Waits with a bound: a credential helper that ignores SIGTERM is killed after the grace and the
// step ends by its deadline with an error naming the helper; a Docker config that is a FIFO is
// refused at once, naming the file. Through the child runner, the lookup, the CLI (in-process)
// and the action (the bundle).
import { execFileSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChildOverrun, runBoundedChild } from '../../src/bounded-child.js'
import { packagePack } from '../../src/pack/index.js'
import { resolveCredential } from '../../src/credentials/index.js'
import { examplePack, runAction, runBuiltCli } from '../support/action.js'
import { pushExamplePack } from '../support/e2e-push.js'
import { hostileRegistry, type HostileRegistry } from '../support/hostile-registry.js'
import { recordingLogger } from '../support/recording-logger.js'

let work: string
let bin: string
let registry: HostileRegistry

/** A helper that ignores SIGTERM, and whose children (the sleeps) do too. */
const STUBBORN = `#!/bin/sh\ntrap '' TERM\nwhile :; do sleep 1; done\n`

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'bounded-'))
  bin = path.join(work, 'bin')
  await mkdir(bin)
  await writeFile(path.join(bin, 'docker-credential-stubborn'), STUBBORN)
  await chmod(path.join(bin, 'docker-credential-stubborn'), 0o755)
  registry = await hostileRegistry()
})

afterAll(async () => {
  await registry?.close()
  if (work) await rm(work, { recursive: true, force: true })
})

/** A DOCKER_CONFIG directory whose config.json is `config` (an object), or a FIFO. */
async function dockerConfig(name: string, config: object | 'fifo'): Promise<string> {
  const dir = path.join(work, name)
  await mkdir(dir)
  const file = path.join(dir, 'config.json')
  if (config === 'fifo') execFileSync('mkfifo', [file])
  else await writeFile(file, JSON.stringify(config))
  return dir
}

const stubbornFor = (host: string) => ({ credHelpers: { [host]: 'stubborn' } })
const withBin = () => `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`

describe('runBoundedChild', () => {
  it('kills a child that ignores SIGTERM once the grace is over', async () => {
    const started = Date.now()
    const run = runBoundedChild(path.join(bin, 'docker-credential-stubborn'), ['get'], {
      timeoutMs: 300,
      graceMs: 300
    })
    await expect(run).rejects.toThrow(new ChildOverrun('gave no answer within 0.3 s', 'timeout'))
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('answers with the output of a child that exits, even when a grandchild keeps its pipes', async () => {
    const answer = await runBoundedChild('sh', ['-c', 'echo ok; (sleep 5 &) ; exit 3'], {
      timeoutMs: 10_000
    })
    expect(answer).toEqual({ exitCode: 3, stdout: 'ok\n', stderr: '' })
  })
})

describe('the credential lookup', () => {
  it("stops a stubborn helper at the step's deadline, with an error naming it", async () => {
    const dir = await dockerConfig('lookup', stubbornFor('example.test'))
    const started = Date.now()
    const lookup = resolveCredential(
      { registry: 'example.test', apiHost: 'example.test' },
      [{ kind: 'docker-config', file: path.join(dir, 'config.json') }],
      {
        logger: recordingLogger(),
        mask: () => {},
        deadline: Date.now() + 500,
        runHelper: (helper, serverUrl, timeoutMs) =>
          runBoundedChild(path.join(bin, `docker-credential-${helper}`), ['get'], {
            input: serverUrl,
            timeoutMs
          })
      }
    )
    await expect(lookup).rejects.toThrow(
      /Credential helper docker-credential-stubborn \(credHelpers\["example\.test"\] in .*config\.json\) did not answer before the step's timeout/
    )
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('refuses a Docker config that is a FIFO at once, naming it', async () => {
    const dir = await dockerConfig('fifo-lookup', 'fifo')
    const logger = recordingLogger()
    const found = await resolveCredential(
      { registry: 'example.test', apiHost: 'example.test' },
      [{ kind: 'docker-config', file: path.join(dir, 'config.json') }],
      { logger, mask: () => {} }
    )
    expect(found).toBeUndefined()
    expect(logger.lines.join('\n')).toContain(
      `Could not read the Docker config ${path.join(dir, 'config.json')} (it is a FIFO (named pipe), not a regular file); ignoring it.`
    )
  })
})

describe('through the front ends', () => {
  it('the CLI: --timeout 2s ends a stubborn helper, with one error naming it', async () => {
    const config = await dockerConfig('cli', stubbornFor(registry.host))
    const started = Date.now()
    const run = await runBuiltCli(
      ['inspect', `oci://${registry.host}/team/x:1`, '--plain-http', '--timeout', '2s'],
      { HOME: work, DOCKER_CONFIG: config, PATH: withBin() }
    )
    expect(run.code).toBe(1)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(run.stderr).toMatch(
      /^error: Credential helper docker-credential-stubborn .* did not answer before the step's timeout ran out; it was stopped\. Raise --timeout/m
    )
  })

  it('the action: timeout 2s ends a stubborn helper; a FIFO config is refused, not waited on', async () => {
    const stubborn = await dockerConfig('action', stubbornFor(registry.host))
    const fifo = await dockerConfig('action-fifo', 'fifo')
    const push = (configDir: string) =>
      pushExamplePack(registry.host, 'team/x', '1.0.0', {
        inputs: { timeout: '2s' },
        env: { DOCKER_CONFIG: configDir, PATH: withBin() }
      })
    const started = Date.now()
    const [helper, pipe] = await Promise.all([push(stubborn), push(fifo)])
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(helper.exitCode).toBe(1)
    expect(helper.errors.join('\n')).toMatch(
      /Credential helper docker-credential-stubborn .* did not answer before the step's timeout ran out/
    )
    expect(pipe.exitCode).toBe(1)
    expect(pipe.stdout).toMatch(
      /::warning::Could not read the Docker config .*config\.json \(it is a FIFO/
    )
  })

  it("an OCI layout whose index.json is a FIFO: refused at once, by the CLI's pull and the action's push", async () => {
    const layout = path.join(work, 'fifo-layout')
    await mkdir(layout)
    await writeFile(path.join(layout, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
    execFileSync('mkfifo', [path.join(layout, 'index.json')])
    const refused = /index\.json' cannot be read: it is a FIFO \(named pipe\), not a regular file/
    const [pulled, pushed] = await Promise.all([
      runBuiltCli(['pull', `oci-layout://${layout}:1.0.0`, '-o', work], { HOME: work }),
      runAction({
        inputs: { path: examplePack, destination: `oci-layout://${layout}`, tags: '1.0.0' }
      })
    ])
    expect(pulled.code).toBe(1)
    expect(pulled.stderr).toMatch(refused)
    expect(pushed.exitCode).toBe(1)
    expect(pushed.errors.join('\n')).toMatch(refused)
  })

  it('a key file or a signature beside a prebuilt archive that is a FIFO: refused at once (CLI, action)', async () => {
    const dir = path.join(work, 'fifo-signing')
    await mkdir(dir)
    const key = path.join(dir, 'sherpack.key')
    execFileSync('mkfifo', [key])
    const pack = await packagePack({ path: examplePack, outDir: dir, created: new Date(0) })
    execFileSync('mkfifo', [`${pack.archivePath}.minisig`])
    const [signed, prebuilt] = await Promise.all([
      runBuiltCli(['push', examplePack, `oci-layout://${dir}/cli:1.0.0`, '--sign', key], {
        HOME: work
      }),
      runAction({
        inputs: { path: pack.archivePath, destination: `oci-layout://${dir}/action`, tags: '1.0.0' }
      })
    ])
    expect(signed.code).toBe(1)
    expect(signed.stderr).toMatch(/Cannot read the key file .* it is a FIFO \(named pipe\)/)
    expect(prebuilt.exitCode).toBe(1)
    expect(prebuilt.errors.join('\n')).toMatch(
      /Cannot read .*\.minisig: it is a FIFO \(named pipe\)/
    )
  })
})
