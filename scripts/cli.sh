#!/usr/bin/env bash
# `npm run cli -- eval examples/seed-risk.json`: builds the native CLI if needed, then runs it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [[ ! -x $root/build/native/cli/isomargin ]]; then
  bash "$root/scripts/build.sh" native >&2
fi
exec "$root/build/native/cli/isomargin" "$@"
