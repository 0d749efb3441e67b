// The hand-off to attestations: when the runner names a GITHUB_ARTIFACTS file (actions/attest
// discovers its subjects there), one `oci://<registry>/<repository>@<digest>` line per pack ×
// destination this run pushed is appended to it. Without the variable, nothing is written.
import { appendFile } from 'node:fs/promises'
import type { PublishOutcome } from '../core/types.js'

/** The lines for what is in a registry now: pushed, or found already there. */
export function artifactLines(outcomes: PublishOutcome[]): string[] {
  return outcomes.flatMap((outcome) => {
    const { destination, manifest } = outcome
    const pushed = outcome.status === 'written' || outcome.status === 'unchanged'
    if (!pushed || destination?.kind !== 'registry' || !manifest) return []
    return [`oci://${destination.display}@${manifest.digest}`]
  })
}

/** Appends the lines to $GITHUB_ARTIFACTS; returns how many, 0 when it is not set. */
export async function recordArtifacts(
  outcomes: PublishOutcome[],
  env: NodeJS.ProcessEnv
): Promise<number> {
  const file = env.GITHUB_ARTIFACTS
  const lines = artifactLines(outcomes)
  if (!file || lines.length === 0) return 0
  await appendFile(file, lines.map((line) => `${line}\n`).join(''))
  return lines.length
}
