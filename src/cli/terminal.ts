// Everything the CLI prints goes through here: results on stdout, the story on stderr, plain
// lines. Four guarantees hold for every line, whatever its origin (a registry's message, a
// file name): a secret learnt during the run is replaced by ***, it stays one line with every
// control character shown as an escape (inert-text.ts), no line starts a `::` workflow
// command, and progress is drawn only on a terminal, only for large transfers.
import type { PublishEvent } from '../core/types.js'
import type { Logger } from '../oci/types.js'
import type { TextSink } from './io.js'
import { inertJson, inertLine, inertLines } from '../inert-text.js'

/** Transfers at least this large get a progress line (on a terminal). */
export const PROGRESS_THRESHOLD_BYTES = 10 * 1024 * 1024

export interface TerminalOptions {
  quiet: boolean
  debug: boolean
}

export class Terminal {
  private readonly secrets = new Set<string>()
  private progressShown = false
  private lastProgress = ''

  constructor(
    private readonly stdout: TextSink,
    private readonly stderr: TextSink,
    private readonly options: TerminalOptions
  ) {}

  /** Never print this again, anywhere. */
  mask(secret: string): void {
    if (secret !== '') this.secrets.add(secret)
  }

  /** A result line (stdout). */
  result(text: string): void {
    this.write(this.stdout, text)
  }

  /** A result as one line of JSON (stdout), with the same data as `value`. */
  json(value: unknown): void {
    this.stdout.write(this.guarded(inertJson(value)) + '\n')
  }

  /** The story of the run (stderr), left out with --quiet. */
  info(message: string): void {
    if (!this.options.quiet) this.write(this.stderr, message)
  }

  warning(message: string): void {
    this.write(this.stderr, `warning: ${message}`)
  }

  debug(message: string): void {
    if (this.options.debug) this.write(this.stderr, `debug: ${message}`)
  }

  error(message: string): void {
    this.write(this.stderr, `error: ${message}`)
  }

  /** Lines on stderr that --quiet does not silence (help after a usage error, a stack). */
  note(message: string): void {
    this.endProgress()
    this.stderr.write(this.guarded(inertLines(message)) + '\n')
  }

  logger(): Logger {
    return {
      info: (message) => this.info(message),
      warning: (message) => this.warning(message),
      debug: (message) => this.debug(message)
    }
  }

  event(event: PublishEvent): void {
    switch (event.type) {
      case 'phase':
        this.debug(`phase: ${event.phase}`)
        return
      case 'info':
        this.info(event.message)
        return
      case 'debug':
        this.debug(event.message)
        return
      case 'warning':
        this.warning(event.file ? `${event.message} (${location(event)})` : event.message)
        return
      case 'progress':
        this.progress(event.what, event.done, event.total)
        return
      case 'job':
        this.info(`== ${event.title}`)
    }
  }

  /** One line redrawn in place: `Upload blob sha256:…: 42% (12.0 of 28.6 MiB)`. */
  progress(what: string, done: number, total: number): void {
    if (!this.stderr.isTTY || this.options.quiet || total < PROGRESS_THRESHOLD_BYTES) return
    const percent = Math.min(100, Math.floor((done / total) * 100))
    const line = `${what}: ${percent}% (${mebibytes(done)} of ${mebibytes(total)} MiB)`
    if (line === this.lastProgress) return
    this.lastProgress = line
    this.stderr.write(`\r\x1b[K${this.clean(line)}`)
    this.progressShown = true
    if (done >= total) this.endProgress()
  }

  private endProgress(): void {
    if (!this.progressShown) return
    this.stderr.write('\n')
    this.progressShown = false
    this.lastProgress = ''
  }

  private write(sink: TextSink, text: string): void {
    if (sink === this.stderr) this.endProgress()
    sink.write(this.clean(text) + '\n')
  }

  /** Secrets out, one inert line, and no line that a CI runner would take for a command. */
  clean(text: string): string {
    return this.guarded(inertLine(this.masked(text)))
  }

  private masked(text: string): string {
    let out = text
    // Longest first: a secret that contains another must go whole.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      out = out.split(secret).join('***')
    }
    return out
  }

  /** Secrets out (again: escaping may not hide one), and no line a runner takes for a command. */
  private guarded(text: string): string {
    return this.masked(text).replace(/^(\s*)::/gm, '$1: :')
  }
}

function location(event: { file?: string; line?: number }): string {
  return event.line === undefined ? `${event.file}` : `${event.file}:${event.line}`
}

function mebibytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1)
}
