// Starts the real CNCF distribution registry (/usr/bin/docker-registry) on 127.0.0.1 for
// integration tests, anonymous, with htpasswd Basic auth, or with token auth from our own
// token server; counts requests from its access log.
import { spawn, type ChildProcess } from 'node:child_process'
import { endedEarly, startWatchdog, stopChild } from './child-process.js'
import { randomBytes, randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import https from 'node:https'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import type { Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './free-port.js'
import { basicAuthorization, HARNESS_USER_AGENT, isHarnessRequest } from './harness-http.js'
import { runChecked } from './run-command.js'
import { makeTestCertificate, type TestCertificate } from './test-ca.js'
import {
  startTokenServer,
  type AccessEntry,
  type RegistryAction,
  type TestUser,
  type TokenResponseShape,
  type TokenServer
} from './token-server.js'

export type { RegistryAction, TestUser, TokenServer } from './token-server.js'

export type RegistryAuthMode = 'anonymous' | 'htpasswd' | 'token'

export interface StartRegistryOptions {
  auth: RegistryAuthMode
  /**
   * Default: alice (pull, push) and reader (pull). `actions` defaults to pull and push.
   * Only token mode enforces actions: htpasswd lets every known user do everything.
   */
  users?: Record<
    string,
    {
      password: string
      actions?: RegistryAction[]
      /** Token mode: actions on the repositories named, instead of `actions`. */
      repositories?: Record<string, RegistryAction[]>
    }
  >
  /** Token mode: which keys the token answer carries. Default 'both'. */
  tokenResponse?: TokenResponseShape
  /** Token mode: seconds a token lives (expires_in and exp). Default 300. */
  expiresIn?: number
  /** Token mode: refresh token → user, for identity-token flows. */
  refreshTokens?: Record<string, string>
  /** Token mode: false makes the token server answer 405 to POST (as GHCR does). */
  oauthPost?: boolean
  /**
   * Serve https with a certificate from a CA made for this registry (`ca` on the result),
   * valid for 127.0.0.1, ::ffff:127.0.0.1 and localhost.
   */
  tls?: boolean
}

/** One line of the registry's access log. */
export interface AccessLogEntry {
  method: string
  /** The request path without its query string. */
  path: string
  /** The query string without its `?`, when there is one. */
  query?: string
  status: number
  /** Response body bytes, when the registry logged a number. */
  bytes?: number
  userAgent: string
}

export interface TestRegistry {
  /** '127.0.0.1:PORT' */
  host: string
  /** 'http://127.0.0.1:PORT', or https:// with `tls`. */
  url: string
  /** With `tls`: the CA certificate (PEM) that signed the registry's certificate. */
  ca?: string
  /** With `tls`: the same CA as a file, for NODE_EXTRA_CA_CERTS or skopeo's cert dir. */
  caFile?: string
  auth: RegistryAuthMode
  users: Record<string, TestUser>
  /** Token mode only. */
  tokenServer?: TokenServer
  /** Where the registry stores blobs and manifests. */
  storageDir: string
  /**
   * The docker-registry process's pid (e.g. for its CPU time in /proc/<pid>/stat). Token mode's
   * token server runs in this process, not in that one.
   */
  pid?: number
  /**
   * Requests logged so far by anyone but the harness itself. A request just answered may not
   * be in it yet: use flushAccessLog() when counting.
   */
  accessLog(): AccessLogEntry[]
  /** The access log once every request answered before this call has been logged. */
  flushAccessLog(): Promise<AccessLogEntry[]>
  /** Forgets the entries so far; flush first if requests may still be in flight. */
  clearAccessLog(): void
  /** The repository's tags, read with admin rights; [] when the repository is unknown. */
  listTags(repository: string): Promise<string[]>
  /**
   * The digest `tag` points to, read from the registry's storage (its tag link file): no
   * request, so nothing in the access log; null when there is no such tag.
   */
  tagDigest(repository: string, tag: string): Promise<string | null>
  /** Every repository, read with admin rights. */
  catalog(): Promise<string[]>
  /** Stops the registry (and token server) and removes its files. Safe to call twice. */
  stop(): Promise<void>
}

export const DEFAULT_USERS: Readonly<Record<string, TestUser>> = Object.freeze({
  alice: { password: 'alice-secret-pw', actions: ['pull', 'push'] },
  reader: { password: 'reader-secret-pw', actions: ['pull'] }
})

const SERVICE = 'test-registry'
const ISSUER = 'test-token-issuer'
const ADMIN_USER = 'harness-admin'
const READY_TIMEOUT_MS = 15_000
const BIND_ATTEMPTS = 5
const STDERR_TAIL_BYTES = 16 * 1024

interface LiveRegistry {
  registry: ChildProcess
  watchdog: ChildProcess
  dir: string
}

// Registries still running, killed when the test process exits however a test ended.
const liveRegistries = new Set<LiveRegistry>()
let exitHookInstalled = false

export async function startRegistry(options: StartRegistryOptions): Promise<TestRegistry> {
  installExitHook()
  const users: Record<string, TestUser> = {}
  for (const [name, user] of Object.entries(options.users ?? DEFAULT_USERS)) {
    if (name === ADMIN_USER) throw new Error(`the user name "${ADMIN_USER}" is the harness's own`)
    users[name] = { password: user.password, actions: [...(user.actions ?? ['pull', 'push'])] }
    if (user.repositories) users[name].repositories = { ...user.repositories }
  }
  const dir = await mkdtemp(join(tmpdir(), 'test-registry-'))
  const storageDir = join(dir, 'storage')
  const adminPassword = randomBytes(16).toString('hex')
  let tokenServer: TokenServer | undefined
  try {
    let authConfig: Record<string, unknown> | undefined
    if (options.auth === 'htpasswd') {
      const htpasswdPath = join(dir, 'htpasswd')
      await writeFile(
        htpasswdPath,
        await htpasswdLines({ ...users, [ADMIN_USER]: { password: adminPassword, actions: [] } })
      )
      authConfig = { htpasswd: { realm: SERVICE, path: htpasswdPath } }
    } else if (options.auth === 'token') {
      tokenServer = await startTokenServer({
        dir,
        service: SERVICE,
        issuer: ISSUER,
        users,
        tokenResponse: options.tokenResponse,
        expiresIn: options.expiresIn,
        refreshTokens: options.refreshTokens,
        oauthPost: options.oauthPost
      })
      authConfig = {
        token: {
          realm: tokenServer.url,
          service: SERVICE,
          issuer: ISSUER,
          rootcertbundle: tokenServer.certificatePath
        }
      }
    } else if (options.auth !== 'anonymous') {
      throw new Error(
        `unknown auth mode "${String(options.auth)}": use anonymous, htpasswd or token`
      )
    }

    const certificate = options.tls ? await makeTestCertificate(dir) : undefined
    const started = await launchOnFreePort(dir, storageDir, authConfig, certificate)
    const live: LiveRegistry = { ...started, dir }
    liveRegistries.add(live)
    const { host, log } = started
    const url = `${certificate ? 'https' : 'http'}://${host}`
    const ca = certificate?.caPem

    const adminAuthorization = (access: AccessEntry[]): string | undefined => {
      if (options.auth === 'htpasswd') return basicAuthorization(`${ADMIN_USER}:${adminPassword}`)
      if (tokenServer) return 'Bearer ' + tokenServer.mintToken(ADMIN_USER, access)
      return undefined
    }
    const adminGet = (path: string, access: AccessEntry[]) =>
      harnessGet(url + path, { authorization: adminAuthorization(access), ca })

    let stopping: Promise<void> | undefined
    return {
      host,
      url,
      ca,
      caFile: certificate?.caFile,
      auth: options.auth,
      users,
      tokenServer,
      storageDir,
      pid: started.registry.pid,
      accessLog: () => log.entries.slice(),
      flushAccessLog: async () => {
        await log.flush(url, ca)
        return log.entries.slice()
      },
      clearAccessLog: () => {
        log.entries.length = 0
      },
      listTags: async (repository) => {
        const path = `/v2/${repository}/tags/list`
        const response = await adminGet(path, [
          { type: 'repository', name: repository, actions: ['pull'] }
        ])
        if (response.status === 404) {
          await response.arrayBuffer()
          return []
        }
        const body = (await readJson(response, path)) as { tags?: string[] | null }
        return body.tags ?? []
      },
      tagDigest: async (repository, tag) => {
        const link = join(
          storageDir,
          'docker/registry/v2/repositories',
          repository,
          '_manifests/tags',
          tag,
          'current/link'
        )
        return readFile(link, 'utf8').then(
          (text) => text.trim(),
          (error: NodeJS.ErrnoException) => {
            if (error.code === 'ENOENT') return null
            throw error
          }
        )
      },
      catalog: async () => {
        const repositories: string[] = []
        let path: string | undefined = '/v2/_catalog?n=1000'
        while (path !== undefined) {
          const response = await adminGet(path, [
            { type: 'registry', name: 'catalog', actions: ['*'] }
          ])
          const body = (await readJson(response, path)) as { repositories?: string[] | null }
          repositories.push(...(body.repositories ?? []))
          path = /<([^>]+)>;\s*rel="?next"?/.exec(response.headers.get('link') ?? '')?.[1]
        }
        return repositories
      },
      stop: () => {
        stopping ??= (async () => {
          await stopProcess(live)
          liveRegistries.delete(live)
          await tokenServer?.close()
          await rm(dir, { recursive: true, force: true })
        })()
        return stopping
      }
    }
  } catch (error) {
    await tokenServer?.close()
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}

interface AccessLog {
  entries: AccessLogEntry[]
  flush(url: string, ca: string | undefined): Promise<void>
}

interface StartedRegistry {
  host: string
  registry: ChildProcess
  watchdog: ChildProcess
  log: AccessLog
}

/** Starts the registry on a free port, trying another when someone took the port meanwhile. */
async function launchOnFreePort(
  dir: string,
  storageDir: string,
  authConfig: Record<string, unknown> | undefined,
  certificate: TestCertificate | undefined
): Promise<StartedRegistry> {
  for (let attempt = 1; ; attempt++) {
    const host = `127.0.0.1:${await freePort()}`
    const configPath = join(dir, 'config.yml')
    // JSON is YAML, and leaves no doubt about quoting.
    const config = {
      version: '0.1',
      log: { level: 'info', formatter: 'text', accesslog: { disabled: false } },
      storage: {
        filesystem: { rootdirectory: storageDir },
        delete: { enabled: true },
        maintenance: { uploadpurging: { enabled: false } }
      },
      http: {
        addr: host,
        secret: randomBytes(24).toString('hex'),
        ...(certificate
          ? { tls: { certificate: certificate.certificateFile, key: certificate.keyFile } }
          : {})
      },
      ...(authConfig ? { auth: authConfig } : {})
    }
    await writeFile(configPath, JSON.stringify(config, null, 2))
    try {
      return await launch(host, dir, configPath, certificate?.caPem)
    } catch (error) {
      const busy = error instanceof Error && /address already in use/.test(error.message)
      if (!busy || attempt >= BIND_ATTEMPTS) throw error
    }
  }
}

async function launch(
  host: string,
  dir: string,
  configPath: string,
  ca: string | undefined
): Promise<StartedRegistry> {
  const registry = spawn('docker-registry', ['serve', configPath], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderrTail = ''
  registry.stderr?.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL_BYTES)
  })
  const log = followAccessLog(registry)
  const exited = endedEarly(registry, 'docker-registry').then(
    (why) => `${why} before answering on ${host}`
  )
  // Let a test process that forgot stop() end; the exit hook and the watchdog clean up.
  registry.unref()
  ;(registry.stdout as Socket | null)?.unref()
  ;(registry.stderr as Socket | null)?.unref()

  const failure = await Promise.race([waitUntilAnswering(host, ca), exited])
  if (failure !== undefined) {
    registry.kill('SIGKILL')
    // Let the last of stderr arrive: it says why the registry did not come up.
    await new Promise((resolve) => setTimeout(resolve, 50))
    throw new Error(`${failure}\n--- docker-registry stderr ---\n${stderrTail.trim()}`)
  }
  return { host, registry, watchdog: startWatchdog(registry, 'registry', dir), log }
}

/** Resolves undefined once GET /v2/ answers 200 or 401, or a reason when it never does. */
async function waitUntilAnswering(
  host: string,
  ca: string | undefined
): Promise<string | undefined> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  let last = 'no answer'
  while (Date.now() < deadline) {
    try {
      const url = `${ca ? 'https' : 'http'}://${host}/v2/`
      const response = await harnessGet(url, { ca, timeoutMs: 1000 })
      await response.arrayBuffer()
      if (response.status === 200 || response.status === 401) return undefined
      last = `GET /v2/ answered ${response.status}`
    } catch (error) {
      last = error instanceof Error ? String(error.cause ?? error.message) : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return `docker-registry did not answer on ${host} within ${READY_TIMEOUT_MS} ms (${last})`
}

// A line of the Combined Log Format the registry writes on stdout:
// 127.0.0.1 - - [date] "GET /v2/ HTTP/1.1" 200 2 "referer" "user agent"
const ACCESS_LINE = /^\S+ \S+ \S+ \[[^\]]*\] "(\S+) (\S+) [^"]*" (\d{3}) (\d+|-) "[^"]*" "(.*)"$/

function followAccessLog(registry: ChildProcess): AccessLog {
  const entries: AccessLogEntry[] = []
  const flushWaiters = new Map<string, () => void>()
  let partial = ''
  registry.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      const match = ACCESS_LINE.exec(line)
      if (!match) continue
      const [, method = '', target = '', status = '0', bytes = '-', userAgent = ''] = match
      if (isHarnessRequest(userAgent)) {
        flushWaiters.get(userAgent)?.()
        continue
      }
      const [path = target, query] = target.split('?')
      const entry: AccessLogEntry = { method, path, status: Number(status), userAgent }
      if (query) entry.query = query
      if (bytes !== '-') entry.bytes = Number(bytes)
      entries.push(entry)
    }
  })
  return {
    entries,
    // The registry logs a request as it finishes it, so once a marker request sent after
    // everything else shows up, the requests answered before it are in the log too.
    flush: async (url, ca) => {
      const marker = `${HARNESS_USER_AGENT} flush/${randomUUID()}`
      const seen = new Promise<void>((resolve) => flushWaiters.set(marker, resolve))
      try {
        const response = await harnessGet(url + '/v2/', { ca, userAgent: marker })
        await response.arrayBuffer()
        await Promise.race([
          seen,
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error('the access log did not show a request')), 5000)
          )
        ])
      } finally {
        flushWaiters.delete(marker)
      }
    }
  }
}

async function stopProcess(live: LiveRegistry): Promise<void> {
  const { registry, watchdog } = live
  // The watchdog goes first, so that it cannot kill a recycled pid afterwards.
  watchdog.kill('SIGKILL')
  await stopChild(registry)
}

function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.on('exit', () => {
    for (const live of liveRegistries) {
      live.watchdog.kill('SIGKILL')
      live.registry.kill('SIGKILL')
      rmSync(live.dir, { recursive: true, force: true })
    }
  })
}

async function htpasswdLines(users: Record<string, TestUser>): Promise<string> {
  const lines = await Promise.all(
    Object.entries(users).map(async ([name, user]) => {
      // -i: the password comes on stdin, not on a command line other processes can read.
      const result = await runChecked('htpasswd', ['-Bin', name], { input: user.password + '\n' })
      return result.stdout.toString('utf8').trim()
    })
  )
  return lines.join('\n') + '\n'
}

interface HarnessGetOptions {
  authorization?: string
  timeoutMs?: number
  /** A TLS registry's CA: fetch() cannot be told one, so node:https is used. */
  ca?: string
  userAgent?: string
}

function harnessGet(url: string, options: HarnessGetOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { 'User-Agent': options.userAgent ?? HARNESS_USER_AGENT }
  if (options.authorization) headers.Authorization = options.authorization
  const timeoutMs = options.timeoutMs ?? 10_000
  if (options.ca === undefined)
    return fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) })
  const ca = options.ca
  return new Promise((resolve, reject) => {
    const request = https.get(url, { headers, ca, timeout: timeoutMs, agent: false }, (answer) => {
      const chunks: Buffer[] = []
      answer.on('data', (chunk: Buffer) => chunks.push(chunk))
      answer.on('error', reject)
      answer.on('end', () => {
        const responseHeaders = new Headers()
        for (const [name, value] of Object.entries(answer.headers)) {
          for (const one of Array.isArray(value) ? value : [value ?? '']) {
            responseHeaders.append(name, one)
          }
        }
        resolve(
          new Response(Buffer.concat(chunks), {
            status: answer.statusCode,
            headers: responseHeaders
          })
        )
      })
    })
    request.on('timeout', () =>
      request.destroy(new Error(`GET ${url}: no answer in ${timeoutMs} ms`))
    )
    request.on('error', reject)
  })
}

async function readJson(response: Response, path: string): Promise<unknown> {
  if (!response.ok) {
    throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`)
  }
  return response.json()
}
