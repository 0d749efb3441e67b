// A plan on GitHub (plan: true): the `plan` output, the plan table in the job summary, and the
// step's verdict with fail-on-refused. Registry-controlled values (digests read back) are
// escaped like every other text of the summary.
import { planEntries, refusalVerdict, type PlanEntry } from '../core/plan.js'
import type { PublishOutcome } from '../core/types.js'
import { heading, paragraph, table } from './html.js'
import type { Runner } from './runner.js'
import { code, escapeHtml, headerRow } from './summary.js'

export function reportPlan(
  outcomes: PublishOutcome[],
  failOnRefused: boolean,
  runner: Runner
): void {
  const entries = planEntries(outcomes)
  runner.setOutput('plan', JSON.stringify(entries))
  const verdict = refusalVerdict(entries)
  if (verdict && failOnRefused) {
    runner.error(`${verdict} (fail-on-refused is true)`)
    process.exitCode = 1
  }
  try {
    runner.appendSummary(renderPlan(entries, verdict))
  } catch (error) {
    runner.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

export function renderPlan(entries: PlanEntry[], verdict: string | undefined): string {
  const counts = (['new', 'unchanged', 'moves', 'refused'] as const)
    .map((action) => `${entries.filter((e) => e.action === action).length} ${action}`)
    .join(', ')
  return (
    heading('Sherpack push plan', 2) +
    paragraph(
      `Nothing was written: this is what a push would do, read from the registries now (${escapeHtml(counts)}).` +
        (verdict ? ` <strong>${escapeHtml(verdict)}.</strong>` : '')
    ) +
    table([
      headerRow('Pack', 'Destination', 'Tag', 'Action', 'Now', 'After the push', 'Why'),
      ...entries.map((entry) => [
        `${code(entry.pack)} ${escapeHtml(entry.version)}`,
        code(entry.destination),
        code(entry.tag),
        `<strong>${escapeHtml(entry.action)}</strong>`,
        entry.current === null ? 'no tag' : code(entry.current),
        entry.action === 'refused' ? 'as now' : code(entry.digest),
        escapeHtml(entry.reason ?? '')
      ])
    ])
  )
}
