import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultDestination, parseDestination } from '../src/destination.js'

describe('parseDestination', () => {
  it('is undefined when empty (derived later)', () => {
    expect(parseDestination('  ')).toBeUndefined()
  })

  it('reads a registry reference with its tag', () => {
    const d = parseDestination('oci://127.0.0.1:5000/team/pack:1.0.0')
    expect(d).toMatchObject({
      kind: 'registry',
      tag: '1.0.0',
      display: '127.0.0.1:5000/team/pack',
      derived: false
    })
  })

  it('reads a layout directory, made absolute', () => {
    expect(parseDestination('oci-layout://out/layout:v1')).toEqual({
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
})

describe('defaultDestination', () => {
  it('lower-cases the owner and pack name it derives', () => {
    const d = defaultDestination({ repositoryOwner: 'Octo-Org' }, 'Hello-Pack')
    expect(d).toMatchObject({
      kind: 'registry',
      display: 'ghcr.io/octo-org/hello-pack',
      derived: true
    })
  })

  it('says what to set when there is no GitHub context', () => {
    expect(() => defaultDestination({}, 'x')).toThrow(
      /destination is not set and there is no GitHub context/
    )
  })
})
