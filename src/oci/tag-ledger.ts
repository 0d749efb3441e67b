// What the tag writes of one push did, and the error that says so when a push fails after a
// tag was written: the core reports from it exactly what the registry holds.
import type { UserErrorDetails } from '../errors.js'
import { RegistryError, redactUrl } from './errors.js'

/** A tag and the digest it points to. */
export interface TagDigest {
  tag: string
  digest: string
}

/**
 * Raised by push() before any tag is written when a tag that may not move (overwrite false, or
 * a protected tag) points to another digest than `digest`: `conflicts` says where each points.
 */
export class TagConflictError extends RegistryError {
  override name = 'TagConflictError'
  constructor(
    message: string,
    url: string,
    readonly digest: string,
    readonly conflicts: TagDigest[],
    details: UserErrorDetails
  ) {
    super(message, 'HEAD', url, 200, [], details)
  }
}

/**
 * Raised by push() once any tag was written: says exactly what the registry holds now. Tags
 * in `tagsWritten` and `tagsUnchanged` point to `digest`; those in `tagsElsewhere` to another
 * digest (a registry that stored other bytes, a concurrent push that won); `tagsNotWritten`
 * were left as they were.
 */
export class PartialTagError extends RegistryError {
  override name = 'PartialTagError'
  constructor(
    message: string,
    method: string,
    url: string,
    readonly digest: string,
    readonly tagsWritten: string[],
    readonly tagsUnchanged: string[],
    readonly tagsElsewhere: TagDigest[],
    readonly tagsNotWritten: string[],
    cause: unknown
  ) {
    super(message, method, url, cause instanceof RegistryError ? cause.status : undefined, [], {
      cause
    })
  }
}

/**
 * What the tag writes of one push did, kept as they happen so that a failure part-way can say
 * exactly what the registry holds.
 */
export class TagLedger {
  readonly written: string[] = []
  readonly elsewhere: TagDigest[] = []

  constructor(
    private readonly url: URL,
    readonly digest: string,
    private readonly toWrite: string[],
    readonly unchanged: string[]
  ) {}

  wrote(tag: string): void {
    this.written.push(tag)
  }

  /** Whether the tag's write is known to have stored something (ours or another digest). */
  knows(tag: string): boolean {
    return this.written.includes(tag) || this.elsewhere.some((e) => e.tag === tag)
  }

  /** The registry answered the write with another digest: the tag points there. */
  storedElsewhere(tag: string, digest: string): void {
    this.elsewhere.push({ tag, digest })
  }

  /**
   * Read back after writing, `tag` points to `digest`. Undefined: the tag is gone, and is then
   * reported with the tags not written (it holds nothing).
   */
  movedAway(tag: string, digest: string | undefined): void {
    this.written.splice(this.written.indexOf(tag), 1)
    if (digest !== undefined) this.elsewhere.push({ tag, digest })
  }

  /** The error to throw for `error`: with the ledger once any tag was written. */
  failed(error: unknown): unknown {
    if (this.written.length === 0 && this.elsewhere.length === 0) return error
    const done = new Set([...this.written, ...this.elsewhere.map((e) => e.tag)])
    const notWritten = this.toWrite.filter((tag) => !done.has(tag))
    const parts = [`Written: ${this.written.join(', ') || 'none'}.`]
    if (this.elsewhere.length > 0) {
      parts.push(
        `Pointing elsewhere: ${this.elsewhere.map((e) => `${e.tag} → ${e.digest}`).join(', ')}.`
      )
    }
    if (notWritten.length > 0) parts.push(`Not written: ${notWritten.join(', ')}.`)
    const lead =
      this.elsewhere.length > 0
        ? `Not every tag points to ${this.digest}`
        : 'Only some tags were written'
    const reason = error instanceof Error ? error.message : String(error)
    return new PartialTagError(
      `${lead}. ${parts.join(' ')} ${reason}`,
      error instanceof RegistryError ? error.method : 'PUT',
      error instanceof RegistryError ? error.url : redactUrl(this.url),
      this.digest,
      [...this.written],
      [...this.unchanged],
      [...this.elsewhere],
      notWritten,
      error
    )
  }
}
