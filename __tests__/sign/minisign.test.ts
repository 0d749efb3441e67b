import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserError } from '../../src/errors.js'
import {
  keyIdHex,
  openSecretKey,
  parsePublicKey,
  parseSecretKey,
  scryptParams,
  type KeySource,
  type SigningKey
} from '../../src/sign/keys.js'
import {
  formatSignature,
  parseSignature,
  prehashFile,
  signPrehashed,
  verifyPrehashed,
  type MinisignSignature
} from '../../src/sign/signature.js'
import {
  makeUnprotectedKeyPair,
  minisignSign,
  minisignVerify,
  protectedKeyPair,
  type MinisignKeyPair
} from '../support/minisign.js'

const KEY: KeySource = { shown: 'the input signing-key', option: 'signingKey' }
const PASSWORD: KeySource = {
  shown: 'the input signing-key-password',
  option: 'signingKeyPassword'
}
const PUB: KeySource = { shown: 'the key file test.pub', option: 'publicKey' }

function signatureOf(text: string): MinisignSignature {
  const parsed = parseSignature(text)
  if ('why' in parsed) throw new Error(parsed.why)
  return parsed
}

function blake2b512(data: Buffer): Buffer {
  return createHash('blake2b512').update(data).digest()
}

async function errorOf(work: () => unknown): Promise<UserError> {
  try {
    await work()
  } catch (error) {
    if (error instanceof UserError) return error
    throw error
  }
  throw new Error('expected a UserError')
}

describe('the minisign crate test vector (src/tests.rs verify_prehashed_det)', () => {
  // jedisct1/rust-minisign@c5f9f4b src/tests.rs:224-251: a prehashed signature of "test".
  const publicKey = 'RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3'
  const minisig = [
    'untrusted comment: signature from minisign secret key',
    'RUQf6LRCGA9i559r3g7V1qNyJDApGip8MfqcadIgT9CuhV3EMhHoN1mGTkUidF/z7SrlQgXdy8ofjb7bNJJylDOocrCo8KLzZwo=',
    'trusted comment: timestamp:1556193335\tfile:test',
    'y/rUw2y8/hOUYjZU71eHp/Wo1KZ40fGy2VJEDl34XMJM+TX48Ss/17u3IvIfbVR1FkZZSNCisQbuQY+bHwhEBg=='
  ].join('\n')

  it('verifies over "test", with its key id and comments as the crate reads them', () => {
    const key = parsePublicKey(publicKey, PUB)
    const signature = signatureOf(minisig)
    expect(signature.algorithm).toBe('ED')
    expect(signature.untrustedComment).toBe('signature from minisign secret key')
    expect(signature.trustedComment).toBe('timestamp:1556193335\tfile:test')
    expect(keyIdHex(signature.keyId)).toBe(keyIdHex(key.keyId))
    expect(verifyPrehashed(signature, blake2b512(Buffer.from('test')), [key])).toEqual({ key })
  })

  it('fails after a one-byte change of the data, the signature or the trusted comment', () => {
    const key = parsePublicKey(publicKey, PUB)
    const signature = signatureOf(minisig)
    expect(verifyPrehashed(signature, blake2b512(Buffer.from('tesT')), [key])).toEqual({
      failure: 'bad signature'
    })
    const flipped = Buffer.from(signature.signature)
    flipped[0] = flipped[0]! ^ 1
    expect(
      verifyPrehashed({ ...signature, signature: flipped }, blake2b512(Buffer.from('test')), [key])
    ).toEqual({ failure: 'bad signature' })
    const comment = { ...signature, trustedComment: 'timestamp:1556193336\tfile:test' }
    expect(verifyPrehashed(comment, blake2b512(Buffer.from('test')), [key])).toEqual({
      failure: 'bad trusted comment signature'
    })
  })

  it('refuses the legacy (unhashed) signature of the crate vector verify_det', () => {
    const legacy = signatureOf(
      [
        'untrusted comment: signature from minisign secret key',
        'RWQf6LRCGA9i59SLOFxz6NxvASXDJeRtuZykwQepbDEGt87ig1BNpWaVWuNrm73YiIiJbq71Wi+dP9eKL8OC351vwIasSSbXxwA=',
        'trusted comment: timestamp:1555779966\tfile:test',
        'QtKMXWyYcwdpZAlPF7tE2ENJkRd1ujvKjlj1m9RtHTBnZPa5WKU5uWRs5GoP5M/VqE81QFuMKI5k/SfNQUaOAA=='
      ].join('\n')
    )
    expect(legacy.algorithm).toBe('Ed')
    const key = parsePublicKey(publicKey, PUB)
    expect(verifyPrehashed(legacy, blake2b512(Buffer.from('test')), [key])).toEqual({
      failure: 'legacy'
    })
  })
})

describe('interop with Debian minisign', () => {
  let dir: string
  let unprotected: MinisignKeyPair
  let file: string

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sherpack-minisign-'))
    unprotected = await makeUnprotectedKeyPair(dir)
    file = path.join(dir, 'demo-1.0.0.tar.gz')
    await writeFile(file, Buffer.from('not really a tar.gz, but bytes to sign '.repeat(5000)))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  /** The minisign -W key, opened as the action opens a key without password. */
  function openUnprotected(): Promise<SigningKey> {
    return openSecretKey(parseSecretKey(unprotected.secretKey, KEY), undefined, KEY, PASSWORD)
  }

  async function signWithOurs(key: SigningKey, comment: string): Promise<string> {
    const text = formatSignature(signPrehashed(key, await prehashFile(file), comment))
    await writeFile(`${file}.minisig`, text)
    return text
  }

  it('minisign -V accepts what we sign with a minisign -W key', async () => {
    const key = await openUnprotected()
    expect(keyIdHex(key.keyId)).toBe(unprotected.keyId)
    await signWithOurs(key, 'sherpack:demo v1.0.0 digest:0123456789abcdef')
    const result = await minisignVerify(file, unprotected.publicKeyFile)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout.toString()).toContain(
      'Trusted comment: sherpack:demo v1.0.0 digest:0123456789abcdef'
    )
  })

  it('minisign -V refuses our signature once the archive changes', async () => {
    const key = await openUnprotected()
    await signWithOurs(key, 'sherpack:demo v1.0.0 digest:0123456789abcdef')
    const other = path.join(dir, 'changed.tar.gz')
    const bytes = await readFile(file)
    bytes[100] = bytes[100]! ^ 1
    await writeFile(other, bytes)
    const result = await minisignVerify(other, unprotected.publicKeyFile, `${file}.minisig`)
    expect(result.code).not.toBe(0)
  })

  it('we verify what minisign -S signs with an unprotected key, given the .pub or its line', async () => {
    const text = await minisignSign(
      file,
      unprotected,
      'sherpack:demo v1.0.0 digest:feedfeedfeedfeed'
    )
    const signature = signatureOf(text)
    expect(signature.trustedComment).toBe('sherpack:demo v1.0.0 digest:feedfeedfeedfeed')
    const prehash = await prehashFile(file)
    for (const given of [unprotected.publicKey, unprotected.publicKeyLine]) {
      const key = parsePublicKey(given, PUB)
      expect(verifyPrehashed(signature, prehash, [key])).toEqual({ key })
    }
    expect(formatSignature(signature)).toBe(text)
  })

  it('opens a key minisign -G protected with a password, signs with it, and minisign -V accepts it; a signature minisign -S made with it verifies with ours', async () => {
    const keys = await protectedKeyPair()
    const key = await openSecretKey(
      parseSecretKey(keys.secretKey, KEY),
      keys.password,
      KEY,
      PASSWORD
    )
    await signWithOurs(key, 'sherpack:demo v1.0.0 digest:0000111122223333')
    expect((await minisignVerify(file, keys.publicKeyFile)).code).toBe(0)
    const theirs = signatureOf(await minisignSign(file, keys))
    const publicKey = parsePublicKey(keys.publicKey, PUB)
    expect(verifyPrehashed(theirs, await prehashFile(file), [publicKey])).toEqual({
      key: publicKey
    })
    // A trusted key list without it: the key id is not among them.
    expect(
      verifyPrehashed(theirs, await prehashFile(file), [parsePublicKey(unprotected.publicKey, PUB)])
    ).toEqual({
      failure: 'unknown key'
    })
  }, 180_000)

  it('a wrong or missing password is an error naming the password input', async () => {
    const keys = await protectedKeyPair()
    const sealed = parseSecretKey(keys.secretKey, KEY)
    const wrong = await errorOf(() => openSecretKey(sealed, 'Tr0ub4dor&3', KEY, PASSWORD))
    expect(wrong.message).toBe(
      'The password in the input signing-key-password does not open the input signing-key (wrong password, or a damaged key): give the password the key was made with'
    )
    expect(wrong.option).toBe('signingKeyPassword')
    const missing = await errorOf(() => openSecretKey(sealed, undefined, KEY, PASSWORD))
    expect(missing.message).toContain(
      'The input signing-key is protected by a password, and none was given'
    )
    expect(missing.option).toBe('signingKeyPassword')
  }, 180_000)
})

describe('bad keys', () => {
  it('a public key, a signature or random text given as the secret key is named as not one', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sherpack-minisign-'))
    try {
      const keys = await makeUnprotectedKeyPair(dir)
      for (const text of [keys.publicKey, 'hello', '', 'untrusted comment: x\nRWQ!!!!\n']) {
        const error = await errorOf(() => parseSecretKey(text, KEY))
        expect(error.message).toMatch(/^The input signing-key is not a minisign secret key: give/)
        expect(error.option).toBe('signingKey')
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('a damaged unprotected key (one byte of its seed changed) is refused as damaged', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sherpack-minisign-'))
    try {
      const keys = await makeUnprotectedKeyPair(dir)
      const [comment, line] = keys.secretKey.split('\n')
      const bytes = Buffer.from(line!, 'base64')
      bytes[70] = bytes[70]! ^ 0x40
      const damaged = `${comment}\n${bytes.toString('base64')}\n`
      const error = await errorOf(async () =>
        openSecretKey(parseSecretKey(damaged, KEY), undefined, KEY, PASSWORD)
      )
      expect(error.message).toMatch(/^The input signing-key is damaged/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('a public key that is not one says so', async () => {
    for (const text of [
      '',
      'RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO',
      'x'.repeat(56)
    ]) {
      const error = await errorOf(() => parsePublicKey(text, PUB))
      expect(error.message).toMatch(/^The key file test.pub is not a minisign public key: give/)
    }
  })

  it('a signature that is not one says which line is wrong', () => {
    expect(parseSignature('hello')).toEqual({
      why: 'its first line does not start with "untrusted comment: "'
    })
    expect(parseSignature('untrusted comment: a\nRWQ=\ntrusted comment: b\nAAAA\n')).toEqual({
      why: 'its second line is not a minisign Ed25519 signature'
    })
  })
})

describe('key ids', () => {
  it('are printed as minisign prints them: the 8 bytes little-endian, 16 upper-case hex digits', () => {
    expect(keyIdHex(Buffer.from('0100000000000000', 'hex'))).toBe('0000000000000001')
    expect(keyIdHex(Buffer.from('b249d45727ca0ae5', 'hex'))).toBe('E50ACA2757D449B2')
  })
})

describe('scrypt parameters (libsodium pickparams)', () => {
  it('gives N=2^20, r=8, p=1 for minisign -G (sensitive limits) and N=2^15 for the crate', () => {
    expect(scryptParams(33554432n, 1073741824n)).toEqual({ N: 2 ** 20, r: 8, p: 1 })
    expect(scryptParams(1048576n, 33554432n)).toEqual({ N: 2 ** 15, r: 8, p: 1 })
  })

  it('refuses limits minisign refuses (more than 1 GiB)', () => {
    expect(scryptParams(1n << 40n, 1n << 31n)).toBeUndefined()
  })
})
