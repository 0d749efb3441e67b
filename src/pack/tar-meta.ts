// Extended headers (PAX `x`/`g`, GNU long names `L`/`K`) change what an entry is called, how
// long it is, or what it is. Tar readers differ on the rarer ones (global headers, sparse
// files, a PAX path next to a GNU long name, text after a NUL): an archive using them could
// extract to something other than what was checked, so only the plain uses pass.
import type { TarEntry } from './tar-walk.js'

/** PAX keys that only describe the entry; anything else is refused. */
const PAX_KEYS = new Set([
  'path',
  'size',
  'mtime',
  'atime',
  'ctime',
  'uid',
  'gid',
  'uname',
  'gname',
  'mode',
  'comment',
  'charset',
  'hdrcharset',
  'SCHILY.dev',
  'SCHILY.ino',
  'SCHILY.nlink',
  'SCHILY.fflags',
  'LIBARCHIVE.creationtime'
])
const PAX_KEY_PREFIXES = ['SCHILY.xattr.', 'LIBARCHIVE.xattr.', 'SCHILY.acl.']
const UTF8_CHARSET = 'ISO-IR 10646 2000 UTF-8'

/**
 * Why the extended headers that came before `entry` make it ambiguous, or undefined when they
 * are plain.
 */
export function metaProblem(entry: Pick<TarEntry, 'metas' | 'afterGlobal'>): string | undefined {
  const { metas } = entry
  if (entry.afterGlobal) {
    return 'comes after a global PAX header, which tar readers apply differently'
  }
  if (metas.length > 1) {
    return `has ${metas.length} extended headers (PAX or GNU long name), which tar readers combine differently`
  }
  const meta = metas[0]
  if (meta === undefined) return undefined
  if (meta.kind === 'pax') return paxProblem(meta.text)
  // A GNU long name: the name, then NULs.
  const name = meta.text.replace(/\0+$/, '')
  if (name.includes('\0')) return 'has a GNU long name holding a NUL byte'
  return undefined
}

/** Every record must be well-formed (node-tar skips a bad one, others may not). */
function paxProblem(text: string): string | undefined {
  let rest = text
  while (rest.length > 0) {
    const match = /^(\d+) /.exec(rest)
    const newline = rest.indexOf('\n')
    if (!match || newline === -1) return 'has a malformed PAX header'
    const record = rest.slice(0, newline + 1)
    if (Number(match[1]) !== Buffer.byteLength(record)) {
      return 'has a PAX record whose length is wrong'
    }
    const body = record.slice((match[0] as string).length, -1)
    const equals = body.indexOf('=')
    if (equals <= 0) return 'has a malformed PAX record'
    const key = body.slice(0, equals)
    const value = body.slice(equals + 1)
    if (!PAX_KEYS.has(key) && !PAX_KEY_PREFIXES.some((prefix) => key.startsWith(prefix))) {
      return `has the PAX key '${key.replace(/[^\x20-\x7e]/g, '?')}', which this check does not accept (sparse files, volumes and the like extract differently)`
    }
    if (value.includes('\0')) return `has a PAX ${key} holding a NUL byte`
    if (key === 'hdrcharset' && value !== UTF8_CHARSET) {
      return `has the PAX hdrcharset '${value}': its names are not UTF-8`
    }
    rest = rest.slice(record.length)
  }
  return undefined
}
