// The registry client's own checks: the plain-http warning (no traffic: constructing a client
// sends nothing) and the transport tuning read from the environment.
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/oci/client.js'
import { bufferBlob, buildImageManifest } from '../../src/oci/descriptor.js'
import { parseDurationMs, transportTuningFromEnv } from '../../src/oci/transport.js'
import type { Logger } from '../../src/oci/types.js'

function recordingLogger(): Logger & { warnings: string[]; infos: string[] } {
  const warnings: string[] = []
  const infos: string[] = []
  return {
    warnings,
    infos,
    info: (m) => infos.push(m),
    warning: (m) => warnings.push(m),
    debug: () => {}
  }
}

const clients: RegistryClient[] = []
function client(options: ConstructorParameters<typeof RegistryClient>[0]): RegistryClient {
  const c = new RegistryClient({ env: {}, ...options })
  clients.push(c)
  return c
}

afterEach(() => {
  for (const c of clients.splice(0)) c.close()
})

describe('plain-http warning', () => {
  it('warns once that traffic is unencrypted for a host that is not this machine', () => {
    const logger = recordingLogger()
    client({ host: 'registry.example.com:5000', plainHttp: true, logger })
    expect(logger.warnings).toEqual([
      'plain-http is on for registry.example.com:5000, which is not this machine: credentials and content travel unencrypted.'
    ])
  })

  it.each(['127.0.0.1:5000', 'localhost:5000', '[::1]:5000', '127.1.2.3'])(
    'does not warn for the loopback host %s',
    (host) => {
      const logger = recordingLogger()
      client({ host, plainHttp: true, logger })
      expect(logger.warnings).toEqual([])
    }
  )

  it('does not warn for https', () => {
    const logger = recordingLogger()
    client({ host: 'registry.example.com', plainHttp: false, logger })
    expect(logger.warnings).toEqual([])
  })
})

describe('transport tuning from the environment', () => {
  it('reads durations in seconds, ms or minutes', () => {
    expect(parseDurationMs('60')).toBe(60_000)
    expect(parseDurationMs('1.5s')).toBe(1500)
    expect(parseDurationMs(' 250ms ')).toBe(250)
    expect(parseDurationMs('2m')).toBe(120_000)
    for (const bad of ['', '0', '-1', 'soon', '5h', '1 s 2'])
      expect(parseDurationMs(bad)).toBe(undefined)
  })

  it('leaves unset variables to the defaults and names unreadable ones', () => {
    expect(transportTuningFromEnv({})).toEqual({ problems: [] })
    expect(
      transportTuningFromEnv({
        SHERPACK_PUSH_IDLE_TIMEOUT: '2s',
        SHERPACK_PUSH_RETRY_BASE_DELAY: '10ms'
      })
    ).toEqual({ idleTimeoutMs: 2000, retry: { baseDelayMs: 10 }, problems: [] })
    const logger = recordingLogger()
    client({
      host: '127.0.0.1:1',
      plainHttp: true,
      logger,
      env: { SHERPACK_PUSH_IDLE_TIMEOUT: 'forever' }
    })
    expect(logger.warnings).toEqual([
      "SHERPACK_PUSH_IDLE_TIMEOUT='forever' is not a duration such as 60, 1500ms, 90s or 2m; using the default"
    ])
  })

  it('drops a silent connection after the idle timeout and retries it, then fails clearly', async () => {
    // A registry that takes every request and never answers.
    const sockets = new Set<Socket>()
    let requests = 0
    const server = http.createServer(() => {
      requests++
    })
    server.on('connection', (s) => {
      sockets.add(s)
      s.on('close', () => sockets.delete(s))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const logger = recordingLogger()
      const c = client({
        host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
        plainHttp: true,
        logger,
        timeoutMs: 20_000,
        env: { SHERPACK_PUSH_IDLE_TIMEOUT: '200ms', SHERPACK_PUSH_RETRY_BASE_DELAY: '10ms' }
      })
      const config = bufferBlob('application/vnd.cncf.helm.config.v1+json', Buffer.from('{}'))
      const started = Date.now()
      const push = c.push({
        repository: 'team/pack',
        blobs: [config],
        manifest: buildImageManifest(config.descriptor, []),
        tags: ['1.0.0'],
        overwrite: true
      })
      await expect(push).rejects.toThrow(
        /^Contact 127\.0\.0\.1:\d+ failed after 6 attempts: no answer for 0\.2 s \(ECONNABORTED\); the registry or a proxy in between stalled: try again later, or raise SHERPACK_PUSH_IDLE_TIMEOUT for a slow link$/
      )
      // Six attempts of 0.2 s and short back-offs: far from the 20 s deadline.
      expect(Date.now() - started).toBeLessThan(5_000)
      expect(requests).toBe(6)
      expect(logger.infos.filter((m) => m.includes('no answer for 0.2 s; retry'))).toHaveLength(5)
    } finally {
      for (const s of sockets) s.destroy()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
