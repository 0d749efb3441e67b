// Runs one command the way the benchmark measures everything: a fresh process under GNU time
// (peak RSS, user and system CPU), wall time from spawn to exit taken here, output kept for
// checks and errors. Also reads another process's CPU time from /proc (the registries').
import { execFileSync, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { randomUUID } from 'node:crypto'

export const GNU_TIME = '/usr/bin/time'

/**
 * Runs "$@" and writes bash's `times` to the file $1: its second line is the user and system CPU
 * of the children bash waited for, in ms steps (GNU time's %U %S are cut to 10 ms steps, which
 * a sum over many short processes cannot bear).
 */
const CHILD_TIMES_SCRIPT = 'f=$1; shift; "$@"; s=$?; times > "$f"; exit $s'

/**
 * Runs `command args` under /usr/bin/time and resolves { wallMs, rssKb, cpuMs, stdout, stderr }
 * (cpuMs: user + system CPU of the process and the children it waited for, 10 ms steps).
 * `options.preciseCpu`: the command runs under a bash that reports its CPU in ms steps (bash's
 * `times`; a few ms more wall, the bash's own fork and start-up). Rejects with the command's
 * stderr when it exits non-zero: a benchmark of a failing run measures nothing.
 */
export async function measure(command, args, options = {}) {
  const rssFile = join(tmpdir(), `bench-rss-${randomUUID()}`)
  const timesFile = `${rssFile}-times`
  const argv = options.preciseCpu
    ? ['bash', '-c', CHILD_TIMES_SCRIPT, 'bash', timesFile, command, ...args]
    : [command, ...args]
  const started = performance.now()
  const child = spawn(GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, ...argv], {
    env: options.env ?? process.env,
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const stdout = []
  const stderr = []
  child.stdout.on('data', (chunk) => stdout.push(chunk))
  child.stderr.on('data', (chunk) => stderr.push(chunk))
  const code = await new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', resolve)
  })
  const wallMs = performance.now() - started
  const out = Buffer.concat(stdout).toString('utf8')
  const err = Buffer.concat(stderr).toString('utf8')
  const timeOutput = await readFile(rssFile, 'utf8').catch(() => '')
  const childTimes = options.preciseCpu ? await readFile(timesFile, 'utf8').catch(() => '') : ''
  await rm(rssFile, { force: true })
  await rm(timesFile, { force: true })
  if (code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${code}\n--- stdout ---\n${out.slice(-4000)}\n--- stderr ---\n${err.slice(-4000)}`
    )
  }
  // GNU time appends its line after anything the command itself wrote to that file.
  const last = timeOutput.trim().split('\n').pop() ?? ''
  const match = /^(\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(last.trim())
  return {
    wallMs,
    rssKb: match ? Number(match[1]) : undefined,
    cpuMs: options.preciseCpu
      ? childCpuMs(childTimes)
      : match
        ? (Number(match[2]) + Number(match[3])) * 1000
        : undefined,
    stdout: out,
    stderr: err
  }
}

/** User + system ms of the children, from bash's `times` (line 2: `0m0.296s 0m0.028s`). */
function childCpuMs(times) {
  const line = times.trim().split('\n')[1] ?? ''
  const match = /^(\d+)m(\d+(?:\.\d+)?)s (\d+)m(\d+(?:\.\d+)?)s$/.exec(line.trim())
  if (!match) return undefined
  const [minutesUser, secondsUser, minutesSystem, secondsSystem] = match.slice(1).map(Number)
  return (minutesUser * 60 + secondsUser + minutesSystem * 60 + secondsSystem) * 1000
}

let clockTicks

/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`, 100 when it cannot tell). */
function ticksPerSecond() {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim())
    } catch {
      clockTicks = NaN
    }
    if (!(clockTicks > 0)) clockTicks = 100
  }
  return clockTicks
}

/**
 * User + system CPU a running process (all its threads) has used so far, in ms: utime and
 * stime, fields 14 and 15 of /proc/<pid>/stat. Undefined without a pid or when it is gone.
 */
export function processCpuMs(pid) {
  if (pid === undefined) return undefined
  let stat
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return undefined
  }
  // Field 2, the command name in parentheses, may hold spaces: count from after its ')'.
  // The rest starts at field 3, so fields 14 and 15 are its 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11]) + Number(fields[12])
  return Number.isFinite(ticks) ? (ticks * 1000) / ticksPerSecond() : undefined
}

/** CPU ms each pid used between two processCpuMs() readings, summed; undefined if one is. */
export function cpuDelta(before, after) {
  let sum = 0
  for (let i = 0; i < before.length; i++) {
    if (before[i] === undefined || after[i] === undefined) return undefined
    sum += after[i] - before[i]
  }
  return sum
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** { median, min, max, n } of a list of numbers. */
export function summarize(values) {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    n: values.length
  }
}
