// Advice only a GitHub workflow can take, added to a registry's refusal: the OCI layer says
// what the registry answered; which job permission grants the access is the action's to say.
import type { UserError } from '../errors.js'
import { RegistryError } from '../oci/errors.js'
import { isGhcr } from '../oci/hosts.js'

const GHCR_DENIED =
  "On ghcr.io from a workflow: give the job `permissions: packages: write`, and if the package already exists, grant this repository write access in the package's settings (Manage Actions access)."

/** The error's message, with what a workflow can do about it when there is something. */
export function withGitHubAdvice(error: UserError): string {
  const advice = gitHubAdvice(error)
  return advice ? `${error.message.replace(/\.$/, '')}. ${advice}` : error.message
}

function gitHubAdvice(error: UserError): string | undefined {
  if (!(error instanceof RegistryError) || error.status !== 403) return undefined
  return isGhcr(hostOf(error.url)) ? GHCR_DENIED : undefined
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return ''
  }
}
