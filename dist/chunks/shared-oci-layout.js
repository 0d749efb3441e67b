import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  TAG_PATTERN
} from "./shared-oci-reference.js";
import {
  MediaType,
  SHA256_DIGEST
} from "./shared-oci-descriptor.js";
import {
  UnreadableFile,
  readUserFile
} from "./shared-read-user-file.js";
import {
  UserError
} from "./shared-errors.js";

// src/oci/layout.ts
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
var REF_NAME_ANNOTATION = "org.opencontainers.image.ref.name";
var LAYOUT_FILE = "oci-layout";
var INDEX_FILE = "index.json";
var LAYOUT_CONTENT = '{"imageLayoutVersion":"1.0.0"}';
var LayoutError = class extends UserError {
  name = "LayoutError";
  constructor(message, details = { option: "destination" }) {
    super(message, details);
  }
};
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
  const blobDir = path.join(dir, "blobs", "sha256");
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
    const name = d.annotations?.[REF_NAME_ANNOTATION];
    return name === void 0 || !retagged.has(name);
  });
  if (tags.length === 0) {
    if (!manifests.some((d) => d.digest === manifest.digest)) manifests.push(descriptor);
  } else {
    for (const tag of tags) {
      manifests.push({ ...descriptor, annotations: { [REF_NAME_ANNOTATION]: tag } });
    }
  }
  await writeFileAtomically(
    path.join(dir, INDEX_FILE),
    Buffer.from(JSON.stringify({ ...index, manifests }))
  );
  return { digest: manifest.digest };
}
async function prepareLayoutDir(dir) {
  const info = await stat(dir).catch((e) => {
    if (e.code === "ENOENT") return void 0;
    throw e;
  });
  if (info && !info.isDirectory()) {
    throw new LayoutError(
      `OCI layout destination '${dir}' exists and is not a directory: choose a directory path`
    );
  }
  if (!info) await mkdir(dir, { recursive: true });
  const layoutPath = path.join(dir, LAYOUT_FILE);
  const existing = await readLayoutFile(layoutPath);
  if (existing !== void 0) {
    let version;
    try {
      version = JSON.parse(existing).imageLayoutVersion;
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
var MAX_LAYOUT_FILE_BYTES = 64 << 20;
async function readLayoutFile(file) {
  try {
    return (await readUserFile(file, MAX_LAYOUT_FILE_BYTES)).toString("utf8");
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    if (!(e instanceof UnreadableFile)) throw e;
    throw new LayoutError(
      `'${file}' cannot be read: ${e.message}; delete it, or choose another directory`
    );
  }
}
async function readIndex(dir) {
  const indexPath = path.join(dir, INDEX_FILE);
  const text = await readLayoutFile(indexPath);
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
  const hex = SHA256_DIGEST.exec(digest)?.[1];
  if (!hex) {
    throw new LayoutError(
      `Blob digest '${digest}' is not sha256:<64 hex>: cannot store it in an OCI layout`
    );
  }
  const target = path.join(blobDir, hex);
  if (await hasBlob(target, hex, size)) return;
  if ("path" in blob) {
    const source = await stat(blob.path).catch(() => void 0);
    if (!source?.isFile()) {
      throw new LayoutError(`Cannot read blob ${digest}: '${blob.path}' is not a readable file`);
    }
  }
  const temp = path.join(blobDir, `.${hex}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx");
    let written;
    try {
      written = await copyHashing(blob, handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (written.hex !== hex || written.size !== size) {
      const source = "path" in blob ? `'${blob.path}'` : "in-memory content";
      throw new LayoutError(
        `Blob ${digest} does not match its descriptor: ${source} has ${written.size} bytes with digest sha256:${written.hex}, the descriptor says ${size} bytes. The content changed after it was described; build it again`
      );
    }
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
async function hasBlob(file, hex, size) {
  const info = await stat(file).catch(() => void 0);
  if (!info?.isFile() || info.size !== size) return false;
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex") === hex;
}
async function copyHashing(blob, handle) {
  const hash = createHash("sha256");
  let size = 0;
  const chunks = "path" in blob ? createReadStream(blob.path) : [blob.content];
  for await (const chunk of chunks) {
    hash.update(chunk);
    size += chunk.length;
    await writeAll(handle, chunk);
  }
  return { hex: hash.digest("hex"), size };
}
async function writeAll(handle, data) {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
}
async function writeFileAtomically(file, data) {
  const temp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    const handle = await open(temp, "wx");
    try {
      await writeAll(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

export {
  REF_NAME_ANNOTATION,
  LayoutError,
  writeToLayout,
  readIndex,
  copyHashing
};
