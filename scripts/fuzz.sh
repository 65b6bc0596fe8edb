#!/usr/bin/env bash
# `npm run fuzz -- SECONDS [NAME…]` (default 60): each libFuzzer harness of tests/fuzz (or just
# the NAMEs: evaluate, sweep, merge, paste), one after another, for SECONDS, from the committed
# corpus and what earlier runs kept (build/fuzz/NAME), with a dictionary of the schema's keys. A
# crash, a hang or a broken contract stops that harness and leaves the input in
# build/fuzz/artifacts/: fix the cause, then commit the input to tests/fuzz/corpus/NAME/ so that
# `npm test` replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
names=("$@")
[[ ${#names[@]} -gt 0 ]] || names=(evaluate sweep merge paste)
mkdir -p build/fuzz/artifacts
# The dictionary follows the schema; a committed copy that has fallen behind is worth a refresh.
node tests/fuzz/dict.mjs > build/fuzz/scenario.dict
cmp -s build/fuzz/scenario.dict tests/fuzz/scenario.dict ||
  echo "fuzz: tests/fuzz/scenario.dict is behind the schema: node tests/fuzz/dict.mjs > tests/fuzz/scenario.dict" >&2
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
status=0
for name in "${names[@]}"; do
  mkdir -p "build/fuzz/$name"
  echo "fuzz: $name for ${seconds}s" >&2
  # -timeout: an accepted evaluation takes under 1 s natively (docs/benchmarks.md), a few under
  # the sanitizers; 20 s is a hang.
  nice "build/sanitize/tests/fuzz/fuzz_$name" "build/fuzz/$name" "tests/fuzz/corpus/$name" \
    -dict=build/fuzz/scenario.dict -max_total_time="$seconds" -timeout=20 -max_len=16384 \
    -artifact_prefix="build/fuzz/artifacts/$name-" -print_final_stats=1 || status=1
done
exit $status
