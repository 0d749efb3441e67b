// Tests that only root can run (giving files to another user). GitHub's runners and most
// laptops run the suite unprivileged: there such a test is skipped, and its name says why, so
// the skip shows in the report and in scripts/test.sh's list of skipped tests. As root it runs.
import { it, type TestFunction } from 'vitest'

export const isRoot = process.getuid?.() === 0

/** `it`, as root; otherwise a skipped test whose name gives the reason. */
export function itAsRoot(name: string, needsRootTo: string, test: TestFunction): void {
  if (isRoot) it(name, test)
  else it.skip(`${name} [skipped: not root, and only root can ${needsRootTo}]`, test)
}
