"""Per-stage A/B of two source trees (or installs), warm, in lock-step: which stages a compiled build speeds up.

    python benchmarks/stage_ab.py /work/perf/src /tmp/compiled/src            # 300 conflict-1 articles
    python benchmarks/stage_ab.py TREE_A "" --python-b /tmp/cbuild/bin/python # B = an installed compiled build

Two worker processes (PYTHONPATH=TREE_A / TREE_B) run the whole pipeline once over the articles (caches warm),
then, stage by stage and in turn (A, B, then B, A), call each stage's public function on every article text and
report the CPU time. Each figure is the minimum over ``--passes`` passes, in ms per article. The stage functions
are called directly on the article text, so the figures do not add up to the pipeline's. Reads ../shared at run
time; no timed assertion.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
STAGES = ("normalize", "tokenize", "sentences", "numbers", "dates", "places", "actors", "sources", "quotes",
          "events")
_CHILD = r"""
import gc, sys, time
sys.path.insert(0, sys.argv[2])
import bench_pipeline as bp
from marsad.pipeline import process_page
from marsad.arabic.normalize import normalize
from marsad.arabic.tokens import tokenize
from marsad.arabic.sentences import split_sentences
from marsad.numbers import extract_numbers
from marsad.dates import extract_dates
from marsad.places import find_places
from marsad.actors import find_actors, find_quotes, find_sources
from marsad.events import annotate_context, build_context
pages = bp._records("conflict-1.jsonl", int(sys.argv[1]))
for p in pages:
    process_page(p)
texts = [p.text for p in pages]
actors = [find_actors(t) for t in texts]
gc.freeze()
def run(stage):
    if stage == "normalize":
        for t in texts: normalize(t)
    elif stage == "tokenize":
        for t in texts: tokenize(t)
    elif stage == "sentences":
        for t in texts: split_sentences(t)
    elif stage == "numbers":
        for t in texts: extract_numbers(t)
    elif stage == "dates":
        for t in texts: extract_dates(t, None)
    elif stage == "places":
        for t in texts: find_places(t)
    elif stage == "actors":
        for t in texts: find_actors(t)
    elif stage == "sources":
        for t, a in zip(texts, actors): find_sources(t, a)
    elif stage == "quotes":
        for t, a in zip(texts, actors): find_quotes(t, a)
    elif stage == "events":
        total = 0.0
        for t in texts:
            ctx = build_context(t)
            t0 = time.process_time()
            annotate_context(ctx)
            total += time.process_time() - t0
        return total
    return None
print("ready", flush=True)
for line in sys.stdin:
    stage = line.strip()
    t0 = time.process_time()
    inner = run(stage)
    print(inner if inner is not None else time.process_time() - t0, flush=True)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tree_a")
    ap.add_argument("tree_b")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--python-b", default=sys.executable)
    args = ap.parse_args()
    procs: dict[str, subprocess.Popen[str]] = {}
    for name, tree, python in (("A", args.tree_a, sys.executable), ("B", args.tree_b, args.python_b)):
        env = {**os.environ, "PYTHONPATH": tree, "PYTHONHASHSEED": "0"}
        procs[name] = subprocess.Popen([python, "-c", _CHILD, str(args.n), str(_HERE)], env=env,
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    for p in procs.values():
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"

    def run(name: str, stage: str) -> float:
        p = procs[name]
        assert p.stdin is not None and p.stdout is not None
        p.stdin.write(stage + "\n")
        p.stdin.flush()
        return float(p.stdout.readline())

    best = {(n, s): float("inf") for n in procs for s in STAGES}
    for ps in range(args.passes):
        for k, stage in enumerate(STAGES):
            for name in ("A", "B") if (k + ps) % 2 == 0 else ("B", "A"):
                best[name, stage] = min(best[name, stage], run(name, stage))
    print(f"{'stage':10} {'A ms/art':>9} {'B ms/art':>9} {'A/B':>6}")
    for stage in STAGES:
        a, b = (1000 * best[n, stage] / args.n for n in ("A", "B"))
        print(f"{stage:10} {a:9.3f} {b:9.3f} {a / b:6.2f}")
    for p in procs.values():
        assert p.stdin is not None
        p.stdin.close()
        p.wait()


if __name__ == "__main__":
    main()
