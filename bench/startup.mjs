// Start-up cost: the bundle's size and the time to import it (load, compile and run its
// top-level code, but not the action itself), next to `node -e 0`. With the Node 24 the
// action runs on (when scripts/ensure-test-tools.sh installed it), also with Node's compile
// cache warm, to show what a cache would give; dist/index.js does not enable it.
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { measure, summarize } from './measure.mjs'

const RUNS = 15

export async function measureImport({ node, bundle, work, repoRoot }) {
  const bundleBytes = (await stat(bundle)).size
  // The same bundle without its last line, `await run()`: importing it loads everything.
  const source = await readFile(bundle, 'utf8')
  const probeSource = source.replace(/\nawait run\(\);?\s*$/, '\n')
  if (probeSource === source) throw new Error(`${bundle} does not end with \`await run()\``)
  const probe = join(work, 'import-probe.mjs')
  await writeFile(probe, probeSource)
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(probe).href)}); console.log(performance.now() - t)`
  const importOnce = async (binary, env) => {
    const m = await measure(binary, ['--input-type=module', '-e', script], { env })
    return Number(m.stdout.trim())
  }
  const repeat = async (work) => {
    const values = []
    for (let i = 0; i < RUNS; i++) values.push(await work())
    return summarize(values)
  }

  const importMs = await repeat(() => importOnce(node, process.env))
  const nodeStartupMs = await repeat(async () => (await measure(node, ['-e', '0'])).wallMs)

  let node24
  const node24Binary = join(repoRoot, '.tools', 'node24', 'node_modules', 'node', 'bin', 'node')
  if (existsSync(node24Binary) && node24Binary !== node) {
    const cacheDir = join(work, 'compile-cache')
    await mkdir(cacheDir, { recursive: true })
    const cached = { ...process.env, NODE_COMPILE_CACHE: cacheDir }
    const cold = await repeat(() => importOnce(node24Binary, process.env))
    await importOnce(node24Binary, cached)
    const warm = await repeat(() => importOnce(node24Binary, cached))
    await rm(cacheDir, { recursive: true, force: true })
    node24 = { cold, warm }
  }
  await rm(probe, { force: true })
  return { bundleBytes, importMs, nodeStartupMs, node24 }
}
