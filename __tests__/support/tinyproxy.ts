// Starts Debian's tinyproxy (a real forward proxy: absolute-URI requests and CONNECT) on
// 127.0.0.1 with a free port and a config written here, and reads its log to tell which
// requests went through it.
import { spawn, type ChildProcess } from 'node:child_process'
import { endedEarly, startWatchdog, stopChild } from './child-process.js'
import { rmSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './free-port.js'

export interface TinyproxyOptions {
  /**
   * Ports CONNECT may open tunnels to. Left out: any port. `[1]` makes the proxy refuse every
   * tunnel to a test server (403 Access violation), as a locked-down corporate proxy does.
   */
  connectPorts?: number[]
  /** Proxy credentials the proxy demands (407 without them). Letters and digits only. */
  basicAuth?: { user: string; password: string }
}

/** One request line the proxy logged: `CONNECT [::ffff:127.0.0.1]:5000` or `PUT http://…`. */
export interface ProxiedLine {
  method: string
  target: string
}

export interface Tinyproxy {
  /** 'http://127.0.0.1:PORT' */
  url: string
  port: number
  /** The request lines logged so far (the proxy logs each one before it forwards it). */
  requests(): Promise<ProxiedLine[]>
  stop(): Promise<void>
}

const READY_TIMEOUT_MS = 10_000
const BIND_ATTEMPTS = 5
const REQUEST_LINE = /Request \(file descriptor \d+\): (\S+) (\S+) HTTP\/[\d.]+$/

const live = new Set<{ child: ChildProcess; dir: string }>()
let exitHookInstalled = false

export async function startTinyproxy(options: TinyproxyOptions = {}): Promise<Tinyproxy> {
  installExitHook()
  const dir = await mkdtemp(join(tmpdir(), 'test-tinyproxy-'))
  const logFile = join(dir, 'tinyproxy.log')
  try {
    for (let attempt = 1; ; attempt++) {
      const port = await freePort()
      const configFile = join(dir, 'tinyproxy.conf')
      await writeFile(configFile, config(port, logFile, options))
      await writeFile(logFile, '')
      const started = await launch(configFile, port, logFile)
      if (typeof started === 'string') {
        const busy = /address already in use|Could not create listening sockets/i.test(started)
        if (busy && attempt < BIND_ATTEMPTS) continue
        throw new Error(started)
      }
      const entry = { child: started, dir }
      live.add(entry)
      return {
        url: `http://127.0.0.1:${port}`,
        port,
        requests: async () => parseLog(await readFile(logFile, 'utf8')),
        stop: async () => {
          live.delete(entry)
          await stopChild(started)
          await rm(dir, { recursive: true, force: true })
        }
      }
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}

function config(port: number, logFile: string, options: TinyproxyOptions): string {
  const lines = [
    `Port ${port}`,
    'Listen 127.0.0.1',
    'Timeout 60',
    `LogFile "${logFile}"`,
    // Connect level logs every request line, which is what the tests read.
    'LogLevel Connect',
    'MaxClients 64',
    'Allow 127.0.0.1',
    'DisableViaHeader Yes',
    ...(options.connectPorts ?? []).map((p) => `ConnectPort ${p}`)
  ]
  if (options.basicAuth) {
    const { user, password } = options.basicAuth
    if (!/^\w+$/.test(user) || !/^\w+$/.test(password)) {
      throw new Error('tinyproxy BasicAuth takes letters, digits and _ only')
    }
    lines.push(`BasicAuth ${user} ${password}`)
  }
  return lines.join('\n') + '\n'
}

/** The running child, or why it did not come up. */
async function launch(
  configFile: string,
  port: number,
  logFile: string
): Promise<ChildProcess | string> {
  // -d: stay in the foreground, so the child is the proxy and stopping it stops the proxy.
  const child = spawn('tinyproxy', ['-d', '-c', configFile], {
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const exited = endedEarly(child, 'tinyproxy')
  const failure = await Promise.race([waitForPort(port), exited])
  if (failure === undefined) {
    startWatchdog(child, 'tinyproxy')
    // Let a test process that forgot stop() end; the exit hook and the watchdog clean up.
    child.unref()
    ;(child.stderr as Socket | null)?.unref()
    return child
  }
  child.kill('SIGKILL')
  const log = await readFile(logFile, 'utf8').catch(() => '')
  return `${failure} before listening on 127.0.0.1:${port}\n${stderr}${log}`.trim()
}

async function waitForPort(port: number): Promise<string | undefined> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return undefined
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return `tinyproxy did not listen within ${READY_TIMEOUT_MS} ms`
}

function parseLog(text: string): ProxiedLine[] {
  const lines: ProxiedLine[] = []
  for (const line of text.split('\n')) {
    const match = REQUEST_LINE.exec(line.trimEnd())
    if (match?.[1] && match[2]) lines.push({ method: match[1], target: match[2] })
  }
  return lines
}

function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.on('exit', () => {
    for (const entry of live) {
      entry.child.kill('SIGKILL')
      rmSync(entry.dir, { recursive: true, force: true })
    }
  })
}
