import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/read-user-file.ts
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { open } from "node:fs/promises";
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
var UnreadableFile = class extends Error {
  name = "UnreadableFile";
};
async function readUserFile(file, maxBytes) {
  const handle = await open(file, OPEN_FLAGS);
  try {
    checkRegular(await handle.stat(), maxBytes);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
function readUserFileSync(file, maxBytes) {
  const fd = openSync(file, OPEN_FLAGS);
  try {
    checkRegular(fstatSync(fd), maxBytes);
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}
function checkRegular(stats, maxBytes) {
  if (!stats.isFile()) throw new UnreadableFile(`it is ${kindOf(stats)}, not a regular file`);
  if (stats.size > maxBytes) {
    throw new UnreadableFile(`it is ${stats.size} bytes, more than the ${maxBytes} expected`);
  }
}
function kindOf(stats) {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

export {
  UnreadableFile,
  readUserFile,
  readUserFileSync
};
