#!/bin/sh
# SPDX-License-Identifier: MIT
# One CI leg: configure, build and run every test in BUILD_DIR. Used natively and inside the
# Debian 13 root. Usage: scripts/build-and-test.sh BUILD_DIR LEG_NAME
set -eu
build_dir=$1
leg=$2
src=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)

mkdir -p "$build_dir"
echo "== [$leg] configure ($build_dir)"
# CI builds are full builds on two cores: -O1 without debug information, unity-built core
# modules and precompiled Qt headers halve the build time (docs/DEVELOPING.md); -Werror.
t0=$(date +%s)
cmake -S "$src" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O1" \
    -DGMD_WERROR=ON -DGMD_UNITY_BUILD=ON -DGMD_PRECOMPILED_HEADERS=ON >"$build_dir.configure.log" 2>&1 || {
    cat "$build_dir.configure.log"; exit 1; }
sed -n '/The following features have been enabled/,$p' "$build_dir.configure.log"
echo "== [$leg] build"
cmake --build "$build_dir" -j "$jobs" >"$build_dir.build.log" 2>&1 || {
    tail -n 80 "$build_dir.build.log"; exit 1; }
t1=$(date +%s)
echo "== [$leg] built in $((t1 - t0)) s"
echo "== [$leg] test"
cd "$build_dir"
set +e
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs" --timeout 300 2>&1 | tee "$build_dir.ctest.log"
set -e
echo "== [$leg] tests ran in $(($(date +%s) - t1)) s"
summary=$(grep -E '^[0-9]+% tests passed' "$build_dir.ctest.log" | tail -n 1)
echo "${summary:-no ctest summary}" >"$build_dir.summary"
grep -q ', 0 tests failed' "$build_dir.summary"
