// What .github/workflows/release.yml decides and publishes, as a script that it runs and that the
// tests run, rather than shell buried in YAML:
//
//   TAG=v1.2.3 PRERELEASE=false node scripts/release.mjs plan
//       Checks that the release can be published as it is (the tag names package.json's version,
//       a GitHub pre-release is a semver pre-release and the other way round, CHANGELOG.md has
//       the version's entry), then prints `version=`, `dist-tag=` and `major-tag=` lines for
//       $GITHUB_OUTPUT. Exit 1 with one line saying what to fix when it cannot be.
//   node scripts/release.mjs notes 1.2.3
//       Prints CHANGELOG.md's entry for 1.2.3: the release notes.
//   node scripts/release.mjs check-npm "$(npm --version)"
//       Exit 1 unless that npm can publish with trusted publishing (OIDC).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** vMAJOR.MINOR.PATCH with an optional semver pre-release part; no build metadata (npm drops it). */
const RELEASE_TAG =
  /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/

/** A release that cannot be published, with what to do about it. */
export class ReleaseError extends Error {}

/**
 * CHANGELOG.md's `## [VERSION] - YYYY-MM-DD` entry (Keep a Changelog): its date (undefined while
 * it says `Unreleased`) and its notes, the text up to the next `## ` heading. Undefined when
 * there is no such entry or it is empty.
 */
export function changelogEntry(changelog, version) {
  const lines = changelog.replace(/\r\n?/g, '\n').split('\n')
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const heading = new RegExp(`^## \\[${escaped}\\](?:\\s+-\\s+(\\S+))?\\s*$`)
  const start = lines.findIndex((line) => heading.test(line))
  if (start === -1) return undefined
  const label = heading.exec(lines[start])?.[1]
  const rest = lines.slice(start + 1)
  const end = rest.findIndex((line) => /^## /.test(line))
  // Link definitions ([1.0.0]: https://…) close the file, after the last entry.
  const notes = (end === -1 ? rest : rest.slice(0, end))
    .filter((line) => !/^\[[^\]]+\]:\s/.test(line))
    .join('\n')
    .trim()
  if (notes === '') return undefined
  return { date: /^\d{4}-\d{2}-\d{2}$/.test(label ?? '') ? label : undefined, notes }
}

/**
 * What a published GitHub release becomes: the npm version, its dist-tag (`next` for a
 * pre-release, so that `npm install sherpack-push` never gets one), and the major tag to move
 * (none for a pre-release: `uses: …@v1` users get full releases only).
 */
export function releasePlan({ tag, prerelease, packageVersion, changelog }) {
  const match = RELEASE_TAG.exec(tag)
  if (!match) {
    throw new ReleaseError(
      `The release tag '${tag}' is not vMAJOR.MINOR.PATCH (v1.2.3) or vMAJOR.MINOR.PATCH-PRERELEASE (v1.3.0-rc.1): publish the release again on such a tag.`
    )
  }
  const version = tag.slice(1)
  if (version !== packageVersion) {
    throw new ReleaseError(
      `The release tag ${tag} names version ${version}, but package.json says ${packageVersion}: run \`npm version ${version} --no-git-tag-version\`, commit, and tag that commit.`
    )
  }
  const isSemverPrerelease = match[4] !== undefined
  if (prerelease && !isSemverPrerelease) {
    throw new ReleaseError(
      `The release ${tag} is marked as a pre-release, but ${version} is a full version: tag a pre-release version (v${version}-rc.1), or publish ${tag} as a full release.`
    )
  }
  if (!prerelease && isSemverPrerelease) {
    throw new ReleaseError(
      `The release ${tag} is a full release of the pre-release version ${version}: mark it as a pre-release on GitHub, or tag a full version.`
    )
  }
  const entry = changelogEntry(changelog, version)
  if (entry === undefined) {
    throw new ReleaseError(
      `CHANGELOG.md has no entry for ${version}: add a "## [${version}] - YYYY-MM-DD" section saying what changed (its text becomes the release notes).`
    )
  }
  if (entry.date === undefined) {
    throw new ReleaseError(
      `CHANGELOG.md's entry for ${version} has no release date: write its heading as "## [${version}] - YYYY-MM-DD" (the day of the release), commit, and tag that commit.`
    )
  }
  return {
    version,
    distTag: prerelease ? 'next' : 'latest',
    majorTag: prerelease ? '' : `v${match[1]}`
  }
}

/** The first npm that publishes with trusted publishing (an OIDC token instead of an npm token). */
export const TRUSTED_PUBLISHING_NPM = '11.5.1'

/** Whether npm `version` (x.y.z[-pre]) is TRUSTED_PUBLISHING_NPM or later. */
export function npmCanPublishTrusted(version) {
  const parse = (v) => (/^(\d+)\.(\d+)\.(\d+)/.exec(v) ?? []).slice(1, 4).map(Number)
  const have = parse(version)
  const need = parse(TRUSTED_PUBLISHING_NPM)
  if (have.length !== 3) return false
  const first = have.findIndex((part, i) => part !== need[i])
  return first === -1 || have[first] > need[first]
}

function readProjectFile(name) {
  return readFileSync(path.join(repoRoot, name), 'utf8')
}

function main(argv, env) {
  const [command, ...args] = argv
  const changelog = readProjectFile('CHANGELOG.md')
  if (command === 'plan') {
    if (!env.TAG || !/^(true|false)$/.test(env.PRERELEASE ?? '')) {
      throw new ReleaseError(
        'plan needs TAG (v1.2.3) and PRERELEASE (true or false) in its environment.'
      )
    }
    const { version } = JSON.parse(readProjectFile('package.json'))
    const plan = releasePlan({
      tag: env.TAG,
      prerelease: env.PRERELEASE === 'true',
      packageVersion: version,
      changelog
    })
    return `version=${plan.version}\ndist-tag=${plan.distTag}\nmajor-tag=${plan.majorTag}\n`
  }
  if (command === 'notes' && args.length === 1) {
    const entry = changelogEntry(changelog, args[0])
    if (entry === undefined) throw new ReleaseError(`CHANGELOG.md has no entry for ${args[0]}.`)
    return `${entry.notes}\n`
  }
  if (command === 'check-npm' && args.length === 1) {
    if (npmCanPublishTrusted(args[0])) return `npm ${args[0]} publishes with trusted publishing\n`
    throw new ReleaseError(
      `npm ${args[0]} cannot publish with trusted publishing (${TRUSTED_PUBLISHING_NPM} or later can): raise .node-version to a Node that bundles such an npm.`
    )
  }
  throw new ReleaseError(
    'usage: release.mjs plan (with TAG and PRERELEASE set) | notes VERSION | check-npm NPM_VERSION'
  )
}

// Run as a script, not when imported by the tests.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.stdout.write(main(process.argv.slice(2), process.env))
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error
    // On a runner, an error annotation on the run; elsewhere a plain line.
    const prefix = process.env.GITHUB_ACTIONS === 'true' ? '::error::' : 'release: '
    console.error(`${prefix}${error.message}`)
    process.exitCode = 1
  }
}
