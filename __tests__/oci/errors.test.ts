// Registry errors are user errors: method, redacted URL, status, the registry's codes, and the
// setting to change named by its request field, never by a front end's option.
import { describe, expect, it } from 'vitest'
import { UserError } from '../../src/errors.js'
import { RegistryError, httpError, redactUrl } from '../../src/oci/errors.js'

describe('RegistryError', () => {
  it('is a UserError carrying what was asked and what came back', () => {
    const body = Buffer.from('{"errors":[{"code":"DENIED","message":"no"}]}')
    const error = httpError(
      'PUT',
      'https://r.example/v2/a/blobs/uploads/x?_state=secret',
      403,
      body,
      'Upload'
    )
    expect(error).toBeInstanceOf(UserError)
    expect(error).toBeInstanceOf(RegistryError)
    expect(error).toMatchObject({
      method: 'PUT',
      url: 'https://r.example/v2/a/blobs/uploads/x?…',
      status: 403,
      codes: [{ code: 'DENIED', message: 'no' }],
      suggest: { option: 'credentials' }
    })
    expect(error.message).not.toContain('secret')
    expect(error.hasCode('DENIED')).toBe(true)
    expect(error.hasCode('BLOB_UNKNOWN')).toBe(false)
  })

  it('names no front end option in its advice', () => {
    const body = Buffer.from('{"errors":[{"code":"TAG_INVALID"}]}')
    const error = httpError('PUT', 'https://r.example/v2/a/manifests/1', 400, body)
    expect(error.message).not.toMatch(/overwrite:|plain-http|input/)
    expect(error.suggest).toEqual({ option: 'overwrite', value: 'false' })
  })

  it('redacts userinfo and the query string', () => {
    expect(redactUrl('https://u:p@r.example/v2/x?sig=1')).toBe('https://r.example/v2/x?…')
  })
})
