#!/usr/bin/env bash
# Whole-process benchmark: times bin/makelint (full lint: read, rule graph, build model, all
# checks; JVM start included) against GNU make's reading phase (`make -q -f Makefile .DEFAULT`)
# on the same trees, both run from the tree's directory, alternating the two, and prints a
# markdown table of medians.
#
# Usage: bench/run.sh [-n RUNS] [-d DIR] [MODULES...]
#   -n RUNS     runs of each command per tree (default 5; the median is reported)
#   -d DIR      where generated trees are kept (default target/bench-projects/run); a tree is
#               generated once and reused
#   MODULES     sizes of the generated trees in modules of 50 sources x 2 flavours
#               (default: 125 500 2000, i.e. 2,000 modulesx50x2 = 200,000 objects at the top)
#
# Also measured: the shipped example (examples/seed-case, LLAMA_METAL=1) and the 722-line
# bench/realworld/Makefile. makelint's CPU time (user and system, collector and compiler
# included) is steadier than its wall time on a machine whose speed drifts. Peak RSS is
# makelint's largest resident set in one more run of each tree, under /usr/bin/time -f %M,
# which is not timed (GNU time's own start-up took about 5 ms). The "fault" column says whether
# makelint reported the duplicate source injected into every generated tree
# (duplicate-source-in-link naming that source). "makelint reading" is the part of makelint's
# run that make -q's time compares with: from the launch to the end of reading the makefiles
# (JVM start and command line included), from the phase marks makelint prints with
# -Dmakelint.timeline=true, which the script adds to MAKELINT_JAVA_OPTS.
#
# The machine's load average is printed before and after: on a shared machine the wall times
# are only as good as the quiet it had.
set -eu

runs=5
dir=
while [ $# -gt 0 ]; do
  case $1 in
    -n) runs=$2; shift 2 ;;
    -d) dir=$2; shift 2 ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    --) shift; break ;;
    -*) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || set -- 125 500 2000

root=$(cd "$(dirname "$0")/.." && pwd)
dir=${dir:-$root/target/bench-projects/run}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd) # the runs are made from the trees' directories
here=$PWD
timefmt=/usr/bin/time
[ -x "$timefmt" ] || { echo "bench/run.sh: needs /usr/bin/time (GNU time)" >&2; exit 2; }
command -v make >/dev/null || { echo "bench/run.sh: needs GNU make" >&2; exit 2; }

# --- build what is needed ---------------------------------------------------------------
if [ ! -f "$root/target/makelint.jar" ] || [ ! -f "$root/target/test-classes/dev/makelint/bench/ProjectGenerator.class" ]; then
  echo "building makelint and the generator (mvn -B -q package -DskipTests) ..." >&2
  (cd "$root" && mvn -B -q package -DskipTests) >&2
fi

# clock, child_cpu
. "$root/bench/clocks.sh"
# median, generated_tree
. "$root/bench/trees.sh"
scratch=$dir/.cpu_now

MAKELINT_JAVA_OPTS="${MAKELINT_JAVA_OPTS:-} -Dmakelint.timeline=true"
export MAKELINT_JAVA_OPTS

# bytes of the makefiles of a tree: Makefile, *.mk
makefile_bytes() { find "$1" \( -name Makefile -o -name '*.mk' -o -name Makefile.local \) -type f -exec cat {} + | wc -c | tr -d ' '; }

# run_pair LABEL DIR FAULT_SOURCE [NAME=VALUE...]: alternates makelint and make RUNS times
run_pair() {
  label=$1; tree=$2; fault=$3; shift 3
  ml_times=$dir/.ml_times; mk_times=$dir/.mk_times; rss=$dir/.rss; rd_times=$dir/.rd_times
  ml_cpu=$dir/.ml_cpu
  : > "$ml_times"; : > "$mk_times"; : > "$rss"; : > "$rd_times"; : > "$ml_cpu"
  # Both run from the tree's directory, as a user runs them before make. (cd here, not in a
  # subshell: the subshell's fork would count into the times.)
  cd "$tree"
  # one run under GNU time for the peak RSS and the findings, then the timed runs
  "$timefmt" -f %M -o "$dir/.time" "$root/bin/makelint" "$@" > "$dir/.out" 2> /dev/null || true
  tail -1 "$dir/.time" >> "$rss"
  found=-
  if [ -n "$fault" ]; then
    if grep -F "[duplicate-source-in-link]" "$dir/.out" | grep -qF "$fault"; then found=yes; else found=NO; fi
  fi
  i=0
  while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    child_cpu "$scratch"; c0=$cpu
    clock; t0=$now
    "$root/bin/makelint" "$@" > /dev/null 2> "$dir/.err" || true
    clock; t1=$now
    child_cpu "$scratch"
    echo $(((t1 - t0) / 1000)) >> "$ml_times"
    echo $((cpu - c0)) >> "$ml_cpu"
    awk -v t0="$t0" '$1 == "makelint-timeline:" && $2 == "lint" {
      printf "%d\n", ($3 - t0) / 1000 }' "$dir/.err" >> "$rd_times"
    clock; t0=$now
    make -q -f Makefile "$@" .DEFAULT > /dev/null 2>&1 || true
    clock; t1=$now
    echo $(((t1 - t0) / 1000)) >> "$mk_times"
  done
  cd "$here"
  ml=$(median < "$ml_times")
  ml_c=$(median < "$ml_cpu")
  mk=$(median < "$mk_times")
  rd=$(median < "$rd_times")
  peak=$(sort -n "$rss" | tail -1)
  ratio=$(awk -v a="$ml" -v b="$mk" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "inf" }')
  printf '| %s | %s | %s | %s ms | %s ms | %s ms | %s | %s ms | %s MB | %s |\n' "$label" \
    "$makefiles" "$(makefile_bytes "$tree")" "$ml" "$ml_c" "$mk" "$ratio" "$rd" \
    "$((peak / 1024))" "$found"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; runs per command: $runs" >&2
echo
echo "| tree | makefiles | makefile bytes | makelint median | makelint CPU median |" \
  "make -q median | makelint/make | makelint reading | makelint peak RSS | fault found |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|"

makefiles=2
run_pair "examples/seed-case (LLAMA_METAL=1)" "$root/examples/seed-case" "ggml-backend.c" LLAMA_METAL=1
makefiles=1
run_pair "bench/realworld (722 lines)" "$root/bench/realworld" ""

for modules in "$@"; do
  generated_tree "$dir" "$modules" "$root"
  fault=$(sed -n 's/.*fault: \([^ ]*\) twice in.*/\1/p' "$tree.info")
  makefiles=$((modules + 1))
  run_pair "generated: $modules modules x 50 x 2 ($((modules * 100)) objects)" "$tree" "$fault"
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
