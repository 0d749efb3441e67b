// The action's inputs, read and checked in one place, with every default also in the code so
// `node dist/index.js` works with only INPUT_* variables set (no action.yml defaults applied).
import { UserError, type OptionName } from '../errors.js'
import { readDuration } from '../duration.js'
import { DEFAULT_TIMEOUT_MS } from '../core/types.js'

export interface Inputs {
  /** Pack directories, prebuilt .tar.gz/.tgz archives or globs, one per line. */
  paths: string[]
  /** oci://… or oci-layout://… entries, one per line; none means oci://ghcr.io/<owner>/<pack name>. */
  destinations: string[]
  /** Raw `tags` input: comma or newline separated; '' means derive from the git ref. */
  tags: string
  username: string
  password: string
  token: string
  /** Raw `annotations` input: key=value lines. */
  annotations: string
  push: boolean
  plainHttp: boolean
  overwrite: boolean
  versionCheck: boolean
  skipExisting: boolean
  timeoutMs: number
  /** The text of a minisign secret key (a secret); '' means no signing. */
  signingKey: string
  signingKeyPassword: string
  /** Trusted minisign public keys: the key line of each (.pub files' comment lines dropped). */
  publicKeys: string[]
  /** Make a plan (reads only) instead of pushing. */
  plan: boolean
  /** With plan: fail the step when the plan refuses anything. */
  failOnRefused: boolean
}

/** Each request option by the name of the input that sets it, for messages. */
export const INPUT_NAMES: Partial<Record<OptionName, string>> = {
  path: 'path',
  destination: 'destination',
  tags: 'tags',
  annotations: 'annotations',
  token: 'token',
  plainHttp: 'plain-http',
  overwrite: 'overwrite',
  versionCheck: 'version-check',
  skipExisting: 'skip-existing',
  timeout: 'timeout',
  push: 'push',
  signingKey: 'signing-key',
  signingKeyPassword: 'signing-key-password',
  publicKey: 'public-key',
  plan: 'plan'
}

export class InputError extends UserError {
  override name = 'InputError'
}

type ReadInput = (name: string) => string

export function getInputs(read: ReadInput, env: NodeJS.ProcessEnv): Inputs {
  return {
    paths: lines(read('path')).length > 0 ? lines(read('path')) : ['.'],
    destinations: lines(read('destination')),
    tags: read('tags'),
    username: read('username'),
    password: read('password'),
    // action.yml defaults `token` to github.token; run directly, the runner's env may have it.
    token: read('token') || env.GITHUB_TOKEN || '',
    annotations: read('annotations'),
    push: readBoolean(read, 'push', true),
    plainHttp: readBoolean(read, 'plain-http', false),
    overwrite: readBoolean(read, 'overwrite', true),
    versionCheck: readBoolean(read, 'version-check', true),
    skipExisting: readBoolean(read, 'skip-existing', false),
    timeoutMs: read('timeout') ? readTimeout(read('timeout')) : DEFAULT_TIMEOUT_MS,
    signingKey: read('signing-key').trim(),
    signingKeyPassword: read('signing-key-password'),
    publicKeys: lines(read('public-key')).filter((line) => !line.startsWith('untrusted comment:')),
    plan: readBoolean(read, 'plan', false),
    failOnRefused: readBoolean(read, 'fail-on-refused', false)
  }
}

/** The lines of a secret key worth masking: its key line (the comment line says nothing). */
export function secretKeyLines(signingKey: string): string[] {
  return lines(signingKey).filter((line) => !line.startsWith('untrusted comment:'))
}

/** YAML 1.2 core booleans, as GitHub's own getBooleanInput accepts; empty gives the default. */
export function readBoolean(read: ReadInput, name: string, fallback: boolean): boolean {
  const value = read(name).trim()
  if (value === '') return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(`Input ${name} must be true or false, got ${JSON.stringify(value)}`)
}

function readTimeout(value: string): number {
  const reading = readDuration(value)
  if ('problem' in reading) {
    throw new InputError(`Input timeout ${reading.problem}, got ${JSON.stringify(value)}`)
  }
  return reading.ms
}

/** One entry per line, trimmed; blank lines and `#` comments skipped. */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}
