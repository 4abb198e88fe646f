#!/bin/sh
# Runs acct-advisor with --output tap and checks the TAP 13 shape: the version line first, a
# plan 1..N, and exactly N test lines numbered 1 to N in order.
#   tap_plan.sh EXPECTED_N ACCT-ADVISOR ARGS...
set -u
expected=$1
shift
"$@" --output tap 2>/dev/null | awk -v expected="$expected" '
  NR == 1 && $0 != "TAP version 13" { print "first line is not TAP version 13: " $0; bad = 1 }
  /^1\.\.[0-9]+$/ { plan = substr($0, 4) }
  /^(not )?ok [0-9]+( |$)/ {
    n++
    number = $0; sub(/^(not )?ok /, "", number); sub(/ .*/, "", number)
    if (number != n) { print "test line " n " is numbered " number; bad = 1 }
  }
  END {
    if (plan == "") { print "no plan line"; exit 1 }
    if (plan != n) { print "plan 1.." plan " but " n " test lines"; exit 1 }
    if (n != expected) { print n " test lines, expected " expected; exit 1 }
    if (bad) exit 1
    print "TAP ok: plan 1.." plan ", " n " test lines"
  }'
