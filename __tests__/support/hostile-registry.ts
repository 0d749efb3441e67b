// A small hostile registry, for what a real one will not serve on demand: manifests, blobs,
// headers and error bodies crafted by the test (terminal escapes in annotations, markdown in an
// error message, a decompression bomb as a layer). It speaks just enough of the distribution API
// for reads (GET /v2/, manifests and blobs by tag or digest); anything else, and any request a
// rule claims, gets what the test chose. Anonymous, plain http, on 127.0.0.1.
import { createHash } from 'node:crypto'
import type http from 'node:http'
import { smallServer, type SeenRequest, type SmallServer } from './small-servers.js'

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
export const PACK_CONFIG = 'application/vnd.cncf.helm.config.v1+json'
export const PACK_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip'

/** What the server answers for a request a rule claims. */
export interface CraftedReply {
  status: number
  headers?: Record<string, string>
  body?: string | Buffer
}

export interface HostileRegistry extends SmallServer {
  /** Serves `bytes` as a blob of every repository; returns its digest. */
  blob(bytes: Buffer): string
  /**
   * Serves a manifest (`bytes`, or an object written as JSON) at `repository:tag` and at its
   * digest; returns the digest. `headers` go out with it (they may lie).
   */
  manifest(
    repository: string,
    tag: string,
    manifest: Buffer | object,
    headers?: Record<string, string>
  ): string
  /** Serves a pack (config JSON, layer archive) at `repository:tag`; returns its manifest. */
  pack(
    repository: string,
    tag: string,
    parts: { archive: Buffer; config?: object | Buffer; annotations?: Record<string, string> }
  ): { digest: string; manifest: Record<string, unknown> }
  /** From now on, requests `when` accepts get `reply` (the first matching rule wins). */
  answer(when: (request: SeenRequest) => boolean, reply: CraftedReply): void
}

/** A distribution error body, as registries send them (any text may be put in `message`). */
export function errorBody(code: string, message: string): string {
  return JSON.stringify({ errors: [{ code, message }] })
}

export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

const MANIFEST_PATH = /^\/v2\/(.+)\/manifests\/([^/]+)$/
const BLOB_PATH = /^\/v2\/(.+)\/blobs\/(sha256:[a-f0-9]{64})$/

export async function hostileRegistry(): Promise<HostileRegistry> {
  const blobs = new Map<string, Buffer>()
  const manifests = new Map<string, { bytes: Buffer; headers: Record<string, string> }>()
  const rules: { when: (request: SeenRequest) => boolean; reply: CraftedReply }[] = []
  const server = await smallServer((request, res) => {
    const rule = rules.find((r) => r.when(request))
    if (rule) return send(res, request, rule.reply)
    send(res, request, distribution(request, blobs, manifests))
  })
  const registry: HostileRegistry = {
    ...server,
    blob: (bytes) => {
      const digest = sha256Digest(bytes)
      blobs.set(digest, bytes)
      return digest
    },
    manifest: (repository, tag, manifest, headers = {}) => {
      const bytes = Buffer.isBuffer(manifest) ? manifest : Buffer.from(JSON.stringify(manifest))
      const digest = sha256Digest(bytes)
      const served = { bytes, headers: { 'Content-Type': OCI_MANIFEST, ...headers } }
      manifests.set(`${repository} ${tag}`, served)
      manifests.set(`${repository} ${digest}`, served)
      return digest
    },
    pack: (repository, tag, parts) => {
      const config = parts.config ?? { name: 'hello-pack', version: '0.1.0', apiVersion: 'v2' }
      const configBytes = Buffer.isBuffer(config) ? config : Buffer.from(JSON.stringify(config))
      const manifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: {
          mediaType: PACK_CONFIG,
          digest: registry.blob(configBytes),
          size: configBytes.length
        },
        layers: [
          {
            mediaType: PACK_LAYER,
            digest: registry.blob(parts.archive),
            size: parts.archive.length
          }
        ],
        ...(parts.annotations ? { annotations: parts.annotations } : {})
      }
      return { digest: registry.manifest(repository, tag, manifest), manifest }
    },
    answer: (when, reply) => void rules.push({ when, reply })
  }
  return registry
}

function distribution(
  request: SeenRequest,
  blobs: Map<string, Buffer>,
  manifests: Map<string, { bytes: Buffer; headers: Record<string, string> }>
): CraftedReply {
  const read = request.method === 'GET' || request.method === 'HEAD'
  if (read && request.path === '/v2/') return { status: 200, body: '{}' }
  const manifest = MANIFEST_PATH.exec(request.path)
  if (read && manifest) {
    const found = manifests.get(`${manifest[1]} ${manifest[2]}`)
    if (!found) return notFound('MANIFEST_UNKNOWN', 'manifest unknown')
    const headers = { 'Docker-Content-Digest': sha256Digest(found.bytes), ...found.headers }
    return { status: 200, headers, body: found.bytes }
  }
  const blob = BLOB_PATH.exec(request.path)
  if (read && blob) {
    const found = blobs.get(blob[2] as string)
    if (!found) return notFound('BLOB_UNKNOWN', 'blob unknown to registry')
    const headers = {
      'Content-Type': 'application/octet-stream',
      'Docker-Content-Digest': blob[2] as string
    }
    return { status: 200, headers, body: found }
  }
  // A read of anything else (the referrers API among them) is not found, as on a registry
  // without that API; writes are refused.
  if (read) return notFound('NOT_FOUND', 'not found')
  return {
    status: 405,
    headers: { 'Content-Type': 'application/json' },
    body: errorBody('UNSUPPORTED', 'this registry only serves reads')
  }
}

function notFound(code: string, message: string): CraftedReply {
  return {
    status: 404,
    headers: { 'Content-Type': 'application/json' },
    body: errorBody(code, message)
  }
}

function send(res: http.ServerResponse, request: SeenRequest, reply: CraftedReply): void {
  const body = reply.body === undefined ? Buffer.alloc(0) : Buffer.from(reply.body)
  res.writeHead(reply.status, { 'Content-Length': String(body.length), ...reply.headers })
  res.end(request.method === 'HEAD' ? undefined : body)
}
