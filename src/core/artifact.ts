// A pack as an OCI artifact, both ways. Written: the config blob (the pack's metadata), the
// layer (the archive) and the manifest that ties them together; nothing about the destination
// enters it. Read back: what a manifest is, and whether it is a pack (an OCI image manifest
// with the pack config and exactly one pack layer, as `sherpack pull` requires).
import { UserError } from '../errors.js'
import { packConfigJson } from '../pack/index.js'
import type { PackagedPack } from '../pack/types.js'
import {
  MediaType,
  buildImageManifest,
  bufferBlob,
  type BlobSource,
  type Descriptor,
  type ManifestBytes
} from '../oci/descriptor.js'

export interface PackArtifact {
  config: BlobSource
  layer: BlobSource
  manifest: ManifestBytes
}

export function buildPackArtifact(
  pack: PackagedPack,
  annotations: Record<string, string>
): PackArtifact {
  const config = bufferBlob(MediaType.packConfig, packConfigJson(pack.metadata))
  const layer: BlobSource = {
    descriptor: {
      mediaType: MediaType.packLayer,
      digest: pack.archiveDigest,
      size: pack.archiveSize,
      annotations: { 'org.opencontainers.image.title': pack.archiveFileName }
    },
    path: pack.archivePath
  }
  const manifest = buildImageManifest(config.descriptor, [layer.descriptor], annotations)
  return { config, layer, manifest }
}

/** The manifest's fields we show and check; anything else in it is left alone. */
export interface ManifestSummary {
  mediaType: string
  digest: string
  size: number
  artifactType?: string
  config?: Descriptor
  layers: Descriptor[]
  /** Entries in `layers` as sent, readable or not. */
  layerCount: number
  /** An index lists manifests, not layers. */
  manifests?: Descriptor[]
  annotations: Record<string, string>
}

export interface PackParts {
  config: Descriptor
  layer: Descriptor
}

const INDEX_TYPES = new Set([
  MediaType.index,
  'application/vnd.docker.distribution.manifest.list.v2+json'
])

/**
 * The manifest's bytes read as JSON. Their digest was checked by whoever read them (the
 * registry client, the layout reader) against the digest asked for: not again here.
 */
export function summarizeManifest(fetched: ManifestBytes, shown: string): ManifestSummary {
  const json = parseJson(fetched.bytes, shown)
  const mediaType = text(json.mediaType) ?? fetched.mediaType
  return {
    mediaType,
    digest: fetched.digest,
    size: fetched.bytes.length,
    artifactType: text(json.artifactType),
    config: descriptor(json.config),
    layers: descriptors(json.layers),
    layerCount: Array.isArray(json.layers) ? json.layers.length : 0,
    manifests: INDEX_TYPES.has(mediaType) ? descriptors(json.manifests) : undefined,
    annotations: stringRecord(json.annotations)
  }
}

/** The config and the one layer of a pack; undefined when the artifact is something else. */
export function packParts(manifest: ManifestSummary): PackParts | undefined {
  const { config, layers } = manifest
  const [layer] = layers
  const isPack =
    manifest.mediaType === MediaType.manifest &&
    config?.mediaType === MediaType.packConfig &&
    layers.length === 1 &&
    manifest.layerCount === 1 &&
    layer?.mediaType === MediaType.packLayer
  return isPack ? { config, layer } : undefined
}

/** The pack's parts, or an error naming what the artifact is instead. */
export function requirePack(manifest: ManifestSummary, shown: string): PackParts {
  const parts = packParts(manifest)
  if (parts) return parts
  throw new UserError(`${shown} is not a Sherpack pack: it is ${describeArtifact(manifest)}`, {
    fix: `a pack is an ${MediaType.manifest} with config ${MediaType.packConfig} and one layer ${MediaType.packLayer}; check the reference`
  })
}

/** `an image index (…) of 2 manifests`, `an … manifest with config … and layers …`. */
export function describeArtifact(manifest: ManifestSummary): string {
  if (manifest.manifests !== undefined) {
    return `an index (${manifest.mediaType}) of ${manifest.manifests.length} manifest(s): ${unique(manifest.manifests.map((m) => m.mediaType)).join(', ') || 'none'}`
  }
  const artifact = manifest.artifactType ? `, artifactType ${manifest.artifactType}` : ''
  const layers = manifest.layers.length
    ? `layer(s) ${unique(manifest.layers.map((l) => l.mediaType)).join(', ')}`
    : 'no layers'
  return `a manifest (${manifest.mediaType}) with config ${manifest.config?.mediaType ?? '(none)'}${artifact} and ${manifest.layers.length} ${layers}`
}

type Json = Record<string, unknown>

function parseJson(bytes: Buffer, shown: string): Json {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'))
    if (isRecord(value)) return value
  } catch {
    // Reported below.
  }
  throw new UserError(`The manifest of ${shown} is not a JSON object`, {
    fix: 'this is not an OCI artifact we can read; check the reference'
  })
}

function descriptor(value: unknown): Descriptor | undefined {
  if (!isRecord(value)) return undefined
  const { mediaType, digest, size } = value
  if (typeof mediaType !== 'string' || typeof digest !== 'string') return undefined
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return undefined
  const annotations = stringRecord(value.annotations)
  const out: Descriptor = { mediaType, digest, size }
  if (Object.keys(annotations).length > 0) out.annotations = annotations
  return out
}

function descriptors(value: unknown): Descriptor[] {
  if (!Array.isArray(value)) return []
  return value.map(descriptor).filter((d): d is Descriptor => d !== undefined)
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {}
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  )
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
