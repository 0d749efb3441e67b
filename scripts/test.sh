#!/usr/bin/env bash
# The one test command (after `npm ci`): tools, build, lint, dist freshness, every test.
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

report=$(mktemp)
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + (r.numTodoTests ?? 0)} skipped`)
' "$report" || true
rm -f "$report"
exit "$status"
