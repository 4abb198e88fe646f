#!/bin/sh
# Rewrites the CLI golden files (tests/cli/golden/) from the current binary's output.
#
#   tests/cli/update-golden.sh [BUILD_DIR] [CTEST_ARGS...]
#
# BUILD_DIR defaults to ./build under the source tree. Extra arguments go to ctest, e.g.
# `-R 'cli\.table\.'` to update only the table cases. The build is brought up to date first, the
# cases are run with ACCT_ADVISOR_UPDATE_GOLDEN=1 (run_case.cmake then writes stdout to the golden
# file instead of comparing), and then run again normally to show that they pass.
# Exit codes, stderr and width checks are still enforced while updating.
#
# Afterwards READ every changed golden file (git diff tests/cli/golden) before committing it: a
# golden file only proves the output did not change, not that it is right.
# (Alternatively: configure with -DACCT_ADVISOR_UPDATE_GOLDEN=ON, run ctest, set it OFF again.)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${1:-"$src/build"}
[ $# -gt 0 ] && shift

if [ ! -f "$build/CMakeCache.txt" ]; then
  echo "update-golden.sh: $build is not a configured build directory; run: cmake -S . -B build -G Ninja" >&2
  exit 2
fi

cmake --build "$build"
# A new golden file may be needed by a new case: configure so the case list is current.
cmake "$build" >/dev/null
cd "$build"
ACCT_ADVISOR_UPDATE_GOLDEN=1 ctest -L cli --output-on-failure "$@"
ctest -L cli --output-on-failure "$@"
echo "update-golden.sh: done; now read the changed files under tests/cli/golden/" >&2
