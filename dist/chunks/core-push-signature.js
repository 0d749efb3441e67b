import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  SIGNATURE_ARTIFACT_TYPE,
  SignatureAnnotation,
  pushSignature,
  signatureManifest
} from "./shared-oci-referrers.js";
import "./shared-oci-refusals.js";
import "./shared-oci-descriptor.js";
import "./shared-errors.js";
import "./shared-runtime.js";
export {
  SIGNATURE_ARTIFACT_TYPE,
  SignatureAnnotation,
  pushSignature,
  signatureManifest
};
