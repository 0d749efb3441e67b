// Types of scripts/release.mjs, for the tests that import it.
export class ReleaseError extends Error {}

export interface ChangelogEntry {
  /** YYYY-MM-DD, or undefined while the heading says Unreleased. */
  date: string | undefined
  notes: string
}

export function changelogEntry(changelog: string, version: string): ChangelogEntry | undefined

export interface ReleasePlan {
  version: string
  distTag: 'latest' | 'next'
  /** vMAJOR, or '' for a pre-release. */
  majorTag: string
}

export function releasePlan(release: {
  tag: string
  prerelease: boolean
  packageVersion: string
  changelog: string
}): ReleasePlan

export const TRUSTED_PUBLISHING_NPM: string

export function npmCanPublishTrusted(version: string): boolean
