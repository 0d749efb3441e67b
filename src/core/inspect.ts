// inspect(request, deps): what a reference points to, read-only, from a registry or an OCI
// layout. Any artifact can be inspected; for a pack, the config blob's metadata is read too.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fallbackTag, listReferrers } from '../oci/referrers.js'
import { packParts, summarizeManifest, type ManifestSummary } from './artifact.js'
import { SignatureAnnotation } from './push-signature.js'
import {
  openSource,
  type ArtifactSource,
  type ReadDeps,
  type ReadRequest
} from './artifact-source.js'

/** A config blob larger than this is not read: pack metadata is a few kilobytes. */
const CONFIG_LIMIT = 1 << 20

export type InspectReport = Omit<ManifestSummary, 'layerCount'> & {
  /** The reference written in full (see ArtifactSource.canonical). */
  reference: string
  isPack: boolean
  /** The pack's config blob (its Pack.yaml metadata), for a pack. */
  pack?: Record<string, unknown>
  /** The manifest's referrers in a registry: signatures, attestations (listed, not verified). */
  referrers: ReferrerLine[]
  /** Where they were found: the referrers API, the fallback tag, or none found. */
  referrersFrom: string
}

/** One referrer as its index entry lists it, whatever tool attached it. */
export interface ReferrerLine {
  artifactType?: string
  digest: string
  /** A pack signature's minisign key id (its annotation). */
  keyId?: string
  created?: string
}

export async function inspect(request: ReadRequest, deps: ReadDeps): Promise<InspectReport> {
  const source = await openSource(request, deps)
  try {
    const manifest = summarizeManifest(await source.getManifest(), source.shown)
    const isPack = packParts(manifest) !== undefined
    const pack = isPack ? await packMetadata(source, manifest, deps) : undefined
    const { layerCount: _layerCount, ...shown } = manifest
    const referrers = await referrersOf(source, manifest.digest)
    return { reference: source.canonical, ...shown, isPack, pack, ...referrers }
  } finally {
    source.close()
  }
}

/** The referrers API, else the fallback tag; an OCI layout has none. */
async function referrersOf(
  source: ArtifactSource,
  digest: string
): Promise<Pick<InspectReport, 'referrers' | 'referrersFrom'>> {
  if (!source.registry) return { referrers: [], referrersFrom: 'none (an OCI layout)' }
  const { client, repository } = source.registry
  const listing = await listReferrers(client.referrers(repository), digest)
  const referrers = listing.referrers.map((entry) => {
    const keyId = entry.annotations?.[SignatureAnnotation.keyId]
    const created = entry.annotations?.['org.opencontainers.image.created']
    return {
      ...(entry.artifactType ? { artifactType: entry.artifactType } : {}),
      digest: entry.digest,
      ...(keyId ? { keyId } : {}),
      ...(created ? { created } : {})
    }
  })
  const referrersFrom =
    listing.keptBy === 'api'
      ? 'the referrers API'
      : listing.keptBy === 'fallback tag'
        ? `the tag ${fallbackTag(digest)}`
        : 'none found'
  return { referrers, referrersFrom }
}

/** The config blob's JSON object; undefined, with a warning, when it is not one. */
async function packMetadata(
  source: ArtifactSource,
  manifest: ManifestSummary,
  deps: ReadDeps
): Promise<Record<string, unknown> | undefined> {
  const { config } = manifest
  const warn = (message: string) => deps.onEvent({ type: 'warning', message })
  if (!config) return undefined
  if (config.size > CONFIG_LIMIT) {
    warn(`the config blob is ${config.size} bytes: not read`)
    return undefined
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sherpack-inspect-'))
  try {
    const file = path.join(dir, 'config.json')
    await source.fetchBlob(config, file)
    const value: unknown = JSON.parse(await readFile(file, 'utf8'))
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>
    }
    warn('the config blob is not a JSON object')
    return undefined
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error
    warn('the config blob is not valid JSON')
    return undefined
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
