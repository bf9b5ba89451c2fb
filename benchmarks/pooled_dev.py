"""Events of the pooled development gold sets (every tests/gold/dev* folder but the blind dev3), one table.

    .venv/bin/python benchmarks/pooled_dev.py [--src PATH] [--procs 2] [--show fn|fp|both] [--fields]

The per-set figure is `benchmarks/dev_gold_eval.py --dir tests/gold/<set>`; this sums the 21 sets so a rule's
effect is read in one line (events P/R/F1 with tp/fp/fn, and the field agreement of matched events with
--fields). --show prints, per article, the gold events that found no output (fn) and the output events that
matched no gold (fp), with their evidence text read from ../shared at run time. --src runs another source tree
(e.g. a snapshot of the session's start, /tmp/base/src) for an A/B with the same gold.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNN = ROOT.parent / "shared" / "data" / "saudinewsnet"
BLIND = {"dev3"}


def _golds() -> list[tuple[str, dict]]:
    out = []
    for d in sorted(p for p in (ROOT / "tests" / "gold").glob("dev*") if p.is_dir() and p.name not in BLIND):
        for f in sorted(glob.glob(str(d / "*.gold.json"))):
            out.append((d.name, json.loads(Path(f).read_text(encoding="utf-8"))))
    return out


def _records(ids: set[str]) -> dict[str, dict]:
    recs = {}
    for f in sorted(SNN.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                if r["id"] in ids:
                    recs[r["id"]] = r
    return recs


def _run(job: tuple[str | None, list[tuple[str, dict, dict]]]) -> list[tuple[str, dict, dict]]:
    src, items = job
    if src:
        sys.path.insert(0, src)
    from marsad.inputs import InputError, page_from_record
    from marsad.pipeline import process_page

    out = []
    for name, g, rec in items:
        r = dict(rec)
        r["published"] = g.get("published")
        page = page_from_record(r, "saudinewsnet")
        if isinstance(page, InputError):
            out.append((name, {"source": g.get("source"), "documents": []}, g))
        else:
            out.append((name, process_page(page).model_dump(mode="json"), g))
    return out


def _text(ev: dict, doc_text: str) -> str:
    return " / ".join(doc_text[s["start"]:s["end"]] for s in ev.get("evidence") or [] if isinstance(s, dict))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", help="source tree to run instead of the installed package")
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--show", choices=["fn", "fp", "both"])
    ap.add_argument("--fields", action="store_true", help="print the field agreement table too")
    args = ap.parse_args()
    if args.src:
        sys.path.insert(0, args.src)
    from marsad.evaluate import evaluate, format_table, match_events

    golds = _golds()
    recs = _records({g["source"].split(":", 1)[1] for _, g in golds})
    items = [(n, g, recs[g["source"].split(":", 1)[1]]) for n, g in golds]
    chunks = [(args.src, items[i::args.procs]) for i in range(args.procs)]
    with ProcessPoolExecutor(args.procs) as ex:
        results = [r for part in ex.map(_run, chunks) for r in part]
    table = format_table(evaluate([([o], g) for _, o, g in results]))
    lines = table.splitlines()
    print("\n".join(lines if args.fields else [ln for ln in lines if ln.startswith(("pages", "events"))]))
    if args.show:
        for name, o, g in sorted(results, key=lambda t: t[2]["source"]):
            rid = g["source"].split(":", 1)[1]
            text = recs[rid].get("text") or ""
            odocs, gdocs = o.get("documents") or [], g.get("documents") or []
            oev = [e for d in odocs[:1] for e in d.get("events") or []]
            gev = [e for d in gdocs[:1] for e in d.get("events") or []]
            pairs = match_events(oev, gev)
            mg, mo = {a for a, _ in pairs}, {b for _, b in pairs}
            dtext = (odocs[0].get("text") if odocs else None) or text
            if args.show in ("fn", "both"):
                for gi, e in enumerate(gev):
                    if gi not in mg and not e.get("optional"):
                        print(f"FN {name} {rid} {json.dumps({k: e.get(k) for k in ('acled', 'plover', 'date', 'location', 'fatalities')}, ensure_ascii=False)[:300]}")
                        print(f"   note: {e.get('note', '')[:200]}")
            if args.show in ("fp", "both"):
                for oi, e in enumerate(oev):
                    if oi not in mo:
                        kind = (e.get("acled") or {}).get("sub_event_type") or (e.get("plover") or {}).get("event_type")
                        loc = (e.get("location") or {}).get("name")
                        print(f"FP {name} {rid} {kind} @ {loc} {e.get('date', {}).get('start')}: {_text(e, dtext)[:250]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
