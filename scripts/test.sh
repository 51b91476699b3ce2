#!/bin/sh
# SPDX-License-Identifier: MIT
# The test command (README, .ci/run): installs what is missing, then builds and runs the whole
# test suite in two legs that must both pass:
#   (a) natively on this machine (Debian 12: Qt 6.4, libgit2 1.5, Go 1.19, no KF6);
#   (b) inside a Debian 13 root made with mmdebstrap (Qt 6.8, KF6 SyntaxHighlighting,
#       libgit2 1.9, Go 1.24), cached in $GMD_CACHE_DIR and rebuilt only when its package
#       list changes. On a Debian 13 host leg (b) is the host itself.
# Run as root on a fresh Debian 12 or 13 machine. Environment: GMD_CACHE_DIR (default
# /var/cache/gomoddoctor), GMD_SKIP_ROOT_LEG=1 to run leg (a) only (for development).
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/packages.sh
. "$src/scripts/packages.sh"
cache=${GMD_CACHE_DIR:-/var/cache/gomoddoctor}
codename=$(gmd_codename)
start=$(date +%s)

echo "== Go Module Doctor test suite on $(uname -n) ($codename)"
gmd_install_host_packages
if [ "$codename" != trixie ] && [ "${GMD_SKIP_ROOT_LEG:-0}" != 1 ]; then
    gmd_install_missing mmdebstrap
fi

status_a=0
"$src/scripts/build-and-test.sh" "$src/build/host-$codename" "host $codename" || status_a=$?
summary_a=$(cat "$src/build/host-$codename.summary" 2>/dev/null || echo "no ctest summary")

status_b=0
summary_b="(same as leg a: the host is Debian 13)"
if [ "$codename" != trixie ]; then
    if [ "${GMD_SKIP_ROOT_LEG:-0}" = 1 ]; then
        summary_b="(skipped: GMD_SKIP_ROOT_LEG=1)"
    else
        "$src/scripts/debian13-root.sh" "$cache" "$src" || status_b=$?
        summary_b=$(cat "$src/build/root-trixie.summary" 2>/dev/null || echo "no ctest summary")
    fi
fi

end=$(date +%s)
echo
echo "== Summary ($((end - start)) s)"
echo "leg a, native $codename: $summary_a"
echo "leg b, Debian 13 root:   $summary_b"
passed=0
total=0
for s in "$summary_a" "$summary_b"; do
    t=$(echo "$s" | sed -n 's/.* out of \([0-9][0-9]*\).*/\1/p')
    f=$(echo "$s" | sed -n 's/.*, \([0-9][0-9]*\) tests failed.*/\1/p')
    if [ -n "$t" ] && [ -n "$f" ]; then
        total=$((total + t))
        passed=$((passed + t - f))
    fi
done
failed=$((total - passed))
if [ "$status_a" -ne 0 ] || [ "$status_b" -ne 0 ] || [ "$total" -eq 0 ]; then
    [ "$failed" -eq 0 ] && failed=1 && total=$((total + 1))
    echo "$((passed * 100 / total))% tests passed, $failed tests failed out of $total"
    exit 1
fi
echo "100% tests passed, 0 tests failed out of $total"
