import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  describeTagPlan,
  failedOutcome,
  manifestAnnotations,
  planTags,
  versionAsTag
} from "./chunk-BWEINKF7.js";
import {
  removeCreatedDirs
} from "./chunk-3LW3GK6E.js";
import {
  EntryNames,
  PackError,
  buildManifest,
  displayName,
  entryNameProblem,
  errnoCode,
  fileSystemError,
  formatCreated,
  parsePackFile,
  readInTurns,
  sortByUtf8
} from "./chunk-EDY7MBMT.js";
import {
  MediaType,
  bufferBlob,
  buildImageManifest,
  sha256Digest
} from "./chunk-2P2FGZ5A.js";
import {
  formatReference,
  isLoopbackHost,
  parseLayoutDestination,
  parseOciReference
} from "./chunk-PKZBPXAI.js";
import {
  isGhcr
} from "./chunk-6E32GK2I.js";
import {
  UserError,
  messageOf
} from "./chunk-2B56APNL.js";

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
import { mkdtemp } from "node:fs/promises";
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
  const put = (at, text) => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
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
    const { name, path: path7 } = file;
    if (content) {
      kept += content.length;
      read.push({ name, path: path7, content, size: content.length, sha256: sha256Hex(content) });
    } else {
      read.push({ name, path: path7, ...await hashStreamed(path7, display(file)) });
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
function isPackArchiveName(file) {
  return ARCHIVE_NAME.test(file);
}
function packChecked(pack) {
  return pack.deferredCheck?.run() ?? Promise.resolve();
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
    const { readPrebuiltArchive } = await import("./prebuilt-QW5G2KTD.js");
    return readPrebuiltArchive(opts.path, display, opts.deferCheck);
  }
  const fix = path2.basename(opts.path) === "Pack.yaml" ? `point the pack path at the directory holding it, '${toDisplay(path2.dirname(opts.path))}'` : PATH_FIX;
  throw new PackError(`path '${opts.path}' is neither a pack directory nor a .tar.gz/.tgz`, {
    option: "path",
    fix
  });
}
async function verifyPackArchive(file, display) {
  const verify = await import("./verify-AHQISZRH.js");
  return verify.verifyPackArchive(file, display);
}
async function extractPackArchive(file, destDir, display) {
  const extract = await import("./extract-VAVAMVQ6.js");
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
  const manifest = buildManifest({
    name: metadata.name,
    version: metadata.version,
    created,
    files: files.map((file) => ({ path: file.name, sha256: file.sha256 }))
  });
  const archiveFileName = `${metadata.name}-${metadata.version}.tar.gz`;
  const written2 = await writeArchive(path2.resolve(opts.outDir), archiveFileName, async (writer) => {
    await writer.add("MANIFEST", manifest);
    await writePackFiles(files, writer, display_);
  });
  return {
    metadata,
    archivePath: written2.archivePath,
    archiveFileName,
    archiveDigest: written2.digest,
    archiveSize: written2.size,
    created,
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
    path: pack.archivePath,
    // A prebuilt archive's entries, checked by each upload against the bytes it sends.
    ...pack.deferredCheck ? { check: pack.deferredCheck } : {}
  };
  const manifest = buildImageManifest(config.descriptor, [layer.descriptor], annotations);
  return { config, layer, manifest };
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
async function packageOne(packPath, context) {
  const { request, deps, emit } = context;
  const absolute = path3.resolve(request.baseDir, packPath);
  const created = isPackArchiveName(packPath) ? void 0 : await resolveCreatedTime(absolute, request.sourceDateEpoch, deps.commitTime);
  if (created?.warning) emit({ type: "warning", message: created.warning });
  const outDir = await mkdtemp(path3.join(request.workDir, "pack-"));
  const pack = await packagePack({
    path: absolute,
    outDir,
    created: created?.date ?? /* @__PURE__ */ new Date(0),
    deferCheck: true
  });
  for (const warning of pack.warnings) emit({ type: "warning", ...warning });
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
  return { pack, artifact, createdSource: created?.source };
}

// src/core/registry-pool.ts
import { AsyncLocalStorage } from "node:async_hooks";

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

// src/oci/errors.ts
function redactUrl(url) {
  try {
    const u = new URL(url.toString());
    return `${u.protocol}//${u.host}${u.pathname}${u.search ? "?\u2026" : ""}`;
  } catch {
    return "<invalid URL>";
  }
}
var RegistryError = class extends UserError {
  constructor(message, method, url, status, codes = [], details = {}) {
    super(message, details);
    this.method = method;
    this.url = url;
    this.status = status;
    this.codes = codes;
  }
  method;
  url;
  status;
  codes;
  name = "RegistryError";
  /** Whether the registry's answer carried one of these error codes. */
  hasCode(...codes) {
    return this.codes.some((c) => codes.includes(c.code));
  }
};
function parseErrorCodes(body) {
  if (!body || body.length === 0) return [];
  try {
    const parsed = JSON.parse(body.toString("utf8"));
    if (!Array.isArray(parsed.errors)) return [];
    return parsed.errors.filter((e) => typeof e === "object" && e !== null).map((e) => ({
      code: String(e.code ?? "UNKNOWN"),
      message: typeof e.message === "string" ? e.message : void 0
    }));
  } catch {
    return [];
  }
}
function hintFor(status, host, codes) {
  const ghcr = isGhcr(host);
  const has = (code) => codes.some((c) => c.code === code);
  switch (status) {
    case 401:
      return {
        text: "The registry refused the credentials: check the user name and password (or the token), that they are for this registry, and that they have not expired.",
        details: { suggest: { option: "credentials" } }
      };
    case 403:
      if (ghcr) {
        return {
          text: "ghcr.io denied the push: give the job `permissions: packages: write`, and if the package already exists, grant this repository write access in the package's settings (Manage Actions access)."
        };
      }
      return {
        text: "The credentials are valid but not allowed to push here: give the account push (write) access to this repository.",
        details: { suggest: { option: "credentials" } }
      };
    case 404:
      if (has("NAME_UNKNOWN")) {
        return {
          text: "The repository does not exist and this registry does not create it on push: create it first (e.g. an ECR repository), or check the name.",
          details: { option: "destination" }
        };
      }
      return { text: "Not found: check the registry host and repository name." };
    default:
      return otherHint(status, codes);
  }
}
function otherHint(status, codes) {
  const has = (code) => codes.some((c) => c.code === code);
  if (status === 405) {
    return {
      text: "The registry does not allow this operation here (a read-only mirror, or a proxy in front of it)."
    };
  }
  if (status === 413) {
    return {
      text: "The blob is too large for the registry or for a proxy in front of it: raise the proxy body limit (e.g. client_max_body_size for nginx)."
    };
  }
  if (status === 429) {
    return {
      text: "The registry is rate-limiting this account: retry later, or authenticate to get a higher limit."
    };
  }
  if (has("DIGEST_INVALID")) {
    return {
      text: "The bytes sent are not those the digest was computed from: the file changed while it was being pushed. Let whatever writes it finish, then push again."
    };
  }
  if (has("TAG_INVALID") || has("MANIFEST_INVALID")) {
    return {
      text: "The registry rejected the manifest or tag. If tags are immutable in this repository (ECR, Harbor), this tag already holds other content: bump the version in Pack.yaml and push again (a push that may not move tags checks this before anything is written).",
      details: { suggest: { option: "overwrite", value: "false" } }
    };
  }
  return status >= 500 ? { text: "The registry had an internal error; try again later." } : void 0;
}
function httpError(method, url, status, body, what) {
  const u = new URL(url.toString());
  const codes = parseErrorCodes(body);
  const detail = codes.map((c) => c.message ? `${c.code}: ${c.message}` : c.code).join("; ");
  const hint = hintFor(status, u.hostname, codes);
  const shown = redactUrl(u);
  const message = `${what ? what + ": " : ""}${method} ${shown} answered ${status}` + (detail ? ` (${detail})` : "") + (hint ? `. ${hint.text}` : "");
  return new RegistryError(message, method, shown, status, codes, hint?.details);
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
  tlsContext;
  /** Node's default CAs plus the extra ones, when there are extra ones. */
  get secureContext() {
    if (!this.tlsContext) {
      const { ca } = this.options;
      this.tlsContext = {
        value: ca && ca.length > 0 ? tlsModule().createSecureContext({ ca: [...defaultCaCertificates(), ...ca] }) : void 0
      };
    }
    return this.tlsContext.value;
  }
  /**
   * The pool for direct https. The identity check is on the agent, not per request: Node 22+
   * gives a request with its own check a connection of its own, which would end keep-alive.
   */
  get directHttps() {
    this.directHttpsAgent ??= new (warmable(httpsModule().Agent))({
      ...POOL,
      secureContext: this.secureContext,
      checkServerIdentity
    });
    return this.directHttpsAgent;
  }
  get directHttp() {
    this.directHttpAgent ??= new (warmable(builtin("node:http").Agent))(POOL);
    return this.directHttpAgent;
  }
  /**
   * Opens `count` connections to the origin of `url` (TCP, and TLS for https) before any
   * request needs them, so their handshakes overlap the work before the first request (the
   * packaging); the first requests to that origin then go out on them. Only direct routes: a
   * proxied one is opened by its request, as ever. A connection that fails is dropped, and
   * the request that would have used it opens its own and meets the failure itself.
   */
  preconnect(url, count) {
    if (proxyFor(url, this.options.proxy)) return;
    const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (url.protocol === "https:") {
      const servername = net.isIP(host) ? "" : host;
      const tlsOptions = { secureContext: this.secureContext, checkServerIdentity, servername };
      this.directHttps.preconnect(host, port, count, tlsOptions);
    } else {
      this.directHttp.preconnect(host, port, count, {});
    }
  }
  async route(url) {
    const proxy = proxyFor(url, this.options.proxy);
    if (!proxy) {
      if (url.protocol === "https:") {
        const agent2 = this.directHttps;
        const secureContext = this.secureContext;
        return {
          tunnel: false,
          open: (method, headers) => httpsModule().request(url, requestOptions({ method, headers, agent: agent2, secureContext }))
        };
      }
      const plain2 = await plainHttp();
      const agent = this.directHttp;
      return {
        tunnel: false,
        open: (method, headers) => plain2.request(url, { method, headers, agent })
      };
    }
    if (url.protocol === "https:") {
      const agent = await this.tunnelAgent(proxy);
      return {
        proxy,
        tunnel: true,
        // The target's TLS options go with the request: the tunnel agent reads them from there.
        open: (method, headers) => httpsModule().request(
          url,
          requestOptions({ method, headers, agent, secureContext: this.secureContext })
        )
      };
    }
    const plain = await plainHttp();
    return {
      proxy,
      tunnel: false,
      open: (method, headers) => this.viaProxy(plain, proxy, url, method, headers)
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
  viaProxy(plain, proxy, url, method, headers) {
    const secure = proxy.protocol === "https:";
    const key = `absolute ${proxy.href}`;
    let agent = this.proxyAgents.get(key);
    if (!agent) {
      const single = { keepAlive: false, maxSockets: POOL.maxSockets };
      agent = secure ? new (httpsModule()).Agent({ ...single, secureContext: this.secureContext }) : new plain.Agent(single);
      this.proxyAgents.set(key, agent);
    }
    const sent = { ...headers, Host: url.host };
    const authorization = proxyAuthorization(proxy);
    if (authorization) sent["Proxy-Authorization"] = authorization;
    return (secure ? httpsModule().request : plain.request)(
      requestOptions({
        protocol: proxy.protocol,
        hostname: proxy.hostname.replace(/^\[|\]$/g, ""),
        port: proxy.port || (secure ? 443 : 80),
        method,
        path: url.href,
        headers: sent,
        agent,
        secureContext: this.secureContext
      })
    );
  }
  async tunnelAgent(proxy) {
    const key = `tunnel ${proxy.href}`;
    const existing2 = this.proxyAgents.get(key);
    if (existing2) return existing2;
    const { HttpsProxyAgent: Tunnel } = await import("./dist-BEBGZCCO.js");
    class TargetCheckingTunnel extends Tunnel {
      connect(request, options) {
        const target = options.host ?? "";
        return super.connect(request, {
          ...options,
          checkServerIdentity: (_name, cert) => checkServerIdentity(target, cert)
        });
      }
    }
    const raced = this.proxyAgents.get(key);
    if (raced) return raced;
    const agent = new TargetCheckingTunnel(proxy.href, {
      ...POOL,
      secureContext: this.secureContext
    });
    this.proxyAgents.set(key, agent);
    return agent;
  }
};
function warmable(Base) {
  class Warmable extends Base {
    ahead = /* @__PURE__ */ new Map();
    preconnect(host, port, count, options) {
      const key = `${host}:${port}`;
      const list = this.ahead.get(key) ?? [];
      this.ahead.set(key, list);
      for (let i = 0; i < count; i++) {
        const connect = {
          ...options,
          host,
          port,
          noDelay: true,
          keepAlive: true
        };
        const socket = super.createConnection(connect);
        socket.on("error", () => {
        });
        socket.once("close", () => {
          const at = list.indexOf(socket);
          if (at >= 0) list.splice(at, 1);
        });
        list.push(socket);
      }
    }
    createConnection(options, callback) {
      const { host, port } = options;
      const list = this.ahead.get(`${host}:${Number(port)}`);
      for (let socket = list?.shift(); socket; socket = list?.shift()) {
        if (!socket.destroyed && socket.writable) return socket;
      }
      return super.createConnection(options, callback);
    }
    destroy() {
      for (const list of this.ahead.values()) for (const socket of list.splice(0)) socket.destroy();
      super.destroy();
    }
  }
  return Warmable;
}
async function plainHttp() {
  return builtin("node:http");
}
function requestOptions(options) {
  return options;
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
function defaultCaCertificates() {
  const tlsApi = tlsModule();
  const withExtra = tlsApi.getCACertificates;
  return withExtra ? withExtra("default") : tlsApi.rootCertificates;
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
var HoldFailure = class extends Error {
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
    const request = route.open(options.method, options.headers);
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
    options.holdEnd?.catch((reason) => settle(new HoldFailure(reason)));
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
    writeBody(request, options.body, options.holdEnd).then(
      () => bodySent = true,
      (error) => {
        if (!answered) settle(error);
      }
    );
  });
}
async function writeBody(request, body, holdEnd) {
  if (body === void 0 || Buffer.isBuffer(body)) {
    if (!holdEnd) {
      request.end(body);
      return;
    }
    const whole = body ?? EMPTY;
    if (whole.length > 1) await written(request, whole.subarray(0, -1));
    await holdEnd;
    request.end(whole.subarray(-1));
  } else if ("file" in body) {
    await writeFile(request, body, holdEnd);
  } else {
    if (holdEnd) throw new Error("holdEnd needs a buffer or file body");
    await pipeline(body, request);
  }
}
async function writeFile(request, body, holdEnd) {
  const { observer } = body;
  const observed = (step) => step.catch((reason) => Promise.reject(new HoldFailure(reason)));
  const file = await open(body.file, "r");
  const tail = new HeldTail();
  let total = 0;
  const progress = (bytes) => () => {
    total += bytes;
    body.onProgress?.(total);
  };
  try {
    if (holdEnd || observer) tail.from((await file.stat()).size - 1);
    await readInTurns(file, FILE_CHUNK, (read) => {
      const seen = observer ? observed(observer.take(read)) : void 0;
      const now = tail.take(read);
      const chunk = now.length > 0 ? written(request, now).then(progress(now.length)) : Promise.resolve();
      return seen ? Promise.all([chunk, seen]) : chunk;
    });
  } finally {
    await file.close();
  }
  await Promise.all([holdEnd, observer && observed(observer.end())]);
  if (tail.held.length > 0) await written(request, tail.held).then(progress(tail.held.length));
  request.end();
}
var HeldTail = class {
  held = EMPTY;
  offset = Number.POSITIVE_INFINITY;
  seen = 0;
  from(offset) {
    this.offset = Math.max(0, offset);
  }
  /** The part of `chunk` (the next bytes of the body) to send now; the rest is held. */
  take(chunk) {
    const keep = Math.min(chunk.length, Math.max(0, this.offset - this.seen));
    this.seen += chunk.length;
    if (keep < chunk.length) this.held = Buffer.concat([this.held, chunk.subarray(keep)]);
    return chunk.subarray(0, keep);
  }
};
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
  maxRetryAfterMs: 3e4
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
var Transport = class {
  constructor(options) {
    this.options = options;
    this.retry = { ...defaultRetryPolicy, ...options.retry };
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
    this.connections = options.connections ?? new Connections({ proxy: options.proxy, ca: options.ca });
  }
  options;
  connections;
  retry;
  sleep;
  random;
  get logger() {
    return this.options.logger;
  }
  /** Frees the keep-alive sockets so the process can exit at once. */
  close() {
    this.connections.close();
  }
  /**
   * Sends a request, following redirects and retrying what is safe to retry.
   * `authorization` goes only to `authOrigin` (the origin the credentials were issued for).
   */
  async send(request, authorization) {
    const authOrigin = request.url.origin;
    for (let attempt = 0; ; attempt++) {
      let response;
      try {
        response = await this.followRedirects(request, authorization, authOrigin);
      } catch (error) {
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
      if (RETRYABLE_STATUS.has(response.status) && attempt < this.retry.retries) {
        const retryAfter = parseRetryAfter(header(response, "retry-after"), Date.now());
        await this.backOff(request, attempt, `status ${response.status}`, retryAfter);
        continue;
      }
      return response;
    }
  }
  async backOff(request, attempt, why, retryAfterMs) {
    const exponential = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** attempt);
    let delay = exponential / 2 + this.random() * exponential / 2;
    if (retryAfterMs !== void 0) delay = Math.min(retryAfterMs, this.retry.maxRetryAfterMs);
    const remaining = this.options.deadline - Date.now();
    if (delay >= remaining) {
      throw new RegistryError(
        `${describe(request)} failed with ${why} and the overall timeout leaves no time to retry: raise the timeout or try again later`,
        request.method,
        redactUrl(request.url),
        void 0,
        [],
        { suggest: { option: "timeout" } }
      );
    }
    this.logger.info(
      `${describe(request)}: ${why}; retry ${attempt + 1}/${this.retry.retries} in ${(delay / 1e3).toFixed(1)} s`
    );
    await this.sleep(delay);
  }
  networkError(request, failure, attempt) {
    const tries = attempt > 0 ? ` after ${attempt + 1} attempts` : "";
    const idleTimeoutMs = this.options.idleTimeoutMs;
    const { reason, advice, suggest } = failure.proxy && proxyAdvice(failure, failure.proxy) || bodyAdvice(failure, idleTimeoutMs) || networkAdvice(failure, idleTimeoutMs);
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
        holdEnd: request.holdEnd
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
    const { method, url, body, authorization, sink, holdEnd } = hop;
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
        holdEnd,
        // Only a 2xx is offered: a redirect is followed, and an error is read for its message.
        sink: sink && (({ status, headers }) => status >= 200 && status < 300 ? sink({ status, headers, url }) : void 0)
      });
      if (route.proxy && !route.tunnel && response.status === 407) {
        throw codedError("the proxy answered 407", "EPROXYCONNECT", { proxyStatus: 407 });
      }
      this.logger.debug(`${method} ${redactUrl(url)} \u2192 ${response.status}`);
      return { ...response, url };
    } catch (error) {
      if (error instanceof UserError) throw error;
      if (error instanceof SinkFailure || error instanceof HoldFailure) throw error.failure;
      if (error instanceof BodyFailure) throw new HopFailure(error.failure, url, route.proxy, true);
      throw new HopFailure(error, url, route.proxy);
    }
  }
};
function networkAdvice(failure, idleTimeoutMs) {
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
      advice: "nothing listens there: check the host and port (a local registry may serve plain HTTP)"
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
    advice: "check that the registry host and port are right and reachable from here"
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
function networkCode(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const e = error;
  if (typeof e.message === "string" && /socket hang up/i.test(e.message)) return "ECONNRESET";
  if (typeof e.code === "string") return e.code;
  if (typeof e.cause?.code === "string") return e.cause.code;
  return void 0;
}
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
var CredentialAudience = class {
  constructor(registry, plainHttp2, realmHosts) {
    this.registry = registry;
    this.plainHttp = plainHttp2;
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
function challengeError(response) {
  const challenges = parseChallenges(header(response, "www-authenticate"));
  return challenges.find((c) => c.scheme === "bearer")?.params.error;
}

// src/oci/content-gate.ts
var ContentGate = class {
  /** Resolves once every check passed; rejects with the first failure. */
  passed;
  pending = /* @__PURE__ */ new Map();
  /** Each check's verdict, by the blob it is of. */
  verdicts = /* @__PURE__ */ new Map();
  constructor(blobs) {
    for (const blob of blobs) {
      if (checkOf(blob) === void 0) continue;
      const verdict = new Promise(
        (resolve, reject) => this.pending.set(blob, { resolve, reject })
      );
      this.verdicts.set(blob, verdict);
    }
    this.passed = settledAll([...this.verdicts.values()]);
  }
  /**
   * What an upload of `blob` holds its last byte for: every check but its own, which is fed
   * the bytes it sends and holds its end by itself.
   */
  holdFor(blob) {
    const others = [...this.verdicts].filter(([key]) => key !== blob).map(([, v]) => v);
    return others.length === 0 ? void 0 : settledAll(others);
  }
  /** The check for one upload of `blob`, when it has one. */
  observer(blob) {
    return checkOf(blob)?.observe();
  }
  /** None of the blob's bytes will be sent: its check runs by itself. */
  notSent(blob) {
    this.settle(blob, () => checkOf(blob).run());
  }
  /** An upload of the blob, its check fed with the bytes it sent, was taken by the registry. */
  sent(blob) {
    this.settle(blob, () => Promise.resolve());
  }
  /** The blob could not be sent: the uploads waiting on the gate give up. */
  failed(blob, reason) {
    this.settle(blob, () => Promise.reject(reason));
  }
  /** Gives the blob's check its verdict, once: a blob without a check, or decided, is left. */
  settle(blob, outcome) {
    const pending = this.pending.get(blob);
    if (!pending) return;
    this.pending.delete(blob);
    outcome().then(pending.resolve, pending.reject);
  }
};
function settledAll(verdicts) {
  const all = Promise.all(verdicts).then(() => void 0);
  all.catch(() => void 0);
  return all;
}
function checkOf(blob) {
  return "check" in blob ? blob.check : void 0;
}

// src/oci/download.ts
import { createHash as createHash3, randomBytes as randomBytes2 } from "node:crypto";
import { open as open2, rename as rename2, rm as rm3 } from "node:fs/promises";
import path4 from "node:path";
import { Writable } from "node:stream";

// src/oci/types.ts
var silentLogger = { info() {
}, warning() {
}, debug() {
} };

// src/oci/download.ts
var DOWNLOAD_ATTEMPTS = 3;
var WRITE_BUFFER = 1 << 20;
var SHA256_DIGEST = /^sha256:([a-f0-9]{64})$/;
async function downloadBlob(download) {
  const { descriptor, filePath } = download;
  if (!SHA256_DIGEST.test(descriptor.digest)) {
    throw mismatch(download, `its digest ${descriptor.digest} is not sha256:<64 hex>`);
  }
  const temp = path4.join(
    path4.dirname(filePath),
    `.${path4.basename(filePath)}.${randomBytes2(6).toString("hex")}.part`
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
    await rename2(temp, filePath);
  } catch (error) {
    if (!closed) await handle.close().catch(() => {
    });
    await rm3(temp, { force: true });
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
  hash = createHash3("sha256");
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

// src/oci/tag-ledger.ts
var TagConflictError = class extends RegistryError {
  constructor(message, url, digest, conflicts, details) {
    super(message, "HEAD", url, 200, [], details);
    this.digest = digest;
    this.conflicts = conflicts;
  }
  digest;
  conflicts;
  name = "TagConflictError";
};
var PartialTagError = class extends RegistryError {
  constructor(message, method, url, digest, tagsWritten, tagsUnchanged, tagsElsewhere, tagsNotWritten, cause) {
    super(message, method, url, cause instanceof RegistryError ? cause.status : void 0, [], {
      cause
    });
    this.digest = digest;
    this.tagsWritten = tagsWritten;
    this.tagsUnchanged = tagsUnchanged;
    this.tagsElsewhere = tagsElsewhere;
    this.tagsNotWritten = tagsNotWritten;
  }
  digest;
  tagsWritten;
  tagsUnchanged;
  tagsElsewhere;
  tagsNotWritten;
  name = "PartialTagError";
};
var TagLedger = class {
  constructor(url, digest, toWrite, unchanged) {
    this.url = url;
    this.digest = digest;
    this.toWrite = toWrite;
    this.unchanged = unchanged;
  }
  url;
  digest;
  toWrite;
  unchanged;
  written = [];
  elsewhere = [];
  wrote(tag) {
    this.written.push(tag);
  }
  /** The registry answered the write with another digest: the tag points there. */
  storedElsewhere(tag, digest) {
    this.elsewhere.push({ tag, digest });
  }
  /**
   * Read back after writing, `tag` points to `digest`. Undefined: the tag is gone, and is then
   * reported with the tags not written (it holds nothing).
   */
  movedAway(tag, digest) {
    this.written.splice(this.written.indexOf(tag), 1);
    if (digest !== void 0) this.elsewhere.push({ tag, digest });
  }
  /** The error to throw for `error`: with the ledger once any tag was written. */
  failed(error) {
    if (this.written.length === 0 && this.elsewhere.length === 0) return error;
    const done = /* @__PURE__ */ new Set([...this.written, ...this.elsewhere.map((e) => e.tag)]);
    const notWritten = this.toWrite.filter((tag) => !done.has(tag));
    const parts = [`Written: ${this.written.join(", ") || "none"}.`];
    if (this.elsewhere.length > 0) {
      parts.push(
        `Pointing elsewhere: ${this.elsewhere.map((e) => `${e.tag} \u2192 ${e.digest}`).join(", ")}.`
      );
    }
    if (notWritten.length > 0) parts.push(`Not written: ${notWritten.join(", ")}.`);
    const lead = this.elsewhere.length > 0 ? `Not every tag points to ${this.digest}` : "Only some tags were written";
    const reason = error instanceof Error ? error.message : String(error);
    return new PartialTagError(
      `${lead}. ${parts.join(" ")} ${reason}`,
      error instanceof RegistryError ? error.method : "PUT",
      error instanceof RegistryError ? error.url : redactUrl(this.url),
      this.digest,
      [...this.written],
      [...this.unchanged],
      [...this.elsewhere],
      notWritten,
      error
    );
  }
};

// src/oci/client.ts
var MANIFEST_ACCEPT = [
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.docker.distribution.manifest.list.v2+json"
].join(", ");
var UPLOAD_ATTEMPTS = 3;
var SHA256_DIGEST2 = /^sha256:[a-f0-9]{64}$/;
var BLOB_UNKNOWN_CODES = ["MANIFEST_BLOB_UNKNOWN", "BLOB_UNKNOWN"];
var RECHECK_PAUSE_MS = 200;
var SETTLE_MIN_MS = 250;
var SETTLE_MAX_MS = 5e3;
var SETTLE_FACTOR = 4;
var RegistryClient = class {
  /** Whether the registry has answered anything yet (for the words of a first failure). */
  contacted = false;
  base;
  transport;
  auth;
  logger;
  onPhase;
  settleMs;
  authenticated = /* @__PURE__ */ new Set();
  constructor(options) {
    this.logger = options.logger ?? silentLogger;
    this.onPhase = options.onPhase ?? (() => {
    });
    this.settleMs = options.settleMs;
    this.base = new URL(`${options.plainHttp ? "http" : "https"}://${options.host}`);
    if (options.plainHttp && !isLoopbackHost(options.host)) {
      this.logger.warning(
        `Plain http is on for ${options.host}, which is not this machine: content and registry tokens travel unencrypted; passwords are never sent to it.`
      );
    }
    this.transport = new Transport({
      ...options.transport,
      logger: this.logger,
      deadline: Date.now() + (options.timeoutMs ?? 10 * 6e4),
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
  }
  close() {
    this.transport.close();
  }
  /**
   * Pushes blobs, then the manifest under each tag. No request waits for nothing: the first
   * ones (the blob HEADs, side by side) carry the registry's 401 challenge, answered with one
   * token request they share, and are sent again.
   */
  async push(request) {
    if (request.tags.length === 0) throw new Error("push needs at least one tag");
    const { scopes, mountFrom } = await this.pushAccess(request);
    const phase = (next) => {
      this.onPhase(next);
      request.onPhase?.(next);
    };
    const gate = new ContentGate(request.blobs);
    const uploaded = await this.uploadPhase(request, scopes, mountFrom, gate, () => phase("upload"));
    await gate.passed;
    phase("tag");
    const tags = await this.tagPhase(request, scopes, uploaded);
    return {
      digest: request.manifest.digest,
      tagsWritten: tags.written,
      tagsUnchanged: tags.unchanged,
      blobsUploaded: uploaded.uploaded,
      blobsMounted: uploaded.mounted,
      blobsSkipped: request.blobs.length - uploaded.uploaded - uploaded.mounted,
      bytesUploaded: uploaded.bytes
    };
  }
  /**
   * GET /v2/ with credentials for `access` to `repository`: learns how the registry wants us to
   * authenticate (and gets the token) in a request of its own.
   */
  async authenticate(repository, access = "push") {
    await this.authenticateFor(repository, scopeFor(repository, access));
  }
  /**
   * The digest `tag` points to in `repository`, for certain (see readTagDigest), or undefined
   * when there is no such tag. Needs pull access only: a cheap read before deciding to push.
   */
  async tagDigest(repository, tag) {
    return this.readTagDigest(repository, tag, scopeFor(repository, "pull"));
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
      else await this.authenticateFor(repository, both);
      return { scopes: both, mountFrom };
    } catch (error) {
      if (!(error instanceof RegistryError) || error.status !== 401 && error.status !== 403) {
        throw error;
      }
      this.logger.debug(`Access to ${repository} with pull on ${mountFrom} refused: no mounts`);
      return { scopes: own };
    }
  }
  async authenticateFor(repository, scopes) {
    const url = new URL("/v2/", this.base);
    const response = await this.send(
      { method: "GET", url, what: `Contact ${this.base.host}` },
      scopes
    );
    if (response.status === 200) return;
    if (response.status === 401) throw this.unauthorized(response, "GET", repository, scopes);
    if (response.status === 404) throw notARegistry(this.base.host, url);
    throw httpError("GET", url, response.status, response.body, `Contact ${this.base.host}`);
  }
  /**
   * The manifest `reference` (a tag or a digest) names, exactly as stored. A digest reference
   * is checked against the bytes' sha256.
   */
  async getManifest(repository, reference) {
    const scope = scopeFor(repository, "pull");
    const { response, url } = await this.readManifest(repository, reference, scope);
    const what = `Read manifest ${repository}:${reference}`;
    if (response.status === 404) {
      throw new RegistryError(
        `${what}: ${this.base.host} has no manifest ${reference} in ${repository}`,
        "GET",
        redactUrl(url),
        404,
        [],
        { option: "destination", fix: "check the repository, tag or digest" }
      );
    }
    if (response.status !== 200) throw this.failure(response, "GET", repository, what, scope);
    const bytes = response.body;
    const digest = sha256Digest(bytes);
    if (reference.startsWith("sha256:") && digest !== reference) {
      throw new RegistryError(
        `${what}: the registry answered with bytes whose digest is ${digest}, not ${reference}; refusing them`,
        "GET",
        redactUrl(url),
        200
      );
    }
    return { bytes, digest, mediaType: manifestMediaType(response, bytes) };
  }
  /**
   * Downloads a blob into `filePath` with one GET streamed to a temp file beside it while its size
   * and sha256 are checked, renamed only when both match; on any failure no file is left.
   * Redirects to blob storage are followed without the registry's Authorization.
   */
  async fetchBlob(repository, descriptor, filePath, onProgress) {
    const scope = scopeFor(repository, "pull");
    const url = new URL(`/v2/${repository}/blobs/${descriptor.digest}`, this.base);
    const what = `Download blob ${short(descriptor.digest)}`;
    await downloadBlob({
      descriptor,
      filePath,
      what,
      url: redactUrl(url),
      logger: this.logger,
      onProgress,
      fetch: async (sink) => {
        const response = await this.send(
          {
            method: "GET",
            url,
            what,
            sink: (answer) => answer.status === 200 ? sink : void 0
          },
          scope
        );
        if (response.status === 200) return;
        if (response.status === 404) {
          throw new RegistryError(
            `${what}: ${this.base.host} has no such blob in ${repository}`,
            "GET",
            redactUrl(url),
            404
          );
        }
        throw this.failure(response, "GET", repository, what, scope);
      }
    });
  }
  /**
   * Blob HEADs, the check of the tags that may not move, then the missing blobs: mounted from
   * `mountFrom` when given, else (or when the registry declines) uploaded. `begun` is told
   * once the HEADs are answered: they carried the authentication, so a refusal there is one
   * of the credentials, before anything was sent.
   */
  async uploadPhase(request, scope, mountFrom, gate, begun) {
    const { repository, blobs } = request;
    const guarded = guardedTags(request);
    const at = Date.now();
    const [present, digests] = await Promise.all([
      Promise.all(blobs.map((blob) => this.blobExists(repository, blob.descriptor.digest, scope))),
      guarded.length > 0 ? this.tagDigests(repository, guarded, scope) : void 0
    ]);
    begun();
    if (digests) this.assertTagsStay(request, guarded, digests, false);
    const missing = blobs.filter((_, i) => !present[i]);
    for (const blob of blobs.filter((_, i) => present[i])) gate.notSent(blob);
    const sent = await Promise.all(
      missing.map((blob) => this.sendBlob(request, blob, scope, mountFrom, gate))
    );
    const mounted = sent.filter((blob) => blob.mounted).length;
    const bytes = sent.reduce((sum, blob) => sum + blob.bytes, 0);
    const mounts = mountFrom === void 0 ? "" : `${mounted} mounted from ${mountFrom}, `;
    this.logger.info(
      `${missing.length - mounted} blob(s) uploaded (${bytes} bytes), ${mounts}${blobs.length - missing.length} already in ${repository}`
    );
    const checked = digests && { digests, at };
    return { checked, uploaded: missing.length - mounted, mounted, bytes };
  }
  /** Decides which tags need a write, writes them and reads back those that may not move. */
  async tagPhase(request, scope, uploaded) {
    const guarded = guardedTags(request);
    const checked = await this.tagsBeforeWriting(request, guarded, scope, uploaded);
    const { digest } = request.manifest;
    const unchanged = request.tags.filter((tag) => checked?.digests.get(tag) === digest);
    const toWrite = request.tags.filter((tag) => !unchanged.includes(tag));
    for (const tag of unchanged) {
      this.logger.info(`Tag ${tag} already points to ${digest}: left as it is`);
    }
    const toVerify = toWrite.filter((tag) => guarded.includes(tag));
    const ledger = new TagLedger(this.manifestsUrl(request.repository), digest, toWrite, unchanged);
    try {
      await this.writeTags(request, toWrite, scope, ledger);
      if (toVerify.length > 0) {
        await this.verifyTags(request, toVerify, scope, ledger, checked?.at ?? Date.now());
      }
    } catch (error) {
      throw ledger.failed(error);
    }
    this.logger.info(`Tagged ${toWrite.join(", ") || "nothing new"} \u2192 ${digest}`);
    return ledger;
  }
  /**
   * The tags' digests just before the manifest is written. Tags that may not move (`guarded`)
   * are asked again when blobs were sent since the first check, and checked again. Every tag
   * is asked when no blob was missing: likely a re-push, where tags already on our digest need
   * no write (nothing was sent, so the first check is still fresh for the guarded ones).
   */
  async tagsBeforeWriting(request, guarded, scope, uploaded) {
    const nothingSent = uploaded.uploaded + uploaded.mounted === 0;
    const fresh = nothingSent ? uploaded.checked : void 0;
    const wanted = nothingSent ? request.tags : guarded;
    const ask = fresh ? wanted.filter((tag) => !guarded.includes(tag)) : wanted;
    if (ask.length === 0) return fresh;
    const at = fresh?.at ?? Date.now();
    const asked = await this.tagDigests(request.repository, ask, scope);
    if (!fresh) this.assertTagsStay(request, guarded, asked, true);
    return { digests: new Map([...fresh?.digests ?? [], ...asked]), at };
  }
  /** The first tag alone (its answer proves the manifest is accepted), then the rest together. */
  async writeTags(request, tags, scope, ledger) {
    const [first, ...rest] = tags;
    if (first === void 0) return;
    await this.putTag(request, first, scope, ledger);
    const results = await Promise.allSettled(
      rest.map((tag) => this.putTag(request, tag, scope, ledger))
    );
    const failure = results.find((r) => r.status === "rejected");
    if (failure) throw failure.reason;
  }
  /**
   * overwrite false: after a short settle delay, reads every written tag back. One that points
   * elsewhere means a concurrent push wrote it after our check: the push fails, saying so.
   */
  async verifyTags(request, tags, scope, ledger, checkedAt) {
    const delay = this.settleMs ?? settleDelay(Date.now() - checkedAt);
    this.logger.debug(
      `Reading the tags back in ${delay} ms (check to write: ${Date.now() - checkedAt} ms)`
    );
    await new Promise((resolve) => setTimeout(resolve, delay));
    const written2 = tags.filter((tag) => ledger.written.includes(tag));
    const now = await this.tagDigests(request.repository, written2, scope);
    const moved = written2.filter((tag) => now.get(tag) !== request.manifest.digest);
    if (moved.length === 0) return;
    for (const tag of moved) ledger.movedAway(tag, now.get(tag));
    const list = moved.map((tag) => `${tag} \u2192 ${now.get(tag) ?? "no manifest"}`).join(", ");
    throw new RegistryError(
      `Another push moved ${moved.length === 1 ? "the tag" : "tags"} ${list} while this one wrote ${request.manifest.digest}; tags may not be moved, so this push failed`,
      "HEAD",
      redactUrl(this.manifestsUrl(request.repository, moved[0])),
      200
    );
  }
  /**
   * Fails, naming each tag and both digests, when a tag that may not move (`guarded`) points to
   * another digest in `existing`.
   */
  assertTagsStay(request, guarded, existing2, afterUpload) {
    const { digest } = request.manifest;
    const conflicts = guarded.flatMap((tag) => {
      const now = existing2.get(tag);
      return now === void 0 || now === digest ? [] : [{ tag, digest: now }];
    });
    const [first] = conflicts;
    if (first === void 0) return;
    const list = conflicts.map((c) => `${c.tag} \u2192 ${c.digest}`).join(", ");
    const one = conflicts.length === 1;
    const when = afterUpload ? "Another push tagged it while this one uploaded. " : "";
    const rule = request.overwrite ? `${one ? `${first.tag} is` : "they are"} protected: never moved` : "tags may not be moved";
    const details = request.overwrite ? { fix: "bump the pack version" } : {
      fix: "bump the pack version, or allow moving tags",
      suggest: { option: "overwrite", value: "true" }
    };
    throw new TagConflictError(
      `${one ? "A tag already points" : "Tags already point"} to another digest (${list}); this push would be ${digest}, and ${rule}. ${when}No tag was written.`,
      redactUrl(this.manifestsUrl(request.repository, first.tag)),
      digest,
      conflicts,
      details
    );
  }
  async blobExists(repository, digest, scope) {
    const url = new URL(`/v2/${repository}/blobs/${digest}`, this.base);
    const what = this.contacted ? `Check blob ${short(digest)}` : `Contact ${this.base.host}`;
    const response = await this.send({ method: "HEAD", url, what }, scope);
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw await this.headFailure(response, repository, what, scope);
  }
  /**
   * The error for a HEAD the registry refused. A HEAD's answer has no body to say why, and the
   * first requests of a push are HEADs: the same GET is asked for the registry's own words.
   */
  async headFailure(response, repository, what, scope) {
    if (response.status === 401) return this.failure(response, "HEAD", repository, what, scope);
    const headers = { Accept: MANIFEST_ACCEPT };
    const read = await this.send({ method: "GET", url: response.url, headers, what }, scope);
    if (read.status !== response.status) {
      return this.failure(response, "HEAD", repository, what, scope);
    }
    return this.failure(read, "GET", repository, what, scope);
  }
  /** The digest each tag points to now (absent: the tag does not exist). */
  async tagDigests(repository, tags, scope) {
    const found = /* @__PURE__ */ new Map();
    await Promise.all(
      tags.map(async (tag) => {
        const digest = await this.readTagDigest(repository, tag, scope);
        if (digest !== void 0) found.set(tag, digest);
      })
    );
    return found;
  }
  /**
   * The digest `tag` points to, for certain: the HEAD's Docker-Content-Digest, or (a registry
   * that leaves it out) the sha256 of the manifest's bytes. Undefined: no such tag.
   */
  async readTagDigest(repository, tag, scope) {
    const url = this.manifestsUrl(repository, tag);
    const what = `Check tag ${tag}`;
    const headers = { Accept: MANIFEST_ACCEPT };
    const response = await this.send({ method: "HEAD", url, headers, what }, scope);
    if (response.status === 404) return void 0;
    if (response.status !== 200) throw await this.headFailure(response, repository, what, scope);
    const digest = header(response, "docker-content-digest")?.trim();
    if (digest && SHA256_DIGEST2.test(digest)) return digest;
    const read = await this.readManifest(repository, tag, scope);
    if (read.response.status === 404) return void 0;
    if (read.response.status !== 200) {
      throw this.failure(read.response, "GET", repository, what, scope);
    }
    return sha256Digest(read.response.body);
  }
  async readManifest(repository, reference, scope) {
    const url = this.manifestsUrl(repository, reference);
    const what = `Read manifest ${repository}:${reference}`;
    const headers = { Accept: MANIFEST_ACCEPT };
    return { response: await this.send({ method: "GET", url, headers, what }, scope), url };
  }
  /** Mounts the blob from `mountFrom` when one is given and the registry agrees, else uploads it. */
  async sendBlob(request, blob, scope, mountFrom, gate) {
    try {
      if (mountFrom === void 0) {
        return { mounted: false, bytes: await this.uploadBlob(request, blob, scope, gate) };
      }
      const { digest } = blob.descriptor;
      const mount = await this.tryMount(request.repository, digest, mountFrom, scope);
      if (mount === "mounted") {
        gate.notSent(blob);
        return { mounted: true, bytes: 0 };
      }
      return { mounted: false, bytes: await this.uploadBlob(request, blob, scope, gate, mount) };
    } catch (error) {
      gate.failed(blob, error);
      throw error;
    }
  }
  /**
   * Asks the registry to link the blob from `from`, another repository of its own: 201 done.
   * 202: it declined and opened an upload session, whose Location is returned for the PUT.
   * Anything else (401/403 without pull access to `from`, 404, 405) leaves a normal upload.
   */
  async tryMount(repository, digest, from, scope) {
    const url = new URL(`/v2/${repository}/blobs/uploads/`, this.base);
    url.searchParams.set("mount", digest);
    url.searchParams.set("from", from);
    const what = `Mount blob ${short(digest)} from ${from}`;
    const response = await this.send(
      { method: "POST", url, headers: { "Content-Length": "0" }, what },
      scope,
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
   * PUT the whole blob to an upload session: `session` when given (a declined mount's), else
   * one POSTed here; its last byte held back until the push's content checks pass (its own,
   * when it has one, fed the bytes it sends). Tells the gate how the blob got there. Returns
   * bytes sent.
   */
  async uploadBlob(request, blob, scope, gate, session) {
    const { repository } = request;
    const { digest, size } = blob.descriptor;
    const what = `Upload blob ${short(digest)}`;
    for (let attempt = 1; ; attempt++) {
      const given = attempt === 1 ? session : void 0;
      const location = given ?? await this.startUpload(repository, scope, what);
      location.searchParams.set("digest", digest);
      let response;
      try {
        response = await this.send(
          {
            method: "PUT",
            url: location,
            headers: { "Content-Type": "application/octet-stream", "Content-Length": String(size) },
            // A file is read with bounded buffers by the transport: memory stays flat.
            body: () => "content" in blob ? blob.content : { file: blob.path, onProgress: blob.onProgress, observer: gate.observer(blob) },
            // The registry may have taken the blob even when its answer was lost: see below.
            retryNetworkErrors: false,
            holdEnd: gate.holdFor(blob),
            what
          },
          scope
        );
      } catch (error) {
        if (!(error instanceof NetworkError) || attempt >= UPLOAD_ATTEMPTS) throw error;
        if (await this.blobExists(repository, digest, scope)) {
          this.logger.info(`${what}: the answer was lost, but the registry has the blob`);
          gate.notSent(blob);
          return size;
        }
        this.logger.info(
          `${what}: ${error.code ?? "connection lost"} during the upload; starting it again`
        );
        continue;
      }
      if (response.status === 201) {
        gate.sent(blob);
        return size;
      }
      if (response.status === 404 && attempt < UPLOAD_ATTEMPTS) {
        if (await this.blobExists(repository, digest, scope)) {
          gate.notSent(blob);
          return size;
        }
        continue;
      }
      throw this.failure(response, "PUT", repository, what, scope);
    }
  }
  /**
   * After a 404 where a registry never answers one (an upload session): GET /v2/ tells a host
   * that is no registry at all, which the push's first requests could not (a HEAD's 404 only
   * says "not there"). Returns when it does answer as a registry.
   */
  async assertRegistry(scope) {
    const url = new URL("/v2/", this.base);
    const response = await this.send(
      { method: "GET", url, what: `Contact ${this.base.host}` },
      scope
    );
    if (response.status === 404) throw notARegistry(this.base.host, url);
  }
  async startUpload(repository, scope, what) {
    const url = new URL(`/v2/${repository}/blobs/uploads/`, this.base);
    const response = await this.send(
      { method: "POST", url, headers: { "Content-Length": "0" }, what },
      scope
    );
    if (response.status === 404) await this.assertRegistry(scope);
    if (response.status !== 202) throw this.failure(response, "POST", repository, what, scope);
    const location = sessionLocation(response);
    if (!location) {
      throw new RegistryError(
        `${what}: the registry started an upload but sent no Location`,
        "POST",
        redactUrl(url),
        202
      );
    }
    return location;
  }
  /**
   * PUT the manifest under `tag`. Refused because a blob is unknown (distribution, when a
   * concurrent push of the same blob rewrites its link file under our check): the blobs are
   * checked again, what is missing uploaded, and the PUT tried once more.
   */
  async putTag(request, tag, scope, ledger) {
    const what = `Tag ${tag}`;
    let response = await this.putManifest(request, tag, scope);
    if (response.status === 400 && isBlobUnknown(response)) {
      this.logger.info(
        `${what}: the registry did not find a blob the manifest names; checking the blobs again`
      );
      await this.ensureBlobs(request, scope);
      response = await this.putManifest(request, tag, scope);
    }
    if (response.status !== 201 && response.status !== 200) {
      throw this.failure(response, "PUT", request.repository, what, scope);
    }
    const echoed = header(response, "docker-content-digest")?.trim();
    if (echoed && echoed !== request.manifest.digest) {
      ledger.storedElsewhere(tag, echoed);
      throw new RegistryError(
        `${what}: the registry stored the manifest as ${echoed}, but its bytes hash to ${request.manifest.digest}; the registry altered the manifest`,
        "PUT",
        redactUrl(response.url),
        response.status
      );
    }
    ledger.wrote(tag);
  }
  putManifest(request, tag, scope) {
    const { manifest } = request;
    return this.send(
      {
        method: "PUT",
        url: this.manifestsUrl(request.repository, tag),
        headers: {
          "Content-Type": manifest.mediaType,
          "Content-Length": String(manifest.bytes.length)
        },
        body: () => manifest.bytes,
        what: `Tag ${tag}`
      },
      scope
    );
  }
  /** HEADs every blob of the push and uploads those the registry does not have. */
  async ensureBlobs(request, scope) {
    const { repository, blobs } = request;
    await new Promise((resolve) => setTimeout(resolve, RECHECK_PAUSE_MS * (1 + Math.random())));
    const present = await Promise.all(
      blobs.map((blob) => this.blobExists(repository, blob.descriptor.digest, scope))
    );
    const missing = blobs.filter((_, i) => !present[i]);
    const gate = new ContentGate(blobs);
    for (const blob of blobs.filter((_, i) => present[i])) gate.notSent(blob);
    await Promise.all(missing.map((blob) => this.sendBlob(request, blob, scope, void 0, gate)));
    this.logger.info(
      `${missing.length} blob(s) uploaded again, ${blobs.length - missing.length} found; writing the tag once more`
    );
  }
  manifestsUrl(repository, reference = "") {
    return new URL(`/v2/${repository}/manifests/${reference}`, this.base);
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
      return this.accessGranted(response, scope);
    }
    const authorization = await this.auth.fromChallenge(response, scope, cached !== void 0);
    if (!authorization) return response;
    return this.accessGranted(await this.transport.send(request, authorization), scope);
  }
  /** Says once per scope how the registry let us in, at its first answer that is not a 401. */
  accessGranted(response, scope) {
    const key = scopeKey(scope);
    if (response.status !== 401 && !this.authenticated.has(key)) {
      this.authenticated.add(key);
      this.logger.info(`Authenticated to ${this.base.host} as ${this.auth.source}`);
    }
    return response;
  }
  failure(response, method, repository, what, scope) {
    if (response.status === 401) return this.unauthorized(response, method, repository, scope);
    return httpError(method, response.url, response.status, response.body, what);
  }
  unauthorized(response, method, repository, scope) {
    const shown = redactUrl(response.url);
    if (!this.auth.audience.isRegistry(response.url)) return this.foreignChallenge(response, method);
    const host = this.base.host;
    const push = scope[0]?.endsWith(",push") ?? false;
    const verb = push ? `push to ${repository}` : `pull from ${repository}`;
    const refused = (what, fix) => new RegistryError(what, method, shown, 401, [], { fix, suggest: { option: "credentials" } });
    if (!this.auth.hasCredential) {
      return refused(
        `The registry ${host} needs credentials to ${verb} and none were found`,
        `provide credentials for ${host}`
      );
    }
    const source = this.auth.source;
    if (challengeError(response) === "insufficient_scope") {
      return refused(
        `The registry ${host} refused to let ${source} ${verb} (insufficient_scope)`,
        `give the account ${push ? "push (write)" : "pull (read)"} access to this repository`
      );
    }
    return refused(
      `The registry ${host} refused the credentials from ${source} (401)`,
      "check the user name and password or token, that they belong to this registry, and that they have not expired"
    );
  }
  /** A 401 from a host that is not the registry: it got no credentials, and is named. */
  foreignChallenge(response, method) {
    const asker = response.url;
    return new RegistryError(
      `${asker.protocol}//${asker.host} asked for credentials (401), but it is not the registry ${this.base.host}: credentials for ${this.base.host} go only to that registry and the token realm it names, so none were sent`,
      method,
      redactUrl(asker),
      401,
      [],
      {
        fix: "the registry (or a proxy in front of it) sends this request to another host that wants credentials; that host must accept it without them"
      }
    );
  }
};
function settleDelay(gap) {
  return Math.min(SETTLE_MAX_MS, Math.max(SETTLE_MIN_MS, Math.round(gap * SETTLE_FACTOR)));
}
function notARegistry(host, url) {
  return new RegistryError(
    `${host} does not answer as an OCI registry (GET /v2/ \u2192 404): check the destination host`,
    "GET",
    redactUrl(url),
    404,
    [],
    { option: "destination" }
  );
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
function isBlobUnknown(response) {
  return parseErrorCodes(response.body).some((c) => BLOB_UNKNOWN_CODES.includes(c.code));
}
function scopeFor(repository, access) {
  return [`repository:${repository}:${access === "push" ? "pull,push" : "pull"}`];
}
function guardedTags(request) {
  if (!request.overwrite) return request.tags;
  const guarded = new Set(request.protectedTags ?? []);
  return request.tags.filter((tag) => guarded.has(tag));
}
function sessionLocation(response) {
  const location = header(response, "location");
  return location ? new URL(location, response.url) : void 0;
}
function short(digest) {
  return digest.slice(0, 19);
}

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
    onPhase: options.onPhase,
    transport: options.connections ? { connections: options.connections } : void 0
  });
}
function openConnections(apiHost, plainHttp2, network, count) {
  const connections = new Connections({ proxy: network?.proxy });
  connections.preconnect(new URL(`${plainHttp2 ? "http" : "https"}://${apiHost}`), count);
  return connections;
}

// src/core/registry-pool.ts
var CONNECTIONS_AHEAD = 2;
var RegistryPool = class {
  constructor(request, deps) {
    this.request = request;
    this.deps = deps;
  }
  request;
  deps;
  clients = /* @__PURE__ */ new Map();
  /** Connections opened ahead, by host, until that host's client takes them. */
  ahead = /* @__PURE__ */ new Map();
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
  /**
   * Opens connections to this reference's registry now, for its client to use: their TCP and
   * TLS handshakes then overlap the packaging instead of following it. Nothing is sent, and
   * nothing is looked up (credentials wait for the client, as before).
   */
  preconnect(reference) {
    const key = this.keyOf(reference);
    if (this.clients.has(key) || this.ahead.has(key)) return;
    const { plainHttp: plainHttp2 } = this.request;
    const network = this.deps.network;
    this.ahead.set(key, openConnections(reference.apiHost, plainHttp2, network, CONNECTIONS_AHEAD));
  }
  /** Runs `work` as this job's: what shared clients log meanwhile goes to `emit`. */
  within(emit, work) {
    return this.job.run(emit, work);
  }
  close() {
    for (const connections of this.ahead.values()) connections.close();
    this.ahead.clear();
    for (const connected of this.clients.values()) {
      connected.then(({ client }) => client.close()).catch(() => {
      });
    }
  }
  async open(reference, emit) {
    const credential = await this.deps.credentialFor(reference.registry, reference.apiHost);
    const to = () => this.job.getStore() ?? emit;
    const logger = {
      info: (message) => to()({ type: "info", message }),
      warning: (message) => to()({ type: "warning", message }),
      debug: (message) => to()({ type: "debug", message })
    };
    const key = this.keyOf(reference);
    const connections = this.ahead.get(key);
    this.ahead.delete(key);
    const client = openRegistry({
      connections,
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

// src/core/destination.ts
import path5 from "node:path";
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
    const absolute = path5.resolve(dir);
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
  return { kind: "registry", reference, tag: reference.tag, display: formatReference(reference) };
}

// src/core/push-one.ts
async function pushOne(destination, packed, context, mountFrom) {
  const outcome = {
    status: "failed",
    pack: packed.pack,
    manifest: packed.artifact.manifest,
    destination,
    createdSource: packed.createdSource,
    tagPlan: [],
    tagsWritten: [],
    tagsUnchanged: [],
    tagsElsewhere: []
  };
  let phase = "package";
  const enter = (next) => {
    phase = next;
    context.emit({ type: "phase", phase: next });
  };
  try {
    planFor(destination, packed, context, outcome);
    if (!context.request.push) {
      await packChecked(packed.pack);
      context.emit({
        type: "info",
        message: `Nothing written (push is off). The manifest digest would be ${packed.artifact.manifest.digest}`
      });
      outcome.status = "packaged";
    } else if (destination.kind === "layout") {
      enter("upload");
      await packChecked(packed.pack);
      await writeLayout(destination, packed, context, outcome);
    } else {
      enter("authenticate");
      await context.registries.within(
        context.emit,
        () => pushToRegistry(destination, packed, context, outcome, enter, mountFrom)
      );
    }
  } catch (error) {
    outcome.status = "failed";
    outcome.error = error instanceof Error ? error : new Error(String(error));
    outcome.failedIn = error instanceof PackError ? "package" : phase;
    recordWhatIsInTheRegistry(error, outcome);
  }
  return outcome;
}
function planFor(destination, packed, context, outcome) {
  const { request, emit } = context;
  outcome.tagPlan = planTags({
    entries: request.tags,
    destinationTag: destination.tag,
    destinationTagToo: request.destinationTagToo,
    version: packed.pack.metadata.version,
    context: request.source,
    versionCheck: request.versionCheck,
    packFile: packed.pack.packFile
  });
  emit({ type: "info", message: `Tag plan for ${destination.display}:` });
  for (const line of describeTagPlan(outcome.tagPlan)) emit({ type: "info", message: `  ${line}` });
}
async function writeLayout(destination, packed, context, outcome) {
  const { artifact } = packed;
  const tags = outcome.tagPlan.map((t) => t.tag);
  const { writeToLayout } = await import("./layout-QMLFJUBO.js");
  await writeToLayout({
    dir: destination.dir,
    blobs: [artifact.config, artifact.layer],
    manifest: artifact.manifest,
    tags
  });
  outcome.tagsWritten = tags;
  outcome.status = "written";
  context.emit({
    type: "info",
    message: `Wrote ${tags.join(", ")} \u2192 ${artifact.manifest.digest} to the OCI layout ${destination.dir}`
  });
}
async function pushToRegistry(destination, packed, context, outcome, enter, mountFrom) {
  const { artifact } = packed;
  const { client, credentialSource } = await context.registries.connect(
    destination.reference,
    context.emit
  );
  outcome.credentialSource = credentialSource;
  const repository = destination.reference.repository;
  const versionTag = versionAsTag(packed.pack.metadata.version);
  if (context.request.skipExisting) {
    if (await alreadyThere(client, destination, versionTag, packed, context, outcome)) return;
  }
  const layer = artifact.layer;
  const size = layer.descriptor.size;
  const what = `Upload ${packed.pack.archiveFileName} to ${destination.display}`;
  const pushed = await client.push({
    repository,
    blobs: [
      artifact.config,
      "path" in layer ? {
        ...layer,
        onProgress: (done) => context.emit({ type: "progress", what, done, total: size })
      } : layer
    ],
    manifest: artifact.manifest,
    tags: outcome.tagPlan.map((t) => t.tag),
    overwrite: context.request.overwrite,
    mountFrom,
    protectedTags: context.request.skipExisting ? [versionTag] : void 0,
    onPhase: (phase) => enter(phase)
  });
  outcome.tagsWritten = pushed.tagsWritten;
  outcome.tagsUnchanged = pushed.tagsUnchanged;
  outcome.blobsUploaded = pushed.blobsUploaded;
  outcome.blobsMounted = pushed.blobsMounted;
  outcome.bytesUploaded = pushed.bytesUploaded;
  const wroteNothing = pushed.tagsWritten.length === 0 && pushed.blobsUploaded === 0 && pushed.blobsMounted === 0;
  outcome.status = wroteNothing ? "unchanged" : "written";
  const unchanged = pushed.tagsUnchanged.length ? `; unchanged: ${pushed.tagsUnchanged.join(", ")}` : "";
  context.emit({
    type: "info",
    message: `Pushed ${destination.display}@${artifact.manifest.digest}: ${pushed.blobsUploaded} blob(s) uploaded (${pushed.bytesUploaded} bytes), ${pushed.blobsMounted} mounted, ${pushed.blobsSkipped} already there; tags written: ${pushed.tagsWritten.join(", ") || "none"}${unchanged}`
  });
}
async function alreadyThere(client, destination, versionTag, packed, context, outcome) {
  const digest = packed.artifact.manifest.digest;
  const current = await client.tagDigest(destination.reference.repository, versionTag);
  if (current === void 0) return false;
  await packChecked(packed.pack);
  if (current !== digest) {
    throw new UserError(
      `${destination.display}:${versionTag} already holds ${current}, but this push of ${packed.pack.metadata.name} ${packed.pack.metadata.version} is ${digest}: its content changed without a version bump`,
      { fix: "bump metadata.version in Pack.yaml", file: packed.pack.packFile }
    );
  }
  outcome.status = "unchanged";
  outcome.tagsUnchanged = [versionTag];
  context.emit({
    type: "info",
    message: `${destination.display}:${versionTag} already holds ${digest}: unchanged, nothing written`
  });
  return true;
}
function recordWhatIsInTheRegistry(error, outcome) {
  if (typeof error !== "object" || error === null) return;
  const { tagsWritten, tagsUnchanged, tagsElsewhere, conflicts } = error;
  if (Array.isArray(tagsWritten)) outcome.tagsWritten = tagsWritten;
  if (Array.isArray(tagsUnchanged)) outcome.tagsUnchanged = tagsUnchanged;
  if (Array.isArray(tagsElsewhere)) outcome.tagsElsewhere = tagsElsewhere;
  if (Array.isArray(conflicts)) outcome.tagsElsewhere = conflicts;
}

// src/core/sources.ts
import { existsSync } from "node:fs";
import path6 from "node:path";
var GLOB_CHARACTERS = /[*?[\]{}]/;
async function expandPackPaths(entries, baseDir) {
  const found = [];
  for (const entry of entries) {
    const matches = GLOB_CHARACTERS.test(entry) ? await expandGlob(entry, baseDir) : [existing(entry, baseDir)];
    for (const match of matches) {
      const absolute = path6.resolve(baseDir, match);
      if (!found.some((known) => path6.resolve(baseDir, known) === absolute)) found.push(match);
    }
  }
  return found;
}
function existing(entry, baseDir) {
  if (existsSync(path6.resolve(baseDir, entry))) return entry;
  throw new UserError(`path '${path6.resolve(baseDir, entry)}' does not exist`, {
    option: "path",
    fix: "point the pack path at a pack directory holding Pack.yaml or at a .tar.gz/.tgz"
  });
}
async function expandGlob(pattern, baseDir) {
  const { glob } = await import("./dist-2LTCVXQO.js");
  const posix = pattern.split(path6.sep).join("/").replace(/\/+$/, "");
  const files = await glob([`${posix}/Pack.yaml`, posix], {
    cwd: baseDir,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    expandDirectories: false
  });
  const packs = files.map((file) => path6.posix.basename(file) === "Pack.yaml" ? path6.posix.dirname(file) : file).filter((match) => match !== "." || existsSync(path6.join(baseDir, "Pack.yaml"))).filter(
    (match) => isPackArchiveName(match) || existsSync(path6.join(baseDir, match, "Pack.yaml"))
  );
  const unique = [...new Set(packs)].sort(byPath);
  if (unique.length === 0) {
    throw new UserError(`The pack path glob ${JSON.stringify(pattern)} matches no pack`, {
      option: "path",
      fix: "it must match directories that hold a Pack.yaml (e.g. packs/*) or .tar.gz/.tgz archives; check the pattern and the working directory"
    });
  }
  return unique;
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
    try {
      if (request.destinations.length === 0) {
        throw new UserError("No destination was given", {
          option: "destination",
          fix: "give one, e.g. oci://ghcr.io/my-org/my-pack or oci-layout://./out"
        });
      }
      specs = request.destinations.map(parseDestination);
      if (request.push) preconnect(specs, registries);
      paths = await expandPackPaths(request.paths, request.baseDir);
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
        (emit) => publishPack(packPath, { request, deps, specs, registries, emit, multi })
      )
    );
    const outcomes = perPack.flat();
    return { outcomes, ok: outcomes.every((o) => o.status !== "failed") };
  } finally {
    registries.close();
  }
}
function preconnect(specs, registries) {
  for (const spec of specs) {
    const destination = destinationFor(spec, "pack");
    if (destination.kind === "registry") registries.preconnect(destination.reference);
  }
}
async function publishPack(packPath, context) {
  context.emit({ type: "phase", phase: "package" });
  let packed;
  try {
    packed = await packageOne(packPath, context);
  } catch (error) {
    return context.specs.map((spec) => ({
      ...failedOutcome(error, "package"),
      destination: spec.kind === "complete" ? spec.destination : void 0
    }));
  }
  const outcomes = new Array(context.specs.length);
  const byRegistry = /* @__PURE__ */ new Map();
  context.specs.forEach((spec, index) => {
    let destination;
    try {
      destination = destinationFor(spec, packed.pack.metadata.name);
    } catch (error) {
      outcomes[index] = { ...failedOutcome(error, "package"), pack: packed.pack };
      return;
    }
    const key = destination.kind === "registry" ? destination.reference.apiHost : `layout ${index}`;
    byRegistry.set(key, [...byRegistry.get(key) ?? [], { index, destination }]);
  });
  await Promise.all(
    [...byRegistry.values()].map(async (targets) => {
      let mountFrom;
      for (const { index, destination } of targets) {
        const outcome = await pushOne(destination, packed, context, mountFrom);
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
  packagePack,
  verifyPackArchive,
  extractPackArchive,
  resolveCreatedTime,
  openRegistry,
  PACK_CONCURRENCY,
  publish
};
