// A PublishRequest for tests that call the core in-process: push on, overwrite on, a fixed
// SOURCE_DATE_EPOCH (reproducible digests), everything else empty; a test sets what it is about.
import type { PublishRequest } from '../../src/core/types.js'

export function publishRequest(
  workDir: string,
  fields: Partial<PublishRequest> = {}
): PublishRequest {
  return {
    paths: [],
    baseDir: workDir,
    destinations: [],
    tags: [],
    annotations: {},
    source: {},
    push: true,
    overwrite: true,
    skipExisting: false,
    versionCheck: true,
    plainHttp: false,
    timeoutMs: 60_000,
    sourceDateEpoch: '1767225600',
    workDir,
    ...fields
  }
}
