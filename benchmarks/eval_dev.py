"""Score the pipeline on the development gold set (tests/gold/dev) — articles read from ../shared at run time.

    .venv/bin/python benchmarks/eval_dev.py [--verbose] [--json] [--dir tests/gold/dev3]

--dir picks another gold folder (default tests/gold/dev; tests/gold/dev2 was blind until session 10,
tests/gold/dev3 is the blind measuring set now: run it once, do not tune on it).

Each gold file names its article (`source` "saudinewsnet:<id>", `file`) and its publication date; the
article is run through `marsad.pipeline.process_page` with that date and scored with `marsad.evaluate`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from marsad.evaluate import evaluate, format_table, match_events
from marsad.inputs import page_from_record
from marsad.pipeline import process_page

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "tests" / "gold" / "dev"
SNN = REPO.parent / "shared" / "data" / "saudinewsnet"


def load_articles() -> dict[str, dict]:
    arts: dict[str, dict] = {}
    for f in sorted(SNN.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                arts[rec["id"]] = rec
    return arts


def run(verbose: bool = False, gold_dir: Path = GOLD_DIR) -> dict:
    arts = load_articles()
    pairs = []
    for gpath in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        aid = gold["source"].split(":", 1)[1]
        rec = dict(arts[aid])
        rec["published"] = gold.get("published")
        page = page_from_record(rec, f"saudinewsnet/{gold.get('file', '')}")
        out = process_page(page).model_dump(mode="json")
        pairs.append(([out], gold))
        if verbose:
            gev = [e for d in gold["documents"] for e in d.get("events", [])]
            oev = [e for d in out["documents"] for e in d.get("events", [])]
            m = match_events(oev, gev)
            if len(m) != len(oev) or len([e for e in gev if not e.get("optional")]) > len(m):
                print(f"== {aid}: gold {len(gev)} output {len(oev)} matched {len(m)}")
                for e in oev:
                    a = e.get("acled") or e.get("plover") or {}
                    loc = (e.get("location") or {}).get("admin1")
                    print(f"   out  {a.get('event_type')}/{a.get('sub_event_type', a.get('mode'))} {e['date'].get('start')} "
                          f"{loc} fat={(e.get('fatalities') or {}).get('best')} a1={(e.get('actor1') or {}).get('name')}")
                for e in gev:
                    a = e.get("acled") or e.get("plover") or {}
                    print(f"   gold {a.get('event_type')} {(e.get('date') or {}).get('start')} "
                          f"{(e.get('location') or {}).get('admin1')} fat={(e.get('fatalities') or {}).get('best')} "
                          f"opt={e.get('optional', False)}")
    return evaluate(pairs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--dir", default=str(GOLD_DIR.relative_to(REPO)), help="gold folder, relative to the repo root or absolute")
    args = ap.parse_args()
    gold_dir = Path(args.dir) if Path(args.dir).is_absolute() else REPO / args.dir
    res = run(args.verbose, gold_dir)
    print(json.dumps(res, indent=1) if args.json else format_table(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
