// Two pack × destination pairs of one step that would write the same repository and tag are
// refused before anything is packaged or sent, naming both (the action's bundle and the CLI
// in-process, against the real registry, whose access log proves nothing was sent).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { fakeIo } from '../cli/fake-io.js'
import { runAction } from '../support/action.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'

let registry: TestRegistry
let repo: string

async function writePack(dir: string, name: string, version: string, text: string) {
  await mkdir(path.join(repo, dir, 'templates'), { recursive: true })
  await writeFile(
    path.join(repo, dir, 'Pack.yaml'),
    `apiVersion: sherpack/v1\nkind: application\nmetadata:\n  name: ${name}\n  version: ${version}\n`
  )
  await writeFile(path.join(repo, dir, 'templates', 'cm.yaml'), `kind: ConfigMap # ${text}\n`)
}

beforeAll(async () => {
  registry = await startRegistry({ auth: 'anonymous' })
  repo = await mkdtemp(path.join(os.tmpdir(), 'shared-tags-'))
  // Same name and version, different content: the tag would hold whichever came last.
  await writePack('team-a/web', 'web', '1.0.0', 'team a')
  await writePack('team-b/web', 'web', '1.0.0', 'team b')
  // Different packs, different versions.
  await writePack('packs/api', 'api', '2.0.0', 'api')
  await writePack('packs/db', 'db', '3.0.0', 'db')
})

afterAll(async () => {
  await registry?.stop()
  if (repo) await rm(repo, { recursive: true, force: true })
})

async function cliPush(...args: string[]) {
  const terminal = fakeIo({ cwd: repo, env: { HOME: repo, SOURCE_DATE_EPOCH: '1767225600' } })
  const code = await main(['push', ...args, '--plain-http'], terminal.io)
  return { code, stderr: terminal.stderr() }
}

const actionPush = (paths: string, destination: string, tags: string) =>
  runAction({
    inputs: { path: paths, destination, tags, 'plain-http': 'true' },
    env: { GITHUB_WORKSPACE: repo }
  })

/** Nothing reached the registry: no request at all (connections opened ahead send nothing). */
async function expectNothingSent(): Promise<void> {
  expect(await registry.flushAccessLog()).toEqual([])
  expect(await registry.catalog()).toEqual([])
}

describe('pairs that would share a tag are refused before any upload', () => {
  it('two packs of one name and version to one prefix: both paths named (action, CLI)', async () => {
    const destination = `oci://${registry.host}/shared/`
    const action = await actionPush('team-a/web\nteam-b/web', destination, '')
    expect(action.exitCode).toBe(1)
    const message = action.errors.join('\n')
    expect(message).toMatch(/Two packs would write the same tag .*shared\/web:1\.0\.0/)
    expect(message).toContain('team-a/web → ')
    expect(message).toContain('team-b/web → ')
    const cli = await cliPush('team-a/web', 'team-b/web', destination)
    expect(cli.code).toBe(1)
    expect(cli.stderr).toMatch(
      /error: Two packs would write the same tag .*team-a\/web.*team-b\/web/
    )
    await expectNothingSent()
  })

  it('a literal tag shared by two different packs in one repository (action, CLI)', async () => {
    const destination = `oci://${registry.host}/shared/all`
    const action = await actionPush('packs/api\npacks/db', destination, '{{version}}, latest')
    expect(action.exitCode).toBe(1)
    expect(action.errors.join('\n')).toMatch(
      /same tag .*shared\/all:latest: packs\/api .* packs\/db/
    )
    const cli = await cliPush('packs/api', 'packs/db', destination, '-t', 'latest')
    expect(cli.code).toBe(1)
    expect(cli.stderr).toMatch(/same tag .*shared\/all:latest/)
    await expectNothingSent()
  })

  it('one pack to two destinations naming one repository (action, CLI)', async () => {
    const destinations = [`oci://${registry.host}/shared/`, `oci://${registry.host}/shared/api`]
    const action = await actionPush('packs/api', destinations.join('\n'), '')
    expect(action.exitCode).toBe(1)
    expect(action.errors.join('\n')).toMatch(
      /packs\/api would be pushed twice to .*shared\/api:2\.0\.0/
    )
    const cli = await cliPush('packs/api', ...destinations)
    expect(cli.code).toBe(1)
    expect(cli.stderr).toMatch(/pushed twice/)
    await expectNothingSent()
  })

  it('different packs with their own tags in one repository go through', async () => {
    const destination = `oci://${registry.host}/shared/all`
    const action = await actionPush('packs/api\npacks/db', destination, '{{version}}')
    expect(action.exitCode).toBe(0)
    expect(await registry.listTags('shared/all')).toEqual(['2.0.0', '3.0.0'])
  })
})
