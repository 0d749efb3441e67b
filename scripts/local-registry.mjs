// A throw-away OCI registry for trying the CLI: Debian's docker-registry (the CNCF distribution
// registry) on 127.0.0.1, anonymous, plain http, its storage in a temp dir removed on exit.
//
//   npm run registry                 (127.0.0.1:5000)
//   npm run registry -- --port 5001
//
// Stop it with Ctrl-C. Push to it with --plain-http: oci://127.0.0.1:5000/<repo>:<tag>.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setInterval } from 'node:timers'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: { port: { type: 'string', default: '5000' }, help: { type: 'boolean', short: 'h' } }
})
if (values.help) {
  console.log(
    'Usage: npm run registry [-- --port PORT]   (a registry on 127.0.0.1, Ctrl-C stops it)'
  )
  process.exit(0)
}
const port = Number(values.port)
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`local-registry: --port must be a port number, got '${values.port}'`)
  process.exit(2)
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'sherpack-local-registry-'))
const configFile = path.join(dir, 'config.yml')
// JSON is YAML, and leaves no doubt about quoting.
const config = {
  version: '0.1',
  log: { level: 'error', formatter: 'text', accesslog: { disabled: true } },
  storage: { filesystem: { rootdirectory: path.join(dir, 'storage') }, delete: { enabled: true } },
  http: { addr: `127.0.0.1:${port}`, secret: randomBytes(24).toString('hex') }
}
writeFileSync(configFile, JSON.stringify(config, null, 2))

const cleanUp = () => rmSync(dir, { recursive: true, force: true })
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
  if (error.code === 'ENOENT') {
    console.error(
      'local-registry: docker-registry is not installed. On Debian or Ubuntu: sudo apt-get install docker-registry\n' +
        `(or, with Docker: docker run --rm -p 127.0.0.1:${port}:5000 registry:2)`
    )
  } else {
    console.error(`local-registry: cannot run docker-registry: ${error.message}`)
  }
  process.exit(1)
})
registry.once('spawn', () => {
  console.log(
    `Registry on http://127.0.0.1:${port} (storage ${path.join(dir, 'storage')}); Ctrl-C stops it.`
  )
  console.log(
    `Try: node dist/cli.js push examples/hello-pack oci://127.0.0.1:${port}/demo/hello-pack --plain-http`
  )
})
registry.once('exit', (code, signal) => {
  cleanUp()
  if (signal === null && code !== 0) {
    console.error(logTail.trim())
    console.error(`local-registry: docker-registry exited with ${code} (is port ${port} taken?)`)
  }
  process.exit(code ?? 0)
})
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => registry.kill('SIGTERM'))
}
// `npm run registry &` then `kill %1` stops npm, which does not always pass the signal on: a
// registry whose parent is gone stops too.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) registry.kill('SIGTERM')
}, 500).unref()
