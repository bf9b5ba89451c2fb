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
import re
import sys
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from marsad.link import (
    EventFeatures,
    best_match,
    cluster,
    compare,
    day_gap,
    family_of,
    fatality_range,
    pack_sig,
    related_pairs,
    same_block,
    shingle_hashes,
    shingles,
    sig_parts,
    tokens,
    weighted_jaccard,
    word_shingles,
)
from marsad.records import AcledType, Actor, Document, Event, EventDate, Location, Span, Toll

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"
CLUSTERS = Path(__file__).parent / "data" / "dedup_clusters.json"
# A second set, annotated blind in session 11 (before any Marsad run on it): see notes/issue-7.md.
CLUSTERS2 = Path(__file__).parent / "data" / "dedup_clusters2.json"
# A third set, annotated blind in session 13 (committed before any Marsad run on it): see notes/issue-7.md.
CLUSTERS3 = Path(__file__).parent / "data" / "dedup_clusters3.json"
# A fourth set, annotated blind in session 13 round 2 (committed before any Marsad run on it): see notes/issue-7.md.
CLUSTERS4 = Path(__file__).parent / "data" / "dedup_clusters4.json"
# A fifth set, annotated blind in session 14 round 3 (committed before any Marsad run on it): see notes/issue-7.md.
CLUSTERS5 = Path(__file__).parent / "data" / "dedup_clusters5.json"
# A sixth set, annotated blind in session 15 round 4 (committed before any Marsad run on it): see notes/issue-7.md.
CLUSTERS6 = Path(__file__).parent / "data" / "dedup_clusters6.json"
SETS = {"1": CLUSTERS, "2": CLUSTERS2, "3": CLUSTERS3, "4": CLUSTERS4, "5": CLUSTERS5, "6": CLUSTERS6}
LEAD_CHARS = 400
# Set 6's evidence (session 16, round 5): for every article, the character offsets into its ``text`` of the
# sentence that tells the annotated happening (most are a paragraph of a round-up, not its lead).  The oracle
# with ``evidence=True`` takes them as the event's evidence, as the pipeline does (``marsad.link.event_features``:
# evidence words and shingles; the headline and lead only when the sentence starts in the lead); without them
# the oracle's signature is the article's lead, which for a round-up tells another happening.
ORACLE_EVIDENCE: dict[str, tuple[int, int]] = {
    "snn-fcc43bcae126": (222, 440), "snn-9867c064e3a6": (1, 266), "snn-052731002b07": (2097, 2408),
    "snn-998ce62e0f65": (3530, 3633), "snn-f1bcf05b3c04": (996, 1133), "snn-04cba792a250": (1, 159),
    "snn-197c14d8655b": (1, 264), "snn-f4b9f2431a1d": (0, 129), "snn-3ce60724ab52": (901, 1195),
    "snn-c996633cdf84": (1022, 1343), "snn-2c40a5ee587d": (0, 168), "snn-5edd575b06f9": (0, 145),
    "snn-7ee3bcac2ae5": (273, 404), "snn-7f1ac40a62cc": (1773, 2033), "snn-e50044899acd": (2512, 2683),
    "snn-ec3dbe5b11b4": (1798, 1956), "snn-42ebb68e4026": (809, 941), "snn-675f5e674e44": (4045, 4356),
    "snn-6af4745b5f9c": (160, 287), "snn-e8ce6bed1b83": (3067, 3159), "snn-b191201dab06": (5568, 6001),
    "snn-3a9273d7fedc": (1972, 2098), "snn-9f444ca7cc3b": (1392, 1534), "snn-ae73f6eef62f": (1823, 2003),
    "snn-d0c256377398": (2175, 2291), "snn-82fe87978a19": (1755, 2048), "snn-7ea60da3357a": (1759, 1864),
    "snn-95bcbc523778": (1041, 1305), "snn-6377f07f23e4": (1327, 1467), "snn-5fcd39fabb37": (424, 646),
    "snn-cbc7501bf9d8": (103, 275),
}


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


def annotation(path: Path = CLUSTERS) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def oracle_items(ann: dict, articles: dict[str, dict], evidence: bool = False
                 ) -> list[tuple[str, str, EventFeatures]]:
    """(cluster name, article id, features) for every annotated article, ordered by crawl time.  With
    ``evidence``, an article with a sentence in ``ORACLE_EVIDENCE`` is compared on that sentence (its
    headline and lead only when the sentence starts in the lead), like the pipeline's events."""
    items: list[tuple[str, str, EventFeatures, str]] = []
    for c in ann["clusters"]:
        ev = c["event"]
        place = ann["places"][ev["place"]]
        for a in c["articles"]:
            art = articles[a["id"]]
            lead = (art.get("title") or "") + "\n" + art["text"][:LEAD_CHARS]
            actor1 = a.get("actor1", ev.get("actor1"))
            span = ORACLE_EVIDENCE.get(a["id"]) if evidence else None
            told = art["text"][span[0] : span[1]] if span else art["text"][:LEAD_CHARS]
            in_lead = span is None or span[0] < 300
            f = EventFeatures(
                key=a["id"], event_type=ev["event_type"], sub_event_type=ev.get("sub_event_type"),
                date=ev["date"], country=place["country"], admin1=place["admin1"], location=ev["place"],
                lat=place["lat"], lon=place["lon"], precision=place["precision"], actor1=actor1, actor2=None,
                fatalities=a.get("fatalities"), document=a["id"], outlet=art.get("outlet"),
                sig=pack_sig(shingles(told if span else lead), word_shingles(lead[:300]),
                             {f"P:{ev['place']}", *([f"A:{actor1}"] if actor1 else [])},
                             (art.get("extracted") or "")[:10] or None, own_date=True, in_lead=in_lead,
                             words=tokens(told), title=tokens(art.get("title") or "") if in_lead else ()),
            )
            items.append((c["name"], a["id"], f, art.get("extracted") or ""))
    items.sort(key=lambda t: (t[3], t[1]))
    return [(n, i, f) for n, i, f, _ in items]


def half_of(cluster_name: str) -> str:
    """A fixed split of the clusters: weights are calibrated on one half and checked on the other."""
    return "calibration" if zlib.crc32(cluster_name.encode("utf-8")) % 2 == 0 else "held_out"


def pairwise(truth: list[str], predicted: list[int], half: str | None = None) -> dict[str, float]:
    """Pairwise precision and recall over article pairs (both articles' clusters in ``half``, if given)."""
    tp = fp = fn = 0
    idx = [k for k, n in enumerate(truth) if half is None or half_of(n) == half]
    for i, j in itertools.combinations(idx, 2):
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


def evaluate_oracle(path: Path = CLUSTERS, evidence: bool = False) -> dict:
    ann = annotation(path)
    ids = [a["id"] for c in ann["clusters"] for a in c["articles"]]
    articles = load_articles(ids)
    missing = sorted(set(ids) - set(articles))
    if missing:
        raise FileNotFoundError(f"articles not found: {missing}")
    items = oracle_items(ann, articles, evidence)
    feats = [f for _, _, f in items]
    truth = [n for n, _, _ in items]
    clusters = cluster(feats)
    pred = [0] * len(feats)
    for k, members in enumerate(clusters):
        for m in members:
            pred[m] = k
    res = pairwise(truth, pred)
    res["calibration"] = pairwise(truth, pred, "calibration")
    res["held_out"] = pairwise(truth, pred, "held_out")
    res["near_miss_merged"], res["near_miss_pairs"] = near_miss_merges(ann, truth, pred, strict=True)
    res["near_miss_merged_all"], res["near_miss_pairs_all"] = near_miss_merges(ann, truth, pred, strict=False)
    res["clusters"] = len(ann["clusters"])
    res["multi_outlet_clusters"] = sum(
        1 for c in ann["clusters"] if len({articles[a["id"]]["outlet"] for a in c["articles"]}) > 1)
    res["articles"] = len(items)
    return res


def _dated(day: str | None) -> EventFeatures:
    return EventFeatures(key="", event_type=None, sub_event_type=None, date=day, country=None, admin1=None,
                         location=None, lat=None, lon=None, precision=None, actor1=None, actor2=None,
                         fatalities=None)


def _pick_event(rows: list, family: str | None, day: str, published: str | None) -> str | None:
    """The canonical id the store gave the article's report of the annotated happening: its first
    event (text order) of the annotated type's family dated within the window of the annotated day
    (an undated event counts at its publication date).  None when the article has no such event."""
    from marsad.link import DATE_WINDOW_DAYS, day_gap

    for cid, etype, start in rows:
        if family_of(etype) != family:
            continue
        d = day_gap(_dated(start or published), _dated(day))
        if d is None or d <= DATE_WINDOW_DAYS:
            return cid
    return None


def _family_events(rows: list, family: str | None, day: str, published: str | None) -> set[str]:
    """Every canonical id of the article's events of the family in the window (``_pick_event`` keeps the first)."""
    from marsad.link import DATE_WINDOW_DAYS, day_gap

    out: set[str] = set()
    for cid, etype, start in rows:
        if family_of(etype) == family:
            d = day_gap(_dated(start or published), _dated(day))
            if d is None or d <= DATE_WINDOW_DAYS:
                out.add(cid)
    return out


def _align_event(rows: list, family: str | None, day: str, published: str | None, country: str | None,
                 admin1: str | None) -> str | None:
    """The article's event aligned to the annotated happening: among its events of the family in the
    window, the one that agrees best with the annotated country (2), province (1) and day (1); the
    first in text order on ties.  (``_pick_event`` takes the first; an article that opens with another
    happening is then scored on the wrong sentence.)"""
    from marsad.link import DATE_WINDOW_DAYS, day_gap

    best: tuple[int, str] | None = None
    for cid, etype, start, ecountry, eadmin1 in rows:
        if family_of(etype) != family:
            continue
        d = day_gap(_dated(start or published), _dated(day))
        if d is not None and d > DATE_WINDOW_DAYS:
            continue
        score = 2 * (ecountry == country) + (bool(admin1) and eadmin1 == admin1) + (d == 0)
        if best is None or score > best[0]:
            best = (score, cid)
    return best[1] if best else None


def pairwise_any(truth: list[str], sets: list[set[str]], half: str | None = None) -> dict[str, float]:
    """Pairwise scores when two articles count as merged if ANY of their events of the family in the window
    share a canonical event (an article that tells several happenings is matched through the right one;
    a background event shared by two reports of different happenings counts against precision)."""
    tp = fp = fn = 0
    idx = [k for k, n in enumerate(truth) if half is None or half_of(n) == half]
    for i, j in itertools.combinations(idx, 2):
        same_t, same_p = truth[i] == truth[j], bool(sets[i] & sets[j])
        tp += same_t and same_p
        fp += (not same_t) and same_p
        fn += same_t and not same_p
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(prec, 4), "recall": round(rec, 4)}


def _doc_events(conn: Any, page_hash: str) -> list[tuple[str, EventFeatures]]:
    """(canonical id, features) of every stored event of the page, in text order."""
    from marsad.store.dedup import _CANDIDATE_COLUMNS, _features_from_row

    rows = conn.execute(f"SELECT {_CANDIDATE_COLUMNS} FROM events WHERE document_id IN"
                        " (SELECT id FROM documents WHERE page_hash = ?) ORDER BY seq", (page_hash,)).fetchall()
    return [(r["canonical_id"], _features_from_row(r)) for r in rows]


def _describe(f: EventFeatures | None) -> str:
    if f is None:
        return "-"
    return (f"{f.event_type}/{f.sub_event_type} {f.date} {f.location}({f.country},{f.admin1},p{f.precision})"
            f" a1={f.actor1} fat={f.fatalities}")


def miss_cause(fa: EventFeatures | None, fb: EventFeatures | None,
               others: tuple[list[EventFeatures], list[EventFeatures]], family: str | None) -> str:
    """Why a same-happening pair of articles was not merged (a short cause label)."""
    if fa is None or fb is None:
        return "extraction: no event of the family"
    dec = compare(fa, fb)
    if dec.rule == "blocked":
        return "blocked (date window)"
    if dec.veto:
        return "veto: " + re.sub(r"[0-9]+ km", "N km", dec.rule.split(" in ")[0])
    if dec.merge:
        return "pair merges; clustering kept apart"
    alt = [compare(x, y) for x in others[0] for y in others[1] if family_of(x.event_type) == family]
    if any(d.merge for d in alt):
        return "another event pair of the two documents merges (picked event differs)"
    return "score below threshold"


def evaluate_pipeline(detail: bool = False, why: bool = False, path: Path = CLUSTERS) -> dict:
    """End to end: articles through marsad.pipeline.process_page and the store's de-duplication.

    Every article's events are stored and de-duplicated against each other (all of them, not only
    the scored ones).  The article's scored event is picked by ``_pick_event``; an article with no
    such event counts as a miss (its pairs are false negatives).  ``extractable`` scores only the
    pairs whose two articles have one: the share that de-duplication itself can reach.  ``told`` (sets with
    ``ORACLE_EVIDENCE``) scores each article's first event of the family told in the happening's own sentence.
    """
    import tempfile

    from marsad.inputs import page_from_record
    from marsad.store import Store
    from marsad.store.ingest import content_hash

    ann = annotation(path)
    ids = [a["id"] for c in ann["clusters"] for a in c["articles"]]
    articles = load_articles(ids)
    order = sorted(ids, key=lambda i: (articles[i].get("extracted") or "", i))
    truth_of = {a["id"]: c["name"] for c in ann["clusters"] for a in c["articles"]}
    event_of = {a["id"]: c["event"] for c in ann["clusters"] for a in c["articles"]}
    rules: dict[str, str | None] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "dedup.db")
        pages = [page_from_record(articles[i], source=f"saudinewsnet#{i}") for i in order]
        store.ingest_pages(pages)
        canon: dict[str, str | None] = {}
        any_of: dict[str, set[str]] = {}
        aligned: dict[str, str | None] = {}
        told: dict[str, str | None] = {}
        feats_of: dict[str, list[tuple[str, EventFeatures]]] = {}
        for i, page in zip(order, pages, strict=True):
            if why:
                feats_of[i] = _doc_events(store.connection, content_hash(page.text))
            rows = store.connection.execute(
                "SELECT e.canonical_id, e.event_type, e.date_start, d.published, e.merge_rule, e.country, e.admin1,"
                " json_extract(e.record, '$.evidence') FROM events e JOIN documents d ON d.id = e.document_id"
                " WHERE d.page_hash = ? ORDER BY e.seq",
                (content_hash(page.text),)).fetchall()
            ev = event_of[i]
            published = rows[0][3] if rows else None
            canon[i] = _pick_event([(r[0], r[1], r[2]) for r in rows], family_of(ev["event_type"]), ev["date"],
                                   published)
            any_of[i] = _family_events([(r[0], r[1], r[2]) for r in rows], family_of(ev["event_type"]), ev["date"],
                                       published)
            place = ann["places"][ev["place"]]
            aligned[i] = _align_event([(r[0], r[1], r[2], r[5], r[6]) for r in rows], family_of(ev["event_type"]),
                                      ev["date"], published, place["country"], place["admin1"])
            rules[i] = next((r[4] for r in rows if r[0] == canon[i] and r[4]), None)
            if i in ORACLE_EVIDENCE:  # the first event of the family told in the happening's own sentence
                lo, hi = ORACLE_EVIDENCE[i]
                told[i] = next((r[0] for r in rows if family_of(r[1]) == family_of(ev["event_type"]) and any(
                    sp["start"] < hi and lo < sp["end"] for sp in json.loads(r[7] or "[]"))), None)
        store.close()
    truth = [truth_of[i] for i in order]
    pred_ids: list[str] = [canon[i] or f"missing:{i}" for i in order]
    index = {c: k for k, c in enumerate(dict.fromkeys(pred_ids))}
    pred = [index[c] for c in pred_ids]
    res = pairwise(truth, pred)
    res["calibration"] = pairwise(truth, pred, "calibration")
    res["held_out"] = pairwise(truth, pred, "held_out")
    have = [k for k, i in enumerate(order) if canon[i] is not None]
    res["extractable"] = pairwise([truth[k] for k in have], [pred[k] for k in have])
    al_ids = [aligned[i] or f"missing:{i}" for i in order]
    al_index = {c: k for k, c in enumerate(dict.fromkeys(al_ids))}
    al_pred = [al_index[c] for c in al_ids]
    res["aligned"] = pairwise(truth, al_pred)
    res["aligned"]["calibration"] = pairwise(truth, al_pred, "calibration")
    res["aligned"]["held_out"] = pairwise(truth, al_pred, "held_out")
    res["aligned"]["near_miss_merged_all"] = near_miss_merges(ann, truth, al_pred, strict=False)[0]
    if told:  # a set with each article's sentence of the happening (``ORACLE_EVIDENCE``)
        told_ids = [told.get(i) or f"missing:{i}" for i in order]
        told_index = {c: k for k, c in enumerate(dict.fromkeys(told_ids))}
        res["told"] = pairwise(truth, [told_index[c] for c in told_ids])
        res["told"]["near_miss_merged_all"] = near_miss_merges(ann, truth, [told_index[c] for c in told_ids],
                                                               strict=False)[0]
    sets = [any_of[i] for i in order]
    res["any_event"] = pairwise_any(truth, sets)
    res["any_event"]["calibration"] = pairwise_any(truth, sets, "calibration")
    res["any_event"]["held_out"] = pairwise_any(truth, sets, "held_out")
    res["near_miss_merged"], res["near_miss_pairs"] = near_miss_merges(ann, truth, pred)
    res["near_miss_merged_all"], res["near_miss_pairs_all"] = near_miss_merges(ann, truth, pred, strict=False)
    res["articles_with_event_of_annotated_family"] = len(have)
    res["articles"] = len(order)
    if detail:
        res["assignments"] = [(truth[k], order[k], pred[k], rules[order[k]]) for k in range(len(order))]
    if why:
        picked = {i: next((f for c, f in feats_of[i] if c == canon[i]), None) if canon[i] else None for i in order}
        causes: dict[str, int] = {}
        misses: list[tuple[str, str, str, str, str]] = []
        for x, y in itertools.combinations(range(len(order)), 2):
            if truth[x] != truth[y] or pred[x] == pred[y]:
                continue
            i, j = order[x], order[y]
            fam = family_of(event_of[i]["event_type"])
            cause = miss_cause(picked[i], picked[j], ([f for _, f in feats_of[i]], [f for _, f in feats_of[j]]), fam)
            causes[cause] = causes.get(cause, 0) + 1
            dec = compare(picked[i], picked[j], threshold=-1e9) if picked[i] and picked[j] else None
            misses.append((truth[x], i, j, cause, dec.rule if dec else ""))
        res["miss_causes"] = dict(sorted(causes.items(), key=lambda t: -t[1]))
        res["misses"] = misses
        res["picked"] = {i: (truth_of[i], _describe(picked[i])) for i in order}
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
@pytest.mark.parametrize(("path", "earlier", "min_multi"), [
    (CLUSTERS2, (CLUSTERS,), 15),
    (CLUSTERS3, (CLUSTERS, CLUSTERS2), 12),
    (CLUSTERS4, (CLUSTERS, CLUSTERS2, CLUSTERS3), 12),
    (CLUSTERS5, (CLUSTERS, CLUSTERS2, CLUSTERS3, CLUSTERS4), 12),
    (CLUSTERS6, (CLUSTERS, CLUSTERS2, CLUSTERS3, CLUSTERS4, CLUSTERS5), 12),
], ids=["set2", "set3", "set4", "set5", "set6"])
def test_later_sets_are_new_and_well_formed(path: Path, earlier: tuple[Path, ...], min_multi: int) -> None:
    """Sets 2-6 (each blind at its first run): enough multi-outlet clusters, >= 10 near-miss article pairs (same
    country, same family, within a week), and no article id shared with an earlier set."""
    ann = annotation(path)
    old = {a["id"] for p in earlier for c in annotation(p)["clusters"] for a in c["articles"]}
    ids = [a["id"] for c in ann["clusters"] for a in c["articles"]]
    assert len(ids) == len(set(ids))
    assert not set(ids) & old
    articles = load_articles(ids)
    assert set(ids) == set(articles)
    multi = [c for c in ann["clusters"] if len({articles[a["id"]]["outlet"] for a in c["articles"]}) > 1]
    assert len(multi) >= min_multi
    by_name = {c["name"]: c for c in ann["clusters"]}
    pairs = 0
    for nm in ann["near_misses"]:
        ca, cb = by_name[nm["a"]], by_name[nm["b"]]
        assert ann["places"][ca["event"]["place"]]["country"] == ann["places"][cb["event"]["place"]]["country"]
        assert family_of(ca["event"]["event_type"]) == family_of(cb["event"]["event_type"])
        gap = day_gap(_dated(ca["event"]["date"]), _dated(cb["event"]["date"]))
        assert gap is not None and gap == nm["days_apart"] <= 7
        pairs += len(ca["articles"]) * len(cb["articles"])
    assert pairs >= 10


@needs_data
def test_pairwise_precision_and_recall_on_annotated_clusters() -> None:
    res = evaluate_oracle()
    assert res["precision"] >= 0.95, res
    assert res["recall"] >= 0.90, res
    assert res["near_miss_merged"] == 0, res


@needs_data
def test_pipeline_precision_on_annotated_clusters() -> None:
    """End to end through the real pipeline and store.  Issue 7 asks P >= 0.95 and R >= 0.90: set 1 (the
    calibration set of the merge rule) reaches P 1.000, R 0.901 (82 of 91 pairs) since session 28; the
    nine pairs left are extraction (notes/issue-7.md).  The blind sets 2-6 stay lower (below)."""
    pytest.importorskip("marsad.pipeline")
    res = evaluate_pipeline()
    assert res["precision"] >= 0.95, res
    assert res["near_miss_merged"] == 0, res
    assert res["recall"] >= 0.90, res


# The blind cluster sets (each annotated blind, measured once, notes/issue-7.md); the floors only catch a regression
# (all are below the recall target; most misses are extraction):
# - set 2 (session 11): first run P 0.957 R 0.389 with 2 of 39 near-miss pairs merged;
# - set 3 (session 13): first run P 0.833 R 0.417, 4 of 40 merged (Turkish tank fire of 23 July vs the first air
#   strikes of 24 July opposite Kilis); after round 2 (structural agreement, cross-border places, one actor on one
#   place on two days) P 1.000 R 0.683, 0 merged;
# - set 4 (session 13, round 2): P 1.000 R 0.476, 0 of 25 merged; after round 3 (one demonstration per town and
#   day, near-verbatim documents compared across countries) P 1.000 R 0.571, 0 merged;
# - set 5 (session 14, round 3): P 1.000 R 0.500, 0 of 19 merged (all ten missed pairs are extraction);
# - set 6 (session 15, round 4; measured once at the start of session 16): P 1.000 R 0.040 (1 of 25 pairs), 0 of 63
#   merged.  Most of its clusters join one outlet's lead with a paragraph of another's round-up.  After round 5 (one
#   site, one day, one type: ``one_site_day``) the oracle went 0.12 -> 0.72 (lead as signature) and 0.32 -> 0.84 (each
#   article's own sentence as evidence, ``test_oracle_on_the_evidence_sentences_of_set_6``), while the pipeline is at
#   R 0.000 (an extraction change of the same day gave the Al Alam lead's actor1 as Military Forces of Yemen against
#   the other report's Pro-Hadi Forces; every missed pair is extraction: the round-up's first event of the family is
#   another happening, or its sentence has no event or wrong fields).  Its floor keeps precision and the near misses.
@needs_data
@pytest.mark.parametrize(("path", "min_precision", "min_recall"), [
    (CLUSTERS2, 0.95, 0.70),
    (CLUSTERS3, 0.90, 0.60),
    (CLUSTERS4, 0.95, 0.50),
    (CLUSTERS5, 0.95, 0.45),
    (CLUSTERS6, 0.95, 0.0),
], ids=["set2", "set3", "set4", "set5", "set6"])
def test_pipeline_on_the_blind_sets(path: Path, min_precision: float, min_recall: float) -> None:
    pytest.importorskip("marsad.pipeline")
    res = evaluate_pipeline(path=path)
    assert res["precision"] >= min_precision, res
    assert res["near_miss_merged_all"] == 0, res
    assert res["recall"] >= min_recall, res


@needs_data
def test_oracle_on_the_evidence_sentences_of_set_6() -> None:
    """Set 6 with perfect features and each article's own sentence of the happening as evidence (a round-up's
    paragraph, not its lead): the merge rule must reach them (one site, one day, one type) without merging its
    same-day near misses (the Lawdar battle and the Ibb districts taken on one Monday; Ramadi's two gains)."""
    res = evaluate_oracle(CLUSTERS6, evidence=True)
    assert res["precision"] >= 0.95, res
    assert res["recall"] >= 0.80, res
    assert res["near_miss_merged_all"] == 0, res


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
    assert not dec.merge and dec.veto and "km apart" in dec.rule


def test_blocking_by_family_and_date() -> None:
    a = _feat("a", fatalities=5)
    assert same_block(a, _feat("b", event_type="Battles"))  # one family: political violence
    assert not same_block(a, _feat("b", event_type="Protests"))
    assert not same_block(a, _feat("b", date="2015-07-25"))
    assert same_block(a, _feat("b", country="SY", admin1="Aleppo"))  # a conflict is weighed, not blocked
    assert compare(a, _feat("b", fatalities=5, sig=None)).rule.startswith("block(")


def test_place_conflict_is_outweighed_by_near_duplicate_text() -> None:
    text = "انفجار سيارة مفخخة قرب مركز للشرطة في المدينة أسفر عن مقتل أربعة جنود وإصابة عشرة آخرين"
    sig = pack_sig(shingles(text), words=tokens(text))
    a = _feat("a", fatalities=4, sig=sig)
    far = _feat("b", fatalities=4, sig=sig, country="IQ", admin1="Al Anbar", location="Wasitah", lat=33.0, lon=43.0)
    dec = compare(a, far)
    assert dec.merge and "country_differ" not in dec.rule
    other = pack_sig(shingles("مظاهرة طلابية أمام وزارة التعليم"), words=tokens("مظاهرة طلابية أمام وزارة التعليم"))
    assert not compare(a, _feat("b", fatalities=4, sig=other, country="IQ", admin1="Al Anbar", lat=33.0,
                                lon=43.0)).merge


def test_undated_report_published_next_day_matches_yesterday() -> None:
    a = _feat("a", date="2015-07-20")
    b = _feat("b", date="2015-07-21", sig=pack_sig([], published="2015-07-21", own_date=False))
    assert day_gap(a, b) == 0
    c = _feat("c", date="2015-07-21", sig=pack_sig([], published="2015-07-21", own_date=True))
    assert day_gap(a, c) == 1


def test_sig_round_trip_and_legacy_blob() -> None:
    sig = pack_sig(["abcd"], ["x y"], {"P:kabul"}, "2015-08-07", own_date=False, in_lead=True,
                   words=["كابول"], title=["اكاديمية"])
    p = sig_parts(sig)
    assert p.published == "2015-08-07" and not p.own_date and p.in_lead
    assert len(p.entities) == 1 and p.words and p.title and p.evidence and p.lead
    legacy = shingle_hashes({"abcd", "bcde"})
    assert sig_parts(legacy).evidence == {zlib.crc32(b"abcd"), zlib.crc32(b"bcde")} and sig_parts(legacy).own_date


def test_rare_shared_words_weigh_more() -> None:
    def wj(x: list[str], y: list[str]) -> float:
        return weighted_jaccard(shingle_hashes(x), shingle_hashes(y))

    # one extra word on each side: a rare shared word («أكاديمية») counts more than a common one («قتل»)
    assert wj(["اكاديمية", "هجوم"], ["اكاديمية", "هجوم", "قتل"]) > wj(["قتل", "هجوم"], ["قتل", "هجوم", "اكاديمية"])
    a = pack_sig([], words=["اكاديمية", "هجوم"])
    b = pack_sig([], words=["اكاديمية", "هجوم", "قتل"])
    assert compare(_feat("a", sig=a), _feat("b", sig=b)).rule.count("words") == 1


def test_a_cluster_with_a_vetoing_member_is_not_joined() -> None:
    text = "قصف جوي على بلدة في ريف المحافظة أسفر عن مقتل خمسة مدنيين"
    sig = pack_sig(shingles(text), words=tokens(text))
    other = "اشتباكات بين مسلحين وقوات الأمن عند نقطة تفتيش على الطريق الساحلي"
    town_a = _feat("a", location="Mocha", lat=13.32, lon=43.25, fatalities=5, sig=pack_sig(shingles(other)))
    town_b = _feat("b", fatalities=5, sig=sig)
    new = _feat("c", fatalities=5, sig=sig)
    assert compare(new, town_a).veto and compare(new, town_b).merge
    assert best_match(new, [("k1", town_a), ("k1", town_b)]) is None
    found = best_match(new, [("k2", town_b)])
    assert found is not None and found[0] == "k2"


def test_same_event_merges_with_rule_recorded() -> None:
    text = "غارات جوية على مدينة تعز أسفرت عن مقتل خمسة مدنيين وإصابة آخرين في حي سكني"
    sig = shingle_hashes(shingles(text))
    a = _feat("a", fatalities=5, sig=sig)
    b = _feat("b", fatalities=5, sig=sig)
    dec = compare(a, b)
    assert dec.merge
    assert "fat_same" in dec.rule and "textual" in dec.rule


def test_a_later_report_bridges_one_documents_two_clusters() -> None:
    first = "تفجير انتحاري داخل مسجد لقوات الطوارئ في المدينة أثناء صلاة الظهر"
    second = "أسفر الانفجار عن مقتل عشرة من رجال الأمن وعمال بنغاليين وإصابة آخرين"
    e1 = _feat("x1", document="x", sub_event_type="Suicide bomb", sig=pack_sig(shingles(first), words=tokens(first)))
    e2 = _feat("x2", document="x", sub_event_type="Remote explosive/landmine/IED", fatalities=10,
               sig=pack_sig(shingles(second), words=tokens(second)))
    both = first + " " + second
    later = _feat("y1", document="y", sub_event_type="Suicide bomb", fatalities=10,
                  sig=pack_sig(shingles(both), words=tokens(both)))
    assert cluster([e1, e2]) == [[0], [1]]
    assert cluster([e1, e2, later]) == [[0, 1, 2]]


def _report(text: str, place: str, mentions: str = "") -> bytes:
    return pack_sig(shingles(text), words=tokens(text), place=tokens(place), mentions=tokens(mentions + " " + text))


def test_place_conflict_explained_by_a_mention_is_weighed_not_vetoed() -> None:
    """A report whose place resolved to a namesake in another country (a word of the target's name
    read as a village) merges with the others when its text names their place."""
    told = "تفجير انتحاري عند بوابة المطار الدولي أسفر عن مقتل خمسة مدنيين وإصابة ثمانية عشر"
    retold = "قتل خمسة مدنيين في عملية انتحارية بسيارة مفخخة على طريق المطار الدولي"
    kabul = _feat("k", country="AF", admin1="Kabul", location="kabul", lat=34.53, lon=69.17, fatalities=5,
                  sig=_report(retold, "كابل"))
    namesake = _feat("n", country="YE", admin1="Shabwah", location="al hamid", lat=14.5, lon=46.8, fatalities=5,
                     sig=_report(told, "حميد", mentions="مستشفيات كابل"))
    dec = compare(namesake, kabul)
    assert not dec.veto and "place_explained" in dec.rule
    unexplained = _feat("n", country="YE", admin1="Shabwah", location="al hamid", lat=14.5, lon=46.8, fatalities=5,
                        sig=_report(told, "حميد", mentions="مستشفيات عدن"))
    dec = compare(unexplained, kabul)
    assert dec.veto and not dec.merge


def test_a_place_given_relative_to_a_city_is_explained_by_its_name() -> None:
    """«جنوب غربي القاهرة» (precision 2, resolved to Cairo) and «محافظة الفيوم» (Faiyum): the direction
    and feature words are not part of the name, so a report naming «القاهرة» explains the conflict; a
    template pair in two provinces that only differ by the place still vetoes."""
    from marsad.link import place_name_words

    assert place_name_words("جنوب غربي القاهرة") == tokens("القاهرة")
    assert place_name_words("محافظة الفيوم") == tokens("الفيوم")
    def _report(text: str, place: str, mentions: str = "") -> bytes:
        return pack_sig(shingles(text), words=tokens(text), place=place_name_words(place),
                        mentions=tokens(mentions + " " + text))

    told = "مقتل شرطي وجرح ثلاثة آخرين إثر هجوم مسلحين على سيارة لترحيل السجناء على الطريق الزراعي"
    retold = "قتل شرطي وأصيب ثلاثة آخرون عندما أطلق مسلحان النار على سيارة لنقل السجناء جنوبي القاهرة"
    near_cairo = _feat("a", event_type="Battles", sub_event_type="Armed clash", country="EG", admin1="Cairo",
                       location="cairo", lat=30.05, lon=31.24, precision=2, fatalities=1,
                       sig=_report(told, "جنوب غربي القاهرة"))
    faiyum = _feat("b", event_type="Battles", sub_event_type="Armed clash", country="EG", admin1="Faiyum",
                   location="faiyum", lat=29.31, lon=30.84, precision=1, fatalities=1,
                   sig=_report(retold, "محافظة الفيوم", mentions="محافظة الفيوم جنوبي القاهرة"))
    assert not compare(near_cairo, faiyum).veto
    a_text = "هجوم مسلح على سيارة للشرطة في الجيزة يسفر عن مقتل شرطي"
    b_text = "هجوم مسلح على سيارة للشرطة في الفيوم يسفر عن مقتل شرطي"
    a = _feat("a", event_type="Battles", country="EG", admin1="Giza", location="giza", lat=30.0, lon=31.2,
              precision=2, fatalities=1, sig=_report(a_text, "جنوب الجيزة"))
    b = _feat("b", event_type="Battles", country="EG", admin1="Faiyum", location="faiyum", lat=29.31, lon=30.84,
              precision=1, fatalities=1, sig=_report(b_text, "الفيوم"))
    assert not compare(a, b).merge


def test_template_reports_in_two_countries_stay_apart() -> None:
    """Near-duplicate template text that differs only by the place (and the figure) is two happenings."""
    a_text = "شنت طائرات التحالف غارات على مواقع المسلحين في حلب ما أسفر عن مقتل سبعة أشخاص"
    b_text = "شنت طائرات التحالف غارات على مواقع المسلحين في الموصل ما أسفر عن مقتل تسعة أشخاص"
    a = _feat("a", country="SY", admin1="Aleppo", location="aleppo", lat=36.2, lon=37.16, fatalities=7,
              sig=_report(a_text, "حلب"))
    b = _feat("b", country="IQ", admin1="Ninawa", location="mosul", lat=36.34, lon=43.13, fatalities=9,
              sig=_report(b_text, "الموصل"))
    assert not compare(a, b).merge
    # the same wire text with the place resolved differently by two outlets is one happening
    b_same = _feat("b", country="IQ", admin1="Ninawa", location="x", lat=36.34, lon=43.13, fatalities=7,
                   sig=_report(a_text, "حلب"))
    assert compare(a, b_same).merge


def test_a_third_report_joins_two_agreeing_clusters_but_not_a_vetoed_one() -> None:
    """Two clusters that a new report matches are joined when their members agree on average
    (``clusters_compatible``), never when a pair across them is vetoed (two towns)."""
    from marsad.link import MatchDecision, bridged, clusters_compatible

    told = "غارة جوية على سوق شعبي في البلدة أسفرت عن مقتل عشرين مدنيا"
    other = "اشتباكات عنيفة بين مسلحين وقوات الأمن عند نقطة تفتيش على الطريق"
    x1 = _feat("x1", sig=pack_sig(shingles(other), words=tokens(other)))
    x2 = _feat("x2", fatalities=20, sig=pack_sig(shingles(told), words=tokens(told)))
    y1 = _feat("y1", fatalities=20, sig=pack_sig(shingles(told), words=tokens(told)))
    assert not compare(x1, y1).merge and compare(x2, y1).merge
    ok = MatchDecision(True, 1.0, "r")
    members = {"A": [x1, x2], "B": [y1]}
    assert clusters_compatible(members["A"], members["B"])
    assert bridged([("A", ok), ("B", ok)], {"A": {"x1", "x2"}, "B": {"y1"}}, members) == ["B"]
    assert bridged([("A", ok), ("B", ok)], {"A": {"x1", "x2"}, "B": {"y1"}}) == []  # same-document rule only
    y_far = _feat("y1", fatalities=20, location="Mocha", lat=13.32, lon=43.25, sig=y1.sig)
    assert compare(x1, y_far).veto
    assert not clusters_compatible(members["A"], [y_far])


def test_a_third_report_that_merges_with_every_member_joins_two_clusters() -> None:
    """Two reports told in other words (their own pair falls short of the threshold, but is not
    clearly against) are joined by a third that merges with EVERY member of both; a third that merges
    with one member but not with another does not join them, and a veto still keeps them apart."""
    from marsad.link import MatchDecision, bridged, clusters_compatible

    def sig(text: str) -> bytes:
        return pack_sig(shingles(text), words=tokens(text), published="2015-07-21", own_date=True)

    x_text = "قصف مدفعي على حي الزهور أصاب خزان مياه ومدرسة ابتدائية مهجورة"
    y_text = "قذائف سقطت قرب سوق الخضار فدمرت شاحنة تبريد وأحرقت مستودع أدوية"
    kw: dict = dict(sub_event_type="Shelling/artillery/missile attack", fatalities=3)
    x = _feat("x", sig=sig(x_text), **kw)
    y = _feat("y", sig=sig(y_text), **kw)
    z = _feat("z", sig=sig(x_text + " بينما " + y_text), **kw)
    assert -2.0 <= compare(x, y).score < 0 and compare(x, z).merge and compare(y, z).merge
    assert not clusters_compatible([x], [y]) and clusters_compatible([x], [y], z)
    ok = MatchDecision(True, 1.0, "r")
    assert bridged([("A", ok), ("B", ok)], {"A": {"x"}, "B": {"y"}}, {"A": [x], "B": [y]}, z) == ["B"]
    # a third report that matches only x (its text tells x's happening) does not join y's cluster
    z_one = _feat("z", sig=sig(x_text), **kw)
    assert not clusters_compatible([x], [y], z_one)
    # two towns of one province stay apart whatever the third report says
    y_far = _feat("y", location="Mocha", lat=13.32, lon=43.25, sig=y.sig, **kw)
    assert not clusters_compatible([x], [y_far], z)
    # a round-up that tells shelling in two provinces does not join their reports, nor two sub-types
    y_other = _feat("y", admin1="Lahij", location="Lahij", lat=13.06, lon=44.88, precision=3, sig=y.sig, **kw)
    assert not compare(x, y_other).veto and not clusters_compatible([x], [y_other], z)
    y_sub = _feat("y", sig=y.sig, sub_event_type="Air/drone strike", fatalities=8)  # tolls differ too
    assert compare(z, y_sub).merge and not clusters_compatible([x], [y_sub], z)


def test_store_reads_candidates_across_countries() -> None:
    import sqlite3

    from marsad.store.dedup import candidate_rows
    from marsad.store.schema import migrate

    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = OFF")
    migrate(conn)
    cols = "id, seq, canonical_id, document_id, event_type, date_start, country, record"
    for k, country in enumerate(("YE", "AF", None)):
        conn.execute(f"INSERT INTO events ({cols}) VALUES (?,?,?,?,?,?,?,?)",
                     (f"e{k}", k, f"c{k}", f"d{k}", "Explosions/Remote violence", "2015-08-10", country, "{}"))
    rows = candidate_rows(conn, _feat("n", date="2015-08-10", country="AF"))
    assert [r["id"] for r in rows] == ["e0", "e1", "e2"]


def test_a_documents_events_are_matched_together() -> None:
    """An article on an attack that recalls, in passing, an abduction two days earlier: its sentence
    on the abduction takes the abduction's cluster, and its lead event (which shares the headline's
    words with the abduction reports) may not join it as well.  One happening told twice by one
    article (same day and place) may share a cluster."""
    from marsad.link import MatchDecision, distinct_siblings, document_exclusions

    attack = _feat("d:1", document="d", event_type="Battles", sub_event_type="Armed clash", date="2015-07-31",
                   sig=pack_sig([], published="2015-07-31", own_date=True))
    recalled = _feat("d:2", document="d", event_type="Violence against civilians",
                     sub_event_type="Abduction/forced disappearance", date="2015-07-29",
                     sig=pack_sig([], published="2015-07-31", own_date=True))
    assert distinct_siblings(attack, recalled)
    matches = [[("kidnap", MatchDecision(True, 1.5, "r"))], [("kidnap", MatchDecision(True, 9.0, "r"))]]
    assert document_exclusions(matches, [attack, recalled]) == [{"kidnap"}, set()]
    twice = _feat("d:3", document="d", sub_event_type="Suicide bomb", date="2015-07-31",
                  sig=pack_sig([], published="2015-07-31", own_date=True))
    again = _feat("d:4", document="d", sub_event_type="Remote explosive/landmine/IED", date="2015-07-31",
                  sig=pack_sig([], published="2015-07-31", own_date=True))
    assert not distinct_siblings(twice, again)
    assert document_exclusions([[("c", MatchDecision(True, 2.0, "r"))]] * 2, [twice, again]) == [set(), set()]


def test_clusters_holding_two_happenings_of_one_article_are_never_joined() -> None:
    from marsad.link import clusters_compatible

    own = pack_sig([], published="2015-07-31", own_date=True)
    attack = _feat("d:1", document="d", event_type="Battles", date="2015-07-31", sig=own)
    recalled = _feat("d:2", document="d", event_type="Battles", date="2015-07-29", sig=own)
    assert not clusters_compatible([attack], [recalled])


def test_statements_by_two_speakers_stay_two_events() -> None:
    """Template condemnations of one bombing by two governments are two events, even when both name
    the same perpetrator as actor2; one speaker's name romanised two ways is one (PLOVER families
    outside ACLED's; ACLED types are not affected)."""
    text = "أدانت الحكومة بشدة التفجير الإرهابي الذي استهدف مسجدا في أبها"
    sig = pack_sig(shingles(text), words=tokens(text), published="2015-08-06")

    def said(key: str, actor: str, event_type: str = "PLOVER:ACCUSE", target: str | None = None) -> EventFeatures:
        return _feat(key, event_type=event_type, sub_event_type=None, actor1=actor, actor2=target, sig=sig,
                     fatalities=None)

    assert compare(said("a", "Government of Qatar"), said("b", "Government of Bahrain")).veto
    assert compare(said("a", "Government of Qatar", target="Islamic State"),
                   said("b", "Pakistan", target="Islamic State")).veto
    assert compare(said("a", "Faisal bin Khaled"), said("b", "Faisal bin Khaled bin Abdulaziz")).merge
    assert compare(said("a", "King Salman bin Abdulaziz"), said("b", "Mohammed bin Nayef")).veto  # «bin» is no name
    assert compare(said("a", "Mohammed VI"), said("b", "Mohammed Khalid Al-Hamad Al-Sabah")).veto
    assert not compare(said("a", "Kuwait"), said("b", "Government of Kuwait")).veto
    assert not compare(said("a", "Houthis", "Battles"), said("b", "Saudi-led Coalition", "Battles")).veto


def test_the_headline_speaks_for_the_leads_first_event_only() -> None:
    """A lead that tells an attack and recalls another one of the same family: only the first gets the
    headline and lead similarity (``in_lead``); the recalled one is compared on its own sentence."""
    from marsad.link import event_features, headline_event

    text = "انتحاري يهاجم أكاديمية الشرطة في العاصمة بعد ساعات من تفجير شاحنة مفخخة في وسط المدينة. تفاصيل أخرى."
    first, second = text.index("انتحاري"), text.index("تفجير شاحنة")
    kind = AcledType(event_type="Explosions/Remote violence", sub_event_type="Suicide bomb")
    e1 = Event(id="e1", acled=kind, evidence=[Span(start=first, end=second)])
    e2 = Event(id="e2", acled=kind, evidence=[Span(start=second, end=text.index("."))])
    e3 = Event(id="e3", acled=AcledType(event_type="Protests", sub_event_type="Peaceful protest"),
               evidence=[Span(start=second, end=text.index("."))])
    doc = Document(id="d", title="هجوم على أكاديمية الشرطة", text=text, published="2015-08-07", events=[e1, e2, e3])
    assert headline_event(e1, doc) and not headline_event(e2, doc) and headline_event(e3, doc)
    assert sig_parts(event_features(e1, doc).sig).in_lead and not sig_parts(event_features(e2, doc).sig).in_lead


def test_injured_figure_round_trips_and_counts() -> None:
    sig = pack_sig(["abcd"], published="2015-08-02", injured=24)
    assert sig_parts(sig).injured == 24 and sig_parts(pack_sig(["abcd"])).injured is None
    a = _feat("a", fatalities=2, sig=pack_sig([], injured=24))
    assert "inj_same" in compare(a, _feat("b", fatalities=2, sig=pack_sig([], injured=24)), threshold=-99).rule


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
    _set = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "1"
    print(f"set {_set} oracle:", json.dumps(evaluate_oracle(SETS[_set])))
    if _set == "6":
        print(f"set {_set} oracle on the evidence sentences:", json.dumps(evaluate_oracle(SETS[_set], evidence=True)))
    if "--pipeline" in sys.argv:
        res = evaluate_pipeline(detail="--detail" in sys.argv, why="--why" in sys.argv, path=SETS[_set])
        for name, art, k, rule in res.pop("assignments", []):
            print(f"  {name:38s} {art[:12]} cluster {k:3d}  {rule or ''}")
        for art, (name, desc) in res.pop("picked", {}).items():
            print(f"  picked {name:36s} {art[:12]} {desc}")
        for name, i, j, cause, rule in res.pop("misses", []):
            print(f"  miss {name:36s} {i[:12]} {j[:12]} {cause}: {rule}")
        print("pipeline:", json.dumps(res))


def test_headlines_differing_only_by_place_do_not_merge() -> None:
    """Template-like reports of two strikes in two provinces on consecutive days stay two events."""
    import tempfile

    from marsad.api.sample import sample_pages
    from marsad.store import Store

    with tempfile.TemporaryDirectory() as d:
        store = Store(Path(d) / "s.db")
        for page, out in sample_pages(24):
            store.ingest_output(page, out)
        _, total = store.query_events(limit=1)
        store.close()
    assert total == 24


def test_generic_actors_in_acled_country_form_are_not_shared_evidence() -> None:
    from marsad.link import EventFeatures, _actors

    def ev(a1: str) -> EventFeatures:
        return EventFeatures(key="k", event_type="Battles", sub_event_type=None, date="2015-07-20", country="YE",
                             admin1="Aden", location=None, lat=None, lon=None, precision=None, actor1=a1,
                             actor2="Civilians", fatalities=None)

    assert _actors(ev("Unidentified Armed Group (Yemen)")) == set()
    assert _actors(ev("Houthis")) == {"Houthis"}


def _own(text: str, place: str, mentions: str = "", day: str = "2015-07-24") -> bytes:
    """A made-up report's sig with its own date (the event's day is told in the text)."""
    return pack_sig(shingles(text), words=tokens(text), published=day, own_date=True, place=tokens(place),
                    mentions=tokens(mentions + " " + text))


def test_rewritten_reports_that_agree_on_everything_structured_merge() -> None:
    """Two outlets' own rewrites of one strike (few shared words): the same day, type, sub-type and actor,
    tolls that agree (or one gives none) and compatible places (a town and its province, two country-level
    reports) merge; a toll far apart, another sub-type or no shared actor leaves them apart."""
    a_text = "أغارت مقاتلات على مخازن ذخيرة في معسكر للمتمردين فجر اليوم ودمرت عددا من الآليات"
    b_text = "قصف جوي عنيف استهدف معسكرا للمتمردين فجر اليوم وأوقع خسائر كبيرة بحسب مصادر محلية"
    kw: dict = dict(date="2015-07-24", actor1="Saudi-led Coalition", sub_event_type="Air/drone strike")
    town = _feat("a", fatalities=9, sig=_own(a_text, "تعز"), **kw)
    province = _feat("b", location="Taiz governorate", lat=None, lon=None, precision=3, fatalities=None,
                     sig=_own(b_text, "محافظة تعز"), **kw)
    assert compare(town, province).merge and "agreeing" in compare(town, province).rule
    country_a = _feat("a", admin1=None, location="Yemen", lat=None, lon=None, precision=3, sig=_own(a_text, "اليمن"),
                      **kw)
    country_b = _feat("b", admin1=None, location="Yemen", lat=None, lon=None, precision=3, fatalities=8,
                      sig=_own(b_text, "اليمن"), **kw)
    assert compare(country_a, country_b).merge
    far_toll = _feat("b", location="Taiz governorate", lat=None, lon=None, precision=3, fatalities=40,
                     sig=_own(b_text, "محافظة تعز"), **kw)
    assert not compare(town, far_toll).merge
    other_sub = _feat("b", location="Taiz governorate", lat=None, lon=None, precision=3,
                      sig=_own(b_text, "محافظة تعز"), **{**kw, "sub_event_type": "Shelling/artillery/missile attack"})
    assert not compare(town, other_sub).merge
    no_actor = _feat("b", location="Taiz governorate", lat=None, lon=None, precision=3,
                     sig=_own(b_text, "محافظة تعز"), **{**kw, "actor1": None})
    assert not compare(town, no_actor).merge
    # two provinces, only one report naming the other's place: not compatible
    lahij = _feat("b", admin1="Lahij", location="Lahij", lat=13.06, lon=44.88, precision=1,
                  sig=_own(b_text, "لحج", mentions="تعز"), **kw)
    assert not compare(town, lahij).merge


def test_a_cross_border_strike_placed_on_either_side_of_a_border_both_name_merges() -> None:
    """One outlet places the strike at the border town it was launched from, another at the village it
    hit across the border: when each report names the other side's country the pair is weighed, not
    vetoed, and agreement on the day, type, sub-type and actor merges it.  Without the mention of the other
    side it stays a veto (two named places in two countries)."""
    a_text = "قصفت طائرات حربية تركية مقرات للتنظيم داخل الأراضي السورية انطلاقا من قاعدة قريبة من الحدود"
    b_text = "غارات جوية للطائرات التركية استهدفت مقرات التنظيم في قرية حدودية داخل سوريا"
    kw: dict = dict(date="2015-07-24", actor1="Military Forces of Turkey", sub_event_type="Air/drone strike")
    launched = _feat("a", country="TR", admin1="Kilis", location="kilis", lat=36.72, lon=37.12, precision=1,
                     sig=_own(a_text, "كلس"), **kw)
    hit = _feat("b", country="SY", admin1="Aleppo", location="havar", lat=36.64, lon=37.12, precision=2,
                sig=_own(b_text, "حوار"), **kw)
    dec = compare(launched, hit)
    assert not dec.veto and dec.merge and "agreeing" in dec.rule
    silent = _feat("b", country="SY", admin1="Aleppo", location="havar", lat=36.64, lon=37.12, precision=2,
                   sig=_own("غارات جوية استهدفت مقرات التنظيم في قرية حدودية", "حوار"), **kw)
    assert compare(launched, silent).veto
    # another day: the same two sides, but two strikes
    next_day = _feat("b", country="SY", admin1="Aleppo", location="havar", lat=36.64, lon=37.12, precision=2,
                     sig=_own(b_text, "حوار", day="2015-07-25"), **{**kw, "date": "2015-07-25"})
    assert not compare(launched, next_day).merge


def test_one_actor_on_one_place_on_two_days_needs_a_sub_type_or_toll_match() -> None:
    """Tank fire on positions across the border one day and air strikes on the same strip the next, by
    the same army, told in leads that recall each other: without an agreeing sub-type or toll they stay
    two happenings, however alike the headlines."""
    recall = "في الشريط الحدودي المقابل لمدينة كلس بعد مقتل جندي تركي بنيران من الجانب الآخر"
    kw: dict = dict(country="SY", admin1="Aleppo", location="border strip", lat=36.62, lon=37.14, precision=2,
                    actor1="Military Forces of Turkey")
    tanks = _feat("a", date="2015-07-23", sub_event_type="Shelling/artillery/missile attack",
                  sig=_own("دبابات الجيش تقصف مواقع التنظيم " + recall, "الشريط الحدودي", day="2015-07-23"), **kw)
    jets = _feat("b", date="2015-07-24", sub_event_type="Air/drone strike",
                 sig=_own("مقاتلات تغير للمرة الأولى على أهداف التنظيم " + recall, "الشريط الحدودي"), **kw)
    dec = compare(tanks, jets, threshold=-99)
    assert "other_day_unconfirmed" in dec.rule and not compare(tanks, jets).merge
    # the same sub-type on the next day is allowed to merge on the text (a date read a day off)
    jets_again = _feat("b", date="2015-07-24", sub_event_type="Shelling/artillery/missile attack", sig=jets.sig, **kw)
    assert "other_day_unconfirmed" not in compare(tanks, jets_again, threshold=-99).rule


def test_store_reads_candidates_across_a_border_both_reports_name() -> None:
    """A report placed in Syria and one placed in Turkey are candidates of each other when each names the
    other's country (``may_link_across_countries`` with the countries), not when only one does."""
    from marsad.link import may_link_across_countries

    a = _own("غارات تركية على مواقع داخل الأراضي السورية", "ديار بكر")
    b = _own("طائرات أنقرة قصفت قرية حدودية في سوريا وفق الجيش التركي", "حوار")
    c = _own("طائرات قصفت قرية حدودية", "حوار")
    assert may_link_across_countries(a, b, "TR", "SY")
    assert not may_link_across_countries(a, c, "TR", "SY")
    assert not may_link_across_countries(a, b)  # (without the countries: the written places only)


def test_two_reports_of_one_demonstration_in_one_city_and_day_agree() -> None:
    """Protests have generic actors («Protesters»), so the actor condition of structural agreement never
    holds for them; ACLED records one location's demonstrations of one day as one event, so the same
    town and day, type and sub-type stand for it.  Another city, another day, a province-level report
    or another sub-type do not agree."""
    a_text = "خرج آلاف المتظاهرين في ساحة التحرير وسط المدينة مطالبين بمحاسبة المسؤولين عن تردي الخدمات"
    b_text = "احتشد محتجون غاضبون في ساحة التحرير رافعين لافتات تندد بانقطاع الكهرباء وتردي الخدمات"
    kw: dict = dict(event_type="Protests", sub_event_type="Peaceful protest", date="2015-08-07", country="IQ",
                    actor1="Protesters")
    a = _feat("a", admin1="Baghdad", location="Baghdad", lat=33.31, lon=44.36, sig=_own(a_text, "بغداد"), **kw)
    b = _feat("b", admin1="Baghdad", location="Baghdad", lat=33.31, lon=44.36, sig=_own(b_text, "بغداد"), **kw)
    dec = compare(a, b)
    assert dec.merge and "agreeing" in dec.rule
    basra = _feat("b", admin1="Basrah", location="Basra", lat=30.51, lon=47.81, sig=_own(b_text, "البصرة"), **kw)
    assert not compare(a, basra).merge
    next_day = _feat("b", admin1="Baghdad", location="Baghdad", lat=33.31, lon=44.36,
                     sig=_own(b_text, "بغداد", day="2015-08-08"), **{**kw, "date": "2015-08-08"})
    assert "agreeing" not in compare(a, next_day, threshold=-99).rule and not compare(a, next_day).merge
    province = _feat("b", admin1="Baghdad", location="Baghdad governorate", lat=None, lon=None, precision=3,
                     sig=_own(b_text, "محافظة بغداد"), **kw)
    assert "agreeing" not in compare(a, province, threshold=-99).rule
    forced = _feat("b", admin1="Baghdad", location="Baghdad", lat=33.31, lon=44.36, sig=_own(b_text, "بغداد"),
                   **{**kw, "sub_event_type": "Protest with intervention"})
    assert not compare(a, forced).merge


def test_near_verbatim_reports_placed_in_two_countries_are_compared() -> None:
    """One wire story that two outlets' place readings put in two countries (the attacker's country and
    the town attacked): the store reads the stored report as a candidate when its document is a
    near-verbatim copy of the new one (``near``, from the related-document links), not otherwise; and
    template reports of two countries that name two places are still vetoed when compared."""
    import sqlite3

    from marsad.store.dedup import candidate_rows
    from marsad.store.schema import migrate

    text = "هاجمت قوة مسلحة مواقع للجيش قرب قرية حدودية فجر اليوم واندلعت اشتباكات استمرت ساعات قبل انسحابها"
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = OFF")
    migrate(conn)
    conn.execute("INSERT INTO events (id, seq, canonical_id, document_id, event_type, date_start, country, shingles,"
                 " record) VALUES (?,?,?,?,?,?,?,?,?)",
                 ("e0", 0, "c0", "d0", "Battles", "2015-08-10", "RU", _own(text, "روسيا", day="2015-08-10"), "{}"))
    new = _feat("n", event_type="Battles", sub_event_type="Armed clash", date="2015-08-10", country="UA",
                admin1="Kyiv City", sig=_own(text, "كييف", day="2015-08-10"), document="dn")
    assert [r["id"] for r in candidate_rows(conn, new)] == []
    assert [r["id"] for r in candidate_rows(conn, new, frozenset({"d0"}))] == ["e0"]
    kw: dict = dict(event_type="Battles", sub_event_type="Armed clash", date="2015-07-24")
    town_a = _feat("a", country="UA", admin1="Donetsk", location="town a", lat=47.6, lon=37.7, precision=1,
                   sig=_own(text, "بلدة أ"), **kw)
    town_b = _feat("b", country="RU", admin1="Rostov", location="town b", lat=47.2, lon=39.7, precision=1,
                   sig=_own(text, "بلدة ب"), **kw)
    assert compare(town_a, town_b).veto  # two named places in two countries, neither named by the other


def _member_pairs(new: EventFeatures, members: list[EventFeatures]) -> list[tuple[str, EventFeatures]]:
    return [("c1", m) for m in members]


def test_a_large_mixed_cluster_is_linked_through_its_sub_type_group() -> None:
    """A cluster of one bombing told as a suicide bomb by some outlets and an IED by others (with a
    detail that scores low against a new report) is joined by a new IED report through its IED members
    when the whole cluster's average falls short; one IED member alone is no group."""
    from marsad.link import matching_clusters

    ied = "انفجار عبوة ناسفة داخل مسجد في مقر القوات الخاصة أثناء صلاة الظهر أسفر عن مقتل 13"
    kw: dict = dict(date="2015-08-06", country="SA", admin1="Asir", location="Abha", lat=18.22, lon=42.5,
                    actor1="Islamic State", fatalities=13)
    new = _feat("n", sub_event_type="Remote explosive/landmine/IED", sig=_own(ied, "أبها", day="2015-08-06"), **kw)
    same = [_feat(f"i{k}", sub_event_type="Remote explosive/landmine/IED", sig=_own(ied + f" {k}", "أبها",
                                                                                     day="2015-08-06"), **kw)
            for k in range(2)]
    other = [_feat(f"s{k}", sub_event_type="Suicide bomb", location="Asir", lat=None, lon=None, precision=3,
                   fatalities=50 + 60 * k, actor1=None,
                   sig=_own(f"بيان عن حصيلة أسبوع من العمليات رقم {k}", "عسير", day="2015-08-06"),
                   **{k2: v for k2, v in kw.items() if k2 not in ("location", "lat", "lon", "fatalities", "actor1")})
             for k in range(20)]
    assert matching_clusters(new, _member_pairs(new, [*same, *other]))
    assert not matching_clusters(new, _member_pairs(new, [same[0], *other]))


def test_a_country_level_report_does_not_bridge_two_towns() -> None:
    """A cluster of a strike on one town that a country-level report joined is not joined by a report
    of a strike on another province's town that matches only the country-level member; it may join
    when it matches a named member itself."""
    from marsad.link import matching_clusters

    text = "غارات جوية استهدفت مواقع للمسلحين وأسفرت عن مقتل عدد منهم وتدمير آليات"
    kw: dict = dict(date="2015-07-24", country="SY", sub_event_type="Air/drone strike",
                    actor1="Military Forces of Syria")
    town_a = _feat("a", admin1="Rural Damascus", location="Bludan", lat=33.73, lon=36.13,
                   sig=_own("قصف مروحيات على بلدة في ريف العاصمة", "بلودان"), **kw)
    country = _feat("x", admin1=None, location="Syria", lat=None, lon=None, precision=3, sig=_own(text, "سوريا"),
                    **kw)
    town_b = _feat("b", admin1="Daraa", location="Daraa", lat=32.62, lon=36.1, sig=_own(text, "درعا",
                                                                                       mentions="بلودان"), **kw)
    assert compare(town_b, country).merge and not compare(town_b, town_a).merge
    assert not matching_clusters(town_b, [("c1", town_a), ("c1", country)])
    assert matching_clusters(town_b, [("c1", country)])  # a cluster of the country-level report alone


def test_two_reports_of_one_small_place_day_and_type_agree() -> None:
    """An outlet's lead and a sentence of another outlet's round-up share few words; placed at one district
    (not a city) on one day with the same type and sub-type, no specific actor1 against and tolls that agree,
    they merge (ACLED's location-day-type unit, ``one_site_day``).  A city (several attacks of one type on
    one day), two specific actors, tolls far apart, a province-level report, another sub-type or another
    day leave them apart."""
    from marsad.link import WEIGHTS, city

    def told(text: str, day: str = "2015-08-10") -> bytes:  # the place's words are no text evidence (as in
        place = "مديرية الوادي الأخضر"                        # ``event_features``)
        return pack_sig(shingles(text), words=[t for t in tokens(text) if t not in set(tokens(place))], published=day,
                        own_date=True, place=tokens(place), mentions=tokens(text))

    lead = "استعادت قوات الجيش مديرية الوادي الأخضر كاملة بعد معارك استمرت يومين مع المتمردين وفرار العشرات منهم"
    roundup = ("وفي محافظة الجبل قالت مصادر ميدانية إن عناصر المقاومة سيطروا أمس على مديرية الوادي الأخضر عقب مواجهات"
               " أدت إلى فرار المتمردين")
    kw: dict = dict(event_type="Battles", sub_event_type="Government regains territory", date="2015-08-10",
                    country="YE", admin1="Ibb", location="al wadi al akhdar", lat=14.17, lon=44.02, precision=2)
    a = _feat("a", actor1="Pro-Hadi Forces", sig=told(lead), **kw)
    b = _feat("b", fatalities=26, sig=told(roundup), **kw)
    dec = compare(a, b)
    assert dec.merge and "one_site_day" in dec.rule and dec.score - WEIGHTS["one_site_day"] < 0
    kabul: dict = {**kw, "country": "AF", "admin1": "Kabul", "location": "Kabul", "lat": 34.53, "lon": 69.17,
                   "precision": 1, "sub_event_type": "Suicide bomb", "event_type": "Explosions/Remote violence"}
    assert city(_feat("k", **kabul))
    assert "one_site_day" not in compare(_feat("a", sig=a.sig, **kabul), _feat("b", sig=b.sig, **kabul),
                                         threshold=-99).rule
    for other in (
        _feat("b", actor1="Houthis", sig=b.sig, **kw),  # two specific actors
        _feat("b", sig=b.sig, **{**kw, "precision": 3, "location": "Ibb", "lat": None, "lon": None}),  # a province
        _feat("b", sig=b.sig, **{**kw, "sub_event_type": "Armed clash"}),
        _feat("b", sig=told(roundup, day="2015-08-11"), **{**kw, "date": "2015-08-11"}),
    ):
        assert "one_site_day" not in compare(a, other, threshold=-99).rule and not compare(a, other).merge
    far = _feat("a", fatalities=3, actor1=None, sig=a.sig, **kw)
    assert "one_site_day" not in compare(far, b, threshold=-99).rule and not compare(far, b).merge


def test_a_toll_that_rose_in_the_next_days_report_is_an_update() -> None:
    """One strike on one town: 16 killed the day it fell, 46 in the next morning's report.  The later report's
    higher figure is an update, no evidence against; a later report with a lower figure, or one three times and
    more above, still counts against."""
    from marsad.link import pair_evidence

    early = _feat("a", date="2015-07-31", fatalities=16)
    late = _feat("b", date="2015-08-01", fatalities=46)
    ev, _ = pair_evidence(early, late)
    assert "fat_rising" in ev and "fat_far" not in ev
    ev, _ = pair_evidence(_feat("a", date="2015-08-01", fatalities=16), _feat("b", date="2015-07-31", fatalities=46))
    assert "fat_far" in ev
    ev, _ = pair_evidence(early, _feat("b", date="2015-08-01", fatalities=60))
    assert "fat_far" in ev


def test_a_strike_and_the_other_sides_reply_are_two_events() -> None:
    """Gunmen fire on a border post and the army's tanks shell their positions the same day at the same place:
    each one's actor1 is the other's actor2, told as different acts, which counts against one happening (the
    same clash told from either side, one sub-type, does not)."""
    text = "فتح مسلحون النار على مركز حدودي فردت الدبابات بقصف مواقعهم قرب البلدة"
    sig = pack_sig(shingles(text), words=tokens(text), published="2015-07-24")
    fire = _feat("a", event_type="Battles", sub_event_type="Armed clash", actor1="Islamic State",
                 actor2="Military Forces of Turkey", fatalities=1, sig=sig)
    reply = _feat("b", event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                  actor1="Military Forces of Turkey", actor2="Islamic State", fatalities=1, sig=sig)
    dec = compare(fire, reply)
    assert "mirrored" in dec.rule
    other_side = _feat("c", event_type="Battles", sub_event_type="Armed clash", actor1="Military Forces of Turkey",
                       actor2="Islamic State", fatalities=1, sig=sig)
    assert "mirrored" not in compare(fire, other_side).rule
    assert compare(fire, reply).score < compare(fire, other_side).score
