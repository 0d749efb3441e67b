// Shared vocabulary of the registry client. No @actions/* imports: the action passes these in.

/** Where the client reports progress; the action maps it onto @actions/core. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export const silentLogger: Logger = { info() {}, warning() {}, debug() {} }

/**
 * Credentials for one registry, with the name of where they came from (for messages only).
 * - username + password: Basic, or Basic towards a Bearer token realm.
 * - identityToken: an OAuth2 refresh token (Docker config `identitytoken`, helper `<token>`).
 * - registryToken: a ready bearer token (Docker config `registrytoken`).
 */
export interface Credential {
  source: string
  username?: string
  password?: string
  identityToken?: string
  registryToken?: string
}

/** Called with every secret the client learns (tokens from the registry), to mask it. */
export type SecretSink = (secret: string) => void
