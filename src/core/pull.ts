// pull(request, deps): a pack out of a registry or an OCI layout, with everything checked that
// can be (the manifest's digest, its media types, the layer's digest and size, the archive's
// MANIFEST) before anything appears under its own name. A failed check leaves nothing behind:
// the download goes to a hidden temporary file in the output directory first.
import { randomBytes } from 'node:crypto'
import { rename, rm, rmdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from '../errors.js'
import type { Descriptor } from '../oci/descriptor.js'
import { extractPackArchive, verifyPackArchive, type VerifiedArchive } from '../pack/index.js'
import { parsePublicKey, type PublicKey } from '../sign/keys.js'
import { requirePack, summarizeManifest } from './artifact.js'
import { makeOutputDirectory, outputError, requireReplaceable } from './pull-output.js'
import {
  openSource,
  type ArtifactSource,
  type ReadDeps,
  type ReadRequest
} from './artifact-source.js'
import type { GivenSecret } from './signing.js'
import type { VerifiedSignature } from './verify-signatures.js'

export interface PullRequest extends ReadRequest {
  /** The directory the archive (or, with untar, the pack's directory) goes into. */
  outDir: string
  /** Extract the pack into outDir/<name> instead of keeping outDir/<name>-<version>.tar.gz. */
  untar: boolean
  /**
   * Require a signature by one of these minisign public keys (a .pub file's text or its base64
   * line), found next to the pack in the registry; written beside the archive when it verifies.
   */
  verifyWith?: GivenSecret[]
}

export interface PullResult {
  /** The reference written in full (see ArtifactSource.canonical). */
  reference: string
  digest: string
  mediaType: string
  layer: Descriptor
  name: string
  version: string
  /** The .tar.gz written, or the directory extracted into. */
  written: string
  /** With verifyWith: the signature that verified. */
  signature?: VerifiedSignature
}

interface Pulled {
  name: string
  version: string
  written: string
  signature?: VerifiedSignature
}

export async function pull(request: PullRequest, deps: ReadDeps): Promise<PullResult> {
  const trusted = (request.verifyWith ?? []).map((given) =>
    parsePublicKey(given.value, { shown: given.shown, option: 'publicKey' })
  )
  const source = await openSource(request, deps)
  try {
    const manifest = summarizeManifest(await source.getManifest(), source.shown)
    const { layer } = requirePack(manifest, source.shown)
    deps.onEvent({
      type: 'info',
      message: `${source.shown}: manifest ${manifest.digest}, layer ${layer.digest} (${layer.size} bytes)`
    })
    const verify = request.verifyWith ? { trusted, subject: manifest.digest } : undefined
    const pulled = await download(source, layer, request, deps, verify)
    if (pulled.signature) {
      deps.onEvent({
        type: 'info',
        message: `Signature ${pulled.signature.digest} verified with key ${pulled.signature.keyId} (trusted comment: ${pulled.signature.trustedComment})`
      })
    }
    deps.onEvent({
      type: 'info',
      message: `Pulled ${pulled.name} ${pulled.version} (${manifest.digest})`
    })
    return {
      reference: source.canonical,
      digest: manifest.digest,
      mediaType: manifest.mediaType,
      layer,
      ...pulled
    }
  } finally {
    source.close()
  }
}

/** What --verify checks the archive against: the trusted keys, and the pulled manifest. */
interface Verification {
  trusted: PublicKey[]
  subject: string
}

async function download(
  source: ArtifactSource,
  layer: Descriptor,
  request: PullRequest,
  deps: ReadDeps,
  verify: Verification | undefined
): Promise<Pulled> {
  const outDir = path.resolve(request.baseDir, request.outDir)
  const firstCreated = await makeOutputDirectory(outDir)
  const hidden = `.sherpack-pull-${randomBytes(6).toString('hex')}`
  const temp = path.join(outDir, `${hidden}.tar.gz`)
  const display = `the layer of ${source.shown}`
  const what = `Download ${source.shown}`
  let done = false
  try {
    await source
      .fetchBlob(layer, temp, (received) =>
        deps.onEvent({ type: 'progress', what, done: received, total: layer.size })
      )
      .catch((error: unknown) => {
        throw outputError(error, outDir)
      })
    const checked = verify ? await verifyPackArchive(temp, display) : undefined
    const signature =
      checked && verify ? await verifySignature(source, temp, checked, verify) : undefined
    const pulled = request.untar
      ? await untar(temp, path.join(outDir, hidden), outDir, display)
      : await keepArchive(
          temp,
          outDir,
          { layer, archive: checked ?? (await verifyPackArchive(temp, display)) },
          signature
        )
    done = true
    return { ...pulled, signature }
  } finally {
    await rm(temp, { force: true })
    if (!done && firstCreated !== undefined) await removeEmptyDirs(outDir, firstCreated)
  }
}

/**
 * The archive must carry a signature by a trusted key, found next to it in the registry; an
 * OCI layout holds no referrers, so there is nothing to verify there.
 */
async function verifySignature(
  source: ArtifactSource,
  temp: string,
  { metadata, manifestDigest }: VerifiedArchive,
  verify: Verification
): Promise<VerifiedSignature> {
  if (!source.registry) {
    throw new UserError(`${source.shown} is an OCI layout: it holds no signatures to verify`, {
      fix: 'pull from the registry the pack was pushed to, or pull without verifying'
    })
  }
  const { verifyPackSignatures } = await import('./verify-signatures.js')
  return verifyPackSignatures({
    client: source.registry.client,
    repository: source.registry.repository,
    subject: verify.subject,
    archivePath: temp,
    pack: { name: metadata.name, version: metadata.version, manifestDigest },
    trusted: verify.trusted,
    shown: source.shown
  })
}

/**
 * Renamed to `<name>-<version>.tar.gz` once verified (a file of that name is replaced only when
 * it holds these very bytes); a verified signature goes beside it as
 * `<name>-<version>.tar.gz.minisig`, so `sherpack verify` can check it offline.
 */
async function keepArchive(
  temp: string,
  outDir: string,
  { layer, archive: { metadata } }: { layer: Descriptor; archive: VerifiedArchive },
  signature: VerifiedSignature | undefined
): Promise<Pulled> {
  const written = path.join(outDir, safeFileName(`${metadata.name}-${metadata.version}.tar.gz`))
  await requireReplaceable(written, layer.digest)
  if (!signature) {
    await rename(temp, written).catch((error: unknown) => {
      throw outputError(error, written)
    })
    return { name: metadata.name, version: metadata.version, written }
  }
  const tempSignature = `${temp}.minisig`
  let renamed = false
  try {
    await writeFile(tempSignature, signature.minisig)
    await rename(temp, written)
    renamed = true
    await rename(tempSignature, `${written}.minisig`)
  } catch (error) {
    await rm(tempSignature, { force: true })
    if (renamed) await rm(written, { force: true })
    throw error
  }
  return { name: metadata.name, version: metadata.version, written }
}

/**
 * Extracted (and verified, once) into a hidden directory, then renamed to DIR/<name>: the name
 * is only known from the verified archive, and a rename leaves nothing half-written.
 */
async function untar(
  temp: string,
  staging: string,
  outDir: string,
  display: string
): Promise<Pulled> {
  const { metadata } = await extractPackArchive(temp, staging, display)
  const written = path.join(outDir, safeFileName(metadata.name))
  try {
    await rename(staging, written)
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR') {
      throw new UserError(`${written} exists and is not an empty directory`, {
        fix: 'remove it, or pull into another directory'
      })
    }
    throw outputError(error, written)
  }
  return { name: metadata.name, version: metadata.version, written }
}

/** Pack names and versions are checked by the parser; this keeps them one path component. */
function safeFileName(name: string): string {
  if (path.basename(name) !== name || name.startsWith('.')) {
    throw new UserError(
      `The pack's name gives ${JSON.stringify(name)}, which cannot be a file name`
    )
  }
  return name
}

/** Removes outDir and the parents this run created, as long as they are empty. */
async function removeEmptyDirs(outDir: string, firstCreated: string): Promise<void> {
  for (let dir = outDir; ; dir = path.dirname(dir)) {
    const removed = await rmdir(dir).then(
      () => true,
      () => false
    )
    if (!removed || dir === firstCreated || path.dirname(dir) === dir) return
  }
}
