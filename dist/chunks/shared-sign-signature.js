import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  decodeBase64Line,
  keyIdHex
} from "./shared-sign-keys.js";
import {
  UserError
} from "./shared-errors.js";

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
import { createHash, createPublicKey, sign, verify } from "node:crypto";
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
  return createPublicKey({
    key: { kty: "OKP", crv: "Ed25519", x: key.key.toString("base64url") },
    format: "jwk"
  });
}

export {
  packTrustedComment,
  parsePackComment,
  claimMismatch,
  parseSignature,
  formatSignature,
  prehashFile,
  signPrehashed,
  verifyPrehashed,
  describeFailure
};
