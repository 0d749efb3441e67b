// Bundles the action (src/index.ts -> dist/index.js) and the CLI (src/cli/index.ts -> dist/cli.js)
// into readable ESM files with esbuild, and writes dist/licenses.txt: the licence of every
// package inside them. Dependencies are bundled exactly as published: nothing here edits, stubs
// or narrows them.
//
//   node scripts/build.mjs [--outdir DIR]    (default dist/; a relative DIR is from the repo root)
import * as esbuild from 'esbuild'
import { existsSync } from 'node:fs'
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// Bundled CommonJS dependencies call require() for Node built-ins; an ESM file has no require.
const requireShim =
  "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);"

/** What the build makes: the action always, the CLI once its entry point exists. */
const BUNDLES = [
  { entry: 'src/index.ts', file: 'index.js', executable: false },
  { entry: 'src/cli/index.ts', file: 'cli.js', executable: true }
]

/** esbuild options for one bundle. Exported so the benchmark can build a variant beside it. */
export function bundleOptions(entry, outfile, { executable = false } = {}) {
  return {
    absWorkingDir: repoRoot,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Readable on purpose: people read dist/ when they audit an action.
    minify: false,
    // The notices are in licenses.txt, complete, rather than scattered through the bundle.
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    banner: { js: executable ? `#!/usr/bin/env node\n${requireShim}` : requireShim }
  }
}

/** Builds every bundle whose entry exists into outdir, then its licenses.txt. */
export async function build({ outdir = path.join(repoRoot, 'dist'), log = console.log } = {}) {
  await mkdir(outdir, { recursive: true })
  const built = []
  const inputs = new Set()
  for (const bundle of BUNDLES) {
    if (!existsSync(path.join(repoRoot, bundle.entry))) {
      log(`build: ${bundle.entry} does not exist yet; ${bundle.file} not built`)
      continue
    }
    const outfile = path.join(outdir, bundle.file)
    const result = await esbuild.build(bundleOptions(bundle.entry, outfile, bundle))
    for (const output of Object.values(result.metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        if (bytesInOutput > 0) inputs.add(input)
      }
    }
    if (bundle.executable) await chmod(outfile, 0o755)
    built.push(bundle.file)
  }
  const packages = await bundledPackages(inputs)
  await writeFile(path.join(outdir, 'licenses.txt'), licenseNotice(packages, built))
  return { files: built, packages }
}

/** The package directory (relative to the repo root) an input file of the metafile lies in. */
function packageDirOf(input) {
  const parts = input.split(/[\\/]/)
  const at = parts.lastIndexOf('node_modules')
  if (at === -1) return undefined
  const nameLength = parts[at + 1]?.startsWith('@') ? 2 : 1
  return parts.slice(0, at + 1 + nameLength).join('/')
}

const LICENSE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i

/** Heading level of line i of a Markdown file (ATX `## License` or setext), or 0. */
function headingLevel(lines, i) {
  const atx = /^(#{1,6})\s/.exec(lines[i])
  if (atx) return atx[1].length
  if (lines[i].trim() && /^=+\s*$/.test(lines[i + 1] ?? '')) return 1
  if (lines[i].trim() && /^-{3,}\s*$/.test(lines[i + 1] ?? '')) return 2
  return 0
}

/** The README's "License" section, for the few packages that ship no licence file. */
function readmeLicenseSection(readme) {
  const lines = readme.split('\n')
  const start = lines.findIndex(
    (line, i) => headingLevel(lines, i) > 0 && /^(#+\s*)?licen[cs]e\b/i.test(line.trim())
  )
  if (start === -1) return undefined
  const level = headingLevel(lines, start)
  let end = start + 1
  while (
    end < lines.length &&
    !(headingLevel(lines, end) > 0 && headingLevel(lines, end) <= level)
  ) {
    end++
  }
  // Markdown link definitions ([name]: https://…) that trail the section are not the licence.
  const section = lines.slice(start, end).filter((line) => !/^\[[^\]]+\]:\s/.test(line))
  return section.join('\n')
}

/** The licence texts of one package: its licence files, else its README's License section. */
async function licenseTexts(dir) {
  const absolute = path.join(repoRoot, dir)
  const names = (await readdir(absolute)).sort()
  const read = async (name) =>
    (await readFile(path.join(absolute, name), 'utf8')).replace(/\r\n?/g, '\n').trim()
  const files = names.filter((name) => LICENSE_FILE.test(name))
  if (files.length > 0) return Promise.all(files.map(read))
  const readme = names.find((name) => /^readme(\.md|\.markdown)?$/i.test(name))
  const section = readme && readmeLicenseSection(await read(readme))
  if (section) return [section.trim()]
  throw new Error(`${dir} ships no licence file and its README has no License section`)
}

/** Name, version, declared licence and licence texts of every package the inputs come from. */
async function bundledPackages(inputs) {
  const dirs = [...new Set([...inputs].map(packageDirOf).filter(Boolean))]
  const packages = []
  for (const dir of dirs) {
    const manifest = JSON.parse(await readFile(path.join(repoRoot, dir, 'package.json'), 'utf8'))
    packages.push({
      name: manifest.name,
      version: manifest.version,
      license: manifest.license ?? 'UNKNOWN',
      texts: await licenseTexts(dir)
    })
  }
  const key = (p) => `${p.name}@${p.version}`
  return packages.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

function licenseNotice(packages, files) {
  const rule = '='.repeat(78)
  const head = [
    `Third-party software bundled in ${files.map((f) => `dist/${f}`).join(' and ')}, with the`,
    'licence each is distributed under. Written by scripts/build.mjs; do not edit.',
    '',
    ...packages.map((p) => `- ${p.name} ${p.version} (${p.license})`)
  ]
  const sections = packages.map((p) =>
    [rule, `${p.name} ${p.version}`, `License: ${p.license}`, rule, '', p.texts.join('\n\n')].join(
      '\n'
    )
  )
  return [head.join('\n'), ...sections].join('\n\n\n') + '\n'
}

// Run as a script (npm run build), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { outdir: { type: 'string' } } })
  const outdir = path.resolve(repoRoot, values.outdir ?? 'dist')
  try {
    await build({ outdir })
  } catch (error) {
    // esbuild has already printed its errors, with file and line.
    if (!Array.isArray(error.errors)) console.error(`build: ${error.message}`)
    process.exitCode = 1
  }
}
