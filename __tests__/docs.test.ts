// What users read and copy stays true: action.yml, the workflows and every example in the README
// (and docs/) agree on input names; the README's tables list exactly action.yml's inputs and
// outputs; the troubleshooting section quotes the messages the action really prints.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { withGitHubAdvice } from '../src/action/github-advice.js'
import { withPackAdvice } from '../src/core/advice.js'
import { parseDestination } from '../src/core/destination.js'
import { explainMissingRepository } from '../src/core/preflight.js'
import { parseOciReference } from '../src/oci/reference.js'
import { httpError } from '../src/oci/errors.js'
import { examplePack, repoRoot, runAction } from './support/action.js'
import { startRegistry, type TestRegistry } from './support/registry.js'

interface ActionYaml {
  name?: string
  description?: string
  branding?: { icon?: string; color?: string }
  inputs: Record<string, { description?: string; default?: string; required?: boolean }>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string }
}

const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8')
const action = parse(read('action.yml')) as ActionYaml
const inputNames = Object.keys(action.inputs)
const outputNames = Object.keys(action.outputs)
const readme = read('README.md')

const workflowDir = path.join(repoRoot, '.github', 'workflows')
const workflowFiles = readdirSync(workflowDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => path.join('.github', 'workflows', name))

const docFiles = [
  'README.md',
  ...(existsSync(path.join(repoRoot, 'docs'))
    ? readdirSync(path.join(repoRoot, 'docs'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => path.join('docs', name))
    : [])
]

/** Every ```yaml block of a Markdown file, with the line it starts on. */
function yamlBlocks(markdown: string): { line: number; text: string }[] {
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((match) => ({
    line: markdown.slice(0, match.index).split('\n').length,
    text: match[1] ?? ''
  }))
}

const isThisAction = (uses: unknown): boolean =>
  typeof uses === 'string' && (uses === './' || uses.startsWith('sherpack/push-action@'))

/** Every mapping with `uses:` this action, anywhere in a parsed document. */
function actionSteps(node: unknown, found: Record<string, unknown>[] = []): typeof found {
  if (Array.isArray(node)) {
    for (const item of node) actionSteps(item, found)
  } else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>
    if (isThisAction(record.uses)) found.push(record)
    for (const value of Object.values(record)) actionSteps(value, found)
  }
  return found
}

/** The rows of the Markdown table under `## heading`: first cell of each row, backticks off. */
function tableColumn(markdown: string, heading: string, column: number): string[] {
  const start = markdown.indexOf(`\n## ${heading}\n`)
  expect(start, `README has no "## ${heading}" section`).toBeGreaterThan(0)
  const section = markdown.slice(start + 1).split(/\n## /)[0] ?? ''
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2) // header and separator
    .map((line) => (line.split('|')[column + 1] ?? '').trim().replace(/^`|`$/g, ''))
}

describe('action.yml', () => {
  it('describes every input with its default, and every output', () => {
    expect(inputNames.length).toBeGreaterThan(5)
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, `input ${name}`).toMatch(/\S.{20,}/)
      expect(input.description, `input ${name} names its default`).toMatch(/Default:/)
      if (input.default !== undefined) {
        expect(input.description, `input ${name}`).not.toMatch(/^\s*$/)
      }
    }
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(output.description, `output ${name}`).toMatch(/\S.{10,}/)
    }
  })

  it('has branding and runs the committed bundle on Node 24', () => {
    expect(action.branding?.icon).toMatch(/^[a-z-]+$/)
    expect(action.branding?.color).toMatch(
      /^(white|black|yellow|blue|green|orange|red|purple|gray-dark)$/
    )
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})

describe('workflows', () => {
  const workflows = workflowFiles.map((file) => ({
    file,
    doc: parse(read(file)) as { on?: unknown; jobs?: Record<string, Record<string, unknown>> }
  }))

  it('include ci.yml and release.yml, each a valid workflow', () => {
    expect(workflowFiles.map((f) => path.basename(f)).sort()).toEqual(
      expect.arrayContaining(['ci.yml', 'release.yml'])
    )
    for (const { file, doc } of workflows) {
      expect(doc.on, `${file}: on`).toBeDefined()
      expect(Object.keys(doc.jobs ?? {}).length, `${file}: jobs`).toBeGreaterThan(0)
      for (const [name, job] of Object.entries(doc.jobs ?? {})) {
        // A job that calls a workflow of this repository (release.yml runs ci.yml) has no steps.
        if (job.uses !== undefined) {
          expect(job.uses, `${file}: job ${name} uses`).toMatch(
            /^\.\/\.github\/workflows\/\S+\.yml$/
          )
          continue
        }
        expect(job['runs-on'], `${file}: job ${name} runs-on`).toBeDefined()
        const steps = job.steps as Record<string, unknown>[]
        expect(Array.isArray(steps) && steps.length > 0, `${file}: job ${name} steps`).toBe(true)
        for (const step of steps) {
          // A step either runs a command or uses an action, never both or neither.
          expect('run' in step !== 'uses' in step, `${file}: ${JSON.stringify(step)}`).toBe(true)
        }
      }
    }
  })

  it('ci.yml runs npm ci and npm test, and an end-to-end job with uses: ./ on registry:2', () => {
    const ci = workflows.find((w) => w.file.endsWith('ci.yml'))?.doc
    const jobs = Object.values(ci?.jobs ?? {})
    const runs = jobs.flatMap((job) =>
      (job.steps as { run?: string }[]).map((step) => step.run ?? '')
    )
    expect(runs).toEqual(expect.arrayContaining(['npm ci', 'npm test']))
    const e2e = jobs.find((job) => actionSteps(job.steps).some((step) => step.uses === './'))
    expect(e2e, 'a job using ./').toBeDefined()
    const services = Object.values((e2e?.services ?? {}) as Record<string, { image?: string }>)
    expect(services.map((s) => s.image)).toContain('registry:2')
    const pullBack = (e2e?.steps as { run?: string }[]).map((s) => s.run ?? '').join('\n')
    expect(pullBack).toMatch(/skopeo inspect --raw/)
  })

  it('pin every action by commit SHA, with the version it is as a # vX.Y.Z comment', () => {
    let pinned = 0
    for (const file of workflowFiles) {
      read(file)
        .split('\n')
        .forEach((line, index) => {
          const uses = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line)
          if (!uses || uses[1]?.startsWith('./')) return
          const where = `${file}:${index + 1}: ${line.trim()}`
          expect(uses[1], where).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
          expect(uses[2], where).toMatch(/^ # v\d+\.\d+\.\d+$/)
          pinned++
        })
    }
    // checkout in each job, setup-node in two: fewer means the scan missed them.
    expect(pinned).toBeGreaterThanOrEqual(5)
  })

  it('ci.yml runs npm test on Node 20, 22 and 24, from the engines floor up', () => {
    const ci = workflows.find((w) => w.file.endsWith('ci.yml'))?.doc
    const tested = Object.values(ci?.jobs ?? {}).find((job) =>
      (job.steps as { run?: string }[]).some((step) => step.run === 'npm test')
    )
    const matrix = (tested?.strategy as { matrix?: { node?: number[] } } | undefined)?.matrix
    expect(matrix?.node).toEqual([20, 22, 24])
    const setupNode = (tested?.steps as { uses?: string; with?: Record<string, unknown> }[]).find(
      (step) => step.uses?.startsWith('actions/setup-node@')
    )
    expect(setupNode?.with?.['node-version']).toBe('${{ matrix.node }}')
    const pkg = JSON.parse(read('package.json')) as { engines: { node: string } }
    expect(pkg.engines.node).toMatch(new RegExp(`^>=${Math.min(...(matrix?.node ?? []))}\\.`))
  })

  it('dependabot updates the npm packages and the actions every week', () => {
    const config = parse(read('.github/dependabot.yml')) as {
      version: number
      updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[]
    }
    expect(config.version).toBe(2)
    expect(
      config.updates.map((u) => [u['package-ecosystem'], u.directory, u.schedule.interval]).sort()
    ).toEqual([
      ['github-actions', '/', 'weekly'],
      ['npm', '/', 'weekly']
    ])
  })
})

describe('the package', () => {
  const pkg = JSON.parse(read('package.json')) as {
    license: string
    bin: Record<string, string>
    files: string[]
  }

  it('installs the sherpack-push CLI from dist/, with the licence notices', () => {
    expect(pkg.bin).toEqual({ 'sherpack-push': 'dist/cli.js' })
    // What the CLI runs; the action's own entry (dist/index.js) and action.yml come from git.
    expect(pkg.files).toEqual(['dist/cli.js', 'dist/chunks/', 'dist/licenses.txt'])
    expect(read('scripts/build.mjs')).toMatch(/licenses\.txt/)
  })

  it('is Apache-2.0, with the licence text in LICENSE', () => {
    expect(pkg.license).toBe('Apache-2.0')
    const license = read('LICENSE')
    expect(license).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/)
    expect(license).toContain('END OF TERMS AND CONDITIONS')
  })

  it('.node-version names the Node the action runs on', () => {
    expect(`node${read('.node-version').trim()}`).toBe(action.runs.using)
  })

  it('marks dist/ as generated for GitHub', () => {
    expect(read('.gitattributes')).toMatch(/^dist\/\*\* linguist-generated=true/m)
  })
})

describe('examples use only inputs that action.yml declares', () => {
  const sources = [
    ...workflowFiles.map((file) => ({ file, blocks: [{ line: 1, text: read(file) }] })),
    ...docFiles.map((file) => ({ file, blocks: yamlBlocks(read(file)) }))
  ]

  it('every yaml block parses and every with: key of this action is an input', () => {
    let uses = 0
    for (const { file, blocks } of sources) {
      for (const block of blocks) {
        let doc: unknown
        expect(() => (doc = parse(block.text)), `${file}:${block.line}`).not.toThrow()
        for (const step of actionSteps(doc)) {
          uses++
          const keys = Object.keys((step.with ?? {}) as Record<string, unknown>)
          const unknown = keys.filter((key) => !inputNames.includes(key))
          expect(unknown, `${file}:${block.line}: inputs not in action.yml`).toEqual([])
        }
      }
    }
    // The README alone has a dozen recipes: finding few means the scan is broken.
    expect(uses).toBeGreaterThan(15)
  })

  it('.env.example sets only inputs that exist', () => {
    const names = [...read('.env.example').matchAll(/^#?\s*INPUT_([A-Z0-9_-]+)=/gm)].map((m) =>
      (m[1] as string).toLowerCase()
    )
    expect(names.length).toBeGreaterThan(3)
    for (const name of names) expect(inputNames, `INPUT_${name}`).toContain(name)
  })
})

describe('README', () => {
  it('starts with the demo and test commands', () => {
    const first = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    const commands = first
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter(Boolean)
    expect(commands.slice(0, 2)).toEqual(['npm ci && npm run demo', 'npm ci && npm test'])
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('```yaml'))
  })

  it('has a quick start on npm run registry that writes only where git ignores it', () => {
    const block = /### Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    const commands = block
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter(Boolean)
    expect(commands).toContain('npm run registry &')
    const written = commands.flatMap((c) => [...c.matchAll(/ -o (\S+)/g)].map((m) => m[1]))
    expect(written.length).toBeGreaterThan(1)
    for (const target of written) {
      const check = spawnSync('git', ['check-ignore', '-q', '--no-index', `${target}/x`], {
        cwd: repoRoot
      })
      expect(check.status, `${target}/ is ignored by git`).toBe(0)
    }
  })

  it('lists exactly the inputs of action.yml, with their defaults', () => {
    expect(tableColumn(readme, 'Inputs', 0)).toEqual(inputNames)
    const defaults = tableColumn(readme, 'Inputs', 1)
    inputNames.forEach((name, i) => {
      const fallback = action.inputs[name]?.default
      if (fallback !== undefined) expect(defaults[i], `default of ${name}`).toBe(fallback)
    })
  })

  it('lists exactly the outputs of action.yml', () => {
    expect(tableColumn(readme, 'Outputs', 0)).toEqual(outputNames)
  })

  it('has the recipes and sections users look for', () => {
    for (const heading of [
      '### GitHub Container Registry (ghcr.io)',
      '### Docker Hub',
      '### Amazon ECR',
      '### Google Artifact Registry',
      '### Azure Container Registry',
      '### Harbor and Quay',
      '### Release on a tag',
      '### Push on every branch',
      '### Several registries in one job',
      '### Attestation',
      '### Signed packs',
      '### A local OCI layout',
      '## Troubleshooting',
      '## Failure behaviour'
    ]) {
      expect(readme).toContain(`\n${heading}\n`)
    }
    expect(readme).toContain('subject-digest: ${{ steps.push.outputs.digest }}')
  })

  it('the package.json local-action script runs src/main.ts with .env', () => {
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> }
    expect(pkg.scripts['local-action']).toMatch(
      /npx --yes @github\/local-action@\d+\.\d+\.\d+ run \. src\/main\.ts \.env$/
    )
    expect(read('src/main.ts')).toMatch(/export async function run\(/)
  })
})

// The messages quoted under Troubleshooting, produced by the code that prints them.
describe('README troubleshooting quotes the real messages', () => {
  /** Digests and loopback ports differ from run to run. */
  const normalize = (text: string): string =>
    text
      .replace(/sha256:[a-f0-9]{64}/g, 'sha256:<digest>')
      .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>')
  const quoted = normalize(readme)
  const expectQuoted = (message: string | undefined): void => {
    expect(message, 'no message').toBeTruthy()
    expect(quoted).toContain(normalize(message as string))
  }

  it('capitals in the owner name', () => {
    expect(() => parseDestination('oci://ghcr.io/MyOrg/my-pack')).toThrow()
    try {
      parseDestination('oci://ghcr.io/MyOrg/my-pack')
    } catch (error) {
      expectQuoted((error as Error).message)
    }
  })

  it('packages: write missing on ghcr.io, and an immutable ECR tag', () => {
    const denied = Buffer.from(
      JSON.stringify({ errors: [{ code: 'DENIED', message: 'permission_denied: write_package' }] })
    )
    // What the action prints: the registry's answer, with the workflow's side of the fix.
    expectQuoted(
      withGitHubAdvice(
        httpError(
          'POST',
          'https://ghcr.io/v2/my-org/my-pack/blobs/uploads/',
          403,
          denied,
          'Upload blob sha256:a5ba29abde79a892'
        )
      )
    )
    const immutable = Buffer.from(
      JSON.stringify({
        errors: [
          {
            code: 'TAG_INVALID',
            message:
              "The image tag '1.0.0' already exists in the 'my-pack' repository and cannot be overwritten because the repository is immutable."
          }
        ]
      })
    )
    // With the pack's side of the fix, which the core adds.
    const refused = withPackAdvice(
      httpError(
        'PUT',
        'https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/my-pack/manifests/1.0.0',
        400,
        immutable,
        'Tag 1.0.0'
      )
    )
    expectQuoted((refused as Error).message)
  })

  it('an ECR repository that does not exist, and a third level on Docker Hub', () => {
    const ecr = parseOciReference('oci://123456789012.dkr.ecr.eu-west-1.amazonaws.com/my-pack')
    const nameUnknown = httpError(
      'POST',
      'https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/my-pack/blobs/uploads/',
      404,
      Buffer.from(
        '{"errors":[{"code":"NAME_UNKNOWN","message":"The repository with name \'my-pack\' does not exist in the registry with id \'123456789012\'"}]}'
      ),
      'Upload blob sha256:a5ba29abde79a892'
    )
    expectQuoted((explainMissingRepository(nameUnknown, ecr) as Error).message)
    expect(() => parseDestination('oci://docker.io/my-org/team/my-pack')).toThrow()
    try {
      parseDestination('oci://docker.io/my-org/team/my-pack')
    } catch (error) {
      expectQuoted((error as Error).message)
    }
  })

  it('credentials over plain http to another machine', () => {
    const source = read('src/oci/credential-audience.ts')
    const template =
      /`(Refusing to send credentials over plain http to \$\{url\.host\}[^`]*)`/.exec(source)?.[1]
    expectQuoted(template?.replace('${url.host}', 'registry.internal:5000'))
  })

  describe('from the bundled action against the real registry', () => {
    let anonymous: TestRegistry
    let token: TestRegistry
    beforeAll(async () => {
      ;[anonymous, token] = await Promise.all([
        startRegistry({ auth: 'anonymous' }),
        startRegistry({ auth: 'token' })
      ])
    })
    afterAll(async () => {
      await Promise.all([anonymous?.stop(), token?.stop()])
    })

    it('overwrite: false on a tag that holds other content', async () => {
      const destination = `oci://${anonymous.host}/team/immutable:1.0.0`
      const first = await runAction({
        inputs: { path: examplePack, destination, 'plain-http': 'true' }
      })
      expect(first.exitCode).toBe(0)
      const second = await runAction({
        inputs: { path: examplePack, destination, 'plain-http': 'true', overwrite: 'false' },
        // Another created time: other bytes, another digest.
        env: { SOURCE_DATE_EPOCH: '1767312000' }
      })
      expect(second.exitCode).toBe(1)
      expectQuoted(second.errors[0])
    })

    it('plain-http missing for an http registry', async () => {
      const run = await runAction({
        inputs: { path: examplePack, destination: `oci://${anonymous.host}/team/tls` }
      })
      expect(run.exitCode).toBe(1)
      expectQuoted(run.errors[0])
    })

    it('a 401 from the token server (Docker Hub answers the same way)', async () => {
      const run = await runAction({
        inputs: {
          path: examplePack,
          destination: `oci://${token.host}/team/refused`,
          'plain-http': 'true',
          username: 'alice',
          password: 'not-her-password'
        }
      })
      expect(run.exitCode).toBe(1)
      // Docker Hub's API host and token server, and no OCI error body to quote.
      const asDockerHub = (run.errors[0] ?? '')
        .replace(/^The registry 127\.0\.0\.1:\d+ /, 'The registry registry-1.docker.io ')
        .replace(
          /its token server 127\.0\.0\.1:\d+ answered 401(: [^)]*)?\)/,
          'its token server auth.docker.io answered 401)'
        )
      expect(asDockerHub).toContain('registry-1.docker.io')
      expectQuoted(asDockerHub)
    })
  })
})
