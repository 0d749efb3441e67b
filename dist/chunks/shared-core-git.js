import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  runBoundedChild
} from "./shared-bounded-child.js";

// src/core/git.ts
import { existsSync, statSync } from "node:fs";
import path from "node:path";
async function gitCommitTime(dir) {
  const start = isDirectory(dir) ? path.resolve(dir) : path.dirname(path.resolve(dir));
  const top = checkoutRoot(start);
  if (top === void 0) return void 0;
  const args = ["-c", `safe.directory=${top}`, "-c", "core.fsmonitor=false", "-C", start];
  const output = await run("git", [...args, "log", "-1", "--format=%ct"]);
  const seconds = Number(output?.trim());
  return output !== void 0 && Number.isInteger(seconds) && seconds > 0 ? seconds : void 0;
}
function checkoutRoot(dir) {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, ".git"))) return current;
    if (path.dirname(current) === current) return void 0;
  }
}
function isDirectory(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
async function run(command, args) {
  try {
    const answer = await runBoundedChild(command, args, { timeoutMs: 1e4 });
    return answer.exitCode === 0 ? answer.stdout : void 0;
  } catch {
    return void 0;
  }
}

export {
  gitCommitTime
};
