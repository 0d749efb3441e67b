import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  CredentialError,
  IDENTITY_TOKEN_USERNAME,
  resolveCredential
} from "./chunk-JJMG5BAU.js";
import {
  hostName,
  isDockerHub,
  isGhcr
} from "./chunk-6E32GK2I.js";
import "./chunk-2B56APNL.js";
import "./chunk-5HJ3J6EK.js";
export {
  CredentialError,
  IDENTITY_TOKEN_USERNAME,
  hostName,
  isDockerHub,
  isGhcr,
  resolveCredential
};
