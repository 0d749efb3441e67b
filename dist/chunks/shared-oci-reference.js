import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  SHA256_DIGEST
} from "./shared-oci-descriptor.js";
import {
  DOCKER_HUB_API_HOST,
  DOCKER_HUB_NAMES
} from "./shared-oci-hosts.js";
import {
  REPOSITORY_COMPONENT_PATTERN
} from "./shared-oci-types.js";
import {
  UserError
} from "./shared-errors.js";

// src/oci/reference.ts
import { isIPv4, isIPv6 } from "node:net";
var InvalidReferenceError = class extends UserError {
  name = "InvalidReferenceError";
  constructor(message, details = { option: "destination" }) {
    super(message, details);
  }
};
var EXPECTED_FORM = "oci://HOST[:PORT]/REPOSITORY[:TAG]";
var EXAMPLE = "oci://ghcr.io/my-org/my-pack";
var TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
var DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
var MAX_REPOSITORY_LENGTH = 255;
var MAX_TAG_LENGTH = 128;
function parseOciReference(input) {
  const text = input.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (!scheme || scheme[1]?.toLowerCase() !== "oci") {
    throw missingScheme(text, scheme?.[0]);
  }
  const rest = text.slice(scheme[0].length);
  const slash = rest.indexOf("/");
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? "" : rest.slice(slash + 1);
  if (authority.includes("@")) {
    const shown = `oci://***@${authority.slice(authority.lastIndexOf("@") + 1)}/${path}`;
    throw new InvalidReferenceError(
      `Invalid OCI reference '${shown}': credentials must not be written into the reference; pass them as credentials instead. Expected ${EXPECTED_FORM}`,
      { option: "destination", suggest: { option: "credentials" } }
    );
  }
  const fail = (problem) => invalid(text, problem);
  const registry = parseHostPort(authority, fail);
  const { repository, tag, digest } = parseRepositoryPath(path, fail);
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
function parseRepositoryPath(path, fail) {
  if (path === "" || path.startsWith("@") || path.startsWith(":")) {
    fail(`the repository is missing: write it after the host, e.g. ${EXAMPLE}`);
  }
  let namePart = path;
  let digest;
  const at = path.indexOf("@");
  if (at !== -1) {
    digest = path.slice(at + 1);
    namePart = path.slice(0, at);
    if (!SHA256_DIGEST.test(digest)) {
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
  let name = host.trim().toLowerCase();
  if (name.startsWith("[")) {
    const end = name.indexOf("]");
    if (end === -1) return false;
    name = name.slice(1, end);
  } else if (name.split(":").length === 2) {
    name = name.slice(0, name.indexOf(":"));
  }
  if (name === "localhost" || name === "localhost.") return true;
  if (isIPv4(name)) return name.startsWith("127.");
  if (isIPv6(name)) {
    const canonical = new URL(`http://[${name}]/`).hostname;
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
function withoutUserinfo(text) {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)?([^/]*)@/i.exec(text);
  if (!match) return text;
  const [whole, scheme = "", userinfo = ""] = match;
  if (scheme === "" && !userinfo.includes(":")) return text;
  return `${scheme}***@${text.slice(whole.length)}`;
}
function missingScheme(input, scheme) {
  const text = withoutUserinfo(input);
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
    `Invalid OCI reference '${withoutUserinfo(input)}': ${problem}. Expected ${EXPECTED_FORM}, e.g. ${EXAMPLE}`
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

export {
  TAG_PATTERN,
  MAX_TAG_LENGTH,
  parseOciReference,
  formatReference,
  isLoopbackHost,
  parseLayoutDestination
};
