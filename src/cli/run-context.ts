// What every command gets: its arguments, resolved flags, the terminal, and the pieces they share
// (credentials in the CLI's order, network settings, the request pull and inspect make).
import path from 'node:path'
import type { ReadDeps, ReadRequest } from '../core/artifact-source.js'
import { UsageError, type CliOptions } from './args.js'
import type { CommandName } from './commands-spec.js'
import { credentialLookup, credentialSources, type CredentialLookup } from './credentials.js'
import type { CliIo } from './io.js'
import { networkSettingsFromEnv } from '../ci/network-env.js'
import type { Terminal } from './terminal.js'

export interface CommandRun {
  command: CommandName
  io: CliIo
  terminal: Terminal
  positionals: string[]
  options: CliOptions
}

/** The password from -p or, with --password-stdin, from standard input (one trailing newline off). */
export async function readPassword(run: CommandRun): Promise<string | undefined> {
  const { options, terminal } = run
  if (options.passwordStdin) {
    const text = (await run.io.readStdin()).replace(/\r?\n$/, '')
    if (text === '') {
      throw new UsageError(
        '--password-stdin read an empty password from standard input',
        run.command
      )
    }
    terminal.mask(text)
    return text
  }
  if (options.password !== undefined) {
    terminal.mask(options.password)
    terminal.warning(
      'a password given with -p/--password can be read by other users of this machine (process list, shell history): prefer --password-stdin'
    )
  }
  return options.password
}

export async function credentialsFor(run: CommandRun): Promise<CredentialLookup> {
  const password = await readPassword(run)
  const sources = credentialSources(
    { username: run.options.username, password, passwordFromStdin: run.options.passwordStdin },
    run.io.env
  )
  return credentialLookup(sources, {
    logger: run.terminal.logger(),
    mask: (secret) => run.terminal.mask(secret),
    // A credential helper is stopped by --timeout at the latest.
    deadline: Date.now() + run.options.timeoutMs
  })
}

/** What pull and inspect ask the core for: the reference (first argument) and how to reach it. */
export async function readRequestOf(
  run: CommandRun
): Promise<{ request: ReadRequest; deps: ReadDeps }> {
  const credentialFor = await credentialsFor(run)
  return {
    request: {
      reference: run.positionals[0] as string,
      baseDir: run.io.cwd,
      plainHttp: run.options.plainHttp,
      timeoutMs: run.options.timeoutMs
    },
    deps: {
      credentialFor,
      mask: (secret) => run.terminal.mask(secret),
      onEvent: (event) => run.terminal.event(event),
      network: networkSettingsFromEnv(run.io.env, run.terminal)
    }
  }
}

/** A path for messages: relative to the working directory when inside it. */
export function displayPath(run: CommandRun, absolute: string): string {
  const shown = path.relative(run.io.cwd, absolute)
  if (shown === '') return '.'
  return shown.startsWith('..') || path.isAbsolute(shown) ? absolute : shown
}
