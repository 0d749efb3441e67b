// What pull writes, against a hostile registry (in-process CLI): a decompression bomb as the layer
// is refused on every path that inflates it (pull, pull --untar, and a push of it as a prebuilt
// archive through both front ends) with no file left; ordinary filesystem problems under -o are
// one user error naming the path and the fix, and nothing of the user's is overwritten.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { packagePack } from '../../src/pack/index.js'
import { fakeIo } from '../cli/fake-io.js'
import { bombArchive } from '../support/hostile-archives.js'
import { examplePack, runAction } from '../support/action.js'
import { hostileRegistry, type HostileRegistry } from '../support/hostile-registry.js'

let registry: HostileRegistry
let work: string
let archive: Buffer
let bombFile: string
const BOMB = /inflates to more than 1000 times its size/

beforeAll(async () => {
  registry = await hostileRegistry()
  work = await mkdtemp(path.join(os.tmpdir(), 'pull-to-disk-'))
  const pack = await packagePack({ path: examplePack, outDir: work, created: new Date(0) })
  archive = await readFile(pack.archivePath)
  registry.pack('team/hello', '0.1.0', { archive })
  // 17 × 64 MiB: about 1.1 MB that inflates to 1.06 GiB, past 1000:1 only with its last bytes.
  const bomb = bombArchive(17)
  bombFile = path.join(work, 'hostile-1.0.0.tar.gz')
  await writeFile(bombFile, bomb)
  registry.pack('team/bomb', '1.0.0', { archive: bomb })
})

afterAll(async () => {
  await registry?.close()
  if (work) await rm(work, { recursive: true, force: true })
})

async function cli(cwd: string, ...args: string[]) {
  const terminal = fakeIo({ cwd, env: { HOME: work, SOURCE_DATE_EPOCH: '1767225600' } })
  const code = await main(args, terminal.io)
  const stderr = terminal.stderr()
  return { code, stdout: terminal.stdout(), stderr, error: errorLine(stderr) }
}

function errorLine(stderr: string): string | undefined {
  return stderr.split('\n').find((line) => line.startsWith('error'))
}

async function scratch(name: string): Promise<string> {
  const dir = path.join(work, name)
  await mkdir(dir, { recursive: true })
  return dir
}

const pull = (cwd: string, repository: string, ...more: string[]) =>
  cli(cwd, 'pull', `oci://${registry.host}/${repository}`, '--plain-http', ...more)

describe('a decompression bomb is refused wherever it is inflated', () => {
  it.each([['pull'], ['pull --untar']])('%s: refused, and no file left', async (how) => {
    const cwd = await scratch(how.replace(/\W+/g, '-'))
    const untar = how.includes('untar') ? ['--untar'] : []
    const run = await pull(cwd, 'team/bomb:1.0.0', '-o', 'out', ...untar)
    expect(run.code).toBe(1)
    expect(run.error).toMatch(BOMB)
    expect(await readdir(cwd)).toEqual([])
  })

  it('push of it as a prebuilt archive, by the CLI and by the action: refused, nothing written', async () => {
    const cwd = await scratch('push-bomb')
    const cliLayout = path.join(cwd, 'cli-layout')
    const actionLayout = path.join(cwd, 'action-layout')
    const [run, action] = await Promise.all([
      cli(cwd, 'push', bombFile, `oci-layout://${cliLayout}:1.0.0`),
      runAction({
        inputs: { path: bombFile, destination: `oci-layout://${actionLayout}`, tags: '1.0.0' }
      })
    ])
    expect(run.code).toBe(1)
    expect(run.error).toMatch(BOMB)
    expect(action.exitCode).toBe(1)
    expect(action.errors.join('\n')).toMatch(BOMB)
    expect(await readdir(cwd)).toEqual([])
  })
})

describe('filesystem problems under -o are user errors naming the path', () => {
  it('-o that is a file', async () => {
    const cwd = await scratch('o-is-a-file')
    await writeFile(path.join(cwd, 'out'), 'mine')
    const run = await pull(cwd, 'team/hello:0.1.0', '-o', 'out')
    expect(run.code).toBe(1)
    expect(run.error).toBe(
      `error: ${path.join(cwd, 'out')} is a file, not a directory: pull into a directory (it is created when missing)`
    )
    expect(await readFile(path.join(cwd, 'out'), 'utf8')).toBe('mine')
  })

  it('-o below a file', async () => {
    const cwd = await scratch('o-below-a-file')
    await writeFile(path.join(cwd, 'file'), 'mine')
    const run = await pull(cwd, 'team/hello:0.1.0', '-o', 'file/deeper/out')
    expect(run.code).toBe(1)
    expect(run.error).toMatch(/file\/deeper\/out cannot be created: a part of its path is a file/)
    expect(run.error).not.toMatch(/a bug in/)
  })

  it('the archive name already a directory, or another file: refused, left as they were', async () => {
    const cwd = await scratch('archive-name-taken')
    await mkdir(path.join(cwd, 'hello-pack-0.1.0.tar.gz', 'inside'), { recursive: true })
    const asDirectory = await pull(cwd, 'team/hello:0.1.0')
    expect(asDirectory.code).toBe(1)
    expect(asDirectory.error).toMatch(
      /hello-pack-0\.1\.0\.tar\.gz already exists and is a directory/
    )
    await rm(path.join(cwd, 'hello-pack-0.1.0.tar.gz'), { recursive: true })
    await writeFile(path.join(cwd, 'hello-pack-0.1.0.tar.gz'), 'my own notes')
    const asFile = await pull(cwd, 'team/hello:0.1.0')
    expect(asFile.code).toBe(1)
    expect(asFile.error).toMatch(/already exists and is another file.*move it away/i)
    expect(await readFile(path.join(cwd, 'hello-pack-0.1.0.tar.gz'), 'utf8')).toBe('my own notes')
    expect((await readdir(cwd)).sort()).toEqual(['hello-pack-0.1.0.tar.gz'])
  })

  it('the same archive pulled again replaces itself; --untar onto a file is refused', async () => {
    const cwd = await scratch('again')
    expect((await pull(cwd, 'team/hello:0.1.0')).code).toBe(0)
    expect((await pull(cwd, 'team/hello:0.1.0')).code).toBe(0)
    expect(await readFile(path.join(cwd, 'hello-pack-0.1.0.tar.gz'))).toEqual(archive)
    await writeFile(path.join(cwd, 'hello-pack'), 'mine')
    const run = await pull(cwd, 'team/hello:0.1.0', '--untar')
    expect(run.code).toBe(1)
    expect(run.error).toMatch(/hello-pack exists and is not an empty directory/)
    expect(await readFile(path.join(cwd, 'hello-pack'), 'utf8')).toBe('mine')
  })
})
