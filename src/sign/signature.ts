// minisign signatures (`.minisig`): four lines, `untrusted comment: …`, base64 of `ED` (or the
// legacy `Ed`), the key id and the Ed25519 signature, `trusted comment: …`, and base64 of the
// global signature over the signature and the trusted comment. `ED` signs the BLAKE2b-512 of
// the file, not the file (minisign crate `lib.rs` sign/verify, `signature_box.rs`). Signing and
// verifying use Node's crypto alone.
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { UserError } from '../errors.js'
import { decodeBase64Line } from './base64.js'
import { keyIdHex, type PublicKey, type SigningKey } from './keys.js'

export interface MinisignSignature {
  /** `ED`: over the BLAKE2b-512 of the file (what minisign and sherpack write); `Ed`: legacy. */
  algorithm: 'ED' | 'Ed'
  keyId: Buffer
  signature: Buffer
  untrustedComment: string
  trustedComment: string
  globalSignature: Buffer
}

const UNTRUSTED_PREFIX = 'untrusted comment: '
const TRUSTED_PREFIX = 'trusted comment: '
/** The untrusted comment the minisign crate (so `sherpack sign`) writes. */
export const DEFAULT_UNTRUSTED_COMMENT = 'signature from rsign secret key'

/** Why a signature does not hold, in words for a message. */
export type VerifyFailure =
  'legacy' | 'unknown key' | 'bad signature' | 'bad trusted comment signature'

/**
 * Parses a `.minisig`; undefined when it is not one (`why` says what is wrong). The trusted
 * comment is trimmed, as the crate does before it checks the global signature.
 */
export function parseSignature(text: string): MinisignSignature | { why: string } {
  const lines = text.split(/\r?\n/)
  if (lines.length > 5 || (lines.length === 5 && lines[4] !== '')) {
    return { why: 'it has more than four lines' }
  }
  const [untrusted, sigLine, trusted, globalLine] = lines
  if (!untrusted?.startsWith(UNTRUSTED_PREFIX)) {
    return { why: 'its first line does not start with "untrusted comment: "' }
  }
  const sig = sigLine === undefined ? undefined : decodeBase64Line(sigLine)
  const algorithm = sig?.subarray(0, 2).toString('latin1')
  if (sig?.length !== 74 || (algorithm !== 'ED' && algorithm !== 'Ed')) {
    return { why: 'its second line is not a minisign Ed25519 signature' }
  }
  if (!trusted?.startsWith(TRUSTED_PREFIX)) {
    return { why: 'its third line does not start with "trusted comment: "' }
  }
  const global = globalLine === undefined ? undefined : decodeBase64Line(globalLine)
  if (global?.length !== 64) return { why: 'its fourth line is not a global signature' }
  return {
    algorithm,
    keyId: sig.subarray(2, 10),
    signature: sig.subarray(10, 74),
    untrustedComment: untrusted.slice(UNTRUSTED_PREFIX.length),
    trustedComment: trusted.slice(TRUSTED_PREFIX.length).trim(),
    globalSignature: global
  }
}

/** The `.minisig` text of a signature, as the crate writes it (four lines, each ending in \n). */
export function formatSignature(signature: MinisignSignature): string {
  const sigLine = Buffer.concat([
    Buffer.from(signature.algorithm, 'latin1'),
    signature.keyId,
    signature.signature
  ]).toString('base64')
  return [
    `${UNTRUSTED_PREFIX}${signature.untrustedComment}`,
    sigLine,
    `${TRUSTED_PREFIX}${signature.trustedComment}`,
    signature.globalSignature.toString('base64'),
    ''
  ].join('\n')
}

/** BLAKE2b-512 of a file, read as a stream: what an `ED` signature signs. */
export async function prehashFile(file: string): Promise<Buffer> {
  const hash = createHash('blake2b512')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest()
}

/** Signs a prehash (`prehashFile`) the way `minisign -S` and `sherpack sign` do. */
export function signPrehashed(
  key: SigningKey,
  prehash: Buffer,
  trustedComment: string,
  untrustedComment = DEFAULT_UNTRUSTED_COMMENT
): MinisignSignature {
  if (/[\r\n]/.test(trustedComment) || /[\r\n]/.test(untrustedComment)) {
    throw new UserError('A signature comment cannot hold a line break', {
      fix: 'write the comment on one line'
    })
  }
  const signature = sign(null, prehash, key.privateKey)
  const globalSignature = sign(
    null,
    Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]),
    key.privateKey
  )
  return {
    algorithm: 'ED',
    keyId: key.keyId,
    signature,
    untrustedComment,
    trustedComment,
    globalSignature
  }
}

/**
 * Checks `signature` over a file whose BLAKE2b-512 is `prehash` against the trusted keys: the
 * key with its id must verify the signature and the global signature. Legacy `Ed` signatures
 * are refused, as `sherpack verify` refuses them.
 */
export function verifyPrehashed(
  signature: MinisignSignature,
  prehash: Buffer,
  keys: readonly PublicKey[]
): { key: PublicKey } | { failure: VerifyFailure } {
  if (signature.algorithm !== 'ED') return { failure: 'legacy' }
  const key = keys.find((candidate) => candidate.keyId.equals(signature.keyId))
  if (!key) return { failure: 'unknown key' }
  const publicKey = ed25519PublicKey(key)
  if (!verify(null, prehash, publicKey, signature.signature)) return { failure: 'bad signature' }
  const signed = Buffer.concat([signature.signature, Buffer.from(signature.trustedComment, 'utf8')])
  if (!verify(null, signed, publicKey, signature.globalSignature)) {
    return { failure: 'bad trusted comment signature' }
  }
  return { key }
}

export function describeFailure(failure: VerifyFailure, signature: MinisignSignature): string {
  const id = keyIdHex(signature.keyId)
  switch (failure) {
    case 'legacy':
      return `key ${id}: a legacy signature of the whole file (Ed), which sherpack refuses`
    case 'unknown key':
      return `key ${id}: not a trusted key`
    case 'bad signature':
      return `key ${id}: the signature does not match the archive`
    case 'bad trusted comment signature':
      return `key ${id}: the trusted comment was altered (its global signature does not match)`
  }
}

function ed25519PublicKey(key: PublicKey): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: key.key.toString('base64url') },
    format: 'jwk'
  })
}
