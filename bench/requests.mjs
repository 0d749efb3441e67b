// Names the requests in a registry access log by what they do in a push, so a run's
// requests read as "GET /v2/ 1, HEAD blob 2, POST upload 2, PUT blob 2, PUT manifest 3".
const KINDS = [
  ['GET /v2/', (m, p) => m === 'GET' && p === '/v2/'],
  ['HEAD blob', (m, p) => m === 'HEAD' && /\/blobs\/[^/]+:[^/]+$/.test(p)],
  ['GET blob', (m, p) => m === 'GET' && /\/blobs\/[^/]+:[^/]+$/.test(p)],
  ['POST upload', (m, p) => m === 'POST' && /\/blobs\/uploads\/$/.test(p)],
  ['PATCH blob', (m, p) => m === 'PATCH' && /\/blobs\/uploads\/[^/]+$/.test(p)],
  ['PUT blob', (m, p) => m === 'PUT' && /\/blobs\/uploads\/[^/]+$/.test(p)],
  ['HEAD manifest', (m, p) => m === 'HEAD' && /\/manifests\/[^/]+$/.test(p)],
  ['GET manifest', (m, p) => m === 'GET' && /\/manifests\/[^/]+$/.test(p)],
  ['PUT manifest', (m, p) => m === 'PUT' && /\/manifests\/[^/]+$/.test(p)]
]

/** What one request is in a push: 'HEAD blob', 'PUT manifest', 'GET /v2/', … */
export function classifyRequest(method, path) {
  return KINDS.find(([, test]) => test(method, path))?.[0] ?? `${method} other`
}

/** Counts of each kind, in protocol order, with the total: a string, comparable across runs. */
export function classifyRequests(entries) {
  const counts = new Map()
  for (const { method, path } of entries) {
    const kind = classifyRequest(method, path)
    counts.set(kind, (counts.get(kind) ?? 0) + 1)
  }
  const order = (kind) => {
    const i = KINDS.findIndex(([k]) => k === kind)
    return i === -1 ? KINDS.length : i
  }
  const parts = [...counts].sort((a, b) => order(a[0]) - order(b[0])).map(([k, n]) => `${k} ${n}`)
  return `${parts.join(', ') || 'none'} (total ${entries.length})`
}
