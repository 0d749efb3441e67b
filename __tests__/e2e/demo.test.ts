// `npm run demo` writes an OCI layout; the line it ends with reads it back with the CLI, and the
// CLI's inspect and pull of that layout give the digest the demo printed (issue 23).
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { builtFile, repoRoot } from '../support/action.js'
import { runCommand } from '../support/run-command.js'

const pulledInto: string[] = []
afterAll(() => Promise.all(pulledInto.map((dir) => rm(dir, { recursive: true, force: true }))))

async function node(
  args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const result = await runCommand(process.execPath, args, {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, SOURCE_DATE_EPOCH: '1767225600' },
    cwd: repoRoot
  })
  return { code: result.code, stdout: result.stdout.toString('utf8'), stderr: result.stderr }
}

describe('npm run demo, read back with the CLI', () => {
  it('inspect and pull of the demo layout give the digest the demo printed', async () => {
    const demo = await node([path.join(repoRoot, 'scripts', 'demo.mjs')])
    expect(demo.code, demo.stderr).toBe(0)
    const digest = /^\s*digest: (sha256:[0-9a-f]{64})$/m.exec(demo.stdout)?.[1]
    expect(digest).toBeDefined()
    // The demo's last line: `Read it back: node dist/cli.js inspect oci-layout://…`.
    const reference = /Read it back: node \S+ inspect (oci-layout:\/\/\S+)\s*$/.exec(
      demo.stdout
    )?.[1]
    expect(reference).toMatch(/^oci-layout:\/\/.+:0\.1\.0$/)
    const cli = builtFile('cli.js')

    const inspected = await node([cli, 'inspect', reference as string, '--json'])
    expect(inspected.code, inspected.stderr).toBe(0)
    expect(JSON.parse(inspected.stdout)).toMatchObject({ digest, isPack: true })

    const out = await mkdtemp(path.join(os.tmpdir(), 'demo-pull-'))
    pulledInto.push(out)
    const pulled = await node([cli, 'pull', reference as string, '-o', out, '--json'])
    expect(pulled.code, pulled.stderr).toBe(0)
    expect(JSON.parse(pulled.stdout)).toMatchObject({ digest, packName: 'hello-pack' })
    expect(await readdir(out)).toEqual(['hello-pack-0.1.0.tar.gz'])
  })
})
