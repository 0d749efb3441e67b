// The clients the benchmark times, each one fresh process per push: our bundled action (on one
// or more Nodes, and an older bundle for before/after), skopeo, the oras-go peer, the node
// floor and `node -e 0`. Every push names its target as { host, tls, caFile, certDir }.
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { measure } from './measure.mjs'

const NODE_FLOOR = join(dirname(fileURLToPath(import.meta.url)), 'node-floor.mjs')
export const SOURCE_DATE_EPOCH = '1767225600'

/** Where skopeo keeps its blob-info cache: as root, and in the home of anyone else. */
const SKOPEO_CACHES = [
  '/var/lib/containers/cache/blob-info-cache-v1.boltdb',
  join(homedir(), '.local/share/containers/cache/blob-info-cache-v1.boltdb')
]

/**
 * Runs a bundled action like a runner: INPUT_* (action.yml defaults included), GITHUB_OUTPUT,
 * RUNNER_TEMP, SOURCE_DATE_EPOCH; NODE_EXTRA_CA_CERTS for a TLS target. `nodeArgs` go before
 * the bundle (--cpu-prof); `preciseCpu` as for measure(). Resolves { measured, outputs }.
 */
export async function runAction({ node, nodeArgs = [], bundle, work, inputs, target, preciseCpu }) {
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
      'INPUT_PLAIN-HTTP': target?.tls === false ? 'true' : 'false',
      INPUT_OVERWRITE: 'true',
      'INPUT_VERSION-CHECK': 'true',
      INPUT_TIMEOUT: '10m',
      ...(target?.tls ? { NODE_EXTRA_CA_CERTS: target.caFile } : {}),
      ...inputs
    }
    const measured = await measure(node, [...nodeArgs, bundle], { env, preciseCpu })
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

/**
 * A push of `path` with a bundle. `expectDigest`: fail unless the action pushed that manifest
 * (the artifact the other tools push); without it, the digest is returned for a note.
 */
export async function pushWithAction({ node, bundle, work, target, path, repository, tags }) {
  const { measured, outputs } = await runAction({
    node,
    bundle,
    work,
    target,
    inputs: {
      INPUT_PATH: path,
      INPUT_DESTINATION: `oci://${target.host}/${repository}`,
      INPUT_TAGS: tags.join(',')
    }
  })
  return { ...measured, digest: outputs.digest }
}

/** Our action writes the artifact to an OCI layout (untimed): what the other tools push. */
export async function layoutOf({ node, bundle, work, path, layoutDir, tags }) {
  const { outputs } = await runAction({
    node,
    bundle,
    work,
    inputs: {
      INPUT_PATH: path,
      INPUT_DESTINATION: `oci-layout://${layoutDir}`,
      INPUT_TAGS: tags.join(',')
    }
  })
  const blobPath = (digest) => join(layoutDir, 'blobs', ...digest.split(':'))
  const index = JSON.parse(await readFile(join(layoutDir, 'index.json'), 'utf8'))
  const descriptor = index.manifests.find((m) => m.digest === outputs.digest)
  if (!descriptor) throw new Error(`the layout ${layoutDir} does not hold ${outputs.digest}`)
  const manifest = JSON.parse(await readFile(blobPath(descriptor.digest), 'utf8'))
  const describe = (b) => ({ ...b, path: blobPath(b.digest) })
  const blobs = [manifest.config, ...manifest.layers].map(describe)
  const sizes = await Promise.all(blobs.map((b) => stat(b.path)))
  return {
    layoutDir,
    digest: outputs.digest,
    blobs,
    config: describe(manifest.config),
    layers: manifest.layers.map(describe),
    bytes: sizes.reduce((sum, s) => sum + s.size, 0),
    manifest: {
      path: blobPath(descriptor.digest),
      mediaType: descriptor.mediaType,
      size: descriptor.size
    }
  }
}

/** An empty auth file and an accept-anything policy, so the machine's config changes nothing. */
export async function skopeoSetup(dir, caFile) {
  await mkdir(join(dir, 'certs'), { recursive: true })
  const auth = join(dir, 'auth.json')
  const policy = join(dir, 'policy.json')
  await writeFile(auth, '{"auths":{}}\n')
  await writeFile(policy, '{"default":[{"type":"insecureAcceptAnything"}]}\n')
  if (caFile) await writeFile(join(dir, 'certs', 'ca.crt'), await readFile(caFile))
  return {
    auth,
    policy,
    certDir: join(dir, 'certs'),
    env: { ...process.env, REGISTRY_AUTH_FILE: auth, DOCKER_CONFIG: dir }
  }
}

/**
 * `skopeo copy` of the layout's tag, its blob-info cache removed first (untimed): with the
 * cache it would mount blobs it pushed before instead of uploading them.
 */
export async function pushSkopeo({ skopeo, target, artifact, repository, tag }) {
  await Promise.all(SKOPEO_CACHES.map((file) => rm(file, { force: true })))
  const tls = target.tls
    ? ['--dest-tls-verify=true', '--dest-cert-dir', skopeo.certDir]
    : ['--dest-tls-verify=false']
  return measure(
    'skopeo',
    [
      '--policy',
      skopeo.policy,
      'copy',
      '--quiet',
      '--preserve-digests',
      ...tls,
      '--dest-authfile',
      skopeo.auth,
      '--dest-no-creds',
      `oci:${artifact.layoutDir}:${tag}`,
      `docker://${target.host}/${repository}:${tag}`
    ],
    { env: skopeo.env }
  )
}

/**
 * Builds the oras-go peer (shared/tools/oras-peer/build.sh OUTDIR) once. Resolves the path of
 * peer-push, or { failed } with the reason: the benchmark goes on without it.
 */
export async function buildOrasPeer(repoRoot, outDir) {
  const given = process.env.BENCH_ORAS_PEER
  if (given)
    return existsSync(given) ? given : { failed: `BENCH_ORAS_PEER=${given} does not exist` }
  const script = join(repoRoot, '..', 'shared', 'tools', 'oras-peer', 'build.sh')
  if (!existsSync(script)) return { failed: `${script} is missing` }
  try {
    await measure('bash', [script, outDir])
    return join(outDir, 'peer-push')
  } catch (error) {
    return { failed: `build.sh failed: ${String(error.message).split('\n').slice(-3).join(' ')}` }
  }
}

/**
 * The peer pushes the layout's config and layer blobs, one tag, with a manifest of its own.
 * `preciseCpu` as for measure().
 */
export function pushOras({ peer, target, artifact, repository, tag, preciseCpu }) {
  const [layer] = artifact.layers
  return measure(
    peer,
    [
      '--ref',
      `${target.host}/${repository}:${tag}`,
      '--file',
      layer.path,
      '--config',
      `@${artifact.config.path}`,
      '--config-media-type',
      artifact.config.mediaType,
      '--layer-media-type',
      layer.mediaType,
      target.tls ? '--https' : '--plain-http'
    ],
    {
      env: target.tls ? { ...process.env, SSL_CERT_FILE: target.caFile } : process.env,
      preciseCpu
    }
  )
}

/** The node floor (node-floor.mjs): the fewest requests, node:http(s) only, in parallel. */
export function pushNodeFloor(mode, { node, target, artifact, repository, tags }) {
  const env = target.tls ? { ...process.env, NODE_EXTRA_CA_CERTS: target.caFile } : process.env
  return measure(
    node,
    [
      NODE_FLOOR,
      mode,
      `${target.tls ? 'https' : 'http'}://${target.host}`,
      repository,
      artifact.manifest.path,
      artifact.manifest.mediaType,
      tags.join(','),
      ...artifact.blobs.flatMap((b) => [b.digest, String(b.size), b.path])
    ],
    { env }
  )
}

/**
 * The node floor's pushes, all at once in one process (node-floor.mjs push-many): `pushes`,
 * [{ base, repository, manifestPath, manifestType, tags, blobs }], written to `file` first.
 * `nodeArgs` go before the script (--cpu-prof); `preciseCpu` as for measure().
 */
export async function pushManyNodeFloor({ node, nodeArgs = [], file, pushes, preciseCpu }) {
  await writeFile(file, JSON.stringify(pushes))
  return measure(node, [...nodeArgs, NODE_FLOOR, 'push-many', file], { preciseCpu })
}

/** `node -e 0`: the start-up every Node action pays before its first line runs. */
export function nodeStartup(node) {
  return measure(node, ['-e', '0'])
}
