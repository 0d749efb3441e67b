// Sequential round-trip stages of one push, from the delaying proxy's timestamps.
//
// A flight is what one side sends on one connection before the other side answers. A client
// flight is in stage 1 + the highest stage of anything the client had received by the time it
// sent it (on any connection: the client may have waited for one answer before asking on
// another socket); a server flight is in the stage of the client flight it answers. A new
// connection's handshake (SYN, SYN-ACK) is a stage of its own. The push's stage count is the
// highest stage: the length of its chain of waits for the far end, each a round trip. Work the
// client does between two waits does not add a stage; two requests sent side by side share one.
// Client flights are named by their first bytes: `TLS hello`, an HTTP/1.1 request (`HEAD blob`),
// `h2` (the HTTP/2 preface) or `TLS data` (encrypted: a request, or the end of the handshake).
import { classifyRequest } from './requests.mjs'

/**
 * { stages, connections, bytesSent, bytesReceived, perStage: [{ stage, names: Map }], spanMs }
 * of the connections one push opened through the proxy (proxy.take()), delayed by `delayMs`.
 */
export function analyseStages(connections, delayMs) {
  const deliveries = [] // { at, stage }: server flights as the client received them
  const perStage = new Map()
  const name = (stage, what) => {
    const names = perStage.get(stage) ?? new Map()
    names.set(what, (names.get(what) ?? 0) + 1)
    perStage.set(stage, names)
  }
  const stageAt = (at) =>
    deliveries.reduce((max, d) => (d.at <= at ? Math.max(max, d.stage) : max), 0)

  const events = []
  for (const connection of connections) {
    events.push({ at: connection.acceptedAt, connection })
    for (const chunk of connection.chunks) events.push({ at: chunk.at, connection, chunk })
  }
  events.sort((a, b) => a.at - b.at)
  const state = new Map() // connection → { connectStage, lastUpStage, lastDirection, flights }
  let bytesSent = 0
  let bytesReceived = 0
  let last = 0
  for (const { at, connection, chunk } of events) {
    last = Math.max(last, at + delayMs)
    if (!chunk) {
      const connectStage = 1 + stageAt(at)
      state.set(connection, { connectStage, lastUpStage: connectStage, flights: 0 })
      deliveries.push({ at: at + 2 * delayMs, stage: connectStage })
      name(connectStage, 'connect')
      continue
    }
    const s = state.get(connection)
    if (chunk.direction === 'up') bytesSent += chunk.bytes
    else bytesReceived += chunk.bytes
    if (s.lastDirection === chunk.direction) continue
    s.lastDirection = chunk.direction
    if (chunk.direction === 'down') {
      deliveries.push({ at: at + delayMs, stage: s.lastUpStage })
      continue
    }
    s.lastUpStage = 1 + Math.max(s.connectStage, stageAt(at))
    name(s.lastUpStage, flightName(chunk.head, s.flights++))
  }
  const stages = Math.max(0, ...perStage.keys())
  const first = connections.length ? Math.min(...connections.map((c) => c.acceptedAt)) : 0
  return {
    stages,
    connections: connections.length,
    bytesSent,
    bytesReceived,
    spanMs: connections.length ? last - first : 0,
    perStage: [...perStage].sort((a, b) => a[0] - b[0]).map(([stage, names]) => ({ stage, names }))
  }
}

function flightName(head, index) {
  if (index === 0 && head[0] === 0x16) return 'TLS hello'
  const text = head.toString('latin1')
  if (text.startsWith('PRI * HTTP/2.0')) return 'h2'
  // The request line may be longer than the bytes kept (upload URLs carry their state).
  const request = /^(GET|HEAD|POST|PUT|PATCH|DELETE) (\/\S*)/.exec(text)
  if (request) return classifyRequest(request[1], request[2].split('?')[0])
  return head[0] === 0x14 || head[0] === 0x17 ? 'TLS data' : 'data'
}

/** "1 connect ×2 · 2 TLS hello ×2 · 3 TLS data ×2 · …": one analysis as a line. */
export function describeStages(analysis) {
  return analysis.perStage
    .map(({ stage, names }) => {
      const parts = [...names].map(([what, n]) => (n > 1 ? `${what} ×${n}` : what))
      return `${stage}: ${parts.join(', ')}`
    })
    .join(' · ')
}
