// The CLI's signing settings: --sign KEYFILE with its password (SHERPACK_SIGNING_PASSWORD or
// --sign-password-stdin), and --key PUBFILE (or a public key's base64 line), each named as the
// user gave it, so a bad key or password is told in their words.
import { readUserFile } from '../read-user-file.js'
import path from 'node:path'
import type { GivenSecret, SigningRequest } from '../core/signing.js'
import { UserError, messageOf } from '../errors.js'
import type { CommandRun } from './run-context.js'

/** A public key's base64 line: `Ed`, key id and key, 42 bytes, so 56 characters from `RW`. */
const PUBLIC_KEY_LINE = /^RW[A-Za-z0-9+/]{54}$/

export const SIGNING_PASSWORD_VARIABLE = 'SHERPACK_SIGNING_PASSWORD'

/** The push's signing request, or undefined when neither --sign nor --key was given. */
export async function signingRequest(run: CommandRun): Promise<SigningRequest | undefined> {
  const { options } = run
  if (options.sign === undefined && options.keys.length === 0) return undefined
  const publicKeys = await publicKeysGiven(run)
  if (options.sign === undefined) return { publicKeys }
  const secretKey = {
    value: await readKeyFile(run, options.sign, '--sign'),
    shown: `the key file ${options.sign} (--sign)`
  }
  const password = await signingPassword(run)
  return { secretKey, ...(password ? { password } : {}), publicKeys }
}

/** Every --key: a file's text, or the base64 line given on the command line. */
export async function publicKeysGiven(run: CommandRun): Promise<GivenSecret[]> {
  return Promise.all(
    run.options.keys.map(async (key) =>
      PUBLIC_KEY_LINE.test(key)
        ? { value: key, shown: `the public key ${key} (--key)` }
        : { value: await readKeyFile(run, key, '--key'), shown: `the key file ${key} (--key)` }
    )
  )
}

async function signingPassword(run: CommandRun): Promise<GivenSecret | undefined> {
  if (run.options.signPasswordStdin) {
    const text = (await run.io.readStdin()).replace(/\r?\n$/, '')
    run.terminal.mask(text)
    return { value: text, shown: 'the password read by --sign-password-stdin' }
  }
  const fromEnv = run.io.env[SIGNING_PASSWORD_VARIABLE]
  if (!fromEnv) return undefined
  run.terminal.mask(fromEnv)
  return { value: fromEnv, shown: SIGNING_PASSWORD_VARIABLE }
}

/** A minisign key file is two short lines. */
const KEY_FILE_LIMIT = 64 << 10

async function readKeyFile(run: CommandRun, file: string, flag: string): Promise<string> {
  try {
    // A FIFO or a device given as a key is refused, not waited on.
    return (await readUserFile(path.resolve(run.io.cwd, file), KEY_FILE_LIMIT)).toString('utf8')
  } catch (error) {
    throw new UserError(`Cannot read the key file ${file} given to ${flag}: ${messageOf(error)}`, {
      option: flag === '--sign' ? 'signingKey' : 'publicKey',
      fix: 'give the path of the minisign key file'
    })
  }
}
