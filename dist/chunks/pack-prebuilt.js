import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  changedWhileRead,
  observeArchive,
  readArchiveHead,
  verifyPackArchive
} from "./shared-minipass.js";
import {
  fileSystemError
} from "./shared-yaml.js";
import "./shared-semver.js";
import "./shared-errors.js";
import "./shared-runtime.js";

// src/pack/prebuilt.ts
import { createHash } from "node:crypto";
import { open, stat } from "node:fs/promises";
import path from "node:path";
var DIGEST_CHUNK = 1 << 20;
var DEFER_MIN_BYTES = 8 << 20;
async function readPrebuiltArchive(archivePath, display, deferCheck = false) {
  const absolute = path.resolve(archivePath);
  const pack = (metadata2, rest) => ({
    metadata: metadata2,
    archivePath: absolute,
    archiveFileName: path.basename(absolute),
    prebuilt: true,
    ...rest
  });
  if (!deferCheck || await fileSize(absolute) < DEFER_MIN_BYTES) {
    const verified = await verifyPackArchive(absolute, display);
    const { created: created2, warnings: warnings2 } = verified;
    return pack(verified.metadata, {
      archiveDigest: verified.digest,
      archiveSize: verified.size,
      created: created2,
      warnings: warnings2
    });
  }
  const [digested, head] = await Promise.all([
    fileDigest(absolute, display).catch((failure) => ({ failure })),
    readArchiveHead(absolute, display)
  ]);
  if ("failure" in digested) throw digested.failure;
  const { digest, size } = digested;
  let whole;
  const deferredCheck = {
    run: () => whole ??= verifyPackArchive(absolute, display).then((verified) => {
      if (verified.digest !== digest || verified.size !== size) throw changedWhileRead(display);
    }),
    observe: () => observeArchive(display, head.kept)
  };
  const { metadata, created, warnings } = head;
  return {
    ...pack(metadata, { archiveDigest: digest, archiveSize: size, created, warnings }),
    deferredCheck
  };
}
function fileSize(file) {
  return stat(file).then(
    (stats) => stats.size,
    () => 0
  );
}
async function fileDigest(file, display) {
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(DIGEST_CHUNK);
  let size = 0;
  let handle;
  try {
    handle = await open(file, "r");
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, DIGEST_CHUNK, size);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      size += bytesRead;
    }
  } catch (err) {
    throw fileSystemError(err, display, "read");
  } finally {
    await handle?.close();
  }
  return { digest: `sha256:${hash.digest("hex")}`, size };
}
export {
  readPrebuiltArchive
};
