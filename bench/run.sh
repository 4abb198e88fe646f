#!/usr/bin/env bash
# Benchmark: `acct-advisor batch` throughput on every input form it reads, peak memory, a single
# `recommend` from process start, and (--peers) the JS rules engines of ../shared/peers computing
# the same decision in this same run. Prints a Markdown summary and writes it to
# bench/results/latest.md; `--write-results` also writes it to bench/RESULTS.md.
#
#   bench/run.sh                  # 1,000,000 profiles, 5 timed runs per figure (and --explain)
#   bench/run.sh --peers          # also the peers, on PEERS_N profiles, side by side
#   bench/run.sh --quick          # 100,000 profiles, 3 runs: a smoke test of the script
#   bench/run.sh --peers --write-results   # what bench/RESULTS.md is made from
#
# Env: N (profiles, default 1000000), SMALL_N (flat-memory check, default 100000), RUNS (timed
#      runs per figure, default 5), SEED, PIN_CPU (default 1), BUILD_DIR (default build-bench),
#      PEERS_DIR (default ../shared/peers), PEERS_N (profiles the peers are checked and timed
#      on, default 20000), PEERS_REPS (timed runs per peer, default 3).
# Figures are CPU seconds (user + sys, GNU time) of whole processes pinned to one core: on a
# shared machine wall time mostly measures the others. The load average is recorded beside them.
set -euo pipefail
cd "$(dirname "$0")/.."  # project root, whatever the clone's location

N=${N:-1000000}; SMALL_N=${SMALL_N:-100000}; RUNS=${RUNS:-5}; SEED=${SEED:-20261125}; PIN_CPU=${PIN_CPU:-1}
BUILD_DIR=${BUILD_DIR:-build-bench}
PEERS=0; WRITE=0
PEERS_DIR=${PEERS_DIR:-../shared/peers}; PEERS_N=${PEERS_N:-20000}; PEERS_REPS=${PEERS_REPS:-3}
for arg in "$@"; do
  case "$arg" in
    --peers) PEERS=1 ;;
    --quick) N=100000; SMALL_N=10000; RUNS=3; PEERS_N=5000; PEERS_REPS=1 ;;
    --write-results) WRITE=1 ;;
    -h|--help) sed -n '2,17p' bench/run.sh; exit 0 ;;
    *) echo "bench/run.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

RES=bench/results
DATA=$RES/data
rm -rf "$RES/peers"
mkdir -p "$RES" "$DATA"
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
die() { echo "bench/run.sh: $*" >&2; exit 1; }

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
    die "needs ${missing[*]} (Debian: sudo apt-get install -y ${missing[*]})"
  fi
fi
command -v python3 >/dev/null || die "needs python3"
if [ "$PEERS" = 1 ]; then
  for tool in node npm; do command -v "$tool" >/dev/null || die "--peers needs $tool"; done
  [ -f "$PEERS_DIR/make-rules.js" ] || die "--peers: no peers at $PEERS_DIR (set PEERS_DIR=...)"
fi

# --- Build: Release, in its own directory so it never disturbs build/.
echo "== building $BUILD_DIR (Release)" >&2
gen=(); command -v ninja >/dev/null && gen=(-G Ninja)
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" "${gen[@]}" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$BUILD_DIR" --target acct-advisor >/dev/null
BIN=$(cd "$BUILD_DIR" && pwd)/acct-advisor

# --- Profiles: the industries come from the binary itself, so the data follows the catalog.
# Replaced only when it changed, so the profiles are not regenerated on every run.
"$BIN" industries --format json > "$DATA/industries.json.new"
if cmp -s "$DATA/industries.json.new" "$DATA/industries.json"; then rm "$DATA/industries.json.new"
else mv "$DATA/industries.json.new" "$DATA/industries.json"; fi
BIG_J=$DATA/profiles-$N-s$SEED.jsonl; BIG_C=$DATA/profiles-$N-s$SEED.csv
SMALL_J=$DATA/profiles-$SMALL_N-s$SEED.jsonl
FORMS=$DATA/forms-$N-s$SEED
if [ ! -s "$BIG_J" ] || [ ! -s "$BIG_C" ] || [ "$DATA/industries.json" -nt "$BIG_J" ]; then
  echo "== generating $N profiles (seed $SEED)" >&2
  python3 bench/gen_profiles.py "$N" --seed "$SEED" --industries "$DATA/industries.json" --jsonl "$BIG_J" --csv "$BIG_C"
fi
if [ ! -s "$FORMS/bom.jsonl" ] || [ "$BIG_J" -nt "$FORMS/bom.jsonl" ] || [ bench/gen_forms.py -nt "$FORMS/bom.jsonl" ]; then
  echo "== writing the other input forms of the same profiles" >&2
  python3 bench/gen_forms.py "$BIG_J" --industries "$DATA/industries.json" --out "$FORMS"
fi
head -n "$SMALL_N" "$BIG_J" > "$SMALL_J"
# A CSV whose second line opens a quote that never closes: the rest of the file is one record.
# Reading it must stay linear (it once rescanned the pending record for every line).
for n in "$SMALL_N" "$N"; do
  { echo "id,users,industry,barrier,adding"; echo '1,"30000,fruit,,active'; sed -n "3,$((n + 1))p;$((n + 1))q" "$BIG_C"; } \
    > "$DATA/unclosed-$n.csv"
done

# --- Sanity: every profile scored; the same answers from every form of the same profiles.
echo "== checking outputs" >&2
out=$RES/check; mkdir -p "$out"
"$BIN" batch --input "$BIG_J" --format csv > "$out/plain.csv" || die "batch rejected records in $BIG_J"
[ "$(($(wc -l < "$out/plain.csv") - 1))" = "$N" ] || die "expected $N results from $BIG_J"
"$BIN" batch --input "$BIG_C" --format csv > "$out/csv.csv" || die "batch rejected records in $BIG_C"
# Column 1 is the input line number (one more in the CSV: its header); column 2 the id.
cmp -s <(cut -d, -f2- "$out/plain.csv") <(cut -d, -f2- "$out/csv.csv") || die "JSONL and CSV results differ"
for form in crlf bom chinese; do
  "$BIN" batch --input "$FORMS/$form.jsonl" --format csv > "$out/$form.csv" || die "batch rejected records in $form"
  cmp -s "$out/plain.csv" "$out/$form.csv" || die "the $form form gives other answers than the plain one"
done
"$BIN" batch --input "$FORMS/string-ids.jsonl" --format csv > "$out/ids.csv" || die "batch rejected string ids"
cmp -s <(cut -d, -f1,3- "$out/plain.csv") <(cut -d, -f1,3- "$out/ids.csv") || die "string ids change the answers"
set +e; "$BIN" batch --input "$FORMS/unknown.jsonl" > "$out/unknown.jsonl"; rc=$?; set -e
[ "$rc" = 2 ] || die "unknown industries: expected exit 2, got $rc"
bad=$(grep -c '"error":"industry: unknown industry' "$out/unknown.jsonl" || true)
[ "$bad" = "$N" ] || die "unknown industries: expected $N error records, got $bad"
"$BIN" batch --input "$SMALL_J" --explain > "$out/explain.jsonl" || die "batch --explain rejected records"
[ "$(grep -c '"trace":\[' "$out/explain.jsonl")" = "$SMALL_N" ] || die "batch --explain: expected $SMALL_N records with a trace"
wecom=$(grep -c ',wecom,' "$out/plain.csv" || true)
grep -m1 'did you mean' "$out/unknown.jsonl" > "$RES/unknown-example.txt" || true
rm -rf "$out"

{
  echo "date: $(date -u +%FT%TZ)"
  echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src include CMakeLists.txt bench 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc $(nproc)"
  echo "os: $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "compiler: $(grep -m1 '^CMAKE_CXX_COMPILER:' "$BUILD_DIR/CMakeCache.txt" | cut -d= -f2) $("$(grep -m1 '^CMAKE_CXX_COMPILER:' "$BUILD_DIR/CMakeCache.txt" | cut -d= -f2)" -dumpfullversion 2>/dev/null), Release"
  echo "profiles: $N (seed $SEED), $wecom recommended wecom"
  echo "runs: $RUNS per figure, interleaved, pinned with taskset -c $PIN_CPU; CPU = user + sys from GNU time"
} > "$RES/env.txt"
cat "$RES/env.txt" >&2

# One timed run: appends "label n wall user sys rss load_before load_after" to $2 (the last line
# of GNU time's output: before it, it says so when the exit status was not 0).
# Exit 2 (some records refused) is expected only where $3 says so.
timed() {
  local label=$1 tsv=$2 ok_rc=$3 n=$4; shift 4
  local lb la rc
  lb=$(loadavg)
  set +e; /usr/bin/time -o "$RES/.time" -f '%e %U %S %M' taskset -c "$PIN_CPU" "$@" > /dev/null 2>"$RES/.stderr"; rc=$?; set -e
  la=$(loadavg)
  [ "$rc" = 0 ] || [ "$rc" = "$ok_rc" ] || { cat "$RES/.stderr" >&2; die "$label: exit $rc from $*"; }
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$n" "$(tail -n 1 "$RES/.time" | tr ' ' '\t')" "$lb" "$la" >> "$tsv"
}

# --- Batch on every input form: the same N profiles, one whole process per run, interleaved
# run by run so that a burst of load falls on all forms alike.
FORM_LIST=(
  "plain|0|$BIG_J"
  "csv-in|0|$BIG_C"
  "csv-out|0|$BIG_J|--format|csv"
  "csv-in-out|0|$BIG_C|--format|csv"
  "unknown|2|$FORMS/unknown.jsonl"
  "chinese|0|$FORMS/chinese.jsonl"
  "string-ids|0|$FORMS/string-ids.jsonl"
  "crlf|0|$FORMS/crlf.jsonl"
  "bom|0|$FORMS/bom.jsonl"
)
: > "$RES/forms.tsv"
echo "== batch on ${#FORM_LIST[@]} input forms: $N profiles, $RUNS runs each, taskset -c $PIN_CPU (load $(loadavg))" >&2
taskset -c "$PIN_CPU" "$BIN" batch --input "$BIG_J" > /dev/null  # warm the page cache
for rep in $(seq 1 "$RUNS"); do
  for spec in "${FORM_LIST[@]}"; do
    IFS='|' read -r label ok input extra <<< "$spec"
    args=(batch --input "$input"); [ -n "$extra" ] && args+=(${extra//|/ })
    timed "$label" "$RES/forms.tsv" "$ok" "$N" "$BIN" "${args[@]}"
  done
done
# --explain: every record with the full recommendation and the trace of every rule (issue 10
# asks for at least 500,000 a second); its own table, as it writes about 4 KB a record.
: > "$RES/explain.tsv"
for rep in $(seq 1 "$RUNS"); do
  timed "explain" "$RES/explain.tsv" 0 "$N" "$BIN" batch --input "$BIG_J" --explain
done
# Flat memory: the same process at SMALL_N and at N; an unclosed quote at both sizes (linear:
# the CPU time grows with the size, not with its square).
: > "$RES/scaling.tsv"
for rep in $(seq 1 "$RUNS"); do
  timed "plain" "$RES/scaling.tsv" 0 "$SMALL_N" "$BIN" batch --input "$SMALL_J"
  timed "plain" "$RES/scaling.tsv" 0 "$N" "$BIN" batch --input "$BIG_J"
  timed "unclosed-quote" "$RES/scaling.tsv" 2 "$SMALL_N" "$BIN" batch --input "$DATA/unclosed-$SMALL_N.csv"
  timed "unclosed-quote" "$RES/scaling.tsv" 2 "$N" "$BIN" batch --input "$DATA/unclosed-$N.csv"
done

# --- Single recommend from process start (unpinned, like a user at a shell).
echo "== recommend: hyperfine -N --warmup 3 --runs 30 (load $(loadavg))" >&2
rec_before=$(loadavg)
hyperfine -N --warmup 3 --runs 30 --style none --export-json "$RES/recommend.json" \
  "'$BIN' recommend --users 30000 --industry fruit --adding active" "'$BIN' --version" >/dev/null
echo "$rec_before	$(loadavg)" > "$RES/recommend-load.txt"

# --- Peers: json-rules-engine, zen-engine and plain JS computing the same decision, from our own
# data/, checked record by record against our batch and timed in this run. The peers' folder is
# only read: it is copied to a scratch directory, where its npm packages are installed.
if [ "$PEERS" = 1 ]; then
  echo "== peers: $PEERS_DIR, $PEERS_N profiles (load $(loadavg))" >&2
  P=$RES/peers; mkdir -p "$P"
  work=$(mktemp -d "${TMPDIR:-/tmp}/acct-advisor-peers.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  (cd "$PEERS_DIR" && tar cf - --exclude=node_modules --exclude=results --exclude=data .) | (cd "$work" && tar xf -)
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error) > "$P/npm.log" 2>&1 || { cat "$P/npm.log" >&2; die "npm ci failed in the peers' copy"; }
  # The peers' generator translates the rules it knows. When ours use facts it does not know, the
  # rules using them are dropped from a copy of data/ (and the examples that then fail), one
  # fact at a time as make-rules.js names them, until it translates all that is left. Our
  # batch then scores with that same copy, so both sides decide on the same reduced rule set.
  reduced=$work/data; drop_facts=""; drop_examples=""
  while true; do
    python3 bench/reduce_rules.py data "$reduced" --generator "$work/make-rules.js" --drop-facts "$drop_facts" --drop-examples "$drop_examples" > "$P/reduced.txt"
    if (cd "$work" && node make-rules.js --data "$reduced") > "$P/make-rules.log" 2>&1; then break; fi
    fact=$(grep -o 'unknown fact [A-Za-z_]*' "$P/make-rules.log" | head -1 | cut -d' ' -f3)
    examples=$(sed -n 's/^  example \([^:]*\): expected.*/\1/p' "$P/make-rules.log" | paste -sd, -)
    if [ -n "$fact" ] && [[ ",$drop_facts," != *",$fact,"* ]]; then drop_facts=${drop_facts:+$drop_facts,}$fact
    elif [ -n "$examples" ]; then drop_examples=${drop_examples:+$drop_examples,}$examples
    else cat "$P/make-rules.log" >&2; die "make-rules.js failed on the reduced data"; fi
  done
  cat "$P/reduced.txt" >&2
  "$BIN" validate --data "$reduced" > "$P/validate.txt" 2>&1 || { cat "$P/validate.txt" >&2; die "our validate refuses the reduced data"; }
  profiles=$work/profiles.jsonl; head -n "$PEERS_N" "$BIG_J" > "$profiles"
  "$BIN" batch --data "$reduced" --input "$profiles" > "$work/acct.jsonl" || die "batch --data (reduced) refused records"
  echo "== peers: agreement with our batch, every record of $PEERS_N profiles" >&2
  set +e; (cd "$work" && node verify.js profiles.jsonl acct.jsonl baseline:sync jre:seq zen:seq zen:batch) > "$P/verify.txt" 2>&1; vrc=$?; set -e
  cat "$P/verify.txt" >&2
  [ "$vrc" = 0 ] || [ "$vrc" = 1 ] || die "verify.js failed (exit $vrc)"
  echo "== peers: whole processes on $PEERS_N lines (ours on $N), $PEERS_REPS runs each, taskset -c $PIN_CPU" >&2
  : > "$P/pipe.tsv"
  for rep in $(seq 1 "$PEERS_REPS"); do
    # Ours on all N lines: on PEERS_N it would take less than GNU time's hundredth of a second.
    timed "acct-advisor" "$P/pipe.tsv" 0 "$N" "$BIN" batch --data "$reduced" --input "$BIG_J"
    for cell in baseline:sync jre:seq zen:seq zen:batch; do
      timed "$cell" "$P/pipe.tsv" 0 "$PEERS_N" node "$work/pipe.js" "${cell%%:*}" "${cell#*:}" "$profiles"
    done
  done
  for p in json-rules-engine @gorules/zen-engine; do
    echo "$p $(cd "$work" && node -p "require('$p/package.json').version")"
  done > "$P/versions.txt"
  echo "node $(node --version)" >> "$P/versions.txt"
fi
rm -f "$RES/.time" "$RES/.stderr"

python3 bench/summarize.py "$RES" | tee "$RES/latest.md"
if [ "$WRITE" = 1 ]; then
  {
    echo "# Benchmark results"
    echo
    echo "Written by \`bench/run.sh$([ "$PEERS" = 1 ] && echo ' --peers') --write-results\` from the run below; not edited by hand."
    echo "How to rerun and what each figure means: [README.md](README.md)."
    echo
    sed 1d "$RES/latest.md"
  } > bench/RESULTS.md
  echo "== wrote bench/RESULTS.md" >&2
fi
