// The PackError a packager call rejects with, for tests that read its message; the test fails
// when the call resolves or rejects with anything else.
import { expect } from 'vitest'
import { PackError } from '../../src/pack/index.js'

export async function packFailure(promise: Promise<unknown>): Promise<PackError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(PackError)
  return err as PackError
}
