// Where a pack goes: a registry reference, or a local OCI image layout directory. A registry
// destination ending in `/` is a prefix: the pack's name is appended once it is known.
import path from 'node:path'
import { UserError } from '../errors.js'
import { checkRegistryRules } from './preflight.js'
import {
  formatReference,
  parseLayoutDestination,
  parseOciReference,
  type Reference
} from '../oci/reference.js'

export type Destination =
  | { kind: 'registry'; reference: Reference; tag?: string; display: string }
  | { kind: 'layout'; dir: string; tag?: string; display: string }

/** A destination as asked for: complete, or a prefix waiting for the pack name. */
export type DestinationSpec =
  { kind: 'complete'; destination: Destination } | { kind: 'prefix'; prefix: string }

/** Checks a destination before any work, so that a bad one writes nothing. */
export function parseDestination(input: string): DestinationSpec {
  const text = input.trim()
  if (text === '') {
    throw new UserError('No destination was given', {
      option: 'destination',
      fix: 'give one, e.g. oci://ghcr.io/my-org/my-pack or oci-layout://./out'
    })
  }
  if (/^oci-layout:\/\//i.test(text)) {
    const { dir, tag } = parseLayoutDestination(text)
    const absolute = path.resolve(dir)
    return {
      kind: 'complete',
      destination: { kind: 'layout', dir: absolute, tag, display: absolute }
    }
  }
  if (text.endsWith('/')) {
    // Checked now with a stand-in name; the real one is appended after packaging.
    registryDestination(`${text}pack`, text)
    return { kind: 'prefix', prefix: text }
  }
  return { kind: 'complete', destination: registryDestination(text, text) }
}

/** A destination as messages show it, once checked (throws as parseDestination does). */
export function checkedDestination(input: string): string {
  const spec = parseDestination(input)
  if (spec.kind === 'prefix') return spec.prefix
  const { display, tag } = spec.destination
  return tag === undefined ? display : `${display}:${tag}`
}

/** The destination for one pack: a prefix gets the pack name, lower-cased, appended. */
export function destinationFor(spec: DestinationSpec, packName: string): Destination {
  if (spec.kind === 'complete') return spec.destination
  return registryDestination(`${spec.prefix}${packName.toLowerCase()}`, spec.prefix)
}

function registryDestination(text: string, asGiven: string): Destination {
  const reference = parseOciReference(text)
  if (reference.digest) {
    throw new UserError(`Destination '${asGiven}' names a digest`, {
      option: 'destination',
      fix: 'a push writes tags, so give oci://HOST/REPOSITORY[:TAG] without @sha256:…'
    })
  }
  checkRegistryRules(reference, asGiven)
  return { kind: 'registry', reference, tag: reference.tag, display: formatReference(reference) }
}
