// Which registry a host is: the one list of Docker Hub's and GHCR's host names, for references
// (Docker Hub's API host), credential lookup (Docker config keys) and error hints.

/** The names users write for Docker Hub; its API is served from DOCKER_HUB_API_HOST. */
export const DOCKER_HUB_NAMES = new Set(['docker.io', 'index.docker.io'])
export const DOCKER_HUB_API_HOST = 'registry-1.docker.io'
const dockerHubHosts = new Set([...DOCKER_HUB_NAMES, DOCKER_HUB_API_HOST])

/** The key `docker login` writes for Docker Hub, and the server URL its helpers expect. */
export const dockerHubServerUrl = 'https://index.docker.io/v1/'

/** `host[:port]` → lower-case host name without the port (IPv6 brackets kept). */
export function hostName(host: string): string {
  const lower = host.toLowerCase()
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1)
  const colon = lower.lastIndexOf(':')
  return colon < 0 ? lower : lower.slice(0, colon)
}

export function isDockerHub(host: string): boolean {
  return dockerHubHosts.has(hostName(host))
}

export function isGhcr(host: string): boolean {
  const name = hostName(host)
  return name === 'ghcr.io' || name.endsWith('.ghcr.io')
}

/** The keys a Docker config may file this registry under, most specific first. */
export function dockerConfigKeys(registry: string, apiHost: string): string[] {
  const hosts = [registry.toLowerCase(), apiHost.toLowerCase()]
  const hub = hosts.some(isDockerHub)
  const keys: string[] = hub ? [dockerHubServerUrl, 'index.docker.io', 'docker.io'] : []
  for (const host of hub ? [...hosts, ...dockerHubHosts] : hosts) {
    keys.push(
      host,
      `https://${host}`,
      `http://${host}`,
      `https://${host}/v1/`,
      `https://${host}/v2/`
    )
  }
  return [...new Set(keys)]
}

/** What Docker itself compares keys by: the host, without scheme or path. */
export function keyHost(key: string): string {
  return key
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .split('/')[0]!
}
