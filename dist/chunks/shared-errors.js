import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
  /** What was wrong, without the fix. */
  what;
  fix;
  file;
  line;
  option;
  suggest;
  constructor(what, details = {}) {
    super(joinFix(what, details.fix), details.cause === void 0 ? {} : { cause: details.cause });
    this.what = what;
    this.fix = details.fix;
    this.file = details.file;
    this.line = details.line;
    this.option = details.option;
    this.suggest = details.suggest;
  }
};
function joinFix(what, fix) {
  if (!fix) return what;
  return `${what.replace(/[.:;,]\s*$/, "")}: ${fix}`;
}
function isUserError(error) {
  return error instanceof UserError;
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  UserError,
  isUserError,
  messageOf
};
