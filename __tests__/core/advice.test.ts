// The pack's side of a registry refusal, added by the core: the OCI layer reports facts only.
import { describe, expect, it } from 'vitest'
import { withPackAdvice } from '../../src/core/advice.js'
import { RegistryError, httpError } from '../../src/oci/errors.js'
import { TagConflictError } from '../../src/oci/tag-ledger.js'

const DIGEST = `sha256:${'a'.repeat(64)}`
const OTHER = `sha256:${'b'.repeat(64)}`
const MANIFEST_URL = 'http://127.0.0.1:5000/v2/team/pack/manifests/1.0.0'

function conflict(movable: boolean): TagConflictError {
  return new TagConflictError(
    'A tag already points to another digest. No tag was written.',
    MANIFEST_URL,
    DIGEST,
    [{ tag: '1.0.0', digest: OTHER }],
    movable ? { suggest: { option: 'overwrite', value: 'true' } } : {}
  )
}

describe('withPackAdvice', () => {
  it('a tag that may not move: bump the pack version, or allow moving tags; what it holds kept', () => {
    const advised = withPackAdvice(conflict(true)) as TagConflictError
    expect(advised).toBeInstanceOf(TagConflictError)
    expect(advised.message).toBe(
      'A tag already points to another digest. No tag was written: bump the pack version, or allow moving tags'
    )
    expect(advised.conflicts).toEqual([{ tag: '1.0.0', digest: OTHER }])
    expect(advised.suggest).toEqual({ option: 'overwrite', value: 'true' })
  })

  it('a protected tag: bump the pack version (moving tags would not help)', () => {
    const advised = withPackAdvice(conflict(false)) as TagConflictError
    expect(advised.fix).toBe('bump the pack version')
    expect(advised.suggest).toBeUndefined()
  })

  it('an immutable tag refused by the registry: bump the version in Pack.yaml', () => {
    const body = Buffer.from(JSON.stringify({ errors: [{ code: 'TAG_INVALID' }] }))
    const advised = withPackAdvice(
      httpError('PUT', MANIFEST_URL, 400, body, 'Tag 1.0.0')
    ) as RegistryError
    expect(advised).toBeInstanceOf(RegistryError)
    expect(advised.status).toBe(400)
    expect(advised.fix).toMatch(/^bump the version in Pack\.yaml/)
  })

  it('anything else is left as it is', () => {
    const refused = httpError('PUT', MANIFEST_URL, 500, undefined, 'Tag 1.0.0')
    expect(withPackAdvice(refused)).toBe(refused)
    const bug = new Error('a bug')
    expect(withPackAdvice(bug)).toBe(bug)
  })
})
