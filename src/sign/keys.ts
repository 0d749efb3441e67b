// minisign keys: the public key (a comment line and 56 base64 characters: `Ed`, an 8-byte key
// id, the 32-byte Ed25519 key) and the secret key (scrypt-encrypted, or not with `minisign -W` /
// `sherpack keygen --no-password`). Formats: jedisct1/minisign `src/minisign.c` (seckey_load,
// decrypt_key) and the minisign crate's `secret_key.rs`, `public_key.rs`. Nothing here knows
// where a key came from: `source` is the caller's words for it, quoted in every message.
import { createPrivateKey, createPublicKey, scrypt, type KeyObject } from 'node:crypto'
import { UserError, type OptionName } from '../errors.js'
import { blake2b } from './blake2b.js'
import { decodeBase64Line } from './base64.js'

export interface PublicKey {
  /** The 8-byte key id, as stored. */
  keyId: Buffer
  /** The 32-byte Ed25519 public key. */
  key: Buffer
}

/** A secret key ready to sign: its id, its public half, and the Ed25519 key (never printed). */
export interface SigningKey {
  keyId: Buffer
  publicKey: PublicKey
  privateKey: KeyObject
}

/** Where a key came from, in the front end's words, and the setting to name in errors. */
export interface KeySource {
  /** e.g. `the input signing-key`, `the key file ./release.key`. */
  shown: string
  option?: OptionName
}

const PUBLIC_KEY_BYTES = 42
const SECRET_KEY_BYTES = 158
const SIG_ALG = 'Ed'
const KDF_SCRYPT = 'Sc'
const KDF_NONE = '\0\0'
const CHECKSUM_ALG = 'B2'
/** libsodium's scryptsalsa208sha256 limits, as minisign enforces them (N up to 2^20, 1 GiB). */
const MEMLIMIT_MAX = 1 << 30
const N_LOG2_MAX = 20
/** PKCS #8 prefix of an Ed25519 private key (RFC 8410 §7), followed by the 32-byte seed. */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')

/** The key id as minisign prints it: the 8 bytes read as a little-endian integer, in hex. */
export function keyIdHex(keyId: Buffer): string {
  return Buffer.from(keyId).reverse().toString('hex').toUpperCase()
}

/**
 * A minisign public key: the text of a `.pub` file (comment line, key line) or the key line
 * alone (as `minisign -P` takes it).
 */
export function parsePublicKey(text: string, source: KeySource): PublicKey {
  const lines = text.split(/\r?\n/).map((line) => line.trim())
  const keyLine = lines.find((line) => line !== '' && !line.startsWith('untrusted comment:'))
  const bytes = keyLine === undefined ? undefined : decodeBase64Line(keyLine)
  if (bytes?.length !== PUBLIC_KEY_BYTES || bytes.subarray(0, 2).toString('latin1') !== SIG_ALG) {
    throw keyError(
      `${capital(source.shown)} is not a minisign public key`,
      source,
      'give the .pub file `minisign -G` or `sherpack keygen` wrote, or its second line (56 base64 characters starting with RW)'
    )
  }
  return { keyId: bytes.subarray(2, 10), key: bytes.subarray(10, 42) }
}

/** A secret key file, parsed but not yet opened. */
export interface SealedSecretKey {
  encrypted: boolean
  /** The KDF salt and limits, the key id, the key and its checksum (XORed when encrypted). */
  salt: Buffer
  opsLimit: bigint
  memLimit: bigint
  sealed: Buffer
}

export function parseSecretKey(text: string, source: KeySource): SealedSecretKey {
  const lines = text.split(/\r?\n/).map((line) => line.trim())
  const keyLine = lines[0]?.startsWith('untrusted comment:') ? lines[1] : lines[0]
  const bytes = keyLine ? decodeBase64Line(keyLine) : undefined
  const notKey = (what: string): UserError =>
    keyError(
      `${capital(source.shown)} ${what}`,
      source,
      'give the whole secret key file `minisign -G` or `sherpack keygen` wrote (two lines: "untrusted comment: …" and the key)'
    )
  if (bytes?.length !== SECRET_KEY_BYTES) throw notKey('is not a minisign secret key')
  const field = (start: number, end: number): string =>
    bytes.subarray(start, end).toString('latin1')
  if (field(0, 2) !== SIG_ALG || field(4, 6) !== CHECKSUM_ALG) {
    throw notKey('is not a minisign Ed25519 secret key (unknown algorithm)')
  }
  const kdf = field(2, 4)
  if (kdf !== KDF_SCRYPT && kdf !== KDF_NONE) {
    throw notKey('is encrypted with a key derivation minisign does not know')
  }
  return {
    encrypted: kdf === KDF_SCRYPT,
    salt: bytes.subarray(6, 38),
    opsLimit: bytes.readBigUInt64LE(38),
    memLimit: bytes.readBigUInt64LE(46),
    sealed: Buffer.from(bytes.subarray(54, 158))
  }
}

/**
 * Decrypts (when encrypted) and checks a secret key: its checksum (BLAKE2b-256 of `Ed`, key id
 * and key) must match, which is how a wrong password shows, and its public half must be the one
 * its seed gives. `password` is ignored for a key without one.
 */
export async function openSecretKey(
  sealed: SealedSecretKey,
  password: string | undefined,
  source: KeySource,
  passwordSource: KeySource
): Promise<SigningKey> {
  const plain = Buffer.from(sealed.sealed)
  if (sealed.encrypted) {
    if (!password) {
      throw keyError(
        `${capital(source.shown)} is protected by a password, and none was given`,
        passwordSource,
        `give its password in ${passwordSource.shown}`
      )
    }
    const stream = await scryptStream(sealed, password, source)
    for (let i = 0; i < plain.length; i++) plain[i] = plain[i]! ^ stream[i]!
    stream.fill(0)
  }
  const keyId = plain.subarray(0, 8)
  const secret = plain.subarray(8, 72)
  const checksum = plain.subarray(72, 104)
  const expected = blake2b(Buffer.concat([Buffer.from(SIG_ALG), keyId, secret]), 32)
  // minisign -W leaves an unencrypted key's checksum zero; the crate writes it.
  const unchecked = !sealed.encrypted && checksum.every((byte) => byte === 0)
  if (!unchecked && !expected.equals(checksum)) {
    if (sealed.encrypted) {
      throw keyError(
        `The password in ${passwordSource.shown} does not open ${source.shown} (wrong password, or a damaged key)`,
        passwordSource,
        'give the password the key was made with'
      )
    }
    throw damaged(source)
  }
  const key = signingKey(Buffer.from(keyId), secret, source)
  plain.fill(0)
  return key
}

/** The Ed25519 key from the seed, checked against the public half stored beside it. */
function signingKey(keyId: Buffer, secret: Buffer, source: KeySource): SigningKey {
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, secret.subarray(0, 32)]),
    format: 'der',
    type: 'pkcs8'
  })
  const derived = Buffer.from(
    createPublicKey(privateKey).export({ format: 'jwk' }).x ?? '',
    'base64url'
  )
  if (!derived.equals(secret.subarray(32, 64))) throw damaged(source)
  return { keyId, publicKey: { keyId, key: derived }, privateKey }
}

/** scrypt with the parameters libsodium derives from minisign's opslimit and memlimit. */
function scryptStream(
  sealed: SealedSecretKey,
  password: string,
  source: KeySource
): Promise<Buffer> {
  const params = scryptParams(sealed.opsLimit, sealed.memLimit)
  if (!params) {
    throw keyError(
      `${capital(source.shown)} asks for scrypt parameters minisign refuses (over 1 GiB of memory, or none that work)`,
      source,
      'make the key again with `minisign -G` or `sherpack keygen`'
    )
  }
  const { N, r, p } = params
  return new Promise((resolve, reject) => {
    scrypt(
      Buffer.from(password, 'utf8'),
      sealed.salt,
      sealed.sealed.length,
      { N, r, p, maxmem: 256 * N * r + (1 << 20) },
      (error, key) => (error ? reject(error) : resolve(key))
    )
  })
}

/**
 * libsodium's pickparams (crypto_pwhash_scryptsalsa208sha256), which minisign and the crate
 * both follow: r = 8, N and p from the limits. Undefined when N would pass 2^20.
 */
export function scryptParams(
  opsLimit: bigint,
  memLimit: bigint
): { N: number; r: number; p: number } | undefined {
  if (memLimit > BigInt(MEMLIMIT_MAX)) return undefined
  const ops = opsLimit < 32768n ? 32768n : opsLimit
  const r = 8n
  const nLog2For = (maxN: bigint): number => {
    let nLog2 = 1
    while (nLog2 < 63 && 1n << BigInt(nLog2) <= maxN / 2n) nLog2++
    return nLog2
  }
  let nLog2: number
  let p: bigint
  if (ops < memLimit / 32n) {
    p = 1n
    nLog2 = nLog2For(ops / (r * 4n))
  } else {
    nLog2 = nLog2For(memLimit / (r * 128n))
    let maxrp = ops / 4n / (1n << BigInt(nLog2))
    if (maxrp > 0x3fffffffn) maxrp = 0x3fffffffn
    p = maxrp / r
  }
  if (nLog2 > N_LOG2_MAX || p < 1n) return undefined
  return { N: 2 ** nLog2, r: Number(r), p: Number(p) }
}

function damaged(source: KeySource): UserError {
  return keyError(
    `${capital(source.shown)} is damaged: its checksum or its public half does not match the key`,
    source,
    'copy the secret key file again, whole and unchanged'
  )
}

function keyError(what: string, source: KeySource, fix: string): UserError {
  return new UserError(what, { fix, option: source.option })
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
