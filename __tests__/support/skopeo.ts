// Independent readers and writers for a test registry, so tests never check our registry
// client with itself: skopeo (inspect, copy) and a plain fetch of a blob.
import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { basicAuthorization, HARNESS_USER_AGENT, parseFirstChallenge } from './harness-http.js'
import { runChecked } from './run-command.js'

export interface SkopeoCopyResult {
  elapsedMs: number
  /** Peak resident memory of skopeo in KiB, from GNU time; undefined without /usr/bin/time. */
  maxRssKb?: number
}

/**
 * The manifest bytes exactly as the registry stores them. `ref` is 'host/repo:tag' or
 * 'host/repo@sha256:…' (a leading 'docker://' is accepted). `creds` is 'user:password'.
 */
export async function skopeoInspectRaw(
  ref: string,
  opts: { creds?: string } = {}
): Promise<Buffer> {
  return withSkopeoConfig(async (config) => {
    const result = await runChecked(
      'skopeo',
      [
        'inspect',
        '--raw',
        '--tls-verify=false',
        '--authfile',
        config.authFile,
        ...credentialArgs('', opts.creds),
        dockerRef(ref)
      ],
      { env: config.env }
    )
    return result.stdout
  })
}

/**
 * Pushes the image `tag` of an OCI layout with `skopeo copy`, digests preserved, as a peer in
 * benchmarks. `destRef` is 'host/repo:tag'. skopeo caches where it saw blobs (in
 * /var/lib/containers/cache for root) and may mount instead of upload: push fresh content.
 */
export async function skopeoCopyLayoutToRegistry(
  layoutDir: string,
  tag: string,
  destRef: string,
  creds?: string
): Promise<SkopeoCopyResult> {
  return withSkopeoConfig(async (config) => {
    const skopeoArgs = [
      '--policy',
      config.policyFile,
      'copy',
      '--preserve-digests',
      '--dest-tls-verify=false',
      '--dest-authfile',
      config.authFile,
      ...credentialArgs('dest-', creds),
      `oci:${layoutDir}:${tag}`,
      dockerRef(destRef)
    ]
    const timeOutput = join(config.dir, 'time.out')
    const measured = await hasGnuTime()
    const started = performance.now()
    if (measured) {
      await runChecked('/usr/bin/time', ['-f', '%M', '-o', timeOutput, 'skopeo', ...skopeoArgs], {
        env: config.env
      })
    } else {
      await runChecked('skopeo', skopeoArgs, { env: config.env })
    }
    const elapsedMs = performance.now() - started
    if (!measured) return { elapsedMs }
    const maxRssKb = Number((await readFile(timeOutput, 'utf8')).trim().split('\n').pop())
    return Number.isFinite(maxRssKb) ? { elapsedMs, maxRssKb } : { elapsedMs }
  })
}

/**
 * Reads a blob over plain HTTP, doing the Basic or token dance itself and following
 * redirects (without Authorization once the origin changes). Rejects when the bytes do not
 * match the digest. `creds` is 'user:password'; without it the read is anonymous.
 */
export async function fetchBlob(
  registry: { url: string },
  repo: string,
  digest: string,
  creds?: string
): Promise<Buffer> {
  const blobUrl = `${registry.url}/v2/${repo}/blobs/${digest}`
  let response = await getFollowingRedirects(blobUrl, undefined)
  if (response.status === 401) {
    const challenge = parseFirstChallenge(response.headers.get('www-authenticate') ?? '')
    await response.arrayBuffer()
    let authorization: string
    if (challenge.scheme === 'basic') {
      if (creds === undefined) throw new Error(`${blobUrl} needs credentials (Basic)`)
      authorization = basicAuthorization(creds)
    } else if (challenge.scheme === 'bearer') {
      authorization = 'Bearer ' + (await fetchToken(challenge.params, repo, creds))
    } else {
      throw new Error(`${blobUrl} asks for unsupported auth scheme "${challenge.scheme}"`)
    }
    response = await getFollowingRedirects(blobUrl, authorization)
  }
  if (response.status !== 200) {
    throw new Error(`GET ${blobUrl} answered ${response.status}: ${await response.text()}`)
  }
  const bytes = Buffer.from(await response.arrayBuffer())
  const actual = 'sha256:' + createHash('sha256').update(bytes).digest('hex')
  if (actual !== digest) throw new Error(`blob ${digest} read back as ${actual}`)
  return bytes
}

async function fetchToken(
  params: Record<string, string>,
  repo: string,
  creds: string | undefined
): Promise<string> {
  if (!params.realm) throw new Error('the Bearer challenge has no realm')
  const tokenUrl = new URL(params.realm)
  if (params.service) tokenUrl.searchParams.set('service', params.service)
  tokenUrl.searchParams.set('scope', `repository:${repo}:pull`)
  const headers: Record<string, string> = { 'User-Agent': HARNESS_USER_AGENT }
  if (creds !== undefined) headers.Authorization = basicAuthorization(creds)
  const response = await fetch(tokenUrl, { headers })
  if (!response.ok) {
    throw new Error(`the token server answered ${response.status}: ${await response.text()}`)
  }
  const body = (await response.json()) as { token?: string; access_token?: string }
  const token = body.token ?? body.access_token
  if (!token) throw new Error('the token server answered without a token')
  return token
}

async function getFollowingRedirects(
  url: string,
  authorization: string | undefined
): Promise<Response> {
  let current = new URL(url)
  const origin = current.origin
  for (let hop = 0; hop <= 5; hop++) {
    const headers: Record<string, string> = { 'User-Agent': HARNESS_USER_AGENT }
    // Storage behind a redirect (S3 and the like) refuses a second Authorization.
    if (authorization !== undefined && current.origin === origin) {
      headers.Authorization = authorization
    }
    const response = await fetch(current, { headers, redirect: 'manual' })
    const location = response.headers.get('location')
    if (response.status < 300 || response.status >= 400 || location === null) return response
    await response.arrayBuffer()
    current = new URL(location, current)
  }
  throw new Error(`${url} redirected more than 5 times`)
}

interface SkopeoConfig {
  dir: string
  authFile: string
  policyFile: string
  env: NodeJS.ProcessEnv
}

/**
 * Runs with an empty auth file and an accept-anything policy of our own, so the machine's
 * or the user's containers configuration cannot change what a test sees.
 */
async function withSkopeoConfig<T>(use: (config: SkopeoConfig) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'test-skopeo-'))
  try {
    const authFile = join(dir, 'auth.json')
    const policyFile = join(dir, 'policy.json')
    await writeFile(authFile, '{"auths":{}}\n')
    await writeFile(policyFile, '{"default":[{"type":"insecureAcceptAnything"}]}\n')
    const env = { ...process.env, REGISTRY_AUTH_FILE: authFile, DOCKER_CONFIG: dir }
    return await use({ dir, authFile, policyFile, env })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function credentialArgs(prefix: '' | 'dest-', creds: string | undefined): string[] {
  return creds === undefined ? [`--${prefix}no-creds`] : [`--${prefix}creds`, creds]
}

function dockerRef(ref: string): string {
  return ref.startsWith('docker://') ? ref : 'docker://' + ref
}

let gnuTime: Promise<boolean> | undefined

function hasGnuTime(): Promise<boolean> {
  gnuTime ??= access('/usr/bin/time', constants.X_OK).then(
    () => true,
    () => false
  )
  return gnuTime
}
