#!/usr/bin/env bash
# Tests the shell completion scripts that `acct-advisor completion bash|zsh` prints.
# Usage: completion_test.sh BIN bash|zsh
#   bash: the script passes `bash -n`, names every subcommand and industry id, and, sourced,
#         completes what a user types (subcommands, options, option values, files) and offers
#         every option that each subcommand's --help shows.
#   zsh:  the script passes `zsh -n`, and compinit picks it up from $fpath as the completion
#         for acct-advisor. Exits 77 (skipped) when zsh is not installed.
set -uo pipefail
bin=$1
shell=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# Subcommands as `acct-advisor --help` lists them.
subcommands=$("$bin" --help | sed -n '/^Subcommands:/,/^$/p' | sed -n 's/^  \([a-z][-a-z0-9]*\) .*/\1/p')
[ -n "$subcommands" ] || { echo "FAIL: no subcommands in '$bin --help'" >&2; exit 1; }

if [ "$shell" = zsh ]; then
  if ! command -v zsh >/dev/null; then
    echo "zsh is not installed: skipped"
    exit 77
  fi
  mkdir "$tmp/functions"
  "$bin" completion zsh >"$tmp/functions/_acct-advisor" || { echo "FAIL: completion zsh exited $?" >&2; exit 1; }
  zsh -n "$tmp/functions/_acct-advisor" || fail "zsh -n reports a syntax error"
  head -1 "$tmp/functions/_acct-advisor" | grep -qx '#compdef acct-advisor' || fail "first line is not '#compdef acct-advisor'"
  for sub in $subcommands; do
    grep -q "^        $sub)" "$tmp/functions/_acct-advisor" || fail "zsh: no case for subcommand '$sub'"
  done
  grep -q 'fruit' "$tmp/functions/_acct-advisor" || fail "zsh: industry id 'fruit' missing"
  got=$(HOME=$tmp zsh -f -c 'fpath=("$1" $fpath); autoload -Uz compinit; compinit -u -D; print -r -- "${_comps[acct-advisor]-}"' \
    zsh "$tmp/functions" 2>&1)
  [ "$got" = "_acct-advisor" ] || fail "compinit does not register _acct-advisor for acct-advisor (got '$got')"
  # Type into an interactive zsh (under zpty) and read what <TAB> completed.
  cat >"$tmp/type.zsh" <<'ZSH'
zmodload zsh/zpty || exit 2
zpty z 'TERM=dumb HOME=$1 zsh -f -i'
zpty -w z "PS1='> '; fpath=('$1/functions' \$fpath); autoload -Uz compinit; compinit -u -D"
screen=
# wait_for TEXT: read the terminal until TEXT appears (30 s at most).
wait_for() {
  local chunk i
  for (( i = 0; i < 300; i++ )); do
    while zpty -r -t z chunk; do screen+=$chunk; done
    [[ $screen == *"$1"* ]] && return 0
    sleep 0.1
  done
  print -r -- "FAIL: zsh: never saw '$1' on the screen" >&2
  return 1
}
ok=0
zpty -w -n z $'acct-advisor rec\t'; wait_for 'acct-advisor recommend ' || ok=1
zpty -w -n z $'--industry fru\t'; wait_for '--industry fruit ' || ok=1
zpty -w -n z $'--lang \t'; wait_for 'en  zh' || ok=1
zpty -d z
exit $ok
ZSH
  timeout 60 zsh -f "$tmp/type.zsh" "$tmp" || fail "interactive zsh did not complete as expected"
  echo "$failures failed"
  [ "$failures" -eq 0 ]
  exit
fi

script=$tmp/acct-advisor.bash
"$bin" completion bash >"$script" || { echo "FAIL: completion bash exited $?" >&2; exit 1; }
bash -n "$script" || fail "bash -n reports a syntax error"
for sub in $subcommands; do
  grep -qw -- "$sub" "$script" || fail "subcommand '$sub' missing from the script"
done
for id in $("$bin" industries --format json | sed -n 's/^      "id": "\(.*\)",$/\1/p'); do
  grep -qw -- "$id" "$script" || fail "industry id '$id' missing from the script"
done
grep -qw fruit "$script" || fail "industry id 'fruit' missing from the script"

# shellcheck source=/dev/null
source "$script"
complete -p acct-advisor >/dev/null 2>&1 || fail "the script does not register a completion for acct-advisor"

# Completes the command line given as words (the last one is the word under the cursor) and
# prints the candidates on one line, sorted.
complete_line() {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMP_LINE="$*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _acct_advisor 2>/dev/null
  printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort | tr '\n' ' ' | sed 's/ $//'
}
# expect_exactly "candidates" words...
expect_exactly() {
  local want=$1 got
  shift
  got=$(complete_line "$@")
  [ "$got" = "$want" ] || fail "'$*<TAB>' offered '$got', expected '$want'"
}
# expect_includes candidate words...
expect_includes() {
  local want=$1 got
  shift
  got=$(complete_line "$@")
  [[ " $got " == *" $want "* ]] || fail "'$*<TAB>' offered '$got', expected it to include '$want'"
}

expect_exactly "recommend" acct-advisor rec
expect_exactly "$(echo "$subcommands" | sort | tr '\n' ' ' | sed 's/ $//')" acct-advisor ""
expect_exactly "--version" acct-advisor --vers
expect_includes fruit acct-advisor recommend --industry fr
expect_includes fruit acct-advisor recommend --users 30000 --industry = fr   # --industry=fr
expect_includes fruit acct-advisor sweep --industry =                       # --industry=
expect_exactly "insurance" acct-advisor recommend --users 30000 --industry ins
expect_exactly "active passive" acct-advisor recommend --adding ""
expect_exactly "high low" acct-advisor sweep --barrier ""
expect_exactly "--format" acct-advisor recommend --form
expect_exactly "github json junit markdown tap text" acct-advisor recommend --format ""
expect_exactly "personal wecom" acct-advisor recommend --expect ""
expect_exactly "auto csv jsonl" acct-advisor batch --input-format ""
expect_exactly "csv jsonl" acct-advisor batch --format ""
expect_exactly "en zh" acct-advisor plan --lang ""
expect_exactly "scale" acct-advisor table --dimension sc
expect_exactly "bash zsh" acct-advisor completion ""
expect_exactly "" acct-advisor recommend --users ""
expect_exactly "--differences-only" acct-advisor table --diff
mkdir -p "$tmp/files/sub dir"
touch "$tmp/files/plan one.svg"
expect_exactly "$tmp/files/plan one.svg" acct-advisor plan --svg "$tmp/files/pl"
touch "$tmp/files/report one.html"
expect_exactly "$tmp/files/report one.html" acct-advisor report --output "$tmp/files/re"
expect_includes fruit acct-advisor report --industry fr
expect_exactly "$tmp/files/sub dir" acct-advisor validate --data "$tmp/files/s"
# check takes any number of files: each word after the first is a file too.
touch "$tmp/files/one.csv" "$tmp/files/two.csv"
expect_exactly "$tmp/files/one.csv" acct-advisor check "$tmp/files/on"
expect_exactly "$tmp/files/two.csv" acct-advisor check "$tmp/files/one.csv" "$tmp/files/tw"
expect_exactly "github json junit tap text" acct-advisor check --format ""
# --output is a file everywhere (a form's name there is issue 10's spelling, not offered).
expect_exactly "$tmp/files/one.csv" acct-advisor check --output "$tmp/files/on"
expect_exactly "$tmp/files/one.csv" acct-advisor table --output "$tmp/files/on"
expect_exactly "auto gb18030 utf-8" acct-advisor batch --input-encoding ""
expect_exactly "json markdown text" acct-advisor diff --format ""

# Every option each subcommand's --help shows is offered after a '-'.
for sub in $subcommands; do
  offered=" $(complete_line acct-advisor "$sub" -) "
  for option in $("$bin" "$sub" --help | grep -oE -- '(^|[ ,])--?[a-zA-Z][-a-zA-Z0-9]*' | sed 's/^[ ,]//' | sort -u); do
    [[ $offered == *" $option "* ]] || fail "'acct-advisor $sub -<TAB>' does not offer $option (in its --help)"
  done
done

echo "$failures failed"
[ "$failures" -eq 0 ]
