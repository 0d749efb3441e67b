// Pack.yaml's metadata, once its shape is checked: the PackMetadata the action works with, and
// the action's own rules on the name and version (an OCI repository component, strict SemVer,
// an archive file name that can be created).
import { isScalar } from 'yaml'
import type { YAMLMap } from 'yaml'
import type { Maintainer, PackMetadata } from './types.js'
import { isStrictSemVer } from './version.js'
import { quote, type Parent, type PackYamlDocument } from './packfile-yaml.js'
import type { Value } from './packfile-schema.js'
// The pack name, lower-cased, becomes an OCI repository path component.
import { REPOSITORY_COMPONENT_PATTERN } from '../oci/types.js'

/** NAME_MAX: `<name>-<version>.tar.gz` must be creatable as one file. */
const MAX_ARCHIVE_FILE_NAME_BYTES = 255

/** The metadata of a Pack.yaml whose fields passed the schema walk (`value`), checked by the action's rules. */
export function readMetadata(
  yaml: PackYamlDocument,
  top: Parent,
  value: Record<string, Value>
): PackMetadata {
  const meta: Parent = { node: yaml.get(top, 'metadata') as YAMLMap, path: 'metadata' }
  const kind = (yaml.scalarTextOf(yaml.get(top, 'kind')) ?? 'application') as PackMetadata['kind']
  const metadata: PackMetadata = {
    apiVersion: 'sherpack/v1',
    kind,
    name: packName(yaml, meta, value.name as string),
    version: packVersion(yaml, meta, value.version as string)
  }
  checkArchiveFileName(yaml, meta, metadata)
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

function packName(yaml: PackYamlDocument, meta: Parent, name: string): string {
  const node = yaml.get(meta, 'name')
  if (name === '' || (isScalar(node) && node.value === null)) {
    yaml.fail('metadata.name is missing', {
      node: meta.node,
      fix: 'add a name such as name: mypack (lower-case letters, digits, and . _ - between them)'
    })
  }
  if (!REPOSITORY_COMPONENT_PATTERN.test(name.toLowerCase())) {
    yaml.fail(`metadata.name ${quote(name)} is not a valid pack name`, {
      node,
      fix: "it becomes an OCI repository name, so it must be letters and digits separated by single '.', '_' or '__', or by dashes (e.g. my-pack), with no spaces, '/' or leading/trailing separators"
    })
  }
  return name
}

function packVersion(yaml: PackYamlDocument, meta: Parent, version: string): string {
  const node = yaml.get(meta, 'version')
  if (version === '' || (isScalar(node) && node.value === null)) {
    yaml.fail('metadata.version is missing', {
      node: meta.node,
      fix: 'add a SemVer 2.0 version such as version: 0.1.0'
    })
  }
  if (!isStrictSemVer(version)) {
    yaml.fail(`metadata.version ${quote(version)} is not a valid SemVer 2.0 version`, {
      node,
      fix: "write MAJOR.MINOR.PATCH such as 1.2.0, with no 'v' prefix or leading zeros (a pre-release like 1.2.0-rc.1 and build metadata like 1.2.0+b7 are allowed; this action's own limits: numbers up to 2^53-1, 256 characters in all)"
    })
  }
  return version
}

/** The action's own rule: the archive `<name>-<version>.tar.gz` must be a creatable file. */
function checkArchiveFileName(yaml: PackYamlDocument, meta: Parent, metadata: PackMetadata): void {
  const fileName = `${metadata.name}-${metadata.version}.tar.gz`
  const bytes = Buffer.byteLength(fileName)
  if (bytes <= MAX_ARCHIVE_FILE_NAME_BYTES) return
  yaml.fail(
    `metadata.name and metadata.version are too long together: the archive file name '${fileName.slice(0, 40)}…' would be ${bytes} bytes, more than the ${MAX_ARCHIVE_FILE_NAME_BYTES} a file name may have`,
    {
      node: yaml.get(meta, 'name'),
      fix: 'shorten the name (a rule of this action, as Sherpack would fail to write the file)'
    }
  )
}

function maintainer(value: Record<string, string>): Maintainer {
  const result: Maintainer = { name: value.name as string }
  if (value.email !== undefined && value.email !== '') result.email = value.email
  if (value.url !== undefined && value.url !== '') result.url = value.url
  return result
}
