// A TCP relay in front of the registry that counts connections and bytes each way. The
// registry builds its upload Locations from the Host header, so clients keep coming through
// the relay. Used in a separate, untimed run per tool: relaying costs time of its own.
import net from 'node:net'

export async function startCountingProxy(target) {
  const [targetHost, targetPort] = target.split(':')
  const counts = { connections: 0, bytesSent: 0, bytesReceived: 0 }
  const sockets = new Set()
  const server = net.createServer((client) => {
    counts.connections++
    const upstream = net.connect(Number(targetPort), targetHost)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => {
        client.destroy()
        upstream.destroy()
      })
    }
    client.on('data', (chunk) => {
      counts.bytesSent += chunk.length
    })
    upstream.on('data', (chunk) => {
      counts.bytesReceived += chunk.length
    })
    client.pipe(upstream)
    upstream.pipe(client)
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  return {
    host: `127.0.0.1:${server.address().port}`,
    /** The counts since the last reset, then starts counting again from zero. */
    take() {
      const taken = { ...counts }
      counts.connections = 0
      counts.bytesSent = 0
      counts.bytesReceived = 0
      return taken
    },
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise((resolve) => server.close(() => resolve()))
    }
  }
}
