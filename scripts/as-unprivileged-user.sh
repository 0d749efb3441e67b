#!/usr/bin/env bash
# Runs a command as an unprivileged user, in a copy of this repository, as GitHub's runners run
# the suite (a test that only passes as root is found here, not on the first pull request).
#
#   bash scripts/as-unprivileged-user.sh [--bring-back FILE DEST] -- COMMAND...
#
# Run as root (a CI container, a test machine): it creates the user `sherpack-test` if missing,
# copies the repository's files (tracked and new, not ignored ones) and node_modules into a
# temporary directory owned by that user, and runs COMMAND there with a HOME and TMPDIR of its
# own, so nothing the tests write lands in the repository as root's or outside the copy.
# --bring-back copies FILE (relative to the copy) to DEST afterwards (a test report).
# Run as any other user, it is that user already: COMMAND runs in place.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
user="sherpack-test"

bring_back=()
while (($# > 0)) && [[ "$1" != "--" ]]; do
  case "$1" in
    --bring-back)
      bring_back=("$2" "$3")
      shift 3
      ;;
    *)
      echo "as-unprivileged-user: unknown option $1" >&2
      echo "Usage: bash scripts/as-unprivileged-user.sh [--bring-back FILE DEST] -- COMMAND..." >&2
      exit 2
      ;;
  esac
done
[[ "${1:-}" == "--" ]] && shift
if (($# == 0)); then
  echo "Usage: bash scripts/as-unprivileged-user.sh [--bring-back FILE DEST] -- COMMAND..." >&2
  exit 2
fi

if [[ "$(id -u)" != 0 ]]; then
  cd "$repo_root"
  "$@"
  status=$?
  if ((${#bring_back[@]} > 0)); then cp "${bring_back[0]}" "${bring_back[1]}"; fi
  exit "$status"
fi

if ! id -u "$user" >/dev/null 2>&1; then
  useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin "$user"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
copy="$work/repo"
mkdir -p "$copy" "$work/home" "$work/tmp"
# The files a fresh clone has, with this checkout's changes; a file deleted but not yet
# committed is simply not copied.
(cd "$repo_root" && git ls-files -z --cached --others --exclude-standard |
  tar --null --files-from=- --ignore-failed-read -cf - 2>/dev/null) | tar -C "$copy" -xf -
cp -a "$repo_root/node_modules" "$copy/node_modules"
chown -R "$user:$user" "$work"

# The user's PATH: this one without the directories it cannot enter (root's ~/.cargo/bin, …),
# where a program looked up by name would fail with EACCES instead of "not found".
user_path=""
IFS=: read -ra path_dirs <<<"$PATH"
for dir in "${path_dirs[@]}"; do
  if [[ -n "$dir" ]] && runuser -u "$user" -- test -x "$dir" 2>/dev/null; then
    user_path="${user_path:+$user_path:}$dir"
  fi
done

status=0
runuser -u "$user" -- env -i \
  PATH="$user_path" HOME="$work/home" TMPDIR="$work/tmp" LANG="${LANG:-C.UTF-8}" \
  ${CI:+CI="$CI"} ${TERM:+TERM="$TERM"} \
  bash -c 'cd "$1" && shift && exec "$@"' as-unprivileged-user "$copy" "$@" || status=$?
if ((${#bring_back[@]} > 0)) && [[ -f "$copy/${bring_back[0]}" ]]; then
  cp "$copy/${bring_back[0]}" "${bring_back[1]}"
fi
exit "$status"
