# shellcheck shell=sh
# SPDX-License-Identifier: MIT
# Package lists and installation, sourced by run.sh and test.sh (POSIX sh).
# Changing GMD_ROOT_PACKAGES makes test.sh build a new Debian 13 root.

# Needed on any Debian 12/13 machine to build, run and test natively.
GMD_COMMON_PACKAGES="build-essential cmake ninja-build pkgconf git ca-certificates \
qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
qt6-qpa-plugins libgl-dev libvulkan-dev libxkbcommon-dev \
libgit2-dev libgraphviz-dev golang-go shellcheck"

# Optional parts, installed where the distribution has them (Debian 13 and later).
GMD_OPTIONAL_PACKAGES="libkf6syntaxhighlighting-dev"

# The Debian 13 root of the second CI leg: everything, optional parts included.
# shellcheck disable=SC2034 # used by the scripts that source this file
GMD_ROOT_PACKAGES="$GMD_COMMON_PACKAGES $GMD_OPTIONAL_PACKAGES"

# gmd_install_missing PACKAGE... : apt-get install the packages that are not installed yet.
gmd_install_missing() {
    missing=""
    for p in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing="$missing $p"
        fi
    done
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "gomoddoctor: these packages are missing:$missing" >&2
        echo "gomoddoctor: run this command as root (or install them) first." >&2
        return 1
    fi
    echo "== Installing:$missing"
    apt-get update -qq
    # shellcheck disable=SC2086 # word splitting of the package list is intended
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# gmd_available PACKAGE : true when apt knows a candidate for PACKAGE.
gmd_available() {
    apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [^(]'
}

# gmd_install_host_packages : the common list, plus the optional ones the distribution has.
gmd_install_host_packages() {
    # shellcheck disable=SC2086
    gmd_install_missing $GMD_COMMON_PACKAGES || return 1
    for p in $GMD_OPTIONAL_PACKAGES; do
        if gmd_available "$p"; then
            gmd_install_missing "$p" || return 1
        fi
    done
}

# gmd_codename : the Debian codename of this machine (bookworm, trixie, ...).
gmd_codename() {
    # shellcheck disable=SC1091
    (. /etc/os-release && echo "${VERSION_CODENAME:-unknown}")
}
