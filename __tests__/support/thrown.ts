// What a function throws, for tests that look at more than the message; undefined when it
// returns.
export function thrownBy(work: () => unknown): unknown {
  try {
    work()
  } catch (error) {
    return error
  }
  return undefined
}
