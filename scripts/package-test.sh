#!/usr/bin/env bash
# Builds a Release .deb with CPack, checks it with lintian (any error or warning fails), installs
# it into this system with dpkg, checks the installed program, man page and completions, then
# removes the package again.
# Needs root (it installs a package): meant for CI and throwaway machines.
# Usage: scripts/package-test.sh [build-dir]   (default: build-deb)
# Leaves the package in the build directory (acct-advisor_<version>_<arch>.deb).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-deb}
umask 022  # the package's files and directories get the usual permissions

if [ "$(id -u)" -ne 0 ]; then
  echo "package-test.sh: must run as root (it installs the package with dpkg -i)" >&2
  exit 1
fi
# dpkg-dev: dpkg-shlibdeps for the package's Depends; man-db: to find the installed page;
# lintian: Debian's own checks of the package (installed here only, not for building or testing).
scripts/deps.sh dpkg-dev man-db file lintian

if dpkg-query -W -f='${Status}' acct-advisor 2>/dev/null | grep -q "install ok installed"; then
  echo "package-test.sh: acct-advisor is already installed as a package; remove it first (dpkg -r acct-advisor)" >&2
  exit 1
fi

echo "== build (Release)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DACCT_ADVISOR_TESTS=OFF \
  -DACCT_ADVISOR_ZSH_COMPLETION_DIR=share/zsh/vendor-completions >/dev/null
cmake --build "$build" -j "$(nproc)"

echo "== cpack -G DEB"
rm -f "$build"/acct-advisor_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/acct-advisor_*.deb)
echo "$deb"
dpkg-deb --field "$deb"
dpkg-deb --contents "$deb"

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
control=$(dpkg-deb --field "$deb" Depends Section Maintainer Description)
for want in "libc6" "libstdc++6" "libfmt9" "libutf8proc2" "Section: utils" "Maintainer: "; do
  grep -qF -- "$want" <<<"$control" || fail "control fields lack '$want'"
done
for path in ./usr/bin/acct-advisor ./usr/share/man/man1/acct-advisor.1.gz \
  ./usr/share/man/zh_CN/man1/acct-advisor.1.gz \
  ./usr/share/bash-completion/completions/acct-advisor ./usr/share/zsh/vendor-completions/_acct-advisor \
  ./usr/share/acct-advisor/features.json ./usr/share/acct-advisor/industries.json \
  ./usr/share/acct-advisor/rules.json ./usr/share/acct-advisor/schema/rules.schema.json \
  ./usr/share/doc/acct-advisor/copyright ./usr/share/doc/acct-advisor/changelog.gz; do
  dpkg-deb --contents "$deb" | grep " $path\$" >/dev/null || fail "package lacks $path"
done

echo "== lintian"
# Errors and warnings fail the test; info and pedantic tags are shown too, for the record. An
# override would go in the package (usr/share/lintian/overrides/acct-advisor) with a comment
# saying why; there is none today.
lintian --version
lintian --fail-on error,warning --display-info --pedantic "$deb" \
  || fail "lintian reported errors or warnings (above)"

echo "== dpkg -i"
dpkg -i "$deb"
trap 'echo "== dpkg -r"; dpkg -r acct-advisor' EXIT

echo "== run the installed program from /"
out=$(cd / && env -u ACCT_ADVISOR_DATA LC_ALL=C.UTF-8 /usr/bin/acct-advisor recommend --users 30000 --industry fruit --adding active) \
  && rc=0 || rc=$?
printf '%s\n' "$out" | head -3
[ "$rc" -eq 0 ] || fail "installed acct-advisor recommend exited $rc"
grep -q "WeCom" <<<"$out" || fail "installed acct-advisor recommend does not mention WeCom"
(cd / && /usr/bin/acct-advisor validate >/dev/null) || fail "installed acct-advisor validate failed"
/usr/bin/acct-advisor validate --data /usr/share/acct-advisor >/dev/null || fail "validate --data /usr/share/acct-advisor failed"
ldd /usr/bin/acct-advisor | grep "not found" && fail "installed binary has unresolved libraries"

echo "== man page"
page=$(man -w acct-advisor) || fail "man -w acct-advisor finds no page"
echo "$page"
[ "${page:-}" = /usr/share/man/man1/acct-advisor.1.gz ] || fail "man -w gave '${page:-}'"
man acct-advisor 2>/dev/null | grep "EXIT STATUS" >/dev/null || fail "man acct-advisor does not render"
page=$(man -w -L zh_CN acct-advisor) || fail "man -w -L zh_CN acct-advisor finds no page"
[ "${page:-}" = /usr/share/man/zh_CN/man1/acct-advisor.1.gz ] || fail "man -w -L zh_CN gave '${page:-}'"
LC_ALL=C.UTF-8 man -L zh_CN acct-advisor 2>/dev/null | grep "退出状态" >/dev/null \
  || fail "man -L zh_CN acct-advisor does not render the Chinese page"

echo "== completions"
bash -c 'source /usr/share/bash-completion/completions/acct-advisor
  COMP_WORDS=(acct-advisor recommend --industry fr); COMP_CWORD=3; _acct_advisor 2>/dev/null
  [[ " ${COMPREPLY[*]} " == *" fruit "* ]]' || fail "installed bash completion does not complete --industry fr to fruit"
if command -v zsh >/dev/null; then
  zsh -n /usr/share/zsh/vendor-completions/_acct-advisor || fail "installed zsh completion: zsh -n failed"
fi

if [ "$failures" -ne 0 ]; then
  echo "package test: $failures failed" >&2
  exit 1
fi
echo "package test: ok"
