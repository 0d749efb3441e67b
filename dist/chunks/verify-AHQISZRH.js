import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  changedWhileRead,
  observeArchive,
  readArchiveHead,
  verifyPackArchive
} from "./chunk-A3WNLI5Q.js";
import "./chunk-EDY7MBMT.js";
import "./chunk-WU43KW5A.js";
import "./chunk-2B56APNL.js";
import "./chunk-5HJ3J6EK.js";
export {
  changedWhileRead,
  observeArchive,
  readArchiveHead,
  verifyPackArchive
};
