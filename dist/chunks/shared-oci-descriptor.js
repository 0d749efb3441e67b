import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/oci/descriptor.ts
import { createHash } from "node:crypto";
var MediaType = {
  manifest: "application/vnd.oci.image.manifest.v1+json",
  index: "application/vnd.oci.image.index.v1+json",
  packConfig: "application/vnd.cncf.helm.config.v1+json",
  packLayer: "application/vnd.cncf.helm.chart.content.v1.tar+gzip"
};
var SHA256_DIGEST = /^sha256:([a-f0-9]{64})$/;
function sha256Digest(data) {
  return "sha256:" + createHash("sha256").update(data).digest("hex");
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
function sortedRecord(record) {
  const out = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key];
  return out;
}

export {
  MediaType,
  SHA256_DIGEST,
  sha256Digest,
  bufferBlob,
  buildImageManifest,
  sortedRecord
};
