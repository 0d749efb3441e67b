// Reading a file in bounded chunks while something slower (a socket, zlib) takes each one.
import type { FileHandle } from 'node:fs/promises'

/**
 * Reads `handle` from its start into two buffers of `chunkSize` bytes taking turns: `use` is
 * given each chunk while the next is read into the other buffer, and a buffer is read into
 * again only once `use` of the chunk it held has resolved. Memory stays at two buffers, with
 * no garbage per chunk for the collector to catch up with. Resolves with the bytes read once
 * every `use` has resolved; rejects with the first failure.
 */
export async function readInTurns(
  handle: FileHandle,
  chunkSize: number,
  use: (chunk: Buffer) => Promise<unknown>
): Promise<number> {
  const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)]
  const used: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()]
  let size = 0
  for (let turn = 0; ; turn ^= 1) {
    await used[turn]
    const buffer = buffers[turn] as Buffer
    const { bytesRead } = await handle.read(buffer, 0, chunkSize, size)
    if (bytesRead === 0) break
    size += bytesRead
    used[turn] = use(buffer.subarray(0, bytesRead))
    // Awaited on this buffer's next turn; until then a failure must not count as unhandled.
    used[turn]?.catch(() => undefined)
  }
  await Promise.all(used)
  return size
}
