#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  beginPackArchiveCheck,
  verifyPackArchive
} from "./chunk-RM4N7DSF.js";
import "./chunk-UUH3YO2L.js";
import "./chunk-XLRRI6NU.js";
import "./chunk-FJ36SVRG.js";
export {
  beginPackArchiveCheck,
  verifyPackArchive
};
