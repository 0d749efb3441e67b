// Leaving no trace: directories a failed call created are removed again.
import { rmdir } from 'node:fs/promises'
import path from 'node:path'

/** Removes `dir` and its parents up to `firstCreated` (what mkdir -p made), if still empty. */
export async function removeCreatedDirs(dir: string, firstCreated: string): Promise<void> {
  for (let at = dir; ; at = path.dirname(at)) {
    const removed = await rmdir(at).then(
      () => true,
      () => false
    )
    if (!removed || at === firstCreated || path.dirname(at) === at) return
  }
}
