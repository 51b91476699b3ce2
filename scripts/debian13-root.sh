#!/bin/sh
# SPDX-License-Identifier: MIT
# Leg (b) of the test command: build (or reuse) a Debian 13 root with mmdebstrap and run
# scripts/build-and-test.sh inside it, or COMMAND (run by /bin/sh -c in /src/main) when given.
# Usage: scripts/debian13-root.sh CACHE_DIR SOURCE_DIR [COMMAND]
# The root is cached at CACHE_DIR/trixie-<hash of the package list>; /proc, /dev and the
# source tree are mounted for the build and always unmounted afterwards, also on failure.
set -eu
cache=$1
src=$2
command=${3:-scripts/build-and-test.sh /src/main/build/root-trixie "Debian 13 root"}
# shellcheck source=scripts/packages.sh
. "$src/scripts/packages.sh"

hash=$(echo "$GMD_ROOT_PACKAGES" | tr -s ' ' '\n' | sort | sha256sum | cut -c1-12)
root="$cache/trixie-$hash"
mkdir -p "$cache"

# One run at a time per cache folder.
exec 9>"$cache/.lock"
flock 9

if [ ! -x "$root/usr/bin/cmake" ]; then
    echo "== Building the Debian 13 root $root (packages changed or first run)"
    for old in "$cache"/trixie-*; do
        [ -d "$old" ] || continue
        if ! grep -q " $old" /proc/mounts; then
            rm -rf "$old"
        fi
    done
    include=$(echo "$GMD_ROOT_PACKAGES" | tr -s ' \n' ',' | sed 's/^,//; s/,$//')
    tmp="$root.tmp"
    rm -rf "$tmp"
    t0=$(date +%s)
    mmdebstrap --quiet --variant=apt --include="$include" trixie "$tmp" http://deb.debian.org/debian
    mv "$tmp" "$root"
    echo "== Debian 13 root ready in $(($(date +%s) - t0)) s"
else
    echo "== Reusing the Debian 13 root $root"
fi

mounted=""
cleanup() {
    for m in $mounted; do
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
    done
}
trap cleanup EXIT INT TERM HUP

mount_bind() { # SOURCE TARGET
    mkdir -p "$2"
    mount --bind "$1" "$2"
    mounted="$2 $mounted"
}

cp /etc/resolv.conf "$root/etc/resolv.conf"
mkdir -p "$root/proc"
mount -t proc proc "$root/proc"
mounted="$root/proc $mounted"
mount_bind /dev "$root/dev"
mount_bind /dev/pts "$root/dev/pts"
mount_bind "$src" "$root/src/main"
if [ -d "$src/../shared" ]; then
    mount_bind "$(cd "$src/../shared" && pwd)" "$root/src/shared"
else
    # The cached root keeps the mount point of an earlier run: an empty /src/shared would look
    # like a shared folder without its data to the tests.
    rmdir "$root/src/shared" 2>/dev/null || true
fi

echo "== Entering the Debian 13 root"
# COMMAND is passed as an argument, not pasted into the script text, so its quotes survive.
# shellcheck disable=SC2016 # $1 is expanded by the inner shell
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 TERM=dumb /bin/sh -c 'cd /src/main && eval "$1"' debian13-root "$command"
