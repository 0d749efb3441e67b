// Inputs at the edges: a duration past what Node's timers hold (2^31-1 ms, about 596.5 h) is
// refused with its documented maximum and no TimeoutOverflowWarning, the maximum itself works;
// credentials written into a destination are never echoed, nothing is said OK before the check.
// The action's bundle and the built CLI, as processes (Node's own warnings go to stderr).
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { examplePack, runAction, runBuiltCli, unmasked } from '../support/action.js'
import { pushExamplePack } from '../support/e2e-push.js'
import { hostileRegistry, type HostileRegistry } from '../support/hostile-registry.js'

let registry: HostileRegistry
let work: string
const SECRET = 's3cret-pw-in-url'

beforeAll(async () => {
  registry = await hostileRegistry()
  registry.manifest('team/x', '1', { schemaVersion: 2, layers: [] })
  work = await mkdtemp(path.join(os.tmpdir(), 'input-limits-'))
})

afterAll(async () => {
  await registry?.close()
  if (work) await rm(work, { recursive: true, force: true })
})

const cli = (args: string[], env: Record<string, string> = {}) =>
  runBuiltCli(args, { HOME: work, ...env })

describe('durations have a maximum of 596h', () => {
  it('the action refuses timeout 597h with the maximum; 596h runs without a warning', async () => {
    const push = (timeout: string) =>
      pushExamplePack(registry.host, 'team/x', '1.0.0', { inputs: { timeout } })
    const [tooLong, longest] = await Promise.all([push('597h'), push('596h')])
    expect(tooLong.exitCode).toBe(1)
    expect(tooLong.errors).toEqual([
      expect.stringContaining(
        'Input timeout must be at most 596h (24.8 days, the longest timer Node keeps), got "597h"'
      )
    ])
    // The read-only registry refuses the upload: the run got that far, its timers intact.
    expect(longest.errors.join('\n')).toMatch(/UNSUPPORTED/)
    for (const run of [tooLong, longest]) expect(run.stderr).not.toMatch(/TimeoutOverflowWarning/)
  })

  it('the CLI refuses --timeout 597h as a usage error; 596h and a long idle timeout variable run', async () => {
    const refused = await cli(['inspect', `oci://${registry.host}/team/x:1`, '--timeout', '597h'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/^error: --timeout must be at most 596h .*, got '597h'$/m)
    const longest = await cli(
      ['inspect', `oci://${registry.host}/team/x:1`, '--plain-http', '--timeout', '596h'],
      { SHERPACK_PUSH_IDLE_TIMEOUT: '700h' }
    )
    expect(longest.code).toBe(0)
    expect(longest.stderr).toContain(
      "SHERPACK_PUSH_IDLE_TIMEOUT='700h' must be at most 596h (24.8 days, the longest timer Node keeps); using the default"
    )
    for (const run of [refused, longest]) expect(run.stderr).not.toMatch(/TimeoutOverflowWarning/)
  })
})

describe('credentials written into a destination are never echoed', () => {
  it.each([
    [`oci://alice:${SECRET}@${'127.0.0.1:5000'}/team/x`],
    [`https://alice:${SECRET}@127.0.0.1:5000/team/x`],
    [`oci://alice:${SECRET}@@127.0.0.1:5000/`]
  ])('the action refuses %s, and says nothing OK first', async (destination) => {
    const run = await runAction({ inputs: { path: examplePack, destination, tags: '1.0.0' } })
    expect(run.exitCode).toBe(1)
    expect(unmasked(run)).not.toContain(SECRET)
    expect(run.stdout).not.toContain('Inputs OK')
    expect(run.errors.join('\n')).toMatch(/\*\*\*@/)
  })

  it('the CLI refuses them in push, pull and inspect', async () => {
    const reference = `oci://alice:${SECRET}@127.0.0.1:5000/team/x:1`
    const runs = await Promise.all([
      cli(['push', examplePack, reference]),
      cli(['pull', reference]),
      cli(['inspect', reference.replace('oci://', 'https://')])
    ])
    for (const run of runs) {
      expect(run.code).toBe(1)
      expect(run.stdout + run.stderr).not.toContain(SECRET)
      expect(run.stderr).toMatch(/\*\*\*@/)
    }
  })
})
