import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  beginPackArchiveCheck,
  verifyPackArchive
} from "./chunk-5LJZLXQX.js";
import "./chunk-YLRCCNIM.js";
import "./chunk-WU43KW5A.js";
import "./chunk-2B56APNL.js";
import "./chunk-5HJ3J6EK.js";
export {
  beginPackArchiveCheck,
  verifyPackArchive
};
