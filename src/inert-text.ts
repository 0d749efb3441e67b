// Text that came from outside (a registry's error body or annotations, an archive's Pack.yaml, a
// config file, a path) is shown to people on terminals, in CI logs and in job summaries. There
// it must stay characters: an ESC, CSI or OSC sequence would redraw the screen, set the window
// title or hide what follows (ECMA-48), a CR would overwrite the line, a line break would make
// one error look like several (or end a runner's command line), and bidirectional overrides
// would show text in another order than it is (CVE-2021-42574). Each such character is written
// as a visible escape instead, so the text reads the same and does nothing.

/**
 * C0 controls (tab, CR and line feed included), DEL, C1 controls (0x9B is an 8-bit CSI), the
 * Unicode line and paragraph separators, and the bidirectional marks, embeddings, overrides and
 * isolates.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g

/** Well-known escapes read better than their codes. */
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' }

function visible(char: string): string {
  const named = NAMED[char]
  if (named !== undefined) return named
  const code = char.charCodeAt(0)
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}

/** One line, every control character written as a visible escape (`\e[2J`, `\n`, `\x07`). */
export function inertLine(text: string): string {
  return text.replace(ACTIVE, visible)
}

/** Our own multi-line text (help, a stack): its line breaks kept, every other control escaped. */
export function inertLines(text: string): string {
  return text
    .split('\n')
    .map((line) => inertLine(line))
    .join('\n')
}

/**
 * JSON (on one line unless indented) that a terminal shows as it is: JSON.stringify already escapes C0 controls;
 * the other active characters are written as \uXXXX too, so the data parses back the same.
 */
export function inertJson(value: unknown, indent?: number): string {
  // Line breaks in indented JSON are its layout: every one inside a string is escaped already.
  return JSON.stringify(value, null, indent).replace(ACTIVE, (char) =>
    char === '\n' ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
