#!/bin/sh
# Runs acct-advisor with --output junit and validates what it prints against a JUnit XSD.
#   junit_validates.sh XSD ACCT-ADVISOR ARGS...
# The program's own exit code (1 or 2 when records fail) is not this test's concern.
set -u
xsd=$1
shift
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$@" --output junit > "$out" 2>/dev/null
if [ ! -s "$out" ]; then
  echo "no JUnit output from: $*" >&2
  exit 1
fi
xmllint --noout --schema "$xsd" "$out"
