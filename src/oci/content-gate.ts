// When a push's blobs may be committed: the checks of their content (BlobSource.check) have
// all passed. A checked blob passes by an upload that fed its check the bytes it sent, or, when
// none of its bytes are sent (the registry has it, or mounts it), by its check run alone.
// Every other upload holds its last byte until the gate opens.
import type { BlobSource, BlobCheck } from './descriptor.js'

interface Pending {
  resolve(): void
  reject(reason: unknown): void
}

export class ContentGate {
  /** Resolves once every check passed; rejects with the first failure. */
  readonly passed: Promise<void>
  private readonly pending = new Map<BlobSource, Pending>()
  /** Each check's verdict, by the blob it is of. */
  private readonly verdicts = new Map<BlobSource, Promise<void>>()

  constructor(blobs: readonly BlobSource[]) {
    for (const blob of blobs) {
      if (checkOf(blob) === undefined) continue
      const verdict = new Promise<void>((resolve, reject) =>
        this.pending.set(blob, { resolve, reject })
      )
      this.verdicts.set(blob, verdict)
    }
    this.passed = settledAll([...this.verdicts.values()])
  }

  /**
   * What an upload of `blob` holds its last byte for: every check but its own, which is fed
   * the bytes it sends and holds its end by itself.
   */
  holdFor(blob: BlobSource): Promise<void> | undefined {
    const others = [...this.verdicts].filter(([key]) => key !== blob).map(([, v]) => v)
    return others.length === 0 ? undefined : settledAll(others)
  }

  /** The check for one upload of `blob`, when it has one. */
  observer(blob: BlobSource): ReturnType<BlobCheck['observe']> | undefined {
    return checkOf(blob)?.observe()
  }

  /** None of the blob's bytes will be sent: its check runs by itself. */
  notSent(blob: BlobSource): void {
    this.settle(blob, () => (checkOf(blob) as BlobCheck).run())
  }

  /** An upload of the blob, its check fed with the bytes it sent, was taken by the registry. */
  sent(blob: BlobSource): void {
    this.settle(blob, () => Promise.resolve())
  }

  /** The blob could not be sent: the uploads waiting on the gate give up. */
  failed(blob: BlobSource, reason: unknown): void {
    this.settle(blob, () => Promise.reject(reason))
  }

  /** Gives the blob's check its verdict, once: a blob without a check, or decided, is left. */
  private settle(blob: BlobSource, outcome: () => Promise<void>): void {
    const pending = this.pending.get(blob)
    if (!pending) return
    this.pending.delete(blob)
    outcome().then(pending.resolve, pending.reject)
  }
}

/** Resolves once all pass, rejects with the first failure. */
function settledAll(verdicts: Promise<void>[]): Promise<void> {
  const all = Promise.all(verdicts).then(() => undefined)
  // Whoever waits on it handles the failure; a push that never does must not crash.
  all.catch(() => undefined)
  return all
}

function checkOf(blob: BlobSource): BlobCheck | undefined {
  return 'check' in blob ? blob.check : undefined
}
