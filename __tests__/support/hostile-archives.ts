// Hostile pack archives, made byte by byte (GNU tar and node-tar normalise most of these names
// away when they write). Each is a valid pack (MANIFEST first, Pack.yaml, a template) plus one
// entry an extractor could turn into something other than what was checked; where a name
// can be listed, MANIFEST lists it with the right checksum, so only the entry rules refuse it.
// Shared by the unit test (__tests__/pack/hostile.test.ts) and the e2e test against a registry.
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'

export interface RawEntry {
  /** The header's name field (truncated to 100 bytes), raw. */
  name: string
  /** Tar typeflag: '0' file, '1' hard link, '2' symlink, '3' char device, '5' directory, … */
  type?: string
  content?: Buffer | string
  linkpath?: string
  /** PAX records before the entry (an `x` header), written with correct lengths. */
  pax?: [string, string][]
  /** A raw PAX body, for malformed records. */
  rawPax?: string
  /** A GNU long name record (`L`) before the entry. */
  longName?: string
  /** Whether MANIFEST lists this entry (default: files are listed). */
  listed?: boolean
}

export type Piece = RawEntry | 'zero-block' | { globalPax: [string, string][] }

const PACK_YAML =
  'apiVersion: sherpack/v1\nkind: application\nmetadata:\n  name: hostile\n  version: 1.0.0\n'
const TEMPLATE = 'kind: ConfigMap\n'
const sha = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex')

export interface HostileCase {
  name: string
  /** Entries after MANIFEST, Pack.yaml and templates/a.yaml. */
  pieces: Piece[]
  /** The entry name the message must show (as the check displays it). */
  entry: string
  /** What the message must say about it. */
  problem: RegExp
}

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'an absolute path',
    pieces: [{ name: '/etc/cron.d/x.yaml', content: 'x' }],
    entry: '/etc/cron.d/x.yaml',
    problem: /is absolute/
  },
  {
    name: 'a drive letter',
    pieces: [{ name: 'C:/evil.yaml', content: 'x' }],
    entry: 'C:/evil.yaml',
    problem: /drive letter/
  },
  {
    name: 'a leading ..',
    pieces: [{ name: '../evil.yaml', content: 'x' }],
    entry: '../evil.yaml',
    problem: /has a \.\. component/
  },
  {
    name: 'a .. inside',
    pieces: [{ name: 'templates/../../../tmp/x.yaml', content: 'x' }],
    entry: 'templates/../../../tmp/x.yaml',
    problem: /has a \.\. component/
  },
  {
    name: 'a .. past the first 100 bytes, in a GNU long name',
    pieces: [
      {
        name: 'templates/long',
        longName: `templates/${'x'.repeat(100)}/../../../evil.yaml`,
        content: 'x'
      }
    ],
    entry: `templates/${'x'.repeat(100)}/../../../evil.yaml`,
    problem: /has a \.\. component/
  },
  {
    name: './Pack.yaml beside Pack.yaml',
    pieces: [{ name: './Pack.yaml', content: PACK_YAML.replace('1.0.0', '6.6.6'), listed: false }],
    entry: './Pack.yaml',
    problem: /starts with \.\/, so it is the same file as 'Pack\.yaml'/
  },
  {
    name: 'templates//a.yaml beside templates/a.yaml',
    pieces: [{ name: 'templates//a.yaml', content: 'kind: Evil\n', listed: false }],
    entry: 'templates//a.yaml',
    problem: /empty component.*same file as 'templates\/a\.yaml'/
  },
  {
    name: 'a . component',
    pieces: [{ name: 'templates/./b.yaml', content: 'x' }],
    entry: 'templates/./b.yaml',
    problem: /has a \. component/
  },
  {
    name: 'a backslash',
    pieces: [{ name: 'templates\\..\\..\\evil.yaml', content: 'x' }],
    entry: 'templates\\..\\..\\evil.yaml',
    problem: /holds a backslash/
  },
  {
    name: 'a newline',
    pieces: [{ name: 'templates/b\nPack.yaml', content: 'x' }],
    entry: 'templates/b\\x0aPack.yaml',
    problem: /control character/
  },
  {
    name: 'a NUL in a PAX path',
    pieces: [
      {
        name: 'templates/b.yaml',
        pax: [['path', 'templates/b.yaml\0/../../evil.yaml']],
        content: 'x'
      }
    ],
    entry: 'templates/b.yaml',
    problem: /PAX path holding a NUL byte/
  },
  {
    name: 'the same name twice',
    pieces: [{ name: 'templates/a.yaml', content: 'kind: Evil\n', listed: false }],
    entry: 'templates/a.yaml',
    problem: /appears twice/
  },
  {
    name: 'a file that is also a directory of another',
    pieces: [{ name: 'templates/a.yaml/b.yaml', content: 'x' }],
    entry: 'templates/a.yaml/b.yaml',
    problem: /puts a file under 'templates\/a\.yaml', which is a file/
  },
  {
    name: 'a symbolic link',
    pieces: [{ name: 'templates/link.yaml', type: '2', linkpath: '/etc/passwd', listed: false }],
    entry: 'templates/link.yaml',
    problem: /is a symbolic link \(to '\/etc\/passwd'\)/
  },
  {
    name: 'a hard link',
    pieces: [{ name: 'templates/hard.yaml', type: '1', linkpath: 'Pack.yaml', listed: false }],
    entry: 'templates/hard.yaml',
    problem: /is a hard link/
  },
  {
    name: 'a character device',
    pieces: [{ name: 'templates/tty.yaml', type: '3', listed: false }],
    entry: 'templates/tty.yaml',
    problem: /is a device/
  },
  {
    name: 'a FIFO',
    pieces: [{ name: 'templates/fifo.yaml', type: '6', listed: false }],
    entry: 'templates/fifo.yaml',
    problem: /is a FIFO/
  },
  {
    name: 'a directory named like a pack file',
    pieces: [{ name: 'values.yaml/', type: '5', listed: false }],
    entry: 'values.yaml/',
    problem: /is a directory where the pack has a file/
  },
  {
    name: 'a GNU sparse file',
    pieces: [{ name: 'templates/sparse.yaml', type: 'S', content: 'x', listed: false }],
    entry: 'templates/sparse.yaml',
    problem: /is of type SparseFile/
  },
  {
    name: 'PAX sparse records',
    pieces: [
      {
        name: 'templates/b.yaml',
        pax: [
          ['GNU.sparse.major', '1'],
          ['GNU.sparse.minor', '0'],
          ['GNU.sparse.realsize', '4096']
        ],
        content: 'x'
      }
    ],
    entry: 'templates/b.yaml',
    problem: /PAX key 'GNU\.sparse\.major'/
  },
  {
    name: 'a PAX path and a GNU long name on one entry',
    pieces: [
      {
        name: 'templates/b.yaml',
        pax: [['path', 'templates/b.yaml']],
        longName: 'templates/c.yaml',
        content: 'x'
      }
    ],
    entry: 'templates/c.yaml',
    problem: /2 extended headers/
  },
  {
    name: 'a malformed PAX record',
    pieces: [{ name: 'templates/b.yaml', rawPax: '99 path=templates/evil.yaml\n', content: 'x' }],
    entry: 'templates/b.yaml',
    problem: /PAX record whose length is wrong/
  },
  {
    name: 'a global PAX header',
    pieces: [{ globalPax: [['comment', 'hi']] }, { name: 'templates/b.yaml', content: 'x' }],
    entry: 'templates/b.yaml',
    problem: /global PAX header/
  },
  {
    name: 'an entry hidden after a lone zero block',
    pieces: ['zero-block', { name: 'templates/hidden.yaml', content: 'x' }],
    entry: 'templates/hidden.yaml',
    problem: /follows a lone zero block/
  }
]

/** The .tar.gz of one case. */
export function hostileArchive(pieces: Piece[]): Buffer {
  const files: [string, Buffer][] = [
    ['Pack.yaml', Buffer.from(PACK_YAML)],
    ['templates/a.yaml', Buffer.from(TEMPLATE)]
  ]
  const listed = [...files]
  for (const piece of pieces) {
    if (typeof piece === 'string' || 'globalPax' in piece) continue
    const isFile = (piece.type ?? '0') === '0'
    if (isFile && piece.listed !== false) {
      const name = piece.pax?.find(([k]) => k === 'path')?.[1] ?? piece.longName ?? piece.name
      listed.push([name.replace(/\0.*$/s, ''), Buffer.from(piece.content ?? '')])
    }
  }
  const blocks: Buffer[] = [entry({ name: 'MANIFEST', content: manifest(listed) })]
  for (const [name, content] of files) blocks.push(entry({ name, content }))
  for (const piece of pieces) {
    if (piece === 'zero-block') blocks.push(Buffer.alloc(512))
    else if ('globalPax' in piece)
      blocks.push(
        entry({ name: 'pax_global_header', type: 'g', content: paxBody(piece.globalPax) })
      )
    else blocks.push(...extended(piece), entry(piece))
  }
  blocks.push(Buffer.alloc(1024))
  return gzipSync(Buffer.concat(blocks))
}

function manifest(files: [string, Buffer][]): string {
  return manifestOfChecksums(files.map(([name, content]) => [name, sha(content)]))
}

function manifestOfChecksums(files: [string, string][]): string {
  const sorted = [...files].sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
  const digest = sha(sorted.map(([name, hex]) => `${name}:${hex}\n`).join(''))
  return `sherpack-manifest-version: 1\nname: hostile\nversion: 1.0.0\ncreated: 2026-01-01T00:00:00+00:00\n\n[files]\n${sorted.map(([name, hex]) => `${name} sha256:${hex}`).join('\n')}\n\n[digest]\nsha256:${digest}`
}

function extended(piece: RawEntry): Buffer[] {
  const out: Buffer[] = []
  if (piece.pax || piece.rawPax !== undefined) {
    out.push(
      entry({ name: 'PaxHeaders/x', type: 'x', content: piece.rawPax ?? paxBody(piece.pax ?? []) })
    )
  }
  if (piece.longName !== undefined) {
    out.push(entry({ name: '././@LongLink', type: 'L', content: `${piece.longName}\0` }))
  }
  return out
}

function paxBody(records: [string, string][]): string {
  return records
    .map(([key, value]) => {
      const body = Buffer.byteLength(` ${key}=${value}\n`)
      let length = body + String(body).length
      if (String(length).length > String(body).length) length = body + String(length).length
      return `${length} ${key}=${value}\n`
    })
    .join('')
}

/** One ustar header (and the content, padded) with the name written as given. */
function entry(piece: RawEntry): Buffer {
  const content = Buffer.from(piece.content ?? '')
  const header = Buffer.alloc(512)
  header.write(piece.name.slice(0, 100), 0, 100, 'utf8')
  header.write('0000644\0', 100, 'ascii')
  header.write('0000000\0', 108, 'ascii')
  header.write('0000000\0', 116, 'ascii')
  header.write(`${content.length.toString(8).padStart(11, '0')}\0`, 124, 'ascii')
  header.write('00000000000\0', 136, 'ascii')
  header.write(piece.type ?? '0', 156, 'ascii')
  if (piece.linkpath) header.write(piece.linkpath, 157, 100, 'utf8')
  header.write('ustar\0' + '00', 257, 'ascii')
  header.write('        ', 148, 'ascii')
  const sum = header.reduce((total, byte) => total + byte, 0)
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii')
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512)
  return Buffer.concat([header, content, padding])
}

const ZEROS_PER_MEMBER = 64 << 20

/**
 * A valid pack (MANIFEST lists every file with its right checksum) whose templates/zeros.yaml is
 * `members` × 64 MiB of zero bytes: a decompression bomb about 1 MB long per 1 GiB inflated
 * (ratio about 1028:1). The gzip is one member for the headers and one per 64 MiB of zeros
 * (gzip readers inflate members one after the other), so it is made in well under a second; the
 * checksum of the zeros takes longer.
 */
export function bombArchive(members: number): Buffer {
  const zeros = Buffer.alloc(ZEROS_PER_MEMBER)
  const zerosHash = createHash('sha256')
  for (let i = 0; i < members; i++) zerosHash.update(zeros)
  const size = members * ZEROS_PER_MEMBER
  const name = 'templates/zeros.yaml'
  const files: [string, string][] = [
    ['Pack.yaml', sha(PACK_YAML)],
    ['templates/a.yaml', sha(TEMPLATE)],
    [name, zerosHash.digest('hex')]
  ]
  const head = Buffer.concat([
    entry({ name: 'MANIFEST', content: manifestOfChecksums(files) }),
    entry({ name: 'Pack.yaml', content: PACK_YAML }),
    entry({ name: 'templates/a.yaml', content: TEMPLATE }),
    // The header alone: its content follows in the members of zeros.
    entry({ name, content: '' }).subarray(0, 512)
  ])
  head.write(`${size.toString(8).padStart(11, '0')}\0`, head.length - 512 + 124, 'ascii')
  rewriteChecksum(head.subarray(head.length - 512))
  const member = gzipSync(zeros, { level: 9 })
  return Buffer.concat([
    gzipSync(head),
    ...Array<Buffer>(members).fill(member),
    gzipSync(Buffer.alloc(1024))
  ])
}

function rewriteChecksum(header: Buffer): void {
  header.write('        ', 148, 'ascii')
  const sum = header.reduce((total, byte) => total + byte, 0)
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii')
}
