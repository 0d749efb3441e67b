// Reading a small file the user points us at (a Docker config, an OCI layout's index.json):
// opened without blocking, so a FIFO or a device in its place cannot hang the step (opening a
// FIFO for reading waits for a writer; reading /dev/zero never ends), and refused unless it is
// a regular file no larger than the caller expects.
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs'
import { open } from 'node:fs/promises'

/** Non-blocking, so the open itself returns at once whatever the file is. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** The file is there but is not something to read: what it is instead, or that it is too large. */
export class UnreadableFile extends Error {
  override name = 'UnreadableFile'
}

/** The whole file; rejects with an UnreadableFile, or with the open's errno error. */
export async function readUserFile(file: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(file, OPEN_FLAGS)
  try {
    checkRegular(await handle.stat(), maxBytes)
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}

/** readUserFile for a synchronous caller, as text. */
export function readUserFileSync(file: string, maxBytes: number): string {
  const fd = openSync(file, OPEN_FLAGS)
  try {
    checkRegular(fstatSync(fd), maxBytes)
    return readFileSync(fd, 'utf8')
  } finally {
    closeSync(fd)
  }
}

function checkRegular(stats: Stats, maxBytes: number): void {
  if (!stats.isFile()) throw new UnreadableFile(`it is ${kindOf(stats)}, not a regular file`)
  if (stats.size > maxBytes) {
    throw new UnreadableFile(`it is ${stats.size} bytes, more than the ${maxBytes} expected`)
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory'
  if (stats.isFIFO()) return 'a FIFO (named pipe)'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  if (stats.isSocket()) return 'a socket'
  return 'not a regular file'
}
