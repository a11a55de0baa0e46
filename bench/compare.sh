#!/bin/sh
# A/B benchmark of two builds of makelint: runs A/bin/makelint and B/bin/makelint with the same
# arguments, alternating (A, B, A, B, ...), and prints each one's median, mean and least wall
# time, and how B's median compares with A's. On a machine whose speed drifts from one minute to
# the next (the 2-core development VM), alternating runs are the fair comparison of two versions;
# two bench/run.sh tables taken one after the other are not.
#
# Usage: bench/compare.sh [-n RUNS] A B [MAKELINT ARGUMENTS...]
#   -n RUNS   runs of each build (default 15)
#   A, B      checkouts of makelint, each built in place (mvn -B -q package -DskipTests): a
#             worktree of the commit to compare with (git worktree add /tmp/base COMMIT), and ".".
#             Build in the worktree rather than copying target/: the class-data archive names the
#             jar it was made for, and a copy runs without it.
# The environment reaches both runs: MAKELINT_JAVA_OPTS compares JVM flags with A = B.
#
# Example: bench/compare.sh -n 25 /tmp/base . -C bench/realworld
set -eu

runs=15
while [ $# -gt 0 ]; do
  case $1 in
    -n) runs=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    --) shift; break ;;
    -*) echo "bench/compare.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
if [ $# -lt 2 ]; then
  echo "usage: bench/compare.sh [-n RUNS] A B [MAKELINT ARGUMENTS...]" >&2
  exit 2
fi
a=$1; b=$2; shift 2
for side in "$a" "$b"; do
  [ -x "$side/bin/makelint" ] || { echo "bench/compare.sh: no $side/bin/makelint" >&2; exit 2; }
done

now_ms() { date +%s%N | cut -c1-13; }
times_a=$(mktemp); times_b=$(mktemp)
trap 'rm -f "$times_a" "$times_b"' EXIT

# time_run FILE DIR ARGS...: one run of DIR/bin/makelint, its wall time appended to FILE
time_run() {
  file=$1; side=$2; shift 2
  t0=$(now_ms)
  "$side/bin/makelint" "$@" > /dev/null 2>&1 || true
  t1=$(now_ms)
  echo $((t1 - t0)) >> "$file"
}

i=0
while [ "$i" -lt "$runs" ]; do
  i=$((i + 1))
  time_run "$times_a" "$a" "$@"
  time_run "$times_b" "$b" "$@"
done

# summary FILE: median, mean and least of the numbers in FILE
summary() {
  sort -n "$1" | awk '{v[NR] = $1; s += $1}
    END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
         printf "median %.1f ms, mean %.1f ms, least %d ms", m, s / NR, v[1]}'
}
median() { summary "$1" | sed 's/^median \([0-9.]*\).*/\1/'; }

load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
echo "load average after: $load; runs of each: $runs"
echo "A $a: $(summary "$times_a")"
echo "B $b: $(summary "$times_b")"
awk -v a="$(median "$times_a")" -v b="$(median "$times_b")" \
  'BEGIN { if (a > 0) printf "B/A (medians): %.3f (%+.1f%%)\n", b / a, (b / a - 1) * 100 }'
