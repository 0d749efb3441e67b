// Where the push goes: a registry reference, or a local OCI image layout directory.
import path from 'node:path'
import type { GitContext } from './context.js'
import { InputError } from './inputs.js'
import {
  formatReference,
  parseLayoutDestination,
  parseOciReference,
  type Reference
} from './oci/reference.js'

export type Destination =
  | { kind: 'registry'; reference: Reference; tag?: string; display: string; derived: boolean }
  | { kind: 'layout'; dir: string; tag?: string; display: string }

/** The destination input, checked; undefined when empty (derived after packaging). */
export function parseDestination(input: string): Destination | undefined {
  const text = input.trim()
  if (text === '') return undefined
  if (/^oci-layout:\/\//i.test(text)) {
    const { dir, tag } = parseLayoutDestination(text)
    const absolute = path.resolve(dir)
    return { kind: 'layout', dir: absolute, tag, display: absolute }
  }
  const reference = parseOciReference(text)
  if (reference.digest) {
    throw new InputError(
      `destination '${text}' names a digest: a push writes tags, so give oci://HOST/REPOSITORY[:TAG] without @sha256:….`
    )
  }
  return {
    kind: 'registry',
    reference,
    tag: reference.tag,
    display: formatReference(reference),
    derived: false
  }
}

/** oci://ghcr.io/<owner>/<pack name>, lower-cased: GitHub owners may hold capitals. */
export function defaultDestination(context: GitContext, packName: string): Destination {
  const owner = context.repositoryOwner ?? context.repository?.split('/')[0]
  if (!owner) {
    throw new InputError(
      'destination is not set and there is no GitHub context (GITHUB_REPOSITORY_OWNER) to derive oci://ghcr.io/<owner>/<pack name> from: set destination, e.g. oci://ghcr.io/my-org/my-pack or oci-layout://./out.'
    )
  }
  const reference = parseOciReference(
    `oci://ghcr.io/${owner.toLowerCase()}/${packName.toLowerCase()}`
  )
  return { kind: 'registry', reference, display: formatReference(reference), derived: true }
}
