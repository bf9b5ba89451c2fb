"""Analyst review: confirm / reject / correct through the API, history, and gold files that `marsad eval` reads."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.api import review as rv
from marsad.api.app import create_app
from marsad.api.sample import fake_process, sample_pages
from marsad.evaluate import evaluate
from marsad.store import Store

TOKEN = "review-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture()
def setup(tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    path = tmp_path / "r.db"
    store = Store(path)
    for page, out in sample_pages(4):
        store.ingest_output(page, out)
    store.close()
    with TestClient(create_app(path, token=TOKEN, process=fake_process)) as c:
        yield c, path


def _events(c: TestClient) -> list[dict]:
    return sorted(c.get("/events").json()["items"], key=lambda e: e["date"]["start"])


def test_confirm_reject_correct_with_history(setup: tuple[TestClient, Path]) -> None:
    c, _ = setup
    ev = _events(c)[0]
    r = c.post(f"/events/{ev['id']}/review", json={"action": "confirm", "reviewer": "سلمى"}, headers=AUTH)
    assert r.status_code == 201, r.text
    stored = r.json()
    assert stored["reviewer"] == "سلمى" and stored["action"] == "confirm" and stored["created_at"]
    r = c.post(f"/events/{ev['id']}/review", headers=AUTH,
               json={"action": "correct", "field": "fatalities.best", "value": 12, "reviewer": "سلمى",
                     "note": "the second paragraph gives 12"})
    assert r.status_code == 201, r.text
    detail = c.get(f"/events/{ev['id']}").json()["review"]
    assert detail["status"] == "confirmed"
    assert detail["corrections"] == {"fatalities.best": 12}
    assert [h["action"] for h in detail["history"]] == ["confirm", "correct"]
    r = c.post(f"/events/{ev['id']}/review", json={"action": "reject", "reviewer": "علي"}, headers=AUTH)
    assert r.status_code == 201
    assert c.get(f"/events/{ev['id']}").json()["review"]["status"] == "rejected"
    all_reviews = c.get("/reviews").json()["items"]
    assert len(all_reviews) == 3
    assert c.get("/reviews", params={"event_id": "nope"}).json()["items"] == []


def test_review_needs_token_and_known_event(setup: tuple[TestClient, Path]) -> None:
    c, _ = setup
    ev = _events(c)[0]
    r = c.post(f"/events/{ev['id']}/review", json={"action": "confirm", "reviewer": "x"})
    assert r.status_code == 401
    r = c.post("/events/nope/review", json={"action": "confirm", "reviewer": "x"}, headers=AUTH)
    assert r.status_code == 404
    assert c.get("/reviews").json()["items"] == []


@pytest.mark.parametrize(
    "body, words",
    [
        ({"action": "approve", "reviewer": "x"}, "action"),
        ({"action": "confirm"}, "reviewer"),
        ({"action": "confirm", "reviewer": ""}, "reviewer"),
        ({"action": "correct", "reviewer": "x", "field": "colour", "value": 1}, "field must be one of"),
        ({"action": "correct", "reviewer": "x", "field": "fatalities.best", "value": -2}, "fatalities.best"),
        ({"action": "correct", "reviewer": "x", "field": "fatalities.best", "value": "twelve"}, "whole number"),
        ({"action": "correct", "reviewer": "x", "field": "acled.event_type", "value": "Fights"}, "unknown ACLED"),
        ({"action": "correct", "reviewer": "x", "field": "date.start", "value": "2019-02-30"}, "calendar date"),
        ({"action": "correct", "reviewer": "x", "field": "location.country", "value": "Syria"}, "alpha-2"),
        ({"action": "confirm", "reviewer": "x", "field": "date.start"}, "takes no field"),
    ],
)
def test_bad_review_is_422_and_not_stored(setup: tuple[TestClient, Path], body: dict, words: str) -> None:
    c, _ = setup
    ev = _events(c)[0]
    r = c.post(f"/events/{ev['id']}/review", json=body, headers=AUTH)
    assert r.status_code == 422, r.text
    assert words in r.json()["error"]["message"]
    assert c.get("/reviews").json()["items"] == []


def test_review_state_and_corrections_unit() -> None:
    rows = [{"action": "correct", "field": "location.admin1", "value": "Idlib"},
            {"action": "correct", "field": "location.admin1", "value": "Aleppo"},
            {"action": "confirm", "field": None, "value": None}]
    state = rv.review_state(rows)
    assert state == {"status": "confirmed", "corrections": {"location.admin1": "Aleppo"}}
    ev = {"location": None, "sources": [{"text": "س", "name": "S"}]}
    out = rv.apply_corrections(ev, {"location.admin1": "Aleppo", "sources": ["Local sources"]})
    assert out["location"] == {"admin1": "Aleppo"} and out["sources"][0]["name"] == "Local sources"
    assert ev["location"] is None  # the input is not changed


def test_gold_export_is_read_by_eval(setup: tuple[TestClient, Path], tmp_path: Path) -> None:
    c, path = setup
    evs = _events(c)
    keep, wrong, drop = evs[0], evs[1], evs[2]
    post = lambda eid, body: c.post(f"/events/{eid}/review", json={"reviewer": "r", **body}, headers=AUTH)  # noqa: E731
    assert post(keep["id"], {"action": "confirm"}).status_code == 201
    true_best = wrong["fatalities"]["best"] + 5
    assert post(wrong["id"], {"action": "correct", "field": "fatalities.best", "value": true_best}).status_code == 201
    assert post(drop["id"], {"action": "reject"}).status_code == 201

    golds = c.get("/reviews/gold").json()["gold"]
    assert len(golds) == 3  # one per reviewed document
    by_note = {g["documents"][0]["events"][0]["note"] if g["documents"][0]["events"] else "rejected": g
               for g in golds}
    assert set(by_note) == {"reviewed: confirmed", "reviewed: corrected", "rejected"}
    corrected = by_note["reviewed: corrected"]["documents"][0]["events"][0]
    assert corrected["fatalities"]["best"] == true_best
    assert corrected["acled"]["event_type"] == wrong["acled"]["event_type"]

    # the same gold, written to files, next to the page text it describes
    store = Store(path)
    try:
        written = rv.export_gold(store.get_event, store.get_document, store.connection, tmp_path / "gold")
        docs = {d: store.get_document(d) for e in (keep, wrong, drop) for d in e["document_ids"]}
    finally:
        store.close()
    files = sorted((tmp_path / "gold").glob("*.gold.json"))
    assert len(files) == len(written) == 3
    for f in files:
        gold = json.loads(f.read_text(encoding="utf-8"))
        assert (tmp_path / "gold" / gold["source"]).is_file()

    # `marsad eval` scoring: the extractor's own output against the analysts' gold
    pairs = []
    for gold in written:
        doc = next(d for d in docs.values() if d["title"] == gold["documents"][0]["title"])
        pairs.append(([{"source": gold["source"], "documents": [doc]}], gold))
    result = evaluate(pairs)
    ev_scores = result["events"]
    assert ev_scores["tp"] == 2  # confirmed + corrected matched
    assert ev_scores["fp"] == 1  # the rejected event is output again: a false positive
    assert ev_scores["fn"] == 0
    fat = result["event_fields"]["fatalities.best"]
    assert fat["total"] == 2 and fat["accuracy"] == pytest.approx(0.5)  # the corrected toll disagrees
