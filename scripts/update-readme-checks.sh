#!/bin/sh
# SPDX-License-Identifier: MIT
# Regenerates the rule table of README.md (between the "checks:begin/end" markers) from the
# first line of every docs/checks/<ID>.md ("# <ID> <slug>: <title>"). tst_registry fails when
# README.md misses a registered check, so run this after adding one.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
readme="$src/README.md"
table=$(mktemp)
trap 'rm -f "$table"' EXIT
{
    echo "| id | name | what it finds |"
    echo "|---|---|---|"
    # The doctor's own GMD checks first, then BuildKit's rules (ids = BuildKit's rule names).
    for pass in gmd buildkit; do
        for f in "$src"/docs/checks/*.md; do
            case "$pass:$(basename "$f")" in
            gmd:GMD* | buildkit:[!G]* | buildkit:G[!M]*) ;;
            *) continue ;;
            esac
            # shellcheck disable=SC2016 # the backquotes are Markdown, not a command
            head -n 1 "$f" | sed -n 's/^# \([A-Za-z0-9]*\) \([a-z0-9-]*\): \(.*\)$/| [\1](docs\/checks\/\1.md) | `\2` | \3 |/p'
        done
    done
} >"$table"
awk -v table="$table" '
    /<!-- checks:begin -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
    /<!-- checks:end -->/ { skip = 0 }
    !skip { print }
' "$readme" >"$readme.tmp"
mv "$readme.tmp" "$readme"
