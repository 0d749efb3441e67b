// Shared vocabulary of the registry client. No @actions/* imports: the front end passes these in.

/** Where the client reports progress; each front end maps it onto its own output. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export const silentLogger: Logger = { info() {}, warning() {}, debug() {} }

/**
 * The overall deadline of a client's work when none is given. The one place it is set: the
 * core hands it to both front ends (the action's `timeout` input, the CLI's `--timeout`).
 */
export const DEFAULT_TIMEOUT_MS = 10 * 60_000

/**
 * Credentials for one registry, with the name of where they came from (for messages only).
 * - username + password: Basic, or Basic towards a Bearer token realm.
 * - identityToken: an OAuth2 refresh token (Docker config `identitytoken`, helper `<token>`).
 * - registryToken: a ready bearer token (Docker config `registrytoken`).
 *
 * They go only to the registry they were looked up for (its scheme, host and port) and to the
 * token realm that registry's own challenge names; `realmHosts` narrows the realm further.
 */
export interface Credential {
  source: string
  username?: string
  password?: string
  identityToken?: string
  registryToken?: string
  /**
   * The only hosts (`host[:port]`, as in a URL) a token realm may be on for these credentials,
   * e.g. ['ghcr.io'] for the workflow token. Left out: any realm the registry names over https.
   */
  realmHosts?: string[]
}

/** Called with every secret the client learns (tokens from the registry), to mask it. */
export type SecretSink = (secret: string) => void

/** The phases of a push, announced as each begins. */
export type PushPhase = 'upload' | 'tag'

/** One component of an OCI repository path (distribution spec's name grammar). */
export const REPOSITORY_COMPONENT_PATTERN = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/
