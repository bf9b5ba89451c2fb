"""gsr-dev event detection scores (the project hook's scoring, reproduced).

Each sentence of ``../shared/data/gsr-dev/{assault,protest}_dev.csv`` runs as its own
document through ``marsad.events.annotate_document``. A sentence is detected when any
event of the family comes out: ASSAULT = PLOVER ASSAULT or ACLED Battles / Explosions/
Remote violence / Violence against civilians; PROTEST = PLOVER PROTEST or ACLED
Protests / Riots. Label "yes" is positive, "easy no" and "difficult no" negative,
"ambiguous" is left out.

The set is split deterministically by a hash of the sentence id into a *tune* half
(errors may be looked at) and a *check* half (only its figures are looked at): a rule
that helps tune but not check is fitted to sentences, not to Arabic.

    .venv/bin/python benchmarks/gsr_eval.py [--show fp|fn] [--family ASSAULT|PROTEST]
    (errors are shown for the tune half only)
"""

from __future__ import annotations

import argparse
import csv
import hashlib
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
HALVES = ("tune", "check")


def half_of(sentence_id: str) -> str:
    """The fixed half of a sentence: tune or check (md5 of the id, even/odd)."""
    return HALVES[int(hashlib.md5(sentence_id.encode("utf-8")).hexdigest(), 16) % 2]


def in_family(ev: Event, family: str) -> bool:
    plover, acled = FAMILIES[family]
    return bool((ev.plover and ev.plover.event_type == plover) or (ev.acled and ev.acled.event_type in acled))


def _metrics(c: dict[str, int]) -> dict[str, float]:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, **c}


def score_halves(
    family: str, gsr: Path = GSR
) -> tuple[dict[str, dict[str, float]], list[tuple[str, str, str, str]]]:
    """Metrics for 'all', 'tune' and 'check'; plus (kind, half, id, text) for every error."""
    counts = {h: {"tp": 0, "fp": 0, "fn": 0, "tn": 0} for h in ("all", *HALVES)}
    errors: list[tuple[str, str, str, str]] = []
    with open(gsr / FILES[family], encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            label = row["label"]
            if label == "ambiguous":
                continue
            events, _ = annotate_document(row["text"], doc_id=row["id"])
            hit = any(in_family(e, family) for e in events)
            yes = label == "yes"
            kind = ("tp" if hit else "fn") if yes else ("fp" if hit else "tn")
            half = half_of(row["id"])
            counts["all"][kind] += 1
            counts[half][kind] += 1
            if kind in ("fp", "fn"):
                errors.append((kind, half, row["id"], row["text"]))
    return {h: _metrics(c) for h, c in counts.items()}, errors


def score(family: str, gsr: Path = GSR) -> tuple[dict[str, float], list[tuple[str, str, str]]]:
    """Precision, recall, F1 and counts on the whole set; plus (kind, id, text) for every error."""
    m, errors = score_halves(family, gsr)
    return m["all"], [(k, i, t) for k, _, i, t in errors]


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
        ms, errors = score_halves(fam)
        dt = time.perf_counter() - t0
        for h in ("tune", "check", "all"):
            m = ms[h]
            print(
                f"{fam} {h:5}: P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} "
                f"(tp={m['tp']} fp={m['fp']} fn={m['fn']} tn={m['tn']})" + (f" {dt:.1f}s" if h == "all" else "")
            )
        for kind, half, sid, text in errors:
            if kind in args.show and half == "tune":
                print(f"  {kind} {sid}: {text[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
