import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  verifyPackArchive
} from "./shared-tar.js";
import "./shared-yaml.js";
import "./shared-semver.js";
import "./shared-oci-types.js";
import "./shared-errors.js";
import "./shared-runtime.js";

// src/pack/prebuilt.ts
import path from "node:path";
async function readPrebuiltArchive(archivePath, display) {
  const absolute = path.resolve(archivePath);
  const verified = await verifyPackArchive(absolute, display);
  return {
    metadata: verified.metadata,
    archivePath: absolute,
    archiveFileName: path.basename(absolute),
    prebuilt: true,
    archiveDigest: verified.digest,
    archiveSize: verified.size,
    created: verified.created,
    manifestDigest: verified.manifestDigest,
    warnings: verified.warnings
  };
}
export {
  readPrebuiltArchive
};
