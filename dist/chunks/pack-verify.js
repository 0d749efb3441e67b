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
export {
  verifyPackArchive
};
