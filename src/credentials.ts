// Finds the credentials for one registry wherever a user keeps them. Logs where they came from,
// never what they are: every secret goes to `mask` before any line is logged.
import type { Credential, Logger } from './oci/types.js'
import { credentialFromDockerConfig } from './credentials/docker-config.js'
import { runHelperWithExec, type RunHelper } from './credentials/helper.js'
import { isGhcr } from './credentials/hosts.js'
import { maskCredential } from './credentials/secrets.js'

export type { HelperResult, RunHelper } from './credentials/helper.js'
export { dockerConfigPath } from './credentials/docker-config.js'

/**
 * Azure Container Registry's convention (`az acr login --expose-token`, `docker login -u
 * 00000000-…`): this user name says the password is an identity (refresh) token, to be exchanged
 * with the OAuth2 POST flow rather than sent as a password.
 */
export const IDENTITY_TOKEN_USERNAME = '00000000-0000-0000-0000-000000000000'

export class CredentialError extends Error {
  override name = 'CredentialError'
}

export interface ResolveOptions {
  /** The host the user typed, e.g. `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  registry: string
  /** The host the API is served from (`registry-1.docker.io` for Docker Hub), else the same. */
  apiHost: string
  /** Action inputs; '' means unset. */
  inputs: { username?: string; password?: string; token?: string }
  /** SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD, DOCKER_CONFIG, HOME, GITHUB_ACTOR. */
  env: NodeJS.ProcessEnv
  /** Runs `docker-credential-<helper> get`; defaults to @actions/exec. */
  runHelper?: RunHelper
  logger: Logger
  /** Registers a secret with the log masker (core.setSecret in the action). */
  mask: (secret: string) => void
}

/**
 * First hit wins: inputs username/password, env SHERPACK_OCI_*, the Docker config (credHelpers,
 * auths, credsStore), then GITHUB_TOKEN for ghcr.io. Undefined means anonymous.
 * Throws CredentialError when only half of a username/password pair is set.
 */
export async function resolveCredential(opts: ResolveOptions): Promise<Credential | undefined> {
  const found = await findCredential(opts)
  // Masked as found (the Basic form of user:pass included) before anything is logged.
  if (found) maskCredential(found, opts.mask)
  const credential = found && identityTokenConvention(found, opts.logger)
  opts.logger.info(
    credential ? `Credentials: ${credential.source}` : 'Credentials: none (anonymous)'
  )
  return credential
}

async function findCredential(opts: ResolveOptions): Promise<Credential | undefined> {
  const { inputs, env, logger, mask } = opts

  const fromInputs = usernamePassword(
    inputs.username,
    inputs.password,
    'inputs username/password',
    inputsPairError(Boolean(inputs.token)),
    mask
  )
  if (fromInputs) return fromInputs

  const fromEnv = usernamePassword(
    env.SHERPACK_OCI_USERNAME,
    env.SHERPACK_OCI_PASSWORD,
    'env SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD',
    envPairError,
    mask
  )
  if (fromEnv) return fromEnv

  const fromDockerConfig = await credentialFromDockerConfig({
    registry: opts.registry,
    apiHost: opts.apiHost,
    env,
    runHelper: opts.runHelper ?? runHelperWithExec,
    logger,
    mask
  })
  if (fromDockerConfig) return fromDockerConfig

  if (inputs.token) {
    if (isGhcr(opts.registry) || isGhcr(opts.apiHost)) {
      const actor = env.GITHUB_ACTOR || 'x-access-token'
      return {
        source: `GITHUB_TOKEN (token input) as ${actor}`,
        username: actor,
        password: inputs.token
      }
    }
    logger.debug(`The token input is only used for ghcr.io; ignoring it for ${opts.registry}`)
  }
  return undefined
}

function identityTokenConvention(credential: Credential, logger: Logger): Credential {
  const { source, username, password } = credential
  if (username !== IDENTITY_TOKEN_USERNAME || !password) return credential
  if (credential.identityToken || credential.registryToken) return credential
  logger.info(
    `The username ${IDENTITY_TOKEN_USERNAME} means the password is an identity token (Azure Container Registry convention): exchanging it for a registry token`
  )
  return { source, username, identityToken: password }
}

type PairError = (missing: 'username' | 'password') => string

function usernamePassword(
  username: string | undefined,
  password: string | undefined,
  source: string,
  pairError: PairError,
  mask: (secret: string) => void
): Credential | undefined {
  if (!username && !password) return undefined
  if (!password) throw new CredentialError(pairError('password'))
  if (!username) {
    mask(password)
    throw new CredentialError(pairError('username'))
  }
  return { source, username, password }
}

function inputsPairError(tokenSet: boolean): PairError {
  return (missing) => {
    const present = missing === 'password' ? 'username' : 'password'
    const tokenHint = tokenSet
      ? ' (The token input is used only for ghcr.io and only without username/password.)'
      : ''
    return (
      `The ${present} input is set but the ${missing} input is empty: both are needed to log in with a username and password. ` +
      `Set ${missing} (from a secret, e.g. ${missing}: \${{ secrets.REGISTRY_${missing.toUpperCase()} }}), or remove ${present} to use other credentials.` +
      tokenHint
    )
  }
}

const envPairError: PairError = (missing) => {
  const [present, absent] =
    missing === 'password'
      ? ['SHERPACK_OCI_USERNAME', 'SHERPACK_OCI_PASSWORD']
      : ['SHERPACK_OCI_PASSWORD', 'SHERPACK_OCI_USERNAME']
  return `The environment variable ${present} is set but ${absent} is empty: both are needed to log in with a username and password. Set ${absent} too, or unset ${present} to use other credentials.`
}
