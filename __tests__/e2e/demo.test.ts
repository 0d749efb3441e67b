// `npm run demo` as a newcomer meets it in a terminal: plain lines (no workflow commands, no
// `push: true` for a layout), the layout and the archive side by side in the output directory,
// no temporary directory left behind, and a last line that reads the layout back with the CLI,
// whose inspect and pull give the digest the demo printed.
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtFile, repoRoot } from '../support/action.js'
import { runCommand } from '../support/run-command.js'
import { tempDir } from '../support/temp.js'

const sha256 = (bytes: Buffer) => 'sha256:' + createHash('sha256').update(bytes).digest('hex')

/** Runs scripts/demo.mjs into `out`, with a temp dir of its own to see what it leaves there. */
async function demo(out: string, env: Record<string, string> = {}) {
  const tmp = await tempDir('demo-tmp-')
  const run = await runCommand(
    process.execPath,
    [path.join(repoRoot, 'scripts', 'demo.mjs'), '--out', out],
    {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH,
        HOME: tmp,
        TMPDIR: tmp,
        SOURCE_DATE_EPOCH: '1767225600',
        ...env
      }
    }
  )
  return { ...run, stdout: run.stdout.toString('utf8'), tmpLeft: await readdir(tmp) }
}

/** Runs the demo's last line with the CLI built from the sources, then pulls the same layout. */
async function expectReadBack(lastLine: string, digest: string): Promise<void> {
  const reference = /inspect (oci-layout:\/\/\S+)$/.exec(lastLine)?.[1] as string
  const cli = async (args: string[]) => {
    const run = await runCommand(process.execPath, [builtFile('cli.js'), ...args], {
      cwd: repoRoot
    })
    expect(run.code, run.stderr).toBe(0)
    return JSON.parse(run.stdout.toString('utf8')) as Record<string, unknown>
  }
  expect(await cli(['inspect', reference, '--json'])).toMatchObject({ digest, isPack: true })
  const pulled = await tempDir('demo-pull-')
  expect(await cli(['pull', reference, '-o', pulled, '--json'])).toMatchObject({
    digest,
    packName: 'hello-pack'
  })
  expect(await readdir(pulled)).toEqual(['hello-pack-0.1.0.tar.gz'])
}

describe('npm run demo', () => {
  it('reads plainly in a terminal, keeps the archive beside the layout and leaves no temp dir', async () => {
    const out = await tempDir('demo-out-')
    const run = await demo(out)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines.filter((line) => line.includes('::'))).toEqual([])
    expect(run.stdout).not.toMatch(/push: true/)
    expect(lines).toContain('Package')
    expect(run.tmpLeft).toEqual([])

    expect((await readdir(out)).sort()).toEqual(['hello-pack-0.1.0.tar.gz', 'hello-pack-layout'])
    const archive = path.join(out, 'hello-pack-0.1.0.tar.gz')
    expect(run.stdout).toContain(`  archive: ${archive}\n`)
    const archiveDigest = /archive-digest: (sha256:[a-f0-9]{64})/.exec(run.stdout)?.[1]
    expect(sha256(await readFile(archive))).toBe(archiveDigest)

    // The digest printed is the manifest's that the layout's index.json tags 0.1.0.
    const digest = /\n {2}digest: (sha256:[a-f0-9]{64})/.exec(run.stdout)?.[1]
    const layout = path.join(out, 'hello-pack-layout')
    const index = JSON.parse(await readFile(path.join(layout, 'index.json'), 'utf8')) as {
      manifests: { digest: string; annotations?: Record<string, string> }[]
    }
    const tagged = index.manifests.find(
      (m) => m.annotations?.['org.opencontainers.image.ref.name'] === '0.1.0'
    )
    expect(tagged?.digest).toBe(digest)
    const manifest = await readFile(path.join(layout, 'blobs', 'sha256', digest!.slice(7)))
    expect(sha256(manifest)).toBe(digest)
    expect(lines.at(-1)).toBe(
      `  node dist/cli.js inspect oci-layout://${path.relative(repoRoot, layout)}:0.1.0`
    )
    await expectReadBack(lines.at(-1) as string, digest as string)
  })

  it('on a runner, passes the workflow commands through for the runner to read', async () => {
    const run = await demo(await tempDir('demo-out-'), { GITHUB_ACTIONS: 'true' })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^::group::Package$/m)
    expect(run.tmpLeft).toEqual([])
  })

  it('refuses an unknown option with its usage, exit 2', async () => {
    const bad = await runCommand(process.execPath, [
      path.join(repoRoot, 'scripts', 'demo.mjs'),
      '--outdir',
      'x'
    ])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^demo: Unknown option '--outdir'.*\nUsage: npm run demo/)
    expect(bad.stderr).not.toMatch(/\n\s+at /)
  })
})
