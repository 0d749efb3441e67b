// Every credential source, end to end: the bundled action run like a runner would, pushing to
// the real CNCF registry with htpasswd (Basic) and with token auth (our token server), with
// credentials from inputs, the environment, a Docker config, a credential helper script on PATH,
// identity (refresh) tokens and registry tokens. Then a leak check of everything a debug run
// writes. Tests in a suite run concurrently, each on its own repository, to stay fast.
import { randomBytes } from 'node:crypto'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, it, type ExpectStatic } from 'vitest'
import { examplePack, runAction, unmasked, visibleText, type ActionRun } from '../support/action.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { tempDir } from '../support/temp.js'

const ALICE = { username: 'alice', password: 'alice-secret-pw' }
const WRONG_PASSWORD = 'wrong-pw-' + randomBytes(6).toString('hex')
/** ACR's user name for "the password is an identity token". */
const ACR_USER = '00000000-0000-0000-0000-000000000000'
/** A refresh token the token servers know as alice's. */
const ALICE_REFRESH_TOKEN = 'refresh-alice-' + randomBytes(12).toString('hex')

let scratch: string
let scratchCount = 0

beforeAll(async () => {
  scratch = await tempDir('credentials-e2e-')
})

async function freshDir(name: string): Promise<string> {
  const dir = path.join(scratch, `${++scratchCount}-${name}`)
  await mkdir(dir, { recursive: true })
  return dir
}

function base64(text: string): string {
  return Buffer.from(text).toString('base64')
}

/** A directory holding `config.json`, for DOCKER_CONFIG. */
async function dockerConfig(config: unknown): Promise<{ dir: string; file: string }> {
  const dir = await freshDir('docker-config')
  const file = path.join(dir, 'config.json')
  await writeFile(file, JSON.stringify(config, null, 2))
  return { dir, file }
}

interface HelperScript {
  /** Prepend to PATH. */
  binDir: string
  /** The server URLs the helper was asked about, one per call. */
  asked(): Promise<string[]>
}

/**
 * `docker-credential-<name>`: a shell script that answers the helper protocol (`get`, server URL
 * on stdin, JSON on stdout) with the given user name and secret, and notes what it was asked.
 */
async function credentialHelper(
  name: string,
  answer: { username: string; secret: string }
): Promise<HelperScript> {
  const binDir = await freshDir('bin')
  const askedFile = path.join(binDir, 'asked')
  const script = [
    '#!/bin/sh',
    '[ "$1" = get ] || { echo "unsupported action: $1" >&2; exit 1; }',
    'server=$(cat)',
    `printf '%s\\n' "$server" >> '${askedFile}'`,
    `printf '{"ServerURL":"%s","Username":"%s","Secret":"%s"}\\n' "$server" '${answer.username}' '${answer.secret}'`,
    ''
  ].join('\n')
  const program = path.join(binDir, `docker-credential-${name}`)
  await writeFile(program, script)
  await chmod(program, 0o755)
  return {
    binDir,
    asked: async () =>
      (await readFile(askedFile, 'utf8').catch(() => '')).split('\n').filter((l) => l !== '')
  }
}

function pathWith(binDir: string): string {
  return `${binDir}${path.delimiter}${process.env.PATH ?? ''}`
}

interface PushOptions {
  inputs?: Record<string, string>
  env?: Record<string, string>
}

function push(registry: TestRegistry, repository: string, options: PushOptions = {}) {
  return runAction({
    inputs: {
      path: examplePack,
      destination: `oci://${registry.host}/${repository}`,
      tags: '1.0.0',
      'plain-http': 'true',
      ...options.inputs
    },
    env: options.env
  })
}

function warnings(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::warning'))
    .map((line) => line.slice(line.indexOf('::', 2) + 2))
}

/** The push worked, with credentials from `source` as the log and the summary say. */
async function expectPushedWith(
  expect: ExpectStatic,
  run: ActionRun,
  registry: TestRegistry,
  repository: string,
  source: string
): Promise<void> {
  expect(run.errors).toEqual([])
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toContain(`Credentials: ${source} (for `)
  expect(visibleText(run.summary)).toContain(source)
  expect(await registry.listTags(repository)).toEqual(['1.0.0'])
}

/** One ::error naming the source whose credentials the registry refused; no tag written. */
async function expectRefused(
  expect: ExpectStatic,
  run: ActionRun,
  registry: TestRegistry,
  repository: string,
  source: string,
  secret: string
): Promise<void> {
  expect(run.exitCode).toBe(1)
  expect(run.errors).toHaveLength(1)
  expect(run.errors[0]).toContain(`refused the credentials from ${source}`)
  expect(unmasked(run)).not.toContain(secret)
  expect(await registry.listTags(repository)).toEqual([])
}

/** The token server's requests for one repository (tests share a registry). */
function tokenRequestsFor(registry: TestRegistry, repository: string) {
  return (registry.tokenServer?.requests ?? []).filter((r) =>
    r.scope?.includes(`repository:${repository}:`)
  )
}

describe.each(['htpasswd', 'token'] as const)('each credential source (%s registry)', (mode) => {
  let registry: TestRegistry

  beforeAll(async () => {
    registry = await startRegistry({
      auth: mode,
      refreshTokens: mode === 'token' ? { [ALICE_REFRESH_TOKEN]: 'alice' } : undefined
    })
  })
  afterAll(async () => {
    await registry?.stop()
  })

  /** In token mode, the token server saw `user` (and only that user) for this repository. */
  function expectTokenUser(expect: ExpectStatic, repository: string, user: string): void {
    if (mode !== 'token') return
    const requests = tokenRequestsFor(registry, repository)
    expect(requests.length).toBeGreaterThan(0)
    expect(new Set(requests.map((r) => r.user))).toEqual(new Set([user]))
  }

  describe.concurrent('finds and uses', () => {
    it('the username and password inputs', async ({ expect }) => {
      const run = await push(registry, 'src/inputs', { inputs: ALICE })
      await expectPushedWith(expect, run, registry, 'src/inputs', 'inputs username/password')
      expectTokenUser(expect, 'src/inputs', 'alice')
    })

    it('SHERPACK_OCI_USERNAME and SHERPACK_OCI_PASSWORD', async ({ expect }) => {
      const run = await push(registry, 'src/env', {
        env: { SHERPACK_OCI_USERNAME: ALICE.username, SHERPACK_OCI_PASSWORD: ALICE.password }
      })
      await expectPushedWith(
        expect,
        run,
        registry,
        'src/env',
        'env SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD'
      )
      expectTokenUser(expect, 'src/env', 'alice')
    })

    it('a Docker config auths entry with base64 auth, from DOCKER_CONFIG', async ({ expect }) => {
      const config = await dockerConfig({
        auths: { [registry.host]: { auth: base64(`${ALICE.username}:${ALICE.password}`) } }
      })
      const run = await push(registry, 'src/docker-auth', { env: { DOCKER_CONFIG: config.dir } })
      const source = `Docker config ${config.file} (auths["${registry.host}"])`
      await expectPushedWith(expect, run, registry, 'src/docker-auth', source)
      expectTokenUser(expect, 'src/docker-auth', 'alice')
    })

    it('a Docker config auths entry under http://host, the key docker login writes for a plain-http registry', async ({
      expect
    }) => {
      const config = await dockerConfig({
        auths: { [`http://${registry.host}`]: { username: 'alice', password: ALICE.password } }
      })
      const run = await push(registry, 'src/docker-http-key', {
        env: { DOCKER_CONFIG: config.dir }
      })
      const source = `Docker config ${config.file} (auths["http://${registry.host}"])`
      await expectPushedWith(expect, run, registry, 'src/docker-http-key', source)
    })

    it('a credential helper on PATH named in credHelpers, asked about the registry host', async ({
      expect
    }) => {
      const helper = await credentialHelper('e2e-store', {
        username: ALICE.username,
        secret: ALICE.password
      })
      const config = await dockerConfig({ credHelpers: { [registry.host]: 'e2e-store' } })
      const run = await push(registry, 'src/helper', {
        env: { DOCKER_CONFIG: config.dir, PATH: pathWith(helper.binDir) }
      })
      await expectPushedWith(
        expect,
        run,
        registry,
        'src/helper',
        'credential helper docker-credential-e2e-store'
      )
      expect(await helper.asked()).toEqual([registry.host])
      expectTokenUser(expect, 'src/helper', 'alice')
    })

    it('the credsStore helper when no credHelpers or auths entry matches', async ({ expect }) => {
      const helper = await credentialHelper('e2e-default', {
        username: ALICE.username,
        secret: ALICE.password
      })
      const config = await dockerConfig({
        credsStore: 'e2e-default',
        auths: { 'other.example': { auth: base64('bob:bob-pw') } }
      })
      const run = await push(registry, 'src/creds-store', {
        env: { DOCKER_CONFIG: config.dir, PATH: pathWith(helper.binDir) }
      })
      await expectPushedWith(
        expect,
        run,
        registry,
        'src/creds-store',
        'credential helper docker-credential-e2e-default'
      )
    })

    it('the next source after a credential helper that is not installed, with a warning', async ({
      expect
    }) => {
      const config = await dockerConfig({
        credHelpers: { [registry.host]: 'e2e-not-installed' },
        auths: { [registry.host]: { auth: base64(`${ALICE.username}:${ALICE.password}`) } }
      })
      const run = await push(registry, 'src/missing-helper', {
        env: { DOCKER_CONFIG: config.dir }
      })
      const source = `Docker config ${config.file} (auths["${registry.host}"])`
      await expectPushedWith(expect, run, registry, 'src/missing-helper', source)
      const helperWarnings = warnings(run).filter((w) => w.includes('docker-credential-'))
      expect(helperWarnings).toHaveLength(1)
      expect(helperWarnings[0]).toContain('docker-credential-e2e-not-installed')
      expect(helperWarnings[0]).toContain('not installed or not on PATH')
      expect(helperWarnings[0]).toContain(config.file)
    })
  })

  describe.concurrent('precedence', () => {
    it('inputs win over the environment and the Docker config (which hold wrong secrets)', async ({
      expect
    }) => {
      const config = await dockerConfig({
        auths: { [registry.host]: { auth: base64(`alice:${WRONG_PASSWORD}`) } }
      })
      const run = await push(registry, 'order/inputs', {
        inputs: ALICE,
        env: {
          SHERPACK_OCI_USERNAME: 'alice',
          SHERPACK_OCI_PASSWORD: WRONG_PASSWORD,
          DOCKER_CONFIG: config.dir
        }
      })
      await expectPushedWith(expect, run, registry, 'order/inputs', 'inputs username/password')
    })

    it('the environment wins over the Docker config', async ({ expect }) => {
      const helper = await credentialHelper('e2e-wrong', {
        username: 'alice',
        secret: WRONG_PASSWORD
      })
      const config = await dockerConfig({
        credHelpers: { [registry.host]: 'e2e-wrong' },
        auths: { [registry.host]: { auth: base64(`alice:${WRONG_PASSWORD}`) } }
      })
      const run = await push(registry, 'order/env', {
        env: {
          SHERPACK_OCI_USERNAME: ALICE.username,
          SHERPACK_OCI_PASSWORD: ALICE.password,
          DOCKER_CONFIG: config.dir,
          PATH: pathWith(helper.binDir)
        }
      })
      await expectPushedWith(
        expect,
        run,
        registry,
        'order/env',
        'env SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD'
      )
      expect(await helper.asked()).toEqual([])
    })

    it('credHelpers win over auths for the same host', async ({ expect }) => {
      const helper = await credentialHelper('e2e-first', {
        username: ALICE.username,
        secret: ALICE.password
      })
      const config = await dockerConfig({
        credHelpers: { [registry.host]: 'e2e-first' },
        auths: { [registry.host]: { auth: base64(`alice:${WRONG_PASSWORD}`) } }
      })
      const run = await push(registry, 'order/helper', {
        env: { DOCKER_CONFIG: config.dir, PATH: pathWith(helper.binDir) }
      })
      await expectPushedWith(
        expect,
        run,
        registry,
        'order/helper',
        'credential helper docker-credential-e2e-first'
      )
    })

    it('a wrong password from a higher source fails rather than falling through', async ({
      expect
    }) => {
      const run = await push(registry, 'order/no-fallthrough', {
        inputs: { username: 'alice', password: WRONG_PASSWORD },
        env: { SHERPACK_OCI_USERNAME: ALICE.username, SHERPACK_OCI_PASSWORD: ALICE.password }
      })
      await expectRefused(
        expect,
        run,
        registry,
        'order/no-fallthrough',
        'inputs username/password',
        WRONG_PASSWORD
      )
    })
  })

  describe.concurrent('refuses wrong credentials, naming the source', () => {
    it('from the environment', async ({ expect }) => {
      const run = await push(registry, 'wrong/env', {
        env: { SHERPACK_OCI_USERNAME: 'alice', SHERPACK_OCI_PASSWORD: WRONG_PASSWORD }
      })
      await expectRefused(
        expect,
        run,
        registry,
        'wrong/env',
        'env SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD',
        WRONG_PASSWORD
      )
    })

    it('from a Docker config auths entry', async ({ expect }) => {
      const config = await dockerConfig({
        auths: { [registry.host]: { auth: base64(`alice:${WRONG_PASSWORD}`) } }
      })
      const run = await push(registry, 'wrong/docker-auth', { env: { DOCKER_CONFIG: config.dir } })
      const source = `Docker config ${config.file} (auths["${registry.host}"])`
      await expectRefused(expect, run, registry, 'wrong/docker-auth', source, WRONG_PASSWORD)
      expect(unmasked(run)).not.toContain(base64(`alice:${WRONG_PASSWORD}`))
    })

    it('from a credential helper', async ({ expect }) => {
      const helper = await credentialHelper('e2e-stale', {
        username: 'alice',
        secret: WRONG_PASSWORD
      })
      const config = await dockerConfig({ credHelpers: { [registry.host]: 'e2e-stale' } })
      const run = await push(registry, 'wrong/helper', {
        env: { DOCKER_CONFIG: config.dir, PATH: pathWith(helper.binDir) }
      })
      await expectRefused(
        expect,
        run,
        registry,
        'wrong/helper',
        'credential helper docker-credential-e2e-stale',
        WRONG_PASSWORD
      )
    })
  })
})

describe('token registry: identity tokens and registry tokens', () => {
  let registry: TestRegistry
  /** Answers 405 to the OAuth2 POST, as GHCR does; accepts ACR's user with a token as password. */
  let getOnly: TestRegistry
  const getOnlyToken = 'refresh-get-only-' + randomBytes(12).toString('hex')

  beforeAll(async () => {
    ;[registry, getOnly] = await Promise.all([
      startRegistry({ auth: 'token', refreshTokens: { [ALICE_REFRESH_TOKEN]: 'alice' } }),
      startRegistry({
        auth: 'token',
        oauthPost: false,
        users: { [ACR_USER]: { password: getOnlyToken } }
      })
    ])
  })
  afterAll(async () => {
    await Promise.all([registry?.stop(), getOnly?.stop()])
  })

  describe.concurrent('push', () => {
    it('with a Docker config identitytoken, exchanged by the OAuth2 refresh-token POST', async ({
      expect
    }) => {
      const config = await dockerConfig({
        auths: { [registry.host]: { identitytoken: ALICE_REFRESH_TOKEN } }
      })
      const run = await push(registry, 'identity/docker-config', {
        env: { DOCKER_CONFIG: config.dir }
      })
      const source = `Docker config ${config.file} (auths["${registry.host}"])`
      await expectPushedWith(expect, run, registry, 'identity/docker-config', source)
      const requests = tokenRequestsFor(registry, 'identity/docker-config')
      expect(requests.length).toBeGreaterThan(0)
      for (const request of requests) {
        expect(request).toMatchObject({
          method: 'POST',
          grantType: 'refresh_token',
          user: 'alice',
          service: 'test-registry',
          status: 200
        })
      }
    })

    it('with a credential helper that answers <token> (an identity token)', async ({ expect }) => {
      const helper = await credentialHelper('e2e-token', {
        username: '<token>',
        secret: ALICE_REFRESH_TOKEN
      })
      const config = await dockerConfig({ credHelpers: { [registry.host]: 'e2e-token' } })
      const run = await push(registry, 'identity/helper', {
        env: { DOCKER_CONFIG: config.dir, PATH: pathWith(helper.binDir) }
      })
      await expectPushedWith(
        expect,
        run,
        registry,
        'identity/helper',
        'credential helper docker-credential-e2e-token'
      )
      const requests = tokenRequestsFor(registry, 'identity/helper')
      expect(requests.map((r) => [r.method, r.grantType, r.user])).toContainEqual([
        'POST',
        'refresh_token',
        'alice'
      ])
      expect(requests.filter((r) => r.method === 'GET')).toEqual([])
    })

    it(`with ACR's convention: username ${ACR_USER} and a refresh token as password`, async ({
      expect
    }) => {
      const run = await push(registry, 'identity/acr', {
        inputs: { username: ACR_USER, password: ALICE_REFRESH_TOKEN }
      })
      await expectPushedWith(expect, run, registry, 'identity/acr', 'inputs username/password')
      expect(run.stdout).toContain(`The username ${ACR_USER} means the password is an identity`)
      const requests = tokenRequestsFor(registry, 'identity/acr')
      expect(requests.length).toBeGreaterThan(0)
      expect(requests.every((r) => r.method === 'POST' && r.grantType === 'refresh_token')).toBe(
        true
      )
    })

    it('falls back from the POST to a GET with Basic when the token server answers 405', async ({
      expect
    }) => {
      const run = await push(getOnly, 'identity/get-fallback', {
        env: { SHERPACK_OCI_USERNAME: ACR_USER, SHERPACK_OCI_PASSWORD: getOnlyToken }
      })
      await expectPushedWith(
        expect,
        run,
        getOnly,
        'identity/get-fallback',
        'env SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD'
      )
      // Only this test uses that registry; a refused POST is recorded without its scope.
      const requests = getOnly.tokenServer!.requests
      expect(requests[0]).toMatchObject({ method: 'POST', status: 405 })
      expect(requests.filter((r) => r.method === 'GET' && r.status === 200)).not.toEqual([])
      expect(new Set(requests.filter((r) => r.method === 'GET').map((r) => r.user))).toEqual(
        new Set([ACR_USER])
      )
    })

    it('with a Docker config registrytoken, sent as is without asking the token server', async ({
      expect
    }) => {
      const repository = 'identity/registry-token'
      const token = registry.tokenServer!.mintToken('alice', [
        { type: 'repository', name: repository, actions: ['pull', 'push'] }
      ])
      const config = await dockerConfig({ auths: { [registry.host]: { registrytoken: token } } })
      const run = await push(registry, repository, { env: { DOCKER_CONFIG: config.dir } })
      const source = `Docker config ${config.file} (auths["${registry.host}"])`
      await expectPushedWith(expect, run, registry, repository, source)
      expect(tokenRequestsFor(registry, repository)).toEqual([])
      expect(unmasked(run)).not.toContain(token)
    })
  })

  describe.concurrent('refuse, naming the source', () => {
    it('an identity token the token server does not know', async ({ expect }) => {
      const unknown = 'refresh-unknown-' + randomBytes(12).toString('hex')
      const config = await dockerConfig({ auths: { [registry.host]: { identitytoken: unknown } } })
      const run = await push(registry, 'wrong/identity', { env: { DOCKER_CONFIG: config.dir } })
      const source = `Docker config ${config.file} (auths["${registry.host}"])`
      await expectRefused(expect, run, registry, 'wrong/identity', source, unknown)
    })

    it('a registry token for another repository', async ({ expect }) => {
      const token = registry.tokenServer!.mintToken('alice', [
        { type: 'repository', name: 'somewhere/else', actions: ['pull', 'push'] }
      ])
      const config = await dockerConfig({ auths: { [registry.host]: { registrytoken: token } } })
      const run = await push(registry, 'wrong/registry-token', {
        env: { DOCKER_CONFIG: config.dir }
      })
      expect(run.exitCode).toBe(1)
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toContain(`Docker config ${config.file} (auths["${registry.host}"])`)
      expect(unmasked(run)).not.toContain(token)
      expect(await registry.listTags('wrong/registry-token')).toEqual([])
    })
  })
})

describe('leak check: a debug run against the token registry', () => {
  // Its own registry, so that every token its token server issued was issued to the run checked.
  let registry: TestRegistry
  // 29 bytes of `leaker:password`: its base64 ends in '=', so the unpadded form is another string.
  const leaker = { username: 'leaker', password: 'Leak-check-pw:' + randomBytes(4).toString('hex') }
  const refreshToken = 'refresh-leaker-' + randomBytes(16).toString('hex')

  beforeAll(async () => {
    registry = await startRegistry({
      auth: 'token',
      users: { [leaker.username]: { password: leaker.password } },
      refreshTokens: { [refreshToken]: leaker.username }
    })
  })
  afterAll(async () => {
    await registry?.stop()
  })

  const debugEnv = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' }

  function masked(run: ActionRun): Set<string> {
    return new Set(
      run.stdout
        .split('\n')
        .filter((line) => line.startsWith('::add-mask::'))
        .map((line) => line.slice('::add-mask::'.length))
    )
  }

  /** Debug lines show requests and statuses only. */
  function expectCleanDebugLog(expect: ExpectStatic, run: ActionRun): void {
    const debug = run.stdout.split('\n').filter((line) => line.startsWith('::debug::'))
    // Request lines for the registry and for the token server (GET with a query, or POST).
    // The push's first requests, its blob HEADs, carry the registry's challenge.
    expect(
      debug.some((l) => /HEAD http:\/\/127\.0\.0\.1:\d+\/v2\/\S+\/blobs\/sha256:\w+ → 401/.test(l))
    ).toBe(true)
    expect(debug.some((l) => /http:\/\/127\.0\.0\.1:\d+\/token(\?…)? → 200/.test(l))).toBe(true)
    // The upload's _state query is cut off.
    expect(debug.some((l) => /PUT http:\/\/\S+\/blobs\/uploads\/\S+\?… → 201/.test(l))).toBe(true)
    const everything = unmasked(run)
    expect(everything).not.toMatch(/authorization/i)
    expect(everything).not.toMatch(/\b(Basic|Bearer) [A-Za-z0-9+/=._-]{8,}/)
    expect(everything).not.toContain('_state')
    expect(everything).not.toContain('eyJ') // the start of any JWT
    expect(everything).not.toMatch(/refresh_token|access_token/)
  }

  it('masks and never prints the password, its base64 forms, or any issued token', async ({
    expect
  }) => {
    const before = registry.tokenServer!.issuedTokens.length
    const run = await push(registry, 'leak/password', { inputs: leaker, env: debugEnv })
    await expectPushedWith(expect, run, registry, 'leak/password', 'inputs username/password')
    const issued = registry.tokenServer!.issuedTokens.slice(before)
    expect(issued.length).toBeGreaterThan(0)

    const basic = base64(`${leaker.username}:${leaker.password}`)
    expect(basic).toMatch(/[^=]=$/)
    const secrets = [leaker.password, basic, basic.replace(/=+$/, ''), ...issued]
    const everything = unmasked(run)
    const masks = masked(run)
    for (const secret of secrets) {
      expect(everything).not.toContain(secret)
      expect(masks.has(secret), `was ${secret.slice(0, 12)}… passed to ::add-mask::?`).toBe(true)
    }
    expect(everything).not.toContain(base64(leaker.password))
    expectCleanDebugLog(expect, run)
  })

  it('masks and never prints an identity token or the tokens exchanged for it', async ({
    expect
  }) => {
    const config = await dockerConfig({
      auths: { [registry.host]: { identitytoken: refreshToken } }
    })
    const before = registry.tokenServer!.issuedTokens.length
    const run = await push(registry, 'leak/identity', {
      env: { ...debugEnv, DOCKER_CONFIG: config.dir }
    })
    const source = `Docker config ${config.file} (auths["${registry.host}"])`
    await expectPushedWith(expect, run, registry, 'leak/identity', source)
    const issued = registry.tokenServer!.issuedTokens.slice(before)
    expect(issued.length).toBeGreaterThan(0)

    const everything = unmasked(run)
    const masks = masked(run)
    for (const secret of [refreshToken, ...issued]) {
      expect(everything).not.toContain(secret)
      expect(masks.has(secret), `was ${secret.slice(0, 12)}… passed to ::add-mask::?`).toBe(true)
    }
    expectCleanDebugLog(expect, run)
  })
})
