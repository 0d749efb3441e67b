import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  changedWhileRead,
  observeArchive,
  readArchiveHead,
  verifyPackArchive
} from "./chunk-ICMUZSCZ.js";
import "./chunk-YLRCCNIM.js";
import "./chunk-WU43KW5A.js";
import "./chunk-2B56APNL.js";
import "./chunk-5HJ3J6EK.js";
export {
  changedWhileRead,
  observeArchive,
  readArchiveHead,
  verifyPackArchive
};
