// Where pull and inspect read an artifact: a registry (oci://HOST/REPOSITORY:TAG or @sha256:…)
// or an OCI image layout a push wrote (oci-layout://DIR:TAG or @sha256:…, the form the action's
// and the demo's destinations take). Either way the manifest comes back with its digest checked
// and a blob reaches its file only once its size and digest match.
import path from 'node:path'
import { UserError } from '../errors.js'
import type { RegistryClient } from '../oci/client.js'
import { SHA256_DIGEST, type Descriptor, type ManifestBytes } from '../oci/descriptor.js'
import { LayoutReader } from '../oci/layout-reader.js'
import {
  formatReference,
  parseLayoutDestination,
  parseOciReference,
  type Reference
} from '../oci/reference.js'
import { eventLogger, openRegistry } from './registry.js'
import type { PublishDeps } from './types.js'

/** What pull and inspect are asked: the reference, and how to reach a registry. */
export interface ReadRequest {
  /** oci://HOST/REPOSITORY:TAG|@sha256:…, or oci-layout://DIR:TAG|@sha256:… */
  reference: string
  /** Where a relative layout directory is resolved. */
  baseDir: string
  plainHttp: boolean
  /** Overall deadline for the registry work, in milliseconds. */
  timeoutMs: number
}

/** What the front end passes in: credentials per host, the masker, events, network settings. */
export type ReadDeps = Pick<PublishDeps, 'credentialFor' | 'mask' | 'onEvent' | 'network'>

export interface ArtifactSource {
  /** The reference as the user wrote it, for messages. */
  shown: string
  /** The reference written in full: HOST/REPOSITORY:TAG@DIGEST, or oci-layout://ABSOLUTE-DIR:TAG. */
  canonical: string
  getManifest(): Promise<ManifestBytes>
  fetchBlob(
    descriptor: Descriptor,
    filePath: string,
    onProgress?: (received: number) => void
  ): Promise<void>
  close(): void
  /** The registry client and repository, when the source is a registry. */
  registry?: { client: RegistryClient; repository: string }
}

const LAYOUT_SCHEME = /^oci-layout:\/\//i

export async function openSource(request: ReadRequest, deps: ReadDeps): Promise<ArtifactSource> {
  const shown = request.reference.trim()
  if (LAYOUT_SCHEME.test(shown)) return layoutSource(shown, request.baseDir)
  const reference = pinnedReference(shown)
  const credential = await deps.credentialFor(reference.registry, reference.apiHost)
  const client = openRegistry({
    apiHost: reference.apiHost,
    plainHttp: request.plainHttp,
    credential,
    logger: eventLogger(deps.onEvent),
    mask: deps.mask,
    timeoutMs: request.timeoutMs,
    network: deps.network
  })
  const { repository, pin } = reference
  return {
    shown,
    canonical: formatReference(reference, reference),
    getManifest: () => client.getManifest(repository, pin),
    fetchBlob: (descriptor, file, onProgress) =>
      client.fetchBlob(repository, descriptor, file, onProgress),
    close: () => client.close(),
    registry: { client, repository }
  }
}

/** An OCI layout's manifest by tag or digest; the directory must be one a push wrote. */
function layoutSource(shown: string, baseDir: string): ArtifactSource {
  const digest = digestSuffix(shown)
  const { dir, tag } = parseLayoutDestination(digest ? shown.slice(0, -digest.length - 1) : shown)
  const pin = digest ?? tag
  if (pin === undefined) {
    throw new UserError(`'${shown}' names neither a tag nor a digest`, {
      fix: `write ${shown}:TAG or ${shown}@sha256:…`
    })
  }
  const absolute = path.resolve(baseDir, dir)
  const reader = new LayoutReader(absolute)
  return {
    shown,
    canonical: `oci-layout://${absolute}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`,
    getManifest: () => reader.getManifest(pin),
    fetchBlob: (descriptor, file) => reader.fetchBlob(descriptor, file),
    close: () => {}
  }
}

/** The digest after the last `@`, when it is a sha256 digest (a digest holds no `@`). */
function digestSuffix(shown: string): string | undefined {
  const at = shown.lastIndexOf('@')
  const suffix = shown.slice(at + 1)
  return at >= 0 && SHA256_DIGEST.test(suffix) ? suffix : undefined
}

/** A registry reference with the tag or digest to fetch (the digest when both are given). */
export interface PinnedReference extends Reference {
  pin: string
}

export function pinnedReference(text: string): PinnedReference {
  // The parser's errors say what is wrong and how to write it.
  const reference = parseOciReference(text)
  if (reference.tag === undefined && reference.digest === undefined) {
    throw new UserError(`'${text}' names neither a tag nor a digest`, {
      fix: `write ${text}:TAG or ${text}@sha256:…`
    })
  }
  return { ...reference, pin: reference.digest ?? (reference.tag as string) }
}
