"""The SQLite store: schema and migrations, storing pages, canonical events, queries, search.

The documents here are short sentences written for the test (not article text).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from marsad.records import (
    AcledType,
    Actor,
    Document,
    Event,
    EventDate,
    Location,
    PageOutput,
    Quote,
    Source,
    Span,
    Speaker,
    Toll,
)
from marsad.store import SCHEMA_VERSION, Store
from marsad.store.schema import MIGRATIONS


@dataclass
class Page:
    source: str
    text: str
    title: str | None = None
    published: str | None = "2015-07-21"
    url: str | None = None
    outlet: str | None = None
    kind: str = "jsonl"
    line: int | None = None


def _span(text: str, part: str) -> Span:
    i = text.index(part)
    return Span(start=i, end=i + len(part))


def make_page(source: str, text: str, outlet: str, place: tuple[str, str, str, float, float], dead: int | None,
              sub: str = "Air/drone strike", published: str = "2015-07-21", actor: str | None = "Saudi-led Coalition"
              ) -> tuple[Page, PageOutput]:
    word, name, admin1, lat, lon = place
    ev = Event(
        id="e1",
        acled=AcledType(event_type="Explosions/Remote violence", sub_event_type=sub),
        date=EventDate(start=published, precision=1),
        location=Location(text=word, name=name, country="YE", admin1=admin1, lat=lat, lon=lon, precision=1,
                          span=_span(text, word)),
        actor1=Actor(text="التحالف", name=actor, type=8) if actor else None,
        fatalities=Toll(best=dead, low=dead, high=dead) if dead is not None else None,
        sources=[Source(text="مصادر محلية", name="local sources", span=_span(text, "مصادر محلية"))],
        evidence=[Span(start=0, end=text.index(".") + 1)],
    )
    quote = Quote(speaker=Speaker(text="مصادر محلية", name="local sources"), quote="قتل", direct=False,
                  evidence=[_span(text, "مصادر محلية")])
    doc = Document(id="a", title="غارة على " + word, text=text, events=[ev], quotes=[quote])
    page = Page(source=source, text=text, title=doc.title, outlet=outlet, url=f"http://example.org/{source}",
                published=published)
    return page, PageOutput(source=source, documents=[doc])


TAIZ = ("تعز", "Taiz", "Taiz", 13.58, 44.02)
MOCHA = ("المخا", "Mocha", "Taiz", 13.32, 43.25)

T1 = ("قتل خمسة مدنيين في غارة جوية استهدفت سوقا شعبيا في مدينة تعز صباح اليوم. "
      "وقالت مصادر محلية إن الغارة دمرت عددا من المحلات التجارية.")
T2 = ("لقي خمسة مدنيين مصرعهم في غارة جوية على سوق شعبي بمدينة تعز صباح الثلاثاء. "
      "وأفادت مصادر محلية بأن الغارة ألحقت أضرارا بالمحلات التجارية في السوق.")
T3 = ("قتل ثلاثة صيادين في غارة جوية على قارب قبالة ميناء المخا. "
      "وذكرت مصادر محلية أن القارب كان راسيا قرب الساحل والمدنيون بالباغوز يتابعون.")


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "t.db")
    yield s
    s.close()


def test_new_database_is_wal_and_at_the_latest_schema(tmp_path: Path) -> None:
    s = Store(tmp_path / "x.db")
    assert s.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
    s.close()
    # reopening runs no migration and keeps the data
    s = Store(tmp_path / "x.db")
    assert s.stats()["schema_version"] == SCHEMA_VERSION
    s.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    conn = sqlite3.connect(str(tmp_path / "n.db"))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(RuntimeError, match="E701"):
        Store(tmp_path / "n.db")


def test_same_event_from_two_outlets_is_one_canonical_event(store: Store) -> None:
    ids1 = store.ingest_output(*make_page("p1", T1, "okaz", TAIZ, 5))
    ids2 = store.ingest_output(*make_page("p2", T2, "alriyadh", TAIZ, 5))
    store.ingest_output(*make_page("p3", T3, "alwatan", MOCHA, 3))
    events, total = store.query_events()
    assert total == 2
    merged = next(e for e in events if e["n_sources"] == 2)
    assert merged["outlets"] == ["okaz", "alriyadh"]
    assert merged["document_ids"] == [ids1[0], ids2[0]]
    assert merged["fatalities"]["best"] == 5 and merged["merge_rule"]
    full = store.get_event(merged["id"])
    assert full is not None and len(full["members"]) == 2
    assert {d["outlet"] for d in full["documents"]} == {"okaz", "alriyadh"}
    for m in full["members"]:
        doc = store.get_document(m["document_id"])
        assert doc is not None
        for sp in m["evidence"]:
            assert doc["text"][sp["start"]:sp["end"]].strip()
    # a member id resolves to its canonical event
    assert store.get_event(full["members"][1]["id"])["id"] == merged["id"]
    # the two reports are related documents; the Mocha report is not
    doc1 = store.get_document(ids1[0])
    assert doc1 is not None and ids2[0] in doc1["related"]
    assert doc1["events"][0]["canonical_id"] == merged["id"]
    assert doc1["quotes"][0]["speaker"]["name"] == "local sources"


def test_fatality_range_over_members(store: Store) -> None:
    store.ingest_output(*make_page("p1", T1, "okaz", TAIZ, 5))
    store.ingest_output(*make_page("p2", T2, "alriyadh", TAIZ, 6))
    events, _ = store.query_events()
    fat = events[0]["fatalities"]
    assert (fat["low"], fat["best"], fat["high"]) == (5, 5, 6)


def test_query_filters(store: Store) -> None:
    store.ingest_output(*make_page("p1", T1, "okaz", TAIZ, 5))
    store.ingest_output(*make_page("p3", T3, "alwatan", MOCHA, 3, sub="Shelling/artillery/missile attack",
                                   published="2015-07-25", actor="Houthis"))
    assert store.query_events(min_fatalities=4)[1] == 1
    assert store.query_events(date_from="2015-07-22")[1] == 1
    assert store.query_events(date_to="2015-07-22")[1] == 1
    assert store.query_events(country="ye")[1] == 2
    assert store.query_events(admin1="Taiz")[1] == 2
    assert store.query_events(admin1="Aden")[1] == 0
    assert store.query_events(event_type="Shelling/artillery/missile attack")[1] == 1
    assert store.query_events(event_type="Explosions/Remote violence")[1] == 2
    assert store.query_events(actor="Houthi")[1] == 1
    assert store.query_events(text="المخا")[1] == 1
    page, total = store.query_events(limit=1, offset=1)
    assert total == 2 and len(page) == 1


def test_search_sees_through_clitics_and_normalisation(store: Store) -> None:
    store.ingest_output(*make_page("p1", T1, "okaz", TAIZ, 5))
    store.ingest_output(*make_page("p3", T3, "alwatan", MOCHA, 3))
    hits = store.search("الباغوز")  # the text has بالباغوز
    assert len(hits) == 1 and "[" in hits[0]["snippet"]
    assert "الباغوز" in hits[0]["snippet"].replace("[", "").replace("]", "") or "باغوز" in hits[0]["snippet"]
    assert len(store.search("والمخا")) == 1
    assert len(store.search("غارة جوية")) == 2
    assert store.search("لا شيء هنا إطلاقا") == []
    hit = store.search("مدنيين تعز")[0]
    assert set(hit) >= {"document_id", "title", "snippet", "score"}


def test_same_page_twice_is_stored_once(store: Store) -> None:
    a = store.ingest_output(*make_page("p1", T1, "okaz", TAIZ, 5))
    b = store.ingest_output(*make_page("copy-of-p1", T1, "okaz", TAIZ, 5))
    assert a == b
    st = store.stats()
    assert (st["pages"], st["documents"], st["events"], st["canonical_events"]) == (1, 1, 1, 1)


def test_stats_and_connection_for_other_tables(store: Store) -> None:
    store.ingest_output(*make_page("p1", T1, "okaz", TAIZ, 5))
    st = store.stats()
    assert st["by_event_type"] == {"Explosions/Remote violence": 1}
    store.connection.execute("CREATE TABLE IF NOT EXISTS reviews (event_id TEXT, verdict TEXT)")
    store.connection.execute("INSERT INTO reviews VALUES ('x', 'ok')")
    assert store.connection.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 1
