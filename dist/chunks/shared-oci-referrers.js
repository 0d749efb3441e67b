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
  fallbackTag,
  listReferrers,
  SIGNATURE_ARTIFACT_TYPE,
  SignatureAnnotation,
  signatureManifest,
  pushSignature
};
