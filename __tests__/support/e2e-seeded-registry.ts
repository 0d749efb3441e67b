// A real anonymous registry holding one pushed repository, plus a temp directory for fixtures:
// the e2e tests that must prove a failed run left the registry untouched need something there
// to leave untouched, and each started it the same way.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect } from 'vitest'
import { pushExamplePack } from './e2e-push.js'
import { startRegistry, type TestRegistry } from './registry.js'

export interface SeededRegistry {
  registry: TestRegistry
  /** A fresh temp directory, removed by `stop`. */
  dir: string
  stop(): Promise<void>
}

/** Starts the registry, pushes the example pack to `repository` with `tags`, makes a temp dir. */
export async function startSeededRegistry(
  repository: string,
  tags: readonly string[],
  dirPrefix: string
): Promise<SeededRegistry> {
  const registry = await startRegistry({ auth: 'anonymous' })
  const dir = await mkdtemp(path.join(tmpdir(), dirPrefix))
  const stop = async (): Promise<void> => {
    await registry.stop()
    await rm(dir, { recursive: true, force: true })
  }
  try {
    const seeded = await pushExamplePack(registry.host, repository, tags.join(','))
    expect(seeded.exitCode).toBe(0)
  } catch (error) {
    await stop()
    throw error
  }
  return { registry, dir, stop }
}
