"""Cross-article de-duplication (marsad.link) against annotated multi-outlet clusters.

tests/data/dedup_clusters.json holds article ids of real saudinewsnet articles grouped by
happening (annotated by reading them) and near-miss pairs (different events, same day and
province).  The texts are read at run time from ../shared/data/saudinewsnet.

The oracle evaluation builds each article's event from the annotation (type, date, place,
actor1, the fatality figure that article reports) with the article's own title and lead as
evidence, clusters them with ``marsad.link.cluster`` and scores every article pair:
pairwise precision >= 0.95 and recall >= 0.90 are required.

Run ``python tests/test_dedup.py`` to print the figures (and the end-to-end figures through
``marsad.pipeline`` when it is importable: pass ``--pipeline``).
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from marsad.link import (
    EventFeatures,
    cluster,
    compare,
    fatality_range,
    related_pairs,
    shingle_hashes,
    shingles,
    tokens,
)
from marsad.records import AcledType, Actor, Document, Event, EventDate, Location, Span, Toll

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"
CLUSTERS = Path(__file__).parent / "data" / "dedup_clusters.json"
LEAD_CHARS = 400


def load_articles(ids: Iterable[str]) -> dict[str, dict]:
    want = set(ids)
    out: dict[str, dict] = {}
    for f in sorted(DATA.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                if not want - set(out):
                    return out
                r = json.loads(line)
                if r.get("id") in want:
                    out[r["id"]] = r
    return out


def annotation() -> dict:
    return json.loads(CLUSTERS.read_text(encoding="utf-8"))


def oracle_items(ann: dict, articles: dict[str, dict]) -> list[tuple[str, str, EventFeatures]]:
    """(cluster name, article id, features) for every annotated article, ordered by crawl time."""
    items: list[tuple[str, str, EventFeatures, str]] = []
    for c in ann["clusters"]:
        ev = c["event"]
        place = ann["places"][ev["place"]]
        for a in c["articles"]:
            art = articles[a["id"]]
            lead = (art.get("title") or "") + "\n" + art["text"][:LEAD_CHARS]
            actor1 = a.get("actor1", ev.get("actor1"))
            f = EventFeatures(
                key=a["id"], event_type=ev["event_type"], sub_event_type=ev.get("sub_event_type"),
                date=ev["date"], country=place["country"], admin1=place["admin1"], location=ev["place"],
                lat=place["lat"], lon=place["lon"], precision=place["precision"], actor1=actor1, actor2=None,
                fatalities=a.get("fatalities"), document=a["id"], outlet=art.get("outlet"),
                sig=shingle_hashes(shingles(lead)),
            )
            items.append((c["name"], a["id"], f, art.get("extracted") or ""))
    items.sort(key=lambda t: (t[3], t[1]))
    return [(n, i, f) for n, i, f, _ in items]


def pairwise(truth: list[str], predicted: list[int]) -> dict[str, float]:
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(truth)), 2):
        same_t = truth[i] == truth[j]
        same_p = predicted[i] == predicted[j]
        tp += same_t and same_p
        fp += (not same_t) and same_p
        fn += same_t and not same_p
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(prec, 4), "recall": round(rec, 4)}


def near_miss_merges(ann: dict, truth: list[str], predicted: list[int], strict: bool = True) -> tuple[int, int]:
    """(merged, total) over the article pairs of the near-miss cluster pairs."""
    merged = total = 0
    for nm in ann["near_misses"]:
        if strict and not nm.get("same_day", True):
            continue
        a_idx = [k for k, n in enumerate(truth) if n == nm["a"]]
        b_idx = [k for k, n in enumerate(truth) if n == nm["b"]]
        for i in a_idx:
            for j in b_idx:
                total += 1
                merged += predicted[i] == predicted[j]
    return merged, total


def evaluate_oracle() -> dict:
    ann = annotation()
    ids = [a["id"] for c in ann["clusters"] for a in c["articles"]]
    articles = load_articles(ids)
    missing = sorted(set(ids) - set(articles))
    if missing:
        raise FileNotFoundError(f"articles not found: {missing}")
    items = oracle_items(ann, articles)
    feats = [f for _, _, f in items]
    truth = [n for n, _, _ in items]
    clusters = cluster(feats)
    pred = [0] * len(feats)
    for k, members in enumerate(clusters):
        for m in members:
            pred[m] = k
    res = pairwise(truth, pred)
    res["near_miss_merged"], res["near_miss_pairs"] = near_miss_merges(ann, truth, pred, strict=True)
    res["near_miss_merged_all"], res["near_miss_pairs_all"] = near_miss_merges(ann, truth, pred, strict=False)
    res["clusters"] = len(ann["clusters"])
    res["multi_outlet_clusters"] = sum(
        1 for c in ann["clusters"] if len({articles[a["id"]]["outlet"] for a in c["articles"]}) > 1)
    res["articles"] = len(items)
    return res


def evaluate_pipeline() -> dict:
    """End to end: articles through marsad.pipeline.process_page and the store's de-duplication.

    For each annotated article, the event the store keeps for it is the extracted event of the
    annotated ACLED event type (nearest date); an article with no such event counts as a miss.
    """
    import tempfile

    from marsad.inputs import page_from_record
    from marsad.store import Store

    ann = annotation()
    ids = [a["id"] for c in ann["clusters"] for a in c["articles"]]
    articles = load_articles(ids)
    order = sorted(ids, key=lambda i: (articles[i].get("extracted") or "", i))
    truth_of = {a["id"]: c["name"] for c in ann["clusters"] for a in c["articles"]}
    type_of = {a["id"]: c["event"]["event_type"] for c in ann["clusters"] for a in c["articles"]}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "dedup.db")
        pages = [page_from_record(articles[i], source=f"saudinewsnet#{i}") for i in order]
        store.ingest_pages(pages)
        canon: dict[str, str | None] = {}
        extracted = 0
        for i in order:
            page = page_from_record(articles[i], source=f"saudinewsnet#{i}")
            from marsad.store.ingest import content_hash

            h = content_hash(page.text)
            rows = store.connection.execute(
                "SELECT e.canonical_id, e.event_type FROM events e JOIN documents d ON d.id = e.document_id"
                " WHERE d.page_hash = ? ORDER BY e.seq", (h,)).fetchall()
            hit = [r[0] for r in rows if r[1] == type_of[i]]
            canon[i] = hit[0] if hit else None
            extracted += bool(hit)
        store.close()
    truth = [truth_of[i] for i in order]
    pred_ids: list[str] = [canon[i] or f"missing:{i}" for i in order]
    index = {c: k for k, c in enumerate(dict.fromkeys(pred_ids))}
    pred = [index[c] for c in pred_ids]
    res = pairwise(truth, pred)
    res["near_miss_merged"], res["near_miss_pairs"] = near_miss_merges(ann, truth, pred)
    res["articles_with_event_of_annotated_type"] = extracted
    res["articles"] = len(order)
    return res


# ----------------------------------------------------------------------------------------------- tests

needs_data = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/saudinewsnet is not available")


@needs_data
def test_annotation_ids_exist_and_clusters_are_multi_outlet() -> None:
    ann = annotation()
    ids = [a["id"] for c in ann["clusters"] for a in c["articles"]]
    assert len(ids) == len(set(ids))
    articles = load_articles(ids)
    assert set(ids) == set(articles)
    multi = [c for c in ann["clusters"] if len({articles[a["id"]]["outlet"] for a in c["articles"]}) > 1]
    assert len(multi) >= 20
    names = {c["name"] for c in ann["clusters"]}
    strict_pairs = 0
    for nm in ann["near_misses"]:
        assert nm["a"] in names and nm["b"] in names
        ca = next(c for c in ann["clusters"] if c["name"] == nm["a"])
        cb = next(c for c in ann["clusters"] if c["name"] == nm["b"])
        pa, pb = ann["places"][ca["event"]["place"]], ann["places"][cb["event"]["place"]]
        assert pa["admin1"] == pb["admin1"]
        if nm["same_day"]:
            assert ca["event"]["date"] == cb["event"]["date"]
            strict_pairs += len(ca["articles"]) * len(cb["articles"])
    assert strict_pairs >= 20


@needs_data
def test_pairwise_precision_and_recall_on_annotated_clusters() -> None:
    res = evaluate_oracle()
    assert res["precision"] >= 0.95, res
    assert res["recall"] >= 0.90, res
    assert res["near_miss_merged"] == 0, res


def _feat(key: str, **kw: object) -> EventFeatures:
    base: dict = dict(key=key, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                      date="2015-07-21", country="YE", admin1="Taiz", location="Taiz", lat=13.58, lon=44.02,
                      precision=1, actor1=None, actor2=None, fatalities=None, document=key, sig=None)
    base.update(kw)
    return EventFeatures(**base)


def test_two_strikes_on_two_towns_stay_apart() -> None:
    a = _feat("a", location="Mocha", lat=13.32, lon=43.25, fatalities=5)
    b = _feat("b", location="Taiz", lat=13.58, lon=44.02, fatalities=5)
    dec = compare(a, b)
    assert not dec.merge and "different places" in dec.rule


def test_blocking_by_type_date_and_province() -> None:
    a = _feat("a", fatalities=5)
    assert not compare(a, _feat("b", event_type="Battles", fatalities=5)).merge
    assert not compare(a, _feat("b", date="2015-07-25", fatalities=5)).merge
    assert not compare(a, _feat("b", admin1="Aden", fatalities=5)).merge
    assert compare(a, _feat("b", fatalities=5, sig=None)).rule.startswith("block(")


def test_same_event_merges_with_rule_recorded() -> None:
    text = "غارات جوية على مدينة تعز أسفرت عن مقتل خمسة مدنيين وإصابة آخرين في حي سكني"
    sig = shingle_hashes(shingles(text))
    a = _feat("a", fatalities=5, sig=sig)
    b = _feat("b", fatalities=5, sig=sig)
    dec = compare(a, b)
    assert dec.merge
    assert "same fatalities" in dec.rule and "text" in dec.rule


def test_fatality_range_is_low_best_high() -> None:
    t = fatality_range([Toll(best=27), Toll(best=30, low=30, high=30), None, Toll(low=21, best=21, high=25)])
    assert t is not None
    assert (t.low, t.best, t.high) == (21, 21, 30)


def test_tokens_peel_clitics() -> None:
    assert tokens("وبالباغوز") == tokens("الباغوز") == ["باغوز"]


def test_related_pairs_on_near_duplicate_texts() -> None:
    base = " ".join(f"كلمة{i}" for i in range(60))
    other = " ".join(f"نص{i}" for i in range(60))
    pairs = related_pairs([("x", base), ("y", base + " إضافة"), ("z", other)])
    assert [(a, b) for a, b, _ in pairs] == [("x", "y")]


def test_event_features_fall_back_to_published_date() -> None:
    from marsad.link import event_features

    doc = Document(id="d", text="نص الخبر هنا", published="2015-07-21", outlet="o")
    ev = Event(id="e1", acled=AcledType(event_type="Battles", sub_event_type="Armed clash"), date=EventDate(),
               location=Location(text="تعز", name="Taiz", country="YE", admin1="Taiz", precision=1),
               actor1=Actor(text="الحوثيون", name="Houthis"), evidence=[Span(start=0, end=3)])
    f = event_features(ev, doc)
    assert f.date == "2015-07-21" and f.actor1 == "Houthis" and f.sig is not None


if __name__ == "__main__":
    print("oracle:", json.dumps(evaluate_oracle()))
    if "--pipeline" in sys.argv:
        print("pipeline:", json.dumps(evaluate_pipeline()))
