// Starting and stopping the long-running tools the tests use (the registry, tinyproxy): why a
// child did not come up, a watchdog that kills it (and removes its files) however this
// process ends, and a stop that asks first and insists after a grace period.
import { spawn, type ChildProcess } from 'node:child_process'
import type { Socket } from 'node:net'

const STOP_GRACE_MS = 3000

/** Resolves with why `child` (the tool `tool`) ended or could not start; never otherwise. */
export function endedEarly(child: ChildProcess, tool: string): Promise<string> {
  return new Promise<string>((resolve) => {
    child.once('error', (error) =>
      resolve(
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? `${tool} is not installed: run scripts/ensure-test-tools.sh`
          : `cannot run ${tool}: ${error.message}`
      )
    )
    child.once('exit', (code, signal) => resolve(`${tool} exited (${signal ?? code})`))
  })
}

/**
 * A shell that kills `child` (and removes `dir`, when given) when our end of its stdin closes,
 * which the kernel does when this process dies in any way, SIGKILL included.
 */
export function startWatchdog(child: ChildProcess, name: string, dir?: string): ChildProcess {
  const script = dir
    ? 'read -r _ignored; kill -9 "$1" 2>/dev/null; sleep 0.2; rm -rf -- "$2"'
    : 'read -r _ignored; kill -9 "$1" 2>/dev/null'
  const args = dir ? [String(child.pid), dir] : [String(child.pid)]
  const watchdog = spawn('sh', ['-c', script, `${name}-watchdog`, ...args], {
    stdio: ['pipe', 'ignore', 'ignore']
  })
  watchdog.unref()
  ;(watchdog.stdin as Socket | null)?.unref()
  watchdog.stdin?.on('error', () => {
    // The watchdog is gone already; the child is stopped by other means.
  })
  child.once('exit', () => watchdog.kill('SIGKILL'))
  return watchdog
}

/** SIGTERM, then SIGKILL if the child has not exited after a grace period. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
  await exited
  clearTimeout(timer)
}
