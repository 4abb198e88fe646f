#!/usr/bin/env bash
# Installs missing build dependencies, then builds build/acct-advisor (a release build with
# debug info). Usage: scripts/build.sh [extra cmake arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build build
