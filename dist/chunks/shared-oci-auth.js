import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  MAX_TAG_LENGTH,
  TAG_PATTERN,
  formatReference,
  isLoopbackHost,
  parseLayoutDestination,
  parseOciReference
} from "./shared-oci-reference.js";
import {
  PartialTagError,
  RegistryError,
  TagConflictError,
  TagGuard,
  TagLedger,
  foreignChallenge,
  httpError,
  manifestAltered,
  manifestNotAsAsked,
  noSuchBlob,
  noSuchManifest,
  noUploadLocation,
  notARegistry,
  parseErrorCodes,
  plainHttpWarning,
  redactUrl,
  unauthorized
} from "./shared-oci-refusals.js";
import {
  SHA256_DIGEST,
  sha256Digest
} from "./shared-oci-descriptor.js";
import {
  hostName,
  isDockerHub
} from "./shared-oci-hosts.js";
import {
  parseStrictSemVer,
  readInTurns
} from "./shared-semver.js";
import {
  DEFAULT_TIMEOUT_MS,
  silentLogger
} from "./shared-oci-types.js";
import {
  UserError,
  messageOf
} from "./shared-errors.js";

// src/core/destination.ts
import path from "node:path";

// src/core/preflight.ts
var ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
var GAR_HOST = /^([a-z0-9-]+)-docker\.pkg\.dev$/;
function ecrRegion(host) {
  return ECR_HOST.exec(hostName(host))?.[2];
}
function checkRegistryRules(reference, asGiven) {
  if (isDockerHub(reference.registry)) checkDockerHub(reference, asGiven);
  const gar = GAR_HOST.exec(hostName(reference.registry));
  if (gar) checkArtifactRegistry(reference, asGiven, gar[1] ?? "LOCATION");
}
function checkDockerHub(reference, asGiven) {
  const levels = reference.repository.split("/");
  const [namespace = "", ...rest] = levels;
  if (levels.length === 2 && namespace !== "library") return;
  const problem = levels.length > 2 ? `has ${levels.length} path levels under Docker Hub, which takes exactly two (NAMESPACE/NAME) and answers any other with a misleading 401` : `names Docker Hub's ${reference.repository} (a bare NAME means library/NAME): the official images, which no account can push to`;
  const example = levels.length > 2 ? `oci://docker.io/${namespace}/${rest.join("-")}` : `oci://docker.io/YOUR-NAMESPACE/${rest.join("/")}`;
  throw new UserError(`Destination '${asGiven}' ${problem}`, {
    option: "destination",
    fix: `write the repository as NAMESPACE/NAME (your Docker Hub user or organization, then the name), e.g. ${example}`
  });
}
function checkArtifactRegistry(reference, asGiven, location) {
  const levels = reference.repository.split("/");
  if (levels.length >= 3) return;
  const [project = "PROJECT", repository = "REPOSITORY"] = levels;
  const example = `oci://${location}-docker.pkg.dev/${project}/${levels.length === 2 ? repository : "REPOSITORY"}/NAME`;
  throw new UserError(
    `Destination '${asGiven}' is not an Artifact Registry path: ${hostName(reference.registry)} takes LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/NAME (a project, a repository, then the pack's name)`,
    { option: "destination", fix: `write it as ${example}` }
  );
}
function explainMissingRepository(error, reference) {
  const region = ecrRegion(reference.apiHost);
  if (region === void 0 || !(error instanceof RegistryError)) return error;
  const missing = error.hasCode("NAME_UNKNOWN") || /RepositoryNotFoundException/.test(error.message);
  if (error.status !== 404 || !missing) return error;
  const name = reference.repository;
  return new UserError(
    `The ECR repository ${name} does not exist in ${reference.registry}, and no create-on-push repository creation template covers it; nothing was uploaded`,
    {
      option: "destination",
      cause: error,
      fix: `create it (aws ecr create-repository --repository-name ${name} --region ${region}), or let ECR create repositories on push with a repository creation template (aws ecr create-repository-creation-template --prefix ROOT --applied-for CREATE_ON_PUSH --region ${region}), then push again`
    }
  );
}

// src/core/destination.ts
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
    const absolute = path.resolve(dir);
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
function checkedDestination(input) {
  const spec = parseDestination(input);
  if (spec.kind === "prefix") return spec.prefix;
  const { display, tag } = spec.destination;
  return tag === void 0 ? display : `${display}:${tag}`;
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
  checkRegistryRules(reference, asGiven);
  return { kind: "registry", reference, tag: reference.tag, display: formatReference(reference) };
}

// src/oci/challenge.ts
var TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
var TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*/;
function parseChallenges(header2) {
  if (header2 === void 0) return [];
  const text = Array.isArray(header2) ? header2.filter((h) => typeof h === "string").join(", ") : header2;
  if (typeof text !== "string") return [];
  return new ChallengeScanner(text).parse();
}
var ChallengeScanner = class {
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
      const name = this.token();
      if (name === "") {
        this.skipJunk();
        continue;
      }
      const afterName = this.pos;
      this.skipWhile(/[ \t]/);
      if (this.peek() === "=") {
        this.pos++;
        this.skipWhile(/[ \t]/);
        const value = this.value();
        const key = name.toLowerCase();
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
      current = { scheme: name.toLowerCase(), params: {} };
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

// src/oci/credential-audience.ts
var CredentialAudience = class {
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

// src/oci/connections.ts
import net from "node:net";

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

// src/oci/connections.ts
var POOL = { keepAlive: true, maxSockets: 16 };
var builtin = (id) => process.getBuiltinModule(id);
var httpModule = () => builtin("node:http");
var httpsModule = () => builtin("node:https");
var tlsModule = () => builtin("node:tls");
var Connections = class {
  constructor(options) {
    this.options = options;
  }
  options;
  directHttpAgent;
  directHttpsAgent;
  proxyAgents = /* @__PURE__ */ new Map();
  /** The CAs to trust when extra ones are given; undefined: Node's defaults. */
  get ca() {
    const extra = this.options.ca;
    return extra && extra.length > 0 ? [...tlsModule().rootCertificates, ...extra] : void 0;
  }
  /**
   * The pool for direct https. The identity check is an agent option (https.Agent takes every
   * tls.connect option), so every request shares the pool's connections.
   */
  get directHttps() {
    this.directHttpsAgent ??= new (httpsModule()).Agent({
      ...POOL,
      ca: this.ca,
      checkServerIdentity
    });
    return this.directHttpsAgent;
  }
  get directHttp() {
    this.directHttpAgent ??= new (httpModule()).Agent(POOL);
    return this.directHttpAgent;
  }
  async route(url) {
    const proxy = proxyFor(url, this.options.proxy);
    const https = url.protocol === "https:";
    if (!proxy) {
      const agent2 = https ? this.directHttps : this.directHttp;
      const request = https ? httpsModule().request : httpModule().request;
      return {
        tunnel: false,
        open: (method, headers, signal) => request(url, { method, headers, agent: agent2, signal })
      };
    }
    if (!https) {
      return {
        proxy,
        tunnel: false,
        open: (method, headers, signal) => this.viaProxy(proxy, url, method, headers, signal)
      };
    }
    const agent = await this.tunnelAgent(proxy);
    const identity = tunnelIdentityCheck(url);
    return {
      proxy,
      tunnel: true,
      open: (method, headers, signal) => httpsModule().request(url, { method, headers, agent, signal, ca: this.ca, ...identity })
    };
  }
  /** Frees the keep-alive sockets so the process can exit at once. */
  close() {
    this.directHttpAgent?.destroy();
    this.directHttpsAgent?.destroy();
    for (const agent of this.proxyAgents.values()) agent.destroy();
    this.proxyAgents.clear();
  }
  /**
   * Plain HTTP through a proxy: the request goes to the proxy with the absolute URI, on a new
   * connection each time. Proxies such as tinyproxy close the connection after each answer
   * without saying so, and a pooled socket would then fail the next request, uploads included.
   */
  viaProxy(proxy, url, method, headers, signal) {
    const secure = proxy.protocol === "https:";
    const key = `absolute ${proxy.href}`;
    let agent = this.proxyAgents.get(key);
    if (!agent) {
      const single = { keepAlive: false, maxSockets: POOL.maxSockets };
      agent = secure ? new (httpsModule()).Agent({ ...single, ca: this.ca }) : new (httpModule()).Agent(single);
      this.proxyAgents.set(key, agent);
    }
    const sent = { ...headers, Host: url.host };
    const authorization = proxyAuthorization(proxy);
    if (authorization) sent["Proxy-Authorization"] = authorization;
    return (secure ? httpsModule().request : httpModule().request)({
      protocol: proxy.protocol,
      hostname: proxy.hostname.replace(/^\[|\]$/g, ""),
      port: proxy.port || (secure ? 443 : 80),
      method,
      path: url.href,
      headers: sent,
      agent,
      signal
    });
  }
  async tunnelAgent(proxy) {
    const key = `tunnel ${proxy.href}`;
    const existing = this.proxyAgents.get(key);
    if (existing) return existing;
    const { HttpsProxyAgent } = await import("./https-proxy-agent.js");
    const raced = this.proxyAgents.get(key);
    if (raced) return raced;
    const agent = new HttpsProxyAgent(proxy.href, { ...POOL, ca: this.ca });
    this.proxyAgents.set(key, agent);
    return agent;
  }
};
function tunnelIdentityCheck(url) {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!net.isIP(host)) return {};
  return { checkServerIdentity: (_name, cert) => checkServerIdentity(host, cert) };
}
function checkServerIdentity(hostname, cert) {
  const name = hostname.replace(/^\[|\]$/g, "");
  const error = tlsModule().checkServerIdentity(name, cert);
  if (!error || !net.isIPv6(name)) return error;
  const altNames = cert.subjectaltname ?? "";
  if (altNames.includes('"')) return error;
  const wanted = canonicalIPv6(name);
  const listed = altNames.split(", ").filter((entry) => entry.startsWith("IP Address:")).map((entry) => entry.slice("IP Address:".length)).filter((ip) => net.isIPv6(ip));
  return listed.some((ip) => canonicalIPv6(ip) === wanted) ? void 0 : error;
}
function canonicalIPv6(address) {
  return new URL(`http://[${address}]/`).hostname;
}

// src/oci/exchange.ts
import { open } from "node:fs/promises";
import { finished, pipeline } from "node:stream/promises";
var SinkFailure = class extends Error {
  constructor(failure) {
    super(failure instanceof Error ? failure.message : String(failure));
    this.failure = failure;
  }
  failure;
};
var BodyFailure = class extends Error {
  constructor(failure) {
    super(failure instanceof Error ? failure.message : String(failure));
    this.failure = failure;
  }
  failure;
};
var MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
var EMPTY = Buffer.alloc(0);
var FILE_CHUNK = 1 << 20;
function codedError(message, code, extra = {}) {
  return Object.assign(new Error(message), { code }, extra);
}
function exchange(route, options) {
  return new Promise((resolve, reject) => {
    const request = route.open(options.method, options.headers, options.signal);
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
        resolve(response);
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
    request.on("proxyConnect", (connect) => {
      if (connect.statusCode === void 0 || connect.statusCode === 200) return;
      const status = connect.statusCode;
      settle(codedError(`CONNECT answered ${status}`, "EPROXYCONNECT", { proxyStatus: status }));
    });
    request.on("response", (response) => {
      answered = true;
      const status = response.statusCode ?? 0;
      if (options.method === "HEAD") {
        response.resume();
        settle(void 0, { status, headers: response.headers, body: EMPTY });
        return;
      }
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
  if (body === void 0 || Buffer.isBuffer(body)) request.end(body);
  else if ("file" in body) await writeFile(request, body);
  else await pipeline(body, request);
}
async function writeFile(request, body) {
  const file = await open(body.file, "r");
  let total = 0;
  try {
    await readInTurns(file, FILE_CHUNK, async (chunk) => {
      await written(request, chunk);
      total += chunk.length;
      body.onProgress?.(total);
    });
  } finally {
    await file.close();
  }
  request.end();
}
function written(request, chunk) {
  return new Promise((resolve, reject) => {
    const closed = () => reject(codedError("the connection closed during the upload", "ECONNRESET"));
    request.once("close", closed);
    request.write(chunk, (error) => {
      request.off("close", closed);
      if (error) reject(error);
      else resolve();
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
  return new Promise((resolve, reject) => {
    const cut = (error) => reject(new BodyFailure(asConnectionError(error)));
    sink.on("error", (error) => reject(new SinkFailure(error)));
    sink.on("finish", () => resolve(EMPTY));
    response.on("error", cut);
    response.on("close", () => {
      if (!response.complete) cut(codedError("the connection closed mid-answer", "ECONNRESET"));
    });
    response.pipe(sink);
  });
}
function asConnectionError(error) {
  const code = error?.code;
  if (code === "ERR_STREAM_PREMATURE_CLOSE") {
    return codedError("the connection closed before the whole answer arrived", "ECONNRESET");
  }
  return error;
}

// src/oci/network-advice.ts
var HopFailure = class extends Error {
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
function networkFailureAdvice(failure, idleTimeoutMs, answered) {
  return failure.proxy && proxyAdvice(failure, failure.proxy) || bodyAdvice(failure, idleTimeoutMs) || networkAdvice(failure, idleTimeoutMs, answered);
}
function networkAdvice(failure, idleTimeoutMs, answered) {
  const code = failure.code;
  const reason = code ?? failure.message;
  const proxied = failure.proxy !== void 0;
  if (code === "DEADLINE") {
    return {
      reason: "the overall timeout ran out while waiting for the registry",
      advice: "raise the timeout or try again later",
      suggest: { option: "timeout" }
    };
  }
  if (code === "ECONNABORTED" || code === "ETIMEDOUT") {
    return {
      reason: `no answer for ${idleTimeoutMs / 1e3} s (${code})`,
      advice: "the registry or a proxy in between stalled: try again later, or raise the idle timeout for a slow link"
    };
  }
  if (code === "ECONNREFUSED") {
    return proxied ? {
      reason,
      advice: "nothing listens at the proxy: check the proxy URL (HTTPS_PROXY, HTTP_PROXY)"
    } : {
      reason,
      // Over https, a local registry on plain HTTP is a likely cause; with plain HTTP on, not.
      advice: failure.target.protocol === "http:" ? "nothing listens there: check the host and port" : "nothing listens there: check the host and port (a local registry may serve plain HTTP)"
    };
  }
  if (code === "EPROTO" || /wrong version number|packet length too long/i.test(reason)) {
    return {
      reason: `the server did not answer with TLS (${code ?? "EPROTO"})`,
      advice: "it looks like a plain-HTTP registry: for a local test registry use plain HTTP; otherwise check the port",
      suggest: { option: "plainHttp", value: "true" }
    };
  }
  if (code === "ENOTFOUND") {
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
    advice: answered ? "the connection broke after the registry had answered: try again later" : "check that the registry host and port are right and reachable from here"
  };
}
function bodyAdvice(failure, idleTimeoutMs) {
  const code = failure.code;
  if (!failure.duringBody || code === "DEADLINE") return void 0;
  const stalled = code === "ECONNABORTED" || code === "ETIMEDOUT";
  return {
    reason: stalled ? `the answer stopped arriving for ${idleTimeoutMs / 1e3} s (${code})` : `the connection broke while the answer was arriving (${code ?? failure.message})`,
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
function networkCode(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const e = error;
  if (typeof e.message === "string" && /socket hang up/i.test(e.message)) return "ECONNRESET";
  if (typeof e.code === "string") return e.code;
  if (typeof e.cause?.code === "string") return e.cause.code;
  return void 0;
}

// src/oci/rate-limit.ts
var SECONDARY_RATE_LIMIT = /secondary rate limit/i;
var SECONDARY_RATE_LIMIT_WAIT_MS = 6e4;
function rateLimit(response) {
  if (response.status === 429) return { why: "rate limited by the registry (429)" };
  if (response.status !== 403 || !SECONDARY_RATE_LIMIT.test(response.body.toString("utf8"))) {
    return void 0;
  }
  return {
    why: "rate limited by the registry (403: secondary rate limit)",
    waitMs: SECONDARY_RATE_LIMIT_WAIT_MS
  };
}
function formatSeconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}
function header(response, name) {
  const value = response.headers[name.toLowerCase()];
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

// src/oci/transport.ts
var RETRYABLE_STATUS = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
var RETRYABLE_NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "ECONNABORTED"
]);
var REDIRECT_STATUS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS = 10;
var USER_AGENT = "sherpack-push";
var defaultRetryPolicy = {
  retries: 5,
  baseDelayMs: 250,
  maxDelayMs: 4e3,
  // Waiting less than asked only earns another refusal: the overall deadline is the bound.
  maxRetryAfterMs: Number.POSITIVE_INFINITY
};
var NetworkError = class extends RegistryError {
  constructor(message, method, url, code, details, duringBody = false) {
    super(message, method, url, void 0, [], details);
    this.code = code;
    this.duringBody = duringBody;
  }
  code;
  duringBody;
  name = "NetworkError";
};
var AbortedRequest = class extends Error {
  name = "AbortedRequest";
  constructor(request) {
    super(`${describe(request)}: abandoned, the work it was part of had failed`);
  }
};
var Transport = class {
  constructor(options) {
    this.options = options;
    this.retry = { ...defaultRetryPolicy, ...options.retry };
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
    this.connections = new Connections({ proxy: options.proxy, ca: options.ca });
  }
  options;
  connections;
  closed = false;
  /** Origins that have answered at least once: a later failure is not a wrong host or port. */
  answered = /* @__PURE__ */ new Set();
  retry;
  sleep;
  random;
  get logger() {
    return this.options.logger;
  }
  /**
   * Frees the keep-alive sockets so the process can exit at once; requests still running end
   * with an AbortedRequest, quietly.
   */
  close() {
    this.closed = true;
    this.connections.close();
  }
  /**
   * Sends a request, following redirects and retrying what is safe to retry.
   * `authorization` goes only to `authOrigin` (the origin the credentials were issued for).
   */
  async send(request, authorization) {
    const authOrigin = request.url.origin;
    for (let attempt = 0; ; attempt++) {
      if (this.abandoned(request)) throw new AbortedRequest(request);
      let response;
      try {
        response = await this.followRedirects(request, authorization, authOrigin);
      } catch (error) {
        if (this.abandoned(request)) throw new AbortedRequest(request);
        if (!(error instanceof HopFailure)) throw error;
        const code = error.code;
        const retryable = request.retryNetworkErrors !== false && !error.duringBody && code !== void 0 && isRetryableNetwork(code);
        if (!retryable || attempt >= this.retry.retries) {
          throw this.networkError(request, error, attempt);
        }
        const why = code === "ECONNABORTED" || code === "ETIMEDOUT" ? `no answer for ${this.options.idleTimeoutMs / 1e3} s` : `network error ${code}`;
        await this.backOff(request, attempt, why, void 0);
        continue;
      }
      const limit = rateLimit(response);
      if ((limit || RETRYABLE_STATUS.has(response.status)) && attempt < this.retry.retries) {
        const retryAfter = parseRetryAfter(header(response, "retry-after"), Date.now());
        const why = limit?.why ?? `status ${response.status}`;
        await this.backOff(request, attempt, why, retryAfter ?? limit?.waitMs);
        continue;
      }
      return response;
    }
  }
  abandoned(request) {
    return this.closed || request.signal?.aborted === true;
  }
  async backOff(request, attempt, why, retryAfterMs) {
    if (this.abandoned(request)) throw new AbortedRequest(request);
    const exponential = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** attempt);
    let delay = exponential / 2 + this.random() * exponential / 2;
    if (retryAfterMs !== void 0) delay = Math.min(retryAfterMs, this.retry.maxRetryAfterMs);
    const remaining = this.options.deadline - Date.now();
    if (delay >= remaining) {
      const asked = retryAfterMs === void 0 ? "" : ` (asked to wait ${formatSeconds(delay)})`;
      throw new RegistryError(
        `${describe(request)} failed with ${why}${asked} and the overall timeout leaves no time to retry: raise the timeout or try again later`,
        request.method,
        redactUrl(request.url),
        void 0,
        [],
        { suggest: { option: "timeout" } }
      );
    }
    const waiting = retryAfterMs === void 0 ? "retry" : "waiting as the registry asks, retry";
    this.logger.info(
      `${describe(request)}: ${why}; ${waiting} ${attempt + 1}/${this.retry.retries} in ${formatSeconds(delay)}`
    );
    await this.sleep(delay);
  }
  networkError(request, failure, attempt) {
    const tries = attempt > 0 ? ` after ${attempt + 1} attempts` : "";
    const answered = this.answered.has(failure.target.origin);
    const { reason, advice, suggest } = networkFailureAdvice(
      failure,
      this.options.idleTimeoutMs,
      answered
    );
    const via = failure.proxy ? ` (through the proxy ${describeProxy(failure.proxy)})` : "";
    return new NetworkError(
      `${describe(request)} failed${tries}: ${reason}${via}; ${advice}`,
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
        sink: request.sink,
        signal: request.signal
      });
      if (!REDIRECT_STATUS.has(response.status)) return response;
      const location = header(response, "location");
      if (!location) return response;
      const next = new URL(location, url);
      if (url.protocol === "https:" && next.protocol !== "https:") {
        throw new RegistryError(
          `${describe(request)}: the registry redirected from https to ${next.protocol}//${next.host}; refusing to downgrade the connection`,
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
      `${describe(request)}: more than ${MAX_REDIRECTS} redirects; the registry or a proxy is misconfigured`,
      request.method,
      redactUrl(request.url)
    );
  }
  /**
   * One request on one hop; a failure without a whole HTTP answer becomes a HopFailure, and a
   * failure of the caller's sink is thrown as it is.
   */
  async once(hop) {
    const { method, url, body, authorization, sink, signal } = hop;
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
        signal,
        // Only a 2xx is offered: a redirect is followed, and an error is read for its message.
        sink: sink && (({ status, headers }) => status >= 200 && status < 300 ? sink({ status, headers, url }) : void 0)
      });
      if (route.proxy && !route.tunnel && response.status === 407) {
        throw codedError("the proxy answered 407", "EPROXYCONNECT", { proxyStatus: 407 });
      }
      this.answered.add(url.origin);
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
function isRetryableNetwork(code) {
  return RETRYABLE_NETWORK_CODES.has(code);
}
function describe(request) {
  return request.what ?? `${request.method} ${redactUrl(request.url)}`;
}

// src/oci/auth.ts
var DEFAULT_TOKEN_LIFETIME_S = 60;
var RENEW_MARGIN_MS = 5e3;
var CLIENT_ID = "sherpack-push-action";
var ANY_SCOPE = "*";
function scopeKey(scopes) {
  return [...new Set(scopes)].sort().join(" ");
}
var Authenticator = class {
  audience;
  transport;
  credential;
  mask;
  cache = /* @__PURE__ */ new Map();
  pending = /* @__PURE__ */ new Map();
  /** The registry's last Bearer challenge: tokens for other scopes are asked for at once. */
  bearerChallenge;
  answered = false;
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
  /**
   * How the registry let us in, in the words of what happened: with the credentials, with a
   * token its realm gave without any, or with nothing because it asked for nothing.
   */
  describeAccess(host, sentAuthorization) {
    if (sentAuthorization) {
      return this.credential ? `Authenticated to ${host} as ${this.credential.source}` : `Authenticated to ${host} with an anonymous token (no credentials were found)`;
    }
    return this.credential ? `${host} needed no credentials (those from ${this.credential.source} were not sent)` : `${host} needed no credentials`;
  }
  get hasCredential() {
    return this.credential !== void 0;
  }
  /**
   * Whether the registry has answered anything yet: after that, a scope it wants a token for
   * is asked for without waiting for its 401 (anticipate), and other scopes need none.
   */
  get knowsScheme() {
    return this.answered;
  }
  /** Told of every answer from the registry's origin, so knowsScheme holds. */
  noteAnswer(response) {
    if (this.audience.isRegistry(response.url)) this.answered = true;
  }
  /** The Authorization to send with a request to `url`: only the registry's origin gets one. */
  cached(url, scopes) {
    if (!this.audience.isRegistry(url)) return void 0;
    const hit = this.cache.get(scopeKey(scopes)) ?? this.cache.get(ANY_SCOPE);
    if (hit && hit.expiresAt > Date.now()) return hit.value;
    return void 0;
  }
  /**
   * The Authorization for `scopes` without waiting for a 401: a token from the realm of the
   * registry's last Bearer challenge (realm and service do not depend on the repository). The
   * round trip to the registry that would only fetch its challenge again is saved. Undefined
   * when no Bearer challenge was seen, or for a `url` that is not the registry.
   */
  async anticipate(url, scopes) {
    const challenge = this.bearerChallenge;
    if (!challenge || !this.audience.isRegistry(url)) return void 0;
    return this.shared(scopeKey(scopes), async (key) => {
      const token = await this.bearerToken(challenge, [...new Set(scopes)], this.audience.registry);
      if (!token) return void 0;
      this.cache.set(key, token);
      return token.value;
    });
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
    } else {
      const ready = this.cached(response.url, scopes);
      if (ready !== void 0) return ready;
    }
    const asked = [...new Set(scopes)];
    return this.shared(key, () => this.negotiate(response, asked, key));
  }
  /** Concurrent callers for the same scopes share one token request. */
  shared(key, work) {
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const started = work(key).finally(() => this.pending.delete(key));
    this.pending.set(key, started);
    return started;
  }
  async negotiate(response, scopes, key) {
    const challenges = parseChallenges(response.headers["www-authenticate"]);
    const bearer = challenges.find((c) => c.scheme === "bearer");
    const basic = challenges.find((c) => c.scheme === "basic");
    if (bearer) {
      this.bearerChallenge = bearer;
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
function challengeError(response) {
  const challenges = parseChallenges(header(response, "www-authenticate"));
  return challenges.find((c) => c.scheme === "bearer")?.params.error;
}

// src/oci/authorized-client.ts
var MANIFEST_ACCEPT = [
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.docker.distribution.manifest.list.v2+json"
].join(", ");
function scopeFor(repository, access) {
  return [`repository:${repository}:${access === "push" ? "pull,push" : "pull"}`];
}
var AuthorizedClient = class {
  constructor(base, transport, auth, logger) {
    this.base = base;
    this.transport = transport;
    this.auth = auth;
    this.logger = logger;
  }
  base;
  transport;
  auth;
  logger;
  /** Whether the registry has answered anything yet (for the words of a first failure). */
  contacted = false;
  authenticated = /* @__PURE__ */ new Set();
  url(path3) {
    return new URL(path3, this.base);
  }
  /**
   * One request with authentication: on a 401, negotiate (once) and send again; a scope the
   * registry's known challenge covers gets its token before the first send. `renegotiate`
   * false: a 401 to a request that carried an authorization is returned as it came.
   */
  async send(request, scope, renegotiate = true) {
    const cached = this.auth.cached(request.url, scope) ?? await this.auth.anticipate(request.url, scope);
    const response = await this.transport.send(request, cached);
    this.contacted = true;
    this.auth.noteAnswer(response);
    if (response.status !== 401 || cached !== void 0 && !renegotiate) {
      return this.accessGranted(response, scope, cached);
    }
    const authorization = await this.auth.fromChallenge(response, scope, cached !== void 0);
    if (!authorization) return response;
    const again = await this.transport.send(request, authorization);
    return this.accessGranted(again, scope, authorization);
  }
  /**
   * GET /v2/ with credentials for `scopes` (the spec's "determining support"): learns how the
   * registry wants us to authenticate, and gets the token, in a request of its own.
   */
  async ping(repository, scopes) {
    const url = this.url("/v2/");
    const what = `Contact ${this.base.host}`;
    const response = await this.send({ method: "GET", url, what }, scopes);
    if (response.status === 200) return;
    if (response.status === 404) throw notARegistry(this.base.host, url);
    throw this.failure(response, "GET", repository, what, scopes);
  }
  /**
   * After a 404 where a registry never answers one (an upload session): GET /v2/ tells a host
   * that is no registry at all, which the push's first requests could not (a HEAD's 404 only
   * says "not there"). Returns when it does answer as a registry.
   */
  async assertRegistry(scope) {
    const url = this.url("/v2/");
    const response = await this.send(
      { method: "GET", url, what: `Contact ${this.base.host}` },
      scope
    );
    if (response.status === 404) throw notARegistry(this.base.host, url);
  }
  /** The error for an answer the caller did not expect. */
  failure(response, method, repository, what, scope) {
    if (response.status !== 401) {
      return httpError(method, response.url, response.status, response.body, what);
    }
    if (!this.auth.audience.isRegistry(response.url)) {
      return foreignChallenge(this.base.host, response.url, method);
    }
    const asker = {
      host: this.base.host,
      push: scope[0]?.endsWith(",push") ?? false,
      repository,
      credentialSource: this.auth.hasCredential ? this.auth.source : void 0,
      challengeError: challengeError(response)
    };
    return unauthorized(asker, method, response.url);
  }
  /**
   * The error for a HEAD the registry refused. A HEAD's answer has no body to say why, and the
   * first requests of a push are HEADs: the same GET is asked for the registry's own words.
   */
  async headFailure(response, repository, what, scope, signal) {
    if (response.status === 401) return this.failure(response, "HEAD", repository, what, scope);
    const headers = { Accept: MANIFEST_ACCEPT };
    const read = await this.send({ method: "GET", url: response.url, headers, what, signal }, scope);
    if (read.status !== response.status) {
      return this.failure(response, "HEAD", repository, what, scope);
    }
    return this.failure(read, "GET", repository, what, scope);
  }
  /** Says once per scope how the registry let us in, at its first answer that is not a 401. */
  accessGranted(response, scope, authorization) {
    const key = scopeKey(scope);
    if (response.status !== 401 && !this.authenticated.has(key)) {
      this.authenticated.add(key);
      this.logger.info(this.auth.describeAccess(this.base.host, authorization !== void 0));
    }
    return response;
  }
};

// src/oci/download.ts
import { createHash, randomBytes } from "node:crypto";
import { open as open2, rename, rm } from "node:fs/promises";
import path2 from "node:path";
import { Writable } from "node:stream";
var DOWNLOAD_ATTEMPTS = 3;
var WRITE_BUFFER = 1 << 20;
async function downloadBlob(download) {
  const { descriptor, filePath } = download;
  if (!SHA256_DIGEST.test(descriptor.digest)) {
    throw mismatch(download, `its digest ${descriptor.digest} is not sha256:<64 hex>`);
  }
  const temp = path2.join(
    path2.dirname(filePath),
    `.${path2.basename(filePath)}.${randomBytes(6).toString("hex")}.part`
  );
  const handle = await open2(temp, "wx");
  let closed = false;
  try {
    const digest = await fetchWithRestarts(download, handle, temp);
    await handle.sync();
    await handle.close();
    closed = true;
    if (digest !== descriptor.digest) {
      throw mismatch(
        download,
        `digest mismatch: its bytes hash to ${digest}, not ${descriptor.digest}`
      );
    }
    await rename(temp, filePath);
  } catch (error) {
    if (!closed) await handle.close().catch(() => {
    });
    await rm(temp, { force: true });
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
var BlobWriter = class extends Writable {
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
  hash = createHash("sha256");
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
    this.download.onProgress?.(this.received);
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

// src/oci/blob-store.ts
var UPLOAD_ATTEMPTS = 3;
var BlobStore = class {
  constructor(client, repository, scope, logger, signal) {
    this.client = client;
    this.repository = repository;
    this.scope = scope;
    this.logger = logger;
    this.signal = signal;
  }
  client;
  repository;
  scope;
  logger;
  signal;
  /**
   * Whether the repository has the blob: HEAD, 200 or 404
   * (spec: "Checking if content exists in the registry").
   */
  async exists(digest) {
    const url = this.client.url(`/v2/${this.repository}/blobs/${digest}`);
    const what = this.client.contacted ? `Check blob ${short(digest)}` : `Contact ${this.client.base.host}`;
    const response = await this.send({ method: "HEAD", url, what });
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw await this.client.headFailure(response, this.repository, what, this.scope, this.signal);
  }
  /** Mounts the blob from `mountFrom` when given and the registry agrees, else uploads it. */
  async push(blob, mountFrom) {
    if (mountFrom === void 0) return { mounted: false, bytes: await this.upload(blob) };
    const mount = await this.mount(blob.descriptor.digest, mountFrom);
    if (mount === "mounted") return { mounted: true, bytes: 0 };
    return { mounted: false, bytes: await this.upload(blob, mount) };
  }
  /**
   * Asks the registry to link the blob from `from`, another repository of its own
   * (spec: "Mounting a blob from another repository"): 201 done. 202: it declined and opened
   * an upload session, whose Location is returned for the PUT. Anything else (401/403 without
   * pull access to `from`, 404, 405) leaves a normal upload.
   */
  async mount(digest, from) {
    const url = this.client.url(`/v2/${this.repository}/blobs/uploads/`);
    url.searchParams.set("mount", digest);
    url.searchParams.set("from", from);
    const what = `Mount blob ${short(digest)} from ${from}`;
    const response = await this.send(
      { method: "POST", url, headers: { "Content-Length": "0" }, what },
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
   * Uploads the whole blob in one PUT to an upload session (spec: "Pushing a blob
   * monolithically", POST then PUT): `session` when given (a declined mount's), else one
   * POSTed here. Returns the bytes sent.
   *
   * A PUT whose answer is lost may have been taken: it is not sent again blindly (the session
   * may be gone, and a registry could count it twice). The blob is asked for by digest; the
   * upload starts again only when the registry does not have it, and when the last attempt
   * fails, a blob the registry has after all counts as uploaded.
   */
  async upload(blob, session) {
    const { digest, size } = blob.descriptor;
    const what = `Upload blob ${short(digest)}`;
    for (let attempt = 1; ; attempt++) {
      const given = attempt === 1 ? session : void 0;
      const location = given ?? await this.startUpload(what);
      location.searchParams.set("digest", digest);
      let response;
      try {
        response = await this.send({
          method: "PUT",
          url: location,
          headers: { "Content-Type": "application/octet-stream", "Content-Length": String(size) },
          // A file is read with bounded buffers by the transport: memory stays flat.
          body: () => "content" in blob ? blob.content : { file: blob.path, onProgress: blob.onProgress },
          // The registry may have taken the blob even when its answer was lost: see above.
          retryNetworkErrors: false,
          what
        });
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
        if (await this.exists(digest).catch(() => false)) {
          this.logger.info(`${what}: the answer was lost, but the registry has the blob`);
          return size;
        }
        if (attempt >= UPLOAD_ATTEMPTS) throw error;
        this.logger.info(
          `${what}: ${error.code ?? "connection lost"} during the upload; starting it again`
        );
        continue;
      }
      if (response.status === 201) return size;
      if (response.status === 404 && attempt < UPLOAD_ATTEMPTS) {
        if (await this.exists(digest)) return size;
        continue;
      }
      throw this.client.failure(response, "PUT", this.repository, what, this.scope);
    }
  }
  /**
   * Downloads a blob into `filePath` (spec: "Pulling blobs") with one GET streamed to a temp
   * file beside it while its size and sha256 are checked, renamed only when both match; on any
   * failure no file is left. Redirects to blob storage are followed without the registry's
   * Authorization.
   */
  async fetch(descriptor, filePath, onProgress) {
    const url = this.client.url(`/v2/${this.repository}/blobs/${descriptor.digest}`);
    const what = `Download blob ${short(descriptor.digest)}`;
    await downloadBlob({
      descriptor,
      filePath,
      what,
      url: redactUrl(url),
      logger: this.logger,
      onProgress,
      fetch: async (sink) => {
        const response = await this.send({
          method: "GET",
          url,
          what,
          sink: (answer) => answer.status === 200 ? sink : void 0
        });
        if (response.status === 200) return;
        if (response.status === 404) {
          throw noSuchBlob(what, this.client.base.host, this.repository, url);
        }
        throw this.client.failure(response, "GET", this.repository, what, this.scope);
      }
    });
  }
  async startUpload(what) {
    const url = this.client.url(`/v2/${this.repository}/blobs/uploads/`);
    const response = await this.send({
      method: "POST",
      url,
      headers: { "Content-Length": "0" },
      what
    });
    if (response.status === 404) await this.client.assertRegistry(this.scope);
    if (response.status !== 202) {
      throw this.client.failure(response, "POST", this.repository, what, this.scope);
    }
    const location = sessionLocation(response);
    if (!location) throw noUploadLocation(what, url);
    return location;
  }
  send(request, renegotiate = true) {
    return this.client.send({ ...request, signal: this.signal }, this.scope, renegotiate);
  }
};
function sessionLocation(response) {
  const location = header(response, "location");
  return location ? new URL(location, response.url) : void 0;
}
function short(digest) {
  return digest.slice(0, 19);
}

// src/oci/manifest-store.ts
var BLOB_UNKNOWN_CODES = ["MANIFEST_BLOB_UNKNOWN", "BLOB_UNKNOWN"];
var ManifestStore = class {
  constructor(client, repository, scope, signal) {
    this.client = client;
    this.repository = repository;
    this.scope = scope;
    this.signal = signal;
  }
  client;
  repository;
  scope;
  signal;
  url(reference = "") {
    return this.client.url(`/v2/${this.repository}/manifests/${reference}`);
  }
  /**
   * The manifest `reference` (a tag or a digest) names, exactly as stored (spec: "Pulling
   * manifests"). A digest reference is checked against the bytes' sha256.
   */
  async get(reference) {
    const what = `Read manifest ${this.repository}:${reference}`;
    const response = await this.read(reference, what);
    if (response.status === 404) {
      const host = this.client.base.host;
      throw noSuchManifest(what, host, reference, this.repository, this.url(reference));
    }
    if (response.status !== 200) throw this.failure(response, "GET", what);
    const bytes = response.body;
    const digest = sha256Digest(bytes);
    if (reference.startsWith("sha256:") && digest !== reference) {
      throw manifestNotAsAsked(what, digest, reference, this.url(reference));
    }
    return { bytes, digest, mediaType: manifestMediaType(response, bytes) };
  }
  /**
   * The digest `tag` points to: the sha256 of the manifest bytes the registry serves for it,
   * or undefined when there is no such tag. A GET, not a HEAD: the header a HEAD answers with
   * is the registry's word, and "unchanged" or "already there" must rest on what we hashed.
   */
  async resolve(tag) {
    const what = this.client.contacted ? `Check tag ${tag}` : `Contact ${this.client.base.host}`;
    const response = await this.read(tag, what);
    if (response.status === 404) return void 0;
    if (response.status !== 200) throw this.failure(response, "GET", what);
    return sha256Digest(response.body);
  }
  /** What each tag points to (absent: no such tag), asked side by side. */
  async resolveAll(tags) {
    const found = /* @__PURE__ */ new Map();
    await Promise.all(
      tags.map(async (tag) => {
        const digest = await this.resolve(tag);
        if (digest !== void 0) found.set(tag, digest);
      })
    );
    return found;
  }
  /** PUT the manifest under `tag` (spec: "Pushing manifests"); the answer as it came. */
  put(manifest, tag) {
    return this.client.send(
      {
        method: "PUT",
        url: this.url(tag),
        headers: {
          "Content-Type": manifest.mediaType,
          "Content-Length": String(manifest.bytes.length)
        },
        body: () => manifest.bytes,
        what: `Tag ${tag}`,
        signal: this.signal
      },
      this.scope
    );
  }
  failure(response, method, what) {
    return this.client.failure(response, method, this.repository, what, this.scope);
  }
  read(reference, what) {
    const headers = { Accept: MANIFEST_ACCEPT };
    const url = this.url(reference);
    return this.client.send({ method: "GET", url, headers, what, signal: this.signal }, this.scope);
  }
};
function isBlobUnknown(response) {
  return parseErrorCodes(response.body).some((c) => BLOB_UNKNOWN_CODES.includes(c.code));
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

// src/oci/push.ts
async function pushArtifact(target, request, mountFrom) {
  if (request.tags.length === 0) throw new Error("push needs at least one tag");
  const guard = new TagGuard(
    target.manifests,
    { ...request, digest: request.manifest.digest },
    target.logger,
    target.settleMs
  );
  const uploaded = await uploadPhase(target, request, guard, mountFrom);
  request.onPhase?.("tag");
  const ledger = await tagPhase(target, request, guard, uploaded);
  const { digest } = request.manifest;
  return {
    digest,
    tagsWritten: ledger.written,
    tagsUnchanged: ledger.unchanged,
    tagsMoved: ledger.written.flatMap((tag) => {
      const from = uploaded.before.digests.get(tag);
      return from === void 0 || from === digest ? [] : [{ tag, from }];
    }),
    blobsUploaded: uploaded.uploaded,
    blobsMounted: uploaded.mounted,
    blobsSkipped: request.blobs.length - uploaded.uploaded - uploaded.mounted,
    bytesUploaded: uploaded.bytes
  };
}
async function uploadPhase(target, request, guard, mountFrom) {
  const { blobs, logger } = target;
  const at = Date.now();
  const others = request.tags.filter((tag) => !guard.guarded.includes(tag));
  const [present, checked, read] = await allOrAbort(target, [
    Promise.all(request.blobs.map((blob) => blobs.exists(blob.descriptor.digest))),
    guard.checkBefore(),
    target.manifests.resolveAll(others)
  ]);
  request.onPhase?.("upload");
  const missing = request.blobs.filter((_, i) => !present[i]);
  const sent = await allOrAbort(
    target,
    missing.map((blob) => blobs.push(blob, mountFrom))
  );
  const before = { digests: new Map([...checked?.digests ?? [], ...read]), at };
  const mounted = sent.filter((blob) => blob.mounted).length;
  const bytes = sent.reduce((sum, blob) => sum + blob.bytes, 0);
  const mounts = mountFrom === void 0 ? "" : `${mounted} mounted from ${mountFrom}, `;
  const skipped = request.blobs.length - missing.length;
  logger.info(
    `${missing.length - mounted} blob(s) uploaded (${bytes} bytes), ${mounts}${skipped} already in ${blobs.repository}`
  );
  return { checked, before, uploaded: missing.length - mounted, mounted, bytes };
}
async function tagPhase(target, request, guard, uploaded) {
  const { digest } = request.manifest;
  const nothingSent = uploaded.uploaded + uploaded.mounted === 0;
  const checked = nothingSent ? uploaded.before : await guard.checkAgain();
  const unchanged = request.tags.filter((tag) => checked?.digests.get(tag) === digest);
  const toWrite = request.tags.filter((tag) => !unchanged.includes(tag));
  for (const tag of unchanged)
    target.logger.info(`Tag ${tag} already points to ${digest}: left as it is`);
  const ledger = new TagLedger(target.manifests.url(), digest, toWrite, unchanged);
  try {
    await writeTags(target, request, toWrite, ledger);
    await guard.readBack(ledger, checked?.at ?? Date.now());
  } catch (error) {
    throw ledger.failed(error);
  }
  target.logger.info(`Tagged ${toWrite.join(", ") || "nothing new"} \u2192 ${digest}`);
  return ledger;
}
async function writeTags(target, request, tags, ledger) {
  const [first, ...rest] = tags;
  if (first === void 0) return;
  await writeTag(target, request, first, ledger);
  const results = await Promise.allSettled(
    rest.map((tag) => writeTag(target, request, tag, ledger))
  );
  const failure = results.find((r) => r.status === "rejected");
  if (failure) throw failure.reason;
}
async function writeTag(target, request, tag, ledger) {
  try {
    await putTag(target, request, tag, ledger);
  } catch (error) {
    if (!answerLost(error) || ledger.knows(tag)) throw error;
    const held2 = await target.readBack.resolve(tag).catch(() => void 0);
    if (held2 !== request.manifest.digest) throw error;
    target.logger.info(`Tag ${tag}: the answer was lost, but the registry holds it`);
    ledger.wrote(tag);
  }
}
async function putTag(target, request, tag, ledger) {
  const what = `Tag ${tag}`;
  const { manifests, logger } = target;
  let response = await manifests.put(request.manifest, tag);
  if (response.status === 400 && isBlobUnknown(response)) {
    logger.info(
      `${what}: the registry did not find a blob the manifest names; checking the blobs again`
    );
    await ensureBlobs(target, request);
    response = await manifests.put(request.manifest, tag);
  }
  if (response.status !== 201 && response.status !== 200) {
    throw manifests.failure(response, "PUT", what);
  }
  const echoed = header(response, "docker-content-digest")?.trim();
  if (echoed && echoed !== request.manifest.digest) {
    ledger.storedElsewhere(tag, echoed);
    throw manifestAltered(what, echoed, request.manifest.digest, response.url, response.status);
  }
  ledger.wrote(tag);
}
var RECHECK_PAUSE_MS = 200;
async function ensureBlobs(target, request) {
  const { blobs } = target;
  await new Promise((resolve) => setTimeout(resolve, RECHECK_PAUSE_MS * (1 + Math.random())));
  const present = await Promise.all(request.blobs.map((b) => blobs.exists(b.descriptor.digest)));
  const missing = request.blobs.filter((_, i) => !present[i]);
  await allOrAbort(
    target,
    missing.map((blob) => blobs.upload(blob))
  );
  target.logger.info(
    `${missing.length} blob(s) uploaded again, ${request.blobs.length - missing.length} found; writing the tag once more`
  );
}
function answerLost(error) {
  if (error instanceof NetworkError) return true;
  return error instanceof RegistryError && error.status !== void 0 && error.status >= 500;
}
async function allOrAbort(target, work) {
  try {
    return await Promise.all(work);
  } catch (error) {
    target.abort.abort();
    throw error;
  }
}

// src/oci/referrer-store.ts
var ACCEPT = "application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json";
var RepositoryReferrers = class {
  constructor(base, repository, send) {
    this.base = base;
    this.repository = repository;
    this.send = send;
  }
  base;
  repository;
  send;
  async readManifest(reference) {
    const url = this.url(`manifests/${reference}`);
    const what = `Read manifest ${this.repository}:${reference}`;
    const response = await this.send(
      { method: "GET", url, headers: { Accept: ACCEPT }, what },
      "pull"
    );
    if (response.status === 404) return void 0;
    if (response.status !== 200) throw httpError("GET", url, response.status, response.body, what);
    const etag = header(response, "etag");
    return {
      bytes: response.body,
      mediaType: header(response, "content-type")?.split(";")[0]?.trim() ?? "",
      ...etag ? { etag } : {}
    };
  }
  async writeManifest(reference, manifest, ifMatch) {
    const url = this.url(`manifests/${reference}`);
    const what = `Write manifest ${this.repository}:${reference}`;
    const headers = {
      "Content-Type": manifest.mediaType,
      "Content-Length": String(manifest.bytes.length)
    };
    if (ifMatch) headers["If-Match"] = ifMatch;
    const response = await this.send(
      { method: "PUT", url, headers, body: () => manifest.bytes, what },
      "push"
    );
    if (response.status === 412) return { written: false };
    if (response.status !== 201 && response.status !== 200) {
      throw httpError("PUT", url, response.status, response.body, what);
    }
    const subject = header(response, "oci-subject")?.trim();
    return { written: true, ...subject ? { subject } : {} };
  }
  async readReferrers(digest, artifactType, next) {
    const url = next ? new URL(next, this.base) : this.url(`referrers/${digest}`);
    if (!next && artifactType) url.searchParams.set("artifactType", artifactType);
    const what = `List the referrers of ${digest}`;
    const response = await this.send(
      { method: "GET", url, headers: { Accept: "application/vnd.oci.image.index.v1+json" }, what },
      "pull"
    );
    if (![200, 400, 404, 406].includes(response.status)) {
      throw httpError("GET", url, response.status, response.body, what);
    }
    const link = nextLink(header(response, "link"));
    return {
      status: response.status,
      mediaType: header(response, "content-type")?.split(";")[0]?.trim(),
      body: response.body,
      ...link ? { next: new URL(link, response.url).toString() } : {}
    };
  }
  /**
   * Small in-memory blobs (a signature, the empty config): each checked with a HEAD, a missing
   * one uploaded in one PUT to a fresh session (distribution-spec "Pushing a blob monolithically").
   */
  async ensureBlobs(blobs) {
    let uploaded = 0;
    for (const blob of blobs) {
      const { digest } = blob.descriptor;
      const headUrl = this.url(`blobs/${digest}`);
      const head = await this.send(
        { method: "HEAD", url: headUrl, what: `Check blob ${digest}` },
        "push"
      );
      if (head.status === 200) continue;
      await this.uploadBlob(blob);
      uploaded++;
    }
    return uploaded;
  }
  async uploadBlob(blob) {
    const what = `Upload blob ${blob.descriptor.digest}`;
    const start = this.url("blobs/uploads/");
    const opened = await this.send(
      { method: "POST", url: start, headers: { "Content-Length": "0" }, what },
      "push"
    );
    const location = header(opened, "location");
    if (opened.status !== 202 || !location) {
      throw httpError("POST", start, opened.status, opened.body, what);
    }
    const url = new URL(location, opened.url);
    url.searchParams.set("digest", blob.descriptor.digest);
    const put = await this.send(
      {
        method: "PUT",
        url,
        headers: {
          "Content-Type": "application/octet-stream",
          "Content-Length": String(blob.content.length)
        },
        body: () => blob.content,
        what
      },
      "push"
    );
    if (put.status !== 201) throw httpError("PUT", url, put.status, put.body, what);
  }
  url(path3) {
    return new URL(`/v2/${this.repository}/${path3}`, this.base);
  }
};
function nextLink(value) {
  if (!value) return void 0;
  for (const part of value.split(",")) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (match && /(?:^|;)\s*rel="?next"?\s*(?:;|$)/i.test(match[2])) return match[1];
  }
  return void 0;
}

// src/oci/client.ts
var RegistryClient = class {
  base;
  transport;
  auth;
  client;
  logger;
  onPhase;
  settleMs;
  constructor(options) {
    this.logger = options.logger ?? silentLogger;
    this.onPhase = options.onPhase ?? (() => {
    });
    this.settleMs = options.settleMs;
    this.base = new URL(`${options.plainHttp ? "http" : "https"}://${options.host}`);
    if (options.plainHttp && !isLoopbackHost(options.host)) {
      this.logger.warning(plainHttpWarning(options.host));
    }
    this.transport = new Transport({
      ...options.transport,
      logger: this.logger,
      deadline: Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
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
    this.client = new AuthorizedClient(this.base, this.transport, this.auth, this.logger);
  }
  /** Ends the requests still running, quietly, and frees the keep-alive sockets. */
  close() {
    this.transport.close();
  }
  /**
   * Pushes blobs, then the manifest under each tag (pushArtifact). No request waits for
   * nothing: the first ones (the blob HEADs, side by side) carry the registry's 401 challenge,
   * answered with one token request they share, and are sent again.
   */
  async push(request) {
    const { scopes, mountFrom } = await this.pushAccess(request);
    const abort = new AbortController();
    const { repository } = request;
    const onPhase = (phase) => {
      this.onPhase(phase);
      request.onPhase?.(phase);
    };
    const target = {
      blobs: new BlobStore(this.client, repository, scopes, this.logger, abort.signal),
      manifests: new ManifestStore(this.client, repository, scopes, abort.signal),
      readBack: new ManifestStore(this.client, repository, scopes),
      abort,
      logger: this.logger,
      settleMs: this.settleMs
    };
    try {
      return await pushArtifact(target, { ...request, onPhase }, mountFrom);
    } finally {
      abort.abort();
    }
  }
  /**
   * GET /v2/ with credentials for `access` to `repository`: learns how the registry wants us to
   * authenticate (and gets the token) in a request of its own.
   */
  async authenticate(repository, access = "push") {
    await this.client.ping(repository, scopeFor(repository, access));
  }
  /**
   * The digest `tag` points to in `repository`, from the sha256 of the manifest bytes read
   * (ManifestStore.resolve), or undefined when there is no such tag. Needs pull access only.
   */
  tagDigest(repository, tag) {
    return this.manifests(repository).resolve(tag);
  }
  /** The manifest `reference` (a tag or a digest) names, exactly as stored. */
  getManifest(repository, reference) {
    return this.manifests(repository).get(reference);
  }
  /** Downloads a blob into `filePath`, checked against its size and digest (BlobStore.fetch). */
  fetchBlob(repository, descriptor, filePath, onProgress) {
    const blobs = new BlobStore(this.client, repository, scopeFor(repository, "pull"), this.logger);
    return blobs.fetch(descriptor, filePath, onProgress);
  }
  /** The referrers of manifests in `repository` (see referrers.ts), with this client's access. */
  referrers(repository) {
    return new RepositoryReferrers(
      this.base,
      repository,
      (request, access) => this.client.send(request, scopeFor(repository, access))
    );
  }
  manifests(repository) {
    return new ManifestStore(this.client, repository, scopeFor(repository, "pull"));
  }
  /**
   * The scopes of a push: push to the repository, plus pull from `mountFrom` to mount from it.
   * Only a mount asks anything first, to learn whether the pair is granted: a token server that
   * refuses it (instead of granting what it can, as distribution's does) leaves this push
   * without mounts. A registry that answered before is asked for the token alone (or nothing,
   * when it wants none); one never contacted is pinged with GET /v2/.
   */
  async pushAccess(request) {
    const { repository, mountFrom } = request;
    const own = scopeFor(repository, "push");
    if (mountFrom === void 0 || mountFrom === repository) return { scopes: own };
    const both = [...own, ...scopeFor(mountFrom, "pull")];
    try {
      if (this.auth.knowsScheme) await this.auth.anticipate(this.base, both);
      else await this.client.ping(repository, both);
      return { scopes: both, mountFrom };
    } catch (error) {
      if (!(error instanceof RegistryError) || error.status !== 401 && error.status !== 403) {
        throw error;
      }
      this.logger.debug(`Access to ${repository} with pull on ${mountFrom} refused: no mounts`);
      return { scopes: own };
    }
  }
};

// src/core/outcome.ts
function buildOutcome(facts, ending) {
  const { packed, destination, credentialSource } = facts;
  const base = {
    pack: packed?.pack,
    manifest: packed?.artifact.manifest,
    destination,
    createdSource: packed?.createdSource,
    credentialSource
  };
  const tagPlan = facts.tagPlan ?? [];
  if (ending.status === "failed") {
    const error = ending.error instanceof Error ? ending.error : new Error(String(ending.error));
    const kept = ending.pushed ? {
      tagsWritten: ending.pushed.tagsWritten,
      tagsUnchanged: ending.pushed.tagsUnchanged,
      tagsElsewhere: []
    } : held(error);
    return { ...base, status: "failed", failedIn: ending.failedIn, error, tagPlan, ...kept };
  }
  const { blobs, signature, plan, tagsMoved } = ending;
  return {
    ...base,
    ...plan ? { plan } : {},
    ...tagsMoved ? { tagsMoved } : {},
    status: ending.status,
    tagPlan,
    tagsWritten: ending.tagsWritten,
    tagsUnchanged: ending.tagsUnchanged,
    tagsElsewhere: [],
    ...blobs ? {
      blobsUploaded: blobs.uploaded,
      blobsMounted: blobs.mounted,
      bytesUploaded: blobs.bytesUploaded
    } : {},
    ...signature ? { signature } : {}
  };
}
function failedOutcome(error, phase, facts = {}) {
  return buildOutcome(facts, { status: "failed", error, failedIn: phase });
}
function held(error) {
  if (error instanceof PartialTagError) {
    const { tagsWritten, tagsUnchanged, tagsElsewhere } = error;
    return { tagsWritten, tagsUnchanged, tagsElsewhere };
  }
  if (error instanceof TagConflictError) {
    return { tagsWritten: [], tagsUnchanged: [], tagsElsewhere: error.conflicts };
  }
  return { tagsWritten: [], tagsUnchanged: [], tagsElsewhere: [] };
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
  if (opts.prebuilt && opts.versionCheck && opts.destinationTag) {
    checkPrebuiltVersion(opts.destinationTag, opts);
  }
  return withoutDuplicates(plan);
}
function checkPrebuiltVersion(tag, opts) {
  const tagVersion = parseStrictSemVer(
    (tag.startsWith("v") ? tag.slice(1) : tag).replaceAll("_", "+")
  );
  if (tagVersion === void 0) return;
  const packVersion = parsePackVersion(opts.version);
  if (tagVersion.text === packVersion.text) return;
  throw new TagError(
    `The destination tag ${tag} is version ${tagVersion.text}, but the prebuilt archive holds version ${opts.version}`,
    {
      option: "destination",
      fix: `push it to the tag of its own version (${versionAsTag(opts.version)}), or build an archive of ${tagVersion.text}`,
      suggest: { option: "versionCheck", value: "false" }
    }
  );
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

// src/core/plan.ts
function classifyTags(rules) {
  const { tags, current, digest, versionTag } = rules;
  const now = (tag) => current.get(tag) ?? null;
  const held2 = current.get(versionTag);
  if (rules.skipExisting && held2 !== void 0) {
    if (held2 === digest) {
      const reason = `skip-existing: the version tag ${versionTag} already holds this digest, so nothing is written`;
      return tags.map((tag) => ({ tag, action: "unchanged", current: now(tag), reason }));
    }
    const why = `holds ${held2}: the content changed without a version bump (skip-existing)`;
    return refuseAll(tags, now, versionTag, (tag) => tag === versionTag ? why : void 0);
  }
  const guarded = rules.overwrite ? rules.skipExisting ? [versionTag] : [] : tags;
  const rule = rules.overwrite ? "the version tag never moves with skip-existing" : "tags may not move (overwrite is false)";
  const atFault = (tag) => {
    const was = now(tag);
    return guarded.includes(tag) && was !== null && was !== digest ? `holds ${was}, and ${rule}` : void 0;
  };
  const culprit = tags.find((tag) => atFault(tag) !== void 0);
  if (culprit !== void 0) return refuseAll(tags, now, culprit, atFault);
  return tags.map((tag) => {
    const was = now(tag);
    const action = was === null ? "new" : was === digest ? "unchanged" : "moves";
    return { tag, action, current: was };
  });
}
function refuseAll(tags, now, culprit, atFault) {
  return tags.map((tag) => ({
    tag,
    action: "refused",
    current: now(tag),
    reason: atFault(tag) ?? `not written: ${culprit} is refused, so nothing is pushed here`
  }));
}
function planEntries(outcomes) {
  return outcomes.flatMap((outcome) => outcome.plan ?? []);
}
function describePlanEntry(entry) {
  return `${entry.destination}:${entry.tag} ${entry.action} ${planDetail(entry)}`;
}
function refusalVerdict(entries) {
  const refused = entries.filter((entry) => entry.action === "refused").length;
  if (refused === 0) return void 0;
  return `${refused} of ${entries.length} ${entries.length === 1 ? "tag" : "tags"} would be refused`;
}
function planTableLines(entries) {
  const rows = entries.map((entry) => [
    entry.action,
    `${entry.destination}:${entry.tag}`,
    planDetail(entry)
  ]);
  const widths = [0, 1].map((column) => Math.max(0, ...rows.map((row) => row[column].length)));
  return rows.map(
    ([action, where, detail]) => `${action.padEnd(widths[0])}  ${where.padEnd(widths[1])}  ${detail}`.trimEnd()
  );
}
function planDetail(entry) {
  switch (entry.action) {
    case "new":
      return `\u2192 ${entry.digest}`;
    case "unchanged":
      return `${entry.current ?? "no tag"}${entry.reason ? ` (${entry.reason})` : ""}`;
    case "moves":
      return `${entry.current ?? ""} \u2192 ${entry.digest}`;
    case "refused":
      return entry.reason ?? "";
  }
}

export {
  explainMissingRepository,
  parseDestination,
  checkedDestination,
  destinationFor,
  RegistryClient,
  buildOutcome,
  failedOutcome,
  pullRequestNumberFromRef,
  classifyTags,
  planEntries,
  describePlanEntry,
  refusalVerdict,
  planTableLines,
  parseAnnotations,
  manifestAnnotations,
  versionAsTag,
  splitList,
  planTags,
  describeTagPlan
};
