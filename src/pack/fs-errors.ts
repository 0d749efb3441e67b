// File system failures while reading a pack or writing its archive are the user's to fix (a
// permission, a path too deep, a full disk), not bugs: each becomes one PackError naming the
// file and what to do.
import { MAX_COMPONENT_BYTES, MAX_NAME_BYTES } from './names.js'
import { PackError } from './types.js'

type Doing = 'read' | 'list' | 'write' | 'create'

/** The errno code of a Node file system error, if `err` is one. */
export function errnoCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined
}

/**
 * `err` as a PackError about `file` (as the user knows it) when it is a file system error;
 * anything else is returned as it is, to be reported as a bug.
 */
export function fileSystemError(err: unknown, file: string, doing: Doing): unknown {
  const code = errnoCode(err)
  if (code === undefined || err instanceof PackError) return err
  const { what, fix } = describe(code, file, doing, err as NodeJS.ErrnoException)
  return new PackError(what, { file, fix, cause: err })
}

const DONE: Record<Doing, string> = {
  read: 'read',
  list: 'listed',
  write: 'written',
  create: 'created'
}

function describe(
  code: string,
  file: string,
  doing: Doing,
  err: NodeJS.ErrnoException
): { what: string; fix: string } {
  const done = DONE[doing]
  const reading = doing === 'read' || doing === 'list'
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return {
        what: `${file} cannot be ${done} (permission denied)`,
        fix: reading
          ? `let the user running this read it (e.g. chmod a+r${doing === 'list' ? 'x' : ''})`
          : 'write to a directory the user running this may write to'
      }
    case 'ENAMETOOLONG':
      return {
        what: `${file} cannot be ${done}: ${tooLong(err.path ?? file)}`,
        fix: 'shorten the directory or file names, or nest the templates less deeply'
      }
    case 'ELOOP':
      return {
        what: `${file} is a symlink loop (or a chain of more than 40 links)`,
        fix: 'make the link point at a file'
      }
    case 'ENOSPC':
    case 'EDQUOT':
      return { what: `${file} cannot be written: the disk is full`, fix: 'free some space' }
    case 'EROFS':
      return {
        what: `${file} cannot be ${done}: the file system is read-only`,
        fix: 'write the archive to a writable directory'
      }
    case 'EISDIR':
      return { what: `${file} is a directory`, fix: 'it must be a regular file' }
    case 'ENOTDIR':
      return {
        what: `${file} cannot be ${done}: a part of its path is a file, not a directory`,
        fix: 'check the path'
      }
    case 'ENOENT':
      return {
        what: `${file} disappeared while the pack was read`,
        fix: 'run again once nothing is changing the pack'
      }
    default:
      return {
        what: `${file} cannot be ${done} (${code}: ${err.message})`,
        fix: 'check the file and the disk it is on'
      }
  }
}

function tooLong(fullPath: string): string {
  const name = fullPath.split(/[\\/]/).find((c) => Buffer.byteLength(c) > MAX_COMPONENT_BYTES)
  if (name !== undefined) {
    return `the name '${name.slice(0, 40)}…' is ${Buffer.byteLength(name)} bytes, more than the ${MAX_COMPONENT_BYTES} a file name may have`
  }
  return `its path is ${Buffer.byteLength(fullPath)} bytes, more than the file system allows (${MAX_NAME_BYTES} on Linux)`
}
