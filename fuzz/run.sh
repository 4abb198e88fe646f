#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 600), one after another, one process at a
# time, and prints the executions and findings of each. Each target runs in-process (no
# -jobs/-fork), so there is one fuzzing process at any time.
#
#   fuzz/run.sh [SECONDS] [TARGET...]       TARGET: data_loader rules users batch_line csv_records (default all)
#
# Build first (see fuzz/README.md); FUZZ_BUILD_DIR picks the build directory (default
# build-fuzz). New corpus entries, logs and crashers go to $FUZZ_BUILD_DIR/fuzz-work/TARGET/;
# the seed corpus in fuzz/corpus/ is only read. Exit status 1 when any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(data_loader rules users batch_line csv_records)
build=${FUZZ_BUILD_DIR:-build-fuzz}

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

found_any=0
summary=()
for t in "${targets[@]}"; do
  bin=$build/fuzz/fuzz_$t
  if [ ! -x "$bin" ]; then
    echo "run.sh: $bin is not built; see fuzz/README.md" >&2
    exit 2
  fi
  work=$build/fuzz-work/$t
  mkdir -p "$work/corpus" "$work/artifacts"
  log=$work/fuzz.log
  dict=()
  [ -f fuzz/dict/$t.dict ] && dict=(-dict=fuzz/dict/$t.dict)
  echo "== $t: ${seconds}s, log $log"
  start=$(date +%s)
  set +e
  # The first corpus directory receives new inputs; the seeds are read only. The loaders' seeds
  # are the real files and the broken-file catalogue themselves, not copies that would go stale.
  case $t in
    data_loader) seeds=(data tests/data/broken/base tests/data/broken/features tests/data/broken/industries) ;;
    rules) seeds=(data tests/data/broken/base tests/data/broken/rules) ;;
    *) seeds=("fuzz/corpus/$t") ;;
  esac
  "$bin" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
    "$work/corpus" "${seeds[@]}" >"$log" 2>&1
  rc=$?
  set -e
  elapsed=$(( $(date +%s) - start ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  [ -n "$execs" ] || execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)
  if [ "$rc" -ne 0 ]; then
    found_any=1
    what=$(grep -m1 -E 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|runtime error:|uncaught exception|terminate called' "$log" || echo "exit $rc")
    summary+=("$(printf '%-12s %6ss %12s execs  FINDING: %s' "$t" "$elapsed" "${execs:-?}" "$what")")
    grep -E 'Test unit written to' "$log" || true
  else
    summary+=("$(printf '%-12s %6ss %12s execs  no findings' "$t" "$elapsed" "${execs:-?}")")
  fi
  echo "${summary[-1]}"
done
echo
echo "== summary"
printf '%s\n' "${summary[@]}"
exit $found_any
