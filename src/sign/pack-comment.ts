// The trusted comment `sherpack sign` and `sherpack package --sign` write for a pack:
// `sherpack:<name> v<version> digest:<first 16 hex of MANIFEST's [digest]>` (Sherpack
// `crates/sherpack-cli/src/commands/signing.rs`, build_default_comment). It is signed, so a
// verifier can tie an archive's signature to the pack it claims to be.

export interface PackClaim {
  name: string
  version: string
  /** The first 16 hex characters of MANIFEST's [digest] (fewer if the digest is shorter). */
  digestPrefix: string
}

const PREFIX_LENGTH = 16
const PACK_COMMENT = /^sherpack:(\S+) v(\S+) digest:([0-9a-f]*)$/

export function packTrustedComment(name: string, version: string, manifestDigest: string): string {
  return `sherpack:${name} v${version} digest:${manifestDigest.slice(0, PREFIX_LENGTH)}`
}

/**
 * The pack a trusted comment names; undefined for a comment of another form (minisign's own
 * `timestamp:… file:…`, sherpack's `file:<name>`, or one given with `--comment`).
 */
export function parsePackComment(comment: string): PackClaim | undefined {
  const match = PACK_COMMENT.exec(comment)
  if (!match) return undefined
  return { name: match[1]!, version: match[2]!, digestPrefix: match[3]! }
}

/** What differs between a comment's claim and the pack (empty: it matches). */
export function claimMismatch(
  claim: PackClaim,
  pack: { name: string; version: string; manifestDigest: string }
): string[] {
  const wrong: string[] = []
  if (claim.name !== pack.name) wrong.push(`name ${claim.name}, not ${pack.name}`)
  if (claim.version !== pack.version) wrong.push(`version ${claim.version}, not ${pack.version}`)
  if (claim.digestPrefix !== pack.manifestDigest.slice(0, PREFIX_LENGTH)) {
    wrong.push(`MANIFEST digest ${claim.digestPrefix}…, not ${pack.manifestDigest.slice(0, 16)}…`)
  }
  return wrong
}
