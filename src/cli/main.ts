// `sherpack-push <command> …`: parse the line, run the command, turn the outcome into an exit
// status. 0 success, 1 failure, 2 usage error; every failure is one line on stderr.
import packageJson from '../../package.json' with { type: 'json' }
import { parseCommandLine, type ParsedCommandLine } from './args.js'
import type { CommandName } from './commands-spec.js'
import { inspectCommand } from './commands/inspect.js'
import { packageCommand } from './commands/package.js'
import { pullCommand } from './commands/pull.js'
import { pushCommand } from './commands/push.js'
import { commandHelp, overviewHelp, PROGRAM } from './help.js'
import type { CliIo } from './io.js'
import { renderError } from './render.js'
import type { CommandRun } from './run-context.js'
import { Terminal } from './terminal.js'

export type ExitCode = 0 | 1 | 2

const COMMAND_RUNNERS: Record<CommandName, (run: CommandRun) => Promise<void>> = {
  package: packageCommand,
  push: pushCommand,
  pull: pullCommand,
  inspect: inspectCommand
}

export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const debug = isDebug(io.env)
  let parsed: ParsedCommandLine
  try {
    parsed = parseCommandLine(argv)
  } catch (error) {
    const terminal = new Terminal(io.stdout, io.stderr, { quiet: false, debug })
    return fail(terminal, error, debug, argv.length === 0)
  }
  if (parsed.kind === 'help') {
    io.stdout.write(parsed.command ? commandHelp(parsed.command) : overviewHelp())
    return 0
  }
  if (parsed.kind === 'version') {
    io.stdout.write(`${PROGRAM} ${packageJson.version}\n`)
    return 0
  }
  const terminal = new Terminal(io.stdout, io.stderr, { quiet: parsed.options.quiet, debug })
  const run: CommandRun = { ...parsed, io, terminal }
  try {
    await COMMAND_RUNNERS[parsed.command](run)
    return 0
  } catch (error) {
    return fail(terminal, error, debug, false)
  }
}

function fail(terminal: Terminal, error: unknown, debug: boolean, showOverview: boolean): ExitCode {
  const rendered = renderError(error)
  terminal.error(rendered.line)
  if (showOverview) terminal.note(overviewHelp().trimEnd())
  else if (rendered.hint) terminal.note(rendered.hint)
  if (rendered.stack && debug) terminal.note(rendered.stack)
  return rendered.exitCode
}

/** SHERPACK_DEBUG=1 (or true): debug lines, and a bug's stack. */
export function isDebug(env: Record<string, string | undefined>): boolean {
  const value = env.SHERPACK_DEBUG?.trim().toLowerCase()
  return value !== undefined && value !== '' && value !== '0' && value !== 'false'
}
