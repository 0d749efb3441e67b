// What a hostile registry sends (annotations, config fields, media types, digests, error bodies
// full of terminal escapes, line breaks and markdown) reaches the user as inert text on one line:
// the CLI's inspect and pull (in-process), and the action's log and job summary (the bundle).
// --json keeps the very data, as valid JSON.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { packagePack, packConfigJson } from '../../src/pack/index.js'
import { fakeIo } from '../cli/fake-io.js'
import { examplePack } from '../support/action.js'
import { pushExamplePack } from '../support/e2e-push.js'
import { errorBody, hostileRegistry, type HostileRegistry } from '../support/hostile-registry.js'
import { expectInert, HOSTILE_TEXT } from '../support/inert.js'

let registry: HostileRegistry
let work: string
let archive: Buffer
let config: Record<string, unknown>

beforeAll(async () => {
  registry = await hostileRegistry()
  work = await mkdtemp(path.join(os.tmpdir(), 'hostile-registry-'))
  const pack = await packagePack({ path: examplePack, outDir: work, created: new Date(0) })
  archive = await readFile(pack.archivePath)
  config = JSON.parse(packConfigJson(pack.metadata).toString()) as Record<string, unknown>
  registry.pack('team/annotated', '1.0.0', {
    archive,
    config: { ...config, description: HOSTILE_TEXT, [HOSTILE_TEXT]: 'key too' },
    annotations: { 'org.opencontainers.image.description': HOSTILE_TEXT, [HOSTILE_TEXT]: 'x' }
  })
  registry.manifest('team/other', '1.0.0', {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    artifactType: `application/x-${HOSTILE_TEXT}`,
    config: { mediaType: HOSTILE_TEXT, digest: `sha256:${HOSTILE_TEXT}`, size: 2 },
    layers: [{ mediaType: HOSTILE_TEXT, digest: HOSTILE_TEXT, size: 1 }]
  })
  registry.answer((r) => r.path.endsWith('/manifests/denied'), {
    status: 403,
    headers: { 'Content-Type': 'application/json' },
    body: errorBody('DENIED', HOSTILE_TEXT)
  })
})

afterAll(async () => {
  await registry?.close()
  if (work) await rm(work, { recursive: true, force: true })
})

/** The lines of stderr that start an error (the info lines before it are not). */
const errorLines = (stderr: string): string[] =>
  stderr.split('\n').filter((line) => line.startsWith('error'))

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const terminal = fakeIo({ cwd: work, env: { HOME: work } })
  const code = await main([...args, '--plain-http'], terminal.io)
  return { code, stdout: terminal.stdout(), stderr: terminal.stderr() }
}

describe('the CLI shows what a registry sends as inert text', () => {
  it('inspect: annotations and config fields with escapes, CR, line breaks and bidi marks', async () => {
    const run = await cli('inspect', `oci://${registry.host}/team/annotated:1.0.0`)
    expect(run.code).toBe(0)
    expectInert(run.stdout, 'stdout')
    expectInert(run.stderr, 'stderr')
    // Shown, escaped, on the line of its key: nothing of it starts a line of its own.
    expect(run.stdout).toContain(
      'before\\e]0;pwned title\\x07\\e[2J\\e[31mred\\rOVERWRITTEN\\nerror: a forged second line\\x9b1m\\u202eevil\\u2028next\\x00end'
    )
    expect(run.stdout.split('\n').filter((line) => line.startsWith('error'))).toEqual([])
  })

  it('inspect --json: valid JSON holding the very same strings', async () => {
    const run = await cli('inspect', `oci://${registry.host}/team/annotated:1.0.0`, '--json')
    expect(run.code).toBe(0)
    expectInert(run.stdout, 'stdout')
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1)
    const report = JSON.parse(run.stdout) as {
      annotations: Record<string, string>
      pack: Record<string, unknown>
    }
    expect(report.annotations).toEqual({
      'org.opencontainers.image.description': HOSTILE_TEXT,
      [HOSTILE_TEXT]: 'x'
    })
    expect(report.pack.description).toBe(HOSTILE_TEXT)
    expect(report.pack[HOSTILE_TEXT]).toBe('key too')
  })

  it('inspect: media types, an artifact type and digests that are not what they claim', async () => {
    const run = await cli('inspect', `oci://${registry.host}/team/other:1.0.0`)
    expect(run.code).toBe(0)
    expectInert(run.stdout + run.stderr)
  })

  it('pull: a non-pack whose media types carry escapes fails on one inert line', async () => {
    const run = await cli('pull', `oci://${registry.host}/team/other:1.0.0`, '-o', 'out')
    expect(run.code).toBe(1)
    expectInert(run.stderr)
    expect(errorLines(run.stderr)).toEqual([expect.stringMatching(/^error: .*not a Sherpack pack/)])
  })

  it.each([['pull'], ['inspect']])(
    '%s: an error body with escapes and line breaks is one error line',
    async (command) => {
      const run = await cli(command, `oci://${registry.host}/team/annotated:denied`)
      expect(run.code).toBe(1)
      expectInert(run.stderr)
      const lines = errorLines(run.stderr)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(
        /^error: .*DENIED.*before\\e\]0;pwned title\\x07.*\\nerror: a forged/
      )
    }
  )
})

describe('the action shows what a registry sends as inert text', () => {
  it('an error body with a blank line and markdown: one log line, a summary with no live markup', async () => {
    const markdown = `nope\n\n![tracker](https://evil.example/x.png)\n\n[click here](https://evil.example/login) <img src=x> ${HOSTILE_TEXT}\n::warning::pwned`
    registry.answer((r) => r.method === 'POST' && r.path.startsWith('/v2/team/pushed/'), {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: errorBody('DENIED', markdown)
    })
    const run = await pushExamplePack(registry.host, 'team/pushed', '1.0.0')
    expect(run.exitCode).toBe(1)
    expectInert(run.stdout, 'the log')
    expect(run.stdout.split('\n').filter((line) => /^\s*::warning::pwned/.test(line))).toEqual([])
    expect(run.errors.join('\n')).toContain('nope\\n\\n![tracker](https://evil.example/x.png)')

    expectInert(run.summary, 'the summary')
    // The message sits inside one line of HTML: no blank line of its own ends the HTML block,
    // and none of its markup survives as markup.
    const line = run.summary.split('\n').find((l) => l.includes('tracker')) ?? ''
    expect(line).toMatch(/^<p><strong>Error:<\/strong> .*<\/p>$/)
    expect(line).not.toMatch(/!\[|\]\(|<img/)
    expect(line).toContain('&#33;&#91;tracker&#93;(https://evil.example/x.png)')
    expect(line).toContain('&lt;img src=x&gt;')
  })
})
