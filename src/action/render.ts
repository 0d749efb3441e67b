// Renders the core's events and errors on a GitHub runner: one log group per phase, warnings
// and errors as annotations on the file they name, and every echoed text made safe so that no
// value (a path, a tag, a registry's message) can become a workflow command.
import path from 'node:path'
import * as core from '@actions/core'
import { isUserError, type Suggestion } from '../errors.js'
import type { Logger, Phase, PublishEvent } from '../core/types.js'
import { INPUT_NAMES } from './inputs.js'
import { PHASE_TITLES } from './summary.js'

/**
 * One log line that the runner shows as text: line breaks are escaped as @actions/core escapes
 * command values, and a line that would start with `::` gets an invisible zero-width space so
 * the runner never reads it as a command.
 */
export function safeLine(text: string): string {
  const escaped = text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
  return /^\s*::/.test(escaped) ? `\u200b${escaped}` : escaped
}

/** Events → log: a group per phase, closed when the next one opens or the run ends. */
export class ActionLog {
  private open = false

  constructor(private readonly workspace: string) {}

  /** For the credential lookup, which logs where credentials came from (never what they are). */
  readonly logger: Logger = {
    info: (message) => core.info(safeLine(message)),
    warning: (message) => core.warning(message),
    debug: (message) => core.debug(message)
  }

  readonly onEvent = (event: PublishEvent): void => {
    switch (event.type) {
      case 'phase':
        this.startPhase(event.phase)
        return
      case 'info':
        core.info(safeLine(event.message))
        return
      case 'debug':
        core.debug(event.message)
        return
      case 'warning':
        core.warning(event.message, annotationProperties(this.workspace, event.file, event.line))
        return
      case 'progress':
        return
    }
  }

  startPhase(phase: Phase): void {
    this.end()
    core.startGroup(PHASE_TITLES[phase])
    this.open = true
  }

  end(): void {
    if (this.open) core.endGroup()
    this.open = false
  }
}

/** The one-line message for a failure: a user error's own words, else a bug report request. */
export function failureMessage(error: unknown): string {
  if (isUserError(error)) {
    return error.suggest ? `${error.message} (${suggestion(error.suggest)})` : error.message
  }
  if (error instanceof Error && error.stack) core.debug(error.stack)
  const message = error instanceof Error ? error.message : String(error)
  return `${message} (unexpected error in sherpack/push-action: please report it with the debug log)`
}

/** Fails the step with the message, annotated on the file the error names (with its line). */
export function reportFailure(error: unknown, message: string, workspace: string): void {
  const file = isUserError(error) ? error.file : undefined
  if (!file) {
    core.setFailed(message)
    return
  }
  // One annotation, on the file (and line) the error names; the step still fails.
  core.error(
    message,
    annotationProperties(workspace, file, isUserError(error) ? error.line : undefined)
  )
  process.exitCode = core.ExitCode.Failure
}

function suggestion({ option, value }: Suggestion): string {
  if (option === 'credentials') {
    return 'set the username and password inputs, SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD, or log in with docker/login-action first'
  }
  const input = INPUT_NAMES[option] ?? option
  return value === undefined ? `see the ${input} input` : `or set ${input}: ${value}`
}

function annotationProperties(
  workspace: string,
  file: string | undefined,
  line: number | undefined
): core.AnnotationProperties {
  const relative = workspaceRelative(workspace, file)
  return relative ? { file: relative, startLine: line } : {}
}

/** Relative to the workspace, as annotations need; outside it, the absolute path. */
function workspaceRelative(workspace: string, file: string | undefined): string | undefined {
  if (!file) return undefined
  const relative = path.relative(workspace, path.resolve(file))
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? path.resolve(file)
    : relative.split(path.sep).join('/')
}
