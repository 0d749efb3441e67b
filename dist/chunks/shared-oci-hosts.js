import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/oci/hosts.ts
var DOCKER_HUB_NAMES = /* @__PURE__ */ new Set(["docker.io", "index.docker.io"]);
var DOCKER_HUB_API_HOST = "registry-1.docker.io";
var dockerHubHosts = /* @__PURE__ */ new Set([...DOCKER_HUB_NAMES, DOCKER_HUB_API_HOST]);
var dockerHubServerUrl = "https://index.docker.io/v1/";
function hostName(host) {
  const lower = host.toLowerCase();
  if (lower.startsWith("[")) return lower.slice(0, lower.indexOf("]") + 1);
  const colon = lower.lastIndexOf(":");
  return colon < 0 ? lower : lower.slice(0, colon);
}
function isDockerHub(host) {
  return dockerHubHosts.has(hostName(host));
}
function isGhcr(host) {
  const name = hostName(host);
  return name === "ghcr.io" || name.endsWith(".ghcr.io");
}
function dockerConfigKeys(registry, apiHost) {
  const hosts = [registry.toLowerCase(), apiHost.toLowerCase()];
  const hub = hosts.some(isDockerHub);
  const keys = hub ? [dockerHubServerUrl, "index.docker.io", "docker.io"] : [];
  for (const host of hub ? [...hosts, ...dockerHubHosts] : hosts) {
    keys.push(
      host,
      `https://${host}`,
      `http://${host}`,
      `https://${host}/v1/`,
      `https://${host}/v2/`
    );
  }
  return [...new Set(keys)];
}
function keyHost(key) {
  return key.toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, "").split("/")[0];
}

export {
  DOCKER_HUB_NAMES,
  DOCKER_HUB_API_HOST,
  dockerHubServerUrl,
  hostName,
  isDockerHub,
  isGhcr,
  dockerConfigKeys,
  keyHost
};
