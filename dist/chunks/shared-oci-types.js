import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/oci/types.ts
var silentLogger = { info() {
}, warning() {
}, debug() {
} };
var DEFAULT_TIMEOUT_MS = 10 * 6e4;
var REPOSITORY_COMPONENT_PATTERN = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;

export {
  silentLogger,
  DEFAULT_TIMEOUT_MS,
  REPOSITORY_COMPONENT_PATTERN
};
