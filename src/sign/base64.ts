// Strict base64 for minisign's key and signature lines: Node's decoder skips characters it does
// not know, so a damaged line would decode to other bytes instead of failing.

const BASE64_LINE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** The bytes of one line of standard, padded base64; undefined when it is not that. */
export function decodeBase64Line(line: string): Buffer | undefined {
  const trimmed = line.trim()
  if (trimmed === '' || !BASE64_LINE.test(trimmed)) return undefined
  return Buffer.from(trimmed, 'base64')
}
