"""`marsad bench`: end-to-end extraction throughput and peak memory on a real corpus."""

from __future__ import annotations

import argparse
import gc
import importlib.machinery
import resource
import sys
import time
from pathlib import Path

_DEFAULT = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "saudinewsnet"


def compiled_modules() -> list[str]:
    """Names of the loaded ``marsad`` modules that run as compiled extensions (the opt-in
    ``MARSAD_COMPILE=1`` build, see setup.py); empty for the default pure-Python install."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return sorted(name for name, mod in list(sys.modules.items())
                  if (name == "marsad" or name.startswith("marsad.")) and str(getattr(mod, "__file__", "") or "").endswith(suffixes))


def _default_paths() -> list[str]:
    return [str(p) for p in sorted(_DEFAULT.glob("*.jsonl"))]


def _handler(args: argparse.Namespace) -> int:
    from marsad.inputs import InputError, iter_pages
    from marsad.pipeline import process_page

    paths = args.paths or _default_paths()
    if not paths:
        print(f"marsad: error: no input (default corpus {_DEFAULT} not found)", file=sys.stderr)
        return 2
    pages = []
    errors = 0
    for p in iter_pages(paths):
        if isinstance(p, InputError):
            errors += 1
            continue
        pages.append(p)
        if args.limit and len(pages) >= args.limit:
            break
    if not pages:
        print("marsad: error: no readable page in the input", file=sys.stderr)
        return 2
    # warm up: lexicons and gazetteer load once per process, outside the timing
    process_page(pages[0])
    if args.gc_freeze:
        # the lexicons, gazetteer and caches are long-lived: move them out of the cyclic collector's
        # reach so full collections do not re-traverse them (a worker should do the same after warm-up)
        gc.freeze()
    n_chars = sum(len(p.text) for p in pages)
    n_events = 0
    t0 = time.process_time()
    w0 = time.perf_counter()
    for p in pages:
        out = process_page(p)
        n_events += sum(len(d.events) for d in out.documents)
    cpu = time.process_time() - t0
    wall = time.perf_counter() - w0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    n = len(pages)
    print(f"articles:          {n} ({n_chars / n:.0f} chars/article, {errors} unreadable)")
    print(f"events:            {n_events}")
    print(f"throughput:        {n / cpu:.1f} articles/s on one core (CPU time), {n / wall:.1f} articles/s wall")
    print(f"latency:           {1000 * cpu / n:.2f} ms/article")
    print(f"peak memory:       {peak_mb:.0f} MB (max RSS)")
    print(f"gc:                {'frozen after warm-up' if args.gc_freeze else 'default'}")
    compiled = compiled_modules()
    print(f"compiled:          {f'{len(compiled)} modules' if compiled else 'pure Python'}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "bench",
        help="measure extraction throughput (articles/s on one core) and peak memory",
        description="Run the whole extraction pipeline (segment, read, mentions, events) over a real corpus in\n"
        "one process and print articles per second on one core, ms per article and peak memory.\n"
        "Default corpus: ../shared/data/saudinewsnet/*.jsonl.",
        epilog="Example:\n  marsad bench --limit 500\n  marsad bench ../shared/data/saudinewsnet/conflict-1.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", help="JSONL files, text or HTML pages (default: the saudinewsnet corpus)")
    p.add_argument("--limit", type=int, default=1000, help="articles to run (default 1000; 0 = all)")
    p.add_argument("--no-gc-freeze", dest="gc_freeze", action="store_false",
                   help="leave the cyclic garbage collector as is (default: gc.freeze() after the warm-up page)")
    p.set_defaults(func=_handler)
