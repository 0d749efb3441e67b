// SemVer 2.0, strict, for Pack.yaml's metadata.version and for version tags: one rule for both.
import { SemVer } from 'semver'

export interface VersionParts {
  /** The version as written (it prints back unchanged). */
  text: string
  major: string
  minor: string
  patch: string
  prerelease?: string
}

/**
 * `semver` parses the grammar; the text must also print back exactly, which refuses what
 * node-semver would otherwise forgive and Sherpack (Rust's semver 1.0) refuses: surrounding
 * spaces, a `v` or `=` prefix. Our own rule on top of Sherpack's: each number at most 2^53−1
 * and the whole at most 256 characters (node-semver's limits; Sherpack takes up to 2^64−1).
 */
export function parseStrictSemVer(text: string): VersionParts | undefined {
  let version: SemVer
  try {
    version = new SemVer(text)
  } catch {
    return undefined
  }
  const build = version.build.length > 0 ? `+${version.build.join('.')}` : ''
  if (`${version.version}${build}` !== text) return undefined
  const parts = {
    text,
    major: `${version.major}`,
    minor: `${version.minor}`,
    patch: `${version.patch}`
  }
  return version.prerelease.length > 0
    ? { ...parts, prerelease: version.prerelease.join('.') }
    : parts
}

export function isStrictSemVer(text: string): boolean {
  return parseStrictSemVer(text) !== undefined
}
