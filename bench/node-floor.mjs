// The node floor: what any Node action can reach on this machine. One fresh Node process, only
// node:http or node:https (one keep-alive Agent per registry; NODE_EXTRA_CA_CERTS trusts a test
// CA) and node:fs, the digests known in advance (from the OCI layouts the other tools push
// too), and the fewest requests sent as parallel as the protocol allows. No packaging, no
// verification, no hashing, no auth exchange.
//
//   node bench/node-floor.mjs push|repush <base: http(s)://host:port> <repository>
//     <manifest path> <manifest media type> <tags, comma-separated>
//     (<blob digest> <blob size> <blob path>)...
//   node bench/node-floor.mjs push-many <pushes.json>
//     (a JSON array of { base, repository, manifestPath, manifestType, tags, blobs: [{ digest,
//     size, path }] }: every push at once, in one process)
//
// push: every blob HEAD in parallel; per missing blob POST then PUT (monolithic, ?digest=, the
// body streamed from the file), blobs in parallel; then the first tag's manifest PUT, then the
// other tags' PUTs in parallel. repush: HEAD per blob and HEAD manifest per tag, all in parallel.
// Any unexpected status fails the process.
//
// Built-ins come from process.getBuiltinModule where Node has it: an ESM import of node:http
// would build its whole namespace, which on Node 22+ loads the internal undici (http.WebSocket).
const load = (name) => process.getBuiltinModule?.(name) ?? import(name).then((m) => m.default ?? m)
const fs = await load('node:fs')

const [mode, ...args] = process.argv.slice(2)
const pushes = mode === 'push-many' ? readPushes(args[0]) : [pushFromArgs(args)]
/** One keep-alive agent per registry: base URL → a promise of { http, agent, origin }. */
const registries = new Map()
try {
  await Promise.all(pushes.map((p) => (mode === 'repush' ? repush(p) : push(p))))
} finally {
  for (const registry of registries.values()) (await registry).agent.destroy()
}

function usage() {
  fail(
    'usage: node-floor.mjs push|repush <base> <repository> <manifest path> <manifest media type> <tags> (<digest> <size> <path>)...\n' +
      '       node-floor.mjs push-many <pushes.json>'
  )
}

function pushFromArgs([base, repository, manifestPath, manifestType, tagList, ...blobArgs]) {
  if (!['push', 'repush'].includes(mode) || !manifestType || blobArgs.length % 3 !== 0) usage()
  const blobs = []
  for (let i = 0; i < blobArgs.length; i += 3) {
    blobs.push({ digest: blobArgs[i], size: Number(blobArgs[i + 1]), path: blobArgs[i + 2] })
  }
  return { base, repository, manifestPath, manifestType, tags: tagList.split(','), blobs }
}

function readPushes(file) {
  if (!file) usage()
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

/** The registry at `base`: its node:http(s) module, keep-alive agent and origin, made once. */
async function registryOf(base) {
  let registry = registries.get(base)
  if (!registry) {
    const origin = new URL(base)
    registry = (async () => {
      const http = await load(origin.protocol === 'https:' ? 'node:https' : 'node:http')
      return { http, agent: new http.Agent({ keepAlive: true }), origin }
    })()
    registries.set(base, registry)
  }
  return registry
}

async function push(p) {
  const registry = await registryOf(p.base)
  const repo = `/v2/${p.repository}`
  await Promise.all(p.blobs.map((blob) => uploadBlob(registry, repo, blob)))
  const manifest = fs.readFileSync(p.manifestPath)
  const putManifest = (tag) =>
    request(
      registry,
      'PUT',
      `${repo}/manifests/${encodeURIComponent(tag)}`,
      [201],
      { 'Content-Type': p.manifestType, 'Content-Length': manifest.length },
      manifest
    )
  await putManifest(p.tags[0])
  await Promise.all(p.tags.slice(1).map(putManifest))
}

/** HEAD; when missing, POST for an upload session then one monolithic PUT with ?digest=. */
async function uploadBlob(registry, repo, blob) {
  const head = await request(registry, 'HEAD', `${repo}/blobs/${blob.digest}`, [200, 404])
  if (head.status === 200) return
  const started = await request(registry, 'POST', `${repo}/blobs/uploads/`, [202], {
    'Content-Length': 0
  })
  const location = started.headers.location
  if (!location) fail(`POST ${repo}/blobs/uploads/: 202 without a Location`)
  const url = new URL(location, registry.origin)
  url.searchParams.set('digest', blob.digest)
  await request(
    registry,
    'PUT',
    url.pathname + url.search,
    [201],
    { 'Content-Type': 'application/octet-stream', 'Content-Length': blob.size },
    fs.createReadStream(blob.path)
  )
}

async function repush(p) {
  const registry = await registryOf(p.base)
  const repo = `/v2/${p.repository}`
  await Promise.all([
    ...p.blobs.map((blob) => request(registry, 'HEAD', `${repo}/blobs/${blob.digest}`, [200])),
    ...p.tags.map((tag) =>
      request(registry, 'HEAD', `${repo}/manifests/${encodeURIComponent(tag)}`, [200], {
        Accept: p.manifestType
      })
    )
  ])
}

/**
 * One request on the registry's keep-alive agent. `body` is a Buffer, a readable stream (piped)
 * or nothing. Resolves { status, headers } once the response is read to its end; rejects on
 * any status not in `expected`.
 */
function request({ http, agent, origin }, method, path, expected, headers = {}, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent, method, host: origin.hostname, port: origin.port, path, headers },
      (res) => {
        const chunks = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () => {
          if (expected.includes(res.statusCode)) {
            resolve({ status: res.statusCode, headers: res.headers })
          } else {
            const text = Buffer.concat(chunks).toString('utf8').slice(0, 1000)
            reject(
              new Error(
                `${method} ${path}: ${res.statusCode}, expected ${expected.join(' or ')}\n${text}`
              )
            )
          }
        })
      }
    )
    req.on('error', reject)
    if (body === undefined) req.end()
    else if (Buffer.isBuffer(body)) req.end(body)
    else {
      body.on('error', (error) => req.destroy(error))
      body.pipe(req)
    }
  })
}

function fail(message) {
  console.error(`node floor: ${message}`)
  process.exit(1)
}
