#!/usr/bin/env bash
# Benchmark: `acct-advisor batch` throughput and peak memory, and a single `recommend` from
# process start. Prints a Markdown table and writes it to bench/results/latest.md.
#
#   bench/run.sh                 # 1,000,000 profiles, 5 timed runs per batch figure
#   bench/run.sh --peers         # also run ../shared/peers/run.sh (JS rules engines) in the same run
#   bench/run.sh --quick         # 100,000 profiles, 3 runs: a smoke test of the script
#
# Env: N (profiles, default 1000000), SMALL_N (for the flat-memory check, default 100000),
#      RUNS (timed runs per batch figure, default 5), SEED, PIN_CPU (default 0),
#      BUILD_DIR (default build-bench), PEERS_N / PEERS_REPS / PEERS_COLD_RUNS (for --peers;
#      default 20000 / 1 / 3, a reduced run of the peers' 100000 / 3 / 10).
# Figures on a shared machine are noisy: the load average is recorded beside each of them.
set -euo pipefail
cd "$(dirname "$0")/.."  # project root, whatever the clone's location

N=${N:-1000000}; SMALL_N=${SMALL_N:-100000}; RUNS=${RUNS:-5}; SEED=${SEED:-20261125}; PIN_CPU=${PIN_CPU:-0}
BUILD_DIR=${BUILD_DIR:-build-bench}
PEERS=0
PEERS_N=${PEERS_N:-20000}; PEERS_REPS=${PEERS_REPS:-1}; PEERS_COLD_RUNS=${PEERS_COLD_RUNS:-3}
for arg in "$@"; do
  case "$arg" in
    --peers) PEERS=1 ;;
    --quick) N=100000; SMALL_N=10000; RUNS=3 ;;
    -h|--help) sed -n '2,13p' bench/run.sh; exit 0 ;;
    *) echo "bench/run.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

RES=bench/results
DATA=$RES/data
mkdir -p "$RES" "$DATA"
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# --- Tools: hyperfine and GNU time from Debian; taskset is in util-linux.
missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
command -v taskset >/dev/null || missing+=(util-linux)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing ${missing[*]}" >&2
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "bench/run.sh: needs ${missing[*]} (Debian: sudo apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
fi
command -v python3 >/dev/null || { echo "bench/run.sh: needs python3" >&2; exit 1; }

# --- Build: Release, in its own directory so it never disturbs build/.
echo "== building $BUILD_DIR (Release)" >&2
gen=(); command -v ninja >/dev/null && gen=(-G Ninja)
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" "${gen[@]}" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$BUILD_DIR" --target acct-advisor >/dev/null
BIN=$BUILD_DIR/acct-advisor

# --- Profiles: the industries come from the binary itself, so the data follows the catalog.
# Replaced only when it changed, so the profiles are not regenerated on every run.
"$BIN" industries --format json > "$DATA/industries.json.new"
if cmp -s "$DATA/industries.json.new" "$DATA/industries.json"; then rm "$DATA/industries.json.new"
else mv "$DATA/industries.json.new" "$DATA/industries.json"; fi
BIG_J=$DATA/profiles-$N-s$SEED.jsonl; BIG_C=$DATA/profiles-$N-s$SEED.csv
SMALL_J=$DATA/profiles-$SMALL_N-s$SEED.jsonl; SMALL_C=$DATA/profiles-$SMALL_N-s$SEED.csv
if [ ! -s "$BIG_J" ] || [ ! -s "$BIG_C" ] || [ "$DATA/industries.json" -nt "$BIG_J" ]; then
  echo "== generating $N profiles (seed $SEED)" >&2
  t0=$(date +%s.%N)
  python3 bench/gen_profiles.py "$N" --seed "$SEED" --industries "$DATA/industries.json" --jsonl "$BIG_J" --csv "$BIG_C"
  echo "   took $(python3 -c "print(f'{$(date +%s.%N) - $t0:.1f}')") s" >&2
fi
# The small set is the first SMALL_N of the same profiles (plus the CSV header).
head -n "$SMALL_N" "$BIG_J" > "$SMALL_J"
head -n "$((SMALL_N + 1))" "$BIG_C" > "$SMALL_C"

# --- Sanity: every profile scored, none rejected, same answers from JSONL and CSV.
echo "== checking outputs" >&2
for f in "$BIG_J" "$BIG_C"; do
  out=$RES/out-${f##*.}.csv
  "$BIN" batch --input "$f" --format csv > "$out" || { echo "bench/run.sh: batch rejected records in $f; see $out" >&2; exit 1; }
done
lines=$(($(wc -l < "$RES/out-jsonl.csv") - 1))
[ "$lines" = "$N" ] || { echo "bench/run.sh: expected $N results, got $lines" >&2; exit 1; }
# Column 1 is the input line number, one more in the CSV (its header); compare the rest.
cmp -s <(cut -d, -f2- "$RES/out-jsonl.csv") <(cut -d, -f2- "$RES/out-csv.csv") \
  || { echo "bench/run.sh: JSONL and CSV results differ" >&2; exit 1; }
wecom=$(grep -c ',wecom,' "$RES/out-jsonl.csv" || true)
rm -f "$RES/out-jsonl.csv" "$RES/out-csv.csv"

{
  echo "date: $(date -u +%FT%TZ)"
  echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc $(nproc)"
  echo "os: $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "compiler: $(grep -m1 '^CMAKE_CXX_COMPILER:' "$BUILD_DIR/CMakeCache.txt" | cut -d= -f2) $("$(grep -m1 '^CMAKE_CXX_COMPILER:' "$BUILD_DIR/CMakeCache.txt" | cut -d= -f2)" -dumpfullversion 2>/dev/null)"
  echo "hyperfine: $(hyperfine --version | cut -d' ' -f2)"
  echo "profiles: $N (seed $SEED), $wecom recommended wecom"
  echo "runs: $RUNS per batch figure, pinned with taskset -c $PIN_CPU"
} > "$RES/env.txt"
cat "$RES/env.txt" >&2

# --- Batch throughput: hyperfine times the whole process (start, load data, read, score, write).
# Output goes to /dev/null (hyperfine's default), so disk speed is not part of the figure.
: > "$RES/batch.tsv"
for fmt in jsonl csv; do
  if [ "$fmt" = jsonl ]; then input=$BIG_J; else input=$BIG_C; fi
  echo "== batch $fmt: $N profiles, $RUNS runs, taskset -c $PIN_CPU (load $(loadavg))" >&2
  before=$(loadavg)
  hyperfine -N --warmup 1 --runs "$RUNS" --style none --export-json "$RES/batch-$fmt.json" \
    "taskset -c $PIN_CPU '$BIN' batch --input '$input'" >/dev/null
  after=$(loadavg)
  # Peak RSS: GNU time's %M (KiB), at N and at SMALL_N; flat memory means about the same.
  rss_big=$(taskset -c "$PIN_CPU" /usr/bin/time -f %M "$BIN" batch --input "$input" 2>&1 >/dev/null | tail -1)
  if [ "$fmt" = jsonl ]; then small=$SMALL_J; else small=$SMALL_C; fi
  rss_small=$(taskset -c "$PIN_CPU" /usr/bin/time -f %M "$BIN" batch --input "$small" 2>&1 >/dev/null | tail -1)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$fmt" "$N" "$rss_big" "$SMALL_N" "$rss_small" "$before" "$after" >> "$RES/batch.tsv"
done

# --- Single recommend from process start (unpinned, like a user at a shell).
echo "== recommend: hyperfine -N --warmup 3 --runs 30 (load $(loadavg))" >&2
rec_before=$(loadavg)
hyperfine -N --warmup 3 --runs 30 --style none --export-json "$RES/recommend.json" \
  "'$BIN' recommend --users 30000 --industry fruit --adding active" "'$BIN' --version" >/dev/null
echo "$rec_before	$(loadavg)" > "$RES/recommend-load.txt"

# --- Peers: the same decision in json-rules-engine and zen-engine, measured in this same run.
PEERS_RES=
if [ "$PEERS" = 1 ]; then
  if [ -f ../shared/peers/run.sh ]; then
    echo "== peers: N=$PEERS_N REPS=$PEERS_REPS COLD_RUNS=$PEERS_COLD_RUNS bash ../shared/peers/run.sh (load $(loadavg))" >&2
    echo "$(loadavg)" > "$RES/peers-load.txt"
    N=$PEERS_N REPS=$PEERS_REPS COLD_RUNS=$PEERS_COLD_RUNS PIN_CPU=$PIN_CPU bash ../shared/peers/run.sh > "$RES/peers.log" 2>&1 \
      || { echo "bench/run.sh: peers run failed; see $RES/peers.log" >&2; tail -20 "$RES/peers.log" >&2; exit 1; }
    echo "$(loadavg)" >> "$RES/peers-load.txt"
    # The peers' script works in a copy when its folder is read-only (see its run.sh).
    if [ -w ../shared/peers ]; then PEERS_RES=../shared/peers/results; else PEERS_RES=${TMPDIR:-/tmp}/acct-advisor-peers/results; fi
    mkdir -p "$RES/peers"; cp "$PEERS_RES"/* "$RES/peers/"
    echo "PEERS_N=$PEERS_N PEERS_REPS=$PEERS_REPS PEERS_COLD_RUNS=$PEERS_COLD_RUNS" > "$RES/peers/params.txt"
  else
    echo "bench/run.sh: --peers: ../shared/peers/run.sh not found; skipping" >&2
  fi
else
  rm -rf "$RES/peers"
fi

python3 bench/summarize.py "$RES" | tee "$RES/latest.md"
