// A child process (a Docker credential helper, git) that cannot outlive its time: at the end of
// it the child gets SIGTERM, and SIGKILL after a short grace when it ignores that. The answer
// does not wait for the child's pipes to close: a grandchild may hold them open for ever.
// Never through a shell.
import { spawn } from 'node:child_process'

export interface ChildAnswer {
  exitCode: number
  stdout: string
  stderr: string
}

export interface ChildOptions {
  /** Written to the child's standard input, which is then closed. */
  input?: string
  /** How long the child may run, in milliseconds. */
  timeoutMs: number
  /** From SIGTERM to SIGKILL. */
  graceMs?: number
  /** Most bytes read from each of stdout and stderr; more ends the child. */
  maxOutput?: number
}

/** The child ran out of time (it was killed) or printed more than it may. */
export class ChildOverrun extends Error {
  override name = 'ChildOverrun'
  constructor(
    message: string,
    readonly reason: 'timeout' | 'output'
  ) {
    super(message)
  }
}

const DEFAULT_GRACE_MS = 2000
const DEFAULT_MAX_OUTPUT = 1 << 20
const PIPE_GRACE_MS = 500

/** Runs `file args`; rejects with the spawn error (ENOENT…) or a ChildOverrun. */
export function runBoundedChild(
  file: string,
  args: readonly string[],
  options: ChildOptions
): Promise<ChildAnswer> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['pipe', 'pipe', 'pipe'] })
    const maxOutput = options.maxOutput ?? DEFAULT_MAX_OUTPUT
    const out = collect(child.stdout, maxOutput, () => overrun('output'))
    const err = collect(child.stderr, maxOutput, () => overrun('output'))
    let settled = false
    let killTimer: ReturnType<typeof setTimeout> | undefined
    const finish = (outcome: () => void): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      clearTimeout(killTimer)
      child.stdout.destroy()
      child.stderr.destroy()
      outcome()
    }
    let failure: ChildOverrun | undefined
    const overrun = (reason: ChildOverrun['reason']): void => {
      if (settled || failure) return
      failure = new ChildOverrun(
        reason === 'timeout'
          ? `gave no answer within ${seconds(options.timeoutMs)}`
          : `printed more than ${maxOutput} bytes`,
        reason
      )
      if (child.exitCode !== null || child.signalCode !== null) return answer(null)
      child.kill('SIGTERM')
      killTimer = setTimeout(() => {
        child.kill('SIGKILL')
        answer(null)
      }, options.graceMs ?? DEFAULT_GRACE_MS)
    }
    const timer = setTimeout(() => overrun('timeout'), options.timeoutMs)
    const answer = (code: number | null): void =>
      finish(() =>
        failure ? reject(failure) : resolve({ exitCode: code ?? 128, stdout: out(), stderr: err() })
      )
    child.on('error', (error) => finish(() => reject(error)))
    child.on('close', answer)
    // Its output is whole once the pipes close; a grandchild holding them gets a moment only.
    child.on('exit', (code) => {
      if (failure) return answer(code)
      setTimeout(() => answer(code), PIPE_GRACE_MS).unref()
    })
    child.stdin.on('error', () => {
      // A child that exits without reading its input: its exit status tells what happened.
    })
    child.stdin.end(options.input ?? '')
  })
}

function collect(stream: NodeJS.ReadableStream, max: number, tooMuch: () => void): () => string {
  const chunks: Buffer[] = []
  let size = 0
  stream.on('data', (chunk: Buffer) => {
    size += chunk.length
    if (size > max) return tooMuch()
    chunks.push(chunk)
  })
  return () => Buffer.concat(chunks).toString('utf8')
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`
}
