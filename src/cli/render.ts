// How a failure reads on the command line: one line, in the CLI's own words. A UserError's
// message is the whole story, plus its suggestion rendered with our flag names; anything else is
// a bug of ours and says so (its stack only with SHERPACK_DEBUG).
import { isUserError, type Suggestion } from '../errors.js'
import { UsageError } from './args.js'
import { PROGRAM } from './help.js'

export const ISSUES_URL = 'https://github.com/sherpack/push-action/issues'

export const CREDENTIAL_WAYS =
  '-u/-p, --password-stdin, SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD or docker login'

export interface RenderedError {
  /** The one line printed after `error: `. */
  line: string
  /** A second line for a usage error (where to read more). */
  hint?: string
  exitCode: 1 | 2
  /** A bug's stack, printed only when debugging. */
  stack?: string
}

export function renderError(error: unknown): RenderedError {
  if (error instanceof UsageError) {
    const help = error.command ? `${PROGRAM} ${error.command} --help` : `${PROGRAM} --help`
    return { line: error.message, hint: `Run '${help}' for usage.`, exitCode: 2 }
  }
  if (isUserError(error)) {
    const place = error.file ? ` (${error.line ? `${error.file}:${error.line}` : error.file})` : ''
    const suggestion = error.suggest ? renderSuggestion(error.suggest) : undefined
    const mentioned = place !== '' && error.message.includes(error.file ?? '')
    const line = `${error.message}${mentioned ? '' : place}`
    return { line: suggestion ? `${endSentence(line)} ${suggestion}` : line, exitCode: 1 }
  }
  const message = error instanceof Error ? error.message : String(error)
  return {
    line: `unexpected error: ${message} (a bug in ${PROGRAM}: please report it at ${ISSUES_URL}, with the output of the same command run with SHERPACK_DEBUG=1)`,
    exitCode: 1,
    stack: error instanceof Error ? error.stack : undefined
  }
}

/** A setting's change, named by the CLI's own flags. */
export function renderSuggestion(suggestion: Suggestion): string {
  const { option, value } = suggestion
  switch (option) {
    case 'plainHttp':
      return value === 'false'
        ? 'Drop --plain-http to use https.'
        : 'For a registry on plain http, add --plain-http.'
    case 'overwrite':
      return value === 'false'
        ? 'Add --no-overwrite to keep existing tags.'
        : 'To move the tag, drop --no-overwrite (or add --overwrite).'
    case 'credentials':
    case 'token':
      return `Give credentials with ${CREDENTIAL_WAYS}.`
    case 'timeout':
      return value ? `Set --timeout ${value}.` : 'Raise --timeout (e.g. --timeout 30m).'
    case 'tags':
      return value ? `Set -t/--tag ${value}.` : 'Set the tags with -t/--tag.'
    case 'destination':
      return 'Give the destination as oci://HOST/REPOSITORY[:TAG] after the pack.'
    case 'annotations':
      return 'Write each --annotation as key=value.'
    case 'path':
      return 'Give a pack directory (holding Pack.yaml) or a .tar.gz as the first argument.'
    case 'versionCheck':
      return 'To push it all the same, add --no-version-check.'
    case 'signingKey':
      return 'Give a minisign secret key file with --sign KEYFILE.'
    case 'signingKeyPassword':
      return 'Give its password in SHERPACK_SIGNING_PASSWORD or on standard input with --sign-password-stdin.'
    case 'publicKey':
      return 'Give a minisign public key with --key PUBFILE (the .pub file, or its base64 line).'
    case 'push':
    case 'plan':
    case 'skipExisting':
      return ''
  }
}

function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}
