// `npm run bench`: pushes packs to the real CNCF registry with the bundled action, side by side
// with the floor (node start-up + the minimal requests sent by curl), the node floor (one Node
// process sending the minimal requests with node:http) and a peer (skopeo copy of the same
// artifact from an OCI layout); prints the table and writes bench/results.md.
// BENCH_NODE picks the Node binary (default: this one); BENCH_QUICK=1 does fewer runs.
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { startCountingProxy } from './counting-proxy.mjs'
import { refreshPack, writeLargeArchive, writePack } from './fixtures.mjs'
import { floorPush, floorRepush, nodeFloor } from './floor.mjs'
import { measure, summarize, GNU_TIME } from './measure.mjs'
import { measureImport } from './startup.mjs'
import { describeMachine, renderMarkdown, renderConsole } from './report.mjs'
import { classifyRequests } from './requests.mjs'
import { loadSupport } from './support.mjs'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const bundle = join(repoRoot, 'dist', 'index.js')
const node = process.env.BENCH_NODE || process.execPath
const quick = process.env.BENCH_QUICK === '1'
const RUNS = quick
  ? { small: 3, repush: 3, many: 2, large: 1, packaging: 2 }
  : { small: 9, repush: 9, many: 5, large: 3, packaging: 5 }
const SOURCE_DATE_EPOCH = '1767225600'
const CREATED = '2026-01-01T00:00:00+00:00'
const LARGE_BYTES = 160 * 1024 * 1024
const SMALL_TAGS = ['1.0.0', '1.0', 'latest']
const ONE_TAG = ['1.0.0']

const benchStarted = performance.now()
for (const [what, file] of [
  ['the bundle (run npm run build)', bundle],
  ['GNU time (apt-get install time)', GNU_TIME],
  ['docker-registry (scripts/ensure-test-tools.sh)', '/usr/bin/docker-registry'],
  ['skopeo (scripts/ensure-test-tools.sh)', '/usr/bin/skopeo'],
  ['curl', '/usr/bin/curl']
]) {
  if (!existsSync(file)) {
    console.error(`bench: ${file} is missing: install ${what}`)
    process.exit(1)
  }
}

const work = await mkdtemp(join(tmpdir(), 'bench-'))
const support = await loadSupport(repoRoot)
const registry = await support.startRegistry({ auth: 'anonymous' })
const proxy = await startCountingProxy(registry.host)
const skopeoConfig = await writeSkopeoConfig(join(work, 'skopeo'))
const machineBefore = await describeMachine(node)
const results = [] // { case, tool, runs: [{wallMs, rssKb}], requests: Set<string>, wire }
const notes = []

try {
  log(`registry ${registry.host}, node ${node}, work dir ${work}${quick ? ', QUICK' : ''}`)
  const startup = await measureImport({ node, bundle, work, repoRoot })
  log(`bundle ${startup.bundleBytes} bytes, import ${startup.importMs.median.toFixed(0)} ms`)

  // small (first push, 3 tags), then re-push of the first small run unchanged.
  const small = await firstPushCase({
    name: 'small',
    runs: RUNS.small,
    tags: SMALL_TAGS,
    prepare: async (dir, runId) => {
      await writePack(dir, {
        name: 'small-pack',
        version: '1.0.0',
        runId,
        count: 10,
        templateBytes: 2600
      })
      return dir
    }
  })
  await repushCase(small.first)

  // many files: 5,000 templates; one directory refreshed per run (Pack.yaml and values.yaml).
  const manyDir = join(work, 'many-pack')
  await writePack(manyDir, {
    name: 'many-pack',
    version: '1.0.0',
    runId: 'init',
    count: 5000,
    templateBytes: 300
  })
  await firstPushCase({
    name: 'many files',
    runs: RUNS.many,
    tags: ONE_TAG,
    prepare: async (_dir, runId) => {
      await refreshPack(manyDir, { name: 'many-pack', version: '1.0.0', runId })
      return manyDir
    }
  })
  await packagingCase(manyDir)

  // large: a prebuilt archive of 160 MiB of random bytes, fresh each run.
  await firstPushCase({
    name: 'large',
    runs: RUNS.large,
    tags: ONE_TAG,
    prepare: (dir, runId) =>
      writeLargeArchive(dir, {
        name: 'large-pack',
        version: '1.0.0',
        runId,
        payloadBytes: LARGE_BYTES,
        created: CREATED
      }),
    cleanupEachRun: true
  })

  addContextNotes()
  const machineAfter = await describeMachine(node)
  const elapsedS = (performance.now() - benchStarted) / 1000
  const report = { machineBefore, machineAfter, startup, results, notes, elapsedS, quick, node }
  console.log('\n' + renderConsole(report))
  if (!quick || process.env.BENCH_WRITE === '1') {
    await writeFile(join(repoRoot, 'bench', 'results.md'), renderMarkdown(report))
    log('wrote bench/results.md')
  }
} finally {
  await proxy.close()
  await registry.stop()
  await support.cleanup()
  await rm(work, { recursive: true, force: true })
}

/** Facts that bound what any client can reach here, next to the targets they bear on. */
function addContextNotes() {
  const wall = (caseName, tool) => {
    const runs = results.find((r) => r.case === caseName && r.tool === tool)?.runs ?? []
    return runs.length ? summarize(runs.map((r) => r.wallMs)).median : undefined
  }
  const skopeoSmall = wall('small', 'skopeo')
  const floorLarge = wall('large', 'floor')
  const skopeoLarge = wall('large', 'skopeo')
  if (floorLarge && skopeoLarge) {
    notes.push(
      `Large case: the floor (curl, digest known in advance, no verification) is ${(floorLarge / skopeoLarge).toFixed(2)}× skopeo: the registry's ingest speed bounds every client.`
    )
  }
  const nodeFloorSmall = wall('small', 'node floor')
  if (nodeFloorSmall && skopeoSmall) {
    const r = nodeFloorSmall / skopeoSmall
    notes.push(
      `Small case: the node floor alone (one Node process, node:http, digests known, requests in parallel: ${nodeFloorSmall.toFixed(0)} ms) is ${r.toFixed(2)}× skopeo (${skopeoSmall.toFixed(0)} ms), ` +
        (r > 1
          ? 'above skopeo: ours/skopeo ≤ 1.0 is out of reach for any Node action on this machine.'
          : `not above skopeo: a Node action can reach ours/skopeo ≤ 1.0 here, with ${(skopeoSmall - nodeFloorSmall).toFixed(0)} ms to spare for everything beyond the node floor.`)
    )
  }
  const nodeFloorLarge = wall('large', 'node floor')
  if (nodeFloorLarge && skopeoLarge) {
    const r = nodeFloorLarge / skopeoLarge
    notes.push(
      `Large case: the node floor (${nodeFloorLarge.toFixed(0)} ms) is ${r.toFixed(2)}× skopeo (${skopeoLarge.toFixed(0)} ms), ` +
        (r > 1
          ? 'above skopeo: no Node action that uploads with node:http reaches ours/skopeo ≤ 1.0 (let alone ≤ 0.9) here.'
          : r > 0.9
            ? 'not above skopeo, but above 0.9×: ours/skopeo ≤ 0.9 is out of reach for a Node action that uploads with node:http here.'
            : `below 0.9× skopeo: ours/skopeo ≤ 0.9 leaves ${(0.9 * skopeoLarge - nodeFloorLarge).toFixed(0)} ms for everything beyond the node floor (reading the archive to verify and hash it).`)
    )
  }
}

function log(message) {
  const at = ((performance.now() - benchStarted) / 1000).toFixed(1).padStart(6)
  console.log(`[${at} s] ${message}`)
}

function record(caseName, tool, measured, requests, wire) {
  let entry = results.find((r) => r.case === caseName && r.tool === tool)
  if (!entry) {
    entry = { case: caseName, tool, runs: [], requests: new Set() }
    results.push(entry)
  }
  if (measured) entry.runs.push({ wallMs: measured.wallMs, rssKb: measured.rssKb })
  if (requests) entry.requests.add(requests)
  if (wire) entry.wire = wire
}

/**
 * Each run: fresh content; our action writes it to an OCI layout first (untimed) so skopeo,
 * curl and the node floor push exactly the artifact ours pushes; then ours, skopeo and the two
 * floors push it to their own new repositories, in an order that rotates so no tool always goes first. A last,
 * untimed run goes through the counting proxy for bytes and connections.
 */
async function firstPushCase({ name, runs, tags, prepare, cleanupEachRun }) {
  const slug = name.replace(/\W+/g, '-')
  let first
  for (let run = 0; run <= runs; run++) {
    const viaProxy = run === runs
    const host = viaProxy ? proxy.host : registry.host
    const runId = `${slug}-${run}-${Date.now().toString(36)}`
    const runDir = join(work, `${slug}-${run}`)
    const path = await prepare(join(runDir, 'pack'), runId)
    const artifact = await layoutOf(path, join(runDir, 'layout'), tags)
    const pushes = {
      ours: () => pushOurs({ host, path, repository: `${slug}/ours-${run}`, tags, artifact }),
      skopeo: () =>
        pushSkopeo({ host, artifact, repository: `${slug}/skopeo-${run}`, tag: tags[0] }),
      floor: () =>
        floorPush({
          node,
          base: `http://${host}`,
          repository: `${slug}/floor-${run}`,
          blobs: artifact.blobs,
          manifest: artifact.manifest,
          tags
        }),
      'node floor': () =>
        nodeFloor('push', {
          node,
          base: `http://${host}`,
          repository: `${slug}/node-floor-${run}`,
          blobs: artifact.blobs,
          manifest: artifact.manifest,
          tags
        })
    }
    await timeTools(name, pushes, run, viaProxy)
    if (run === 0) first = { path, artifact, slug, tags, runDir }
    if (cleanupEachRun) await rm(runDir, { recursive: true, force: true })
  }
  log(`${name}: done`)
  return { first }
}

/** The first small run pushed again, nothing changed: ours, skopeo, floors to the same repos. */
async function repushCase({ path, artifact, slug, tags }) {
  for (let run = 0; run <= RUNS.repush; run++) {
    const viaProxy = run === RUNS.repush
    const host = viaProxy ? proxy.host : registry.host
    const pushes = {
      ours: () => pushOurs({ host, path, repository: `${slug}/ours-0`, tags, artifact }),
      skopeo: () => pushSkopeo({ host, artifact, repository: `${slug}/skopeo-0`, tag: tags[0] }),
      floor: () =>
        floorRepush({
          node,
          base: `http://${host}`,
          repository: `${slug}/floor-0`,
          blobs: artifact.blobs,
          manifest: artifact.manifest,
          tags
        }),
      'node floor': () =>
        nodeFloor('repush', {
          node,
          base: `http://${host}`,
          repository: `${slug}/node-floor-0`,
          blobs: artifact.blobs,
          manifest: artifact.manifest,
          tags
        })
    }
    await timeTools('re-push', pushes, run, viaProxy)
  }
  log('re-push: done')
}

async function timeTools(caseName, pushes, run, viaProxy) {
  const names = Object.keys(pushes)
  const order = names.map((_, i) => names[(i + run) % names.length])
  for (const tool of order) {
    await registry.flushAccessLog()
    registry.clearAccessLog()
    proxy.take()
    const measured = await pushes[tool]()
    const requests = classifyRequests(await registry.flushAccessLog())
    registry.clearAccessLog()
    if (viaProxy) record(caseName, tool, undefined, requests, proxy.take())
    else record(caseName, tool, measured, requests)
  }
}

/** Packaging alone: the packager in a fresh process vs `tar -czf` over the same files. */
async function packagingCase(packDir) {
  const out = join(work, 'packaging-out')
  const script = [
    'const { packagePack } = await import(process.argv[1])',
    'const started = performance.now()',
    `await packagePack({ path: process.argv[2], outDir: process.argv[3], created: new Date(${Number(SOURCE_DATE_EPOCH) * 1000}) })`,
    'console.log(performance.now() - started)'
  ].join('\n')
  const { pathToFileURL } = await import('node:url')
  for (let run = 0; run < RUNS.packaging; run++) {
    await rm(out, { recursive: true, force: true })
    await mkdir(out, { recursive: true })
    const steps = {
      packager: async () => {
        const m = await measure(node, [
          '--input-type=module',
          '-e',
          script,
          pathToFileURL(support.packModule).href,
          packDir,
          out
        ])
        return { ...m, innerMs: Number(m.stdout.trim()) }
      },
      'tar -czf': () =>
        measure('tar', [
          '-czf',
          join(out, 'tar.tgz'),
          '-C',
          packDir,
          'Pack.yaml',
          'values.yaml',
          'templates'
        ]),
      'action, push: false': () =>
        runAction({
          INPUT_PATH: packDir,
          INPUT_PUSH: 'false',
          INPUT_TAGS: '1.0.0',
          INPUT_DESTINATION: `oci-layout://${join(out, 'unused')}`
        }).then((r) => r.measured)
    }
    const names = Object.keys(steps)
    for (let i = 0; i < names.length; i++) {
      const tool = names[(i + run) % names.length]
      const m = await steps[tool]()
      record('packaging 5,000 templates', tool, m)
      if (tool === 'packager')
        record('packaging 5,000 templates', 'packager (in-process time)', {
          wallMs: m.innerMs,
          rssKb: undefined
        })
    }
  }
  log('packaging: done')
}

/** Runs the bundled action like a runner: INPUT_* (with action.yml defaults), GITHUB_* files. */
async function runAction(inputs) {
  const dir = await mkdtemp(join(work, 'action-'))
  try {
    const outputFile = join(dir, 'output')
    await writeFile(outputFile, '')
    await writeFile(join(dir, 'summary'), '')
    const env = {
      PATH: process.env.PATH,
      HOME: join(dir, 'home'),
      RUNNER_TEMP: dir,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      SOURCE_DATE_EPOCH,
      INPUT_PATH: '.',
      INPUT_PUSH: 'true',
      'INPUT_PLAIN-HTTP': 'true',
      INPUT_OVERWRITE: 'true',
      'INPUT_VERSION-CHECK': 'true',
      INPUT_TIMEOUT: '10m',
      ...inputs
    }
    const measured = await measure(node, [bundle], { env })
    const outputs = {}
    for (const [, key, , value] of (await readFile(outputFile, 'utf8')).matchAll(
      /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
    )) {
      outputs[key] = value
    }
    return { measured, outputs }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function pushOurs({ host, path, repository, tags, artifact }) {
  const { measured, outputs } = await runAction({
    INPUT_PATH: path,
    INPUT_DESTINATION: `oci://${host}/${repository}`,
    INPUT_TAGS: tags.join(',')
  })
  if (outputs.digest !== artifact.digest) {
    throw new Error(`ours pushed ${outputs.digest}, the layout holds ${artifact.digest}`)
  }
  return measured
}

/** Our action writes the artifact to an OCI layout: what skopeo and curl push, byte for byte. */
async function layoutOf(path, layoutDir, tags) {
  const { outputs } = await runAction({
    INPUT_PATH: path,
    INPUT_DESTINATION: `oci-layout://${layoutDir}`,
    INPUT_TAGS: tags.join(',')
  })
  const blobPath = (digest) => join(layoutDir, 'blobs', ...digest.split(':'))
  const index = JSON.parse(await readFile(join(layoutDir, 'index.json'), 'utf8'))
  const descriptor = index.manifests.find((m) => m.digest === outputs.digest)
  if (!descriptor) throw new Error(`the layout ${layoutDir} does not hold ${outputs.digest}`)
  const manifest = JSON.parse(await readFile(blobPath(descriptor.digest), 'utf8'))
  const blobs = [manifest.config, ...manifest.layers].map((b) => ({
    digest: b.digest,
    path: blobPath(b.digest),
    size: b.size
  }))
  const bytes = (await Promise.all(blobs.map((b) => stat(b.path)))).reduce(
    (sum, s) => sum + s.size,
    0
  )
  return {
    layoutDir,
    digest: outputs.digest,
    blobs,
    bytes,
    manifest: {
      path: blobPath(descriptor.digest),
      mediaType: descriptor.mediaType,
      size: descriptor.size
    }
  }
}

async function pushSkopeo({ host, artifact, repository, tag }) {
  return measure(
    'skopeo',
    [
      '--policy',
      skopeoConfig.policy,
      'copy',
      '--quiet',
      '--preserve-digests',
      '--dest-tls-verify=false',
      '--dest-authfile',
      skopeoConfig.auth,
      '--dest-no-creds',
      `oci:${artifact.layoutDir}:${tag}`,
      `docker://${host}/${repository}:${tag}`
    ],
    { env: skopeoConfig.env }
  )
}

/** An empty auth file and an accept-anything policy, so the machine's config changes nothing. */
async function writeSkopeoConfig(dir) {
  await mkdir(dir, { recursive: true })
  const auth = join(dir, 'auth.json')
  const policy = join(dir, 'policy.json')
  await writeFile(auth, '{"auths":{}}\n')
  await writeFile(policy, '{"default":[{"type":"insecureAcceptAnything"}]}\n')
  return { auth, policy, env: { ...process.env, REGISTRY_AUTH_FILE: auth, DOCKER_CONFIG: dir } }
}
