// What both front ends (the action, the CLI) read from the environment the same way. The core
// and the libraries below it read no environment: they get these values passed in.
import path from 'node:path'
import type { CredentialSource } from '../credentials/index.js'

/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`; undefined without either. */
export function dockerConfigFile(env: NodeJS.ProcessEnv): string | undefined {
  if (env.DOCKER_CONFIG) return path.join(env.DOCKER_CONFIG, 'config.json')
  const home = env.HOME || env.USERPROFILE
  return home ? path.join(home, '.docker', 'config.json') : undefined
}

/** SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD, for any registry. */
export function sherpackEnvCredentials(env: NodeJS.ProcessEnv): CredentialSource {
  return {
    kind: 'pair',
    label: 'env SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD',
    username: env.SHERPACK_OCI_USERNAME,
    password: env.SHERPACK_OCI_PASSWORD,
    halfSet: (missing) => {
      const [present, absent] =
        missing === 'password'
          ? ['SHERPACK_OCI_USERNAME', 'SHERPACK_OCI_PASSWORD']
          : ['SHERPACK_OCI_PASSWORD', 'SHERPACK_OCI_USERNAME']
      return `The environment variable ${present} is set but ${absent} is empty: both are needed to log in with a username and password. Set ${absent} too, or unset ${present} to use other credentials.`
    }
  }
}

/** The Docker config as a credential source, when there is a place for one. */
export function dockerConfigCredentials(env: NodeJS.ProcessEnv): CredentialSource[] {
  const file = dockerConfigFile(env)
  return file ? [{ kind: 'docker-config', file }] : []
}
