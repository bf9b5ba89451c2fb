"""End-to-end pipeline benchmark and result dump (no timed assertions).

    .venv/bin/python benchmarks/bench_pipeline.py --limit 300            # throughput + per-stage profile
    .venv/bin/python benchmarks/bench_pipeline.py --dump /tmp/out.jsonl  # full JSON output, one page a line
    .venv/bin/python benchmarks/bench_pipeline.py --profile 100          # cProfile top functions
    .venv/bin/python benchmarks/bench_pipeline.py --limit 300 --blocks 3 # consecutive blocks (caches warm up)
    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out \
        .venv/bin/python benchmarks/bench_pipeline.py --run 100    # instructions: warm-up page + 100 articles
    (minus the same with --run 0: the start-up and the warm-up page; deterministic, unlike CPU time here)

The dump is what a performance change is diffed against (`diff a.jsonl b.jsonl`): the first ``--limit``
articles of conflict-1, the first 100 of conflict-2 and other-news, and the seed page.
Reads real text from ../shared at run time; nothing is copied into the repository.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time
from pathlib import Path

from marsad.inputs import InputPage, page_from_record
from marsad.pipeline import process_page

_SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_CORPUS = _SHARED / "data" / "saudinewsnet"


def _records(name: str, limit: int) -> list[InputPage]:
    pages: list[InputPage] = []
    with (_CORPUS / name).open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            p = page_from_record(json.loads(line), str(_CORPUS / name), i)
            if isinstance(p, InputPage):
                pages.append(p)
            if len(pages) >= limit:
                break
    return pages


def dump_pages(limit: int) -> list[InputPage]:
    pages = _records("conflict-1.jsonl", limit) + _records("conflict-2.jsonl", 100) + _records("other-news.jsonl", 100)
    seed = _SHARED / "seed" / "000_16a07da1f930eec4.txt"
    if seed.exists():
        pages.append(InputPage(source=str(seed), kind="text", text=seed.read_text(encoding="utf-8"),
                               published="2019-01-26"))
    return pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--dump", help="write the full JSON output of every page to this file")
    ap.add_argument("--profile", type=int, default=0, help="cProfile N conflict articles and print the top")
    ap.add_argument("--run", type=int, default=-1, help="process the warm-up page and N conflict articles, no "
                    "timing (for an instruction count under valgrind --tool=callgrind)")
    ap.add_argument("--blocks", type=int, default=1, help="run N consecutive blocks of --limit new articles "
                    "(per-word caches warm up over a long run)")
    args = ap.parse_args()
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for p in dump_pages(args.limit):
                out.write(process_page(p).model_dump_json() + "\n")
        return
    if args.run >= 0:
        for p in _records("conflict-1.jsonl", args.run + 1):
            process_page(p)
        return
    pages = _records("conflict-1.jsonl", args.profile or args.limit * args.blocks)
    process_page(pages[0])  # warm-up: lexicons, gazetteer
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for p in pages:
            process_page(p)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(45)
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
        return
    for b in range(args.blocks):
        block = pages[b * args.limit:(b + 1) * args.limit]
        t0 = time.process_time()
        for p in block:
            process_page(p)
        cpu = time.process_time() - t0
        print(f"articles {b * args.limit}-{b * args.limit + len(block)}: {len(block) / cpu:.1f} articles/s (CPU), "
              f"{1000 * cpu / len(block):.2f} ms/article")


if __name__ == "__main__":
    main()
