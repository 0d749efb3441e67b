import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require3() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc2) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc2 = __getOwnPropDesc(from, key)) || desc2.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/source.ts
function pullRequestNumberFromRef(ref) {
  const match = /^refs\/pull\/(\d+)\//.exec(ref ?? "");
  return match ? positiveInteger(Number(match[1])) : void 0;
}
function positiveInteger(value) {
  return Number.isSafeInteger(value) && value > 0 ? value : void 0;
}
var init_source = __esm({
  "src/core/source.ts"() {
    "use strict";
  }
});

// src/errors.ts
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
var UserError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    UserError = class extends Error {
      name = "UserError";
      /** What was wrong, without the fix. */
      what;
      fix;
      file;
      line;
      option;
      suggest;
      constructor(what, details2 = {}) {
        super(joinFix(what, details2.fix), details2.cause === void 0 ? {} : { cause: details2.cause });
        this.what = what;
        this.fix = details2.fix;
        this.file = details2.file;
        this.line = details2.line;
        this.option = details2.option;
        this.suggest = details2.suggest;
      }
    };
  }
});

// src/credentials/secrets.ts
function maskCredential(credential, mask) {
  for (const secret of [credential.password, credential.identityToken, credential.registryToken]) {
    if (secret) mask(secret);
  }
  if (credential.password) {
    const basic = Buffer.from(`${credential.username ?? ""}:${credential.password}`).toString(
      "base64"
    );
    mask(basic);
    const unpadded = basic.replace(/=+$/, "");
    if (unpadded !== basic) mask(unpadded);
  }
}
var init_secrets = __esm({
  "src/credentials/secrets.ts"() {
    "use strict";
  }
});

// src/credentials/helper.ts
import { execFile } from "node:child_process";
async function credentialFromHelper(lookup) {
  const { helper, serverUrl, namedIn, logger, mask } = lookup;
  const program = `docker-credential-${helper}`;
  if (!helperNamePattern.test(helper)) {
    logger.warning(
      `Ignoring credential helper "${helper}" (${namedIn}): a helper name is a plain word such as "ecr-login". Fix the name in that file.`
    );
    return void 0;
  }
  let result;
  try {
    result = await lookup.runHelper(helper, serverUrl);
  } catch (error) {
    logger.warning(
      isNotFound(error) ? notInstalled(program, namedIn) : `Credential helper ${program} (${namedIn}) could not be run (${firstLine(errorMessage(error))}); trying the next credential source.`
    );
    return void 0;
  }
  if (result.exitCode === 127) {
    logger.warning(notInstalled(program, namedIn));
    return void 0;
  }
  if (result.exitCode !== 0) {
    if (/credentials not found/i.test(`${result.stdout}
${result.stderr}`)) {
      logger.debug(`${program} has no credentials for ${serverUrl}`);
      return void 0;
    }
    const line = firstLine(result.stderr) || firstLine(result.stdout);
    const shown = line && !/secret/i.test(line) ? `: ${line}` : "";
    logger.warning(
      `Credential helper ${program} (${namedIn}) failed with exit code ${result.exitCode}${shown}; trying the next credential source.`
    );
    return void 0;
  }
  const answer = parseAnswer(result.stdout);
  if (!answer) {
    logger.warning(
      `Credential helper ${program} (${namedIn}) did not print the JSON {ServerURL, Username, Secret} that the helper protocol requires; trying the next credential source.`
    );
    return void 0;
  }
  const source = `credential helper ${program}`;
  const credential = answer.username === "<token>" ? { source, identityToken: answer.secret } : { source, username: answer.username || void 0, password: answer.secret };
  maskCredential(credential, mask);
  if (!answer.secret) {
    logger.debug(`${program} returned no secret for ${serverUrl}`);
    return void 0;
  }
  return credential;
}
function parseAnswer(stdout) {
  let parsed;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return void 0;
  }
  if (typeof parsed !== "object" || parsed === null) return void 0;
  const { Username, Secret } = parsed;
  if (typeof Secret !== "string" || Username !== void 0 && typeof Username !== "string") {
    return void 0;
  }
  return { username: Username ?? "", secret: Secret };
}
function notInstalled(program, namedIn) {
  return `Credential helper ${program} (${namedIn}) is not installed or not on PATH; trying the next credential source. Install it, or remove it from that file.`;
}
function isNotFound(error) {
  const code3 = error?.code;
  return code3 === "ENOENT";
}
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}
function firstLine(text) {
  const line = text.trim().split(/\r?\n/, 1)[0] ?? "";
  return line.length > 120 ? `${line.slice(0, 120)}\u2026` : line;
}
var runHelperProcess, HELPER_TIMEOUT_MS, helperNamePattern;
var init_helper = __esm({
  "src/credentials/helper.ts"() {
    "use strict";
    init_secrets();
    runHelperProcess = (helper, serverUrl) => new Promise((resolve3, reject) => {
      const child = execFile(
        `docker-credential-${helper}`,
        ["get"],
        { encoding: "utf8", timeout: HELPER_TIMEOUT_MS, maxBuffer: 1 << 20 },
        (error, stdout, stderr) => {
          const code3 = error?.code;
          if (error && typeof code3 !== "number") return reject(error);
          resolve3({ exitCode: typeof code3 === "number" ? code3 : 0, stdout, stderr });
        }
      );
      child.stdin?.end(serverUrl);
    });
    HELPER_TIMEOUT_MS = 3e4;
    helperNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
  }
});

// src/oci/hosts.ts
function hostName(host) {
  const lower = host.toLowerCase();
  if (lower.startsWith("[")) return lower.slice(0, lower.indexOf("]") + 1);
  const colon = lower.lastIndexOf(":");
  return colon < 0 ? lower : lower.slice(0, colon);
}
function isDockerHub(host) {
  return dockerHubHosts.has(hostName(host));
}
function isGhcr(host) {
  const name2 = hostName(host);
  return name2 === "ghcr.io" || name2.endsWith(".ghcr.io");
}
function dockerConfigKeys(registry, apiHost) {
  const hosts = [registry.toLowerCase(), apiHost.toLowerCase()];
  const hub = hosts.some(isDockerHub);
  const keys = hub ? [dockerHubServerUrl, "index.docker.io", "docker.io"] : [];
  for (const host of hub ? [...hosts, ...dockerHubHosts] : hosts) {
    keys.push(
      host,
      `https://${host}`,
      `http://${host}`,
      `https://${host}/v1/`,
      `https://${host}/v2/`
    );
  }
  return [...new Set(keys)];
}
function keyHost(key) {
  return key.toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, "").split("/")[0];
}
var DOCKER_HUB_NAMES, DOCKER_HUB_API_HOST, dockerHubHosts, dockerHubServerUrl;
var init_hosts = __esm({
  "src/oci/hosts.ts"() {
    "use strict";
    DOCKER_HUB_NAMES = /* @__PURE__ */ new Set(["docker.io", "index.docker.io"]);
    DOCKER_HUB_API_HOST = "registry-1.docker.io";
    dockerHubHosts = /* @__PURE__ */ new Set([...DOCKER_HUB_NAMES, DOCKER_HUB_API_HOST]);
    dockerHubServerUrl = "https://index.docker.io/v1/";
  }
});

// src/credentials/docker-config.ts
import { readFile } from "node:fs/promises";
async function credentialFromDockerConfig(lookup) {
  const { registry, apiHost, logger, mask, file } = lookup;
  const config = await readConfig(file, logger);
  if (!config) return void 0;
  const keys = dockerConfigKeys(registry, apiHost);
  const hosts = new Set(keys.map(keyHost));
  const serverUrl = [registry, apiHost].some(isDockerHub) ? dockerHubServerUrl : registry;
  const helperLookup = { serverUrl, runHelper: lookup.runHelper, logger, mask };
  const credHelpers = objectAt(config, "credHelpers");
  for (const key of matchingKeys(credHelpers, keys, hosts)) {
    const helper = credHelpers[key];
    if (typeof helper !== "string" || helper === "") continue;
    const namedIn = `credHelpers[${JSON.stringify(key)}] in ${file}`;
    const found = await credentialFromHelper({ ...helperLookup, helper, namedIn });
    if (found) return found;
    break;
  }
  const auths = objectAt(config, "auths");
  for (const key of matchingKeys(auths, keys, hosts)) {
    const source = `Docker config ${file} (auths[${JSON.stringify(key)}])`;
    const found = credentialFromAuthEntry(auths[key], source, logger, mask);
    if (found) return found;
  }
  const store = config.credsStore;
  if (typeof store === "string" && store !== "") {
    return credentialFromHelper({
      ...helperLookup,
      helper: store,
      namedIn: `credsStore in ${file}`
    });
  }
  return void 0;
}
async function readConfig(file, logger) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    logger.warning(
      `Could not read the Docker config ${file} (${error.message}); ignoring it. Check its permissions, or point DOCKER_CONFIG at another directory.`
    );
    return void 0;
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    logger.warning(
      `The Docker config ${file} is not valid JSON; ignoring it. Fix or delete the file, or run docker login again.`
    );
    return void 0;
  }
  if (!isObject(parsed)) {
    logger.warning(
      `The Docker config ${file} is not a JSON object; ignoring it. Fix or delete the file, or run docker login again.`
    );
    return void 0;
  }
  return parsed;
}
function matchingKeys(record2, keys, hosts) {
  const exact = keys.filter((key) => Object.hasOwn(record2, key));
  const byHost = Object.keys(record2).filter(
    (key) => !exact.includes(key) && hosts.has(keyHost(key))
  );
  return [...exact, ...byHost];
}
function credentialFromAuthEntry(entry, source, logger, mask) {
  if (!isObject(entry)) return void 0;
  const field = (name2) => typeof entry[name2] === "string" ? entry[name2] : "";
  let username = field("username");
  let password = field("password");
  const auth = field("auth");
  if (auth) {
    mask(auth);
    const decoded = Buffer.from(auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) {
      logger.warning(
        `${source}: "auth" is not the base64 of username:password; ignoring it. Run docker login again to rewrite it.`
      );
    } else {
      username = decoded.slice(0, colon);
      password = decoded.slice(colon + 1);
    }
  }
  let credential;
  if (field("registrytoken")) {
    credential = { source, registryToken: field("registrytoken") };
  } else if (field("identitytoken")) {
    credential = { source, username: username || void 0, identityToken: field("identitytoken") };
  } else if (password) {
    credential = { source, username, password };
  }
  maskCredential({ source, username, password }, mask);
  if (credential) {
    maskCredential(credential, mask);
    return credential;
  }
  if (username) {
    logger.warning(`${source} has a username but no password; ignoring it.`);
  }
  return void 0;
}
function objectAt(config, name2) {
  const value = config[name2];
  return isObject(value) ? value : {};
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var init_docker_config = __esm({
  "src/credentials/docker-config.ts"() {
    "use strict";
    init_helper();
    init_hosts();
    init_secrets();
  }
});

// src/credentials/index.ts
var credentials_exports = {};
__export(credentials_exports, {
  CredentialError: () => CredentialError,
  IDENTITY_TOKEN_USERNAME: () => IDENTITY_TOKEN_USERNAME,
  hostName: () => hostName,
  isDockerHub: () => isDockerHub,
  isGhcr: () => isGhcr,
  resolveCredential: () => resolveCredential
});
async function resolveCredential(target, sources, context) {
  for (const source of sources) {
    const found = await fromSource(target, source, context);
    if (!found) continue;
    maskCredential(found, context.mask);
    const credential = identityTokenConvention(found, context.logger);
    context.logger.info(`Credentials: ${credential.source} (for ${target.registry})`);
    return credential;
  }
  context.logger.info(`Credentials: none (anonymous) (for ${target.registry})`);
  return void 0;
}
async function fromSource(target, source, context) {
  const forHost = (hosts) => !hosts || hosts(target.registry) || hosts(target.apiHost);
  switch (source.kind) {
    case "pair":
      if (!forHost(source.hosts)) return void 0;
      return usernamePassword(source, context.mask);
    case "docker-config":
      return credentialFromDockerConfig({
        ...target,
        file: source.file,
        runHelper: context.runHelper ?? runHelperProcess,
        logger: context.logger,
        mask: context.mask
      });
    case "token":
      if (!forHost(source.hosts)) return void 0;
      return {
        source: source.label,
        username: source.username,
        password: source.token,
        realmHosts: source.realmHosts
      };
  }
}
function usernamePassword(source, mask) {
  const { username, password } = source;
  if (!username && !password) return void 0;
  if (password) mask(password);
  if (!password) {
    throw new CredentialError(source.halfSet("password"), { option: "credentials" });
  }
  if (!username) {
    throw new CredentialError(source.halfSet("username"), { option: "credentials" });
  }
  return { source: source.label, username, password };
}
function identityTokenConvention(credential, logger) {
  const { username, password } = credential;
  if (username !== IDENTITY_TOKEN_USERNAME || !password) return credential;
  if (credential.identityToken || credential.registryToken) return credential;
  logger.info(
    `The username ${IDENTITY_TOKEN_USERNAME} means the password is an identity token (Azure Container Registry convention): exchanging it for a registry token`
  );
  return { ...credential, password: void 0, identityToken: password };
}
var IDENTITY_TOKEN_USERNAME, CredentialError;
var init_credentials = __esm({
  "src/credentials/index.ts"() {
    "use strict";
    init_errors();
    init_docker_config();
    init_helper();
    init_secrets();
    init_hosts();
    IDENTITY_TOKEN_USERNAME = "00000000-0000-0000-0000-000000000000";
    CredentialError = class extends UserError {
      name = "CredentialError";
    };
  }
});

// src/core/annotations.ts
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
  const authors = (metadata.maintainers ?? []).filter((maintainer2) => maintainer2.name.trim() !== "").map(
    (maintainer2) => maintainer2.email ? `${maintainer2.name} <${maintainer2.email}>` : maintainer2.name
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
var AnnotationError, OCI, LICENSE_KEYS;
var init_annotations = __esm({
  "src/core/annotations.ts"() {
    "use strict";
    init_errors();
    AnnotationError = class extends UserError {
      name = "AnnotationError";
    };
    OCI = "org.opencontainers.image";
    LICENSE_KEYS = [`${OCI}.licenses`, "licenses", "license", "artifacthub.io/license"];
  }
});

// src/oci/reference.ts
import { isIPv4, isIPv6 } from "node:net";
function parseOciReference(input) {
  const text = input.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (!scheme || scheme[1]?.toLowerCase() !== "oci") {
    throw missingScheme(text, scheme?.[0]);
  }
  const rest = text.slice(scheme[0].length);
  const slash = rest.indexOf("/");
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const path14 = slash === -1 ? "" : rest.slice(slash + 1);
  if (authority.includes("@")) {
    const shown = `oci://***@${authority.slice(authority.lastIndexOf("@") + 1)}/${path14}`;
    throw new InvalidReferenceError(
      `Invalid OCI reference '${shown}': credentials must not be written into the reference; pass them as credentials instead. Expected ${EXPECTED_FORM}`,
      { option: "destination", suggest: { option: "credentials" } }
    );
  }
  const fail = (problem) => invalid(text, problem);
  const registry = parseHostPort(authority, fail);
  const { repository, tag, digest } = parseRepositoryPath(path14, fail);
  const dockerHub = DOCKER_HUB_NAMES.has(registry);
  const repoProblem = repositoryProblem(repository, "repository", (fixed) => {
    const suffix = (tag !== void 0 ? `:${tag}` : "") + (digest ? `@${digest}` : "");
    return `oci://${registry}/${fixed}${suffix}`;
  });
  if (repoProblem) fail(repoProblem);
  const ref = {
    registry,
    apiHost: dockerHub ? DOCKER_HUB_API_HOST : registry,
    // Docker Hub keeps official images under library/; the API only knows the full name.
    repository: dockerHub && !repository.includes("/") ? `library/${repository}` : repository
  };
  if (tag !== void 0) ref.tag = tag;
  if (digest !== void 0) ref.digest = digest;
  return ref;
}
function parseRepositoryPath(path14, fail) {
  if (path14 === "" || path14.startsWith("@") || path14.startsWith(":")) {
    fail(`the repository is missing: write it after the host, e.g. ${EXAMPLE}`);
  }
  let namePart = path14;
  let digest;
  const at = path14.indexOf("@");
  if (at !== -1) {
    digest = path14.slice(at + 1);
    namePart = path14.slice(0, at);
    if (!DIGEST_PATTERN.test(digest)) {
      fail(
        `digest '${digest}' is not a sha256 digest: write @sha256: followed by 64 lower-case hexadecimal characters`
      );
    }
  }
  let repository = namePart;
  let tag;
  const colon = namePart.indexOf(":");
  if (colon !== -1) {
    repository = namePart.slice(0, colon);
    tag = namePart.slice(colon + 1);
    if (tag.includes(":")) {
      fail(`'${namePart}' has more than one ':': only the tag follows a ':'`);
    }
    const problem = tagProblem(tag);
    if (problem) fail(problem);
  }
  if (repository === "") {
    fail(`the repository is missing: write it after the host, e.g. ${EXAMPLE}`);
  }
  return { repository, tag, digest };
}
function formatReference(ref, suffix) {
  let out = `${ref.registry}/${ref.repository}`;
  if (suffix?.tag) out += `:${suffix.tag}`;
  if (suffix?.digest) out += `@${suffix.digest}`;
  return out;
}
function isLoopbackHost(host) {
  let name2 = host.trim().toLowerCase();
  if (name2.startsWith("[")) {
    const end = name2.indexOf("]");
    if (end === -1) return false;
    name2 = name2.slice(1, end);
  } else if (name2.split(":").length === 2) {
    name2 = name2.slice(0, name2.indexOf(":"));
  }
  if (name2 === "localhost" || name2 === "localhost.") return true;
  if (isIPv4(name2)) return name2.startsWith("127.");
  if (isIPv6(name2)) {
    const canonical = new URL(`http://[${name2}]/`).hostname;
    return canonical === "[::1]" || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(canonical);
  }
  return false;
}
function parseLayoutDestination(input) {
  const text = input.trim();
  const prefix = "oci-layout://";
  if (text.slice(0, prefix.length).toLowerCase() !== prefix) {
    throw new InvalidReferenceError(
      `Invalid layout destination '${input}': it must start with '${prefix}'. Expected oci-layout://DIR[:TAG], e.g. oci-layout://./out:1.0.0`
    );
  }
  const rest = text.slice(prefix.length);
  if (rest === "") {
    throw new InvalidReferenceError(
      `Invalid layout destination '${input}': the directory is missing. Expected oci-layout://DIR[:TAG], e.g. oci-layout://./out:1.0.0`
    );
  }
  const colon = rest.lastIndexOf(":");
  if (colon > 0) {
    const dir = rest.slice(0, colon);
    const tag = rest.slice(colon + 1);
    const bareDrive = /^[A-Za-z]$/.test(dir) && tag === "";
    if (!bareDrive && TAG_PATTERN.test(tag)) return { dir, tag };
  }
  return { dir: rest };
}
function missingScheme(text, scheme) {
  let hint;
  if (scheme === void 0) {
    hint = `write 'oci://${text}'`;
  } else if (/^https?:\/\/$/i.test(scheme)) {
    hint = `write 'oci://${text.slice(scheme.length)}' (the protocol is chosen automatically)`;
  } else {
    hint = `'${scheme}' is not supported here; write 'oci://${text.slice(scheme.length)}'`;
  }
  return new InvalidReferenceError(
    `Invalid OCI reference '${text}': it must start with 'oci://'; ${hint}. Expected ${EXPECTED_FORM}, e.g. ${EXAMPLE}`
  );
}
function invalid(input, problem) {
  throw new InvalidReferenceError(
    `Invalid OCI reference '${input}': ${problem}. Expected ${EXPECTED_FORM}, e.g. ${EXAMPLE}`
  );
}
function parseHostPort(authority, fail) {
  if (authority === "") fail("the registry host is missing");
  let host;
  let port;
  if (authority.startsWith("[")) {
    const end = authority.indexOf("]");
    const address = end === -1 ? "" : authority.slice(1, end);
    if (end === -1 || !isIPv6(address)) {
      fail(`'${authority}' is not a valid bracketed IPv6 address such as [::1]:5000`);
    }
    host = `[${address.toLowerCase()}]`;
    const after = authority.slice(end + 1);
    if (after !== "") {
      if (!after.startsWith(":")) fail(`unexpected '${after}' after the IPv6 address`);
      port = after.slice(1);
    }
  } else {
    const parts = authority.split(":");
    if (parts.length > 2) {
      fail(
        `host '${authority}' has more than one ':'; write an IPv6 address in brackets, e.g. [::1]:5000`
      );
    }
    host = (parts[0] ?? "").toLowerCase();
    port = parts[1];
    if (host === "") fail("the registry host is missing");
    const labels = host.split(".");
    if (labels.every((l) => /^\d+$/.test(l))) {
      if (!isIPv4(host)) fail(`host '${parts[0]}' is not a valid IPv4 address`);
    } else if (host.length > 253 || !labels.every((l) => DNS_LABEL.test(l))) {
      fail(
        `host '${parts[0]}' is not a valid host name: use letters, digits, '-' and '.' (e.g. ghcr.io, localhost:5000, 127.0.0.1:5000 or [::1]:5000)`
      );
    }
  }
  if (port !== void 0) {
    if (!/^\d+$/.test(port)) fail(`port '${port}' is not a number: use 1-65535`);
    const number = Number(port);
    if (number < 1 || number > 65535) fail(`port '${port}' is out of range: use 1-65535`);
  }
  return port === void 0 ? host : `${host}:${port}`;
}
function tagProblem(tag) {
  if (tag === "") return `the tag after ':' is empty: write a tag or leave out the ':'`;
  if (tag.length > MAX_TAG_LENGTH) {
    return `tag '${tag}' is ${tag.length} characters long: registries accept at most ${MAX_TAG_LENGTH}`;
  }
  if (TAG_PATTERN.test(tag)) return void 0;
  if (tag.includes("+")) {
    const fixed = tag.replaceAll("+", "_");
    if (TAG_PATTERN.test(fixed)) {
      return `tag '${tag}' has a '+', which registries refuse: write '${fixed}' (SemVer build metadata uses '_' in tags)`;
    }
  }
  return `tag '${tag}' has characters registries refuse: a tag is letters, digits, '_', '.' and '-', and starts with a letter, digit or '_'`;
}
function repositoryProblem(repository, what, suggest) {
  if (repository === "") return `${what} is empty: write a name such as 'my-org/my-pack'`;
  if (repository.length > MAX_REPOSITORY_LENGTH) {
    return `${what} '${repository}' is ${repository.length} characters long: registries accept at most ${MAX_REPOSITORY_LENGTH}`;
  }
  const components = repository.split("/");
  if (components.some((c) => c === "")) {
    return `${what} '${repository}' has an empty path component: remove the leading, trailing or doubled '/'`;
  }
  for (const component of components) {
    if (REPOSITORY_COMPONENT_PATTERN.test(component)) continue;
    const lower = component.toLowerCase();
    if (lower !== component && REPOSITORY_COMPONENT_PATTERN.test(lower)) {
      return `${what} '${repository}' has capitals in '${component}': registries only accept lower case; write '${suggest(repository.toLowerCase())}'`;
    }
    return `${what} '${repository}' has an invalid path component '${component}': each component is lower-case letters and digits, separated by single '.', '_', '__' or '-' runs, and starts and ends with a letter or digit`;
  }
  return void 0;
}
var InvalidReferenceError, EXPECTED_FORM, EXAMPLE, TAG_PATTERN, REPOSITORY_COMPONENT_PATTERN, DIGEST_PATTERN, DNS_LABEL, MAX_REPOSITORY_LENGTH, MAX_TAG_LENGTH;
var init_reference = __esm({
  "src/oci/reference.ts"() {
    "use strict";
    init_hosts();
    init_errors();
    InvalidReferenceError = class extends UserError {
      name = "InvalidReferenceError";
      constructor(message, details2 = { option: "destination" }) {
        super(message, details2);
      }
    };
    EXPECTED_FORM = "oci://HOST[:PORT]/REPOSITORY[:TAG]";
    EXAMPLE = "oci://ghcr.io/my-org/my-pack";
    TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
    REPOSITORY_COMPONENT_PATTERN = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
    DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
    DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
    MAX_REPOSITORY_LENGTH = 255;
    MAX_TAG_LENGTH = 128;
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug3 = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug3;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug3 = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name2, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug3(name2, index, value);
      t[name2] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug3 = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer2 = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug3("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug3("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug3("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug3("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer2;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var parse2 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer2) {
        return version;
      }
      try {
        return new SemVer2(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse2;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var valid = (version, options) => {
      const v = parse2(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var clean = (version, options) => {
      const s = parse2(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer2(
          version instanceof SemVer2 ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse2(version1, null, true);
      const v2 = parse2(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var major = (a, loose) => new SemVer2(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var minor = (a, loose) => new SemVer2(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var patch = (a, loose) => new SemVer2(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse2(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var compare = (a, b, loose) => new SemVer2(a, loose).compare(new SemVer2(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer2(a, loose);
      const versionB = new SemVer2(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list2, loose) => list2.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list2, loose) => list2.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var parse2 = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer2) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build2 = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse2(`${major}.${minor}.${patch}${prerelease}${build2}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var constants3 = require_constants();
    var SemVer2 = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants3.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer2 ? version.version : version;
      return parse2(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug3("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug3("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug3("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug3("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug3("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug3("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer2(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug3 = require_debug();
    var SemVer2 = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug3("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug3("caret", comp);
      comp = replaceTildes(comp, options);
      debug3("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug3("xrange", comp);
      comp = replaceStars(comp, options);
      debug3("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug3("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug3("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug3("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug3("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug3("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug3("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug3("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug3("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug3("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug3("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug3("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug3("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug3("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug3(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug3("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug3("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer2(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug3("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer2(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug3 = require_debug();
    var SemVer2 = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer2(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer2(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer2("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer2("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer2(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer2 = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer2(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants3 = require_constants();
    var SemVer2 = require_semver();
    var identifiers = require_identifiers();
    var parse2 = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse: parse2,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer: SemVer2,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants3.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants3.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/pack/version.ts
function parseStrictSemVer(text) {
  let version;
  try {
    version = new import_semver.SemVer(text);
  } catch {
    return void 0;
  }
  const build2 = version.build.length > 0 ? `+${version.build.join(".")}` : "";
  if (`${version.version}${build2}` !== text) return void 0;
  const parts = {
    text,
    major: `${version.major}`,
    minor: `${version.minor}`,
    patch: `${version.patch}`
  };
  return version.prerelease.length > 0 ? { ...parts, prerelease: version.prerelease.join(".") } : parts;
}
function isStrictSemVer(text) {
  return parseStrictSemVer(text) !== void 0;
}
var import_semver;
var init_version = __esm({
  "src/pack/version.ts"() {
    "use strict";
    import_semver = __toESM(require_semver2(), 1);
  }
});

// src/core/tags.ts
function splitList(text) {
  return text.split(/[,\r\n]/).map((entry) => entry.trim()).filter((entry) => entry !== "");
}
function checkLiteralTag(tag, from, details2) {
  if (TAG_PATTERN.test(tag)) return tag;
  throw new TagError(
    `${from} ${JSON.stringify(tag)} is not a valid tag (${TAG_RULE}): literal tags are pushed exactly as typed, never rewritten`,
    { option: "tags", fix: "write the tag in that form", ...details2 }
  );
}
function sanitizeTag(raw, from) {
  const tag = raw.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^[.-]+/, "").slice(0, MAX_TAG_LENGTH2);
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
    const name2 = inner.trim();
    if (!isPlaceholder(name2)) {
      throw new TagError(
        `Unknown placeholder {{${name2}}} in tag entry ${JSON.stringify(entry)}. Known placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")}`
      );
    }
    const value = values[name2];
    if (value === void 0 || value === "") missing = true;
    return value ?? "";
  });
  return missing || rendered === "" ? void 0 : rendered;
}
function placeholderValues(version, context) {
  const semver = parsePackVersion(version);
  const branch = isPullRequest(context) ? context.headRef : context.refType === "branch" ? context.refName : void 0;
  return {
    version: semver.text.replaceAll("+", "_"),
    major: semver.major,
    minor: semver.minor,
    patch: semver.patch,
    branch,
    sha: shortSha(context.sha),
    pr: isPullRequest(context) ? pullRequestNumber(context)?.toString() : void 0,
    ref: context.refName
  };
}
function isPlaceholder(name2) {
  return PLACEHOLDERS.includes(name2);
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
      tag: sanitizeTag(version.text.replaceAll("+", "_"), `Pack.yaml version ${version.text}`),
      rule: "pack version",
      source: version.text
    }
  ];
}
function planFromGitTag(gitTag, opts) {
  const tagVersion = parseSemVer(gitTag.startsWith("v") ? gitTag.slice(1) : gitTag);
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
      tag: sanitizeTag(tagVersion.text.replaceAll("+", "_"), `git tag ${JSON.stringify(gitTag)}`),
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
function parseSemVer(text) {
  return parseStrictSemVer(text);
}
function parsePackVersion(version) {
  const parsed = parseSemVer(version.startsWith("v") ? version.slice(1) : version);
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
var TagError, TAG_RULE, MAX_TAG_LENGTH2, PLACEHOLDERS, PLACEHOLDER_PATTERN, HAS_PLACEHOLDER;
var init_tags = __esm({
  "src/core/tags.ts"() {
    "use strict";
    init_errors();
    init_reference();
    init_version();
    init_source();
    TagError = class extends UserError {
      name = "TagError";
      constructor(what, details2 = { option: "tags" }) {
        super(what, details2);
      }
    };
    TAG_RULE = "a tag is 1 to 128 characters of A-Z a-z 0-9 _ . -, and does not start with . or -";
    MAX_TAG_LENGTH2 = 128;
    PLACEHOLDERS = ["version", "major", "minor", "patch", "branch", "sha", "pr", "ref"];
    PLACEHOLDER_PATTERN = /\{\{([^{}]*)\}\}/g;
    HAS_PLACEHOLDER = /\{\{[^{}]*\}\}/;
  }
});

// src/core/limit.ts
async function runLimited(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
var init_limit = __esm({
  "src/core/limit.ts"() {
    "use strict";
  }
});

// src/pack/names.ts
import { isUtf8 } from "node:buffer";
function isControl(code3) {
  return code3 < 32 || code3 === 127;
}
function hasControl(text) {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return true;
  return false;
}
function entryNameProblem(name2) {
  if (name2 === "") return "is empty";
  if (name2.startsWith("/")) return "is absolute (it starts with /)";
  if (/^[A-Za-z]:/.test(name2)) return "starts with a drive letter";
  if (name2.includes("\0")) return "holds a NUL byte";
  if (name2.includes("\\")) return "holds a backslash";
  if (hasControl(name2)) return "holds a control character";
  if (name2.startsWith("./")) return "starts with ./";
  const components = name2.split("/");
  if (components.includes("..")) return "has a .. component";
  if (components.includes(".")) return "has a . component";
  if (components.includes("")) return "has an empty component (// or a trailing /)";
  if (Buffer.byteLength(name2) > MAX_NAME_BYTES) {
    return `is ${Buffer.byteLength(name2)} bytes long, more than the ${MAX_NAME_BYTES} a path may have`;
  }
  const long = components.find((c) => Buffer.byteLength(c) > MAX_COMPONENT_BYTES);
  if (long !== void 0) {
    return `has a component of ${Buffer.byteLength(long)} bytes, more than the ${MAX_COMPONENT_BYTES} a file name may have`;
  }
  return void 0;
}
function normalizedName(name2) {
  const kept = [];
  for (const component of name2.replaceAll("\\", "/").split("/")) {
    if (component === "" || component === ".") continue;
    if (component === "..") kept.pop();
    else kept.push(component);
  }
  return kept.join("/");
}
function displayName(name2) {
  if (typeof name2 === "string") return escapeControls(name2);
  let shown = "";
  let at = 0;
  while (at < name2.length) {
    const length = utf8SequenceLength(name2, at);
    if (length === 0) {
      shown += `\\x${name2[at].toString(16).padStart(2, "0")}`;
      at += 1;
    } else {
      shown += escapeControls(name2.toString("utf8", at, at + length));
      at += length;
    }
  }
  return shown;
}
function escapeControls(text) {
  if (!hasControl(text)) return text;
  let shown = "";
  for (const c of text) {
    const code3 = c.charCodeAt(0);
    shown += isControl(code3) ? `\\x${code3.toString(16).padStart(2, "0")}` : c;
  }
  return shown;
}
function utf8SequenceLength(bytes, at) {
  const first = bytes[at];
  if (first < 128) return 1;
  const length = first >= 194 && first <= 223 ? 2 : first >= 224 && first <= 239 ? 3 : 0;
  const sequence = length || (first >= 240 && first <= 244 ? 4 : 0);
  if (sequence === 0 || at + sequence > bytes.length) return 0;
  const candidate = bytes.subarray(at, at + sequence);
  return Buffer.from(candidate.toString("utf8"), "utf8").equals(candidate) ? sequence : 0;
}
function firstInvalidUtf8(bytes) {
  if (isUtf8(bytes)) return -1;
  for (let at = 0; at < bytes.length; ) {
    const length = utf8SequenceLength(bytes, at);
    if (length === 0) return at;
    at += length;
  }
  return -1;
}
var MAX_COMPONENT_BYTES, MAX_NAME_BYTES, EntryNames;
var init_names = __esm({
  "src/pack/names.ts"() {
    "use strict";
    MAX_COMPONENT_BYTES = 255;
    MAX_NAME_BYTES = 4096;
    EntryNames = class {
      files = /* @__PURE__ */ new Map();
      dirs = /* @__PURE__ */ new Map();
      /**
       * Records a file entry, which has passed entryNameProblem() (so it is its own normal form);
       * returns why it clashes with an earlier one, naming that one.
       */
      add(name2) {
        const same = this.files.get(name2);
        if (same !== void 0) return "appears twice";
        const under = this.dirs.get(name2);
        if (under !== void 0) return `is a file, but '${displayName(under)}' puts a file under it`;
        for (let at = name2.indexOf("/"); at !== -1; at = name2.indexOf("/", at + 1)) {
          const dir = name2.slice(0, at);
          const file = this.files.get(dir);
          if (file !== void 0) return `puts a file under '${displayName(file)}', which is a file`;
          if (!this.dirs.has(dir)) this.dirs.set(dir, name2);
        }
        this.files.set(name2, name2);
        return void 0;
      }
      has(name2) {
        return this.files.has(name2);
      }
    };
  }
});

// src/pack/types.ts
var PackError;
var init_types = __esm({
  "src/pack/types.ts"() {
    "use strict";
    init_errors();
    PackError = class extends UserError {
      name = "PackError";
      constructor(what, details2 = {}) {
        super(what, details2);
      }
    };
  }
});

// src/pack/fs-errors.ts
function errnoCode(err) {
  const code3 = err?.code;
  return typeof code3 === "string" && /^E[A-Z0-9]+$/.test(code3) ? code3 : void 0;
}
function fileSystemError(err, file, doing) {
  const code3 = errnoCode(err);
  if (code3 === void 0 || err instanceof PackError) return err;
  const { what, fix } = describe(code3, file, doing, err);
  return new PackError(what, { file, fix, cause: err });
}
function describe(code3, file, doing, err) {
  const done = DONE[doing];
  const reading = doing === "read" || doing === "list";
  switch (code3) {
    case "EACCES":
    case "EPERM":
      return {
        what: `${file} cannot be ${done} (permission denied)`,
        fix: reading ? `let the user running this read it (e.g. chmod a+r${doing === "list" ? "x" : ""})` : "write to a directory the user running this may write to"
      };
    case "ENAMETOOLONG":
      return {
        what: `${file} cannot be ${done}: ${tooLong(err.path ?? file)}`,
        fix: "shorten the directory or file names, or nest the templates less deeply"
      };
    case "ELOOP":
      return {
        what: `${file} is a symlink loop (or a chain of more than 40 links)`,
        fix: "make the link point at a file"
      };
    case "ENOSPC":
    case "EDQUOT":
      return { what: `${file} cannot be written: the disk is full`, fix: "free some space" };
    case "EROFS":
      return {
        what: `${file} cannot be ${done}: the file system is read-only`,
        fix: "write the archive to a writable directory"
      };
    case "EISDIR":
      return { what: `${file} is a directory`, fix: "it must be a regular file" };
    case "ENOTDIR":
      return {
        what: `${file} cannot be ${done}: a part of its path is a file, not a directory`,
        fix: "check the path"
      };
    case "ENOENT":
      return {
        what: `${file} disappeared while the pack was read`,
        fix: "run again once nothing is changing the pack"
      };
    default:
      return {
        what: `${file} cannot be ${done} (${code3}: ${err.message})`,
        fix: "check the file and the disk it is on"
      };
  }
}
function tooLong(fullPath) {
  const name2 = fullPath.split(/[\\/]/).find((c) => Buffer.byteLength(c) > MAX_COMPONENT_BYTES);
  if (name2 !== void 0) {
    return `the name '${name2.slice(0, 40)}\u2026' is ${Buffer.byteLength(name2)} bytes, more than the ${MAX_COMPONENT_BYTES} a file name may have`;
  }
  return `its path is ${Buffer.byteLength(fullPath)} bytes, more than the file system allows (${MAX_NAME_BYTES} on Linux)`;
}
var DONE;
var init_fs_errors = __esm({
  "src/pack/fs-errors.ts"() {
    "use strict";
    init_names();
    init_types();
    DONE = {
      read: "read",
      list: "listed",
      write: "written",
      create: "created"
    };
  }
});

// src/pack/archive.ts
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { once } from "node:events";
import { crc32, createDeflateRaw } from "node:zlib";
function tarHeader(name2, size) {
  if (size > MAX_USTAR_SIZE) {
    throw new PackError(`${name2} is ${size} bytes, more than the 8 GiB a tar entry can hold`, {
      file: name2,
      fix: "keep such files out of templates/"
    });
  }
  if (isUstarName(name2)) return ustarHeader(name2, size, "0");
  const record2 = paxRecord("path", name2);
  const baseName = name2.slice(name2.lastIndexOf("/") + 1);
  return Buffer.concat([
    ustarHeader(asciiTail(`PaxHeaders/${baseName}`), record2.length, "x"),
    record2,
    ZEROS.subarray(0, padding(record2.length)),
    // Readers without PAX support still get an ASCII approximation of the name.
    ustarHeader(asciiTail(name2), size, "0")
  ]);
}
function isUstarName(name2) {
  return name2.length <= 100 && PRINTABLE_ASCII.test(name2);
}
function ustarHeader(name2, size, type) {
  const block = Buffer.allocUnsafe(BLOCK);
  writeUstarHeader(block, 0, name2, size, type);
  return block;
}
function writeUstarHeader(target, offset, name2, size, type) {
  target.set(HEADER_TEMPLATE, offset);
  let sum = TEMPLATE_SUM;
  const put = (at, text) => {
    for (let i = 0; i < text.length; i++) {
      const code3 = text.charCodeAt(i);
      target[offset + at + i] = code3;
      sum += code3;
    }
  };
  put(0, name2);
  put(124, size.toString(8).padStart(11, "0"));
  put(156, type);
  const checksum = sum.toString(8).padStart(6, "0");
  for (let i = 0; i < 6; i++) target[offset + 148 + i] = checksum.charCodeAt(i);
  target[offset + 154] = 0;
  target[offset + 155] = 32;
}
function paxRecord(key, value) {
  const body = Buffer.byteLength(` ${key}=${value}
`, "utf8");
  let length = body + String(body).length;
  if (String(length).length > String(body).length) length = body + String(length).length;
  return Buffer.from(`${length} ${key}=${value}
`, "utf8");
}
function asciiTail(name2) {
  const ascii = name2.replace(/[^\x20-\x7e]/g, "_");
  return ascii.length > 100 ? ascii.slice(ascii.length - 100) : ascii;
}
function padding(size) {
  return (BLOCK - size % BLOCK) % BLOCK;
}
function gzipHeader() {
  return Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, 0, GZIP_OS_UNKNOWN]);
}
function gzipTrailer(crc, rawSize) {
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(rawSize % 2 ** 32, 4);
  return trailer;
}
var GZIP_LEVEL, GZIP_OS_UNKNOWN, BLOCK, BATCH, ZEROS, MAX_USTAR_SIZE, TarGzWriter, PRINTABLE_ASCII, HEADER_TEMPLATE, TEMPLATE_SUM;
var init_archive = __esm({
  "src/pack/archive.ts"() {
    "use strict";
    init_fs_errors();
    init_names();
    init_types();
    GZIP_LEVEL = 6;
    GZIP_OS_UNKNOWN = 255;
    BLOCK = 512;
    BATCH = 256 << 10;
    ZEROS = Buffer.alloc(2 * BLOCK);
    MAX_USTAR_SIZE = 8589934591;
    TarGzWriter = class {
      /** `outFile` must not exist; it is created at once. */
      constructor(outFile) {
        this.outFile = outFile;
        this.out = createWriteStream(outFile, { flags: "wx" });
        this.deflate = createDeflateRaw({
          level: GZIP_LEVEL,
          chunkSize: BATCH,
          // A stream option (ZlibOptions leaves it out): zlib streams take them all.
          ...{ writableHighWaterMark: 4 * BATCH }
        });
        this.deflate.on("data", (chunk) => this.emit(chunk));
        this.deflate.on("error", (err) => this.failed ??= err);
        this.out.on("error", (err) => {
          this.failed ??= fileSystemError(err, outFile, "write");
          this.deflate.destroy(err);
        });
        this.done = new Promise((resolve3) => {
          this.deflate.once("end", resolve3);
          this.deflate.once("error", () => resolve3());
        });
        this.emit(gzipHeader());
      }
      outFile;
      deflate;
      out;
      digest = createHash("sha256");
      names = new EntryNames();
      done;
      batch = Buffer.allocUnsafe(BATCH);
      used = 0;
      crc = 0;
      rawSize = 0;
      size = 0;
      failed;
      /** Appends one regular file held in memory; `content` may be reused once this returns. */
      add(name2, content) {
        this.header(name2, content.length);
        this.append(content);
        this.pad(content.length);
        return this.ready();
      }
      /** Appends one regular file read as chunks that must add up to `size` bytes. */
      async addStream(name2, size, chunks) {
        this.header(name2, size);
        let seen = 0;
        for await (const chunk of chunks) {
          seen += chunk.length;
          if (seen > size) break;
          this.append(chunk);
          await this.ready();
        }
        if (seen !== size) {
          throw new PackError(`${name2} changed size while it was being archived`, {
            file: name2,
            fix: "run again once nothing is writing to the pack"
          });
        }
        this.pad(size);
        await this.ready();
      }
      /** Ends the archive (two zero blocks, as GNU tar, Go and Rust write) and closes the file. */
      async finish() {
        this.append(ZEROS);
        this.flush();
        this.deflate.end();
        await this.done;
        this.throwIfFailed();
        this.emit(gzipTrailer(this.crc, this.rawSize));
        this.out.end();
        await once(this.out, "close").catch(() => void 0);
        this.throwIfFailed();
        return { digest: `sha256:${this.digest.digest("hex")}`, size: this.size };
      }
      /** Stops and removes the file. */
      async abort() {
        this.deflate.destroy();
        if (!this.out.closed) {
          const closed = once(this.out, "close").catch(() => void 0);
          this.out.destroy();
          await closed;
        }
        await rm(this.outFile, { force: true });
      }
      /** undefined, or a promise to await: the compressor or the disk is behind. */
      ready() {
        this.throwIfFailed();
        if (!this.deflate.writableNeedDrain) return void 0;
        return once(this.deflate, "drain").then(() => this.throwIfFailed());
      }
      header(name2, size) {
        const problem = entryNameProblem(name2) ?? this.names.add(name2);
        if (problem !== void 0) {
          throw new PackError(`the archive entry '${displayName(name2)}' ${problem}`, {
            file: name2,
            fix: "rename the file"
          });
        }
        if (size <= MAX_USTAR_SIZE && isUstarName(name2)) {
          writeUstarHeader(this.batch, this.used, name2, size, "0");
          this.used += BLOCK;
          if (this.used === BATCH) this.flush();
          return;
        }
        this.append(tarHeader(name2, size));
      }
      pad(size) {
        const n = padding(size);
        if (n > 0) this.append(ZEROS.subarray(0, n));
      }
      append(data) {
        for (let offset = 0; offset < data.length; ) {
          const n = data.copy(this.batch, this.used, offset);
          this.used += n;
          offset += n;
          if (this.used === BATCH) this.flush();
        }
      }
      /** Hands the gathered tar bytes to the compressor, which keeps the buffer until it is done. */
      flush() {
        if (this.used === 0) return;
        const input = this.batch.subarray(0, this.used);
        this.crc = crc32(input, this.crc);
        this.rawSize += input.length;
        this.deflate.write(input);
        this.batch = Buffer.allocUnsafe(BATCH);
        this.used = 0;
      }
      /** Output to the file, hashed on the way; the compressor waits while the disk is behind. */
      emit(chunk) {
        this.digest.update(chunk);
        this.size += chunk.length;
        if (!this.out.write(chunk)) {
          this.deflate.pause();
          this.out.once("drain", () => this.deflate.resume());
        }
      }
      throwIfFailed() {
        if (this.failed !== void 0) throw this.failed;
      }
    };
    PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
    HEADER_TEMPLATE = (() => {
      const block = Buffer.alloc(BLOCK);
      block.write("0000644\0", 100, "ascii");
      block.write("0000000\0", 108, "ascii");
      block.write("0000000\0", 116, "ascii");
      block.write("00000000000\0", 136, "ascii");
      block.write("ustar\x0000", 257, "ascii");
      block.write("0000000\0", 329, "ascii");
      block.write("0000000\0", 337, "ascii");
      return block;
    })();
    TEMPLATE_SUM = HEADER_TEMPLATE.reduce((sum, byte) => sum + byte, 0) + 8 * 32;
  }
});

// src/pack/contents.ts
import { createHash as createHash2, hash } from "node:crypto";
import { closeSync, constants, createReadStream, fstatSync, openSync, readSync } from "node:fs";
async function readPackFiles(files, known, display) {
  const read = [];
  const slab = new Slab();
  let kept = 0;
  for (const file of files) {
    const content = known.get(file.name) ?? readSmallFile(file, display, KEPT_TOTAL - kept, slab);
    const { name: name2, path: path14 } = file;
    if (content) {
      kept += content.length;
      read.push({ name: name2, path: path14, content, size: content.length, sha256: sha256Hex(content) });
    } else {
      read.push({ name: name2, path: path14, ...await hashStreamed(path14, display(file)) });
    }
  }
  return read;
}
async function writePackFiles(files, writer, display) {
  for (const file of files) {
    if (file.content) {
      const wait = writer.add(file.name, file.content);
      if (wait) await wait;
      continue;
    }
    const sha256 = createHash2("sha256");
    try {
      await writer.addStream(file.name, file.size, hashed(createReadStream(file.path), sha256));
    } catch (err) {
      throw fileSystemError(err, display(file), "read");
    }
    if (sha256.digest("hex") !== file.sha256) throw changed(display(file));
  }
}
function sha256Hex(data) {
  return hash("sha256", data, "hex");
}
function readSmallFile(file, display, room, slab) {
  let fd;
  try {
    fd = openSync(file.path, OPEN_FLAGS);
  } catch (err) {
    throw fileSystemError(err, display(file), "read");
  }
  try {
    const small = slab.read(fd, Math.min(room, SLAB_MIN_ROOM));
    if (small) return small;
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      throw new PackError(`${display(file)} is no longer a regular file`, {
        file: display(file),
        fix: "run again once nothing is changing the pack"
      });
    }
    if (stats.size > KEPT_FILE_LIMIT || stats.size > room) return void 0;
    return readWhole(fd, stats.size, display(file));
  } catch (err) {
    throw fileSystemError(err, display(file), "read");
  } finally {
    closeSync(fd);
  }
}
function readWhole(fd, size, shown) {
  const content = Buffer.allocUnsafe(size);
  for (let length = 0; length < size; ) {
    const n = readSync(fd, content, length, size - length, length);
    if (n === 0) throw changed(shown);
    length += n;
  }
  return content;
}
async function hashStreamed(filePath, shown) {
  const sha256 = createHash2("sha256");
  let size = 0;
  try {
    for await (const chunk of createReadStream(filePath)) {
      sha256.update(chunk);
      size += chunk.length;
    }
  } catch (err) {
    throw fileSystemError(err, shown, "read");
  }
  return { sha256: sha256.digest("hex"), size };
}
async function* hashed(chunks, sha256) {
  for await (const chunk of chunks) {
    sha256.update(chunk);
    yield chunk;
  }
}
function changed(shown) {
  return new PackError(`${shown} changed while it was being archived`, {
    file: shown,
    fix: "run again once nothing is writing to the pack"
  });
}
var KEPT_FILE_LIMIT, KEPT_TOTAL, SLAB, SLAB_MIN_ROOM, OPEN_FLAGS, Slab;
var init_contents = __esm({
  "src/pack/contents.ts"() {
    "use strict";
    init_fs_errors();
    init_types();
    KEPT_FILE_LIMIT = 4 << 20;
    KEPT_TOTAL = 64 << 20;
    SLAB = 1 << 20;
    SLAB_MIN_ROOM = 64 << 10;
    OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
    Slab = class {
      buffer = Buffer.allocUnsafe(SLAB);
      used = 0;
      /** The whole file open at `fd`, or undefined when it may be larger than `limit`. */
      read(fd, limit) {
        if (SLAB - this.used < Math.min(limit, SLAB_MIN_ROOM) + 1) {
          this.buffer = Buffer.allocUnsafe(SLAB);
          this.used = 0;
        }
        const room = Math.min(SLAB - this.used, limit + 1);
        const n = readSync(fd, this.buffer, this.used, room, 0);
        if (n === room) return void 0;
        const content = this.buffer.subarray(this.used, this.used + n);
        this.used += n;
        return content;
      }
    };
  }
});

// src/pack/dirs.ts
import { rmdir } from "node:fs/promises";
import path3 from "node:path";
async function removeCreatedDirs(dir, firstCreated) {
  for (let at = dir; ; at = path3.dirname(at)) {
    const removed = await rmdir(at).then(
      () => true,
      () => false
    );
    if (!removed || at === firstCreated || path3.dirname(at) === at) return;
  }
}
var init_dirs = __esm({
  "src/pack/dirs.ts"() {
    "use strict";
  }
});

// src/pack/manifest.ts
import { hash as hash2 } from "node:crypto";
function formatCreated(date) {
  const iso = Number.isNaN(date.getTime()) ? "" : date.toISOString();
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(iso)) {
    throw new PackError(
      `the created time '${String(date)}' is not a date between years 0000 and 9999`,
      {
        fix: "set SOURCE_DATE_EPOCH to a Unix time in seconds"
      }
    );
  }
  return `${iso.slice(0, 19)}+00:00`;
}
function sortChecksums(files) {
  return sortByUtf8([...files], (file) => file.path);
}
function sortByUtf8(items, key) {
  if (!items.some((item) => SURROGATE.test(key(item)))) {
    return items.sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  }
  return items.sort((a, b) => compareUtf8(key(a), key(b)));
}
function compareUtf8(a, b) {
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
function manifestDigest(sortedFiles) {
  let text = "";
  for (const file of sortedFiles) text += `${file.path}:${file.sha256}
`;
  return hash2("sha256", text, "hex");
}
function buildManifest(fields) {
  const files = sortChecksums(fields.files);
  const lines2 = files.map((file) => `${file.path} sha256:${file.sha256}
`).join("");
  const text = `sherpack-manifest-version: 1
name: ${fields.name}
version: ${fields.version}
created: ${fields.created}

[files]
${lines2}
[digest]
sha256:${manifestDigest(files)}`;
  return Buffer.from(text, "utf8");
}
function parseManifest(text, source) {
  const header2 = /* @__PURE__ */ new Map();
  const files = [];
  let digest;
  let section = "header";
  const bad = (what) => {
    throw new PackError(`${source}: its MANIFEST ${what}`, {
      file: source,
      fix: "the archive is damaged or was not made by `sherpack package`; point the pack path at the pack directory instead"
    });
  };
  for (const rawLine of text.split("\n")) {
    const line = rawLine.trim();
    if (line === "") continue;
    if (line === "[files]" || line === "[digest]") {
      section = line === "[files]" ? "files" : "digest";
      continue;
    }
    if (section === "digest") {
      const hex = line.startsWith("sha256:") ? line.slice("sha256:".length) : void 0;
      if (hex === void 0 || !/^[0-9a-f]{64}$/.test(hex))
        bad(`has a malformed [digest] line '${line}'`);
      digest = hex;
    } else if (section === "files") {
      const space = line.lastIndexOf(" ");
      const sum = line.slice(space + 1);
      if (space <= 0 || !/^sha256:[0-9a-f]{64}$/.test(sum)) {
        bad(`has a malformed [files] line '${line}' (expected '<path> sha256:<64 hex digits>')`);
      }
      files.push({ path: line.slice(0, space), sha256: sum.slice("sha256:".length) });
    } else {
      const colon = line.indexOf(":");
      if (colon > 0) header2.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
  }
  const field = (key) => header2.get(key) || bad(`has no '${key}:' line`);
  const manifestVersion = field("sherpack-manifest-version");
  if (manifestVersion !== "1") {
    bad(`has sherpack-manifest-version '${manifestVersion}', and only version 1 is understood`);
  }
  const created = field("created");
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(created)) {
    bad(`has created '${created}', which is not an RFC 3339 time`);
  }
  if (digest === void 0) bad("has no [digest] section");
  return {
    manifestVersion,
    name: field("name"),
    version: field("version"),
    created,
    files,
    digest
  };
}
var SURROGATE;
var init_manifest = __esm({
  "src/pack/manifest.ts"() {
    "use strict";
    init_types();
    SURROGATE = /[\ud800-\udfff]/;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path14) {
      const ctrl = callVisitor(key, node, visitor, path14);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path14, ctrl);
        return visit_(key, ctrl, visitor, path14);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path14 = Object.freeze(path14.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path14);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path14 = Object.freeze(path14.concat(node));
          const ck = visit_("key", node.key, visitor, path14);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path14);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path14) {
      const ctrl = await callVisitor(key, node, visitor, path14);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path14, ctrl);
        return visitAsync_(key, ctrl, visitor, path14);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path14 = Object.freeze(path14.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path14);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path14 = Object.freeze(path14.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path14);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path14);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path14) {
      if (typeof visitor === "function")
        return visitor(key, node, path14);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path14);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path14);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path14);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path14);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path14);
      return void 0;
    }
    function replaceNode(key, path14, node) {
      const parent = path14[path14.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name2 = parts.shift();
        switch (name2) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines2 = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines2.push(`%TAG ${handle} ${prefix}`);
        }
        return lines2.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name2 = `${prefix}${i}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path14, value) {
      let v = value;
      for (let i = path14.length - 1; i >= 0; --i) {
        const k = path14[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path14) => path14 == null || typeof path14 === "object" && !!path14[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path14, value) {
        if (isEmptyPath(path14))
          this.add(value);
        else {
          const [key, ...rest] = path14;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path14) {
        const [key, ...rest] = path14;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path14, keepScalar) {
        const [key, ...rest] = path14;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path14) {
        const [key, ...rest] = path14;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path14, value) {
        const [key, ...rest] = path14;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code3 = json.substr(i + 2, 4);
                switch (code3) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code3.substr(0, 2) === "00")
                      str += "\\x" + code3.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header2 = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header2 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header2}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header2}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug3(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug3;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines2.push(blockItemPrefix + str2);
      }
      let str;
      if (lines2.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines2[0];
        for (let i = 1; i < lines2.length; ++i) {
          const line = lines2[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines2 = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines2.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines2.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines2.push(str);
        linesAtValue = lines2.length;
      }
      const { start, end } = flowChars;
      if (lines2.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines2.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines2)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines2.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines2, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines2.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines2 = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines2[i] = str.substr(o, lineWidth);
          }
          str = lines2.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines2 = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines2.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines2.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines2.length !== 1)
          lines2.unshift("");
        const cs = commentString(doc.commentBefore);
        lines2.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines2.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines2.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines2[lines2.length - 1] === "---") {
          lines2[lines2.length - 1] = `--- ${body}`;
        } else
          lines2.push(body);
      } else {
        lines2.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines2.push("...");
            lines2.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines2.push(`... ${cs}`);
          }
        } else {
          lines2.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines2[lines2.length - 1] !== "")
            lines2.push("");
          lines2.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines2.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path14, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path14, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path14) {
        if (Collection.isEmptyPath(path14)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path14) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path14, keepScalar) {
        if (Collection.isEmptyPath(path14))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path14, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path14) {
        if (Collection.isEmptyPath(path14))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path14) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path14, value) {
        if (Collection.isEmptyPath(path14)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path14), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path14, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name2, pos2, code3, message) {
        super();
        this.name = name2;
        this.code = code3;
        this.message = message;
        this.pos = pos2;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos2, code3, message) {
        super("YAMLParseError", pos2, code3, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos2, code3, message) {
        super("YAMLWarning", pos2, code3, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos2) => lc.linePos(pos2));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header2 = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header2)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header2.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines2 = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines2.length;
      for (let i = lines2.length - 1; i >= 0; --i) {
        const content = lines2[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header2.chomp === "+" && lines2.length > 0 ? "\n".repeat(Math.max(1, lines2.length - 1)) : "";
        let end2 = start + header2.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header2.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header2.indent;
      let offset = scalar.offset + header2.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines2[i];
        if (content === "" || content === "\r") {
          if (header2.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header2.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines2.length - 1; i >= chompStart; --i) {
        if (lines2[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines2[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines2[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header2.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header2.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines2.length; ++i)
            value += "\n" + lines2[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header2.length + scalar.source.length;
      return { value, type, comment: header2.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines2 = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines2.push([split[i], split[i + 1]]);
      return lines2;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code3, msg) => onError(offset + rel, code3, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos2 = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos2 = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos2;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code3 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code3);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos2) {
      if (before) {
        pos2 ?? (pos2 = before.length);
        for (let i = pos2 - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos2, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos2),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code3, message, warning) => {
          const pos2 = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos2, code3, message));
          else
            this.errors.push(new errors.YAMLParseError(pos2, code3, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos2 = getErrorPos(token);
              pos2[0] += offset;
              this.onError(pos2, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos2, code3, message) => {
          const offset = typeof pos2 === "number" ? pos2 : Array.isArray(pos2) ? pos2[0] : pos2.offset;
          if (onError)
            onError(offset, code3, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code3, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header2 = token.props[0];
            if (header2.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header2.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header2 = token.props[0];
        if (header2.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header2.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path14) => {
      let item = cst;
      for (const [field, index] of path14) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path14) => {
      const parent = visit.itemAtPath(cst, path14.slice(0, -1));
      const field = path14[path14.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path14, item, visitor) {
      let ctrl = visitor(item, path14);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path14.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path14);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path14) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/pack/duration.ts
function parseHumantimeDuration(text) {
  const chars = Array.from(text);
  const is = (at2, pattern) => at2 < chars.length && pattern.test(chars[at2]);
  let at = 0;
  let total = 0n;
  for (let spans = 0; ; spans++) {
    while (is(at, WHITESPACE)) at++;
    if (at === chars.length) return spans === 0 ? { problem: "it is empty" } : { nanos: total };
    if (!is(at, DIGIT)) return { problem: `a number is expected where '${chars[at]}' is` };
    let number = 0n;
    for (; is(at, DIGIT) || is(at, WHITESPACE); at++) {
      if (is(at, DIGIT)) number = number * 10n + BigInt(chars[at]);
      if (number > U64_MAX) return { problem: "the number is too large" };
    }
    const start = at;
    while (is(at, LETTER)) at++;
    if (at < chars.length && !is(at, DIGIT) && !is(at, WHITESPACE)) {
      return { problem: `'${chars[at]}' is not allowed (only digits, unit letters and spaces)` };
    }
    const name2 = chars.slice(start, at).join("");
    if (name2 === "") return { problem: "a time unit is needed, e.g. 60s" };
    const found = UNITS[name2];
    if (!found) return { problem: `'${name2}' is not a time unit` };
    const scaled = number * (found.seconds > 0n ? found.seconds : found.nanos);
    if (scaled > U64_MAX) return { problem: "the number is too large" };
    total += found.seconds > 0n ? scaled * 1000000000n : scaled;
    if (total / 1000000000n > U64_MAX) return { problem: "the duration is too long" };
  }
}
var UNITS, unit, U64_MAX, WHITESPACE, DIGIT, LETTER;
var init_duration = __esm({
  "src/pack/duration.ts"() {
    "use strict";
    UNITS = {};
    unit = (names, seconds, nanos = 0n) => {
      for (const name2 of names.split(" ")) UNITS[name2] = { seconds, nanos };
    };
    unit("nanos nsec ns", 0n, 1n);
    unit("usec us", 0n, 1000n);
    unit("millis msec ms", 0n, 1000000n);
    unit("seconds second secs sec s", 1n);
    unit("minutes minute min mins m", 60n);
    unit("hours hour hr hrs h", 3600n);
    unit("days day d", 86400n);
    unit("weeks week w", 604800n);
    unit("months month M", 2630016n);
    unit("years year y", 31557600n);
    U64_MAX = 2n ** 64n - 1n;
    WHITESPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
    DIGIT = /[0-9]/;
    LETTER = /[A-Za-z]/;
  }
});

// src/pack/packfile-schema.ts
var STRING, OPTIONAL, BOOL, STRINGS, MAINTAINER, METADATA, DEPENDENCY_FIELD_FIX, DEPENDENCY, CRDS, PACK_YAML_SCHEMA;
var init_packfile_schema = __esm({
  "src/pack/packfile-schema.ts"() {
    "use strict";
    STRING = { shape: { type: "string" } };
    OPTIONAL = { shape: { type: "optional-string" } };
    BOOL = { shape: { type: "bool" } };
    STRINGS = {
      shape: { type: "list", item: { type: "string" }, expected: "a list of strings" }
    };
    MAINTAINER = {
      type: "struct",
      expected: "a mapping such as {name: Jane Doe, email: jane@example.com}",
      fields: {
        name: { ...STRING, required: true, missingFix: "every maintainer needs a name" },
        email: OPTIONAL,
        url: OPTIONAL
      }
    };
    METADATA = {
      type: "struct",
      expected: "a mapping with name, version, \u2026",
      fields: {
        name: {
          ...STRING,
          required: true,
          missingFix: "add a name such as name: mypack (lower-case letters, digits, and . _ - between them)"
        },
        version: {
          ...STRING,
          required: true,
          missingFix: "add a SemVer 2.0 version such as version: 0.1.0"
        },
        description: OPTIONAL,
        appVersion: OPTIONAL,
        kubeVersion: OPTIONAL,
        home: OPTIONAL,
        icon: OPTIONAL,
        sources: STRINGS,
        keywords: STRINGS,
        maintainers: {
          shape: { type: "list", item: MAINTAINER, expected: "a list of {name, email, url} mappings" }
        },
        annotations: {
          shape: { type: "map", expected: "a mapping of string keys to string values" }
        }
      }
    };
    DEPENDENCY_FIELD_FIX = "every dependency needs name, version and repository (Sherpack 0.4 has no local dependencies without a repository)";
    DEPENDENCY = {
      type: "struct",
      expected: "a mapping such as {name: redis, version: ^17, repository: https://\u2026}",
      fields: {
        name: { ...STRING, required: true, missingFix: DEPENDENCY_FIELD_FIX },
        version: { ...STRING, required: true, missingFix: DEPENDENCY_FIELD_FIX },
        repository: { ...STRING, required: true, missingFix: DEPENDENCY_FIELD_FIX },
        enabled: BOOL,
        condition: OPTIONAL,
        resolve: {
          shape: {
            type: "enum",
            values: ["always", "when-enabled", "never"],
            fix: "write always, when-enabled or never (kebab case)"
          }
        },
        tags: STRINGS,
        alias: OPTIONAL
      }
    };
    CRDS = {
      type: "struct",
      expected: "a mapping such as crds: {install: true}",
      fields: {
        install: BOOL,
        upgrade: {
          shape: {
            type: "struct",
            expected: "a mapping such as upgrade: {enabled: true, strategy: safe}",
            fields: {
              enabled: BOOL,
              strategy: {
                shape: {
                  type: "enum",
                  values: ["safe", "force", "skip"],
                  fix: "write safe, force or skip"
                }
              }
            }
          }
        },
        uninstall: {
          shape: {
            type: "struct",
            expected: "a mapping such as uninstall: {keep: true}",
            fields: { keep: BOOL }
          }
        },
        waitReady: BOOL,
        waitTimeout: { shape: { type: "duration" } }
      }
    };
    PACK_YAML_SCHEMA = {
      type: "struct",
      expected: "a YAML mapping",
      fields: {
        apiVersion: { ...STRING, required: true, missingFix: "add apiVersion: sherpack/v1 at the top" },
        kind: {
          shape: {
            type: "enum",
            values: ["application", "library"],
            fix: "write kind: application or kind: library (or leave kind out for application)"
          }
        },
        metadata: { shape: METADATA, required: true },
        dependencies: {
          shape: { type: "list", item: DEPENDENCY, expected: "a list of {name, version, repository}" }
        },
        engine: {
          shape: {
            type: "struct",
            expected: "a mapping such as engine: {strict: true}",
            fields: { strict: BOOL }
          }
        },
        crds: { shape: CRDS }
      }
    };
  }
});

// src/pack/packfile.ts
function parsePackFile(source, file) {
  const text = typeof source === "string" ? source : decodeUtf8(source, file);
  return new PackFileReader(text, file).read();
}
function decodeUtf8(bytes, file) {
  const bad = firstInvalidUtf8(bytes);
  if (bad === -1) return new TextDecoder("utf-8").decode(bytes);
  const line = bytes.subarray(0, bad).toString("latin1").split("\n").length;
  const byte = bytes[bad].toString(16).padStart(2, "0");
  throw new PackError(`${file}, line ${line}: is not UTF-8 text (byte 0x${byte})`, {
    file,
    line,
    fix: "save it as UTF-8, as Sherpack reads nothing else"
  });
}
function maintainer(value) {
  const result = { name: value.name };
  if (value.email !== void 0 && value.email !== "") result.email = value.email;
  if (value.url !== void 0 && value.url !== "") result.url = value.url;
  return result;
}
function join(parent, key) {
  return parent ? `${parent}.${key}` : key;
}
function quote(value) {
  const oneLine = value.replace(/\r?\n/g, "\\n");
  return `'${oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine}'`;
}
var import_yaml, OCI_COMPONENT, MAX_ARCHIVE_FILE_NAME_BYTES, PackFileReader;
var init_packfile = __esm({
  "src/pack/packfile.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_duration();
    init_packfile_schema();
    init_names();
    init_types();
    init_version();
    OCI_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
    MAX_ARCHIVE_FILE_NAME_BYTES = 255;
    PackFileReader = class {
      constructor(text, file) {
        this.text = text;
        this.file = file;
        this.doc = (0, import_yaml.parseDocument)(text, {
          lineCounter: this.lines,
          prettyErrors: false,
          uniqueKeys: false,
          schema: "core"
        });
      }
      text;
      file;
      lines = new import_yaml.LineCounter();
      doc;
      warnings = [];
      read() {
        this.checkSyntax();
        const root = this.resolve(this.doc.contents);
        if (!root || (0, import_yaml.isScalar)(root) && root.value === null) {
          this.fail("is empty", {
            fix: "it must hold at least apiVersion: sherpack/v1 and metadata.name/version"
          });
        }
        if (!(0, import_yaml.isMap)(root)) {
          this.fail(`must be a YAML mapping (key: value lines) but is ${this.describe(root)}`, {
            node: root,
            fix: "start it with apiVersion: sherpack/v1"
          });
        }
        const top = { node: root, path: "" };
        this.checkApiVersion(top);
        this.checkKind(top);
        this.checkMetadataPresent(top);
        const value = this.struct(top.node, "", PACK_YAML_SCHEMA);
        const metadata = this.metadata(top, value.metadata);
        return { metadata, warnings: this.warnings };
      }
      checkSyntax() {
        const multiple = this.doc.errors.find((e) => e.code === "MULTIPLE_DOCS");
        if (multiple) {
          this.fail("holds more than one YAML document", {
            line: this.lines.linePos(multiple.pos[0]).line,
            fix: "Sherpack reads exactly one: remove the second --- and what follows, or merge it into the first"
          });
        }
        const syntaxError = this.doc.errors[0];
        if (syntaxError) {
          const reason = syntaxError.message.split("\n")[0];
          this.fail(`is not valid YAML (${reason})`, {
            line: this.lines.linePos(syntaxError.pos[0]).line,
            fix: "fix the syntax at that line"
          });
        }
        for (const warning of this.doc.warnings) {
          const line = this.lines.linePos(warning.pos[0]).line;
          this.warn(warning.message.split("\n")[0] ?? "", line);
        }
      }
      checkApiVersion(top) {
        const node = this.get(top, "apiVersion");
        if (node === void 0) {
          this.fail("has no apiVersion", {
            node: top.node,
            fix: "add apiVersion: sherpack/v1 at the top"
          });
        }
        const apiVersion = this.requiredText(node, "apiVersion");
        if (apiVersion !== "sherpack/v1") {
          const helmHint = /^v[12]$/.test(apiVersion) ? " (this looks like a Helm Chart.yaml)" : "";
          this.fail(`apiVersion ${quote(apiVersion)} is not supported${helmHint}`, {
            node,
            fix: "write apiVersion: sherpack/v1"
          });
        }
      }
      checkKind(top) {
        const node = this.get(top, "kind");
        if (node === void 0) return;
        const kind = this.requiredText(node, "kind");
        if (kind !== "application" && kind !== "library") {
          this.fail(`kind ${quote(this.source(node))} is not valid`, {
            node,
            fix: "write kind: application or kind: library (or leave kind out for application)"
          });
        }
      }
      checkMetadataPresent(top) {
        const node = this.get(top, "metadata");
        if (node === void 0 || (0, import_yaml.isScalar)(node) && node.value === null) {
          this.fail("has no metadata", {
            node: top.node,
            fix: "add a metadata mapping with at least name and version, e.g. metadata: {name: mypack, version: 0.1.0}"
          });
        }
        if (!(0, import_yaml.isMap)(node)) {
          this.fail(`metadata must be a mapping with name, version, \u2026 but is ${this.describe(node)}`, {
            node
          });
        }
      }
      /** Checks `node` against `shape` and returns what serde_yaml would have read. */
      value(node, path14, shape) {
        switch (shape.type) {
          case "string":
            return this.requiredText(node, path14);
          case "optional-string":
            return this.optionalText(node, path14);
          case "bool":
            return this.bool(node, path14);
          case "enum":
            return this.enumValue(node, path14, shape.values, shape.fix);
          case "duration":
            return this.duration(node, path14);
          case "list":
            return this.list(node, path14, shape.item, shape.expected);
          case "map":
            return this.stringMap(node, path14, shape.expected);
          case "struct":
            return this.section(node, path14, shape);
        }
      }
      /** A mapping section: an empty value gives the defaults, `~` or anything else fails. */
      section(node, path14, shape) {
        if ((0, import_yaml.isMap)(node)) return this.struct(node, path14, shape);
        if (this.isEmpty(node)) return this.struct(void 0, path14, shape, node);
        this.refuseShape(node, path14, shape.expected);
      }
      /** The known fields of a mapping, each checked; unknown keys are warned about and ignored. */
      struct(node, path14, shape, at = node) {
        const pairs = node ? this.fieldPairs(node, path14, Object.keys(shape.fields)) : /* @__PURE__ */ new Map();
        const result = {};
        for (const [key, field] of Object.entries(shape.fields)) {
          const fieldPath = join(path14, key);
          const pair = pairs.get(key);
          if (pair === void 0) {
            if (field.required) {
              this.fail(`${fieldPath} is missing`, { node: at, fix: field.missingFix });
            }
            continue;
          }
          const value = this.value(this.resolve(pair.value), fieldPath, field.shape);
          if (value !== void 0) result[key] = value;
        }
        return result;
      }
      /** The pairs of the known keys, refusing a repeated one (serde's "duplicate field"). */
      fieldPairs(node, path14, known) {
        const pairs = /* @__PURE__ */ new Map();
        for (const pair of node.items) {
          const keyNode = this.resolve(pair.key);
          const key = keyNode && (0, import_yaml.isScalar)(keyNode) ? this.scalarText(keyNode) : void 0;
          if (key === void 0) {
            this.fail(`${path14 || "Pack.yaml"} has a key that is ${this.describe(keyNode)}`, {
              node: keyNode,
              fix: "keys must be plain strings"
            });
          }
          if (!known.includes(key)) {
            this.warnUnknownKey(join(path14, key), key, known, keyNode);
            continue;
          }
          const earlier = pairs.get(key);
          if (earlier) {
            const first = this.lineOf(this.resolve(earlier.key));
            this.fail(`${join(path14, key)} is given twice (first at line ${first})`, {
              node: keyNode,
              fix: "Sherpack refuses a repeated key: keep one of them"
            });
          }
          pairs.set(key, pair);
        }
        return pairs;
      }
      list(node, path14, item, expected) {
        if (this.isEmpty(node)) return [];
        if (!(0, import_yaml.isSeq)(node)) this.refuseShape(node, path14, expected);
        return node.items.map((child, i) => {
          const resolved = this.resolve(child);
          if (item.type === "struct" && !(0, import_yaml.isMap)(resolved) && !this.isEmpty(resolved)) {
            this.fail(`${path14}[${i}] must be ${item.expected} but is ${this.describe(resolved)}`, {
              node: resolved
            });
          }
          return this.value(resolved, `${path14}[${i}]`, item);
        });
      }
      /** A map of strings (annotations): repeated keys are allowed, the last one wins. */
      stringMap(node, path14, expected) {
        if (this.isEmpty(node)) return {};
        if (!(0, import_yaml.isMap)(node)) this.refuseShape(node, path14, expected);
        const result = {};
        for (const pair of node.items) {
          const keyNode = this.resolve(pair.key);
          const key = keyNode && (0, import_yaml.isScalar)(keyNode) ? this.scalarText(keyNode) : void 0;
          if (key === void 0) {
            this.fail(`${path14} has a key that is ${this.describe(keyNode)}`, {
              node: keyNode,
              fix: "keys must be plain strings"
            });
          }
          const valueNode = this.resolve(pair.value);
          result[key] = valueNode ? this.requiredText(valueNode, `${path14}.${key}`) : "";
        }
        return result;
      }
      /** A required string: any scalar, as written (`1.10` is '1.10', `~` is '~'). */
      requiredText(node, path14) {
        const value = node && (0, import_yaml.isScalar)(node) ? this.scalarText(node) : void 0;
        if (value === void 0) {
          this.fail(`${path14} must be a string but is ${this.describe(node)}`, { node });
        }
        return value;
      }
      /** An optional string: unset when empty, ~ or null (plain); `""` is set. */
      optionalText(node, path14) {
        if ((0, import_yaml.isScalar)(node) && node.value === null && node.type === "PLAIN") return void 0;
        return this.requiredText(node, path14);
      }
      /** Only the plain scalars true, True, TRUE, false, False, FALSE. */
      bool(node, path14) {
        if ((0, import_yaml.isScalar)(node) && node.type === "PLAIN" && typeof node.value === "boolean") {
          return node.value;
        }
        this.fail(`${path14} must be true or false but is ${this.describe(node)}`, {
          node,
          fix: 'write true or false, unquoted (Sherpack takes no yes/no, on/off, 1/0 or "true")'
        });
      }
      enumValue(node, path14, values, fix) {
        const text = this.requiredText(node, path14);
        if (!values.includes(text)) {
          this.fail(`${path14} ${quote(this.source(node))} is not valid`, { node, fix });
        }
        return text;
      }
      duration(node, path14) {
        const text = this.requiredText(node, path14);
        const { problem } = parseHumantimeDuration(text);
        if (problem !== void 0) {
          this.fail(`${path14} ${quote(this.source(node))} is not a duration (${problem})`, {
            node,
            fix: "write whole numbers with units, such as 60s, 5m or 1h30m (units: ns us ms s m h d w M y; no decimals, signs or ISO 8601)"
          });
        }
        return text;
      }
      metadata(top, value) {
        const meta = { node: this.get(top, "metadata"), path: "metadata" };
        const kind = this.scalarTextOf(this.get(top, "kind")) ?? "application";
        const metadata = {
          apiVersion: "sherpack/v1",
          kind,
          name: this.packName(meta, value.name),
          version: this.packVersion(meta, value.version)
        };
        this.checkArchiveFileName(meta, metadata);
        for (const field of ["description", "appVersion", "kubeVersion", "home", "icon"]) {
          const text = value[field];
          if (text !== void 0 && text !== "") metadata[field] = text;
        }
        for (const field of ["sources", "keywords"]) {
          const list2 = value[field];
          if (list2 && list2.length > 0) metadata[field] = list2;
        }
        const maintainers = value.maintainers;
        if (maintainers && maintainers.length > 0) metadata.maintainers = maintainers.map(maintainer);
        const annotations = value.annotations;
        if (annotations && Object.keys(annotations).length > 0) metadata.annotations = annotations;
        return metadata;
      }
      packName(meta, name2) {
        const node = this.get(meta, "name");
        if (name2 === "" || (0, import_yaml.isScalar)(node) && node.value === null) {
          this.fail("metadata.name is missing", {
            node: meta.node,
            fix: "add a name such as name: mypack (lower-case letters, digits, and . _ - between them)"
          });
        }
        if (!OCI_COMPONENT.test(name2.toLowerCase())) {
          this.fail(`metadata.name ${quote(name2)} is not a valid pack name`, {
            node,
            fix: "it becomes an OCI repository name, so it must be letters and digits separated by single '.', '_' or '__', or by dashes (e.g. my-pack), with no spaces, '/' or leading/trailing separators"
          });
        }
        return name2;
      }
      packVersion(meta, version) {
        const node = this.get(meta, "version");
        if (version === "" || (0, import_yaml.isScalar)(node) && node.value === null) {
          this.fail("metadata.version is missing", {
            node: meta.node,
            fix: "add a SemVer 2.0 version such as version: 0.1.0"
          });
        }
        if (!isStrictSemVer(version)) {
          this.fail(`metadata.version ${quote(version)} is not a valid SemVer 2.0 version`, {
            node,
            fix: "write MAJOR.MINOR.PATCH such as 1.2.0, with no 'v' prefix or leading zeros (a pre-release like 1.2.0-rc.1 and build metadata like 1.2.0+b7 are allowed; this action's own limits: numbers up to 2^53-1, 256 characters in all)"
          });
        }
        return version;
      }
      /** The action's own rule: the archive `<name>-<version>.tar.gz` must be a creatable file. */
      checkArchiveFileName(meta, metadata) {
        const fileName = `${metadata.name}-${metadata.version}.tar.gz`;
        const bytes = Buffer.byteLength(fileName);
        if (bytes <= MAX_ARCHIVE_FILE_NAME_BYTES) return;
        this.fail(
          `metadata.name and metadata.version are too long together: the archive file name '${fileName.slice(0, 40)}\u2026' would be ${bytes} bytes, more than the ${MAX_ARCHIVE_FILE_NAME_BYTES} a file name may have`,
          {
            node: this.get(meta, "name"),
            fix: "shorten the name (a rule of this action, as Sherpack would fail to write the file)"
          }
        );
      }
      refuseShape(node, path14, expected) {
        const nullish = (0, import_yaml.isScalar)(node) && node.value === null;
        this.fail(`${path14} must be ${expected} but is ${this.describe(node)}`, {
          node,
          fix: nullish ? "Sherpack refuses ~ and null here: leave the value empty, or remove the line, for the defaults" : void 0
        });
      }
      /** A plain scalar with no text at all (`key:`): an empty section or list. */
      isEmpty(node) {
        return (0, import_yaml.isScalar)(node) && node.type === "PLAIN" && node.value === null && this.source(node) === "";
      }
      scalarText(node) {
        if (typeof node.value === "string") return node.value;
        if (typeof node.source === "string") return node.source;
        if (node.value === null || node.value === void 0) return "";
        return String(node.value);
      }
      scalarTextOf(node) {
        return (0, import_yaml.isScalar)(node) ? this.scalarText(node) : void 0;
      }
      get(parent, key) {
        for (const pair of parent.node.items) {
          const keyNode = this.resolve(pair.key);
          if (keyNode && (0, import_yaml.isScalar)(keyNode) && this.scalarText(keyNode) === key) {
            return this.resolve(pair.value) ?? void 0;
          }
        }
        return void 0;
      }
      warnUnknownKey(path14, key, known, keyNode) {
        const near = known.find((k) => k.toLowerCase() === key.toLowerCase());
        const hint = near ? ` (did you mean ${near}?)` : "";
        this.warn(`${path14} is not a Pack.yaml field and is ignored${hint}`, this.lineOf(keyNode));
      }
      warn(message, line) {
        this.warnings.push({ message: this.locate(message, line), file: this.file, line });
      }
      resolve(node) {
        if (!node) return void 0;
        if ((0, import_yaml.isAlias)(node)) return node.resolve(this.doc) ?? void 0;
        return node;
      }
      describe(node) {
        if (!node) return "empty";
        if ((0, import_yaml.isMap)(node)) return "a mapping";
        if ((0, import_yaml.isSeq)(node)) return "a list";
        const source = this.source(node);
        if ((0, import_yaml.isScalar)(node) && node.value === null)
          return source === "" ? "empty" : `${quote(source)} (null)`;
        return quote(source);
      }
      source(node) {
        return node.range ? this.text.slice(node.range[0], node.range[1]) : "";
      }
      lineOf(node) {
        if (!node?.range) return void 0;
        return this.lines.linePos(node.range[0]).line;
      }
      locate(message, line) {
        return line === void 0 ? `${this.file}: ${message}` : `${this.file}, line ${line}: ${message}`;
      }
      fail(message, at = {}) {
        const line = at.line ?? this.lineOf(at.node);
        throw new PackError(this.locate(message, line), { file: this.file, line, fix: at.fix });
      }
    };
  }
});

// src/pack/select.ts
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import path4 from "node:path";
async function selectPackFiles(packDir, displayDir) {
  let realRoot;
  try {
    realRoot = realpathSync(packDir);
  } catch (err) {
    throw fileSystemError(err, displayDir, "read");
  }
  return new PackWalker(realRoot, packDir, displayDir).select();
}
function templateExtension(fileName) {
  const dot = fileName.lastIndexOf(".");
  return dot <= 0 ? void 0 : fileName.slice(dot + 1);
}
function isTemplateFile(fileName) {
  const ext = templateExtension(fileName);
  return ext !== void 0 && TEMPLATE_EXTENSIONS.has(ext.toLowerCase());
}
function kindOf(stats) {
  if (stats.isFile()) return { kind: "file" };
  if (stats.isDirectory()) return { kind: "dir" };
  return { kind: "other" };
}
function isInside(root, target) {
  const rel = path4.relative(root, target);
  return rel === "" || !rel.startsWith(`..${path4.sep}`) && rel !== ".." && !path4.isAbsolute(rel);
}
function isNotFound2(err) {
  const code3 = err?.code;
  return code3 === "ENOENT" || code3 === "ENOTDIR";
}
var SCHEMA_FILES, TEMPLATE_EXTENSIONS, UNARCHIVED_DIRS, PackWalker;
var init_select = __esm({
  "src/pack/select.ts"() {
    "use strict";
    init_fs_errors();
    init_manifest();
    init_names();
    init_types();
    SCHEMA_FILES = [
      "values.schema.yaml",
      "values.schema.json",
      "schema.yaml",
      "schema.json"
    ];
    TEMPLATE_EXTENSIONS = /* @__PURE__ */ new Set(["yaml", "yml", "j2", "jinja2", "txt", "json"]);
    UNARCHIVED_DIRS = ["crds", "charts", "files"];
    PackWalker = class {
      constructor(realRoot, root, displayDir) {
        this.realRoot = realRoot;
        this.root = root;
        this.displayDir = displayDir;
      }
      realRoot;
      root;
      displayDir;
      warnings = [];
      select() {
        const files = [];
        const packFile = this.topLevel("Pack.yaml");
        if (packFile === void 0) {
          throw new PackError(`the directory '${this.display("")}' has no Pack.yaml`, {
            fix: "point the pack path at the pack directory (the one holding Pack.yaml) or at a packed .tar.gz"
          });
        }
        files.push(packFile);
        const values = this.topLevel("values.yaml");
        if (values) files.push(values);
        for (const schemaName of SCHEMA_FILES) {
          const schema = this.topLevel(schemaName);
          if (schema) {
            files.push(schema);
            break;
          }
        }
        files.push(...this.templates());
        this.checkEntryNames(files);
        for (const dir of UNARCHIVED_DIRS) {
          if (this.lstat(path4.join(this.root, dir), dir)) {
            this.warnings.push({
              message: `${this.display(dir)}/ is not archived: \`sherpack package\` puts only Pack.yaml, values.yaml, the values schema and templates/ in the archive, so ${dir}/ will not be pushed`,
              file: this.display(dir)
            });
          }
        }
        return { files, warnings: this.warnings };
      }
      /** A top-level file, if it exists as a file (a directory of that name is an error). */
      topLevel(name2) {
        const filePath = path4.join(this.root, name2);
        const resolved = this.resolve(filePath, name2, this.lstat(filePath, name2));
        if (resolved === void 0 || resolved.kind === "dangling") return void 0;
        if (resolved.kind !== "file") {
          throw new PackError(`${this.display(name2)} is not a regular file`, {
            file: this.display(name2),
            fix: `${name2} must be a file`
          });
        }
        return { name: name2, path: filePath };
      }
      templates() {
        const dir = path4.join(this.root, "templates");
        const resolved = this.resolve(dir, "templates", this.lstat(dir, "templates"));
        if (resolved?.kind !== "dir") return [];
        const found = [];
        this.walk(dir, "templates", found);
        return found;
      }
      /**
       * Appends the templates under `dir` in archive order. Visiting each directory's entries in
       * byte order, depth first, is component-by-component order: sorting a few names per
       * directory is cheaper than sorting every path at the end.
       */
      walk(dir, relDir, found) {
        for (const entry of this.list(dir, relDir)) {
          const rel = `${relDir}/${entry.name}`;
          const full = dir + path4.sep + entry.name;
          if (entry.isDirectory()) {
            this.walk(full, rel, found);
          } else if (entry.isFile()) {
            if (isTemplateFile(entry.name)) found.push({ name: rel, path: full });
          } else if (entry.isSymbolicLink()) {
            this.symlink(full, rel, entry.name, found);
          } else if (isTemplateFile(entry.name)) {
            this.warnings.push({
              message: `${this.display(rel)} is not a regular file (a FIFO, socket or device) and is left out of the archive, as \`sherpack package\` leaves it out`,
              file: this.display(rel)
            });
          }
        }
      }
      symlink(full, rel, fileName, found) {
        const link = this.resolve(full, rel, this.lstat(full, rel));
        if (link?.kind === "file" && isTemplateFile(fileName)) {
          found.push({ name: rel, path: full });
        } else if (link?.kind === "dir") {
          this.warnings.push({
            message: `${this.display(rel)} is a symlink to a directory: \`sherpack package\` does not follow directory symlinks, so its files are not archived; move the files into templates/ instead`,
            file: this.display(rel)
          });
        } else if (link?.kind === "dangling" && isTemplateFile(fileName)) {
          this.warnings.push({
            message: `${this.display(rel)} is a symlink to a missing file and is left out of the archive`,
            file: this.display(rel)
          });
        }
      }
      /** A directory's entries in byte order, refusing names that are not UTF-8. */
      list(dir, relDir) {
        let entries;
        try {
          entries = readdirSync(dir, { withFileTypes: true });
        } catch (err) {
          throw fileSystemError(err, this.display(relDir), "list");
        }
        if (entries.some((entry) => entry.name.includes("\uFFFD"))) this.refuseNonUtf8(dir, relDir);
        return sortByUtf8(entries, (entry) => entry.name);
      }
      /** Refuses a directory or template whose name is not UTF-8; other files are not archived. */
      refuseNonUtf8(dir, relDir) {
        for (const entry of readdirSync(dir, { encoding: "buffer", withFileTypes: true })) {
          const name2 = entry.name;
          const lossy = name2.toString("utf8");
          if (Buffer.from(lossy, "utf8").equals(name2)) continue;
          if (!entry.isDirectory() && !isTemplateFile(lossy)) continue;
          throw new PackError(`${this.display(relDir)}/${displayName(name2)}: the name is not UTF-8`, {
            file: this.display(relDir),
            fix: "rename it with UTF-8 characters only: Sherpack would archive it under a garbled name (U+FFFD for each bad byte) that no longer names the file"
          });
        }
      }
      /**
       * Every entry name must be safe once `\` is written as `/`, and distinct: upstream would
       * refuse the name or write an archive that contradicts its MANIFEST, so there is no right
       * archive to make (see "Entry names" in the format spec).
       */
      checkEntryNames(files) {
        const names = new EntryNames();
        const onDisk = /* @__PURE__ */ new Map();
        for (const file of files) {
          const rel = file.name;
          const name2 = rel.replaceAll("\\", "/");
          const problem = entryNameProblem(name2) ?? names.add(name2);
          if (problem !== void 0) {
            const other = onDisk.get(name2);
            const shown = name2 === rel ? "" : ` (archived as '${displayName(name2)}', as Sherpack writes \\ as /)`;
            throw new PackError(
              `${this.display(displayName(rel))}${shown}: the name ${other === void 0 ? problem : `is the same as that of ${this.display(displayName(other))}`}`,
              {
                file: this.display(rel),
                fix: "rename the file (no \\, control characters, or names that collide once \\ is /)"
              }
            );
          }
          onDisk.set(name2, rel);
          file.name = name2;
        }
      }
      /**
       * Follows a symlink, refusing one whose target lies outside the pack. Returns undefined when
       * nothing exists at `filePath`.
       */
      resolve(filePath, rel, lstats) {
        if (!lstats) return void 0;
        if (!lstats.isSymbolicLink()) return kindOf(lstats);
        let target;
        try {
          target = realpathSync(filePath);
        } catch (err) {
          if (isNotFound2(err)) return { kind: "dangling" };
          throw fileSystemError(err, this.display(rel), "read");
        }
        if (!isInside(this.realRoot, target)) {
          throw new PackError(
            `${this.display(rel)} is a symlink to '${target}', outside the pack directory`,
            {
              file: this.display(rel),
              fix: "a pack may only read its own files, so copy the file into the pack or make the link point inside it"
            }
          );
        }
        try {
          return kindOf(statSync(target));
        } catch (err) {
          throw fileSystemError(err, this.display(rel), "read");
        }
      }
      /** lstat, or undefined when nothing is there. */
      lstat(filePath, rel) {
        try {
          return lstatSync(filePath);
        } catch (err) {
          if (isNotFound2(err)) return void 0;
          throw fileSystemError(err, this.display(rel), "read");
        }
      }
      display(rel) {
        const joined = rel === "" ? this.displayDir : path4.join(this.displayDir, rel);
        return joined.split(path4.sep).join("/");
      }
    };
  }
});

// src/pack/config.ts
function packConfigJson(metadata) {
  const json = (value) => value === void 0 ? void 0 : JSON.stringify(value);
  const fields = [
    ["name", json(metadata.name)],
    ["home", json(metadata.home)],
    ["sources", json(metadata.sources)],
    ["version", json(metadata.version)],
    ["description", json(metadata.description)],
    ["keywords", json(metadata.keywords)],
    [
      "maintainers",
      metadata.maintainers && `[${metadata.maintainers.map(
        (m) => object([
          ["name", json(m.name)],
          ["email", json(m.email)],
          ["url", json(m.url)]
        ])
      ).join(",")}]`
    ],
    ["icon", json(metadata.icon)],
    ["appVersion", json(metadata.appVersion)],
    ["annotations", metadata.annotations && annotationsJson(metadata.annotations)],
    ["kubeVersion", json(metadata.kubeVersion)],
    ["type", json(metadata.kind)]
  ];
  return Buffer.from(object(fields), "utf8");
}
function object(fields) {
  const members = fields.flatMap(
    ([key, value]) => value === void 0 ? [] : [`${JSON.stringify(key)}:${value}`]
  );
  return `{${members.join(",")}}`;
}
function annotationsJson(annotations) {
  const keys = Object.keys(annotations).sort(
    (a, b) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"))
  );
  return object(keys.map((key) => [key, JSON.stringify(annotations[key])]));
}
var init_config = __esm({
  "src/pack/config.ts"() {
    "use strict";
  }
});

// node_modules/minipass/dist/esm/index.js
import { EventEmitter } from "node:events";
import Stream from "node:stream";
import { StringDecoder } from "node:string_decoder";
var proc, isStream, isReadable, isWritable, EOF, MAYBE_EMIT_END, EMITTED_END, EMITTING_END, EMITTED_ERROR, CLOSED, READ, FLUSH, FLUSHCHUNK, ENCODING, DECODER, FLOWING, PAUSED, RESUME, BUFFER, PIPES, BUFFERLENGTH, BUFFERPUSH, BUFFERSHIFT, OBJECTMODE, DESTROYED, ERROR, EMITDATA, EMITEND, EMITEND2, ASYNC, ABORT, ABORTED, SIGNAL, DATALISTENERS, DISCARDED, defer, nodefer, isEndish, isArrayBufferLike, isArrayBufferView, Pipe, PipeProxyErrors, isObjectModeOptions, isEncodingOptions, Minipass;
var init_esm = __esm({
  "node_modules/minipass/dist/esm/index.js"() {
    proc = typeof process === "object" && process ? process : {
      stdout: null,
      stderr: null
    };
    isStream = (s) => !!s && typeof s === "object" && (s instanceof Minipass || s instanceof Stream || isReadable(s) || isWritable(s));
    isReadable = (s) => !!s && typeof s === "object" && s instanceof EventEmitter && typeof s.pipe === "function" && // node core Writable streams have a pipe() method, but it throws
    s.pipe !== Stream.Writable.prototype.pipe;
    isWritable = (s) => !!s && typeof s === "object" && s instanceof EventEmitter && typeof s.write === "function" && typeof s.end === "function";
    EOF = /* @__PURE__ */ Symbol("EOF");
    MAYBE_EMIT_END = /* @__PURE__ */ Symbol("maybeEmitEnd");
    EMITTED_END = /* @__PURE__ */ Symbol("emittedEnd");
    EMITTING_END = /* @__PURE__ */ Symbol("emittingEnd");
    EMITTED_ERROR = /* @__PURE__ */ Symbol("emittedError");
    CLOSED = /* @__PURE__ */ Symbol("closed");
    READ = /* @__PURE__ */ Symbol("read");
    FLUSH = /* @__PURE__ */ Symbol("flush");
    FLUSHCHUNK = /* @__PURE__ */ Symbol("flushChunk");
    ENCODING = /* @__PURE__ */ Symbol("encoding");
    DECODER = /* @__PURE__ */ Symbol("decoder");
    FLOWING = /* @__PURE__ */ Symbol("flowing");
    PAUSED = /* @__PURE__ */ Symbol("paused");
    RESUME = /* @__PURE__ */ Symbol("resume");
    BUFFER = /* @__PURE__ */ Symbol("buffer");
    PIPES = /* @__PURE__ */ Symbol("pipes");
    BUFFERLENGTH = /* @__PURE__ */ Symbol("bufferLength");
    BUFFERPUSH = /* @__PURE__ */ Symbol("bufferPush");
    BUFFERSHIFT = /* @__PURE__ */ Symbol("bufferShift");
    OBJECTMODE = /* @__PURE__ */ Symbol("objectMode");
    DESTROYED = /* @__PURE__ */ Symbol("destroyed");
    ERROR = /* @__PURE__ */ Symbol("error");
    EMITDATA = /* @__PURE__ */ Symbol("emitData");
    EMITEND = /* @__PURE__ */ Symbol("emitEnd");
    EMITEND2 = /* @__PURE__ */ Symbol("emitEnd2");
    ASYNC = /* @__PURE__ */ Symbol("async");
    ABORT = /* @__PURE__ */ Symbol("abort");
    ABORTED = /* @__PURE__ */ Symbol("aborted");
    SIGNAL = /* @__PURE__ */ Symbol("signal");
    DATALISTENERS = /* @__PURE__ */ Symbol("dataListeners");
    DISCARDED = /* @__PURE__ */ Symbol("discarded");
    defer = (fn) => Promise.resolve().then(fn);
    nodefer = (fn) => fn();
    isEndish = (ev) => ev === "end" || ev === "finish" || ev === "prefinish";
    isArrayBufferLike = (b) => b instanceof ArrayBuffer || !!b && typeof b === "object" && b.constructor && b.constructor.name === "ArrayBuffer" && b.byteLength >= 0;
    isArrayBufferView = (b) => !Buffer.isBuffer(b) && ArrayBuffer.isView(b);
    Pipe = class {
      src;
      dest;
      opts;
      ondrain;
      constructor(src, dest, opts) {
        this.src = src;
        this.dest = dest;
        this.opts = opts;
        this.ondrain = () => src[RESUME]();
        this.dest.on("drain", this.ondrain);
      }
      unpipe() {
        this.dest.removeListener("drain", this.ondrain);
      }
      // only here for the prototype
      /* c8 ignore start */
      proxyErrors(_er) {
      }
      /* c8 ignore stop */
      end() {
        this.unpipe();
        if (this.opts.end)
          this.dest.end();
      }
    };
    PipeProxyErrors = class extends Pipe {
      unpipe() {
        this.src.removeListener("error", this.proxyErrors);
        super.unpipe();
      }
      constructor(src, dest, opts) {
        super(src, dest, opts);
        this.proxyErrors = (er) => this.dest.emit("error", er);
        src.on("error", this.proxyErrors);
      }
    };
    isObjectModeOptions = (o) => !!o.objectMode;
    isEncodingOptions = (o) => !o.objectMode && !!o.encoding && o.encoding !== "buffer";
    Minipass = class extends EventEmitter {
      [FLOWING] = false;
      [PAUSED] = false;
      [PIPES] = [];
      [BUFFER] = [];
      [OBJECTMODE];
      [ENCODING];
      [ASYNC];
      [DECODER];
      [EOF] = false;
      [EMITTED_END] = false;
      [EMITTING_END] = false;
      [CLOSED] = false;
      [EMITTED_ERROR] = null;
      [BUFFERLENGTH] = 0;
      [DESTROYED] = false;
      [SIGNAL];
      [ABORTED] = false;
      [DATALISTENERS] = 0;
      [DISCARDED] = false;
      /**
       * true if the stream can be written
       */
      writable = true;
      /**
       * true if the stream can be read
       */
      readable = true;
      /**
       * If `RType` is Buffer, then options do not need to be provided.
       * Otherwise, an options object must be provided to specify either
       * {@link Minipass.SharedOptions.objectMode} or
       * {@link Minipass.SharedOptions.encoding}, as appropriate.
       */
      constructor(...args) {
        const options = args[0] || {};
        super();
        if (options.objectMode && typeof options.encoding === "string") {
          throw new TypeError("Encoding and objectMode may not be used together");
        }
        if (isObjectModeOptions(options)) {
          this[OBJECTMODE] = true;
          this[ENCODING] = null;
        } else if (isEncodingOptions(options)) {
          this[ENCODING] = options.encoding;
          this[OBJECTMODE] = false;
        } else {
          this[OBJECTMODE] = false;
          this[ENCODING] = null;
        }
        this[ASYNC] = !!options.async;
        this[DECODER] = this[ENCODING] ? new StringDecoder(this[ENCODING]) : null;
        if (options && options.debugExposeBuffer === true) {
          Object.defineProperty(this, "buffer", { get: () => this[BUFFER] });
        }
        if (options && options.debugExposePipes === true) {
          Object.defineProperty(this, "pipes", { get: () => this[PIPES] });
        }
        const { signal } = options;
        if (signal) {
          this[SIGNAL] = signal;
          if (signal.aborted) {
            this[ABORT]();
          } else {
            signal.addEventListener("abort", () => this[ABORT]());
          }
        }
      }
      /**
       * The amount of data stored in the buffer waiting to be read.
       *
       * For Buffer strings, this will be the total byte length.
       * For string encoding streams, this will be the string character length,
       * according to JavaScript's `string.length` logic.
       * For objectMode streams, this is a count of the items waiting to be
       * emitted.
       */
      get bufferLength() {
        return this[BUFFERLENGTH];
      }
      /**
       * The `BufferEncoding` currently in use, or `null`
       */
      get encoding() {
        return this[ENCODING];
      }
      /**
       * @deprecated - This is a read only property
       */
      set encoding(_enc) {
        throw new Error("Encoding must be set at instantiation time");
      }
      /**
       * @deprecated - Encoding may only be set at instantiation time
       */
      setEncoding(_enc) {
        throw new Error("Encoding must be set at instantiation time");
      }
      /**
       * True if this is an objectMode stream
       */
      get objectMode() {
        return this[OBJECTMODE];
      }
      /**
       * @deprecated - This is a read-only property
       */
      set objectMode(_om) {
        throw new Error("objectMode must be set at instantiation time");
      }
      /**
       * true if this is an async stream
       */
      get ["async"]() {
        return this[ASYNC];
      }
      /**
       * Set to true to make this stream async.
       *
       * Once set, it cannot be unset, as this would potentially cause incorrect
       * behavior.  Ie, a sync stream can be made async, but an async stream
       * cannot be safely made sync.
       */
      set ["async"](a) {
        this[ASYNC] = this[ASYNC] || !!a;
      }
      // drop everything and get out of the flow completely
      [ABORT]() {
        this[ABORTED] = true;
        this.emit("abort", this[SIGNAL]?.reason);
        this.destroy(this[SIGNAL]?.reason);
      }
      /**
       * True if the stream has been aborted.
       */
      get aborted() {
        return this[ABORTED];
      }
      /**
       * No-op setter. Stream aborted status is set via the AbortSignal provided
       * in the constructor options.
       */
      set aborted(_) {
      }
      write(chunk, encoding, cb) {
        if (this[ABORTED])
          return false;
        if (this[EOF])
          throw new Error("write after end");
        if (this[DESTROYED]) {
          this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" }));
          return true;
        }
        if (typeof encoding === "function") {
          cb = encoding;
          encoding = "utf8";
        }
        if (!encoding)
          encoding = "utf8";
        const fn = this[ASYNC] ? defer : nodefer;
        if (!this[OBJECTMODE] && !Buffer.isBuffer(chunk)) {
          if (isArrayBufferView(chunk)) {
            chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
          } else if (isArrayBufferLike(chunk)) {
            chunk = Buffer.from(chunk);
          } else if (typeof chunk !== "string") {
            throw new Error("Non-contiguous data written to non-objectMode stream");
          }
        }
        if (this[OBJECTMODE]) {
          if (this[FLOWING] && this[BUFFERLENGTH] !== 0)
            this[FLUSH](true);
          if (this[FLOWING])
            this.emit("data", chunk);
          else
            this[BUFFERPUSH](chunk);
          if (this[BUFFERLENGTH] !== 0)
            this.emit("readable");
          if (cb)
            fn(cb);
          return this[FLOWING];
        }
        if (!chunk.length) {
          if (this[BUFFERLENGTH] !== 0)
            this.emit("readable");
          if (cb)
            fn(cb);
          return this[FLOWING];
        }
        if (typeof chunk === "string" && // unless it is a string already ready for us to use
        !(encoding === this[ENCODING] && !this[DECODER]?.lastNeed)) {
          chunk = Buffer.from(chunk, encoding);
        }
        if (Buffer.isBuffer(chunk) && this[ENCODING]) {
          chunk = this[DECODER].write(chunk);
        }
        if (this[FLOWING] && this[BUFFERLENGTH] !== 0)
          this[FLUSH](true);
        if (this[FLOWING])
          this.emit("data", chunk);
        else
          this[BUFFERPUSH](chunk);
        if (this[BUFFERLENGTH] !== 0)
          this.emit("readable");
        if (cb)
          fn(cb);
        return this[FLOWING];
      }
      /**
       * Low-level explicit read method.
       *
       * In objectMode, the argument is ignored, and one item is returned if
       * available.
       *
       * `n` is the number of bytes (or in the case of encoding streams,
       * characters) to consume. If `n` is not provided, then the entire buffer
       * is returned, or `null` is returned if no data is available.
       *
       * If `n` is greater that the amount of data in the internal buffer,
       * then `null` is returned.
       */
      read(n) {
        if (this[DESTROYED])
          return null;
        this[DISCARDED] = false;
        if (this[BUFFERLENGTH] === 0 || n === 0 || n && n > this[BUFFERLENGTH]) {
          this[MAYBE_EMIT_END]();
          return null;
        }
        if (this[OBJECTMODE])
          n = null;
        if (this[BUFFER].length > 1 && !this[OBJECTMODE]) {
          this[BUFFER] = [
            this[ENCODING] ? this[BUFFER].join("") : Buffer.concat(this[BUFFER], this[BUFFERLENGTH])
          ];
        }
        const ret = this[READ](n || null, this[BUFFER][0]);
        this[MAYBE_EMIT_END]();
        return ret;
      }
      [READ](n, chunk) {
        if (this[OBJECTMODE])
          this[BUFFERSHIFT]();
        else {
          const c = chunk;
          if (n === c.length || n === null)
            this[BUFFERSHIFT]();
          else if (typeof c === "string") {
            this[BUFFER][0] = c.slice(n);
            chunk = c.slice(0, n);
            this[BUFFERLENGTH] -= n;
          } else {
            this[BUFFER][0] = c.subarray(n);
            chunk = c.subarray(0, n);
            this[BUFFERLENGTH] -= n;
          }
        }
        this.emit("data", chunk);
        if (!this[BUFFER].length && !this[EOF])
          this.emit("drain");
        return chunk;
      }
      end(chunk, encoding, cb) {
        if (typeof chunk === "function") {
          cb = chunk;
          chunk = void 0;
        }
        if (typeof encoding === "function") {
          cb = encoding;
          encoding = "utf8";
        }
        if (chunk !== void 0)
          this.write(chunk, encoding);
        if (cb)
          this.once("end", cb);
        this[EOF] = true;
        this.writable = false;
        if (this[FLOWING] || !this[PAUSED])
          this[MAYBE_EMIT_END]();
        return this;
      }
      // don't let the internal resume be overwritten
      [RESUME]() {
        if (this[DESTROYED])
          return;
        if (!this[DATALISTENERS] && !this[PIPES].length) {
          this[DISCARDED] = true;
        }
        this[PAUSED] = false;
        this[FLOWING] = true;
        this.emit("resume");
        if (this[BUFFER].length)
          this[FLUSH]();
        else if (this[EOF])
          this[MAYBE_EMIT_END]();
        else
          this.emit("drain");
      }
      /**
       * Resume the stream if it is currently in a paused state
       *
       * If called when there are no pipe destinations or `data` event listeners,
       * this will place the stream in a "discarded" state, where all data will
       * be thrown away. The discarded state is removed if a pipe destination or
       * data handler is added, if pause() is called, or if any synchronous or
       * asynchronous iteration is started.
       */
      resume() {
        return this[RESUME]();
      }
      /**
       * Pause the stream
       */
      pause() {
        this[FLOWING] = false;
        this[PAUSED] = true;
        this[DISCARDED] = false;
      }
      /**
       * true if the stream has been forcibly destroyed
       */
      get destroyed() {
        return this[DESTROYED];
      }
      /**
       * true if the stream is currently in a flowing state, meaning that
       * any writes will be immediately emitted.
       */
      get flowing() {
        return this[FLOWING];
      }
      /**
       * true if the stream is currently in a paused state
       */
      get paused() {
        return this[PAUSED];
      }
      [BUFFERPUSH](chunk) {
        if (this[OBJECTMODE])
          this[BUFFERLENGTH] += 1;
        else
          this[BUFFERLENGTH] += chunk.length;
        this[BUFFER].push(chunk);
      }
      [BUFFERSHIFT]() {
        if (this[OBJECTMODE])
          this[BUFFERLENGTH] -= 1;
        else
          this[BUFFERLENGTH] -= this[BUFFER][0].length;
        return this[BUFFER].shift();
      }
      [FLUSH](noDrain = false) {
        do {
        } while (this[FLUSHCHUNK](this[BUFFERSHIFT]()) && this[BUFFER].length);
        if (!noDrain && !this[BUFFER].length && !this[EOF])
          this.emit("drain");
      }
      [FLUSHCHUNK](chunk) {
        this.emit("data", chunk);
        return this[FLOWING];
      }
      /**
       * Pipe all data emitted by this stream into the destination provided.
       *
       * Triggers the flow of data.
       */
      pipe(dest, opts) {
        if (this[DESTROYED])
          return dest;
        this[DISCARDED] = false;
        const ended = this[EMITTED_END];
        opts = opts || {};
        if (dest === proc.stdout || dest === proc.stderr)
          opts.end = false;
        else
          opts.end = opts.end !== false;
        opts.proxyErrors = !!opts.proxyErrors;
        if (ended) {
          if (opts.end)
            dest.end();
        } else {
          this[PIPES].push(!opts.proxyErrors ? new Pipe(this, dest, opts) : new PipeProxyErrors(this, dest, opts));
          if (this[ASYNC])
            defer(() => this[RESUME]());
          else
            this[RESUME]();
        }
        return dest;
      }
      /**
       * Fully unhook a piped destination stream.
       *
       * If the destination stream was the only consumer of this stream (ie,
       * there are no other piped destinations or `'data'` event listeners)
       * then the flow of data will stop until there is another consumer or
       * {@link Minipass#resume} is explicitly called.
       */
      unpipe(dest) {
        const p = this[PIPES].find((p2) => p2.dest === dest);
        if (p) {
          if (this[PIPES].length === 1) {
            if (this[FLOWING] && this[DATALISTENERS] === 0) {
              this[FLOWING] = false;
            }
            this[PIPES] = [];
          } else
            this[PIPES].splice(this[PIPES].indexOf(p), 1);
          p.unpipe();
        }
      }
      /**
       * Alias for {@link Minipass#on}
       */
      addListener(ev, handler) {
        return this.on(ev, handler);
      }
      /**
       * Mostly identical to `EventEmitter.on`, with the following
       * behavior differences to prevent data loss and unnecessary hangs:
       *
       * - Adding a 'data' event handler will trigger the flow of data
       *
       * - Adding a 'readable' event handler when there is data waiting to be read
       *   will cause 'readable' to be emitted immediately.
       *
       * - Adding an 'endish' event handler ('end', 'finish', etc.) which has
       *   already passed will cause the event to be emitted immediately and all
       *   handlers removed.
       *
       * - Adding an 'error' event handler after an error has been emitted will
       *   cause the event to be re-emitted immediately with the error previously
       *   raised.
       */
      on(ev, handler) {
        const ret = super.on(ev, handler);
        if (ev === "data") {
          this[DISCARDED] = false;
          this[DATALISTENERS]++;
          if (!this[PIPES].length && !this[FLOWING]) {
            this[RESUME]();
          }
        } else if (ev === "readable" && this[BUFFERLENGTH] !== 0) {
          super.emit("readable");
        } else if (isEndish(ev) && this[EMITTED_END]) {
          super.emit(ev);
          this.removeAllListeners(ev);
        } else if (ev === "error" && this[EMITTED_ERROR]) {
          const h = handler;
          if (this[ASYNC])
            defer(() => h.call(this, this[EMITTED_ERROR]));
          else
            h.call(this, this[EMITTED_ERROR]);
        }
        return ret;
      }
      /**
       * Alias for {@link Minipass#off}
       */
      removeListener(ev, handler) {
        return this.off(ev, handler);
      }
      /**
       * Mostly identical to `EventEmitter.off`
       *
       * If a 'data' event handler is removed, and it was the last consumer
       * (ie, there are no pipe destinations or other 'data' event listeners),
       * then the flow of data will stop until there is another consumer or
       * {@link Minipass#resume} is explicitly called.
       */
      off(ev, handler) {
        const ret = super.off(ev, handler);
        if (ev === "data") {
          this[DATALISTENERS] = this.listeners("data").length;
          if (this[DATALISTENERS] === 0 && !this[DISCARDED] && !this[PIPES].length) {
            this[FLOWING] = false;
          }
        }
        return ret;
      }
      /**
       * Mostly identical to `EventEmitter.removeAllListeners`
       *
       * If all 'data' event handlers are removed, and they were the last consumer
       * (ie, there are no pipe destinations), then the flow of data will stop
       * until there is another consumer or {@link Minipass#resume} is explicitly
       * called.
       */
      removeAllListeners(ev) {
        const ret = super.removeAllListeners(ev);
        if (ev === "data" || ev === void 0) {
          this[DATALISTENERS] = 0;
          if (!this[DISCARDED] && !this[PIPES].length) {
            this[FLOWING] = false;
          }
        }
        return ret;
      }
      /**
       * true if the 'end' event has been emitted
       */
      get emittedEnd() {
        return this[EMITTED_END];
      }
      [MAYBE_EMIT_END]() {
        if (!this[EMITTING_END] && !this[EMITTED_END] && !this[DESTROYED] && this[BUFFER].length === 0 && this[EOF]) {
          this[EMITTING_END] = true;
          this.emit("end");
          this.emit("prefinish");
          this.emit("finish");
          if (this[CLOSED])
            this.emit("close");
          this[EMITTING_END] = false;
        }
      }
      /**
       * Mostly identical to `EventEmitter.emit`, with the following
       * behavior differences to prevent data loss and unnecessary hangs:
       *
       * If the stream has been destroyed, and the event is something other
       * than 'close' or 'error', then `false` is returned and no handlers
       * are called.
       *
       * If the event is 'end', and has already been emitted, then the event
       * is ignored. If the stream is in a paused or non-flowing state, then
       * the event will be deferred until data flow resumes. If the stream is
       * async, then handlers will be called on the next tick rather than
       * immediately.
       *
       * If the event is 'close', and 'end' has not yet been emitted, then
       * the event will be deferred until after 'end' is emitted.
       *
       * If the event is 'error', and an AbortSignal was provided for the stream,
       * and there are no listeners, then the event is ignored, matching the
       * behavior of node core streams in the presense of an AbortSignal.
       *
       * If the event is 'finish' or 'prefinish', then all listeners will be
       * removed after emitting the event, to prevent double-firing.
       */
      emit(ev, ...args) {
        const data = args[0];
        if (ev !== "error" && ev !== "close" && ev !== DESTROYED && this[DESTROYED]) {
          return false;
        } else if (ev === "data") {
          return !this[OBJECTMODE] && !data ? false : this[ASYNC] ? (defer(() => this[EMITDATA](data)), true) : this[EMITDATA](data);
        } else if (ev === "end") {
          return this[EMITEND]();
        } else if (ev === "close") {
          this[CLOSED] = true;
          if (!this[EMITTED_END] && !this[DESTROYED])
            return false;
          const ret2 = super.emit("close");
          this.removeAllListeners("close");
          return ret2;
        } else if (ev === "error") {
          this[EMITTED_ERROR] = data;
          super.emit(ERROR, data);
          const ret2 = !this[SIGNAL] || this.listeners("error").length ? super.emit("error", data) : false;
          this[MAYBE_EMIT_END]();
          return ret2;
        } else if (ev === "resume") {
          const ret2 = super.emit("resume");
          this[MAYBE_EMIT_END]();
          return ret2;
        } else if (ev === "finish" || ev === "prefinish") {
          const ret2 = super.emit(ev);
          this.removeAllListeners(ev);
          return ret2;
        }
        const ret = super.emit(ev, ...args);
        this[MAYBE_EMIT_END]();
        return ret;
      }
      [EMITDATA](data) {
        for (const p of this[PIPES]) {
          if (p.dest.write(data) === false)
            this.pause();
        }
        const ret = this[DISCARDED] ? false : super.emit("data", data);
        this[MAYBE_EMIT_END]();
        return ret;
      }
      [EMITEND]() {
        if (this[EMITTED_END])
          return false;
        this[EMITTED_END] = true;
        this.readable = false;
        return this[ASYNC] ? (defer(() => this[EMITEND2]()), true) : this[EMITEND2]();
      }
      [EMITEND2]() {
        if (this[DECODER]) {
          const data = this[DECODER].end();
          if (data) {
            for (const p of this[PIPES]) {
              p.dest.write(data);
            }
            if (!this[DISCARDED])
              super.emit("data", data);
          }
        }
        for (const p of this[PIPES]) {
          p.end();
        }
        const ret = super.emit("end");
        this.removeAllListeners("end");
        return ret;
      }
      /**
       * Return a Promise that resolves to an array of all emitted data once
       * the stream ends.
       */
      async collect() {
        const buf = Object.assign([], {
          dataLength: 0
        });
        if (!this[OBJECTMODE])
          buf.dataLength = 0;
        const p = this.promise();
        this.on("data", (c) => {
          buf.push(c);
          if (!this[OBJECTMODE])
            buf.dataLength += c.length;
        });
        await p;
        return buf;
      }
      /**
       * Return a Promise that resolves to the concatenation of all emitted data
       * once the stream ends.
       *
       * Not allowed on objectMode streams.
       */
      async concat() {
        if (this[OBJECTMODE]) {
          throw new Error("cannot concat in objectMode");
        }
        const buf = await this.collect();
        return this[ENCODING] ? buf.join("") : Buffer.concat(buf, buf.dataLength);
      }
      /**
       * Return a void Promise that resolves once the stream ends.
       */
      async promise() {
        return new Promise((resolve3, reject) => {
          this.on(DESTROYED, () => reject(new Error("stream destroyed")));
          this.on("error", (er) => reject(er));
          this.on("end", () => resolve3());
        });
      }
      /**
       * Asynchronous `for await of` iteration.
       *
       * This will continue emitting all chunks until the stream terminates.
       */
      [Symbol.asyncIterator]() {
        this[DISCARDED] = false;
        let stopped = false;
        const stop = async () => {
          this.pause();
          stopped = true;
          return { value: void 0, done: true };
        };
        const next = () => {
          if (stopped)
            return stop();
          const res = this.read();
          if (res !== null)
            return Promise.resolve({ done: false, value: res });
          if (this[EOF])
            return stop();
          let resolve3;
          let reject;
          const onerr = (er) => {
            this.off("data", ondata);
            this.off("end", onend);
            this.off(DESTROYED, ondestroy);
            stop();
            reject(er);
          };
          const ondata = (value) => {
            this.off("error", onerr);
            this.off("end", onend);
            this.off(DESTROYED, ondestroy);
            this.pause();
            resolve3({ value, done: !!this[EOF] });
          };
          const onend = () => {
            this.off("error", onerr);
            this.off("data", ondata);
            this.off(DESTROYED, ondestroy);
            stop();
            resolve3({ done: true, value: void 0 });
          };
          const ondestroy = () => onerr(new Error("stream destroyed"));
          return new Promise((res2, rej) => {
            reject = rej;
            resolve3 = res2;
            this.once(DESTROYED, ondestroy);
            this.once("error", onerr);
            this.once("end", onend);
            this.once("data", ondata);
          });
        };
        return {
          next,
          throw: stop,
          return: stop,
          [Symbol.asyncIterator]() {
            return this;
          },
          [Symbol.asyncDispose]: async () => {
          }
        };
      }
      /**
       * Synchronous `for of` iteration.
       *
       * The iteration will terminate when the internal buffer runs out, even
       * if the stream has not yet terminated.
       */
      [Symbol.iterator]() {
        this[DISCARDED] = false;
        let stopped = false;
        const stop = () => {
          this.pause();
          this.off(ERROR, stop);
          this.off(DESTROYED, stop);
          this.off("end", stop);
          stopped = true;
          return { done: true, value: void 0 };
        };
        const next = () => {
          if (stopped)
            return stop();
          const value = this.read();
          return value === null ? stop() : { done: false, value };
        };
        this.once("end", stop);
        this.once(ERROR, stop);
        this.once(DESTROYED, stop);
        return {
          next,
          throw: stop,
          return: stop,
          [Symbol.iterator]() {
            return this;
          },
          [Symbol.dispose]: () => {
          }
        };
      }
      /**
       * Destroy a stream, preventing it from being used for any further purpose.
       *
       * If the stream has a `close()` method, then it will be called on
       * destruction.
       *
       * After destruction, any attempt to write data, read data, or emit most
       * events will be ignored.
       *
       * If an error argument is provided, then it will be emitted in an
       * 'error' event.
       */
      destroy(er) {
        if (this[DESTROYED]) {
          if (er)
            this.emit("error", er);
          else
            this.emit(DESTROYED);
          return this;
        }
        this[DESTROYED] = true;
        this[DISCARDED] = true;
        this[BUFFER].length = 0;
        this[BUFFERLENGTH] = 0;
        const wc = this;
        if (typeof wc.close === "function" && !this[CLOSED])
          wc.close();
        if (er)
          this.emit("error", er);
        else
          this.emit(DESTROYED);
        return this;
      }
      /**
       * Alias for {@link isStream}
       *
       * Former export location, maintained for backwards compatibility.
       *
       * @deprecated
       */
      static get isStream() {
        return isStream;
      }
    };
  }
});

// node_modules/minizlib/dist/esm/constants.js
import realZlib from "zlib";
var realZlibConstants, constants2;
var init_constants = __esm({
  "node_modules/minizlib/dist/esm/constants.js"() {
    realZlibConstants = realZlib.constants || { ZLIB_VERNUM: 4736 };
    constants2 = Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), {
      Z_NO_FLUSH: 0,
      Z_PARTIAL_FLUSH: 1,
      Z_SYNC_FLUSH: 2,
      Z_FULL_FLUSH: 3,
      Z_FINISH: 4,
      Z_BLOCK: 5,
      Z_OK: 0,
      Z_STREAM_END: 1,
      Z_NEED_DICT: 2,
      Z_ERRNO: -1,
      Z_STREAM_ERROR: -2,
      Z_DATA_ERROR: -3,
      Z_MEM_ERROR: -4,
      Z_BUF_ERROR: -5,
      Z_VERSION_ERROR: -6,
      Z_NO_COMPRESSION: 0,
      Z_BEST_SPEED: 1,
      Z_BEST_COMPRESSION: 9,
      Z_DEFAULT_COMPRESSION: -1,
      Z_FILTERED: 1,
      Z_HUFFMAN_ONLY: 2,
      Z_RLE: 3,
      Z_FIXED: 4,
      Z_DEFAULT_STRATEGY: 0,
      DEFLATE: 1,
      INFLATE: 2,
      GZIP: 3,
      GUNZIP: 4,
      DEFLATERAW: 5,
      INFLATERAW: 6,
      UNZIP: 7,
      BROTLI_DECODE: 8,
      BROTLI_ENCODE: 9,
      Z_MIN_WINDOWBITS: 8,
      Z_MAX_WINDOWBITS: 15,
      Z_DEFAULT_WINDOWBITS: 15,
      Z_MIN_CHUNK: 64,
      Z_MAX_CHUNK: Infinity,
      Z_DEFAULT_CHUNK: 16384,
      Z_MIN_MEMLEVEL: 1,
      Z_MAX_MEMLEVEL: 9,
      Z_DEFAULT_MEMLEVEL: 8,
      Z_MIN_LEVEL: -1,
      Z_MAX_LEVEL: 9,
      Z_DEFAULT_LEVEL: -1,
      BROTLI_OPERATION_PROCESS: 0,
      BROTLI_OPERATION_FLUSH: 1,
      BROTLI_OPERATION_FINISH: 2,
      BROTLI_OPERATION_EMIT_METADATA: 3,
      BROTLI_MODE_GENERIC: 0,
      BROTLI_MODE_TEXT: 1,
      BROTLI_MODE_FONT: 2,
      BROTLI_DEFAULT_MODE: 0,
      BROTLI_MIN_QUALITY: 0,
      BROTLI_MAX_QUALITY: 11,
      BROTLI_DEFAULT_QUALITY: 11,
      BROTLI_MIN_WINDOW_BITS: 10,
      BROTLI_MAX_WINDOW_BITS: 24,
      BROTLI_LARGE_MAX_WINDOW_BITS: 30,
      BROTLI_DEFAULT_WINDOW: 22,
      BROTLI_MIN_INPUT_BLOCK_BITS: 16,
      BROTLI_MAX_INPUT_BLOCK_BITS: 24,
      BROTLI_PARAM_MODE: 0,
      BROTLI_PARAM_QUALITY: 1,
      BROTLI_PARAM_LGWIN: 2,
      BROTLI_PARAM_LGBLOCK: 3,
      BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4,
      BROTLI_PARAM_SIZE_HINT: 5,
      BROTLI_PARAM_LARGE_WINDOW: 6,
      BROTLI_PARAM_NPOSTFIX: 7,
      BROTLI_PARAM_NDIRECT: 8,
      BROTLI_DECODER_RESULT_ERROR: 0,
      BROTLI_DECODER_RESULT_SUCCESS: 1,
      BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2,
      BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
      BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
      BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
      BROTLI_DECODER_NO_ERROR: 0,
      BROTLI_DECODER_SUCCESS: 1,
      BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
      BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
      BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1,
      BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
      BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
      BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
      BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5,
      BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
      BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7,
      BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
      BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9,
      BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
      BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11,
      BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
      BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13,
      BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
      BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15,
      BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
      BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19,
      BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
      BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21,
      BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
      BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25,
      BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
      BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27,
      BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
      BROTLI_DECODER_ERROR_UNREACHABLE: -31
    }, realZlibConstants));
  }
});

// node_modules/minizlib/dist/esm/index.js
import assert from "assert";
import { Buffer as Buffer2 } from "buffer";
import * as realZlib2 from "zlib";
var OriginalBufferConcat, desc, noop, passthroughBufferConcat, _superWrite, ZlibError, _flushFlag, ZlibBase, Zlib, Gzip, Unzip, Brotli, BrotliDecompress, Zstd, ZstdDecompress;
var init_esm2 = __esm({
  "node_modules/minizlib/dist/esm/index.js"() {
    init_esm();
    init_constants();
    init_constants();
    OriginalBufferConcat = Buffer2.concat;
    desc = Object.getOwnPropertyDescriptor(Buffer2, "concat");
    noop = (args) => args;
    passthroughBufferConcat = desc?.writable === true || desc?.set !== void 0 ? (makeNoOp) => {
      Buffer2.concat = makeNoOp ? noop : OriginalBufferConcat;
    } : (_) => {
    };
    _superWrite = /* @__PURE__ */ Symbol("_superWrite");
    ZlibError = class extends Error {
      code;
      errno;
      constructor(err, origin) {
        super("zlib: " + err.message, { cause: err });
        this.code = err.code;
        this.errno = err.errno;
        if (!this.code)
          this.code = "ZLIB_ERROR";
        this.message = "zlib: " + err.message;
        Error.captureStackTrace(this, origin ?? this.constructor);
      }
      get name() {
        return "ZlibError";
      }
    };
    _flushFlag = /* @__PURE__ */ Symbol("flushFlag");
    ZlibBase = class extends Minipass {
      #sawError = false;
      #ended = false;
      #flushFlag;
      #finishFlushFlag;
      #fullFlushFlag;
      #handle;
      #onError;
      get sawError() {
        return this.#sawError;
      }
      get handle() {
        return this.#handle;
      }
      /* c8 ignore start */
      get flushFlag() {
        return this.#flushFlag;
      }
      /* c8 ignore stop */
      constructor(opts, mode) {
        if (!opts || typeof opts !== "object")
          throw new TypeError("invalid options for ZlibBase constructor");
        super(opts);
        this.#flushFlag = opts.flush ?? 0;
        this.#finishFlushFlag = opts.finishFlush ?? 0;
        this.#fullFlushFlag = opts.fullFlushFlag ?? 0;
        if (typeof realZlib2[mode] !== "function") {
          throw new TypeError("Compression method not supported: " + mode);
        }
        try {
          this.#handle = new realZlib2[mode](opts);
        } catch (er) {
          throw new ZlibError(er, this.constructor);
        }
        this.#onError = (err) => {
          if (this.#sawError)
            return;
          this.#sawError = true;
          this.close();
          this.emit("error", err);
        };
        this.#handle?.on("error", (er) => this.#onError(new ZlibError(er)));
        this.once("end", () => this.close);
      }
      close() {
        if (this.#handle) {
          this.#handle.close();
          this.#handle = void 0;
          this.emit("close");
        }
      }
      reset() {
        if (!this.#sawError) {
          assert(this.#handle, "zlib binding closed");
          return this.#handle.reset?.();
        }
      }
      flush(flushFlag) {
        if (this.ended)
          return;
        if (typeof flushFlag !== "number")
          flushFlag = this.#fullFlushFlag;
        this.write(Object.assign(Buffer2.alloc(0), { [_flushFlag]: flushFlag }));
      }
      end(chunk, encoding, cb) {
        if (typeof chunk === "function") {
          cb = chunk;
          encoding = void 0;
          chunk = void 0;
        }
        if (typeof encoding === "function") {
          cb = encoding;
          encoding = void 0;
        }
        if (chunk) {
          if (encoding)
            this.write(chunk, encoding);
          else
            this.write(chunk);
        }
        this.flush(this.#finishFlushFlag);
        this.#ended = true;
        return super.end(cb);
      }
      get ended() {
        return this.#ended;
      }
      // overridden in the gzip classes to do portable writes
      [_superWrite](data) {
        return super.write(data);
      }
      write(chunk, encoding, cb) {
        if (typeof encoding === "function")
          cb = encoding, encoding = "utf8";
        if (typeof chunk === "string")
          chunk = Buffer2.from(chunk, encoding);
        if (this.#sawError)
          return;
        assert(this.#handle, "zlib binding closed");
        const nativeHandle = this.#handle._handle;
        const originalNativeClose = nativeHandle.close;
        nativeHandle.close = () => {
        };
        const originalClose = this.#handle.close;
        this.#handle.close = () => {
        };
        passthroughBufferConcat(true);
        let result = void 0;
        try {
          const flushFlag = typeof chunk[_flushFlag] === "number" ? chunk[_flushFlag] : this.#flushFlag;
          result = this.#handle._processChunk(chunk, flushFlag);
          passthroughBufferConcat(false);
        } catch (err) {
          passthroughBufferConcat(false);
          this.#onError(new ZlibError(err, this.write));
        } finally {
          if (this.#handle) {
            ;
            this.#handle._handle = nativeHandle;
            nativeHandle.close = originalNativeClose;
            this.#handle.close = originalClose;
            this.#handle.removeAllListeners("error");
          }
        }
        if (this.#handle)
          this.#handle.on("error", (er) => this.#onError(new ZlibError(er, this.write)));
        let writeReturn;
        if (result) {
          if (Array.isArray(result) && result.length > 0) {
            const r = result[0];
            writeReturn = this[_superWrite](Buffer2.from(r));
            for (let i = 1; i < result.length; i++) {
              writeReturn = this[_superWrite](result[i]);
            }
          } else {
            writeReturn = this[_superWrite](Buffer2.from(result));
          }
        }
        if (cb)
          cb();
        return writeReturn;
      }
    };
    Zlib = class extends ZlibBase {
      #level;
      #strategy;
      constructor(opts, mode) {
        opts = opts || {};
        opts.flush = opts.flush || constants2.Z_NO_FLUSH;
        opts.finishFlush = opts.finishFlush || constants2.Z_FINISH;
        opts.fullFlushFlag = constants2.Z_FULL_FLUSH;
        super(opts, mode);
        this.#level = opts.level;
        this.#strategy = opts.strategy;
      }
      params(level, strategy) {
        if (this.sawError)
          return;
        if (!this.handle)
          throw new Error("cannot switch params when binding is closed");
        if (!this.handle.params)
          throw new Error("not supported in this implementation");
        if (this.#level !== level || this.#strategy !== strategy) {
          this.flush(constants2.Z_SYNC_FLUSH);
          assert(this.handle, "zlib binding closed");
          const origFlush = this.handle.flush;
          this.handle.flush = (flushFlag, cb) => {
            if (typeof flushFlag === "function") {
              cb = flushFlag;
              flushFlag = this.flushFlag;
            }
            this.flush(flushFlag);
            cb?.();
          };
          try {
            ;
            this.handle.params(level, strategy);
          } finally {
            this.handle.flush = origFlush;
          }
          if (this.handle) {
            this.#level = level;
            this.#strategy = strategy;
          }
        }
      }
    };
    Gzip = class extends Zlib {
      #portable;
      constructor(opts) {
        super(opts, "Gzip");
        this.#portable = opts && !!opts.portable;
      }
      [_superWrite](data) {
        if (!this.#portable)
          return super[_superWrite](data);
        this.#portable = false;
        data[9] = 255;
        return super[_superWrite](data);
      }
    };
    Unzip = class extends Zlib {
      constructor(opts) {
        super(opts, "Unzip");
      }
    };
    Brotli = class extends ZlibBase {
      constructor(opts, mode) {
        opts = opts || {};
        opts.flush = opts.flush || constants2.BROTLI_OPERATION_PROCESS;
        opts.finishFlush = opts.finishFlush || constants2.BROTLI_OPERATION_FINISH;
        opts.fullFlushFlag = constants2.BROTLI_OPERATION_FLUSH;
        super(opts, mode);
      }
    };
    BrotliDecompress = class extends Brotli {
      constructor(opts) {
        super(opts, "BrotliDecompress");
      }
    };
    Zstd = class extends ZlibBase {
      constructor(opts, mode) {
        opts = opts || {};
        opts.flush = opts.flush || constants2.ZSTD_e_continue;
        opts.finishFlush = opts.finishFlush || constants2.ZSTD_e_end;
        opts.fullFlushFlag = constants2.ZSTD_e_flush;
        super(opts, mode);
      }
    };
    ZstdDecompress = class extends Zstd {
      constructor(opts) {
        super(opts, "ZstdDecompress");
      }
    };
  }
});

// node_modules/tar/dist/esm/large-numbers.js
var encode, encodePositive, encodeNegative, parse, twos, pos, onesComp, twosComp;
var init_large_numbers = __esm({
  "node_modules/tar/dist/esm/large-numbers.js"() {
    encode = (num, buf) => {
      if (!Number.isSafeInteger(num)) {
        throw Error("cannot encode number outside of javascript safe integer range");
      } else if (num < 0) {
        encodeNegative(num, buf);
      } else {
        encodePositive(num, buf);
      }
      return buf;
    };
    encodePositive = (num, buf) => {
      buf[0] = 128;
      for (var i = buf.length; i > 1; i--) {
        buf[i - 1] = num & 255;
        num = Math.floor(num / 256);
      }
    };
    encodeNegative = (num, buf) => {
      buf[0] = 255;
      var flipped = false;
      num = num * -1;
      for (var i = buf.length; i > 1; i--) {
        var byte = num & 255;
        num = Math.floor(num / 256);
        if (flipped) {
          buf[i - 1] = onesComp(byte);
        } else if (byte === 0) {
          buf[i - 1] = 0;
        } else {
          flipped = true;
          buf[i - 1] = twosComp(byte);
        }
      }
    };
    parse = (buf) => {
      const pre = buf[0];
      const value = pre === 128 ? pos(buf.subarray(1, buf.length)) : pre === 255 ? twos(buf) : null;
      if (value === null) {
        throw Error("invalid base256 encoding");
      }
      if (!Number.isSafeInteger(value)) {
        throw Error("parsed number outside of javascript safe integer range");
      }
      return value;
    };
    twos = (buf) => {
      var len = buf.length;
      var sum = 0;
      var flipped = false;
      for (var i = len - 1; i > -1; i--) {
        var byte = Number(buf[i]);
        var f;
        if (flipped) {
          f = onesComp(byte);
        } else if (byte === 0) {
          f = byte;
        } else {
          flipped = true;
          f = twosComp(byte);
        }
        if (f !== 0) {
          sum -= f * Math.pow(256, len - i - 1);
        }
      }
      return sum;
    };
    pos = (buf) => {
      var len = buf.length;
      var sum = 0;
      for (var i = len - 1; i > -1; i--) {
        var byte = Number(buf[i]);
        if (byte !== 0) {
          sum += byte * Math.pow(256, len - i - 1);
        }
      }
      return sum;
    };
    onesComp = (byte) => (255 ^ byte) & 255;
    twosComp = (byte) => (255 ^ byte) + 1 & 255;
  }
});

// node_modules/tar/dist/esm/types.js
var isCode, normalFsTypes, name, code2;
var init_types2 = __esm({
  "node_modules/tar/dist/esm/types.js"() {
    isCode = (c) => name.has(c);
    normalFsTypes = /* @__PURE__ */ new Set([
      "0",
      "",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "D"
    ]);
    name = /* @__PURE__ */ new Map([
      ["0", "File"],
      // same as File
      ["", "OldFile"],
      ["1", "Link"],
      ["2", "SymbolicLink"],
      // Devices and FIFOs aren't fully supported
      // they are parsed, but skipped when unpacking
      ["3", "CharacterDevice"],
      ["4", "BlockDevice"],
      ["5", "Directory"],
      ["6", "FIFO"],
      // same as File
      ["7", "ContiguousFile"],
      // pax headers
      ["g", "GlobalExtendedHeader"],
      ["x", "ExtendedHeader"],
      // vendor-specific stuff
      // skip
      ["A", "SolarisACL"],
      // like 5, but with data, which should be skipped
      ["D", "GNUDumpDir"],
      // metadata only, skip
      ["I", "Inode"],
      // data = link path of next file
      ["K", "NextFileHasLongLinkpath"],
      // data = path of next file
      ["L", "NextFileHasLongPath"],
      // skip
      ["M", "ContinuationFile"],
      // like L
      ["N", "OldGnuLongPath"],
      // skip
      ["S", "SparseFile"],
      // skip
      ["V", "TapeVolumeHeader"],
      // like x
      ["X", "OldExtendedHeader"]
    ]);
    code2 = new Map(Array.from(name).map((kv) => [kv[1], kv[0]]));
  }
});

// node_modules/tar/dist/esm/header.js
import { posix as pathModule } from "node:path";
var notNegative, Header, splitPrefix, decString, decDate, numToDate, decNumber, nanUndef, decSmallNumber, MAXNUM, encNumber, encSmallNumber, octalString, padOctal, encDate, NULLS, encString;
var init_header = __esm({
  "node_modules/tar/dist/esm/header.js"() {
    init_large_numbers();
    init_types2();
    notNegative = (n) => n === void 0 || n < 0 ? void 0 : n;
    Header = class {
      cksumValid = false;
      needPax = false;
      nullBlock = false;
      block;
      path;
      mode;
      uid;
      gid;
      size;
      cksum;
      #type = "Unsupported";
      linkpath;
      uname;
      gname;
      devmaj = 0;
      devmin = 0;
      atime;
      ctime;
      mtime;
      charset;
      comment;
      constructor(data, off = 0, ex, gex) {
        if (Buffer.isBuffer(data)) {
          this.decode(data, off || 0, ex, gex);
        } else if (data) {
          this.#slurp(data);
        }
      }
      decode(buf, off, ex, gex) {
        if (!off) {
          off = 0;
        }
        if (!buf || !(buf.length >= off + 512)) {
          throw new Error("need 512 bytes for header");
        }
        const t = decString(buf, off + 156, 1);
        const isNormalFS = normalFsTypes.has(t);
        const exForFields = isNormalFS ? ex : void 0;
        const gexForFields = isNormalFS ? gex : void 0;
        this.path = exForFields?.path ?? decString(buf, off, 100);
        this.mode = exForFields?.mode ?? gexForFields?.mode ?? decNumber(buf, off + 100, 8);
        this.uid = exForFields?.uid ?? gexForFields?.uid ?? decNumber(buf, off + 108, 8);
        this.gid = exForFields?.gid ?? gexForFields?.gid ?? decNumber(buf, off + 116, 8);
        this.size = notNegative(exForFields?.size ?? gexForFields?.size ?? decNumber(buf, off + 124, 12));
        this.mtime = exForFields?.mtime ?? gexForFields?.mtime ?? decDate(buf, off + 136, 12);
        this.cksum = decNumber(buf, off + 148, 12);
        if (gexForFields)
          this.#slurp(gexForFields, true);
        if (exForFields)
          this.#slurp(exForFields);
        if (isCode(t)) {
          this.#type = t || "0";
        }
        if (this.#type === "0" && this.path.slice(-1) === "/") {
          this.#type = "5";
        }
        if (this.#type === "5") {
          this.size = 0;
        }
        this.linkpath = decString(buf, off + 157, 100);
        if (buf.subarray(off + 257, off + 265).toString() === "ustar\x0000") {
          this.uname = exForFields?.uname ?? gexForFields?.uname ?? decString(buf, off + 265, 32);
          this.gname = exForFields?.gname ?? gexForFields?.gname ?? decString(buf, off + 297, 32);
          this.devmaj = exForFields?.devmaj ?? gexForFields?.devmaj ?? decNumber(buf, off + 329, 8) ?? 0;
          this.devmin = exForFields?.devmin ?? gexForFields?.devmin ?? decNumber(buf, off + 337, 8) ?? 0;
          if (buf[off + 475] !== 0) {
            const prefix = decString(buf, off + 345, 155);
            this.path = prefix + "/" + this.path;
          } else {
            const prefix = decString(buf, off + 345, 130);
            if (prefix) {
              this.path = prefix + "/" + this.path;
            }
            this.atime = ex?.atime ?? gex?.atime ?? decDate(buf, off + 476, 12);
            this.ctime = ex?.ctime ?? gex?.ctime ?? decDate(buf, off + 488, 12);
          }
        }
        let sum = 8 * 32;
        for (let i = off; i < off + 148; i++) {
          sum += buf[i];
        }
        for (let i = off + 156; i < off + 512; i++) {
          sum += buf[i];
        }
        this.cksumValid = sum === this.cksum;
        if (this.cksum === void 0 && sum === 8 * 32) {
          this.nullBlock = true;
        }
      }
      #slurp(ex, gex = false) {
        Object.assign(this, Object.fromEntries(Object.entries(ex).filter(([k, v]) => {
          return !(v === null || v === void 0 || k === "size" && Number(v) < 0 || k === "path" && gex || k === "linkpath" && gex || k === "global");
        })));
      }
      encode(buf, off = 0) {
        if (!buf) {
          buf = this.block = Buffer.alloc(512);
        }
        if (this.#type === "Unsupported") {
          this.#type = "0";
        }
        if (!(buf.length >= off + 512)) {
          throw new Error("need 512 bytes for header");
        }
        const prefixSize = this.ctime || this.atime ? 130 : 155;
        const split = splitPrefix(this.path || "", prefixSize);
        const path14 = split[0];
        const prefix = split[1];
        this.needPax = !!split[2];
        this.needPax = encString(buf, off, 100, path14) || this.needPax;
        this.needPax = encNumber(buf, off + 100, 8, this.mode) || this.needPax;
        this.needPax = encNumber(buf, off + 108, 8, this.uid) || this.needPax;
        this.needPax = encNumber(buf, off + 116, 8, this.gid) || this.needPax;
        this.needPax = encNumber(buf, off + 124, 12, this.size) || this.needPax;
        this.needPax = encDate(buf, off + 136, 12, this.mtime) || this.needPax;
        buf[off + 156] = Number(this.#type.codePointAt(0));
        this.needPax = encString(buf, off + 157, 100, this.linkpath) || this.needPax;
        buf.write("ustar\x0000", off + 257, 8);
        this.needPax = encString(buf, off + 265, 32, this.uname) || this.needPax;
        this.needPax = encString(buf, off + 297, 32, this.gname) || this.needPax;
        this.needPax = encNumber(buf, off + 329, 8, this.devmaj) || this.needPax;
        this.needPax = encNumber(buf, off + 337, 8, this.devmin) || this.needPax;
        this.needPax = encString(buf, off + 345, prefixSize, prefix) || this.needPax;
        if (buf[off + 475] !== 0) {
          this.needPax = encString(buf, off + 345, 155, prefix) || this.needPax;
        } else {
          this.needPax = encString(buf, off + 345, 130, prefix) || this.needPax;
          this.needPax = encDate(buf, off + 476, 12, this.atime) || this.needPax;
          this.needPax = encDate(buf, off + 488, 12, this.ctime) || this.needPax;
        }
        let sum = 8 * 32;
        for (let i = off; i < off + 148; i++) {
          sum += buf[i];
        }
        for (let i = off + 156; i < off + 512; i++) {
          sum += buf[i];
        }
        this.cksum = sum;
        encNumber(buf, off + 148, 8, this.cksum);
        this.cksumValid = true;
        return this.needPax;
      }
      get type() {
        return this.#type === "Unsupported" ? this.#type : name.get(this.#type);
      }
      get typeKey() {
        return this.#type;
      }
      set type(type) {
        const c = String(code2.get(type));
        if (isCode(c) || c === "Unsupported") {
          this.#type = c;
        } else if (isCode(type)) {
          this.#type = type;
        } else {
          throw new TypeError("invalid entry type: " + type);
        }
      }
    };
    splitPrefix = (p, prefixSize) => {
      const pathSize = 100;
      let pp = p;
      let prefix = "";
      let ret = void 0;
      const root = pathModule.parse(p).root || ".";
      if (Buffer.byteLength(pp) < pathSize) {
        ret = [pp, prefix, false];
      } else {
        prefix = pathModule.dirname(pp);
        pp = pathModule.basename(pp);
        do {
          if (Buffer.byteLength(pp) <= pathSize && Buffer.byteLength(prefix) <= prefixSize) {
            ret = [pp, prefix, false];
          } else if (Buffer.byteLength(pp) > pathSize && Buffer.byteLength(prefix) <= prefixSize) {
            ret = [pp.slice(0, pathSize - 1), prefix, true];
          } else {
            pp = pathModule.join(pathModule.basename(prefix), pp);
            prefix = pathModule.dirname(prefix);
          }
        } while (prefix !== root && ret === void 0);
        if (!ret) {
          ret = [p.slice(0, pathSize - 1), "", true];
        }
      }
      return ret;
    };
    decString = (buf, off, size) => buf.subarray(off, off + size).toString("utf8").replace(/\0.*/, "");
    decDate = (buf, off, size) => numToDate(decNumber(buf, off, size));
    numToDate = (num) => num === void 0 ? void 0 : new Date(num * 1e3);
    decNumber = (buf, off, size) => Number(buf[off]) & 128 ? parse(buf.subarray(off, off + size)) : decSmallNumber(buf, off, size);
    nanUndef = (value) => isNaN(value) ? void 0 : value;
    decSmallNumber = (buf, off, size) => nanUndef(parseInt(buf.subarray(off, off + size).toString("utf8").replace(/\0.*$/, "").trim(), 8));
    MAXNUM = {
      12: 8589934591,
      8: 2097151
    };
    encNumber = (buf, off, size, num) => num === void 0 ? false : num > MAXNUM[size] || num < 0 ? (encode(num, buf.subarray(off, off + size)), true) : (encSmallNumber(buf, off, size, num), false);
    encSmallNumber = (buf, off, size, num) => buf.write(octalString(num, size), off, size, "ascii");
    octalString = (num, size) => padOctal(Math.floor(num).toString(8), size);
    padOctal = (str, size) => (str.length === size - 1 ? str : new Array(size - str.length - 1).join("0") + str + " ") + "\0";
    encDate = (buf, off, size, date) => date === void 0 ? false : encNumber(buf, off, size, date.getTime() / 1e3);
    NULLS = new Array(156).join("\0");
    encString = (buf, off, size, str) => str === void 0 ? false : (buf.write(str + NULLS, off, size, "utf8"), str.length !== Buffer.byteLength(str) || str.length > size);
  }
});

// node_modules/tar/dist/esm/pax.js
import { basename } from "node:path";
var Pax, merge, parseKV, parseKVLine;
var init_pax = __esm({
  "node_modules/tar/dist/esm/pax.js"() {
    init_header();
    Pax = class _Pax {
      atime;
      mtime;
      ctime;
      charset;
      comment;
      gid;
      uid;
      gname;
      uname;
      linkpath;
      dev;
      ino;
      nlink;
      path;
      size;
      mode;
      global;
      constructor(obj, global = false) {
        this.atime = obj.atime;
        this.charset = obj.charset;
        this.comment = obj.comment;
        this.ctime = obj.ctime;
        this.dev = obj.dev;
        this.gid = obj.gid;
        this.global = global;
        this.gname = obj.gname;
        this.ino = obj.ino;
        this.linkpath = obj.linkpath;
        this.mtime = obj.mtime;
        this.nlink = obj.nlink;
        this.path = obj.path;
        this.size = obj.size;
        this.uid = obj.uid;
        this.uname = obj.uname;
      }
      encode() {
        const body = this.encodeBody();
        if (body === "") {
          return Buffer.allocUnsafe(0);
        }
        const bodyLen = Buffer.byteLength(body);
        const bufLen = 512 * Math.ceil(1 + bodyLen / 512);
        const buf = Buffer.allocUnsafe(bufLen);
        for (let i = 0; i < 512; i++) {
          buf[i] = 0;
        }
        new Header({
          // XXX split the path
          // then the path should be PaxHeader + basename, but less than 99,
          // prepend with the dirname
          /* c8 ignore start */
          path: ("PaxHeader/" + basename(this.path ?? "")).slice(0, 99),
          /* c8 ignore stop */
          mode: this.mode || 420,
          uid: this.uid,
          gid: this.gid,
          size: bodyLen,
          mtime: this.mtime,
          type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader",
          linkpath: "",
          uname: this.uname || "",
          gname: this.gname || "",
          devmaj: 0,
          devmin: 0,
          atime: this.atime,
          ctime: this.ctime
        }).encode(buf);
        buf.write(body, 512, bodyLen, "utf8");
        for (let i = bodyLen + 512; i < buf.length; i++) {
          buf[i] = 0;
        }
        return buf;
      }
      encodeBody() {
        return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
      }
      encodeField(field) {
        if (this[field] === void 0) {
          return "";
        }
        const r = this[field];
        const v = r instanceof Date ? r.getTime() / 1e3 : r;
        const s = " " + (field === "dev" || field === "ino" || field === "nlink" ? "SCHILY." : "") + field + "=" + v + "\n";
        const byteLen = Buffer.byteLength(s);
        let digits = Math.floor(Math.log(byteLen) / Math.log(10)) + 1;
        if (byteLen + digits >= Math.pow(10, digits)) {
          digits += 1;
        }
        const len = digits + byteLen;
        return len + s;
      }
      static parse(str, ex, g = false) {
        return new _Pax(merge(parseKV(str), ex), g);
      }
    };
    merge = (a, b) => b ? Object.assign({}, b, a) : a;
    parseKV = (str) => str.replace(/\n$/, "").split("\n").reduce(parseKVLine, /* @__PURE__ */ Object.create(null));
    parseKVLine = (set, line) => {
      const n = parseInt(line, 10);
      if (n !== Buffer.byteLength(line) + 1) {
        return set;
      }
      line = line.slice((n + " ").length);
      const kv = line.split("=");
      const r = kv.shift();
      if (!r) {
        return set;
      }
      const k = r.replace(/^SCHILY\.(dev|ino|nlink)/, "$1");
      const v = kv.join("=").replace(/\0.*/, "");
      switch (k) {
        case "path":
        case "linkpath":
        case "type":
        case "charset":
        case "comment":
        case "gname":
        case "uname":
          set[k] = v;
          break;
        case "ctime":
        case "atime":
        case "mtime":
          set[k] = new Date(Number(v) * 1e3);
          break;
        case "size":
          const s = +v;
          if (s >= 0)
            set[k] = s;
          break;
        case "gid":
        case "uid":
        case "dev":
        case "ino":
        case "nlink":
        case "mode":
          set[k] = +v;
          break;
      }
      return set;
    };
  }
});

// node_modules/tar/dist/esm/normalize-windows-path.js
var platform, normalizeWindowsPath;
var init_normalize_windows_path = __esm({
  "node_modules/tar/dist/esm/normalize-windows-path.js"() {
    platform = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
    normalizeWindowsPath = platform !== "win32" ? (p) => String(p) : (p) => String(p).replaceAll(/\\/g, "/");
  }
});

// node_modules/tar/dist/esm/read-entry.js
var ReadEntry;
var init_read_entry = __esm({
  "node_modules/tar/dist/esm/read-entry.js"() {
    init_esm();
    init_normalize_windows_path();
    ReadEntry = class extends Minipass {
      extended;
      globalExtended;
      header;
      startBlockSize;
      blockRemain;
      remain;
      type;
      meta = false;
      ignore = false;
      path;
      mode;
      uid;
      gid;
      uname;
      gname;
      size = 0;
      mtime;
      atime;
      ctime;
      linkpath;
      dev;
      ino;
      nlink;
      invalid = false;
      absolute;
      unsupported = false;
      constructor(header2, ex, gex) {
        super({});
        this.pause();
        this.extended = ex;
        this.globalExtended = gex;
        this.header = header2;
        this.remain = header2.size ?? 0;
        this.startBlockSize = 512 * Math.ceil(this.remain / 512);
        this.blockRemain = this.startBlockSize;
        this.type = header2.type;
        switch (this.type) {
          case "File":
          case "OldFile":
          case "Link":
          case "SymbolicLink":
          case "CharacterDevice":
          case "BlockDevice":
          case "Directory":
          case "FIFO":
          case "ContiguousFile":
          case "GNUDumpDir":
            break;
          case "NextFileHasLongLinkpath":
          case "NextFileHasLongPath":
          case "OldGnuLongPath":
          case "GlobalExtendedHeader":
          case "ExtendedHeader":
          case "OldExtendedHeader":
            this.meta = true;
            break;
          // NOTE: gnutar and bsdtar treat unrecognized types as 'File'
          // it may be worth doing the same, but with a warning.
          default:
            this.ignore = true;
        }
        if (!header2.path) {
          throw new Error("no path provided for tar.ReadEntry");
        }
        this.path = normalizeWindowsPath(header2.path);
        this.mode = header2.mode;
        if (this.mode) {
          this.mode = this.mode & 4095;
        }
        this.uid = header2.uid;
        this.gid = header2.gid;
        this.uname = header2.uname;
        this.gname = header2.gname;
        this.size = this.remain;
        this.mtime = header2.mtime;
        this.atime = header2.atime;
        this.ctime = header2.ctime;
        this.linkpath = header2.linkpath ? normalizeWindowsPath(header2.linkpath) : void 0;
        this.uname = header2.uname;
        this.gname = header2.gname;
        if (ex) {
          this.#slurp(ex);
        }
        if (gex) {
          this.#slurp(gex, true);
        }
      }
      write(data) {
        const writeLen = data.length;
        if (writeLen > this.blockRemain) {
          throw new Error("writing more to entry than is appropriate");
        }
        const r = this.remain;
        const br = this.blockRemain;
        this.remain = Math.max(0, r - writeLen);
        this.blockRemain = Math.max(0, br - writeLen);
        if (this.ignore) {
          return true;
        }
        if (r >= writeLen) {
          return super.write(data);
        }
        return super.write(data.subarray(0, r));
      }
      #slurp(ex, gex = false) {
        if (ex.path)
          ex.path = normalizeWindowsPath(ex.path);
        if (ex.linkpath)
          ex.linkpath = normalizeWindowsPath(ex.linkpath);
        Object.assign(this, Object.fromEntries(Object.entries(ex).filter(([k, v]) => {
          return !(v === null || v === void 0 || k === "path" && gex);
        })));
      }
    };
  }
});

// node_modules/tar/dist/esm/warn-method.js
var warnMethod;
var init_warn_method = __esm({
  "node_modules/tar/dist/esm/warn-method.js"() {
    warnMethod = (self, code3, message, data = {}) => {
      if (self.file) {
        data.file = self.file;
      }
      if (self.cwd) {
        data.cwd = self.cwd;
      }
      data.code = message instanceof Error && message.code || code3;
      data.tarCode = code3;
      if (!self.strict && data.recoverable !== false) {
        if (message instanceof Error) {
          data = Object.assign(message, data);
          message = message.message;
        }
        self.emit("warn", code3, message, data);
      } else if (message instanceof Error) {
        self.emit("error", Object.assign(message, data));
      } else {
        self.emit("error", Object.assign(new Error(`${code3}: ${message}`), data));
      }
    };
  }
});

// node_modules/tar/dist/esm/parse.js
import { EventEmitter as EE } from "events";
var maxMetaEntrySize, gzipHeader2, zstdHeader, ZIP_HEADER_LEN, STATE, WRITEENTRY, READENTRY, NEXTENTRY, PROCESSENTRY, EX, GEX, META, EMITMETA, BUFFER2, QUEUE, ENDED, EMITTEDEND, EMIT, UNZIP, CONSUMECHUNK, CONSUMECHUNKSUB, CONSUMEBODY, CONSUMEMETA, CONSUMEHEADER, CONSUMING, BUFFERCONCAT, MAYBEEND, WRITING, ABORTED2, DONE2, SAW_VALID_ENTRY, SAW_NULL_BLOCK, SAW_EOF, CLOSESTREAM, MAX_DECOMPRESSION_RATIO, COMPRESSEDBYTESREAD, DECOMPRESSEDBYTESREAD, CHECKDECOMPRESSIONRATIO, noop2, Parser;
var init_parse = __esm({
  "node_modules/tar/dist/esm/parse.js"() {
    init_esm2();
    init_header();
    init_pax();
    init_read_entry();
    init_warn_method();
    maxMetaEntrySize = 1024 * 1024;
    gzipHeader2 = Buffer.from([31, 139]);
    zstdHeader = Buffer.from([40, 181, 47, 253]);
    ZIP_HEADER_LEN = Math.max(gzipHeader2.length, zstdHeader.length);
    STATE = /* @__PURE__ */ Symbol("state");
    WRITEENTRY = /* @__PURE__ */ Symbol("writeEntry");
    READENTRY = /* @__PURE__ */ Symbol("readEntry");
    NEXTENTRY = /* @__PURE__ */ Symbol("nextEntry");
    PROCESSENTRY = /* @__PURE__ */ Symbol("processEntry");
    EX = /* @__PURE__ */ Symbol("extendedHeader");
    GEX = /* @__PURE__ */ Symbol("globalExtendedHeader");
    META = /* @__PURE__ */ Symbol("meta");
    EMITMETA = /* @__PURE__ */ Symbol("emitMeta");
    BUFFER2 = /* @__PURE__ */ Symbol("buffer");
    QUEUE = /* @__PURE__ */ Symbol("queue");
    ENDED = /* @__PURE__ */ Symbol("ended");
    EMITTEDEND = /* @__PURE__ */ Symbol("emittedEnd");
    EMIT = /* @__PURE__ */ Symbol("emit");
    UNZIP = /* @__PURE__ */ Symbol("unzip");
    CONSUMECHUNK = /* @__PURE__ */ Symbol("consumeChunk");
    CONSUMECHUNKSUB = /* @__PURE__ */ Symbol("consumeChunkSub");
    CONSUMEBODY = /* @__PURE__ */ Symbol("consumeBody");
    CONSUMEMETA = /* @__PURE__ */ Symbol("consumeMeta");
    CONSUMEHEADER = /* @__PURE__ */ Symbol("consumeHeader");
    CONSUMING = /* @__PURE__ */ Symbol("consuming");
    BUFFERCONCAT = /* @__PURE__ */ Symbol("bufferConcat");
    MAYBEEND = /* @__PURE__ */ Symbol("maybeEnd");
    WRITING = /* @__PURE__ */ Symbol("writing");
    ABORTED2 = /* @__PURE__ */ Symbol("aborted");
    DONE2 = /* @__PURE__ */ Symbol("onDone");
    SAW_VALID_ENTRY = /* @__PURE__ */ Symbol("sawValidEntry");
    SAW_NULL_BLOCK = /* @__PURE__ */ Symbol("sawNullBlock");
    SAW_EOF = /* @__PURE__ */ Symbol("sawEOF");
    CLOSESTREAM = /* @__PURE__ */ Symbol("closeStream");
    MAX_DECOMPRESSION_RATIO = 1e3;
    COMPRESSEDBYTESREAD = /* @__PURE__ */ Symbol("compressedBytesRead");
    DECOMPRESSEDBYTESREAD = /* @__PURE__ */ Symbol("decompressedBytesRead");
    CHECKDECOMPRESSIONRATIO = /* @__PURE__ */ Symbol("checkDecompressionRatio");
    noop2 = () => true;
    Parser = class extends EE {
      file;
      strict;
      maxMetaEntrySize;
      filter;
      brotli;
      zstd;
      maxDecompressionRatio;
      writable = true;
      readable = false;
      [QUEUE] = [];
      [BUFFER2];
      [READENTRY];
      [WRITEENTRY];
      [STATE] = "begin";
      [META] = "";
      [EX];
      [GEX];
      [ENDED] = false;
      [UNZIP];
      [ABORTED2] = false;
      [SAW_VALID_ENTRY];
      [SAW_NULL_BLOCK] = false;
      [SAW_EOF] = false;
      [WRITING] = false;
      [CONSUMING] = false;
      [EMITTEDEND] = false;
      [COMPRESSEDBYTESREAD] = 0;
      [DECOMPRESSEDBYTESREAD] = 0;
      constructor(opt = {}) {
        super();
        this.file = opt.file || "";
        this.on(DONE2, () => {
          if (this[STATE] === "begin" || this[SAW_VALID_ENTRY] === false) {
            this.warn("TAR_BAD_ARCHIVE", "Unrecognized archive format");
          }
        });
        if (opt.ondone) {
          this.on(DONE2, opt.ondone);
        } else {
          this.on(DONE2, () => {
            this.emit("prefinish");
            this.emit("finish");
            this.emit("end");
          });
        }
        this.strict = !!opt.strict;
        this.maxDecompressionRatio = typeof opt.maxDecompressionRatio === "number" ? opt.maxDecompressionRatio : MAX_DECOMPRESSION_RATIO;
        this.maxMetaEntrySize = opt.maxMetaEntrySize || maxMetaEntrySize;
        this.filter = typeof opt.filter === "function" ? opt.filter : noop2;
        const isTBR = opt.file && (opt.file.endsWith(".tar.br") || opt.file.endsWith(".tbr"));
        this.brotli = !(opt.gzip || opt.zstd) && opt.brotli !== void 0 ? opt.brotli : isTBR ? void 0 : false;
        const isTZST = opt.file && (opt.file.endsWith(".tar.zst") || opt.file.endsWith(".tzst"));
        this.zstd = !(opt.gzip || opt.brotli) && opt.zstd !== void 0 ? opt.zstd : isTZST ? true : void 0;
        this.on("end", () => this[CLOSESTREAM]());
        if (typeof opt.onwarn === "function") {
          this.on("warn", opt.onwarn);
        }
        if (typeof opt.onReadEntry === "function") {
          this.on("entry", opt.onReadEntry);
        }
      }
      warn(code3, message, data = {}) {
        warnMethod(this, code3, message, data);
      }
      [CONSUMEHEADER](chunk, position) {
        if (this[SAW_VALID_ENTRY] === void 0) {
          this[SAW_VALID_ENTRY] = false;
        }
        let header2;
        try {
          header2 = new Header(chunk, position, this[EX], this[GEX]);
        } catch (er) {
          return this.warn("TAR_ENTRY_INVALID", er);
        }
        if (header2.nullBlock) {
          if (this[SAW_NULL_BLOCK]) {
            this[SAW_EOF] = true;
            if (this[STATE] === "begin") {
              this[STATE] = "header";
            }
            this[EMIT]("eof");
          } else {
            this[SAW_NULL_BLOCK] = true;
            this[EMIT]("nullBlock");
          }
        } else {
          this[SAW_NULL_BLOCK] = false;
          if (!header2.cksumValid) {
            this.warn("TAR_ENTRY_INVALID", "checksum failure", { header: header2 });
          } else if (!header2.path) {
            this.warn("TAR_ENTRY_INVALID", "path is required", { header: header2 });
          } else {
            const type = header2.type;
            if (/^(Symbolic)?Link$/.test(type) && !header2.linkpath) {
              this.warn("TAR_ENTRY_INVALID", "linkpath required", {
                header: header2
              });
            } else if (!/^(Symbolic)?Link$/.test(type) && !/^(Global)?ExtendedHeader$/.test(type) && header2.linkpath) {
              this.warn("TAR_ENTRY_INVALID", "linkpath forbidden", {
                header: header2
              });
            } else {
              const entry = this[WRITEENTRY] = new ReadEntry(header2, this[EX], this[GEX]);
              if (!this[SAW_VALID_ENTRY]) {
                if (entry.remain) {
                  const onend = () => {
                    if (!entry.invalid) {
                      this[SAW_VALID_ENTRY] = true;
                    }
                  };
                  entry.on("end", onend);
                } else {
                  this[SAW_VALID_ENTRY] = true;
                }
              }
              if (entry.meta) {
                if (entry.size > this.maxMetaEntrySize) {
                  entry.ignore = true;
                  this[EMIT]("ignoredEntry", entry);
                  this[STATE] = "ignore";
                  entry.resume();
                } else if (entry.size > 0) {
                  this[META] = "";
                  entry.on("data", (c) => this[META] += c);
                  this[STATE] = "meta";
                }
              } else {
                this[EX] = void 0;
                entry.ignore = entry.ignore || !this.filter(entry.path, entry);
                if (entry.ignore) {
                  this[EMIT]("ignoredEntry", entry);
                  this[STATE] = entry.remain ? "ignore" : "header";
                  entry.resume();
                } else {
                  if (entry.remain) {
                    this[STATE] = "body";
                  } else {
                    this[STATE] = "header";
                    entry.end();
                  }
                  if (!this[READENTRY]) {
                    this[QUEUE].push(entry);
                    this[NEXTENTRY]();
                  } else {
                    this[QUEUE].push(entry);
                  }
                }
              }
            }
          }
        }
      }
      [CLOSESTREAM]() {
        queueMicrotask(() => this.emit("close"));
      }
      [PROCESSENTRY](entry) {
        let go = true;
        if (!entry) {
          this[READENTRY] = void 0;
          go = false;
        } else if (Array.isArray(entry)) {
          const [ev, ...args] = entry;
          this.emit(ev, ...args);
        } else {
          this[READENTRY] = entry;
          this.emit("entry", entry);
          if (!entry.emittedEnd) {
            entry.on("end", () => this[NEXTENTRY]());
            go = false;
          }
        }
        return go;
      }
      [NEXTENTRY]() {
        do {
        } while (this[PROCESSENTRY](this[QUEUE].shift()));
        if (this[QUEUE].length === 0) {
          const re = this[READENTRY];
          const drainNow = !re || re.flowing || re.size === re.remain;
          if (drainNow) {
            if (!this[WRITING]) {
              this.emit("drain");
            }
          } else {
            re.once("drain", () => this.emit("drain"));
          }
        }
      }
      [CONSUMEBODY](chunk, position) {
        const entry = this[WRITEENTRY];
        if (!entry) {
          throw new Error("attempt to consume body without entry??");
        }
        const br = entry.blockRemain ?? 0;
        const c = br >= chunk.length && position === 0 ? chunk : chunk.subarray(position, position + br);
        entry.write(c);
        if (!entry.blockRemain) {
          this[STATE] = "header";
          this[WRITEENTRY] = void 0;
          entry.end();
        }
        return c.length;
      }
      [CONSUMEMETA](chunk, position) {
        const entry = this[WRITEENTRY];
        const ret = this[CONSUMEBODY](chunk, position);
        if (!this[WRITEENTRY] && entry) {
          this[EMITMETA](entry);
        }
        return ret;
      }
      [EMIT](ev, data, extra) {
        if (this[QUEUE].length === 0 && !this[READENTRY]) {
          this.emit(ev, data, extra);
        } else {
          this[QUEUE].push([ev, data, extra]);
        }
      }
      [EMITMETA](entry) {
        this[EMIT]("meta", this[META]);
        switch (entry.type) {
          case "ExtendedHeader":
          case "OldExtendedHeader":
            this[EX] = Pax.parse(this[META], this[EX], false);
            break;
          case "GlobalExtendedHeader":
            this[GEX] = Pax.parse(this[META], this[GEX], true);
            break;
          case "NextFileHasLongPath":
          case "OldGnuLongPath": {
            const ex = this[EX] ?? /* @__PURE__ */ Object.create(null);
            this[EX] = ex;
            ex.path = this[META].replace(/\0.*/, "");
            break;
          }
          case "NextFileHasLongLinkpath": {
            const ex = this[EX] || /* @__PURE__ */ Object.create(null);
            this[EX] = ex;
            ex.linkpath = this[META].replace(/\0.*/, "");
            break;
          }
          /* c8 ignore start */
          default:
            throw new Error("unknown meta: " + entry.type);
        }
      }
      abort(error) {
        if (this[ABORTED2]) {
          return;
        }
        if (this[UNZIP]) {
          const u = this[UNZIP];
          u.write = () => true;
          u.end = () => u;
          u.emit = () => false;
          u.destroy?.();
        }
        this[ABORTED2] = true;
        this.emit("abort", error);
        this.warn("TAR_ABORT", error, { recoverable: false });
      }
      [CHECKDECOMPRESSIONRATIO](chunk) {
        this[DECOMPRESSEDBYTESREAD] += chunk.length;
        const ratio = this[DECOMPRESSEDBYTESREAD] / this[COMPRESSEDBYTESREAD];
        if (ratio > this.maxDecompressionRatio) {
          this.abort(new Error(`max decompression ratio exceeded: ${ratio.toFixed(2)} > ${this.maxDecompressionRatio}`));
          return false;
        }
        return true;
      }
      write(chunk, encoding, cb) {
        if (typeof encoding === "function") {
          cb = encoding;
          encoding = void 0;
        }
        if (typeof chunk === "string") {
          chunk = Buffer.from(
            chunk,
            /* c8 ignore next */
            typeof encoding === "string" ? encoding : "utf8"
          );
        }
        if (this[ABORTED2]) {
          cb?.();
          return false;
        }
        const needSniff = this[UNZIP] === void 0 || this.brotli === void 0 && this[UNZIP] === false;
        if (needSniff && chunk) {
          if (this[BUFFER2]) {
            chunk = Buffer.concat([this[BUFFER2], chunk]);
            this[BUFFER2] = void 0;
          }
          if (chunk.length < ZIP_HEADER_LEN) {
            this[BUFFER2] = chunk;
            cb?.();
            return true;
          }
          for (let i = 0; this[UNZIP] === void 0 && i < gzipHeader2.length; i++) {
            if (chunk[i] !== gzipHeader2[i]) {
              this[UNZIP] = false;
            }
          }
          let isZstd = false;
          if (this[UNZIP] === false && this.zstd !== false) {
            isZstd = true;
            for (let i = 0; i < zstdHeader.length; i++) {
              if (chunk[i] !== zstdHeader[i]) {
                isZstd = false;
                break;
              }
            }
          }
          const maybeBrotli = this.brotli === void 0 && !isZstd;
          if (this[UNZIP] === false && maybeBrotli) {
            if (chunk.length < 512) {
              if (this[ENDED]) {
                this.brotli = true;
              } else {
                this[BUFFER2] = chunk;
                cb?.();
                return true;
              }
            } else {
              try {
                new Header(chunk.subarray(0, 512));
                this.brotli = false;
              } catch (_) {
                this.brotli = true;
              }
            }
          }
          if (this[UNZIP] === void 0 || this[UNZIP] === false && (this.brotli || isZstd)) {
            const ended = this[ENDED];
            this[ENDED] = false;
            this[UNZIP] = this[UNZIP] === void 0 ? new Unzip({}) : isZstd ? new ZstdDecompress({}) : new BrotliDecompress({});
            this[UNZIP].on("data", (chunk2) => {
              if (this[CHECKDECOMPRESSIONRATIO](chunk2)) {
                this[CONSUMECHUNK](chunk2);
              }
            });
            this[UNZIP].on("error", (er) => {
              if (!this[ABORTED2]) {
                this.abort(er);
              }
            });
            this[UNZIP].on("end", () => {
              this[ENDED] = true;
              this[CONSUMECHUNK]();
            });
            this[WRITING] = true;
            this[COMPRESSEDBYTESREAD] += chunk.length;
            const ret2 = !!this[UNZIP][ended ? "end" : "write"](chunk);
            this[WRITING] = false;
            cb?.();
            return ret2;
          }
        }
        this[WRITING] = true;
        if (this[UNZIP]) {
          this[COMPRESSEDBYTESREAD] += chunk.length;
          this[UNZIP].write(chunk);
        } else {
          this[CONSUMECHUNK](chunk);
        }
        this[WRITING] = false;
        const ret = this[QUEUE].length > 0 ? false : this[READENTRY] ? this[READENTRY].flowing : true;
        if (!ret && this[QUEUE].length === 0) {
          this[READENTRY]?.once("drain", () => this.emit("drain"));
        }
        cb?.();
        return ret;
      }
      [BUFFERCONCAT](c) {
        if (c && !this[ABORTED2]) {
          this[BUFFER2] = this[BUFFER2] ? Buffer.concat([this[BUFFER2], c]) : c;
        }
      }
      [MAYBEEND]() {
        if (this[ENDED] && !this[EMITTEDEND] && !this[ABORTED2] && !this[CONSUMING]) {
          this[EMITTEDEND] = true;
          const entry = this[WRITEENTRY];
          if (entry?.blockRemain) {
            const have = this[BUFFER2] ? this[BUFFER2].length : 0;
            this.warn("TAR_BAD_ARCHIVE", `Truncated input (needed ${entry.blockRemain} more bytes, only ${have} available)`, { entry });
            if (this[BUFFER2]) {
              entry.write(this[BUFFER2]);
            }
            entry.end();
          }
          this[EMIT](DONE2);
        }
      }
      [CONSUMECHUNK](chunk) {
        if (this[CONSUMING] && chunk) {
          this[BUFFERCONCAT](chunk);
        } else if (!chunk && !this[BUFFER2]) {
          this[MAYBEEND]();
        } else if (chunk) {
          this[CONSUMING] = true;
          if (this[BUFFER2]) {
            this[BUFFERCONCAT](chunk);
            const c = this[BUFFER2];
            this[BUFFER2] = void 0;
            this[CONSUMECHUNKSUB](c);
          } else {
            this[CONSUMECHUNKSUB](chunk);
          }
          while (this[BUFFER2] && this[BUFFER2]?.length >= 512 && !this[ABORTED2] && !this[SAW_EOF]) {
            const c = this[BUFFER2];
            this[BUFFER2] = void 0;
            this[CONSUMECHUNKSUB](c);
          }
          this[CONSUMING] = false;
        }
        if (!this[BUFFER2] || this[ENDED]) {
          this[MAYBEEND]();
        }
      }
      [CONSUMECHUNKSUB](chunk) {
        let position = 0;
        const length = chunk.length;
        while (position + 512 <= length && !this[ABORTED2] && !this[SAW_EOF]) {
          switch (this[STATE]) {
            case "begin":
            case "header":
              this[CONSUMEHEADER](chunk, position);
              position += 512;
              break;
            case "ignore":
            case "body":
              position += this[CONSUMEBODY](chunk, position);
              break;
            case "meta":
              position += this[CONSUMEMETA](chunk, position);
              break;
            /* c8 ignore start */
            default:
              throw new Error("invalid state: " + this[STATE]);
          }
        }
        if (position < length) {
          this[BUFFER2] = this[BUFFER2] ? Buffer.concat([chunk.subarray(position), this[BUFFER2]]) : chunk.subarray(position);
        }
      }
      end(chunk, encoding, cb) {
        if (typeof chunk === "function") {
          cb = chunk;
          encoding = void 0;
          chunk = void 0;
        }
        if (typeof encoding === "function") {
          cb = encoding;
          encoding = void 0;
        }
        if (typeof chunk === "string") {
          chunk = Buffer.from(chunk, encoding);
        }
        if (cb)
          this.once("finish", cb);
        if (!this[ABORTED2]) {
          if (this[UNZIP]) {
            if (chunk) {
              this[COMPRESSEDBYTESREAD] += chunk.length;
              this[UNZIP].write(chunk);
            }
            this[UNZIP].end();
          } else {
            this[ENDED] = true;
            if (this.brotli === void 0 || this.zstd === void 0)
              chunk = chunk || Buffer.alloc(0);
            if (chunk)
              this.write(chunk);
            this[MAYBEEND]();
          }
        }
        return this;
      }
    };
  }
});

// src/pack/tar-meta.ts
function metaProblem(metas, entry) {
  if (entry.globalExtended) {
    return "comes after a global PAX header, which tar readers apply differently";
  }
  if (metas.length > 1) {
    return `has ${metas.length} extended headers (PAX or GNU long name), which tar readers combine differently`;
  }
  const meta = metas[0];
  if (meta === void 0) return void 0;
  const extended = entry.extended;
  if (extended && "global" in extended) return paxProblem(meta);
  const name2 = meta.replace(/\0+$/, "");
  if (name2.includes("\0")) return "has a GNU long name holding a NUL byte";
  return void 0;
}
function paxProblem(text) {
  let rest = text;
  while (rest.length > 0) {
    const match = /^(\d+) /.exec(rest);
    const newline = rest.indexOf("\n");
    if (!match || newline === -1) return "has a malformed PAX header";
    const record2 = rest.slice(0, newline + 1);
    if (Number(match[1]) !== Buffer.byteLength(record2)) {
      return "has a PAX record whose length is wrong";
    }
    const body = record2.slice(match[0].length, -1);
    const equals = body.indexOf("=");
    if (equals <= 0) return "has a malformed PAX record";
    const key = body.slice(0, equals);
    const value = body.slice(equals + 1);
    if (!PAX_KEYS.has(key) && !PAX_KEY_PREFIXES.some((prefix) => key.startsWith(prefix))) {
      return `has the PAX key '${key.replace(/[^\x20-\x7e]/g, "?")}', which this check does not accept (sparse files, volumes and the like extract differently)`;
    }
    if (value.includes("\0")) return `has a PAX ${key} holding a NUL byte`;
    if (key === "hdrcharset" && value !== UTF8_CHARSET) {
      return `has the PAX hdrcharset '${value}': its names are not UTF-8`;
    }
    rest = rest.slice(record2.length);
  }
  return void 0;
}
var PAX_KEYS, PAX_KEY_PREFIXES, UTF8_CHARSET;
var init_tar_meta = __esm({
  "src/pack/tar-meta.ts"() {
    "use strict";
    PAX_KEYS = /* @__PURE__ */ new Set([
      "path",
      "size",
      "mtime",
      "atime",
      "ctime",
      "uid",
      "gid",
      "uname",
      "gname",
      "mode",
      "comment",
      "charset",
      "hdrcharset",
      "SCHILY.dev",
      "SCHILY.ino",
      "SCHILY.nlink",
      "SCHILY.fflags",
      "LIBARCHIVE.creationtime"
    ]);
    PAX_KEY_PREFIXES = ["SCHILY.xattr.", "LIBARCHIVE.xattr.", "SCHILY.acl."];
    UTF8_CHARSET = "ISO-IR 10646 2000 UTF-8";
  }
});

// src/pack/scan.ts
import { createHash as createHash3 } from "node:crypto";
import { open } from "node:fs/promises";
import { once as once2 } from "node:events";
import { createGunzip } from "node:zlib";
async function scanArchive(file, display) {
  const scan = new ArchiveScan(display);
  const fileHash = createHash3("sha256");
  const gunzip = createGunzip({ chunkSize: INFLATE_CHUNK });
  gunzip.on("data", (chunk) => scan.write(chunk));
  const ended = once2(gunzip, "end");
  const failed = new Promise((_, reject) => gunzip.once("error", reject));
  ended.catch(() => void 0);
  failed.catch(() => void 0);
  const buffers = [Buffer.allocUnsafe(READ_CHUNK), Buffer.allocUnsafe(READ_CHUNK)];
  let inflating = Promise.resolve();
  let size = 0;
  let handle;
  try {
    handle = await open(file, "r");
    for (let turn = 0; ; turn ^= 1) {
      const buffer = buffers[turn];
      const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, size);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      fileHash.update(chunk);
      size += bytesRead;
      await inflating;
      scan.checkRatio(size);
      scan.throwIfFailed();
      const written2 = new Promise(
        (resolve3, reject) => gunzip.write(chunk, (err) => err ? reject(err) : resolve3())
      );
      inflating = Promise.race([written2, failed]);
      inflating.catch(() => void 0);
    }
    await inflating;
    gunzip.end();
    await ended;
    scan.end();
  } catch (err) {
    throw scan.error(err);
  } finally {
    await handle?.close();
    gunzip.destroy();
  }
  return { digest: `sha256:${fileHash.digest("hex")}`, size, ...scan.result() };
}
function typeProblem(entry) {
  switch (entry.type) {
    case "SymbolicLink":
      return `is a symbolic link (to '${displayName(entry.linkpath ?? "")}')`;
    case "Link":
      return `is a hard link (to '${displayName(entry.linkpath ?? "")}')`;
    case "CharacterDevice":
    case "BlockDevice":
      return "is a device";
    case "FIFO":
      return "is a FIFO";
    default:
      return `is of type ${entry.type}, not a regular file`;
  }
}
var KEPT_ENTRY_LIMITS, FILE_TYPES, FILE_ONLY_NAMES, READ_CHUNK, INFLATE_CHUNK, STAGING, MAX_INFLATE_RATIO, RATIO_GRACE, ArchiveScan;
var init_scan = __esm({
  "src/pack/scan.ts"() {
    "use strict";
    init_parse();
    init_names();
    init_tar_meta();
    init_types();
    KEPT_ENTRY_LIMITS = {
      MANIFEST: 16 << 20,
      "Pack.yaml": 1 << 20
    };
    FILE_TYPES = /* @__PURE__ */ new Set(["File", "OldFile", "ContiguousFile"]);
    FILE_ONLY_NAMES = /* @__PURE__ */ new Set([
      "MANIFEST",
      "Pack.yaml",
      "values.yaml",
      "values.schema.yaml",
      "values.schema.json",
      "schema.yaml",
      "schema.json"
    ]);
    READ_CHUNK = 128 << 10;
    INFLATE_CHUNK = 128 << 10;
    STAGING = 1 << 20;
    MAX_INFLATE_RATIO = 1e3;
    RATIO_GRACE = 1 << 20;
    ArchiveScan = class {
      constructor(display) {
        this.display = display;
        this.parser = new Parser({ strict: true });
        this.parser.on("entry", (entry) => this.guard(() => this.entry(entry)));
        this.parser.on("meta", (meta) => this.metas.push(meta));
        this.parser.on("ignoredEntry", (entry) => this.guard(() => this.ignored(entry)));
        this.parser.on("nullBlock", () => this.sawNullBlock = true);
        this.parser.on("eof", () => this.ended = true);
        this.parser.on("error", (err) => this.problem ??= err);
      }
      display;
      parser;
      files = /* @__PURE__ */ new Map();
      kept = /* @__PURE__ */ new Map();
      names = new EntryNames();
      directories = /* @__PURE__ */ new Map();
      first;
      metas = [];
      sawNullBlock = false;
      ended = false;
      staging = Buffer.allocUnsafe(STAGING);
      staged = 0;
      tarBytes = 0;
      entries = 0;
      problem;
      write(chunk) {
        this.tarBytes += chunk.length;
        for (let at = 0; at < chunk.length; ) {
          const n = chunk.copy(this.staging, this.staged, at);
          this.staged += n;
          at += n;
          if (this.staged === STAGING) this.feed(STAGING);
        }
        this.feed(this.staged - this.staged % 512);
      }
      /**
       * Parses the first `length` staged bytes (whole blocks) and keeps the rest. The parser holds
       * no view of them once write() returns: entries are consumed as they are written.
       */
      feed(length) {
        if (length === 0) return;
        if (!this.ended && this.problem === void 0)
          this.parser.write(this.staging.subarray(0, length));
        this.staging.copyWithin(0, length, this.staged);
        this.staged -= length;
      }
      end() {
        if (!this.ended && this.problem === void 0 && this.staged > 0) {
          this.parser.write(Buffer.from(this.staging.subarray(0, this.staged)));
        }
        this.parser.end();
        this.throwIfFailed();
        if (this.entries === 0) throw this.notTar();
      }
      /** Refuses an archive that inflates far beyond its size (node-tar's limit, 1000:1). */
      checkRatio(compressed) {
        if (this.tarBytes <= MAX_INFLATE_RATIO * Math.max(compressed, RATIO_GRACE)) return;
        this.problem ??= new PackError(
          `${this.display} inflates to more than ${MAX_INFLATE_RATIO} times its size`,
          { file: this.display, fix: "this is no pack archive; re-create it with `sherpack package`" }
        );
      }
      throwIfFailed() {
        if (this.problem !== void 0) throw this.problem;
      }
      result() {
        return { files: this.files, first: this.first, kept: this.kept };
      }
      guard(check) {
        try {
          check();
        } catch (err) {
          this.problem ??= err;
        }
      }
      /** A file entry is hashed; anything refused ends the scan, so its bytes are not needed. */
      entry(entry) {
        const metas = this.metas;
        this.metas = [];
        if (this.problem !== void 0) return;
        this.entries++;
        if (this.sawNullBlock) throw this.refuse(entry.path, "follows a lone zero block");
        this.first ??= entry.path;
        const problem = metaProblem(metas, entry);
        if (problem !== void 0) throw this.refuse(entry.path, problem);
        if (entry.type === "Directory") {
          entry.resume();
          return this.directory(entry.path);
        }
        if (!FILE_TYPES.has(entry.type)) throw this.refuse(entry.path, typeProblem(entry));
        const nameProblem = entryNameProblem(entry.path);
        if (nameProblem !== void 0)
          throw this.refuse(entry.path, this.withAlias(entry.path, nameProblem));
        const clash = this.clash(entry.path);
        if (clash !== void 0) throw this.refuse(entry.path, clash);
        this.hashEntry(entry);
      }
      directory(rawName) {
        const name2 = rawName.endsWith("/") ? rawName.slice(0, -1) : rawName;
        const problem = entryNameProblem(name2) ?? (FILE_ONLY_NAMES.has(name2) ? "is a directory where the pack has a file" : void 0) ?? (this.names.has(name2) ? "is a directory and also a file" : void 0);
        if (problem !== void 0) throw this.refuse(rawName, problem);
        this.directories.set(name2, rawName);
      }
      /** An unsafe name that an extractor would make into an earlier entry says so. */
      withAlias(name2, problem) {
        const normal = normalizedName(name2);
        return this.names.has(normal) ? `${problem}, so it is the same file as '${displayName(normal)}'` : problem;
      }
      clash(name2) {
        const dir = this.directories.get(name2);
        if (dir !== void 0) return `is a file and also the directory '${displayName(dir)}'`;
        return this.names.add(name2);
      }
      hashEntry(entry) {
        const name2 = entry.path;
        const limit = KEPT_ENTRY_LIMITS[name2];
        if (limit !== void 0 && entry.size > limit) {
          throw new PackError(
            `${this.display}: its ${name2} is ${entry.size} bytes, more than the ${limit} bytes a pack's ${name2} can reasonably be`,
            { file: this.display, fix: "re-create the archive with `sherpack package`" }
          );
        }
        const sha256 = createHash3("sha256");
        const pieces = [];
        let size = 0;
        entry.on("end", () => {
          this.files.set(name2, { sha256: sha256.digest("hex"), size });
          if (limit !== void 0) this.kept.set(name2, Buffer.concat(pieces, size));
        });
        entry.on("data", (piece) => {
          sha256.update(piece);
          size += piece.length;
          if (limit !== void 0) pieces.push(Buffer.from(piece));
        });
        entry.resume();
      }
      ignored(entry) {
        this.metas = [];
        this.entries++;
        const what = entry.meta ? `has an extended header of ${entry.size} bytes, more than node-tar reads` : `is of type ${entry.type}, which tar readers do not agree on (GNU sparse, multi-volume, \u2026)`;
        throw this.refuse(entry.path, what);
      }
      refuse(name2, problem) {
        return new PackError(`${this.display}: the entry '${displayName(name2)}' ${problem}`, {
          file: this.display,
          fix: "a pack archive holds only regular files with plain relative names, each once; re-create it with `sherpack package`"
        });
      }
      /** The error to report for a failure of the scan (`err`: what was thrown or emitted). */
      error(err) {
        const first = this.problem ?? err;
        if (first instanceof PackError) return first;
        const e = first;
        const detail = e.message ?? String(first);
        if (e.syscall) {
          return new PackError(`${this.display} could not be read (${detail})`, {
            file: this.display,
            cause: e
          });
        }
        if (/^Z_/.test(e.code ?? "") || e.errno !== void 0) {
          return new PackError(`${this.display} is not a valid gzip file (${detail})`, {
            file: this.display,
            fix: "it is damaged or truncated; re-create it with `sherpack package`",
            cause: e
          });
        }
        if (this.entries === 0) return this.notTar();
        const at = e.header?.path ? ` at the entry '${displayName(e.header.path)}'` : "";
        return new PackError(`${this.display} holds a damaged tar archive${at} (${detail})`, {
          file: this.display,
          fix: "re-create it with `sherpack package`",
          cause: e
        });
      }
      notTar() {
        return new PackError(`${this.display} is gzip-compressed but does not hold a tar archive`, {
          file: this.display,
          fix: "the pack path must name a .tar.gz made by `sherpack package`"
        });
      }
    };
  }
});

// src/pack/verify.ts
import { open as open2 } from "node:fs/promises";
import path5 from "node:path";
async function verifyPackArchive(file, display = file) {
  await requireGzip(file, display);
  const scanned = await scanArchive(file, display);
  const manifestBytes = scanned.kept.get("MANIFEST");
  if (!manifestBytes) {
    throw new PackError(
      `${display} has no MANIFEST entry, so it was not made by \`sherpack package\``,
      { file: display, fix: "point the pack path at the pack directory and let it be packaged" }
    );
  }
  if (scanned.first !== "MANIFEST") {
    throw new PackError(
      `${display}: its first entry is '${scanned.first}', not MANIFEST as \`sherpack package\` writes`,
      { file: display, fix: REMAKE }
    );
  }
  const packYaml = scanned.kept.get("Pack.yaml");
  if (!packYaml) {
    throw new PackError(`${display} has no Pack.yaml entry`, {
      file: display,
      fix: "a pack archive must hold Pack.yaml at its top level"
    });
  }
  const manifest = parseManifest(decodeManifest(manifestBytes, display), display);
  const parsed = parseArchivedPackYaml(packYaml, display);
  const { metadata } = parsed;
  if (manifest.name !== metadata.name || manifest.version !== metadata.version) {
    throw new PackError(
      `${display}: MANIFEST names ${manifest.name} ${manifest.version} but Pack.yaml says ${metadata.name} ${metadata.version}`,
      { file: display, fix: REMAKE }
    );
  }
  const files = checkAgainstManifest(scanned.files, manifest, display);
  return {
    metadata,
    created: manifest.created,
    digest: scanned.digest,
    size: scanned.size,
    files,
    manifestDigest: manifest.digest,
    manifestSha256: scanned.files.get("MANIFEST")?.sha256 ?? "",
    warnings: parsed.warnings.map((w) => ({ ...w, file: display, line: void 0 }))
  };
}
function decodeManifest(bytes, display) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new PackError(`${display}: its MANIFEST is not UTF-8 text`, {
      file: display,
      fix: REMAKE
    });
  }
}
function parseArchivedPackYaml(bytes, display) {
  try {
    return parsePackFile(bytes, `Pack.yaml in ${display}`);
  } catch (err) {
    if (err instanceof PackError) {
      throw new PackError(err.what, { file: display, fix: err.fix, cause: err });
    }
    throw err;
  }
}
function checkAgainstManifest(files, manifest, display) {
  const listed = /* @__PURE__ */ new Set();
  const checked = manifest.files.map((file) => {
    listed.add(file.path);
    const actual = files.get(file.path);
    if (actual === void 0) {
      throw new PackError(
        `${display}: MANIFEST lists '${file.path}' but the archive has no such file`,
        { file: display, fix: REMAKE }
      );
    }
    if (actual.sha256 !== file.sha256) {
      throw new PackError(
        `${display}: '${file.path}' does not match its MANIFEST checksum (MANIFEST sha256:${file.sha256}, archive sha256:${actual.sha256}); the archive was changed after packaging`,
        { file: display, fix: REMAKE }
      );
    }
    return { ...file, size: actual.size };
  });
  const expectedDigest = manifestDigest(manifest.files);
  if (expectedDigest !== manifest.digest) {
    throw new PackError(
      `${display}: MANIFEST [digest] sha256:${manifest.digest} does not match its [files] list (which gives sha256:${expectedDigest}); the MANIFEST was edited`,
      { file: display, fix: REMAKE }
    );
  }
  for (const name2 of files.keys()) {
    if (name2 !== "MANIFEST" && !listed.has(name2)) {
      throw new PackError(
        `${display}: '${name2}' is in the archive but not listed in its MANIFEST; files were added after packaging`,
        { file: display, fix: REMAKE }
      );
    }
  }
  return checked;
}
async function requireGzip(file, display) {
  let handle;
  try {
    handle = await open2(path5.resolve(file), "r");
  } catch (err) {
    if (errnoCode(err) === "ENOENT") {
      throw new PackError(`${display} does not exist`, { file: display, fix: "check the path" });
    }
    throw fileSystemError(err, display, "read");
  }
  try {
    const magic = Buffer.alloc(3);
    const { bytesRead } = await handle.read(magic, 0, 3, 0);
    if (bytesRead < 3 || magic[0] !== 31 || magic[1] !== 139 || magic[2] !== 8) {
      throw new PackError(`${display} is not a gzip file`, {
        file: display,
        fix: "the pack path must name a .tar.gz/.tgz made by `sherpack package`, or a pack directory"
      });
    }
  } finally {
    await handle.close();
  }
}
var REMAKE;
var init_verify = __esm({
  "src/pack/verify.ts"() {
    "use strict";
    init_fs_errors();
    init_manifest();
    init_packfile();
    init_scan();
    init_types();
    REMAKE = "re-create the archive with `sherpack package`";
  }
});

// src/pack/prebuilt.ts
var prebuilt_exports = {};
__export(prebuilt_exports, {
  readPrebuiltArchive: () => readPrebuiltArchive
});
import path6 from "node:path";
async function readPrebuiltArchive(archivePath, display) {
  const absolute = path6.resolve(archivePath);
  const verified = await verifyPackArchive(absolute, display);
  return {
    metadata: verified.metadata,
    archivePath: absolute,
    archiveFileName: path6.basename(absolute),
    archiveDigest: verified.digest,
    archiveSize: verified.size,
    created: verified.created,
    prebuilt: true,
    warnings: verified.warnings
  };
}
var init_prebuilt = __esm({
  "src/pack/prebuilt.ts"() {
    "use strict";
    init_verify();
  }
});

// src/pack/index.ts
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { rename, rm as rm2, stat } from "node:fs/promises";
import path7 from "node:path";
async function packagePack(opts) {
  const display = toDisplay(opts.path);
  let stats;
  try {
    stats = await stat(opts.path);
  } catch (err) {
    const code3 = errnoCode(err);
    if (code3 === "ENOENT" || code3 === "ENOTDIR") {
      throw new PackError(`path '${opts.path}' does not exist`, { option: "path", fix: PATH_FIX });
    }
    throw fileSystemError(err, display, "read");
  }
  if (stats.isDirectory()) return packageDirectory(opts, display);
  if (stats.isFile() && ARCHIVE_NAME.test(opts.path)) {
    const { readPrebuiltArchive: readPrebuiltArchive2 } = await Promise.resolve().then(() => (init_prebuilt(), prebuilt_exports));
    return readPrebuiltArchive2(opts.path, display);
  }
  const fix = path7.basename(opts.path) === "Pack.yaml" ? `point the pack path at the directory holding it, '${toDisplay(path7.dirname(opts.path))}'` : PATH_FIX;
  throw new PackError(`path '${opts.path}' is neither a pack directory nor a .tar.gz/.tgz`, {
    option: "path",
    fix
  });
}
async function packageDirectory(opts, display) {
  const created = formatCreated(opts.created);
  const selection = await selectPackFiles(opts.path, display);
  const packFile = path7.resolve(opts.path, "Pack.yaml");
  const shown = (name2) => display === "." ? name2 : `${display}/${name2}`;
  let packYaml;
  try {
    packYaml = readFileSync(packFile);
  } catch (err) {
    throw fileSystemError(err, shown("Pack.yaml"), "read");
  }
  const parsed = parsePackFile(packYaml, shown("Pack.yaml"));
  const { metadata } = parsed;
  const known = /* @__PURE__ */ new Map([["Pack.yaml", packYaml]]);
  const display_ = (file) => shown(file.name);
  const files = await readPackFiles(selection.files, known, display_);
  const manifest = buildManifest({
    name: metadata.name,
    version: metadata.version,
    created,
    files: files.map((file) => ({ path: file.name, sha256: file.sha256 }))
  });
  const archiveFileName = `${metadata.name}-${metadata.version}.tar.gz`;
  const written2 = await writeArchive(path7.resolve(opts.outDir), archiveFileName, async (writer) => {
    await writer.add("MANIFEST", manifest);
    await writePackFiles(files, writer, display_);
  });
  return {
    metadata,
    archivePath: written2.archivePath,
    archiveFileName,
    archiveDigest: written2.digest,
    archiveSize: written2.size,
    created,
    prebuilt: false,
    packFile,
    warnings: [...parsed.warnings, ...selection.warnings]
  };
}
async function writeArchive(outDir, fileName, fill) {
  const archivePath = path7.join(outDir, fileName);
  let createdDir;
  try {
    createdDir = mkdirSync(outDir, { recursive: true });
  } catch (err) {
    throw fileSystemError(err, outDir, "create");
  }
  const tempPath = path7.join(outDir, `.${fileName}.${randomBytes(6).toString("hex")}.tmp`);
  let writer;
  try {
    writer = new TarGzWriter(tempPath);
    await fill(writer);
    const { digest, size } = await writer.finish();
    await rename(tempPath, archivePath).catch((err) => {
      throw fileSystemError(err, archivePath, "create");
    });
    return { archivePath, digest, size };
  } catch (err) {
    await writer?.abort();
    await rm2(tempPath, { force: true });
    if (createdDir !== void 0) await removeCreatedDirs(outDir, createdDir);
    throw err;
  }
}
function toDisplay(p) {
  return path7.normalize(p).split(path7.sep).join("/").replace(/\/$/, "");
}
var ARCHIVE_NAME, PATH_FIX;
var init_pack = __esm({
  "src/pack/index.ts"() {
    "use strict";
    init_archive();
    init_contents();
    init_dirs();
    init_fs_errors();
    init_manifest();
    init_packfile();
    init_select();
    init_types();
    init_config();
    init_types();
    ARCHIVE_NAME = /\.(tar\.gz|tgz)$/i;
    PATH_FIX = "point the pack path at a pack directory holding Pack.yaml or at a .tar.gz/.tgz";
  }
});

// src/oci/descriptor.ts
import { createHash as createHash4 } from "node:crypto";
function sha256Digest(data) {
  return "sha256:" + createHash4("sha256").update(data).digest("hex");
}
function bufferBlob(mediaType, content) {
  return { descriptor: { mediaType, digest: sha256Digest(content), size: content.length }, content };
}
function buildImageManifest(config, layers, annotations) {
  const manifest = {
    schemaVersion: 2,
    mediaType: MediaType.manifest,
    config: orderedDescriptor(config),
    layers: layers.map(orderedDescriptor)
  };
  if (annotations && Object.keys(annotations).length > 0) {
    manifest.annotations = sortedRecord(annotations);
  }
  const bytes = Buffer.from(JSON.stringify(manifest));
  return { mediaType: MediaType.manifest, digest: sha256Digest(bytes), bytes };
}
function orderedDescriptor(d) {
  const out = { mediaType: d.mediaType, digest: d.digest, size: d.size };
  if (d.annotations && Object.keys(d.annotations).length > 0) {
    out.annotations = sortedRecord(d.annotations);
  }
  return out;
}
function sortedRecord(record2) {
  const out = {};
  for (const key of Object.keys(record2).sort()) out[key] = record2[key];
  return out;
}
var MediaType;
var init_descriptor = __esm({
  "src/oci/descriptor.ts"() {
    "use strict";
    MediaType = {
      manifest: "application/vnd.oci.image.manifest.v1+json",
      index: "application/vnd.oci.image.index.v1+json",
      packConfig: "application/vnd.cncf.helm.config.v1+json",
      packLayer: "application/vnd.cncf.helm.chart.content.v1.tar+gzip"
    };
  }
});

// src/core/artifact.ts
function buildPackArtifact(pack, annotations) {
  const config = bufferBlob(MediaType.packConfig, packConfigJson(pack.metadata));
  const layer = {
    descriptor: {
      mediaType: MediaType.packLayer,
      digest: pack.archiveDigest,
      size: pack.archiveSize,
      annotations: { "org.opencontainers.image.title": pack.archiveFileName }
    },
    path: pack.archivePath
  };
  const manifest = buildImageManifest(config.descriptor, [layer.descriptor], annotations);
  return { config, layer, manifest };
}
var init_artifact = __esm({
  "src/core/artifact.ts"() {
    "use strict";
    init_pack();
    init_descriptor();
  }
});

// src/core/created.ts
async function resolveCreatedTime(packDir, sourceDateEpoch, commitTime, now = () => /* @__PURE__ */ new Date()) {
  const epoch = sourceDateEpoch?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) {
      throw new UserError(
        `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, got '${epoch}'`,
        { fix: "set it to e.g. $(git log -1 --format=%ct), or unset it to use the commit's time" }
      );
    }
    return { date: new Date(Number(epoch) * 1e3), source: "SOURCE_DATE_EPOCH" };
  }
  const seconds = commitTime ? await commitTime(packDir) : void 0;
  if (seconds !== void 0) {
    return { date: new Date(seconds * 1e3), source: "commit time of HEAD" };
  }
  const current = now();
  current.setUTCMilliseconds(0);
  return {
    date: current,
    source: "current time",
    warning: `No reproducible time for the archive's created field: SOURCE_DATE_EPOCH is not set and ${packDir} is not in a git checkout whose commit time could be read, so the current time is used and the digest will change on every run. Set SOURCE_DATE_EPOCH (e.g. to $(git log -1 --format=%ct)), or package inside the git checkout.`
  };
}
var init_created = __esm({
  "src/core/created.ts"() {
    "use strict";
    init_errors();
  }
});

// src/core/package-one.ts
import { mkdtemp } from "node:fs/promises";
import path8 from "node:path";
async function packageOne(packPath, context) {
  const { request, deps, emit } = context;
  const absolute = path8.resolve(request.baseDir, packPath);
  const created = isArchivePath(packPath) ? void 0 : await resolveCreatedTime(absolute, request.sourceDateEpoch, deps.commitTime);
  if (created?.warning) emit({ type: "warning", message: created.warning });
  const outDir = await mkdtemp(path8.join(request.workDir, "pack-"));
  const pack = await packagePack({
    path: absolute,
    outDir,
    created: created?.date ?? /* @__PURE__ */ new Date(0)
  });
  for (const warning of pack.warnings) emit({ type: "warning", ...warning });
  const kind = pack.prebuilt ? "prebuilt archive" : `created ${pack.created} (${created?.source})`;
  emit({
    type: "info",
    message: `${pack.archiveFileName}: ${pack.archiveSize} bytes, ${pack.archiveDigest}, ${kind}`
  });
  const annotations = manifestAnnotations({
    metadata: pack.metadata,
    created: pack.created,
    context: request.source,
    user: request.annotations
  });
  const artifact = buildPackArtifact(pack, annotations);
  emit({
    type: "info",
    message: `Packaged ${pack.metadata.name} ${pack.metadata.version}: manifest ${artifact.manifest.digest}`
  });
  return { pack, artifact, createdSource: created?.source };
}
function isArchivePath(file) {
  return /\.(tar\.gz|tgz)$/i.test(file);
}
var init_package_one = __esm({
  "src/core/package-one.ts"() {
    "use strict";
    init_pack();
    init_annotations();
    init_artifact();
    init_created();
  }
});

// src/oci/challenge.ts
function parseChallenges(header2) {
  if (header2 === void 0) return [];
  const text = Array.isArray(header2) ? header2.filter((h) => typeof h === "string").join(", ") : header2;
  if (typeof text !== "string") return [];
  return new ChallengeScanner(text).parse();
}
var TCHAR, TOKEN68, ChallengeScanner;
var init_challenge = __esm({
  "src/oci/challenge.ts"() {
    "use strict";
    TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
    TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*/;
    ChallengeScanner = class {
      constructor(text) {
        this.text = text;
      }
      text;
      pos = 0;
      parse() {
        const challenges = [];
        let current;
        for (; ; ) {
          this.skipWhile(/[\s,]/);
          if (this.pos >= this.text.length) break;
          const name2 = this.token();
          if (name2 === "") {
            this.skipJunk();
            continue;
          }
          const afterName = this.pos;
          this.skipWhile(/[ \t]/);
          if (this.peek() === "=") {
            this.pos++;
            this.skipWhile(/[ \t]/);
            const value = this.value();
            const key = name2.toLowerCase();
            if (current && !Object.hasOwn(current.params, key)) {
              Object.defineProperty(current.params, key, {
                value,
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            continue;
          }
          this.pos = afterName;
          current = { scheme: name2.toLowerCase(), params: {} };
          challenges.push(current);
          this.token68Into(current);
        }
        return challenges;
      }
      /** After a scheme: `1*SP token68`, recognised only when a ',' or the end follows it. */
      token68Into(challenge) {
        const start = this.pos;
        this.skipWhile(/[ \t]/);
        if (this.pos === start) return;
        const match = TOKEN68.exec(this.text.slice(this.pos));
        if (match) {
          const end = this.pos + match[0].length;
          let next = end;
          while (next < this.text.length && /[ \t]/.test(this.text[next])) next++;
          if (next === this.text.length || this.text[next] === ",") {
            challenge.token68 = match[0];
            this.pos = next;
          }
        }
      }
      value() {
        if (this.peek() === '"') return this.quoted();
        const start = this.pos;
        while (this.pos < this.text.length && !/[\s,]/.test(this.text[this.pos])) this.pos++;
        return this.text.slice(start, this.pos);
      }
      quoted() {
        this.pos++;
        let out = "";
        while (this.pos < this.text.length) {
          const c = this.text[this.pos];
          this.pos++;
          if (c === '"') return out;
          if (c === "\\" && this.pos < this.text.length) {
            out += this.text[this.pos];
            this.pos++;
          } else {
            out += c;
          }
        }
        return out;
      }
      token() {
        const start = this.pos;
        while (this.pos < this.text.length && TCHAR.test(this.text[this.pos])) this.pos++;
        return this.text.slice(start, this.pos);
      }
      /** Skips to the next ',' outside quotes. */
      skipJunk() {
        while (this.pos < this.text.length && this.text[this.pos] !== ",") {
          if (this.text[this.pos] === '"') this.quoted();
          else this.pos++;
        }
      }
      skipWhile(pattern) {
        while (this.pos < this.text.length && pattern.test(this.text[this.pos])) this.pos++;
      }
      peek() {
        return this.text[this.pos];
      }
    };
  }
});

// src/oci/errors.ts
function redactUrl(url) {
  try {
    const u = new URL(url.toString());
    return `${u.protocol}//${u.host}${u.pathname}${u.search ? "?\u2026" : ""}`;
  } catch {
    return "<invalid URL>";
  }
}
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
function hintFor(status, host, codes) {
  const ghcr = isGhcr(host);
  const has = (code3) => codes.some((c) => c.code === code3);
  switch (status) {
    case 401:
      return {
        text: "The registry refused the credentials: check the user name and password (or the token), that they are for this registry, and that they have not expired.",
        details: { suggest: { option: "credentials" } }
      };
    case 403:
      if (ghcr) {
        return {
          text: "ghcr.io denied the push: give the job `permissions: packages: write`, and if the package already exists, grant this repository write access in the package's settings (Manage Actions access)."
        };
      }
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
  const has = (code3) => codes.some((c) => c.code === code3);
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
  if (has("TAG_INVALID") || has("MANIFEST_INVALID")) {
    return {
      text: "The registry rejected the manifest or tag. If tags are immutable in this repository (ECR, Harbor), this tag already holds other content: bump the version in Pack.yaml and push again (a push that may not move tags checks this before anything is written).",
      details: { suggest: { option: "overwrite", value: "false" } }
    };
  }
  return status >= 500 ? { text: "The registry had an internal error; try again later." } : void 0;
}
function httpError(method, url, status, body, what) {
  const u = new URL(url.toString());
  const codes = parseErrorCodes(body);
  const detail = codes.map((c) => c.message ? `${c.code}: ${c.message}` : c.code).join("; ");
  const hint = hintFor(status, u.hostname, codes);
  const shown = redactUrl(u);
  const message = `${what ? what + ": " : ""}${method} ${shown} answered ${status}` + (detail ? ` (${detail})` : "") + (hint ? `. ${hint.text}` : "");
  return new RegistryError(message, method, shown, status, codes, hint?.details);
}
var RegistryError;
var init_errors2 = __esm({
  "src/oci/errors.ts"() {
    "use strict";
    init_errors();
    init_hosts();
    RegistryError = class extends UserError {
      constructor(message, method, url, status, codes = [], details2 = {}) {
        super(message, details2);
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
  }
});

// src/oci/proxy.ts
function proxyFor(url, settings) {
  if (!settings || bypassesProxy(url, settings.noProxy)) return void 0;
  const secure = url.protocol === "https:";
  const value = secure ? settings.httpsProxy : settings.httpProxy;
  if (!value) return void 0;
  return parseProxyUrl(value, secure ? "https" : "http");
}
function bypassesProxy(url, noProxy) {
  const host = url.hostname.toUpperCase();
  if (!host) return false;
  if (isLoopbackName(host)) return true;
  if (!noProxy) return false;
  const port = url.port || (url.protocol === "https:" ? "443" : url.protocol === "http:" ? "80" : "");
  const candidates = port ? [host, `${host}:${port}`] : [host];
  return noProxy.split(",").map((entry) => entry.trim().toUpperCase()).filter((entry) => entry !== "").some(
    (entry) => entry === "*" || candidates.some(
      (candidate) => candidate === entry || candidate.endsWith(`.${entry}`) || entry.startsWith(".") && candidate.endsWith(entry)
    )
  );
}
function isLoopbackName(host) {
  return host === "LOCALHOST" || host.startsWith("127.") || host.startsWith("[::1]") || host.startsWith("[0:0:0:0:0:0:0:1]");
}
function parseProxyUrl(value, forScheme) {
  const text = value.trim();
  let url;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    url = void 0;
  }
  if (!url || url.protocol !== "http:" && url.protocol !== "https:" || !url.hostname) {
    const variable = forScheme === "https" ? "HTTPS_PROXY" : "HTTP_PROXY";
    throw new UserError(
      `The proxy for ${forScheme} requests ('${redactProxyText(text)}') is not an http:// or https:// proxy URL`,
      { fix: `set ${variable} to http://HOST:PORT (credentials as http://USER:PASSWORD@HOST:PORT)` }
    );
  }
  return url;
}
function proxyAuthorization(proxy) {
  if (!proxy.username && !proxy.password) return void 0;
  const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return `Basic ${Buffer.from(pair, "utf8").toString("base64")}`;
}
function describeProxy(proxy) {
  return `${proxy.protocol}//${proxy.host}`;
}
function redactProxyText(text) {
  return text.replace(/\/\/[^/@]*@/, "//\u2026@").replace(/^[^/@]*@/, "\u2026@");
}
var init_proxy = __esm({
  "src/oci/proxy.ts"() {
    "use strict";
    init_errors();
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m = s * 60;
    var h = m * 60;
    var d = h * 24;
    var w = d * 7;
    var y = d * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse2(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse2(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y;
        case "weeks":
        case "week":
        case "w":
          return n * w;
        case "days":
        case "day":
        case "d":
          return n * d;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return Math.round(ms / d) + "d";
      }
      if (msAbs >= h) {
        return Math.round(ms / h) + "h";
      }
      if (msAbs >= m) {
        return Math.round(ms / m) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms / s) + "s";
      }
      return ms + "ms";
    }
    function fmtLong(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return plural(ms, msAbs, d, "day");
      }
      if (msAbs >= h) {
        return plural(ms, msAbs, h, "hour");
      }
      if (msAbs >= m) {
        return plural(ms, msAbs, m, "minute");
      }
      if (msAbs >= s) {
        return plural(ms, msAbs, s, "second");
      }
      return ms + " ms";
    }
    function plural(ms, msAbs, n, name2) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms / n) + " " + name2 + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug3.debug = createDebug3;
      createDebug3.default = createDebug3;
      createDebug3.coerce = coerce;
      createDebug3.disable = disable;
      createDebug3.enable = enable;
      createDebug3.enabled = enabled;
      createDebug3.humanize = require_ms();
      createDebug3.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug3[key] = env[key];
      });
      createDebug3.names = [];
      createDebug3.skips = [];
      createDebug3.formatters = {};
      function selectColor(namespace) {
        let hash3 = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash3 = (hash3 << 5) - hash3 + namespace.charCodeAt(i);
          hash3 |= 0;
        }
        return createDebug3.colors[Math.abs(hash3) % createDebug3.colors.length];
      }
      createDebug3.selectColor = selectColor;
      function createDebug3(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug3(...args) {
          if (!debug3.enabled) {
            return;
          }
          const self = debug3;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms = curr - (prevTime || curr);
          self.diff = ms;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug3.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug3.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug3.formatArgs.call(self, args);
          const logFn = self.log || createDebug3.log;
          logFn.apply(self, args);
        }
        debug3.namespace = namespace;
        debug3.useColors = createDebug3.useColors();
        debug3.color = createDebug3.selectColor(namespace);
        debug3.extend = extend;
        debug3.destroy = createDebug3.destroy;
        Object.defineProperty(debug3, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug3.namespaces) {
              namespacesCache = createDebug3.namespaces;
              enabledCache = createDebug3.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v) => {
            enableOverride = v;
          }
        });
        if (typeof createDebug3.init === "function") {
          createDebug3.init(debug3);
        }
        return debug3;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug3(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug3.save(namespaces);
        createDebug3.namespaces = namespaces;
        createDebug3.names = [];
        createDebug3.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns of split) {
          if (ns[0] === "-") {
            createDebug3.skips.push(ns.slice(1));
          } else {
            createDebug3.names.push(ns);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug3.names,
          ...createDebug3.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug3.enable("");
        return namespaces;
      }
      function enabled(name2) {
        for (const skip of createDebug3.skips) {
          if (matchesTemplate(name2, skip)) {
            return false;
          }
        }
        for (const ns of createDebug3.names) {
          if (matchesTemplate(name2, ns)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug3.enable(createDebug3.load());
      return createDebug3;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c = "color: " + this.color;
      args.splice(1, 0, c, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r;
      try {
        r = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r && typeof process !== "undefined" && "env" in process) {
        r = process.env.DEBUG;
      }
      return r;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log2;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = __require("supports-color");
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_, k) => {
        return k.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name2, useColors: useColors2 } = this;
      if (useColors2) {
        const c = this.color;
        const colorCode = "\x1B[3" + (c < 8 ? c : "8;5;" + c);
        const prefix = `  ${colorCode};1m${name2} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name2 + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log2(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug3) {
      debug3.inspectOpts = {};
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug3.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/agent-base/dist/helpers.js
var init_helpers = __esm({
  "node_modules/agent-base/dist/helpers.js"() {
  }
});

// node_modules/agent-base/dist/index.js
import * as net from "net";
import * as http from "http";
import { Agent as HttpsAgent } from "https";
var INTERNAL, Agent2;
var init_dist = __esm({
  "node_modules/agent-base/dist/index.js"() {
    init_helpers();
    INTERNAL = /* @__PURE__ */ Symbol("AgentBaseInternalState");
    Agent2 = class extends http.Agent {
      constructor(opts) {
        super(opts);
        this[INTERNAL] = {};
      }
      /**
       * Determine whether this is an `http` or `https` request.
       */
      isSecureEndpoint(options) {
        if (options) {
          if (typeof options.secureEndpoint === "boolean") {
            return options.secureEndpoint;
          }
          if (typeof options.protocol === "string") {
            return options.protocol === "https:";
          }
        }
        const { stack } = new Error();
        if (typeof stack !== "string")
          return false;
        return stack.split("\n").some((l) => l.indexOf("(https.js:") !== -1 || l.indexOf("node:https:") !== -1);
      }
      // In order to support async signatures in `connect()` and Node's native
      // connection pooling in `http.Agent`, the array of sockets for each origin
      // has to be updated synchronously. This is so the length of the array is
      // accurate when `addRequest()` is next called. We achieve this by creating a
      // fake socket and adding it to `sockets[origin]` and incrementing
      // `totalSocketCount`.
      incrementSockets(name2) {
        if (this.maxSockets === Infinity && this.maxTotalSockets === Infinity) {
          return null;
        }
        if (!this.sockets[name2]) {
          this.sockets[name2] = [];
        }
        const fakeSocket = new net.Socket({ writable: false });
        this.sockets[name2].push(fakeSocket);
        this.totalSocketCount++;
        return fakeSocket;
      }
      decrementSockets(name2, socket) {
        if (!this.sockets[name2] || socket === null) {
          return;
        }
        const sockets = this.sockets[name2];
        const index = sockets.indexOf(socket);
        if (index !== -1) {
          sockets.splice(index, 1);
          this.totalSocketCount--;
          if (sockets.length === 0) {
            delete this.sockets[name2];
          }
        }
      }
      // In order to properly update the socket pool, we need to call `getName()` on
      // the core `https.Agent` if it is a secureEndpoint.
      getName(options) {
        const secureEndpoint = this.isSecureEndpoint(options);
        if (secureEndpoint) {
          return HttpsAgent.prototype.getName.call(this, options);
        }
        return super.getName(options);
      }
      createSocket(req, options, cb) {
        const connectOpts = {
          ...options,
          secureEndpoint: this.isSecureEndpoint(options)
        };
        const name2 = this.getName(connectOpts);
        const fakeSocket = this.incrementSockets(name2);
        Promise.resolve().then(() => this.connect(req, connectOpts)).then((socket) => {
          this.decrementSockets(name2, fakeSocket);
          if (typeof socket.addRequest === "function") {
            try {
              return socket.addRequest(req, connectOpts);
            } catch (err) {
              return cb(err);
            }
          }
          this[INTERNAL].currentSocket = socket;
          super.createSocket(req, options, cb);
        }, (err) => {
          this.decrementSockets(name2, fakeSocket);
          cb(err);
        });
      }
      createConnection() {
        const socket = this[INTERNAL].currentSocket;
        this[INTERNAL].currentSocket = void 0;
        if (!socket) {
          throw new Error("No socket was returned in the `connect()` function");
        }
        return socket;
      }
      get defaultPort() {
        return this[INTERNAL].defaultPort ?? (this.protocol === "https:" ? 443 : 80);
      }
      set defaultPort(v) {
        if (this[INTERNAL]) {
          this[INTERNAL].defaultPort = v;
        }
      }
      get protocol() {
        return this[INTERNAL].protocol ?? (this.isSecureEndpoint() ? "https:" : "http:");
      }
      set protocol(v) {
        if (this[INTERNAL]) {
          this[INTERNAL].protocol = v;
        }
      }
    };
  }
});

// node_modules/https-proxy-agent/dist/parse-proxy-response.js
function parseProxyResponse(socket) {
  return new Promise((resolve3, reject) => {
    let buffersLength = 0;
    const buffers = [];
    function read() {
      const b = socket.read();
      if (b)
        ondata(b);
      else
        socket.once("readable", read);
    }
    function cleanup() {
      socket.removeListener("end", onend);
      socket.removeListener("error", onerror);
      socket.removeListener("readable", read);
    }
    function onend() {
      cleanup();
      debug("onend");
      reject(new Error("Proxy connection ended before receiving CONNECT response"));
    }
    function onerror(err) {
      cleanup();
      debug("onerror %o", err);
      reject(err);
    }
    function ondata(b) {
      buffers.push(b);
      buffersLength += b.length;
      const buffered = Buffer.concat(buffers, buffersLength);
      const endOfHeaders = buffered.indexOf("\r\n\r\n");
      if (endOfHeaders === -1) {
        debug("have not received end of HTTP headers yet...");
        read();
        return;
      }
      const headerParts = buffered.slice(0, endOfHeaders).toString("ascii").split("\r\n");
      const firstLine2 = headerParts.shift();
      if (!firstLine2) {
        socket.destroy();
        return reject(new Error("No header received from proxy CONNECT response"));
      }
      const firstLineParts = firstLine2.split(" ");
      const statusCode = +firstLineParts[1];
      const statusText = firstLineParts.slice(2).join(" ");
      const headers = {};
      for (const header2 of headerParts) {
        if (!header2)
          continue;
        const firstColon = header2.indexOf(":");
        if (firstColon === -1) {
          socket.destroy();
          return reject(new Error(`Invalid header from proxy CONNECT response: "${header2}"`));
        }
        const key = header2.slice(0, firstColon).toLowerCase();
        const value = header2.slice(firstColon + 1).trimStart();
        const current = headers[key];
        if (typeof current === "string") {
          headers[key] = [current, value];
        } else if (Array.isArray(current)) {
          current.push(value);
        } else {
          headers[key] = value;
        }
      }
      debug("got proxy server response: %o %o", firstLine2, headers);
      cleanup();
      resolve3({
        connect: {
          statusCode,
          statusText,
          headers
        },
        buffered
      });
    }
    socket.on("error", onerror);
    socket.on("end", onend);
    read();
  });
}
var import_debug, debug;
var init_parse_proxy_response = __esm({
  "node_modules/https-proxy-agent/dist/parse-proxy-response.js"() {
    import_debug = __toESM(require_src(), 1);
    debug = (0, import_debug.default)("https-proxy-agent:parse-proxy-response");
  }
});

// node_modules/proxy-agent-negotiate/dist/index.js
function createNegotiateAuth() {
  return async ({ response, scheme }) => {
    if (scheme.toLowerCase() !== "negotiate") {
      throw new Error(`Expected Negotiate scheme but got "${scheme}"`);
    }
    let kerberos;
    try {
      kerberos = await import("kerberos");
    } catch {
      throw new Error('The "kerberos" package is required for Negotiate proxy authentication. Install it with: npm install kerberos');
    }
    const proxyAuthenticate = response.headers["proxy-authenticate"] || "";
    const challengeHeader = Array.isArray(proxyAuthenticate) ? proxyAuthenticate[0] : proxyAuthenticate;
    const serverToken = typeof challengeHeader === "string" && challengeHeader.includes(" ") ? challengeHeader.split(" ").slice(1).join(" ") : void 0;
    const client = await kerberos.initializeClient("HTTP@proxy", {
      mechOID: kerberos.GSS_MECH_OID_SPNEGO
    });
    const token = await client.step(serverToken || "");
    if (!token) {
      throw new Error("Kerberos client.step() returned no token");
    }
    return {
      headers: {
        "Proxy-Authorization": `Negotiate ${token}`
      }
    };
  };
}
var init_dist2 = __esm({
  "node_modules/proxy-agent-negotiate/dist/index.js"() {
  }
});

// node_modules/https-proxy-agent/dist/index.js
var dist_exports = {};
__export(dist_exports, {
  HttpsProxyAgent: () => HttpsProxyAgent
});
import * as net2 from "net";
import * as tls from "tls";
import assert2 from "assert";
import { URL as URL2 } from "url";
function resume(socket) {
  setImmediate(() => {
    socket.resume();
  });
}
function omit(obj, ...keys) {
  const ret = {};
  let key;
  for (key in obj) {
    if (!keys.includes(key)) {
      ret[key] = obj[key];
    }
  }
  return ret;
}
var import_debug2, debug2, setServernameFromNonIpHost, HttpsProxyAgent;
var init_dist3 = __esm({
  "node_modules/https-proxy-agent/dist/index.js"() {
    import_debug2 = __toESM(require_src(), 1);
    init_dist();
    init_parse_proxy_response();
    init_dist2();
    debug2 = (0, import_debug2.default)("https-proxy-agent");
    setServernameFromNonIpHost = (options) => {
      if (options.servername === void 0 && options.host && !net2.isIP(options.host)) {
        return {
          ...options,
          servername: options.host
        };
      }
      return options;
    };
    HttpsProxyAgent = class extends Agent2 {
      constructor(proxy, opts) {
        super(opts);
        this.options = { path: void 0 };
        this.proxy = typeof proxy === "string" ? new URL2(proxy) : proxy;
        this.proxyHeaders = opts?.headers ?? {};
        debug2("Creating new HttpsProxyAgent instance: %o", this.proxy.href);
        if (opts?.negotiate) {
          this.onProxyAuth = createNegotiateAuth();
        } else if (opts?.onProxyAuth) {
          this.onProxyAuth = opts.onProxyAuth;
        }
        const host = (this.proxy.hostname || this.proxy.host).replace(/^\[|\]$/g, "");
        const port = this.proxy.port ? parseInt(this.proxy.port, 10) : this.proxy.protocol === "https:" ? 443 : 80;
        this.connectOpts = {
          // Attempt to negotiate http/1.1 for proxy servers that support http/2
          ALPNProtocols: ["http/1.1"],
          ...opts ? omit(opts, "headers", "onProxyAuth", "negotiate") : null,
          host,
          port
        };
      }
      /**
       * Called when the node-core HTTP client library is creating a
       * new HTTP request.
       */
      async connect(req, opts) {
        const { proxy } = this;
        if (!opts.host) {
          throw new TypeError('No "host" provided');
        }
        let socket;
        if (proxy.protocol === "https:") {
          debug2("Creating `tls.Socket`: %o", this.connectOpts);
          socket = tls.connect(setServernameFromNonIpHost(this.connectOpts));
        } else {
          debug2("Creating `net.Socket`: %o", this.connectOpts);
          socket = net2.connect(this.connectOpts);
        }
        const headers = typeof this.proxyHeaders === "function" ? this.proxyHeaders() : { ...this.proxyHeaders };
        const host = net2.isIPv6(opts.host) ? `[${opts.host}]` : opts.host;
        let payload = `CONNECT ${host}:${opts.port} HTTP/1.1\r
`;
        if (proxy.username || proxy.password) {
          const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
          headers["Proxy-Authorization"] = `Basic ${Buffer.from(auth).toString("base64")}`;
        }
        headers.Host = `${host}:${opts.port}`;
        if (!headers["Proxy-Connection"]) {
          headers["Proxy-Connection"] = this.keepAlive ? "Keep-Alive" : "close";
        }
        for (const name2 of Object.keys(headers)) {
          payload += `${name2}: ${headers[name2]}\r
`;
        }
        const proxyResponsePromise = parseProxyResponse(socket);
        socket.write(`${payload}\r
`);
        const { connect: connect3, buffered } = await proxyResponsePromise;
        req.emit("proxyConnect", connect3);
        this.emit("proxyConnect", connect3, req);
        req.emit("proxy", { proxy: this.proxy.href, socket });
        if (connect3.statusCode === 200) {
          req.once("socket", resume);
          if (opts.secureEndpoint) {
            debug2("Upgrading socket connection to TLS");
            return tls.connect({
              ...omit(setServernameFromNonIpHost(opts), "host", "path", "port"),
              socket
            });
          }
          return socket;
        }
        if (connect3.statusCode === 407 && this.onProxyAuth) {
          debug2("Got 407 response, invoking onProxyAuth callback");
          socket.destroy();
          const proxyAuthenticate = connect3.headers["proxy-authenticate"] || "";
          const scheme = Array.isArray(proxyAuthenticate) ? proxyAuthenticate[0].split(/\s/)[0] : proxyAuthenticate.split(/\s/)[0];
          const authResponse = await this.onProxyAuth({
            response: connect3,
            scheme
          });
          return this._connectWithAuth(req, opts, authResponse.headers);
        }
        socket.destroy();
        const fakeSocket = new net2.Socket({ writable: false });
        fakeSocket.readable = true;
        req.once("socket", (s) => {
          debug2("Replaying proxy buffer for failed request");
          assert2(s.listenerCount("data") > 0);
          s.push(buffered);
          s.push(null);
        });
        return fakeSocket;
      }
      /**
       * Retry a CONNECT request with additional auth headers.
       */
      async _connectWithAuth(req, opts, authHeaders) {
        const { proxy } = this;
        let socket;
        if (proxy.protocol === "https:") {
          socket = tls.connect(setServernameFromNonIpHost(this.connectOpts));
        } else {
          socket = net2.connect(this.connectOpts);
        }
        const headers = typeof this.proxyHeaders === "function" ? this.proxyHeaders() : { ...this.proxyHeaders };
        const host = net2.isIPv6(opts.host) ? `[${opts.host}]` : opts.host;
        let payload = `CONNECT ${host}:${opts.port} HTTP/1.1\r
`;
        if (proxy.username || proxy.password) {
          const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
          headers["Proxy-Authorization"] = `Basic ${Buffer.from(auth).toString("base64")}`;
        }
        Object.assign(headers, authHeaders);
        headers.Host = `${host}:${opts.port}`;
        if (!headers["Proxy-Connection"]) {
          headers["Proxy-Connection"] = this.keepAlive ? "Keep-Alive" : "close";
        }
        for (const name2 of Object.keys(headers)) {
          payload += `${name2}: ${headers[name2]}\r
`;
        }
        const proxyResponsePromise = parseProxyResponse(socket);
        socket.write(`${payload}\r
`);
        const { connect: connect3 } = await proxyResponsePromise;
        req.emit("proxyConnect", connect3);
        this.emit("proxyConnect", connect3, req);
        if (connect3.statusCode === 200) {
          req.once("socket", resume);
          if (opts.secureEndpoint) {
            debug2("Upgrading socket connection to TLS");
            return tls.connect({
              ...omit(setServernameFromNonIpHost(opts), "host", "path", "port"),
              socket
            });
          }
          return socket;
        }
        socket.destroy();
        throw new Error(`Proxy authentication failed with status ${connect3.statusCode} after retry`);
      }
    };
    HttpsProxyAgent.protocols = ["http", "https"];
  }
});

// src/oci/connections.ts
import https from "node:https";
import net3 from "node:net";
import tls2 from "node:tls";
function requestOptions(options) {
  return options;
}
function checkServerIdentity(hostname, cert) {
  const name2 = hostname.replace(/^\[|\]$/g, "");
  const error = tls2.checkServerIdentity(name2, cert);
  if (!error || !net3.isIPv6(name2)) return error;
  const altNames = cert.subjectaltname ?? "";
  if (altNames.includes('"')) return error;
  const wanted = canonicalIPv6(name2);
  const listed = altNames.split(", ").filter((entry) => entry.startsWith("IP Address:")).map((entry) => entry.slice("IP Address:".length)).filter((ip) => net3.isIPv6(ip));
  return listed.some((ip) => canonicalIPv6(ip) === wanted) ? void 0 : error;
}
function canonicalIPv6(address) {
  return new URL(`http://[${address}]/`).hostname;
}
function defaultCaCertificates() {
  const withExtra = tls2.getCACertificates;
  return withExtra ? withExtra("default") : tls2.rootCertificates;
}
var POOL, Connections;
var init_connections = __esm({
  "src/oci/connections.ts"() {
    "use strict";
    init_proxy();
    POOL = { keepAlive: true, maxSockets: 16 };
    Connections = class {
      constructor(options) {
        this.options = options;
        if (options.ca && options.ca.length > 0) {
          this.secureContext = tls2.createSecureContext({
            ca: [...defaultCaCertificates(), ...options.ca]
          });
        }
        this.directHttps = new https.Agent({
          ...POOL,
          secureContext: this.secureContext,
          checkServerIdentity
        });
      }
      options;
      directHttp;
      directHttps;
      proxyAgents = /* @__PURE__ */ new Map();
      secureContext;
      async route(url) {
        const proxy = proxyFor(url, this.options.proxy);
        const secureContext = this.secureContext;
        if (!proxy) {
          if (url.protocol === "https:") {
            const agent2 = this.directHttps;
            return {
              tunnel: false,
              open: (method, headers) => https.request(url, requestOptions({ method, headers, agent: agent2, secureContext }))
            };
          }
          const plain2 = await import("node:http");
          const agent = this.directHttp ??= new plain2.Agent(POOL);
          return {
            tunnel: false,
            open: (method, headers) => plain2.request(url, { method, headers, agent })
          };
        }
        if (url.protocol === "https:") {
          const agent = await this.tunnelAgent(proxy);
          return {
            proxy,
            tunnel: true,
            // The target's TLS options go with the request: the tunnel agent reads them from there.
            open: (method, headers) => https.request(url, requestOptions({ method, headers, agent, secureContext }))
          };
        }
        const plain = await import("node:http");
        return {
          proxy,
          tunnel: false,
          open: (method, headers) => this.viaProxy(plain, proxy, url, method, headers)
        };
      }
      /** Frees the keep-alive sockets so the process can exit at once. */
      close() {
        this.directHttp?.destroy();
        this.directHttps.destroy();
        for (const agent of this.proxyAgents.values()) agent.destroy();
        this.proxyAgents.clear();
      }
      /**
       * Plain HTTP through a proxy: the request goes to the proxy with the absolute URI, on a new
       * connection each time. Proxies such as tinyproxy close the connection after each answer
       * without saying so, and a pooled socket would then fail the next request, uploads included.
       */
      viaProxy(plain, proxy, url, method, headers) {
        const secure = proxy.protocol === "https:";
        const key = `absolute ${proxy.href}`;
        let agent = this.proxyAgents.get(key);
        if (!agent) {
          const single = { keepAlive: false, maxSockets: POOL.maxSockets };
          agent = secure ? new https.Agent({ ...single, secureContext: this.secureContext }) : new plain.Agent(single);
          this.proxyAgents.set(key, agent);
        }
        const sent = { ...headers, Host: url.host };
        const authorization = proxyAuthorization(proxy);
        if (authorization) sent["Proxy-Authorization"] = authorization;
        return (secure ? https.request : plain.request)(
          requestOptions({
            protocol: proxy.protocol,
            hostname: proxy.hostname.replace(/^\[|\]$/g, ""),
            port: proxy.port || (secure ? 443 : 80),
            method,
            path: url.href,
            headers: sent,
            agent,
            secureContext: this.secureContext
          })
        );
      }
      async tunnelAgent(proxy) {
        const key = `tunnel ${proxy.href}`;
        const existing2 = this.proxyAgents.get(key);
        if (existing2) return existing2;
        const { HttpsProxyAgent: Tunnel } = await Promise.resolve().then(() => (init_dist3(), dist_exports));
        class TargetCheckingTunnel extends Tunnel {
          connect(request, options) {
            const target = options.host ?? "";
            return super.connect(request, {
              ...options,
              checkServerIdentity: (_name, cert) => checkServerIdentity(target, cert)
            });
          }
        }
        const raced = this.proxyAgents.get(key);
        if (raced) return raced;
        const agent = new TargetCheckingTunnel(proxy.href, {
          ...POOL,
          secureContext: this.secureContext
        });
        this.proxyAgents.set(key, agent);
        return agent;
      }
    };
  }
});

// src/oci/exchange.ts
import { open as open3 } from "node:fs/promises";
import { finished, pipeline } from "node:stream/promises";
function codedError(message, code3, extra = {}) {
  return Object.assign(new Error(message), { code: code3 }, extra);
}
function exchange(route, options) {
  return new Promise((resolve3, reject) => {
    const request = route.open(options.method, options.headers);
    let settled = false;
    let answered = false;
    let bodySent = false;
    let streaming;
    const settle = (error, response) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      if (response) {
        if (!bodySent) request.destroy();
        resolve3(response);
      } else {
        request.destroy();
        streaming?.destroy();
        const streamed = streaming && !(error instanceof SinkFailure);
        reject(streamed && !(error instanceof BodyFailure) ? new BodyFailure(error) : error);
      }
    };
    const deadline = setTimeout(
      () => settle(codedError("the overall timeout ran out", "DEADLINE")),
      options.remainingMs
    );
    request.setTimeout(
      options.idleTimeoutMs,
      () => settle(codedError(`no answer for ${options.idleTimeoutMs} ms`, "ECONNABORTED"))
    );
    request.on("error", settle);
    request.on("proxyConnect", (connect3) => {
      if (connect3.statusCode === void 0 || connect3.statusCode === 200) return;
      const status = connect3.statusCode;
      settle(codedError(`CONNECT answered ${status}`, "EPROXYCONNECT", { proxyStatus: status }));
    });
    request.on("response", (response) => {
      answered = true;
      const status = response.statusCode ?? 0;
      streaming = options.sink?.({ status, headers: response.headers });
      const body = streaming ? streamBody(response, streaming) : readBody(response);
      body.then((body2) => settle(void 0, { status, headers: response.headers, body: body2 }), settle);
    });
    writeBody(request, options.body).then(
      () => bodySent = true,
      (error) => {
        if (!answered) settle(error);
      }
    );
  });
}
async function writeBody(request, body) {
  if (body === void 0 || Buffer.isBuffer(body)) {
    request.end(body);
  } else if ("file" in body) {
    await writeFile(request, body.file, body.onProgress);
  } else {
    await pipeline(body, request);
  }
}
async function writeFile(request, path14, onProgress) {
  const file = await open3(path14, "r");
  let total = 0;
  try {
    const buffers = [Buffer.allocUnsafe(FILE_CHUNK), Buffer.allocUnsafe(FILE_CHUNK)];
    const sent = [Promise.resolve(), Promise.resolve()];
    for (let turn = 0; ; turn ^= 1) {
      await sent[turn];
      const buffer = buffers[turn];
      const { bytesRead } = await file.read(buffer, 0, FILE_CHUNK, null);
      if (bytesRead === 0) break;
      const chunk = written(request, buffer.subarray(0, bytesRead)).then(() => {
        total += bytesRead;
        onProgress?.(total);
      });
      chunk.catch(() => {
      });
      sent[turn] = chunk;
    }
    await Promise.all(sent);
  } finally {
    await file.close();
  }
  request.end();
}
function written(request, chunk) {
  return new Promise((resolve3, reject) => {
    const closed = () => reject(codedError("the connection closed during the upload", "ECONNRESET"));
    request.once("close", closed);
    request.write(chunk, (error) => {
      request.off("close", closed);
      if (error) reject(error);
      else resolve3();
    });
  });
}
async function readBody(response) {
  const chunks = [];
  let size = 0;
  let truncated = false;
  response.on("data", (chunk) => {
    if (truncated) return;
    chunks.push(chunk);
    size += chunk.length;
    if (size >= MAX_RESPONSE_BYTES) {
      truncated = true;
      response.destroy();
    }
  });
  try {
    await finished(response);
  } catch (error) {
    if (!truncated) throw asConnectionError(error);
  }
  return Buffer.concat(chunks).subarray(0, MAX_RESPONSE_BYTES);
}
function streamBody(response, sink) {
  return new Promise((resolve3, reject) => {
    const cut = (error) => reject(new BodyFailure(asConnectionError(error)));
    sink.on("error", (error) => reject(new SinkFailure(error)));
    sink.on("finish", () => resolve3(EMPTY));
    response.on("error", cut);
    response.on("close", () => {
      if (!response.complete) cut(codedError("the connection closed mid-answer", "ECONNRESET"));
    });
    response.pipe(sink);
  });
}
function asConnectionError(error) {
  const code3 = error?.code;
  if (code3 === "ERR_STREAM_PREMATURE_CLOSE") {
    return codedError("the connection closed before the whole answer arrived", "ECONNRESET");
  }
  return error;
}
var SinkFailure, BodyFailure, MAX_RESPONSE_BYTES, EMPTY, FILE_CHUNK;
var init_exchange = __esm({
  "src/oci/exchange.ts"() {
    "use strict";
    SinkFailure = class extends Error {
      constructor(failure) {
        super(failure instanceof Error ? failure.message : String(failure));
        this.failure = failure;
      }
      failure;
    };
    BodyFailure = class extends Error {
      constructor(failure) {
        super(failure instanceof Error ? failure.message : String(failure));
        this.failure = failure;
      }
      failure;
    };
    MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
    EMPTY = Buffer.alloc(0);
    FILE_CHUNK = 1 << 20;
  }
});

// src/oci/transport.ts
function networkAdvice(failure, idleTimeoutMs) {
  const code3 = failure.code;
  const reason = code3 ?? failure.message;
  const proxied = failure.proxy !== void 0;
  if (code3 === "DEADLINE") {
    return {
      reason: "the overall timeout ran out while waiting for the registry",
      advice: "raise the timeout or try again later",
      suggest: { option: "timeout" }
    };
  }
  if (code3 === "ECONNABORTED" || code3 === "ETIMEDOUT") {
    return {
      reason: `no answer for ${idleTimeoutMs / 1e3} s (${code3})`,
      advice: "the registry or a proxy in between stalled: try again later, or raise the idle timeout for a slow link"
    };
  }
  if (code3 === "ECONNREFUSED") {
    return proxied ? {
      reason,
      advice: "nothing listens at the proxy: check the proxy URL (HTTPS_PROXY, HTTP_PROXY)"
    } : {
      reason,
      advice: "nothing listens there: check the host and port (a local registry may serve plain HTTP)"
    };
  }
  if (code3 === "EPROTO" || /wrong version number|packet length too long/i.test(reason)) {
    return {
      reason: `the server did not answer with TLS (${code3 ?? "EPROTO"})`,
      advice: "it looks like a plain-HTTP registry: for a local test registry use plain HTTP; otherwise check the port",
      suggest: { option: "plainHttp", value: "true" }
    };
  }
  if (code3 === "ENOTFOUND") {
    return proxied ? { reason, advice: "the proxy host name does not resolve: check the proxy URL" } : { reason, advice: "the host name does not resolve: check the registry host" };
  }
  if (/certificate|self.signed|CERT|TLS|SSL/i.test(reason)) {
    return {
      reason,
      advice: "TLS failed: for a private CA set NODE_EXTRA_CA_CERTS; for a local registry that serves plain HTTP, use plain HTTP"
    };
  }
  return {
    reason,
    advice: "check that the registry host and port are right and reachable from here"
  };
}
function bodyAdvice(failure, idleTimeoutMs) {
  const code3 = failure.code;
  if (!failure.duringBody || code3 === "DEADLINE") return void 0;
  const stalled = code3 === "ECONNABORTED" || code3 === "ETIMEDOUT";
  return {
    reason: stalled ? `the answer stopped arriving for ${idleTimeoutMs / 1e3} s (${code3})` : `the connection broke while the answer was arriving (${code3 ?? failure.message})`,
    advice: "the registry, its storage or a proxy in between cut the transfer: try again later"
  };
}
function proxyAdvice(failure, proxy) {
  const status = failure.failure.proxyStatus;
  if (failure.code !== "EPROXYCONNECT" || typeof status !== "number") return void 0;
  const shown = describeProxy(proxy);
  if (status === 407) {
    const hasCredentials = proxy.username !== "" || proxy.password !== "";
    return {
      reason: `the proxy ${shown} wants credentials (407)`,
      advice: hasCredentials ? "it refused the ones in the proxy URL: check the user name and password" : "give them in the proxy URL: http://USER:PASSWORD@HOST:PORT"
    };
  }
  return {
    reason: `the proxy ${shown} refused to open a tunnel to ${failure.target.host} (CONNECT answered ${status})`,
    advice: "check that the proxy allows CONNECT to this host and port, or list the host in NO_PROXY to reach it directly"
  };
}
function header(response, name2) {
  const value = response.headers[name2.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : value;
}
function parseRetryAfter(value, now) {
  if (!value) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - now);
}
function networkCode(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const e = error;
  if (typeof e.message === "string" && /socket hang up/i.test(e.message)) return "ECONNRESET";
  if (typeof e.code === "string") return e.code;
  if (typeof e.cause?.code === "string") return e.cause.code;
  return void 0;
}
function isRetryableNetwork(code3) {
  return RETRYABLE_NETWORK_CODES.has(code3);
}
function describe2(request) {
  return request.what ?? `${request.method} ${redactUrl(request.url)}`;
}
var RETRYABLE_STATUS, RETRYABLE_NETWORK_CODES, REDIRECT_STATUS, MAX_REDIRECTS, USER_AGENT, defaultRetryPolicy, NetworkError, HopFailure, Transport;
var init_transport = __esm({
  "src/oci/transport.ts"() {
    "use strict";
    init_errors();
    init_connections();
    init_errors2();
    init_exchange();
    init_proxy();
    RETRYABLE_STATUS = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
    RETRYABLE_NETWORK_CODES = /* @__PURE__ */ new Set([
      "ECONNRESET",
      "EPIPE",
      "ETIMEDOUT",
      "EAI_AGAIN",
      "ECONNABORTED"
    ]);
    REDIRECT_STATUS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
    MAX_REDIRECTS = 10;
    USER_AGENT = "sherpack-push";
    defaultRetryPolicy = {
      retries: 5,
      baseDelayMs: 250,
      maxDelayMs: 4e3,
      maxRetryAfterMs: 3e4
    };
    NetworkError = class extends RegistryError {
      constructor(message, method, url, code3, details2, duringBody = false) {
        super(message, method, url, void 0, [], details2);
        this.code = code3;
        this.duringBody = duringBody;
      }
      code;
      duringBody;
      name = "NetworkError";
    };
    HopFailure = class extends Error {
      constructor(failure, target, proxy, duringBody = false) {
        super(failure instanceof Error ? failure.message : String(failure));
        this.failure = failure;
        this.target = target;
        this.proxy = proxy;
        this.duringBody = duringBody;
        this.code = networkCode(failure);
      }
      failure;
      target;
      proxy;
      duringBody;
      code;
    };
    Transport = class {
      constructor(options) {
        this.options = options;
        this.retry = { ...defaultRetryPolicy, ...options.retry };
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve3) => setTimeout(resolve3, ms)));
        this.random = options.random ?? Math.random;
        this.connections = new Connections({ proxy: options.proxy, ca: options.ca });
      }
      options;
      connections;
      retry;
      sleep;
      random;
      get logger() {
        return this.options.logger;
      }
      /** Frees the keep-alive sockets so the process can exit at once. */
      close() {
        this.connections.close();
      }
      /**
       * Sends a request, following redirects and retrying what is safe to retry.
       * `authorization` goes only to `authOrigin` (the origin the credentials were issued for).
       */
      async send(request, authorization) {
        const authOrigin = request.url.origin;
        for (let attempt = 0; ; attempt++) {
          let response;
          try {
            response = await this.followRedirects(request, authorization, authOrigin);
          } catch (error) {
            if (!(error instanceof HopFailure)) throw error;
            const code3 = error.code;
            const retryable = request.retryNetworkErrors !== false && !error.duringBody && code3 !== void 0 && isRetryableNetwork(code3);
            if (!retryable || attempt >= this.retry.retries) {
              throw this.networkError(request, error, attempt);
            }
            const why = code3 === "ECONNABORTED" || code3 === "ETIMEDOUT" ? `no answer for ${this.options.idleTimeoutMs / 1e3} s` : `network error ${code3}`;
            await this.backOff(request, attempt, why, void 0);
            continue;
          }
          if (RETRYABLE_STATUS.has(response.status) && attempt < this.retry.retries) {
            const retryAfter = parseRetryAfter(header(response, "retry-after"), Date.now());
            await this.backOff(request, attempt, `status ${response.status}`, retryAfter);
            continue;
          }
          return response;
        }
      }
      async backOff(request, attempt, why, retryAfterMs) {
        const exponential = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** attempt);
        let delay = exponential / 2 + this.random() * exponential / 2;
        if (retryAfterMs !== void 0) delay = Math.min(retryAfterMs, this.retry.maxRetryAfterMs);
        const remaining = this.options.deadline - Date.now();
        if (delay >= remaining) {
          throw new RegistryError(
            `${describe2(request)} failed with ${why} and the overall timeout leaves no time to retry: raise the timeout or try again later`,
            request.method,
            redactUrl(request.url),
            void 0,
            [],
            { suggest: { option: "timeout" } }
          );
        }
        this.logger.info(
          `${describe2(request)}: ${why}; retry ${attempt + 1}/${this.retry.retries} in ${(delay / 1e3).toFixed(1)} s`
        );
        await this.sleep(delay);
      }
      networkError(request, failure, attempt) {
        const tries = attempt > 0 ? ` after ${attempt + 1} attempts` : "";
        const idleTimeoutMs = this.options.idleTimeoutMs;
        const { reason, advice, suggest } = failure.proxy && proxyAdvice(failure, failure.proxy) || bodyAdvice(failure, idleTimeoutMs) || networkAdvice(failure, idleTimeoutMs);
        const via = failure.proxy ? ` (through the proxy ${describeProxy(failure.proxy)})` : "";
        return new NetworkError(
          `${describe2(request)} failed${tries}: ${reason}${via}; ${advice}`,
          request.method,
          redactUrl(request.url),
          failure.code,
          suggest ? { suggest, cause: failure.failure } : { cause: failure.failure },
          failure.duringBody
        );
      }
      async followRedirects(request, authorization, authOrigin) {
        let url = request.url;
        let method = request.method;
        let body = request.body;
        for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
          const sameOrigin = url.origin === authOrigin;
          const response = await this.once({
            method,
            url,
            headers: request.headers,
            body,
            authorization: sameOrigin ? authorization : void 0,
            sink: request.sink
          });
          if (!REDIRECT_STATUS.has(response.status)) return response;
          const location = header(response, "location");
          if (!location) return response;
          const next = new URL(location, url);
          if (url.protocol === "https:" && next.protocol !== "https:") {
            throw new RegistryError(
              `${describe2(request)}: the registry redirected from https to ${next.protocol}//${next.host}; refusing to downgrade the connection`,
              method,
              redactUrl(url),
              response.status
            );
          }
          const isWrite = method !== "GET" && method !== "HEAD";
          if (isWrite && response.status !== 307 && response.status !== 308) {
            return response;
          }
          this.logger.debug(
            `${method} ${redactUrl(url)} \u2192 ${response.status} redirect to ${redactUrl(next)}`
          );
          if (response.status === 303) {
            method = "GET";
            body = void 0;
          }
          url = next;
        }
        throw new RegistryError(
          `${describe2(request)}: more than ${MAX_REDIRECTS} redirects; the registry or a proxy is misconfigured`,
          request.method,
          redactUrl(request.url)
        );
      }
      /**
       * One request on one hop; a failure without a whole HTTP answer becomes a HopFailure, and a
       * failure of the caller's sink is thrown as it is.
       */
      async once(hop) {
        const { method, url, body, authorization, sink } = hop;
        const sent = { "User-Agent": USER_AGENT, ...hop.headers };
        if (authorization) sent.Authorization = authorization;
        const route = await this.connections.route(url);
        try {
          const remainingMs = this.options.deadline - Date.now();
          if (remainingMs <= 0) throw codedError("the overall timeout ran out", "DEADLINE");
          const response = await exchange(route, {
            method,
            headers: sent,
            body: body?.(),
            idleTimeoutMs: this.options.idleTimeoutMs,
            remainingMs,
            // Only a 2xx is offered: a redirect is followed, and an error is read for its message.
            sink: sink && (({ status, headers }) => status >= 200 && status < 300 ? sink({ status, headers, url }) : void 0)
          });
          if (route.proxy && !route.tunnel && response.status === 407) {
            throw codedError("the proxy answered 407", "EPROXYCONNECT", { proxyStatus: 407 });
          }
          this.logger.debug(`${method} ${redactUrl(url)} \u2192 ${response.status}`);
          return { ...response, url };
        } catch (error) {
          if (error instanceof UserError) throw error;
          if (error instanceof SinkFailure) throw error.failure;
          if (error instanceof BodyFailure) throw new HopFailure(error.failure, url, route.proxy, true);
          throw new HopFailure(error, url, route.proxy);
        }
      }
    };
  }
});

// src/oci/auth.ts
function scopeKey(scopes) {
  return [...new Set(scopes)].sort().join(" ");
}
function parseTokenAnswer(response) {
  try {
    return JSON.parse(response.body.toString("utf8"));
  } catch {
    throw new RegistryError(
      `The token server at ${response.url.host} answered with something that is not JSON`,
      "GET",
      redactUrl(response.url),
      response.status
    );
  }
}
function realmOf(challenge, registryUrl) {
  const realm = challenge.params.realm;
  const fail = (why) => {
    throw new RegistryError(`${registryUrl.host} ${why}`, "GET", redactUrl(registryUrl), 401);
  };
  if (!realm) return fail("asked for a Bearer token but named no realm to get it from");
  try {
    return new URL(realm, registryUrl);
  } catch {
    return fail("sent an invalid token realm");
  }
}
function assertEncryptedOrLocal(url, method) {
  if (url.protocol === "https:" || isLoopbackHost(url.host)) return;
  throw new RegistryError(
    `Refusing to send credentials over plain http to ${url.host}: they would travel unencrypted`,
    method,
    redactUrl(url),
    void 0,
    [],
    {
      fix: "use https, or a registry on this machine (127.0.0.1) for tests",
      suggest: { option: "plainHttp", value: "false" }
    }
  );
}
function challengeError(response) {
  const challenges = parseChallenges(header(response, "www-authenticate"));
  return challenges.find((c) => c.scheme === "bearer")?.params.error;
}
var DEFAULT_TOKEN_LIFETIME_S, RENEW_MARGIN_MS, CLIENT_ID, ANY_SCOPE, CredentialAudience, Authenticator;
var init_auth = __esm({
  "src/oci/auth.ts"() {
    "use strict";
    init_challenge();
    init_errors2();
    init_reference();
    init_transport();
    DEFAULT_TOKEN_LIFETIME_S = 60;
    RENEW_MARGIN_MS = 5e3;
    CLIENT_ID = "sherpack-push-action";
    ANY_SCOPE = "*";
    CredentialAudience = class {
      constructor(registry, plainHttp, realmHosts) {
        this.registry = registry;
        this.plainHttp = plainHttp;
        this.realmHosts = realmHosts?.map((h) => h.toLowerCase());
      }
      registry;
      plainHttp;
      realmHosts;
      /** Whether `url` is the registry itself, the only origin its authorization is sent to. */
      isRegistry(url) {
        return url.origin === this.registry.origin;
      }
      /** Throws, before anything is sent, unless the registry's credentials may go to `url`. */
      assertRegistry(url, method) {
        if (!this.isRegistry(url)) {
          throw new RegistryError(
            `Refusing to send the credentials for ${this.registry.host} to ${url.host}: they go only to that registry and the token realm it names`,
            method,
            redactUrl(url)
          );
        }
        assertEncryptedOrLocal(url, method);
      }
      /** Throws, before anything is sent, unless credentials may go to this token realm. */
      assertRealm(realm, method, source) {
        const refuse = (why) => {
          throw new RegistryError(
            `${this.registry.host} named the token realm ${realm.protocol}//${realm.host}, ${why}; refusing to send the credentials from ${source} there`,
            method,
            redactUrl(realm),
            401,
            [],
            { fix: "check that the destination is the registry you meant" }
          );
        };
        if (this.realmHosts && !this.realmHosts.includes(realm.host.toLowerCase())) {
          refuse(`but these credentials are only for a token realm on ${this.realmHosts.join(", ")}`);
        }
        if (realm.protocol === "https:") return;
        const sameHost = realm.hostname === this.registry.hostname;
        if (realm.protocol !== "http:" || !this.plainHttp || !sameHost) {
          refuse(
            "but a realm must use https, or plain http on the registry's own host when plain http is on"
          );
        }
        assertEncryptedOrLocal(realm, method);
      }
    };
    Authenticator = class {
      audience;
      transport;
      credential;
      mask;
      cache = /* @__PURE__ */ new Map();
      pending = /* @__PURE__ */ new Map();
      constructor(options) {
        this.transport = options.transport;
        this.credential = options.credential;
        this.mask = options.mask;
        this.audience = new CredentialAudience(
          options.registry,
          options.plainHttp,
          options.credential?.realmHosts
        );
      }
      get source() {
        return this.credential?.source ?? "no credentials (anonymous)";
      }
      get hasCredential() {
        return this.credential !== void 0;
      }
      /** The Authorization to send with a request to `url`: only the registry's origin gets one. */
      cached(url, scopes) {
        if (!this.audience.isRegistry(url)) return void 0;
        const hit = this.cache.get(scopeKey(scopes)) ?? this.cache.get(ANY_SCOPE);
        if (hit && hit.expiresAt > Date.now()) return hit.value;
        return void 0;
      }
      /**
       * Works out an Authorization value from a 401 answer. `refresh` forgets what was cached (a
       * token the registry just refused). Returns undefined when we have nothing to offer, and
       * always for a 401 from anywhere but the registry: no credential answers another host.
       * Concurrent callers for the same scopes share one token request.
       */
      async fromChallenge(response, scopes, refresh) {
        if (!this.audience.isRegistry(response.url)) return void 0;
        const key = scopeKey(scopes);
        if (refresh) {
          this.cache.delete(key);
          this.cache.delete(ANY_SCOPE);
        }
        const inFlight = this.pending.get(key);
        if (inFlight) return inFlight;
        const asked = [...new Set(scopes)];
        const work = this.negotiate(response, asked, key).finally(() => this.pending.delete(key));
        this.pending.set(key, work);
        return work;
      }
      async negotiate(response, scopes, key) {
        const challenges = parseChallenges(response.headers["www-authenticate"]);
        const bearer = challenges.find((c) => c.scheme === "bearer");
        const basic = challenges.find((c) => c.scheme === "basic");
        if (bearer) {
          const token = await this.bearerToken(bearer, scopes, response.url);
          if (!token) return void 0;
          this.cache.set(key, token);
          return token.value;
        }
        if (basic) {
          const encoded = this.basicCredentials(() => this.audience.assertRegistry(response.url, "GET"));
          if (encoded === void 0) return void 0;
          const value = `Basic ${encoded}`;
          this.cache.set(ANY_SCOPE, { value, expiresAt: Number.POSITIVE_INFINITY });
          return value;
        }
        return void 0;
      }
      /**
       * base64 of `user:secret` for a Basic header, masked; the secret is the password, else the
       * identity token (what ACR and GHCR accept on their GET token endpoints). Undefined without a
       * user name. `check` runs first and throws when the destination may not have them.
       */
      basicCredentials(check) {
        const username = this.credential?.username;
        const secret = this.credential?.password ?? this.credential?.identityToken;
        if (username === void 0 || secret === void 0) return void 0;
        check();
        const encoded = Buffer.from(`${username}:${secret}`).toString("base64");
        this.mask(encoded);
        return encoded;
      }
      async bearerToken(challenge, scopes, registryUrl) {
        if (this.credential?.registryToken) {
          return {
            value: `Bearer ${this.credential.registryToken}`,
            expiresAt: Number.POSITIVE_INFINITY
          };
        }
        const realm = realmOf(challenge, registryUrl);
        const service = challenge.params.service;
        let response;
        let method = "GET";
        if (this.credential?.identityToken) {
          method = "POST";
          response = await this.postRefreshToken(realm, service, scopes, this.credential.identityToken);
          if (response.status === 404 || response.status === 405) {
            this.transport.logger.debug(
              `${response.url.host} answered ${response.status} to the OAuth2 token POST; asking with GET instead`
            );
            response = void 0;
          }
        }
        if (!response) {
          method = "GET";
          response = await this.getToken(realm, service, scopes);
        }
        this.assertTokenGranted(response, method, registryUrl);
        return this.readToken(response);
      }
      assertTokenGranted(response, method, registryUrl) {
        if (response.status === 401 && this.credential) {
          const codes = parseErrorCodes(response.body).map((c) => c.message ?? c.code);
          throw new RegistryError(
            `The registry ${registryUrl.host} refused the credentials from ${this.source} (its token server ${response.url.host} answered 401${codes.length ? ": " + codes.join("; ") : ""}): check the user name and password or token, that they belong to this registry, and that they have not expired.`,
            method,
            redactUrl(response.url),
            401,
            [],
            { suggest: { option: "credentials" } }
          );
        }
        if (response.status !== 200) {
          throw httpError(
            method,
            response.url,
            response.status,
            response.body,
            `Token request (credentials: ${this.source})`
          );
        }
      }
      /** One `scope` parameter per scope, as Docker asks (the token-auth spec's GET form). */
      async getToken(realm, service, scopes) {
        const url = new URL(realm);
        if (service) url.searchParams.set("service", service);
        for (const scope of scopes) url.searchParams.append("scope", scope);
        const encoded = this.basicCredentials(() => this.audience.assertRealm(url, "GET", this.source));
        return this.transport.send(
          { method: "GET", url, what: `Token request to ${url.host}` },
          encoded === void 0 ? void 0 : `Basic ${encoded}`
        );
      }
      /** The OAuth2 form: its one `scope` field lists the scopes space-delimited (RFC 6749 §3.3). */
      async postRefreshToken(realm, service, scopes, refreshToken) {
        this.audience.assertRealm(realm, "POST", this.source);
        const form = new URLSearchParams({
          grant_type: "refresh_token",
          refresh_token: refreshToken,
          client_id: CLIENT_ID,
          scope: scopes.join(" ")
        });
        if (service) form.set("service", service);
        const body = Buffer.from(form.toString());
        return this.transport.send({
          method: "POST",
          url: realm,
          headers: {
            "Content-Type": "application/x-www-form-urlencoded",
            "Content-Length": String(body.length)
          },
          body: () => body,
          what: `Token request to ${realm.host}`
        });
      }
      readToken(response) {
        const parsed = parseTokenAnswer(response);
        const token = typeof parsed.token === "string" && parsed.token ? parsed.token : parsed.access_token;
        if (typeof token !== "string" || token === "") {
          throw new RegistryError(
            `The token server at ${response.url.host} answered without a token`,
            "GET",
            redactUrl(response.url),
            response.status
          );
        }
        this.mask(token);
        if (typeof parsed.refresh_token === "string" && parsed.refresh_token) {
          this.mask(parsed.refresh_token);
        }
        const lifetime = typeof parsed.expires_in === "number" && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_TOKEN_LIFETIME_S;
        return { value: `Bearer ${token}`, expiresAt: Date.now() + lifetime * 1e3 - RENEW_MARGIN_MS };
      }
    };
  }
});

// src/oci/types.ts
var silentLogger;
var init_types3 = __esm({
  "src/oci/types.ts"() {
    "use strict";
    silentLogger = { info() {
    }, warning() {
    }, debug() {
    } };
  }
});

// src/oci/download.ts
import { createHash as createHash5, randomBytes as randomBytes2 } from "node:crypto";
import { open as open4, rename as rename2, rm as rm3 } from "node:fs/promises";
import path9 from "node:path";
import { Writable } from "node:stream";
async function downloadBlob(download) {
  const { descriptor, filePath } = download;
  if (!SHA256_DIGEST.test(descriptor.digest)) {
    throw mismatch(download, `its digest ${descriptor.digest} is not sha256:<64 hex>`);
  }
  const temp = path9.join(
    path9.dirname(filePath),
    `.${path9.basename(filePath)}.${randomBytes2(6).toString("hex")}.part`
  );
  const handle = await open4(temp, "wx");
  let closed = false;
  try {
    const digest = await fetchWithRestarts(download, handle, temp);
    await handle.sync();
    await handle.close();
    closed = true;
    if (digest !== descriptor.digest) {
      throw mismatch(download, `its bytes hash to ${digest}, not ${descriptor.digest}`);
    }
    await rename2(temp, filePath);
  } catch (error) {
    if (!closed) await handle.close().catch(() => {
    });
    await rm3(temp, { force: true });
    throw error;
  }
}
async function fetchWithRestarts(download, handle, temp) {
  const { size } = download.descriptor;
  for (let attempt = 1; ; attempt++) {
    const writer = new BlobWriter(handle, temp, download);
    try {
      await download.fetch(writer);
      if (writer.received !== size) {
        throw mismatch(
          download,
          `the registry sent ${writer.received} bytes where ${size} were due`
        );
      }
      return writer.digest();
    } catch (error) {
      await writer.settled();
      const restart = error instanceof NetworkError && error.duringBody && error.code !== "DEADLINE";
      if (!restart) throw error;
      if (attempt >= DOWNLOAD_ATTEMPTS) throw brokenOff(download, error, writer.received);
      (download.logger ?? silentLogger).info(
        `${download.what}: the connection broke after ${writer.received} of ${size} bytes; starting again (${attempt + 1}/${DOWNLOAD_ATTEMPTS})`
      );
      await handle.truncate(0);
    }
  }
}
async function writeAt(handle, chunks, position) {
  let { bytesWritten: skip } = await handle.writev(chunks, position);
  let at = position;
  for (const chunk of chunks) {
    for (let offset = Math.min(skip, chunk.length); offset < chunk.length; ) {
      const rest = chunk.length - offset;
      offset += (await handle.write(chunk, offset, rest, at + offset)).bytesWritten;
    }
    skip = Math.max(0, skip - chunk.length);
    at += chunk.length;
  }
}
function mismatch(download, why) {
  const { descriptor } = download;
  return new RegistryError(
    `${download.what}: the blob does not match its descriptor (${descriptor.size} bytes, ${descriptor.digest}): ${why}. Nothing was written`,
    "GET",
    download.url,
    200
  );
}
function brokenOff(download, error, received) {
  return new NetworkError(
    `${error.message}. The download was started ${DOWNLOAD_ATTEMPTS} times; the last one broke after ${received} of ${download.descriptor.size} bytes. Nothing was written`,
    error.method,
    error.url,
    error.code,
    { ...error.suggest && { suggest: error.suggest }, cause: error },
    true
  );
}
var DOWNLOAD_ATTEMPTS, WRITE_BUFFER, SHA256_DIGEST, BlobWriter;
var init_download = __esm({
  "src/oci/download.ts"() {
    "use strict";
    init_errors();
    init_errors2();
    init_transport();
    init_types3();
    DOWNLOAD_ATTEMPTS = 3;
    WRITE_BUFFER = 1 << 20;
    SHA256_DIGEST = /^sha256:([a-f0-9]{64})$/;
    BlobWriter = class extends Writable {
      constructor(handle, file, download) {
        super({ highWaterMark: WRITE_BUFFER });
        this.handle = handle;
        this.file = file;
        this.download = download;
      }
      handle;
      file;
      download;
      received = 0;
      hash = createHash5("sha256");
      inFlight = Promise.resolve();
      _write(chunk, _encoding, done) {
        this.take([chunk], done);
      }
      _writev(chunks, done) {
        this.take(
          chunks.map((c) => c.chunk),
          done
        );
      }
      /** Resolves once no write is on its way to the file. */
      settled() {
        return this.inFlight;
      }
      digest() {
        return `sha256:${this.hash.digest("hex")}`;
      }
      take(data, done) {
        const { size } = this.download.descriptor;
        const length = data.reduce((sum, chunk) => sum + chunk.length, 0);
        if (this.received + length > size) {
          done(mismatch(this.download, `the registry sent more than the ${size} bytes due`));
          return;
        }
        for (const chunk of data) this.hash.update(chunk);
        const position = this.received;
        this.received += length;
        this.inFlight = writeAt(this.handle, data, position).then(
          () => done(),
          (error) => done(
            new UserError(
              `${this.download.what}: could not write ${this.file} (${messageOf(error)})`,
              {
                file: this.file,
                fix: "check the free space and permissions of the output directory",
                cause: error
              }
            )
          )
        );
      }
    };
  }
});

// src/oci/tag-ledger.ts
var TagConflictError, PartialTagError, TagLedger;
var init_tag_ledger = __esm({
  "src/oci/tag-ledger.ts"() {
    "use strict";
    init_errors2();
    TagConflictError = class extends RegistryError {
      constructor(message, url, digest, conflicts, details2) {
        super(message, "HEAD", url, 200, [], details2);
        this.digest = digest;
        this.conflicts = conflicts;
      }
      digest;
      conflicts;
      name = "TagConflictError";
    };
    PartialTagError = class extends RegistryError {
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
    TagLedger = class {
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
  }
});

// src/oci/client.ts
function settleDelay(gap) {
  return Math.min(SETTLE_MAX_MS, Math.max(SETTLE_MIN_MS, Math.round(gap * SETTLE_FACTOR)));
}
function manifestMediaType(response, bytes) {
  const type = header(response, "content-type")?.split(";")[0]?.trim();
  if (type && type !== "application/json" && type !== "application/octet-stream") return type;
  try {
    const field = JSON.parse(bytes.toString("utf8")).mediaType;
    if (typeof field === "string" && field) return field;
  } catch {
  }
  return type ?? "application/octet-stream";
}
function isBlobUnknown(response) {
  return parseErrorCodes(response.body).some((c) => BLOB_UNKNOWN_CODES.includes(c.code));
}
function scopeFor(repository, access) {
  return [`repository:${repository}:${access === "push" ? "pull,push" : "pull"}`];
}
function guardedTags(request) {
  if (!request.overwrite) return request.tags;
  const guarded = new Set(request.protectedTags ?? []);
  return request.tags.filter((tag) => guarded.has(tag));
}
function sessionLocation(response) {
  const location = header(response, "location");
  return location ? new URL(location, response.url) : void 0;
}
function short(digest) {
  return digest.slice(0, 19);
}
var MANIFEST_ACCEPT, UPLOAD_ATTEMPTS, SHA256_DIGEST2, BLOB_UNKNOWN_CODES, RECHECK_PAUSE_MS, SETTLE_MIN_MS, SETTLE_MAX_MS, SETTLE_FACTOR, RegistryClient;
var init_client = __esm({
  "src/oci/client.ts"() {
    "use strict";
    init_auth();
    init_descriptor();
    init_download();
    init_errors2();
    init_reference();
    init_tag_ledger();
    init_transport();
    init_types3();
    init_tag_ledger();
    MANIFEST_ACCEPT = [
      "application/vnd.oci.image.manifest.v1+json",
      "application/vnd.oci.image.index.v1+json",
      "application/vnd.docker.distribution.manifest.v2+json",
      "application/vnd.docker.distribution.manifest.list.v2+json"
    ].join(", ");
    UPLOAD_ATTEMPTS = 3;
    SHA256_DIGEST2 = /^sha256:[a-f0-9]{64}$/;
    BLOB_UNKNOWN_CODES = ["MANIFEST_BLOB_UNKNOWN", "BLOB_UNKNOWN"];
    RECHECK_PAUSE_MS = 200;
    SETTLE_MIN_MS = 250;
    SETTLE_MAX_MS = 5e3;
    SETTLE_FACTOR = 4;
    RegistryClient = class {
      base;
      transport;
      auth;
      logger;
      onPhase;
      settleMs;
      authenticated = /* @__PURE__ */ new Set();
      constructor(options) {
        this.logger = options.logger ?? silentLogger;
        this.onPhase = options.onPhase ?? (() => {
        });
        this.settleMs = options.settleMs;
        this.base = new URL(`${options.plainHttp ? "http" : "https"}://${options.host}`);
        if (options.plainHttp && !isLoopbackHost(options.host)) {
          this.logger.warning(
            `Plain http is on for ${options.host}, which is not this machine: content and registry tokens travel unencrypted; passwords are never sent to it.`
          );
        }
        this.transport = new Transport({
          ...options.transport,
          logger: this.logger,
          deadline: Date.now() + (options.timeoutMs ?? 10 * 6e4),
          idleTimeoutMs: options.idleTimeoutMs ?? options.transport?.idleTimeoutMs ?? 6e4,
          retry: { ...options.transport?.retry, ...options.retry },
          sleep: options.sleep ?? options.transport?.sleep,
          proxy: options.proxy ?? options.transport?.proxy
        });
        this.auth = new Authenticator({
          transport: this.transport,
          registry: this.base,
          plainHttp: options.plainHttp,
          credential: options.credential,
          mask: options.mask ?? (() => {
          })
        });
      }
      close() {
        this.transport.close();
      }
      /** Pushes blobs, then the manifest under each tag. */
      async push(request) {
        if (request.tags.length === 0) throw new Error("push needs at least one tag");
        const { scopes, mountFrom } = await this.pushAccess(request);
        const phase = (next) => {
          this.onPhase(next);
          request.onPhase?.(next);
        };
        phase("upload");
        const uploaded = await this.uploadPhase(request, scopes, mountFrom);
        phase("tag");
        const tags = await this.tagPhase(request, scopes, uploaded);
        return {
          digest: request.manifest.digest,
          tagsWritten: tags.written,
          tagsUnchanged: tags.unchanged,
          blobsUploaded: uploaded.uploaded,
          blobsMounted: uploaded.mounted,
          blobsSkipped: request.blobs.length - uploaded.uploaded - uploaded.mounted,
          bytesUploaded: uploaded.bytes
        };
      }
      /**
       * GET /v2/ with credentials for `access` to `repository`: learns how the registry wants us to
       * authenticate (and gets the token) once, before the parallel work of push().
       */
      async authenticate(repository, access = "push") {
        await this.authenticateFor(repository, scopeFor(repository, access));
      }
      /**
       * The digest `tag` points to in `repository`, for certain (see readTagDigest), or undefined
       * when there is no such tag. Needs pull access only: a cheap read before deciding to push.
       */
      async tagDigest(repository, tag) {
        return this.readTagDigest(repository, tag, scopeFor(repository, "pull"));
      }
      /**
       * The scopes of a push, authenticated once before its parallel work: push to the repository,
       * plus pull from `mountFrom` to mount from it. A token server that refuses the pair (instead
       * of granting what it can, as distribution's does) leaves this push without mounts.
       */
      async pushAccess(request) {
        const { repository, mountFrom } = request;
        const own = scopeFor(repository, "push");
        if (mountFrom === void 0 || mountFrom === repository) {
          await this.authenticateOnce(repository, own);
          return { scopes: own };
        }
        const both = [...own, ...scopeFor(mountFrom, "pull")];
        try {
          await this.authenticateOnce(repository, both);
          return { scopes: both, mountFrom };
        } catch (error) {
          if (!(error instanceof RegistryError) || error.status !== 401 && error.status !== 403) {
            throw error;
          }
          this.logger.debug(`Access to ${repository} with pull on ${mountFrom} refused: no mounts`);
          await this.authenticateOnce(repository, own);
          return { scopes: own };
        }
      }
      async authenticateOnce(repository, scopes) {
        if (!this.authenticated.has(scopeKey(scopes))) await this.authenticateFor(repository, scopes);
      }
      async authenticateFor(repository, scopes) {
        const url = new URL("/v2/", this.base);
        const response = await this.send(
          { method: "GET", url, what: `Contact ${this.base.host}` },
          scopes
        );
        if (response.status === 200) {
          this.authenticated.add(scopeKey(scopes));
          this.logger.info(`Authenticated to ${this.base.host} as ${this.auth.source}`);
          return;
        }
        if (response.status === 401) throw this.unauthorized(response, "GET", repository, scopes);
        if (response.status === 404) {
          throw new RegistryError(
            `${this.base.host} does not answer as an OCI registry (GET /v2/ \u2192 404): check the destination host`,
            "GET",
            redactUrl(url),
            404,
            [],
            { option: "destination" }
          );
        }
        throw httpError("GET", url, response.status, response.body, `Contact ${this.base.host}`);
      }
      /**
       * The manifest `reference` (a tag or a digest) names, exactly as stored. A digest reference
       * is checked against the bytes' sha256.
       */
      async getManifest(repository, reference) {
        const scope = scopeFor(repository, "pull");
        const { response, url } = await this.readManifest(repository, reference, scope);
        const what = `Read manifest ${repository}:${reference}`;
        if (response.status === 404) {
          throw new RegistryError(
            `${what}: ${this.base.host} has no manifest ${reference} in ${repository}`,
            "GET",
            redactUrl(url),
            404,
            [],
            { option: "destination", fix: "check the repository, tag or digest" }
          );
        }
        if (response.status !== 200) throw this.failure(response, "GET", repository, what, scope);
        const bytes = response.body;
        const digest = sha256Digest(bytes);
        if (reference.startsWith("sha256:") && digest !== reference) {
          throw new RegistryError(
            `${what}: the registry answered with bytes whose digest is ${digest}, not ${reference}; refusing them`,
            "GET",
            redactUrl(url),
            200
          );
        }
        return { bytes, digest, mediaType: manifestMediaType(response, bytes) };
      }
      /**
       * Downloads a blob into `filePath` with one GET streamed to a temp file beside it while its size
       * and sha256 are checked, renamed only when both match; on any failure no file is left.
       * Redirects to blob storage are followed without the registry's Authorization.
       */
      async fetchBlob(repository, descriptor, filePath) {
        const scope = scopeFor(repository, "pull");
        const url = new URL(`/v2/${repository}/blobs/${descriptor.digest}`, this.base);
        const what = `Download blob ${short(descriptor.digest)}`;
        await downloadBlob({
          descriptor,
          filePath,
          what,
          url: redactUrl(url),
          logger: this.logger,
          fetch: async (sink) => {
            const response = await this.send(
              {
                method: "GET",
                url,
                what,
                sink: (answer) => answer.status === 200 ? sink : void 0
              },
              scope
            );
            if (response.status === 200) return;
            if (response.status === 404) {
              throw new RegistryError(
                `${what}: ${this.base.host} has no such blob in ${repository}`,
                "GET",
                redactUrl(url),
                404
              );
            }
            throw this.failure(response, "GET", repository, what, scope);
          }
        });
      }
      /**
       * Blob HEADs, the check of the tags that may not move, then the missing blobs: mounted from
       * `mountFrom` when given, else (or when the registry declines) uploaded.
       */
      async uploadPhase(request, scope, mountFrom) {
        const { repository, blobs } = request;
        const guarded = guardedTags(request);
        const at = Date.now();
        const [present, digests] = await Promise.all([
          Promise.all(blobs.map((blob) => this.blobExists(repository, blob.descriptor.digest, scope))),
          guarded.length > 0 ? this.tagDigests(repository, guarded, scope) : void 0
        ]);
        if (digests) this.assertTagsStay(request, guarded, digests, false);
        const missing = blobs.filter((_, i) => !present[i]);
        const sent = await Promise.all(
          missing.map((blob) => this.sendBlob(repository, blob, scope, mountFrom))
        );
        const mounted = sent.filter((blob) => blob.mounted).length;
        const bytes = sent.reduce((sum, blob) => sum + blob.bytes, 0);
        const mounts = mountFrom === void 0 ? "" : `${mounted} mounted from ${mountFrom}, `;
        this.logger.info(
          `${missing.length - mounted} blob(s) uploaded (${bytes} bytes), ${mounts}${blobs.length - missing.length} already in ${repository}`
        );
        const checked = digests && { digests, at };
        return { checked, uploaded: missing.length - mounted, mounted, bytes };
      }
      /** Decides which tags need a write, writes them and reads back those that may not move. */
      async tagPhase(request, scope, uploaded) {
        const guarded = guardedTags(request);
        const checked = await this.tagsBeforeWriting(request, guarded, scope, uploaded);
        const { digest } = request.manifest;
        const unchanged = request.tags.filter((tag) => checked?.digests.get(tag) === digest);
        const toWrite = request.tags.filter((tag) => !unchanged.includes(tag));
        for (const tag of unchanged) {
          this.logger.info(`Tag ${tag} already points to ${digest}: left as it is`);
        }
        const toVerify = toWrite.filter((tag) => guarded.includes(tag));
        const ledger = new TagLedger(this.manifestsUrl(request.repository), digest, toWrite, unchanged);
        try {
          await this.writeTags(request, toWrite, scope, ledger);
          if (toVerify.length > 0) {
            await this.verifyTags(request, toVerify, scope, ledger, checked?.at ?? Date.now());
          }
        } catch (error) {
          throw ledger.failed(error);
        }
        this.logger.info(`Tagged ${toWrite.join(", ") || "nothing new"} \u2192 ${digest}`);
        return ledger;
      }
      /**
       * The tags' digests just before the manifest is written. Tags that may not move (`guarded`)
       * are asked again when blobs were sent since the first check, and checked again. Every tag
       * is asked when no blob was missing: likely a re-push, where tags already on our digest need
       * no write (nothing was sent, so the first check is still fresh for the guarded ones).
       */
      async tagsBeforeWriting(request, guarded, scope, uploaded) {
        const nothingSent = uploaded.uploaded + uploaded.mounted === 0;
        const fresh = nothingSent ? uploaded.checked : void 0;
        const wanted = nothingSent ? request.tags : guarded;
        const ask = fresh ? wanted.filter((tag) => !guarded.includes(tag)) : wanted;
        if (ask.length === 0) return fresh;
        const at = fresh?.at ?? Date.now();
        const asked = await this.tagDigests(request.repository, ask, scope);
        if (!fresh) this.assertTagsStay(request, guarded, asked, true);
        return { digests: new Map([...fresh?.digests ?? [], ...asked]), at };
      }
      /** The first tag alone (its answer proves the manifest is accepted), then the rest together. */
      async writeTags(request, tags, scope, ledger) {
        const [first, ...rest] = tags;
        if (first === void 0) return;
        await this.putTag(request, first, scope, ledger);
        const results = await Promise.allSettled(
          rest.map((tag) => this.putTag(request, tag, scope, ledger))
        );
        const failure = results.find((r) => r.status === "rejected");
        if (failure) throw failure.reason;
      }
      /**
       * overwrite false: after a short settle delay, reads every written tag back. One that points
       * elsewhere means a concurrent push wrote it after our check: the push fails, saying so.
       */
      async verifyTags(request, tags, scope, ledger, checkedAt) {
        const delay = this.settleMs ?? settleDelay(Date.now() - checkedAt);
        this.logger.debug(
          `Reading the tags back in ${delay} ms (check to write: ${Date.now() - checkedAt} ms)`
        );
        await new Promise((resolve3) => setTimeout(resolve3, delay));
        const written2 = tags.filter((tag) => ledger.written.includes(tag));
        const now = await this.tagDigests(request.repository, written2, scope);
        const moved = written2.filter((tag) => now.get(tag) !== request.manifest.digest);
        if (moved.length === 0) return;
        for (const tag of moved) ledger.movedAway(tag, now.get(tag));
        const list2 = moved.map((tag) => `${tag} \u2192 ${now.get(tag) ?? "no manifest"}`).join(", ");
        throw new RegistryError(
          `Another push moved ${moved.length === 1 ? "the tag" : "tags"} ${list2} while this one wrote ${request.manifest.digest}; tags may not be moved, so this push failed`,
          "HEAD",
          redactUrl(this.manifestsUrl(request.repository, moved[0])),
          200
        );
      }
      /**
       * Fails, naming each tag and both digests, when a tag that may not move (`guarded`) points to
       * another digest in `existing`.
       */
      assertTagsStay(request, guarded, existing2, afterUpload) {
        const { digest } = request.manifest;
        const conflicts = guarded.flatMap((tag) => {
          const now = existing2.get(tag);
          return now === void 0 || now === digest ? [] : [{ tag, digest: now }];
        });
        const [first] = conflicts;
        if (first === void 0) return;
        const list2 = conflicts.map((c) => `${c.tag} \u2192 ${c.digest}`).join(", ");
        const one = conflicts.length === 1;
        const when = afterUpload ? "Another push tagged it while this one uploaded. " : "";
        const rule = request.overwrite ? `${one ? `${first.tag} is` : "they are"} protected: never moved` : "tags may not be moved";
        const details2 = request.overwrite ? { fix: "bump the pack version" } : {
          fix: "bump the pack version, or allow moving tags",
          suggest: { option: "overwrite", value: "true" }
        };
        throw new TagConflictError(
          `${one ? "A tag already points" : "Tags already point"} to another digest (${list2}); this push would be ${digest}, and ${rule}. ${when}No tag was written.`,
          redactUrl(this.manifestsUrl(request.repository, first.tag)),
          digest,
          conflicts,
          details2
        );
      }
      async blobExists(repository, digest, scope) {
        const url = new URL(`/v2/${repository}/blobs/${digest}`, this.base);
        const what = `Check blob ${short(digest)}`;
        const response = await this.send({ method: "HEAD", url, what }, scope);
        if (response.status === 200) return true;
        if (response.status === 404) return false;
        throw this.failure(response, "HEAD", repository, what, scope);
      }
      /** The digest each tag points to now (absent: the tag does not exist). */
      async tagDigests(repository, tags, scope) {
        const found = /* @__PURE__ */ new Map();
        await Promise.all(
          tags.map(async (tag) => {
            const digest = await this.readTagDigest(repository, tag, scope);
            if (digest !== void 0) found.set(tag, digest);
          })
        );
        return found;
      }
      /**
       * The digest `tag` points to, for certain: the HEAD's Docker-Content-Digest, or (a registry
       * that leaves it out) the sha256 of the manifest's bytes. Undefined: no such tag.
       */
      async readTagDigest(repository, tag, scope) {
        const url = this.manifestsUrl(repository, tag);
        const what = `Check tag ${tag}`;
        const headers = { Accept: MANIFEST_ACCEPT };
        const response = await this.send({ method: "HEAD", url, headers, what }, scope);
        if (response.status === 404) return void 0;
        if (response.status !== 200) throw this.failure(response, "HEAD", repository, what, scope);
        const digest = header(response, "docker-content-digest")?.trim();
        if (digest && SHA256_DIGEST2.test(digest)) return digest;
        const read = await this.readManifest(repository, tag, scope);
        if (read.response.status === 404) return void 0;
        if (read.response.status !== 200) {
          throw this.failure(read.response, "GET", repository, what, scope);
        }
        return sha256Digest(read.response.body);
      }
      async readManifest(repository, reference, scope) {
        const url = this.manifestsUrl(repository, reference);
        const what = `Read manifest ${repository}:${reference}`;
        const headers = { Accept: MANIFEST_ACCEPT };
        return { response: await this.send({ method: "GET", url, headers, what }, scope), url };
      }
      /** Mounts the blob from `mountFrom` when one is given and the registry agrees, else uploads it. */
      async sendBlob(repository, blob, scope, mountFrom) {
        if (mountFrom === void 0) {
          return { mounted: false, bytes: await this.uploadBlob(repository, blob, scope) };
        }
        const mount = await this.tryMount(repository, blob.descriptor.digest, mountFrom, scope);
        if (mount === "mounted") return { mounted: true, bytes: 0 };
        return { mounted: false, bytes: await this.uploadBlob(repository, blob, scope, mount) };
      }
      /**
       * Asks the registry to link the blob from `from`, another repository of its own: 201 done.
       * 202: it declined and opened an upload session, whose Location is returned for the PUT.
       * Anything else (401/403 without pull access to `from`, 404, 405) leaves a normal upload.
       */
      async tryMount(repository, digest, from, scope) {
        const url = new URL(`/v2/${repository}/blobs/uploads/`, this.base);
        url.searchParams.set("mount", digest);
        url.searchParams.set("from", from);
        const what = `Mount blob ${short(digest)} from ${from}`;
        const response = await this.send(
          { method: "POST", url, headers: { "Content-Length": "0" }, what },
          scope,
          false
        );
        if (response.status === 201) return "mounted";
        const session = response.status === 202 ? sessionLocation(response) : void 0;
        this.logger.debug(
          `${what}: answered ${response.status}${session ? " with an upload session" : ""}; uploading it`
        );
        return session;
      }
      /**
       * PUT the whole blob to an upload session: `session` when given (a declined mount's), else
       * one POSTed here. Returns bytes sent.
       */
      async uploadBlob(repository, blob, scope, session) {
        const { digest, size } = blob.descriptor;
        const what = `Upload blob ${short(digest)}`;
        for (let attempt = 1; ; attempt++) {
          const given = attempt === 1 ? session : void 0;
          const location = given ?? await this.startUpload(repository, scope, what);
          location.searchParams.set("digest", digest);
          let response;
          try {
            response = await this.send(
              {
                method: "PUT",
                url: location,
                headers: { "Content-Type": "application/octet-stream", "Content-Length": String(size) },
                // A file is read with bounded buffers by the transport: memory stays flat.
                body: () => "content" in blob ? blob.content : { file: blob.path, onProgress: blob.onProgress },
                // The registry may have taken the blob even when its answer was lost: see below.
                retryNetworkErrors: false,
                what
              },
              scope
            );
          } catch (error) {
            if (!(error instanceof NetworkError) || attempt >= UPLOAD_ATTEMPTS) throw error;
            if (await this.blobExists(repository, digest, scope)) {
              this.logger.info(`${what}: the answer was lost, but the registry has the blob`);
              return size;
            }
            this.logger.info(
              `${what}: ${error.code ?? "connection lost"} during the upload; starting it again`
            );
            continue;
          }
          if (response.status === 201) return size;
          if (response.status === 404 && attempt < UPLOAD_ATTEMPTS) {
            if (await this.blobExists(repository, digest, scope)) return size;
            continue;
          }
          throw this.failure(response, "PUT", repository, what, scope);
        }
      }
      async startUpload(repository, scope, what) {
        const url = new URL(`/v2/${repository}/blobs/uploads/`, this.base);
        const response = await this.send(
          { method: "POST", url, headers: { "Content-Length": "0" }, what },
          scope
        );
        if (response.status !== 202) throw this.failure(response, "POST", repository, what, scope);
        const location = sessionLocation(response);
        if (!location) {
          throw new RegistryError(
            `${what}: the registry started an upload but sent no Location`,
            "POST",
            redactUrl(url),
            202
          );
        }
        return location;
      }
      /**
       * PUT the manifest under `tag`. Refused because a blob is unknown (distribution, when a
       * concurrent push of the same blob rewrites its link file under our check): the blobs are
       * checked again, what is missing uploaded, and the PUT tried once more.
       */
      async putTag(request, tag, scope, ledger) {
        const what = `Tag ${tag}`;
        let response = await this.putManifest(request, tag, scope);
        if (response.status === 400 && isBlobUnknown(response)) {
          this.logger.info(
            `${what}: the registry did not find a blob the manifest names; checking the blobs again`
          );
          await this.ensureBlobs(request, scope);
          response = await this.putManifest(request, tag, scope);
        }
        if (response.status !== 201 && response.status !== 200) {
          throw this.failure(response, "PUT", request.repository, what, scope);
        }
        const echoed = header(response, "docker-content-digest")?.trim();
        if (echoed && echoed !== request.manifest.digest) {
          ledger.storedElsewhere(tag, echoed);
          throw new RegistryError(
            `${what}: the registry stored the manifest as ${echoed}, but its bytes hash to ${request.manifest.digest}; the registry altered the manifest`,
            "PUT",
            redactUrl(response.url),
            response.status
          );
        }
        ledger.wrote(tag);
      }
      putManifest(request, tag, scope) {
        const { manifest } = request;
        return this.send(
          {
            method: "PUT",
            url: this.manifestsUrl(request.repository, tag),
            headers: {
              "Content-Type": manifest.mediaType,
              "Content-Length": String(manifest.bytes.length)
            },
            body: () => manifest.bytes,
            what: `Tag ${tag}`
          },
          scope
        );
      }
      /** HEADs every blob of the push and uploads those the registry does not have. */
      async ensureBlobs(request, scope) {
        const { repository, blobs } = request;
        await new Promise((resolve3) => setTimeout(resolve3, RECHECK_PAUSE_MS * (1 + Math.random())));
        const present = await Promise.all(
          blobs.map((blob) => this.blobExists(repository, blob.descriptor.digest, scope))
        );
        const missing = blobs.filter((_, i) => !present[i]);
        await Promise.all(missing.map((blob) => this.uploadBlob(repository, blob, scope)));
        this.logger.info(
          `${missing.length} blob(s) uploaded again, ${blobs.length - missing.length} found; writing the tag once more`
        );
      }
      manifestsUrl(repository, reference = "") {
        return new URL(`/v2/${repository}/manifests/${reference}`, this.base);
      }
      /**
       * One request with authentication: on a 401, negotiate (once) and send again. `renegotiate`
       * false: a 401 to a request that carried an authorization is returned as it came.
       */
      async send(request, scope, renegotiate = true) {
        const cached = this.auth.cached(request.url, scope);
        const response = await this.transport.send(request, cached);
        if (response.status !== 401 || cached !== void 0 && !renegotiate) return response;
        const authorization = await this.auth.fromChallenge(response, scope, cached !== void 0);
        if (!authorization) return response;
        return this.transport.send(request, authorization);
      }
      failure(response, method, repository, what, scope) {
        if (response.status === 401) return this.unauthorized(response, method, repository, scope);
        return httpError(method, response.url, response.status, response.body, what);
      }
      unauthorized(response, method, repository, scope) {
        const shown = redactUrl(response.url);
        if (!this.auth.audience.isRegistry(response.url)) return this.foreignChallenge(response, method);
        const host = this.base.host;
        const push = scope[0]?.endsWith(",push") ?? false;
        const verb = push ? `push to ${repository}` : `pull from ${repository}`;
        const refused = (what, fix) => new RegistryError(what, method, shown, 401, [], { fix, suggest: { option: "credentials" } });
        if (!this.auth.hasCredential) {
          return refused(
            `The registry ${host} needs credentials to ${verb} and none were found`,
            `provide credentials for ${host}`
          );
        }
        const source = this.auth.source;
        if (challengeError(response) === "insufficient_scope") {
          return refused(
            `The registry ${host} refused to let ${source} ${verb} (insufficient_scope)`,
            `give the account ${push ? "push (write)" : "pull (read)"} access to this repository`
          );
        }
        return refused(
          `The registry ${host} refused the credentials from ${source} (401)`,
          "check the user name and password or token, that they belong to this registry, and that they have not expired"
        );
      }
      /** A 401 from a host that is not the registry: it got no credentials, and is named. */
      foreignChallenge(response, method) {
        const asker = response.url;
        return new RegistryError(
          `${asker.protocol}//${asker.host} asked for credentials (401), but it is not the registry ${this.base.host}: credentials for ${this.base.host} go only to that registry and the token realm it names, so none were sent`,
          method,
          redactUrl(asker),
          401,
          [],
          {
            fix: "the registry (or a proxy in front of it) sends this request to another host that wants credentials; that host must accept it without them"
          }
        );
      }
    };
  }
});

// src/core/registry.ts
function openRegistry(options) {
  const network = options.network ?? {};
  return new RegistryClient({
    host: options.apiHost,
    plainHttp: options.plainHttp,
    credential: options.credential,
    logger: options.logger,
    mask: options.mask,
    timeoutMs: options.timeoutMs,
    idleTimeoutMs: network.idleTimeoutMs,
    retry: network.retryBaseDelayMs === void 0 ? {} : { baseDelayMs: network.retryBaseDelayMs },
    proxy: network.proxy,
    onPhase: options.onPhase
  });
}
var init_registry = __esm({
  "src/core/registry.ts"() {
    "use strict";
    init_client();
  }
});

// src/core/registry-pool.ts
import { AsyncLocalStorage } from "node:async_hooks";
var RegistryPool;
var init_registry_pool = __esm({
  "src/core/registry-pool.ts"() {
    "use strict";
    init_registry();
    RegistryPool = class {
      constructor(request, deps) {
        this.request = request;
        this.deps = deps;
      }
      request;
      deps;
      clients = /* @__PURE__ */ new Map();
      /** Whose work is running: a shared client's log lines go to the pack job that caused them. */
      job = new AsyncLocalStorage();
      /** The client for this reference's registry; `emit` receives what its lookup and requests log. */
      connect(reference, emit) {
        const key = `${this.request.plainHttp ? "http" : "https"} ${reference.apiHost}`;
        let connected = this.clients.get(key);
        if (!connected) {
          connected = this.open(reference, emit);
          connected.catch(() => this.clients.delete(key));
          this.clients.set(key, connected);
        }
        return connected;
      }
      /** Runs `work` as this job's: what shared clients log meanwhile goes to `emit`. */
      within(emit, work) {
        return this.job.run(emit, work);
      }
      close() {
        for (const connected of this.clients.values()) {
          connected.then(({ client }) => client.close()).catch(() => {
          });
        }
      }
      async open(reference, emit) {
        const credential = await this.deps.credentialFor(reference.registry, reference.apiHost);
        const to = () => this.job.getStore() ?? emit;
        const logger = {
          info: (message) => to()({ type: "info", message }),
          warning: (message) => to()({ type: "warning", message }),
          debug: (message) => to()({ type: "debug", message })
        };
        const client = openRegistry({
          apiHost: reference.apiHost,
          plainHttp: this.request.plainHttp,
          credential,
          logger,
          mask: this.deps.mask,
          timeoutMs: this.request.timeoutMs,
          network: this.deps.network
        });
        return { client, credentialSource: credential?.source ?? "anonymous" };
      }
    };
  }
});

// src/core/destination.ts
import path10 from "node:path";
function parseDestination(input) {
  const text = input.trim();
  if (text === "") {
    throw new UserError("No destination was given", {
      option: "destination",
      fix: "give one, e.g. oci://ghcr.io/my-org/my-pack or oci-layout://./out"
    });
  }
  if (/^oci-layout:\/\//i.test(text)) {
    const { dir, tag } = parseLayoutDestination(text);
    const absolute = path10.resolve(dir);
    return {
      kind: "complete",
      destination: { kind: "layout", dir: absolute, tag, display: absolute }
    };
  }
  if (text.endsWith("/")) {
    registryDestination(`${text}pack`, text);
    return { kind: "prefix", prefix: text };
  }
  return { kind: "complete", destination: registryDestination(text, text) };
}
function destinationFor(spec, packName) {
  if (spec.kind === "complete") return spec.destination;
  return registryDestination(`${spec.prefix}${packName.toLowerCase()}`, spec.prefix);
}
function registryDestination(text, asGiven) {
  const reference = parseOciReference(text);
  if (reference.digest) {
    throw new UserError(`Destination '${asGiven}' names a digest`, {
      option: "destination",
      fix: "a push writes tags, so give oci://HOST/REPOSITORY[:TAG] without @sha256:\u2026"
    });
  }
  return { kind: "registry", reference, tag: reference.tag, display: formatReference(reference) };
}
var init_destination = __esm({
  "src/core/destination.ts"() {
    "use strict";
    init_errors();
    init_reference();
  }
});

// src/oci/layout.ts
var layout_exports = {};
__export(layout_exports, {
  LayoutError: () => LayoutError,
  REF_NAME_ANNOTATION: () => REF_NAME_ANNOTATION,
  writeToLayout: () => writeToLayout
});
import { createHash as createHash6, randomBytes as randomBytes3 } from "node:crypto";
import { createReadStream as createReadStream2 } from "node:fs";
import { mkdir, open as open5, readFile as readFile2, readdir, rename as rename3, rm as rm4, stat as stat2 } from "node:fs/promises";
import path11 from "node:path";
async function writeToLayout(opts) {
  const { dir, manifest } = opts;
  const tags = [...new Set(opts.tags)];
  for (const tag of tags) {
    if (!TAG_PATTERN.test(tag)) {
      throw new LayoutError(
        `Cannot tag '${tag}' in OCI layout '${dir}': a tag is 1-128 letters, digits, '_', '.' and '-', starting with a letter, digit or '_'`,
        { option: "tags" }
      );
    }
  }
  await prepareLayoutDir(dir);
  const index = await readIndex(dir);
  const blobDir = path11.join(dir, "blobs", "sha256");
  await mkdir(blobDir, { recursive: true });
  const manifestBlob = {
    descriptor: {
      mediaType: manifest.mediaType,
      digest: manifest.digest,
      size: manifest.bytes.length
    },
    content: manifest.bytes
  };
  for (const blob of [...opts.blobs, manifestBlob]) await writeBlob(blobDir, blob);
  const descriptor = {
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.bytes.length
  };
  const retagged = new Set(tags);
  const manifests = index.manifests.filter((d) => {
    const name2 = d.annotations?.[REF_NAME_ANNOTATION];
    return name2 === void 0 || !retagged.has(name2);
  });
  if (tags.length === 0) {
    if (!manifests.some((d) => d.digest === manifest.digest)) manifests.push(descriptor);
  } else {
    for (const tag of tags) {
      manifests.push({ ...descriptor, annotations: { [REF_NAME_ANNOTATION]: tag } });
    }
  }
  await writeFileAtomically(
    path11.join(dir, INDEX_FILE),
    Buffer.from(JSON.stringify({ ...index, manifests }))
  );
  return { digest: manifest.digest };
}
async function prepareLayoutDir(dir) {
  const info = await stat2(dir).catch((e) => {
    if (e.code === "ENOENT") return void 0;
    throw e;
  });
  if (info && !info.isDirectory()) {
    throw new LayoutError(
      `OCI layout destination '${dir}' exists and is not a directory: choose a directory path`
    );
  }
  if (!info) await mkdir(dir, { recursive: true });
  const layoutPath = path11.join(dir, LAYOUT_FILE);
  const existing2 = await readFile2(layoutPath, "utf8").catch((e) => {
    if (e.code === "ENOENT") return void 0;
    throw e;
  });
  if (existing2 !== void 0) {
    let version;
    try {
      version = JSON.parse(existing2).imageLayoutVersion;
    } catch {
      version = void 0;
    }
    if (typeof version !== "string" || !version.startsWith("1.")) {
      throw new LayoutError(
        `'${layoutPath}' is not a valid OCI layout marker (expected ${LAYOUT_CONTENT}): fix or delete it, or choose another directory`
      );
    }
    return;
  }
  const entries = await readdir(dir);
  if (entries.length > 0) {
    throw new LayoutError(
      `Directory '${dir}' is not an OCI image layout (it has files but no '${LAYOUT_FILE}'): choose an empty or new directory, or an existing OCI layout`
    );
  }
  await writeFileAtomically(layoutPath, Buffer.from(LAYOUT_CONTENT));
}
async function readIndex(dir) {
  const indexPath = path11.join(dir, INDEX_FILE);
  const text = await readFile2(indexPath, "utf8").catch((e) => {
    if (e.code === "ENOENT") return void 0;
    throw e;
  });
  if (text === void 0) return { schemaVersion: 2, mediaType: MediaType.index, manifests: [] };
  const corrupt = (why) => new LayoutError(
    `'${indexPath}' is corrupt (${why}): it must be an OCI image index; repair it or delete the layout directory and write it again`
  );
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw corrupt(`not JSON: ${e.message}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw corrupt("not a JSON object");
  }
  const index = parsed;
  if (index.schemaVersion !== 2)
    throw corrupt(`schemaVersion is ${String(index.schemaVersion)}, not 2`);
  if (!Array.isArray(index.manifests)) throw corrupt("'manifests' is not a list");
  for (const d of index.manifests) {
    const ok = typeof d === "object" && d !== null && typeof d.digest === "string" && typeof d.mediaType === "string";
    if (!ok) throw corrupt("an entry of 'manifests' is not a descriptor");
  }
  return index;
}
async function writeBlob(blobDir, blob) {
  const { digest, size } = blob.descriptor;
  const hex = SHA256_DIGEST3.exec(digest)?.[1];
  if (!hex) {
    throw new LayoutError(
      `Blob digest '${digest}' is not sha256:<64 hex>: cannot store it in an OCI layout`
    );
  }
  const target = path11.join(blobDir, hex);
  if (await hasBlob(target, hex, size)) return;
  if ("path" in blob) {
    const source = await stat2(blob.path).catch(() => void 0);
    if (!source?.isFile()) {
      throw new LayoutError(`Cannot read blob ${digest}: '${blob.path}' is not a readable file`);
    }
  }
  const temp = path11.join(blobDir, `.${hex}.${randomBytes3(6).toString("hex")}.tmp`);
  try {
    const handle = await open5(temp, "wx");
    let written2;
    try {
      written2 = await copyHashing(blob, handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (written2.hex !== hex || written2.size !== size) {
      const source = "path" in blob ? `'${blob.path}'` : "in-memory content";
      throw new LayoutError(
        `Blob ${digest} does not match its descriptor: ${source} has ${written2.size} bytes with digest sha256:${written2.hex}, the descriptor says ${size} bytes. The content changed after it was described; build it again`
      );
    }
    await rename3(temp, target);
  } catch (e) {
    await rm4(temp, { force: true });
    throw e;
  }
}
async function hasBlob(file, hex, size) {
  const info = await stat2(file).catch(() => void 0);
  if (!info?.isFile() || info.size !== size) return false;
  const hash3 = createHash6("sha256");
  for await (const chunk of createReadStream2(file)) hash3.update(chunk);
  return hash3.digest("hex") === hex;
}
async function copyHashing(blob, handle) {
  const hash3 = createHash6("sha256");
  let size = 0;
  const chunks = "path" in blob ? createReadStream2(blob.path) : [blob.content];
  for await (const chunk of chunks) {
    hash3.update(chunk);
    size += chunk.length;
    await writeAll(handle, chunk);
  }
  return { hex: hash3.digest("hex"), size };
}
async function writeAll(handle, data) {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
}
async function writeFileAtomically(file, data) {
  const temp = `${file}.${randomBytes3(6).toString("hex")}.tmp`;
  try {
    const handle = await open5(temp, "wx");
    try {
      await writeAll(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename3(temp, file);
  } catch (e) {
    await rm4(temp, { force: true });
    throw e;
  }
}
var REF_NAME_ANNOTATION, LAYOUT_FILE, INDEX_FILE, LAYOUT_CONTENT, SHA256_DIGEST3, LayoutError;
var init_layout = __esm({
  "src/oci/layout.ts"() {
    "use strict";
    init_descriptor();
    init_reference();
    init_errors();
    REF_NAME_ANNOTATION = "org.opencontainers.image.ref.name";
    LAYOUT_FILE = "oci-layout";
    INDEX_FILE = "index.json";
    LAYOUT_CONTENT = '{"imageLayoutVersion":"1.0.0"}';
    SHA256_DIGEST3 = /^sha256:([a-f0-9]{64})$/;
    LayoutError = class extends UserError {
      name = "LayoutError";
      constructor(message, details2 = { option: "destination" }) {
        super(message, details2);
      }
    };
  }
});

// src/core/push-one.ts
async function pushOne(destination, packed, context, mountFrom) {
  const outcome = {
    status: "failed",
    pack: packed.pack,
    manifest: packed.artifact.manifest,
    destination,
    createdSource: packed.createdSource,
    tagPlan: [],
    tagsWritten: [],
    tagsUnchanged: [],
    tagsElsewhere: []
  };
  let phase = "package";
  const enter = (next) => {
    phase = next;
    context.emit({ type: "phase", phase: next });
  };
  try {
    planFor(destination, packed, context, outcome);
    if (!context.request.push) {
      context.emit({
        type: "info",
        message: `Nothing written (push is off). The manifest digest would be ${packed.artifact.manifest.digest}`
      });
      outcome.status = "packaged";
    } else if (destination.kind === "layout") {
      enter("upload");
      await writeLayout(destination, packed, context, outcome);
    } else {
      enter("authenticate");
      await context.registries.within(
        context.emit,
        () => pushToRegistry(destination, packed, context, outcome, enter, mountFrom)
      );
    }
  } catch (error) {
    outcome.status = "failed";
    outcome.error = error instanceof Error ? error : new Error(String(error));
    outcome.failedIn = phase;
    recordWhatIsInTheRegistry(error, outcome);
  }
  return outcome;
}
function planFor(destination, packed, context, outcome) {
  const { request, emit } = context;
  outcome.tagPlan = planTags({
    entries: request.tags,
    destinationTag: destination.tag,
    destinationTagToo: request.destinationTagToo,
    version: packed.pack.metadata.version,
    context: request.source,
    versionCheck: request.versionCheck,
    packFile: packed.pack.packFile
  });
  emit({ type: "info", message: `Tag plan for ${destination.display}:` });
  for (const line of describeTagPlan(outcome.tagPlan)) emit({ type: "info", message: `  ${line}` });
}
async function writeLayout(destination, packed, context, outcome) {
  const { artifact } = packed;
  const tags = outcome.tagPlan.map((t) => t.tag);
  const { writeToLayout: writeToLayout2 } = await Promise.resolve().then(() => (init_layout(), layout_exports));
  await writeToLayout2({
    dir: destination.dir,
    blobs: [artifact.config, artifact.layer],
    manifest: artifact.manifest,
    tags
  });
  outcome.tagsWritten = tags;
  outcome.status = "written";
  context.emit({
    type: "info",
    message: `Wrote ${tags.join(", ")} \u2192 ${artifact.manifest.digest} to the OCI layout ${destination.dir}`
  });
}
async function pushToRegistry(destination, packed, context, outcome, enter, mountFrom) {
  const { artifact } = packed;
  const { client, credentialSource } = await context.registries.connect(
    destination.reference,
    context.emit
  );
  outcome.credentialSource = credentialSource;
  const repository = destination.reference.repository;
  const versionTag = packed.pack.metadata.version.replaceAll("+", "_");
  if (context.request.skipExisting) {
    if (await alreadyThere(client, destination, versionTag, packed, context, outcome)) return;
  }
  const layer = artifact.layer;
  const size = layer.descriptor.size;
  const what = `Upload ${packed.pack.archiveFileName} to ${destination.display}`;
  const pushed = await client.push({
    repository,
    blobs: [
      artifact.config,
      "path" in layer ? {
        ...layer,
        onProgress: (done) => context.emit({ type: "progress", what, done, total: size })
      } : layer
    ],
    manifest: artifact.manifest,
    tags: outcome.tagPlan.map((t) => t.tag),
    overwrite: context.request.overwrite,
    mountFrom,
    protectedTags: context.request.skipExisting ? [versionTag] : void 0,
    onPhase: (phase) => enter(phase)
  });
  outcome.tagsWritten = pushed.tagsWritten;
  outcome.tagsUnchanged = pushed.tagsUnchanged;
  outcome.blobsUploaded = pushed.blobsUploaded;
  outcome.blobsMounted = pushed.blobsMounted;
  outcome.bytesUploaded = pushed.bytesUploaded;
  const wroteNothing = pushed.tagsWritten.length === 0 && pushed.blobsUploaded === 0 && pushed.blobsMounted === 0;
  outcome.status = wroteNothing ? "unchanged" : "written";
  const unchanged = pushed.tagsUnchanged.length ? `; unchanged: ${pushed.tagsUnchanged.join(", ")}` : "";
  context.emit({
    type: "info",
    message: `Pushed ${destination.display}@${artifact.manifest.digest}: ${pushed.blobsUploaded} blob(s) uploaded (${pushed.bytesUploaded} bytes), ${pushed.blobsMounted} mounted, ${pushed.blobsSkipped} already there; tags written: ${pushed.tagsWritten.join(", ") || "none"}${unchanged}`
  });
}
async function alreadyThere(client, destination, versionTag, packed, context, outcome) {
  const digest = packed.artifact.manifest.digest;
  const current = await client.tagDigest(destination.reference.repository, versionTag);
  if (current === void 0) return false;
  if (current !== digest) {
    throw new UserError(
      `${destination.display}:${versionTag} already holds ${current}, but this push of ${packed.pack.metadata.name} ${packed.pack.metadata.version} is ${digest}: its content changed without a version bump`,
      { fix: "bump metadata.version in Pack.yaml", file: packed.pack.packFile }
    );
  }
  outcome.status = "unchanged";
  outcome.tagsUnchanged = [versionTag];
  context.emit({
    type: "info",
    message: `${destination.display}:${versionTag} already holds ${digest}: unchanged, nothing written`
  });
  return true;
}
function recordWhatIsInTheRegistry(error, outcome) {
  if (typeof error !== "object" || error === null) return;
  const { tagsWritten, tagsUnchanged, tagsElsewhere, conflicts } = error;
  if (Array.isArray(tagsWritten)) outcome.tagsWritten = tagsWritten;
  if (Array.isArray(tagsUnchanged)) outcome.tagsUnchanged = tagsUnchanged;
  if (Array.isArray(tagsElsewhere)) outcome.tagsElsewhere = tagsElsewhere;
  if (Array.isArray(conflicts)) outcome.tagsElsewhere = conflicts;
}
var init_push_one = __esm({
  "src/core/push-one.ts"() {
    "use strict";
    init_errors();
    init_tags();
  }
});

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename as basename2, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
function cleanPath(path14) {
  let normalized = normalize(path14);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
function convertSlashes(path14, separator) {
  return path14.replace(SLASHES_REGEX, separator);
}
function isRootDirectory(path14) {
  return path14 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path14);
}
function normalizePath(path14, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path14.includes("/") || path14.startsWith(".");
  if (resolvePaths) path14 = resolve(path14);
  if (normalizePath$1 || pathNeedsCleaning) path14 = cleanPath(path14);
  if (path14 === ".") return "";
  const needsSeperator = path14[path14.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path14 + pathSeparator : path14, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
function build$3(options) {
  return options.group ? groupFiles : empty;
}
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path14, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path14);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path14, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var __require2, SLASHES_REGEX, WINDOWS_ROOT_DIR_REGEX, pushDirectory, pushDirectoryFilter, empty$2, pushFileFilterAndCount, pushFileFilter, pushFileCount, pushFile, empty$1, getArray, getArrayGroup, groupFiles, empty, resolveSymlinksAsync, resolveSymlinks, onlyCountsSync, groupsSync, defaultSync, limitFilesSync, onlyCountsAsync, defaultAsync, limitFilesAsync, groupsAsync, readdirOpts, walkAsync, walkSync, Queue, Counter, Aborter, Walker, APIBuilder, pm, Builder;
var init_dist4 = __esm({
  "node_modules/fdir/dist/index.mjs"() {
    __require2 = /* @__PURE__ */ createRequire(import.meta.url);
    SLASHES_REGEX = /[\\/]/g;
    WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
    pushDirectory = (directoryPath, paths) => {
      paths.push(directoryPath || ".");
    };
    pushDirectoryFilter = (directoryPath, paths, filters) => {
      const path14 = directoryPath || ".";
      if (filters.every((filter) => filter(path14, true))) paths.push(path14);
    };
    empty$2 = () => {
    };
    pushFileFilterAndCount = (filename, _paths, counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) counts.files++;
    };
    pushFileFilter = (filename, paths, _counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) paths.push(filename);
    };
    pushFileCount = (_filename, _paths, counts, _filters) => {
      counts.files++;
    };
    pushFile = (filename, paths) => {
      paths.push(filename);
    };
    empty$1 = () => {
    };
    getArray = (paths) => {
      return paths;
    };
    getArrayGroup = () => {
      return [""].slice(0, 0);
    };
    groupFiles = (groups, directory, files) => {
      groups.push({
        directory,
        files,
        dir: directory
      });
    };
    empty = () => {
    };
    resolveSymlinksAsync = function(path14, state, callback$1) {
      const { queue, fs: fs2, options: { suppressErrors } } = state;
      queue.enqueue();
      fs2.realpath(path14, (error, resolvedPath) => {
        if (error) return queue.dequeue(suppressErrors ? null : error, state);
        fs2.stat(resolvedPath, (error$1, stat4) => {
          if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
          if (stat4.isDirectory() && isRecursive(path14, resolvedPath, state)) return queue.dequeue(null, state);
          callback$1(stat4, resolvedPath);
          queue.dequeue(null, state);
        });
      });
    };
    resolveSymlinks = function(path14, state, callback$1) {
      const { queue, fs: fs2, options: { suppressErrors } } = state;
      queue.enqueue();
      try {
        const resolvedPath = fs2.realpathSync(path14);
        const stat4 = fs2.statSync(resolvedPath);
        if (stat4.isDirectory() && isRecursive(path14, resolvedPath, state)) return;
        callback$1(stat4, resolvedPath);
      } catch (e) {
        if (!suppressErrors) throw e;
      }
    };
    onlyCountsSync = (state) => {
      return state.counts;
    };
    groupsSync = (state) => {
      return state.groups;
    };
    defaultSync = (state) => {
      return state.paths;
    };
    limitFilesSync = (state) => {
      return state.paths.slice(0, state.options.maxFiles);
    };
    onlyCountsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.counts, state.options.suppressErrors);
      return null;
    };
    defaultAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths, state.options.suppressErrors);
      return null;
    };
    limitFilesAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
      return null;
    };
    groupsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.groups, state.options.suppressErrors);
      return null;
    };
    readdirOpts = { withFileTypes: true };
    walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      state.queue.enqueue();
      if (currentDepth < 0) return state.queue.dequeue(null, state);
      const { fs: fs2 } = state;
      state.visited.push(crawlPath);
      state.counts.directories++;
      fs2.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
        callback$1(entries, directoryPath, currentDepth);
        state.queue.dequeue(state.options.suppressErrors ? null : error, state);
      });
    };
    walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      const { fs: fs2 } = state;
      if (currentDepth < 0) return;
      state.visited.push(crawlPath);
      state.counts.directories++;
      let entries = [];
      try {
        entries = fs2.readdirSync(crawlPath || ".", readdirOpts);
      } catch (e) {
        if (!state.options.suppressErrors) throw e;
      }
      callback$1(entries, directoryPath, currentDepth);
    };
    Queue = class {
      count = 0;
      constructor(onQueueEmpty) {
        this.onQueueEmpty = onQueueEmpty;
      }
      enqueue() {
        this.count++;
        return this.count;
      }
      dequeue(error, output) {
        if (this.onQueueEmpty && (--this.count <= 0 || error)) {
          this.onQueueEmpty(error, output);
          if (error) {
            output.controller.abort();
            this.onQueueEmpty = void 0;
          }
        }
      }
    };
    Counter = class {
      _files = 0;
      _directories = 0;
      set files(num) {
        this._files = num;
      }
      get files() {
        return this._files;
      }
      set directories(num) {
        this._directories = num;
      }
      get directories() {
        return this._directories;
      }
      /**
      * @deprecated use `directories` instead
      */
      /* c8 ignore next 3 */
      get dirs() {
        return this._directories;
      }
    };
    Aborter = class {
      aborted = false;
      abort() {
        this.aborted = true;
      }
    };
    Walker = class {
      root;
      isSynchronous;
      state;
      joinPath;
      pushDirectory;
      pushFile;
      getArray;
      groupFiles;
      resolveSymlink;
      walkDirectory;
      callbackInvoker;
      constructor(root, options, callback$1) {
        this.isSynchronous = !callback$1;
        this.callbackInvoker = build$1(options, this.isSynchronous);
        this.root = normalizePath(root, options);
        this.state = {
          root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
          paths: [""].slice(0, 0),
          groups: [],
          counts: new Counter(),
          options,
          queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
          symlinks: /* @__PURE__ */ new Map(),
          visited: [""].slice(0, 0),
          controller: new Aborter(),
          fs: options.fs || nativeFs
        };
        this.joinPath = build$7(this.root, options);
        this.pushDirectory = build$6(this.root, options);
        this.pushFile = build$5(options);
        this.getArray = build$4(options);
        this.groupFiles = build$3(options);
        this.resolveSymlink = build$2(options, this.isSynchronous);
        this.walkDirectory = build(this.isSynchronous);
      }
      start() {
        this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
        this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
        return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
      }
      walk = (entries, directoryPath, depth) => {
        const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
        if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
        const files = this.getArray(this.state.paths);
        for (let i = 0; i < entries.length; ++i) {
          const entry = entries[i];
          if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
            const filename = this.joinPath(entry.name, directoryPath);
            this.pushFile(filename, files, this.state.counts, filters);
          } else if (entry.isDirectory()) {
            let path14 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
            if (exclude && exclude(entry.name, path14)) continue;
            this.pushDirectory(path14, paths, filters);
            this.walkDirectory(this.state, path14, path14, depth - 1, this.walk);
          } else if (this.resolveSymlink && entry.isSymbolicLink()) {
            let path14 = joinPathWithBasePath(entry.name, directoryPath);
            this.resolveSymlink(path14, this.state, (stat4, resolvedPath) => {
              if (stat4.isDirectory()) {
                resolvedPath = normalizePath(resolvedPath, this.state.options);
                if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path14 + pathSeparator)) return;
                this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path14 + pathSeparator, depth - 1, this.walk);
              } else {
                resolvedPath = useRealPaths ? resolvedPath : path14;
                const filename = basename2(resolvedPath);
                const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
                resolvedPath = this.joinPath(filename, directoryPath$1);
                this.pushFile(resolvedPath, files, this.state.counts, filters);
              }
            });
          }
        }
        this.groupFiles(this.state.groups, directoryPath, files);
      };
    };
    APIBuilder = class {
      constructor(root, options) {
        this.root = root;
        this.options = options;
      }
      withPromise() {
        return promise(this.root, this.options);
      }
      withCallback(cb) {
        callback(this.root, this.options, cb);
      }
      sync() {
        return sync(this.root, this.options);
      }
    };
    pm = null;
    try {
      __require2.resolve("picomatch");
      pm = __require2("picomatch");
    } catch {
    }
    Builder = class {
      globCache = {};
      options = {
        maxDepth: Infinity,
        suppressErrors: true,
        pathSeparator: sep,
        filters: []
      };
      globFunction;
      constructor(options) {
        this.options = {
          ...this.options,
          ...options
        };
        this.globFunction = this.options.globFunction;
      }
      group() {
        this.options.group = true;
        return this;
      }
      withPathSeparator(separator) {
        this.options.pathSeparator = separator;
        return this;
      }
      withBasePath() {
        this.options.includeBasePath = true;
        return this;
      }
      withRelativePaths() {
        this.options.relativePaths = true;
        return this;
      }
      withDirs() {
        this.options.includeDirs = true;
        return this;
      }
      withMaxDepth(depth) {
        this.options.maxDepth = depth;
        return this;
      }
      withMaxFiles(limit) {
        this.options.maxFiles = limit;
        return this;
      }
      withFullPaths() {
        this.options.resolvePaths = true;
        this.options.includeBasePath = true;
        return this;
      }
      withErrors() {
        this.options.suppressErrors = false;
        return this;
      }
      withSymlinks({ resolvePaths = true } = {}) {
        this.options.resolveSymlinks = true;
        this.options.useRealPaths = resolvePaths;
        return this.withFullPaths();
      }
      withAbortSignal(signal) {
        this.options.signal = signal;
        return this;
      }
      normalize() {
        this.options.normalizePath = true;
        return this;
      }
      filter(predicate) {
        this.options.filters.push(predicate);
        return this;
      }
      onlyDirs() {
        this.options.excludeFiles = true;
        this.options.includeDirs = true;
        return this;
      }
      exclude(predicate) {
        this.options.exclude = predicate;
        return this;
      }
      onlyCounts() {
        this.options.onlyCounts = true;
        return this;
      }
      crawl(root) {
        return new APIBuilder(root || ".", this.options);
      }
      withGlobFunction(fn) {
        this.globFunction = fn;
        return this;
      }
      /**
      * @deprecated Pass options using the constructor instead:
      * ```ts
      * new fdir(options).crawl("/path/to/root");
      * ```
      * This method will be removed in v7.0
      */
      /* c8 ignore next 4 */
      crawlWithOptions(root, options) {
        this.options = {
          ...this.options,
          ...options
        };
        return new APIBuilder(root || ".", this.options);
      }
      glob(...patterns) {
        if (this.globFunction) return this.globWithOptions(patterns);
        return this.globWithOptions(patterns, ...[{ dot: true }]);
      }
      globWithOptions(patterns, ...options) {
        const globFn = this.globFunction || pm;
        if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
        var isMatch = this.globCache[patterns.join("\0")];
        if (!isMatch) {
          isMatch = globFn(patterns, ...options);
          this.globCache[patterns.join("\0")] = isMatch;
        }
        this.options.filters.push((path14) => isMatch(path14));
        return this;
      }
    };
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform2 = navigator.platform.toLowerCase();
        return platform2 === "win32" || platform2 === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path14, { windows } = {}) => {
      const segs = path14.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code3) => {
      return code3 === CHAR_FORWARD_SLASH || code3 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished2 = false;
      let braces = 0;
      let prev;
      let code3;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code3;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code3 = advance();
        let next;
        if (code3 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code3 = advance();
          if (code3 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code3 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code3 = advance())) {
            if (code3 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code3 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code3 === CHAR_DOT && (code3 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code3 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code3 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished2 = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code3 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished2 === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code3 === CHAR_PLUS || code3 === CHAR_AT || code3 === CHAR_ASTERISK || code3 === CHAR_QUESTION_MARK || code3 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished2 = true;
            if (code3 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code3 = advance())) {
                if (code3 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code3 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code3 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished2 = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code3 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code3 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code3 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code3 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code3 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code3 = advance())) {
              if (code3 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code3 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code3 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished2 = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code3)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants2();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed2 = true;
      while (changed2 === true) {
        changed2 = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed2 = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open6 = tokens[token.tokensIndex];
          open6.type = "text";
          open6.value = literal;
          open6.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open6.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open6 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open6);
          push(open6);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse2();
    var utils = require_utils();
    var constants3 = require_constants2();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants3;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/tinyglobby/dist/index.mjs
var dist_exports2 = {};
__export(dist_exports2, {
  convertPathToPattern: () => convertPathToPattern,
  escapePath: () => escapePath,
  glob: () => glob,
  globSync: () => globSync,
  isDynamicPattern: () => isDynamicPattern
});
import { readdir as readdir2, readdirSync as readdirSync2, realpath, realpathSync as realpathSync2, stat as stat3, statSync as statSync2 } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path14) {
  return path14.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
function splitPattern(path14) {
  var _result$parts;
  const result = import_picomatch.default.scan(path14, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path14];
}
function convertPosixPathToPattern(path14) {
  return escapePosixPath(path14);
}
function convertWin32PathToPattern(path14) {
  return escapeWin32Path(path14).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug: debug3, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug3 ? (p, isDirectory2) => {
      const path14 = format(p, isDirectory2);
      const matches = matcher(path14) && !ignore(path14);
      if (matches) log(`matched ${path14}`);
      return matches;
    } : (p, isDirectory2) => {
      const path14 = format(p, isDirectory2);
      return matcher(path14) && !ignore(path14);
    }],
    exclude: debug3 ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir2,
    readdirSync: opts.fs.readdirSync || readdirSync2,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync2,
    stat: opts.fs.stat || stat3,
    statSync: opts.fs.statSync || statSync2
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}
function globSync(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative2) : [];
}
var import_picomatch, isReadonlyArray, BACKSLASHES, DRIVE_RELATIVE_PATH, isWin, ONLY_PARENT_DIRECTORIES, WIN32_ROOT_DIR, isRoot, splitPatternOptions, ESCAPED_WIN32_BACKSLASHES, convertPathToPattern, POSIX_UNESCAPED_GLOB_SYMBOLS, WIN32_UNESCAPED_GLOB_SYMBOLS, escapePosixPath, escapeWin32Path, escapePath, PARENT_DIRECTORY, ESCAPING_BACKSLASHES, defaultOptions;
var init_dist5 = __esm({
  "node_modules/tinyglobby/dist/index.mjs"() {
    init_dist4();
    import_picomatch = __toESM(require_picomatch2(), 1);
    isReadonlyArray = Array.isArray;
    BACKSLASHES = /\\/g;
    DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
    isWin = process.platform === "win32";
    ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
    WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
    isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
    splitPatternOptions = { parts: true };
    ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
    convertPathToPattern = isWin ? convertWin32PathToPattern : convertPosixPathToPattern;
    POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
    WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
    escapePosixPath = (path14) => path14.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapeWin32Path = (path14) => path14.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapePath = isWin ? escapeWin32Path : escapePosixPath;
    PARENT_DIRECTORY = /^(\/?\.\.)+/;
    ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
    defaultOptions = {
      caseSensitiveMatch: true,
      debug: !!process.env.TINYGLOBBY_DEBUG,
      expandDirectories: true,
      followSymbolicLinks: true,
      onlyFiles: true
    };
  }
});

// src/core/sources.ts
import { existsSync } from "node:fs";
import path12 from "node:path";
async function expandPackPaths(entries, baseDir) {
  const found = [];
  for (const entry of entries) {
    const matches = GLOB_CHARACTERS.test(entry) ? await expandGlob(entry, baseDir) : [existing(entry, baseDir)];
    for (const match of matches) {
      const absolute = path12.resolve(baseDir, match);
      if (!found.some((known) => path12.resolve(baseDir, known) === absolute)) found.push(match);
    }
  }
  return found;
}
function existing(entry, baseDir) {
  if (existsSync(path12.resolve(baseDir, entry))) return entry;
  throw new UserError(`path '${path12.resolve(baseDir, entry)}' does not exist`, {
    option: "path",
    fix: "point the pack path at a pack directory holding Pack.yaml or at a .tar.gz/.tgz"
  });
}
async function expandGlob(pattern, baseDir) {
  const { glob: glob2 } = await Promise.resolve().then(() => (init_dist5(), dist_exports2));
  const posix2 = pattern.split(path12.sep).join("/").replace(/\/+$/, "");
  const files = await glob2([`${posix2}/Pack.yaml`, posix2], {
    cwd: baseDir,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    expandDirectories: false
  });
  const packs = files.map((file) => path12.posix.basename(file) === "Pack.yaml" ? path12.posix.dirname(file) : file).filter((match) => match !== "." || existsSync(path12.join(baseDir, "Pack.yaml"))).filter(
    (match) => ARCHIVE_NAME2.test(match) || existsSync(path12.join(baseDir, match, "Pack.yaml"))
  );
  const unique = [...new Set(packs)].sort(byPath);
  if (unique.length === 0) {
    throw new UserError(`The pack path glob ${JSON.stringify(pattern)} matches no pack`, {
      option: "path",
      fix: "it must match directories that hold a Pack.yaml (e.g. packs/*) or .tar.gz/.tgz archives; check the pattern and the working directory"
    });
  }
  return unique;
}
function byPath(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var GLOB_CHARACTERS, ARCHIVE_NAME2;
var init_sources = __esm({
  "src/core/sources.ts"() {
    "use strict";
    init_errors();
    GLOB_CHARACTERS = /[*?[\]{}]/;
    ARCHIVE_NAME2 = /\.(tar\.gz|tgz)$/i;
  }
});

// src/core/publish.ts
var publish_exports = {};
__export(publish_exports, {
  PACK_CONCURRENCY: () => PACK_CONCURRENCY,
  failedOutcome: () => failedOutcome,
  publish: () => publish
});
async function publish(request, deps) {
  deps.onEvent({ type: "phase", phase: "resolve" });
  let specs;
  let paths;
  try {
    if (request.destinations.length === 0) {
      throw new UserError("No destination was given", {
        option: "destination",
        fix: "give one, e.g. oci://ghcr.io/my-org/my-pack or oci-layout://./out"
      });
    }
    specs = request.destinations.map(parseDestination);
    paths = await expandPackPaths(request.paths, request.baseDir);
  } catch (error) {
    return { outcomes: [failedOutcome(error, "resolve")], ok: false };
  }
  const registries = new RegistryPool(request, deps);
  const multi = paths.length * specs.length > 1;
  try {
    const perPack = await runLimited(
      paths,
      multi ? PACK_CONCURRENCY : 1,
      (packPath) => inJob(
        deps,
        multi,
        packPath,
        (emit) => publishPack(packPath, { request, deps, specs, registries, emit, multi })
      )
    );
    const outcomes = perPack.flat();
    return { outcomes, ok: outcomes.every((o) => o.status !== "failed") };
  } finally {
    registries.close();
  }
}
async function publishPack(packPath, context) {
  context.emit({ type: "phase", phase: "package" });
  let packed;
  try {
    packed = await packageOne(packPath, context);
  } catch (error) {
    return context.specs.map((spec) => ({
      ...failedOutcome(error, "package"),
      destination: spec.kind === "complete" ? spec.destination : void 0
    }));
  }
  const outcomes = new Array(context.specs.length);
  const byRegistry = /* @__PURE__ */ new Map();
  context.specs.forEach((spec, index) => {
    let destination;
    try {
      destination = destinationFor(spec, packed.pack.metadata.name);
    } catch (error) {
      outcomes[index] = { ...failedOutcome(error, "package"), pack: packed.pack };
      return;
    }
    const key = destination.kind === "registry" ? destination.reference.apiHost : `layout ${index}`;
    byRegistry.set(key, [...byRegistry.get(key) ?? [], { index, destination }]);
  });
  await Promise.all(
    [...byRegistry.values()].map(async (targets) => {
      let mountFrom;
      for (const { index, destination } of targets) {
        const outcome = await pushOne(destination, packed, context, mountFrom);
        outcomes[index] = outcome;
        if (destination.kind === "registry" && outcome.status !== "failed") {
          mountFrom ??= destination.reference.repository;
        }
      }
    })
  );
  return outcomes;
}
async function inJob(deps, multi, title, work) {
  if (!multi) return work(deps.onEvent);
  const kept = [];
  try {
    return await work((event) => kept.push(event));
  } finally {
    deps.onEvent({ type: "job", title: `Pack ${title}` });
    for (const event of kept) deps.onEvent(event);
  }
}
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
var PACK_CONCURRENCY;
var init_publish = __esm({
  "src/core/publish.ts"() {
    "use strict";
    init_errors();
    init_limit();
    init_package_one();
    init_registry_pool();
    init_destination();
    init_push_one();
    init_sources();
    PACK_CONCURRENCY = 4;
  }
});

// src/core/git.ts
var git_exports = {};
__export(git_exports, {
  gitCommitTime: () => gitCommitTime
});
import { execFile as execFile2 } from "node:child_process";
import { existsSync as existsSync2, statSync as statSync3 } from "node:fs";
import path13 from "node:path";
async function gitCommitTime(dir) {
  const start = isDirectory(dir) ? path13.resolve(dir) : path13.dirname(path13.resolve(dir));
  const top = checkoutRoot(start);
  if (top === void 0) return void 0;
  const args = ["-c", `safe.directory=${top}`, "-c", "core.fsmonitor=false", "-C", start];
  const output = await run("git", [...args, "log", "-1", "--format=%ct"]);
  const seconds = Number(output?.trim());
  return output !== void 0 && Number.isInteger(seconds) && seconds > 0 ? seconds : void 0;
}
function checkoutRoot(dir) {
  for (let current = dir; ; current = path13.dirname(current)) {
    if (existsSync2(path13.join(current, ".git"))) return current;
    if (path13.dirname(current) === current) return void 0;
  }
}
function isDirectory(p) {
  try {
    return statSync3(p).isDirectory();
  } catch {
    return false;
  }
}
function run(command, args) {
  return new Promise((resolve3) => {
    execFile2(
      command,
      args,
      { encoding: "utf8", timeout: 1e4 },
      (error, stdout) => resolve3(error ? void 0 : stdout)
    );
  });
}
var init_git = __esm({
  "src/core/git.ts"() {
    "use strict";
  }
});

// src/ci/github.ts
init_source();
import fs from "node:fs";
function readGitContext(env = process.env, readFile3 = fs.readFileSync) {
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
  const payload = readEventPayload(nonEmpty(env.GITHUB_EVENT_PATH), readFile3);
  const pullRequest = record(payload?.pull_request);
  set(
    "prNumber",
    positiveInteger2(pullRequest?.number) ?? positiveInteger2(payload?.number) ?? pullRequestNumberFromRef(context.ref)
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
function readEventPayload(path14, readFile3) {
  if (path14 === void 0) return void 0;
  try {
    return record(JSON.parse(readFile3(path14, "utf8")));
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
function positiveInteger2(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : void 0;
}

// src/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function parseDuration(value) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(value);
  if (!match) return void 0;
  const ms = Number(match[1]) * (UNIT_MS[match[2] ?? "s"] ?? 1e3);
  return ms > 0 ? Math.round(ms) : void 0;
}

// src/ci/network-env.ts
var TUNING_ENV = {
  /** A connection silent this long is dropped: '60' (seconds), '1500ms', '2m'. */
  idleTimeout: "SHERPACK_PUSH_IDLE_TIMEOUT",
  /** The first retry waits about this long, doubling after: '250ms', '1s'. */
  retryBaseDelay: "SHERPACK_PUSH_RETRY_BASE_DELAY"
};
function networkSettingsFromEnv(env, log2) {
  const { problems, ...tuning } = transportTuningFromEnv(env);
  for (const problem of problems) log2.warning(problem);
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
  const read = (name2) => {
    const value = env[name2];
    if (value === void 0 || value.trim() === "") return void 0;
    const ms = parseDuration(value);
    if (ms === void 0) {
      tuning.problems.push(
        `${name2}='${value}' is not a duration such as 60, 1500ms, 90s or 2m; using the default`
      );
    }
    return ms;
  };
  const idle = read(TUNING_ENV.idleTimeout);
  if (idle !== void 0) tuning.idleTimeoutMs = idle;
  const base = read(TUNING_ENV.retryBaseDelay);
  if (base !== void 0) tuning.retryBaseDelayMs = base;
  return tuning;
}

// src/action/credentials.ts
init_credentials();

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

// src/action/credentials.ts
function actionCredentialSources(inputs, env) {
  const sources = [
    {
      kind: "pair",
      label: "inputs username/password",
      username: inputs.username,
      password: inputs.password,
      halfSet: inputsHalfSet(Boolean(inputs.token))
    },
    sherpackEnvCredentials(env),
    ...dockerConfigCredentials(env)
  ];
  if (inputs.token) {
    const actor = env.GITHUB_ACTOR || "x-access-token";
    sources.push({
      kind: "token",
      label: `GITHUB_TOKEN (token input) as ${actor}`,
      username: actor,
      token: inputs.token,
      hosts: isGhcr,
      realmHosts: ["ghcr.io"]
    });
  }
  return sources;
}
function inputsHalfSet(tokenSet) {
  return (missing) => {
    const present = missing === "password" ? "username" : "password";
    const tokenHint = tokenSet ? " (The token input is used only for ghcr.io and only without username/password.)" : "";
    return `The ${present} input is set but the ${missing} input is empty: both are needed to log in with a username and password. Set ${missing} (from a secret, e.g. ${missing}: \${{ secrets.REGISTRY_${missing.toUpperCase()} }}), or remove ${present} to use other credentials.` + tokenHint;
  };
}

// src/action/inputs.ts
init_errors();
var INPUT_NAMES = {
  path: "path",
  destination: "destination",
  tags: "tags",
  annotations: "annotations",
  token: "token",
  plainHttp: "plain-http",
  overwrite: "overwrite",
  versionCheck: "version-check",
  skipExisting: "skip-existing",
  timeout: "timeout",
  push: "push"
};
var InputError = class extends UserError {
  name = "InputError";
};
function getInputs(read, env) {
  return {
    paths: lines(read("path")).length > 0 ? lines(read("path")) : ["."],
    destinations: lines(read("destination")),
    tags: read("tags"),
    username: read("username"),
    password: read("password"),
    // action.yml defaults `token` to github.token; run directly, the runner's env may have it.
    token: read("token") || env.GITHUB_TOKEN || "",
    annotations: read("annotations"),
    push: readBoolean(read, "push", true),
    plainHttp: readBoolean(read, "plain-http", false),
    overwrite: readBoolean(read, "overwrite", true),
    versionCheck: readBoolean(read, "version-check", true),
    skipExisting: readBoolean(read, "skip-existing", false),
    timeoutMs: readTimeout(read("timeout") || "10m")
  };
}
function readBoolean(read, name2, fallback) {
  const value = read(name2).trim();
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`Input ${name2} must be true or false, got ${JSON.stringify(value)}`);
}
function readTimeout(value) {
  const ms = parseDuration(value);
  if (ms === void 0) {
    throw new InputError(
      `Input timeout must be a positive duration such as 600, 90s, 10m or 1h, got ${JSON.stringify(value)}`
    );
  }
  return ms;
}
function lines(value) {
  return value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}

// src/action/render.ts
init_errors();
import path2 from "node:path";

// src/action/runner.ts
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { EOL } from "node:os";
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
var Runner = class {
  constructor(env, write = (text) => process.stdout.write(text)) {
    this.env = env;
    this.write = write;
  }
  env;
  write;
  /** An input as the runner passes it: INPUT_<NAME>, spaces as `_`, trimmed; '' when unset. */
  input(name2) {
    return (this.env[`INPUT_${name2.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  }
  command(name2, data, properties = {}) {
    const props = Object.entries(properties).filter(([, value]) => value !== void 0 && value !== "").map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
    this.write(`::${name2}${props ? ` ${props}` : ""}::${escapeData(data)}${EOL}`);
  }
  /** A plain log line; the caller makes sure it cannot read as a command (render.safeLine). */
  info(line) {
    this.write(`${line}${EOL}`);
  }
  debug(message) {
    this.command("debug", message);
  }
  warning(message, where = {}) {
    this.command("warning", message, annotationProps(where));
  }
  error(message, where = {}) {
    this.command("error", message, annotationProps(where));
  }
  mask(secret) {
    if (secret) this.command("add-mask", secret);
  }
  startGroup(title) {
    this.command("group", title);
  }
  endGroup() {
    this.command("endgroup", "");
  }
  /** Appends `name<<DELIMITER` … to GITHUB_OUTPUT, with a delimiter the value cannot hold. */
  setOutput(name2, value) {
    const file = this.env.GITHUB_OUTPUT;
    if (!file) {
      this.command("set-output", value, { name: name2 });
      return;
    }
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name2.includes(delimiter) || value.includes(delimiter)) {
      throw new Error(`the output ${name2} holds its own heredoc delimiter`);
    }
    appendFileSync(file, `${name2}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
  }
  /** Appends HTML to the job summary; false when the runner gave no summary file. */
  appendSummary(html) {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (!file) return false;
    appendFileSync(file, html);
    return true;
  }
};
function annotationProps(where) {
  const props = {};
  if (where.file) props.file = where.file;
  if (where.startLine !== void 0) props.line = where.startLine;
  return props;
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
    repository: destination.display
  };
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
    tagPlan: outcome.tagPlan,
    destination: outcome.destination.display,
    manifestMediaType: outcome.manifest.mediaType
  };
}

// src/action/summary.ts
init_hosts();

// src/action/html.ts
function heading(html, level) {
  return `<h${level}>${html}</h${level}>
`;
}
function paragraph(html) {
  return `<p>${html}</p>
`;
}
function table(rows) {
  const cells = (row) => row.map((cell) => typeof cell === "string" ? `<td>${cell}</td>` : `<th>${cell.data}</th>`).join("");
  return `<table>${rows.map((row) => `<tr>${cells(row)}</tr>`).join("")}</table>
`;
}
function list(items) {
  return `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>
`;
}
function details(label, content) {
  return `<details><summary>${label}</summary>${content}</details>
`;
}

// src/action/summary.ts
var PHASE_TITLES = {
  resolve: "Resolve inputs",
  package: "Package",
  authenticate: "Authenticate",
  upload: "Upload",
  tag: "Tag"
};
function writeSummary(report2, runner) {
  runner.appendSummary(renderSummary(report2));
}
function renderSummary(report2) {
  return [
    headline(report2),
    references(report2.outcome),
    archive(report2.outcome),
    facts(report2.outcome),
    tagPlan(report2.outcome),
    manifestBlock(report2.outcome)
  ].join("");
}
function headline({ outcome, errorMessage: errorMessage2, context }) {
  const parts = [];
  const { pack } = outcome;
  const packName = pack ? `${pack.metadata.name} ${pack.metadata.version}` : void 0;
  if (outcome.status === "failed") {
    const title = packName ? `Sherpack push of ${packName} failed` : "Sherpack push failed";
    const where = outcome.failedIn ? ` in ${PHASE_TITLES[outcome.failedIn]}` : "";
    parts.push(heading(`${escapeHtml(title)}${escapeHtml(where)}`, 2));
    parts.push(paragraph(`<strong>Error:</strong> ${escapeHtml(errorMessage2 ?? "")}`));
    parts.push(paragraph(escapeHtml(whatWasWritten(outcome))));
  } else {
    const verb = outcome.status === "packaged" ? "packaged (not pushed)" : "pushed";
    parts.push(heading(`Sherpack pack ${escapeHtml(packName ?? "")} ${verb}`, 2));
    if (outcome.status === "packaged") {
      parts.push(
        paragraph(
          `push is false: nothing was written. The manifest digest would be <code>${escapeHtml(outcome.manifest?.digest ?? "")}</code>.`
        )
      );
    }
  }
  const page = ghcrPackagePage(outcome, context);
  if (page && outcome.status !== "packaged") {
    parts.push(
      paragraph(`Package page: <a href="${escapeAttribute(page)}">${escapeHtml(page)}</a>`)
    );
  }
  return parts.join("");
}
function references(outcome) {
  const { destination, manifest } = outcome;
  const ref = immutableRef(outcome);
  if (!destination || !manifest || !ref || outcome.tagPlan.length === 0) return "";
  return heading("References", 3) + table([
    headerRow("Reference", "Digest", "Result"),
    ...outcome.tagPlan.map(({ tag }) => {
      const elsewhere = outcome.tagsElsewhere.find((t) => t.tag === tag);
      return [
        code(`${destination.display}:${tag}`),
        code(elsewhere?.digest ?? manifest.digest),
        tagStatus(outcome, tag)
      ];
    }),
    [code(ref), code(manifest.digest), "immutable reference"]
  ]);
}
function archive({ pack }) {
  if (!pack) return "";
  return heading("Archive", 3) + table([
    headerRow("File", "Size", "Layer digest", "Created"),
    [
      code(pack.archiveFileName) + (pack.prebuilt ? " (prebuilt, pushed as it is)" : ""),
      formatSize(pack.archiveSize),
      code(pack.archiveDigest),
      escapeHtml(pack.created)
    ]
  ]);
}
function facts(outcome) {
  const { destination } = outcome;
  const items = [];
  if (destination) items.push(`Destination: ${code(destination.display)}`);
  if (destination?.kind === "registry") {
    const source = outcome.credentialSource;
    items.push(`Credentials: ${source ? escapeHtml(source) : "not looked up"}`);
  }
  if (outcome.blobsUploaded !== void 0) {
    items.push(
      `Uploaded: ${outcome.blobsUploaded} blob(s), ${formatSize(outcome.bytesUploaded ?? 0)}${outcome.blobsMounted ? `; mounted: ${outcome.blobsMounted}` : ""}`
    );
  }
  return items.length > 0 ? list(items) : "";
}
function tagPlan({ tagPlan: plan }) {
  if (plan.length === 0) return "";
  return heading("Tag plan", 3) + table([
    headerRow("Tag", "Rule", "From"),
    ...plan.map((entry) => [
      code(entry.tag),
      escapeHtml(entry.rule),
      entry.source !== void 0 ? code(entry.source) : ""
    ])
  ]);
}
function manifestBlock({ manifest }) {
  if (!manifest) return "";
  const json = JSON.stringify(JSON.parse(manifest.bytes.toString("utf8")), null, 2);
  return details(
    `Manifest ${escapeHtml(manifest.digest)}`,
    `

<pre lang="json"><code>${escapeHtml(json)}</code></pre>

`
  );
}
function whatWasWritten(outcome) {
  const { destination } = outcome;
  const target = destination ? destination.kind === "layout" ? `the OCI layout ${destination.display}` : destination.display : "the destination";
  const written2 = [...outcome.tagsWritten, ...outcome.tagsUnchanged];
  if (written2.length > 0 || outcome.tagsElsewhere.length > 0) {
    const planned = outcome.tagPlan.map((t) => t.tag);
    const missing = planned.filter(
      (tag) => !written2.includes(tag) && !outcome.tagsElsewhere.some((t) => t.tag === tag)
    );
    const parts = [
      written2.length > 0 ? `Tags on this push's digest in ${target}: ${written2.join(", ")}.` : "",
      ...outcome.tagsElsewhere.map((t) => `Tag ${t.tag} points to ${t.digest}, not this push.`),
      missing.length > 0 ? `Not written: ${missing.join(", ")}.` : ""
    ];
    return parts.filter(Boolean).join(" ");
  }
  switch (outcome.failedIn) {
    case "upload":
      return destination?.kind === "layout" ? `Nothing was tagged in ${target}: its index.json was not changed.` : `No tag was written to ${target}. Blobs uploaded before the failure, if any, are not referenced by any tag; a re-run skips them.`;
    case "tag":
      return `No tag was written to ${target}. Every blob is in place, so a re-run uploads nothing again.`;
    default:
      return `Nothing was written to ${target}.`;
  }
}
function ghcrPackagePage(outcome, context) {
  const destination = outcome.destination;
  if (destination?.kind !== "registry" || !isGhcr(destination.reference.registry)) return;
  const [owner, ...rest] = destination.reference.repository.split("/");
  const [repoOwner, repoName] = context?.repository?.split("/") ?? [];
  if (!owner || rest.length === 0 || !repoOwner || !repoName) return;
  if (owner !== repoOwner.toLowerCase()) return;
  return `https://github.com/${repoOwner}/${repoName}/pkgs/container/${encodeURIComponent(rest.join("/"))}`;
}
function tagStatus(outcome, tag) {
  const elsewhere = outcome.tagsElsewhere.find((t) => t.tag === tag);
  if (elsewhere) return "points elsewhere (not this push)";
  if (outcome.tagsWritten.includes(tag)) return "written";
  if (outcome.tagsUnchanged.includes(tag)) return "unchanged (already pointed here)";
  if (outcome.status === "packaged") return "not pushed (push: false)";
  return "not written";
}
function headerRow(...names) {
  return names.map((data) => ({ data, header: true }));
}
function code(text) {
  return `<code>${escapeHtml(text)}</code>`;
}
function formatSize(bytes) {
  const units = ["KiB", "MiB", "GiB"];
  let value = bytes;
  let unit2 = "";
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit2 = next;
  }
  return unit2 === "" ? `${bytes} bytes` : `${value.toFixed(1)} ${unit2} (${bytes} bytes)`;
}
function escapeHtml(text) {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
function escapeAttribute(text) {
  return escapeHtml(text).replaceAll('"', "&quot;");
}
function writeManySummary(outcomes, messages, runner) {
  const failed = outcomes.filter((o) => o.status === "failed").length;
  const title = failed === 0 ? `Sherpack: ${outcomes.length} pack \xD7 destination pushes done` : `Sherpack: ${failed} of ${outcomes.length} pack \xD7 destination pushes failed`;
  const rows = outcomes.map((outcome, index) => [
    code(outcome.pack?.metadata.name ?? "?"),
    escapeHtml(outcome.pack?.metadata.version ?? ""),
    code(outcome.destination?.display ?? "?"),
    outcome.manifest ? code(outcome.manifest.digest) : "",
    escapeHtml(outcome.status),
    escapeHtml(messages[index] ?? outcomeTags(outcome))
  ]);
  runner.appendSummary(
    heading(escapeHtml(title), 2) + table([
      headerRow("Pack", "Version", "Destination", "Digest", "Status", "Tags or error"),
      ...rows
    ])
  );
}
function outcomeTags(outcome) {
  const parts = [
    outcome.tagsWritten.length ? `written: ${outcome.tagsWritten.join(", ")}` : "",
    outcome.tagsUnchanged.length ? `unchanged: ${outcome.tagsUnchanged.join(", ")}` : "",
    ...outcome.tagsElsewhere.map((t) => `${t.tag} \u2192 ${t.digest}`)
  ];
  return parts.filter(Boolean).join("; ");
}

// src/action/render.ts
function safeLine(text) {
  const escaped = escapeData(text);
  return /^\s*::/.test(escaped) ? `\u200B${escaped}` : escaped;
}
var ActionLog = class {
  constructor(runner, workspace) {
    this.runner = runner;
    this.workspace = workspace;
  }
  runner;
  workspace;
  open = false;
  phase;
  inJob = false;
  /** For the credential lookup, which logs where credentials came from (never what they are). */
  logger = {
    info: (message) => this.runner.info(safeLine(message)),
    warning: (message) => this.runner.warning(message),
    debug: (message) => this.runner.debug(message)
  };
  onEvent = (event) => {
    switch (event.type) {
      case "phase":
        this.startPhase(event.phase);
        return;
      case "info":
        this.runner.info(safeLine(event.message));
        return;
      case "debug":
        this.runner.debug(event.message);
        return;
      case "warning":
        this.runner.warning(
          event.message,
          annotationProperties(this.workspace, event.file, event.line)
        );
        return;
      case "progress":
        return;
      case "job":
        this.startJob(event.title);
        return;
    }
  };
  /** Several packs: one group per pack's work; its phases become lines inside it. */
  startJob(title) {
    this.end();
    this.runner.startGroup(title);
    this.open = true;
    this.inJob = true;
  }
  startPhase(phase) {
    if (this.inJob) {
      this.runner.info(`\u25B8 ${PHASE_TITLES[phase]}`);
      return;
    }
    if (this.open && this.phase === phase) return;
    this.end();
    this.phase = phase;
    this.runner.startGroup(PHASE_TITLES[phase]);
    this.open = true;
  }
  end() {
    if (this.open) this.runner.endGroup();
    this.open = false;
  }
};
function failureMessage(error, runner) {
  if (isUserError(error)) {
    if (!error.suggest) return error.message;
    return `${error.message.replace(/\.$/, "")} (${suggestion(error.suggest)})`;
  }
  if (error instanceof Error && error.stack) runner.debug(error.stack);
  const message = error instanceof Error ? error.message : String(error);
  return `${message} (unexpected error in sherpack/push-action: please report it with the debug log)`;
}
function reportFailure(error, message, workspace, runner) {
  const file = isUserError(error) ? error.file : void 0;
  const line = isUserError(error) ? error.line : void 0;
  runner.error(message, annotationProperties(workspace, file, line));
  process.exitCode = 1;
}
function suggestion({ option, value }) {
  if (option === "credentials") {
    return "credentials come from the username and password inputs, SHERPACK_OCI_USERNAME/SHERPACK_OCI_PASSWORD, or a docker/login-action login";
  }
  const input = INPUT_NAMES[option] ?? option;
  return value === void 0 ? `the ${input} input` : `${input}: ${value}`;
}
function annotationProperties(workspace, file, line) {
  const relative2 = workspaceRelative(workspace, file);
  return relative2 ? { file: relative2, startLine: line } : {};
}
function workspaceRelative(workspace, file) {
  if (!file) return void 0;
  const relative2 = path2.relative(workspace, path2.resolve(file));
  return relative2.startsWith("..") || path2.isAbsolute(relative2) ? path2.resolve(file) : relative2.split(path2.sep).join("/");
}

// src/action/outputs.ts
function outputValues(outcome) {
  const values = outcomeValues(outcome);
  if (!values) return void 0;
  return { ...values, metadata: JSON.stringify(outcomeMetadata(outcome)) };
}
function writeOutputs(outcome, runner) {
  const values = outputValues(outcome);
  if (!values) return;
  for (const [name2, value] of Object.entries(values)) runner.setOutput(name2, value);
  runner.info(`digest=${values.digest}`);
  runner.info(`ref=${values.ref}`);
}

// src/action/report.ts
function reportRun(outcomes, context, workspace, runner) {
  const [only] = outcomes;
  if (outcomes.length === 1 && only) {
    reportOne(only, context, workspace, runner);
    return;
  }
  const messages = outcomes.map(
    (outcome) => outcome.status === "failed" ? failureMessage(outcome.error, runner) : void 0
  );
  outcomes.forEach((outcome, index) => {
    const message = messages[index];
    if (message) reportFailure(outcome.error, `${jobName(outcome)}: ${message}`, workspace, runner);
  });
  runner.setOutput("metadata", JSON.stringify(manyMetadata(outcomes, messages)));
  runner.setOutput("digests", digestLines(outcomes).join("\n"));
  const failed = messages.filter(Boolean).length;
  if (failed > 0) {
    runner.error(`${failed} of ${outcomes.length} pack \xD7 destination pushes failed (listed above)`);
    process.exitCode = 1;
  }
  guard(runner, () => writeManySummary(outcomes, messages, runner));
}
function reportOne(outcome, context, workspace, runner) {
  let errorMessage2;
  if (outcome.status === "failed") {
    errorMessage2 = failureMessage(outcome.error, runner);
    reportFailure(outcome.error, errorMessage2, workspace, runner);
  } else {
    writeOutputs(outcome, runner);
  }
  guard(runner, () => writeSummary({ outcome, errorMessage: errorMessage2, context }, runner));
}
function jobName(outcome) {
  const pack = outcome.pack ? `${outcome.pack.metadata.name} ${outcome.pack.metadata.version}` : "a pack";
  return outcome.destination ? `${pack} \u2192 ${outcome.destination.display}` : pack;
}
function manyMetadata(outcomes, messages) {
  return outcomes.map((outcome, index) => ({
    ...outcomeMetadata(outcome) ?? {
      "pack-name": outcome.pack?.metadata.name,
      "pack-version": outcome.pack?.metadata.version,
      repository: outcome.destination?.display
    },
    status: outcome.status,
    ...messages[index] ? { error: messages[index] } : {}
  }));
}
function digestLines(outcomes) {
  const lines2 = /* @__PURE__ */ new Set();
  for (const outcome of outcomes) {
    if (outcome.pack && outcome.manifest) {
      lines2.add(`${outcome.pack.metadata.name}=${outcome.manifest.digest}`);
    }
  }
  return [...lines2];
}
function guard(runner, write) {
  try {
    write();
  } catch (error) {
    runner.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}

// src/action/request.ts
init_annotations();
init_tags();
import os from "node:os";
function publishRequest(inputs, context, env) {
  return {
    paths: inputs.paths,
    baseDir: env.GITHUB_WORKSPACE || process.cwd(),
    destinations: inputs.destinations.length > 0 ? inputs.destinations : [defaultDestination(context)],
    tags: splitList(inputs.tags),
    annotations: parseAnnotations(
      inputs.annotations.split(/\r?\n/),
      (index) => `annotations input, line ${index + 1}`
    ),
    source: context,
    push: inputs.push,
    overwrite: inputs.overwrite,
    skipExisting: inputs.skipExisting,
    versionCheck: inputs.versionCheck,
    plainHttp: inputs.plainHttp,
    timeoutMs: inputs.timeoutMs,
    sourceDateEpoch: env.SOURCE_DATE_EPOCH,
    workDir: env.RUNNER_TEMP || os.tmpdir()
  };
}
function defaultDestination(context) {
  const owner = context.repositoryOwner ?? context.repository?.split("/")[0];
  if (!owner) {
    throw new InputError(
      "destination is not set and there is no GitHub context (GITHUB_REPOSITORY_OWNER) to derive oci://ghcr.io/<owner>/<pack name> from",
      {
        option: "destination",
        fix: "set destination, e.g. oci://ghcr.io/my-org/my-pack or oci-layout://./out"
      }
    );
  }
  return `oci://ghcr.io/${owner.toLowerCase()}/`;
}

// src/main.ts
async function run2(env = process.env) {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const runner = new Runner(env);
  const log2 = new ActionLog(runner, workspace);
  let outcomes;
  let context;
  try {
    log2.startPhase("resolve");
    const inputs = getInputs((name2) => runner.input(name2), env);
    for (const secret of [inputs.password, inputs.token]) runner.mask(secret);
    context = readGitContext(env);
    const request = publishRequest(inputs, context, env);
    const derived = inputs.destinations.length === 0 ? " (derived)" : "";
    runner.info(
      safeLine(
        `Inputs OK: ${inputs.paths.join(", ")} \u2192 ${request.destinations.join(", ")}${derived}; push: ${inputs.push}`
      )
    );
    const [{ publish: publish2 }, { resolveCredential: resolveCredential2 }] = await Promise.all([
      Promise.resolve().then(() => (init_publish(), publish_exports)),
      Promise.resolve().then(() => (init_credentials(), credentials_exports))
    ]);
    const sources = actionCredentialSources(inputs, env);
    const mask = (secret) => runner.mask(secret);
    const network = networkSettingsFromEnv(env, log2.logger);
    if (network.proxy) maskProxyPasswords(network.proxy, mask);
    const result = await publish2(request, {
      credentialFor: (registry, apiHost) => resolveCredential2({ registry, apiHost }, sources, { logger: log2.logger, mask }),
      mask,
      onEvent: log2.onEvent,
      commitTime: async (dir) => (await Promise.resolve().then(() => (init_git(), git_exports))).gitCommitTime(dir),
      network
    });
    outcomes = result.outcomes;
  } catch (error) {
    outcomes = [failedBeforeWork(error)];
  }
  log2.end();
  reportRun(outcomes, context, workspace, runner);
}
function maskProxyPasswords(proxy, mask) {
  for (const value of [proxy.httpProxy, proxy.httpsProxy]) {
    try {
      const password = value ? decodeURIComponent(new URL(value).password) : "";
      if (password) mask(password);
    } catch {
    }
  }
}
function failedBeforeWork(error) {
  return {
    status: "failed",
    failedIn: "resolve",
    error: error instanceof Error ? error : new Error(String(error)),
    tagPlan: [],
    tagsWritten: [],
    tagsUnchanged: [],
    tagsElsewhere: []
  };
}

// src/index.ts
await run2();
