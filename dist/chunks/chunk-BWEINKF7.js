import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  parseStrictSemVer
} from "./chunk-WU43KW5A.js";
import {
  TAG_PATTERN
} from "./chunk-PKZBPXAI.js";
import {
  UserError
} from "./chunk-2B56APNL.js";

// src/core/outcome.ts
function failedOutcome(error, phase) {
  return {
    status: "failed",
    failedIn: phase,
    error: error instanceof Error ? error : new Error(String(error)),
    tagPlan: [],
    tagsWritten: [],
    tagsUnchanged: [],
    tagsElsewhere: []
  };
}

// src/core/annotations.ts
var AnnotationError = class extends UserError {
  name = "AnnotationError";
};
var OCI = "org.opencontainers.image";
var LICENSE_KEYS = [`${OCI}.licenses`, "licenses", "license", "artifacthub.io/license"];
function parseAnnotations(entries, where = (index) => `annotation ${index + 1}`) {
  const annotations = {};
  entries.forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const equals = line.indexOf("=");
    const key = equals < 0 ? "" : line.slice(0, equals).trim();
    if (key === "" || /\s/.test(key)) {
      const problem = equals < 0 ? 'has no "="' : key === "" ? "has an empty key" : "has a key with spaces";
      throw new AnnotationError(`${where(index)} (${JSON.stringify(raw)}) ${problem}`, {
        option: "annotations",
        fix: "write one key=value per entry, e.g. org.opencontainers.image.vendor=Example Corp"
      });
    }
    annotations[key] = line.slice(equals + 1).trim();
  });
  return annotations;
}
function manifestAnnotations(opts) {
  const { metadata, context } = opts;
  const packAnnotations = metadata.annotations ?? {};
  const source = context.serverUrl !== void 0 && context.repository !== void 0 ? `${context.serverUrl.replace(/\/+$/, "")}/${context.repository}` : void 0;
  const authors = (metadata.maintainers ?? []).filter((maintainer) => maintainer.name.trim() !== "").map(
    (maintainer) => maintainer.email ? `${maintainer.name} <${maintainer.email}>` : maintainer.name
  ).join(", ");
  const license = LICENSE_KEYS.map((key) => packAnnotations[key]).find(
    (value) => value !== void 0 && value.trim() !== ""
  );
  const derived = {
    [`${OCI}.title`]: metadata.name,
    [`${OCI}.version`]: metadata.version,
    [`${OCI}.description`]: metadata.description,
    [`${OCI}.created`]: opts.created,
    [`${OCI}.source`]: source,
    [`${OCI}.revision`]: context.sha,
    [`${OCI}.url`]: metadata.home,
    [`${OCI}.authors`]: authors,
    [`${OCI}.licenses`]: license
  };
  const merged = { ...packAnnotations };
  for (const [key, value] of Object.entries(derived)) {
    if (value !== void 0 && value.trim() !== "") merged[key] = value;
  }
  Object.assign(merged, opts.user);
  const result = {};
  for (const key of Object.keys(merged).sort()) {
    const value = merged[key];
    if (value !== void 0 && value.trim() !== "") result[key] = value;
  }
  return result;
}

// src/core/source.ts
function pullRequestNumberFromRef(ref) {
  const match = /^refs\/pull\/(\d+)\//.exec(ref ?? "");
  return match ? positiveInteger(Number(match[1])) : void 0;
}
function positiveInteger(value) {
  return Number.isSafeInteger(value) && value > 0 ? value : void 0;
}

// src/core/tags.ts
var TagError = class extends UserError {
  name = "TagError";
  constructor(what, details = { option: "tags" }) {
    super(what, details);
  }
};
var TAG_RULE = "a tag is 1 to 128 characters of A-Z a-z 0-9 _ . -, and does not start with . or -";
var MAX_TAG_LENGTH = 128;
function versionAsTag(version) {
  return version.replaceAll("+", "_");
}
function splitList(text) {
  return text.split(/[,\r\n]/).map((entry) => entry.trim()).filter((entry) => entry !== "");
}
function checkLiteralTag(tag, from, details) {
  if (TAG_PATTERN.test(tag)) return tag;
  throw new TagError(
    `${from} ${JSON.stringify(tag)} is not a valid tag (${TAG_RULE}): literal tags are pushed exactly as typed, never rewritten`,
    { option: "tags", fix: "write the tag in that form", ...details }
  );
}
var PLACEHOLDERS = ["version", "major", "minor", "patch", "branch", "sha", "pr", "ref"];
var PLACEHOLDER_PATTERN = /\{\{([^{}]*)\}\}/g;
var HAS_PLACEHOLDER = /\{\{[^{}]*\}\}/;
function sanitizeTag(raw, from) {
  const tag = raw.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^[.-]+/, "").slice(0, MAX_TAG_LENGTH);
  if (!TAG_PATTERN.test(tag)) {
    throw new TagError(
      `Cannot make a tag from ${from} (${JSON.stringify(raw)}): nothing is left once characters outside A-Z a-z 0-9 _ . - and leading "." or "-" are removed. Use a tag that starts with a letter, digit or "_" (at most 128 characters).`
    );
  }
  return tag;
}
function planTags(opts) {
  const entries = opts.entries.map((entry) => entry.trim()).filter((entry) => entry !== "");
  let plan;
  if (entries.length > 0) {
    plan = planFromTemplates(entries, opts);
    if (opts.destinationTagToo && opts.destinationTag) {
      const tag = checkLiteralTag(opts.destinationTag, "The destination tag", {
        option: "destination"
      });
      plan.unshift({ tag, rule: "destination tag" });
    }
    if (plan.length === 0) {
      throw new TagError(
        `The tags asked for (${entries.map((e) => JSON.stringify(e)).join(", ")}) gave no tag: every entry uses a placeholder that has no value in this run`,
        { option: "tags", fix: "add a literal tag or one that is always set, such as {{version}}" }
      );
    }
  } else if (opts.destinationTag !== void 0 && opts.destinationTag !== "") {
    const tag = checkLiteralTag(opts.destinationTag, "The destination tag", {
      option: "destination"
    });
    plan = [{ tag, rule: "destination tag" }];
  } else {
    plan = planFromEvent(opts);
  }
  return withoutDuplicates(plan);
}
function describeTagPlan(plan) {
  const width = Math.max(0, ...plan.map((entry) => entry.tag.length));
  return plan.map((entry) => {
    const source = entry.source !== void 0 && entry.source !== entry.tag ? ` (from ${entry.source})` : "";
    return `${entry.tag.padEnd(width)} \u2190 ${entry.rule}${source}`;
  });
}
function planFromTemplates(entries, opts) {
  const values = placeholderValues(opts.version, opts.context);
  const plan = [];
  for (const entry of entries) {
    if (/[{}]/.test(entry.replace(PLACEHOLDER_PATTERN, ""))) {
      throw new TagError(
        `Unbalanced braces in tag entry ${JSON.stringify(entry)}: write placeholders as {{name}}, e.g. "v{{version}}"`
      );
    }
    if (!HAS_PLACEHOLDER.test(entry)) {
      plan.push({ tag: checkLiteralTag(entry, "Tag"), rule: "tag as given" });
      continue;
    }
    const rendered = renderTemplate(entry, values);
    if (rendered === void 0) continue;
    const tag = sanitizeTag(rendered, `tag template ${JSON.stringify(entry)}`);
    const madeSafe2 = tag === rendered ? "" : `, made tag-safe from ${JSON.stringify(rendered)}`;
    plan.push({ tag, rule: `tag template${madeSafe2}`, source: entry });
  }
  return plan;
}
function renderTemplate(entry, values) {
  let missing = false;
  const rendered = entry.replace(PLACEHOLDER_PATTERN, (_match, inner) => {
    const name = inner.trim();
    if (!isPlaceholder(name)) {
      throw new TagError(
        `Unknown placeholder {{${name}}} in tag entry ${JSON.stringify(entry)}. Known placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")}`
      );
    }
    const value = values[name];
    if (value === void 0 || value === "") missing = true;
    return value ?? "";
  });
  return missing || rendered === "" ? void 0 : rendered;
}
function placeholderValues(version, context) {
  const semver = parsePackVersion(version);
  const branch = isPullRequest(context) ? context.headRef : context.refType === "branch" ? context.refName : void 0;
  return {
    version: versionAsTag(semver.text),
    major: semver.major,
    minor: semver.minor,
    patch: semver.patch,
    branch,
    sha: shortSha(context.sha),
    pr: isPullRequest(context) ? pullRequestNumber(context)?.toString() : void 0,
    ref: context.refName
  };
}
function isPlaceholder(name) {
  return PLACEHOLDERS.includes(name);
}
function planFromEvent(opts) {
  const { context } = opts;
  if (isPullRequest(context)) {
    const number = pullRequestNumber(context);
    if (number === void 0) {
      throw new TagError(
        `Cannot tell the pull request number for this ${context.eventName ?? "pull request"} run (no event payload and no refs/pull/<n>/ ref)`,
        { option: "tags", fix: 'ask for tags explicitly, e.g. "pr-{{sha}}"' }
      );
    }
    return [{ tag: `pr-${number}`, rule: "pull request", source: `#${number}` }];
  }
  if (context.refType === "tag" && context.refName !== void 0) {
    return planFromGitTag(context.refName, opts);
  }
  const isPush = context.eventName === "push" || context.eventName === void 0;
  if (isPush && context.refType === "branch" && context.refName !== void 0) {
    const branch = context.refName;
    const tag = sanitizeTag(branch, `branch ${JSON.stringify(branch)}`);
    const plan = [{ tag, rule: madeSafe("branch", tag, branch), source: branch }];
    const sha = shortSha(context.sha);
    if (sha !== void 0) plan.push({ tag: `sha-${sha}`, rule: "commit sha", source: context.sha });
    return plan;
  }
  const version = parsePackVersion(opts.version);
  return [
    {
      tag: sanitizeTag(versionAsTag(version.text), `Pack.yaml version ${version.text}`),
      rule: "pack version",
      source: version.text
    }
  ];
}
function planFromGitTag(gitTag, opts) {
  const tagVersion = parseStrictSemVer(gitTag.startsWith("v") ? gitTag.slice(1) : gitTag);
  if (tagVersion === void 0) {
    const tag = sanitizeTag(gitTag, `git tag ${JSON.stringify(gitTag)}`);
    return [{ tag, rule: madeSafe("git tag (not SemVer)", tag, gitTag), source: gitTag }];
  }
  if (opts.versionCheck) {
    const packVersion = parsePackVersion(opts.version);
    if (packVersion.text !== tagVersion.text) {
      throw new TagError(
        `Git tag ${gitTag} does not match Pack.yaml metadata.version ${opts.version}`,
        {
          option: "path",
          fix: "bump the version in Pack.yaml to match the tag",
          suggest: { option: "versionCheck", value: "false" },
          file: opts.packFile
        }
      );
    }
  }
  const { major, minor } = tagVersion;
  const plan = [
    {
      tag: sanitizeTag(versionAsTag(tagVersion.text), `git tag ${JSON.stringify(gitTag)}`),
      rule: "semver tag: full version",
      source: gitTag
    }
  ];
  if (tagVersion.prerelease !== void 0) return plan;
  plan.push({ tag: `${major}.${minor}`, rule: "semver tag: major.minor", source: gitTag });
  if (major !== "0") plan.push({ tag: major, rule: "semver tag: major", source: gitTag });
  plan.push({ tag: "latest", rule: "latest (stable release)", source: gitTag });
  return plan;
}
function parsePackVersion(version) {
  const parsed = parseStrictSemVer(version.startsWith("v") ? version.slice(1) : version);
  if (parsed === void 0) {
    throw new TagError(
      `Pack.yaml metadata.version ${JSON.stringify(version)} is not a SemVer version`,
      { option: "path", fix: "use MAJOR.MINOR.PATCH, e.g. 1.2.3 or 1.3.0-rc.1" }
    );
  }
  return parsed;
}
function isPullRequest(context) {
  return context.eventName === "pull_request" || context.eventName === "pull_request_target" || pullRequestNumberFromRef(context.ref) !== void 0;
}
function pullRequestNumber(context) {
  return context.prNumber ?? pullRequestNumberFromRef(context.ref);
}
function shortSha(sha) {
  return sha !== void 0 && /^[0-9a-f]{7,}$/i.test(sha) ? sha.slice(0, 7).toLowerCase() : void 0;
}
function madeSafe(rule, tag, source) {
  return tag === source ? rule : `${rule}, made tag-safe`;
}
function withoutDuplicates(plan) {
  const seen = /* @__PURE__ */ new Set();
  return plan.filter((entry) => {
    if (seen.has(entry.tag)) return false;
    seen.add(entry.tag);
    return true;
  });
}

export {
  failedOutcome,
  pullRequestNumberFromRef,
  parseAnnotations,
  manifestAnnotations,
  versionAsTag,
  splitList,
  planTags,
  describeTagPlan
};
