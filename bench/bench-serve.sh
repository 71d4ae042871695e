#!/usr/bin/env bash
# make bench-serve: a short, bounded load test of search on loopback. Starts `dpiatlas serve` on the
# corpus database on a free port, sends BENCH_REQUESTS searches (default 2000) over BENCH_CONNECTIONS
# keep-alive connections (default 4) to /api/search and then to the HTML /search page, and prints
# requests per second and p50/p95/p99 latency. Not a timed test: it prints figures.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/dpiatlas}
DB=${DB:-output/atlas.sqlite}
REQUESTS=${BENCH_REQUESTS:-2000}
CONNECTIONS=${BENCH_CONNECTIONS:-4}
[ -x "$BIN" ] || { echo "bench-serve: build $BIN first (make build)" >&2; exit 1; }
[ -f "$DB" ] || { echo "bench-serve: no database at $DB (make run)" >&2; exit 1; }

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
"$BIN" serve --db "$DB" --port "$port" 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/api" 2>/dev/null && break
    kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.2
done
documents=$(sqlite3 "$DB" "SELECT count(*) FROM document" 2>/dev/null || echo "?")
echo "bench-serve: $DB ($documents documents), $(nproc) cores"
python3 bench/bench-serve.py "http://127.0.0.1:$port" --requests "$REQUESTS" --connections "$CONNECTIONS" --path /api/search
python3 bench/bench-serve.py "http://127.0.0.1:$port" --requests "$REQUESTS" --connections "$CONNECTIONS" --path /search
