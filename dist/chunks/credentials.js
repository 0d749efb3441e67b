import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  CredentialError,
  IDENTITY_TOKEN_USERNAME,
  resolveCredential
} from "./shared-credentials-helper.js";
import {
  hostName,
  isDockerHub,
  isGhcr
} from "./shared-oci-hosts.js";
import "./shared-bounded-child.js";
import "./shared-read-user-file.js";
import "./shared-errors.js";
import "./shared-runtime.js";
export {
  CredentialError,
  IDENTITY_TOKEN_USERNAME,
  hostName,
  isDockerHub,
  isGhcr,
  resolveCredential
};
