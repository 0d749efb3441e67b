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
  /**
   * Notes the catalog and the seeded tags and clears the access log; the returned check expects
   * no request since and the catalog and seeded tags as they were.
   */
  watch(): Promise<() => Promise<void>>
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
  const watch = async (): Promise<() => Promise<void>> => {
    const catalog = await registry.catalog()
    const tags = await registry.listTags(repository)
    await registry.flushAccessLog()
    registry.clearAccessLog()
    return async () => {
      expect(await registry.flushAccessLog()).toEqual([])
      expect(await registry.catalog()).toEqual(catalog)
      expect(await registry.listTags(repository)).toEqual(tags)
    }
  }
  return { registry, dir, watch, stop }
}
