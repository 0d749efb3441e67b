// Reads and validates Pack.yaml exactly as Sherpack 0.4 does (serde_yaml 0.9 into the structs of
// pack.rs; see "Pack.yaml: what Sherpack 0.4 accepts" in the format spec), plus the action's
// own rules on the name. Every failure is one PackError naming the file, the field, the bad
// value and what to write instead, with the line the YAML parser points at.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml'
import { parseHumantimeDuration } from './duration.js'
import { PACK_YAML_SCHEMA, type Shape, type StructShape } from './packfile-schema.js'
import { firstInvalidUtf8 } from './names.js'
import { PackError } from './types.js'
import type { Maintainer, PackMetadata, PackWarning } from './types.js'
import { isStrictSemVer } from './version.js'

export interface ParsedPackFile {
  metadata: PackMetadata
  warnings: PackWarning[]
}

/** An OCI repository path component; the pack name, lower-cased, becomes one. */
const OCI_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/
/** NAME_MAX: `<name>-<version>.tar.gz` must be creatable as one file. */
const MAX_ARCHIVE_FILE_NAME_BYTES = 255

/** What serde_yaml makes of a value once it is valid: the shape's JavaScript counterpart. */
type Value = string | boolean | undefined | Value[] | { [key: string]: Value }

/**
 * Parses Pack.yaml, given as its bytes (checked to be UTF-8, as Sherpack's read_to_string
 * does) or as text. `file` is how the file is named in messages (e.g. `mypack/Pack.yaml`).
 */
export function parsePackFile(source: string | Buffer, file: string): ParsedPackFile {
  const text = typeof source === 'string' ? source : decodeUtf8(source, file)
  return new PackFileReader(text, file).read()
}

function decodeUtf8(bytes: Buffer, file: string): string {
  const bad = firstInvalidUtf8(bytes)
  if (bad === -1) return new TextDecoder('utf-8').decode(bytes)
  const line = bytes.subarray(0, bad).toString('latin1').split('\n').length
  const byte = (bytes[bad] as number).toString(16).padStart(2, '0')
  throw new PackError(`${file}, line ${line}: is not UTF-8 text (byte 0x${byte})`, {
    file,
    line,
    fix: 'save it as UTF-8, as Sherpack reads nothing else'
  })
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
    // Repeated keys are checked per field below: serde_yaml takes them in annotations.
    this.doc = parseDocument(text, {
      lineCounter: this.lines,
      prettyErrors: false,
      uniqueKeys: false,
      schema: 'core'
    })
  }

  read(): ParsedPackFile {
    this.checkSyntax()
    const root = this.resolve(this.doc.contents)
    if (!root || (isScalar(root) && root.value === null)) {
      this.fail('is empty', {
        fix: 'it must hold at least apiVersion: sherpack/v1 and metadata.name/version'
      })
    }
    if (!isMap(root)) {
      this.fail(`must be a YAML mapping (key: value lines) but is ${this.describe(root)}`, {
        node: root,
        fix: 'start it with apiVersion: sherpack/v1'
      })
    }
    const top: Parent = { node: root, path: '' }
    this.checkApiVersion(top)
    this.checkKind(top)
    this.checkMetadataPresent(top)
    const value = this.struct(top.node, '', PACK_YAML_SCHEMA) as Record<string, Value>
    const metadata = this.metadata(top, value.metadata as Record<string, Value>)
    return { metadata, warnings: this.warnings }
  }

  private checkSyntax(): void {
    const multiple = this.doc.errors.find((e) => e.code === 'MULTIPLE_DOCS')
    if (multiple) {
      this.fail('holds more than one YAML document', {
        line: this.lines.linePos(multiple.pos[0]).line,
        fix: 'Sherpack reads exactly one: remove the second --- and what follows, or merge it into the first'
      })
    }
    const syntaxError = this.doc.errors[0]
    if (syntaxError) {
      const reason = syntaxError.message.split('\n')[0]
      this.fail(`is not valid YAML (${reason})`, {
        line: this.lines.linePos(syntaxError.pos[0]).line,
        fix: 'fix the syntax at that line'
      })
    }
    for (const warning of this.doc.warnings) {
      const line = this.lines.linePos(warning.pos[0]).line
      this.warn(warning.message.split('\n')[0] ?? '', line)
    }
  }

  private checkApiVersion(top: Parent): void {
    const node = this.get(top, 'apiVersion')
    if (node === undefined) {
      this.fail('has no apiVersion', {
        node: top.node,
        fix: 'add apiVersion: sherpack/v1 at the top'
      })
    }
    const apiVersion = this.requiredText(node, 'apiVersion')
    if (apiVersion !== 'sherpack/v1') {
      const helmHint = /^v[12]$/.test(apiVersion) ? ' (this looks like a Helm Chart.yaml)' : ''
      this.fail(`apiVersion ${quote(apiVersion)} is not supported${helmHint}`, {
        node,
        fix: 'write apiVersion: sherpack/v1'
      })
    }
  }

  private checkKind(top: Parent): void {
    const node = this.get(top, 'kind')
    if (node === undefined) return
    const kind = this.requiredText(node, 'kind')
    if (kind !== 'application' && kind !== 'library') {
      this.fail(`kind ${quote(this.source(node))} is not valid`, {
        node,
        fix: 'write kind: application or kind: library (or leave kind out for application)'
      })
    }
  }

  private checkMetadataPresent(top: Parent): void {
    const node = this.get(top, 'metadata')
    if (node === undefined || (isScalar(node) && node.value === null)) {
      this.fail('has no metadata', {
        node: top.node,
        fix: 'add a metadata mapping with at least name and version, e.g. metadata: {name: mypack, version: 0.1.0}'
      })
    }
    if (!isMap(node)) {
      this.fail(`metadata must be a mapping with name, version, … but is ${this.describe(node)}`, {
        node
      })
    }
  }

  /** Checks `node` against `shape` and returns what serde_yaml would have read. */
  private value(node: Node | undefined, path: string, shape: Shape): Value {
    switch (shape.type) {
      case 'string':
        return this.requiredText(node, path)
      case 'optional-string':
        return this.optionalText(node, path)
      case 'bool':
        return this.bool(node, path)
      case 'enum':
        return this.enumValue(node, path, shape.values, shape.fix)
      case 'duration':
        return this.duration(node, path)
      case 'list':
        return this.list(node, path, shape.item, shape.expected)
      case 'map':
        return this.stringMap(node, path, shape.expected)
      case 'struct':
        return this.section(node, path, shape)
    }
  }

  /** A mapping section: an empty value gives the defaults, `~` or anything else fails. */
  private section(node: Node | undefined, path: string, shape: StructShape): Value {
    if (isMap(node)) return this.struct(node, path, shape)
    if (this.isEmpty(node)) return this.struct(undefined, path, shape, node)
    this.refuseShape(node, path, shape.expected)
  }

  /** The known fields of a mapping, each checked; unknown keys are warned about and ignored. */
  private struct(
    node: YAMLMap | undefined,
    path: string,
    shape: StructShape,
    at: Node | undefined = node
  ): Record<string, Value> {
    const pairs = node ? this.fieldPairs(node, path, Object.keys(shape.fields)) : new Map()
    const result: Record<string, Value> = {}
    for (const [key, field] of Object.entries(shape.fields)) {
      const fieldPath = join(path, key)
      const pair = pairs.get(key)
      if (pair === undefined) {
        if (field.required) {
          this.fail(`${fieldPath} is missing`, { node: at, fix: field.missingFix })
        }
        continue
      }
      const value = this.value(this.resolve(pair.value as Node | null), fieldPath, field.shape)
      if (value !== undefined) result[key] = value
    }
    return result
  }

  /** The pairs of the known keys, refusing a repeated one (serde's "duplicate field"). */
  private fieldPairs(node: YAMLMap, path: string, known: string[]): Map<string, Pair> {
    const pairs = new Map<string, Pair>()
    for (const pair of node.items) {
      const keyNode = this.resolve(pair.key as Node | null)
      const key = keyNode && isScalar(keyNode) ? this.scalarText(keyNode) : undefined
      if (key === undefined) {
        this.fail(`${path || 'Pack.yaml'} has a key that is ${this.describe(keyNode)}`, {
          node: keyNode,
          fix: 'keys must be plain strings'
        })
      }
      if (!known.includes(key)) {
        this.warnUnknownKey(join(path, key), key, known, keyNode)
        continue
      }
      const earlier = pairs.get(key)
      if (earlier) {
        const first = this.lineOf(this.resolve(earlier.key as Node | null))
        this.fail(`${join(path, key)} is given twice (first at line ${first})`, {
          node: keyNode,
          fix: 'Sherpack refuses a repeated key: keep one of them'
        })
      }
      pairs.set(key, pair)
    }
    return pairs
  }

  private list(node: Node | undefined, path: string, item: Shape, expected: string): Value[] {
    if (this.isEmpty(node)) return []
    if (!isSeq(node)) this.refuseShape(node, path, expected)
    return node.items.map((child, i) => {
      const resolved = this.resolve(child as Node | null)
      if (item.type === 'struct' && !isMap(resolved) && !this.isEmpty(resolved)) {
        this.fail(`${path}[${i}] must be ${item.expected} but is ${this.describe(resolved)}`, {
          node: resolved
        })
      }
      return this.value(resolved, `${path}[${i}]`, item)
    })
  }

  /** A map of strings (annotations): repeated keys are allowed, the last one wins. */
  private stringMap(node: Node | undefined, path: string, expected: string): Value {
    if (this.isEmpty(node)) return {}
    if (!isMap(node)) this.refuseShape(node, path, expected)
    const result: Record<string, string> = {}
    for (const pair of node.items) {
      const keyNode = this.resolve(pair.key as Node | null)
      const key = keyNode && isScalar(keyNode) ? this.scalarText(keyNode) : undefined
      if (key === undefined) {
        this.fail(`${path} has a key that is ${this.describe(keyNode)}`, {
          node: keyNode,
          fix: 'keys must be plain strings'
        })
      }
      const valueNode = this.resolve(pair.value as Node | null)
      result[key] = valueNode ? this.requiredText(valueNode, `${path}.${key}`) : ''
    }
    return result
  }

  /** A required string: any scalar, as written (`1.10` is '1.10', `~` is '~'). */
  private requiredText(node: Node | undefined, path: string): string {
    const value = node && isScalar(node) ? this.scalarText(node) : undefined
    if (value === undefined) {
      this.fail(`${path} must be a string but is ${this.describe(node)}`, { node })
    }
    return value
  }

  /** An optional string: unset when empty, ~ or null (plain); `""` is set. */
  private optionalText(node: Node | undefined, path: string): string | undefined {
    if (isScalar(node) && node.value === null && node.type === 'PLAIN') return undefined
    return this.requiredText(node, path)
  }

  /** Only the plain scalars true, True, TRUE, false, False, FALSE. */
  private bool(node: Node | undefined, path: string): boolean {
    if (isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'boolean') {
      return node.value
    }
    this.fail(`${path} must be true or false but is ${this.describe(node)}`, {
      node,
      fix: 'write true or false, unquoted (Sherpack takes no yes/no, on/off, 1/0 or "true")'
    })
  }

  private enumValue(
    node: Node | undefined,
    path: string,
    values: readonly string[],
    fix: string
  ): string {
    const text = this.requiredText(node, path)
    if (!values.includes(text)) {
      this.fail(`${path} ${quote(this.source(node as Node))} is not valid`, { node, fix })
    }
    return text
  }

  private duration(node: Node | undefined, path: string): string {
    const text = this.requiredText(node, path)
    const { problem } = parseHumantimeDuration(text)
    if (problem !== undefined) {
      this.fail(`${path} ${quote(this.source(node as Node))} is not a duration (${problem})`, {
        node,
        fix: 'write whole numbers with units, such as 60s, 5m or 1h30m (units: ns us ms s m h d w M y; no decimals, signs or ISO 8601)'
      })
    }
    return text
  }

  private metadata(top: Parent, value: Record<string, Value>): PackMetadata {
    const meta: Parent = { node: this.get(top, 'metadata') as YAMLMap, path: 'metadata' }
    const kind = (this.scalarTextOf(this.get(top, 'kind')) ?? 'application') as PackMetadata['kind']
    const metadata: PackMetadata = {
      apiVersion: 'sherpack/v1',
      kind,
      name: this.packName(meta, value.name as string),
      version: this.packVersion(meta, value.version as string)
    }
    this.checkArchiveFileName(meta, metadata)
    for (const field of ['description', 'appVersion', 'kubeVersion', 'home', 'icon'] as const) {
      const text = value[field] as string | undefined
      if (text !== undefined && text !== '') metadata[field] = text
    }
    for (const field of ['sources', 'keywords'] as const) {
      const list = value[field] as string[] | undefined
      if (list && list.length > 0) metadata[field] = list
    }
    const maintainers = value.maintainers as Record<string, string>[] | undefined
    if (maintainers && maintainers.length > 0) metadata.maintainers = maintainers.map(maintainer)
    const annotations = value.annotations as Record<string, string> | undefined
    if (annotations && Object.keys(annotations).length > 0) metadata.annotations = annotations
    return metadata
  }

  private packName(meta: Parent, name: string): string {
    const node = this.get(meta, 'name')
    if (name === '' || (isScalar(node) && node.value === null)) {
      this.fail('metadata.name is missing', {
        node: meta.node,
        fix: 'add a name such as name: mypack (lower-case letters, digits, and . _ - between them)'
      })
    }
    if (!OCI_COMPONENT.test(name.toLowerCase())) {
      this.fail(`metadata.name ${quote(name)} is not a valid pack name`, {
        node,
        fix: "it becomes an OCI repository name, so it must be letters and digits separated by single '.', '_' or '__', or by dashes (e.g. my-pack), with no spaces, '/' or leading/trailing separators"
      })
    }
    return name
  }

  private packVersion(meta: Parent, version: string): string {
    const node = this.get(meta, 'version')
    if (version === '' || (isScalar(node) && node.value === null)) {
      this.fail('metadata.version is missing', {
        node: meta.node,
        fix: 'add a SemVer 2.0 version such as version: 0.1.0'
      })
    }
    if (!isStrictSemVer(version)) {
      this.fail(`metadata.version ${quote(version)} is not a valid SemVer 2.0 version`, {
        node,
        fix: "write MAJOR.MINOR.PATCH such as 1.2.0, with no 'v' prefix or leading zeros (a pre-release like 1.2.0-rc.1 and build metadata like 1.2.0+b7 are allowed; this action's own limits: numbers up to 2^53-1, 256 characters in all)"
      })
    }
    return version
  }

  /** The action's own rule: the archive `<name>-<version>.tar.gz` must be a creatable file. */
  private checkArchiveFileName(meta: Parent, metadata: PackMetadata): void {
    const fileName = `${metadata.name}-${metadata.version}.tar.gz`
    const bytes = Buffer.byteLength(fileName)
    if (bytes <= MAX_ARCHIVE_FILE_NAME_BYTES) return
    this.fail(
      `metadata.name and metadata.version are too long together: the archive file name '${fileName.slice(0, 40)}…' would be ${bytes} bytes, more than the ${MAX_ARCHIVE_FILE_NAME_BYTES} a file name may have`,
      {
        node: this.get(meta, 'name'),
        fix: 'shorten the name (a rule of this action, as Sherpack would fail to write the file)'
      }
    )
  }

  private refuseShape(node: Node | undefined, path: string, expected: string): never {
    const nullish = isScalar(node) && node.value === null
    this.fail(`${path} must be ${expected} but is ${this.describe(node)}`, {
      node,
      fix: nullish
        ? 'Sherpack refuses ~ and null here: leave the value empty, or remove the line, for the defaults'
        : undefined
    })
  }

  /** A plain scalar with no text at all (`key:`): an empty section or list. */
  private isEmpty(node: Node | undefined): boolean {
    return (
      isScalar(node) && node.type === 'PLAIN' && node.value === null && this.source(node) === ''
    )
  }

  private scalarText(node: Scalar): string | undefined {
    if (typeof node.value === 'string') return node.value
    if (typeof node.source === 'string') return node.source
    if (node.value === null || node.value === undefined) return ''
    return String(node.value)
  }

  private scalarTextOf(node: Node | undefined): string | undefined {
    return isScalar(node) ? this.scalarText(node) : undefined
  }

  private get(parent: Parent, key: string): Node | undefined {
    for (const pair of parent.node.items) {
      const keyNode = this.resolve(pair.key as Node | null)
      if (keyNode && isScalar(keyNode) && this.scalarText(keyNode) === key) {
        return this.resolve(pair.value as Node | null) ?? undefined
      }
    }
    return undefined
  }

  private warnUnknownKey(path: string, key: string, known: string[], keyNode: Node | undefined) {
    const near = known.find((k) => k.toLowerCase() === key.toLowerCase())
    const hint = near ? ` (did you mean ${near}?)` : ''
    this.warn(`${path} is not a Pack.yaml field and is ignored${hint}`, this.lineOf(keyNode))
  }

  private warn(message: string, line: number | undefined): void {
    this.warnings.push({ message: this.locate(message, line), file: this.file, line })
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
    const source = this.source(node)
    if (isScalar(node) && node.value === null)
      return source === '' ? 'empty' : `${quote(source)} (null)`
    return quote(source)
  }

  private source(node: Node): string {
    return node.range ? this.text.slice(node.range[0], node.range[1]) : ''
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

  private fail(
    message: string,
    at: { node?: Node | undefined; line?: number; fix?: string } = {}
  ): never {
    const line = at.line ?? this.lineOf(at.node)
    throw new PackError(this.locate(message, line), { file: this.file, line, fix: at.fix })
  }
}

function maintainer(value: Record<string, string>): Maintainer {
  const result: Maintainer = { name: value.name as string }
  if (value.email !== undefined && value.email !== '') result.email = value.email
  if (value.url !== undefined && value.url !== '') result.url = value.url
  return result
}

function join(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key
}

function quote(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '\\n')
  return `'${oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine}'`
}
