// Where the action looks for registry credentials, in order: the username/password inputs,
// SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD, the Docker config, then the workflow token for
// ghcr.io only. Looked up per registry host.
import type { CredentialSource } from '../credentials/index.js'
import { isGhcr } from '../credentials/index.js'
import { dockerConfigCredentials, sherpackEnvCredentials } from '../ci/environment.js'
import type { Inputs } from './inputs.js'

export function actionCredentialSources(
  inputs: Inputs,
  env: NodeJS.ProcessEnv
): CredentialSource[] {
  const sources: CredentialSource[] = [
    {
      kind: 'pair',
      label: 'inputs username/password',
      username: inputs.username,
      password: inputs.password,
      halfSet: inputsHalfSet(Boolean(inputs.token))
    },
    sherpackEnvCredentials(env),
    ...dockerConfigCredentials(env)
  ]
  if (inputs.token) {
    const actor = env.GITHUB_ACTOR || 'x-access-token'
    sources.push({
      kind: 'token',
      label: `GITHUB_TOKEN (token input) as ${actor}`,
      username: actor,
      token: inputs.token,
      hosts: isGhcr,
      realmHosts: ['ghcr.io']
    })
  }
  return sources
}

function inputsHalfSet(tokenSet: boolean) {
  return (missing: 'username' | 'password'): string => {
    const present = missing === 'password' ? 'username' : 'password'
    const tokenHint = tokenSet
      ? ' (The token input is used only for ghcr.io and only without username/password.)'
      : ''
    return (
      `The ${present} input is set but the ${missing} input is empty: both are needed to log in with a username and password. ` +
      `Set ${missing} (from a secret, e.g. ${missing}: \${{ secrets.REGISTRY_${missing.toUpperCase()} }}), or remove ${present} to use other credentials.` +
      tokenHint
    )
  }
}
