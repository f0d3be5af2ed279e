#!/usr/bin/env bash
# Benchmark of how `can dump` polls (not a test): canRead requests a second, frames per request and the latency
# from a frame reaching the (simulated) device to its line on stdout, at 0, 1,000 and 9,000 frames/s.
#
#   benches/can_poll.sh [SECONDS]      (default 10)
#
# Requests are counted from the simulator's request log; latency is the time a reader of stdout sees a line
# minus the frame's absolute timestamp (device ticks anchored to the host clock; simulator and fieldctl run on
# the same machine). At 0 frames/s a frame is sent on channel 1 every 0.7 s (`can send`, joining the dump's
# session; what one channel sends the others receive), so the idle case has a latency too.
# Results go to stdout; docs/benchmarks.md records them with the machine they were taken on.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
cargo build --release --quiet
bin=target/release/fieldctl
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_STATE_HOME=$work/state HOME=$work

latency='
import sys, time
lat = []
for line in sys.stdin:
    now = time.time()
    lat.append(now - float(line[1:line.index(")")]))
lat.sort()
n = len(lat)
if n:
    print(n, 1e3 * sum(lat) / n, 1e3 * lat[min(n - 1, int(n * 0.99))], 1e3 * lat[-1])
else:
    print(0, 0, 0, 0)
'

run() { # $1 = frames/s of other nodes (0: none)
  local traffic=() ; [ "$1" -gt 0 ] && traffic=(--traffic "$1")
  "$bin" sim can --listen 127.0.0.1:0 --log "$work/sim.log" "${traffic[@]}" > "$work/addr" &
  local sim=$!
  while [ ! -s "$work/addr" ]; do sleep 0.05; done
  local addr; addr=$(head -1 "$work/addr")
  if [ "$1" -eq 0 ]; then
    ( sleep 1; for _ in $(seq 1 $(( (secs - 2) * 10 / 7 ))); do
        "$bin" can send --host "$addr" --channel 1 123#01 2>/dev/null || true; sleep 0.7
      done ) &
  fi
  "$bin" can dump --host "$addr" --format log --duration "$secs" 2> "$work/summary" \
    | python3 -c "$latency" > "$work/latency"
  kill $sim; wait $sim 2>/dev/null || true
  rm -f "$work/addr"
  local reads; reads=$(grep -c '/canRead","peer"' "$work/sim.log" || true)
  local maxes; maxes=$(grep '/canRead","peer"' "$work/sim.log" | grep -o 'max=[0-9]*' | cut -d= -f2 | sort | uniq -c | sort -rn | head -3 | awk '{print $2 "x" $1}' | tr '\n' ' ')
  rm -f "$work/sim.log"
  read -r frames mean p99 worst < "$work/latency"
  awk -v t="$1" -v r="$reads" -v f="$frames" -v s="$secs" -v m="$mean" -v p="$p99" -v w="$worst" -v x="$maxes" 'BEGIN {
    printf "traffic %5d/s  %6.1f canRead/s  %7.1f frames/request  latency mean %5.1f ms, p99 %5.1f ms, max %5.1f ms (%d frames)  most used max: %s\n",
      t, r / s, (r > 0 ? f / r : 0), m, p, w, f, x
  }'
}

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(uname -srm), $(nproc) cores, ${secs} s per run"
run 0
run 1000
run 9000
