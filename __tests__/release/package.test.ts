// package.json as npm reads it for contributors and for users. `npm ci` runs no install script
// that package.json has not decided on (allowScripts), so a fresh clone installs with no
// warning (.ci/run fails on any); the published package lists no dependencies, because
// dist/ holds every one of them; the Node it needs is the floor the suite runs on.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtFile, repoRoot } from '../support/action.js'

const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8')

interface PackageJson {
  name: string
  private?: boolean
  engines: { node: string }
  dependencies?: Record<string, string>
  devDependencies: Record<string, string>
  allowScripts?: Record<string, boolean>
}
const pkg = JSON.parse(read('package.json')) as PackageJson
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean; dev?: boolean }>
}

describe('package.json', () => {
  it('is the public sherpack-push package', () => {
    expect(pkg.name).toBe('sherpack-push')
    expect(pkg.private).toBeUndefined()
    expect(pkg.engines.node).toBe('>=20.20.0')
    expect(read('.ci/run')).toMatch(/grep -qi '\^npm warn'/)
  })

  it('decides on the install script of every package in the lockfile', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([location]) => location.replace(/^.*node_modules\//, ''))
    // esbuild has one: not finding it means the scan is broken.
    expect(withScripts).toContain('esbuild')
    for (const name of withScripts) {
      expect(
        typeof pkg.allowScripts?.[name],
        `${name} has an install script: add "${name}": false (or true, once reviewed) to allowScripts`
      ).toBe('boolean')
    }
  })

  it("leaves esbuild's postinstall off: the build uses its platform binary from the lockfile", () => {
    expect(pkg.allowScripts?.esbuild).toBe(false)
    const platformPackages = Object.keys(lock.packages).filter((location) =>
      location.startsWith('node_modules/@esbuild/')
    )
    expect(platformPackages).toContain('node_modules/@esbuild/linux-x64')
  })

  it('lists the bundled runtime packages as devDependencies: users install none of them', () => {
    expect(pkg.dependencies).toBeUndefined()
    // Imported by src/ and bundled into dist/ (dist/licenses.txt names each).
    const licenses = readFileSync(builtFile('licenses.txt'), 'utf8')
    for (const name of ['tar', 'semver', 'yaml', 'https-proxy-agent', 'tinyglobby']) {
      expect(pkg.devDependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/)
      expect(licenses, name).toMatch(new RegExp(`^- ${name} \\d`, 'm'))
    }
  })
})
