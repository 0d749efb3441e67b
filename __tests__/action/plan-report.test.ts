// The plan in the job summary: one row per tag, what it holds and what it would hold, every
// value escaped (a layout's index.json is whatever its author wrote).
import { describe, expect, it } from 'vitest'
import { renderPlan } from '../../src/action/plan-report.js'
import type { PlanEntry } from '../../src/core/plan.js'

const OURS = `sha256:${'a'.repeat(64)}`

const entry = (extra: Partial<PlanEntry>): PlanEntry => ({
  pack: 'hello',
  version: '1.0.0',
  destination: 'ghcr.io/acme/hello',
  tag: '1.0.0',
  action: 'new',
  digest: OURS,
  current: null,
  ...extra
})

describe('renderPlan', () => {
  it('counts each action and says what each tag becomes', () => {
    const html = renderPlan(
      [
        entry({}),
        entry({ tag: 'latest', action: 'refused', current: 'sha256:b', reason: 'holds sha256:b' })
      ],
      '1 of 2 tags would be refused'
    )
    expect(html).toContain('(1 new, 0 unchanged, 0 moves, 1 refused)')
    expect(html).toContain('<strong>1 of 2 tags would be refused.</strong>')
    expect(html).toContain(
      `<td><code>1.0.0</code></td><td><strong>new</strong></td><td>no tag</td><td><code>${OURS}</code></td><td></td>`
    )
    expect(html).toContain(
      '<td><code>latest</code></td><td><strong>refused</strong></td><td><code>sha256:b</code></td><td>as now</td><td>holds sha256:b</td>'
    )
  })

  it('escapes what a registry or a layout said', () => {
    const html = renderPlan(
      [entry({ action: 'moves', current: '<img src=x onerror=alert(1)>' })],
      undefined
    )
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})
