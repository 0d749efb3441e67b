// Registers every secret of a credential with the masker before anything about it is logged.
import type { Credential, SecretSink } from '../oci/types.js'

/** Registers a secret with the front end's masker. */
export type Mask = SecretSink

/** Masks the password and tokens, and the base64 of `user:pass` as it appears in a Basic header. */
export function maskCredential(credential: Credential, mask: Mask): void {
  for (const secret of [credential.password, credential.identityToken, credential.registryToken]) {
    if (secret) mask(secret)
  }
  if (credential.password) {
    const basic = Buffer.from(`${credential.username ?? ''}:${credential.password}`).toString(
      'base64'
    )
    mask(basic)
    // Some tools drop the padding; the masker matches literally, so register that form too.
    const unpadded = basic.replace(/=+$/, '')
    if (unpadded !== basic) mask(unpadded)
  }
}
