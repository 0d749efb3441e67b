// What the front ends read from the environment for the network: proxies as
// @actions/http-client reads them, and the two transport tuning variables.
import { parseDuration } from '../../src/duration.js'
import { describe, expect, it } from 'vitest'
import {
  networkSettingsFromEnv,
  proxySettingsFromEnv,
  transportTuningFromEnv
} from '../../src/ci/network-env.js'

describe('proxySettingsFromEnv', () => {
  it('reads lower case first, then upper case; an empty value counts as unset', () => {
    expect(
      proxySettingsFromEnv({
        https_proxy: 'http://lower:1',
        HTTPS_PROXY: 'http://upper:1',
        http_proxy: '',
        HTTP_PROXY: 'http://plain:2',
        NO_PROXY: 'ghcr.io'
      })
    ).toEqual({ httpsProxy: 'http://lower:1', httpProxy: 'http://plain:2', noProxy: 'ghcr.io' })
    expect(proxySettingsFromEnv({ no_proxy: '*', NO_PROXY: 'x' })).toEqual({ noProxy: '*' })
  })

  it('is undefined when no variable is set', () => {
    expect(proxySettingsFromEnv({})).toBeUndefined()
    expect(proxySettingsFromEnv({ HTTPS_PROXY: '', PATH: '/bin' })).toBeUndefined()
  })
})

describe('transport tuning', () => {
  it('reads durations with the grammar every time setting uses (src/duration.ts)', () => {
    expect(parseDuration('60')).toBe(60_000)
    expect(parseDuration('1.5s')).toBe(1500)
    expect(parseDuration(' 250ms ')).toBe(250)
    expect(parseDuration('2m')).toBe(120_000)
    expect(parseDuration('1h')).toBe(3_600_000)
    for (const bad of ['', '0', '-1', 'soon', '5d', '1 s 2']) {
      expect(parseDuration(bad)).toBe(undefined)
    }
  })

  it('leaves unset variables to the defaults and names unreadable ones', () => {
    expect(transportTuningFromEnv({})).toEqual({ problems: [] })
    expect(
      transportTuningFromEnv({
        SHERPACK_PUSH_IDLE_TIMEOUT: '2s',
        SHERPACK_PUSH_RETRY_BASE_DELAY: '10ms'
      })
    ).toEqual({ idleTimeoutMs: 2000, retryBaseDelayMs: 10, problems: [] })
    expect(transportTuningFromEnv({ SHERPACK_PUSH_IDLE_TIMEOUT: 'forever' }).problems).toEqual([
      "SHERPACK_PUSH_IDLE_TIMEOUT='forever' must be a positive duration such as 600, 90s, 10m or 1h; using the default"
    ])
  })
})

describe('networkSettingsFromEnv', () => {
  it('gathers tuning and proxies for the core, warning about unreadable values', () => {
    const warnings: string[] = []
    const settings = networkSettingsFromEnv(
      {
        SHERPACK_PUSH_IDLE_TIMEOUT: 'soon',
        SHERPACK_PUSH_RETRY_BASE_DELAY: '20ms',
        HTTPS_PROXY: 'http://proxy:3128'
      },
      { warning: (m) => warnings.push(m) }
    )
    expect(settings).toEqual({ retryBaseDelayMs: 20, proxy: { httpsProxy: 'http://proxy:3128' } })
    expect(warnings).toHaveLength(1)
    expect(networkSettingsFromEnv({}, { warning: () => {} })).toEqual({})
  })
})
