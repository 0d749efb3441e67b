import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { InputError, getInputs, readBoolean, secretKeyLines } from '../../src/action/inputs.js'
import { DEFAULT_TIMEOUT_MS } from '../../src/core/types.js'
import { parseDuration } from '../../src/duration.js'

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('getInputs', () => {
  it('reads every input action.yml declares, and no other', () => {
    const declared = Object.keys(
      (
        parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8')) as {
          inputs: object
        }
      ).inputs
    )
    const asked = new Set<string>()
    getInputs((name) => {
      asked.add(name)
      return ''
    }, {})
    expect([...asked].sort()).toEqual([...declared].sort())
  })

  it("defaults the timeout to what action.yml documents, which is the core's DEFAULT_TIMEOUT_MS", () => {
    const { inputs } = parse(
      readFileSync(path.join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8')
    ) as { inputs: Record<string, { default?: string }> }
    const documented = parseDuration(inputs.timeout?.default ?? '')
    expect(documented).toBe(DEFAULT_TIMEOUT_MS)
    expect(getInputs(reader({}), {}).timeoutMs).toBe(DEFAULT_TIMEOUT_MS)
  })

  it('applies every default in code when no input is set (run as node dist/index.js)', () => {
    expect(getInputs(reader({}), {})).toEqual({
      paths: ['.'],
      destinations: [],
      tags: '',
      username: '',
      password: '',
      token: '',
      annotations: '',
      push: true,
      plainHttp: false,
      overwrite: true,
      versionCheck: true,
      skipExisting: false,
      timeoutMs: 600_000,
      signingKey: '',
      signingKeyPassword: '',
      publicKeys: [],
      plan: false,
      failOnRefused: false
    })
  })

  it('reads signing-key whole, and the key line of each public-key (comment lines dropped)', () => {
    const secret = 'untrusted comment: minisign encrypted secret key\nRWRTY0Iy…\n'
    const inputs = getInputs(
      reader({
        'signing-key': secret,
        'signing-key-password': ' pass word ',
        'public-key':
          'untrusted comment: minisign public key E50ACA2757D449B2\nRWSySdRXJ8oK5UgMsY9twAWygH8Oj7ZP10xN2PHp8dDzKEqxZPQReMOO\n\nRWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3\n'
      }),
      {}
    )
    expect(inputs.signingKey).toBe(secret.trim())
    // A password is taken as given: spaces may be part of it.
    expect(inputs.signingKeyPassword).toBe(' pass word ')
    expect(inputs.publicKeys).toEqual([
      'RWSySdRXJ8oK5UgMsY9twAWygH8Oj7ZP10xN2PHp8dDzKEqxZPQReMOO',
      'RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3'
    ])
    expect(secretKeyLines(inputs.signingKey)).toEqual(['RWRTY0Iy…'])
  })

  it('falls back to GITHUB_TOKEN for the token input', () => {
    expect(getInputs(reader({}), { GITHUB_TOKEN: 'ghs_x' }).token).toBe('ghs_x')
    expect(getInputs(reader({ token: 'explicit' }), { GITHUB_TOKEN: 'ghs_x' }).token).toBe(
      'explicit'
    )
  })

  it('reads booleans and the timeout', () => {
    const inputs = getInputs(
      reader({
        push: 'false',
        'plain-http': 'TRUE',
        overwrite: 'False',
        'version-check': 'false',
        timeout: '90s',
        plan: 'true',
        'fail-on-refused': 'True'
      }),
      {}
    )
    expect(inputs).toMatchObject({
      push: false,
      plainHttp: true,
      overwrite: false,
      versionCheck: false,
      timeoutMs: 90_000,
      plan: true,
      failOnRefused: true
    })
  })
})

describe('readBoolean', () => {
  it.each(['yes', '1', 'on', 'tru'])(
    'refuses %s, naming the input and the accepted values',
    (value) => {
      expect(() => readBoolean(reader({ push: value }), 'push', true)).toThrow(
        new InputError(`Input push must be true or false, got ${JSON.stringify(value)}`)
      )
    }
  )
})

describe('parseDuration', () => {
  it.each([
    ['600', 600_000],
    ['90s', 90_000],
    ['10m', 600_000],
    ['1h', 3_600_000],
    ['1.5m', 90_000],
    ['250ms', 250]
  ])('%s → %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  it.each(['', '0', '-5', 'ten minutes', '5d'])(
    'refuses %j, and the input says the form',
    (text) => {
      expect(parseDuration(text)).toBeUndefined()
      expect(() => getInputs(reader({ timeout: text || ' ' }), {})).toThrow(
        /Input timeout must be a positive duration such as 600, 90s, 10m or 1h/
      )
    }
  )
})

describe('the longest duration', () => {
  it('takes 596h and refuses 597h (past the 2^31-1 ms Node timers hold), saying the maximum', () => {
    expect(getInputs(reader({ timeout: '596h' }), {}).timeoutMs).toBe(596 * 3_600_000)
    expect(() => getInputs(reader({ timeout: '597h' }), {})).toThrow(
      'Input timeout must be at most 596h (24.8 days, the longest timer Node keeps), got "597h"'
    )
    expect(parseDuration('2147484s')).toBeUndefined()
  })
})

describe('several paths and destinations', () => {
  it('reads one entry per line, trimmed, blank lines and # comments skipped', () => {
    const inputs = getInputs(
      reader({
        path: '  packs/*\n\n# the mirror too\n mirror/pack \r\n',
        destination: 'oci://ghcr.io/my-org/\noci://quay.io/mirror/'
      }),
      {}
    )
    expect(inputs.paths).toEqual(['packs/*', 'mirror/pack'])
    expect(inputs.destinations).toEqual(['oci://ghcr.io/my-org/', 'oci://quay.io/mirror/'])
  })
})
