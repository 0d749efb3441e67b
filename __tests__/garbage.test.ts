// The collection hint: engaged only once a stream has passed COLLECT_EVERY bytes, and harmless.
import { runInNewContext } from 'node:vm'
import { expect, it } from 'vitest'
import { COLLECT_EVERY, StreamedGarbage } from '../src/garbage.js'

const gcExposed = () => runInNewContext('typeof gc') === 'function'

it('exposes and runs a young-generation collection every COLLECT_EVERY streamed bytes', () => {
  // This file runs in its own worker: nothing has exposed gc before this test.
  expect(gcExposed()).toBe(false)
  const garbage = new StreamedGarbage()
  garbage.add(COLLECT_EVERY - 1)
  expect(gcExposed()).toBe(false)
  garbage.add(1)
  expect(gcExposed()).toBe(true)
  // Counting starts again after each collection; more streaming keeps working.
  for (let i = 0; i < 5; i++) garbage.add(COLLECT_EVERY / 2)
})
