// The reference pull and inspect read: oci://HOST/REPOSITORY with a tag or a digest.
import { UserError } from '../errors.js'
import { parseOciReference, type Reference } from '../oci/reference.js'

export interface PinnedReference extends Reference {
  /** The tag or the digest to fetch (the digest when both are given). */
  pin: string
}

export function pinnedReference(text: string): PinnedReference {
  let reference: Reference
  try {
    reference = parseOciReference(text)
  } catch (error) {
    // The parser's message says what is wrong and how to write it.
    if (
      error instanceof Error &&
      error.name === 'InvalidReferenceError' &&
      !(error instanceof UserError)
    ) {
      throw new UserError(error.message, { cause: error })
    }
    throw error
  }
  if (reference.tag === undefined && reference.digest === undefined) {
    throw new UserError(`'${text}' names neither a tag nor a digest`, {
      fix: `write ${text}:TAG or ${text}@sha256:…`
    })
  }
  return { ...reference, pin: reference.digest ?? (reference.tag as string) }
}
