#!/bin/sh
# SPDX-License-Identifier: MIT
# The run command (README): installs what is missing (apt, as root), builds, and runs the main
# job on PROJECT_DIR (default: the current directory): the GUI when a display is available,
# otherwise `gomoddoctor-cli check`. Extra arguments after the folder go to the program.
# Usage: scripts/run.sh [PROJECT_DIR] [ARGS...]
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
project=$(pwd)
if [ "$#" -gt 0 ]; then
    project=$1
    shift
fi
# shellcheck source=scripts/packages.sh
. "$src/scripts/packages.sh"
gmd_install_host_packages

build="$src/build/release"
mkdir -p "$build"
if ! cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF \
        -DGMD_BUILD_BENCHMARKS=OFF >"$build.configure.log" 2>&1; then
    cat "$build.configure.log"
    exit 1
fi
if ! cmake --build "$build" --target gomoddoctor gomoddoctor-cli -j "$(nproc 2>/dev/null || echo 2)" \
        >"$build.build.log" 2>&1; then
    tail -n 60 "$build.build.log"
    exit 1
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$build/app/gomoddoctor" "$project" "$@"
fi
echo "(no display: running the command-line check; the GUI is $build/app/gomoddoctor)" >&2
exec "$build/app/gomoddoctor-cli" check "$project" "$@"
