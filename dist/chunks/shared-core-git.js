import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/core/git.ts
import { execFile } from "node:child_process";
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
function run(command, args) {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { encoding: "utf8", timeout: 1e4 },
      (error, stdout) => resolve(error ? void 0 : stdout)
    );
  });
}

export {
  gitCommitTime
};
