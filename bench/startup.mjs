// Start-up cost: each bundle's size and the time to import it (load, compile and run its top-level
// code, but not the action itself), next to `node -e 0` on the same Node; with Node 24 also with
// a warm NODE_COMPILE_CACHE (which the bundles do not enable), and the cost of each Node built-in
// the bundle imports (at its top level or lazily), alone in a fresh process.
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { measure, summarize } from './measure.mjs'

const RUNS = { full: 15, quick: 5 }
const BUILTIN_RUNS = { full: 7, quick: 3 }

/**
 * A copy of `bundle` that imports everything and runs nothing: the entry module's own code is cut
 * (esbuild puts it last, after a `// src/….ts` comment: `await run()`,
 * `process.exitCode = await main(…)`), else the last line when it is a single call.
 */
export function importProbeSource(source) {
  const markers = [...source.matchAll(/\n\/\/ src\/[\w./-]+\.[cm]?[jt]s\n/g)]
  const entry = markers[markers.length - 1]
  if (entry) return source.slice(0, entry.index + 1)
  const lastCall = /\n(?:[\w$.]+\s*=\s*)?(?:await\s+)?[\w$.]+\([^\n]*\);?\s*$/
  if (lastCall.test(source)) return source.replace(lastCall, '\n')
  throw new Error('cannot find the entry code to cut: no `// src/….ts` comment, no final call')
}

/** Median (min–max) ms of `work` over `runs` calls in a row. */
async function repeat(runs, work) {
  const values = []
  for (let i = 0; i < runs; i++) values.push(await work())
  return summarize(values)
}

/** In-process time of `await import(url)` in a fresh `node` process. */
async function importOnce(node, url, env = process.env) {
  const script = `const t = performance.now(); await import(${JSON.stringify(url)}); console.log(performance.now() - t)`
  const m = await measure(node, ['--input-type=module', '-e', script], { env })
  return Number(m.stdout.trim())
}

/**
 * `subjects`: [{ label, node, bundle }]. Resolves { bundles: [{ label, node, bytes, importMs }],
 * nodeStartup: { [node]: summary }, warmCache?, builtins? } (warmCache and builtins for the first
 * subject, when `node24` is its Node).
 */
export async function measureStartup({ subjects, work, node24, quick }) {
  const runs = quick ? RUNS.quick : RUNS.full
  const bundles = []
  const probes = []
  for (const [i, subject] of subjects.entries()) {
    const source = await readFile(subject.bundle, 'utf8')
    // Beside the bundle, so `import.meta.url` and the package.json `type` stay the same.
    const probe = join(subject.bundle, '..', `import-probe-${i}.js`)
    await writeFile(probe, importProbeSource(source))
    probes.push(probe)
    const url = pathToFileURL(probe).href
    const importMs = await repeat(runs, () => importOnce(subject.node, url))
    bundles.push({ ...subject, bytes: (await stat(subject.bundle)).size, importMs, url })
  }
  const nodeStartup = {}
  for (const node of new Set(subjects.map((s) => s.node))) {
    nodeStartup[node] = await repeat(runs, async () => (await measure(node, ['-e', '0'])).wallMs)
  }
  const main = bundles[0]
  let warmCache
  let builtins
  let chunks
  if (main && main.node === node24) {
    const cacheDir = join(work, 'compile-cache')
    await mkdir(cacheDir, { recursive: true })
    const cached = { ...process.env, NODE_COMPILE_CACHE: cacheDir }
    await importOnce(node24, main.url, cached)
    warmCache = await repeat(runs, () => importOnce(node24, main.url, cached))
    await rm(cacheDir, { recursive: true, force: true })
    builtins = await measureBuiltins(node24, await readFile(main.bundle, 'utf8'), quick)
    chunks = await measureChunks(node24, main.bundle, quick)
  }
  await Promise.all(probes.map((probe) => rm(probe, { force: true })))
  return {
    bundles: bundles.map(({ url: _url, ...b }) => b),
    nodeStartup,
    warmCache,
    builtins,
    chunks
  }
}

/**
 * Each `node:` built-in the bundle imports, at its top level or later with `import()` (`lazy`),
 * imported alone in a fresh process (in-process time, median): what that import costs when
 * nothing else has loaded its internals.
 */
async function measureBuiltins(node, source, quick) {
  const names = new Map()
  for (const [, name] of source.matchAll(/^import\s[^;]*?from\s*["'](node:[\w/]+)["']/gm)) {
    names.set(name, false)
  }
  for (const [, name] of source.matchAll(/\bimport\(\s*["'](node:[\w/]+)["']\s*\)/g)) {
    if (!names.has(name)) names.set(name, true)
  }
  const runs = quick ? BUILTIN_RUNS.quick : BUILTIN_RUNS.full
  const costs = []
  for (const [name, lazy] of [...names].sort()) {
    costs.push({ name, lazy, importMs: await repeat(runs, () => importOnce(node, name)) })
  }
  return costs.sort((a, b) => b.importMs.median - a.importMs.median)
}

/**
 * Each file of the bundle (the entry and its chunks), imported alone in a fresh process on
 * `node` (in-process time, median; a chunk's own static imports included, so they do not add
 * up): its size, what it holds (the src/ folders and node_modules packages esbuild names in
 * its `// path` comments), and whether the entry reaches it by static imports (`start-up`) or
 * only through `import()` (`lazy`: loaded when a run needs it).
 */
async function measureChunks(node, entry, quick) {
  const root = dirname(entry)
  // The entry and the .js files in the folders beside it (chunks/, whatever the build names
  // them); not the other entries at its level (cli.js).
  const nested = (await readdir(root, { recursive: true })).filter(
    (f) => f.endsWith('.js') && f.includes('/')
  )
  const files = [basename(entry), ...nested.sort()]
  const sources = new Map()
  for (const file of files) sources.set(file, await readFile(join(root, file), 'utf8'))
  const staticImports = (file) => {
    const found = []
    for (const [, spec] of sources
      .get(file)
      .matchAll(/^import\s(?:[^;]*?from\s*)?["'](\.[^"']+)["']/gm)) {
      found.push(join(dirname(file), spec).replace(/^\.\//, ''))
    }
    return found.filter((f) => sources.has(f))
  }
  const atStartUp = new Set()
  for (const queue = [basename(entry)]; queue.length > 0;) {
    const file = queue.pop()
    if (atStartUp.has(file)) continue
    atStartUp.add(file)
    queue.push(...staticImports(file))
  }
  const runs = quick ? BUILTIN_RUNS.quick : BUILTIN_RUNS.full
  const rows = []
  for (const file of files) {
    const holds = new Set()
    for (const [, path] of sources.get(file).matchAll(/^\/\/ ((?:src|node_modules)\/[^\n]+)$/gm)) {
      const parts = path.split('/')
      if (parts[0] === 'src') holds.add(parts.length > 2 ? `src/${parts[1]}` : path)
      else holds.add(parts[1]?.startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1])
    }
    // The entry's own code runs the action: cut it, as for the bundle's import above.
    const url =
      file === basename(entry)
        ? await probeOf(root, sources.get(file))
        : pathToFileURL(join(root, file)).href
    rows.push({
      file,
      bytes: Buffer.byteLength(sources.get(file)),
      holds: [...holds].sort(),
      when: atStartUp.has(file) ? 'start-up' : 'lazy',
      importMs: await repeat(runs, () => importOnce(node, url))
    })
  }
  await rm(join(root, 'import-probe-chunks.js'), { force: true })
  return rows.sort((a, b) => b.importMs.median - a.importMs.median)
}

async function probeOf(root, source) {
  const probe = join(root, 'import-probe-chunks.js')
  await writeFile(probe, importProbeSource(source))
  return pathToFileURL(probe).href
}
