// Runs one command the way the benchmark measures everything: a fresh process under GNU time
// (peak RSS), wall time from spawn to exit taken here, output kept for checks and errors.
import { spawn } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { randomUUID } from 'node:crypto'

export const GNU_TIME = '/usr/bin/time'

/**
 * Runs `command args` under /usr/bin/time and resolves { wallMs, rssKb, stdout, stderr }.
 * Rejects with the command's stderr when it exits non-zero: a benchmark of a failing run
 * measures nothing.
 */
export async function measure(command, args, options = {}) {
  const rssFile = join(tmpdir(), `bench-rss-${randomUUID()}`)
  const started = performance.now()
  const child = spawn(GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args], {
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
  await rm(rssFile, { force: true })
  if (code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${code}\n--- stdout ---\n${out.slice(-4000)}\n--- stderr ---\n${err.slice(-4000)}`
    )
  }
  // GNU time appends its line after anything the command itself wrote to that file.
  const rssKb = Number(timeOutput.trim().split('\n').pop())
  return { wallMs, rssKb: Number.isFinite(rssKb) ? rssKb : undefined, stdout: out, stderr: err }
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
