// `pull --verify`: the pulled pack's signatures found next to it in the registry (the referrers
// API, else the fallback tag) and checked against the trusted keys. The index is written by
// clients, so nothing in it is trusted: each referrer is fetched by digest and must name the
// pulled manifest as its subject; its .minisig must verify over the archive with a trusted key,
// global signature included, and its trusted comment must name this pack.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { UserError } from '../errors.js'
import type { RegistryClient } from '../oci/client.js'
import { SHA256_DIGEST, sha256Digest, type Descriptor } from '../oci/descriptor.js'
import { listReferrers, type ReferrerDescriptor } from '../oci/referrers.js'
import { keyIdHex, type PublicKey } from '../sign/keys.js'
import { claimMismatch, parsePackComment } from '../sign/pack-comment.js'
import { describeFailure, parseSignature, prehashFile, verifyPrehashed } from '../sign/signature.js'
import { SIGNATURE_ARTIFACT_TYPE } from './push-signature.js'

/** A .minisig is four short lines: anything larger is not one (and is not downloaded). */
const SIGNATURE_MAX_BYTES = 4096

export interface VerifyPackRequest {
  client: RegistryClient
  repository: string
  /** The pulled manifest's digest: every signature's subject must be this. */
  subject: string
  /** The downloaded archive, not yet under its own name. */
  archivePath: string
  pack: { name: string; version: string; manifestDigest: string }
  trusted: PublicKey[]
  /** How the user named what was pulled, for messages. */
  shown: string
}

export interface VerifiedSignature {
  /** The signature referrer's digest. */
  digest: string
  keyId: string
  trustedComment: string
  /** The .minisig, byte for byte, to write beside the archive. */
  minisig: Buffer
}

/** One referrer looked at, and why it does not count (undefined: it verified). */
interface Looked {
  digest: string
  keyId?: string
  problem?: string
  verified?: VerifiedSignature
}

export async function verifyPackSignatures(request: VerifyPackRequest): Promise<VerifiedSignature> {
  const referrers = request.client.referrers(request.repository)
  const listing = await listReferrers(referrers, request.subject, SIGNATURE_ARTIFACT_TYPE)
  const prehash = await prehashFile(request.archivePath)
  const looked: Looked[] = []
  for (const entry of listing.referrers) {
    const result = await lookAt(request, entry, prehash)
    if (result.verified) return result.verified
    if (result.problem) looked.push(result)
  }
  throw noneVerified(request, looked)
}

function noneVerified(request: VerifyPackRequest, looked: Looked[]): UserError {
  const expected = request.trusted.map((key) => keyIdHex(key.keyId)).join(', ')
  if (looked.length === 0) {
    return new UserError(
      `${request.shown} has no signature (no referrer of type ${SIGNATURE_ARTIFACT_TYPE}), so it cannot be verified with ${expected}; nothing was written`,
      { fix: 'push it with a signing key (signing-key, --sign), or pull it without --verify' }
    )
  }
  const signedBy = [...new Set(looked.flatMap((l) => (l.keyId ? [l.keyId] : [])))].join(', ')
  const details = looked.map((l) => `${l.digest}: ${l.problem}`).join('; ')
  return new UserError(
    `No signature of ${request.shown} verifies with the trusted keys (${expected})${signedBy ? `; signed by: ${signedBy}` : ''}. ${details}. Nothing was written`,
    {
      option: 'publicKey',
      fix: 'give the public key of a key that signed it, or pull it from where it was signed'
    }
  )
}

/** One listed referrer: fetched by digest, checked, its .minisig verified. */
async function lookAt(
  request: VerifyPackRequest,
  entry: ReferrerDescriptor,
  prehash: Buffer
): Promise<Looked> {
  const referrers = request.client.referrers(request.repository)
  const stored = await referrers.readManifest(entry.digest)
  // A listed manifest that is gone (a cleanup deleted it): skipped, as if not listed.
  if (!stored) return { digest: entry.digest }
  if (sha256Digest(stored.bytes) !== entry.digest) {
    return { digest: entry.digest, problem: 'the registry sent a manifest with another digest' }
  }
  const layer = signatureLayer(stored.bytes, request.subject)
  if ('problem' in layer) return { digest: entry.digest, problem: layer.problem }
  const minisig = await fetchSmallBlob(request, layer.descriptor)
  const signature = parseSignature(minisig.toString('utf8'))
  if ('why' in signature) {
    return { digest: entry.digest, problem: `not a minisign signature (${signature.why})` }
  }
  const keyId = keyIdHex(signature.keyId)
  const verdict = verifyPrehashed(signature, prehash, request.trusted)
  if ('failure' in verdict) {
    return { digest: entry.digest, keyId, problem: describeFailure(verdict.failure, signature) }
  }
  const claim = parsePackComment(signature.trustedComment)
  const wrong = claim ? claimMismatch(claim, request.pack) : []
  if (wrong.length > 0) {
    return {
      digest: entry.digest,
      keyId,
      problem: `key ${keyId}: its trusted comment names ${wrong.join(', ')}`
    }
  }
  return {
    digest: entry.digest,
    verified: { digest: entry.digest, keyId, trustedComment: signature.trustedComment, minisig }
  }
}

/** The one signature layer of a referrer whose subject is `subject`, or what is wrong. */
function signatureLayer(
  bytes: Buffer,
  subject: string
): { descriptor: Descriptor } | { problem: string } {
  let manifest: {
    artifactType?: unknown
    subject?: { digest?: unknown }
    layers?: unknown
  }
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as typeof manifest
  } catch {
    return { problem: 'not a JSON manifest' }
  }
  if (manifest.artifactType !== SIGNATURE_ARTIFACT_TYPE) {
    return { problem: `its artifactType is ${String(manifest.artifactType)}, not a pack signature` }
  }
  if (manifest.subject?.digest !== subject) {
    return { problem: `its subject is ${String(manifest.subject?.digest)}, not ${subject}` }
  }
  const layers = Array.isArray(manifest.layers) ? (manifest.layers as Descriptor[]) : []
  const [layer] = layers
  if (layers.length !== 1 || layer?.mediaType !== SIGNATURE_ARTIFACT_TYPE) {
    return { problem: 'it does not hold exactly one signature layer' }
  }
  if (typeof layer.digest !== 'string' || !SHA256_DIGEST.test(layer.digest)) {
    return { problem: 'its signature layer has no sha256 digest' }
  }
  if (typeof layer.size !== 'number' || layer.size > SIGNATURE_MAX_BYTES || layer.size < 0) {
    return { problem: `its signature layer is ${layer.size} bytes, more than a .minisig` }
  }
  return { descriptor: { mediaType: layer.mediaType, digest: layer.digest, size: layer.size } }
}

/** A blob of a few kilobytes, its digest and size checked by the download. */
async function fetchSmallBlob(request: VerifyPackRequest, descriptor: Descriptor): Promise<Buffer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sherpack-signature-'))
  try {
    const file = path.join(dir, 'signature.minisig')
    await request.client.fetchBlob(request.repository, descriptor, file)
    return await readFile(file)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
