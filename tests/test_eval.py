"""`marsad eval`: the contract's scoring, on the real gold files of ../shared/gold."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from marsad.evaluate import evaluate, gold_to_output, match_events

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLDS = sorted((SHARED / "gold").glob("*.gold.json"))

pytestmark = pytest.mark.skipif(not GOLDS, reason="../shared/gold not available")


def _load(p: Path) -> dict:
    return json.loads(p.read_text(encoding="utf-8"))


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_against_itself_is_perfect(gold_path: Path) -> None:
    gold = _load(gold_path)
    res = evaluate([([gold_to_output(gold)], gold)])
    for key in ("documents", "events", "quotes"):
        assert res[key]["precision"] == 1.0 and res[key]["recall"] == 1.0, key
    for table in ("document_fields", "event_fields", "quote_fields"):
        assert all(v["accuracy"] == 1.0 for v in res[table].values()), res[table]
    assert res["events"]["tp"] == sum(1 for d in gold["documents"] for e in d["events"] if not e.get("optional"))


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_against_empty_output_is_zero(gold_path: Path) -> None:
    gold = _load(gold_path)
    res = evaluate([([{"source": gold["source"], "documents": []}], gold)])
    assert res["documents"]["recall"] == 0.0 and res["events"]["recall"] == 0.0 and res["events"]["f1"] == 0.0
    assert res["documents"]["tp"] == 0


def test_pairs_are_summed() -> None:
    golds = [_load(p) for p in GOLDS]
    res = evaluate([([gold_to_output(g)], g) for g in golds] + [([{"documents": []}], golds[0])])
    n_docs = sum(len(g["documents"]) for g in golds)
    assert res["pages"] == len(golds) + 1
    assert res["documents"]["tp"] == n_docs and res["documents"]["fn"] == len(golds[0]["documents"])


def test_wrong_type_does_not_match_and_wrong_field_counts() -> None:
    gold = _load(SHARED / "gold" / "seed-article1.gold.json")
    out = gold_to_output(gold)
    broken = copy.deepcopy(out)
    ev = broken["documents"][0]["events"][0]
    ev["fatalities"]["best"] = 41  # a wrong toll: still matched (type + place + actor agree), field wrong
    broken["documents"][0]["events"][1]["acled"]["event_type"] = "Protests"  # wrong type: no match
    res = evaluate([([broken], gold)])
    assert res["events"]["tp"] == 1 and res["events"]["fp"] == 1 and res["events"]["fn"] == 1
    assert res["event_fields"]["fatalities.best"]["accuracy"] == 0.0


def test_optional_gold_counts_for_neither_side() -> None:
    gold = {"source": "x", "documents": [{"role": "article", "title": None, "events": [
        {"acled": {"event_type": "Battles"}, "optional": True, "actor1": {"name": "A"}}], "quotes": []}]}
    with_it = {"documents": [{"role": "article", "events": [{"acled": {"event_type": "Battles"}, "actor1": {"name": "A"}}]}]}
    without = {"documents": [{"role": "article", "events": []}]}
    for out in (with_it, without):
        res = evaluate([([out], gold)])
        assert (res["events"]["tp"], res["events"]["fp"], res["events"]["fn"]) == (0, 0, 0)


def test_alternatives_and_distance_for_location_name() -> None:
    g = {"acled": {"event_type": "Battles"}, "location": {"country": "SY", "lat": 34.46, "lon": 40.94, "name": ["X"]}}
    near = {"acled": {"event_type": "Battles"}, "location": {"country": "SY", "name": "Y", "lat": 34.5, "lon": 40.9}}
    far = {"acled": {"event_type": "Battles"}, "location": {"country": "SY", "name": "Y", "lat": 36.2, "lon": 37.1}}
    gold = {"documents": [{"role": "article", "events": [g]}]}
    r1 = evaluate([([{"documents": [{"role": "article", "events": [near]}]}], gold)])
    r2 = evaluate([([{"documents": [{"role": "article", "events": [far]}]}], gold)])
    assert r1["event_fields"]["location.name"]["accuracy"] == 1.0
    assert r2["event_fields"]["location.name"]["accuracy"] == 0.0
    assert match_events([near], [g]) == [(0, 0)]


def test_quotes_are_scored_only_where_the_gold_annotates_them() -> None:
    out = {"documents": [{"role": "article", "events": [], "quotes": [{"quote": "x", "direct": True}]}]}
    unannotated = {"documents": [{"role": "article", "events": []}]}
    none_there = {"documents": [{"role": "article", "events": [], "quotes": []}]}
    assert evaluate([([out], unannotated)])["quotes"]["fp"] == 0
    assert evaluate([([out], none_there)])["quotes"]["fp"] == 1
