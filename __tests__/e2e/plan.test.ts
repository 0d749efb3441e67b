// plan: true against two real registries (token and basic auth) and three packs, with tags that
// are new, already ours, on another digest, and protected (skip-existing's version tag): the
// plan says each, the registries' own logs show it only read (GET/HEAD, pull-scope tokens),
// and the push that follows does exactly what the plan said.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PlanEntry } from '../../src/core/plan.js'
import { runAction, type ActionRun } from '../support/action.js'
import { DEFAULT_USERS, startRegistry, type TestRegistry } from '../support/registry.js'

const PACKS = { alpha: '1.0.0', beta: '2.0.0', gamma: '3.0.0' } as const
type PackName = keyof typeof PACKS

let token: TestRegistry
let basic: TestRegistry
let work: string

/** A pack directory; `variant` changes its content (and so its digest), not its version. */
async function writePack(name: PackName, variant = ''): Promise<string> {
  const dir = path.join(work, variant ? `${name}-${variant}` : name)
  await mkdir(path.join(dir, 'templates'), { recursive: true })
  await writeFile(
    path.join(dir, 'Pack.yaml'),
    `apiVersion: sherpack/v1\nkind: application\nmetadata:\n  name: ${name}\n  version: ${PACKS[name]}\n`
  )
  await writeFile(path.join(dir, 'values.yaml'), 'replicas: 1\n')
  await writeFile(path.join(dir, 'templates', 'cm.yaml'), `kind: ConfigMap # ${name} ${variant}\n`)
  return dir
}

function run(
  paths: string[],
  destinations: string[],
  extra: Record<string, string> = {},
  env: Record<string, string> = {}
) {
  return runAction({
    inputs: {
      path: paths.join('\n'),
      destination: destinations.join('\n'),
      tags: '{{version}}, stable',
      'plain-http': 'true',
      // alice has the same password on both registries.
      username: 'alice',
      password: DEFAULT_USERS.alice!.password,
      ...extra
    },
    env: { GITHUB_WORKSPACE: work, ...env }
  })
}

const both = () => [`oci://${token.host}/plan/`, `oci://${basic.host}/plan/`]
const packs = () => ['alpha', 'beta', 'gamma']

function planOf(action: ActionRun): PlanEntry[] {
  return JSON.parse(action.outputs.plan ?? '[]') as PlanEntry[]
}

/** Every tag of every pack at both registries, as the registries answer now. */
async function tagsNow(): Promise<Record<string, string | null>> {
  const now: Record<string, string | null> = {}
  for (const registry of [token, basic]) {
    for (const name of Object.keys(PACKS) as PackName[]) {
      for (const tag of [PACKS[name], 'stable']) {
        now[`${registry.host}/plan/${name}:${tag}`] = await registry.tagDigest(`plan/${name}`, tag)
      }
    }
  }
  return now
}

async function flushLogs(): Promise<void> {
  for (const registry of [token, basic]) {
    await registry.flushAccessLog()
    registry.clearAccessLog()
  }
  token.tokenServer!.requests.length = 0
}

let digests: Record<PackName, string>
let oldBetaStable: string
let oldGammaVersion: string

beforeAll(async () => {
  ;[token, basic] = await Promise.all([
    startRegistry({ auth: 'token' }),
    startRegistry({ auth: 'htpasswd' })
  ])
  work = await mkdtemp(path.join(os.tmpdir(), 'plan-e2e-'))
  await Promise.all((Object.keys(PACKS) as PackName[]).map((name) => writePack(name)))
  // alpha is already pushed, as it is now, everywhere: unchanged.
  const alpha = await run(['alpha'], both())
  expect(alpha.exitCode).toBe(0)
  // beta's stable at the token registry holds an older build: it moves.
  const oldBeta = await run([await writePack('beta', 'old')], [`oci://${token.host}/plan/beta`], {
    tags: 'stable'
  })
  expect(oldBeta.exitCode).toBe(0)
  oldBetaStable = oldBeta.outputs.digest!
  // gamma 3.0.0 at the basic registry holds other content: its version tag is protected.
  const oldGamma = await run(
    [await writePack('gamma', 'old')],
    [`oci://${basic.host}/plan/gamma`],
    { tags: '3.0.0' }
  )
  expect(oldGamma.exitCode).toBe(0)
  oldGammaVersion = oldGamma.outputs.digest!
  const packaged = await run(packs(), both(), { push: 'false' })
  digests = Object.fromEntries(
    packaged.outputs.digests!.split('\n').map((line) => line.split('='))
  ) as Record<PackName, string>
}, 120_000)

afterAll(async () => {
  await Promise.all([token?.stop(), basic?.stop()])
  if (work) await rm(work, { recursive: true, force: true })
})

describe('plan: true', () => {
  it('says what a push would do to every tag, and only reads', async () => {
    await flushLogs()
    const before = await tagsNow()
    const planned = await run(packs(), both(), { plan: 'true', 'skip-existing': 'true' })
    expect(planned.errors).toEqual([])
    expect(planned.exitCode).toBe(0)

    const rows = planOf(planned).map(
      (e) =>
        `${e.destination.split('/')[0] === token.host ? 'token' : 'basic'} ${e.pack}:${e.tag} ${e.action}`
    )
    expect(rows).toEqual([
      'token alpha:1.0.0 unchanged',
      'token alpha:stable unchanged',
      'basic alpha:1.0.0 unchanged',
      'basic alpha:stable unchanged',
      'token beta:2.0.0 new',
      'token beta:stable moves',
      'basic beta:2.0.0 new',
      'basic beta:stable new',
      'token gamma:3.0.0 new',
      'token gamma:stable new',
      'basic gamma:3.0.0 refused',
      'basic gamma:stable refused'
    ])
    const entry = (pack: string, host: string, tag: string) =>
      planOf(planned).find((e) => e.destination === `${host}/plan/${pack}` && e.tag === tag)!
    expect(entry('beta', token.host, 'stable')).toEqual({
      pack: 'beta',
      version: '2.0.0',
      destination: `${token.host}/plan/beta`,
      tag: 'stable',
      action: 'moves',
      digest: digests.beta,
      current: oldBetaStable
    })
    expect(entry('gamma', basic.host, '3.0.0')).toMatchObject({
      action: 'refused',
      current: oldGammaVersion,
      digest: digests.gamma,
      reason: `holds ${oldGammaVersion}: the content changed without a version bump (skip-existing)`
    })
    expect(entry('alpha', basic.host, 'stable')).toMatchObject({
      action: 'unchanged',
      current: digests.alpha
    })

    // Only reads: GET and HEAD in both registries' own logs, tokens asked for pull alone.
    await token.flushAccessLog()
    await basic.flushAccessLog()
    const methods = [...token.accessLog(), ...basic.accessLog()].map((r) => r.method)
    expect(methods.length).toBeGreaterThan(0)
    expect(methods.filter((method) => method !== 'GET' && method !== 'HEAD')).toEqual([])
    const scopes = token.tokenServer!.requests.map((r) => r.scope ?? '')
    expect(scopes.length).toBeGreaterThan(0)
    for (const scope of scopes) expect(scope).toMatch(/^repository:plan\/(alpha|beta|gamma):pull$/)
    expect(await tagsNow()).toEqual(before)

    expect(planned.summary).toContain(
      '<h2>Sherpack: plans for 6 pack × destination (nothing written)</h2>'
    )
    expect(planned.summary).toContain('<h2>Sherpack push plan</h2>')
    expect(planned.summary).toContain('5 new, 4 unchanged, 1 moves, 2 refused')
    expect(planned.summary).toContain('2 of 12 tags would be refused')
    expect(planned.stdout).toContain(
      `${token.host}/plan/beta:stable moves ${oldBetaStable} → ${digests.beta}`
    )
  })

  it('fails the step with fail-on-refused, the plan still written', async () => {
    const planned = await run(packs(), both(), {
      plan: 'true',
      'skip-existing': 'true',
      'fail-on-refused': 'true'
    })
    expect(planned.exitCode).toBe(1)
    expect(planned.errors).toEqual(['2 of 12 tags would be refused (fail-on-refused is true)'])
    expect(planOf(planned)).toHaveLength(12)
  })

  it('is followed by a push that does exactly what it said', async () => {
    const planned = planOf(await run(packs(), both(), { plan: 'true', 'skip-existing': 'true' }))
    const artifacts = path.join(work, 'artifacts')
    const pushed = await run(
      packs(),
      both(),
      { 'skip-existing': 'true' },
      {
        GITHUB_ARTIFACTS: artifacts
      }
    )
    // The refused pack × destination fails, as planned; the others are pushed.
    expect(pushed.exitCode).toBe(1)
    const metadata = JSON.parse(pushed.outputs.metadata!) as {
      'pack-name': string
      repository: string
      status: string
      tagsMoved?: { tag: string; from: string }[]
    }[]
    expect(metadata.map((m) => `${m['pack-name']} ${m.status}`)).toEqual([
      'alpha unchanged',
      'alpha unchanged',
      'beta written',
      'beta written',
      'gamma written',
      'gamma failed'
    ])
    // What moved says where it was: the digest left behind, for retention tools.
    expect(metadata.map((m) => m.tagsMoved ?? [])).toEqual([
      [],
      [],
      [{ tag: 'stable', from: oldBetaStable }],
      [],
      [],
      []
    ])
    expect(pushed.summary).toContain(
      `beta</code></td><td>2.0.0</td><td><code>${token.host}/plan/beta</code>`
    )
    expect(pushed.summary).toContain(`stable moved from ${oldBetaStable}`)
    // One subject per pack × destination now in a registry, for actions/attest.
    const lines = (await readFile(artifacts, 'utf8')).trim().split('\n')
    expect(lines.sort()).toEqual(
      [
        `oci://${token.host}/plan/alpha@${digests.alpha}`,
        `oci://${basic.host}/plan/alpha@${digests.alpha}`,
        `oci://${token.host}/plan/beta@${digests.beta}`,
        `oci://${basic.host}/plan/beta@${digests.beta}`,
        `oci://${token.host}/plan/gamma@${digests.gamma}`
      ].sort()
    )
    const now = await tagsNow()
    for (const entry of planned) {
      const where = `${entry.destination}:${entry.tag}`
      const after =
        entry.action === 'new' || entry.action === 'moves' ? entry.digest : entry.current
      expect({ where, digest: now[where] }).toEqual({ where, digest: after })
    }
  })

  it("warns, naming both digests, when the pack's own version tag moves; no GITHUB_ARTIFACTS, no subjects", async () => {
    const moved = await run(['gamma'], [`oci://${basic.host}/plan/gamma`])
    expect(moved.exitCode).toBe(0)
    const warnings = moved.stdout.split('\n').filter((line) => line.startsWith('::warning'))
    expect(warnings).toEqual([
      expect.stringContaining(
        `${basic.host}/plan/gamma:3.0.0 is the version tag of gamma 3.0.0, and moved from ${oldGammaVersion} to ${digests.gamma}: the release is re-published with other content`
      )
    ])
    expect(warnings[0]).toMatch(/^::warning file=gamma\/Pack\.yaml::/)
    expect(JSON.parse(moved.outputs.metadata!)).toMatchObject({
      tagsMoved: [{ tag: '3.0.0', from: oldGammaVersion }]
    })
    expect(moved.stdout).not.toContain('GITHUB_ARTIFACTS')
  })
})
