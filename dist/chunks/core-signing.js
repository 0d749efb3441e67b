import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  describeFailure,
  formatSignature,
  packTrustedComment,
  parseSignature,
  prehashFile,
  signPrehashed,
  verifyPrehashed
} from "./shared-sign-signature.js";
import {
  keyIdHex,
  openSecretKey,
  parsePublicKey,
  parseSecretKey
} from "./shared-sign-keys.js";
import {
  readUserFile
} from "./shared-read-user-file.js";
import {
  UserError,
  messageOf
} from "./shared-errors.js";
import "./shared-runtime.js";

// src/core/signing.ts
async function openSigningKeys(request) {
  if (!request) return void 0;
  const trusted = (request.publicKeys ?? []).map(
    (given) => parsePublicKey(given.value, { shown: given.shown, option: "publicKey" })
  );
  if (!request.secretKey) return { trusted };
  const source = { shown: request.secretKey.shown, option: "signingKey" };
  const passwordSource = {
    shown: request.password?.shown ?? "the signing key password",
    option: "signingKeyPassword"
  };
  const sealed = parseSecretKey(request.secretKey.value, source);
  const key = await openSecretKey(sealed, request.password?.value, source, passwordSource);
  for (const publicKey of trusted) {
    if (publicKey.keyId.equals(key.keyId) && !publicKey.key.equals(key.publicKey.key)) {
      throw new UserError(
        `The public key ${keyIdHex(publicKey.keyId)} has the id of the signing key but is another key`,
        { option: "publicKey", fix: "give the public key made with the signing key" }
      );
    }
  }
  return { key, trusted };
}
async function signatureFor(pack, keys) {
  const fileName = `${pack.archiveFileName}.minisig`;
  if (keys?.key) {
    const comment = packTrustedComment(
      pack.metadata.name,
      pack.metadata.version,
      pack.manifestDigest
    );
    const signature = signPrehashed(keys.key, await prehashFile(pack.archivePath), comment);
    const bytes = Buffer.from(formatSignature(signature), "utf8");
    if (keys.trusted.length > 0) await checkAgainstTrusted(pack, signature, keys.trusted, fileName);
    return describe(signature, bytes, fileName, "signed");
  }
  if (!pack.prebuilt) return void 0;
  const beside = await readBeside(`${pack.archivePath}.minisig`);
  if (!beside) return void 0;
  const parsed = parseSignature(beside.toString("utf8"));
  if ("why" in parsed) {
    throw new UserError(
      `${fileName}, beside the archive, is not a minisign signature: ${parsed.why}`,
      {
        file: `${pack.archivePath}.minisig`,
        fix: "sign the archive again with `sherpack sign`, or remove the file"
      }
    );
  }
  if (parsed.algorithm !== "ED") {
    throw new UserError(`${fileName} is a legacy signature (Ed) that sherpack verify refuses`, {
      file: `${pack.archivePath}.minisig`,
      fix: "sign the archive again with `sherpack sign` or `minisign -S`"
    });
  }
  if (keys && keys.trusted.length > 0)
    await checkAgainstTrusted(pack, parsed, keys.trusted, fileName);
  return describe(parsed, beside, fileName, "beside");
}
function describe(signature, bytes, fileName, origin) {
  return {
    bytes,
    fileName,
    keyId: keyIdHex(signature.keyId),
    trustedComment: signature.trustedComment,
    origin
  };
}
async function checkAgainstTrusted(pack, signature, trusted, fileName) {
  const verdict = verifyPrehashed(signature, await prehashFile(pack.archivePath), trusted);
  if ("key" in verdict) return;
  const expected = trusted.map((key) => keyIdHex(key.keyId)).join(", ");
  throw new UserError(
    `${fileName} does not verify with the trusted public keys (${expected}): ${describeFailure(verdict.failure, signature)}`,
    {
      option: "publicKey",
      fix: "sign the archive with the key whose public key is given, or give that public key"
    }
  );
}
var SIGNATURE_FILE_LIMIT = 64 << 10;
async function readBeside(file) {
  try {
    return await readUserFile(file, SIGNATURE_FILE_LIMIT);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new UserError(`Cannot read ${file}: ${messageOf(error)}`, { file });
  }
}
export {
  openSigningKeys,
  signatureFor
};
