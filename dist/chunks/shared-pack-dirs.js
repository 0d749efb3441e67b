import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/pack/dirs.ts
import { rmdir } from "node:fs/promises";
import path from "node:path";
async function removeCreatedDirs(dir, firstCreated) {
  for (let at = dir; ; at = path.dirname(at)) {
    const removed = await rmdir(at).then(
      () => true,
      () => false
    );
    if (!removed || at === firstCreated || path.dirname(at) === at) return;
  }
}

export {
  removeCreatedDirs
};
