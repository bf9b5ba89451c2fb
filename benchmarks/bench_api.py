"""Load test of GET /events on a store of 10,000 events, from a second process over loopback.

The server (uvicorn running ``marsad.api.app.create_app``) runs in a child process; this
process sends keep-alive HTTP/1.1 requests from a few client threads, bounded in count
and in time, and reports throughput and latency percentiles. The store is built once
from synthetic pages (``marsad.api.sample``) and kept for later runs.

    .venv/bin/python benchmarks/bench_api.py [--events 10000] [--requests 4000] [--seconds 30] [--clients 4]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

QUERIES = [
    "/events",
    "/events?limit=50&offset=500",
    "/events?country=SY",
    "/events?type=Battles&limit=20",
    "/events?min_fatalities=20&limit=50",
    "/events?date_from=2020-01-01&date_to=2020-12-31",
    "/events?admin1=Idlib&offset=100",
]

SERVER = """
import sys, uvicorn
from marsad.api.app import create_app
uvicorn.run(create_app(sys.argv[1], token=None, cache_size=int(sys.argv[3])), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning",
            access_log=False)
"""


def build_store(path: Path, n: int, through_store: int = 2000) -> None:
    """A store of ``n`` canonical events: ``through_store`` pages ingested by ``Store.ingest_output``
    (the real path: documents, members, sources, evidence, search index), the rest cloned in SQL from
    those rows with new ids and shifted dates (ingesting 10,000 pages one by one takes too long for a
    benchmark run; the list endpoint reads canonical_events only)."""
    from marsad.api.sample import sample_pages
    from marsad.store import Store
    from marsad.store.dedup import list_record

    store = Store(path)
    try:
        c = store.connection
        have = store.stats()["canonical_events"]
        t0 = time.monotonic()
        if have < min(n, through_store):
            for page, out in sample_pages(min(n, through_store) - have, start=have):
                store.ingest_output(page, out)
            have = store.stats()["canonical_events"]
        base = [dict(r) for r in c.execute("SELECT * FROM canonical_events ORDER BY seq LIMIT ?", (through_store,))]
        k = 0
        c.execute("BEGIN")
        while have < n:
            src = base[k % len(base)]
            k += 1
            row = dict(src)
            rec = json.loads(row["record"])
            row["id"] = rec["id"] = f"{src['id']}-c{k}"
            row["seq"] = have + 1
            if row.get("date_start"):
                year = int(row["date_start"][:4]) + 10 * (k // len(base) + 1)
                row["date_start"] = rec["date"]["start"] = f"{year}{row['date_start'][4:]}"
            row["record"] = json.dumps(rec, ensure_ascii=False)
            if "list_record" in row:  # schema v2: the light list row follows the record
                row["list_record"] = json.dumps(list_record(rec), ensure_ascii=False)
            cols = ", ".join(row)
            c.execute(f"INSERT INTO canonical_events ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
            have += 1
        c.execute("COMMIT")
        print(f"store {path}: {store.stats()['canonical_events']} events ({time.monotonic() - t0:.0f} s)",
              file=sys.stderr)
    finally:
        store.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_up(port: int, timeout: float = 30.0) -> None:
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/health")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("server did not start")


def load(port: int, n_requests: int, seconds: float, clients: int) -> dict[str, float]:
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    counter = iter(range(n_requests))
    deadline = time.monotonic() + seconds

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        mine: list[float] = []
        while time.monotonic() < deadline:
            with lock:
                i = next(counter, None)
            if i is None:
                break
            t0 = time.perf_counter()
            conn.request("GET", QUERIES[i % len(QUERIES)])
            resp = conn.getresponse()
            body = resp.read()
            mine.append(time.perf_counter() - t0)
            if resp.status != 200 or not body.startswith(b'{"total"'):
                with lock:
                    errors[0] += 1
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - t0
    latencies.sort()
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "requests": len(latencies), "errors": errors[0], "seconds": round(elapsed, 2),
        "requests_per_s": round(len(latencies) / elapsed, 1), "clients": clients,
        "p50_ms": round(q[49] * 1000, 1), "p90_ms": round(q[89] * 1000, 1), "p99_ms": round(q[98] * 1000, 1),
        "max_ms": round(latencies[-1] * 1000, 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "marsad-bench-api-10k.db")
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=4000)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--no-cache", action="store_true", help="turn the server's response cache off")
    args = ap.parse_args(argv)
    build_store(args.db, args.events)
    port = _free_port()
    env = dict(os.environ)
    env.pop("MARSAD_API_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(args.db), str(port), "0" if args.no_cache else "256"], env=env)
    try:
        _wait_up(port)
        load(port, 100, 10, 2)  # warm-up
        result = load(port, args.requests, args.seconds, args.clients)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    result["events_in_store"] = args.events
    result["cache"] = not args.no_cache
    print(json.dumps(result))
    ok = result["requests_per_s"] >= 200 and result["p99_ms"] < 100 and result["errors"] == 0
    print("PASS" if ok else "FAIL", "(target: >= 200 requests/s, p99 < 100 ms, no errors)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
