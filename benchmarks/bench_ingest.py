"""Ingest throughput and database size, on real articles (../shared/data/saudinewsnet).

    .venv/bin/python benchmarks/bench_ingest.py                     # all of saudinewsnet, real pipeline
    .venv/bin/python benchmarks/bench_ingest.py --limit 500         # the first 500 pages
    .venv/bin/python benchmarks/bench_ingest.py --processor stub    # storage cost alone (tests' stub processor)
    .venv/bin/python benchmarks/bench_ingest.py --synthetic 2000    # near-duplicate synthetic pages (worst case)

Prints one JSON object: pages, documents, events, canonical events, merged, errors; seconds and
pages per second including storage; the part of the time spent in the processor and in the store;
database bytes (after a WAL checkpoint) and bytes per 1,000 pages; the rate over each run of 500
stored pages (flat = constant time per page as the store grows); then a second ingest of the same
inputs, which must add nothing.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=[str(DATA)])
    ap.add_argument("--db", help="database file (default: a temporary file)")
    ap.add_argument("--limit", type=int, help="only the first N input items")
    ap.add_argument("--processor", default="pipeline", help="pipeline | stub | module:function")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--synthetic", type=int, metavar="N",
                    help="ingest N synthetic near-duplicate pages (marsad.api.sample) instead of the articles:"
                         " the worst case for related-article buckets and de-duplication blocks")
    args = ap.parse_args(argv)

    from marsad.commands.store_cmds import expand_inputs, load_processor
    from marsad.inputs import iter_pages
    from marsad.store import Store

    synthetic: dict[str, Any] = {}
    if args.synthetic:
        from marsad.api.sample import sample_pages

        synthetic = {page.source: (page, out) for page, out in sample_pages(args.synthetic)}
        fn = lambda page: synthetic[page.source][1]  # noqa: E731
    elif args.processor == "pipeline":
        fn = load_processor("marsad.pipeline:process_page")
    elif args.processor == "stub":
        sys.path.insert(0, str(ROOT / "tests"))
        fn = load_processor("test_ingest:stub_process")
    else:
        fn = load_processor(args.processor)

    spent = {"processor": 0.0}
    calls: list[float] = []  # when each page reached the processor (the previous one is stored by then)

    def timed(page: Any) -> Any:
        t = time.perf_counter()
        calls.append(t)
        try:
            return fn(page)
        finally:
            spent["processor"] += time.perf_counter() - t

    files, _ = expand_inputs(args.paths)
    tmp = tempfile.TemporaryDirectory()
    db = Path(args.db) if args.db else Path(tmp.name) / "bench.db"

    def pages() -> Any:
        if synthetic:
            return (page for page, _ in synthetic.values())
        it = iter_pages(files)
        return itertools.islice(it, args.limit) if args.limit else it

    with Store(db) as store:
        t0 = time.perf_counter()
        first = store.ingest_pages(pages(), processor=timed if args.workers <= 1 else fn, workers=args.workers)
        total = time.perf_counter() - t0
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = db.stat().st_size
        stats = store.stats()
        t1 = time.perf_counter()
        second = store.ingest_pages(pages(), processor=timed if args.workers <= 1 else fn, workers=args.workers)
        again = time.perf_counter() - t1
    stored = max(first.stored, 1)
    window = 500
    by_window = [round(window / (calls[k + window] - calls[k]), 1)
                 for k in range(0, len(calls) - window, window)]
    result = {
        "inputs": f"synthetic:{args.synthetic}" if synthetic else args.paths, "limit": args.limit,
        "processor": "synthetic" if synthetic else args.processor, "workers": args.workers,
        "first_run": first.as_dict(),
        "canonical_events": stats["canonical_events"],
        "merged_events": stats["merged_events"],
        "related_pairs": stats["related_pairs"],
        "seconds": round(total, 2),
        "pages_per_second": round(first.pages / total, 2) if total else None,
        "processor_seconds": round(spent["processor"], 2) if args.workers <= 1 else None,
        "store_seconds": round(total - spent["processor"], 2) if args.workers <= 1 else None,
        "store_ms_per_page": round(1000 * (total - spent["processor"]) / stored, 2) if args.workers <= 1 else None,
        "pages_per_second_by_500": by_window,
        "db_bytes": size,
        "db_mb_per_1000_pages": round(size / stored * 1000 / 1e6, 2),
        "second_run": second.as_dict(),
        "second_run_seconds": round(again, 2),
        "second_run_added_nothing": second.stored == 0 and second.documents == 0 and second.events == 0,
    }
    print(json.dumps(result, ensure_ascii=False, indent=1))
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
