// Reads and validates Pack.yaml exactly as Sherpack 0.4 does (serde_yaml 0.9 into the structs of
// pack.rs; see "Pack.yaml: what Sherpack 0.4 accepts" in the format spec), plus the action's
// own rules on the name. Every failure is one PackError naming the file, the field, the bad
// value and what to write instead, with the line the YAML parser points at.
import { isMap, isScalar, isSeq } from 'yaml'
import type { Node, Pair, YAMLMap } from 'yaml'
import { parseHumantimeDuration } from './duration.js'
import { readMetadata } from './packfile-metadata.js'
import { PACK_YAML_SCHEMA, type Shape, type StructShape, type Value } from './packfile-schema.js'
import { PackYamlDocument, join, quote, type Parent } from './packfile-yaml.js'
import { firstInvalidUtf8 } from './names.js'
import { PackError } from './types.js'
import type { PackMetadata, PackWarning } from './types.js'

export interface ParsedPackFile {
  metadata: PackMetadata
  warnings: PackWarning[]
}

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

/** Walks Pack.yaml's fields against PACK_YAML_SCHEMA, as serde_yaml reads them into pack.rs. */
class PackFileReader {
  private readonly yaml: PackYamlDocument

  constructor(text: string, file: string) {
    this.yaml = new PackYamlDocument(text, file)
  }

  read(): ParsedPackFile {
    const root = this.yaml.root()
    if (!root || (isScalar(root) && root.value === null)) {
      this.yaml.fail('is empty', {
        fix: 'it must hold at least apiVersion: sherpack/v1 and metadata.name/version'
      })
    }
    if (!isMap(root)) {
      this.yaml.fail(
        `must be a YAML mapping (key: value lines) but is ${this.yaml.describe(root)}`,
        {
          node: root,
          fix: 'start it with apiVersion: sherpack/v1'
        }
      )
    }
    const top: Parent = { node: root, path: '' }
    this.checkApiVersion(top)
    this.checkKind(top)
    this.checkMetadataPresent(top)
    const value = this.struct(top.node, '', PACK_YAML_SCHEMA) as Record<string, Value>
    const metadata = readMetadata(this.yaml, top, value.metadata as Record<string, Value>)
    return { metadata, warnings: this.yaml.warnings }
  }

  private checkApiVersion(top: Parent): void {
    const node = this.yaml.get(top, 'apiVersion')
    if (node === undefined) {
      this.yaml.fail('has no apiVersion', {
        node: top.node,
        fix: 'add apiVersion: sherpack/v1 at the top'
      })
    }
    const apiVersion = this.requiredText(node, 'apiVersion')
    if (apiVersion !== 'sherpack/v1') {
      const helmHint = /^v[12]$/.test(apiVersion) ? ' (this looks like a Helm Chart.yaml)' : ''
      this.yaml.fail(`apiVersion ${quote(apiVersion)} is not supported${helmHint}`, {
        node,
        fix: 'write apiVersion: sherpack/v1'
      })
    }
  }

  private checkKind(top: Parent): void {
    const node = this.yaml.get(top, 'kind')
    if (node === undefined) return
    const kind = this.requiredText(node, 'kind')
    if (kind !== 'application' && kind !== 'library') {
      this.yaml.fail(`kind ${quote(this.yaml.source(node))} is not valid`, {
        node,
        fix: 'write kind: application or kind: library (or leave kind out for application)'
      })
    }
  }

  private checkMetadataPresent(top: Parent): void {
    const node = this.yaml.get(top, 'metadata')
    if (node === undefined || (isScalar(node) && node.value === null)) {
      this.yaml.fail('has no metadata', {
        node: top.node,
        fix: 'add a metadata mapping with at least name and version, e.g. metadata: {name: mypack, version: 0.1.0}'
      })
    }
    if (!isMap(node)) {
      this.yaml.fail(
        `metadata must be a mapping with name, version, … but is ${this.yaml.describe(node)}`,
        {
          node
        }
      )
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
    if (this.yaml.isEmpty(node)) return this.struct(undefined, path, shape, node)
    this.yaml.refuseShape(node, path, shape.expected)
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
          this.yaml.fail(`${fieldPath} is missing`, { node: at, fix: field.missingFix })
        }
        continue
      }
      const value = this.value(this.yaml.resolve(pair.value as Node | null), fieldPath, field.shape)
      if (value !== undefined) result[key] = value
    }
    return result
  }

  /** The pairs of the known keys, refusing a repeated one (serde's "duplicate field"). */
  private fieldPairs(node: YAMLMap, path: string, known: string[]): Map<string, Pair> {
    const pairs = new Map<string, Pair>()
    for (const pair of node.items) {
      const keyNode = this.yaml.resolve(pair.key as Node | null)
      const key = keyNode && isScalar(keyNode) ? this.yaml.scalarText(keyNode) : undefined
      if (key === undefined) {
        this.yaml.fail(`${path || 'Pack.yaml'} has a key that is ${this.yaml.describe(keyNode)}`, {
          node: keyNode,
          fix: 'keys must be plain strings'
        })
      }
      if (!known.includes(key)) {
        this.yaml.warnUnknownKey(join(path, key), key, known, keyNode)
        continue
      }
      const earlier = pairs.get(key)
      if (earlier) {
        const first = this.yaml.lineOf(this.yaml.resolve(earlier.key as Node | null))
        this.yaml.fail(`${join(path, key)} is given twice (first at line ${first})`, {
          node: keyNode,
          fix: 'Sherpack refuses a repeated key: keep one of them'
        })
      }
      pairs.set(key, pair)
    }
    return pairs
  }

  private list(node: Node | undefined, path: string, item: Shape, expected: string): Value[] {
    if (this.yaml.isEmpty(node)) return []
    if (!isSeq(node)) this.yaml.refuseShape(node, path, expected)
    return node.items.map((child, i) => {
      const resolved = this.yaml.resolve(child as Node | null)
      if (item.type === 'struct' && !isMap(resolved) && !this.yaml.isEmpty(resolved)) {
        this.yaml.fail(
          `${path}[${i}] must be ${item.expected} but is ${this.yaml.describe(resolved)}`,
          {
            node: resolved
          }
        )
      }
      return this.value(resolved, `${path}[${i}]`, item)
    })
  }

  /** A map of strings (annotations): repeated keys are allowed, the last one wins. */
  private stringMap(node: Node | undefined, path: string, expected: string): Value {
    if (this.yaml.isEmpty(node)) return {}
    if (!isMap(node)) this.yaml.refuseShape(node, path, expected)
    const result: Record<string, string> = {}
    for (const pair of node.items) {
      const keyNode = this.yaml.resolve(pair.key as Node | null)
      const key = keyNode && isScalar(keyNode) ? this.yaml.scalarText(keyNode) : undefined
      if (key === undefined) {
        this.yaml.fail(`${path} has a key that is ${this.yaml.describe(keyNode)}`, {
          node: keyNode,
          fix: 'keys must be plain strings'
        })
      }
      const valueNode = this.yaml.resolve(pair.value as Node | null)
      result[key] = valueNode ? this.requiredText(valueNode, `${path}.${key}`) : ''
    }
    return result
  }

  /** A required string: any scalar, as written (`1.10` is '1.10', `~` is '~'). */
  private requiredText(node: Node | undefined, path: string): string {
    const value = node && isScalar(node) ? this.yaml.scalarText(node) : undefined
    if (value === undefined) {
      this.yaml.fail(`${path} must be a string but is ${this.yaml.describe(node)}`, { node })
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
    this.yaml.fail(`${path} must be true or false but is ${this.yaml.describe(node)}`, {
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
      this.yaml.fail(`${path} ${quote(this.yaml.source(node as Node))} is not valid`, { node, fix })
    }
    return text
  }

  private duration(node: Node | undefined, path: string): string {
    const text = this.requiredText(node, path)
    const { problem } = parseHumantimeDuration(text)
    if (problem !== undefined) {
      this.yaml.fail(
        `${path} ${quote(this.yaml.source(node as Node))} is not a duration (${problem})`,
        {
          node,
          fix: 'write whole numbers with units, such as 60s, 5m or 1h30m (units: ns us ms s m h d w M y; no decimals, signs or ISO 8601)'
        }
      )
    }
    return text
  }
}
