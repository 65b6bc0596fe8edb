#!/usr/bin/env bash
# Runs the browser suite N times in a row (default 20) with a busy loop on one core, stopping at the
# first failure: the proof that the suite does not flake under load. Needs a built dist/.
#   bash scripts/soak-browser.sh [N] [test files…]
set -uo pipefail
cd "$(dirname "$0")/.."
n=${1:-20}
shift || true
files=("$@")
((${#files[@]})) || files=(tests/browser/)
( while :; do :; done ) &
busy=$!
trap 'kill $busy 2>/dev/null' EXIT
log=$(mktemp)
for ((i = 1; i <= n; i++)); do
  if node --test --test-concurrency=1 "${files[@]}" >"$log" 2>&1; then
    echo "run $i/$n: $(grep -E '^# pass' "$log")"
  else
    echo "run $i/$n FAILED:"; grep -E '^not ok|^# (pass|fail)' "$log"; echo "log: $log"
    exit 1
  fi
done
echo "soak: $n of $n runs passed under a one-core busy loop"
