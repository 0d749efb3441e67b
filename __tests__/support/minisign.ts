// Debian's `minisign` (0.11), the independent signer and verifier the signature tests hold our
// minisign code to. Installed by scripts/ensure-test-tools.sh.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { runCommand, type CommandResult } from './run-command.js'

export interface MinisignKeyPair {
  secretKeyFile: string
  publicKeyFile: string
  secretKey: string
  publicKey: string
  /** The public key's base64 line alone, as `minisign -P` takes it. */
  publicKeyLine: string
  /**
   * The key id from minisign's own comment line, as 16 hex digits: Debian's 0.11 prints it
   * without leading zeros, minisign since then with them (and so do we).
   */
  keyId: string
  password?: string
}

const FIXTURES = path.join(import.meta.dirname, '..', 'sign', 'fixtures')

/** A key pair without a password, made by `minisign -G -W` in `dir`. */
export async function makeUnprotectedKeyPair(dir: string, name = 'key'): Promise<MinisignKeyPair> {
  const secretKeyFile = path.join(dir, `${name}.key`)
  const publicKeyFile = path.join(dir, `${name}.pub`)
  await checked(
    await runCommand('minisign', ['-G', '-W', '-f', '-p', publicKeyFile, '-s', secretKeyFile])
  )
  return readKeyPair(secretKeyFile, publicKeyFile)
}

/**
 * The password-protected pair `minisign -G` made (see fixtures/README.md): making one costs a
 * 1 GiB key derivation, so it is made once and kept.
 */
export function protectedKeyPair(): Promise<MinisignKeyPair> {
  return readKeyPair(
    path.join(FIXTURES, 'protected.key'),
    path.join(FIXTURES, 'protected.pub'),
    'correct horse battery staple'
  )
}

async function readKeyPair(
  secretKeyFile: string,
  publicKeyFile: string,
  password?: string
): Promise<MinisignKeyPair> {
  const publicKey = await readFile(publicKeyFile, 'utf8')
  return {
    secretKeyFile,
    publicKeyFile,
    secretKey: await readFile(secretKeyFile, 'utf8'),
    publicKey,
    publicKeyLine: publicKey.split('\n')[1] ?? '',
    keyId: (/public key ([0-9A-F]+)/.exec(publicKey)?.[1] ?? '').padStart(16, '0'),
    password
  }
}

/** `minisign -S`: writes `<file>.minisig` (the password, if any, on standard input). */
export async function minisignSign(
  file: string,
  keys: MinisignKeyPair,
  trustedComment?: string
): Promise<string> {
  const args = ['-S', '-s', keys.secretKeyFile, '-m', file]
  if (trustedComment !== undefined) args.push('-t', trustedComment)
  await checked(
    await runCommand('minisign', args, {
      input: keys.password === undefined ? undefined : `${keys.password}\n`,
      timeoutMs: 120_000
    })
  )
  return readFile(`${file}.minisig`, 'utf8')
}

/** `minisign -V`: whether minisign accepts `signatureFile` over `file` with the public key. */
export function minisignVerify(
  file: string,
  publicKeyFile: string,
  signatureFile = `${file}.minisig`
): Promise<CommandResult> {
  return runCommand('minisign', ['-V', '-p', publicKeyFile, '-m', file, '-x', signatureFile])
}

async function checked(result: CommandResult): Promise<void> {
  if (result.code !== 0) throw new Error(`minisign failed (${result.code}): ${result.stderr}`)
}
