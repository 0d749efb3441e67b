// The GitHub Actions runner protocol, as documented ("Workflow commands for GitHub Actions"):
// inputs from INPUT_* variables, `::command props::data` lines on stdout, outputs appended to
// the GITHUB_OUTPUT file as heredocs, the job summary appended to GITHUB_STEP_SUMMARY.
//
// Written here rather than taken from @actions/core: that package loads @actions/http-client and
// undici (for OIDC tokens, which this action never asks for) on every run, which roughly doubled
// the action's start-up (bench/results.md measures what each import costs). The escaping below is the one the protocol defines, and the one @actions/core applies.
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import { inertLine, inertLines } from '../inert-text.js'

export interface AnnotationProperties {
  file?: string
  startLine?: number
}

/** Command data: `%`, CR and LF escaped, so a value can never end the command line. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Command properties: also `:` and `,`, which separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

export class Runner {
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly write: (text: string) => void = (text) => process.stdout.write(text)
  ) {}

  /** An input as the runner passes it: INPUT_<NAME>, spaces as `_`, trimmed; '' when unset. */
  input(name: string): string {
    return (this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
  }

  command(name: string, data: string, properties: Record<string, string | number> = {}): void {
    const props = Object.entries(properties)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
      .join(',')
    this.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(data)}${EOL}`)
  }

  // What the log shows is one line of inert text (control characters escaped visibly), so
  // that nothing a registry or a pack says can drive the viewer's terminal or split a message.

  /** A plain log line; the caller makes sure it cannot read as a command (render.safeLine). */
  info(line: string): void {
    this.write(`${inertLine(line)}${EOL}`)
  }

  /** Debug lines may span lines (a bug's stack): escaped command data, shown only when debugging. */
  debug(message: string): void {
    this.command('debug', inertLines(message))
  }

  warning(message: string, where: AnnotationProperties = {}): void {
    this.command('warning', inertLine(message), annotationProps(where))
  }

  error(message: string, where: AnnotationProperties = {}): void {
    this.command('error', inertLine(message), annotationProps(where))
  }

  mask(secret: string): void {
    if (secret) this.command('add-mask', secret)
  }

  startGroup(title: string): void {
    this.command('group', inertLine(title))
  }

  endGroup(): void {
    this.command('endgroup', '')
  }

  /** Appends `name<<DELIMITER` … to GITHUB_OUTPUT, with a delimiter the value cannot hold. */
  setOutput(name: string, value: string): void {
    const file = this.env.GITHUB_OUTPUT
    if (!file) {
      this.command('set-output', value, { name })
      return
    }
    const delimiter = `ghadelimiter_${randomUUID()}`
    if (name.includes(delimiter) || value.includes(delimiter)) {
      throw new Error(`the output ${name} holds its own heredoc delimiter`)
    }
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`)
  }

  /** Appends HTML to the job summary; false when the runner gave no summary file. */
  appendSummary(html: string): boolean {
    const file = this.env.GITHUB_STEP_SUMMARY
    if (!file) return false
    appendFileSync(file, html)
    return true
  }
}

function annotationProps(where: AnnotationProperties): Record<string, string | number> {
  const props: Record<string, string | number> = {}
  if (where.file) props.file = where.file
  if (where.startLine !== undefined) props.line = where.startLine
  return props
}
