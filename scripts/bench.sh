#!/usr/bin/env bash
# Benchmarks: native evaluation time, wasm evaluation time under node vs the plain-JS
# reference arithmetic, the Monte Carlo in Chromium's workers, the slowest scenarios the limits
# accept, and the shipped module's size.
# Results: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "native:"; ./build/native/bench/isomargin_bench
echo "wasm (node $(node --version)):"; node bench/wasm-bench.mjs
echo "sweep (wasm under node):"; node bench/sweep-bench.mjs
echo "paste (wasm under node):"; node bench/paste-bench.mjs
echo "chromium (worker and page):"; node bench/browser-bench.mjs
echo "worst cases (the limits' slowest, issue 9's reproducers):"; node bench/worst-bench.mjs
echo "size:"; node bench/size.mjs
