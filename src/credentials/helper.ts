// Runs a Docker credential helper (`docker-credential-<name> get`) and reads its answer.
import { ChildOverrun, runBoundedChild } from '../bounded-child.js'
import { CredentialError } from './credential-error.js'
import type { Credential, Logger } from '../oci/types.js'
import { maskCredential, type Mask } from './secrets.js'

export interface HelperResult {
  exitCode: number
  stdout: string
  stderr: string
}

export type RunHelper = (
  helper: string,
  serverUrl: string,
  timeoutMs: number
) => Promise<HelperResult>

/**
 * Runs `docker-credential-<helper> get` with the server URL on stdin; never through a shell.
 * Ended (SIGTERM, then SIGKILL) when it takes longer than `timeoutMs`.
 */
export const runHelperProcess: RunHelper = (helper, serverUrl, timeoutMs) =>
  runBoundedChild(`docker-credential-${helper}`, ['get'], { input: serverUrl, timeoutMs })

export interface HelperLookup {
  helper: string
  serverUrl: string
  /** Where the helper was named, for messages: `credHelpers["ghcr.io"] in /home/u/.docker/config.json`. */
  namedIn: string
  runHelper: RunHelper
  logger: Logger
  mask: Mask
  /** When the step must be over (ms since the epoch): a helper is stopped by then at the latest. */
  deadline?: number
}

/** A helper that hangs (waiting for a desktop unlock prompt, say) must not hang the push. */
const HELPER_TIMEOUT_MS = 30_000

/** A helper's own time: 30 s, or less when the step's deadline comes first. */
function helperTime(deadline: number | undefined): { timeoutMs: number; boundByStep: boolean } {
  const left = deadline === undefined ? Infinity : deadline - Date.now()
  return left < HELPER_TIMEOUT_MS
    ? { timeoutMs: left, boundByStep: true }
    : { timeoutMs: HELPER_TIMEOUT_MS, boundByStep: false }
}

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

  const result = await runWithinTime(lookup, program)
  if (result === undefined) return undefined

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

/**
 * The helper's answer, or undefined after a warning (not installed, failed to start, stopped
 * after its 30 s); throws when the step's own deadline stopped it.
 */
async function runWithinTime(
  lookup: HelperLookup,
  program: string
): Promise<HelperResult | undefined> {
  const { helper, serverUrl, namedIn, logger } = lookup
  const { timeoutMs, boundByStep } = helperTime(lookup.deadline)
  try {
    if (timeoutMs <= 0) throw new ChildOverrun('no time left', 'timeout')
    return await lookup.runHelper(helper, serverUrl, timeoutMs)
  } catch (error) {
    if (error instanceof ChildOverrun && error.reason === 'timeout' && boundByStep) {
      throw new CredentialError(
        `Credential helper ${program} (${namedIn}) did not answer before the step's timeout ran out; it was stopped`,
        { option: 'timeout', suggest: { option: 'timeout' } }
      )
    }
    logger.warning(
      isNotFound(error)
        ? notInstalled(program, namedIn)
        : error instanceof ChildOverrun
          ? `Credential helper ${program} (${namedIn}) ${error.message} and was stopped; trying the next credential source.`
          : `Credential helper ${program} (${namedIn}) could not be run (${firstLine(errorMessage(error))}); trying the next credential source.`
    )
    return undefined
  }
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
