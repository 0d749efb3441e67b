// The job summary: what is in the registry now for this run (written, unchanged, pointing
// elsewhere), or what failed and what was (not) written. Built from values only (names,
// digests, the credential source's name): no secret ever reaches it.
import * as core from '@actions/core'
import { immutableRef } from '../core/metadata.js'
import type { SourceContext } from '../core/source.js'
import type { Phase, PublishOutcome } from '../core/types.js'

/** The log group of each phase, as the summary names the one that failed. */
export const PHASE_TITLES: Record<Phase, string> = {
  resolve: 'Resolve inputs',
  package: 'Package',
  authenticate: 'Authenticate',
  upload: 'Upload',
  tag: 'Tag'
}

export interface SummaryReport {
  outcome: PublishOutcome
  /** The one-line error message, as the log showed it. */
  errorMessage?: string
  context?: SourceContext
}

/** Appends the report to the step summary; does nothing outside a runner (no summary file). */
export async function writeSummary(report: SummaryReport, summaryFile: string | undefined) {
  if (!summaryFile) return
  addHeadline(report)
  addReferences(report.outcome)
  addArchive(report.outcome)
  addDetails(report.outcome)
  addTagPlan(report.outcome)
  addManifest(report.outcome)
  await core.summary.write()
}

function addHeadline({ outcome, errorMessage, context }: SummaryReport): void {
  const { summary } = core
  const { pack } = outcome
  const packName = pack ? `${pack.metadata.name} ${pack.metadata.version}` : undefined
  if (outcome.status === 'failed') {
    const title = packName ? `Sherpack push of ${packName} failed` : 'Sherpack push failed'
    const where = outcome.failedIn ? ` in ${PHASE_TITLES[outcome.failedIn]}` : ''
    summary.addHeading(`${escapeHtml(title)}${escapeHtml(where)}`, 2)
    summary.addRaw(`<p><strong>Error:</strong> ${escapeHtml(errorMessage ?? '')}</p>`, true)
    summary.addRaw(`<p>${escapeHtml(whatWasWritten(outcome))}</p>`, true)
  } else {
    const verb = outcome.status === 'packaged' ? 'packaged (not pushed)' : 'pushed'
    summary.addHeading(`Sherpack pack ${escapeHtml(packName ?? '')} ${verb}`, 2)
    if (outcome.status === 'packaged') {
      summary.addRaw(
        `<p>push is false: nothing was written. The manifest digest would be <code>${escapeHtml(outcome.manifest?.digest ?? '')}</code>.</p>`,
        true
      )
    }
  }
  const page = ghcrPackagePage(outcome, context)
  if (page && outcome.status !== 'packaged') {
    summary.addRaw(
      `<p>Package page: <a href="${escapeAttribute(page)}">${escapeHtml(page)}</a></p>`,
      true
    )
  }
}

function addReferences(outcome: PublishOutcome): void {
  const { destination, manifest } = outcome
  const ref = immutableRef(outcome)
  if (!destination || !manifest || !ref || outcome.tagPlan.length === 0) return
  core.summary.addHeading('References', 3)
  core.summary.addTable([
    headerRow('Reference', 'Digest', 'Result'),
    ...outcome.tagPlan.map(({ tag }) => {
      const elsewhere = outcome.tagsElsewhere.find((t) => t.tag === tag)
      return [
        code(`${destination.display}:${tag}`),
        code(elsewhere?.digest ?? manifest.digest),
        tagStatus(outcome, tag)
      ]
    }),
    [code(ref), code(manifest.digest), 'immutable reference']
  ])
}

function addArchive({ pack }: PublishOutcome): void {
  if (!pack) return
  core.summary.addHeading('Archive', 3)
  core.summary.addTable([
    headerRow('File', 'Size', 'Layer digest', 'Created'),
    [
      code(pack.archiveFileName) + (pack.prebuilt ? ' (prebuilt, pushed as it is)' : ''),
      formatSize(pack.archiveSize),
      code(pack.archiveDigest),
      escapeHtml(pack.created)
    ]
  ])
}

function addDetails(outcome: PublishOutcome): void {
  const { destination } = outcome
  const details: string[] = []
  if (destination) details.push(`Destination: ${code(destination.display)}`)
  if (destination?.kind === 'registry') {
    const source = outcome.credentialSource
    details.push(`Credentials: ${source ? escapeHtml(source) : 'not looked up'}`)
  }
  if (outcome.blobsUploaded !== undefined) {
    details.push(
      `Uploaded: ${outcome.blobsUploaded} blob(s), ${formatSize(outcome.bytesUploaded ?? 0)}`
    )
  }
  if (details.length > 0) core.summary.addList(details)
}

function addTagPlan({ tagPlan }: PublishOutcome): void {
  if (tagPlan.length === 0) return
  core.summary.addHeading('Tag plan', 3)
  core.summary.addTable([
    headerRow('Tag', 'Rule', 'From'),
    ...tagPlan.map((entry) => [
      code(entry.tag),
      escapeHtml(entry.rule),
      entry.source !== undefined ? code(entry.source) : ''
    ])
  ])
}

function addManifest({ manifest }: PublishOutcome): void {
  if (!manifest) return
  const json = JSON.stringify(JSON.parse(manifest.bytes.toString('utf8')), null, 2)
  core.summary.addDetails(
    `Manifest ${escapeHtml(manifest.digest)}`,
    `\n\n<pre lang="json"><code>${escapeHtml(json)}</code></pre>\n\n`
  )
}

/** One sentence on what the destination holds after a failure, from what was really written. */
export function whatWasWritten(outcome: PublishOutcome): string {
  const { destination } = outcome
  const target = destination
    ? destination.kind === 'layout'
      ? `the OCI layout ${destination.display}`
      : destination.display
    : 'the destination'
  const written = [...outcome.tagsWritten, ...outcome.tagsUnchanged]
  if (written.length > 0 || outcome.tagsElsewhere.length > 0) {
    const planned = outcome.tagPlan.map((t) => t.tag)
    const missing = planned.filter(
      (tag) => !written.includes(tag) && !outcome.tagsElsewhere.some((t) => t.tag === tag)
    )
    const parts = [
      written.length > 0 ? `Tags on this push's digest in ${target}: ${written.join(', ')}.` : '',
      ...outcome.tagsElsewhere.map((t) => `Tag ${t.tag} points to ${t.digest}, not this push.`),
      missing.length > 0 ? `Not written: ${missing.join(', ')}.` : ''
    ]
    return parts.filter(Boolean).join(' ')
  }
  switch (outcome.failedIn) {
    case 'upload':
      return destination?.kind === 'layout'
        ? `Nothing was tagged in ${target}: its index.json was not changed.`
        : `No tag was written to ${target}. Blobs uploaded before the failure, if any, are not referenced by any tag; a re-run skips them.`
    case 'tag':
      return `No tag was written to ${target}. Every blob is in place, so a re-run uploads nothing again.`
    default:
      return `Nothing was written to ${target}.`
  }
}

/**
 * The package's page on github.com for a ghcr.io push from the same owner's repository. Pushes
 * from a workflow (and our org.opencontainers.image.source annotation) link the package to the
 * repository, and the repository-scoped URL works for user- and organization-owned packages
 * alike. Undefined for other registries or another owner's namespace.
 */
export function ghcrPackagePage(
  outcome: Pick<PublishOutcome, 'destination'>,
  context: SourceContext | undefined
): string | undefined {
  const destination = outcome.destination
  if (destination?.kind !== 'registry' || destination.reference.registry !== 'ghcr.io') return
  const [owner, ...rest] = destination.reference.repository.split('/')
  const [repoOwner, repoName] = context?.repository?.split('/') ?? []
  if (!owner || rest.length === 0 || !repoOwner || !repoName) return
  if (owner !== repoOwner.toLowerCase()) return
  return `https://github.com/${repoOwner}/${repoName}/pkgs/container/${encodeURIComponent(rest.join('/'))}`
}

function tagStatus(outcome: PublishOutcome, tag: string): string {
  const elsewhere = outcome.tagsElsewhere.find((t) => t.tag === tag)
  if (elsewhere) return 'points elsewhere (not this push)'
  if (outcome.tagsWritten.includes(tag)) return 'written'
  if (outcome.tagsUnchanged.includes(tag)) return 'unchanged (already pointed here)'
  if (outcome.status === 'packaged') return 'not pushed (push: false)'
  return 'not written'
}

function headerRow(...names: string[]): { data: string; header: true }[] {
  return names.map((data) => ({ data, header: true }))
}

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`
}

/** 2330 → "2.3 KiB (2330 bytes)". */
export function formatSize(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB']
  let value = bytes
  let unit = ''
  for (const next of units) {
    if (value < 1024) break
    value /= 1024
    unit = next
  }
  return unit === '' ? `${bytes} bytes` : `${value.toFixed(1)} ${unit} (${bytes} bytes)`
}

/** The summary is HTML: names, messages and paths are text, never markup. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

function escapeAttribute(text: string): string {
  return escapeHtml(text).replaceAll('"', '&quot;')
}
