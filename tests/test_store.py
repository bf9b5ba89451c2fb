"""The SQLite store: schema and migrations, storing pages, canonical events, queries, search.

The documents here are short sentences written for the test (not article text).
"""

from __future__ import annotations

import json
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


# ---------------------------------------------------------------- schema v2 (performance)
def _v1_database(path: Path) -> None:
    """A database made by schema version 1 (before the list indexes and light rows)."""
    from marsad.store.schema import _statements

    conn = sqlite3.connect(str(path), isolation_level=None)
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.close()


def test_version_1_database_migrates_to_2_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    # A v1 file holding canonical events (their rows as a v2 store writes them, v1's columns only).
    src = Store(tmp_path / "src.db")
    src.ingest_output(*make_page("p1", T1, "okaz", TAIZ, 5))
    src.ingest_output(*make_page("p3", T3, "okaz", MOCHA, 3, published="2015-07-22"))
    v2_rows = [dict(r) for r in src.connection.execute("SELECT * FROM canonical_events ORDER BY seq")]
    src.close()
    _v1_database(path)
    conn = sqlite3.connect(str(path))
    v1_cols = [r[1] for r in conn.execute("PRAGMA table_info(canonical_events)")]
    assert "list_record" not in v1_cols and "fatalities_n" not in v1_cols
    for row in v2_rows:
        conn.execute(f"INSERT INTO canonical_events ({', '.join(v1_cols)}) VALUES ({', '.join('?' * len(v1_cols))})",
                     [row[c] for c in v1_cols])
    conn.commit()
    conn.close()

    s = Store(path)  # migrates 1 -> 2
    c = s.connection
    assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 2
    names = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"canonical_list", "canonical_list_type", "canonical_list_country", "canonical_list_admin1",
            "canonical_list_fat"} <= names
    assert not {"canonical_date", "canonical_type", "canonical_place"} & names
    assert [tuple(r) for r in c.execute("SELECT fatalities_best, fatalities_n FROM canonical_events ORDER BY seq")] \
        == [(5, 5), (3, 3)]
    light, total = s.query_events_json()
    items = json.loads(light)
    assert total == 2 and [e["id"] for e in items] == [e["id"] for e in s.query_events()[0]]
    for e in items:
        assert "member_ids" not in e and "trigger" not in e
        assert "evidence" in e and "sources" in e and e["fatalities"]["best"] in (3, 5)
    assert s.query_events(min_fatalities=4)[1] == 1
    assert json.loads(s.query_events_json(min_fatalities=4)[0])[0]["fatalities"]["best"] == 5
    s.close()


def _plan(store: Store, **filters: object) -> str:
    where, params = store._event_where(**filters)  # noqa: SLF001 - the query the list runs
    rows = store.connection.execute(
        f"EXPLAIN QUERY PLAN SELECT c.list_record FROM canonical_events c{where}"
        " ORDER BY c.date_start DESC, c.seq LIMIT 50", params).fetchall()
    return " | ".join(r[3] for r in rows)


def test_list_filters_walk_an_index_in_date_order(store: Store) -> None:
    store.ingest_output(*make_page("p1", T1, "okaz", TAIZ, 5))
    store.ingest_output(*make_page("p3", T3, "okaz", MOCHA, 3, published="2015-07-22"))
    for filters, index in [({}, "canonical_list"), ({"country": "ye"}, "canonical_list_country"),
                           ({"admin1": "taiz"}, "canonical_list_admin1"),
                           ({"event_type": "explosions/remote violence"}, "canonical_list_type"),
                           ({"event_type": "Air/drone strike"}, "canonical_list_sub")]:
        plan = _plan(store, **filters)
        assert f"INDEX {index} " in plan + " " and "TEMP B-TREE" not in plan, (filters, plan)
    assert "TEMP B-TREE" not in _plan(store, date_from="2015-07-01", date_to="2015-07-31")


def test_list_json_pages_equal_query_events(store: Store) -> None:
    store.ingest_output(*make_page("p1", T1, "okaz", TAIZ, 5))
    store.ingest_output(*make_page("p3", T3, "okaz", MOCHA, 3, published="2015-07-22"))
    for filters in [{}, {"country": "YE"}, {"event_type": "EXPLOSIONS/REMOTE VIOLENCE"}, {"event_type": "nothing"},
                    {"min_fatalities": 4}, {"admin1": "Taiz", "offset": 1, "limit": 1}, {"offset": 5}]:
        full, total = store.query_events(**filters)
        light, total2 = store.query_events_json(**filters)
        assert total == total2 and [e["id"] for e in json.loads(light)] == [e["id"] for e in full], filters


def test_count_cache_follows_writes_from_any_connection(tmp_path: Path) -> None:
    a = Store(tmp_path / "c.db")
    b = Store(tmp_path / "c.db")
    assert a.query_events_json()[1] == 0
    b.ingest_output(*make_page("p1", T1, "okaz", TAIZ, 5))  # another connection commits
    assert a.query_events_json()[1] == 1
    a.ingest_output(*make_page("p3", T3, "okaz", MOCHA, 3, published="2015-07-22"))  # this one
    assert a.query_events_json()[1] == 2 and a.query_events(country="YE")[1] == 2
    a.close()
    b.close()


def test_a_page_failing_inside_a_batch_leaves_the_batch_complete_pages(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [make_page("p1", T1, "okaz", TAIZ, 5), make_page("p2", T2, "sabq", TAIZ, 5),
             make_page("p3", T3, "okaz", MOCHA, 3, published="2015-07-22")]
    outputs = {p.source: out for p, out in pages}
    s = Store(tmp_path / "b.db")
    real = Store._store_page

    def failing(self: Store, page: Page, output: PageOutput, h: str, run_id: int | None,
                stats: dict[str, int] | None) -> list[str]:
        ids = real(self, page, output, h, run_id, stats)  # the page's rows are written ...
        if page.source == "p3":
            raise RuntimeError("disk on fire")  # ... and then storing fails part-way
        return ids

    monkeypatch.setattr(Store, "_store_page", failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        s.ingest_pages([p for p, _ in pages], processor=lambda page: outputs[page.source], batch_pages=10)
    c = s.connection
    assert not c.in_transaction
    assert sorted(r[0] for r in c.execute("SELECT source FROM pages")) == ["p1", "p2"]
    assert c.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2
    assert c.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 2
    assert c.execute("SELECT COUNT(*) FROM canonical_events").fetchone()[0] == 1  # p1 and p2 merged
    monkeypatch.setattr(Store, "_store_page", real)
    again = s.ingest_pages([p for p, _ in pages], processor=lambda page: outputs[page.source])
    assert again.stored == 1 and again.skipped == 2
    assert c.execute("SELECT COUNT(*) FROM pages").fetchone()[0] == 3
    s.close()


def test_a_documents_two_happenings_do_not_both_join_one_canonical_event(store: Store) -> None:
    """A later article tells a new strike (dated 23 July) and recalls the 21 July strike in the words
    of the first report.  Both of its events match the first report's canonical event; the recalled
    one matches it best and joins it, and the new strike (two days apart, a distinct happening of the
    same document) founds its own (``marsad.link.document_exclusions``)."""
    store.ingest_output(*make_page("p1", T1, "okaz", TAIZ, 5))
    first = T1.split(". ")[0] + "."
    text = "غارة جوية جديدة على سوق شعبي في مدينة تعز. " + first
    new_part, old_part = text.split(". ", 1)[0] + ".", first

    def ev(eid: str, part: str, day: str, dead: int | None) -> Event:
        return Event(id=eid, acled=AcledType(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike"),
                     date=EventDate(start=day, precision=1),
                     location=Location(text="تعز", name="Taiz", country="YE", admin1="Taiz", lat=13.58, lon=44.02,
                                       precision=1, span=_span(text, "تعز")),
                     actor1=Actor(text="التحالف", name="Saudi-led Coalition", type=8),
                     fatalities=Toll(best=dead, low=dead, high=dead) if dead is not None else None,
                     evidence=[_span(text, part)])

    doc = Document(id="a", title="غارة جوية جديدة على سوق في تعز", text=text,
                   events=[ev("e1", new_part, "2015-07-23", None), ev("e2", old_part, "2015-07-21", 5)])
    page = Page(source="p2", text=text, title=doc.title, outlet="alriyadh", published="2015-07-23")
    store.ingest_output(page, PageOutput(source="p2", documents=[doc]))
    rows = store.connection.execute("SELECT id, canonical_id FROM events ORDER BY seq").fetchall()
    canon = {r[0].rsplit(":", 1)[-1] + ("@p1" if i == 0 else ""): r[1] for i, r in enumerate(rows)}
    assert canon["e2"] == canon["e1@p1"]
    assert canon["e1"] != canon["e1@p1"]


def test_a_vague_restatement_joins_its_siblings_canonical_event(store: Store) -> None:
    """An article tells the Taiz strike with its day and place, and again in general words that the
    pipeline dates by the publication day and places at the country level.  The specific event joins
    the first report's canonical event; the vague one, matching nothing on its own, joins it too
    (``marsad.link.restates``).  With its own date and a named place it would stay apart."""
    store.ingest_output(*make_page("p1", T1, "okaz", TAIZ, 5))
    general = "وتواصل الطائرات الحربية تحليقها فوق مناطق متفرقة من البلاد منذ أسابيع."
    first_t2 = T2.split(". ")[0] + "."
    text = first_t2 + " " + general

    def ev(eid: str, part: str, own: bool, where: Location) -> Event:
        return Event(id=eid, acled=AcledType(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike"),
                     date=EventDate(start="2015-07-21", precision=1) if own else EventDate(),
                     location=where, fatalities=Toll(best=5, low=5, high=5) if own else None,
                     evidence=[_span(text, part)])

    yemen = Location(text="اليمن", name="Yemen", country="YE", precision=3)
    taiz = Location(text="تعز", name="Taiz", country="YE", admin1="Taiz", lat=13.58, lon=44.02, precision=1,
                    span=_span(text, "تعز"))
    doc = Document(id="a", title="غارة على سوق في تعز", text=text,
                   events=[ev("e2", first_t2, True, taiz), ev("e1", general, False, yemen)])
    page = Page(source="p2", text=text, title=doc.title, outlet="alriyadh", published="2015-07-21")
    store.ingest_output(page, PageOutput(source="p2", documents=[doc]))
    rows = store.connection.execute("SELECT id, canonical_id, merge_rule FROM events ORDER BY seq").fetchall()
    assert rows[1][1] == rows[2][1] == rows[0][1]
    assert rows[2][2].startswith("restates ") and not rows[1][2].startswith("restates ")
    assert store.connection.execute("SELECT COUNT(*) FROM canonical_events").fetchone()[0] == 1
    # the same general sentence with its own date is a happening of its own
    from marsad.link import event_features, restates
    doc2 = doc.model_copy(update={"id": "b"})
    own = event_features(ev("e3", general, True, yemen), doc2)
    assert not restates(own, event_features(doc.events[0], doc2))
    assert restates(event_features(doc.events[1], doc2), event_features(doc.events[0], doc2))
    # a vague event placed in another province is another happening, not a restatement
    lahij = Location(text="لحج", name="Lahij", country="YE", admin1="Lahij", precision=3)
    assert not restates(event_features(ev("e4", general, False, lahij), doc2), event_features(doc.events[0], doc2))
