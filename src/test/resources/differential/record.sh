#!/bin/sh
# Re-records the make -p outputs used by DifferentialMakeDbParserTest.
# Usage: sh record.sh   (from this directory; needs GNU make 4.3)
set -e
here=$(cd "$(dirname "$0")" && pwd)
for d in "$here"/*/; do
  name=$(basename "$d")
  tmp=$(mktemp -d)
  cp "$d/Makefile" "$tmp/Makefile"
  args=""
  [ -f "$d/args" ] && args=$(cat "$d/args")
  # shellcheck disable=SC2086
  (cd "$tmp" && env -i PATH=/usr/bin:/bin HOME="$tmp" make -p -q -f Makefile $args .DEFAULT \
      >"$d/stdout.txt" 2>"$d/stderr.txt") || true
  rm -rf "$tmp"
done
