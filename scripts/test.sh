#!/usr/bin/env bash
# Every test: ctest (native Catch2), the same under ASan + UBSan with the fuzz corpus replayed
# and the sanitized CLI over every example, vector and paste, the CLI and the wasm module under node's
# test runner, and the page in headless Chromium. Non-zero if anything fails.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
(cd build/native && ctest --output-on-failure -j2) || status=1
# The first report stops the run (-fno-sanitize-recover=all); print where it came from.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
(cd build/sanitize && ctest --output-on-failure -j2) || status=1
ISOMARGIN_CLI=build/sanitize/cli/isomargin node --test tests/cli/cli.test.mjs tests/cli/paste.test.mjs tests/cli/text.test.mjs || status=1
node --test tests/cli/ tests/wasm/ tests/web/ tests/package/ || status=1
node --test --test-concurrency=1 tests/browser/ || status=1
exit $status
