// What a contributor reads about the suite is what the suite does: __tests__/support/README.md
// names every tool the tests start and everything scripts/ensure-test-tools.sh installs, and
// CONTRIBUTING.md's peer table lists exactly the test files that use each peer.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const repoRoot = path.resolve(import.meta.dirname, '..')
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8')

/** Every .ts file under __tests__, as a path from the repository root. */
const testSources = readdirSync(path.join(repoRoot, '__tests__'), { recursive: true })
  .map((name) => path.join('__tests__', String(name)))
  .filter((file) => file.endsWith('.ts') && file !== path.join('__tests__', 'contributing.test.ts'))
  .sort()

/** The programs a file starts by name: the first argument of spawn, runCommand and the like. */
function programsStarted(source: string): string[] {
  const calls =
    /\b(?:spawn|spawnSync|runCommand|runChecked|execFile|execFileSync)\(\s*['"]([^'"]+)['"]/g
  return [...source.matchAll(calls)].map((match) => match[1] as string)
}

/** Every `code span` of a Markdown text. */
const codeSpans = (markdown: string) =>
  new Set([...markdown.matchAll(/`([^`\n]+)`/g)].map((match) => match[1] as string))

describe('__tests__/support/README.md', () => {
  const readme = read('__tests__/support/README.md')
  const named = codeSpans(readme)

  it('names every program a test starts', () => {
    const started = new Set(testSources.flatMap((file) => programsStarted(read(file))))
    expect(started.size).toBeGreaterThan(5)
    expect([...started].filter((program) => !named.has(program)).sort()).toEqual([])
  })

  it('names every tool and every Node that scripts/ensure-test-tools.sh installs', () => {
    const script = read('scripts/ensure-test-tools.sh')
    const tools = [...script.matchAll(/^\s*\[([^\]]+)\]=/gm)].map((match) => match[1] as string)
    const nodes = [...script.matchAll(/^ensure_node (\d+)$/gm)].map((match) => `Node ${match[1]}`)
    expect(tools).toContain('docker-registry')
    expect(nodes).toContain('Node 24')
    expect(tools.filter((tool) => !named.has(tool))).toEqual([])
    expect(nodes.filter((node) => !new RegExp(`\\b${node}\\b`).test(readme))).toEqual([])
  })
})

/** A peer: how a test file shows it uses it, and how its row in CONTRIBUTING.md begins. */
const PEERS = [
  { row: '`skopeo`', uses: /(?:support\/|\.\/)skopeo\.js|['"]skopeo['"]/ },
  { row: 'the oras-go peer', uses: /oras-peer|support\/oras|['"]peer-(?:push|pull)['"]/ },
  { row: '`minisign`', uses: /(?:support\/|\.\/)minisign\.js|['"]minisign['"]/ }
]

/** The rows of CONTRIBUTING.md's peer table: first cell → the test files the last cell names. */
function peerTable(): Map<string, string[]> {
  const contributing = read('CONTRIBUTING.md')
  const start = contributing.indexOf('### Peers')
  expect(start).toBeGreaterThan(0)
  const section = contributing.slice(start).split(/\n#{2,3} /)[0] as string
  const rows = new Map<string, string[]>()
  for (const line of section.split('\n').filter((l) => /^\| (?!-|peer )/.test(l))) {
    const cells = line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim())
    const files = [...(cells.at(-1) ?? '').matchAll(/`(__tests__\/[^`]+)`/g)].map((m) => m[1])
    rows.set(cells[0] as string, (files as string[]).sort())
  }
  return rows
}

describe("CONTRIBUTING.md's peers", () => {
  const rows = peerTable()
  const testFiles = testSources.filter((file) => file.endsWith('.test.ts'))

  it.each(PEERS)('$row: the row lists exactly the test files that use it', ({ row, uses }) => {
    const using = testFiles.filter((file) => uses.test(read(file)))
    const entry = [...rows].find(([first]) => first.startsWith(row))
    if (using.length === 0 && entry === undefined) return
    expect(entry, `a row for ${row} in CONTRIBUTING.md's peer table`).toBeDefined()
    expect(entry?.[1]).toEqual(using)
  })

  it('has a row for skopeo that lists its tests', () => {
    expect([...rows.keys()].some((first) => first.startsWith('`skopeo`'))).toBe(true)
  })
})
