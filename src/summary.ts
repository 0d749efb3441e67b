// The job summary: what was pushed where, or what failed and what was (not) written.
import * as core from '@actions/core'
import { immutableRef, type RunResult } from './outputs.js'

export interface SummaryFailure {
  message: string
  progress: Partial<RunResult>
}

export async function writeSummary(result?: RunResult, failure?: SummaryFailure): Promise<void> {
  // Outside a runner (local runs, the demo) there is no summary file to write.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const summary = core.summary
  if (result) {
    const { metadata } = result.pack
    summary.addHeading(`Sherpack push: ${metadata.name} ${metadata.version}`, 2)
    summary.addTable([
      [
        { data: 'Reference', header: true },
        { data: 'Digest', header: true }
      ],
      ...result.tagPlan.map((t) => [`${result.destination.display}:${t.tag}`, result.digest]),
      [immutableRef(result), result.digest]
    ])
  } else if (failure) {
    summary.addHeading('Sherpack push failed', 2)
    summary.addRaw(failure.message, true)
  }
  await summary.write()
}
