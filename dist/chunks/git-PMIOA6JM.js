import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  gitCommitTime
} from "./chunk-PNSDMPU4.js";
import "./chunk-5HJ3J6EK.js";
export {
  gitCommitTime
};
