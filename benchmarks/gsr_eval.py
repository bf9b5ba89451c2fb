"""gsr-dev event detection scores (the project hook's scoring, reproduced).

Each sentence of ``../shared/data/gsr-dev/{assault,protest}_dev.csv`` runs as its own
document through ``marsad.events.annotate_document``. A sentence is detected when any
event of the family comes out: ASSAULT = PLOVER ASSAULT or ACLED Battles / Explosions/
Remote violence / Violence against civilians; PROTEST = PLOVER PROTEST or ACLED
Protests / Riots. Label "yes" is positive, "easy no" and "difficult no" negative,
"ambiguous" is left out.

    .venv/bin/python benchmarks/gsr_eval.py [--show fp|fn] [--family ASSAULT|PROTEST]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from marsad.events import annotate_document
from marsad.records import Event

GSR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "gsr-dev"
FAMILIES = {
    "ASSAULT": ("ASSAULT", {"Battles", "Explosions/Remote violence", "Violence against civilians"}),
    "PROTEST": ("PROTEST", {"Protests", "Riots"}),
}
FILES = {"ASSAULT": "assault_dev.csv", "PROTEST": "protest_dev.csv"}


def in_family(ev: Event, family: str) -> bool:
    plover, acled = FAMILIES[family]
    return bool((ev.plover and ev.plover.event_type == plover) or (ev.acled and ev.acled.event_type in acled))


def score(family: str, gsr: Path = GSR) -> tuple[dict[str, float], list[tuple[str, str, str]]]:
    """Precision, recall, F1 and counts; plus (kind, id, text) for every error."""
    tp = fp = fn = tn = 0
    errors: list[tuple[str, str, str]] = []
    with open(gsr / FILES[family], encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            label = row["label"]
            if label == "ambiguous":
                continue
            events, _ = annotate_document(row["text"], doc_id=row["id"])
            hit = any(in_family(e, family) for e in events)
            yes = label == "yes"
            if yes and hit:
                tp += 1
            elif yes:
                fn += 1
                errors.append(("fn", row["id"], row["text"]))
            elif hit:
                fp += 1
                errors.append(("fp", row["id"], row["text"]))
            else:
                tn += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn, "tn": tn}, errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--family", choices=sorted(FAMILIES), action="append")
    ap.add_argument("--show", choices=["fp", "fn"], action="append", default=[])
    args = ap.parse_args(argv)
    if not GSR.is_dir():
        print(f"gsr-dev not found at {GSR}", file=sys.stderr)
        return 2
    for fam in args.family or sorted(FAMILIES):
        t0 = time.perf_counter()
        m, errors = score(fam)
        dt = time.perf_counter() - t0
        print(
            f"{fam}: P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} "
            f"(tp={m['tp']} fp={m['fp']} fn={m['fn']} tn={m['tn']}) {dt:.1f}s"
        )
        for kind, sid, text in errors:
            if kind in args.show:
                print(f"  {kind} {sid}: {text[:220]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
