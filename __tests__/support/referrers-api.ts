// A small server in front of the real registry that adds what distribution lacks: the OCI 1.1
// referrers API (distribution-spec spec.md "Listing Referrers") with `OCI-Subject` on a PUT of a
// manifest with a subject, and paging by `Link`, a few entries per page. Everything else goes to
// the registry as it is, so what is stored is stored for real.
import { createHash } from 'node:crypto'
import type http from 'node:http'
import { frontProxy } from './fault-proxy.js'
import type { SeenRequest, SmallServer } from './small-servers.js'

export interface ReferrersApiOptions {
  /** Entries per page (default 1, so any two referrers need paging). */
  pageSize?: number
  /** false: answer the API with 404 but still send OCI-Subject (ECR before 2024-06). */
  api?: boolean
}

export interface ReferrersApiServer extends SmallServer {
  /** The referrers API requests it answered, with their query (`page`, `artifactType`). */
  apiRequests(): SeenRequest[]
}

const MANIFEST_PUT = /^\/v2\/(.+)\/manifests\/([^/]+)$/
const REFERRERS_GET = /^\/v2\/(.+)\/referrers\/(sha256:[a-f0-9]{64})$/

export async function referrersApiServer(
  registryHost: string,
  options: ReferrersApiOptions = {}
): Promise<ReferrersApiServer> {
  const pageSize = options.pageSize ?? 1
  const referrers = new Map<string, Record<string, unknown>[]>()
  const subjectOf = (request: SeenRequest): { repository: string; subject: string } | undefined => {
    const match = MANIFEST_PUT.exec(request.path)
    if (request.method !== 'PUT' || !match) return undefined
    try {
      const manifest = JSON.parse(request.body.toString('utf8')) as {
        subject?: { digest?: string }
      }
      const subject = manifest.subject?.digest
      return subject ? { repository: match[1]!, subject } : undefined
    } catch {
      return undefined
    }
  }
  const server = await frontProxy(registryHost, {
    after: (request, status) => {
      const found = subjectOf(request)
      if (!found || status !== 201) return
      const key = `${found.repository}@${found.subject}`
      const manifest = JSON.parse(request.body.toString('utf8')) as Record<string, unknown>
      const digest = 'sha256:' + createHash('sha256').update(request.body).digest('hex')
      const list = referrers.get(key) ?? []
      if (list.some((entry) => entry.digest === digest)) return
      list.push({
        mediaType: manifest.mediaType,
        digest,
        size: request.body.length,
        artifactType:
          manifest.artifactType ?? (manifest.config as { mediaType?: string }).mediaType,
        ...(manifest.annotations ? { annotations: manifest.annotations } : {})
      })
      referrers.set(key, list)
    },
    adjust: (request, status, headers) => {
      const found = subjectOf(request)
      if (found && status === 201) headers['oci-subject'] = found.subject
    },
    answer: (request, res) =>
      answerReferrers(request, res, referrers, pageSize, options.api ?? true)
  })
  return {
    ...server,
    apiRequests: () => server.seen.filter((r) => REFERRERS_GET.test(r.path))
  }
}

function answerReferrers(
  request: SeenRequest,
  res: http.ServerResponse,
  referrers: Map<string, Record<string, unknown>[]>,
  pageSize: number,
  api: boolean
): boolean {
  const match = REFERRERS_GET.exec(request.path)
  if (request.method !== 'GET' || !match) return false
  if (!api) {
    res.writeHead(404, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ errors: [{ code: 'NOT_FOUND', message: 'no referrers API' }] }))
    return true
  }
  const all = referrers.get(`${match[1]}@${match[2]}`) ?? []
  const page = Number(request.query.get('page') ?? '0')
  const entries = all.slice(page * pageSize, (page + 1) * pageSize)
  const headers: Record<string, string> = {
    'Content-Type': 'application/vnd.oci.image.index.v1+json'
  }
  if ((page + 1) * pageSize < all.length) {
    headers.Link = `<${request.path}?page=${page + 1}>; rel="next"`
  }
  res.writeHead(200, headers)
  res.end(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: entries
    })
  )
  return true
}
