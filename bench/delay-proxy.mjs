// A TCP relay in front of a registry that makes it "far away": every chunk, each way, is held
// for `delayMs` before it is passed on (10 ms by default: 20 ms round trips), and a new
// connection's first client bytes are held until three one-way delays after the accept, as if
// the TCP handshake (SYN, SYN-ACK) had crossed the same distance. It records when each chunk
// arrives, its direction and size, so the benchmark can count bytes, connections and the
// sequential round-trip stages of a push (stages.mjs). TLS passes through untouched: the
// registry's certificate covers 127.0.0.1, whichever port the client dialled.
//
// The registry builds its upload Locations from the Host header, so clients keep coming through
// the relay. Memory stays bounded: a side that has more than HIGH_WATER bytes waiting is paused.
import net from 'node:net'
import { performance } from 'node:perf_hooks'

const HIGH_WATER = 4 * 1024 * 1024
const LOW_WATER = 1024 * 1024
/** Bytes of a flight's first chunk kept, to name what it is (TLS hello, an HTTP request line). */
const HEAD_BYTES = 512

/**
 * Starts the relay on 127.0.0.1 (a free port) to `target` ('host:port'). Resolves
 * { host, delayMs, take(), close() }; take() hands over what was recorded since the last call.
 */
export async function startDelayProxy(target, { delayMs = 10 } = {}) {
  const [targetHost, targetPort] = target.split(':')
  const sockets = new Set()
  let connections = []
  const server = net.createServer({ noDelay: true }, (client) => {
    const connection = { acceptedAt: performance.now(), chunks: [] }
    connections.push(connection)
    const upstream = net.connect({ port: Number(targetPort), host: targetHost, noDelay: true })
    const closeBoth = () => {
      client.destroy()
      upstream.destroy()
    }
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', closeBoth)
    }
    const handshakeDone = connection.acceptedAt + 3 * delayMs
    relay(client, upstream, { delayMs, notBefore: handshakeDone, record: recorder('up') })
    relay(upstream, client, { delayMs, notBefore: 0, record: recorder('down') })

    function recorder(direction) {
      return (chunk, at) => {
        const chunks = connection.chunks
        const previous = chunks[chunks.length - 1]
        const head = previous?.direction === direction ? undefined : chunk.subarray(0, HEAD_BYTES)
        chunks.push({ direction, at, bytes: chunk.length, head })
      }
    }
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  return {
    host: `127.0.0.1:${server.address().port}`,
    delayMs,
    /** The connections accepted since the last call, with their chunks, then starts afresh. */
    take() {
      const taken = connections
      connections = []
      return taken
    },
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise((resolve) => server.close(() => resolve()))
    }
  }
}

/**
 * Passes what `source` reads on to `destination`, each chunk no earlier than `delayMs` after it
 * arrived (and not before `notBefore`), in order, and `source`'s end after its last chunk.
 */
function relay(source, destination, { delayMs, notBefore, record }) {
  const queue = []
  let queuedBytes = 0
  let timer
  let waitingForDrain = false

  source.on('data', (chunk) => {
    const at = performance.now()
    record(chunk, at)
    queue.push({ due: Math.max(at + delayMs, notBefore), chunk })
    queuedBytes += chunk.length
    if (queuedBytes > HIGH_WATER) source.pause()
    pump()
  })
  source.on('end', () => {
    queue.push({ due: Math.max(performance.now() + delayMs, notBefore), end: true })
    pump()
  })

  function pump() {
    if (timer || waitingForDrain) return
    while (queue.length > 0) {
      const wait = queue[0].due - performance.now()
      if (wait > 0) {
        timer = setTimeout(() => {
          timer = undefined
          pump()
        }, Math.ceil(wait))
        return
      }
      const next = queue.shift()
      if (next.end) {
        destination.end()
        return
      }
      queuedBytes -= next.chunk.length
      if (source.isPaused() && queuedBytes < LOW_WATER) source.resume()
      if (destination.destroyed) return
      if (!destination.write(next.chunk)) {
        waitingForDrain = true
        destination.once('drain', () => {
          waitingForDrain = false
          pump()
        })
        return
      }
    }
  }
}
