// A pack's minisign signature for a push: made here with the signing key (the archive signed
// before anything is uploaded, with the trusted comment `sherpack sign` writes), or taken as it
// is from `<archive>.minisig` beside a prebuilt archive. With trusted public keys, it is
// verified before any upload.
import { readUserFile } from '../read-user-file.js'
import { UserError, messageOf } from '../errors.js'
import type { PackagedPack } from '../pack/types.js'
import {
  keyIdHex,
  openSecretKey,
  parsePublicKey,
  parseSecretKey,
  type PublicKey,
  type SigningKey
} from '../sign/keys.js'
import { packTrustedComment } from '../sign/pack-comment.js'
import {
  describeFailure,
  formatSignature,
  parseSignature,
  prehashFile,
  signPrehashed,
  verifyPrehashed,
  type MinisignSignature
} from '../sign/signature.js'

/** A key or password as the front end got it, with its words for where it came from. */
export interface GivenSecret {
  value: string
  /** e.g. `the input signing-key`, `the key file ./release.key`. */
  shown: string
}

export interface SigningRequest {
  /** The text of a minisign secret key (`minisign -G`, `sherpack keygen`). */
  secretKey?: GivenSecret
  password?: GivenSecret
  /** Trusted public keys (a .pub file's text or its base64 line). */
  publicKeys?: GivenSecret[]
}

/** The keys of a run, opened once before any pack is packaged or any registry contacted. */
export interface SigningKeys {
  key?: SigningKey
  trusted: PublicKey[]
}

/** A pack's signature, as pushed next to it. */
export interface PackSignature {
  /** The `.minisig` bytes, exactly as written (or as found beside the archive). */
  bytes: Buffer
  /** `<archive>.minisig`. */
  fileName: string
  /** The key id as minisign prints it (16 hex). */
  keyId: string
  trustedComment: string
  /** 'signed': made by this run; 'beside': found beside a prebuilt archive. */
  origin: 'signed' | 'beside'
}

/** Opens the signing key (decrypting it) and parses the trusted keys; undefined: no signing. */
export async function openSigningKeys(
  request: SigningRequest | undefined
): Promise<SigningKeys | undefined> {
  if (!request) return undefined
  const trusted = (request.publicKeys ?? []).map((given) =>
    parsePublicKey(given.value, { shown: given.shown, option: 'publicKey' })
  )
  if (!request.secretKey) return { trusted }
  const source = { shown: request.secretKey.shown, option: 'signingKey' as const }
  const passwordSource = {
    shown: request.password?.shown ?? 'the signing key password',
    option: 'signingKeyPassword' as const
  }
  const sealed = parseSecretKey(request.secretKey.value, source)
  const key = await openSecretKey(sealed, request.password?.value, source, passwordSource)
  for (const publicKey of trusted) {
    if (publicKey.keyId.equals(key.keyId) && !publicKey.key.equals(key.publicKey.key)) {
      throw new UserError(
        `The public key ${keyIdHex(publicKey.keyId)} has the id of the signing key but is another key`,
        { option: 'publicKey', fix: 'give the public key made with the signing key' }
      )
    }
  }
  return { key, trusted }
}

/**
 * The signature to push with `pack`: made with the signing key, else the one beside a prebuilt
 * archive, else none. Checked before it is returned: well-formed, over this archive (with the
 * trusted keys, when there are any).
 */
export async function signatureFor(
  pack: PackagedPack,
  keys: SigningKeys | undefined
): Promise<PackSignature | undefined> {
  const fileName = `${pack.archiveFileName}.minisig`
  if (keys?.key) {
    const comment = packTrustedComment(
      pack.metadata.name,
      pack.metadata.version,
      pack.manifestDigest
    )
    const signature = signPrehashed(keys.key, await prehashFile(pack.archivePath), comment)
    const bytes = Buffer.from(formatSignature(signature), 'utf8')
    if (keys.trusted.length > 0) await checkAgainstTrusted(pack, signature, keys.trusted, fileName)
    return describe(signature, bytes, fileName, 'signed')
  }
  if (!pack.prebuilt) return undefined
  const beside = await readBeside(`${pack.archivePath}.minisig`)
  if (!beside) return undefined
  const parsed = parseSignature(beside.toString('utf8'))
  if ('why' in parsed) {
    throw new UserError(
      `${fileName}, beside the archive, is not a minisign signature: ${parsed.why}`,
      {
        file: `${pack.archivePath}.minisig`,
        fix: 'sign the archive again with `sherpack sign`, or remove the file'
      }
    )
  }
  if (parsed.algorithm !== 'ED') {
    throw new UserError(`${fileName} is a legacy signature (Ed) that sherpack verify refuses`, {
      file: `${pack.archivePath}.minisig`,
      fix: 'sign the archive again with `sherpack sign` or `minisign -S`'
    })
  }
  if (keys && keys.trusted.length > 0)
    await checkAgainstTrusted(pack, parsed, keys.trusted, fileName)
  return describe(parsed, beside, fileName, 'beside')
}

function describe(
  signature: MinisignSignature,
  bytes: Buffer,
  fileName: string,
  origin: PackSignature['origin']
): PackSignature {
  return {
    bytes,
    fileName,
    keyId: keyIdHex(signature.keyId),
    trustedComment: signature.trustedComment,
    origin
  }
}

async function checkAgainstTrusted(
  pack: PackagedPack,
  signature: MinisignSignature,
  trusted: PublicKey[],
  fileName: string
): Promise<void> {
  const verdict = verifyPrehashed(signature, await prehashFile(pack.archivePath), trusted)
  if ('key' in verdict) return
  const expected = trusted.map((key) => keyIdHex(key.keyId)).join(', ')
  throw new UserError(
    `${fileName} does not verify with the trusted public keys (${expected}): ${describeFailure(verdict.failure, signature)}`,
    {
      option: 'publicKey',
      fix: 'sign the archive with the key whose public key is given, or give that public key'
    }
  )
}

/** A minisign signature is a few hundred bytes. */
const SIGNATURE_FILE_LIMIT = 64 << 10

async function readBeside(file: string): Promise<Buffer | undefined> {
  try {
    // A FIFO or a device in its place is refused, not waited on.
    return await readUserFile(file, SIGNATURE_FILE_LIMIT)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new UserError(`Cannot read ${file}: ${messageOf(error)}`, { file })
  }
}
