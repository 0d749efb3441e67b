import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  PACK_CONCURRENCY,
  publish
} from "./shared-pack-select.js";
import "./shared-oci-auth.js";
import "./shared-oci-reference.js";
import "./shared-oci-refusals.js";
import "./shared-oci-descriptor.js";
import "./shared-oci-hosts.js";
import "./shared-pack-dirs.js";
import "./shared-yaml.js";
import "./shared-semver.js";
import "./shared-oci-types.js";
import "./shared-read-user-file.js";
import "./shared-errors.js";
import "./shared-runtime.js";
export {
  PACK_CONCURRENCY,
  publish
};
