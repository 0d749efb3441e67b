// Advice about the pack, added to what the registry client reports: the OCI layer says what
// the registry holds and answered; that the fix is a new pack version is the core's to say.
import { RegistryError } from '../oci/errors.js'
import { TagConflictError } from '../oci/tag-ledger.js'

/** Tag immutability refused the manifest (ECR, Harbor): the tag holds other content. */
const IMMUTABLE_TAG_CODES = ['TAG_INVALID', 'MANIFEST_INVALID']

/** `error` with the pack's side of its fix, when it has one; else `error` as it is. */
export function withPackAdvice(error: unknown): unknown {
  if (error instanceof TagConflictError && error.fix === undefined) {
    // Refused by a tag that may not move: overwrite true leaves only protected tags guarded.
    const movable = error.suggest?.option === 'overwrite'
    const fix = movable ? 'bump the pack version, or allow moving tags' : 'bump the pack version'
    return new TagConflictError(error.what, error.url, error.digest, error.conflicts, {
      fix,
      suggest: error.suggest,
      cause: error
    })
  }
  if (
    error instanceof RegistryError &&
    !(error instanceof TagConflictError) &&
    error.fix === undefined &&
    error.hasCode(...IMMUTABLE_TAG_CODES)
  ) {
    return new RegistryError(error.what, error.method, error.url, error.status, error.codes, {
      fix: 'bump the version in Pack.yaml and push again (a push that may not move tags checks this before anything is written)',
      suggest: error.suggest,
      cause: error
    })
  }
  return error
}
