#!/usr/bin/env bash
# Benchmarks, in one run (bench/run.mjs): native evaluation and sweep (with a counting
# allocator), wasm under node, the page in Chromium (first result, first load, keystroke at 1×
# and 4× throttling, the sweep against a plain-JS port), the Monte Carlo, the slowest scenarios
# the limits accept (bench/worst-bench.mjs), the module's size.
# Writes bench/results/latest.json and the generated tables of docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
nice node bench/run.mjs
