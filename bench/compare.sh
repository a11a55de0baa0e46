#!/usr/bin/env bash
# A/B benchmark of two builds of makelint: runs A/bin/makelint and B/bin/makelint with the same
# arguments, alternating (A, B, A, B, ...), and prints each one's median, mean and least wall
# time and median CPU time (user and system, the JVM's collector and compiler threads included),
# and how B's medians compare with A's. On a machine whose speed drifts from one minute to the
# next (the 2-core development VM), alternating runs are the fair comparison of two versions;
# two bench/run.sh tables taken one after the other are not.
#
# Usage: bench/compare.sh [-n RUNS] [-p] A B [MAKELINT ARGUMENTS...]
#   -n RUNS   runs of each build (default 15)
#   -p        also the median of each phase, from the marks makelint prints on standard error
#             with -Dmakelint.timeline=true (added to MAKELINT_JAVA_OPTS): start (launch to
#             main), command line, read, lint (rule graph, build model, checks), report, exit
#             (return from the command to the process's end). Marks are far steadier than whole
#             runs on a drifting machine; a build from before the marks shows none.
#   A, B      checkouts of makelint, each built in place (mvn -B -q package -DskipTests): a
#             worktree of the commit to compare with (git worktree add /tmp/base COMMIT), and ".".
#             Build in the worktree rather than copying target/: the class-data archive names the
#             jar it was made for, and a copy runs without it.
# The environment reaches both runs: MAKELINT_JAVA_OPTS compares JVM flags with A = B.
#
# Example: bench/compare.sh -n 25 /tmp/base . -C bench/realworld
set -eu

runs=15
phases=false
while [ $# -gt 0 ]; do
  case $1 in
    -n) runs=$2; shift 2 ;;
    -p) phases=true; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    --) shift; break ;;
    -*) echo "bench/compare.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
if [ $# -lt 2 ]; then
  echo "usage: bench/compare.sh [-n RUNS] [-p] A B [MAKELINT ARGUMENTS...]" >&2
  exit 2
fi
a=$1; b=$2; shift 2
for side in "$a" "$b"; do
  [ -x "$side/bin/makelint" ] || { echo "bench/compare.sh: no $side/bin/makelint" >&2; exit 2; }
done

# clock, child_cpu
. "$(dirname "$0")/clocks.sh"

times_a=$(mktemp); times_b=$(mktemp); phases_a=$(mktemp); phases_b=$(mktemp); err=$(mktemp)
cpu_a=$(mktemp); cpu_b=$(mktemp); cpu_now=$(mktemp)
trap 'rm -f "$times_a" "$times_b" "$phases_a" "$phases_b" "$err" "$cpu_a" "$cpu_b" "$cpu_now"' EXIT
if $phases; then
  MAKELINT_JAVA_OPTS="${MAKELINT_JAVA_OPTS:-} -Dmakelint.timeline=true"
  export MAKELINT_JAVA_OPTS
fi

# time_run FILE CPU PHASES DIR ARGS...: one run of DIR/bin/makelint, its wall time (ms) appended
# to FILE, its CPU time (ms) to CPU and, with -p, a line of its phases' durations (ms) to PHASES
time_run() {
  file=$1; cpu_file=$2; phase_file=$3; side=$4; shift 4
  child_cpu "$cpu_now"; c0=$cpu
  clock; t0=$now
  "$side/bin/makelint" "$@" > /dev/null 2> "$err" || true
  clock; t1=$now
  child_cpu "$cpu_now"
  echo $(((t1 - t0) / 1000)) >> "$file"
  echo $((cpu - c0)) >> "$cpu_file"
  if $phases; then
    awk -v t0="$t0" -v t1="$t1" '$1 == "makelint-timeline:" { at[$2] = $3 }
      END {
        if (!("main" in at) || !("exit" in at)) { print "none"; exit }
        # a command that does not lint (--version, pre-commit) has no read to done marks
        if (!("read" in at)) { at["read"] = at["exit"] }
        if (!("lint" in at)) { at["lint"] = at["read"] }
        if (!("report" in at)) { at["report"] = at["lint"] }
        if (!("done" in at)) { at["done"] = at["report"] }
        printf "%.1f %.1f %.1f %.1f %.1f %.1f\n", (at["main"] - t0) / 1000,
          (at["read"] - at["main"]) / 1000, (at["lint"] - at["read"]) / 1000,
          (at["report"] - at["lint"]) / 1000, (at["done"] - at["report"]) / 1000,
          (t1 - at["done"]) / 1000
      }' "$err" >> "$phase_file"
  fi
}

i=0
while [ "$i" -lt "$runs" ]; do
  i=$((i + 1))
  time_run "$times_a" "$cpu_a" "$phases_a" "$a" "$@"
  time_run "$times_b" "$cpu_b" "$phases_b" "$b" "$@"
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
echo "A $a: $(summary "$times_a"); CPU median $(median "$cpu_a") ms"
echo "B $b: $(summary "$times_b"); CPU median $(median "$cpu_b") ms"
awk -v a="$(median "$times_a")" -v b="$(median "$times_b")" \
  'BEGIN { if (a > 0) printf "B/A (medians): %.3f (%+.1f%%)\n", b / a, (b / a - 1) * 100 }'
awk -v a="$(median "$cpu_a")" -v b="$(median "$cpu_b")" \
  'BEGIN { if (a > 0) printf "B/A (CPU medians): %.3f (%+.1f%%)\n", b / a, (b / a - 1) * 100 }'

# phase_medians FILE: the median of each column of FILE, or that there were no marks
phase_medians() {
  if grep -q none "$1"; then
    echo "no phase marks (a build from before -Dmakelint.timeline, or a run that failed)"
    return
  fi
  for col in 1 2 3 4 5 6; do
    cut -d' ' -f"$col" "$1" | sort -n | awk '{v[NR] = $1}
      END {printf "%.1f ", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
  done | awk '{printf "start %s, command line %s, read %s, lint %s, report %s, exit %s ms\n",
    $1, $2, $3, $4, $5, $6}'
}
if $phases; then
  echo "A phases (medians): $(phase_medians "$phases_a")"
  echo "B phases (medians): $(phase_medians "$phases_b")"
fi
