// A throw-away OCI registry for trying the CLI: Debian's docker-registry (the CNCF distribution
// registry) on 127.0.0.1, plain http, its storage in a temp dir removed when it stops.
// Anonymous, or with a login (--auth USER:PASSWORD, an htpasswd file) to try every way of
// giving credentials: --username/--password, SHERPACK_OCI_*, a Docker config.
//
//   npm run registry                                   (127.0.0.1:5000, anonymous)
//   npm run registry -- --port 5001 --auth ci:secret   (pushes need ci / secret)
//
// Stop it with Ctrl-C. Push to it with --plain-http: oci://127.0.0.1:5000/<repo>:<tag>.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { setInterval, setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'

const USAGE = `Usage: npm run registry [-- --port PORT] [--auth USER:PASSWORD]

A throw-away OCI registry on http://127.0.0.1:PORT for trying sherpack-push; Ctrl-C stops it
and removes what was pushed.

  --port PORT           the port to listen on (default 5000)
  --auth USER:PASSWORD  refuse anonymous requests; accept this user (an htpasswd login)
  -h, --help            this text`

function fail(message, code) {
  console.error(`local-registry: ${message}`)
  process.exit(code)
}

function readOptions() {
  let values
  try {
    values = parseArgs({
      options: {
        port: { type: 'string', default: '5000' },
        auth: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    }).values
  } catch (error) {
    fail(`${error.message}\n\n${USAGE}`, 2)
  }
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const port = Number(values.port)
  if (!/^\d+$/.test(values.port) || port < 1 || port > 65535) {
    fail(`--port must be a port number (1-65535), got '${values.port}'\n\n${USAGE}`, 2)
  }
  let login
  if (values.auth !== undefined) {
    const colon = values.auth.indexOf(':')
    if (colon < 1 || colon === values.auth.length - 1) {
      fail(`--auth must be USER:PASSWORD, e.g. --auth ci:secret\n\n${USAGE}`, 2)
    }
    login = { user: values.auth.slice(0, colon), password: values.auth.slice(colon + 1) }
  }
  return { port, login }
}

/** `htpasswd -Bin USER` (bcrypt, what the registry reads), the password on stdin. */
function htpasswdLine(login) {
  return new Promise((resolve, reject) => {
    const child = spawn('htpasswd', ['-Bin', login.user], { stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.once('error', (error) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(
              'htpasswd is not installed (--auth needs it). On Debian or Ubuntu: sudo apt-get install apache2-utils'
            )
          : error
      )
    )
    child.once('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`htpasswd failed: ${stderr.trim()}`))
    )
    child.stdin.end(`${login.password}\n`)
  })
}

/** The registry's configuration (JSON is YAML, and leaves no doubt about quoting). */
async function writeConfig(dir, port, login) {
  const config = {
    version: '0.1',
    log: { level: 'error', formatter: 'text', accesslog: { disabled: true } },
    storage: {
      filesystem: { rootdirectory: path.join(dir, 'storage') },
      delete: { enabled: true }
    },
    http: { addr: `127.0.0.1:${port}`, secret: randomBytes(24).toString('hex') }
  }
  if (login) {
    const htpasswd = path.join(dir, 'htpasswd')
    writeFileSync(htpasswd, await htpasswdLine(login), { mode: 0o600 })
    config.auth = { htpasswd: { realm: 'local-registry', path: htpasswd } }
  }
  const file = path.join(dir, 'config.yml')
  writeFileSync(file, JSON.stringify(config, null, 2))
  return file
}

/** Whether a GET of `url` gets any answer within a second. */
function answers(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 1000 }, (response) => {
      response.resume()
      resolve(true)
    })
    request.once('timeout', () => request.destroy())
    request.once('error', () => resolve(false))
  })
}

/** Resolves once GET /v2/ gets an answer (any status: 401 with --auth): it listens. */
async function answering(url, registry) {
  for (let tries = 0; tries < 300 && registry.exitCode === null; tries++) {
    if (await answers(`${url}/v2/`)) return true
    await sleep(100)
  }
  return false
}

function printHowToUse(url, host, login) {
  const lines = [`Registry listening on ${url}; Ctrl-C stops it (and removes what was pushed).`]
  const destination = `oci://${host}/demo/hello-pack`
  if (!login) {
    lines.push(`Try: node dist/cli.js push examples/hello-pack ${destination} --plain-http`)
  } else {
    const { user, password } = login
    lines.push(
      `Anonymous requests are refused; log in as ${user}, in any of these ways:`,
      `  echo '${password}' | node dist/cli.js push examples/hello-pack ${destination} --plain-http -u ${user} --password-stdin`,
      `  SHERPACK_OCI_USERNAME=${user} SHERPACK_OCI_PASSWORD='${password}' node dist/cli.js push examples/hello-pack ${destination} --plain-http`,
      `  a Docker config: DOCKER_CONFIG=DIR, with DIR/config.json holding`,
      `    {"auths": {"${host}": {"auth": "${Buffer.from(`${user}:${password}`).toString('base64')}"}}}`
    )
  }
  console.log(lines.join('\n'))
}

async function main() {
  const { port, login } = readOptions()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sherpack-local-registry-'))
  const cleanUp = () => rmSync(dir, { recursive: true, force: true })
  let configFile
  try {
    configFile = await writeConfig(dir, port, login)
  } catch (error) {
    cleanUp()
    fail(error.message, 1)
  }
  // Its log calls every 404 to a blob HEAD an error, which every first push makes: the log is
  // kept back, and shown only if the registry stops by itself.
  const registry = spawn('docker-registry', ['serve', configFile], {
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let logTail = ''
  registry.stderr.on('data', (chunk) => {
    logTail = (logTail + chunk.toString('utf8')).slice(-8192)
  })
  registry.once('error', (error) => {
    cleanUp()
    fail(
      error.code === 'ENOENT'
        ? 'docker-registry is not installed. On Debian or Ubuntu: sudo apt-get install docker-registry\n' +
            `(or, with Docker: docker run --rm -p 127.0.0.1:${port}:5000 registry:2)`
        : `cannot run docker-registry: ${error.message}`,
      1
    )
  })
  registry.once('exit', (code, signal) => {
    cleanUp()
    if (signal === null && code !== 0) {
      console.error(logTail.trim())
      fail(`docker-registry exited with ${code} (is port ${port} taken?)`, code ?? 1)
    }
    process.exit(0)
  })
  for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(name, () => registry.kill('SIGTERM'))
  }
  const host = `127.0.0.1:${port}`
  if (await answering(`http://${host}`, registry)) {
    printHowToUse(`http://${host}`, host, login)
  } else if (registry.exitCode === null) {
    console.error(logTail.trim())
    console.error(`local-registry: docker-registry did not answer on ${host} within 30 s`)
    registry.kill('SIGTERM')
    return
  }
  // `npm run registry &` then `kill %1` stops npm, which does not always pass the signal on: a
  // registry whose parent is gone stops too.
  const parent = process.ppid
  for await (const _ of setInterval(500, undefined, { ref: false })) {
    if (process.ppid !== parent) registry.kill('SIGTERM')
  }
}

await main()
