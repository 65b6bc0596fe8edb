#!/usr/bin/env bash
# Builds native (core, CLI, tests), wasm (the shipped module) and the page into dist/.
# `build.sh native` builds only the native tree; `build.sh sanitize` only build/sanitize (clang-14:
# core, CLI and tests under ASan + UBSan, and the fuzz harnesses). Incremental: a second run
# takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

# em++ runs node tools that need Debian's node modules (acorn).
export NODE_PATH=/usr/share/nodejs

if [[ ${1:-all} == sanitize ]]; then
  if [[ ! -f build/sanitize/CMakeCache.txt ]]; then
    # -O1 keeps the sanitized tests quick to build and to run; no NDEBUG, so asserts stay on.
    CC=clang-14 CXX=clang++-14 cmake -S . -B build/sanitize -DISOMARGIN_SANITIZE=ON \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" >/dev/null
  fi
  cmake --build build/sanitize -j"$jobs"
  exit 0
fi

if [[ ! -f build/native/CMakeCache.txt ]]; then
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build build/native -j"$jobs"
[[ ${1:-all} == native ]] && exit 0

if [[ ! -f build/wasm/CMakeCache.txt ]]; then
  # emcmake's default test emulator passes a flag Node 20 rejects.
  emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node >/dev/null
fi
cmake --build build/wasm -j"$jobs"

node scripts/build-web.mjs
