import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  LayoutError,
  REF_NAME_ANNOTATION,
  copyHashing,
  readIndex,
  writeToLayout
} from "./shared-oci-layout.js";
import "./shared-oci-reference.js";
import "./shared-oci-descriptor.js";
import "./shared-oci-hosts.js";
import "./shared-oci-types.js";
import "./shared-read-user-file.js";
import "./shared-errors.js";
import "./shared-runtime.js";
export {
  LayoutError,
  REF_NAME_ANNOTATION,
  copyHashing,
  readIndex,
  writeToLayout
};
