// Bundles the action (src/index.ts -> dist/index.js) and the CLI (src/cli/index.ts -> dist/cli.js)
// into readable ESM files with esbuild, and writes dist/licenses.txt: the licence of every
// package inside them. Dependencies are bundled exactly as published: nothing here edits, stubs
// or narrows them.
//
//   node scripts/build.mjs [--outdir DIR]    (default dist/; a relative DIR is from the repo root)
import * as esbuild from 'esbuild'
import { existsSync } from 'node:fs'
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
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

/**
 * esbuild options for the bundles, built together so that they share their chunks. What the
 * code loads with `await import()` (tar, the proxy agent, the OCI layout writer, the core)
 * goes into chunks of its own under chunks/: a run that never needs it never parses it, nor
 * the Node built-ins it imports (on Node 22+ an ESM import of node:http loads Node's undici).
 * The CLI's entry starts with its own `#!` line, which esbuild keeps for cli.js alone.
 */
export function bundleOptions(entryPoints, outdir) {
  return {
    absWorkingDir: repoRoot,
    entryPoints,
    outdir,
    entryNames: '[name]',
    splitting: true,
    // esbuild names chunks by content hash; writeOutputs renames them after what they hold.
    chunkNames: 'chunks/[name]-[hash]',
    write: false,
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
    banner: { js: requireShim }
  }
}

/**
 * Builds the bundles whose entry exists into outdir (the CLI's may not exist yet while it is
 * being written), then licenses.txt from what they hold.
 */
export async function build({ outdir = path.join(repoRoot, 'dist'), log = console.log } = {}) {
  await mkdir(outdir, { recursive: true })
  // A chunk whose contents move elsewhere gets another name: yesterday's would linger.
  await rm(path.join(outdir, 'chunks'), { recursive: true, force: true })
  const present = BUNDLES.filter((bundle) => existsSync(path.join(repoRoot, bundle.entry)))
  for (const bundle of BUNDLES) {
    if (!present.includes(bundle)) log(`build: ${bundle.entry} does not exist yet; not built`)
  }
  const entryPoints = Object.fromEntries(
    present.map((bundle) => [path.basename(bundle.file, '.js'), bundle.entry])
  )
  const result = await esbuild.build(bundleOptions(entryPoints, outdir))
  await writeOutputs(result)
  const inputs = new Set()
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput > 0) inputs.add(input)
    }
  }
  for (const bundle of present) {
    if (bundle.executable) await chmod(path.join(outdir, bundle.file), 0o755)
  }
  const built = present.map((bundle) => bundle.file)
  const packages = await bundledPackages(inputs)
  await writeFile(path.join(outdir, 'licenses.txt'), licenseNotice(packages, built))
  return { files: built, packages }
}

/**
 * Writes esbuild's output with each chunk named after the module it holds (`core-publish.js`,
 * `tar.js`, `shared-oci-client.js`) instead of a hash of its bytes: a hash renames every chunk a
 * change touches, and a reviewer of dist/ then sees whole files deleted and added instead of the
 * lines that changed. Imports between the files are rewritten to the new names.
 */
async function writeOutputs(result) {
  const outputs = Object.entries(result.metafile.outputs).map(([file, meta]) => ({
    file: path.resolve(repoRoot, file),
    meta
  }))
  const renames = new Map()
  const taken = new Set()
  for (const { file, meta } of outputs) {
    if (path.basename(path.dirname(file)) !== 'chunks') continue
    const base = chunkBaseName(meta)
    let name = `${base}.js`
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}.js`
    taken.add(name)
    renames.set(path.basename(file), name)
  }
  // Hashed names are unique words (`chunk-2B56APNL.js`): replacing them cannot touch code.
  const pattern = new RegExp(
    [...renames.keys()].map((name) => name.replace(/[.]/g, '\\.')).join('|'),
    'g'
  )
  for (const output of result.outputFiles) {
    const text =
      renames.size === 0 ? output.text : output.text.replace(pattern, (old) => renames.get(old))
    const base = path.basename(output.path)
    const target = path.join(path.dirname(output.path), renames.get(base) ?? base)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, text)
  }
}

/**
 * A chunk's name: its dynamic-import entry, else `shared-` and the largest module it holds, or
 * `shared-runtime` for the one that holds only esbuild's own helpers (no module's bytes).
 */
function chunkBaseName(meta) {
  if (meta.entryPoint) return moduleName(meta.entryPoint)
  const [largest] = Object.entries(meta.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .sort(([a, x], [b, y]) => y.bytesInOutput - x.bytesInOutput || (a < b ? -1 : 1))
  return `shared-${largest ? moduleName(largest[0]) : 'runtime'}`
}

/** `src/core/publish.ts` → `core-publish`; a dependency's file → the package's name. */
function moduleName(input) {
  const dir = packageDirOf(input)
  if (dir) return dir.split('node_modules/').pop().replace('@', '').replace(/\//g, '-')
  return input
    .replace(/^src\//, '')
    .replace(/\.[cm]?[jt]s$/, '')
    .replace(/\/index$/, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
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

/**
 * The MIT licence's terms, for a package that declares MIT but ships no text of it (some
 * packages of a monorepo leave the licence at the repository's root).
 */
const MIT_TERMS = `Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.`

/** What licences.txt says for a package that ships no licence text: what it declares. */
function declaredLicense(dir, manifest) {
  const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name
  const repository =
    typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url
  if (manifest.license !== 'MIT' || !author) {
    throw new Error(
      `${dir} ships no licence text, and declares ${JSON.stringify(manifest.license)} by ${JSON.stringify(author)}: ` +
        'find its licence and teach scripts/build.mjs where it is'
    )
  }
  return [
    `${manifest.name} ships no licence text; its package.json declares MIT, author ${author}` +
      (repository ? `, source ${repository}.` : '.'),
    MIT_TERMS
  ].join('\n\n')
}

/**
 * The licence texts of one package: its licence files, else its README's License section, else
 * the terms of the licence its package.json declares.
 */
async function licenseTexts(dir, manifest) {
  const absolute = path.join(repoRoot, dir)
  const names = (await readdir(absolute)).sort()
  const read = async (name) =>
    (await readFile(path.join(absolute, name), 'utf8')).replace(/\r\n?/g, '\n').trim()
  const files = names.filter((name) => LICENSE_FILE.test(name))
  if (files.length > 0) return Promise.all(files.map(read))
  const readme = names.find((name) => /^readme(\.md|\.markdown)?$/i.test(name))
  const section = readme && readmeLicenseSection(await read(readme))
  if (section) return [section.trim()]
  return [declaredLicense(dir, manifest)]
}

/** Where `name` is installed for code in `fromDir` (Node's lookup through node_modules dirs). */
function installedDir(fromDir, name) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name)
    if (existsSync(path.join(repoRoot, candidate, 'package.json'))) return candidate
    if (dir === '.' || dir === path.dirname(dir)) return undefined
  }
}

/**
 * The package directories the inputs come from, plus every dependency a bundled package declares
 * that the bundle holds no file of: such a package ships its dependencies inside its own build
 * (tar's index.min.js contains minipass, minizlib, …), so their licences apply too. The value is
 * the package that brought it in, or undefined for a package esbuild bundled itself.
 */
async function packageDirs(inputs) {
  const dirs = new Map(
    [...inputs]
      .map(packageDirOf)
      .filter(Boolean)
      .map((d) => [d, undefined])
  )
  const pending = [...dirs.keys()]
  while (pending.length > 0) {
    const dir = pending.shift()
    const manifest = JSON.parse(await readFile(path.join(repoRoot, dir, 'package.json'), 'utf8'))
    for (const name of Object.keys(manifest.dependencies ?? {}).sort()) {
      const dependency = installedDir(dir, name)
      if (!dependency) throw new Error(`${dir} depends on ${name}, which is not installed`)
      if (dirs.has(dependency)) continue
      dirs.set(dependency, manifest.name)
      pending.push(dependency)
    }
  }
  return dirs
}

/** Name, version, declared licence and licence texts of every package the bundles contain. */
async function bundledPackages(inputs) {
  const packages = []
  for (const [dir, via] of await packageDirs(inputs)) {
    const manifest = JSON.parse(await readFile(path.join(repoRoot, dir, 'package.json'), 'utf8'))
    packages.push({
      name: manifest.name,
      version: manifest.version,
      license: manifest.license ?? 'UNKNOWN',
      via,
      texts: await licenseTexts(dir, manifest)
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
    '"inside X": a dependency of X with no file of its own in the bundles, because X\'s published',
    'build already contains it (or the bundles use none of it).',
    '',
    ...packages.map(
      (p) => `- ${p.name} ${p.version} (${p.license})${p.via ? `, inside ${p.via}` : ''}`
    )
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
