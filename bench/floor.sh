#!/usr/bin/env bash
# Floors under a full lint's time on this machine, measured next to makelint itself and GNU
# make's reading phase (`make -q -f Makefile .DEFAULT`), alternating, all run from the tree's
# directory, and printed as a markdown table of medians:
#
#   java start    a JVM with the launcher's flags whose main returns at once: JVM creation and
#                 exit, which every lint pays before and after its own work
#   file system   the questions a faithful implicit rule search asks of the tree, alone: one
#                 listing of every directory and one test of every source (.c, .cc, .cpp, .S),
#                 on 1 and on 2 threads, timed inside the JVM (FileSystemFloor); makelint's
#                 directory cache asks the same (strace at 2,000 modules: 84,473 listings of
#                 the tree's 88,002 directories and 100,001 tests of sources)
#
# Usage: bench/floor.sh [-n RUNS] [-d DIR] [MODULES...]
#   -n RUNS     runs of each measure per tree (default 5; the median is reported)
#   -d DIR      where generated trees are kept, as for bench/run.sh (default
#               target/bench-projects/run); a missing tree is generated
#   MODULES     sizes of the generated trees (default: 2000); the seed case and bench/realworld
#               are always measured
set -eu

runs=5
dir=
while [ $# -gt 0 ]; do
  case $1 in
    -n) runs=$2; shift 2 ;;
    -d) dir=$2; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    --) shift; break ;;
    -*) echo "bench/floor.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || set -- 2000

root=$(cd "$(dirname "$0")/.." && pwd)
dir=${dir:-$root/target/bench-projects/run}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
here=$PWD
command -v make >/dev/null || { echo "bench/floor.sh: needs GNU make" >&2; exit 2; }
classes=$root/target/test-classes
if [ ! -f "$root/target/makelint.jar" ] || [ ! -f "$classes/dev/makelint/bench/FileSystemFloor.class" ]; then
  echo "building makelint and the benchmark classes (mvn -B -q package -DskipTests) ..." >&2
  (cd "$root" && mvn -B -q package -DskipTests) >&2
fi

# clock
. "$root/bench/clocks.sh"
# median, generated_tree
. "$root/bench/trees.sh"

# The launcher's JVM flags that bear on start-up (bin/makelint explains each); the class path is
# a directory, so nothing but the JDK's own class archive is mapped.
jvm_flags="-Xlog:disable -XX:+UseParallelGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=40"
jvm_flags="$jvm_flags -Xms512m -XX:NewSize=8m -XX:MaxTenuringThreshold=0 -XX:TieredStopAtLevel=1"
jvm_flags="$jvm_flags -XX:-UsePerfData -Xshare:auto"
[ "$(nproc)" -le 2 ] && jvm_flags="$jvm_flags -XX:CICompilerCount=1"
if [ -r /sys/kernel/mm/transparent_hugepage/enabled ] \
    && grep -q '\[always\]\|\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled; then
  jvm_flags="$jvm_flags -XX:+UseTransparentHugePages"
fi

# timed_ms COMMAND...: runs COMMAND with its output discarded and sets $ms to its wall time
timed_ms() {
  clock; local t0=$now
  "$@" > /dev/null 2>&1 || true
  clock; ms=$(((now - t0) / 1000))
}

# floor_row LABEL TREE [NAME=VALUE...]
floor_row() {
  local label=$1 tree=$2
  shift 2
  local lists=$dir/.floor
  mkdir -p "$lists"
  (cd "$tree" && find . -mindepth 1 -type d | sed 's|^\./||' > "$lists/directories" \
    && find . -type f \( -name '*.c' -o -name '*.cc' -o -name '*.cpp' -o -name '*.S' \) \
      | sed 's|^\./||' > "$lists/sources")
  local start=$lists/start one=$lists/one two=$lists/two make=$lists/make lint=$lists/lint
  : > "$start"; : > "$one"; : > "$two"; : > "$make"; : > "$lint"
  cd "$tree"
  local i=0
  while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    # shellcheck disable=SC2086
    timed_ms java $jvm_flags -cp "$classes" dev.makelint.bench.FileSystemFloor --none
    echo "$ms" >> "$start"
    for threads in 1 2; do
      # shellcheck disable=SC2086
      java $jvm_flags -cp "$classes" dev.makelint.bench.FileSystemFloor \
        "$lists/directories" "$lists/sources" "$threads" | cut -d' ' -f1 \
        >> "$([ "$threads" = 1 ] && echo "$one" || echo "$two")"
    done
    timed_ms make -q -f Makefile "$@" .DEFAULT
    echo "$ms" >> "$make"
    timed_ms "$root/bin/makelint" "$@"
    echo "$ms" >> "$lint"
  done
  cd "$here"
  printf '| %s | %s | %s | %s ms | %s ms | %s ms | %s ms | %s ms |\n' "$label" \
    "$(wc -l < "$lists/directories" | tr -d ' ')" "$(wc -l < "$lists/sources" | tr -d ' ')" \
    "$(median < "$start")" "$(median < "$one")" "$(median < "$two")" "$(median < "$make")" \
    "$(median < "$lint")"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; runs per measure: $runs" >&2
echo
echo "| tree | directories | sources | java start | file system, 1 thread | file system, 2 threads | make -q | makelint |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
floor_row "examples/seed-case (LLAMA_METAL=1)" "$root/examples/seed-case" LLAMA_METAL=1
floor_row "bench/realworld (722 lines)" "$root/bench/realworld"
for modules in "$@"; do
  generated_tree "$dir" "$modules" "$root"
  floor_row "generated: $modules modules x 50 x 2" "$tree"
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
