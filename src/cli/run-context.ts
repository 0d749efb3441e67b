// What every command gets: its arguments, resolved flags, the terminal, and the pieces they share
// (credentials in the CLI's order, network settings, a registry client for pull and inspect).
import path from 'node:path'
import { openRegistry as openCoreRegistry } from '../core/registry.js'
import type { RegistryClient } from '../oci/client.js'
import type { Reference } from '../oci/reference.js'
import { DEFAULT_TIMEOUT_MS, UsageError, type CliOptions } from './args.js'
import type { CommandName } from './commands-spec.js'
import { credentialLookup, credentialSources, type CredentialLookup } from './credentials.js'
import type { CliIo } from './io.js'
import { networkSettingsFromEnv } from '../ci/network-env.js'
import { summarizeManifest, type ManifestSummary } from './pack-artifact.js'
import { pinnedReference, type PinnedReference } from './reference.js'
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
    mask: (secret) => run.terminal.mask(secret)
  })
}

/** A client for pull and inspect, logged in with the first credentials found for the host. */
export async function openRegistry(
  run: CommandRun,
  reference: Reference,
  credentials: CredentialLookup
): Promise<RegistryClient> {
  const credential = await credentials(reference.registry, reference.apiHost)
  return openCoreRegistry({
    apiHost: reference.apiHost,
    plainHttp: run.options.plainHttp,
    credential,
    logger: run.terminal.logger(),
    mask: (secret) => run.terminal.mask(secret),
    timeoutMs: run.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    network: networkSettingsFromEnv(run.io.env, run.terminal)
  })
}

/** What pull and inspect start from: the reference asked for, a client for its registry, and
 * the manifest it points to (its digest checked when the reference pins one). */
export interface ReferencedManifest {
  shown: string
  reference: PinnedReference
  client: RegistryClient
  manifest: ManifestSummary
}

/** Reads the manifest the first argument names, runs `work` on it, then closes the client. */
export async function withManifest<T>(
  run: CommandRun,
  work: (found: ReferencedManifest) => Promise<T>
): Promise<T> {
  const shown = run.positionals[0] as string
  const reference = pinnedReference(shown)
  const credentials = await credentialsFor(run)
  const client = await openRegistry(run, reference, credentials)
  try {
    const fetched = await client.getManifest(reference.repository, reference.pin)
    const manifest = summarizeManifest(fetched, shown, reference.digest)
    return await work({ shown, reference, client, manifest })
  } finally {
    client.close()
  }
}

/** A path for messages: relative to the working directory when inside it. */
export function displayPath(run: CommandRun, absolute: string): string {
  const shown = path.relative(run.io.cwd, absolute)
  if (shown === '') return '.'
  return shown.startsWith('..') || path.isAbsolute(shown) ? absolute : shown
}
