import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  EntryNames,
  PackError,
  displayName,
  entryNameProblem,
  errnoCode,
  fileSystemError,
  manifestDigest,
  normalizedName,
  parseManifest,
  parsePackFile
} from "./shared-yaml.js";
import {
  readInTurns
} from "./shared-semver.js";

// src/pack/verify.ts
import { open as open2 } from "node:fs/promises";
import path from "node:path";

// src/pack/scan.ts
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { once } from "node:events";
import { createGunzip } from "node:zlib";

// src/pack/inflate-limit.ts
var MAX_INFLATE_RATIO = 1e3;
var RATIO_GRACE = 1 << 20;
var InflateLimit = class {
  constructor(display) {
    this.display = display;
  }
  display;
  compressed = 0;
  inflated = 0;
  /** Compressed bytes handed to zlib. */
  took(bytes) {
    this.compressed += bytes;
  }
  /** Bytes zlib gave back: the PackError to stop with once they are too many, else undefined. */
  gave(bytes) {
    this.inflated += bytes;
    if (this.inflated <= MAX_INFLATE_RATIO * Math.max(this.compressed, RATIO_GRACE)) return;
    return new PackError(
      `${this.display} inflates to more than ${MAX_INFLATE_RATIO} times its size`,
      { file: this.display, fix: "this is no pack archive; re-create it with `sherpack package`" }
    );
  }
};

// node_modules/tar/dist/esm/header.js
import { posix as pathModule } from "node:path";

// node_modules/tar/dist/esm/large-numbers.js
var encode = (num, buf) => {
  if (!Number.isSafeInteger(num)) {
    throw Error("cannot encode number outside of javascript safe integer range");
  } else if (num < 0) {
    encodeNegative(num, buf);
  } else {
    encodePositive(num, buf);
  }
  return buf;
};
var encodePositive = (num, buf) => {
  buf[0] = 128;
  for (var i = buf.length; i > 1; i--) {
    buf[i - 1] = num & 255;
    num = Math.floor(num / 256);
  }
};
var encodeNegative = (num, buf) => {
  buf[0] = 255;
  var flipped = false;
  num = num * -1;
  for (var i = buf.length; i > 1; i--) {
    var byte = num & 255;
    num = Math.floor(num / 256);
    if (flipped) {
      buf[i - 1] = onesComp(byte);
    } else if (byte === 0) {
      buf[i - 1] = 0;
    } else {
      flipped = true;
      buf[i - 1] = twosComp(byte);
    }
  }
};
var parse = (buf) => {
  const pre = buf[0];
  const value = pre === 128 ? pos(buf.subarray(1, buf.length)) : pre === 255 ? twos(buf) : null;
  if (value === null) {
    throw Error("invalid base256 encoding");
  }
  if (!Number.isSafeInteger(value)) {
    throw Error("parsed number outside of javascript safe integer range");
  }
  return value;
};
var twos = (buf) => {
  var len = buf.length;
  var sum = 0;
  var flipped = false;
  for (var i = len - 1; i > -1; i--) {
    var byte = Number(buf[i]);
    var f;
    if (flipped) {
      f = onesComp(byte);
    } else if (byte === 0) {
      f = byte;
    } else {
      flipped = true;
      f = twosComp(byte);
    }
    if (f !== 0) {
      sum -= f * Math.pow(256, len - i - 1);
    }
  }
  return sum;
};
var pos = (buf) => {
  var len = buf.length;
  var sum = 0;
  for (var i = len - 1; i > -1; i--) {
    var byte = Number(buf[i]);
    if (byte !== 0) {
      sum += byte * Math.pow(256, len - i - 1);
    }
  }
  return sum;
};
var onesComp = (byte) => (255 ^ byte) & 255;
var twosComp = (byte) => (255 ^ byte) + 1 & 255;

// node_modules/tar/dist/esm/types.js
var isCode = (c) => name.has(c);
var normalFsTypes = /* @__PURE__ */ new Set([
  "0",
  "",
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "D"
]);
var name = /* @__PURE__ */ new Map([
  ["0", "File"],
  // same as File
  ["", "OldFile"],
  ["1", "Link"],
  ["2", "SymbolicLink"],
  // Devices and FIFOs aren't fully supported
  // they are parsed, but skipped when unpacking
  ["3", "CharacterDevice"],
  ["4", "BlockDevice"],
  ["5", "Directory"],
  ["6", "FIFO"],
  // same as File
  ["7", "ContiguousFile"],
  // pax headers
  ["g", "GlobalExtendedHeader"],
  ["x", "ExtendedHeader"],
  // vendor-specific stuff
  // skip
  ["A", "SolarisACL"],
  // like 5, but with data, which should be skipped
  ["D", "GNUDumpDir"],
  // metadata only, skip
  ["I", "Inode"],
  // data = link path of next file
  ["K", "NextFileHasLongLinkpath"],
  // data = path of next file
  ["L", "NextFileHasLongPath"],
  // skip
  ["M", "ContinuationFile"],
  // like L
  ["N", "OldGnuLongPath"],
  // skip
  ["S", "SparseFile"],
  // skip
  ["V", "TapeVolumeHeader"],
  // like x
  ["X", "OldExtendedHeader"]
]);
var code = new Map(Array.from(name).map((kv) => [kv[1], kv[0]]));

// node_modules/tar/dist/esm/header.js
var notNegative = (n) => n === void 0 || n < 0 ? void 0 : n;
var Header = class {
  cksumValid = false;
  needPax = false;
  nullBlock = false;
  block;
  path;
  mode;
  uid;
  gid;
  size;
  cksum;
  #type = "Unsupported";
  linkpath;
  uname;
  gname;
  devmaj = 0;
  devmin = 0;
  atime;
  ctime;
  mtime;
  charset;
  comment;
  constructor(data, off = 0, ex, gex) {
    if (Buffer.isBuffer(data)) {
      this.decode(data, off || 0, ex, gex);
    } else if (data) {
      this.#slurp(data);
    }
  }
  decode(buf, off, ex, gex) {
    if (!off) {
      off = 0;
    }
    if (!buf || !(buf.length >= off + 512)) {
      throw new Error("need 512 bytes for header");
    }
    const t = decString(buf, off + 156, 1);
    const isNormalFS = normalFsTypes.has(t);
    const exForFields = isNormalFS ? ex : void 0;
    const gexForFields = isNormalFS ? gex : void 0;
    this.path = exForFields?.path ?? decString(buf, off, 100);
    this.mode = exForFields?.mode ?? gexForFields?.mode ?? decNumber(buf, off + 100, 8);
    this.uid = exForFields?.uid ?? gexForFields?.uid ?? decNumber(buf, off + 108, 8);
    this.gid = exForFields?.gid ?? gexForFields?.gid ?? decNumber(buf, off + 116, 8);
    this.size = notNegative(exForFields?.size ?? gexForFields?.size ?? decNumber(buf, off + 124, 12));
    this.mtime = exForFields?.mtime ?? gexForFields?.mtime ?? decDate(buf, off + 136, 12);
    this.cksum = decNumber(buf, off + 148, 12);
    if (gexForFields)
      this.#slurp(gexForFields, true);
    if (exForFields)
      this.#slurp(exForFields);
    if (isCode(t)) {
      this.#type = t || "0";
    }
    if (this.#type === "0" && this.path.slice(-1) === "/") {
      this.#type = "5";
    }
    if (this.#type === "5") {
      this.size = 0;
    }
    this.linkpath = decString(buf, off + 157, 100);
    if (buf.subarray(off + 257, off + 265).toString() === "ustar\x0000") {
      this.uname = exForFields?.uname ?? gexForFields?.uname ?? decString(buf, off + 265, 32);
      this.gname = exForFields?.gname ?? gexForFields?.gname ?? decString(buf, off + 297, 32);
      this.devmaj = exForFields?.devmaj ?? gexForFields?.devmaj ?? decNumber(buf, off + 329, 8) ?? 0;
      this.devmin = exForFields?.devmin ?? gexForFields?.devmin ?? decNumber(buf, off + 337, 8) ?? 0;
      if (buf[off + 475] !== 0) {
        const prefix = decString(buf, off + 345, 155);
        this.path = prefix + "/" + this.path;
      } else {
        const prefix = decString(buf, off + 345, 130);
        if (prefix) {
          this.path = prefix + "/" + this.path;
        }
        this.atime = ex?.atime ?? gex?.atime ?? decDate(buf, off + 476, 12);
        this.ctime = ex?.ctime ?? gex?.ctime ?? decDate(buf, off + 488, 12);
      }
    }
    let sum = 8 * 32;
    for (let i = off; i < off + 148; i++) {
      sum += buf[i];
    }
    for (let i = off + 156; i < off + 512; i++) {
      sum += buf[i];
    }
    this.cksumValid = sum === this.cksum;
    if (this.cksum === void 0 && sum === 8 * 32) {
      this.nullBlock = true;
    }
  }
  #slurp(ex, gex = false) {
    Object.assign(this, Object.fromEntries(Object.entries(ex).filter(([k, v]) => {
      return !(v === null || v === void 0 || k === "size" && Number(v) < 0 || k === "path" && gex || k === "linkpath" && gex || k === "global");
    })));
  }
  encode(buf, off = 0) {
    if (!buf) {
      buf = this.block = Buffer.alloc(512);
    }
    if (this.#type === "Unsupported") {
      this.#type = "0";
    }
    if (!(buf.length >= off + 512)) {
      throw new Error("need 512 bytes for header");
    }
    const prefixSize = this.ctime || this.atime ? 130 : 155;
    const split = splitPrefix(this.path || "", prefixSize);
    const path2 = split[0];
    const prefix = split[1];
    this.needPax = !!split[2];
    this.needPax = encString(buf, off, 100, path2) || this.needPax;
    this.needPax = encNumber(buf, off + 100, 8, this.mode) || this.needPax;
    this.needPax = encNumber(buf, off + 108, 8, this.uid) || this.needPax;
    this.needPax = encNumber(buf, off + 116, 8, this.gid) || this.needPax;
    this.needPax = encNumber(buf, off + 124, 12, this.size) || this.needPax;
    this.needPax = encDate(buf, off + 136, 12, this.mtime) || this.needPax;
    buf[off + 156] = Number(this.#type.codePointAt(0));
    this.needPax = encString(buf, off + 157, 100, this.linkpath) || this.needPax;
    buf.write("ustar\x0000", off + 257, 8);
    this.needPax = encString(buf, off + 265, 32, this.uname) || this.needPax;
    this.needPax = encString(buf, off + 297, 32, this.gname) || this.needPax;
    this.needPax = encNumber(buf, off + 329, 8, this.devmaj) || this.needPax;
    this.needPax = encNumber(buf, off + 337, 8, this.devmin) || this.needPax;
    this.needPax = encString(buf, off + 345, prefixSize, prefix) || this.needPax;
    if (buf[off + 475] !== 0) {
      this.needPax = encString(buf, off + 345, 155, prefix) || this.needPax;
    } else {
      this.needPax = encString(buf, off + 345, 130, prefix) || this.needPax;
      this.needPax = encDate(buf, off + 476, 12, this.atime) || this.needPax;
      this.needPax = encDate(buf, off + 488, 12, this.ctime) || this.needPax;
    }
    let sum = 8 * 32;
    for (let i = off; i < off + 148; i++) {
      sum += buf[i];
    }
    for (let i = off + 156; i < off + 512; i++) {
      sum += buf[i];
    }
    this.cksum = sum;
    encNumber(buf, off + 148, 8, this.cksum);
    this.cksumValid = true;
    return this.needPax;
  }
  get type() {
    return this.#type === "Unsupported" ? this.#type : name.get(this.#type);
  }
  get typeKey() {
    return this.#type;
  }
  set type(type) {
    const c = String(code.get(type));
    if (isCode(c) || c === "Unsupported") {
      this.#type = c;
    } else if (isCode(type)) {
      this.#type = type;
    } else {
      throw new TypeError("invalid entry type: " + type);
    }
  }
};
var splitPrefix = (p, prefixSize) => {
  const pathSize = 100;
  let pp = p;
  let prefix = "";
  let ret = void 0;
  const root = pathModule.parse(p).root || ".";
  if (Buffer.byteLength(pp) < pathSize) {
    ret = [pp, prefix, false];
  } else {
    prefix = pathModule.dirname(pp);
    pp = pathModule.basename(pp);
    do {
      if (Buffer.byteLength(pp) <= pathSize && Buffer.byteLength(prefix) <= prefixSize) {
        ret = [pp, prefix, false];
      } else if (Buffer.byteLength(pp) > pathSize && Buffer.byteLength(prefix) <= prefixSize) {
        ret = [pp.slice(0, pathSize - 1), prefix, true];
      } else {
        pp = pathModule.join(pathModule.basename(prefix), pp);
        prefix = pathModule.dirname(prefix);
      }
    } while (prefix !== root && ret === void 0);
    if (!ret) {
      ret = [p.slice(0, pathSize - 1), "", true];
    }
  }
  return ret;
};
var decString = (buf, off, size) => buf.subarray(off, off + size).toString("utf8").replace(/\0.*/, "");
var decDate = (buf, off, size) => numToDate(decNumber(buf, off, size));
var numToDate = (num) => num === void 0 ? void 0 : new Date(num * 1e3);
var decNumber = (buf, off, size) => Number(buf[off]) & 128 ? parse(buf.subarray(off, off + size)) : decSmallNumber(buf, off, size);
var nanUndef = (value) => isNaN(value) ? void 0 : value;
var decSmallNumber = (buf, off, size) => nanUndef(parseInt(buf.subarray(off, off + size).toString("utf8").replace(/\0.*$/, "").trim(), 8));
var MAXNUM = {
  12: 8589934591,
  8: 2097151
};
var encNumber = (buf, off, size, num) => num === void 0 ? false : num > MAXNUM[size] || num < 0 ? (encode(num, buf.subarray(off, off + size)), true) : (encSmallNumber(buf, off, size, num), false);
var encSmallNumber = (buf, off, size, num) => buf.write(octalString(num, size), off, size, "ascii");
var octalString = (num, size) => padOctal(Math.floor(num).toString(8), size);
var padOctal = (str, size) => (str.length === size - 1 ? str : new Array(size - str.length - 1).join("0") + str + " ") + "\0";
var encDate = (buf, off, size, date) => date === void 0 ? false : encNumber(buf, off, size, date.getTime() / 1e3);
var NULLS = new Array(156).join("\0");
var encString = (buf, off, size, str) => str === void 0 ? false : (buf.write(str + NULLS, off, size, "utf8"), str.length !== Buffer.byteLength(str) || str.length > size);

// node_modules/tar/dist/esm/pax.js
import { basename } from "node:path";
var Pax = class _Pax {
  atime;
  mtime;
  ctime;
  charset;
  comment;
  gid;
  uid;
  gname;
  uname;
  linkpath;
  dev;
  ino;
  nlink;
  path;
  size;
  mode;
  global;
  constructor(obj, global = false) {
    this.atime = obj.atime;
    this.charset = obj.charset;
    this.comment = obj.comment;
    this.ctime = obj.ctime;
    this.dev = obj.dev;
    this.gid = obj.gid;
    this.global = global;
    this.gname = obj.gname;
    this.ino = obj.ino;
    this.linkpath = obj.linkpath;
    this.mtime = obj.mtime;
    this.nlink = obj.nlink;
    this.path = obj.path;
    this.size = obj.size;
    this.uid = obj.uid;
    this.uname = obj.uname;
  }
  encode() {
    const body = this.encodeBody();
    if (body === "") {
      return Buffer.allocUnsafe(0);
    }
    const bodyLen = Buffer.byteLength(body);
    const bufLen = 512 * Math.ceil(1 + bodyLen / 512);
    const buf = Buffer.allocUnsafe(bufLen);
    for (let i = 0; i < 512; i++) {
      buf[i] = 0;
    }
    new Header({
      // XXX split the path
      // then the path should be PaxHeader + basename, but less than 99,
      // prepend with the dirname
      /* c8 ignore start */
      path: ("PaxHeader/" + basename(this.path ?? "")).slice(0, 99),
      /* c8 ignore stop */
      mode: this.mode || 420,
      uid: this.uid,
      gid: this.gid,
      size: bodyLen,
      mtime: this.mtime,
      type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader",
      linkpath: "",
      uname: this.uname || "",
      gname: this.gname || "",
      devmaj: 0,
      devmin: 0,
      atime: this.atime,
      ctime: this.ctime
    }).encode(buf);
    buf.write(body, 512, bodyLen, "utf8");
    for (let i = bodyLen + 512; i < buf.length; i++) {
      buf[i] = 0;
    }
    return buf;
  }
  encodeBody() {
    return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
  }
  encodeField(field) {
    if (this[field] === void 0) {
      return "";
    }
    const r = this[field];
    const v = r instanceof Date ? r.getTime() / 1e3 : r;
    const s = " " + (field === "dev" || field === "ino" || field === "nlink" ? "SCHILY." : "") + field + "=" + v + "\n";
    const byteLen = Buffer.byteLength(s);
    let digits = Math.floor(Math.log(byteLen) / Math.log(10)) + 1;
    if (byteLen + digits >= Math.pow(10, digits)) {
      digits += 1;
    }
    const len = digits + byteLen;
    return len + s;
  }
  static parse(str, ex, g = false) {
    return new _Pax(merge(parseKV(str), ex), g);
  }
};
var merge = (a, b) => b ? Object.assign({}, b, a) : a;
var parseKV = (str) => str.replace(/\n$/, "").split("\n").reduce(parseKVLine, /* @__PURE__ */ Object.create(null));
var parseKVLine = (set, line) => {
  const n = parseInt(line, 10);
  if (n !== Buffer.byteLength(line) + 1) {
    return set;
  }
  line = line.slice((n + " ").length);
  const kv = line.split("=");
  const r = kv.shift();
  if (!r) {
    return set;
  }
  const k = r.replace(/^SCHILY\.(dev|ino|nlink)/, "$1");
  const v = kv.join("=").replace(/\0.*/, "");
  switch (k) {
    case "path":
    case "linkpath":
    case "type":
    case "charset":
    case "comment":
    case "gname":
    case "uname":
      set[k] = v;
      break;
    case "ctime":
    case "atime":
    case "mtime":
      set[k] = new Date(Number(v) * 1e3);
      break;
    case "size":
      const s = +v;
      if (s >= 0)
        set[k] = s;
      break;
    case "gid":
    case "uid":
    case "dev":
    case "ino":
    case "nlink":
    case "mode":
      set[k] = +v;
      break;
  }
  return set;
};

// src/pack/tar-walk.ts
var BLOCK = 512;
var MAX_META_BYTES = 1 << 20;
var META_KINDS = {
  ExtendedHeader: "pax",
  OldExtendedHeader: "pax",
  GlobalExtendedHeader: "global-pax",
  NextFileHasLongPath: "long-name",
  OldGnuLongPath: "long-name",
  NextFileHasLongLinkpath: "long-link"
};
var TarDamage = class extends Error {
  constructor(message, path2) {
    super(message);
    this.path = path2;
  }
  path;
};
var TarWalk = class {
  constructor(visitor) {
    this.visitor = visitor;
  }
  visitor;
  /** Entries seen (extended headers not counted). */
  entries = 0;
  /** After the two zero blocks that end an archive: readers look no further. */
  ended = false;
  header = Buffer.alloc(BLOCK);
  headerFill = 0;
  bodyLeft = 0;
  padLeft = 0;
  current;
  meta;
  metas = [];
  afterGlobal = false;
  zeroBlocks = 0;
  /** The next bytes of the tar stream; the chunk is not kept. */
  write(chunk) {
    let at = 0;
    while (at < chunk.length && !this.ended) {
      if (this.bodyLeft > 0) {
        const n = Math.min(this.bodyLeft, chunk.length - at);
        this.body(chunk.subarray(at, at + n));
        at += n;
      } else if (this.padLeft > 0) {
        const n = Math.min(this.padLeft, chunk.length - at);
        this.padLeft -= n;
        at += n;
      } else {
        const n = chunk.copy(this.header, this.headerFill, at, at + BLOCK - this.headerFill);
        this.headerFill += n;
        at += n;
        if (this.headerFill < BLOCK) continue;
        this.headerFill = 0;
        this.readHeader();
      }
    }
  }
  /** The stream is over: throws TarDamage when it stops inside an entry or a header. */
  end() {
    if (this.ended) return;
    if (this.bodyLeft > 0) {
      const where = this.current?.entry.path;
      throw new TarDamage(`truncated: ${this.bodyLeft} more bytes were expected`, where);
    }
    if (this.headerFill > 0 || this.meta) throw new TarDamage("truncated inside a header");
  }
  body(piece) {
    this.bodyLeft -= piece.length;
    if (this.meta) {
      this.meta.pieces.push(Buffer.from(piece));
      if (this.bodyLeft === 0) this.metaEnd();
      return;
    }
    const current = this.current;
    current?.sink?.(piece);
    if (this.bodyLeft === 0 && current) this.entryEnd();
  }
  readHeader() {
    let header;
    try {
      header = new Header(this.header);
    } catch (error) {
      throw new TarDamage(`an unreadable header (${error.message})`);
    }
    if (header.nullBlock) {
      this.zeroBlocks++;
      this.ended = this.zeroBlocks === 2;
      return;
    }
    if (!header.cksumValid) throw new TarDamage("checksum failure", header.path);
    const size = header.size ?? 0;
    const kind = META_KINDS[header.type];
    if (kind) {
      if (size > MAX_META_BYTES) {
        throw new TarDamage(`an extended header of ${size} bytes, more than a pack needs`);
      }
      if (kind === "global-pax") this.afterGlobal = true;
      this.meta = { kind, pieces: [] };
      this.expectBody(size);
      if (size === 0) this.metaEnd();
      return;
    }
    this.entries++;
    const entry = this.entryOf(header, size);
    if (!Number.isSafeInteger(entry.size) || entry.size < 0) {
      throw new TarDamage(`a size that is no byte count (${entry.size})`, entry.path);
    }
    this.zeroBlocks = 0;
    this.current = { entry, sink: this.visitor.entry(entry) };
    this.expectBody(entry.size);
    if (entry.size === 0) this.entryEnd();
  }
  expectBody(size) {
    this.bodyLeft = size;
    this.padLeft = (BLOCK - size % BLOCK) % BLOCK;
  }
  entryEnd() {
    const current = this.current;
    this.current = void 0;
    if (current) this.visitor.entryEnd(current.entry);
  }
  metaEnd() {
    const meta = this.meta;
    this.meta = void 0;
    if (meta) this.metas.push({ kind: meta.kind, text: Buffer.concat(meta.pieces).toString() });
  }
  /**
   * The entry `header` describes, with the extended headers before it applied in order, the
   * way node-tar applies them (a later one wins). More than one is refused by the caller, but
   * the entry is named as a reader would name it.
   */
  entryOf(header, size) {
    const metas = this.metas;
    this.metas = [];
    let entry = {
      path: header.path ?? "",
      type: header.type,
      size,
      linkpath: header.linkpath || void 0,
      metas,
      afterGlobal: this.afterGlobal,
      afterZeroBlock: this.zeroBlocks > 0
    };
    for (const meta of metas) entry = { ...entry, ...applied(meta) };
    return entry;
  }
};
function applied(meta) {
  const name2 = meta.text.replace(/\0[\s\S]*$/, "");
  if (meta.kind === "long-name") return { path: name2 };
  if (meta.kind === "long-link") return { linkpath: name2 };
  if (meta.kind === "global-pax") return {};
  const pax = Pax.parse(meta.text, void 0, false);
  const set = {};
  if (pax.path !== void 0) set.path = pax.path;
  if (pax.linkpath !== void 0) set.linkpath = pax.linkpath;
  if (pax.size !== void 0) set.size = pax.size;
  return set;
}

// src/pack/tar-meta.ts
var PAX_KEYS = /* @__PURE__ */ new Set([
  "path",
  "size",
  "mtime",
  "atime",
  "ctime",
  "uid",
  "gid",
  "uname",
  "gname",
  "mode",
  "comment",
  "charset",
  "hdrcharset",
  "SCHILY.dev",
  "SCHILY.ino",
  "SCHILY.nlink",
  "SCHILY.fflags",
  "LIBARCHIVE.creationtime"
]);
var PAX_KEY_PREFIXES = ["SCHILY.xattr.", "LIBARCHIVE.xattr.", "SCHILY.acl."];
var UTF8_CHARSET = "ISO-IR 10646 2000 UTF-8";
function metaProblem(entry) {
  const { metas } = entry;
  if (entry.afterGlobal) {
    return "comes after a global PAX header, which tar readers apply differently";
  }
  if (metas.length > 1) {
    return `has ${metas.length} extended headers (PAX or GNU long name), which tar readers combine differently`;
  }
  const meta = metas[0];
  if (meta === void 0) return void 0;
  if (meta.kind === "pax") return paxProblem(meta.text);
  const name2 = meta.text.replace(/\0+$/, "");
  if (name2.includes("\0")) return "has a GNU long name holding a NUL byte";
  return void 0;
}
function paxProblem(text) {
  let rest = text;
  while (rest.length > 0) {
    const match = /^(\d+) /.exec(rest);
    const newline = rest.indexOf("\n");
    if (!match || newline === -1) return "has a malformed PAX header";
    const record = rest.slice(0, newline + 1);
    if (Number(match[1]) !== Buffer.byteLength(record)) {
      return "has a PAX record whose length is wrong";
    }
    const body = record.slice(match[0].length, -1);
    const equals = body.indexOf("=");
    if (equals <= 0) return "has a malformed PAX record";
    const key = body.slice(0, equals);
    const value = body.slice(equals + 1);
    if (!PAX_KEYS.has(key) && !PAX_KEY_PREFIXES.some((prefix) => key.startsWith(prefix))) {
      return `has the PAX key '${key.replace(/[^\x20-\x7e]/g, "?")}', which this check does not accept (sparse files, volumes and the like extract differently)`;
    }
    if (value.includes("\0")) return `has a PAX ${key} holding a NUL byte`;
    if (key === "hdrcharset" && value !== UTF8_CHARSET) {
      return `has the PAX hdrcharset '${value}': its names are not UTF-8`;
    }
    rest = rest.slice(record.length);
  }
  return void 0;
}

// src/pack/scan.ts
var KEPT_ENTRY_LIMITS = {
  MANIFEST: 16 << 20,
  "Pack.yaml": 1 << 20
};
var FILE_TYPES = /* @__PURE__ */ new Set(["File", "OldFile", "ContiguousFile"]);
var FILE_ONLY_NAMES = /* @__PURE__ */ new Set([
  "MANIFEST",
  "Pack.yaml",
  "values.yaml",
  "values.schema.yaml",
  "values.schema.json",
  "schema.yaml",
  "schema.json"
]);
var READ_CHUNK = 128 << 10;
var INFLATE_CHUNK = 128 << 10;
async function scanArchive(file, display) {
  const scan = new ArchiveScan(display);
  const gunzip = createGunzip({ chunkSize: INFLATE_CHUNK });
  const failed = new Promise((_, reject) => gunzip.once("error", reject));
  failed.catch(() => void 0);
  gunzip.on("data", (chunk) => scan.inflated(chunk));
  const fileHash = createHash("sha256");
  let handle;
  try {
    handle = await open(file, "r");
    const size = await readInTurns(handle, READ_CHUNK, (chunk) => {
      fileHash.update(chunk);
      return inflate(gunzip, chunk, scan, failed);
    });
    gunzip.end();
    await Promise.race([once(gunzip, "end"), failed]);
    scan.end();
    return { digest: `sha256:${fileHash.digest("hex")}`, size, ...scan.result() };
  } catch (err) {
    throw scan.error(err);
  } finally {
    await handle?.close();
    gunzip.destroy();
  }
}
async function inflate(gunzip, chunk, scan, failed) {
  scan.compressed(chunk.length);
  const written = new Promise(
    (resolve, reject) => gunzip.write(chunk, (err) => err ? reject(err) : resolve())
  );
  await Promise.race([written, failed]);
  scan.throwIfFailed();
}
var ArchiveScan = class {
  constructor(display) {
    this.display = display;
    this.limit = new InflateLimit(display);
    this.walk = new TarWalk({
      entry: (entry) => this.entry(entry),
      entryEnd: (entry) => this.entryEnd(entry)
    });
  }
  display;
  walk;
  files = /* @__PURE__ */ new Map();
  kept = /* @__PURE__ */ new Map();
  names = new EntryNames();
  directories = /* @__PURE__ */ new Map();
  first;
  hashing;
  /** The limit every inflating path applies (inflate-limit.ts). */
  limit;
  problem;
  compressed(bytes) {
    this.limit.took(bytes);
  }
  /** Inflated bytes (zlib's 'data'): walked at once; the first problem stops the walk. */
  inflated(chunk) {
    const tooMuch = this.limit.gave(chunk.length);
    if (this.problem !== void 0) return;
    try {
      if (tooMuch) throw tooMuch;
      this.walk.write(chunk);
    } catch (err) {
      this.problem = err;
    }
  }
  throwIfFailed() {
    if (this.problem !== void 0) throw this.problem;
  }
  end() {
    this.throwIfFailed();
    this.walk.end();
    if (this.walk.entries === 0) throw this.notTar();
  }
  result() {
    return { files: this.files, first: this.first, kept: this.kept };
  }
  /** An entry: refused, or (a regular file) hashed as its body passes. */
  entry(entry) {
    const { path: path2 } = entry;
    if (entry.afterZeroBlock) throw this.refuse(path2, "follows a lone zero block");
    this.first ??= path2;
    const problem = metaProblem(entry);
    if (problem !== void 0) throw this.refuse(path2, problem);
    if (entry.type === "Directory") {
      this.directory(path2);
      return void 0;
    }
    if (!FILE_TYPES.has(entry.type)) throw this.refuse(path2, typeProblem(entry));
    if (entry.linkpath !== void 0) {
      throw this.refuse(path2, "is a regular file that names a link target");
    }
    const nameProblem = entryNameProblem(path2);
    if (nameProblem !== void 0) throw this.refuse(path2, this.withAlias(path2, nameProblem));
    const clash = this.clash(path2);
    if (clash !== void 0) throw this.refuse(path2, clash);
    return this.startHash(entry);
  }
  startHash(entry) {
    const limit = KEPT_ENTRY_LIMITS[entry.path];
    if (limit !== void 0 && entry.size > limit) {
      throw new PackError(
        `${this.display}: its ${entry.path} is ${entry.size} bytes, more than the ${limit} bytes a pack's ${entry.path} can reasonably be`,
        { file: this.display, fix: "re-create the archive with `sherpack package`" }
      );
    }
    const pieces = limit === void 0 ? void 0 : [];
    const hashing = { hash: createHash("sha256"), size: 0, pieces };
    this.hashing = hashing;
    return (piece) => {
      hashing.hash.update(piece);
      hashing.size += piece.length;
      hashing.pieces?.push(Buffer.from(piece));
    };
  }
  entryEnd(entry) {
    const hashing = this.hashing;
    this.hashing = void 0;
    if (!hashing) return;
    this.files.set(entry.path, { sha256: hashing.hash.digest("hex"), size: hashing.size });
    if (hashing.pieces) this.kept.set(entry.path, Buffer.concat(hashing.pieces, hashing.size));
  }
  directory(rawName) {
    const name2 = rawName.endsWith("/") ? rawName.slice(0, -1) : rawName;
    const problem = entryNameProblem(name2) ?? (FILE_ONLY_NAMES.has(name2) ? "is a directory where the pack has a file" : void 0) ?? (this.names.has(name2) ? "is a directory and also a file" : void 0);
    if (problem !== void 0) throw this.refuse(rawName, problem);
    this.directories.set(name2, rawName);
  }
  /** An unsafe name that an extractor would make into an earlier entry says so. */
  withAlias(name2, problem) {
    const normal = normalizedName(name2);
    return this.names.has(normal) ? `${problem}, so it is the same file as '${displayName(normal)}'` : problem;
  }
  clash(name2) {
    const dir = this.directories.get(name2);
    if (dir !== void 0) return `is a file and also the directory '${displayName(dir)}'`;
    return this.names.add(name2);
  }
  refuse(name2, problem) {
    return new PackError(`${this.display}: the entry '${displayName(name2)}' ${problem}`, {
      file: this.display,
      fix: "a pack archive holds only regular files with plain relative names, each once; re-create it with `sherpack package`"
    });
  }
  /** The error to report for a failure of the scan (`err`: what was thrown or emitted). */
  error(err) {
    const first = this.problem ?? err;
    if (first instanceof PackError) return first;
    if (first instanceof TarDamage) {
      if (this.walk.entries === 0) return this.notTar();
      const at = first.path ? ` at the entry '${displayName(first.path)}'` : "";
      return new PackError(`${this.display} holds a damaged tar archive${at} (${first.message})`, {
        file: this.display,
        fix: "re-create it with `sherpack package`",
        cause: first
      });
    }
    const e = first;
    const detail = e.message ?? String(first);
    if (e.syscall) {
      return new PackError(`${this.display} could not be read (${detail})`, {
        file: this.display,
        cause: e
      });
    }
    if (/^Z_/.test(e.code ?? "") || e.errno !== void 0) {
      return new PackError(`${this.display} is not a valid gzip file (${detail})`, {
        file: this.display,
        fix: "it is damaged or truncated; re-create it with `sherpack package`",
        cause: e
      });
    }
    return first;
  }
  notTar() {
    return new PackError(`${this.display} is gzip-compressed but does not hold a tar archive`, {
      file: this.display,
      fix: "the pack path must name a .tar.gz made by `sherpack package`"
    });
  }
};
function typeProblem(entry) {
  switch (entry.type) {
    case "SymbolicLink":
      return `is a symbolic link (to '${displayName(entry.linkpath ?? "")}')`;
    case "Link":
      return `is a hard link (to '${displayName(entry.linkpath ?? "")}')`;
    case "CharacterDevice":
    case "BlockDevice":
      return "is a device";
    case "FIFO":
      return "is a FIFO";
    default:
      return `is of type ${entry.type}, not a regular file`;
  }
}

// src/pack/verify.ts
var REMAKE = "re-create the archive with `sherpack package`";
async function verifyPackArchive(file, display = file) {
  await requireGzip(file, display);
  return verifyScanned(await scanArchive(file, display), display);
}
function verifyScanned(scanned, display) {
  const { metadata, created, warnings, manifest } = headOf(scanned.kept, scanned.first, display);
  const files = checkAgainstManifest(scanned.files, manifest, display);
  return {
    metadata,
    created,
    digest: scanned.digest,
    size: scanned.size,
    files,
    manifestDigest: manifest.digest,
    manifestSha256: scanned.files.get("MANIFEST")?.sha256 ?? "",
    warnings
  };
}
function headOf(kept, first, display) {
  const manifestBytes = kept.get("MANIFEST");
  if (!manifestBytes) {
    throw new PackError(
      `${display} has no MANIFEST entry, so it was not made by \`sherpack package\``,
      { file: display, fix: "point the pack path at the pack directory and let it be packaged" }
    );
  }
  if (first !== "MANIFEST") {
    throw new PackError(
      `${display}: its first entry is '${first}', not MANIFEST as \`sherpack package\` writes`,
      { file: display, fix: REMAKE }
    );
  }
  const packYaml = kept.get("Pack.yaml");
  if (!packYaml) {
    throw new PackError(`${display} has no Pack.yaml entry`, {
      file: display,
      fix: "a pack archive must hold Pack.yaml at its top level"
    });
  }
  const manifest = parseManifest(decodeManifest(manifestBytes, display), display);
  const parsed = parseArchivedPackYaml(packYaml, display);
  const { metadata } = parsed;
  if (manifest.name !== metadata.name || manifest.version !== metadata.version) {
    throw new PackError(
      `${display}: MANIFEST names ${manifest.name} ${manifest.version} but Pack.yaml says ${metadata.name} ${metadata.version}`,
      { file: display, fix: REMAKE }
    );
  }
  const warnings = parsed.warnings.map((w) => ({ ...w, file: display, line: void 0 }));
  return {
    metadata,
    created: manifest.created,
    warnings,
    manifestDigest: manifest.digest,
    manifest
  };
}
function decodeManifest(bytes, display) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new PackError(`${display}: its MANIFEST is not UTF-8 text`, {
      file: display,
      fix: REMAKE
    });
  }
}
function parseArchivedPackYaml(bytes, display) {
  try {
    return parsePackFile(bytes, `Pack.yaml in ${display}`);
  } catch (err) {
    if (err instanceof PackError) {
      throw new PackError(err.what, { file: display, fix: err.fix, cause: err });
    }
    throw err;
  }
}
function checkAgainstManifest(files, manifest, display) {
  const listed = /* @__PURE__ */ new Set();
  const checked = manifest.files.map((file) => {
    listed.add(file.path);
    const actual = files.get(file.path);
    if (actual === void 0) {
      throw new PackError(
        `${display}: MANIFEST lists '${file.path}' but the archive has no such file`,
        { file: display, fix: REMAKE }
      );
    }
    if (actual.sha256 !== file.sha256) {
      throw new PackError(
        `${display}: '${file.path}' does not match its MANIFEST checksum (MANIFEST sha256:${file.sha256}, archive sha256:${actual.sha256}); the archive was changed after packaging`,
        { file: display, fix: REMAKE }
      );
    }
    return { ...file, size: actual.size };
  });
  const expectedDigest = manifestDigest(manifest.files);
  if (expectedDigest !== manifest.digest) {
    throw new PackError(
      `${display}: MANIFEST [digest] sha256:${manifest.digest} does not match its [files] list (which gives sha256:${expectedDigest}); the MANIFEST was edited`,
      { file: display, fix: REMAKE }
    );
  }
  for (const name2 of files.keys()) {
    if (name2 !== "MANIFEST" && !listed.has(name2)) {
      throw new PackError(
        `${display}: '${name2}' is in the archive but not listed in its MANIFEST; files were added after packaging`,
        { file: display, fix: REMAKE }
      );
    }
  }
  return checked;
}
async function requireGzip(file, display) {
  let handle;
  try {
    handle = await open2(path.resolve(file), "r");
  } catch (err) {
    if (errnoCode(err) === "ENOENT") {
      throw new PackError(`${display} does not exist`, { file: display, fix: "check the path" });
    }
    throw fileSystemError(err, display, "read");
  }
  try {
    const magic = Buffer.alloc(3);
    const { bytesRead } = await handle.read(magic, 0, 3, 0);
    if (bytesRead < 3 || magic[0] !== 31 || magic[1] !== 139 || magic[2] !== 8) {
      throw new PackError(`${display} is not a gzip file`, {
        file: display,
        fix: "the pack path must name a .tar.gz/.tgz made by `sherpack package`, or a pack directory"
      });
    }
  } finally {
    await handle.close();
  }
}

export {
  InflateLimit,
  Header,
  Pax,
  verifyPackArchive
};
