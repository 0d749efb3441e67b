// The reproducible `created` time: SOURCE_DATE_EPOCH, else the commit time of HEAD, else now
// (with a warning: the digest then changes on every run).
import { UserError } from '../errors.js'

export interface CreatedTime {
  date: Date
  /** Where the time came from, for the log. */
  source: 'SOURCE_DATE_EPOCH' | 'commit time of HEAD' | 'current time'
  /** Set when the time is not reproducible: what to tell the user. */
  warning?: string
}

export type CommitTime = (dir: string) => Promise<number | undefined>

export async function resolveCreatedTime(
  packDir: string,
  sourceDateEpoch: string | undefined,
  commitTime: CommitTime | undefined,
  now: () => Date = () => new Date()
): Promise<CreatedTime> {
  const epoch = sourceDateEpoch?.trim()
  if (epoch) {
    if (!/^\d+$/.test(epoch)) {
      throw new UserError(
        `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, got '${epoch}'`,
        { fix: "set it to e.g. $(git log -1 --format=%ct), or unset it to use the commit's time" }
      )
    }
    return { date: new Date(Number(epoch) * 1000), source: 'SOURCE_DATE_EPOCH' }
  }
  const seconds = commitTime ? await commitTime(packDir) : undefined
  if (seconds !== undefined) {
    return { date: new Date(seconds * 1000), source: 'commit time of HEAD' }
  }
  const current = now()
  current.setUTCMilliseconds(0)
  return {
    date: current,
    source: 'current time',
    warning:
      `No reproducible time for the archive's created field: SOURCE_DATE_EPOCH is not set and ${packDir} is not in a git checkout whose commit time could be read, so the current time is used and the digest will change on every run. ` +
      'Set SOURCE_DATE_EPOCH (e.g. to $(git log -1 --format=%ct)), or package inside the git checkout.'
  }
}
