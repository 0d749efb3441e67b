// Parsing and checking `oci://HOST[:PORT]/REPOSITORY[:TAG][@DIGEST]` references and
// `oci-layout://DIR[:TAG]` destinations, with messages that say how to fix a bad one.
import { isIPv4, isIPv6 } from 'node:net'
import { SHA256_DIGEST } from './descriptor.js'
import { DOCKER_HUB_API_HOST, DOCKER_HUB_NAMES } from './hosts.js'
import { REPOSITORY_COMPONENT_PATTERN } from './types.js'
import { UserError, type UserErrorDetails } from '../errors.js'

export interface Reference {
  /** host[:port] exactly as written, host lower-cased. */
  registry: string
  /** host[:port] to talk to: docker.io and index.docker.io mean registry-1.docker.io. */
  apiHost: string
  repository: string
  tag?: string
  digest?: string
}

/** A reference or name that registries would refuse; the message says how to fix it. */
export class InvalidReferenceError extends UserError {
  override name = 'InvalidReferenceError'
  constructor(message: string, details: UserErrorDetails = { option: 'destination' }) {
    super(message, details)
  }
}

export const EXPECTED_FORM = 'oci://HOST[:PORT]/REPOSITORY[:TAG]'
const EXAMPLE = 'oci://ghcr.io/my-org/my-pack'

export const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
/** Distribution refuses longer repository names (NAME_INVALID). */
const MAX_REPOSITORY_LENGTH = 255
/** Distribution refuses longer tags (the spec's tag pattern allows 128 characters). */
export const MAX_TAG_LENGTH = 128

export { REPOSITORY_COMPONENT_PATTERN }

export function parseOciReference(input: string): Reference {
  const text = input.trim()
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)
  if (!scheme || scheme[1]?.toLowerCase() !== 'oci') {
    throw missingScheme(text, scheme?.[0])
  }
  const rest = text.slice(scheme[0].length)
  const slash = rest.indexOf('/')
  const authority = slash === -1 ? rest : rest.slice(0, slash)
  const path = slash === -1 ? '' : rest.slice(slash + 1)

  if (authority.includes('@')) {
    // Never echo what looks like user:password; show the reference without it.
    const shown = `oci://***@${authority.slice(authority.lastIndexOf('@') + 1)}/${path}`
    throw new InvalidReferenceError(
      `Invalid OCI reference '${shown}': credentials must not be written into the reference; ` +
        `pass them as credentials instead. Expected ${EXPECTED_FORM}`,
      { option: 'destination', suggest: { option: 'credentials' } }
    )
  }
  const fail = (problem: string) => invalid(text, problem)
  const registry = parseHostPort(authority, fail)
  const { repository, tag, digest } = parseRepositoryPath(path, fail)

  const dockerHub = DOCKER_HUB_NAMES.has(registry)
  const repoProblem = repositoryProblem(repository, 'repository', (fixed) => {
    const suffix = (tag !== undefined ? `:${tag}` : '') + (digest ? `@${digest}` : '')
    return `oci://${registry}/${fixed}${suffix}`
  })
  if (repoProblem) fail(repoProblem)

  const ref: Reference = {
    registry,
    apiHost: dockerHub ? DOCKER_HUB_API_HOST : registry,
    // Docker Hub keeps official images under library/; the API only knows the full name.
    repository: dockerHub && !repository.includes('/') ? `library/${repository}` : repository
  }
  if (tag !== undefined) ref.tag = tag
  if (digest !== undefined) ref.digest = digest
  return ref
}

/** `REPOSITORY[:TAG][@DIGEST]` after the host, with the tag and digest checked. */
function parseRepositoryPath(
  path: string,
  fail: (problem: string) => never
): { repository: string; tag?: string; digest?: string } {
  if (path === '' || path.startsWith('@') || path.startsWith(':')) {
    fail(`the repository is missing: write it after the host, e.g. ${EXAMPLE}`)
  }
  let namePart = path
  let digest: string | undefined
  const at = path.indexOf('@')
  if (at !== -1) {
    digest = path.slice(at + 1)
    namePart = path.slice(0, at)
    if (!SHA256_DIGEST.test(digest)) {
      fail(
        `digest '${digest}' is not a sha256 digest: write @sha256: followed by 64 lower-case ` +
          `hexadecimal characters`
      )
    }
  }
  let repository = namePart
  let tag: string | undefined
  const colon = namePart.indexOf(':')
  if (colon !== -1) {
    repository = namePart.slice(0, colon)
    tag = namePart.slice(colon + 1)
    if (tag.includes(':')) {
      fail(`'${namePart}' has more than one ':': only the tag follows a ':'`)
    }
    const problem = tagProblem(tag)
    if (problem) fail(problem)
  }
  if (repository === '') {
    fail(`the repository is missing: write it after the host, e.g. ${EXAMPLE}`)
  }
  return { repository, tag, digest }
}

/** 'host/repo', then ':tag' and/or '@sha256:…' when given. */
export function formatReference(
  ref: { registry: string; repository: string },
  suffix?: { tag?: string; digest?: string }
): string {
  let out = `${ref.registry}/${ref.repository}`
  if (suffix?.tag) out += `:${suffix.tag}`
  if (suffix?.digest) out += `@${suffix.digest}`
  return out
}

/** Whether host[:port] names this machine: 127.0.0.0/8, localhost or ::1. */
export function isLoopbackHost(host: string): boolean {
  let name = host.trim().toLowerCase()
  if (name.startsWith('[')) {
    const end = name.indexOf(']')
    if (end === -1) return false
    name = name.slice(1, end)
  } else if (name.split(':').length === 2) {
    name = name.slice(0, name.indexOf(':'))
  }
  if (name === 'localhost' || name === 'localhost.') return true
  if (isIPv4(name)) return name.startsWith('127.')
  if (isIPv6(name)) {
    // The URL parser writes every spelling of an IPv6 address the same way.
    const canonical = new URL(`http://[${name}]/`).hostname
    return canonical === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(canonical)
  }
  return false
}

/** Throws an InvalidReferenceError unless `repository` is a name registries accept. */
export function validateRepository(repository: string, what: string): void {
  const problem = repositoryProblem(repository, what, (fixed) => fixed)
  if (problem) throw new InvalidReferenceError(problem)
}

/**
 * `oci-layout://DIR[:TAG]`. The tag is what follows the last ':' when it is a valid tag and
 * something remains before it, so `C:\out` and `C:/out` (Windows drives) stay directories.
 */
export function parseLayoutDestination(input: string): { dir: string; tag?: string } {
  const text = input.trim()
  const prefix = 'oci-layout://'
  if (text.slice(0, prefix.length).toLowerCase() !== prefix) {
    throw new InvalidReferenceError(
      `Invalid layout destination '${input}': it must start with '${prefix}'. ` +
        `Expected oci-layout://DIR[:TAG], e.g. oci-layout://./out:1.0.0`
    )
  }
  const rest = text.slice(prefix.length)
  if (rest === '') {
    throw new InvalidReferenceError(
      `Invalid layout destination '${input}': the directory is missing. ` +
        `Expected oci-layout://DIR[:TAG], e.g. oci-layout://./out:1.0.0`
    )
  }
  const colon = rest.lastIndexOf(':')
  if (colon > 0) {
    const dir = rest.slice(0, colon)
    const tag = rest.slice(colon + 1)
    // A tag cannot hold '/' or '\', so 'C:\x' never splits; a bare drive 'C:' is no tag either.
    const bareDrive = /^[A-Za-z]$/.test(dir) && tag === ''
    if (!bareDrive && TAG_PATTERN.test(tag)) return { dir, tag }
  }
  return { dir: rest }
}

/**
 * The text without what looks like credentials written into it (`user:secret@`, or anything
 * before an `@` in the host part of a URL): a message may quote a reference, never a secret.
 */
export function withoutUserinfo(text: string): string {
  // Greedy up to the last `@` before the path: a password may hold an `@` of its own.
  const match = /^([a-z][a-z0-9+.-]*:\/\/)?([^/]*)@/i.exec(text)
  if (!match) return text
  const [whole, scheme = '', userinfo = ''] = match
  // Without a scheme, `pack@sha256:…` is a digest reference, not credentials.
  if (scheme === '' && !userinfo.includes(':')) return text
  return `${scheme}***@${text.slice(whole.length)}`
}

function missingScheme(input: string, scheme: string | undefined): InvalidReferenceError {
  const text = withoutUserinfo(input)
  let hint: string
  if (scheme === undefined) {
    hint = `write 'oci://${text}'`
  } else if (/^https?:\/\/$/i.test(scheme)) {
    hint = `write 'oci://${text.slice(scheme.length)}' (the protocol is chosen automatically)`
  } else {
    hint = `'${scheme}' is not supported here; write 'oci://${text.slice(scheme.length)}'`
  }
  return new InvalidReferenceError(
    `Invalid OCI reference '${text}': it must start with 'oci://'; ${hint}. ` +
      `Expected ${EXPECTED_FORM}, e.g. ${EXAMPLE}`
  )
}

function invalid(input: string, problem: string): never {
  throw new InvalidReferenceError(
    `Invalid OCI reference '${withoutUserinfo(input)}': ${problem}. Expected ${EXPECTED_FORM}, e.g. ${EXAMPLE}`
  )
}

function parseHostPort(authority: string, fail: (problem: string) => never): string {
  if (authority === '') fail('the registry host is missing')
  let host: string
  let port: string | undefined
  if (authority.startsWith('[')) {
    const end = authority.indexOf(']')
    const address = end === -1 ? '' : authority.slice(1, end)
    if (end === -1 || !isIPv6(address)) {
      fail(`'${authority}' is not a valid bracketed IPv6 address such as [::1]:5000`)
    }
    host = `[${address.toLowerCase()}]`
    const after = authority.slice(end + 1)
    if (after !== '') {
      if (!after.startsWith(':')) fail(`unexpected '${after}' after the IPv6 address`)
      port = after.slice(1)
    }
  } else {
    const parts = authority.split(':')
    if (parts.length > 2) {
      fail(
        `host '${authority}' has more than one ':'; write an IPv6 address in brackets, e.g. [::1]:5000`
      )
    }
    host = (parts[0] ?? '').toLowerCase()
    port = parts[1]
    if (host === '') fail('the registry host is missing')
    const labels = host.split('.')
    if (labels.every((l) => /^\d+$/.test(l))) {
      if (!isIPv4(host)) fail(`host '${parts[0]}' is not a valid IPv4 address`)
    } else if (host.length > 253 || !labels.every((l) => DNS_LABEL.test(l))) {
      fail(
        `host '${parts[0]}' is not a valid host name: use letters, digits, '-' and '.' ` +
          `(e.g. ghcr.io, localhost:5000, 127.0.0.1:5000 or [::1]:5000)`
      )
    }
  }
  if (port !== undefined) {
    if (!/^\d+$/.test(port)) fail(`port '${port}' is not a number: use 1-65535`)
    const number = Number(port)
    if (number < 1 || number > 65535) fail(`port '${port}' is out of range: use 1-65535`)
  }
  // Keep the port exactly as written: it is part of how credentials are keyed.
  return port === undefined ? host : `${host}:${port}`
}

function tagProblem(tag: string): string | undefined {
  if (tag === '') return `the tag after ':' is empty: write a tag or leave out the ':'`
  if (tag.length > MAX_TAG_LENGTH) {
    return `tag '${tag}' is ${tag.length} characters long: registries accept at most ${MAX_TAG_LENGTH}`
  }
  if (TAG_PATTERN.test(tag)) return undefined
  if (tag.includes('+')) {
    const fixed = tag.replaceAll('+', '_')
    if (TAG_PATTERN.test(fixed)) {
      return `tag '${tag}' has a '+', which registries refuse: write '${fixed}' (SemVer build metadata uses '_' in tags)`
    }
  }
  return (
    `tag '${tag}' has characters registries refuse: a tag is letters, digits, '_', '.' and '-', ` +
    `and starts with a letter, digit or '_'`
  )
}

function repositoryProblem(
  repository: string,
  what: string,
  suggest: (fixedRepository: string) => string
): string | undefined {
  if (repository === '') return `${what} is empty: write a name such as 'my-org/my-pack'`
  if (repository.length > MAX_REPOSITORY_LENGTH) {
    return `${what} '${repository}' is ${repository.length} characters long: registries accept at most ${MAX_REPOSITORY_LENGTH}`
  }
  const components = repository.split('/')
  if (components.some((c) => c === '')) {
    return `${what} '${repository}' has an empty path component: remove the leading, trailing or doubled '/'`
  }
  for (const component of components) {
    if (REPOSITORY_COMPONENT_PATTERN.test(component)) continue
    const lower = component.toLowerCase()
    if (lower !== component && REPOSITORY_COMPONENT_PATTERN.test(lower)) {
      return (
        `${what} '${repository}' has capitals in '${component}': registries only accept lower case; ` +
        `write '${suggest(repository.toLowerCase())}'`
      )
    }
    return (
      `${what} '${repository}' has an invalid path component '${component}': each component is ` +
      `lower-case letters and digits, separated by single '.', '_', '__' or '-' runs, and starts ` +
      `and ends with a letter or digit`
    )
  }
  return undefined
}
