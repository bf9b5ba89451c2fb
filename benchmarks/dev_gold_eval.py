"""Events against the development gold set tests/gold/dev (issue 6).

    .venv/bin/python benchmarks/dev_gold_eval.py [--dir tests/gold/dev3]

--dir picks another gold folder (default tests/gold/dev; tests/gold/dev2 was blind until session 10,
tests/gold/dev3 is the blind measuring set now: run it once, do not tune on it).
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from pathlib import Path

from marsad.evaluate import evaluate, format_table
from marsad.inputs import InputError, page_from_record
from marsad.pipeline import process_page

ROOT = Path(__file__).resolve().parents[1]
SNN = ROOT.parent / "shared" / "data" / "saudinewsnet"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default="tests/gold/dev", help="gold folder, relative to the repo root or absolute")
    args = ap.parse_args()
    gold_dir = Path(args.dir) if Path(args.dir).is_absolute() else ROOT / args.dir
    golds = {}
    for f in glob.glob(str(gold_dir / "*.gold.json")):
        g = json.loads(Path(f).read_text(encoding="utf-8"))
        golds[g["source"].split(":", 1)[1]] = g
    recs = {}
    for f in sorted(SNN.glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):
            r = json.loads(line)
            if r["id"] in golds:
                recs[r["id"]] = r
    pairs = []
    for i, g in golds.items():
        r = dict(recs[i])
        r["published"] = g.get("published")
        page = page_from_record(r, "saudinewsnet")
        if isinstance(page, InputError):
            # a corpus record with no text (the reader refuses it): no documents, so no events; the gold's events,
            # if any, count as misses
            print(f"{i}: {page.reason}", file=sys.stderr)
            pairs.append(([{"source": g.get("source"), "documents": []}], g))  # type: ignore[arg-type]
            continue
        pairs.append(([process_page(page).model_dump(mode="json")], g))  # type: ignore[arg-type]
    print(format_table(evaluate(pairs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
