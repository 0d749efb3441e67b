// Finds the credentials for one registry host from an ordered list of sources that a front end
// composes (its flags or inputs, environment variables, the Docker config, a CI token). First
// hit wins. Every secret goes to `mask` before any line about it is logged; only the source's
// name is ever logged.
import type { Credential, Logger } from '../oci/types.js'
import { CredentialError } from './credential-error.js'
import { credentialFromDockerConfig } from './docker-config.js'
import { runHelperProcess, type RunHelper } from './helper.js'
import { maskCredential, type Mask } from './secrets.js'

export type { HelperResult, RunHelper } from './helper.js'
export { isDockerHub, isGhcr, hostName } from '../oci/hosts.js'

/**
 * Azure Container Registry's convention (`az acr login --expose-token`, `docker login -u
 * 00000000-…`): this user name says the password is an identity (refresh) token, to be exchanged
 * with the OAuth2 POST flow rather than sent as a password.
 */
export const IDENTITY_TOKEN_USERNAME = '00000000-0000-0000-0000-000000000000'

export { CredentialError } from './credential-error.js'

export type CredentialSource =
  | {
      /** A username/password pair the user set (flags, inputs, environment variables). */
      kind: 'pair'
      label: string
      username?: string
      password?: string
      /** The message when only one half is set (it names the front end's own settings). */
      halfSet: (missing: 'username' | 'password') => string
      /** Hosts the pair is for; all when absent. */
      hosts?: (host: string) => boolean
    }
  | { kind: 'docker-config'; file: string }
  | {
      /** A token that belongs to one registry (the workflow token for ghcr.io). */
      kind: 'token'
      label: string
      username: string
      token: string
      hosts: (host: string) => boolean
      /** The only hosts its token realm may be on. */
      realmHosts: string[]
    }

export interface CredentialTarget {
  /** The host the user typed, e.g. `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  registry: string
  /** The host the API is served from (`registry-1.docker.io` for Docker Hub), else the same. */
  apiHost: string
}

export interface LookupContext {
  logger: Logger
  mask: Mask
  /** Runs `docker-credential-<helper> get`; a child process by default. */
  runHelper?: RunHelper
  /** When the step must be over (ms since the epoch): no helper runs past it. */
  deadline?: number
}

/** The first source that has credentials for this host; undefined means anonymous. */
export async function resolveCredential(
  target: CredentialTarget,
  sources: CredentialSource[],
  context: LookupContext
): Promise<Credential | undefined> {
  for (const source of sources) {
    const found = await fromSource(target, source, context)
    if (!found) continue
    maskCredential(found, context.mask)
    const credential = identityTokenConvention(found, context.logger)
    context.logger.info(`Credentials: ${credential.source} (for ${target.registry})`)
    return credential
  }
  context.logger.info(
    `Credentials: none found for ${target.registry} (going on without: anonymous)`
  )
  return undefined
}

async function fromSource(
  target: CredentialTarget,
  source: CredentialSource,
  context: LookupContext
): Promise<Credential | undefined> {
  const forHost = (hosts?: (host: string) => boolean) =>
    !hosts || hosts(target.registry) || hosts(target.apiHost)
  switch (source.kind) {
    case 'pair':
      if (!forHost(source.hosts)) return undefined
      return usernamePassword(source, context.mask)
    case 'docker-config':
      return credentialFromDockerConfig({
        ...target,
        file: source.file,
        runHelper: context.runHelper ?? runHelperProcess,
        deadline: context.deadline,
        logger: context.logger,
        mask: context.mask
      })
    case 'token':
      if (!forHost(source.hosts)) return undefined
      return {
        source: source.label,
        username: source.username,
        password: source.token,
        realmHosts: source.realmHosts
      }
  }
}

function usernamePassword(
  source: Extract<CredentialSource, { kind: 'pair' }>,
  mask: Mask
): Credential | undefined {
  const { username, password } = source
  if (!username && !password) return undefined
  if (password) mask(password)
  if (!password) {
    throw new CredentialError(source.halfSet('password'), { option: 'credentials' })
  }
  if (!username) {
    throw new CredentialError(source.halfSet('username'), { option: 'credentials' })
  }
  return { source: source.label, username, password }
}

function identityTokenConvention(credential: Credential, logger: Logger): Credential {
  const { username, password } = credential
  if (username !== IDENTITY_TOKEN_USERNAME || !password) return credential
  if (credential.identityToken || credential.registryToken) return credential
  logger.info(
    `The username ${IDENTITY_TOKEN_USERNAME} means the password is an identity token (Azure Container Registry convention): exchanging it for a registry token`
  )
  return { ...credential, password: undefined, identityToken: password }
}
