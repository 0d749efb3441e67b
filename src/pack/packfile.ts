// Reads and validates Pack.yaml. Every failure is one PackError naming the file, the field,
// the bad value and what to write instead, with the line the YAML parser points at.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { Document, Node, YAMLMap } from 'yaml'
import { SemVer } from 'semver'
import { PackError } from './types.js'
import type { Maintainer, PackMetadata, PackWarning } from './types.js'

export interface ParsedPackFile {
  metadata: PackMetadata
  warnings: PackWarning[]
}

/** An OCI repository path component; the pack name, lower-cased, becomes one. */
const OCI_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/

const TOP_LEVEL_KEYS = ['apiVersion', 'kind', 'metadata', 'dependencies', 'engine', 'crds']
const METADATA_KEYS = [
  'name',
  'version',
  'description',
  'appVersion',
  'kubeVersion',
  'home',
  'icon',
  'sources',
  'keywords',
  'maintainers',
  'annotations'
]

/**
 * Parses Pack.yaml text. `file` is how the file is named in messages (e.g. `mypack/Pack.yaml`).
 */
export function parsePackFile(text: string, file: string): ParsedPackFile {
  return new PackFileReader(text, file).read()
}

type Parent = { node: YAMLMap; path: string }

class PackFileReader {
  private readonly lines = new LineCounter()
  private readonly doc: Document
  private readonly warnings: PackWarning[] = []

  constructor(
    private readonly text: string,
    private readonly file: string
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false })
  }

  read(): ParsedPackFile {
    const syntaxError = this.doc.errors[0]
    if (syntaxError) {
      const line = this.lines.linePos(syntaxError.pos[0]).line
      const reason = syntaxError.message.split('\n')[0]
      this.fail(`is not valid YAML (${reason}): fix the syntax at that line`, line)
    }
    for (const warning of this.doc.warnings) {
      const line = this.lines.linePos(warning.pos[0]).line
      this.warnings.push({
        message: this.locate(warning.message.split('\n')[0] ?? '', line),
        file: this.file,
        line
      })
    }

    const root = this.resolve(this.doc.contents)
    if (!root || (isScalar(root) && root.value === null)) {
      this.fail('is empty: it must hold at least apiVersion: sherpack/v1 and metadata.name/version')
    }
    if (!isMap(root)) {
      this.fail(
        `must be a YAML mapping (key: value lines) but is ${this.describe(root)}: start it with apiVersion: sherpack/v1`,
        this.lineOf(root)
      )
    }
    const top: Parent = { node: root, path: '' }
    this.warnUnknownKeys(top, TOP_LEVEL_KEYS)

    const apiVersion = this.string(top, 'apiVersion')
    if (apiVersion === undefined) {
      this.fail('has no apiVersion: add apiVersion: sherpack/v1 at the top', this.lineOf(root))
    }
    if (apiVersion !== 'sherpack/v1') {
      const helmHint = /^v[12]$/.test(apiVersion) ? ' (this looks like a Helm Chart.yaml)' : ''
      this.fail(
        `apiVersion ${quote(apiVersion)} is not supported${helmHint}: write apiVersion: sherpack/v1`,
        this.lineOf(this.get(top, 'apiVersion'))
      )
    }

    const kind = this.string(top, 'kind') ?? 'application'
    if (kind !== 'application' && kind !== 'library') {
      this.fail(
        `kind ${quote(kind)} is not valid: write kind: application or kind: library (or leave kind out for application)`,
        this.lineOf(this.get(top, 'kind'))
      )
    }

    const metadataNode = this.get(top, 'metadata')
    if (metadataNode === undefined || (isScalar(metadataNode) && metadataNode.value === null)) {
      this.fail(
        'has no metadata: add a metadata mapping with at least name and version, e.g. metadata: {name: mypack, version: 0.1.0}',
        this.lineOf(root)
      )
    }
    if (!isMap(metadataNode)) {
      this.fail(
        `metadata must be a mapping with name, version, … but is ${this.describe(metadataNode)}`,
        this.lineOf(metadataNode)
      )
    }
    const meta: Parent = { node: metadataNode, path: 'metadata' }
    this.warnUnknownKeys(meta, METADATA_KEYS)

    const metadata: PackMetadata = {
      apiVersion,
      kind,
      name: this.packName(meta),
      version: this.packVersion(meta)
    }
    for (const field of ['description', 'appVersion', 'kubeVersion', 'home', 'icon'] as const) {
      const value = this.string(meta, field)
      if (value !== undefined && value !== '') metadata[field] = value
    }
    for (const field of ['sources', 'keywords'] as const) {
      const list = this.stringList(meta, field)
      if (list.length > 0) metadata[field] = list
    }
    const maintainers = this.maintainers(meta)
    if (maintainers.length > 0) metadata.maintainers = maintainers
    const annotations = this.annotations(meta)
    if (Object.keys(annotations).length > 0) metadata.annotations = annotations

    this.checkShape(top, 'dependencies', 'list', 'a list of {name, version, repository}')
    this.checkShape(top, 'engine', 'map', 'a mapping such as engine: {strict: true}')
    this.checkShape(top, 'crds', 'map', 'a mapping such as crds: {install: true}')

    return { metadata, warnings: this.warnings }
  }

  private packName(meta: Parent): string {
    const name = this.string(meta, 'name')
    if (name === undefined || name === '') {
      this.fail(
        'metadata.name is missing: add a name such as name: mypack (lower-case letters, digits, and . _ - between them)',
        this.lineOf(meta.node)
      )
    }
    if (!OCI_COMPONENT.test(name.toLowerCase())) {
      this.fail(
        `metadata.name ${quote(name)} is not a valid pack name: it becomes an OCI repository name, so it must be letters and digits separated by single '.', '_' or '__', or by dashes (e.g. my-pack), with no spaces, '/' or leading/trailing separators`,
        this.lineOf(this.get(meta, 'name'))
      )
    }
    return name
  }

  private packVersion(meta: Parent): string {
    const version = this.string(meta, 'version')
    if (version === undefined || version === '') {
      this.fail(
        'metadata.version is missing: add a SemVer 2.0 version such as version: 0.1.0',
        this.lineOf(meta.node)
      )
    }
    if (!isStrictSemVer(version)) {
      this.fail(
        `metadata.version ${quote(version)} is not a valid SemVer 2.0 version: write MAJOR.MINOR.PATCH such as 1.2.0, with no 'v' prefix or leading zeros (a pre-release like 1.2.0-rc.1 and build metadata like 1.2.0+b7 are allowed)`,
        this.lineOf(this.get(meta, 'version'))
      )
    }
    return version
  }

  private maintainers(meta: Parent): Maintainer[] {
    const items = this.list(meta, 'maintainers', 'a list of {name, email, url} mappings')
    return items.map(({ node, path }) => {
      if (!isMap(node)) {
        this.fail(
          `${path} must be a mapping such as {name: Jane Doe, email: jane@example.com} but is ${this.describe(node)}`,
          this.lineOf(node)
        )
      }
      const entry: Parent = { node, path }
      const name = this.string(entry, 'name')
      if (name === undefined || name === '') {
        this.fail(`${path}.name is missing: every maintainer needs a name`, this.lineOf(node))
      }
      const maintainer: Maintainer = { name }
      const email = this.string(entry, 'email')
      if (email !== undefined && email !== '') maintainer.email = email
      const url = this.string(entry, 'url')
      if (url !== undefined && url !== '') maintainer.url = url
      return maintainer
    })
  }

  private annotations(meta: Parent): Record<string, string> {
    const node = this.get(meta, 'annotations')
    const result: Record<string, string> = {}
    if (node === undefined || (isScalar(node) && node.value === null)) return result
    if (!isMap(node)) {
      this.fail(
        `metadata.annotations must be a mapping of string keys to string values but is ${this.describe(node)}`,
        this.lineOf(node)
      )
    }
    for (const pair of node.items) {
      const keyNode = this.resolve(pair.key as Node | null)
      const key = keyNode && isScalar(keyNode) ? this.scalarText(keyNode) : undefined
      if (key === undefined) {
        this.fail(
          `metadata.annotations has a key that is ${this.describe(keyNode)}: keys must be plain strings`,
          this.lineOf(keyNode)
        )
      }
      const value = this.stringValue(
        this.resolve(pair.value as Node | null),
        `metadata.annotations.${key}`
      )
      if (value === undefined) {
        this.fail(
          `metadata.annotations.${key} has no value: give it a string value (quote it if needed)`,
          this.lineOf(keyNode)
        )
      }
      result[key] = value
    }
    return result
  }

  private stringList(parent: Parent, key: string): string[] {
    return this.list(parent, key, 'a list of strings').map(({ node, path }) => {
      const value = node && isScalar(node) ? this.scalarText(node) : undefined
      if (value === undefined) {
        this.fail(`${path} must be a string but is ${this.describe(node)}`, this.lineOf(node))
      }
      return value
    })
  }

  private list(
    parent: Parent,
    key: string,
    expected: string
  ): { node: Node | undefined; path: string }[] {
    const node = this.get(parent, key)
    const path = join(parent.path, key)
    if (node === undefined || (isScalar(node) && node.value === null)) return []
    if (!isSeq(node)) {
      this.fail(`${path} must be ${expected} but is ${this.describe(node)}`, this.lineOf(node))
    }
    return node.items.map((item, i) => ({
      node: this.resolve(item as Node | null),
      path: `${path}[${i}]`
    }))
  }

  private checkShape(parent: Parent, key: string, shape: 'list' | 'map', expected: string): void {
    const node = this.get(parent, key)
    if (node === undefined || (isScalar(node) && node.value === null)) return
    if (shape === 'list' ? !isSeq(node) : !isMap(node)) {
      this.fail(
        `${join(parent.path, key)} must be ${expected} but is ${this.describe(node)}`,
        this.lineOf(node)
      )
    }
  }

  /**
   * A string field: absent or null gives undefined. Plain scalars YAML reads as numbers or
   * booleans keep their source text (`appVersion: 1.10` is '1.10', not 1.1).
   */
  private string(parent: Parent, key: string): string | undefined {
    return this.stringValue(this.get(parent, key), join(parent.path, key))
  }

  private stringValue(node: Node | undefined, path: string): string | undefined {
    if (node === undefined || (isScalar(node) && node.value === null)) return undefined
    const value = isScalar(node) ? this.scalarText(node) : undefined
    if (value === undefined) {
      this.fail(`${path} must be a string but is ${this.describe(node)}`, this.lineOf(node))
    }
    return value
  }

  private scalarText(node: Node): string | undefined {
    if (!isScalar(node)) return undefined
    if (typeof node.value === 'string') return node.value
    if (node.value === null || node.value === undefined) return undefined
    if (typeof node.source === 'string') return node.source
    if (typeof node.value === 'number' || typeof node.value === 'boolean') return String(node.value)
    return undefined
  }

  private get(parent: Parent, key: string): Node | undefined {
    for (const pair of parent.node.items) {
      const keyNode = this.resolve(pair.key as Node | null)
      if (keyNode && isScalar(keyNode) && keyNode.value === key) {
        return this.resolve(pair.value as Node | null) ?? undefined
      }
    }
    return undefined
  }

  private warnUnknownKeys(parent: Parent, known: string[]): void {
    for (const pair of parent.node.items) {
      const keyNode = this.resolve(pair.key as Node | null)
      const key = keyNode && isScalar(keyNode) ? this.scalarText(keyNode) : undefined
      if (key === undefined || known.includes(key)) continue
      const near = known.find((k) => k.toLowerCase() === key.toLowerCase())
      const hint = near ? ` (did you mean ${near}?)` : ''
      const line = this.lineOf(keyNode)
      this.warnings.push({
        message: this.locate(
          `${join(parent.path, key)} is not a Pack.yaml field and is ignored${hint}`,
          line
        ),
        file: this.file,
        line
      })
    }
  }

  private resolve(node: Node | null | undefined): Node | undefined {
    if (!node) return undefined
    if (isAlias(node)) return (node.resolve(this.doc) as Node | undefined) ?? undefined
    return node
  }

  private describe(node: Node | undefined): string {
    if (!node) return 'empty'
    if (isMap(node)) return 'a mapping'
    if (isSeq(node)) return 'a list'
    const source = node.range ? this.text.slice(node.range[0], node.range[1]) : ''
    if (isScalar(node) && node.value === null) return 'empty'
    return `${quote(source)}`
  }

  private lineOf(node: Node | undefined): number | undefined {
    if (!node?.range) return undefined
    return this.lines.linePos(node.range[0]).line
  }

  private locate(message: string, line: number | undefined): string {
    return line === undefined
      ? `${this.file}: ${message}`
      : `${this.file}, line ${line}: ${message}`
  }

  private fail(message: string, line?: number): never {
    throw new PackError(this.locate(message, line), this.file, line)
  }
}

/** SemVer 2.0, exactly as written: no `v` prefix, no padding, no missing parts. */
export function isStrictSemVer(version: string): boolean {
  let parsed: SemVer
  try {
    parsed = new SemVer(version)
  } catch {
    return false
  }
  const build = parsed.build.length > 0 ? `+${parsed.build.join('.')}` : ''
  return parsed.version + build === version
}

function join(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key
}

function quote(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '\\n')
  return `'${oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine}'`
}
