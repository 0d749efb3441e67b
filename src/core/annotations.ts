// The image manifest's annotations: OCI standard keys from Pack.yaml and the commit, plus the
// user's own.
import { UserError } from '../errors.js'
import type { PackMetadata } from '../pack/types.js'
import type { SourceContext } from './source.js'

type GitContext = SourceContext

/** A malformed `key=value` annotation entry. */
export class AnnotationError extends UserError {
  override name = 'AnnotationError'
}

const OCI = 'org.opencontainers.image'
// Where Pack.yaml authors put a licence, most specific first.
const LICENSE_KEYS = [`${OCI}.licenses`, 'licenses', 'license', 'artifacthub.io/license']

/**
 * Parses `key=value` entries (the lines of the action's input, the CLI's --annotation flags),
 * split at the first `=`, both sides trimmed. Blank entries and ones starting with `#` are
 * skipped; a later entry overrides an earlier one with the same key. An empty value (`key=`)
 * is kept: it removes that annotation. `where(n)` names entry n for messages.
 */
export function parseAnnotations(
  entries: string[],
  where: (index: number) => string = (index) => `annotation ${index + 1}`
): Record<string, string> {
  const annotations: Record<string, string> = {}
  entries.forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const equals = line.indexOf('=')
    const key = equals < 0 ? '' : line.slice(0, equals).trim()
    if (key === '' || /\s/.test(key)) {
      const problem =
        equals < 0 ? 'has no "="' : key === '' ? 'has an empty key' : 'has a key with spaces'
      throw new AnnotationError(`${where(index)} (${JSON.stringify(raw)}) ${problem}`, {
        option: 'annotations',
        fix: 'write one key=value per entry, e.g. org.opencontainers.image.vendor=Example Corp'
      })
    }
    annotations[key] = line.slice(equals + 1).trim()
  })
  return annotations
}

export interface ManifestAnnotationsOptions {
  metadata: PackMetadata
  /** The reproducible RFC 3339 time written in the archive's MANIFEST. */
  created: string
  context: GitContext
  /** From parseAnnotationsInput: overrides everything; an empty value removes the key. */
  user: Record<string, string>
}

/**
 * Pack.yaml's own annotations, then the OCI keys we derive (they describe this very build, so
 * they win over a stale copy in Pack.yaml), then the user's. Only what the sources and the
 * commit determine goes in — no run time, no run id, no registry or tag — so the same commit
 * pushed anywhere has one manifest digest. Keys come out sorted; empty values are left out.
 */
export function manifestAnnotations(opts: ManifestAnnotationsOptions): Record<string, string> {
  const { metadata, context } = opts
  const packAnnotations = metadata.annotations ?? {}

  const source =
    context.serverUrl !== undefined && context.repository !== undefined
      ? `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}`
      : undefined
  const authors = (metadata.maintainers ?? [])
    .filter((maintainer) => maintainer.name.trim() !== '')
    .map((maintainer) =>
      maintainer.email ? `${maintainer.name} <${maintainer.email}>` : maintainer.name
    )
    .join(', ')
  const license = LICENSE_KEYS.map((key) => packAnnotations[key]).find(
    (value) => value !== undefined && value.trim() !== ''
  )

  const derived: Record<string, string | undefined> = {
    [`${OCI}.title`]: metadata.name,
    [`${OCI}.version`]: metadata.version,
    [`${OCI}.description`]: metadata.description,
    [`${OCI}.created`]: opts.created,
    [`${OCI}.source`]: source,
    [`${OCI}.revision`]: context.sha,
    [`${OCI}.url`]: metadata.home,
    [`${OCI}.authors`]: authors,
    [`${OCI}.licenses`]: license
  }

  const merged: Record<string, string | undefined> = { ...packAnnotations }
  for (const [key, value] of Object.entries(derived)) {
    if (value !== undefined && value.trim() !== '') merged[key] = value
  }
  Object.assign(merged, opts.user)

  const result: Record<string, string> = {}
  for (const key of Object.keys(merged).sort()) {
    const value = merged[key]
    if (value !== undefined && value.trim() !== '') result[key] = value
  }
  return result
}
