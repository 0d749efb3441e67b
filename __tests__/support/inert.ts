// What "inert" output means in tests: no character a terminal, a CI log viewer or a markdown
// renderer would act on. Line feeds are allowed only as the ends of lines.
import { expect } from 'vitest'

/** Every active character but the line feed (see src/inert-text.ts, which must agree). */
const ACTIVE_BUT_LF =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/

/** Control characters a hostile registry or pack puts into a value, each kind once. */
export const HOSTILE_TEXT =
  'before\u001b]0;pwned title\u0007\u001b[2J\u001b[31mred\rOVERWRITTEN\nerror: a forged second line\u009b1m\u202eevil\u2028next\u0000end'

export function expectInert(output: string, what = 'output'): void {
  const found = ACTIVE_BUT_LF.exec(output)
  expect(
    found,
    `${what} holds U+${found?.[0].charCodeAt(0).toString(16).padStart(4, '0')}: ${JSON.stringify(output)}`
  ).toBeNull()
}
