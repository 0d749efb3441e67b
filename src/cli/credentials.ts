// The CLI's credential order: flags, then SHERPACK_OCI_USERNAME/PASSWORD, then the Docker
// config, then the CI's own registry credentials. The lookup itself is the shared one.
import {
  resolveCredential,
  type CredentialSource,
  type LookupContext
} from '../credentials/index.js'
import type { Credential } from '../oci/types.js'
import { dockerConfigCredentials, sherpackEnvCredentials } from '../ci/environment.js'
import { gitLabCredentialSource } from './ci-env.js'

type Env = Record<string, string | undefined>

export interface CredentialFlags {
  username?: string
  password?: string
  /** The password came from --password-stdin (named so in messages). */
  passwordFromStdin: boolean
}

export type CredentialLookup = (
  registry: string,
  apiHost: string
) => Promise<Credential | undefined>

export function credentialSources(flags: CredentialFlags, env: Env): CredentialSource[] {
  const passwordFlag = flags.passwordFromStdin ? '--password-stdin' : '-p/--password'
  const sources: CredentialSource[] = [
    {
      kind: 'pair',
      label: `flags --username/${passwordFlag.replace('-p/', '')}`,
      username: nonEmpty(flags.username),
      password: nonEmpty(flags.password),
      halfSet: (missing) =>
        missing === 'password'
          ? '--username is set but no password was given: add -p/--password or --password-stdin'
          : `${passwordFlag} gave a password but --username is not set: add -u/--username`
    },
    sherpackEnvCredentials(env),
    ...dockerConfigCredentials(env)
  ]
  const gitLab = gitLabCredentialSource(env)
  if (gitLab) sources.push(gitLab)
  return sources
}

/** Looks each host up once, every source in order; secrets go to `context.mask` first. */
export function credentialLookup(
  sources: CredentialSource[],
  context: LookupContext
): CredentialLookup {
  const found = new Map<string, Promise<Credential | undefined>>()
  return (registry, apiHost) => {
    const key = `${registry} ${apiHost}`
    let lookup = found.get(key)
    if (!lookup) {
      lookup = resolveCredential({ registry, apiHost }, sources, context)
      found.set(key, lookup)
    }
    return lookup
  }
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text
}
