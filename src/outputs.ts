// The step's outputs. Names are a public interface (action.yml): extend, never rename.
import * as core from '@actions/core'
import type { Destination } from './destination.js'
import type { ManifestBytes } from './oci/descriptor.js'
import type { PackagedPack } from './pack/types.js'
import type { TagPlanEntry } from './tags.js'

/** Everything a run learned, for outputs and the summary. */
export interface RunResult {
  pack: PackagedPack
  destination: Destination
  manifest: ManifestBytes
  digest: string
  tagPlan: TagPlanEntry[]
  tagsWritten: string[]
  tagsUnchanged: string[]
  /** false when push is false: the digest is computed but nothing was written. */
  pushed: boolean
  credentialSource?: string
  blobsUploaded?: number
  bytesUploaded?: number
}

/** HOST/REPOSITORY@sha256:… (a layout: DIR@sha256:…). */
export function immutableRef(result: Pick<RunResult, 'destination' | 'digest'>): string {
  return `${result.destination.display}@${result.digest}`
}

export function outputValues(result: RunResult): Record<string, string> {
  const tags = result.tagPlan.map((t) => t.tag)
  const values: Record<string, string> = {
    digest: result.digest,
    ref: immutableRef(result),
    tags: tags.join(','),
    archive: result.pack.archivePath,
    'archive-digest': result.pack.archiveDigest,
    'pack-name': result.pack.metadata.name,
    'pack-version': result.pack.metadata.version,
    version: result.pack.metadata.version,
    repository: result.destination.display
  }
  values.metadata = JSON.stringify({
    ...values,
    tags,
    pushed: result.pushed,
    tagsWritten: result.tagsWritten,
    tagsUnchanged: result.tagsUnchanged,
    tagPlan: result.tagPlan,
    destination: result.destination.display,
    manifestMediaType: result.manifest.mediaType
  })
  return values
}

export function writeOutputs(result: RunResult): void {
  for (const [name, value] of Object.entries(outputValues(result))) core.setOutput(name, value)
  core.info(`digest=${result.digest}`)
  core.info(`ref=${immutableRef(result)}`)
}
