// Lifecycle hooks the OCI tests share: one real registry per describe block (or file), and the
// small servers a test starts in front of it, closed after each test so none outlives it.
import { afterAll, afterEach, beforeAll } from 'vitest'
import { frontProxy, type FrontRule } from './fault-proxy.js'
import { startRegistry, type StartRegistryOptions, type TestRegistry } from './registry.js'
import type { SmallServer } from './small-servers.js'

/**
 * Starts a registry before the enclosing block's tests and stops it after them. `use` gets it
 * once it is up (tests keep their own `let registry` so they read as before).
 */
export function registryPerSuite(
  options: StartRegistryOptions,
  use: (registry: TestRegistry) => void
): void {
  let registry: TestRegistry | undefined
  beforeAll(async () => {
    registry = await startRegistry(options)
    use(registry)
  })
  afterAll(async () => {
    await registry?.stop()
  })
}

/** An array whose servers are all closed (and dropped) after each test of the enclosing block. */
export function serversClosedAfterEach(): SmallServer[] {
  const servers: SmallServer[] = []
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()))
  })
  return servers
}

/** frontProxy in front of `host()`, recorded in `servers` so it is closed after the test. */
export function frontProxyInto(
  servers: SmallServer[],
  host: () => string
): (rule: FrontRule) => Promise<SmallServer> {
  return async (rule) => {
    const proxy = await frontProxy(host(), rule)
    servers.push(proxy)
    return proxy
  }
}
