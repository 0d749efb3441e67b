// The one error type of the credential lookup: the user's to fix (a half-set pair, a helper that
// outlived the step).
import { UserError } from '../errors.js'

export class CredentialError extends UserError {
  override name = 'CredentialError'
}
