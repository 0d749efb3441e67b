// Pack.yaml as a YAML document: the parser's nodes and the helpers every check of it uses (the
// text and line a node came from, how to describe it in a message, the one way to fail with the
// file and line). What Pack.yaml must hold is checked in packfile.ts and packfile-metadata.ts.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { Document, Node, Scalar, YAMLMap } from 'yaml'
import { PackError } from './types.js'
import type { PackWarning } from './types.js'

/** A mapping and its path in Pack.yaml (`metadata`), for lookups and messages. */
export type Parent = { node: YAMLMap; path: string }

export class PackYamlDocument {
  private readonly lines = new LineCounter()
  private readonly doc: Document
  readonly warnings: PackWarning[] = []

  constructor(
    private readonly text: string,
    readonly file: string
  ) {
    // Repeated keys are checked per field: serde_yaml takes them in annotations.
    this.doc = parseDocument(text, {
      lineCounter: this.lines,
      prettyErrors: false,
      uniqueKeys: false,
      schema: 'core'
    })
  }

  /** The document's top node, once the syntax is known to be valid. */
  root(): Node | undefined {
    this.checkSyntax()
    return this.resolve(this.doc.contents)
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

  refuseShape(node: Node | undefined, path: string, expected: string): never {
    const nullish = isScalar(node) && node.value === null
    this.fail(`${path} must be ${expected} but is ${this.describe(node)}`, {
      node,
      fix: nullish
        ? 'Sherpack refuses ~ and null here: leave the value empty, or remove the line, for the defaults'
        : undefined
    })
  }

  /** A plain scalar with no text at all (`key:`): an empty section or list. */
  isEmpty(node: Node | undefined): boolean {
    return (
      isScalar(node) && node.type === 'PLAIN' && node.value === null && this.source(node) === ''
    )
  }

  scalarText(node: Scalar): string | undefined {
    if (typeof node.value === 'string') return node.value
    if (typeof node.source === 'string') return node.source
    if (node.value === null || node.value === undefined) return ''
    return String(node.value)
  }

  scalarTextOf(node: Node | undefined): string | undefined {
    return isScalar(node) ? this.scalarText(node) : undefined
  }

  get(parent: Parent, key: string): Node | undefined {
    for (const pair of parent.node.items) {
      const keyNode = this.resolve(pair.key as Node | null)
      if (keyNode && isScalar(keyNode) && this.scalarText(keyNode) === key) {
        return this.resolve(pair.value as Node | null) ?? undefined
      }
    }
    return undefined
  }

  warnUnknownKey(path: string, key: string, known: string[], keyNode: Node | undefined) {
    const near = known.find((k) => k.toLowerCase() === key.toLowerCase())
    const hint = near ? ` (did you mean ${near}?)` : ''
    this.warn(`${path} is not a Pack.yaml field and is ignored${hint}`, this.lineOf(keyNode))
  }

  warn(message: string, line: number | undefined): void {
    this.warnings.push({ message: this.locate(message, line), file: this.file, line })
  }

  resolve(node: Node | null | undefined): Node | undefined {
    if (!node) return undefined
    if (isAlias(node)) return (node.resolve(this.doc) as Node | undefined) ?? undefined
    return node
  }

  describe(node: Node | undefined): string {
    if (!node) return 'empty'
    if (isMap(node)) return 'a mapping'
    if (isSeq(node)) return 'a list'
    const source = this.source(node)
    if (isScalar(node) && node.value === null)
      return source === '' ? 'empty' : `${quote(source)} (null)`
    return quote(source)
  }

  source(node: Node): string {
    return node.range ? this.text.slice(node.range[0], node.range[1]) : ''
  }

  lineOf(node: Node | undefined): number | undefined {
    if (!node?.range) return undefined
    return this.lines.linePos(node.range[0]).line
  }

  locate(message: string, line: number | undefined): string {
    return line === undefined
      ? `${this.file}: ${message}`
      : `${this.file}, line ${line}: ${message}`
  }

  fail(message: string, at: { node?: Node | undefined; line?: number; fix?: string } = {}): never {
    const line = at.line ?? this.lineOf(at.node)
    throw new PackError(this.locate(message, line), { file: this.file, line, fix: at.fix })
  }
}

export function join(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key
}

export function quote(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '\\n')
  return `'${oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine}'`
}
