import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  dockerConfigKeys,
  dockerHubServerUrl,
  isDockerHub,
  keyHost
} from "./shared-oci-hosts.js";
import {
  ChildOverrun,
  runBoundedChild
} from "./shared-bounded-child.js";
import {
  UnreadableFile,
  readUserFile
} from "./shared-read-user-file.js";
import {
  UserError
} from "./shared-errors.js";

// src/credentials/credential-error.ts
var CredentialError = class extends UserError {
  name = "CredentialError";
};

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

// src/credentials/helper.ts
var runHelperProcess = (helper, serverUrl, timeoutMs) => runBoundedChild(`docker-credential-${helper}`, ["get"], { input: serverUrl, timeoutMs });
var HELPER_TIMEOUT_MS = 3e4;
function helperTime(deadline) {
  const left = deadline === void 0 ? Infinity : deadline - Date.now();
  return left < HELPER_TIMEOUT_MS ? { timeoutMs: left, boundByStep: true } : { timeoutMs: HELPER_TIMEOUT_MS, boundByStep: false };
}
var helperNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
async function credentialFromHelper(lookup) {
  const { helper, serverUrl, namedIn, logger, mask } = lookup;
  const program = `docker-credential-${helper}`;
  if (!helperNamePattern.test(helper)) {
    logger.warning(
      `Ignoring credential helper "${helper}" (${namedIn}): a helper name is a plain word such as "ecr-login". Fix the name in that file.`
    );
    return void 0;
  }
  const result = await runWithinTime(lookup, program);
  if (result === void 0) return void 0;
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
async function runWithinTime(lookup, program) {
  const { helper, serverUrl, namedIn, logger } = lookup;
  const { timeoutMs, boundByStep } = helperTime(lookup.deadline);
  try {
    if (timeoutMs <= 0) throw new ChildOverrun("no time left", "timeout");
    return await lookup.runHelper(helper, serverUrl, timeoutMs);
  } catch (error) {
    if (error instanceof ChildOverrun && error.reason === "timeout" && boundByStep) {
      throw new CredentialError(
        `Credential helper ${program} (${namedIn}) did not answer before the step's timeout ran out; it was stopped`,
        { option: "timeout", suggest: { option: "timeout" } }
      );
    }
    logger.warning(
      isNotFound(error) ? notInstalled(program, namedIn) : error instanceof ChildOverrun ? `Credential helper ${program} (${namedIn}) ${error.message} and was stopped; trying the next credential source.` : `Credential helper ${program} (${namedIn}) could not be run (${firstLine(errorMessage(error))}); trying the next credential source.`
    );
    return void 0;
  }
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
  const code = error?.code;
  return code === "ENOENT";
}
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}
function firstLine(text) {
  const line = text.trim().split(/\r?\n/, 1)[0] ?? "";
  return line.length > 120 ? `${line.slice(0, 120)}\u2026` : line;
}

// src/credentials/docker-config.ts
var MAX_CONFIG_BYTES = 16 << 20;
async function credentialFromDockerConfig(lookup) {
  const { registry, apiHost, logger, mask, file } = lookup;
  const config = await readConfig(file, logger);
  if (!config) return void 0;
  const keys = dockerConfigKeys(registry, apiHost);
  const hosts = new Set(keys.map(keyHost));
  const serverUrl = [registry, apiHost].some(isDockerHub) ? dockerHubServerUrl : registry;
  const { runHelper, deadline } = lookup;
  const helperLookup = { serverUrl, runHelper, deadline, logger, mask };
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
    text = (await readUserFile(file, MAX_CONFIG_BYTES)).toString("utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    logger.warning(
      `Could not read the Docker config ${file} (${error.message}); ignoring it. ${error instanceof UnreadableFile ? "Make it the JSON file docker login writes" : "Check its permissions"}, or point DOCKER_CONFIG at another directory.`
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
function matchingKeys(record, keys, hosts) {
  const exact = keys.filter((key) => Object.hasOwn(record, key));
  const byHost = Object.keys(record).filter(
    (key) => !exact.includes(key) && hosts.has(keyHost(key))
  );
  return [...exact, ...byHost];
}
function credentialFromAuthEntry(entry, source, logger, mask) {
  if (!isObject(entry)) return void 0;
  const field = (name) => typeof entry[name] === "string" ? entry[name] : "";
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
function objectAt(config, name) {
  const value = config[name];
  return isObject(value) ? value : {};
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/credentials/index.ts
var IDENTITY_TOKEN_USERNAME = "00000000-0000-0000-0000-000000000000";
async function resolveCredential(target, sources, context) {
  for (const source of sources) {
    const found = await fromSource(target, source, context);
    if (!found) continue;
    maskCredential(found, context.mask);
    const credential = identityTokenConvention(found, context.logger);
    context.logger.info(`Credentials: ${credential.source} (for ${target.registry})`);
    return credential;
  }
  context.logger.info(
    `Credentials: none found for ${target.registry} (going on without: anonymous)`
  );
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
        deadline: context.deadline,
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

export {
  CredentialError,
  IDENTITY_TOKEN_USERNAME,
  resolveCredential
};
