#!/bin/sh
# Runs every libFuzzer target until each has used CPU_SECONDS of CPU time
# (default 600: the 10 CPU-minutes issue 8 asks for), one after another:
#   fuzz/run_all.sh [CPU_SECONDS] [NAME...]
# A run is measured with /usr/bin/time (user + system), not the wall clock,
# so a loaded machine makes the run longer, not shorter. Each target is run
# in slices of at most the remaining budget (fuzz/run.sh NAME SECONDS); the
# working corpus carries over between slices. Stops at the first target
# that finds something (exit status non-zero) and names it; otherwise
# prints one line per target: name, CPU seconds, slices.
set -eu
cd "$(dirname "$0")/.."
budget=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-$(ls fuzz/*_fuzzer.cc | sed 's|fuzz/||; s|_fuzzer.cc||')}
log=${WORK:-/tmp/solieu-fuzz}
mkdir -p "$log"
for t in $targets; do
  used=0
  slices=0
  while [ "$used" -lt "$budget" ]; do
    left=$((budget - used))
    slices=$((slices + 1))
    if ! /usr/bin/time -f '%U %S' -o "$log/$t.cpu" fuzz/run.sh "$t" "$left" >"$log/$t.slice$slices.log" 2>&1; then
      echo "$t: libFuzzer stopped with a finding; see $log/$t.slice$slices.log and $log/$t/" >&2
      exit 1
    fi
    cpu=$(awk '{printf "%d", $1 + $2}' "$log/$t.cpu")
    used=$((used + cpu))
  done
  echo "$t cpu_seconds=$used slices=$slices"
done
