// The commit time of the checkout holding a directory, read with the git command line.
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { runBoundedChild } from '../bounded-child.js'

/**
 * `git log -1 --format=%ct` for HEAD of the checkout holding `dir`; undefined outside a
 * checkout, without git, or when git fails. A checkout owned by another user (container jobs,
 * self-hosted runners) makes git refuse with "dubious ownership": we name that one directory
 * as safe for this read-only query, and turn off fsmonitor so its config runs nothing.
 */
export async function gitCommitTime(dir: string): Promise<number | undefined> {
  const start = isDirectory(dir) ? path.resolve(dir) : path.dirname(path.resolve(dir))
  const top = checkoutRoot(start)
  if (top === undefined) return undefined
  const args = ['-c', `safe.directory=${top}`, '-c', 'core.fsmonitor=false', '-C', start]
  const output = await run('git', [...args, 'log', '-1', '--format=%ct'])
  const seconds = Number(output?.trim())
  return output !== undefined && Number.isInteger(seconds) && seconds > 0 ? seconds : undefined
}

/** The nearest directory at or above `dir` that holds `.git` (a directory, or a worktree file). */
function checkoutRoot(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current
    if (path.dirname(current) === current) return undefined
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

/** git's output, or undefined when it fails, is missing, or runs over 10 s (then it is killed). */
async function run(command: string, args: string[]): Promise<string | undefined> {
  try {
    const answer = await runBoundedChild(command, args, { timeoutMs: 10_000 })
    return answer.exitCode === 0 ? answer.stdout : undefined
  } catch {
    return undefined
  }
}
