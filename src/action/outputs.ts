// The step's outputs. Names are a public interface (action.yml): extend, never rename.
import { outcomeMetadata, outcomeValues } from '../core/metadata.js'
import type { PublishOutcome } from '../core/types.js'
import type { Runner } from './runner.js'

export function outputValues(outcome: PublishOutcome): Record<string, string> | undefined {
  const values = outcomeValues(outcome)
  if (!values) return undefined
  return { ...values, metadata: JSON.stringify(outcomeMetadata(outcome)) }
}

export function writeOutputs(outcome: PublishOutcome, runner: Runner): void {
  const values = outputValues(outcome)
  if (!values) return
  for (const [name, value] of Object.entries(values)) runner.setOutput(name, value)
  runner.info(`digest=${values.digest}`)
  runner.info(`ref=${values.ref}`)
}
