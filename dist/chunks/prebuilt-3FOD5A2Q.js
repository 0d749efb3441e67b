#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  beginPackArchiveCheck,
  verifyPackArchive
} from "./chunk-RM4N7DSF.js";
import {
  PackError,
  fileSystemError
} from "./chunk-UUH3YO2L.js";
import "./chunk-XLRRI6NU.js";
import "./chunk-FJ36SVRG.js";

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
  const digested = await fileDigest(absolute, display).catch((failure) => ({ failure }));
  const check = beginPackArchiveCheck(absolute, display);
  const { metadata, created, warnings } = await check.head;
  if ("failure" in digested) throw digested.failure;
  const { digest, size } = digested;
  const checked = check.verified.then((verified) => {
    if (verified.digest !== digest || verified.size !== size) throw changedWhileRead(display);
  });
  checked.catch(() => void 0);
  return {
    ...pack(metadata, { archiveDigest: digest, archiveSize: size, created, warnings }),
    checked
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
function changedWhileRead(display) {
  return new PackError(`${display} changed while it was being read for the push`, {
    file: display,
    fix: "let whatever writes the archive finish before the push starts"
  });
}
export {
  readPrebuiltArchive
};
