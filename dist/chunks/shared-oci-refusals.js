import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  UserError
} from "./shared-errors.js";

// src/oci/errors.ts
function redactUrl(url) {
  try {
    const u = new URL(url.toString());
    return `${u.protocol}//${u.host}${u.pathname}${u.search ? "?\u2026" : ""}`;
  } catch {
    return "<invalid URL>";
  }
}
var RegistryError = class extends UserError {
  constructor(message, method, url, status, codes = [], details = {}) {
    super(message, details);
    this.method = method;
    this.url = url;
    this.status = status;
    this.codes = codes;
  }
  method;
  url;
  status;
  codes;
  name = "RegistryError";
  /** Whether the registry's answer carried one of these error codes. */
  hasCode(...codes) {
    return this.codes.some((c) => codes.includes(c.code));
  }
};
function parseErrorCodes(body) {
  if (!body || body.length === 0) return [];
  try {
    const parsed = JSON.parse(body.toString("utf8"));
    if (!Array.isArray(parsed.errors)) return [];
    return parsed.errors.filter((e) => typeof e === "object" && e !== null).map((e) => ({
      code: String(e.code ?? "UNKNOWN"),
      message: typeof e.message === "string" ? e.message : void 0
    }));
  } catch {
    return [];
  }
}
function hintFor(status, codes) {
  const has = (code) => codes.some((c) => c.code === code);
  switch (status) {
    case 401:
      return {
        text: "The registry refused the credentials: check the user name and password (or the token), that they are for this registry, and that they have not expired.",
        details: { suggest: { option: "credentials" } }
      };
    case 403:
      return {
        text: "The credentials are valid but not allowed to push here: give the account push (write) access to this repository.",
        details: { suggest: { option: "credentials" } }
      };
    case 404:
      if (has("NAME_UNKNOWN")) {
        return {
          text: "The repository does not exist and this registry does not create it on push: create it first (e.g. an ECR repository), or check the name.",
          details: { option: "destination" }
        };
      }
      return { text: "Not found: check the registry host and repository name." };
    default:
      return otherHint(status, codes);
  }
}
function otherHint(status, codes) {
  const has = (code) => codes.some((c) => c.code === code);
  if (status === 405) {
    return {
      text: "The registry does not allow this operation here (a read-only mirror, or a proxy in front of it)."
    };
  }
  if (status === 413) {
    return {
      text: "The blob is too large for the registry or for a proxy in front of it: raise the proxy body limit (e.g. client_max_body_size for nginx)."
    };
  }
  if (status === 429) {
    return {
      text: "The registry is rate-limiting this account: retry later, or authenticate to get a higher limit."
    };
  }
  if (has("DIGEST_INVALID")) {
    return {
      text: "The bytes sent are not those the digest was computed from: the file changed while it was being pushed. Let whatever writes it finish, then push again."
    };
  }
  if (has("TAG_INVALID") || has("MANIFEST_INVALID")) {
    return {
      text: "The registry rejected the manifest or tag. If tags are immutable in this repository (ECR, Harbor), this tag already holds other content.",
      details: { suggest: { option: "overwrite", value: "false" } }
    };
  }
  return status >= 500 ? { text: "The registry had an internal error; try again later." } : void 0;
}
function httpError(method, url, status, body, what) {
  const u = new URL(url.toString());
  const codes = parseErrorCodes(body);
  const detail = codes.map((c) => c.message ? `${c.code}: ${c.message}` : c.code).join("; ");
  const hint = hintFor(status, codes);
  const shown = redactUrl(u);
  const message = `${what ? what + ": " : ""}${method} ${shown} answered ${status}` + (detail ? ` (${detail})` : "") + (hint ? `. ${hint.text}` : "");
  return new RegistryError(message, method, shown, status, codes, hint?.details);
}

// src/oci/tag-ledger.ts
var TagConflictError = class extends RegistryError {
  constructor(message, url, digest, conflicts, details) {
    super(message, "HEAD", url, 200, [], details);
    this.digest = digest;
    this.conflicts = conflicts;
  }
  digest;
  conflicts;
  name = "TagConflictError";
};
var PartialTagError = class extends RegistryError {
  constructor(message, method, url, digest, tagsWritten, tagsUnchanged, tagsElsewhere, tagsNotWritten, cause) {
    super(message, method, url, cause instanceof RegistryError ? cause.status : void 0, [], {
      cause
    });
    this.digest = digest;
    this.tagsWritten = tagsWritten;
    this.tagsUnchanged = tagsUnchanged;
    this.tagsElsewhere = tagsElsewhere;
    this.tagsNotWritten = tagsNotWritten;
  }
  digest;
  tagsWritten;
  tagsUnchanged;
  tagsElsewhere;
  tagsNotWritten;
  name = "PartialTagError";
};
var TagLedger = class {
  constructor(url, digest, toWrite, unchanged) {
    this.url = url;
    this.digest = digest;
    this.toWrite = toWrite;
    this.unchanged = unchanged;
  }
  url;
  digest;
  toWrite;
  unchanged;
  written = [];
  elsewhere = [];
  wrote(tag) {
    this.written.push(tag);
  }
  /** Whether the tag's write is known to have stored something (ours or another digest). */
  knows(tag) {
    return this.written.includes(tag) || this.elsewhere.some((e) => e.tag === tag);
  }
  /** The registry answered the write with another digest: the tag points there. */
  storedElsewhere(tag, digest) {
    this.elsewhere.push({ tag, digest });
  }
  /**
   * Read back after writing, `tag` points to `digest`. Undefined: the tag is gone, and is then
   * reported with the tags not written (it holds nothing).
   */
  movedAway(tag, digest) {
    this.written.splice(this.written.indexOf(tag), 1);
    if (digest !== void 0) this.elsewhere.push({ tag, digest });
  }
  /** The error to throw for `error`: with the ledger once any tag was written. */
  failed(error) {
    if (this.written.length === 0 && this.elsewhere.length === 0) return error;
    const done = /* @__PURE__ */ new Set([...this.written, ...this.elsewhere.map((e) => e.tag)]);
    const notWritten = this.toWrite.filter((tag) => !done.has(tag));
    const parts = [`Written: ${this.written.join(", ") || "none"}.`];
    if (this.elsewhere.length > 0) {
      parts.push(
        `Pointing elsewhere: ${this.elsewhere.map((e) => `${e.tag} \u2192 ${e.digest}`).join(", ")}.`
      );
    }
    if (notWritten.length > 0) parts.push(`Not written: ${notWritten.join(", ")}.`);
    const lead = this.elsewhere.length > 0 ? `Not every tag points to ${this.digest}` : "Only some tags were written";
    const reason = error instanceof Error ? error.message : String(error);
    return new PartialTagError(
      `${lead}. ${parts.join(" ")} ${reason}`,
      error instanceof RegistryError ? error.method : "PUT",
      error instanceof RegistryError ? error.url : redactUrl(this.url),
      this.digest,
      [...this.written],
      [...this.unchanged],
      [...this.elsewhere],
      notWritten,
      error
    );
  }
};

// src/oci/refusals.ts
function unauthorized(asker, method, url) {
  const { host, push, repository, credentialSource } = asker;
  const verb = push ? `push to ${repository}` : `pull from ${repository}`;
  const refused = (what, fix) => new RegistryError(what, method, redactUrl(url), 401, [], {
    fix,
    suggest: { option: "credentials" }
  });
  if (credentialSource === void 0) {
    return refused(
      `The registry ${host} needs credentials to ${verb} and none were found`,
      `provide credentials for ${host}`
    );
  }
  if (asker.challengeError === "insufficient_scope") {
    return refused(
      `The registry ${host} refused to let ${credentialSource} ${verb} (insufficient_scope)`,
      `give the account ${push ? "push (write)" : "pull (read)"} access to this repository`
    );
  }
  return refused(
    `The registry ${host} refused the credentials from ${credentialSource} (401)`,
    "check the user name and password or token, that they belong to this registry, and that they have not expired"
  );
}
function foreignChallenge(registryHost, asker, method) {
  return new RegistryError(
    `${asker.protocol}//${asker.host} asked for credentials (401), but it is not the registry ${registryHost}: credentials for ${registryHost} go only to that registry and the token realm it names, so none were sent`,
    method,
    redactUrl(asker),
    401,
    [],
    {
      fix: "the registry (or a proxy in front of it) sends this request to another host that wants credentials; that host must accept it without them"
    }
  );
}
function notARegistry(host, url) {
  return new RegistryError(
    `${host} does not answer as an OCI registry (GET /v2/ \u2192 404): check the destination host`,
    "GET",
    redactUrl(url),
    404,
    [],
    { option: "destination" }
  );
}
function noSuchManifest(what, host, reference, repository, url) {
  return new RegistryError(
    `${what}: ${host} has no manifest ${reference} in ${repository}`,
    "GET",
    redactUrl(url),
    404,
    [],
    { option: "destination", fix: "check the repository, tag or digest" }
  );
}
function noSuchBlob(what, host, repository, url) {
  return new RegistryError(
    `${what}: ${host} has no such blob in ${repository}`,
    "GET",
    redactUrl(url),
    404
  );
}
function manifestNotAsAsked(what, digest, reference, url) {
  return new RegistryError(
    `${what}: the registry answered with bytes whose digest is ${digest}, not ${reference}; refusing them`,
    "GET",
    redactUrl(url),
    200
  );
}
function noUploadLocation(what, url) {
  return new RegistryError(
    `${what}: the registry started an upload but sent no Location`,
    "POST",
    redactUrl(url),
    202
  );
}
function manifestAltered(what, stored, sent, url, status) {
  return new RegistryError(
    `${what}: the registry stored the manifest as ${stored}, but its bytes hash to ${sent}; the registry altered the manifest`,
    "PUT",
    redactUrl(url),
    status
  );
}
function tagsPointElsewhere(conflicts, digest, protectedOnly, afterUpload, url) {
  const [first] = conflicts;
  const list = conflicts.map((c) => `${c.tag} \u2192 ${c.digest}`).join(", ");
  const one = conflicts.length === 1;
  const when = afterUpload ? "Another push tagged it while this one uploaded. " : "";
  const rule = protectedOnly ? `${one ? `${first?.tag} is` : "they are"} protected: never moved` : "tags may not be moved";
  return new TagConflictError(
    `${one ? "A tag already points" : "Tags already point"} to another digest (${list}); this push would be ${digest}, and ${rule}. ${when}No tag was written.`,
    redactUrl(url),
    digest,
    conflicts,
    protectedOnly ? {} : { suggest: { option: "overwrite", value: "true" } }
  );
}
function tagsMovedAway(moved, digest, url) {
  const list = moved.map((m) => `${m.tag} \u2192 ${m.digest || "no manifest"}`).join(", ");
  return new RegistryError(
    `Another push moved ${moved.length === 1 ? "the tag" : "tags"} ${list} while this one wrote ${digest}; tags may not be moved, so this push failed`,
    "GET",
    redactUrl(url),
    200
  );
}
function plainHttpWarning(host) {
  return `Plain http is on for ${host}, which is not this machine: content and registry tokens travel unencrypted; passwords are never sent to it.`;
}

// src/oci/tag-guard.ts
var SETTLE_MIN_MS = 250;
var SETTLE_MAX_MS = 5e3;
var SETTLE_FACTOR = 4;
var TagGuard = class {
  constructor(manifests, push, logger, settleMs) {
    this.manifests = manifests;
    this.push = push;
    this.logger = logger;
    this.settleMs = settleMs;
    const protectedTags = new Set(push.protectedTags ?? []);
    this.guarded = push.overwrite ? push.tags.filter((t) => protectedTags.has(t)) : push.tags;
  }
  manifests;
  push;
  logger;
  settleMs;
  /** The tags of the push that may not move: all with overwrite false, else the protected ones. */
  guarded;
  /** Before the uploads: what the guarded tags point to; fails when one points elsewhere. */
  async checkBefore() {
    if (this.guarded.length === 0) return void 0;
    const at = Date.now();
    const digests = await this.manifests.resolveAll(this.guarded);
    this.assertStay(digests, false);
    return { digests, at };
  }
  /**
   * The guarded tags' digests just before the manifest is written, once blobs were sent since
   * the first check: asked again, and checked again.
   */
  async checkAgain() {
    if (this.guarded.length === 0) return void 0;
    const at = Date.now();
    const asked = await this.manifests.resolveAll(this.guarded);
    this.assertStay(asked, true);
    return { digests: asked, at };
  }
  /**
   * After a settle delay, reads every guarded tag written back. One that points elsewhere
   * means a concurrent push wrote it after our check: the push fails, saying so.
   */
  async readBack(ledger, checkedAt) {
    const written = ledger.written.filter((tag) => this.guarded.includes(tag));
    if (written.length === 0) return;
    const gap = Date.now() - checkedAt;
    const delay = this.settleMs ?? settleDelay(gap);
    this.logger.debug(`Reading the tags back in ${delay} ms (check to write: ${gap} ms)`);
    await new Promise((resolve) => setTimeout(resolve, delay));
    const now = await this.manifests.resolveAll(written);
    const moved = written.filter((tag) => now.get(tag) !== this.push.digest).map((tag) => ({ tag, digest: now.get(tag) ?? "" }));
    if (moved.length === 0) return;
    for (const { tag, digest } of moved) ledger.movedAway(tag, digest || void 0);
    throw tagsMovedAway(moved, this.push.digest, this.manifests.url(moved[0]?.tag));
  }
  /** Fails, naming each tag and both digests, when a guarded tag points to another digest. */
  assertStay(existing, afterUpload) {
    const { digest } = this.push;
    const conflicts = this.guarded.flatMap((tag) => {
      const now = existing.get(tag);
      return now === void 0 || now === digest ? [] : [{ tag, digest: now }];
    });
    const [first] = conflicts;
    if (first === void 0) return;
    const url = this.manifests.url(first.tag);
    throw tagsPointElsewhere(conflicts, digest, this.push.overwrite, afterUpload, url);
  }
};
function settleDelay(gap) {
  return Math.min(SETTLE_MAX_MS, Math.max(SETTLE_MIN_MS, Math.round(gap * SETTLE_FACTOR)));
}

export {
  redactUrl,
  RegistryError,
  parseErrorCodes,
  httpError,
  TagConflictError,
  PartialTagError,
  TagLedger,
  unauthorized,
  foreignChallenge,
  notARegistry,
  noSuchManifest,
  noSuchBlob,
  manifestNotAsAsked,
  noUploadLocation,
  manifestAltered,
  plainHttpWarning,
  TagGuard,
  settleDelay
};
