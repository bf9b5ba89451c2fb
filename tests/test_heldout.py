"""The blind held-out benchmarks (tests/data/heldout_*.json) are well formed; loose sanity floors fixed BEFORE
the system was first run on them (not tuned to its output): see notes/heldout.md."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data" / "saudinewsnet"
PLACES = REPO / "tests" / "data" / "heldout_places.json"
ACTORS = REPO / "tests" / "data" / "heldout_actors.json"

needs_data = pytest.mark.skipif(not SHARED.exists(), reason="../shared/data/saudinewsnet not available")


def _texts(ids: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for f in sorted(SHARED.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                a = json.loads(line)
                if a["id"] in ids:
                    out[a["id"]] = a["text"]
    return out


def test_files_hold_no_text() -> None:
    for f in (PLACES, ACTORS):
        d = json.loads(f.read_text(encoding="utf-8"))
        body = json.dumps(d.get("items") or d.get("articles"), ensure_ascii=False)
        assert '"text"' not in body


@needs_data
def test_places_offsets_and_values() -> None:
    items = json.loads(PLACES.read_text(encoding="utf-8"))["items"]
    texts = _texts({it["id"] for it in items})
    assert len(texts) == len({it["id"] for it in items}) >= 10
    for it in items:
        t = texts[it["id"]]
        assert 0 <= it["start"] < it["end"] <= len(t)
        assert t[it["start"]:it["end"]].strip() == t[it["start"]:it["end"]]
        assert it["kind"] in {"place", "nonplace", "optional"}
        if it["kind"] == "place":
            exp = it["expected"]
            assert len(exp["country"]) == 2
            assert (exp.get("lat") is None) == (exp.get("lon") is None)


@needs_data
def test_actors_offsets_and_values() -> None:
    arts = json.loads(ACTORS.read_text(encoding="utf-8"))["articles"]
    texts = _texts({a["id"] for a in arts})
    assert len(texts) == len(arts) >= 10
    for a in arts:
        t = texts[a["id"]]
        for m in a["actors"] + a["optional_actors"] + a["quotes"]:
            assert 0 <= m["start"] < m["end"] <= len(t)
        for m in a["actors"]:
            assert m["name"] and all(isinstance(n, str) for n in m["name"])
            assert m["type"] is None or 1 <= m["type"] <= 8
        for q in a["quotes"]:
            assert q["speaker"] and isinstance(q["direct"], bool)


def _eval() -> object:
    sys.path.insert(0, str(REPO / "benchmarks"))
    import heldout_eval

    return heldout_eval


@needs_data
def test_sanity_floors() -> None:
    # Floors written before the system was run on these files; they catch breakage, not quality.
    h = _eval()
    p = h.score_places()
    assert p["recall"] >= 0.5 and p["precision"] >= 0.5
    a = h.score_actors()
    assert a["actor_recall"] >= 0.5 and a["actor_name_accuracy"] >= 0.4
    assert a["quote_f1"] >= 0.3
