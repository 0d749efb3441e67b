#!/usr/bin/env bash
# The one test command (after `npm ci`): tools, build, lint, dist freshness, every test on this
# machine's Node, then the runtime-sensitive tests (golden digests, the proxy) on Node 22, 24 and
# 26.
# The last line, `N passed, N failed, N skipped`, sums every run; any failed run fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-test-tools.sh

echo '::group::build'
npm run --silent build
echo '::endgroup::'

echo '::group::lint'
npm run --silent lint
echo '::endgroup::'

# dist/ is committed and must be what the sources build to.
if ! git diff --quiet -- dist/ || [ -n "$(git status --porcelain -- dist/)" ]; then
  git --no-pager diff --stat -- dist/ || true
  echo 'dist/ is stale: run `npm run build` and commit dist/.' >&2
  exit 1
fi

# Tests whose results depend on the runtime (zlib, TLS, http): they run on every Node we support.
# Each pattern must match test files: a missing suite is a failure, not a pass.
runtime_suites=('__tests__/golden/' '__tests__/oci/proxy' '__tests__/oci/connections' '__tests__/oci/transport')
# 26: the next LTS, where actions' runtime moves; a digest that moves there fails now, not then.
runtimes=(22 24 26)

reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT
status=0

# run_failed LABEL: notes a run that failed (the summary counts it even without a failed test).
run_failed() {
  echo "vitest on $1 failed" >&2
  echo "$1" >>"$reports/failed-runs"
  status=1
}

# run_vitest LABEL NODE [vitest filters...]: one vitest run, its JSON report in $reports/LABEL.json
# and its output in $reports/LABEL.log.
run_vitest() {
  local label="$1" node="$2"
  shift 2
  echo "== vitest on $label ($("$node" --version))"
  # The runtime's directory first on PATH, so a test that spawns `node` gets the same one.
  PATH="$(dirname "$node"):$PATH" "$node" node_modules/vitest/vitest.mjs run \
    --reporter=default --reporter=json --outputFile.json="$reports/$label.json" "$@" 2>&1 |
    tee "$reports/$label.log" || run_failed "$label"
}

# The unit tests once more as an unprivileged user, as GitHub's runners run them: as root (a CI
# container, this machine) a test that passes only as root would otherwise go unnoticed.
run_unit_tests_unprivileged() {
  local label=unit-tests-as-unprivileged-user
  echo "== vitest on $label (npm run test:unit, in a copy of the repository)"
  bash scripts/as-unprivileged-user.sh --bring-back unit-report.json "$reports/$label.json" -- \
    npm run --silent test:unit -- --reporter=default --reporter=json \
    --outputFile.json=unit-report.json 2>&1 | tee "$reports/$label.log" || run_failed "$label"
}

run_vitest "all-on-node-$(node -p 'process.versions.node.split(".")[0]')" "$(command -v node)"

missing=()
for suite in "${runtime_suites[@]}"; do
  compgen -G "${suite}*.test.ts" >/dev/null || compgen -G "${suite}**/*.test.ts" >/dev/null ||
    missing+=("$suite")
done
if ((${#missing[@]} > 0)); then
  echo "Missing runtime suites (they must exist and run on Node ${runtimes[*]}): ${missing[*]}" >&2
  printf '%s\n' "${missing[@]}" >>"$reports/missing-suites"
  status=1
fi
for major in "${runtimes[@]}"; do
  run_vitest "runtime-suites-on-node-$major" ".tools/node$major/node_modules/node/bin/node" \
    "${runtime_suites[@]}"
done

if [[ "$(id -u)" == 0 ]]; then run_unit_tests_unprivileged; fi

# A line of test output that reads as a workflow command (`::error::…`, `::debug::…`) would be
# obeyed by the runner: the tests must keep what the action prints to themselves.
if grep -hE '^::[a-z-]+( [^:]*)?::' "$reports"/*.log; then
  echo 'The test output above holds workflow commands: a test lets the action print to its stdout.' >&2
  echo 'workflow-commands-in-output' >>"$reports/failed-runs"
  status=1
fi

node -e '
  const fs = require("fs")
  const path = require("path")
  const dir = process.argv[1]
  const lines = (name) =>
    fs.existsSync(path.join(dir, name))
      ? fs.readFileSync(path.join(dir, name), "utf8").split("\n").filter(Boolean)
      : []
  let passed = 0, failed = 0, skipped = 0
  const failedRuns = new Set(lines("failed-runs"))
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const label = name.slice(0, -5)
    const r = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"))
    // A file that fails before its tests run (import error) counts as one failure.
    const brokenFiles = r.testResults.filter(
      (f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed")
    ).length
    const runFailed = r.numFailedTests + brokenFiles
    passed += r.numPassedTests
    failed += runFailed
    skipped += r.numPendingTests + (r.numTodoTests ?? 0)
    console.log(`${label}: ${r.numPassedTests} passed, ${runFailed} failed`)
    // A skipped test says why in its name (e.g. "[skipped: not root, …]"): listed, not hidden.
    for (const file of r.testResults)
      for (const t of file.assertionResults)
        if (t.status === "pending" || t.status === "skipped" || t.status === "todo")
          console.log(`  skipped: ${file.name.replace(/^.*?(?=__tests__\/)/, "")} > ${t.fullName}`)
    // The run failed (exit code) without a failed test: count the run itself.
    if (failedRuns.delete(label) && runFailed === 0) failed++
  }
  failed += failedRuns.size + lines("missing-suites").length
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
' "$reports" || status=1
exit "$status"
