// Pack.yaml's fields as Sherpack 0.4 declares them (pack.rs:11-341): type, required or not.
// Unknown keys are ignored at every level, as serde does without deny_unknown_fields.

/** What serde_yaml makes of a value once it is valid: the shape's JavaScript counterpart. */
export type Value = string | boolean | undefined | Value[] | { [key: string]: Value }

export type Shape =
  /** Any scalar, as written; required when the field is. */
  | { type: 'string' }
  /** Any scalar, unset when empty, ~ or null (plain). */
  | { type: 'optional-string' }
  | { type: 'bool' }
  | { type: 'enum'; values: readonly string[]; fix: string }
  /** humantime 2, via humantime_serde. */
  | { type: 'duration' }
  | { type: 'list'; item: Shape; expected: string }
  /** string → string, repeated keys allowed (the last wins). */
  | { type: 'map'; expected: string }
  | StructShape

export interface StructShape {
  type: 'struct'
  fields: Record<string, Field>
  /** "a mapping such as …", for messages. */
  expected: string
}

export interface Field {
  shape: Shape
  required?: boolean
  /** What to add when a required field is missing. */
  missingFix?: string
}

const STRING: Field = { shape: { type: 'string' } }
const OPTIONAL: Field = { shape: { type: 'optional-string' } }
const BOOL: Field = { shape: { type: 'bool' } }
const STRINGS: Field = {
  shape: { type: 'list', item: { type: 'string' }, expected: 'a list of strings' }
}

const MAINTAINER: StructShape = {
  type: 'struct',
  expected: 'a mapping such as {name: Jane Doe, email: jane@example.com}',
  fields: {
    name: { ...STRING, required: true, missingFix: 'every maintainer needs a name' },
    email: OPTIONAL,
    url: OPTIONAL
  }
}

const METADATA: StructShape = {
  type: 'struct',
  expected: 'a mapping with name, version, …',
  fields: {
    name: {
      ...STRING,
      required: true,
      missingFix:
        'add a name such as name: mypack (lower-case letters, digits, and . _ - between them)'
    },
    version: {
      ...STRING,
      required: true,
      missingFix: 'add a SemVer 2.0 version such as version: 0.1.0'
    },
    description: OPTIONAL,
    appVersion: OPTIONAL,
    kubeVersion: OPTIONAL,
    home: OPTIONAL,
    icon: OPTIONAL,
    sources: STRINGS,
    keywords: STRINGS,
    maintainers: {
      shape: { type: 'list', item: MAINTAINER, expected: 'a list of {name, email, url} mappings' }
    },
    annotations: {
      shape: { type: 'map', expected: 'a mapping of string keys to string values' }
    }
  }
}

const DEPENDENCY_FIELD_FIX =
  'every dependency needs name, version and repository (Sherpack 0.4 has no local dependencies without a repository)'

const DEPENDENCY: StructShape = {
  type: 'struct',
  expected: 'a mapping such as {name: redis, version: ^17, repository: https://…}',
  fields: {
    name: { ...STRING, required: true, missingFix: DEPENDENCY_FIELD_FIX },
    version: { ...STRING, required: true, missingFix: DEPENDENCY_FIELD_FIX },
    repository: { ...STRING, required: true, missingFix: DEPENDENCY_FIELD_FIX },
    enabled: BOOL,
    condition: OPTIONAL,
    resolve: {
      shape: {
        type: 'enum',
        values: ['always', 'when-enabled', 'never'],
        fix: 'write always, when-enabled or never (kebab case)'
      }
    },
    tags: STRINGS,
    alias: OPTIONAL
  }
}

const CRDS: StructShape = {
  type: 'struct',
  expected: 'a mapping such as crds: {install: true}',
  fields: {
    install: BOOL,
    upgrade: {
      shape: {
        type: 'struct',
        expected: 'a mapping such as upgrade: {enabled: true, strategy: safe}',
        fields: {
          enabled: BOOL,
          strategy: {
            shape: {
              type: 'enum',
              values: ['safe', 'force', 'skip'],
              fix: 'write safe, force or skip'
            }
          }
        }
      }
    },
    uninstall: {
      shape: {
        type: 'struct',
        expected: 'a mapping such as uninstall: {keep: true}',
        fields: { keep: BOOL }
      }
    },
    waitReady: BOOL,
    waitTimeout: { shape: { type: 'duration' } }
  }
}

export const PACK_YAML_SCHEMA: StructShape = {
  type: 'struct',
  expected: 'a YAML mapping',
  fields: {
    apiVersion: { ...STRING, required: true, missingFix: 'add apiVersion: sherpack/v1 at the top' },
    kind: {
      shape: {
        type: 'enum',
        values: ['application', 'library'],
        fix: 'write kind: application or kind: library (or leave kind out for application)'
      }
    },
    metadata: { shape: METADATA, required: true },
    dependencies: {
      shape: { type: 'list', item: DEPENDENCY, expected: 'a list of {name, version, repository}' }
    },
    engine: {
      shape: {
        type: 'struct',
        expected: 'a mapping such as engine: {strict: true}',
        fields: { strict: BOOL }
      }
    },
    crds: { shape: CRDS }
  }
}
