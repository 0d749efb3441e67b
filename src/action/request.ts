// The action's inputs and run context, resolved into the core's PublishRequest.
import os from 'node:os'
import { parseAnnotations } from '../core/annotations.js'
import { splitList } from '../core/tags.js'
import type { SigningRequest } from '../core/signing.js'
import type { PublishRequest } from '../core/types.js'
import type { GitContext } from '../ci/github.js'
import { InputError, type Inputs } from './inputs.js'

export function publishRequest(
  inputs: Inputs,
  context: GitContext,
  env: NodeJS.ProcessEnv
): PublishRequest {
  return {
    paths: inputs.paths,
    baseDir: env.GITHUB_WORKSPACE || process.cwd(),
    destinations:
      inputs.destinations.length > 0 ? inputs.destinations : [defaultDestination(context)],
    tags: splitList(inputs.tags),
    annotations: parseAnnotations(
      inputs.annotations.split(/\r?\n/),
      (index) => `annotations input, line ${index + 1}`
    ),
    source: context,
    push: inputs.push,
    plan: inputs.plan,
    overwrite: inputs.overwrite,
    skipExisting: inputs.skipExisting,
    versionCheck: inputs.versionCheck,
    plainHttp: inputs.plainHttp,
    timeoutMs: inputs.timeoutMs,
    sourceDateEpoch: env.SOURCE_DATE_EPOCH,
    workDir: env.RUNNER_TEMP || os.tmpdir(),
    signing: signingRequest(inputs)
  }
}

/** signing-key, signing-key-password and public-key, each named as the input it came from. */
function signingRequest(inputs: Inputs): SigningRequest | undefined {
  if (!inputs.signingKey && inputs.publicKeys.length === 0) return undefined
  const several = inputs.publicKeys.length > 1
  return {
    ...(inputs.signingKey
      ? { secretKey: { value: inputs.signingKey, shown: 'the input signing-key' } }
      : {}),
    ...(inputs.signingKeyPassword
      ? { password: { value: inputs.signingKeyPassword, shown: 'the input signing-key-password' } }
      : {}),
    publicKeys: inputs.publicKeys.map((value, index) => ({
      value,
      shown: several ? `the input public-key (key ${index + 1})` : 'the input public-key'
    }))
  }
}

/** oci://ghcr.io/<owner>/ (the pack name is appended), lower-cased: owners may hold capitals. */
function defaultDestination(context: GitContext): string {
  const owner = context.repositoryOwner ?? context.repository?.split('/')[0]
  if (!owner) {
    throw new InputError(
      'destination is not set and there is no GitHub context (GITHUB_REPOSITORY_OWNER) to derive oci://ghcr.io/<owner>/<pack name> from',
      {
        option: 'destination',
        fix: 'set destination, e.g. oci://ghcr.io/my-org/my-pack or oci-layout://./out'
      }
    )
  }
  return `oci://ghcr.io/${owner.toLowerCase()}/`
}
