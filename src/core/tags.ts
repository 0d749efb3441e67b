// Which tags a push gets: from the tags the user asked for, the destination's tag, or the
// commit's ref. What the user typed is pushed as typed or refused; only what comes from refs
// and template values is made tag-safe, and the plan says so.
import { UserError, type UserErrorDetails } from '../errors.js'
import { MAX_TAG_LENGTH, TAG_PATTERN } from '../oci/reference.js'
import { parseStrictSemVer, type VersionParts } from '../pack/version.js'
import { pullRequestNumberFromRef, type SourceContext } from './source.js'

type GitContext = SourceContext

export interface TagPlanEntry {
  tag: string
  /** Why this tag, for the log: e.g. 'semver tag: major.minor', 'branch', 'tags input'. */
  rule: string
  /** What it was made from (the git tag, branch, input entry…), when that helps the reader. */
  source?: string
}

export interface PlanTagsOptions {
  /** What the user asked for: literal tags and `{{placeholder}}` templates; may be empty. */
  entries: string[]
  /** The tag written in the `destination` reference, if any. */
  destinationTag?: string
  /**
   * Write the destination's tag as well as the entries (as `docker push` then `docker tag`
   * would), instead of the entries alone.
   */
  destinationTagToo?: boolean
  /** Pack.yaml metadata.version (valid SemVer). */
  version: string
  context: GitContext
  /** Require a SemVer git tag to equal the pack version. */
  versionCheck: boolean
  /** Pack.yaml on disk, for an error about its version. */
  packFile?: string
  /**
   * A prebuilt archive, pushed as it is: with versionCheck, a destination tag that is another
   * SemVer version than the archive's is refused, as a version git tag ref would be.
   */
  prebuilt?: boolean
}

/** A user error in the tags asked for, the destination tag, or a git tag vs. Pack.yaml. */
export class TagError extends UserError {
  override name = 'TagError'
  constructor(what: string, details: UserErrorDetails = { option: 'tags' }) {
    super(what, details)
  }
}

export const TAG_RULE =
  'a tag is 1 to 128 characters of A-Z a-z 0-9 _ . -, and does not start with . or -'

/** A SemVer version as a tag: `+` (build metadata) cannot be in a tag, `_` stands for it. */
export function versionAsTag(version: string): string {
  return version.replaceAll('+', '_')
}

/** Comma- or newline-separated entries, trimmed, empty ones dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\r\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
}

/** A tag the user typed: pushed exactly as typed, or refused with the rule. */
export function checkLiteralTag(tag: string, from: string, details?: UserErrorDetails): string {
  if (TAG_PATTERN.test(tag)) return tag
  throw new TagError(
    `${from} ${JSON.stringify(tag)} is not a valid tag (${TAG_RULE}): literal tags are pushed exactly as typed, never rewritten`,
    { option: 'tags', fix: 'write the tag in that form', ...details }
  )
}
const PLACEHOLDERS = ['version', 'major', 'minor', 'patch', 'branch', 'sha', 'pr', 'ref'] as const
type Placeholder = (typeof PLACEHOLDERS)[number]
// `{{name}}`, spaces allowed inside the braces.
const PLACEHOLDER_PATTERN = /\{\{([^{}]*)\}\}/g
const HAS_PLACEHOLDER = /\{\{[^{}]*\}\}/

/**
 * Turns `raw` into a valid OCI tag: runs of characters outside `[A-Za-z0-9_.-]` become `-`,
 * leading `.` and `-` go, and the result is cut at 128 characters. `from` names where the
 * value came from, for the error when nothing usable is left.
 */
export function sanitizeTag(raw: string, from: string): string {
  const tag = raw
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, MAX_TAG_LENGTH)
  if (!TAG_PATTERN.test(tag)) {
    throw new TagError(
      `Cannot make a tag from ${from} (${JSON.stringify(raw)}): nothing is left once characters ` +
        'outside A-Z a-z 0-9 _ . - and leading "." or "-" are removed. ' +
        'Use a tag that starts with a letter, digit or "_" (at most 128 characters).'
    )
  }
  return tag
}

/**
 * The tags to push, in order, without duplicates (the first rule that produced a tag wins):
 * 1. the `tags` input when it has any entry (literal tags or `{{placeholder}}` templates);
 * 2. else the destination's own tag;
 * 3. else derived from the git event (see planFromEvent).
 */
export function planTags(opts: PlanTagsOptions): TagPlanEntry[] {
  const entries = opts.entries.map((entry) => entry.trim()).filter((entry) => entry !== '')
  let plan: TagPlanEntry[]
  if (entries.length > 0) {
    plan = planFromTemplates(entries, opts)
    if (opts.destinationTagToo && opts.destinationTag) {
      const tag = checkLiteralTag(opts.destinationTag, 'The destination tag', {
        option: 'destination'
      })
      plan.unshift({ tag, rule: 'destination tag' })
    }
    if (plan.length === 0) {
      throw new TagError(
        `The tags asked for (${entries.map((e) => JSON.stringify(e)).join(', ')}) gave no tag: ` +
          'every entry uses a placeholder that has no value in this run',
        { option: 'tags', fix: 'add a literal tag or one that is always set, such as {{version}}' }
      )
    }
  } else if (opts.destinationTag !== undefined && opts.destinationTag !== '') {
    const tag = checkLiteralTag(opts.destinationTag, 'The destination tag', {
      option: 'destination'
    })
    plan = [{ tag, rule: 'destination tag' }]
  } else {
    plan = planFromEvent(opts)
  }
  if (opts.prebuilt && opts.versionCheck && opts.destinationTag) {
    checkPrebuiltVersion(opts.destinationTag, opts)
  }
  return withoutDuplicates(plan)
}

/** A prebuilt archive's version is fixed: a destination tag naming another one is a mistake. */
function checkPrebuiltVersion(tag: string, opts: PlanTagsOptions): void {
  // `_` stands for SemVer's `+` in a tag (versionAsTag).
  const tagVersion = parseStrictSemVer(
    (tag.startsWith('v') ? tag.slice(1) : tag).replaceAll('_', '+')
  )
  if (tagVersion === undefined) return
  const packVersion = parsePackVersion(opts.version)
  if (tagVersion.text === packVersion.text) return
  throw new TagError(
    `The destination tag ${tag} is version ${tagVersion.text}, but the prebuilt archive holds version ${opts.version}`,
    {
      option: 'destination',
      fix: `push it to the tag of its own version (${versionAsTag(opts.version)}), or build an archive of ${tagVersion.text}`,
      suggest: { option: 'versionCheck', value: 'false' }
    }
  )
}

/** One line per tag for the log, e.g. `1.2     ← semver tag: major.minor (from v1.2.3)`. */
export function describeTagPlan(plan: TagPlanEntry[]): string[] {
  const width = Math.max(0, ...plan.map((entry) => entry.tag.length))
  return plan.map((entry) => {
    const source =
      entry.source !== undefined && entry.source !== entry.tag ? ` (from ${entry.source})` : ''
    return `${entry.tag.padEnd(width)} ← ${entry.rule}${source}`
  })
}

// Templates. A placeholder with no value in this run ({{pr}} on a push, {{branch}} on a tag…)
// empties the whole entry, which is then dropped: `pr-{{pr}}` never becomes a bare `pr-`.
// An entry without placeholders is a literal tag: pushed as typed, or refused.
function planFromTemplates(entries: string[], opts: PlanTagsOptions): TagPlanEntry[] {
  const values = placeholderValues(opts.version, opts.context)
  const plan: TagPlanEntry[] = []
  for (const entry of entries) {
    if (/[{}]/.test(entry.replace(PLACEHOLDER_PATTERN, ''))) {
      throw new TagError(
        `Unbalanced braces in tag entry ${JSON.stringify(entry)}: write placeholders as {{name}}, e.g. "v{{version}}"`
      )
    }
    if (!HAS_PLACEHOLDER.test(entry)) {
      plan.push({ tag: checkLiteralTag(entry, 'Tag'), rule: 'tag as given' })
      continue
    }
    const rendered = renderTemplate(entry, values)
    if (rendered === undefined) continue
    const tag = sanitizeTag(rendered, `tag template ${JSON.stringify(entry)}`)
    const madeSafe = tag === rendered ? '' : `, made tag-safe from ${JSON.stringify(rendered)}`
    plan.push({ tag, rule: `tag template${madeSafe}`, source: entry })
  }
  return plan
}

/** The entry with its placeholders filled in; undefined when one has no value in this run. */
function renderTemplate(
  entry: string,
  values: Record<Placeholder, string | undefined>
): string | undefined {
  let missing = false
  const rendered = entry.replace(PLACEHOLDER_PATTERN, (_match, inner: string) => {
    const name = inner.trim()
    if (!isPlaceholder(name)) {
      throw new TagError(
        `Unknown placeholder {{${name}}} in tag entry ${JSON.stringify(entry)}. ` +
          `Known placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`
      )
    }
    const value = values[name]
    if (value === undefined || value === '') missing = true
    return value ?? ''
  })
  return missing || rendered === '' ? undefined : rendered
}

function placeholderValues(
  version: string,
  context: GitContext
): Record<Placeholder, string | undefined> {
  const semver = parsePackVersion(version)
  // {{branch}}: the pushed branch; for a pull request, its head (source) branch.
  const branch = isPullRequest(context)
    ? context.headRef
    : context.refType === 'branch'
      ? context.refName
      : undefined
  return {
    version: versionAsTag(semver.text),
    major: semver.major,
    minor: semver.minor,
    patch: semver.patch,
    branch,
    sha: shortSha(context.sha),
    pr: isPullRequest(context) ? pullRequestNumber(context)?.toString() : undefined,
    ref: context.refName
  }
}

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name)
}

/**
 * Tags from the git event:
 * - a pull request: `pr-<n>` only (never `latest`, never a version: it is not a release);
 * - a tag ref that is SemVer (`v` optional): the full version, and for a stable release also
 *   `major.minor`, `major` (not for 0.x: `0` would span breaking changes) and `latest`.
 *   `latest` follows the most recently pushed stable release, 0.x included, as a release
 *   workflow naturally expects; a hotfix tagged on an older line moves it too, so set the
 *   `tags` input where that matters. A pre-release gets only its own tag;
 * - any other tag ref: its name, sanitised;
 * - a branch push: the branch, sanitised, and `sha-<7 hex>`. A context with a branch ref but
 *   no event name (another CI setting only GITHUB_REF) is treated as a push;
 * - anything else (workflow_dispatch or schedule on a branch, no context at all):
 *   the pack version.
 */
function planFromEvent(opts: PlanTagsOptions): TagPlanEntry[] {
  const { context } = opts
  if (isPullRequest(context)) {
    const number = pullRequestNumber(context)
    if (number === undefined) {
      throw new TagError(
        `Cannot tell the pull request number for this ${context.eventName ?? 'pull request'} ` +
          'run (no event payload and no refs/pull/<n>/ ref)',
        { option: 'tags', fix: 'ask for tags explicitly, e.g. "pr-{{sha}}"' }
      )
    }
    return [{ tag: `pr-${number}`, rule: 'pull request', source: `#${number}` }]
  }

  if (context.refType === 'tag' && context.refName !== undefined) {
    return planFromGitTag(context.refName, opts)
  }

  const isPush = context.eventName === 'push' || context.eventName === undefined
  if (isPush && context.refType === 'branch' && context.refName !== undefined) {
    const branch = context.refName
    const tag = sanitizeTag(branch, `branch ${JSON.stringify(branch)}`)
    const plan: TagPlanEntry[] = [{ tag, rule: madeSafe('branch', tag, branch), source: branch }]
    const sha = shortSha(context.sha)
    if (sha !== undefined) plan.push({ tag: `sha-${sha}`, rule: 'commit sha', source: context.sha })
    return plan
  }

  const version = parsePackVersion(opts.version)
  return [
    {
      tag: sanitizeTag(versionAsTag(version.text), `Pack.yaml version ${version.text}`),
      rule: 'pack version',
      source: version.text
    }
  ]
}

function planFromGitTag(gitTag: string, opts: PlanTagsOptions): TagPlanEntry[] {
  const tagVersion = parseStrictSemVer(gitTag.startsWith('v') ? gitTag.slice(1) : gitTag)
  if (tagVersion === undefined) {
    const tag = sanitizeTag(gitTag, `git tag ${JSON.stringify(gitTag)}`)
    return [{ tag, rule: madeSafe('git tag (not SemVer)', tag, gitTag), source: gitTag }]
  }

  if (opts.versionCheck) {
    const packVersion = parsePackVersion(opts.version)
    if (packVersion.text !== tagVersion.text) {
      throw new TagError(
        `Git tag ${gitTag} does not match Pack.yaml metadata.version ${opts.version}`,
        {
          option: 'path',
          fix: 'bump the version in Pack.yaml to match the tag',
          suggest: { option: 'versionCheck', value: 'false' },
          file: opts.packFile
        }
      )
    }
  }

  const { major, minor } = tagVersion
  const plan: TagPlanEntry[] = [
    {
      tag: sanitizeTag(versionAsTag(tagVersion.text), `git tag ${JSON.stringify(gitTag)}`),
      rule: 'semver tag: full version',
      source: gitTag
    }
  ]
  if (tagVersion.prerelease !== undefined) return plan

  plan.push({ tag: `${major}.${minor}`, rule: 'semver tag: major.minor', source: gitTag })
  if (major !== '0') plan.push({ tag: major, rule: 'semver tag: major', source: gitTag })
  plan.push({ tag: 'latest', rule: 'latest (stable release)', source: gitTag })
  return plan
}

/** Pack.yaml's version is validated by the packager; a leading `v` is tolerated all the same. */
function parsePackVersion(version: string): VersionParts {
  const parsed = parseStrictSemVer(version.startsWith('v') ? version.slice(1) : version)
  if (parsed === undefined) {
    throw new TagError(
      `Pack.yaml metadata.version ${JSON.stringify(version)} is not a SemVer version`,
      { option: 'path', fix: 'use MAJOR.MINOR.PATCH, e.g. 1.2.3 or 1.3.0-rc.1' }
    )
  }
  return parsed
}

function isPullRequest(context: GitContext): boolean {
  return (
    context.eventName === 'pull_request' ||
    context.eventName === 'pull_request_target' ||
    pullRequestNumberFromRef(context.ref) !== undefined
  )
}

function pullRequestNumber(context: GitContext): number | undefined {
  return context.prNumber ?? pullRequestNumberFromRef(context.ref)
}

function shortSha(sha: string | undefined): string | undefined {
  return sha !== undefined && /^[0-9a-f]{7,}$/i.test(sha)
    ? sha.slice(0, 7).toLowerCase()
    : undefined
}

/** The rule's name, saying when the tag had to be made tag-safe from its source. */
function madeSafe(rule: string, tag: string, source: string): string {
  return tag === source ? rule : `${rule}, made tag-safe`
}

function withoutDuplicates(plan: TagPlanEntry[]): TagPlanEntry[] {
  const seen = new Set<string>()
  return plan.filter((entry) => {
    if (seen.has(entry.tag)) return false
    seen.add(entry.tag)
    return true
  })
}
