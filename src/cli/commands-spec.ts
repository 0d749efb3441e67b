// The command line's public surface: every command, its arguments and flags, with the help text
// each one prints. Names here are public: extend, never rename.

export type CommandName = 'package' | 'push' | 'pull' | 'inspect'

export const COMMAND_NAMES: readonly CommandName[] = ['package', 'push', 'pull', 'inspect']

export interface FlagSpec {
  type: 'string' | 'boolean'
  short?: string
  multiple?: boolean
  /** The value's placeholder in the help, e.g. `DIR`. */
  value?: string
  help: string
}

export interface CommandSpec {
  name: CommandName
  summary: string
  /** The arguments after the command, e.g. `<dir|archive> [oci://host/repo[:tag]]`. */
  args: string
  positionals: { min: number; max: number }
  flags: Record<string, FlagSpec>
  description: string[]
  examples: string[]
}

const HELP: FlagSpec = { type: 'boolean', short: 'h', help: 'Show this help.' }
const QUIET: FlagSpec = {
  type: 'boolean',
  short: 'q',
  help: 'Print only the result (and warnings and errors).'
}
const JSON_FLAG: FlagSpec = { type: 'boolean', help: 'Print the result as one JSON object.' }
const PLAIN_HTTP: FlagSpec = {
  type: 'boolean',
  help: 'Talk http:// to the registry (a local test registry).'
}
const TIMEOUT: FlagSpec = {
  type: 'string',
  value: 'DURATION',
  help: 'Overall deadline for the registry work: 600, 90s, 10m, 1h; at most 596h (default 10m).'
}

const CREDENTIAL_FLAGS: Record<string, FlagSpec> = {
  username: { type: 'string', short: 'u', value: 'USER', help: 'Registry username.' },
  password: {
    type: 'string',
    short: 'p',
    value: 'PASSWORD',
    help: 'Registry password or token (visible to other users: prefer --password-stdin).'
  },
  'password-stdin': { type: 'boolean', help: 'Read the password from standard input.' }
}

const CREDENTIALS_NOTE =
  'Credentials, first found wins: -u/-p or --password-stdin; SHERPACK_OCI_USERNAME and SHERPACK_OCI_PASSWORD; the Docker config ($DOCKER_CONFIG/config.json, else ~/.docker/config.json: credHelpers, auths, credsStore) as `docker login` writes it; on GitLab CI, CI_REGISTRY_USER/CI_REGISTRY_PASSWORD for $CI_REGISTRY.'

const PACKAGE: CommandSpec = {
  name: 'package',
  summary: 'Package a pack directory into <name>-<version>.tar.gz',
  args: '<dir>',
  positionals: { min: 1, max: 1 },
  flags: {
    output: {
      type: 'string',
      short: 'o',
      value: 'DIR',
      help: 'Where to write the archive (default: the current directory).'
    },
    quiet: QUIET,
    help: HELP
  },
  description: [
    'Writes the same archive `sherpack package` makes, reproducibly: its created time is SOURCE_DATE_EPOCH, else the commit time of HEAD. Prints the archive path and its sha256 digest.'
  ],
  examples: ['sherpack-push package ./mypack -o dist']
}

const PUSH: CommandSpec = {
  name: 'push',
  summary: 'Package (or take a .tar.gz) and push it to one or more OCI registries',
  args: '<dir|archive|glob>... [oci://host/repo[:tag]]...',
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  flags: {
    tag: {
      type: 'string',
      short: 't',
      multiple: true,
      value: 'TAG',
      help: 'Also write this tag (repeatable; templates such as {{version}} work).'
    },
    ...CREDENTIAL_FLAGS,
    'plain-http': PLAIN_HTTP,
    'no-overwrite': {
      type: 'boolean',
      help: 'Fail, writing nothing, when a tag already points to another digest.'
    },
    overwrite: { type: 'boolean', help: 'Move tags that point elsewhere (the default).' },
    'skip-existing': {
      type: 'boolean',
      help: 'Leave a pack alone when its version tag already holds its digest; fail it when that tag holds another digest (content changed without a version bump). The version tag is never moved.'
    },
    'no-version-check': {
      type: 'boolean',
      help: "Don't fail when a version git tag (v1.2.3) differs from Pack.yaml's version."
    },
    annotation: {
      type: 'string',
      multiple: true,
      value: 'KEY=VALUE',
      help: 'Extra manifest annotation (repeatable; an empty value removes a key).'
    },
    sign: {
      type: 'string',
      value: 'KEYFILE',
      help: 'Sign each archive with this minisign secret key (sherpack keygen, minisign -G) and push the signature next to the pack; its password from SHERPACK_SIGNING_PASSWORD or --sign-password-stdin.'
    },
    'sign-password-stdin': {
      type: 'boolean',
      help: "Read the signing key's password from standard input."
    },
    key: {
      type: 'string',
      multiple: true,
      value: 'PUBFILE',
      help: 'A trusted minisign public key (the .pub file, or its base64 line; repeatable): the signature made, or found beside a prebuilt archive, must verify with one before any upload.'
    },
    plan: {
      type: 'boolean',
      help: 'Write nothing: read every destination tag (pull access only) and print what a push would do to each: new, unchanged, moves (from which digest) or refused (and why).'
    },
    'fail-on-refused': {
      type: 'boolean',
      help: 'With --plan, exit 1 when the plan refuses anything (the plan is still printed).'
    },
    timeout: TIMEOUT,
    json: JSON_FLAG,
    quiet: QUIET,
    help: HELP
  },
  description: [
    'Several paths (directories, archives, or globs such as "packs/*" matching directories that hold a Pack.yaml) and several destinations may be given: every pack goes to every destination with the same digest; a destination ending in / gets the pack name appended.',
    "The destination's tag and every --tag are written. With neither, tags come from the CI (GitLab: CI_COMMIT_TAG v1.2.3 gives 1.2.3, 1.2, 1 and latest; a branch gives <branch> and sha-<commit>; a merge request gives pr-<iid>), else the pack version.",
    'With GITLAB_CI=true and no destination, the pack goes to oci://$CI_REGISTRY_IMAGE/<pack name>.',
    'With --sign, each archive is signed (as `sherpack sign` does) before anything is uploaded, and the signature goes to every destination as an OCI referrer of the pack. A prebuilt archive with <archive>.minisig beside it has that signature pushed as it is.',
    CREDENTIALS_NOTE,
    '--json prints the same object as the GitHub Action\'s "metadata" output, alone on stdout; with --plan, the same array as its "plan" output.'
  ],
  examples: [
    'sherpack-push push ./mypack oci://ghcr.io/myorg/mypack:1.0.0 -t latest',
    "sherpack-push push 'packs/*' oci://ghcr.io/myorg/ --no-overwrite --plan --fail-on-refused",
    "sherpack-push push 'packs/*' oci://ghcr.io/myorg/ oci://registry.example.com/mirror/ --skip-existing",
    'echo "$TOKEN" | sherpack-push push mypack-1.0.0.tar.gz oci://registry.example.com/mypack -u me --password-stdin',
    'SHERPACK_SIGNING_PASSWORD=… sherpack-push push ./mypack oci://ghcr.io/myorg/mypack --sign ~/.sherpack/sherpack.key'
  ]
}

const PULL: CommandSpec = {
  name: 'pull',
  summary: 'Download a pack from an OCI registry (or an OCI layout) and check it',
  args: '<oci://host/repo:tag | oci://host/repo@sha256:… | oci-layout://DIR:tag>',
  positionals: { min: 1, max: 1 },
  flags: {
    output: {
      type: 'string',
      short: 'o',
      value: 'DIR',
      help: 'Where to write it (default: the current directory).'
    },
    untar: { type: 'boolean', help: 'Extract the pack into DIR/<name>/ instead of the .tar.gz.' },
    verify: {
      type: 'boolean',
      help: 'Require a minisign signature of the pack by one of the --key keys (found next to it in the registry); write it beside the archive as <archive>.minisig.'
    },
    key: {
      type: 'string',
      multiple: true,
      value: 'PUBFILE',
      help: 'A trusted minisign public key for --verify: the .pub file, or its base64 line (repeatable).'
    },
    'plain-http': PLAIN_HTTP,
    ...CREDENTIAL_FLAGS,
    timeout: TIMEOUT,
    json: JSON_FLAG,
    quiet: QUIET,
    help: HELP
  },
  description: [
    'An OCI layout that a push wrote (oci-layout://DIR:TAG or oci-layout://DIR@sha256:…) is read like a registry, with the same checks.',
    "Checks the manifest digest (when the reference names one), the media types (anything but a pack is refused), the layer's digest and size, and the archive's MANIFEST; then writes <name>-<version>.tar.gz, or with --untar the pack's files under DIR/<name>/. A failed check leaves no file behind.",
    "With --verify, the pack's signatures are found next to it (the registry's referrers API, else the fallback tag sha256-<hex>), each fetched by digest and required to name the pulled manifest; one must verify over the archive with a --key key (its trusted comment naming this pack), or the pull fails and writes nothing.",
    CREDENTIALS_NOTE
  ],
  examples: [
    'sherpack-push pull oci://ghcr.io/myorg/mypack:1.0.0 -o ./packs',
    'sherpack-push pull oci://ghcr.io/myorg/mypack@sha256:0123…cdef --untar',
    'sherpack-push pull oci://ghcr.io/myorg/mypack:1.0.0 --verify --key sherpack.pub'
  ]
}

const INSPECT: CommandSpec = {
  name: 'inspect',
  summary: 'Show what a reference points to: digest, media types, sizes, metadata',
  args: '<oci://host/repo:tag | oci://host/repo@sha256:… | oci-layout://DIR:tag>',
  positionals: { min: 1, max: 1 },
  flags: {
    'plain-http': PLAIN_HTTP,
    ...CREDENTIAL_FLAGS,
    timeout: TIMEOUT,
    json: JSON_FLAG,
    quiet: QUIET,
    help: HELP
  },
  description: [
    "Prints the manifest digest, its media types and sizes, its annotations, the pack's metadata from the config blob, and its referrers (signatures, attestations: listed, not verified). With --json, one object whose `digest` is the manifest digest.",
    'An OCI layout that a push wrote is read as oci-layout://DIR:TAG or oci-layout://DIR@sha256:….',
    CREDENTIALS_NOTE
  ],
  examples: [
    'sherpack-push inspect oci://ghcr.io/myorg/mypack:1.0.0 --json',
    'sherpack-push inspect oci-layout://out/layout:1.0.0'
  ]
}

export const COMMANDS: Record<CommandName, CommandSpec> = {
  package: PACKAGE,
  push: PUSH,
  pull: PULL,
  inspect: INSPECT
}

export function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name)
}
