"""First-time cost of the per-word analyses (what each new word type costs a module), no timed assertions.

    .venv/bin/python benchmarks/cold_words.py          # the first 300 conflict-1 articles after the warm-up page

Each analysis's caches are cleared, then its per-word function runs once over every word type of the
articles that the warm-up page did not have: the cost a cold run pays on top of a warm one.
Reads real text from ../shared at run time; nothing is copied into the repository.
"""

from __future__ import annotations

import argparse
import importlib
import time
from collections.abc import Callable, Iterable
from typing import Any

from bench_pipeline import _records

from marsad.arabic.tokens import _candidates, clitic_words, tokenize

_places = importlib.import_module("marsad.places.geoparse")
_dates = importlib.import_module("marsad.dates")
_numbers = importlib.import_module("marsad.numbers")
_detect = importlib.import_module("marsad.events.detect")


def _cold(label: str, f: Callable[[str], Any], words: list[str], caches: Iterable[Any], n_articles: int) -> float:
    for c in caches:
        c.cache_clear()
    t0 = time.process_time()
    for w in words:
        f(w)
    cpu = time.process_time() - t0
    print(f"{label:40s} {1e6 * cpu / max(len(words), 1):6.2f} us/word {1000 * cpu / n_articles:6.3f} ms/article")
    return cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=300)
    args = ap.parse_args()
    pages = _records("conflict-1.jsonl", args.limit + 1)
    warm = {t.norm for t in tokenize(pages[0].text)}
    new = [w for w in dict.fromkeys(t.norm for p in pages[1:] for t in tokenize(p.text)) if w and w not in warm]
    n = len(pages) - 1
    print(f"{len(new)} new word types, {len(new) / n:.1f} per article")
    for f in (_places._first, _dates._may_start, _numbers._may_start, _detect._word_readings):
        f("x")  # load the lexicons and the gazetteer before timing
    total = _cold("detect _word_readings (clitic readings)", _detect._word_readings, new,
                  (_detect._word_readings, clitic_words, _candidates), n)
    total += _cold("places _first (gazetteer readings)", _places._first, new, (_places._first, _places._strip), n)
    total += _cold("dates _may_start", _dates._may_start, new, (_dates._may_start, _dates._heads), n)
    total += _cold("numbers _may_start", _numbers._may_start, new, (_numbers._may_start,), n)
    print(f"{'total':40s} {'':14s} {1000 * total / n:6.3f} ms/article")


if __name__ == "__main__":
    main()
