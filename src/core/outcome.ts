// The outcome of work that failed before anything reached a destination.
import type { Phase, PublishOutcome } from './types.js'

export function failedOutcome(error: unknown, phase: Phase): PublishOutcome {
  return {
    status: 'failed',
    failedIn: phase,
    error: error instanceof Error ? error : new Error(String(error)),
    tagPlan: [],
    tagsWritten: [],
    tagsUnchanged: [],
    tagsElsewhere: []
  }
}
