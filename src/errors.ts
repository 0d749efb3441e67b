// The error vocabulary every layer shares. A UserError is a problem the user can fix (bad input, a
// pack Sherpack would refuse, a registry's refusal, an unreachable host): front ends print its
// message alone. Anything else that escapes is a bug of ours and is reported as one.
//
// Lower layers (pack, oci, credentials) know nothing of the front ends' option names: when the
// fix is to change a setting they name it by its request field (`plainHttp`, `overwrite`, …) in
// `suggest`, and each front end renders that in its own words (`plain-http: true`, `--plain-http`).

/** A setting of the publish request, by the name the core uses for it. */
export type OptionName =
  | 'path'
  | 'destination'
  | 'tags'
  | 'annotations'
  | 'credentials'
  | 'token'
  | 'plainHttp'
  | 'overwrite'
  | 'versionCheck'
  | 'timeout'
  | 'push'
  | 'skipExisting'
  | 'signingKey'
  | 'signingKeyPassword'
  | 'publicKey'
  | 'plan'

/** "Change this setting (to this value)": rendered by the front end in its own words. */
export interface Suggestion {
  option: OptionName
  /** The value to set, as text (`'true'`), when one value fixes it. */
  value?: string
}

export interface UserErrorDetails {
  /** How to fix it, in words that name no front end's option (see `suggest`). */
  fix?: string
  /** The file the problem is in (absolute, or relative to the working directory). */
  file?: string
  /** 1-based line in `file`, when known. */
  line?: number
  /** The setting whose value is wrong, when the problem is a value the user gave. */
  option?: OptionName
  /** A setting whose change fixes the problem. */
  suggest?: Suggestion
  cause?: unknown
}

export class UserError extends Error {
  override name = 'UserError'
  /** What was wrong, without the fix. */
  readonly what: string
  readonly fix?: string
  readonly file?: string
  readonly line?: number
  readonly option?: OptionName
  readonly suggest?: Suggestion

  constructor(what: string, details: UserErrorDetails = {}) {
    super(joinFix(what, details.fix), details.cause === undefined ? {} : { cause: details.cause })
    this.what = what
    this.fix = details.fix
    this.file = details.file
    this.line = details.line
    this.option = details.option
    this.suggest = details.suggest
  }
}

/** "what: fix", without doubling the punctuation the first part may end with. */
function joinFix(what: string, fix: string | undefined): string {
  if (!fix) return what
  return `${what.replace(/[.:;,]\s*$/, '')}: ${fix}`
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError
}

/** The message of anything thrown, for wrapping a cause into a UserError. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
