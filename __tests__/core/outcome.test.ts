// buildOutcome, the one place an outcome is made: from a push report, or from an error, where
// what a failed push left in the registry is read off the OCI client's typed errors.
import { describe, expect, it } from 'vitest'
import { buildOutcome, failedOutcome, type OutcomeFacts } from '../../src/core/outcome.js'
import { PartialTagError, TagConflictError } from '../../src/oci/client.js'

const digest = 'sha256:' + 'a'.repeat(64)
const other = 'sha256:' + 'b'.repeat(64)
const facts: OutcomeFacts = {
  tagPlan: [{ tag: '1.0.0', rule: 'tag as given' }],
  credentialSource: 'a Docker config'
}

describe('buildOutcome', () => {
  it('makes a written outcome from a push report, with what it uploaded', () => {
    const outcome = buildOutcome(facts, {
      status: 'written',
      tagsWritten: ['1.0.0'],
      tagsUnchanged: [],
      blobs: { uploaded: 2, mounted: 0, bytesUploaded: 1234 }
    })
    expect(outcome).toMatchObject({
      status: 'written',
      tagPlan: facts.tagPlan,
      credentialSource: 'a Docker config',
      tagsWritten: ['1.0.0'],
      tagsUnchanged: [],
      tagsElsewhere: [],
      blobsUploaded: 2,
      blobsMounted: 0,
      bytesUploaded: 1234
    })
    expect(outcome.error).toBeUndefined()
  })

  it('takes the tags a push wrote before it failed from its PartialTagError', () => {
    const error = new PartialTagError(
      'Only some tags were written',
      'PUT',
      'https://r/v2/x/manifests/1.0',
      digest,
      ['1.0.0'],
      ['latest'],
      [{ tag: '1.0', digest: other }],
      ['1'],
      new Error('503')
    )
    const outcome = failedOutcome(error, 'tag', facts)
    expect(outcome).toMatchObject({
      status: 'failed',
      failedIn: 'tag',
      error,
      credentialSource: 'a Docker config',
      tagsWritten: ['1.0.0'],
      tagsUnchanged: ['latest'],
      tagsElsewhere: [{ tag: '1.0', digest: other }]
    })
  })

  it('reports the tags that hold another digest from a TagConflictError, nothing written', () => {
    const conflicts = [{ tag: '1.0.0', digest: other }]
    const error = new TagConflictError('1.0.0 holds another digest', 'u', digest, conflicts, {})
    expect(failedOutcome(error, 'upload', facts)).toMatchObject({
      tagsWritten: [],
      tagsUnchanged: [],
      tagsElsewhere: conflicts
    })
  })

  it('reads nothing off an error of another type, whatever fields it carries', () => {
    const lookalike = Object.assign(new Error('no'), { tagsWritten: ['1.0.0'], conflicts: [{}] })
    expect(failedOutcome(lookalike, 'upload')).toMatchObject({
      status: 'failed',
      tagPlan: [],
      tagsWritten: [],
      tagsUnchanged: [],
      tagsElsewhere: []
    })
    expect(failedOutcome('a string', 'resolve').error).toEqual(new Error('a string'))
  })
})
