// What users read about getting, pinning and trusting a release: the README installs the CLI
// from npm (the GitLab recipe too) and states the versioning policy; SECURITY.md says how to
// report privately and what is in scope; CONTRIBUTING.md says how a release is made.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../support/repo.js'

const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8')
const readme = read('README.md')

/** The text of `## heading` up to the next `## `. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`)
  expect(start, `no "## ${heading}"`).toBeGreaterThan(0)
  return markdown.slice(start + 1).split(/\n## /)[0] ?? ''
}

describe('README', () => {
  it('installs the CLI from npm, never from a git URL', () => {
    expect(readme).toContain('`npm install -g sherpack-push`')
    expect(readme).toContain('`npx --yes sherpack-push@1 push ./my-pack`')
    expect(readme).not.toMatch(/github:sherpack\/push-action|sherpack-push-action-\*\.tgz/)
  })

  it('the GitLab CI recipe runs the npm package pinned to its major version', () => {
    const recipe = /### GitLab CI\n[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    expect(recipe).toMatch(/^ {4}- npx --yes sherpack-push@1 push \.\/my-pack$/m)
    expect(recipe).not.toMatch(/npm install/)
  })

  it('states the versioning policy: the public interface and what only a major may break', () => {
    const policy = section(readme, 'Versioning')
    for (const part of ['inputs', 'outputs', 'commands, flags', 'exit codes']) {
      expect(policy).toContain(part)
    }
    expect(policy).toMatch(/\*\*Only a major version\*\* \(2\.0\) may break the public interface/)
    expect(policy).toContain('`next` dist-tag')
    expect(policy).toContain('[CHANGELOG.md](CHANGELOG.md)')
    expect(policy).toContain('[SECURITY.md](SECURITY.md)')
    expect(readme).toContain('[Versioning](#versioning)')
  })
})

describe('SECURITY.md', () => {
  const security = read('SECURITY.md')

  it('asks for private reports through GitHub, not public issues', () => {
    expect(security).toContain('private vulnerability reporting')
    expect(security).toContain('https://github.com/sherpack/push-action/security/advisories/new')
    expect(security).toMatch(/do not open a public\s+issue/)
  })

  it('puts credentials, archives and tags in scope', () => {
    const scope = section(security, 'In scope')
    for (const area of ['**Credentials.**', '**Archives.**', '**Tags.**']) {
      expect(scope).toContain(area)
    }
    expect(section(security, 'Out of scope')).toMatch(/\S/)
  })
})

describe('CONTRIBUTING.md', () => {
  it('says how to release and how npm trusted publishing is set up', () => {
    const releasing = section(read('CONTRIBUTING.md'), 'Releasing')
    expect(releasing).toContain('`npm version X.Y.Z --no-git-tag-version`')
    expect(releasing).toContain('workflow `release.yml`, environment `npm`')
    const release = read('.github/workflows/release.yml')
    expect(release).toMatch(/^ {4}environment: npm$/m)
  })
})
