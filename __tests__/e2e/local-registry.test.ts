// `npm run registry`, the README quick start's registry: with --auth it refuses anonymous
// pushes and accepts the CLI with those credentials given each way the CLI takes them; it says
// it listens only once it does; a wrong option gets the usage and exit 2, never a stack trace;
// stopped, it leaves nothing in the temp dir.
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtFile, examplePack, repoRoot } from '../support/action.js'
import { freePort } from '../support/free-port.js'
import { runCommand } from '../support/run-command.js'
import { tempDir } from '../support/temp.js'

/** The status a GET of `url` gets, or the network error's code. */
function statusOf(url: string): Promise<number | string> {
  return new Promise((resolve) => {
    http
      .get(url, (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      })
      .once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
  })
}

interface Started {
  npm: ChildProcess
  /** What the registry said it listens on, and what GET /v2/ got right after it said so. */
  listening: string
  statusWhenSaid: number | string
  output: string[]
  tmp: string
}

/** `npm run registry -- ARGS`, until it says it listens. */
async function startLocalRegistry(args: string[]): Promise<Started> {
  const tmp = await tempDir('local-registry-tmp-')
  const npm = spawn('npm', ['run', 'registry', '--', ...args], {
    cwd: repoRoot,
    env: { ...process.env, TMPDIR: tmp },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const output: string[] = []
  npm.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')))
  // Every line is kept (the Docker config entry comes after the listening line).
  const listening = new Promise<string>((resolve, reject) => {
    createInterface({ input: npm.stdout! }).on('line', (line) => {
      output.push(line)
      const url = /^Registry listening on (http:\/\/\S+);/.exec(line)?.[1]
      if (url) resolve(url)
    })
    npm.once('close', () =>
      reject(new Error(`npm run registry stopped before listening:\n${output.join('\n')}`))
    )
  })
  const url = await listening
  return { npm, listening: url, statusWhenSaid: await statusOf(`${url}/v2/`), output, tmp }
}

/** `node dist/cli.js ARGS`, as the quick start runs it. */
async function cli(args: string[], options: { env?: Record<string, string>; input?: string } = {}) {
  const home = await tempDir('local-registry-home-')
  const run = await runCommand(process.execPath, [builtFile('cli.js'), ...args], {
    env: { PATH: process.env.PATH, HOME: home, TMPDIR: process.env.TMPDIR, ...options.env },
    input: options.input
  })
  return { code: run.code, stdout: run.stdout.toString('utf8'), stderr: run.stderr }
}

describe('npm run registry -- --auth ci:secret --port P', () => {
  let started: Started
  let host: string
  beforeAll(async () => {
    const port = await freePort()
    host = `127.0.0.1:${port}`
    started = await startLocalRegistry(['--auth', 'ci:secret', '--port', String(port)])
  }, 60_000)
  afterAll(async () => {
    if (started && started.npm.exitCode === null && started.npm.signalCode === null) {
      started.npm.kill('SIGTERM')
      await once(started.npm, 'close')
    }
  })

  const push = (repository: string, flags: string[], options?: Parameters<typeof cli>[1]) =>
    cli(['push', examplePack, `oci://${host}/${repository}:0.1.0`, '--plain-http', ...flags], {
      ...options,
      env: { SOURCE_DATE_EPOCH: '1767225600', ...options?.env }
    })

  it('says it listens only once it does, on the port asked for', () => {
    expect(started.listening).toBe(`http://${host}`)
    // 401: it answers, and asks for the login.
    expect(started.statusWhenSaid).toBe(401)
  })

  it('refuses an anonymous push', async () => {
    const run = await push('demo/anonymous', [])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      new RegExp(
        `error: The registry ${host} needs credentials to push to demo/anonymous and none were found`
      )
    )
  })

  it('accepts the CLI with -u and --password-stdin', async () => {
    const run = await push('demo/flags', ['-u', 'ci', '--password-stdin'], { input: 'secret\n' })
    expect(run.stderr).toMatch(new RegExp(`Authenticated to ${host} as `))
    expect(run.code).toBe(0)
  })

  it('accepts the CLI with SHERPACK_OCI_USERNAME and SHERPACK_OCI_PASSWORD', async () => {
    const run = await push('demo/env', [], {
      env: { SHERPACK_OCI_USERNAME: 'ci', SHERPACK_OCI_PASSWORD: 'secret' }
    })
    expect(run.code).toBe(0)
  })

  it('accepts the CLI with a Docker config, as the registry prints it', async () => {
    const entry = started.output.find((line) => line.includes('"auths"'))
    const dockerConfig = await tempDir('local-registry-docker-')
    await writeFile(path.join(dockerConfig, 'config.json'), entry!.trim())
    const run = await push('demo/docker-config', [], { env: { DOCKER_CONFIG: dockerConfig } })
    expect(run.code).toBe(0)
    const inspect = await cli(
      ['inspect', `oci://${host}/demo/docker-config:0.1.0`, '--plain-http'],
      {
        env: { DOCKER_CONFIG: dockerConfig }
      }
    )
    expect(inspect.code).toBe(0)
  })

  it('stops on SIGTERM and removes its storage', async () => {
    started.npm.kill('SIGTERM')
    await once(started.npm, 'close')
    // The registry goes with npm; its files go with it.
    for (let i = 0; i < 50 && (await readdir(started.tmp)).length > 0; i++) await sleep(100)
    expect(await readdir(started.tmp)).toEqual([])
    for (let i = 0; i < 50 && typeof (await statusOf(started.listening)) === 'number'; i++) {
      await sleep(100)
    }
    expect(await statusOf(`${started.listening}/v2/`)).toBe('ECONNREFUSED')
  })
})

describe('npm run registry with a wrong option', () => {
  it.each([['--bogus'], ['--port', 'x'], ['--auth', 'no-colon']])(
    '%s: the usage, exit 2, no stack trace',
    async (...args) => {
      const dir = await tempDir('local-registry-bad-')
      await mkdir(dir, { recursive: true })
      const run = await runCommand('npm', ['run', '--silent', 'registry', '--', ...args], {
        env: { ...process.env, TMPDIR: dir }
      })
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/^local-registry: .*\n\nUsage: npm run registry/)
      expect(run.stderr).toMatch(/--port PORT/)
      expect(run.stderr).not.toMatch(/\n\s+at /)
      expect(await readdir(dir)).toEqual([])
    }
  )
})
