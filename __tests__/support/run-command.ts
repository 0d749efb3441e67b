// Runs a command to completion and hands back its output, for the harness's own tools.
import { spawn } from 'node:child_process'

export interface CommandResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: Buffer
  stderr: string
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv
  /** Working directory (default: this process's). */
  cwd?: string
  input?: string | Buffer
  timeoutMs?: number
}

/** Runs `file args` without a shell; never rejects on a non-zero exit (see runChecked). */
export function runCommand(
  file: string,
  args: readonly string[],
  options: RunOptions = {}
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 60_000,
      killSignal: 'SIGKILL'
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'ENOENT'
            ? `${file} is not installed: run scripts/ensure-test-tools.sh`
            : `cannot run ${file}: ${error.message}`
        )
      )
    )
    child.on('close', (code, signal) =>
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr).toString('utf8')
      })
    )
    child.stdin.on('error', () => {
      // The command may exit without reading its input; its exit status tells what happened.
    })
    child.stdin.end(options.input)
  })
}

/** Like runCommand, but rejects with the command's stderr when it does not exit 0. */
export async function runChecked(
  file: string,
  args: readonly string[],
  options: RunOptions = {}
): Promise<CommandResult> {
  const result = await runCommand(file, args, options)
  if (result.code !== 0) {
    const how = result.signal ? `was killed by ${result.signal}` : `exited ${result.code}`
    // Arguments stay out of the message: they may hold credentials.
    throw new Error(`${file} ${how}: ${result.stderr.trim()}`)
  }
  return result
}
