// dist/chunks/ keeps its names from build to build: each chunk is named after what it holds, and
// every import between the bundle's files names a file that is there.
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtFile, distDir } from '../support/action.js'

async function builtFiles(): Promise<string[]> {
  builtFile('index.js')
  const chunks = await readdir(path.join(distDir, 'chunks'))
  return ['index.js', 'cli.js', ...chunks.map((name) => `chunks/${name}`)]
}

describe('dist/ chunk names', () => {
  it('name chunks after the modules they hold, never by a hash of their bytes', async () => {
    const chunks = (await builtFiles()).filter((file) => file.startsWith('chunks/'))
    expect(chunks).toContain('chunks/core-publish.js')
    expect(chunks).toContain('chunks/oci-layout.js')
    for (const chunk of chunks) {
      expect(chunk).toMatch(/^chunks\/[a-z0-9-]+\.js$/)
      // esbuild's hashes are 8 upper-case letters and digits.
      expect(chunk).not.toMatch(/-[A-Z0-9]{8}\.js$/)
    }
  })

  it('link every file to chunks that exist', async () => {
    const files = await builtFiles()
    let imports = 0
    for (const file of files) {
      const text = await readFile(path.join(distDir, file), 'utf8')
      for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*"(\.\.?\/[^"]+)"/g)) {
        const target = path.posix.join(path.posix.dirname(file), specifier as string)
        expect(files, `${file} imports ${specifier}`).toContain(target)
        imports++
      }
    }
    expect(imports).toBeGreaterThan(10)
  })
})
