// The words of the registry client's own refusals, in one place: each says what happened, in
// the registry's terms, and what the user can change. Advice that needs to know what is pushed
// (a pack, its version) or where the push runs (GitHub) is added by the layer that knows it.
import { RegistryError, redactUrl } from './errors.js'
import type { TagDigest } from './tag-ledger.js'
import { TagConflictError } from './tag-ledger.js'

/** Who asked, for a 401's words. */
export interface Asker {
  /** The registry, host[:port]. */
  host: string
  /** Whether the request wanted push access (else pull). */
  push: boolean
  repository: string
  /** Where the credentials came from, for messages; undefined: there were none. */
  credentialSource: string | undefined
  /** The Bearer challenge's `error` parameter (insufficient_scope), when it gave one. */
  challengeError: string | undefined
}

/** The registry answered 401 to a request that carried what we could offer. */
export function unauthorized(asker: Asker, method: string, url: URL): RegistryError {
  const { host, push, repository, credentialSource } = asker
  const verb = push ? `push to ${repository}` : `pull from ${repository}`
  const refused = (what: string, fix: string): RegistryError =>
    new RegistryError(what, method, redactUrl(url), 401, [], {
      fix,
      suggest: { option: 'credentials' }
    })
  if (credentialSource === undefined) {
    return refused(
      `The registry ${host} needs credentials to ${verb} and none were found`,
      `provide credentials for ${host}`
    )
  }
  if (asker.challengeError === 'insufficient_scope') {
    return refused(
      `The registry ${host} refused to let ${credentialSource} ${verb} (insufficient_scope)`,
      `give the account ${push ? 'push (write)' : 'pull (read)'} access to this repository`
    )
  }
  return refused(
    `The registry ${host} refused the credentials from ${credentialSource} (401)`,
    'check the user name and password or token, that they belong to this registry, and that they have not expired'
  )
}

/** A 401 from a host that is not the registry: it got no credentials, and is named. */
export function foreignChallenge(registryHost: string, asker: URL, method: string): RegistryError {
  return new RegistryError(
    `${asker.protocol}//${asker.host} asked for credentials (401), but it is not the registry ${registryHost}: credentials for ${registryHost} go only to that registry and the token realm it names, so none were sent`,
    method,
    redactUrl(asker),
    401,
    [],
    {
      fix: 'the registry (or a proxy in front of it) sends this request to another host that wants credentials; that host must accept it without them'
    }
  )
}

export function notARegistry(host: string, url: URL): RegistryError {
  return new RegistryError(
    `${host} does not answer as an OCI registry (GET /v2/ → 404): check the destination host`,
    'GET',
    redactUrl(url),
    404,
    [],
    { option: 'destination' }
  )
}

export function noSuchManifest(
  what: string,
  host: string,
  reference: string,
  repository: string,
  url: URL
): RegistryError {
  return new RegistryError(
    `${what}: ${host} has no manifest ${reference} in ${repository}`,
    'GET',
    redactUrl(url),
    404,
    [],
    { option: 'destination', fix: 'check the repository, tag or digest' }
  )
}

export function noSuchBlob(
  what: string,
  host: string,
  repository: string,
  url: URL
): RegistryError {
  return new RegistryError(
    `${what}: ${host} has no such blob in ${repository}`,
    'GET',
    redactUrl(url),
    404
  )
}

/** A manifest read by digest whose bytes hash to something else. */
export function manifestNotAsAsked(
  what: string,
  digest: string,
  reference: string,
  url: URL
): RegistryError {
  return new RegistryError(
    `${what}: the registry answered with bytes whose digest is ${digest}, not ${reference}; refusing them`,
    'GET',
    redactUrl(url),
    200
  )
}

export function noUploadLocation(what: string, url: URL): RegistryError {
  return new RegistryError(
    `${what}: the registry started an upload but sent no Location`,
    'POST',
    redactUrl(url),
    202
  )
}

/** The registry answered a manifest PUT with another digest than that of the bytes sent. */
export function manifestAltered(
  what: string,
  stored: string,
  sent: string,
  url: URL,
  status: number
): RegistryError {
  return new RegistryError(
    `${what}: the registry stored the manifest as ${stored}, but its bytes hash to ${sent}; the registry altered the manifest`,
    'PUT',
    redactUrl(url),
    status
  )
}

/**
 * Tags that may not move point to another digest. `protectedOnly`: only protected tags are
 * guarded (overwrite true), so allowing moves would not help.
 */
export function tagsPointElsewhere(
  conflicts: TagDigest[],
  digest: string,
  protectedOnly: boolean,
  afterUpload: boolean,
  url: URL
): TagConflictError {
  const [first] = conflicts
  const list = conflicts.map((c) => `${c.tag} → ${c.digest}`).join(', ')
  const one = conflicts.length === 1
  const when = afterUpload ? 'Another push tagged it while this one uploaded. ' : ''
  const rule = protectedOnly
    ? `${one ? `${first?.tag} is` : 'they are'} protected: never moved`
    : 'tags may not be moved'
  return new TagConflictError(
    `${one ? 'A tag already points' : 'Tags already point'} to another digest (${list}); this push would be ${digest}, and ${rule}. ${when}No tag was written.`,
    redactUrl(url),
    digest,
    conflicts,
    protectedOnly ? {} : { suggest: { option: 'overwrite', value: 'true' } }
  )
}

/** Read back after writing, tags point elsewhere: a concurrent push won. */
export function tagsMovedAway(moved: TagDigest[], digest: string, url: URL): RegistryError {
  const list = moved.map((m) => `${m.tag} → ${m.digest || 'no manifest'}`).join(', ')
  return new RegistryError(
    `Another push moved ${moved.length === 1 ? 'the tag' : 'tags'} ${list} while this one wrote ${digest}; tags may not be moved, so this push failed`,
    'GET',
    redactUrl(url),
    200
  )
}

export function plainHttpWarning(host: string): string {
  return `Plain http is on for ${host}, which is not this machine: content and registry tokens travel unencrypted; passwords are never sent to it.`
}
