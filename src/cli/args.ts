// The command line, parsed strictly with node:util parseArgs: an unknown flag, a missing value or
// a wrong number of arguments is a usage error (exit 2), said in one line.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { readDuration } from '../duration.js'
import { DEFAULT_TIMEOUT_MS } from '../core/types.js'
import { COMMANDS, isCommandName, type CommandName, type CommandSpec } from './commands-spec.js'

/** A command line that does not fit the command's shape: exit 2, with a pointer to --help. */
export class UsageError extends Error {
  override name = 'UsageError'
  constructor(
    message: string,
    readonly command?: CommandName
  ) {
    super(message)
  }
}

/** Every flag's value, resolved; a command only ever sees the flags its spec declares. */
export interface CliOptions {
  output?: string
  tags: string[]
  username?: string
  password?: string
  passwordStdin: boolean
  plainHttp: boolean
  overwrite: boolean
  /** --skip-existing: a pack whose version tag already holds its digest is left alone. */
  skipExisting: boolean
  /** --no-version-check turns off the check of a version git tag against Pack.yaml. */
  versionCheck: boolean
  annotations: Record<string, string>
  untar: boolean
  json: boolean
  quiet: boolean
  /** --timeout, else the core's default. */
  timeoutMs: number
  /** --sign KEYFILE: a minisign secret key to sign each archive with. */
  sign?: string
  /** --sign-password-stdin: the signing key's password from standard input. */
  signPasswordStdin: boolean
  /** --key PUBFILE (or a public key's base64 line), repeatable: the trusted keys. */
  keys: string[]
  /** pull --verify: require a signature by one of the --key keys. */
  verify: boolean
  /** --plan: read and say what a push would do; write nothing. */
  plan: boolean
  /** --fail-on-refused: with --plan, exit 1 when anything would be refused. */
  failOnRefused: boolean
}

export type ParsedCommandLine =
  | { kind: 'help'; command?: CommandName }
  | { kind: 'version' }
  | { kind: 'run'; command: CommandName; positionals: string[]; options: CliOptions }

/** `sherpack-push <command> [args…]`, `--help`, `help <command>` or `--version`. */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const [first, ...rest] = argv
  if (first === undefined) throw new UsageError('no command given')
  if (first === '--help' || first === '-h') return { kind: 'help' }
  if (first === '--version' || first === '-V') return { kind: 'version' }
  if (first === 'help') {
    const topic = rest[0]
    if (topic === undefined) return { kind: 'help' }
    if (!isCommandName(topic)) throw new UsageError(`unknown command '${topic}'`)
    return { kind: 'help', command: topic }
  }
  if (!isCommandName(first)) {
    throw new UsageError(
      first.startsWith('-') ? `unknown option '${first}'` : `unknown command '${first}'`
    )
  }
  if (wantsHelp(rest)) return { kind: 'help', command: first }
  return { kind: 'run', command: first, ...parseCommandArgs(COMMANDS[first], rest) }
}

/** -h/--help anywhere before `--` wins over everything else on the line. */
function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false
    if (arg === '--help' || arg === '-h') return true
  }
  return false
}

type Tokens = NonNullable<ReturnType<typeof parseArgs>['tokens']>

function parseCommandArgs(
  spec: CommandSpec,
  args: string[]
): { positionals: string[]; options: CliOptions } {
  const config: ParseArgsConfig = {
    args,
    options: spec.flags,
    strict: true,
    allowPositionals: true,
    tokens: true
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs(config)
  } catch (error) {
    throw new UsageError(parseArgsMessage(error), spec.name)
  }
  const { positionals, tokens = [] } = parsed
  checkPositionals(spec, positionals)
  const options = resolveOptions(spec, parsed.values, tokens)
  return { positionals, options }
}

/** parseArgs' first line, which names the flag (never a value: a value may be a password). */
function parseArgsMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  const firstLine = text.split('\n')[0] ?? text
  return firstLine.replace(/\. This command does not take positional arguments$/, '')
}

function checkPositionals(spec: CommandSpec, positionals: string[]): void {
  const { min, max } = spec.positionals
  if (positionals.length < min) {
    throw new UsageError(`${spec.name} needs ${spec.args}`, spec.name)
  }
  if (positionals.length > max) {
    // The extra words are not echoed: a password typed without -p would end up in the message.
    throw new UsageError(
      `too many arguments: ${spec.name} takes ${spec.args} (${positionals.length} given)`,
      spec.name
    )
  }
}

type Values = ReturnType<typeof parseArgs>['values']

function resolveOptions(spec: CommandSpec, values: Values, tokens: Tokens): CliOptions {
  const text = (name: string): string | undefined => {
    const value = values[name]
    return typeof value === 'string' ? value : undefined
  }
  const list = (name: string): string[] => {
    const value = values[name]
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
  }
  const flag = (name: string): boolean => values[name] === true
  if (text('password') !== undefined && flag('password-stdin')) {
    throw new UsageError('--password and --password-stdin cannot be used together', spec.name)
  }
  checkSigningFlags(spec, text('sign'), flag('sign-password-stdin'), flag('password-stdin'))
  if (flag('verify') && list('key').length === 0) {
    throw new UsageError(
      '--verify needs the trusted public key: add --key PUBFILE (the .pub file, or its base64 line)',
      spec.name
    )
  }
  const timeout = text('timeout')
  return {
    output: nonEmptyValue(text('output'), '--output', spec.name),
    tags: list('tag').map((tag) => nonEmptyValue(tag, '--tag', spec.name) as string),
    username: text('username'),
    password: text('password'),
    passwordStdin: flag('password-stdin'),
    plainHttp: flag('plain-http'),
    overwrite: lastOverwriteFlag(tokens),
    skipExisting: flag('skip-existing'),
    versionCheck: !flag('no-version-check'),
    annotations: parseAnnotationFlags(list('annotation'), spec.name),
    untar: flag('untar'),
    json: flag('json'),
    quiet: flag('quiet'),
    timeoutMs: timeout === undefined ? DEFAULT_TIMEOUT_MS : parseTimeout(timeout, spec.name),
    sign: nonEmptyValue(text('sign'), '--sign', spec.name),
    signPasswordStdin: flag('sign-password-stdin'),
    keys: list('key').map((key) => nonEmptyValue(key, '--key', spec.name) as string),
    verify: flag('verify'),
    plan: flag('plan'),
    failOnRefused: flag('fail-on-refused')
  }
}

/** Standard input holds one secret at most; a signing password needs a key to open. */
function checkSigningFlags(
  spec: CommandSpec,
  sign: string | undefined,
  signPasswordStdin: boolean,
  passwordStdin: boolean
): void {
  if (signPasswordStdin && passwordStdin) {
    throw new UsageError(
      '--password-stdin and --sign-password-stdin cannot both read standard input: give the signing key password in SHERPACK_SIGNING_PASSWORD instead',
      spec.name
    )
  }
  if (signPasswordStdin && sign === undefined) {
    throw new UsageError('--sign-password-stdin needs --sign KEYFILE', spec.name)
  }
}

function nonEmptyValue(
  value: string | undefined,
  flag: string,
  command: CommandName
): string | undefined {
  if (value !== undefined && value.trim() === '') {
    throw new UsageError(`${flag} needs a value, got an empty one`, command)
  }
  return value
}

/** --overwrite and --no-overwrite: the last one on the line wins; moving tags is the default. */
function lastOverwriteFlag(tokens: Tokens): boolean {
  let overwrite = true
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    if (token.name === 'overwrite') overwrite = true
    if (token.name === 'no-overwrite') overwrite = false
  }
  return overwrite
}

/** `--annotation key=value`, split at the first `=`; a later key overrides an earlier one. */
export function parseAnnotationFlags(
  entries: string[],
  command: CommandName
): Record<string, string> {
  const annotations: Record<string, string> = {}
  for (const entry of entries) {
    const equals = entry.indexOf('=')
    const key = equals < 0 ? '' : entry.slice(0, equals).trim()
    if (key === '' || /\s/.test(key)) {
      const problem =
        equals < 0 ? 'has no "="' : key === '' ? 'has an empty key' : 'has a key with spaces'
      throw new UsageError(
        `--annotation ${JSON.stringify(entry)} ${problem}: write --annotation key=value, e.g. --annotation org.opencontainers.image.vendor=Example`,
        command
      )
    }
    annotations[key] = entry.slice(equals + 1).trim()
  }
  return annotations
}

/** '600' (seconds), '90s', '10m', '1h', '1500ms' → milliseconds: the action's grammar. */
export function parseTimeout(value: string, command: CommandName): number {
  const reading = readDuration(value)
  if ('problem' in reading) {
    throw new UsageError(`--timeout ${reading.problem}, got '${value}'`, command)
  }
  return reading.ms
}
