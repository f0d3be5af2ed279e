#!/usr/bin/env bash
# Benchmark of `can dump` end to end (device simulator → HTTP → parse → candump -L file), not a test.
#
#   benches/can_dump.sh [SECONDS]      (default 10)
#
# 1. throughput: `sim can --traffic max` (every canRead is answered with as many frames as it asks for) and
#    `can dump --format log --file …` for SECONDS: frames/s and fieldctl's CPU time per 10,000 frames.
# 2. a saturated 1 Mbit/s bus: `sim can --traffic 9000` for SECONDS: fieldctl's CPU use in % of one core.
# Results go to stdout; docs/benchmarks.md records them with the machine they were taken on.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
cargo build --release --quiet
bin=target/release/fieldctl
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_STATE_HOME=$work/state HOME=$work

run() { # $1 = traffic option
  "$bin" sim can --listen 127.0.0.1:0 --traffic "$1" > "$work/addr" &
  local sim=$!
  while [ ! -s "$work/addr" ]; do sleep 0.05; done
  local addr; addr=$(head -1 "$work/addr")
  /usr/bin/time -f '%U %S %e %M' -o "$work/time" \
    "$bin" can dump --host "$addr" --format log --file "$work/dump.log" --duration "$secs" 2> "$work/summary"
  kill $sim; wait $sim 2>/dev/null || true
  rm -f "$work/addr"
  local frames; frames=$(wc -l < "$work/dump.log")
  read -r user sys wall rss < "$work/time"
  awk -v f="$frames" -v u="$user" -v s="$sys" -v w="$wall" -v t="$1" -v m="$rss" 'BEGIN {
    cpu = u + s
    printf "traffic %-5s  %9d frames in %.2f s = %8.0f frames/s   fieldctl CPU %.2f s (user %.2f + sys %.2f) = %.1f%% of one core, %.1f ms per 10,000 frames, max RSS %.1f MiB\n",
      t, f, w, f / w, cpu, u, s, 100 * cpu / w, (f > 0 ? 1e7 * cpu / f : 0), m / 1024
  }'
}

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(uname -srm), $(nproc) cores, ${secs} s per run"
run max
run 9000
