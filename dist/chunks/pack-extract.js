import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  removeCreatedDirs
} from "./shared-pack-dirs.js";
import {
  Minipass,
  Parser,
  normalizeWindowsPath,
  verifyPackArchive
} from "./shared-minipass.js";
import {
  PackError,
  errnoCode,
  fileSystemError
} from "./shared-yaml.js";
import "./shared-semver.js";
import "./shared-errors.js";
import "./shared-runtime.js";

// src/pack/extract.ts
import { createHash, randomBytes as randomBytes2 } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir as mkdir2, readdir, rename, rm } from "node:fs/promises";
import { once } from "node:events";
import path4 from "node:path";
import { createGunzip } from "node:zlib";

// node_modules/@isaacs/fs-minipass/dist/esm/index.js
import EE from "events";
import fs from "fs";
var writev = fs.writev;
var _autoClose = /* @__PURE__ */ Symbol("_autoClose");
var _close = /* @__PURE__ */ Symbol("_close");
var _ended = /* @__PURE__ */ Symbol("_ended");
var _fd = /* @__PURE__ */ Symbol("_fd");
var _finished = /* @__PURE__ */ Symbol("_finished");
var _flags = /* @__PURE__ */ Symbol("_flags");
var _flush = /* @__PURE__ */ Symbol("_flush");
var _handleChunk = /* @__PURE__ */ Symbol("_handleChunk");
var _makeBuf = /* @__PURE__ */ Symbol("_makeBuf");
var _mode = /* @__PURE__ */ Symbol("_mode");
var _needDrain = /* @__PURE__ */ Symbol("_needDrain");
var _onerror = /* @__PURE__ */ Symbol("_onerror");
var _onopen = /* @__PURE__ */ Symbol("_onopen");
var _onread = /* @__PURE__ */ Symbol("_onread");
var _onwrite = /* @__PURE__ */ Symbol("_onwrite");
var _open = /* @__PURE__ */ Symbol("_open");
var _path = /* @__PURE__ */ Symbol("_path");
var _pos = /* @__PURE__ */ Symbol("_pos");
var _queue = /* @__PURE__ */ Symbol("_queue");
var _read = /* @__PURE__ */ Symbol("_read");
var _readSize = /* @__PURE__ */ Symbol("_readSize");
var _reading = /* @__PURE__ */ Symbol("_reading");
var _remain = /* @__PURE__ */ Symbol("_remain");
var _size = /* @__PURE__ */ Symbol("_size");
var _write = /* @__PURE__ */ Symbol("_write");
var _writing = /* @__PURE__ */ Symbol("_writing");
var _defaultFlag = /* @__PURE__ */ Symbol("_defaultFlag");
var _errored = /* @__PURE__ */ Symbol("_errored");
var ReadStream = class extends Minipass {
  [_errored] = false;
  [_fd];
  [_path];
  [_readSize];
  [_reading] = false;
  [_size];
  [_remain];
  [_autoClose];
  constructor(path5, opt) {
    opt = opt || {};
    super(opt);
    this.readable = true;
    this.writable = false;
    if (typeof path5 !== "string") {
      throw new TypeError("path must be a string");
    }
    this[_errored] = false;
    this[_fd] = typeof opt.fd === "number" ? opt.fd : void 0;
    this[_path] = path5;
    this[_readSize] = opt.readSize || 16 * 1024 * 1024;
    this[_reading] = false;
    this[_size] = typeof opt.size === "number" ? opt.size : Infinity;
    this[_remain] = this[_size];
    this[_autoClose] = typeof opt.autoClose === "boolean" ? opt.autoClose : true;
    if (typeof this[_fd] === "number") {
      this[_read]();
    } else {
      this[_open]();
    }
  }
  get fd() {
    return this[_fd];
  }
  get path() {
    return this[_path];
  }
  //@ts-ignore
  write() {
    throw new TypeError("this is a readable stream");
  }
  //@ts-ignore
  end() {
    throw new TypeError("this is a readable stream");
  }
  [_open]() {
    fs.open(this[_path], "r", (er, fd) => this[_onopen](er, fd));
  }
  [_onopen](er, fd) {
    if (er) {
      this[_onerror](er);
    } else {
      this[_fd] = fd;
      this.emit("open", fd);
      this[_read]();
    }
  }
  [_makeBuf]() {
    return Buffer.allocUnsafe(Math.min(this[_readSize], this[_remain]));
  }
  [_read]() {
    if (!this[_reading]) {
      this[_reading] = true;
      const buf = this[_makeBuf]();
      if (buf.length === 0) {
        return process.nextTick(() => this[_onread](null, 0, buf));
      }
      fs.read(this[_fd], buf, 0, buf.length, null, (er, br, b) => this[_onread](er, br, b));
    }
  }
  [_onread](er, br, buf) {
    this[_reading] = false;
    if (er) {
      this[_onerror](er);
    } else if (this[_handleChunk](br, buf)) {
      this[_read]();
    }
  }
  [_close]() {
    if (this[_autoClose] && typeof this[_fd] === "number") {
      const fd = this[_fd];
      this[_fd] = void 0;
      fs.close(fd, (er) => er ? this.emit("error", er) : this.emit("close"));
    }
  }
  [_onerror](er) {
    this[_reading] = true;
    this[_close]();
    this.emit("error", er);
  }
  [_handleChunk](br, buf) {
    let ret = false;
    this[_remain] -= br;
    if (br > 0) {
      ret = super.write(br < buf.length ? buf.subarray(0, br) : buf);
    }
    if (br === 0 || this[_remain] <= 0) {
      ret = false;
      this[_close]();
      super.end();
    }
    return ret;
  }
  emit(ev, ...args) {
    switch (ev) {
      case "prefinish":
      case "finish":
        return false;
      case "drain":
        if (typeof this[_fd] === "number") {
          this[_read]();
        }
        return false;
      case "error":
        if (this[_errored]) {
          return false;
        }
        this[_errored] = true;
        return super.emit(ev, ...args);
      default:
        return super.emit(ev, ...args);
    }
  }
};
var ReadStreamSync = class extends ReadStream {
  [_open]() {
    let threw = true;
    try {
      this[_onopen](null, fs.openSync(this[_path], "r"));
      threw = false;
    } finally {
      if (threw) {
        this[_close]();
      }
    }
  }
  [_read]() {
    let threw = true;
    try {
      if (!this[_reading]) {
        this[_reading] = true;
        do {
          const buf = this[_makeBuf]();
          const br = buf.length === 0 ? 0 : fs.readSync(this[_fd], buf, 0, buf.length, null);
          if (!this[_handleChunk](br, buf)) {
            break;
          }
        } while (true);
        this[_reading] = false;
      }
      threw = false;
    } finally {
      if (threw) {
        this[_close]();
      }
    }
  }
  [_close]() {
    if (this[_autoClose] && typeof this[_fd] === "number") {
      const fd = this[_fd];
      this[_fd] = void 0;
      fs.closeSync(fd);
      this.emit("close");
    }
  }
};
var WriteStream = class extends EE {
  readable = false;
  writable = true;
  [_errored] = false;
  [_writing] = false;
  [_ended] = false;
  [_queue] = [];
  [_needDrain] = false;
  [_path];
  [_mode];
  [_autoClose];
  [_fd];
  [_defaultFlag];
  [_flags];
  [_finished] = false;
  [_pos];
  constructor(path5, opt) {
    opt = opt || {};
    super(opt);
    this[_path] = path5;
    this[_fd] = typeof opt.fd === "number" ? opt.fd : void 0;
    this[_mode] = opt.mode === void 0 ? 438 : opt.mode;
    this[_pos] = typeof opt.start === "number" ? opt.start : void 0;
    this[_autoClose] = typeof opt.autoClose === "boolean" ? opt.autoClose : true;
    const defaultFlag = this[_pos] !== void 0 ? "r+" : "w";
    this[_defaultFlag] = opt.flags === void 0;
    this[_flags] = opt.flags === void 0 ? defaultFlag : opt.flags;
    if (this[_fd] === void 0) {
      this[_open]();
    }
  }
  emit(ev, ...args) {
    if (ev === "error") {
      if (this[_errored]) {
        return false;
      }
      this[_errored] = true;
    }
    return super.emit(ev, ...args);
  }
  get fd() {
    return this[_fd];
  }
  get path() {
    return this[_path];
  }
  [_onerror](er) {
    this[_close]();
    this[_writing] = true;
    this.emit("error", er);
  }
  [_open]() {
    fs.open(this[_path], this[_flags], this[_mode], (er, fd) => this[_onopen](er, fd));
  }
  [_onopen](er, fd) {
    if (this[_defaultFlag] && this[_flags] === "r+" && er && er.code === "ENOENT") {
      this[_flags] = "w";
      this[_open]();
    } else if (er) {
      this[_onerror](er);
    } else {
      this[_fd] = fd;
      this.emit("open", fd);
      if (!this[_writing]) {
        this[_flush]();
      }
    }
  }
  end(buf, enc) {
    if (buf) {
      this.write(buf, enc);
    }
    this[_ended] = true;
    if (!this[_writing] && !this[_queue].length && typeof this[_fd] === "number") {
      this[_onwrite](null, 0);
    }
    return this;
  }
  write(buf, enc) {
    if (typeof buf === "string") {
      buf = Buffer.from(buf, enc);
    }
    if (this[_ended]) {
      this.emit("error", new Error("write() after end()"));
      return false;
    }
    if (this[_fd] === void 0 || this[_writing] || this[_queue].length) {
      this[_queue].push(buf);
      this[_needDrain] = true;
      return false;
    }
    this[_writing] = true;
    this[_write](buf);
    return true;
  }
  [_write](buf) {
    fs.write(this[_fd], buf, 0, buf.length, this[_pos], (er, bw) => this[_onwrite](er, bw));
  }
  [_onwrite](er, bw) {
    if (er) {
      this[_onerror](er);
    } else {
      if (this[_pos] !== void 0 && typeof bw === "number") {
        this[_pos] += bw;
      }
      if (this[_queue].length) {
        this[_flush]();
      } else {
        this[_writing] = false;
        if (this[_ended] && !this[_finished]) {
          this[_finished] = true;
          this[_close]();
          this.emit("finish");
        } else if (this[_needDrain]) {
          this[_needDrain] = false;
          this.emit("drain");
        }
      }
    }
  }
  [_flush]() {
    if (this[_queue].length === 0) {
      if (this[_ended]) {
        this[_onwrite](null, 0);
      }
    } else if (this[_queue].length === 1) {
      this[_write](this[_queue].pop());
    } else {
      const iovec = this[_queue];
      this[_queue] = [];
      writev(this[_fd], iovec, this[_pos], (er, bw) => this[_onwrite](er, bw));
    }
  }
  [_close]() {
    if (this[_autoClose] && typeof this[_fd] === "number") {
      const fd = this[_fd];
      this[_fd] = void 0;
      fs.close(fd, (er) => er ? this.emit("error", er) : this.emit("close"));
    }
  }
};
var WriteStreamSync = class extends WriteStream {
  [_open]() {
    let fd;
    if (this[_defaultFlag] && this[_flags] === "r+") {
      try {
        fd = fs.openSync(this[_path], this[_flags], this[_mode]);
      } catch (er) {
        if (er?.code === "ENOENT") {
          this[_flags] = "w";
          return this[_open]();
        } else {
          throw er;
        }
      }
    } else {
      fd = fs.openSync(this[_path], this[_flags], this[_mode]);
    }
    this[_onopen](null, fd);
  }
  [_close]() {
    if (this[_autoClose] && typeof this[_fd] === "number") {
      const fd = this[_fd];
      this[_fd] = void 0;
      fs.closeSync(fd);
      this.emit("close");
    }
  }
  [_write](buf) {
    let threw = true;
    try {
      this[_onwrite](null, fs.writeSync(this[_fd], buf, 0, buf.length, this[_pos]));
      threw = false;
    } finally {
      if (threw) {
        try {
          this[_close]();
        } catch {
        }
      }
    }
  }
};

// node_modules/tar/dist/esm/unpack.js
import assert from "node:assert";
import { randomBytes } from "node:crypto";
import fs5 from "node:fs";
import path3 from "node:path";

// node_modules/tar/dist/esm/get-write-flag.js
import fs2 from "fs";
var platform = process.env.__FAKE_PLATFORM__ || process.platform;
var isWindows = platform === "win32";
var { O_CREAT, O_NOFOLLOW, O_TRUNC, O_WRONLY } = fs2.constants;
var UV_FS_O_FILEMAP = Number(process.env.__FAKE_FS_O_FILENAME__) || fs2.constants.UV_FS_O_FILEMAP || 0;
var fMapEnabled = isWindows && !!UV_FS_O_FILEMAP;
var fMapLimit = 512 * 1024;
var fMapFlag = UV_FS_O_FILEMAP | O_TRUNC | O_CREAT | O_WRONLY;
var noFollowFlag = !isWindows && typeof O_NOFOLLOW === "number" ? O_NOFOLLOW | O_TRUNC | O_CREAT | O_WRONLY : null;
var getWriteFlag = noFollowFlag !== null ? () => noFollowFlag : !fMapEnabled ? () => "w" : (size) => size < fMapLimit ? fMapFlag : "w";

// node_modules/chownr/dist/esm/index.js
import fs3 from "node:fs";
import path from "node:path";
var lchownSync = (path5, uid, gid) => {
  try {
    return fs3.lchownSync(path5, uid, gid);
  } catch (er) {
    if (er?.code !== "ENOENT")
      throw er;
  }
};
var chown = (cpath, uid, gid, cb) => {
  fs3.lchown(cpath, uid, gid, (er) => {
    cb(er && er?.code !== "ENOENT" ? er : null);
  });
};
var chownrKid = (p, child, uid, gid, cb) => {
  if (child.isDirectory()) {
    chownr(path.resolve(p, child.name), uid, gid, (er) => {
      if (er)
        return cb(er);
      const cpath = path.resolve(p, child.name);
      chown(cpath, uid, gid, cb);
    });
  } else {
    const cpath = path.resolve(p, child.name);
    chown(cpath, uid, gid, cb);
  }
};
var chownr = (p, uid, gid, cb) => {
  fs3.readdir(p, { withFileTypes: true }, (er, children) => {
    if (er) {
      if (er.code === "ENOENT")
        return cb();
      else if (er.code !== "ENOTDIR" && er.code !== "ENOTSUP")
        return cb(er);
    }
    if (er || !children.length)
      return chown(p, uid, gid, cb);
    let len = children.length;
    let errState = null;
    const then = (er2) => {
      if (errState)
        return;
      if (er2)
        return cb(errState = er2);
      if (--len === 0)
        return chown(p, uid, gid, cb);
    };
    for (const child of children) {
      chownrKid(p, child, uid, gid, then);
    }
  });
};
var chownrKidSync = (p, child, uid, gid) => {
  if (child.isDirectory())
    chownrSync(path.resolve(p, child.name), uid, gid);
  lchownSync(path.resolve(p, child.name), uid, gid);
};
var chownrSync = (p, uid, gid) => {
  let children;
  try {
    children = fs3.readdirSync(p, { withFileTypes: true });
  } catch (er) {
    const e = er;
    if (e?.code === "ENOENT")
      return;
    else if (e?.code === "ENOTDIR" || e?.code === "ENOTSUP")
      return lchownSync(p, uid, gid);
    else
      throw e;
  }
  for (const child of children) {
    chownrKidSync(p, child, uid, gid);
  }
  return lchownSync(p, uid, gid);
};

// node_modules/tar/dist/esm/mkdir.js
import fs4 from "node:fs";
import fsp from "node:fs/promises";
import path2 from "node:path";

// node_modules/tar/dist/esm/cwd-error.js
var CwdError = class extends Error {
  path;
  code;
  syscall = "chdir";
  constructor(path5, code) {
    super(`${code}: Cannot cd into '${path5}'`);
    this.path = path5;
    this.code = code;
  }
  get name() {
    return "CwdError";
  }
};

// node_modules/tar/dist/esm/symlink-error.js
var SymlinkError = class extends Error {
  path;
  symlink;
  syscall = "symlink";
  code = "TAR_SYMLINK_ERROR";
  constructor(symlink, path5) {
    super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link");
    this.symlink = symlink;
    this.path = path5;
  }
  get name() {
    return "SymlinkError";
  }
};

// node_modules/tar/dist/esm/mkdir.js
var checkCwd = (dir, cb) => {
  fs4.stat(dir, (er, st) => {
    if (er || !st.isDirectory()) {
      er = new CwdError(dir, er?.code || "ENOTDIR");
    }
    cb(er);
  });
};
var mkdir = (dir, opt, cb) => {
  dir = normalizeWindowsPath(dir);
  const umask2 = opt.umask ?? 18;
  const mode = opt.mode | 448;
  const needChmod = (mode & umask2) !== 0;
  const uid = opt.uid;
  const gid = opt.gid;
  const doChown = typeof uid === "number" && typeof gid === "number" && (uid !== opt.processUid || gid !== opt.processGid);
  const preserve = opt.preserve;
  const unlink = opt.unlink;
  const cwd = normalizeWindowsPath(opt.cwd);
  const done = (er, created) => {
    if (er) {
      cb(er);
    } else {
      if (created && doChown) {
        chownr(created, uid, gid, (er2) => done(er2));
      } else if (needChmod) {
        fs4.chmod(dir, mode, cb);
      } else {
        cb();
      }
    }
  };
  if (dir === cwd) {
    return checkCwd(dir, done);
  }
  if (preserve) {
    return fsp.mkdir(dir, { mode, recursive: true }).then(
      (made) => done(null, made ?? void 0),
      // oh, ts
      done
    );
  }
  const sub = normalizeWindowsPath(path2.relative(cwd, dir));
  const parts = sub.split("/");
  mkdir_(cwd, parts, mode, unlink, cwd, void 0, done);
};
var mkdir_ = (base, parts, mode, unlink, cwd, created, cb) => {
  if (parts.length === 0) {
    return cb(null, created);
  }
  const p = parts.shift();
  const part = normalizeWindowsPath(path2.resolve(base + "/" + p));
  fs4.mkdir(part, mode, onmkdir(part, parts, mode, unlink, cwd, created, cb));
};
var onmkdir = (part, parts, mode, unlink, cwd, created, cb) => (er) => {
  if (er) {
    fs4.lstat(part, (statEr, st) => {
      if (statEr) {
        statEr.path = statEr.path && normalizeWindowsPath(statEr.path);
        cb(statEr);
      } else if (st.isDirectory()) {
        mkdir_(part, parts, mode, unlink, cwd, created, cb);
      } else if (unlink) {
        fs4.unlink(part, (er2) => {
          if (er2) {
            return cb(er2);
          }
          fs4.mkdir(part, mode, onmkdir(part, parts, mode, unlink, cwd, created, cb));
        });
      } else if (st.isSymbolicLink()) {
        return cb(new SymlinkError(part, part + "/" + parts.join("/")));
      } else {
        cb(er);
      }
    });
  } else {
    created = created || part;
    mkdir_(part, parts, mode, unlink, cwd, created, cb);
  }
};
var checkCwdSync = (dir) => {
  let ok = false;
  let code;
  try {
    ok = fs4.statSync(dir).isDirectory();
  } catch (er) {
    code = er?.code;
  } finally {
    if (!ok) {
      throw new CwdError(dir, code ?? "ENOTDIR");
    }
  }
};
var mkdirSync = (dir, opt) => {
  dir = normalizeWindowsPath(dir);
  const umask2 = opt.umask ?? 18;
  const mode = opt.mode | 448;
  const needChmod = (mode & umask2) !== 0;
  const uid = opt.uid;
  const gid = opt.gid;
  const doChown = typeof uid === "number" && typeof gid === "number" && (uid !== opt.processUid || gid !== opt.processGid);
  const preserve = opt.preserve;
  const unlink = opt.unlink;
  const cwd = normalizeWindowsPath(opt.cwd);
  const done = (created2) => {
    if (created2 && doChown) {
      chownrSync(created2, uid, gid);
    }
    if (needChmod) {
      fs4.chmodSync(dir, mode);
    }
  };
  if (dir === cwd) {
    checkCwdSync(cwd);
    return done();
  }
  if (preserve) {
    return done(fs4.mkdirSync(dir, { mode, recursive: true }) ?? void 0);
  }
  const sub = normalizeWindowsPath(path2.relative(cwd, dir));
  const parts = sub.split("/");
  let created;
  for (let p = parts.shift(), part = cwd; p && (part += "/" + p); p = parts.shift()) {
    part = normalizeWindowsPath(path2.resolve(part));
    try {
      fs4.mkdirSync(part, mode);
      created = created || part;
    } catch {
      const st = fs4.lstatSync(part);
      if (st.isDirectory()) {
        continue;
      } else if (unlink) {
        fs4.unlinkSync(part);
        fs4.mkdirSync(part, mode);
        created = created || part;
        continue;
      } else if (st.isSymbolicLink()) {
        return new SymlinkError(part, part + "/" + parts.join("/"));
      }
    }
  }
  return done(created);
};

// node_modules/tar/dist/esm/strip-absolute-path.js
import { win32 } from "node:path";
var { isAbsolute, parse } = win32;
var stripAbsolutePath = (path5) => {
  let r = "";
  let parsed = parse(path5);
  while (isAbsolute(path5) || parsed.root) {
    const root = path5.charAt(0) === "/" && path5.slice(0, 4) !== "//?/" ? "/" : parsed.root;
    path5 = path5.slice(root.length);
    r += root;
    parsed = parse(path5);
  }
  return [r, path5];
};

// node_modules/tar/dist/esm/winchars.js
var raw = ["|", "<", ">", "?", ":"];
var win = raw.map((char) => String.fromCodePoint(61440 + Number(char.codePointAt(0))));
var toWin = new Map(raw.map((char, i) => [char, win[i]]));
var toRaw = new Map(win.map((char, i) => [char, raw[i]]));
var encode = (s) => raw.reduce((s2, c) => s2.split(c).join(toWin.get(c)), s);

// node_modules/tar/dist/esm/path-reservations.js
import { join } from "node:path";

// node_modules/tar/dist/esm/normalize-unicode.js
var normalizeCache = /* @__PURE__ */ Object.create(null);
var MAX = 1e4;
var cache = /* @__PURE__ */ new Set();
var normalizeUnicode = (s) => {
  if (!cache.has(s)) {
    normalizeCache[s] = s.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en");
  } else {
    cache.delete(s);
  }
  cache.add(s);
  const ret = normalizeCache[s];
  let i = cache.size - MAX;
  if (i > MAX / 10) {
    for (const s2 of cache) {
      cache.delete(s2);
      delete normalizeCache[s2];
      if (--i <= 0)
        break;
    }
  }
  return ret;
};

// node_modules/tar/dist/esm/strip-trailing-slashes.js
var stripTrailingSlashes = (str) => {
  let i = str.length - 1;
  let slashesStart = -1;
  while (i > -1 && str.charAt(i) === "/") {
    slashesStart = i;
    i--;
  }
  return slashesStart === -1 ? str : str.slice(0, slashesStart);
};

// node_modules/tar/dist/esm/path-reservations.js
var platform2 = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var isWindows2 = platform2 === "win32";
var getDirs = (path5) => {
  const dirs = path5.split("/").slice(0, -1).reduce((set, path6) => {
    const s = set.at(-1);
    if (s !== void 0) {
      path6 = join(s, path6);
    }
    set.push(path6 || "/");
    return set;
  }, []);
  return dirs;
};
var PathReservations = class {
  // path => [function or Set]
  // A Set object means a directory reservation
  // A fn is a direct reservation on that path
  #queues = /* @__PURE__ */ new Map();
  // fn => {paths:[path,...], dirs:[path, ...]}
  #reservations = /* @__PURE__ */ new Map();
  // functions currently running
  #running = /* @__PURE__ */ new Set();
  reserve(paths, fn) {
    paths = isWindows2 ? ["win32 parallelization disabled"] : paths.map((p) => {
      return stripTrailingSlashes(join(normalizeUnicode(p)));
    });
    const dirs = new Set(paths.map((path5) => getDirs(path5)).reduce((a, b) => a.concat(b)));
    this.#reservations.set(fn, { dirs, paths });
    for (const p of paths) {
      const q = this.#queues.get(p);
      if (!q) {
        this.#queues.set(p, [fn]);
      } else {
        q.push(fn);
      }
    }
    for (const dir of dirs) {
      const q = this.#queues.get(dir);
      if (!q) {
        this.#queues.set(dir, [/* @__PURE__ */ new Set([fn])]);
      } else {
        const l = q.at(-1);
        if (l instanceof Set) {
          l.add(fn);
        } else {
          q.push(/* @__PURE__ */ new Set([fn]));
        }
      }
    }
    return this.#run(fn);
  }
  // return the queues for each path the function cares about
  // fn => {paths, dirs}
  #getQueues(fn) {
    const res = this.#reservations.get(fn);
    if (!res) {
      throw new Error("function does not have any path reservations");
    }
    return {
      paths: res.paths.map((path5) => this.#queues.get(path5)),
      dirs: [...res.dirs].map((path5) => this.#queues.get(path5))
    };
  }
  // check if fn is first in line for all its paths, and is
  // included in the first set for all its dir queues
  check(fn) {
    const { paths, dirs } = this.#getQueues(fn);
    return paths.every((q) => q && q[0] === fn) && dirs.every((q) => q && q[0] instanceof Set && q[0].has(fn));
  }
  // run the function if it's first in line and not already running
  #run(fn) {
    if (this.#running.has(fn) || !this.check(fn)) {
      return false;
    }
    this.#running.add(fn);
    fn(() => this.#clear(fn));
    return true;
  }
  #clear(fn) {
    if (!this.#running.has(fn)) {
      return false;
    }
    const res = this.#reservations.get(fn);
    if (!res) {
      throw new Error("invalid reservation");
    }
    const { paths, dirs } = res;
    const next = /* @__PURE__ */ new Set();
    for (const path5 of paths) {
      const q = this.#queues.get(path5);
      if (!q || q?.[0] !== fn) {
        continue;
      }
      const q0 = q[1];
      if (!q0) {
        this.#queues.delete(path5);
        continue;
      }
      q.shift();
      if (typeof q0 === "function") {
        next.add(q0);
      } else {
        for (const f of q0) {
          next.add(f);
        }
      }
    }
    for (const dir of dirs) {
      const q = this.#queues.get(dir);
      const q0 = q?.[0];
      if (!q || !(q0 instanceof Set))
        continue;
      if (q0.size === 1 && q.length === 1) {
        this.#queues.delete(dir);
        continue;
      } else if (q0.size === 1) {
        q.shift();
        const n = q[0];
        if (typeof n === "function") {
          next.add(n);
        }
      } else {
        q0.delete(fn);
      }
    }
    this.#running.delete(fn);
    next.forEach((fn2) => this.#run(fn2));
    return true;
  }
};

// node_modules/tar/dist/esm/process-umask.js
var umask = () => process.umask();

// node_modules/tar/dist/esm/unpack.js
var ONENTRY = /* @__PURE__ */ Symbol("onEntry");
var CHECKFS = /* @__PURE__ */ Symbol("checkFs");
var CHECKFS2 = /* @__PURE__ */ Symbol("checkFs2");
var ISREUSABLE = /* @__PURE__ */ Symbol("isReusable");
var MAKEFS = /* @__PURE__ */ Symbol("makeFs");
var FILE = /* @__PURE__ */ Symbol("file");
var DIRECTORY = /* @__PURE__ */ Symbol("directory");
var LINK = /* @__PURE__ */ Symbol("link");
var SYMLINK = /* @__PURE__ */ Symbol("symlink");
var HARDLINK = /* @__PURE__ */ Symbol("hardlink");
var ENSURE_NO_SYMLINK = /* @__PURE__ */ Symbol("ensureNoSymlink");
var UNSUPPORTED = /* @__PURE__ */ Symbol("unsupported");
var CHECKPATH = /* @__PURE__ */ Symbol("checkPath");
var STRIPABSOLUTEPATH = /* @__PURE__ */ Symbol("stripAbsolutePath");
var MKDIR = /* @__PURE__ */ Symbol("mkdir");
var ONERROR = /* @__PURE__ */ Symbol("onError");
var PENDING = /* @__PURE__ */ Symbol("pending");
var PEND = /* @__PURE__ */ Symbol("pend");
var UNPEND = /* @__PURE__ */ Symbol("unpend");
var ENDED = /* @__PURE__ */ Symbol("ended");
var MAYBECLOSE = /* @__PURE__ */ Symbol("maybeClose");
var SKIP = /* @__PURE__ */ Symbol("skip");
var DOCHOWN = /* @__PURE__ */ Symbol("doChown");
var UID = /* @__PURE__ */ Symbol("uid");
var GID = /* @__PURE__ */ Symbol("gid");
var CHECKED_CWD = /* @__PURE__ */ Symbol("checkedCwd");
var platform3 = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var isWindows3 = platform3 === "win32";
var DEFAULT_MAX_DEPTH = 1024;
var unlinkFile = (path5, cb) => {
  if (!isWindows3) {
    return fs5.unlink(path5, cb);
  }
  const name = path5 + ".DELETE." + randomBytes(16).toString("hex");
  fs5.rename(path5, name, (er) => {
    if (er) {
      return cb(er);
    }
    fs5.unlink(name, cb);
  });
};
var unlinkFileSync = (path5) => {
  if (!isWindows3) {
    return fs5.unlinkSync(path5);
  }
  const name = path5 + ".DELETE." + randomBytes(16).toString("hex");
  fs5.renameSync(path5, name);
  fs5.unlinkSync(name);
};
var uint32 = (a, b, c) => a !== void 0 && a === a >>> 0 ? a : b !== void 0 && b === b >>> 0 ? b : c;
var Unpack = class extends Parser {
  [ENDED] = false;
  [CHECKED_CWD] = false;
  [PENDING] = 0;
  reservations = new PathReservations();
  transform;
  writable = true;
  readable = false;
  uid;
  gid;
  setOwner;
  preserveOwner;
  processGid;
  processUid;
  maxDepth;
  forceChown;
  win32;
  newer;
  keep;
  noMtime;
  preservePaths;
  unlink;
  cwd;
  strip;
  processUmask;
  umask;
  dmode;
  fmode;
  chmod;
  constructor(opt = {}) {
    opt.ondone = () => {
      this[ENDED] = true;
      this[MAYBECLOSE]();
    };
    super(opt);
    this.transform = opt.transform;
    this.chmod = !!opt.chmod;
    if (typeof opt.uid === "number" || typeof opt.gid === "number") {
      if (typeof opt.uid !== "number" || typeof opt.gid !== "number") {
        throw new TypeError("cannot set owner without number uid and gid");
      }
      if (opt.preserveOwner) {
        throw new TypeError("cannot preserve owner in archive and also set owner explicitly");
      }
      this.uid = opt.uid;
      this.gid = opt.gid;
      this.setOwner = true;
    } else {
      this.uid = void 0;
      this.gid = void 0;
      this.setOwner = false;
    }
    this.preserveOwner = opt.preserveOwner === void 0 && typeof opt.uid !== "number" ? !!(process.getuid?.() === 0) : !!opt.preserveOwner;
    this.processUid = (this.preserveOwner || this.setOwner) && process.getuid ? process.getuid() : void 0;
    this.processGid = (this.preserveOwner || this.setOwner) && process.getgid ? process.getgid() : void 0;
    this.maxDepth = typeof opt.maxDepth === "number" ? opt.maxDepth : DEFAULT_MAX_DEPTH;
    this.forceChown = opt.forceChown === true;
    this.win32 = !!opt.win32 || isWindows3;
    this.newer = !!opt.newer;
    this.keep = !!opt.keep;
    this.noMtime = !!opt.noMtime;
    this.preservePaths = !!opt.preservePaths;
    this.unlink = !!opt.unlink;
    this.cwd = normalizeWindowsPath(path3.resolve(opt.cwd || process.cwd()));
    this.strip = Number(opt.strip) || 0;
    this.processUmask = !this.chmod ? 0 : typeof opt.processUmask === "number" ? opt.processUmask : umask();
    this.umask = typeof opt.umask === "number" ? opt.umask : this.processUmask;
    this.dmode = opt.dmode || 511 & ~this.umask;
    this.fmode = opt.fmode || 438 & ~this.umask;
    this.on("entry", (entry) => this[ONENTRY](entry));
  }
  // a bad or damaged archive is a warning for Parser, but an error
  // when extracting.  Mark those errors as unrecoverable, because
  // the Unpack contract cannot be met.
  warn(code, msg, data = {}) {
    if (code === "TAR_BAD_ARCHIVE" || code === "TAR_ABORT") {
      data.recoverable = false;
    }
    return super.warn(code, msg, data);
  }
  [MAYBECLOSE]() {
    if (this[ENDED] && this[PENDING] === 0) {
      this.emit("prefinish");
      this.emit("finish");
      this.emit("end");
    }
  }
  // return false if we need to skip this file
  // return true if the field was successfully sanitized
  [STRIPABSOLUTEPATH](entry, field) {
    const p = entry[field];
    const { type } = entry;
    if (!p || this.preservePaths)
      return true;
    const [root, stripped] = stripAbsolutePath(p);
    const parts = stripped.replaceAll(/\\/g, "/").split("/");
    if (parts.includes("..") || /* c8 ignore next */
    isWindows3 && /^[a-z]:\.\.$/i.test(parts[0] ?? "")) {
      if (field === "path" || type === "Link") {
        this.warn("TAR_ENTRY_ERROR", `${field} contains '..'`, {
          entry,
          [field]: p
        });
        return false;
      }
      const entryDir = path3.posix.dirname(entry.path);
      const resolved = path3.posix.normalize(path3.posix.join(entryDir, parts.join("/")));
      if (resolved.startsWith("../") || resolved === "..") {
        this.warn("TAR_ENTRY_ERROR", `${field} escapes extraction directory`, {
          entry,
          [field]: p
        });
        return false;
      }
    }
    if (root) {
      entry[field] = String(stripped);
      this.warn("TAR_ENTRY_INFO", `stripping ${root} from absolute ${field}`, {
        entry,
        [field]: p
      });
    }
    return true;
  }
  // no IO, just string checking for absolute indicators
  [CHECKPATH](entry) {
    const p = normalizeWindowsPath(entry.path);
    const parts = p.split("/");
    if (this.strip) {
      if (parts.length < this.strip) {
        return false;
      }
      if (entry.type === "Link") {
        const linkparts = normalizeWindowsPath(String(entry.linkpath)).split("/");
        if (linkparts.length >= this.strip) {
          entry.linkpath = linkparts.slice(this.strip).join("/");
        } else {
          return false;
        }
      }
      parts.splice(0, this.strip);
      entry.path = parts.join("/");
    }
    if (isFinite(this.maxDepth) && parts.length > this.maxDepth) {
      this.warn("TAR_ENTRY_ERROR", "path excessively deep", {
        entry,
        path: p,
        depth: parts.length,
        maxDepth: this.maxDepth
      });
      return false;
    }
    if (!this[STRIPABSOLUTEPATH](entry, "path") || !this[STRIPABSOLUTEPATH](entry, "linkpath")) {
      return false;
    }
    entry.absolute = path3.isAbsolute(entry.path) ? normalizeWindowsPath(path3.resolve(entry.path)) : normalizeWindowsPath(path3.resolve(this.cwd, entry.path));
    if (!this.preservePaths && typeof entry.absolute === "string" && entry.absolute.indexOf(this.cwd + "/") !== 0 && entry.absolute !== this.cwd) {
      this.warn("TAR_ENTRY_ERROR", "path escaped extraction target", {
        entry,
        path: normalizeWindowsPath(entry.path),
        resolvedPath: entry.absolute,
        cwd: this.cwd
      });
      return false;
    }
    if (entry.absolute === this.cwd && entry.type !== "Directory" && entry.type !== "GNUDumpDir") {
      return false;
    }
    if (this.win32) {
      const { root: aRoot } = path3.win32.parse(String(entry.absolute));
      entry.absolute = aRoot + encode(String(entry.absolute).slice(aRoot.length));
      const { root: pRoot } = path3.win32.parse(entry.path);
      entry.path = pRoot + encode(entry.path.slice(pRoot.length));
    }
    return true;
  }
  [ONENTRY](entry) {
    if (!this[CHECKPATH](entry)) {
      return entry.resume();
    }
    assert.equal(typeof entry.absolute, "string");
    switch (entry.type) {
      case "Directory":
      case "GNUDumpDir":
        if (entry.mode) {
          entry.mode = entry.mode | 448;
        }
      // eslint-disable-next-line no-fallthrough
      case "File":
      case "OldFile":
      case "ContiguousFile":
      case "Link":
      case "SymbolicLink":
        return this[CHECKFS](entry);
      case "CharacterDevice":
      case "BlockDevice":
      case "FIFO":
      default:
        return this[UNSUPPORTED](entry);
    }
  }
  [ONERROR](er, entry) {
    if (er.name === "CwdError") {
      this.emit("error", er);
    } else {
      this.warn("TAR_ENTRY_ERROR", er, { entry });
      this[UNPEND]();
      entry.resume();
    }
  }
  [MKDIR](dir, mode, cb) {
    void mkdir(normalizeWindowsPath(dir), {
      uid: this.uid,
      gid: this.gid,
      processUid: this.processUid,
      processGid: this.processGid,
      umask: this.processUmask,
      preserve: this.preservePaths,
      unlink: this.unlink,
      cwd: this.cwd,
      mode
    }, cb);
  }
  [DOCHOWN](entry) {
    return this.forceChown || this.preserveOwner && (typeof entry.uid === "number" && entry.uid !== this.processUid || typeof entry.gid === "number" && entry.gid !== this.processGid) || typeof this.uid === "number" && this.uid !== this.processUid || typeof this.gid === "number" && this.gid !== this.processGid;
  }
  [UID](entry) {
    return uint32(this.uid, entry.uid, this.processUid);
  }
  [GID](entry) {
    return uint32(this.gid, entry.gid, this.processGid);
  }
  [FILE](entry, fullyDone) {
    const mode = typeof entry.mode === "number" ? entry.mode & 4095 : this.fmode;
    const stream = new WriteStream(String(entry.absolute), {
      // slight lie, but it can be numeric flags
      flags: getWriteFlag(entry.size),
      mode,
      autoClose: false
    });
    stream.on("error", (er) => {
      if (stream.fd) {
        fs5.close(stream.fd, () => {
        });
      }
      stream.write = () => true;
      this[ONERROR](er, entry);
      fullyDone();
    });
    let actions = 1;
    const done = (er) => {
      if (er) {
        if (stream.fd) {
          fs5.close(stream.fd, () => {
          });
        }
        this[ONERROR](er, entry);
        fullyDone();
        return;
      }
      if (--actions === 0) {
        if (stream.fd !== void 0) {
          fs5.close(stream.fd, (er2) => {
            if (er2) {
              this[ONERROR](er2, entry);
            } else {
              this[UNPEND]();
            }
            fullyDone();
          });
        }
      }
    };
    stream.on("finish", () => {
      const abs = String(entry.absolute);
      const fd = stream.fd;
      if (typeof fd === "number" && entry.mtime && !this.noMtime) {
        actions++;
        const atime = entry.atime || /* @__PURE__ */ new Date();
        const mtime = entry.mtime;
        fs5.futimes(fd, atime, mtime, (er) => er ? fs5.utimes(abs, atime, mtime, (er2) => done(er2 && er)) : done());
      }
      if (typeof fd === "number" && this[DOCHOWN](entry)) {
        actions++;
        const uid = this[UID](entry);
        const gid = this[GID](entry);
        if (typeof uid === "number" && typeof gid === "number") {
          fs5.fchown(fd, uid, gid, (er) => er ? fs5.chown(abs, uid, gid, (er2) => done(er2 && er)) : done());
        }
      }
      done();
    });
    const tx = this.transform ? this.transform(entry) || entry : entry;
    if (tx !== entry) {
      tx.on("error", (er) => {
        this[ONERROR](er, entry);
        fullyDone();
      });
      entry.pipe(tx);
    }
    tx.pipe(stream);
  }
  [DIRECTORY](entry, fullyDone) {
    const mode = typeof entry.mode === "number" ? entry.mode & 4095 : this.dmode;
    this[MKDIR](String(entry.absolute), mode, (er) => {
      if (er) {
        this[ONERROR](er, entry);
        fullyDone();
        return;
      }
      let actions = 1;
      const done = () => {
        if (--actions === 0) {
          fullyDone();
          this[UNPEND]();
          entry.resume();
        }
      };
      if (entry.mtime && !this.noMtime) {
        actions++;
        fs5.utimes(String(entry.absolute), entry.atime || /* @__PURE__ */ new Date(), entry.mtime, done);
      }
      if (this[DOCHOWN](entry)) {
        actions++;
        fs5.chown(String(entry.absolute), Number(this[UID](entry)), Number(this[GID](entry)), done);
      }
      done();
    });
  }
  [UNSUPPORTED](entry) {
    entry.unsupported = true;
    this.warn("TAR_ENTRY_UNSUPPORTED", `unsupported entry type: ${entry.type}`, { entry });
    entry.resume();
  }
  [SYMLINK](entry, done) {
    const parts = normalizeWindowsPath(path3.relative(this.cwd, path3.resolve(path3.dirname(String(entry.absolute)), String(entry.linkpath)))).split("/");
    this[ENSURE_NO_SYMLINK](entry, this.cwd, parts, () => this[LINK](entry, String(entry.linkpath), "symlink", done), (er) => {
      this[ONERROR](er, entry);
      done();
    });
  }
  [HARDLINK](entry, done) {
    const linkpath = normalizeWindowsPath(path3.resolve(this.cwd, String(entry.linkpath)));
    const parts = normalizeWindowsPath(String(entry.linkpath)).split("/");
    this[ENSURE_NO_SYMLINK](entry, this.cwd, parts, () => this[LINK](entry, linkpath, "link", done), (er) => {
      this[ONERROR](er, entry);
      done();
    });
  }
  [ENSURE_NO_SYMLINK](entry, cwd, parts, done, onError) {
    const p = parts.shift();
    if (this.preservePaths || p === void 0)
      return done();
    const t = path3.resolve(cwd, p);
    fs5.lstat(t, (er, st) => {
      if (er)
        return done();
      if (st?.isSymbolicLink()) {
        return onError(new SymlinkError(t, path3.resolve(t, parts.join("/"))));
      }
      this[ENSURE_NO_SYMLINK](entry, t, parts, done, onError);
    });
  }
  [PEND]() {
    this[PENDING]++;
  }
  [UNPEND]() {
    this[PENDING]--;
    this[MAYBECLOSE]();
  }
  [SKIP](entry) {
    this[UNPEND]();
    entry.resume();
  }
  // Check if we can reuse an existing filesystem entry safely and
  // overwrite it, rather than unlinking and recreating
  // Windows doesn't report a useful nlink, so we just never reuse entries
  [ISREUSABLE](entry, st) {
    return entry.type === "File" && !this.unlink && st.isFile() && st.nlink <= 1 && !isWindows3;
  }
  // check if a thing is there, and if so, try to clobber it
  [CHECKFS](entry) {
    this[PEND]();
    const paths = [entry.path];
    if (entry.linkpath) {
      paths.push(entry.linkpath);
    }
    this.reservations.reserve(paths, (done) => this[CHECKFS2](entry, done));
  }
  [CHECKFS2](entry, fullyDone) {
    const done = (er) => {
      fullyDone(er);
    };
    const checkCwd2 = () => {
      this[MKDIR](this.cwd, this.dmode, (er) => {
        if (er) {
          this[ONERROR](er, entry);
          done();
          return;
        }
        this[CHECKED_CWD] = true;
        start();
      });
    };
    const start = () => {
      if (entry.absolute !== this.cwd) {
        const parent = normalizeWindowsPath(path3.dirname(String(entry.absolute)));
        if (parent !== this.cwd) {
          return this[MKDIR](parent, this.dmode, (er) => {
            if (er) {
              this[ONERROR](er, entry);
              done();
              return;
            }
            afterMakeParent();
          });
        }
      }
      afterMakeParent();
    };
    const afterMakeParent = () => {
      fs5.lstat(String(entry.absolute), (lstatEr, st) => {
        if (st && (this.keep || /* c8 ignore next */
        this.newer && st.mtime > (entry.mtime ?? st.mtime))) {
          this[SKIP](entry);
          done();
          return;
        }
        if (lstatEr || this[ISREUSABLE](entry, st)) {
          return this[MAKEFS](null, entry, done);
        }
        if (st.isDirectory()) {
          if (entry.type === "Directory") {
            const needChmod = this.chmod && entry.mode && (st.mode & 4095) !== entry.mode;
            const afterChmod = (er) => this[MAKEFS](er ?? null, entry, done);
            if (!needChmod) {
              return afterChmod();
            }
            return fs5.chmod(String(entry.absolute), Number(entry.mode), afterChmod);
          }
          if (entry.absolute !== this.cwd) {
            return fs5.rmdir(String(entry.absolute), (er) => this[MAKEFS](er ?? null, entry, done));
          }
        }
        if (entry.absolute === this.cwd) {
          return this[MAKEFS](null, entry, done);
        }
        unlinkFile(String(entry.absolute), (er) => this[MAKEFS](er ?? null, entry, done));
      });
    };
    if (this[CHECKED_CWD]) {
      start();
    } else {
      checkCwd2();
    }
  }
  [MAKEFS](er, entry, done) {
    if (er) {
      this[ONERROR](er, entry);
      done();
      return;
    }
    switch (entry.type) {
      case "File":
      case "OldFile":
      case "ContiguousFile":
        return this[FILE](entry, done);
      case "Link":
        return this[HARDLINK](entry, done);
      case "SymbolicLink":
        return this[SYMLINK](entry, done);
      case "Directory":
      case "GNUDumpDir":
        return this[DIRECTORY](entry, done);
    }
  }
  [LINK](entry, linkpath, link, done) {
    fs5[link](linkpath, String(entry.absolute), (er) => {
      if (er) {
        this[ONERROR](er, entry);
      } else {
        this[UNPEND]();
        entry.resume();
      }
      done();
    });
  }
};
var callSync = (fn) => {
  try {
    return [null, fn()];
  } catch (er) {
    return [er, null];
  }
};
var UnpackSync = class extends Unpack {
  sync = true;
  [MAKEFS](er, entry) {
    return super[MAKEFS](er, entry, () => {
    });
  }
  [CHECKFS](entry) {
    if (!this[CHECKED_CWD]) {
      const er2 = this[MKDIR](this.cwd, this.dmode);
      if (er2) {
        return this[ONERROR](er2, entry);
      }
      this[CHECKED_CWD] = true;
    }
    if (entry.absolute !== this.cwd) {
      const parent = normalizeWindowsPath(path3.dirname(String(entry.absolute)));
      if (parent !== this.cwd) {
        const mkParent = this[MKDIR](parent, this.dmode);
        if (mkParent) {
          return this[ONERROR](mkParent, entry);
        }
      }
    }
    const [lstatEr, st] = callSync(() => fs5.lstatSync(String(entry.absolute)));
    if (st && (this.keep || /* c8 ignore next */
    this.newer && st.mtime > (entry.mtime ?? st.mtime))) {
      return this[SKIP](entry);
    }
    if (lstatEr || this[ISREUSABLE](entry, st)) {
      return this[MAKEFS](null, entry);
    }
    if (st.isDirectory()) {
      if (entry.type === "Directory") {
        const needChmod = this.chmod && entry.mode && (st.mode & 4095) !== entry.mode;
        const [er3] = needChmod ? callSync(() => {
          fs5.chmodSync(String(entry.absolute), Number(entry.mode));
        }) : [];
        return this[MAKEFS](er3, entry);
      }
      const [er2] = callSync(() => fs5.rmdirSync(String(entry.absolute)));
      this[MAKEFS](er2, entry);
    }
    const [er] = entry.absolute === this.cwd ? [] : callSync(() => unlinkFileSync(String(entry.absolute)));
    this[MAKEFS](er, entry);
  }
  [FILE](entry, done) {
    const mode = typeof entry.mode === "number" ? entry.mode & 4095 : this.fmode;
    const oner = (er) => {
      let closeError;
      try {
        fs5.closeSync(fd);
      } catch (e) {
        closeError = e;
      }
      if (er || closeError) {
        this[ONERROR](er || closeError, entry);
      }
      done();
    };
    let fd;
    try {
      fd = fs5.openSync(String(entry.absolute), getWriteFlag(entry.size), mode);
    } catch (er) {
      return oner(er);
    }
    const tx = this.transform ? this.transform(entry) || entry : entry;
    if (tx !== entry) {
      tx.on("error", (er) => this[ONERROR](er, entry));
      entry.pipe(tx);
    }
    tx.on("data", (chunk) => {
      try {
        fs5.writeSync(fd, chunk, 0, chunk.length);
      } catch (er) {
        oner(er);
      }
    });
    tx.on("end", () => {
      let er = null;
      if (entry.mtime && !this.noMtime) {
        const atime = entry.atime || /* @__PURE__ */ new Date();
        const mtime = entry.mtime;
        try {
          fs5.futimesSync(fd, atime, mtime);
        } catch (futimeser) {
          try {
            fs5.utimesSync(String(entry.absolute), atime, mtime);
          } catch {
            er = futimeser;
          }
        }
      }
      if (this[DOCHOWN](entry)) {
        const uid = this[UID](entry);
        const gid = this[GID](entry);
        try {
          fs5.fchownSync(fd, Number(uid), Number(gid));
        } catch (fchowner) {
          try {
            fs5.chownSync(String(entry.absolute), Number(uid), Number(gid));
          } catch {
            er = er || fchowner;
          }
        }
      }
      oner(er);
    });
  }
  [DIRECTORY](entry, done) {
    const mode = typeof entry.mode === "number" ? entry.mode & 4095 : this.dmode;
    const er = this[MKDIR](String(entry.absolute), mode);
    if (er) {
      this[ONERROR](er, entry);
      done();
      return;
    }
    if (entry.mtime && !this.noMtime) {
      try {
        fs5.utimesSync(String(entry.absolute), entry.atime || /* @__PURE__ */ new Date(), entry.mtime);
      } catch {
      }
    }
    if (this[DOCHOWN](entry)) {
      try {
        fs5.chownSync(String(entry.absolute), Number(this[UID](entry)), Number(this[GID](entry)));
      } catch {
      }
    }
    done();
    entry.resume();
  }
  [MKDIR](dir, mode) {
    try {
      return mkdirSync(normalizeWindowsPath(dir), {
        uid: this.uid,
        gid: this.gid,
        processUid: this.processUid,
        processGid: this.processGid,
        umask: this.processUmask,
        preserve: this.preservePaths,
        unlink: this.unlink,
        cwd: this.cwd,
        mode
      });
    } catch (er) {
      return er;
    }
  }
  [ENSURE_NO_SYMLINK](_entry, cwd, parts, done, onError) {
    if (this.preservePaths || parts.length === 0)
      return done();
    let t = cwd;
    for (const p of parts) {
      t = path3.resolve(t, p);
      const [er, st] = callSync(() => fs5.lstatSync(t));
      if (er)
        return done();
      if (st.isSymbolicLink()) {
        return onError(new SymlinkError(t, path3.resolve(cwd, parts.join("/"))));
      }
    }
    done();
  }
  [LINK](entry, linkpath, link, done) {
    const linkSync = `${link}Sync`;
    try {
      fs5[linkSync](linkpath, String(entry.absolute));
      done();
      entry.resume();
    } catch (er) {
      return this[ONERROR](er, entry);
    }
  }
};

// src/pack/extract.ts
var FILE_TYPES = /* @__PURE__ */ new Set(["File", "OldFile", "ContiguousFile"]);
async function extractPackArchive(file, destDir, display = file) {
  const verified = await verifyPackArchive(file, display);
  const directory = path4.resolve(destDir);
  await requireEmptyOrAbsent(directory);
  const parent = path4.dirname(directory);
  const createdParent = await makeDirectory(parent, true);
  const temp = path4.join(
    parent,
    `.${path4.basename(directory)}.${randomBytes2(6).toString("hex")}.tmp`
  );
  try {
    await makeDirectory(temp, false);
    const names = /* @__PURE__ */ new Set(["MANIFEST", ...verified.files.map((f) => f.path)]);
    await unpack(file, temp, names, display);
    await checkExtracted(temp, verified, display);
    await rename(temp, directory).catch((err) => {
      throw fileSystemError(err, directory, "create");
    });
    return { ...verified, directory };
  } catch (err) {
    await rm(temp, { recursive: true, force: true });
    if (createdParent !== void 0) await removeCreatedDirs(parent, createdParent);
    throw err;
  }
}
async function unpack(file, dir, allowed, display) {
  const written = /* @__PURE__ */ new Set();
  let refused;
  const unpacker = new Unpack({
    cwd: dir,
    strict: true,
    preservePaths: false,
    preserveOwner: false,
    noMtime: true,
    filter: (name, entry) => {
      const ok = FILE_TYPES.has(entry.type) && allowed.has(name) && !written.has(name);
      if (ok) written.add(name);
      else if (entry.type !== "Directory") refused ??= name;
      return ok;
    }
  });
  await pump(file, unpacker);
  if (refused !== void 0) {
    throw new PackError(`${display} changed while it was being extracted ('${refused}')`, {
      file: display,
      fix: "extract it again once nothing is writing to it"
    });
  }
}
async function checkExtracted(dir, verified, display) {
  const expected = new Map(verified.files.map((f) => [f.path, f.sha256]));
  expected.set("MANIFEST", verified.manifestSha256);
  const changed = (name) => new PackError(`${display} changed while it was being extracted ('${name}')`, {
    file: display,
    fix: "extract it again once nothing is writing to it"
  });
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const name = path4.relative(dir, path4.join(entry.parentPath, entry.name)).split(path4.sep).join("/");
    if (entry.isDirectory()) continue;
    const sha256 = expected.get(name);
    if (!entry.isFile() || sha256 === void 0) throw changed(name);
    if (await fileSha256(path4.join(dir, name)) !== sha256) throw changed(name);
    expected.delete(name);
  }
  const missing = expected.keys().next();
  if (!missing.done) throw changed(missing.value);
}
async function fileSha256(file) {
  const sha256 = createHash("sha256");
  for await (const chunk of createReadStream(file)) sha256.update(chunk);
  return sha256.digest("hex");
}
async function pump(file, unpacker) {
  const gunzip = createGunzip({ chunkSize: 64 << 10 });
  const failed = new Promise((_, reject) => {
    unpacker.on("error", reject);
    gunzip.on("error", reject);
  });
  const closed = new Promise((resolve) => unpacker.on("close", resolve));
  gunzip.on("data", (chunk) => {
    if (unpacker.write(chunk)) return;
    gunzip.pause();
    unpacker.once("drain", () => gunzip.resume());
  });
  gunzip.on("end", () => unpacker.end());
  const input = createReadStream(file, { highWaterMark: 256 << 10 });
  const feed = (async () => {
    for await (const chunk of input) {
      if (!gunzip.write(chunk)) await Promise.race([once(gunzip, "drain"), failed]);
    }
    gunzip.end();
    await closed;
  })();
  feed.catch(() => void 0);
  failed.catch(() => void 0);
  try {
    await Promise.race([feed, failed]);
  } finally {
    input.destroy();
    gunzip.destroy();
  }
}
async function requireEmptyOrAbsent(directory) {
  let entries;
  try {
    entries = await readdir(directory);
  } catch (err) {
    if (errnoCode(err) === "ENOENT") return;
    throw fileSystemError(err, directory, "list");
  }
  if (entries.length > 0) {
    throw new PackError(`${directory} already exists and is not empty`, {
      file: directory,
      fix: "extract into a new or empty directory"
    });
  }
}
async function makeDirectory(dir, parents) {
  try {
    return await mkdir2(dir, { recursive: parents });
  } catch (err) {
    throw fileSystemError(err, dir, "create");
  }
}
export {
  extractPackArchive
};
