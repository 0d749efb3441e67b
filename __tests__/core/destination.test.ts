import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { destinationFor, parseDestination } from '../../src/core/destination.js'

describe('parseDestination', () => {
  it('refuses an empty destination, saying what to give', () => {
    expect(() => parseDestination('  ')).toThrow(/No destination was given: give one, e\.g\./)
  })

  it('reads a registry reference with its tag', () => {
    const spec = parseDestination('oci://127.0.0.1:5000/team/pack:1.0.0')
    expect(spec.kind).toBe('complete')
    expect(destinationFor(spec, 'ignored')).toMatchObject({
      kind: 'registry',
      tag: '1.0.0',
      display: '127.0.0.1:5000/team/pack'
    })
  })

  it('reads a layout directory, made absolute', () => {
    expect(destinationFor(parseDestination('oci-layout://out/layout:v1'), 'x')).toEqual({
      kind: 'layout',
      dir: path.resolve('out/layout'),
      tag: 'v1',
      display: path.resolve('out/layout')
    })
  })

  it('refuses a digest: a push writes tags', () => {
    expect(() => parseDestination(`oci://ghcr.io/a/b@sha256:${'a'.repeat(64)}`)).toThrow(
      /names a digest/
    )
  })

  it('appends the pack name, lower-cased, to a destination ending in /', () => {
    const spec = parseDestination('oci://ghcr.io/octo-org/')
    expect(spec).toEqual({ kind: 'prefix', prefix: 'oci://ghcr.io/octo-org/' })
    expect(destinationFor(spec, 'Hello-Pack')).toMatchObject({
      kind: 'registry',
      display: 'ghcr.io/octo-org/hello-pack'
    })
  })

  it('checks a prefix before any work', () => {
    expect(() => parseDestination('oci://ghcr.io/Octo-Org/')).toThrow(/capitals/)
    expect(() => parseDestination('oci:///')).toThrow(/Invalid OCI reference/)
  })
})
