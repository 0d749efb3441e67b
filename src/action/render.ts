// Renders the core's events and errors on a GitHub runner: one log group per phase, warnings
// and errors as annotations on the file they name, and every echoed text made safe so that no
// value (a path, a tag, a registry's message) can become a workflow command.
import path from 'node:path'
import { isUserError, type Suggestion } from '../errors.js'
import { withGitHubAdvice } from './github-advice.js'
import type { Logger, Phase, PublishEvent } from '../core/types.js'
import { INPUT_NAMES } from './inputs.js'
import { inertLine } from '../inert-text.js'
import type { AnnotationProperties, Runner } from './runner.js'
import { PHASE_TITLES } from './summary.js'

/**
 * One log line that the runner shows as text: line breaks and other control characters are
 * written as visible escapes (inert-text.ts), and a line that would start with `::` gets an
 * invisible zero-width space so the runner never reads it as a command.
 */
export function safeLine(text: string): string {
  const escaped = inertLine(text)
  return /^\s*::/.test(escaped) ? `\u200b${escaped}` : escaped
}

/** Events → log: a group per phase, closed when the next one opens or the run ends. */
export class ActionLog {
  private open = false
  private phase: Phase | undefined
  private inJob = false

  constructor(
    private readonly runner: Runner,
    private readonly workspace: string
  ) {}

  /** For the credential lookup, which logs where credentials came from (never what they are). */
  readonly logger: Logger = {
    info: (message) => this.runner.info(safeLine(message)),
    warning: (message) => this.runner.warning(message),
    debug: (message) => this.runner.debug(message)
  }

  readonly onEvent = (event: PublishEvent): void => {
    switch (event.type) {
      case 'phase':
        this.startPhase(event.phase)
        return
      case 'info':
        this.runner.info(safeLine(event.message))
        return
      case 'debug':
        this.runner.debug(event.message)
        return
      case 'warning':
        this.runner.warning(
          event.message,
          annotationProperties(this.workspace, event.file, event.line)
        )
        return
      case 'progress':
        return
      case 'job':
        this.startJob(event.title)
        return
    }
  }

  /** Several packs: one group per pack's work; its phases become lines inside it. */
  private startJob(title: string): void {
    this.end()
    this.runner.startGroup(title)
    this.open = true
    this.inJob = true
  }

  startPhase(phase: Phase): void {
    if (this.inJob) {
      this.runner.info(`▸ ${PHASE_TITLES[phase]}`)
      return
    }
    if (this.open && this.phase === phase) return
    this.end()
    this.phase = phase
    this.runner.startGroup(PHASE_TITLES[phase])
    this.open = true
  }

  end(): void {
    if (this.open) this.runner.endGroup()
    this.open = false
  }
}

/** The one-line message for a failure: a user error's own words, else a bug report request. */
export function failureMessage(error: unknown, runner: Runner): string {
  if (isUserError(error)) {
    const message = withGitHubAdvice(error)
    if (!error.suggest) return message
    return `${message.replace(/\.$/, '')} (${suggestion(error.suggest)})`
  }
  if (error instanceof Error && error.stack) runner.debug(error.stack)
  const message = error instanceof Error ? error.message : String(error)
  return `${message} (unexpected error in sherpack/push-action: please report it with the debug log)`
}

/** Fails the step with the message, annotated on the file the error names (with its line). */
export function reportFailure(
  error: unknown,
  message: string,
  workspace: string,
  runner: Runner
): void {
  const file = isUserError(error) ? error.file : undefined
  const line = isUserError(error) ? error.line : undefined
  // One error annotation, on the file (and line) the error names when it names one.
  runner.error(message, annotationProperties(workspace, file, line))
  process.exitCode = 1
}

function suggestion({ option, value }: Suggestion): string {
  if (option === 'credentials') {
    return 'credentials come from the username and password inputs, SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD, or a docker/login-action login'
  }
  const input = INPUT_NAMES[option] ?? option
  return value === undefined ? `the ${input} input` : `${input}: ${value}`
}

function annotationProperties(
  workspace: string,
  file: string | undefined,
  line: number | undefined
): AnnotationProperties {
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
