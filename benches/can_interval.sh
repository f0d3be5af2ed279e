#!/usr/bin/env bash
# Benchmark of `can send --interval` (a period on an absolute schedule), not a test.
#
#   benches/can_interval.sh [SECONDS]      (default 5)
#
# For 10 ms and 100 ms: `sim can --log …` and `can send 123#01 --repeat N --interval MS` for about SECONDS; the
# period is measured where it matters, at the device: the times the simulator logged each canWrite. Prints the
# mean period, its jitter (standard deviation and worst deviation of one period from MS), the drift of the whole
# run from start + n × MS, and the slots the client reported skipped.
# Results go to stdout; docs/benchmarks.md records them with the machine they were taken on.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-5}
cargo build --release --quiet
bin=target/release/fieldctl
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_STATE_HOME=$work/state HOME=$work

run() { # $1 = interval in ms
  local rounds=$((secs * 1000 / $1 + 1))
  rm -f "$work/addr" "$work/requests.log"
  "$bin" sim can --listen 127.0.0.1:0 --log "$work/requests.log" > "$work/addr" &
  local sim=$!
  while [ ! -s "$work/addr" ]; do sleep 0.05; done
  "$bin" can send 123#01 --repeat "$rounds" --interval "$1" --host "$(head -1 "$work/addr")" 2> "$work/stderr"
  kill $sim; wait $sim 2>/dev/null || true
  python3 - "$1" "$work/requests.log" "$work/stderr" <<'EOF'
import json, re, statistics, sys
ms = float(sys.argv[1])
t = [r["time"] for r in map(json.loads, open(sys.argv[2])) if r["path"].endswith("/canWrite")]
p = [1000 * (b - a) for a, b in zip(t, t[1:])]
drift = 1000 * (t[-1] - t[0]) - ms * (len(t) - 1)
skipped = re.search(r"(\d+) slots skipped", open(sys.argv[3]).read())
print("--interval %-4g %5d frames  period mean %8.3f ms  jitter sd %.3f ms, worst %+.3f ms (min %.3f, max %.3f)  drift over the run %+.3f ms  skipped %s"
      % (ms, len(t), statistics.mean(p), statistics.pstdev(p), max((x - ms for x in p), key=abs), min(p), max(p),
         drift, skipped.group(1) if skipped else 0))
EOF
}

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(uname -srm), $(nproc) cores, about ${secs} s per run"
run 10
run 100
