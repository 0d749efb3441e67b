// The job summary: what was pushed where, or what failed and what was (not) written. Built from
// values only (names, digests, the credential source's name): no secret ever reaches it.
import * as core from '@actions/core'
import type { GitContext } from './context.js'
import { immutableRef, type RunResult } from './outputs.js'

/** What a run had learned when it stopped: the phase it was in, and whatever it had built. */
export interface RunProgress extends Partial<RunResult> {
  /** The log group running when the run stopped: Resolve inputs, Package, Authenticate, … */
  phase?: string
  context?: GitContext
}

export type SummaryReport =
  | { ok: true; result: RunResult; context?: GitContext }
  | { ok: false; error: { message: string; name?: string }; progress: RunProgress }

/** Appends the report to the step summary; does nothing outside a runner (no summary file). */
export async function writeSummary(report: SummaryReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  addReport(report)
  await core.summary.write()
}

function addReport(report: SummaryReport): void {
  const summary = core.summary
  const progress: RunProgress = report.ok ? report.result : report.progress
  const context = report.ok ? report.context : report.progress.context
  const { pack, destination } = progress
  const packName = pack ? `${pack.metadata.name} ${pack.metadata.version}` : undefined

  if (report.ok) {
    const { result } = report
    const verb = !result.pushed ? 'packaged (not pushed)' : 'pushed'
    summary.addHeading(`Sherpack pack ${escapeHtml(packName ?? '')} ${verb}`, 2)
    if (!result.pushed) {
      summary.addRaw(
        `<p>push is false: nothing was written. The manifest digest would be <code>${escapeHtml(result.digest)}</code>.</p>`,
        true
      )
    }
  } else {
    const title = packName ? `Sherpack push of ${packName} failed` : 'Sherpack push failed'
    const where = progress.phase ? ` in ${progress.phase}` : ''
    summary.addHeading(`${escapeHtml(title)}${escapeHtml(where)}`, 2)
    summary.addRaw(`<p><strong>Error:</strong> ${escapeHtml(report.error.message)}</p>`, true)
    summary.addRaw(`<p>${escapeHtml(whatWasWritten(progress, report.error.name))}</p>`, true)
  }

  const page = ghcrPackagePage(progress, context)
  if (page && (!report.ok || report.result.pushed)) {
    summary.addRaw(
      `<p>Package page: <a href="${escapeAttribute(page)}">${escapeHtml(page)}</a></p>`,
      true
    )
  }

  if (destination && progress.digest && progress.tagPlan) {
    summary.addHeading('References', 3)
    const status = tagStatus(progress, report)
    summary.addTable([
      headerRow('Reference', 'Digest', 'Result'),
      ...progress.tagPlan.map((entry) => [
        code(`${destination.display}:${entry.tag}`),
        code(progress.digest as string),
        status(entry.tag)
      ]),
      [
        code(immutableRef({ destination, digest: progress.digest })),
        code(progress.digest),
        'immutable reference'
      ]
    ])
  }

  if (pack) {
    summary.addHeading('Archive', 3)
    summary.addTable([
      headerRow('File', 'Size', 'Layer digest', 'Created'),
      [
        code(pack.archiveFileName) + (pack.prebuilt ? ' (prebuilt, pushed as it is)' : ''),
        formatSize(pack.archiveSize),
        code(pack.archiveDigest),
        escapeHtml(pack.created)
      ]
    ])
  }

  const details: string[] = []
  if (destination) details.push(`Destination: ${code(destination.display)}`)
  if (destination?.kind === 'registry') {
    details.push(
      `Credentials: ${progress.credentialSource ? escapeHtml(progress.credentialSource) : 'not looked up'}`
    )
  }
  if (progress.blobsUploaded !== undefined) {
    details.push(
      `Uploaded: ${progress.blobsUploaded} blob(s), ${formatSize(progress.bytesUploaded ?? 0)}`
    )
  }
  if (details.length > 0) summary.addList(details)

  if (progress.tagPlan && progress.tagPlan.length > 0) {
    summary.addHeading('Tag plan', 3)
    summary.addTable([
      headerRow('Tag', 'Rule', 'From'),
      ...progress.tagPlan.map((entry) => [
        code(entry.tag),
        escapeHtml(entry.rule),
        entry.source !== undefined ? code(entry.source) : ''
      ])
    ])
  }

  if (progress.manifest) {
    const json = JSON.stringify(JSON.parse(progress.manifest.bytes.toString('utf8')), null, 2)
    summary.addDetails(
      `Manifest ${escapeHtml(progress.manifest.digest)}`,
      `\n\n<pre lang="json"><code>${escapeHtml(json)}</code></pre>\n\n`
    )
  }
}

/** One sentence on the state the destination was left in, by the phase that failed. */
export function whatWasWritten(progress: RunProgress, errorName?: string): string {
  const target = progress.destination
    ? progress.destination.kind === 'layout'
      ? `the OCI layout ${progress.destination.display}`
      : progress.destination.display
    : 'the destination'
  switch (progress.phase) {
    case 'Upload':
      return progress.destination?.kind === 'layout'
        ? `Nothing was tagged in ${target}: its index.json was not changed.`
        : `No tag was written to ${target}. Blobs uploaded before the failure, if any, are not referenced by any tag; a re-run skips them.`
    case 'Tag':
      if (errorName === 'PartialTagError') {
        return `Some tags were written to ${target} and others were not: the error above lists both. Every blob is in place, so a re-run only writes the missing tags.`
      }
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
  progress: Pick<RunProgress, 'destination'>,
  context: GitContext | undefined
): string | undefined {
  const destination = progress.destination
  if (destination?.kind !== 'registry' || destination.reference.registry !== 'ghcr.io') return
  const [owner, ...rest] = destination.reference.repository.split('/')
  const [repoOwner, repoName] = context?.repository?.split('/') ?? []
  if (!owner || rest.length === 0 || !repoOwner || !repoName) return
  if (owner !== repoOwner.toLowerCase()) return
  return `https://github.com/${repoOwner}/${repoName}/pkgs/container/${encodeURIComponent(rest.join('/'))}`
}

function tagStatus(progress: RunProgress, report: SummaryReport): (tag: string) => string {
  return (tag) => {
    if (progress.tagsWritten?.includes(tag)) return 'written'
    if (progress.tagsUnchanged?.includes(tag)) return 'unchanged (already pointed here)'
    if (report.ok) return report.result.pushed ? 'written' : 'not pushed (push: false)'
    if (report.error.name === 'PartialTagError') return 'see the error above'
    return 'not written'
  }
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
