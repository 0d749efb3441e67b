// The npm package `sherpack-push` as `npm install -g sherpack-push` gets it: `npm pack` of the
// project (package.json's `files` decides what goes in), installed into an empty prefix from the
// tarball alone (no network, an empty cache), then run: --version, --help, and package, push and
// pull --untar of the example pack through the real registry.
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { examplePack, repoRoot } from '../support/action.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { installCli, type CliRun, type InstalledCli } from './cli-harness.js'

const projectPackage = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
  name: string
  version: string
}

let cli: InstalledCli
beforeAll(async () => {
  cli = await installCli()
  const { tarball, size, unpackedSize, files } = cli.packed
  // The size of what users download, in the test log of every run.
  console.log(
    `npm package ${path.basename(tarball)}: ${(size / 1024).toFixed(1)} KiB packed, ` +
      `${(unpackedSize / 1024).toFixed(1)} KiB unpacked, ${files.length} files`
  )
}, 300_000)
afterAll(async () => {
  await cli?.remove()
})

function expectOk(run: CliRun): CliRun {
  expect(run.stderr, `exit ${run.code}`).not.toMatch(/^error: /m)
  expect(run.code).toBe(0)
  return run
}

/** Every file under dir, relative to it, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

describe('the tarball', () => {
  it('holds the CLI bundle, its licence notices, README and LICENSE, and nothing else', () => {
    const { files } = cli.packed
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'dist/cli.js',
        'dist/licenses.txt'
      ])
    )
    const unexpected = files.filter(
      (file) =>
        !['package.json', 'README.md', 'LICENSE', 'dist/cli.js', 'dist/licenses.txt'].includes(
          file
        ) && !/^dist\/chunks\/[\w-]+\.js$/.test(file)
    )
    expect(unexpected, 'files that do not run (tests, sources, benchmarks…)').toEqual([])
    expect(files.some((file) => file.startsWith('dist/chunks/'))).toBe(true)
    // The project copy it was packed from has them: `files` is what keeps them out.
    for (const prefix of ['src/', '__tests__/', 'bench/', 'scripts/', 'examples/']) {
      expect(files.filter((file) => file.startsWith(prefix))).toEqual([])
    }
    expect(files.filter((file) => file.endsWith('.ts'))).toEqual([])
  })

  it('is the public sherpack-push package with no dependencies to install', async () => {
    const installed = JSON.parse(
      await readFile(path.join(cli.packageDir, 'package.json'), 'utf8')
    ) as Record<string, unknown>
    expect(installed.name).toBe('sherpack-push')
    expect(installed.version).toBe(projectPackage.version)
    expect(installed.private).toBeUndefined()
    expect(installed.bin).toEqual({ 'sherpack-push': 'dist/cli.js' })
    expect(installed.engines).toEqual({ node: expect.stringMatching(/^>=20\.\d+\.\d+$/) })
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
      expect(installed[field], field).toBeUndefined()
    }
    // What was installed is the tarball's files and nothing fetched beside them.
    expect(await filesUnder(cli.packageDir)).toEqual(cli.packed.files)
  })
})

describe('the installed sherpack-push', () => {
  it('--version prints the package version', async () => {
    const run = expectOk(await cli.run(['--version']))
    expect(run.stdout).toBe(`sherpack-push ${projectPackage.version}\n`)
  })

  it('--help lists the commands', async () => {
    const run = expectOk(await cli.run(['--help']))
    for (const command of ['package', 'push', 'pull', 'inspect']) {
      expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\s`, 'm'))
    }
  })

  describe('against the real registry', () => {
    let registry: TestRegistry
    beforeAll(async () => {
      registry = await startRegistry({ auth: 'anonymous' })
    })
    afterAll(async () => {
      await registry?.stop()
    })

    it('package, push and pull --untar give back the example pack, file for file', async () => {
      const work = await cli.scratch('round-trip')
      const packaged = expectOk(await cli.run(['package', examplePack], { cwd: work }))
      const [archive] = packaged.stdout.trim().split(' ') as [string]
      const ref = `oci://${registry.host}/release/hello-pack:0.1.0`
      const pushed = expectOk(
        await cli.run(['push', path.join(work, archive), ref, '--plain-http', '--json'])
      )
      const { digest } = JSON.parse(pushed.stdout) as { digest: string }
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)

      const out = path.join(work, 'pulled')
      const pinned = `oci://${registry.host}/release/hello-pack@${digest}`
      expectOk(await cli.run(['pull', pinned, '--plain-http', '--untar', '-o', out]))
      const files = await filesUnder(examplePack)
      expect(files.length).toBeGreaterThan(3)
      // The archive's MANIFEST (the digest of every file) comes along with the pack's files.
      expect(await filesUnder(path.join(out, 'hello-pack'))).toEqual(['MANIFEST', ...files].sort())
      for (const file of files) {
        expect(await readFile(path.join(out, 'hello-pack', file)), file).toEqual(
          await readFile(path.join(examplePack, file))
        )
      }
    })
  })
})
