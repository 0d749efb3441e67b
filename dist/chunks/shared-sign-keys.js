import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
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

export {
  decodeBase64Line,
  keyIdHex,
  parsePublicKey,
  parseSecretKey,
  openSecretKey
};
