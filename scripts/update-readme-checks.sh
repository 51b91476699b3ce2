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
    for f in "$src"/docs/checks/*.md; do
        # shellcheck disable=SC2016 # the backquotes are Markdown, not a command
        head -n 1 "$f" | sed -n 's/^# \([A-Za-z0-9]*\) \([a-z0-9-]*\): \(.*\)$/| [\1](docs\/checks\/\1.md) | `\2` | \3 |/p'
    done
} >"$table"
awk -v table="$table" '
    /<!-- checks:begin -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
    /<!-- checks:end -->/ { skip = 0 }
    !skip { print }
' "$readme" >"$readme.tmp"
mv "$readme.tmp" "$readme"
