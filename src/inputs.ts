// The action's inputs, read and checked in one place, with every default also in the code so
// `node dist/index.js` works with only INPUT_* variables set (no action.yml defaults applied).
import * as core from '@actions/core'

export interface Inputs {
  /** Pack directory or prebuilt .tar.gz/.tgz. */
  path: string
  /** oci://… or oci-layout://…; '' means derive oci://ghcr.io/<owner>/<pack name>. */
  destination: string
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
  timeoutMs: number
}

export class InputError extends Error {
  override name = 'InputError'
}

type ReadInput = (name: string) => string

const defaultRead: ReadInput = (name) => core.getInput(name)

export function getInputs(
  read: ReadInput = defaultRead,
  env: NodeJS.ProcessEnv = process.env
): Inputs {
  return {
    path: read('path') || '.',
    destination: read('destination'),
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
    timeoutMs: parseDuration(read('timeout') || '10m', 'timeout')
  }
}

/** YAML 1.2 core booleans, as GitHub's own getBooleanInput accepts; empty gives the default. */
export function readBoolean(read: ReadInput, name: string, fallback: boolean): boolean {
  const value = read(name).trim()
  if (value === '') return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(`Input ${name} must be true or false, got '${value}'.`)
}

/** '600' (seconds), '90s', '10m', '1h' → milliseconds. */
export function parseDuration(value: string, name: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(value)
  const amount = match ? Number(match[1]) : NaN
  if (!match || !(amount > 0)) {
    throw new InputError(
      `Input ${name} must be a positive duration such as 600, 90s, 10m or 1h, got '${value}'.`
    )
  }
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? 's'] as number
  return amount * unit
}
