import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  settleDelay
} from "./shared-oci-refusals.js";
import {
  MediaType,
  sha256Digest,
  sortedRecord
} from "./shared-oci-descriptor.js";
import {
  UserError
} from "./shared-errors.js";

// src/sign/keys.ts
import { createPrivateKey, createPublicKey, scrypt } from "node:crypto";

// src/sign/blake2b.ts
var MASK = (1n << 64n) - 1n;
var IV = [
  0x6a09e667f3bcc908n,
  0xbb67ae8584caa73bn,
  0x3c6ef372fe94f82bn,
  0xa54ff53a5f1d36f1n,
  0x510e527fade682d1n,
  0x9b05688c2b3e6c1fn,
  0x1f83d9abfb41bd6bn,
  0x5be0cd19137e2179n
];
var SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0]
];
var BLOCK = 128;
function rotr(x, n) {
  return (x >> n | x << 64n - n) & MASK;
}
function mix(v, a, b, c, d, x, y) {
  v[a] = v[a] + v[b] + x & MASK;
  v[d] = rotr(v[d] ^ v[a], 32n);
  v[c] = v[c] + v[d] & MASK;
  v[b] = rotr(v[b] ^ v[c], 24n);
  v[a] = v[a] + v[b] + y & MASK;
  v[d] = rotr(v[d] ^ v[a], 16n);
  v[c] = v[c] + v[d] & MASK;
  v[b] = rotr(v[b] ^ v[c], 63n);
}
function compress(h, block, counter, last) {
  const m = Array.from({ length: 16 }, (_, i) => block.readBigUInt64LE(i * 8));
  const v = [...h, ...IV];
  v[12] = v[12] ^ counter & MASK;
  v[13] = v[13] ^ counter >> 64n;
  if (last) v[14] = v[14] ^ MASK;
  for (let round = 0; round < 12; round++) {
    const s = SIGMA[round % 10];
    mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
    mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
    mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
    mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
    mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
    mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
    mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
    mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
  }
  for (let i = 0; i < 8; i++) h[i] = h[i] ^ v[i] ^ v[i + 8];
}
function blake2b(data, outLength) {
  if (!Number.isInteger(outLength) || outLength < 1 || outLength > 64) {
    throw new RangeError(`BLAKE2b digest length ${outLength} is not 1\u202664`);
  }
  const h = [...IV];
  h[0] = h[0] ^ 0x01010000n ^ BigInt(outLength);
  const blocks = Math.max(1, Math.ceil(data.length / BLOCK));
  for (let i = 0; i < blocks; i++) {
    const block = Buffer.alloc(BLOCK);
    data.copy(block, 0, i * BLOCK, (i + 1) * BLOCK);
    const last = i === blocks - 1;
    compress(h, block, BigInt(last ? data.length : (i + 1) * BLOCK), last);
  }
  const out = Buffer.alloc(64);
  h.forEach((word, i) => out.writeBigUInt64LE(word, i * 8));
  return out.subarray(0, outLength);
}

// src/sign/base64.ts
var BASE64_LINE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function decodeBase64Line(line) {
  const trimmed = line.trim();
  if (trimmed === "" || !BASE64_LINE.test(trimmed)) return void 0;
  return Buffer.from(trimmed, "base64");
}

// src/sign/keys.ts
var PUBLIC_KEY_BYTES = 42;
var SECRET_KEY_BYTES = 158;
var SIG_ALG = "Ed";
var KDF_SCRYPT = "Sc";
var KDF_NONE = "\0\0";
var CHECKSUM_ALG = "B2";
var MEMLIMIT_MAX = 1 << 30;
var N_LOG2_MAX = 20;
var PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");
function keyIdHex(keyId) {
  return Buffer.from(keyId).reverse().toString("hex").toUpperCase();
}
function parsePublicKey(text, source) {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const keyLine = lines.find((line) => line !== "" && !line.startsWith("untrusted comment:"));
  const bytes = keyLine === void 0 ? void 0 : decodeBase64Line(keyLine);
  if (bytes?.length !== PUBLIC_KEY_BYTES || bytes.subarray(0, 2).toString("latin1") !== SIG_ALG) {
    throw keyError(
      `${capital(source.shown)} is not a minisign public key`,
      source,
      "give the .pub file `minisign -G` or `sherpack keygen` wrote, or its second line (56 base64 characters starting with RW)"
    );
  }
  return { keyId: bytes.subarray(2, 10), key: bytes.subarray(10, 42) };
}
function parseSecretKey(text, source) {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const keyLine = lines[0]?.startsWith("untrusted comment:") ? lines[1] : lines[0];
  const bytes = keyLine ? decodeBase64Line(keyLine) : void 0;
  const notKey = (what) => keyError(
    `${capital(source.shown)} ${what}`,
    source,
    'give the whole secret key file `minisign -G` or `sherpack keygen` wrote (two lines: "untrusted comment: \u2026" and the key)'
  );
  if (bytes?.length !== SECRET_KEY_BYTES) throw notKey("is not a minisign secret key");
  const field = (start, end) => bytes.subarray(start, end).toString("latin1");
  if (field(0, 2) !== SIG_ALG || field(4, 6) !== CHECKSUM_ALG) {
    throw notKey("is not a minisign Ed25519 secret key (unknown algorithm)");
  }
  const kdf = field(2, 4);
  if (kdf !== KDF_SCRYPT && kdf !== KDF_NONE) {
    throw notKey("is encrypted with a key derivation minisign does not know");
  }
  return {
    encrypted: kdf === KDF_SCRYPT,
    salt: bytes.subarray(6, 38),
    opsLimit: bytes.readBigUInt64LE(38),
    memLimit: bytes.readBigUInt64LE(46),
    sealed: Buffer.from(bytes.subarray(54, 158))
  };
}
async function openSecretKey(sealed, password, source, passwordSource) {
  const plain = Buffer.from(sealed.sealed);
  if (sealed.encrypted) {
    if (!password) {
      throw keyError(
        `${capital(source.shown)} is protected by a password, and none was given`,
        passwordSource,
        `give its password in ${passwordSource.shown}`
      );
    }
    const stream = await scryptStream(sealed, password, source);
    for (let i = 0; i < plain.length; i++) plain[i] = plain[i] ^ stream[i];
    stream.fill(0);
  }
  const keyId = plain.subarray(0, 8);
  const secret = plain.subarray(8, 72);
  const checksum = plain.subarray(72, 104);
  const expected = blake2b(Buffer.concat([Buffer.from(SIG_ALG), keyId, secret]), 32);
  const unchecked = !sealed.encrypted && checksum.every((byte) => byte === 0);
  if (!unchecked && !expected.equals(checksum)) {
    if (sealed.encrypted) {
      throw keyError(
        `The password in ${passwordSource.shown} does not open ${source.shown} (wrong password, or a damaged key)`,
        passwordSource,
        "give the password the key was made with"
      );
    }
    throw damaged(source);
  }
  const key = signingKey(Buffer.from(keyId), secret, source);
  plain.fill(0);
  return key;
}
function signingKey(keyId, secret, source) {
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, secret.subarray(0, 32)]),
    format: "der",
    type: "pkcs8"
  });
  const derived = Buffer.from(
    createPublicKey(privateKey).export({ format: "jwk" }).x ?? "",
    "base64url"
  );
  if (!derived.equals(secret.subarray(32, 64))) throw damaged(source);
  return { keyId, publicKey: { keyId, key: derived }, privateKey };
}
function scryptStream(sealed, password, source) {
  const params = scryptParams(sealed.opsLimit, sealed.memLimit);
  if (!params) {
    throw keyError(
      `${capital(source.shown)} asks for scrypt parameters minisign refuses (over 1 GiB of memory, or none that work)`,
      source,
      "make the key again with `minisign -G` or `sherpack keygen`"
    );
  }
  const { N, r, p } = params;
  return new Promise((resolve, reject) => {
    scrypt(
      Buffer.from(password, "utf8"),
      sealed.salt,
      sealed.sealed.length,
      { N, r, p, maxmem: 256 * N * r + (1 << 20) },
      (error, key) => error ? reject(error) : resolve(key)
    );
  });
}
function scryptParams(opsLimit, memLimit) {
  if (memLimit > BigInt(MEMLIMIT_MAX)) return void 0;
  const ops = opsLimit < 32768n ? 32768n : opsLimit;
  const r = 8n;
  const nLog2For = (maxN) => {
    let nLog22 = 1;
    while (nLog22 < 63 && 1n << BigInt(nLog22) <= maxN / 2n) nLog22++;
    return nLog22;
  };
  let nLog2;
  let p;
  if (ops < memLimit / 32n) {
    p = 1n;
    nLog2 = nLog2For(ops / (r * 4n));
  } else {
    nLog2 = nLog2For(memLimit / (r * 128n));
    let maxrp = ops / 4n / (1n << BigInt(nLog2));
    if (maxrp > 0x3fffffffn) maxrp = 0x3fffffffn;
    p = maxrp / r;
  }
  if (nLog2 > N_LOG2_MAX || p < 1n) return void 0;
  return { N: 2 ** nLog2, r: Number(r), p: Number(p) };
}
function damaged(source) {
  return keyError(
    `${capital(source.shown)} is damaged: its checksum or its public half does not match the key`,
    source,
    "copy the secret key file again, whole and unchanged"
  );
}
function keyError(what, source, fix) {
  return new UserError(what, { fix, option: source.option });
}
function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/sign/pack-comment.ts
var PREFIX_LENGTH = 16;
var PACK_COMMENT = /^sherpack:(\S+) v(\S+) digest:([0-9a-f]*)$/;
function packTrustedComment(name, version, manifestDigest) {
  return `sherpack:${name} v${version} digest:${manifestDigest.slice(0, PREFIX_LENGTH)}`;
}
function parsePackComment(comment) {
  const match = PACK_COMMENT.exec(comment);
  if (!match) return void 0;
  return { name: match[1], version: match[2], digestPrefix: match[3] };
}
function claimMismatch(claim, pack) {
  const wrong = [];
  if (claim.name !== pack.name) wrong.push(`name ${claim.name}, not ${pack.name}`);
  if (claim.version !== pack.version) wrong.push(`version ${claim.version}, not ${pack.version}`);
  if (claim.digestPrefix !== pack.manifestDigest.slice(0, PREFIX_LENGTH)) {
    wrong.push(`MANIFEST digest ${claim.digestPrefix}\u2026, not ${pack.manifestDigest.slice(0, 16)}\u2026`);
  }
  return wrong;
}

// src/sign/signature.ts
import { createHash, createPublicKey as createPublicKey2, sign, verify } from "node:crypto";
import { createReadStream } from "node:fs";
var UNTRUSTED_PREFIX = "untrusted comment: ";
var TRUSTED_PREFIX = "trusted comment: ";
var DEFAULT_UNTRUSTED_COMMENT = "signature from rsign secret key";
function parseSignature(text) {
  const lines = text.split(/\r?\n/);
  if (lines.length > 5 || lines.length === 5 && lines[4] !== "") {
    return { why: "it has more than four lines" };
  }
  const [untrusted, sigLine, trusted, globalLine] = lines;
  if (!untrusted?.startsWith(UNTRUSTED_PREFIX)) {
    return { why: 'its first line does not start with "untrusted comment: "' };
  }
  const sig = sigLine === void 0 ? void 0 : decodeBase64Line(sigLine);
  const algorithm = sig?.subarray(0, 2).toString("latin1");
  if (sig?.length !== 74 || algorithm !== "ED" && algorithm !== "Ed") {
    return { why: "its second line is not a minisign Ed25519 signature" };
  }
  if (!trusted?.startsWith(TRUSTED_PREFIX)) {
    return { why: 'its third line does not start with "trusted comment: "' };
  }
  const global = globalLine === void 0 ? void 0 : decodeBase64Line(globalLine);
  if (global?.length !== 64) return { why: "its fourth line is not a global signature" };
  return {
    algorithm,
    keyId: sig.subarray(2, 10),
    signature: sig.subarray(10, 74),
    untrustedComment: untrusted.slice(UNTRUSTED_PREFIX.length),
    trustedComment: trusted.slice(TRUSTED_PREFIX.length).trim(),
    globalSignature: global
  };
}
function formatSignature(signature) {
  const sigLine = Buffer.concat([
    Buffer.from(signature.algorithm, "latin1"),
    signature.keyId,
    signature.signature
  ]).toString("base64");
  return [
    `${UNTRUSTED_PREFIX}${signature.untrustedComment}`,
    sigLine,
    `${TRUSTED_PREFIX}${signature.trustedComment}`,
    signature.globalSignature.toString("base64"),
    ""
  ].join("\n");
}
async function prehashFile(file) {
  const hash = createHash("blake2b512");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest();
}
function signPrehashed(key, prehash, trustedComment, untrustedComment = DEFAULT_UNTRUSTED_COMMENT) {
  if (/[\r\n]/.test(trustedComment) || /[\r\n]/.test(untrustedComment)) {
    throw new UserError("A signature comment cannot hold a line break", {
      fix: "write the comment on one line"
    });
  }
  const signature = sign(null, prehash, key.privateKey);
  const globalSignature = sign(
    null,
    Buffer.concat([signature, Buffer.from(trustedComment, "utf8")]),
    key.privateKey
  );
  return {
    algorithm: "ED",
    keyId: key.keyId,
    signature,
    untrustedComment,
    trustedComment,
    globalSignature
  };
}
function verifyPrehashed(signature, prehash, keys) {
  if (signature.algorithm !== "ED") return { failure: "legacy" };
  const key = keys.find((candidate) => candidate.keyId.equals(signature.keyId));
  if (!key) return { failure: "unknown key" };
  const publicKey = ed25519PublicKey(key);
  if (!verify(null, prehash, publicKey, signature.signature)) return { failure: "bad signature" };
  const signed = Buffer.concat([signature.signature, Buffer.from(signature.trustedComment, "utf8")]);
  if (!verify(null, signed, publicKey, signature.globalSignature)) {
    return { failure: "bad trusted comment signature" };
  }
  return { key };
}
function describeFailure(failure, signature) {
  const id = keyIdHex(signature.keyId);
  switch (failure) {
    case "legacy":
      return `key ${id}: a legacy signature of the whole file (Ed), which sherpack refuses`;
    case "unknown key":
      return `key ${id}: not a trusted key`;
    case "bad signature":
      return `key ${id}: the signature does not match the archive`;
    case "bad trusted comment signature":
      return `key ${id}: the trusted comment was altered (its global signature does not match)`;
  }
}
function ed25519PublicKey(key) {
  return createPublicKey2({
    key: { kty: "OKP", crv: "Ed25519", x: key.key.toString("base64url") },
    format: "jwk"
  });
}

// src/oci/index-text.ts
function appendToManifests(text, entry) {
  const array = topLevelArray(text, "manifests");
  if (!array) return void 0;
  const inside = text.slice(array.open + 1, array.close);
  const separator = inside.trim() === "" ? "" : ",";
  return `${text.slice(0, array.close)}${separator}${entry}${text.slice(array.close)}`;
}
function topLevelArray(text, key) {
  let depth = 0;
  let lastString;
  let arrayOpen;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      lastString = text.slice(i, end + 1);
      i = end;
      continue;
    }
    if (c === "{" || c === "[") {
      const opensOurs = depth === 1 && c === "[" && lastString === JSON.stringify(key);
      depth++;
      if (opensOurs) arrayOpen = i;
    } else if (c === "}" || c === "]") {
      depth--;
      if (depth === 1 && c === "]" && arrayOpen !== void 0) return { open: arrayOpen, close: i };
    } else if (c === "," && depth === 1) {
      lastString = void 0;
    }
  }
  return void 0;
}
function stringEnd(text, start) {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
  }
  return text.length;
}

// src/oci/referrers.ts
var EMPTY_CONFIG = {
  mediaType: "application/vnd.oci.empty.v1+json",
  digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
  size: 2
};
var EMPTY_CONFIG_CONTENT = Buffer.from("{}");
function buildReferrerManifest(options) {
  const descriptor = (d) => ({
    mediaType: d.mediaType,
    digest: d.digest,
    size: d.size,
    ...d.annotations && Object.keys(d.annotations).length > 0 ? { annotations: sortedRecord(d.annotations) } : {}
  });
  const manifest = {
    schemaVersion: 2,
    mediaType: MediaType.manifest,
    artifactType: options.artifactType,
    config: descriptor(EMPTY_CONFIG),
    layers: [descriptor(options.layer)],
    subject: {
      mediaType: options.subject.mediaType,
      digest: options.subject.digest,
      size: options.subject.size
    },
    annotations: sortedRecord(options.annotations)
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  return { mediaType: MediaType.manifest, digest: sha256Digest(bytes), bytes };
}
function fallbackTag(digest) {
  const [algorithm = "", encoded = ""] = digest.split(":", 2);
  const clean = (part, limit) => part.slice(0, limit).replace(/[^a-zA-Z0-9_.-]/g, "-");
  return `${clean(algorithm, 32)}-${clean(encoded, 64)}`;
}
function referrerEntry(manifest) {
  const parsed = JSON.parse(manifest.bytes.toString("utf8"));
  const artifactType = parsed.artifactType ?? parsed.config?.mediaType;
  return {
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.bytes.length,
    ...artifactType ? { artifactType } : {},
    ...parsed.annotations && Object.keys(parsed.annotations).length > 0 ? { annotations: parsed.annotations } : {}
  };
}
function parseIndex(bytes) {
  try {
    const value = JSON.parse(bytes.toString("utf8"));
    if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
    if (value.mediaType !== void 0 && value.mediaType !== MediaType.index) return void 0;
    const manifests = value.manifests ?? [];
    if (!Array.isArray(manifests)) return void 0;
    const entries = manifests.filter(
      (m) => typeof m === "object" && m !== null && typeof m.digest === "string"
    );
    return { manifests: entries };
  } catch {
    return void 0;
  }
}
var INDEX_ATTEMPTS = 6;
var INDEX_RETRY_MS = 150;
async function attachReferrer(registry, referrer, subjectDigest, sleep = (ms) => new Promise((r) => setTimeout(r, ms))) {
  const { subject } = await registry.writeManifest(referrer.digest, referrer);
  if (subject === subjectDigest && await servesReferrersApi(registry, subjectDigest)) {
    return { digest: referrer.digest, keptBy: "api", indexWritten: false };
  }
  const tag = fallbackTag(subjectDigest);
  const indexWritten = await addToFallbackIndex(registry, tag, referrerEntry(referrer), sleep);
  return { digest: referrer.digest, keptBy: "fallback tag", tag, indexWritten };
}
async function servesReferrersApi(registry, digest) {
  const page = await registry.readReferrers(digest);
  return page.status === 200 && mediaTypeOf(page.mediaType) === MediaType.index;
}
async function addToFallbackIndex(registry, tag, entry, sleep) {
  let wrote = false;
  for (let attempt = 1; attempt <= INDEX_ATTEMPTS; attempt++) {
    const readAt = Date.now();
    const current = await registry.readManifest(tag);
    const listed = current === void 0 ? [] : fallbackIndexOf(current, tag).manifests;
    if (listed.some((m) => m.digest === entry.digest)) return wrote;
    const { written } = await registry.writeManifest(tag, withEntry(current, entry), current?.etag);
    wrote ||= written;
    if (written) {
      await sleep(settleDelay(Date.now() - readAt));
      const check = await registry.readManifest(tag);
      const now = check && parseIndex(check.bytes);
      if (now?.manifests.some((m) => m.digest === entry.digest)) return true;
    }
    await sleep(INDEX_RETRY_MS * attempt * (0.5 + Math.random()));
  }
  throw new UserError(
    `The referrers index ${tag} kept changing under ${INDEX_ATTEMPTS} attempts to add ${entry.digest}: other tools are writing it at the same time`,
    { fix: "run the push again once they are done" }
  );
}
function fallbackIndexOf(stored, tag) {
  const index = mediaTypeOf(stored.mediaType) === MediaType.index ? parseIndex(stored.bytes) : void 0;
  if (!index) {
    throw new UserError(
      `The tag ${tag} holds a ${stored.mediaType}, not the image index of referrers the OCI fallback tag schema puts there; it was left as it is and no referrer index was written`,
      { fix: `move what is tagged ${tag} to another tag, then push again` }
    );
  }
  return index;
}
function withEntry(current, entry) {
  const entryText = JSON.stringify(entry);
  const spliced = current && appendToManifests(current.bytes.toString("utf8"), entryText);
  const text = spliced ?? JSON.stringify({
    schemaVersion: 2,
    mediaType: MediaType.index,
    manifests: [...current ? parseIndex(current.bytes)?.manifests ?? [] : [], entry]
  });
  const bytes = Buffer.from(text, "utf8");
  return { mediaType: MediaType.index, digest: sha256Digest(bytes), bytes };
}
var MAX_PAGES = 100;
async function listReferrers(registry, subjectDigest, artifactType) {
  const fromApi = await listFromApi(registry, subjectDigest, artifactType);
  const listing = fromApi ?? await listFromTag(registry, subjectDigest);
  const mayBe = (type) => type === void 0 || type === "" || type === artifactType || type === EMPTY_CONFIG.mediaType;
  const referrers = artifactType ? listing.referrers.filter((r) => mayBe(r.artifactType)) : listing.referrers;
  return { keptBy: listing.keptBy, referrers };
}
async function listFromApi(registry, digest, artifactType) {
  const referrers = [];
  let next;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await registry.readReferrers(digest, artifactType, next);
    const index = answer.status === 200 && mediaTypeOf(answer.mediaType) === MediaType.index ? parseIndex(answer.body) : void 0;
    if (!index) {
      if (page === 0) return void 0;
      throw new UserError(
        `The registry's referrers API answered page ${page + 1} of the referrers of ${digest} with ${answer.status}, not an image index`,
        { fix: "try again; if it persists, the registry is at fault" }
      );
    }
    referrers.push(...index.manifests);
    next = answer.next;
    if (!next) return { keptBy: "api", referrers };
  }
  throw new UserError(
    `The registry's referrers API linked on past ${MAX_PAGES} pages for ${digest}`
  );
}
async function listFromTag(registry, digest) {
  const stored = await registry.readManifest(fallbackTag(digest));
  const index = stored && mediaTypeOf(stored.mediaType) === MediaType.index ? parseIndex(stored.bytes) : void 0;
  return index ? { keptBy: "fallback tag", referrers: index.manifests } : { keptBy: "none", referrers: [] };
}
function mediaTypeOf(contentType) {
  return contentType?.split(";")[0]?.trim();
}

// src/core/push-signature.ts
var SIGNATURE_ARTIFACT_TYPE = "application/vnd.sherpack.pack.signature.v1.minisig";
var SignatureAnnotation = {
  keyId: "dev.sherpack.signature.key-id",
  signedDigest: "dev.sherpack.signature.signed-digest"
};
function signatureManifest(pack, subject, signature) {
  return buildReferrerManifest({
    artifactType: SIGNATURE_ARTIFACT_TYPE,
    layer: {
      mediaType: SIGNATURE_ARTIFACT_TYPE,
      digest: sha256Digest(signature.bytes),
      size: signature.bytes.length,
      annotations: { "org.opencontainers.image.title": signature.fileName }
    },
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.bytes.length },
    annotations: {
      "org.opencontainers.image.created": pack.created,
      [SignatureAnnotation.keyId]: signature.keyId,
      [SignatureAnnotation.signedDigest]: pack.archiveDigest
    }
  });
}
async function pushSignature(client, repository, pack, subject, signature) {
  const manifest = signatureManifest(pack, subject, signature);
  const referrers = client.referrers(repository);
  await referrers.ensureBlobs([
    { descriptor: EMPTY_CONFIG, content: EMPTY_CONFIG_CONTENT },
    {
      descriptor: {
        mediaType: SIGNATURE_ARTIFACT_TYPE,
        digest: sha256Digest(signature.bytes),
        size: signature.bytes.length
      },
      content: signature.bytes
    }
  ]);
  return attachReferrer(referrers, manifest, subject.digest);
}

export {
  keyIdHex,
  parsePublicKey,
  parseSecretKey,
  openSecretKey,
  packTrustedComment,
  parsePackComment,
  claimMismatch,
  parseSignature,
  formatSignature,
  prehashFile,
  signPrehashed,
  verifyPrehashed,
  describeFailure,
  fallbackTag,
  listReferrers,
  SIGNATURE_ARTIFACT_TYPE,
  SignatureAnnotation,
  pushSignature
};
