// Shared by the packager's tests and the golden ones: temp packs on disk and independent
// archive readers.
import { execFile } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { Parser } from 'tar'
import type { ReadEntry } from 'tar'
import { afterEach } from 'vitest'

const run = promisify(execFile)

const made: string[] = []
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true })
})

/** A fresh temp directory, removed after the test. */
export async function tempDir(prefix = 'pack-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export const PACK_YAML = `apiVersion: sherpack/v1
kind: application
metadata:
  name: mypack
  version: 1.2.3
`

/** Writes `files` (relative path → content) under a new pack directory and returns its path. */
export async function makePack(
  files: Record<string, string | Buffer>,
  name = 'mypack'
): Promise<string> {
  const root = path.join(await tempDir(), name)
  await mkdir(root, { recursive: true })
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, content)
  }
  return root
}

export interface ReadBackEntry {
  path: string
  type: string
  mode: number | undefined
  uid: number | undefined
  gid: number | undefined
  uname: string | undefined
  gname: string | undefined
  mtime: Date | undefined
  size: number
  content: Buffer
}

/** Every entry of a .tar.gz as node-tar reads it, in archive order. */
export async function readWithNodeTar(file: string): Promise<ReadBackEntry[]> {
  const entries: ReadBackEntry[] = []
  const parser = new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      const chunks: Buffer[] = []
      const record: ReadBackEntry = {
        path: entry.path,
        type: entry.type,
        mode: entry.mode,
        uid: entry.uid,
        gid: entry.gid,
        uname: entry.uname,
        gname: entry.gname,
        mtime: entry.mtime,
        size: entry.size,
        content: Buffer.alloc(0)
      }
      entries.push(record)
      entry.on('data', (c: Buffer) => chunks.push(c))
      entry.on('end', () => (record.content = Buffer.concat(chunks)))
    }
  })
  await new Promise<void>((resolve, reject) => {
    parser.on('end', resolve)
    parser.on('error', reject)
    const input = createReadStream(file)
    input.on('error', reject)
    input.on('data', (chunk) => parser.write(chunk as Buffer))
    input.on('end', () => parser.end())
  })
  return entries
}

export interface GnuTarLine {
  mode: string
  owner: string
  size: number
  mtime: string
  name: string
}

/** `tar -tvzf` from GNU tar, parsed: an independent reader. */
export async function listWithGnuTar(file: string): Promise<GnuTarLine[]> {
  const { stdout } = await run('tar', ['--full-time', '--quoting-style=literal', '-tvzf', file], {
    env: { ...process.env, TZ: 'UTC', LC_ALL: 'C.UTF-8' },
    maxBuffer: 64 << 20
  })
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const m = /^(\S+) (\S+) +(\d+) (\S+ \S+) (.*)$/.exec(line)
      if (!m) throw new Error(`unexpected tar -tv line: ${line}`)
      return {
        mode: m[1] as string,
        owner: m[2] as string,
        size: Number(m[3]),
        mtime: m[4] as string,
        name: m[5] as string
      }
    })
}

/** Extracts one entry with GNU tar to stdout. */
export async function extractWithGnuTar(file: string, entry: string): Promise<Buffer> {
  const { stdout } = await run('tar', ['-xOzf', file, entry], {
    encoding: 'buffer',
    maxBuffer: 64 << 20
  })
  return stdout
}
