// Credentials from the Docker config file that `docker login` and the login actions write.
import { readUserFile, UnreadableFile } from '../read-user-file.js'
import type { Credential, Logger } from '../oci/types.js'
import { credentialFromHelper, type RunHelper } from './helper.js'
import { dockerConfigKeys, dockerHubServerUrl, isDockerHub, keyHost } from '../oci/hosts.js'
import { maskCredential, type Mask } from './secrets.js'

export interface DockerConfigLookup {
  registry: string
  apiHost: string
  /** The config.json to read (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`). */
  file: string
  runHelper: RunHelper
  /** When the step must be over (ms since the epoch). */
  deadline?: number
  logger: Logger
  mask: Mask
}

type JsonObject = Record<string, unknown>

/** Far more than any login writes: a config file is a few kilobytes. */
const MAX_CONFIG_BYTES = 16 << 20

/** credHelpers for the host, then auths for the host, then credsStore; first hit wins. */
export async function credentialFromDockerConfig(
  lookup: DockerConfigLookup
): Promise<Credential | undefined> {
  const { registry, apiHost, logger, mask, file } = lookup
  const config = await readConfig(file, logger)
  if (!config) return undefined

  const keys = dockerConfigKeys(registry, apiHost)
  const hosts = new Set(keys.map(keyHost))
  const serverUrl = [registry, apiHost].some(isDockerHub) ? dockerHubServerUrl : registry
  const { runHelper, deadline } = lookup
  const helperLookup = { serverUrl, runHelper, deadline, logger, mask }

  const credHelpers = objectAt(config, 'credHelpers')
  for (const key of matchingKeys(credHelpers, keys, hosts)) {
    const helper = credHelpers[key]
    if (typeof helper !== 'string' || helper === '') continue
    const namedIn = `credHelpers[${JSON.stringify(key)}] in ${file}`
    const found = await credentialFromHelper({ ...helperLookup, helper, namedIn })
    if (found) return found
    break
  }

  const auths = objectAt(config, 'auths')
  for (const key of matchingKeys(auths, keys, hosts)) {
    const source = `Docker config ${file} (auths[${JSON.stringify(key)}])`
    const found = credentialFromAuthEntry(auths[key], source, logger, mask)
    if (found) return found
  }

  const store = config.credsStore
  if (typeof store === 'string' && store !== '') {
    return credentialFromHelper({
      ...helperLookup,
      helper: store,
      namedIn: `credsStore in ${file}`
    })
  }
  return undefined
}

async function readConfig(file: string, logger: Logger): Promise<JsonObject | undefined> {
  let text: string
  try {
    text = (await readUserFile(file, MAX_CONFIG_BYTES)).toString('utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    logger.warning(
      `Could not read the Docker config ${file} (${(error as Error).message}); ignoring it. ${error instanceof UnreadableFile ? 'Make it the JSON file docker login writes' : 'Check its permissions'}, or point DOCKER_CONFIG at another directory.`
    )
    return undefined
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    // The parser's message can quote the file's text, which holds secrets: leave it out.
    logger.warning(
      `The Docker config ${file} is not valid JSON; ignoring it. Fix or delete the file, or run docker login again.`
    )
    return undefined
  }
  if (!isObject(parsed)) {
    logger.warning(
      `The Docker config ${file} is not a JSON object; ignoring it. Fix or delete the file, or run docker login again.`
    )
    return undefined
  }
  return parsed
}

/** The exact key variants in order, then any other key Docker would match by host alone. */
function matchingKeys(record: JsonObject, keys: string[], hosts: Set<string>): string[] {
  const exact = keys.filter((key) => Object.hasOwn(record, key))
  const byHost = Object.keys(record).filter(
    (key) => !exact.includes(key) && hosts.has(keyHost(key))
  )
  return [...exact, ...byHost]
}

/** One `auths` entry: registrytoken, identitytoken, then `auth` or username/password. */
function credentialFromAuthEntry(
  entry: unknown,
  source: string,
  logger: Logger,
  mask: Mask
): Credential | undefined {
  if (!isObject(entry)) return undefined
  const field = (name: string) => (typeof entry[name] === 'string' ? (entry[name] as string) : '')
  let username = field('username')
  let password = field('password')
  const auth = field('auth')
  if (auth) {
    mask(auth)
    const decoded = Buffer.from(auth, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon < 0) {
      logger.warning(
        `${source}: "auth" is not the base64 of username:password; ignoring it. Run docker login again to rewrite it.`
      )
    } else {
      // Split at the first colon: user names cannot hold one, passwords can.
      username = decoded.slice(0, colon)
      password = decoded.slice(colon + 1)
    }
  }

  let credential: Credential | undefined
  if (field('registrytoken')) {
    credential = { source, registryToken: field('registrytoken') }
  } else if (field('identitytoken')) {
    credential = { source, username: username || undefined, identityToken: field('identitytoken') }
  } else if (password) {
    credential = { source, username, password }
  }
  // Masked even when unused below, before any message about this entry.
  maskCredential({ source, username, password }, mask)
  if (credential) {
    maskCredential(credential, mask)
    return credential
  }
  if (username) {
    logger.warning(`${source} has a username but no password; ignoring it.`)
  }
  return undefined
}

function objectAt(config: JsonObject, name: string): JsonObject {
  const value = config[name]
  return isObject(value) ? value : {}
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
