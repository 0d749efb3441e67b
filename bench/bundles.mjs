// The Nodes and the bundles the benchmark runs: this tree's sources built into the work dir
// (or BENCH_BUNDLE), and the baseline, an older commit's dist/ (or BENCH_BASELINE_BUNDLE), each
// in a directory of its own with its chunks, beside a package.json that makes it ESM.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { BEFORE } from './before.mjs'
import { measure } from './measure.mjs'

/** 'v24.21.0', or undefined when `node` does not run. */
export function nodeVersion(node) {
  try {
    return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
  } catch {
    return undefined
  }
}

function majorOf(version) {
  return Number(/^v(\d+)/.exec(version ?? '')?.[1])
}

/**
 * main: runs ours (BENCH_NODE, else `node24` when installed, the action's runtime); node20: a
 * second column (BENCH_NODE20, else the Node running the bench when it is 20).
 */
export function pickNodes(ctx, node24) {
  const main = process.env.BENCH_NODE || (existsSync(node24) ? node24 : process.execPath)
  let node20 = process.env.BENCH_NODE20
  if (!node20 && majorOf(nodeVersion(process.execPath)) === 20) node20 = process.execPath
  if (node20 && majorOf(nodeVersion(node20)) !== 20) {
    throw new Error(`BENCH_NODE20=${node20} is not Node 20`)
  }
  if (!node20) ctx.notes.push('No Node 20 found (BENCH_NODE20): no "ours, Node 20" column.')
  if (node20 === main) node20 = undefined
  const versions = Object.fromEntries(
    [main, node20].filter(Boolean).map((n) => [n, nodeVersion(n)])
  )
  return { main, node20, versions }
}

/**
 * A built bundle (`index.js` and the chunks beside it) copied into `dir` with a package.json that
 * makes it ESM. Resolves the copy's index.js.
 */
async function placeBundle(dir, entry) {
  await mkdir(dir, { recursive: true })
  if (entry) await cp(dirname(entry), dir, { recursive: true })
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n')
  return join(dir, 'index.js')
}

/** current: this tree's sources built into the work dir (or BENCH_BUNDLE); cli; baseline. */
export async function prepareBundles(ctx, repoRoot) {
  const currentDir = join(ctx.work, 'current')
  let current
  let cli
  if (process.env.BENCH_BUNDLE) {
    current = await placeBundle(currentDir, resolve(process.env.BENCH_BUNDLE))
  } else {
    await measure(process.execPath, [
      join(repoRoot, 'scripts', 'build.mjs'),
      '--outdir',
      currentDir
    ])
    current = await placeBundle(currentDir)
    if (existsSync(join(currentDir, 'cli.js'))) cli = join(currentDir, 'cli.js')
  }
  const baseline = await prepareBaseline(ctx, repoRoot)
  return { current, cli, baseline }
}

/**
 * BENCH_BASELINE_BUNDLE (named by BENCH_BASELINE_NAME), else the dist/ of the commit
 * BENCH_BASELINE (default: the "before" of before.mjs; `none`: no baseline), taken whole from
 * git: its index.js imports its chunks.
 */
async function prepareBaseline(ctx, repoRoot) {
  const dir = join(ctx.work, 'baseline')
  if (process.env.BENCH_BASELINE_BUNDLE) {
    const path = await placeBundle(dir, resolve(process.env.BENCH_BASELINE_BUNDLE))
    return { path, name: process.env.BENCH_BASELINE_NAME || 'baseline' }
  }
  const commit = process.env.BENCH_BASELINE ?? BEFORE.commit
  if (!commit || commit === 'none') return undefined
  let archive
  try {
    archive = execFileSync('git', ['-C', repoRoot, 'archive', '--format=tar', commit, 'dist'], {
      maxBuffer: 256 * 2 ** 20,
      stdio: ['ignore', 'pipe', 'pipe']
    })
  } catch {
    ctx.notes.push(`No dist/ at ${commit} in this clone: no "ours (${commit})" column.`)
    return undefined
  }
  await mkdir(dir, { recursive: true })
  execFileSync('tar', ['-x', '-C', dir, '--strip-components=1'], { input: archive })
  const path = await placeBundle(dir)
  if (!existsSync(path)) {
    ctx.notes.push(`No dist/index.js at ${commit}: no "ours (${commit})" column.`)
    return undefined
  }
  return { path, name: commit }
}
