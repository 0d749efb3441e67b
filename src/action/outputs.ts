// The step's outputs. Names are a public interface (action.yml): extend, never rename.
import * as core from '@actions/core'
import { outcomeMetadata, outcomeValues } from '../core/metadata.js'
import type { PublishOutcome } from '../core/types.js'

export function outputValues(outcome: PublishOutcome): Record<string, string> | undefined {
  const values = outcomeValues(outcome)
  if (!values) return undefined
  return { ...values, metadata: JSON.stringify(outcomeMetadata(outcome)) }
}

export function writeOutputs(outcome: PublishOutcome): void {
  const values = outputValues(outcome)
  if (!values) return
  for (const [name, value] of Object.entries(values)) core.setOutput(name, value)
  core.info(`digest=${values.digest}`)
  core.info(`ref=${values.ref}`)
}
