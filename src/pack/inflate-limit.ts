// The one limit on inflating a pack archive, wherever it is inflated (the push's check, a
// pulled archive's verification, its extraction): a gzip that inflates to more than 1000 times
// its size (node-tar's own limit) is a decompression bomb, not a pack. It is counted on every
// inflated byte as it comes out of zlib, so the last chunk counts as much as the first.
import { PackError } from './types.js'

/** More tar bytes per compressed byte than this is a bomb. */
export const MAX_INFLATE_RATIO = 1000
/** Small archives may inflate further: the ratio applies from 1 MiB of compressed bytes. */
const RATIO_GRACE = 1 << 20

export class InflateLimit {
  private compressed = 0
  private inflated = 0

  constructor(private readonly display: string) {}

  /** Compressed bytes handed to zlib. */
  took(bytes: number): void {
    this.compressed += bytes
  }

  /** Bytes zlib gave back: the PackError to stop with once they are too many, else undefined. */
  gave(bytes: number): PackError | undefined {
    this.inflated += bytes
    if (this.inflated <= MAX_INFLATE_RATIO * Math.max(this.compressed, RATIO_GRACE)) return
    return new PackError(
      `${this.display} inflates to more than ${MAX_INFLATE_RATIO} times its size`,
      { file: this.display, fix: 'this is no pack archive; re-create it with `sherpack package`' }
    )
  }
}
