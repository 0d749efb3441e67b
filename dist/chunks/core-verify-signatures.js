import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  SIGNATURE_ARTIFACT_TYPE,
  listReferrers
} from "./shared-oci-referrers.js";
import "./shared-oci-refusals.js";
import {
  SHA256_DIGEST,
  sha256Digest
} from "./shared-oci-descriptor.js";
import {
  claimMismatch,
  describeFailure,
  parsePackComment,
  parseSignature,
  prehashFile,
  verifyPrehashed
} from "./shared-sign-signature.js";
import {
  keyIdHex
} from "./shared-sign-keys.js";
import {
  UserError
} from "./shared-errors.js";
import "./shared-runtime.js";

// src/core/verify-signatures.ts
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
var SIGNATURE_MAX_BYTES = 4096;
async function verifyPackSignatures(request) {
  const referrers = request.client.referrers(request.repository);
  const listing = await listReferrers(referrers, request.subject, SIGNATURE_ARTIFACT_TYPE);
  const prehash = await prehashFile(request.archivePath);
  const looked = [];
  for (const entry of listing.referrers) {
    const result = await lookAt(request, entry, prehash);
    if (result.verified) return result.verified;
    if (result.problem) looked.push(result);
  }
  throw noneVerified(request, looked);
}
function noneVerified(request, looked) {
  const expected = request.trusted.map((key) => keyIdHex(key.keyId)).join(", ");
  if (looked.length === 0) {
    return new UserError(
      `${request.shown} has no signature (no referrer of type ${SIGNATURE_ARTIFACT_TYPE}), so it cannot be verified with ${expected}; nothing was written`,
      { fix: "push it with a signing key (signing-key, --sign), or pull it without --verify" }
    );
  }
  const signedBy = [...new Set(looked.flatMap((l) => l.keyId ? [l.keyId] : []))].join(", ");
  const details = looked.map((l) => `${l.digest}: ${l.problem}`).join("; ");
  return new UserError(
    `No signature of ${request.shown} verifies with the trusted keys (${expected})${signedBy ? `; signed by: ${signedBy}` : ""}. ${details}. Nothing was written`,
    {
      option: "publicKey",
      fix: "give the public key of a key that signed it, or pull it from where it was signed"
    }
  );
}
async function lookAt(request, entry, prehash) {
  const referrers = request.client.referrers(request.repository);
  const stored = await referrers.readManifest(entry.digest);
  if (!stored) return { digest: entry.digest };
  if (sha256Digest(stored.bytes) !== entry.digest) {
    return { digest: entry.digest, problem: "the registry sent a manifest with another digest" };
  }
  const layer = signatureLayer(stored.bytes, request.subject);
  if ("problem" in layer) return { digest: entry.digest, problem: layer.problem };
  const minisig = await fetchSmallBlob(request, layer.descriptor);
  const signature = parseSignature(minisig.toString("utf8"));
  if ("why" in signature) {
    return { digest: entry.digest, problem: `not a minisign signature (${signature.why})` };
  }
  const keyId = keyIdHex(signature.keyId);
  const verdict = verifyPrehashed(signature, prehash, request.trusted);
  if ("failure" in verdict) {
    return { digest: entry.digest, keyId, problem: describeFailure(verdict.failure, signature) };
  }
  const claim = parsePackComment(signature.trustedComment);
  const wrong = claim ? claimMismatch(claim, request.pack) : [];
  if (wrong.length > 0) {
    return {
      digest: entry.digest,
      keyId,
      problem: `key ${keyId}: its trusted comment names ${wrong.join(", ")}`
    };
  }
  return {
    digest: entry.digest,
    verified: { digest: entry.digest, keyId, trustedComment: signature.trustedComment, minisig }
  };
}
function signatureLayer(bytes, subject) {
  let manifest;
  try {
    manifest = JSON.parse(bytes.toString("utf8"));
  } catch {
    return { problem: "not a JSON manifest" };
  }
  if (manifest.artifactType !== SIGNATURE_ARTIFACT_TYPE) {
    return { problem: `its artifactType is ${String(manifest.artifactType)}, not a pack signature` };
  }
  if (manifest.subject?.digest !== subject) {
    return { problem: `its subject is ${String(manifest.subject?.digest)}, not ${subject}` };
  }
  const layers = Array.isArray(manifest.layers) ? manifest.layers : [];
  const [layer] = layers;
  if (layers.length !== 1 || layer?.mediaType !== SIGNATURE_ARTIFACT_TYPE) {
    return { problem: "it does not hold exactly one signature layer" };
  }
  if (typeof layer.digest !== "string" || !SHA256_DIGEST.test(layer.digest)) {
    return { problem: "its signature layer has no sha256 digest" };
  }
  if (typeof layer.size !== "number" || layer.size > SIGNATURE_MAX_BYTES || layer.size < 0) {
    return { problem: `its signature layer is ${layer.size} bytes, more than a .minisig` };
  }
  return { descriptor: { mediaType: layer.mediaType, digest: layer.digest, size: layer.size } };
}
async function fetchSmallBlob(request, descriptor) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "sherpack-signature-"));
  try {
    const file = path.join(dir, "signature.minisig");
    await request.client.fetchBlob(request.repository, descriptor, file);
    return await readFile(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
export {
  verifyPackSignatures
};
