// The job summary: what is in the registry now for this run (written, unchanged, pointing
// elsewhere), or what failed and what was (not) written. Built from values only (names,
// digests, the credential source's name): no secret ever reaches it.
import { immutableRef } from '../core/metadata.js'
import { inertJson, inertLine, inertLines } from '../inert-text.js'
import { isGhcr } from '../oci/hosts.js'
import type { SourceContext } from '../core/source.js'
import type { Phase, PublishOutcome } from '../core/types.js'
import { details, heading, list, paragraph, table } from './html.js'
import type { Runner } from './runner.js'

/** The log group of each phase, as the summary names the one that failed. */
export const PHASE_TITLES: Record<Phase, string> = {
  resolve: 'Resolve inputs',
  package: 'Package',
  authenticate: 'Authenticate',
  plan: 'Plan',
  upload: 'Upload',
  tag: 'Tag',
  signature: 'Attach the signature'
}

export interface SummaryReport {
  outcome: PublishOutcome
  /** The one-line error message, as the log showed it. */
  errorMessage?: string
  context?: SourceContext
}

/** Appends the report to the step summary; does nothing outside a runner (no summary file). */
export function writeSummary(report: SummaryReport, runner: Runner): void {
  runner.appendSummary(renderSummary(report))
}

export function renderSummary(report: SummaryReport): string {
  return [
    headline(report),
    references(report.outcome),
    archive(report.outcome),
    signature(report.outcome),
    facts(report.outcome),
    tagPlan(report.outcome),
    manifestBlock(report.outcome)
  ].join('')
}

function headline({ outcome, errorMessage, context }: SummaryReport): string {
  const parts: string[] = []
  const { pack } = outcome
  const packName = pack ? `${pack.metadata.name} ${pack.metadata.version}` : undefined
  if (outcome.status === 'failed') {
    const title = packName ? `Sherpack push of ${packName} failed` : 'Sherpack push failed'
    const where = outcome.failedIn ? ` in ${PHASE_TITLES[outcome.failedIn]}` : ''
    parts.push(heading(`${escapeHtml(title)}${escapeHtml(where)}`, 2))
    parts.push(paragraph(`<strong>Error:</strong> ${escapeHtml(errorMessage ?? '')}`))
    parts.push(paragraph(escapeHtml(whatWasWritten(outcome))))
  } else {
    const verb =
      outcome.status === 'packaged'
        ? 'packaged (not pushed)'
        : outcome.status === 'planned'
          ? 'planned (not pushed)'
          : 'pushed'
    parts.push(heading(`Sherpack pack ${escapeHtml(packName ?? '')} ${verb}`, 2))
    if (outcome.status === 'packaged') {
      parts.push(
        paragraph(
          `push is false: nothing was written. The manifest digest would be <code>${escapeHtml(outcome.manifest?.digest ?? '')}</code>.`
        )
      )
    }
  }
  const page = ghcrPackagePage(outcome, context)
  if (page && outcome.status !== 'packaged' && outcome.status !== 'planned') {
    parts.push(paragraph(`Package page: <a href="${escapeHtml(page)}">${escapeHtml(page)}</a>`))
  }
  return parts.join('')
}

function references(outcome: PublishOutcome): string {
  const { destination, manifest } = outcome
  const ref = immutableRef(outcome)
  if (!destination || !manifest || !ref || outcome.tagPlan.length === 0) return ''
  // A plan's own table says what each tag would become.
  if (outcome.status === 'planned') return ''
  return (
    heading('References', 3) +
    table([
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
  )
}

function archive({ pack }: PublishOutcome): string {
  if (!pack) return ''
  return (
    heading('Archive', 3) +
    table([
      headerRow('File', 'Size', 'Layer digest', 'Created'),
      [
        code(pack.archiveFileName) + (pack.prebuilt ? ' (prebuilt, pushed as it is)' : ''),
        formatSize(pack.archiveSize),
        code(pack.archiveDigest),
        escapeHtml(pack.created)
      ]
    ])
  )
}

/** The signature pushed next to the pack, and the command that checks the pushed pack with it. */
function signature(outcome: PublishOutcome): string {
  const { signature: attached, destination, manifest } = outcome
  if (!attached || !destination || !manifest) return ''
  const where =
    attached.keptBy === 'api'
      ? "the registry's referrers API"
      : `the referrers index tag ${code(attached.tag ?? '')}`
  const command = `sherpack-push pull oci://${destination.display}@${manifest.digest} --verify --key sherpack.pub`
  return (
    heading('Signature', 3) +
    list([
      `Referrer: ${code(attached.digest)} (minisign key ${code(attached.keyId)}), found through ${where}`,
      `Verify the pushed pack (<code>sherpack.pub</code>: the public key ${code(attached.keyId)}): ${code(command)}`
    ])
  )
}

function facts(outcome: PublishOutcome): string {
  const { destination } = outcome
  const items: string[] = []
  if (destination) items.push(`Destination: ${code(destination.display)}`)
  if (destination?.kind === 'registry') {
    const source = outcome.credentialSource
    items.push(`Credentials: ${source ? escapeHtml(source) : 'not looked up'}`)
  }
  if (outcome.blobsUploaded !== undefined) {
    items.push(
      `Uploaded: ${outcome.blobsUploaded} blob(s), ${formatSize(outcome.bytesUploaded ?? 0)}${outcome.blobsMounted ? `; mounted: ${outcome.blobsMounted}` : ''}`
    )
  }
  const moved = outcome.tagsMoved ?? []
  if (moved.length > 0) {
    items.push(
      `Moved: ${moved.map((t) => `${code(t.tag)} from ${code(t.from)}`).join(', ')}; the digests they left stay in the registry (nothing is deleted), untagged unless another tag names them`
    )
  }
  return items.length > 0 ? list(items) : ''
}

function tagPlan({ tagPlan: plan }: PublishOutcome): string {
  if (plan.length === 0) return ''
  return (
    heading('Tag plan', 3) +
    table([
      headerRow('Tag', 'Rule', 'From'),
      ...plan.map((entry) => [
        code(entry.tag),
        escapeHtml(entry.rule),
        entry.source !== undefined ? code(entry.source) : ''
      ])
    ])
  )
}

function manifestBlock({ manifest }: PublishOutcome): string {
  if (!manifest) return ''
  const json = inertJson(JSON.parse(manifest.bytes.toString('utf8')), 2)
  return details(
    `Manifest ${escapeHtml(manifest.digest)}`,
    `\n\n<pre lang="json"><code>${escapeBlock(json)}</code></pre>\n\n`
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
  if (destination?.kind !== 'registry' || !isGhcr(destination.reference.registry)) return
  const [owner, ...rest] = destination.reference.repository.split('/')
  const [repoOwner, repoName] = context?.repository?.split('/') ?? []
  if (!owner || rest.length === 0 || !repoOwner || !repoName) return
  if (owner !== repoOwner.toLowerCase()) return
  return `https://github.com/${repoOwner}/${repoName}/pkgs/container/${encodeURIComponent(rest.join('/'))}`
}

function tagStatus(outcome: PublishOutcome, tag: string): string {
  const elsewhere = outcome.tagsElsewhere.find((t) => t.tag === tag)
  if (elsewhere) return 'points elsewhere (not this push)'
  const moved = outcome.tagsMoved?.find((t) => t.tag === tag)
  if (moved) return `written; moved from ${code(moved.from)}`
  if (outcome.tagsWritten.includes(tag)) return 'written'
  if (outcome.tagsUnchanged.includes(tag)) return 'unchanged (already pointed here)'
  if (outcome.status === 'packaged') return 'not pushed (push: false)'
  return 'not written'
}

export function headerRow(...names: string[]): { data: string; header: true }[] {
  return names.map((data) => ({ data, header: true }))
}

export function code(text: string): string {
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

/**
 * The summary is GitHub markdown holding HTML blocks, and a blank line ends an HTML block: text
 * after it would be markdown again (a live link, an image). So a text (a name, a registry's
 * message, a path) stays on one line with its control characters escaped (inert-text.ts), and
 * every character that means something to HTML or starts a markdown construct is an entity.
 */
export function escapeHtml(text: string): string {
  return escapeMarkup(inertLine(text))
}

/** Multi-line text of our own making (the manifest's JSON), for a <pre> block. */
function escapeBlock(text: string): string {
  return escapeMarkup(inertLines(text))
}

const MARKUP = /[&<>"'[\]!`*~|\\]/g
const NAMED_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;'
}

function escapeMarkup(text: string): string {
  return text.replace(MARKUP, (char) => NAMED_ENTITIES[char] ?? `&#${char.charCodeAt(0)};`)
}

/** Several packs or destinations: one row per pack × destination. */
export function writeManySummary(
  outcomes: PublishOutcome[],
  messages: (string | undefined)[],
  runner: Runner
): void {
  const failed = outcomes.filter((o) => o.status === 'failed').length
  const planned = outcomes.every((o) => o.status === 'planned')
  const title = planned
    ? `Sherpack: plans for ${outcomes.length} pack × destination (nothing written)`
    : failed === 0
      ? `Sherpack: ${outcomes.length} pack × destination pushes done`
      : `Sherpack: ${failed} of ${outcomes.length} pack × destination pushes failed`
  const rows = outcomes.map((outcome, index) => [
    code(outcome.pack?.metadata.name ?? '?'),
    escapeHtml(outcome.pack?.metadata.version ?? ''),
    code(outcome.destination?.display ?? '?'),
    outcome.manifest ? code(outcome.manifest.digest) : '',
    escapeHtml(outcome.status),
    escapeHtml(messages[index] ?? outcomeTags(outcome))
  ])
  runner.appendSummary(
    heading(escapeHtml(title), 2) +
      table([
        headerRow('Pack', 'Version', 'Destination', 'Digest', 'Status', 'Tags or error'),
        ...rows
      ])
  )
}

function outcomeTags(outcome: PublishOutcome): string {
  const parts = [
    outcome.tagsWritten.length ? `written: ${outcome.tagsWritten.join(', ')}` : '',
    ...(outcome.tagsMoved ?? []).map((t) => `${t.tag} moved from ${t.from}`),
    outcome.tagsUnchanged.length ? `unchanged: ${outcome.tagsUnchanged.join(', ')}` : '',
    ...outcome.tagsElsewhere.map((t) => `${t.tag} → ${t.digest}`),
    outcome.signature ? `signature: ${outcome.signature.digest}` : ''
  ]
  return parts.filter(Boolean).join('; ')
}
