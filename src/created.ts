// The reproducible `created` time: SOURCE_DATE_EPOCH, else the commit time of HEAD, else now.
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from './inputs.js'

export interface CreatedTime {
  date: Date
  /** Where the time came from, for the log. */
  source: 'SOURCE_DATE_EPOCH' | 'commit time of HEAD' | 'current time'
}

export type GitCommitTime = (packPath: string) => Promise<number | undefined>

/** `git log -1 --format=%ct` where the pack is; undefined outside a git checkout. */
export const gitCommitTime: GitCommitTime = async (packPath) => {
  const { getExecOutput } = await import('@actions/exec')
  try {
    const isDir = await stat(packPath).then(
      (s) => s.isDirectory(),
      () => false
    )
    const dir = isDir ? packPath : path.dirname(packPath)
    const result = await getExecOutput('git', ['-C', dir, 'log', '-1', '--format=%ct'], {
      silent: true,
      ignoreReturnCode: true
    })
    const seconds = Number(result.stdout.trim())
    return result.exitCode === 0 && Number.isInteger(seconds) && seconds > 0 ? seconds : undefined
  } catch {
    // No git on the machine: fall back to the current time.
    return undefined
  }
}

export async function resolveCreatedTime(
  packPath: string,
  env: NodeJS.ProcessEnv = process.env,
  commitTime: GitCommitTime = gitCommitTime,
  now: () => Date = () => new Date()
): Promise<CreatedTime> {
  const epoch = env.SOURCE_DATE_EPOCH?.trim()
  if (epoch) {
    if (!/^\d+$/.test(epoch)) {
      throw new InputError(
        `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, got '${epoch}'.`
      )
    }
    return { date: new Date(Number(epoch) * 1000), source: 'SOURCE_DATE_EPOCH' }
  }
  const seconds = await commitTime(packPath)
  if (seconds !== undefined)
    return { date: new Date(seconds * 1000), source: 'commit time of HEAD' }
  const current = now()
  current.setUTCMilliseconds(0)
  return { date: current, source: 'current time' }
}
