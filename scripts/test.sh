#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what is missing, then
#   1. a normal build with warnings as errors, and every test (unit + CLI) through CTest;
#   2. the same under AddressSanitizer + UndefinedBehaviorSanitizer;
#   3. clang-tidy on the sources with the checks chosen in .clang-tidy;
#   4. the .deb: built with CPack, installed with dpkg, run, removed (root only).
# Usage: scripts/test.sh [--quick]   (--quick: step 1 only)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh clang-tidy zsh man-db
# The browser test's chromium (and a CJK font, so the Chinese report is read, not boxes); where it
# cannot be installed that test says so and is skipped.
scripts/deps.sh chromium fonts-noto-cjk || echo "chromium could not be installed: the browser test will be skipped" >&2
jobs=$(nproc)

echo "== 1/4 build and test (warnings are errors)"
# Ajv for the strict-mode check of data/schema (tests/schema; offline once installed).
if command -v npm >/dev/null; then
  (cd tests/schema && npm ci --ignore-scripts --no-audit --no-fund >/dev/null) ||
    echo "npm ci in tests/schema failed: the Ajv check (cli.schema.ajv-strict) is skipped" >&2
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DACCT_ADVISOR_WERROR=ON >/dev/null
cmake --build build -j "$jobs"
ctest --test-dir build -j "$jobs" --output-on-failure
[ "${1:-}" = "--quick" ] && exit 0

echo "== 2/4 build and test under ASan + UBSan"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DACCT_ADVISOR_SANITIZE=ON -DACCT_ADVISOR_WERROR=ON >/dev/null
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan -j "$jobs" --output-on-failure

echo "== 3/4 clang-tidy"
files=$(ls src/core/*.cpp src/render/*.cpp src/cli/*.cpp)
# shellcheck disable=SC2086
clang-tidy -p build --quiet $files 2>/dev/null | tee build/clang-tidy.log
if grep -qE "(warning|error):" build/clang-tidy.log; then
  echo "clang-tidy reported problems (above)" >&2
  exit 1
fi
echo "clang-tidy: clean"

echo "== 4/4 Debian package"
if [ "$(id -u)" -eq 0 ]; then
  scripts/package-test.sh build-deb
else
  echo "skipped: scripts/package-test.sh installs a package and needs root"
fi
