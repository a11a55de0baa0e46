# Clocks of the benchmark scripts (sourced by bench/run.sh and bench/compare.sh; bash). Both are
# read without starting a process: a process started between a run's two readings counts into
# the run. `$(date +%s%N | cut ...)` started three, about 9 ms a run on the development VM, as
# much as make -q takes to read the seed case.

# clock: sets $now to the wall clock in microseconds since the epoch, from bash's EPOCHREALTIME
# (bash 5); older shells fall back to date.
clock() {
  if [ -n "${EPOCHREALTIME:-}" ]; then
    now=${EPOCHREALTIME/[.,]/}
  else
    now=$(date +%s%N | cut -c1-16)
  fi
}

# child_cpu SCRATCH: sets $cpu to the CPU time (ms, user + system) of the script's finished child
# processes so far, from bash's `times`, whose output goes through the file SCRATCH: in a $(...)
# it would report the counters of the subshell, a process of its own.
child_cpu() {
  times > "$1"
  { read -r _ _; read -r user sys; } < "$1"
  to_ms "$user"; cpu=$ms
  to_ms "$sys"; cpu=$((cpu + ms))
}

# to_ms TIME: sets $ms to bash's "XmY.ZZZs" in milliseconds
to_ms() {
  local t=${1/,/.} m s
  m=${t%%m*}; s=${t#*m}; s=${s%s}
  ms=$(( (10#$m * 60 + 10#${s%.*}) * 1000 + 10#${s#*.} ))
}
