// Streaming a large archive allocates a fresh buffer per chunk (file reads, inflated pieces).
// V8 frees them only when it collects their small JS wrappers, which a push makes too few of
// to trigger a collection: RSS grew by ~35 MB on a 160 MiB archive (bench/results.md). A
// young-generation collection every few MiB of streamed data keeps memory flat and costs well
// under a millisecond each. `gc` is reachable only through V8's --expose-gc flag; set at run
// time it applies to contexts created afterwards, hence the vm context (the technique Jest
// uses for its leak detection). Where that fails, collection is simply left to V8.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

type Collect = (options: { type: 'minor' | 'major' }) => void

/** Bytes streamed between two collections. */
export const COLLECT_EVERY = 8 << 20

let collect: Collect | null | undefined

function collector(): Collect | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc')
      const gc = runInNewContext('gc') as unknown
      collect = typeof gc === 'function' ? (gc as Collect) : null
    } catch {
      collect = null
    }
  }
  return collect
}

/** Counts streamed bytes and collects young garbage every COLLECT_EVERY of them. */
export class StreamedGarbage {
  private since = 0

  add(bytes: number): void {
    this.since += bytes
    if (this.since < COLLECT_EVERY) return
    this.since = 0
    collector()?.({ type: 'minor' })
  }
}
