// The hand-off to attestations: lines for what is in a registry, appended to GITHUB_ARTIFACTS
// only when it is set.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { artifactLines, recordArtifacts } from '../../src/ci/artifacts.js'
import { parseDestination } from '../../src/core/destination.js'
import type { OutcomeStatus, PublishOutcome } from '../../src/core/types.js'

const DIGEST = `sha256:${'c'.repeat(64)}`
let dir: string | undefined

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
  dir = undefined
})

function outcome(destination: string, status: OutcomeStatus): PublishOutcome {
  const spec = parseDestination(destination)
  if (spec.kind !== 'complete') throw new Error('complete destinations only')
  return {
    status,
    destination: spec.destination,
    manifest: { digest: DIGEST, bytes: Buffer.from('{}'), mediaType: 'x' },
    tagPlan: [],
    tagsWritten: [],
    tagsUnchanged: [],
    tagsElsewhere: []
  }
}

describe('artifactLines', () => {
  it('one line per pack × destination in a registry now, pushed or already there', () => {
    expect(
      artifactLines([
        outcome('oci://ghcr.io/acme/hello:1.0.0', 'written'),
        outcome('oci://docker.io/acme/hello', 'unchanged'),
        outcome('oci://registry.example.com:5000/team/hello', 'failed'),
        outcome('oci://ghcr.io/acme/other', 'planned'),
        outcome('oci://ghcr.io/acme/third', 'packaged'),
        outcome('oci-layout://./out', 'written')
      ])
    ).toEqual([`oci://ghcr.io/acme/hello@${DIGEST}`, `oci://docker.io/acme/hello@${DIGEST}`])
  })
})

describe('recordArtifacts', () => {
  it('appends the lines to the file GITHUB_ARTIFACTS names, after what it holds', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'artifacts-'))
    const file = path.join(dir, 'artifacts')
    await writeFile(file, 'oci://earlier.example/step@sha256:0\n')
    const count = await recordArtifacts([outcome('oci://ghcr.io/acme/hello', 'written')], {
      GITHUB_ARTIFACTS: file
    })
    expect(count).toBe(1)
    expect(await readFile(file, 'utf8')).toBe(
      `oci://earlier.example/step@sha256:0\noci://ghcr.io/acme/hello@${DIGEST}\n`
    )
  })

  it('writes nothing when the variable is not set, or empty', async () => {
    const pushed = [outcome('oci://ghcr.io/acme/hello', 'written')]
    expect(await recordArtifacts(pushed, {})).toBe(0)
    expect(await recordArtifacts(pushed, { GITHUB_ARTIFACTS: '' })).toBe(0)
  })
})
