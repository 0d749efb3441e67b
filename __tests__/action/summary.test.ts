// The job summary, rendered into a GITHUB_STEP_SUMMARY file from a real packaged pack; then the
// real packaged pack; then the bundled action's own summary after a real push and a failed one.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { manifestAnnotations } from '../../src/core/annotations.js'
import { buildPackArtifact } from '../../src/core/artifact.js'
import type { SourceContext as GitContext } from '../../src/core/source.js'
import { destinationFor, parseDestination, type Destination } from '../../src/core/destination.js'
import type { PublishOutcome } from '../../src/core/types.js'
import { packagePack } from '../../src/pack/index.js'
import {
  escapeHtml,
  formatSize,
  ghcrPackagePage,
  renderSummary,
  whatWasWritten,
  writeSummary
} from '../../src/action/summary.js'
import { Runner } from '../../src/action/runner.js'
import { planTags } from '../../src/core/tags.js'
import { examplePack, runAction, unmasked, visibleText } from '../support/action.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { tempDir } from '../support/temp.js'

const context: GitContext = {
  eventName: 'push',
  ref: 'refs/tags/v0.1.0',
  refName: 'v0.1.0',
  refType: 'tag',
  sha: '0123456789abcdef0123456789abcdef01234567',
  repository: 'Sherpack/push-action',
  repositoryOwner: 'Sherpack',
  serverUrl: 'https://github.com'
}

let summaryFile: string
let previousSummaryEnv: string | undefined

beforeAll(async () => {
  summaryFile = path.join(await tempDir('summary-test-'), 'summary.md')
  await writeFile(summaryFile, '')
  previousSummaryEnv = process.env.GITHUB_STEP_SUMMARY
  // core.summary remembers the first path it sees: one file for the whole suite.
  process.env.GITHUB_STEP_SUMMARY = summaryFile
})
afterAll(() => {
  if (previousSummaryEnv === undefined) delete process.env.GITHUB_STEP_SUMMARY
  else process.env.GITHUB_STEP_SUMMARY = previousSummaryEnv
})
beforeEach(async () => {
  await writeFile(summaryFile, '')
})

const destinationOf = (text: string): Destination => destinationFor(parseDestination(text), 'x')

async function packagedResult(destinationInput: string): Promise<PublishOutcome> {
  const outDir = await tempDir('summary-pack-')
  const pack = await packagePack({
    path: examplePack,
    outDir,
    created: new Date('2026-01-01T00:00:00Z')
  })
  const destination = destinationOf(destinationInput)
  const tagPlan = planTags({
    entries: [],
    version: pack.metadata.version,
    context,
    versionCheck: true
  })
  const annotations = manifestAnnotations({
    metadata: pack.metadata,
    created: pack.created,
    context,
    user: {}
  })
  const artifact = buildPackArtifact(pack, annotations)
  return {
    status: 'packaged',
    pack,
    destination,
    manifest: artifact.manifest,
    tagPlan,
    tagsWritten: [],
    tagsUnchanged: [],
    tagsElsewhere: []
  }
}

const digestOf = (outcome: PublishOutcome) => outcome.manifest?.digest as string
const write = (outcome: PublishOutcome, errorMessage?: string) =>
  writeSummary({ outcome, errorMessage, context }, new Runner({ GITHUB_STEP_SUMMARY: summaryFile }))

/** The cells of the table that follows the heading `title`, row by row, as visible text. */
function tableAfter(html: string, title: string): string[][] {
  const start = html.indexOf(`<h3>${title}</h3>`)
  expect(start, `no "${title}" section in:\n${html}`).toBeGreaterThanOrEqual(0)
  const table = html.slice(start).match(/<table>([\s\S]*?)<\/table>/)?.[1] ?? ''
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
      visibleText(cell[1] ?? '').trim()
    )
  )
}

describe('writeSummary after a successful push', () => {
  it('shows the pack, every reference with the digest, archive, credentials, tag plan and manifest', async () => {
    const result = await packagedResult('oci://ghcr.io/sherpack/hello-pack')
    const tags = result.tagPlan.map((t) => t.tag)
    Object.assign(result, {
      status: 'written',
      tagsWritten: tags.slice(1),
      tagsUnchanged: tags.slice(0, 1),
      credentialSource: 'GITHUB_TOKEN (token input) as octocat',
      blobsUploaded: 2,
      bytesUploaded: 4096
    })
    await write(result)
    const html = await readFile(summaryFile, 'utf8')

    expect(html).toContain('<h2>Sherpack pack hello-pack 0.1.0 pushed</h2>')
    expect(tags).toEqual(['0.1.0', '0.1', 'latest'])
    expect(tableAfter(html, 'References')).toEqual([
      ['Reference', 'Digest', 'Result'],
      ['ghcr.io/sherpack/hello-pack:0.1.0', digestOf(result), 'unchanged (already pointed here)'],
      ['ghcr.io/sherpack/hello-pack:0.1', digestOf(result), 'written'],
      ['ghcr.io/sherpack/hello-pack:latest', digestOf(result), 'written'],
      [`ghcr.io/sherpack/hello-pack@${digestOf(result)}`, digestOf(result), 'immutable reference']
    ])
    expect(tableAfter(html, 'Archive')).toEqual([
      ['File', 'Size', 'Layer digest', 'Created'],
      [
        'hello-pack-0.1.0.tar.gz',
        formatSize(result.pack!.archiveSize),
        result.pack!.archiveDigest,
        '2026-01-01T00:00:00+00:00'
      ]
    ])
    expect(formatSize(result.pack!.archiveSize)).toContain(`(${result.pack!.archiveSize} bytes)`)
    expect(tableAfter(html, 'Tag plan')).toEqual([
      ['Tag', 'Rule', 'From'],
      ['0.1.0', 'semver tag: full version', 'v0.1.0'],
      ['0.1', 'semver tag: major.minor', 'v0.1.0'],
      ['latest', 'latest (stable release)', 'v0.1.0']
    ])
    const text = visibleText(html)
    expect(text).toContain('Credentials: GITHUB_TOKEN (token input) as octocat')
    expect(text).toContain('Uploaded: 2 blob(s), 4.0 KiB (4096 bytes)')
    expect(html).toContain(
      '<a href="https://github.com/Sherpack/push-action/pkgs/container/hello-pack">'
    )

    // The collapsed block holds the manifest exactly (same JSON as the pushed bytes).
    const details =
      /<details><summary>Manifest (sha256:[a-f0-9]{64})<\/summary>([\s\S]*?)<\/details>/.exec(html)
    expect(details?.[1]).toBe(digestOf(result))
    const json = /<code>([\s\S]*)<\/code>/.exec(details?.[2] ?? '')?.[1] ?? ''
    expect(JSON.parse(visibleText(json))).toEqual(JSON.parse(result.manifest!.bytes.toString()))
  })

  it('says nothing was written when push is false, and links no package page', async () => {
    const result = await packagedResult('oci://ghcr.io/sherpack/hello-pack')
    await write(result)
    const html = await readFile(summaryFile, 'utf8')
    expect(html).toContain('<h2>Sherpack pack hello-pack 0.1.0 packaged (not pushed)</h2>')
    expect(visibleText(html)).toContain(
      `push is false: nothing was written. The manifest digest would be ${digestOf(result)}`
    )
    expect(tableAfter(html, 'References')[1]).toEqual([
      'ghcr.io/sherpack/hello-pack:0.1.0',
      digestOf(result),
      'not pushed (push: false)'
    ])
    expect(html).not.toContain('pkgs/container')
  })

  it('appends to what earlier steps wrote to the file', async () => {
    await writeFile(summaryFile, '# Earlier step\n')
    const result = await packagedResult('oci://ghcr.io/sherpack/hello-pack')
    await write(result)
    expect(await readFile(summaryFile, 'utf8')).toMatch(/^# Earlier step\n<h2>/)
  })
})

describe('writeSummary after a failed push', () => {
  it('says what failed, in which phase, and that no tag was written', async () => {
    const result = await packagedResult('oci://registry.example.com/team/hello-pack')
    await write(
      {
        ...result,
        status: 'failed',
        failedIn: 'upload',
        credentialSource: 'inputs username/password'
      },
      'Upload blob sha256:a5ba29abde79: POST <url> answered 413'
    )
    const html = await readFile(summaryFile, 'utf8')
    expect(html).toContain('<h2>Sherpack push of hello-pack 0.1.0 failed in Upload</h2>')
    // The message is text, not markup.
    expect(html).toContain('POST &lt;url&gt; answered 413')
    const text = visibleText(html)
    expect(text).toContain(
      'No tag was written to registry.example.com/team/hello-pack. Blobs uploaded before the failure'
    )
    expect(text).toContain('Credentials: inputs username/password')
    const references = tableAfter(html, 'References')
    expect(references.slice(1, -1).map((row) => row[2])).toEqual([
      'not written',
      'not written',
      'not written'
    ])
    expect(html).not.toContain('pkgs/container')
  })

  it('reports a failure before packaging without inventing pack details', async () => {
    await write(
      {
        status: 'failed',
        failedIn: 'resolve',
        tagPlan: [],
        tagsWritten: [],
        tagsUnchanged: [],
        tagsElsewhere: []
      },
      'Input push must be true or false, got "yes"'
    )
    const html = await readFile(summaryFile, 'utf8')
    expect(html).toContain('<h2>Sherpack push failed in Resolve inputs</h2>')
    expect(visibleText(html)).toContain('Nothing was written to the destination.')
    expect(html).not.toContain('<h3>')
  })
})

describe('whatWasWritten', () => {
  const registry = destinationOf('oci://127.0.0.1:5000/team/pack')
  const layout = destinationOf('oci-layout:///tmp/layout')
  const failed = (fields: Partial<PublishOutcome>): PublishOutcome => ({
    status: 'failed',
    tagPlan: ['1.0.0', '1.0', 'latest'].map((tag) => ({ tag, rule: 'test' })),
    tagsWritten: [],
    tagsUnchanged: [],
    tagsElsewhere: [],
    ...fields
  })

  it('names the state the destination was left in for each phase', () => {
    expect(whatWasWritten(failed({ destination: registry, failedIn: 'authenticate' }))).toBe(
      'Nothing was written to 127.0.0.1:5000/team/pack.'
    )
    expect(whatWasWritten(failed({ destination: registry, failedIn: 'tag' }))).toMatch(
      /^No tag was written to 127\.0\.0\.1:5000\/team\/pack\. Every blob is in place/
    )
    expect(whatWasWritten(failed({ destination: layout, failedIn: 'upload' }))).toBe(
      'Nothing was tagged in the OCI layout /tmp/layout: its index.json was not changed.'
    )
  })

  it('says exactly which tags are in the registry after a failure half-way', () => {
    const outcome = failed({
      destination: registry,
      failedIn: 'tag',
      tagsWritten: ['1.0.0'],
      tagsElsewhere: [{ tag: '1.0', digest: `sha256:${'b'.repeat(64)}` }]
    })
    expect(whatWasWritten(outcome)).toBe(
      `Tags on this push's digest in 127.0.0.1:5000/team/pack: 1.0.0. Tag 1.0 points to sha256:${'b'.repeat(64)}, not this push. Not written: latest.`
    )
  })
})

describe('ghcrPackagePage', () => {
  const page = (destination: string, repository?: string) =>
    ghcrPackagePage(
      { destination: destinationOf(destination) },
      repository ? { repository } : undefined
    )

  it('links the repository-scoped package page, nested names encoded', () => {
    expect(page('oci://ghcr.io/my-org/tools/hello', 'My-Org/infra')).toBe(
      'https://github.com/My-Org/infra/pkgs/container/tools%2Fhello'
    )
  })

  it('gives no link for another owner, another registry, or no repository context', () => {
    expect(page('oci://ghcr.io/someone-else/hello', 'my-org/infra')).toBeUndefined()
    expect(page('oci://docker.io/my-org/hello', 'my-org/infra')).toBeUndefined()
    expect(page('oci://ghcr.io/my-org/hello')).toBeUndefined()
    expect(page('oci-layout:///tmp/x', 'my-org/infra')).toBeUndefined()
  })
})

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml('<b>a & b</b>')).toBe('&lt;b&gt;a &amp; b&lt;/b&gt;')
  })

  it('keeps a text on one line, its markdown and control characters inert', () => {
    const text =
      'x\n\n![img](https://evil.example/i.png) [link](https://evil.example) `c` *e* ~s~ | \u001b[2J'
    const html = escapeHtml(text)
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(html).not.toMatch(/[\n\r\u001b![\]`*~|]/)
    expect(visibleText(html)).toBe(
      'x\\n\\n![img](https://evil.example/i.png) [link](https://evil.example) `c` *e* ~s~ | \\e[2J'
    )
  })

  it('renders a failure whose message would end the HTML block as one paragraph', () => {
    const html = renderSummary({
      outcome: {
        status: 'failed',
        failedIn: 'upload',
        tagPlan: [],
        tagsWritten: [],
        tagsUnchanged: [],
        tagsElsewhere: []
      },
      errorMessage: 'denied\n\n# Heading\n\n[click](https://evil.example)'
    })
    const error = html.split('\n').find((line) => line.includes('denied'))
    expect(error).toMatch(/^<p><strong>Error:<\/strong> denied.*click.*<\/p>$/)
    expect(html).not.toContain('\n\n#')
  })
})

// The bundled action, as a runner runs it: its summary after a real push and a refused one.
describe('the summary the action writes', () => {
  let registry: TestRegistry
  const password = 'alice-secret-pw'

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'htpasswd' })
  })
  afterAll(async () => {
    await registry?.stop()
  })

  const push = (repository: string, secret: string) =>
    runAction({
      inputs: {
        path: examplePack,
        destination: `oci://${registry.host}/${repository}`,
        tags: '1.0.0, stable',
        'plain-http': 'true',
        username: 'alice',
        password: secret
      }
    })

  it('reports a push with its references and the credential source, never the password', async () => {
    const run = await push('team/summary-ok', password)
    expect(run.exitCode).toBe(0)
    const digest = run.outputs.digest as string
    expect(run.summary).toContain('<h2>Sherpack pack hello-pack 0.1.0 pushed</h2>')
    expect(tableAfter(run.summary, 'References').slice(1, 3)).toEqual([
      [`${registry.host}/team/summary-ok:1.0.0`, digest, 'written'],
      [`${registry.host}/team/summary-ok:stable`, digest, 'written']
    ])
    expect(visibleText(run.summary)).toContain('Credentials: inputs username/password')
    expect(unmasked(run)).not.toContain(password)
    expect(run.summary).not.toContain(Buffer.from(`alice:${password}`).toString('base64'))
  })

  it('annotates Pack.yaml problems on their file and line, and reports the failed Package phase', async () => {
    const workspace = await tempDir('summary-workspace-')
    const pack = path.join(workspace, 'packs', 'broken')
    await mkdir(path.join(pack, 'templates'), { recursive: true })
    await writeFile(
      path.join(pack, 'Pack.yaml'),
      'apiVersion: sherpack/v1\nkind: application\nmetadata:\n  name: broken\n  version: one.two\n'
    )
    await writeFile(path.join(pack, 'templates', 'a.yaml'), 'a: 1\n')
    const run = await runAction({
      inputs: {
        path: pack,
        destination: `oci://${registry.host}/team/broken`,
        'plain-http': 'true'
      },
      env: { GITHUB_WORKSPACE: workspace }
    })
    expect(run.exitCode).toBe(1)
    const annotation = run.stdout.split('\n').find((line) => line.startsWith('::error'))
    expect(annotation).toMatch(/^::error file=packs\/broken\/Pack\.yaml,line=5::.*'one\.two'/)
    expect(run.summary).toContain('<h2>Sherpack push failed in Package</h2>')
    expect(visibleText(run.summary)).toContain(
      `Nothing was written to ${registry.host}/team/broken.`
    )
    expect(await registry.listTags('team/broken')).toEqual([])
  })

  it('reports a refused push as failed in Authenticate with nothing written, never the password', async () => {
    const wrong = 'wrong-secret-pw-123'
    const run = await push('team/summary-refused', wrong)
    expect(run.exitCode).toBe(1)
    expect(run.summary).toContain(
      '<h2>Sherpack push of hello-pack 0.1.0 failed in Authenticate</h2>'
    )
    expect(visibleText(run.summary)).toContain(run.errors[0] as string)
    expect(visibleText(run.summary)).toContain(
      `Nothing was written to ${registry.host}/team/summary-refused.`
    )
    expect(unmasked(run)).not.toContain(wrong)
    expect(await registry.listTags('team/summary-refused')).toEqual([])
  })
})
