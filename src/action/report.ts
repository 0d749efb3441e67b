// The end of a run on GitHub: outputs, the failure annotations and the job summary, for one
// pack × destination (today's outputs, unchanged) or for many (a metadata array and digests).
import { outcomeEntry, outcomeName, signatureDigests } from '../core/metadata.js'
import type { PublishOutcome } from '../core/types.js'
import type { SourceContext } from '../core/source.js'
import { writeOutputs } from './outputs.js'
import { failureMessage, reportFailure } from './render.js'
import type { Runner } from './runner.js'
import { writeManySummary, writeSummary } from './summary.js'

export function reportRun(
  outcomes: PublishOutcome[],
  context: SourceContext | undefined,
  workspace: string,
  runner: Runner
): void {
  const [only] = outcomes
  if (outcomes.length === 1 && only) {
    reportOne(only, context, workspace, runner)
    return
  }
  const messages = outcomes.map((outcome) =>
    outcome.status === 'failed' ? failureMessage(outcome.error, runner) : undefined
  )
  outcomes.forEach((outcome, index) => {
    const message = messages[index]
    if (message)
      reportFailure(outcome.error, `${outcomeName(outcome)}: ${message}`, workspace, runner)
  })
  runner.setOutput(
    'metadata',
    JSON.stringify(outcomes.map((outcome, i) => outcomeEntry(outcome, messages[i])))
  )
  runner.setOutput('digests', digestLines(outcomes).join('\n'))
  runner.setOutput('signature-digests', JSON.stringify(signatureDigests(outcomes)))
  const failed = messages.filter(Boolean).length
  if (failed > 0) {
    runner.error(`${failed} of ${outcomes.length} pack × destination pushes failed (listed above)`)
    process.exitCode = 1
  }
  guard(runner, () => writeManySummary(outcomes, messages, runner))
}

function reportOne(
  outcome: PublishOutcome,
  context: SourceContext | undefined,
  workspace: string,
  runner: Runner
): void {
  let errorMessage: string | undefined
  if (outcome.status === 'failed') {
    errorMessage = failureMessage(outcome.error, runner)
    reportFailure(outcome.error, errorMessage, workspace, runner)
  } else {
    writeOutputs(outcome, runner)
  }
  guard(runner, () => writeSummary({ outcome, errorMessage, context }, runner))
}

/** `name=digest`, one line per pack whose digest is known. */
function digestLines(outcomes: PublishOutcome[]): string[] {
  const lines = new Set<string>()
  for (const outcome of outcomes) {
    if (outcome.pack && outcome.manifest) {
      lines.add(`${outcome.pack.metadata.name}=${outcome.manifest.digest}`)
    }
  }
  return [...lines]
}

/** The summary is a report, not the result: failing to write it must not fail the push. */
function guard(runner: Runner, write: () => void): void {
  try {
    write()
  } catch (error) {
    runner.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}
