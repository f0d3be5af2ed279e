#!/usr/bin/env bash
# Benchmark of `ovms vehicles --status` (the fleet view), not a test.
#
#   benches/ovms_fleet.sh [VEHICLES] [LATENCY_MS]      (default 200 vehicles, 50 ms per request)
#
# The OVMS simulator serves VEHICLES generated vehicles (`sim ovms --fleet`) and delays every answer by
# LATENCY_MS. `ovms vehicles --status` runs twice: with `--parallel 8` (the default), and with `--parallel 1`,
# one request after another (the sequential baseline). Each run logs in once, lists the vehicles, then asks
# one status per vehicle. Wall times and their ratio go to stdout; docs/benchmarks.md records them.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
latency=${2:-50}
cargo build --release --quiet
bin=target/release/fieldctl
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config HOME=$work

"$bin" sim ovms --listen 127.0.0.1:0 --fleet "$n" --latency "$latency" > "$work/addr" &
while [ ! -s "$work/addr" ]; do sleep 0.05; done
export FIELDCTL_OVMS_SERVER=http://$(head -1 "$work/addr") FIELDCTL_OVMS_USERNAME=demo FIELDCTL_OVMS_PASSWORD=demo

run() { # $1 = --parallel; prints the wall time in seconds
  "$bin" ovms logout > /dev/null 2>&1 || true # every run logs in, as a first run of the day does
  /usr/bin/time -f '%e' -o "$work/time" "$bin" ovms vehicles --status --parallel "$1" -o ndjson > "$work/rows"
  local rows; rows=$(wc -l < "$work/rows")
  [ "$rows" -eq "$n" ] || { echo "expected $n rows, got $rows" >&2; exit 1; }
  cat "$work/time"
}

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(uname -srm), $(nproc) cores, $n vehicles, ${latency} ms per request"
par=$(run 8)
seq=$(run 1)
awk -v p="$par" -v s="$seq" -v n="$n" 'BEGIN {
  printf "--parallel 8  %6.2f s\n--parallel 1  %6.2f s (sequential: %d + 2 requests one after another)\nratio         %6.3f (target under 0.2)\n", p, s, n, p / s
}'
