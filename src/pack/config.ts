// The OCI config blob: the pack's metadata under Helm's Chart.yaml field names, so registry
// UIs and Helm-aware tools can show what the artifact is.
import type { PackMetadata } from './types.js'

type Field = [key: string, json: string | undefined]

/**
 * Compact JSON with keys in Helm's Chart metadata order, absent fields left out and
 * annotations sorted by key bytes: the same metadata always gives the same bytes.
 */
export function packConfigJson(metadata: PackMetadata): Buffer {
  const json = (value: unknown): string | undefined =>
    value === undefined ? undefined : JSON.stringify(value)
  const fields: Field[] = [
    ['name', json(metadata.name)],
    ['home', json(metadata.home)],
    ['sources', json(metadata.sources)],
    ['version', json(metadata.version)],
    ['description', json(metadata.description)],
    ['keywords', json(metadata.keywords)],
    [
      'maintainers',
      metadata.maintainers &&
        `[${metadata.maintainers
          .map((m) =>
            object([
              ['name', json(m.name)],
              ['email', json(m.email)],
              ['url', json(m.url)]
            ])
          )
          .join(',')}]`
    ],
    ['icon', json(metadata.icon)],
    ['appVersion', json(metadata.appVersion)],
    ['annotations', metadata.annotations && annotationsJson(metadata.annotations)],
    ['kubeVersion', json(metadata.kubeVersion)],
    ['type', json(metadata.kind)]
  ]
  return Buffer.from(object(fields), 'utf8')
}

/** Built by hand: JS objects put integer-like keys first, whatever the insertion order. */
function object(fields: Field[]): string {
  const members = fields.flatMap(([key, value]) =>
    value === undefined ? [] : [`${JSON.stringify(key)}:${value}`]
  )
  return `{${members.join(',')}}`
}

function annotationsJson(annotations: Record<string, string>): string {
  const keys = Object.keys(annotations).sort((a, b) =>
    Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
  )
  return object(keys.map((key) => [key, JSON.stringify(annotations[key])]))
}
