// The plan's verdict for each tag, by the rules a push follows: overwrite, skip-existing and
// its protected version tag; and how a plan reads as text.
import { describe, expect, it } from 'vitest'
import {
  classifyTags,
  describePlanEntry,
  planTableLines,
  refusalVerdict,
  type PlanEntry,
  type TagRules
} from '../../src/core/plan.js'

const OURS = `sha256:${'a'.repeat(64)}`
const OTHER = `sha256:${'b'.repeat(64)}`

function rules(current: Record<string, string>, extra: Partial<TagRules> = {}): TagRules {
  return {
    tags: ['1.2.3', '1.2', 'latest'],
    current: new Map(Object.entries(current)),
    digest: OURS,
    overwrite: true,
    skipExisting: false,
    versionTag: '1.2.3',
    ...extra
  }
}

const actions = (r: TagRules) => classifyTags(r).map((row) => `${row.tag} ${row.action}`)

describe('classifyTags', () => {
  it('new, unchanged and moves, each with what the tag holds now', () => {
    expect(classifyTags(rules({ '1.2': OURS, latest: OTHER }))).toEqual([
      { tag: '1.2.3', action: 'new', current: null },
      { tag: '1.2', action: 'unchanged', current: OURS },
      { tag: 'latest', action: 'moves', current: OTHER }
    ])
  })

  it('overwrite false: a tag on another digest is refused, and so is the rest of that push', () => {
    const rows = classifyTags(rules({ '1.2': OURS, latest: OTHER }, { overwrite: false }))
    expect(rows).toEqual([
      {
        tag: '1.2.3',
        action: 'refused',
        current: null,
        reason: 'not written: latest is refused, so nothing is pushed here'
      },
      {
        tag: '1.2',
        action: 'refused',
        current: OURS,
        reason: 'not written: latest is refused, so nothing is pushed here'
      },
      {
        tag: 'latest',
        action: 'refused',
        current: OTHER,
        reason: `holds ${OTHER}, and tags may not move (overwrite is false)`
      }
    ])
  })

  it('overwrite false: tags that are new or already ours are no conflict', () => {
    expect(actions(rules({ '1.2': OURS }, { overwrite: false }))).toEqual([
      '1.2.3 new',
      '1.2 unchanged',
      'latest new'
    ])
  })

  it('skip-existing: the version tag on our digest leaves the whole pack alone', () => {
    const rows = classifyTags(rules({ '1.2.3': OURS, latest: OTHER }, { skipExisting: true }))
    expect(rows.map((row) => row.action)).toEqual(['unchanged', 'unchanged', 'unchanged'])
    expect(rows[2]).toEqual({
      tag: 'latest',
      action: 'unchanged',
      current: OTHER,
      reason:
        'skip-existing: the version tag 1.2.3 already holds this digest, so nothing is written'
    })
  })

  it('skip-existing: the version tag on another digest refuses the pack', () => {
    const rows = classifyTags(rules({ '1.2.3': OTHER }, { skipExisting: true }))
    expect(rows.map((row) => row.reason)).toEqual([
      `holds ${OTHER}: the content changed without a version bump (skip-existing)`,
      'not written: 1.2.3 is refused, so nothing is pushed here',
      'not written: 1.2.3 is refused, so nothing is pushed here'
    ])
    expect(rows.every((row) => row.action === 'refused')).toBe(true)
  })

  it('skip-existing looks at the version tag even when the push would not write it', () => {
    const r = rules({ '1.2.3': OTHER }, { skipExisting: true, tags: ['stable'] })
    expect(classifyTags(r)).toEqual([
      {
        tag: 'stable',
        action: 'refused',
        current: null,
        reason: 'not written: 1.2.3 is refused, so nothing is pushed here'
      }
    ])
  })

  it('skip-existing with no version tag yet: the push goes ahead, other tags may move', () => {
    expect(actions(rules({ latest: OTHER }, { skipExisting: true }))).toEqual([
      '1.2.3 new',
      '1.2 new',
      'latest moves'
    ])
  })
})

describe('a plan as text', () => {
  const entry = (action: PlanEntry['action'], extra: Partial<PlanEntry> = {}): PlanEntry => ({
    pack: 'hello',
    version: '1.2.3',
    destination: 'ghcr.io/acme/hello',
    tag: '1.2.3',
    action,
    digest: OURS,
    current: null,
    ...extra
  })

  it('one aligned line per row, saying what changes', () => {
    expect(
      planTableLines([
        entry('new'),
        entry('moves', { tag: 'latest', current: OTHER }),
        entry('unchanged', { tag: '1.2', current: OURS }),
        entry('refused', { tag: 'x', reason: 'holds it' })
      ])
    ).toEqual([
      `new        ghcr.io/acme/hello:1.2.3   → ${OURS}`,
      `moves      ghcr.io/acme/hello:latest  ${OTHER} → ${OURS}`,
      `unchanged  ghcr.io/acme/hello:1.2     ${OURS}`,
      'refused    ghcr.io/acme/hello:x       holds it'
    ])
    expect(describePlanEntry(entry('moves', { current: OTHER }))).toBe(
      `ghcr.io/acme/hello:1.2.3 moves ${OTHER} → ${OURS}`
    )
  })

  it('counts what would be refused', () => {
    expect(refusalVerdict([entry('new')])).toBeUndefined()
    expect(refusalVerdict([entry('new'), entry('refused'), entry('refused')])).toBe(
      '2 of 3 tags would be refused'
    )
  })
})
