#!/usr/bin/env bash
# Makes sure the tools the integration tests run are present: the CNCF registry, skopeo,
# htpasswd, curl, openssl, GNU time, tinyproxy (the proxy tests), minisign (the signature
# interop tests), shellcheck (`npm run lint` checks the workflows' run: scripts with it), and the
# Node 22, 24 and 26 binaries the suite also runs on (24 is the action's runtime, 26 the LTS
# runners move to next), under .tools/ from the npm `node` package.
# Idempotent and quick when everything is already there.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# command on PATH (or absolute path) -> Debian package that provides it
declare -A package_of=(
  [docker-registry]=docker-registry
  [skopeo]=skopeo
  [htpasswd]=apache2-utils
  [curl]=curl
  [openssl]=openssl
  [/usr/bin/time]=time
  [tinyproxy]=tinyproxy
  [minisign]=minisign
  [shellcheck]=shellcheck
)

missing_packages=()
for tool in "${!package_of[@]}"; do
  if [[ "$tool" == /* ]]; then
    [[ -x "$tool" ]] && continue
  else
    command -v "$tool" >/dev/null 2>&1 && continue
  fi
  missing_packages+=("${package_of[$tool]}")
done

if ((${#missing_packages[@]} > 0)); then
  if [[ "$(id -u)" != 0 ]]; then
    echo "ensure-test-tools: missing Debian packages: ${missing_packages[*]}." >&2
    echo "Install them as root: apt-get install -y --no-install-recommends ${missing_packages[*]}" >&2
    exit 1
  fi
  echo "ensure-test-tools: installing ${missing_packages[*]}"
  # Keep the docker-registry package from starting a system registry on :5000 while it installs.
  policy_rc=/usr/sbin/policy-rc.d
  created_policy_rc=0
  if [[ ! -e "$policy_rc" ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy_rc"
    chmod 755 "$policy_rc"
    created_policy_rc=1
  fi
  remove_policy_rc() {
    if ((created_policy_rc)); then rm -f "$policy_rc"; fi
  }
  trap remove_policy_rc EXIT
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing_packages[@]}"
  remove_policy_rc
  trap - EXIT
fi

# .tools/nodeMAJOR/node_modules/node/bin/node, from the npm `node@MAJOR` package.
ensure_node() {
  local major="$1"
  local dir="$repo_root/.tools/node$major"
  local binary="$dir/node_modules/node/bin/node"
  local version
  if [[ ! -x "$binary" ]]; then
    echo "ensure-test-tools: installing Node $major into .tools/node$major"
    mkdir -p "$dir"
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$dir" "node@$major"
  fi
  if ! version="$("$binary" --version 2>&1)" || [[ "$version" != "v$major."* ]]; then
    echo "ensure-test-tools: $binary is not a working Node $major: $version" >&2
    echo "Remove $dir and run this script again." >&2
    exit 1
  fi
  node_versions+=("Node $major is $version ($binary)")
}

node_versions=()
ensure_node 22
ensure_node 24
ensure_node 26
echo "ensure-test-tools: all tools present"
printf 'ensure-test-tools: %s\n' "${node_versions[@]}"
