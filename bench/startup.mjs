// Start-up cost: each bundle's size and the time to import it (load, compile and run its top-level
// code, but not the action itself), next to `node -e 0` on the same Node; with Node 24 also with
// a warm NODE_COMPILE_CACHE (which the bundles do not enable), and the cost of each Node built-in
// the bundle imports (at its top level or lazily), alone in a fresh process.
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
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
  if (main && main.node === node24) {
    const cacheDir = join(work, 'compile-cache')
    await mkdir(cacheDir, { recursive: true })
    const cached = { ...process.env, NODE_COMPILE_CACHE: cacheDir }
    await importOnce(node24, main.url, cached)
    warmCache = await repeat(runs, () => importOnce(node24, main.url, cached))
    await rm(cacheDir, { recursive: true, force: true })
    builtins = await measureBuiltins(node24, await readFile(main.bundle, 'utf8'), quick)
  }
  await Promise.all(probes.map((probe) => rm(probe, { force: true })))
  return { bundles: bundles.map(({ url: _url, ...b }) => b), nodeStartup, warmCache, builtins }
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
