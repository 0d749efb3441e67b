// The --help texts, made from the command specs so that a flag cannot exist without its help.
import { COMMANDS, COMMAND_NAMES, type CommandName, type FlagSpec } from './commands-spec.js'

export const PROGRAM = 'sherpack-push'
const WIDTH = 100

export function overviewHelp(): string {
  const width = Math.max(...COMMAND_NAMES.map((name) => name.length))
  const lines = [
    `Usage: ${PROGRAM} <command> [arguments] [flags]`,
    '',
    'Package Sherpack packs reproducibly and move them to and from OCI registries.',
    '',
    'Commands:',
    ...COMMAND_NAMES.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name].summary}`),
    '',
    `Run '${PROGRAM} <command> --help' for a command's arguments, flags and an example.`,
    'Exit status: 0 success, 1 failure, 2 usage error. SHERPACK_DEBUG=1 prints debug lines.',
    '',
    'Example:',
    `  ${PROGRAM} package ./mypack`,
    `  ${PROGRAM} push mypack-1.0.0.tar.gz oci://ghcr.io/myorg/mypack:1.0.0`
  ]
  return lines.join('\n') + '\n'
}

export function commandHelp(name: CommandName): string {
  const spec = COMMANDS[name]
  const flags = Object.entries(spec.flags).map(([flag, option]) => [
    flagLabel(flag, option),
    option.help
  ])
  const width = Math.max(...flags.map(([label]) => (label as string).length))
  const lines = [
    `Usage: ${PROGRAM} ${name} ${spec.args} [flags]`,
    '',
    `${spec.summary}.`,
    '',
    ...spec.description.flatMap((paragraph) => [...wrap(paragraph, WIDTH), '']),
    'Flags:',
    ...flags.map(([label, help]) => `  ${(label as string).padEnd(width)}  ${help as string}`),
    '',
    spec.examples.length > 1 ? 'Examples:' : 'Example:',
    ...spec.examples.map((example) => `  ${example}`)
  ]
  return lines.join('\n') + '\n'
}

function flagLabel(name: string, option: FlagSpec): string {
  const short = option.short ? `-${option.short}, ` : '    '
  const value = option.value ? ` ${option.value}` : ''
  return `${short}--${name}${value}`
}

/** Greedy word wrap; a word longer than the width stays whole. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  if (line !== '') lines.push(line)
  return lines
}
