import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  PACK_CONCURRENCY,
  publish
} from "./chunk-33Q67PUL.js";
import "./chunk-BWEINKF7.js";
import "./chunk-3LW3GK6E.js";
import "./chunk-EDY7MBMT.js";
import "./chunk-WU43KW5A.js";
import "./chunk-2P2FGZ5A.js";
import "./chunk-PKZBPXAI.js";
import "./chunk-6E32GK2I.js";
import "./chunk-2B56APNL.js";
import "./chunk-5HJ3J6EK.js";
export {
  PACK_CONCURRENCY,
  publish
};
