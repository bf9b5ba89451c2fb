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


def _main_select() -> None:
    arts = articles()
    p, a = select(arts)
    for name, ids in (("places", p), ("actors", a)):
        for i in ids:
            x = arts[i]
            print(name, i, x["file"], x["outlet"], len(x["text"]), sep="\t")


