// Runs a Docker credential helper (`docker-credential-<name> get`) and reads its answer.
import { execFile } from 'node:child_process'
import type { Credential, Logger } from '../oci/types.js'
import { maskCredential, type Mask } from './secrets.js'

export interface HelperResult {
  exitCode: number
  stdout: string
  stderr: string
}

export type RunHelper = (helper: string, serverUrl: string) => Promise<HelperResult>

/** Runs `docker-credential-<helper> get` with the server URL on stdin; never through a shell. */
export const runHelperProcess: RunHelper = (helper, serverUrl) =>
  new Promise((resolve, reject) => {
    const child = execFile(
      `docker-credential-${helper}`,
      ['get'],
      { encoding: 'utf8', timeout: HELPER_TIMEOUT_MS, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        const code = (error as { code?: unknown } | null)?.code
        if (error && typeof code !== 'number') return reject(error)
        resolve({ exitCode: typeof code === 'number' ? code : 0, stdout, stderr })
      }
    )
    child.stdin?.end(serverUrl)
  })

export interface HelperLookup {
  helper: string
  serverUrl: string
  /** Where the helper was named, for messages: `credHelpers["ghcr.io"] in /home/u/.docker/config.json`. */
  namedIn: string
  runHelper: RunHelper
  logger: Logger
  mask: Mask
}

/** A helper that hangs (waiting for a desktop unlock prompt, say) must not hang the push. */
const HELPER_TIMEOUT_MS = 30_000

// A name that cannot turn `docker-credential-<name>` into a path or an option.
const helperNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

/** A credential, or undefined (after a debug line or a warning) so the caller tries the next source. */
export async function credentialFromHelper(lookup: HelperLookup): Promise<Credential | undefined> {
  const { helper, serverUrl, namedIn, logger, mask } = lookup
  const program = `docker-credential-${helper}`
  if (!helperNamePattern.test(helper)) {
    logger.warning(
      `Ignoring credential helper "${helper}" (${namedIn}): a helper name is a plain word such as "ecr-login". Fix the name in that file.`
    )
    return undefined
  }

  let result: HelperResult
  try {
    result = await lookup.runHelper(helper, serverUrl)
  } catch (error) {
    logger.warning(
      isNotFound(error)
        ? notInstalled(program, namedIn)
        : `Credential helper ${program} (${namedIn}) could not be run (${firstLine(errorMessage(error))}); trying the next credential source.`
    )
    return undefined
  }

  if (result.exitCode === 127) {
    logger.warning(notInstalled(program, namedIn))
    return undefined
  }
  if (result.exitCode !== 0) {
    if (/credentials not found/i.test(`${result.stdout}\n${result.stderr}`)) {
      logger.debug(`${program} has no credentials for ${serverUrl}`)
      return undefined
    }
    // A failed helper may echo what it read or half-wrote; show at most one harmless line.
    const line = firstLine(result.stderr) || firstLine(result.stdout)
    const shown = line && !/secret/i.test(line) ? `: ${line}` : ''
    logger.warning(
      `Credential helper ${program} (${namedIn}) failed with exit code ${result.exitCode}${shown}; trying the next credential source.`
    )
    return undefined
  }

  const answer = parseAnswer(result.stdout)
  if (!answer) {
    logger.warning(
      `Credential helper ${program} (${namedIn}) did not print the JSON {ServerURL, Username, Secret} that the helper protocol requires; trying the next credential source.`
    )
    return undefined
  }
  const source = `credential helper ${program}`
  const credential: Credential =
    answer.username === '<token>'
      ? { source, identityToken: answer.secret }
      : { source, username: answer.username || undefined, password: answer.secret }
  maskCredential(credential, mask)
  if (!answer.secret) {
    logger.debug(`${program} returned no secret for ${serverUrl}`)
    return undefined
  }
  return credential
}

function parseAnswer(stdout: string): { username: string; secret: string } | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout)
  } catch {
    return undefined
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined
  const { Username, Secret } = parsed as { Username?: unknown; Secret?: unknown }
  if (typeof Secret !== 'string' || (Username !== undefined && typeof Username !== 'string')) {
    return undefined
  }
  return { username: Username ?? '', secret: Secret }
}

function notInstalled(program: string, namedIn: string): string {
  return `Credential helper ${program} (${namedIn}) is not installed or not on PATH; trying the next credential source. Install it, or remove it from that file.`
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'ENOENT'
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function firstLine(text: string): string {
  const line = text.trim().split(/\r?\n/, 1)[0] ?? ''
  return line.length > 120 ? `${line.slice(0, 120)}…` : line
}
