import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  RegistryClient,
  buildOutcome,
  classifyTags,
  describePlanEntry,
  describeTagPlan,
  destinationFor,
  explainMissingRepository,
  failedOutcome,
  manifestAnnotations,
  parseDestination,
  planTags,
  versionAsTag
} from "./shared-oci-auth.js";
import {
  RegistryError,
  TagConflictError
} from "./shared-oci-refusals.js";
import {
  MediaType,
  bufferBlob,
  buildImageManifest
} from "./shared-oci-descriptor.js";
import {
  removeCreatedDirs
} from "./shared-pack-dirs.js";
import {
  EntryNames,
  PackError,
  buildManifest,
  displayName,
  entryNameProblem,
  errnoCode,
  fileSystemError,
  formatCreated,
  manifestDigest,
  parsePackFile,
  sortByUtf8,
  sortChecksums
} from "./shared-yaml.js";
import {
  readUserFile
} from "./shared-read-user-file.js";
import {
  UserError
} from "./shared-errors.js";

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

// src/core/package-one.ts
import { access, mkdtemp } from "node:fs/promises";
import path3 from "node:path";

// src/pack/index.ts
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { rename, rm as rm2, stat } from "node:fs/promises";
import path2 from "node:path";

// src/pack/archive.ts
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { once } from "node:events";
import { crc32, createDeflateRaw } from "node:zlib";
var GZIP_LEVEL = 6;
var GZIP_OS_UNKNOWN = 255;
var BLOCK = 512;
var BATCH = 256 << 10;
var ZEROS = Buffer.alloc(2 * BLOCK);
var MAX_USTAR_SIZE = 8589934591;
var TarGzWriter = class {
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
    this.done = new Promise((resolve) => {
      this.deflate.once("end", resolve);
      this.deflate.once("error", () => resolve());
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
  add(name, content) {
    this.header(name, content.length);
    this.append(content);
    this.pad(content.length);
    return this.ready();
  }
  /** Appends one regular file read as chunks that must add up to `size` bytes. */
  async addStream(name, size, chunks) {
    this.header(name, size);
    let seen = 0;
    for await (const chunk of chunks) {
      seen += chunk.length;
      if (seen > size) break;
      this.append(chunk);
      await this.ready();
    }
    if (seen !== size) {
      throw new PackError(`${name} changed size while it was being archived`, {
        file: name,
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
  header(name, size) {
    const problem = entryNameProblem(name) ?? this.names.add(name);
    if (problem !== void 0) {
      throw new PackError(`the archive entry '${displayName(name)}' ${problem}`, {
        file: name,
        fix: "rename the file"
      });
    }
    if (size <= MAX_USTAR_SIZE && isUstarName(name)) {
      writeUstarHeader(this.batch, this.used, name, size, "0");
      this.used += BLOCK;
      if (this.used === BATCH) this.flush();
      return;
    }
    this.append(tarHeader(name, size));
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
function tarHeader(name, size) {
  if (size > MAX_USTAR_SIZE) {
    throw new PackError(`${name} is ${size} bytes, more than the 8 GiB a tar entry can hold`, {
      file: name,
      fix: "keep such files out of templates/"
    });
  }
  if (isUstarName(name)) return ustarHeader(name, size, "0");
  const record = paxRecord("path", name);
  const baseName = name.slice(name.lastIndexOf("/") + 1);
  return Buffer.concat([
    ustarHeader(asciiTail(`PaxHeaders/${baseName}`), record.length, "x"),
    record,
    ZEROS.subarray(0, padding(record.length)),
    // Readers without PAX support still get an ASCII approximation of the name.
    ustarHeader(asciiTail(name), size, "0")
  ]);
}
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
function isUstarName(name) {
  return name.length <= 100 && PRINTABLE_ASCII.test(name);
}
var HEADER_TEMPLATE = (() => {
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
var TEMPLATE_SUM = HEADER_TEMPLATE.reduce((sum, byte) => sum + byte, 0) + 8 * 32;
function ustarHeader(name, size, type) {
  const block = Buffer.allocUnsafe(BLOCK);
  writeUstarHeader(block, 0, name, size, type);
  return block;
}
function writeUstarHeader(target, offset, name, size, type) {
  target.set(HEADER_TEMPLATE, offset);
  let sum = TEMPLATE_SUM;
  const put = (at, text2) => {
    for (let i = 0; i < text2.length; i++) {
      const code = text2.charCodeAt(i);
      target[offset + at + i] = code;
      sum += code;
    }
  };
  put(0, name);
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
function asciiTail(name) {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_");
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

// src/pack/contents.ts
import { createHash as createHash2, hash } from "node:crypto";
import { closeSync, constants, createReadStream, fstatSync, openSync, readSync } from "node:fs";
var KEPT_FILE_LIMIT = 4 << 20;
var KEPT_TOTAL = 64 << 20;
var SLAB = 1 << 20;
var SLAB_MIN_ROOM = 64 << 10;
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
async function readPackFiles(files, known, display) {
  const read = [];
  const slab = new Slab();
  let kept = 0;
  for (const file of files) {
    const content = known.get(file.name) ?? readSmallFile(file, display, KEPT_TOTAL - kept, slab);
    const { name, path: path6 } = file;
    if (content) {
      kept += content.length;
      read.push({ name, path: path6, content, size: content.length, sha256: sha256Hex(content) });
    } else {
      read.push({ name, path: path6, ...await hashStreamed(path6, display(file)) });
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
var Slab = class {
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

// src/pack/select.ts
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var SCHEMA_FILES = [
  "values.schema.yaml",
  "values.schema.json",
  "schema.yaml",
  "schema.json"
];
var TEMPLATE_EXTENSIONS = /* @__PURE__ */ new Set(["yaml", "yml", "j2", "jinja2", "txt", "json"]);
var UNARCHIVED_DIRS = ["crds", "charts", "files"];
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
var PackWalker = class {
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
      if (this.lstat(path.join(this.root, dir), dir)) {
        this.warnings.push({
          message: `${this.display(dir)}/ is not archived: \`sherpack package\` puts only Pack.yaml, values.yaml, the values schema and templates/ in the archive, so ${dir}/ will not be pushed`,
          file: this.display(dir)
        });
      }
    }
    return { files, warnings: this.warnings };
  }
  /** A top-level file, if it exists as a file (a directory of that name is an error). */
  topLevel(name) {
    const filePath = path.join(this.root, name);
    const resolved = this.resolve(filePath, name, this.lstat(filePath, name));
    if (resolved === void 0 || resolved.kind === "dangling") return void 0;
    if (resolved.kind !== "file") {
      throw new PackError(`${this.display(name)} is not a regular file`, {
        file: this.display(name),
        fix: `${name} must be a file`
      });
    }
    return { name, path: filePath };
  }
  templates() {
    const dir = path.join(this.root, "templates");
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
      const full = dir + path.sep + entry.name;
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
      const name = entry.name;
      const lossy = name.toString("utf8");
      if (Buffer.from(lossy, "utf8").equals(name)) continue;
      if (!entry.isDirectory() && !isTemplateFile(lossy)) continue;
      throw new PackError(`${this.display(relDir)}/${displayName(name)}: the name is not UTF-8`, {
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
      const name = rel.replaceAll("\\", "/");
      const problem = entryNameProblem(name) ?? names.add(name);
      if (problem !== void 0) {
        const other = onDisk.get(name);
        const shown = name === rel ? "" : ` (archived as '${displayName(name)}', as Sherpack writes \\ as /)`;
        throw new PackError(
          `${this.display(displayName(rel))}${shown}: the name ${other === void 0 ? problem : `is the same as that of ${this.display(displayName(other))}`}`,
          {
            file: this.display(rel),
            fix: "rename the file (no \\, control characters, or names that collide once \\ is /)"
          }
        );
      }
      onDisk.set(name, rel);
      file.name = name;
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
      if (isNotFound(err)) return { kind: "dangling" };
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
      if (isNotFound(err)) return void 0;
      throw fileSystemError(err, this.display(rel), "read");
    }
  }
  display(rel) {
    const joined = rel === "" ? this.displayDir : path.join(this.displayDir, rel);
    return joined.split(path.sep).join("/");
  }
};
function kindOf(stats) {
  if (stats.isFile()) return { kind: "file" };
  if (stats.isDirectory()) return { kind: "dir" };
  return { kind: "other" };
}
function isInside(root, target) {
  const rel = path.relative(root, target);
  return rel === "" || !rel.startsWith(`..${path.sep}`) && rel !== ".." && !path.isAbsolute(rel);
}
function isNotFound(err) {
  const code = err?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

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

// src/pack/index.ts
var ARCHIVE_NAME = /\.(tar\.gz|tgz)$/i;
var PACK_YAML_LIMIT = 1 << 20;
function isPackArchiveName(file) {
  return ARCHIVE_NAME.test(file);
}
var PATH_FIX = "point the pack path at a pack directory holding Pack.yaml or at a .tar.gz/.tgz";
async function packagePack(opts) {
  const display = toDisplay(opts.path);
  let stats;
  try {
    stats = await stat(opts.path);
  } catch (err) {
    const code = errnoCode(err);
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new PackError(`path '${opts.path}' does not exist`, { option: "path", fix: PATH_FIX });
    }
    throw fileSystemError(err, display, "read");
  }
  if (stats.isDirectory()) return packageDirectory(opts, display);
  if (stats.isFile() && ARCHIVE_NAME.test(opts.path)) {
    const { readPrebuiltArchive } = await import("./pack-prebuilt.js");
    return readPrebuiltArchive(opts.path, display);
  }
  const fix = path2.basename(opts.path) === "Pack.yaml" ? `point the pack path at the directory holding it, '${toDisplay(path2.dirname(opts.path))}'` : PATH_FIX;
  throw new PackError(`path '${opts.path}' is neither a pack directory nor a .tar.gz/.tgz`, {
    option: "path",
    fix
  });
}
async function readPackIdentity(packPath) {
  try {
    const stats = await stat(packPath);
    if (stats.isDirectory()) {
      const packYaml = await readUserFile(path2.join(packPath, "Pack.yaml"), PACK_YAML_LIMIT);
      const { metadata: metadata2 } = parsePackFile(packYaml, "Pack.yaml");
      return { name: metadata2.name, version: metadata2.version };
    }
    if (!stats.isFile() || !ARCHIVE_NAME.test(packPath)) return void 0;
    const { metadata } = await verifyPackArchive(packPath);
    return { name: metadata.name, version: metadata.version };
  } catch {
    return void 0;
  }
}
async function verifyPackArchive(file, display) {
  const verify = await import("./pack-verify.js");
  return verify.verifyPackArchive(file, display);
}
async function extractPackArchive(file, destDir, display) {
  const extract = await import("./pack-extract.js");
  return extract.extractPackArchive(file, destDir, display);
}
async function packageDirectory(opts, display) {
  const created = formatCreated(opts.created);
  const selection = await selectPackFiles(opts.path, display);
  const packFile = path2.resolve(opts.path, "Pack.yaml");
  const shown = (name) => display === "." ? name : `${display}/${name}`;
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
  const checksums = files.map((file) => ({ path: file.name, sha256: file.sha256 }));
  const manifest = buildManifest({
    name: metadata.name,
    version: metadata.version,
    created,
    files: checksums
  });
  const archiveFileName = `${metadata.name}-${metadata.version}.tar.gz`;
  const written = await writeArchive(path2.resolve(opts.outDir), archiveFileName, async (writer) => {
    await writer.add("MANIFEST", manifest);
    await writePackFiles(files, writer, display_);
  });
  return {
    metadata,
    archivePath: written.archivePath,
    archiveFileName,
    archiveDigest: written.digest,
    archiveSize: written.size,
    created,
    manifestDigest: manifestDigest(sortChecksums(checksums)),
    prebuilt: false,
    packFile,
    warnings: [...parsed.warnings, ...selection.warnings]
  };
}
async function writeArchive(outDir, fileName, fill) {
  const archivePath = path2.join(outDir, fileName);
  let createdDir;
  try {
    createdDir = mkdirSync(outDir, { recursive: true });
  } catch (err) {
    throw fileSystemError(err, outDir, "create");
  }
  const tempPath = path2.join(outDir, `.${fileName}.${randomBytes(6).toString("hex")}.tmp`);
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
  return path2.normalize(p).split(path2.sep).join("/").replace(/\/$/, "");
}

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
var INDEX_TYPES = /* @__PURE__ */ new Set([
  MediaType.index,
  "application/vnd.docker.distribution.manifest.list.v2+json"
]);
function summarizeManifest(fetched, shown) {
  const json = parseJson(fetched.bytes, shown);
  const mediaType = text(json.mediaType) ?? fetched.mediaType;
  return {
    mediaType,
    digest: fetched.digest,
    size: fetched.bytes.length,
    artifactType: text(json.artifactType),
    config: descriptor(json.config),
    layers: descriptors(json.layers),
    layerCount: Array.isArray(json.layers) ? json.layers.length : 0,
    manifests: INDEX_TYPES.has(mediaType) ? descriptors(json.manifests) : void 0,
    annotations: stringRecord(json.annotations)
  };
}
function packParts(manifest) {
  const { config, layers } = manifest;
  const [layer] = layers;
  const isPack = manifest.mediaType === MediaType.manifest && config?.mediaType === MediaType.packConfig && layers.length === 1 && manifest.layerCount === 1 && layer?.mediaType === MediaType.packLayer;
  return isPack ? { config, layer } : void 0;
}
function requirePack(manifest, shown) {
  const parts = packParts(manifest);
  if (parts) return parts;
  throw new UserError(`${shown} is not a Sherpack pack: it is ${describeArtifact(manifest)}`, {
    fix: `a pack is an ${MediaType.manifest} with config ${MediaType.packConfig} and one layer ${MediaType.packLayer}; check the reference`
  });
}
function describeArtifact(manifest) {
  if (manifest.manifests !== void 0) {
    return `an index (${manifest.mediaType}) of ${manifest.manifests.length} manifest(s): ${unique(manifest.manifests.map((m) => m.mediaType)).join(", ") || "none"}`;
  }
  const artifact = manifest.artifactType ? `, artifactType ${manifest.artifactType}` : "";
  const layers = manifest.layers.length ? `layer(s) ${unique(manifest.layers.map((l) => l.mediaType)).join(", ")}` : "no layers";
  return `a manifest (${manifest.mediaType}) with config ${manifest.config?.mediaType ?? "(none)"}${artifact} and ${manifest.layers.length} ${layers}`;
}
function parseJson(bytes, shown) {
  try {
    const value = JSON.parse(bytes.toString("utf8"));
    if (isRecord(value)) return value;
  } catch {
  }
  throw new UserError(`The manifest of ${shown} is not a JSON object`, {
    fix: "this is not an OCI artifact we can read; check the reference"
  });
}
function descriptor(value) {
  if (!isRecord(value)) return void 0;
  const { mediaType, digest, size } = value;
  if (typeof mediaType !== "string" || typeof digest !== "string") return void 0;
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0) return void 0;
  const annotations = stringRecord(value.annotations);
  const out = { mediaType, digest, size };
  if (Object.keys(annotations).length > 0) out.annotations = annotations;
  return out;
}
function descriptors(value) {
  if (!Array.isArray(value)) return [];
  return value.map(descriptor).filter((d) => d !== void 0);
}
function stringRecord(value) {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry) => typeof entry[1] === "string")
  );
}
function text(value) {
  return typeof value === "string" ? value : void 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function unique(values) {
  return [...new Set(values)];
}

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

// src/core/package-one.ts
async function packageOne(packPath, job) {
  const { request, deps, emit } = job;
  const { pack, created } = await packageAt({
    path: path3.resolve(request.baseDir, packPath),
    outDir: await mkdtemp(path3.join(request.workDir, "pack-")),
    sourceDateEpoch: request.sourceDateEpoch,
    commitTime: deps.commitTime,
    emit
  });
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
  const signature = await packSignature(pack, job);
  if (signature) {
    const how = signature.origin === "signed" ? "Signed" : "Found the signature of";
    emit({
      type: "info",
      message: `${how} ${pack.archiveFileName} with minisign key ${signature.keyId} (trusted comment: ${signature.trustedComment})`
    });
  }
  return { pack, artifact, createdSource: created?.source, signature };
}
async function packSignature(pack, job) {
  const beside = pack.prebuilt && await exists(`${pack.archivePath}.minisig`);
  if (!job.signingKeys?.key && !beside) {
    if (job.signingKeys) {
      job.emit({
        type: "warning",
        message: `Public keys were given, but ${pack.archiveFileName} has no signature to check (no signing key, no ${pack.archiveFileName}.minisig beside it): it is pushed unsigned`
      });
    }
    return void 0;
  }
  const { signatureFor } = await import("./core-signing.js");
  return signatureFor(pack, job.signingKeys);
}
function exists(file) {
  return access(file).then(
    () => true,
    () => false
  );
}
async function packageAt(options) {
  const { emit } = options;
  const created = isPackArchiveName(options.path) ? void 0 : await resolveCreatedTime(options.path, options.sourceDateEpoch, options.commitTime);
  if (created?.warning) emit({ type: "warning", message: created.warning });
  const pack = await packagePack({
    path: options.path,
    outDir: options.outDir,
    created: created?.date ?? /* @__PURE__ */ new Date(0)
  });
  for (const warning of pack.warnings) emit({ type: "warning", ...warning });
  return { pack, created };
}

// src/core/registry-pool.ts
import { AsyncLocalStorage } from "node:async_hooks";

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
function eventLogger(emit) {
  return {
    info: (message) => emit({ type: "info", message }),
    warning: (message) => emit({ type: "warning", message }),
    debug: (message) => emit({ type: "debug", message })
  };
}

// src/core/registry-pool.ts
var RegistryPool = class {
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
    const key = this.keyOf(reference);
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
    const logger = eventLogger((event) => (this.job.getStore() ?? emit)(event));
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
  keyOf(reference) {
    return `${this.request.plainHttp ? "http" : "https"} ${reference.apiHost}`;
  }
};

// src/core/advice.ts
var IMMUTABLE_TAG_CODES = ["TAG_INVALID", "MANIFEST_INVALID"];
function withPackAdvice(error) {
  if (error instanceof TagConflictError && error.fix === void 0) {
    const movable = error.suggest?.option === "overwrite";
    const fix = movable ? "bump the pack version, or allow moving tags" : "bump the pack version";
    return new TagConflictError(error.what, error.url, error.digest, error.conflicts, {
      fix,
      suggest: error.suggest,
      cause: error
    });
  }
  if (error instanceof RegistryError && !(error instanceof TagConflictError) && error.fix === void 0 && error.hasCode(...IMMUTABLE_TAG_CODES)) {
    return new RegistryError(error.what, error.method, error.url, error.status, error.codes, {
      fix: "bump the version in Pack.yaml and push again (a push that may not move tags checks this before anything is written)",
      suggest: error.suggest,
      cause: error
    });
  }
  return error;
}

// src/core/plan-one.ts
async function planDestination(destination, packed, tags, job, facts) {
  const { request, emit } = job;
  const { metadata } = packed.pack;
  const digest = packed.artifact.manifest.digest;
  const versionTag = versionAsTag(metadata.version);
  const registry = destination.kind === "registry";
  const read = registry && request.skipExisting ? [.../* @__PURE__ */ new Set([...tags, versionTag])] : tags;
  const current = await currentTags(destination, read, job, facts);
  const rows = classifyTags({
    tags,
    current,
    digest,
    overwrite: registry ? request.overwrite : true,
    skipExisting: registry && request.skipExisting,
    versionTag
  });
  const plan = rows.map((row) => ({
    pack: metadata.name,
    version: metadata.version,
    destination: destination.display,
    digest,
    ...row
  }));
  emit({ type: "info", message: `Plan for ${destination.display} (nothing was written):` });
  for (const entry of plan) {
    emit({ type: "info", message: `  ${describePlanEntry(entry)}` });
    if (entry.action === "moves" && entry.tag === versionTag) {
      emit({ type: "warning", message: versionTagMoves(entry, true) });
    }
  }
  return { status: "planned", tagsWritten: [], tagsUnchanged: [], plan };
}
async function currentTags(destination, tags, job, facts) {
  if (destination.kind === "layout") {
    const { readIndex, REF_NAME_ANNOTATION } = await import("./oci-layout.js");
    const found = /* @__PURE__ */ new Map();
    for (const descriptor2 of (await readIndex(destination.dir)).manifests) {
      const tag = descriptor2.annotations?.[REF_NAME_ANNOTATION];
      if (tag !== void 0) found.set(tag, descriptor2.digest);
    }
    return found;
  }
  return job.registries.within(job.emit, async () => {
    const { client, credentialSource } = await job.registries.connect(
      destination.reference,
      job.emit
    );
    facts.credentialSource = credentialSource;
    const repository = destination.reference.repository;
    const found = /* @__PURE__ */ new Map();
    await Promise.all(
      tags.map(async (tag) => {
        const digest = await client.tagDigest(repository, tag);
        if (digest !== void 0) found.set(tag, digest);
      })
    );
    return found;
  });
}
function versionTagMoves(entry, planned) {
  const verb = planned ? "would move" : "moved";
  return `${entry.destination}:${entry.tag} is the version tag of ${entry.pack} ${entry.version}, and ${verb} from ${entry.current ?? "?"} to ${entry.digest}: the release is re-published with other content; bump the version in Pack.yaml unless that is meant`;
}

// src/core/push-one.ts
async function pushOne(destination, packed, job, mountFrom) {
  const facts = { packed, destination };
  let pushed;
  let phase = "package";
  const enter = (next) => {
    phase = next;
    job.emit({ type: "phase", phase: next });
  };
  try {
    facts.tagPlan = planFor(destination, packed, job);
    const tags = facts.tagPlan.map((entry) => entry.tag);
    if (job.request.plan) {
      enter("plan");
      return buildOutcome(facts, await planDestination(destination, packed, tags, job, facts));
    }
    if (!job.request.push) return buildOutcome(facts, await packageOnly(packed, job));
    if (destination.kind === "layout") {
      enter("upload");
      if (packed.signature) {
        job.emit({
          type: "info",
          message: `The signature goes to registries only: an OCI layout keeps no referrers (${destination.display})`
        });
      }
      return buildOutcome(facts, await writeLayout(destination, packed, tags, job));
    }
    enter("authenticate");
    const report = await job.registries.within(job.emit, async () => {
      const connected = await job.registries.connect(destination.reference, job.emit);
      facts.credentialSource = connected.credentialSource;
      const push = { destination, packed, tags, mountFrom, enter };
      pushed = await pushToRegistry(connected.client, push, job).catch((error) => {
        throw explainMissingRepository(error, destination.reference);
      });
      if (!packed.signature) return pushed;
      return { ...pushed, signature: await attachSignature(connected.client, push, job) };
    });
    return buildOutcome(facts, report);
  } catch (error) {
    const failedIn = error instanceof PackError ? "package" : phase;
    return buildOutcome(facts, {
      status: "failed",
      error: withPackAdvice(error),
      failedIn,
      pushed
    });
  }
}
function planFor(destination, packed, job) {
  const { request, emit } = job;
  const plan = planTags({
    entries: request.tags,
    destinationTag: destination.tag,
    destinationTagToo: request.destinationTagToo,
    version: packed.pack.metadata.version,
    context: request.source,
    versionCheck: request.versionCheck,
    packFile: packed.pack.packFile,
    prebuilt: packed.pack.prebuilt
  });
  emit({ type: "info", message: `Tag plan for ${destination.display}:` });
  for (const line of describeTagPlan(plan)) emit({ type: "info", message: `  ${line}` });
  return plan;
}
async function packageOnly(packed, job) {
  job.emit({
    type: "info",
    message: `Nothing written (push is off). The manifest digest would be ${packed.artifact.manifest.digest}`
  });
  return { status: "packaged", tagsWritten: [], tagsUnchanged: [] };
}
async function writeLayout(destination, packed, tags, job) {
  const { artifact } = packed;
  const { writeToLayout } = await import("./oci-layout.js");
  await writeToLayout({
    dir: destination.dir,
    blobs: [artifact.config, artifact.layer],
    manifest: artifact.manifest,
    tags
  });
  job.emit({
    type: "info",
    message: `Wrote ${tags.join(", ")} \u2192 ${artifact.manifest.digest} to the OCI layout ${destination.dir}`
  });
  return { status: "written", tagsWritten: tags, tagsUnchanged: [] };
}
async function pushToRegistry(client, push, job) {
  const { destination, packed } = push;
  const { artifact } = packed;
  const versionTag = versionAsTag(packed.pack.metadata.version);
  if (job.request.skipExisting) {
    const unchanged2 = await alreadyThere(client, push, versionTag, job);
    if (unchanged2) return unchanged2;
  }
  const layer = artifact.layer;
  const size = layer.descriptor.size;
  const what = `Upload ${packed.pack.archiveFileName} to ${destination.display}`;
  const pushed = await client.push({
    repository: destination.reference.repository,
    blobs: [
      artifact.config,
      "path" in layer ? {
        ...layer,
        onProgress: (done) => job.emit({ type: "progress", what, done, total: size })
      } : layer
    ],
    manifest: artifact.manifest,
    tags: push.tags,
    overwrite: job.request.overwrite,
    mountFrom: push.mountFrom,
    protectedTags: job.request.skipExisting ? [versionTag] : void 0,
    onPhase: (phase) => push.enter(phase)
  });
  const wroteNothing = pushed.tagsWritten.length === 0 && pushed.blobsUploaded === 0 && pushed.blobsMounted === 0;
  const unchanged = pushed.tagsUnchanged.length ? `; unchanged: ${pushed.tagsUnchanged.join(", ")}` : "";
  job.emit({
    type: "info",
    message: `Pushed ${destination.display}@${artifact.manifest.digest}: ${pushed.blobsUploaded} blob(s) uploaded (${pushed.bytesUploaded} bytes), ${pushed.blobsMounted} mounted, ${pushed.blobsSkipped} already there; tags written: ${pushed.tagsWritten.join(", ") || "none"}${unchanged}`
  });
  reportMoves(pushed.tagsMoved, push, versionTag, job);
  return {
    status: wroteNothing ? "unchanged" : "written",
    tagsWritten: pushed.tagsWritten,
    tagsUnchanged: pushed.tagsUnchanged,
    tagsMoved: pushed.tagsMoved,
    blobs: {
      uploaded: pushed.blobsUploaded,
      mounted: pushed.blobsMounted,
      bytesUploaded: pushed.bytesUploaded
    }
  };
}
async function attachSignature(client, { destination, packed, enter }, job) {
  const signature = packed.signature;
  if (!signature) return void 0;
  enter("signature");
  const subject = packed.artifact.manifest;
  const repository = destination.reference.repository;
  const { pushSignature } = await import("./core-push-signature.js");
  const attached = await pushSignature(client, repository, packed.pack, subject, signature);
  const where = attached.keptBy === "api" ? "found through the registry's referrers API" : `${attached.indexWritten ? "listed" : "already listed"} in the fallback index ${attached.tag}`;
  job.emit({
    type: "info",
    message: `Signature ${signature.fileName} (key ${signature.keyId}) attached to ${destination.display}@${subject.digest} as ${attached.digest}, ${where}`
  });
  return {
    digest: attached.digest,
    keyId: signature.keyId,
    keptBy: attached.keptBy,
    ...attached.tag ? { tag: attached.tag } : {}
  };
}
function reportMoves(moved, { destination, packed }, versionTag, job) {
  const { name, version } = packed.pack.metadata;
  const digest = packed.artifact.manifest.digest;
  for (const { tag, from } of moved) {
    job.emit({ type: "info", message: `Tag ${tag} moved from ${from} to ${digest}` });
    if (tag !== versionTag) continue;
    const entry = {
      destination: destination.display,
      tag,
      current: from,
      digest,
      pack: name,
      version
    };
    job.emit({
      type: "warning",
      message: versionTagMoves(entry, false),
      file: packed.pack.packFile
    });
  }
}
async function alreadyThere(client, { destination, packed }, versionTag, job) {
  const digest = packed.artifact.manifest.digest;
  const current = await client.tagDigest(destination.reference.repository, versionTag);
  if (current === void 0) return void 0;
  if (current !== digest) {
    const { name, version } = packed.pack.metadata;
    throw new UserError(
      `${destination.display}:${versionTag} already holds ${current}, but this push of ${name} ${version} is ${digest}: its content changed without a version bump`,
      { fix: "bump metadata.version in Pack.yaml", file: packed.pack.packFile }
    );
  }
  job.emit({
    type: "info",
    message: `${destination.display}:${versionTag} already holds ${digest}: unchanged, nothing written`
  });
  return { status: "unchanged", tagsWritten: [], tagsUnchanged: [versionTag] };
}

// src/core/tag-claims.ts
import path4 from "node:path";
async function refuseSharedTags(paths, specs, request) {
  const claims = /* @__PURE__ */ new Map();
  for (const packPath of paths) {
    const identity = await readPackIdentity(path4.resolve(request.baseDir, packPath));
    if (identity === void 0) continue;
    for (const spec of specs) {
      const destination = tryOr(() => destinationFor(spec, identity.name));
      const tags = tryOr(() => plannedTags(request, destination, identity.version));
      if (destination === void 0 || tags === void 0) continue;
      for (const tag of tags) {
        const key = `${repositoryKey(destination)} ${tag}`;
        const earlier = claims.get(key);
        if (earlier) throw sharedTag(earlier, { packPath, destination }, tag);
        claims.set(key, { packPath, destination });
      }
    }
  }
}
function plannedTags(request, destination, version) {
  if (destination === void 0) return void 0;
  return planTags({
    entries: request.tags,
    destinationTag: destination.tag,
    destinationTagToo: request.destinationTagToo,
    version,
    context: request.source,
    // The version check is the pack's own work to report; the tags are what matters here.
    versionCheck: false
  }).map((entry) => entry.tag);
}
function repositoryKey(destination) {
  return destination.kind === "registry" ? `${destination.reference.apiHost}/${destination.reference.repository}` : `layout ${destination.dir}`;
}
function sharedTag(first, second, tag) {
  const where = `${second.destination.display}:${tag}`;
  const pair = (claim) => `${claim.packPath} \u2192 ${claim.destination.display}`;
  const what = first.packPath === second.packPath ? `${first.packPath} would be pushed twice to ${where}, by two destinations (${first.destination.display} and ${second.destination.display})` : `Two packs would write the same tag ${where}: ${pair(first)} and ${pair(second)}; the tag would hold only the last one pushed`;
  return new UserError(`${what}. Nothing was pushed`, {
    option: "tags",
    fix: "give each pack its own repository (a destination ending in / appends each pack name) or its own tags, or push them in separate steps"
  });
}
function tryOr(work) {
  try {
    return work();
  } catch {
    return void 0;
  }
}

// src/core/sources.ts
import { existsSync } from "node:fs";
import path5 from "node:path";
var GLOB_CHARACTERS = /[*?[\]{}]/;
async function expandPackPaths(entries, baseDir) {
  const found = [];
  for (const entry of entries) {
    const matches = GLOB_CHARACTERS.test(entry) ? await expandGlob(entry, baseDir) : [existing(entry, baseDir)];
    for (const match of matches) {
      const absolute = path5.resolve(baseDir, match);
      if (!found.some((known) => path5.resolve(baseDir, known) === absolute)) found.push(match);
    }
  }
  return found;
}
function existing(entry, baseDir) {
  if (existsSync(path5.resolve(baseDir, entry))) return entry;
  throw new UserError(`path '${path5.resolve(baseDir, entry)}' does not exist`, {
    option: "path",
    fix: "point the pack path at a pack directory holding Pack.yaml or at a .tar.gz/.tgz"
  });
}
async function expandGlob(pattern, baseDir) {
  const { glob } = await import("./tinyglobby.js");
  const posix = pattern.split(path5.sep).join("/").replace(/\/+$/, "");
  const files = await glob([`${posix}/Pack.yaml`, posix], {
    cwd: baseDir,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    expandDirectories: false
  });
  const packs = files.map((file) => path5.posix.basename(file) === "Pack.yaml" ? path5.posix.dirname(file) : file).filter((match) => match !== "." || existsSync(path5.join(baseDir, "Pack.yaml"))).filter(
    (match) => isPackArchiveName(match) || existsSync(path5.join(baseDir, match, "Pack.yaml"))
  );
  const unique2 = [...new Set(packs)].sort(byPath);
  if (unique2.length === 0) {
    throw new UserError(`The pack path glob ${JSON.stringify(pattern)} matches no pack`, {
      option: "path",
      fix: "it must match directories that hold a Pack.yaml (e.g. packs/*) or .tar.gz/.tgz archives; check the pattern and the working directory"
    });
  }
  return unique2;
}
function byPath(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/core/publish.ts
var PACK_CONCURRENCY = 4;
async function publish(request, deps) {
  deps.onEvent({ type: "phase", phase: "resolve" });
  const registries = new RegistryPool(request, deps);
  try {
    let specs;
    let paths;
    let signingKeys;
    try {
      if (request.signing) {
        signingKeys = await (await import("./core-signing.js")).openSigningKeys(request.signing);
      }
      if (request.destinations.length === 0) {
        throw new UserError("No destination was given", {
          option: "destination",
          fix: "give one, e.g. oci://ghcr.io/my-org/my-pack or oci-layout://./out"
        });
      }
      specs = request.destinations.map(parseDestination);
      paths = await expandPackPaths(request.paths, request.baseDir);
      if (paths.length * specs.length > 1) await refuseSharedTags(paths, specs, request);
    } catch (error) {
      return { outcomes: [failedOutcome(error, "resolve")], ok: false };
    }
    const multi = paths.length * specs.length > 1;
    const log = new JobLog(deps, multi, paths.length);
    const perPack = await runLimited(
      paths,
      multi ? PACK_CONCURRENCY : 1,
      (packPath, index) => log.run(
        index,
        `Pack ${packPath}`,
        (emit) => publishPack(packPath, specs, { request, deps, registries, emit, signingKeys })
      )
    );
    const outcomes = perPack.flat();
    return { outcomes, ok: outcomes.every((o) => o.status !== "failed") };
  } finally {
    registries.close();
  }
}
async function publishPack(packPath, specs, job) {
  job.emit({ type: "phase", phase: "package" });
  let packed;
  try {
    packed = await packageOne(packPath, job);
  } catch (error) {
    return specs.map(
      (spec) => failedOutcome(error, "package", {
        destination: spec.kind === "complete" ? spec.destination : void 0
      })
    );
  }
  const outcomes = new Array(specs.length);
  const byRegistry = /* @__PURE__ */ new Map();
  specs.forEach((spec, index) => {
    let destination;
    try {
      destination = destinationFor(spec, packed.pack.metadata.name);
    } catch (error) {
      outcomes[index] = failedOutcome(error, "package", { packed });
      return;
    }
    const key = destination.kind === "registry" ? destination.reference.apiHost : `layout ${index}`;
    byRegistry.set(key, [...byRegistry.get(key) ?? [], { index, destination }]);
  });
  await Promise.all(
    [...byRegistry.values()].map(async (targets) => {
      let mountFrom;
      for (const { index, destination } of targets) {
        const outcome = await pushOne(destination, packed, job, mountFrom);
        outcomes[index] = outcome;
        if (destination.kind === "registry" && outcome.status !== "failed") {
          mountFrom ??= destination.reference.repository;
        }
      }
    })
  );
  return outcomes;
}
var JobLog = class {
  constructor(deps, multi, count) {
    this.deps = deps;
    this.multi = multi;
    this.blocks = new Array(count);
  }
  deps;
  multi;
  blocks;
  next = 0;
  async run(index, title, work) {
    if (!this.multi) return work(this.deps.onEvent);
    const kept = [{ type: "job", title }];
    try {
      return await work((event) => kept.push(event));
    } finally {
      this.blocks[index] = kept;
      this.flush();
    }
  }
  flush() {
    for (let block = this.blocks[this.next]; block; block = this.blocks[this.next]) {
      for (const event of block) this.deps.onEvent(event);
      this.blocks[this.next++] = void 0;
    }
  }
};

export {
  isPackArchiveName,
  verifyPackArchive,
  extractPackArchive,
  summarizeManifest,
  packParts,
  requirePack,
  describeArtifact,
  packageAt,
  openRegistry,
  eventLogger,
  PACK_CONCURRENCY,
  publish
};
