"""Load test of `dpiatlas serve` search: a bounded number of requests from a few keep-alive
connections on loopback; prints requests per second and latency percentiles. Not a timed test.

    python3 bench/bench-serve.py BASE_URL [--requests N] [--connections C] [--path /api/search]
"""

import argparse
import http.client
import statistics
import sys
import threading
import time
import urllib.parse

QUERIES = [
    "digital identity", "mobile money", "relying party", "consent", "interoperability", "payment",
    "registry", "security", "数字身份", "identité numérique", "requirement", "open source",
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--path", default="/api/search")
    args = parser.parse_args()
    url = urllib.parse.urlsplit(args.base)
    if url.hostname not in ("127.0.0.1", "::1", "localhost"):
        print("bench-serve: loopback only", file=sys.stderr)
        return 2
    requests = min(max(args.requests, 1), 100_000)
    connections = min(max(args.connections, 1), 64)

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(requests))

    def worker() -> None:
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        while True:
            with lock:
                index = next(counter, None)
            if index is None:
                break
            q = urllib.parse.quote_plus(QUERIES[index % len(QUERIES)])
            start = time.perf_counter()
            try:
                connection.request("GET", f"{args.path}?q={q}&limit=20")
                response = connection.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as error:
                status = str(error)
                connection.close()
                connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                if status != 200:
                    errors.append(str(status))
        connection.close()

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began

    latencies.sort()
    def percentile(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000

    print(f"search {args.path}: {len(latencies)} requests, {connections} connections, {wall:.2f} s")
    print(f"  requests/s  {len(latencies) / wall:8.1f}")
    print(f"  latency ms  p50 {percentile(50):.1f}  p95 {percentile(95):.1f}  p99 {percentile(99):.1f}  "
          f"mean {statistics.fmean(latencies) * 1000:.1f}  max {latencies[-1] * 1000:.1f}")
    print(f"  errors      {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
