import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  pullRequestNumberFromRef
} from "./shared-oci-auth.js";
import {
  readUserFileSync
} from "./shared-read-user-file.js";

// src/ci/artifacts.ts
import { appendFile } from "node:fs/promises";
function artifactLines(outcomes) {
  return outcomes.flatMap((outcome) => {
    const { destination, manifest } = outcome;
    const pushed = outcome.status === "written" || outcome.status === "unchanged";
    if (!pushed || destination?.kind !== "registry" || !manifest) return [];
    return [`oci://${destination.display}@${manifest.digest}`];
  });
}
async function recordArtifacts(outcomes, env) {
  const file = env.GITHUB_ARTIFACTS;
  const lines = artifactLines(outcomes);
  if (!file || lines.length === 0) return 0;
  await appendFile(file, lines.map((line) => `${line}
`).join(""));
  return lines.length;
}

// src/ci/github.ts
var readEventFile = (path2) => readUserFileSync(path2, 64 << 20);
function readGitContext(env = process.env, readFile = readEventFile) {
  const context = {};
  const set = (key, value) => {
    if (value !== void 0) context[key] = value;
  };
  set("eventName", nonEmpty(env.GITHUB_EVENT_NAME));
  set("ref", nonEmpty(env.GITHUB_REF));
  set("sha", nonEmpty(env.GITHUB_SHA));
  set("repository", nonEmpty(env.GITHUB_REPOSITORY));
  set("repositoryOwner", nonEmpty(env.GITHUB_REPOSITORY_OWNER));
  set("serverUrl", nonEmpty(env.GITHUB_SERVER_URL));
  set("actor", nonEmpty(env.GITHUB_ACTOR));
  set("headRef", nonEmpty(env.GITHUB_HEAD_REF));
  set("baseRef", nonEmpty(env.GITHUB_BASE_REF));
  const fromRef = splitRef(context.ref);
  const refType = env.GITHUB_REF_TYPE === "branch" || env.GITHUB_REF_TYPE === "tag";
  set("refType", refType ? env.GITHUB_REF_TYPE : fromRef.refType);
  set("refName", nonEmpty(env.GITHUB_REF_NAME) ?? fromRef.refName);
  const payload = readEventPayload(nonEmpty(env.GITHUB_EVENT_PATH), readFile);
  const pullRequest = record(payload?.pull_request);
  set(
    "prNumber",
    positiveInteger(pullRequest?.number) ?? positiveInteger(payload?.number) ?? pullRequestNumberFromRef(context.ref)
  );
  if (pullRequest) {
    set("headRef", context.headRef ?? nonEmpty(stringAt(record(pullRequest.head)?.ref)));
    set("baseRef", context.baseRef ?? nonEmpty(stringAt(record(pullRequest.base)?.ref)));
  }
  return context;
}
function splitRef(ref) {
  if (ref === void 0) return {};
  if (ref.startsWith("refs/heads/")) return { refType: "branch", refName: ref.slice(11) };
  if (ref.startsWith("refs/tags/")) return { refType: "tag", refName: ref.slice(10) };
  if (ref.startsWith("refs/pull/")) return { refName: ref.slice(10) };
  return {};
}
function readEventPayload(path2, readFile) {
  if (path2 === void 0) return void 0;
  try {
    return record(JSON.parse(readFile(path2, "utf8")));
  } catch {
    return void 0;
  }
}
function nonEmpty(value) {
  return value === void 0 || value.trim() === "" ? void 0 : value;
}
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function stringAt(value) {
  return typeof value === "string" ? value : void 0;
}
function positiveInteger(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : void 0;
}

// src/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var MAX_DURATION_MS = 596 * UNIT_MS.h;
var MAX_DURATION_TEXT = "596h";
var DURATION_FORM = "a positive duration such as 600, 90s, 10m or 1h";
function readDuration(value) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(value);
  const ms = match ? Math.round(Number(match[1]) * (UNIT_MS[match[2] ?? "s"] ?? 1e3)) : 0;
  if (!(ms > 0)) return { problem: `must be ${DURATION_FORM}` };
  if (ms > MAX_DURATION_MS) {
    return {
      problem: `must be at most ${MAX_DURATION_TEXT} (24.8 days, the longest timer Node keeps)`
    };
  }
  return { ms };
}

// src/ci/network-env.ts
var TUNING_ENV = {
  /** A connection silent this long is dropped: '60' (seconds), '1500ms', '2m'. */
  idleTimeout: "SHERPACK_PUSH_IDLE_TIMEOUT",
  /** The first retry waits about this long, doubling after: '250ms', '1s'. */
  retryBaseDelay: "SHERPACK_PUSH_RETRY_BASE_DELAY"
};
function networkSettingsFromEnv(env, log) {
  const { problems, ...tuning } = transportTuningFromEnv(env);
  for (const problem of problems) log.warning(problem);
  const proxy = proxySettingsFromEnv(env);
  return proxy ? { ...tuning, proxy } : tuning;
}
function proxySettingsFromEnv(env) {
  const settings = {};
  const httpsProxy = env.https_proxy || env.HTTPS_PROXY;
  const httpProxy = env.http_proxy || env.HTTP_PROXY;
  const noProxy = env.no_proxy || env.NO_PROXY;
  if (httpsProxy) settings.httpsProxy = httpsProxy;
  if (httpProxy) settings.httpProxy = httpProxy;
  if (noProxy) settings.noProxy = noProxy;
  return Object.keys(settings).length > 0 ? settings : void 0;
}
function transportTuningFromEnv(env) {
  const tuning = { problems: [] };
  const read = (name) => {
    const value = env[name];
    if (value === void 0 || value.trim() === "") return void 0;
    const reading = readDuration(value);
    if ("ms" in reading) return reading.ms;
    tuning.problems.push(`${name}='${value}' ${reading.problem}; using the default`);
    return void 0;
  };
  const idle = read(TUNING_ENV.idleTimeout);
  if (idle !== void 0) tuning.idleTimeoutMs = idle;
  const base = read(TUNING_ENV.retryBaseDelay);
  if (base !== void 0) tuning.retryBaseDelayMs = base;
  return tuning;
}

// src/ci/environment.ts
import path from "node:path";
function dockerConfigFile(env) {
  if (env.DOCKER_CONFIG) return path.join(env.DOCKER_CONFIG, "config.json");
  const home = env.HOME || env.USERPROFILE;
  return home ? path.join(home, ".docker", "config.json") : void 0;
}
function sherpackEnvCredentials(env) {
  return {
    kind: "pair",
    label: "env SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD",
    username: env.SHERPACK_OCI_USERNAME,
    password: env.SHERPACK_OCI_PASSWORD,
    halfSet: (missing) => {
      const [present, absent] = missing === "password" ? ["SHERPACK_OCI_USERNAME", "SHERPACK_OCI_PASSWORD"] : ["SHERPACK_OCI_PASSWORD", "SHERPACK_OCI_USERNAME"];
      return `The environment variable ${present} is set but ${absent} is empty: both are needed to log in with a username and password. Set ${absent} too, or unset ${present} to use other credentials.`;
    }
  };
}
function dockerConfigCredentials(env) {
  const file = dockerConfigFile(env);
  return file ? [{ kind: "docker-config", file }] : [];
}

// src/core/metadata.ts
function immutableRef(outcome) {
  if (!outcome.destination || !outcome.manifest) return void 0;
  return `${outcome.destination.display}@${outcome.manifest.digest}`;
}
function outcomeValues(outcome) {
  const { pack, destination, manifest } = outcome;
  if (!pack || !destination || !manifest) return void 0;
  return {
    digest: manifest.digest,
    ref: `${destination.display}@${manifest.digest}`,
    tags: outcome.tagPlan.map((t) => t.tag).join(","),
    archive: pack.archivePath,
    "archive-digest": pack.archiveDigest,
    "pack-name": pack.metadata.name,
    "pack-version": pack.metadata.version,
    version: pack.metadata.version,
    repository: destination.display,
    "signature-digests": JSON.stringify(signatureDigests([outcome]))
  };
}
function signatureDigests(outcomes) {
  const digests = {};
  for (const { destination, signature } of outcomes) {
    if (destination && signature) digests[destination.display] = signature.digest;
  }
  return digests;
}
function outcomeMetadata(outcome) {
  const values = outcomeValues(outcome);
  if (!values || !outcome.destination || !outcome.manifest) return void 0;
  return {
    ...values,
    tags: outcome.tagPlan.map((t) => t.tag),
    pushed: outcome.status === "written" || outcome.status === "unchanged",
    tagsWritten: outcome.tagsWritten,
    tagsUnchanged: outcome.tagsUnchanged,
    // Each written tag that pointed elsewhere before, and the digest it left there.
    tagsMoved: outcome.tagsMoved ?? [],
    tagPlan: outcome.tagPlan,
    destination: outcome.destination.display,
    manifestMediaType: outcome.manifest.mediaType,
    ...outcome.signature ? { signature: outcome.signature } : {}
  };
}
function outcomeEntry(outcome, errorMessage) {
  return {
    ...outcomeMetadata(outcome) ?? {
      "pack-name": outcome.pack?.metadata.name,
      "pack-version": outcome.pack?.metadata.version,
      repository: outcome.destination?.display
    },
    status: outcome.status,
    ...errorMessage ? { error: errorMessage } : {}
  };
}
function outcomeName(outcome) {
  const pack = outcome.pack ? `${outcome.pack.metadata.name} ${outcome.pack.metadata.version}` : "a pack";
  return outcome.destination ? `${pack} \u2192 ${outcome.destination.display}` : pack;
}

// src/inert-text.ts
var ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t", "\x1B": "\\e" };
function visible(char) {
  const named = NAMED[char];
  if (named !== void 0) return named;
  const code = char.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function inertLine(text) {
  return text.replace(ACTIVE, visible);
}
function inertLines(text) {
  return text.split("\n").map((line) => inertLine(line)).join("\n");
}
function inertJson(value, indent) {
  return JSON.stringify(value, null, indent).replace(
    ACTIVE,
    (char) => char === "\n" ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

export {
  recordArtifacts,
  readGitContext,
  readDuration,
  networkSettingsFromEnv,
  sherpackEnvCredentials,
  dockerConfigCredentials,
  immutableRef,
  outcomeValues,
  signatureDigests,
  outcomeMetadata,
  outcomeEntry,
  outcomeName,
  inertLine,
  inertLines,
  inertJson
};
