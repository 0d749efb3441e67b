// Picks a free TCP port on 127.0.0.1 for a server that cannot listen on port 0 itself.
import { createServer } from 'node:net'

/**
 * A port that was free a moment ago. Another process may take it before the caller binds it,
 * so callers retry with a new port when binding fails.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      if (address === null || typeof address === 'string') {
        server.close()
        reject(new Error('listening on port 0 gave no TCP port'))
        return
      }
      server.close(() => resolve(address.port))
    })
  })
}
