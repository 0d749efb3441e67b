import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { actionCredentialSources } from '../../src/action/credentials.js'
import type { Inputs } from '../../src/action/inputs.js'
import {
  CredentialError,
  IDENTITY_TOKEN_USERNAME,
  resolveCredential,
  type RunHelper
} from '../../src/credentials/index.js'
import type { Credential } from '../../src/oci/types.js'

interface ResolveOptions {
  registry: string
  apiHost: string
  inputs: Partial<Pick<Inputs, 'username' | 'password' | 'token'>>
  env: NodeJS.ProcessEnv
  runHelper: RunHelper
}

type Event = { kind: 'mask' | 'info' | 'warning' | 'debug'; text: string }

let work: string
let home: string
let events: Event[]

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'credentials-test-'))
  home = path.join(work, 'home')
  await mkdir(home)
  events = []
})

afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(work, { recursive: true, force: true })
})

const logger = {
  info: (text: string) => events.push({ kind: 'info', text }),
  warning: (text: string) => events.push({ kind: 'warning', text }),
  debug: (text: string) => events.push({ kind: 'debug', text })
}
const mask = (text: string) => events.push({ kind: 'mask', text })

const masked = () => events.filter((e) => e.kind === 'mask').map((e) => e.text)
const logged = (kind?: Event['kind']) =>
  events.filter((e) => e.kind !== 'mask' && (!kind || e.kind === kind)).map((e) => e.text)

/** The action's own sources, in its order, for one registry host. */
function resolve(options: Partial<ResolveOptions> = {}): Promise<Credential | undefined> {
  const registry = options.registry ?? 'ghcr.io'
  const inputs = { username: '', password: '', token: '', ...options.inputs } as Inputs
  const sources = actionCredentialSources(inputs, options.env ?? { HOME: home })
  return resolveCredential({ registry, apiHost: options.apiHost ?? registry }, sources, {
    logger,
    mask,
    runHelper: options.runHelper
  })
}

const base64 = (text: string) => Buffer.from(text).toString('base64')

/** Writes `~/.docker/config.json` (or the given directory's) and returns its path. */
async function writeDockerConfig(content: unknown, dir = path.join(home, '.docker')) {
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, 'config.json')
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content))
  return file
}

/**
 * Installs a real `docker-credential-<name>` shell script first on PATH, so the default runner
 * (@actions/exec) finds and runs it. It records its arguments and stdin next to itself.
 */
async function installHelper(name: string, body: string) {
  const bin = path.join(work, 'bin')
  await mkdir(bin, { recursive: true })
  const script = path.join(bin, `docker-credential-${name}`)
  const record = path.join(bin, name)
  await writeFile(
    script,
    `#!/bin/sh\nprintf '%s' "$*" > '${record}.args'\ncat > '${record}.stdin'\nserver=$(cat '${record}.stdin')\n${body}\n`
  )
  await chmod(script, 0o755)
  vi.stubEnv('PATH', `${bin}${path.delimiter}${process.env.PATH ?? ''}`)
  return {
    args: () => readFile(`${record}.args`, 'utf8'),
    stdin: () => readFile(`${record}.stdin`, 'utf8')
  }
}

/** Every secret was masked before the source was logged, and no line contains one. */
function expectSecretsSafe(...secrets: string[]) {
  const sourceLogged = events.findIndex((e) => e.kind === 'info')
  expect(sourceLogged).toBeGreaterThanOrEqual(0)
  for (const secret of secrets) {
    const at = events.findIndex((e) => e.kind === 'mask' && e.text === secret)
    expect(at, `mask(${secret})`).toBeGreaterThanOrEqual(0)
    expect(at, `mask(${secret}) before logging`).toBeLessThan(sourceLogged)
    for (const line of logged()) expect(line).not.toContain(secret)
  }
}

describe('inputs username/password', () => {
  it('uses both inputs, masks the password and the Basic forms, and logs only the source', async () => {
    const credential = await resolve({ inputs: { username: 'octo', password: 'pw-in' } })
    expect(credential).toEqual({
      source: 'inputs username/password',
      username: 'octo',
      password: 'pw-in'
    })
    expect(logged('info')).toEqual(['Credentials: inputs username/password (for ghcr.io)'])
    const basic = base64('octo:pw-in')
    expect(basic.endsWith('=')).toBe(true)
    expectSecretsSafe('pw-in', basic, basic.replace(/=+$/, ''))
  })

  it('rejects a username without a password, naming the missing input', async () => {
    const promise = resolve({ inputs: { username: 'octo', password: '' } })
    await expect(promise).rejects.toBeInstanceOf(CredentialError)
    await expect(promise).rejects.toThrow(/username input is set but the password input is empty/)
  })

  it('rejects a password without a username, and masks that password', async () => {
    const promise = resolve({ inputs: { password: 'lonely-pw' } })
    await expect(promise).rejects.toThrow(/password input is set but the username input is empty/)
    await promise.catch((error: Error) => expect(error.message).not.toContain('lonely-pw'))
    expect(masked()).toContain('lonely-pw')
  })

  it('mentions that the token input is separate when username and token are set', async () => {
    await expect(resolve({ inputs: { username: 'octo', token: 'tok' } })).rejects.toThrow(
      /token input is used only for ghcr\.io/
    )
  })
})

describe('env SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD', () => {
  it('uses both variables', async () => {
    const env = { HOME: home, SHERPACK_OCI_USERNAME: 'env-user', SHERPACK_OCI_PASSWORD: 'env-pw' }
    const credential = await resolve({ env })
    expect(credential).toMatchObject({ username: 'env-user', password: 'env-pw' })
    expect(credential?.source).toBe('env SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD')
    expectSecretsSafe('env-pw', base64('env-user:env-pw'))
  })

  it.each([
    [
      { SHERPACK_OCI_USERNAME: 'env-user' },
      /SHERPACK_OCI_USERNAME is set but SHERPACK_OCI_PASSWORD/
    ],
    [{ SHERPACK_OCI_PASSWORD: 'env-pw' }, /SHERPACK_OCI_PASSWORD is set but SHERPACK_OCI_USERNAME/]
  ])('rejects half a pair: %o', async (half, message) => {
    const promise = resolve({ env: { HOME: home, ...half } })
    await expect(promise).rejects.toBeInstanceOf(CredentialError)
    await expect(promise).rejects.toThrow(message)
  })
})

describe('precedence', () => {
  it('takes inputs, then env, then Docker config, then the ghcr.io token', async () => {
    await writeDockerConfig({ auths: { 'ghcr.io': { auth: base64('cfg-user:cfg-pw') } } })
    const all = {
      inputs: { username: 'in-user', password: 'in-pw', token: 'gh-token' },
      env: {
        HOME: home,
        GITHUB_ACTOR: 'octocat',
        SHERPACK_OCI_USERNAME: 'env-user',
        SHERPACK_OCI_PASSWORD: 'env-pw'
      }
    }
    expect((await resolve(all))?.username).toBe('in-user')

    const noInputs = { ...all, inputs: { token: 'gh-token' } }
    expect((await resolve(noInputs))?.username).toBe('env-user')

    const noEnv = { ...noInputs, env: { HOME: home, GITHUB_ACTOR: 'octocat' } }
    expect((await resolve(noEnv))?.username).toBe('cfg-user')

    await rm(path.join(home, '.docker'), { recursive: true })
    expect(await resolve(noEnv)).toMatchObject({ username: 'octocat', password: 'gh-token' })
  })
})

describe('Docker config', () => {
  it('reads $DOCKER_CONFIG/config.json in preference to ~/.docker/config.json', async () => {
    await writeDockerConfig({ auths: { 'ghcr.io': { auth: base64('home-user:home-pw') } } })
    const dir = path.join(work, 'docker-config')
    const file = await writeDockerConfig(
      { auths: { 'ghcr.io': { auth: base64('dc-user:dc-pw') } } },
      dir
    )
    const credential = await resolve({ env: { HOME: home, DOCKER_CONFIG: dir } })
    expect(credential).toEqual({
      source: `Docker config ${file} (auths["ghcr.io"])`,
      username: 'dc-user',
      password: 'dc-pw'
    })
    expect(logged('info')).toEqual([
      `Credentials: Docker config ${file} (auths["ghcr.io"]) (for ghcr.io)`
    ])
    expectSecretsSafe('dc-pw', base64('dc-user:dc-pw'))
  })

  it('treats a missing file as no credentials, silently', async () => {
    expect(await resolve({ env: { HOME: home, DOCKER_CONFIG: path.join(work, 'none') } })).toBe(
      undefined
    )
    expect(logged()).toEqual(['Credentials: none found for ghcr.io (going on without: anonymous)'])
  })

  it('warns about unparsable JSON, naming the file, and goes on to the next source', async () => {
    const file = await writeDockerConfig('{"auths": {"ghcr.io": {"auth": "c2VjcmV0LWF1dGg=" ')
    const credential = await resolve({ inputs: { token: 'gh-token' } })
    expect(credential?.source).toBe('GITHUB_TOKEN (token input) as x-access-token')
    expect(logged('warning')).toEqual([expect.stringContaining(file)])
    expect(logged('warning')[0]).toMatch(/not valid JSON/)
    expect(logged().join('\n')).not.toContain('c2VjcmV0LWF1dGg')
  })

  it.each([
    'h:5000',
    'https://h:5000',
    'http://h:5000',
    'https://h:5000/v1/',
    'https://h:5000/v2/'
  ])('finds auths under the key %s', async (key) => {
    const file = await writeDockerConfig({
      auths: { 'other.example': { auth: base64('wrong:wrong') }, [key]: { auth: base64('u:p') } }
    })
    const credential = await resolve({ registry: 'h:5000' })
    expect(credential).toEqual({
      source: `Docker config ${file} (auths[${JSON.stringify(key)}])`,
      username: 'u',
      password: 'p'
    })
  })

  it('also finds a key that names the host with another path, as Docker does', async () => {
    await writeDockerConfig({ auths: { 'https://h:5000/some/path': { auth: base64('u:p') } } })
    expect((await resolve({ registry: 'h:5000' }))?.username).toBe('u')
  })

  it('prefers the exact host key to a URL form', async () => {
    await writeDockerConfig({
      auths: { 'https://ghcr.io': { auth: base64('url:p') }, 'ghcr.io': { auth: base64('host:p') } }
    })
    expect((await resolve())?.username).toBe('host')
  })

  it('ignores entries for other hosts and other ports', async () => {
    await writeDockerConfig({
      auths: { 'ghcr.io.evil.example': { auth: base64('u:p') }, 'h:5001': { auth: base64('u:p') } }
    })
    expect(await resolve()).toBe(undefined)
    expect(await resolve({ registry: 'h:5000' })).toBe(undefined)
  })

  it.each(['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'])(
    'finds Docker Hub credentials under %s',
    async (key) => {
      await writeDockerConfig({ auths: { [key]: { auth: base64('hub-user:hub-pw') } } })
      for (const registry of ['docker.io', 'index.docker.io']) {
        const credential = await resolve({ registry, apiHost: 'registry-1.docker.io' })
        expect(credential).toMatchObject({ username: 'hub-user', password: 'hub-pw' })
      }
    }
  )

  it('splits auth at the first colon, so passwords may contain colons', async () => {
    await writeDockerConfig({ auths: { 'ghcr.io': { auth: base64('user:pa:ss:') } } })
    expect(await resolve()).toMatchObject({ username: 'user', password: 'pa:ss:' })
    expectSecretsSafe('pa:ss:', base64('user:pa:ss:'))
  })

  it('reads username/password fields', async () => {
    await writeDockerConfig({ auths: { 'ghcr.io': { username: 'fu', password: 'fp' } } })
    expect(await resolve()).toMatchObject({ username: 'fu', password: 'fp' })
    expectSecretsSafe('fp', base64('fu:fp'))
  })

  it('reads an identitytoken with the username from auth', async () => {
    const user = '00000000-0000-0000-0000-000000000000'
    await writeDockerConfig({
      auths: { 'x.azurecr.io': { auth: base64(`${user}:`), identitytoken: 'refresh-tok' } }
    })
    const credential = await resolve({ registry: 'x.azurecr.io' })
    expect(credential).toMatchObject({ username: user, identityToken: 'refresh-tok' })
    expect(credential?.password).toBe(undefined)
    expectSecretsSafe('refresh-tok')
  })

  it('reads a registrytoken', async () => {
    await writeDockerConfig({ auths: { 'ghcr.io': { registrytoken: 'bearer-tok' } } })
    const credential = await resolve()
    expect(credential).toMatchObject({ registryToken: 'bearer-tok' })
    expect(credential?.username).toBe(undefined)
    expectSecretsSafe('bearer-tok')
  })

  it('warns about an auth that is not base64 of user:pass, without quoting it', async () => {
    await writeDockerConfig({ auths: { 'ghcr.io': { auth: base64('no-colon-here') } } })
    expect(await resolve()).toBe(undefined)
    expect(logged('warning')).toEqual([
      expect.stringMatching(/not the base64 of username:password/)
    ])
    expectSecretsSafe(base64('no-colon-here'))
  })
})

describe(`ACR's ${IDENTITY_TOKEN_USERNAME} user name: the password is an identity token`, () => {
  const acrUser = '00000000-0000-0000-0000-000000000000'

  it('holds the user name ACR documents', () => {
    expect(IDENTITY_TOKEN_USERNAME).toBe(acrUser)
  })

  it('turns inputs username/password into an identity token, masked before any line', async () => {
    const credential = await resolve({
      registry: 'x.azurecr.io',
      inputs: { username: acrUser, password: 'acr-refresh' }
    })
    expect(credential).toEqual({
      source: 'inputs username/password',
      username: acrUser,
      identityToken: 'acr-refresh'
    })
    expect(logged('info')).toEqual([
      expect.stringContaining(`The username ${acrUser} means the password is an identity token`),
      'Credentials: inputs username/password (for x.azurecr.io)'
    ])
    expectSecretsSafe('acr-refresh', base64(`${acrUser}:acr-refresh`))
  })

  it('does the same for the environment and for a Docker config auth', async () => {
    const env = { HOME: home, SHERPACK_OCI_USERNAME: acrUser, SHERPACK_OCI_PASSWORD: 'env-refresh' }
    expect(await resolve({ registry: 'x.azurecr.io', env })).toMatchObject({
      username: acrUser,
      identityToken: 'env-refresh'
    })
    await writeDockerConfig({
      auths: { 'x.azurecr.io': { auth: base64(`${acrUser}:cfg-refresh`) } }
    })
    const fromConfig = await resolve({ registry: 'x.azurecr.io' })
    expect(fromConfig).toMatchObject({ username: acrUser, identityToken: 'cfg-refresh' })
    expect(fromConfig?.password).toBe(undefined)
  })

  it('does the same for a credential helper answering that user name', async () => {
    await installHelper(
      'acr',
      `printf '{"ServerURL":"%s","Username":"${acrUser}","Secret":"helper-refresh"}' "$server"`
    )
    await writeDockerConfig({ credHelpers: { 'x.azurecr.io': 'acr' } })
    expect(await resolve({ registry: 'x.azurecr.io' })).toEqual({
      source: 'credential helper docker-credential-acr',
      username: acrUser,
      identityToken: 'helper-refresh'
    })
  })

  it('leaves a near miss of that user name a plain password', async () => {
    const credential = await resolve({
      registry: 'x.azurecr.io',
      inputs: { username: '00000000-0000-0000-0000-000000000001', password: 'pw' }
    })
    expect(credential).toMatchObject({ password: 'pw' })
    expect(credential?.identityToken).toBe(undefined)
  })
})

describe('credential helpers', () => {
  it('runs credHelpers[host] for real, before auths, sending the host on stdin', async () => {
    const helper = await installHelper(
      'fake',
      `printf '{"ServerURL":"%s","Username":"helper-user","Secret":"helper-secret"}' "$server"`
    )
    await writeDockerConfig({
      credHelpers: { 'ghcr.io': 'fake' },
      auths: { 'ghcr.io': { auth: base64('auth-user:auth-pw') } }
    })
    const credential = await resolve()
    expect(credential).toEqual({
      source: 'credential helper docker-credential-fake',
      username: 'helper-user',
      password: 'helper-secret'
    })
    expect(await helper.args()).toBe('get')
    expect(await helper.stdin()).toBe('ghcr.io')
    expect(logged('info')).toEqual([
      'Credentials: credential helper docker-credential-fake (for ghcr.io)'
    ])
    expectSecretsSafe('helper-secret', base64('helper-user:helper-secret'))
  })

  it('asks for https://index.docker.io/v1/ on Docker Hub and reads <token> as an identity token', async () => {
    const helper = await installHelper(
      'hub',
      `[ "$server" = 'https://index.docker.io/v1/' ] || exit 3\nprintf '{"ServerURL":"%s","Username":"<token>","Secret":"hub-refresh"}' "$server"`
    )
    await writeDockerConfig({ credHelpers: { 'https://index.docker.io/v1/': 'hub' } })
    const credential = await resolve({ registry: 'docker.io', apiHost: 'registry-1.docker.io' })
    expect(credential).toEqual({
      source: 'credential helper docker-credential-hub',
      identityToken: 'hub-refresh'
    })
    expect(await helper.stdin()).toBe('https://index.docker.io/v1/')
    expectSecretsSafe('hub-refresh')
  })

  it('uses credsStore when auths has only the empty entry docker login leaves', async () => {
    const helper = await installHelper(
      'store',
      `printf '{"ServerURL":"%s","Username":"store-user","Secret":"store-secret"}' "$server"`
    )
    await writeDockerConfig({ auths: { 'h:5000': {} }, credsStore: 'store' })
    expect(await resolve({ registry: 'h:5000' })).toMatchObject({
      source: 'credential helper docker-credential-store',
      password: 'store-secret'
    })
    expect(await helper.stdin()).toBe('h:5000')
  })

  it('takes "credentials not found" as none and silently goes on to the next source', async () => {
    await installHelper('empty', `echo 'credentials not found in native keychain'\nexit 1`)
    await writeDockerConfig({
      credHelpers: { 'ghcr.io': 'empty' },
      auths: { 'ghcr.io': { auth: base64('auth-user:auth-pw') } }
    })
    expect((await resolve())?.username).toBe('auth-user')
    expect(logged('warning')).toEqual([])
    expect(logged('debug')).toEqual([expect.stringContaining('docker-credential-empty')])
  })

  it('warns about a helper that is not installed, then goes on to the next source', async () => {
    await writeDockerConfig({
      credHelpers: { 'ghcr.io': 'not-installed-anywhere' },
      auths: { 'ghcr.io': { auth: base64('auth-user:auth-pw') } }
    })
    expect((await resolve())?.username).toBe('auth-user')
    expect(logged('warning')).toEqual([
      expect.stringMatching(/docker-credential-not-installed-anywhere .*not installed/)
    ])
  })

  it('treats exit code 127 as not installed', async () => {
    await writeDockerConfig({ credsStore: 'gone' })
    const runHelper = async () => ({ exitCode: 127, stdout: '', stderr: 'sh: not found' })
    expect(await resolve({ runHelper, inputs: { token: 'gh-token' } })).toMatchObject({
      password: 'gh-token'
    })
    expect(logged('warning')).toEqual([
      expect.stringMatching(/docker-credential-gone .*not installed/)
    ])
  })

  it('warns about a failing helper with the first line of its error, then goes on', async () => {
    await installHelper('broken', `echo 'keychain is locked' >&2\necho 'second line' >&2\nexit 2`)
    await writeDockerConfig({ credsStore: 'broken' })
    expect(await resolve({ inputs: { token: 'gh-token' } })).toMatchObject({ password: 'gh-token' })
    const warnings = logged('warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/docker-credential-broken .*exit code 2: keychain is locked/)
    expect(warnings[0]).not.toContain('second line')
  })

  it('does not echo the output of a failing helper that mentions a Secret', async () => {
    await installHelper('leaky', `echo '{"Username":"u","Secret":"leaked-secret"}' >&2\nexit 1`)
    await writeDockerConfig({ credsStore: 'leaky' })
    expect(await resolve()).toBe(undefined)
    expect(logged('warning')).toEqual([
      expect.stringMatching(/docker-credential-leaky .*exit code 1/)
    ])
    expect(logged().join('\n')).not.toContain('leaked-secret')
  })

  it('warns about a helper that prints something other than JSON, without echoing it', async () => {
    await installHelper('chatty', `echo 'Username=u Password=plain-secret'`)
    await writeDockerConfig({ credsStore: 'chatty' })
    expect(await resolve()).toBe(undefined)
    expect(logged('warning')).toEqual([expect.stringMatching(/docker-credential-chatty .*JSON/)])
    expect(logged().join('\n')).not.toContain('plain-secret')
  })

  it('refuses a helper name that would be a path', async () => {
    await writeDockerConfig({ credsStore: '../../bin/sh' })
    let ran = false
    const runHelper = async () => {
      ran = true
      return { exitCode: 0, stdout: '{}', stderr: '' }
    }
    expect(await resolve({ runHelper })).toBe(undefined)
    expect(ran).toBe(false)
    expect(logged('warning')).toEqual([expect.stringContaining('"../../bin/sh"')])
  })
})

describe('GITHUB_TOKEN for ghcr.io', () => {
  it('uses the token input as GITHUB_ACTOR', async () => {
    const credential = await resolve({
      inputs: { token: 'gh-token' },
      env: { HOME: home, GITHUB_ACTOR: 'octocat' }
    })
    expect(credential).toEqual({
      source: 'GITHUB_TOKEN (token input) as octocat',
      username: 'octocat',
      password: 'gh-token',
      // The workflow token may only go to a token realm on ghcr.io itself.
      realmHosts: ['ghcr.io']
    })
    expect(logged('info')).toEqual([
      'Credentials: GITHUB_TOKEN (token input) as octocat (for ghcr.io)'
    ])
    expectSecretsSafe('gh-token', base64('octocat:gh-token'))
  })

  it('falls back to x-access-token without GITHUB_ACTOR, and serves *.ghcr.io too', async () => {
    const credential = await resolve({ registry: 'eu.ghcr.io', inputs: { token: 'gh-token' } })
    expect(credential).toMatchObject({ username: 'x-access-token', password: 'gh-token' })
  })

  it('is anonymous when the token input is empty', async () => {
    expect(await resolve({ inputs: { token: '', username: '', password: '' } })).toBe(undefined)
    expect(logged('info')).toEqual([
      'Credentials: none found for ghcr.io (going on without: anonymous)'
    ])
  })

  it('ignores the token input for other registries', async () => {
    const credential = await resolve({ registry: 'quay.io', inputs: { token: 'gh-token' } })
    expect(credential).toBe(undefined)
    expect(logged('info')).toEqual([
      'Credentials: none found for quay.io (going on without: anonymous)'
    ])
    expect(logged().join('\n')).not.toContain('gh-token')
  })

  it.each(['ghcr.io.evil.example', 'notghcr.io'])(
    'does not take %s for ghcr.io',
    async (registry) => {
      expect(await resolve({ registry, inputs: { token: 't' } })).toBe(undefined)
    }
  )
})
