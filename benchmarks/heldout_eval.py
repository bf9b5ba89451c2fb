"""Held-out benchmarks for places, actors and quotes, annotated BLIND from the raw text (notes/heldout.md).

    .venv/bin/python benchmarks/heldout_eval.py            # print the figures (both benchmarks)
    .venv/bin/python benchmarks/heldout_eval.py --errors   # ... and list misses / extras
    .venv/bin/python benchmarks/heldout_eval.py select     # the reproducible article choice (ids only)
    .venv/bin/python benchmarks/heldout_eval.py resolve places|actors DRAFT.json
        turn an annotator's draft kept OUTSIDE the repository (surface strings + occurrence numbers)
        into tests/data/heldout_*.json (ids, offsets, expected values; no text)

Selection: every article of ../shared/data/saudinewsnet/*.jsonl, ordered by
sha256("marsad-heldout-H9:" + id); skipped: longer than 4,000 or shorter than 500 characters, and any id in
tests/data/actors_bench.json, tests/data/places_bench.json, tests/gold/dev/*.gold.json or
tests/data/dedup_clusters.json; an outlet is taken at most once per set.  The first 12 kept articles form
the places set, the next 12 the actors/quotes set.

Scoring.  Places: a gold place is found when an output mention with a place overlaps it (recall);
an output mention with a place is right when it overlaps a gold place (precision; output overlapping a
gold non-place or nothing is a false positive); of the found gold places, admin1 accuracy (country and
admin1 equal) and, for those with coordinates, the share within 25 km.  Actors/quotes: the scoring
function of benchmarks/bench_actors.py (imported, pointed at the held-out file), plus recall of actor
mentions (a gold mention overlapped by any output mention, whatever its name).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

SHARED = ROOT.parent / "shared" / "data" / "saudinewsnet"
DATA = ROOT / "tests" / "data"
PLACES = DATA / "heldout_places.json"
ACTORS = DATA / "heldout_actors.json"
SEED = "marsad-heldout-H9:"
PER_SET = 12
MIN_CHARS, MAX_CHARS = 500, 4000
AR = re.compile(r"[\u0621-\u064A]")
CLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}


def articles() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for f in sorted(SHARED.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                a = json.loads(line)
                a["file"] = f.name
                out[a["id"]] = a
    return out


def excluded_ids() -> set[str]:
    ids: set[str] = set()
    ids |= {a["id"] for a in json.loads((DATA / "actors_bench.json").read_text(encoding="utf-8"))["articles"]}
    ids |= {it["id"] for it in json.loads((DATA / "places_bench.json").read_text(encoding="utf-8"))["items"]}
    for g in (ROOT / "tests" / "gold" / "dev").glob("*.gold.json"):
        src = json.loads(g.read_text(encoding="utf-8")).get("source", "")
        ids.add(src.split(":", 1)[-1])
        ids.add(g.name.split(".")[0])
    dd = json.loads((DATA / "dedup_clusters.json").read_text(encoding="utf-8"))
    for c in dd["clusters"]:
        ids |= {a["id"] for a in c["articles"]}
    return ids


def select(arts: dict[str, dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(places ids, actors ids) by the hash-ordered walk described in the module docstring."""
    skip = excluded_ids()
    order = sorted(arts, key=lambda i: hashlib.sha256((SEED + i).encode()).hexdigest())
    sets: list[list[str]] = [[], []]
    outlets: list[set[str]] = [set(), set()]
    k = 0
    for i in order:
        a = arts[i]
        if i in skip or not MIN_CHARS <= len(a["text"]) <= MAX_CHARS:
            continue
        if a["outlet"] in outlets[k]:
            continue
        sets[k].append(i)
        outlets[k].add(a["outlet"])
        if len(sets[k]) == PER_SET:
            k += 1
            if k == 2:
                break
    return sets[0], sets[1]


def occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Word-bounded occurrences of ``surface`` (a proclitic و ف ب ل ك may precede it).  A part in
    [brackets] is the span reported; the rest is context that must match."""
    pre, _, rest = surface.partition("[")
    inner, _, post = rest.partition("]") if rest else (pre, "", "")
    if not rest:
        pre, inner, post = "", surface, ""
    whole = pre + inner + post
    out: list[tuple[int, int]] = []
    i = text.find(whole)
    while i >= 0:
        e = i + len(whole)
        ws = i
        while ws > 0 and AR.match(text[ws - 1]):
            ws -= 1
        if text[ws:i] in CLITICS and not (e < len(text) and AR.match(text[e])):
            out.append((i + len(pre), i + len(pre) + len(inner)))
        i = text.find(whole, i + 1)
    return out


def _pick(spans: list[tuple[int, int]], occ: Any, what: str) -> list[tuple[int, int]]:
    if not spans:
        print(f"not found: {what}", file=sys.stderr)
        return []
    if occ == "*":
        return spans
    idx = [occ] if isinstance(occ, int) else list(occ)
    return [spans[k] for k in idx]


def resolve_places(draft: dict[str, list[list[Any]]], arts: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for aid, rows in draft.items():
        text = arts[aid]["text"]
        for surface, occ, exp in rows:
            for s, e in _pick(occurrences(text, surface), occ, f"{aid} {surface}"):
                kind = "optional" if exp == "optional" else ("nonplace" if exp is None else "place")
                item: dict[str, Any] = {"id": aid, "start": s, "end": e, "kind": kind}
                if kind == "place":
                    item["expected"] = exp
                items.append(item)
    items.sort(key=lambda it: (list(draft).index(it["id"]), it["start"]))
    return items


def resolve_actors(draft: dict[str, list[list[Any]]], arts: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Draft rows: ["A", surface, occ, names, type] an actor mention; ["O", surface, occ] an optional
    mention (neither rewarded nor penalised); ["Q", first words, last words, occ, speakers, direct, medium]
    a quote spanning from the first words to the last words.  A name "ROM:<Arabic>" stands for
    romanise(<Arabic>), the project's spelling of names its lexicon lacks."""
    from marsad.actors import romanise

    def names(ns: list[str]) -> list[str]:
        out = [romanise(n[4:]) if n.startswith("ROM:") else n for n in ns]
        return list(dict.fromkeys(out))

    res: list[dict[str, Any]] = []
    for aid, rows in draft.items():
        text = arts[aid]["text"]
        actors: list[dict[str, Any]] = []
        optional: list[dict[str, Any]] = []
        quotes: list[dict[str, Any]] = []
        for row in rows:
            if row[0] == "A":
                for s, e in _pick(occurrences(text, row[1]), row[2], f"{aid} {row[1]}"):
                    actors.append({"start": s, "end": e, "name": names(row[3]), "type": row[4]})
            elif row[0] == "O":
                for s, e in _pick(occurrences(text, row[1]), row[2], f"{aid} {row[1]}"):
                    optional.append({"start": s, "end": e})
            else:
                s = _pick([(m.start(), m.end()) for m in re.finditer(re.escape(row[1]), text)], row[3], row[1])[0][0]
                e = text.index(row[2], s) + len(row[2])
                quotes.append({"start": s, "end": e, "speaker": names(row[4]), "direct": row[5],
                               "medium": row[6]})
        res.append({"id": aid, "actors": sorted(actors, key=lambda x: x["start"]),
                    "optional_actors": sorted(optional, key=lambda x: x["start"]),
                    "quotes": sorted(quotes, key=lambda x: x["start"])})
    return res


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _admin1_ok(got: str | None, want: Any) -> bool:
    if want == "*":
        return True
    if want is None:
        return not got
    alts = want if isinstance(want, list) else [want]
    return got is not None and got.casefold() in {a.casefold() for a in alts}


def score_places(show_errors: bool = False) -> dict[str, Any]:
    from marsad.places import find_places

    items = json.loads(PLACES.read_text(encoding="utf-8"))["items"]
    ids = list(dict.fromkeys(it["id"] for it in items))
    arts = articles()
    gold = [it for it in items if it["kind"] == "place"]
    tp_gold = ok_a1 = ok_km = n_km = 0
    out_n = out_ok = out_fp_nonplace = 0
    for aid in ids:
        text = arts[aid]["text"]
        found = [pm for pm in find_places(text) if pm.place is not None]
        mine = [it for it in items if it["id"] == aid]
        for it in mine:
            if it["kind"] != "place":
                continue
            s, e, exp = it["start"], it["end"], it["expected"]
            over = [pm for pm in found if pm.start < e and s < pm.end]
            pm = max(over, key=lambda p: min(e, p.end) - max(s, p.start), default=None)
            if pm is None:
                if show_errors:
                    print(f"PLACE MISS {aid} {text[s:e]!r} want {exp['country']}/{exp.get('admin1')}")
                continue
            tp_gold += 1
            p = pm.place
            good = p.country == exp["country"] and _admin1_ok(p.admin1 or None, exp.get("admin1"))
            ok_a1 += good
            if show_errors and not good:
                print(f"PLACE WRONG {aid} {text[s:e]!r} want {exp['country']}/{exp.get('admin1')} "
                      f"got {p.name} ({p.country}/{p.admin1})")
            if exp.get("lat") is not None:
                n_km += 1
                near = p.lat is not None and _km((p.lat, p.lon), (exp["lat"], exp["lon"])) <= 25
                ok_km += near
                if show_errors and not near:
                    print(f"PLACE FAR {aid} {text[s:e]!r} got {p.name} {p.lat},{p.lon}")
        for pm in found:
            hits = [it for it in mine if pm.start < it["end"] and it["start"] < pm.end]
            if any(it["kind"] == "optional" for it in hits) and not any(it["kind"] == "place" for it in hits):
                continue
            out_n += 1
            if any(it["kind"] == "place" for it in hits):
                out_ok += 1
            else:
                out_fp_nonplace += any(it["kind"] == "nonplace" for it in hits)
                if show_errors:
                    print(f"PLACE EXTRA {aid} {pm.text!r} -> {pm.place.name} ({pm.place.country})")
    n_non = sum(it["kind"] == "nonplace" for it in items)
    prec = out_ok / out_n if out_n else 0.0
    rec = tp_gold / len(gold) if gold else 0.0
    return {
        "articles": len(ids), "gold_places": len(gold), "gold_nonplaces": n_non,
        "output_places": out_n,
        "precision": round(prec, 4), "recall": round(rec, 4),
        "f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0,
        "admin1_accuracy_of_found": round(ok_a1 / tp_gold, 4) if tp_gold else 0.0,
        "admin1_right_over_all_gold": round(ok_a1 / len(gold), 4) if gold else 0.0,
        "within_25km_of_found_with_coords": f"{ok_km}/{n_km}",
        "nonplaces_reported_as_places": f"{out_fp_nonplace}/{n_non}",
    }


def score_actors(show_errors: bool = False) -> dict[str, Any]:
    """bench_actors.score() on the held-out file, plus actor-mention recall and precision that ignores
    optional spans."""
    import bench_actors

    from marsad.actors import find_actors
    from marsad.actors.find import analyse

    bench_actors.BENCH = ACTORS
    res: dict[str, Any] = bench_actors.score(False, show_errors)
    res.pop("ms_per_article", None)
    res.pop("ms_per_3kb", None)
    arts = json.loads(ACTORS.read_text(encoding="utf-8"))["articles"]
    texts = articles()
    n_gold = n_hit = n_out = n_out_ok = 0
    for a in arts:
        analyse.cache_clear()
        ms = find_actors(texts[a["id"]]["text"])
        for g in a["actors"]:
            n_gold += 1
            n_hit += any(m.start < g["end"] and g["start"] < m.end for m in ms)
        for m in ms:
            if any(m.start < g["end"] and g["start"] < m.end for g in a["actors"]):
                n_out += 1
                n_out_ok += 1
            elif not any(m.start < o["end"] and o["start"] < m.end for o in a["optional_actors"]):
                n_out += 1
    res["actor_recall"] = round(n_hit / n_gold, 4) if n_gold else 0.0
    res["actor_precision_ignoring_optional"] = round(n_out_ok / n_out, 4) if n_out else 0.0
    return res


def _main_select() -> None:
    arts = articles()
    p, a = select(arts)
    for name, ids in (("places", p), ("actors", a)):
        for i in ids:
            x = arts[i]
            print(name, i, x["file"], x["outlet"], len(x["text"]), sep="\t")




def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", nargs="?", default="score", choices=["score", "select"])
    ap.add_argument("--errors", action="store_true", help="list misses and extras")
    args = ap.parse_args()
    if not SHARED.exists():
        sys.exit(f"data not found: {SHARED}")
    if args.command == "select":
        _main_select()
        return
    print("places:", json.dumps(score_places(args.errors), indent=1))
    print("actors/quotes:", json.dumps(score_actors(args.errors), indent=1))


if __name__ == "__main__":
    main()
