#!/usr/bin/env bash
# Benchmark of `ksc hosts` (HostGroup.FindHosts + ChunkAccessor, streamed chunk by chunk), not a test.
#
#   benches/ksc_hosts.sh [CHUNK]      (default: the command's default chunk)
#
# The KSC simulator (release build, plain HTTP on 127.0.0.1) serves 10,000 and then 100,000 generated hosts;
# `ksc hosts -o ndjson` lists them all. For each: wall time and the client's peak RSS (`/usr/bin/time -v`),
# and the row count is checked. Targets: 100,000 hosts in under 10 s, and peak RSS for 100,000 within 10 % of
# that for 10,000 (memory independent of the host count). docs/benchmarks.md records the results.
set -euo pipefail
cd "$(dirname "$0")/.."
chunk=${1:-}
cargo build --release --quiet
bin=target/release/fieldctl
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config HOME=$work

run() { # $1 = hosts; prints "hosts wall_s rss_kib"
  "$bin" sim ksc --plain --listen 127.0.0.1:0 --password pw --hosts "$1" > "$work/addr" 2> /dev/null &
  local sim=$!
  while [ ! -s "$work/addr" ]; do sleep 0.05; done
  local extra=()
  [ -n "$chunk" ] && extra=(--chunk "$chunk")
  FIELDCTL_KSC_SERVER=http://$(head -1 "$work/addr") FIELDCTL_KSC_USERNAME=admin FIELDCTL_KSC_PASSWORD=pw \
    /usr/bin/time -v -o "$work/time" "$bin" ksc hosts -o ndjson --no-progress "${extra[@]}" > "$work/rows"
  kill "$sim"; wait "$sim" 2>/dev/null || true
  rm -f "$work/addr"
  local rows; rows=$(wc -l < "$work/rows")
  [ "$rows" -eq "$1" ] || { echo "expected $1 rows, got $rows" >&2; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
  echo "$1 $wall $rss"
}

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(uname -srm), $(nproc) cores, chunk ${chunk:-default}"
small=$(run 10000)
large=$(run 100000)
echo "$small
$large" | awk '{ printf "%7d hosts  %6.2f s  peak RSS %7d KiB\n", $1, $2, $3; w[NR] = $2; r[NR] = $3 }
END { printf "100,000 hosts in %.2f s (target under 10 s); RSS 100k/10k %.3f (target within 1.10)\n", w[2], r[2] / r[1] }'
