import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  credentialLookup,
  credentialSources,
  type CredentialFlags
} from '../../src/cli/credentials.js'
import { silentLogger } from '../../src/oci/types.js'

const HOST = 'registry.example.com'
let home: string
let dockerDir: string

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'cli-credentials-'))
  await mkdir(path.join(home, '.docker'))
  await writeFile(
    path.join(home, '.docker', 'config.json'),
    JSON.stringify({
      auths: { [HOST]: { auth: Buffer.from('home-user:home-pw').toString('base64') } }
    })
  )
  dockerDir = path.join(home, 'elsewhere')
  await mkdir(dockerDir)
  await writeFile(
    path.join(dockerDir, 'config.json'),
    JSON.stringify({
      auths: { [HOST]: { auth: Buffer.from('docker-user:docker-pw').toString('base64') } }
    })
  )
})
afterAll(() => rm(home, { recursive: true, force: true }))

const NO_FLAGS: CredentialFlags = { passwordFromStdin: false }
const GITLAB = {
  GITLAB_CI: 'true',
  CI_REGISTRY: HOST,
  CI_REGISTRY_USER: 'gitlab-ci-token',
  CI_REGISTRY_PASSWORD: 'gitlab-pw'
}
const SHERPACK_ENV = { SHERPACK_OCI_USERNAME: 'env-user', SHERPACK_OCI_PASSWORD: 'env-pw' }

async function resolve(flags: CredentialFlags, env: Record<string, string>, host = HOST) {
  const masked: string[] = []
  const lookup = credentialLookup(credentialSources(flags, { HOME: home, ...env }), {
    logger: silentLogger,
    mask: (secret) => masked.push(secret)
  })
  const credential = await lookup(host, host)
  return { credential, masked }
}

describe('credential order: flags → SHERPACK_OCI_* → Docker config → GitLab CI', () => {
  const everything = { ...SHERPACK_ENV, DOCKER_CONFIG: '', ...GITLAB }
  const flags = { username: 'flag-user', password: 'flag-pw', passwordFromStdin: false }

  it('flags win over everything', async () => {
    const { credential } = await resolve(flags, everything)
    expect(credential).toMatchObject({ username: 'flag-user', password: 'flag-pw' })
    expect(credential?.source).toMatch(/--username\/--password/)
  })

  it('a password from stdin is named so', async () => {
    const { credential } = await resolve({ ...flags, passwordFromStdin: true }, {})
    expect(credential?.source).toMatch(/--password-stdin/)
  })

  it('then SHERPACK_OCI_USERNAME/PASSWORD', async () => {
    const { credential } = await resolve(NO_FLAGS, everything)
    expect(credential).toMatchObject({ username: 'env-user', password: 'env-pw' })
    expect(credential?.source).toMatch(/SHERPACK_OCI_USERNAME/)
  })

  it('then the Docker config (~/.docker/config.json)', async () => {
    const { credential } = await resolve(NO_FLAGS, GITLAB)
    expect(credential).toMatchObject({ username: 'home-user', password: 'home-pw' })
  })

  it('$DOCKER_CONFIG/config.json replaces ~/.docker/config.json', async () => {
    const { credential } = await resolve(NO_FLAGS, { ...GITLAB, DOCKER_CONFIG: dockerDir })
    expect(credential).toMatchObject({ username: 'docker-user', password: 'docker-pw' })
  })

  it('then GitLab CI_REGISTRY_USER/PASSWORD, for CI_REGISTRY', async () => {
    const { credential, masked } = await resolve(NO_FLAGS, { ...GITLAB, HOME: '/nonexistent' })
    expect(credential).toMatchObject({ username: 'gitlab-ci-token', password: 'gitlab-pw' })
    expect(masked).toContain('gitlab-pw')
  })

  it('GitLab credentials never go to another registry', async () => {
    const { credential } = await resolve(NO_FLAGS, { ...GITLAB, HOME: '/nonexistent' }, 'ghcr.io')
    expect(credential).toBeUndefined()
  })

  it('nothing anywhere: anonymous', async () => {
    const { credential } = await resolve(NO_FLAGS, { HOME: '/nonexistent' })
    expect(credential).toBeUndefined()
  })

  it('every secret found is masked', async () => {
    const { masked } = await resolve(flags, {})
    expect(masked).toContain('flag-pw')
  })
})

describe('half a pair is an error naming the CLI settings, not a fallback', () => {
  it('--username without a password', async () => {
    await expect(
      resolve({ username: 'u', passwordFromStdin: false }, SHERPACK_ENV)
    ).rejects.toThrow(/--username is set but no password.*-p\/--password or --password-stdin/)
  })
  it('a password without --username', async () => {
    await expect(resolve({ password: 'p', passwordFromStdin: true }, SHERPACK_ENV)).rejects.toThrow(
      /--password-stdin gave a password but --username is not set/
    )
  })
  it('SHERPACK_OCI_USERNAME alone', async () => {
    await expect(resolve(NO_FLAGS, { SHERPACK_OCI_USERNAME: 'u' })).rejects.toThrow(
      /SHERPACK_OCI_PASSWORD/
    )
  })
  it('CI_REGISTRY_USER without CI_REGISTRY_PASSWORD, for CI_REGISTRY', async () => {
    await expect(
      resolve(NO_FLAGS, { ...GITLAB, CI_REGISTRY_PASSWORD: '', HOME: '/nonexistent' })
    ).rejects.toThrow(/CI_REGISTRY_PASSWORD/)
  })
})
