"""`marsad scale`: the extraction pipeline on Dask (optional extra ``marsad[dask]``)."""

from __future__ import annotations

import argparse
import sys
import time


def _handler(args: argparse.Namespace) -> int:
    try:
        from marsad.scale import run_dask
    except ImportError:  # pragma: no cover - depends on the environment
        print("marsad: error: Dask is not installed; pip install 'marsad[dask]'", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    n = run_dask(args.paths, args.out, partition_size=args.partition_size, scheduler=args.scheduler,
                 workers=args.workers)
    dt = time.perf_counter() - t0
    print(f"{n} records → {args.out}/part-*.jsonl in {dt:.1f} s ({n / dt:.0f} records/s)", file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "scale", help="run the pipeline on Dask over large JSONL corpora",
        description="Run the same extraction pipeline on Dask over JSONL files (or directories of them), one\n"
                    "partition per N records, writing one JSON output object per record to OUT/part-*.jsonl.\n"
                    "Bad lines become error records; nothing is lost. Load the result with `marsad ingest`.",
        epilog="Example:\n  marsad scale ../shared/data/saudinewsnet/ --out /tmp/marsad-out --workers 2",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", help="JSONL files or directories")
    p.add_argument("--out", required=True, help="output directory")
    p.add_argument("--partition-size", type=int, default=500, help="records per partition (default 500)")
    p.add_argument("--scheduler", choices=("processes", "threads", "synchronous"), default="processes")
    p.add_argument("--workers", type=int, default=None, help="number of worker processes")
    p.set_defaults(func=_handler)
