// Where pull writes: the output directory and the names in it. Ordinary filesystem problems
// there (the directory is a file or lies below one, a name already taken, no permission, a
// full disk) are the user's to fix: each is one UserError naming the path. What is already
// there is the user's and stays, unless it holds the very bytes being pulled.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat, mkdir } from 'node:fs/promises'
import { UserError } from '../errors.js'
import { errnoCode, fileSystemError } from '../pack/fs-errors.js'

/** The output directory, created with its missing parents; the first one created, if any. */
export async function makeOutputDirectory(outDir: string): Promise<string | undefined> {
  try {
    return await mkdir(outDir, { recursive: true })
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') {
      throw new UserError(`${outDir} is a file, not a directory`, {
        fix: 'pull into a directory (it is created when missing)'
      })
    }
    throw outputError(error, outDir)
  }
}

/** `file` is absent, or a regular file holding the bytes of `digest`. */
export async function requireReplaceable(file: string, digest: string): Promise<void> {
  const found = await lstat(file).catch((error: unknown) => {
    if (errnoCode(error) === 'ENOENT') return undefined
    throw outputError(error, file)
  })
  if (found === undefined) return
  if (found.isFile() && (await fileDigest(file)) === digest) return
  const what = found.isDirectory() ? 'a directory' : found.isFile() ? 'another file' : 'not a file'
  throw new UserError(`${file} already exists and is ${what}`, {
    fix: 'move it away, or pull into another directory'
  })
}

/** A file system failure writing `file` (under the output directory), as one user error. */
export function outputError(error: unknown, file: string): unknown {
  const code = errnoCode(error)
  const syscall = (error as NodeJS.ErrnoException | undefined)?.syscall
  if (error instanceof UserError || code === undefined || !syscall) return error
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return new UserError(`${file} cannot be created: a part of its path is a file`, {
      fix: 'pull into a directory, or a path below one (missing directories are created)'
    })
  }
  return fileSystemError(error, file, 'write')
}

async function fileDigest(file: string): Promise<string> {
  const sha256 = createHash('sha256')
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) sha256.update(chunk)
  return `sha256:${sha256.digest('hex')}`
}
