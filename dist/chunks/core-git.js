import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  gitCommitTime
} from "./shared-core-git.js";
import "./shared-bounded-child.js";
import "./shared-runtime.js";
export {
  gitCommitTime
};
