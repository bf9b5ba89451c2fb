"""Lock-step A/B of two source trees (or installs): CPU time per article, robust to a shared, loaded machine.

    python benchmarks/lockstep_ab.py /work/perf/src /tmp/compiled/src           # 300 articles, blocks of 25, 3 passes
    python benchmarks/lockstep_ab.py TREE_A TREE_B --n 300 --block 25 --passes 3

Two worker processes (PYTHONPATH=TREE_A, PYTHONPATH=TREE_B) load the pipeline, run the warm-up page and
``gc.freeze()`` like ``marsad bench``, then process the same blocks of conflict-1 articles in turn (A B, then B A,
...), so both see the same load. Pass 0 is cold (first sight of every word, as in ``marsad bench``); later passes
are warm. Prints ms/article per tree and the A/B ratio. Reads ../shared at run time; no timed assertion.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_CHILD = r"""
import gc, sys, time
sys.path.insert(0, sys.argv[2])
import bench_pipeline as bp
from marsad.pipeline import process_page
pages = bp._records("conflict-1.jsonl", int(sys.argv[1]) + 1)
process_page(pages[0])
gc.freeze()
print("ready", flush=True)
for line in sys.stdin:
    i, j = map(int, line.split())
    t0 = time.process_time()
    for p in pages[1 + i:1 + j]:
        process_page(p)
    print(time.process_time() - t0, flush=True)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tree_a", help="PYTHONPATH of side A (a src/ directory; '' for the installed package)")
    ap.add_argument("tree_b", help="PYTHONPATH of side B")
    ap.add_argument("--n", type=int, default=300, help="articles per pass")
    ap.add_argument("--block", type=int, default=25, help="articles per turn")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--python-b", default=sys.executable, help="interpreter of side B (e.g. a compiled install's venv)")
    args = ap.parse_args()
    sides = {"A": (args.tree_a, sys.executable), "B": (args.tree_b, args.python_b)}
    procs: dict[str, subprocess.Popen[str]] = {}
    for name, (tree, python) in sides.items():
        env = {**os.environ, "PYTHONPATH": tree, "PYTHONHASHSEED": "0"}
        procs[name] = subprocess.Popen([python, "-c", _CHILD, str(args.n), str(_HERE)], env=env,
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    for p in procs.values():
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"

    def run(name: str, i: int, j: int) -> float:
        p = procs[name]
        assert p.stdin is not None and p.stdout is not None
        p.stdin.write(f"{i} {j}\n")
        p.stdin.flush()
        return float(p.stdout.readline())

    n = args.n
    for ps in range(args.passes):
        tot = {"A": 0.0, "B": 0.0}
        ratios = []
        for k, i in enumerate(range(0, n, args.block)):
            got = {name: run(name, i, min(n, i + args.block)) for name in (("A", "B") if k % 2 == 0 else ("B", "A"))}
            for name, t in got.items():
                tot[name] += t
            ratios.append(got["A"] / got["B"])
        print(f"pass {ps} ({'cold' if ps == 0 else 'warm'}): A {1000 * tot['A'] / n:.2f} ms/article "
              f"({n / tot['A']:.1f}/s), B {1000 * tot['B'] / n:.2f} ms/article ({n / tot['B']:.1f}/s), "
              f"A/B {tot['A'] / tot['B']:.3f} (median block {statistics.median(ratios):.3f})", flush=True)
    for p in procs.values():
        assert p.stdin is not None
        p.stdin.close()
        p.wait()


if __name__ == "__main__":
    main()
