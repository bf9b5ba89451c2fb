"""Incremental cross-article de-duplication inside the store.

Each new event is compared (``marsad.link.compare``) with the members of the
canonical events in its block (same event type, dates within the window); it
joins the best-scoring one that merges, or founds a new canonical event.  The
canonical record is then rebuilt from all its members: first non-null field
in ingestion order, the fatality range over members, every source, the
evidence of each member, and the rules that merged them.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date, timedelta

from marsad.link import (
    DATE_WINDOW_DAYS,
    EventFeatures,
    MatchDecision,
    bridged,
    document_exclusions,
    family_types,
    fatality_range,
    matching_clusters,
    may_link_across_countries,
    restates,
)
from marsad.records import Event, Toll


def canonical_id_for(member_id: str) -> str:
    return "ev-" + hashlib.sha1(member_id.encode("utf-8")).hexdigest()[:16]


def _window(d: str | None) -> tuple[str, str] | None:
    if not d:
        return None
    try:
        day = date.fromisoformat(d[:10])
    except ValueError:
        return None
    w = timedelta(days=DATE_WINDOW_DAYS)
    return (day - w).isoformat(), (day + w).isoformat()


_CANDIDATE_COLUMNS = (
    "id, seq, canonical_id, document_id, event_type, sub_event_type, date_start, country, admin1, location, lat, lon,"
    " actor1, actor2, fatalities_best, shingles, json_extract(record, '$.location.precision') AS precision"
)


def _features_from_row(row: sqlite3.Row) -> EventFeatures:
    return EventFeatures(
        key=row["id"],
        event_type=row["event_type"],
        sub_event_type=row["sub_event_type"],
        date=row["date_start"],
        country=row["country"],
        admin1=row["admin1"],
        location=row["location"],
        lat=row["lat"],
        lon=row["lon"],
        precision=row["precision"],
        actor1=row["actor1"],
        actor2=row["actor2"],
        fatalities=row["fatalities_best"],
        document=row["document_id"],
        sig=row["shingles"],
    )


def candidate_rows(conn: sqlite3.Connection, f: EventFeatures, near: frozenset[str] = frozenset()
                   ) -> list[sqlite3.Row]:
    """Stored events in ``f``'s block, in ingestion order: the same event-type family and dates
    within the window (``marsad.link.same_block``), read through indexes so the cost follows the
    block's size, not the store's.

    Admin1 conflicts are not filtered: outlets' place resolution disagrees, so
    ``marsad.link.compare`` weighs them.  Events of another country are candidates only when
    ``marsad.link.may_link_across_countries`` allows it (one report names the other's place:
    a namesake resolved abroad; or each names the other's country: a cross-border happening
    placed on either side), or when their document is a near-verbatim copy of ``f``'s (``near``: the
    ids of the stored documents whose MinHash similarity to ``f``'s document reaches
    ``marsad.link.NEAR_DUPLICATE``, found by the store's related-document links: one wire story that
    two outlets' place readings put on the two sides of a border; ``compare`` still vetoes two named
    places that neither report explains).  They are read in two steps (sig first, full row for those
    kept), since most are ruled out."""
    types = family_types(f.event_type)
    if not types:
        return []
    win = _window(f.date)
    date_sql = "date_start IS NULL" if win is None else "date_start BETWEEN ? AND ?"
    date_params: list[str] = [] if win is None else [win[0], win[1]]
    marks = ",".join("?" * len(types))
    if not f.country:
        sql = f"SELECT {_CANDIDATE_COLUMNS} FROM events WHERE event_type IN ({marks}) AND {date_sql} ORDER BY seq"
        return conn.execute(sql, [*types, *date_params]).fetchall()
    sql = (f"SELECT {_CANDIDATE_COLUMNS} FROM events WHERE event_type IN ({marks}) AND country IN (?, '')"
           f" AND {date_sql} UNION ALL SELECT {_CANDIDATE_COLUMNS} FROM events WHERE event_type IN ({marks})"
           f" AND country IS NULL AND {date_sql} ORDER BY seq")
    rows = conn.execute(sql, [*types, f.country, *date_params, *types, *date_params]).fetchall()
    abroad = conn.execute(
        f"SELECT seq, shingles, country, document_id FROM events INDEXED BY events_block WHERE event_type IN"
        f" ({marks}) AND {date_sql} AND country IS NOT NULL AND country NOT IN (?, '')",
        [*types, *date_params, f.country]).fetchall()
    keep = [seq for seq, sig, country, doc in abroad
            if doc in near or may_link_across_countries(f.sig, sig, f.country, country)]
    if keep:
        more = conn.execute(f"SELECT {_CANDIDATE_COLUMNS} FROM events WHERE seq IN ({','.join('?' * len(keep))})",
                            keep).fetchall()
        rows = sorted([*rows, *more], key=lambda r: r["seq"])
    return rows


Matched = tuple[list[sqlite3.Row], list[tuple[str, EventFeatures]], list[tuple[str, MatchDecision]]]


def _match(conn: sqlite3.Connection, f: EventFeatures, near: frozenset[str] = frozenset()) -> Matched:
    rows = candidate_rows(conn, f, near)
    feats = [(r["canonical_id"], _features_from_row(r)) for r in rows]
    return rows, feats, matching_clusters(f, feats) if rows else []


def document_matches(conn: sqlite3.Connection, feats: list[EventFeatures], near: frozenset[str] = frozenset()
                     ) -> tuple[list[set[str]], list[Matched | None]]:
    """For one document's events (before any is stored): the canonical events each may not join
    (``marsad.link.document_exclusions``: a cluster goes to the sibling that matches it best when
    the two siblings are distinct happenings), and each event's candidates and matches, which
    ``find_canonical`` reuses while no sibling has bridged clusters.  A single event has no
    exclusions (and is matched by ``find_canonical`` itself).  ``near``: see ``candidate_rows``."""
    if len(feats) < 2:
        return [set() for _ in feats], [None for _ in feats]
    pre = [_match(conn, f, near) for f in feats]
    out: list[Matched | None] = list(pre)
    return document_exclusions([m[2] for m in pre], feats), out


def find_canonical(conn: sqlite3.Connection, f: EventFeatures, exclude: set[str] | None = None,
                   pre: Matched | None = None, bridged_out: list[str] | None = None,
                   near: frozenset[str] = frozenset()) -> tuple[str, float, str] | None:
    """(canonical id, score, rule) of the best merging canonical event for ``f``, or None.

    Canonical events in ``exclude`` (taken by a distinct sibling of ``f``'s document, see
    ``document_matches``) are not joined.  ``pre`` is ``f``'s candidates and matches when already
    computed; the ids of the canonical events folded into the chosen one are appended to
    ``bridged_out``; ``near``: see ``candidate_rows``.

    Sibling canonical events that ``f`` bridges (``marsad.link.bridged``: two clusters founded by
    one document's two events of the same happening, both matched by ``f``) are folded into the
    best one here: their members are re-pointed, the bridged founder's ``merge_rule`` says why,
    and the caller's ``rebuild_canonical`` of the best one rebuilds the merged record."""
    rows, feats, found = pre if pre is not None else _match(conn, f, near)
    if not rows:
        return None
    if exclude:
        found = [(cid, dec) for cid, dec in found if cid not in exclude]
    if not found:
        return None
    best, dec = found[0]
    docs: dict[str, set[str]] = {}
    members: dict[str, list[EventFeatures]] = {}
    for (cid, m), r in zip(feats, rows, strict=True):
        docs.setdefault(cid, set()).add(r["document_id"])
        members.setdefault(cid, []).append(m)
    for other in bridged(found, docs, members, f):
        conn.execute("UPDATE events SET merge_rule = ? WHERE canonical_id = ? AND merge_rule IS NULL",
                     (f"bridged by {f.key}: " + next(d.rule for c, d in found if c == other), other))
        conn.execute("UPDATE events SET canonical_id = ? WHERE canonical_id = ?", (best, other))
        conn.execute("DELETE FROM canonical_events WHERE id = ?", (other,))
        if bridged_out is not None:
            bridged_out.append(other)
    return best, dec.score, dec.rule


def fold_restatements(conn: sqlite3.Connection, feats: list[EventFeatures], founded: list[int]) -> list[str]:
    """After one document's events are stored: an event that matched no cluster (it founded its own
    canonical event, ``founded`` are their indexes) and restates a sibling that joined a cluster of
    other documents (``marsad.link.restates``) joins that cluster too; its own canonical event
    goes.  Returns the ids of the folded events."""
    if not founded or len(feats) < 2:
        return []
    cid_of = {r["id"]: r["canonical_id"] for r in conn.execute(
        f"SELECT id, canonical_id FROM events WHERE id IN ({','.join('?' * len(feats))})",
        [f.key for f in feats]).fetchall()}
    folded: list[str] = []
    for k in founded:
        a = feats[k]
        own = cid_of.get(a.key)
        for j, b in enumerate(feats):
            target = cid_of.get(b.key)
            if j in founded or target is None or target == own or not restates(a, b):
                continue
            if conn.execute("SELECT COUNT(*) FROM events WHERE canonical_id = ?", (own,)).fetchone()[0] != 1:
                break  # another event joined it meanwhile: it is a cluster of its own
            rule = (f"restates {b.key}: same document, type {a.event_type}/{a.sub_event_type},"
                    " no own date or named place")
            conn.execute("UPDATE events SET canonical_id = ?, merge_rule = ?, merge_score = NULL WHERE id = ?",
                         (target, rule, a.key))
            conn.execute("DELETE FROM canonical_events WHERE id = ?", (own,))
            rebuild_canonical(conn, target)
            cid_of[a.key] = target
            folded.append(a.key)
            break
    return folded


def rebuild_canonical(conn: sqlite3.Connection, cid: str) -> None:
    """Recompute the canonical event ``cid`` from its members."""
    rows = conn.execute(
        "SELECT e.id, e.record, e.merge_rule, e.seq, e.document_id, d.outlet, d.title, d.url,"
        " d.published FROM events e JOIN documents d ON d.id = e.document_id"
        " WHERE e.canonical_id = ? ORDER BY e.seq",
        (cid,),
    ).fetchall()
    if not rows:
        conn.execute("DELETE FROM canonical_events WHERE id = ?", (cid,))
        return
    events = [Event.model_validate_json(r["record"]) for r in rows]
    first = events[0]
    merged: dict = first.model_dump(mode="json", exclude_none=False)
    merged["id"] = cid
    for fld in ("acled", "plover", "actor1", "actor2", "location", "trigger"):
        if merged.get(fld) is None:
            for ev in events[1:]:
                val = getattr(ev, fld)
                if val is not None:
                    merged[fld] = val.model_dump(mode="json") if hasattr(val, "model_dump") else val
                    break
    if not (merged.get("date") or {}).get("start"):
        for ev in events[1:]:
            if ev.date and ev.date.start:
                merged["date"] = ev.date.model_dump(mode="json")
                break
    fat = fatality_range(ev.fatalities for ev in events)
    merged["fatalities"] = _toll_dict(fat, events, "fatalities")
    inj = fatality_range(ev.injured for ev in events)
    merged["injured"] = _toll_dict(inj, events, "injured")
    sources: list[dict] = []
    seen_src: set[str] = set()
    for r, ev in zip(rows, events, strict=True):
        for s in ev.sources:
            if s.name not in seen_src:
                seen_src.add(s.name)
                d = s.model_dump(mode="json")
                d["document_id"] = r["document_id"]
                sources.append(d)
    merged["sources"] = sources
    merged["confidence"] = max(ev.confidence for ev in events)
    doc_ids: list[str] = []
    outlets: list[str] = []
    for r in rows:
        if r["document_id"] not in doc_ids:
            doc_ids.append(r["document_id"])
        if r["outlet"] and r["outlet"] not in outlets:
            outlets.append(r["outlet"])
    rules = [r["merge_rule"] for r in rows[1:] if r["merge_rule"]]
    merged["merge_rule"] = "; ".join(rules) if rules else None
    merged["member_ids"] = [r["id"] for r in rows]
    merged["evidence_document_id"] = rows[0]["document_id"]
    merged["n_members"] = len(rows)
    merged["n_sources"] = len(doc_ids)
    merged["outlets"] = outlets
    merged["document_ids"] = doc_ids
    loc = merged.get("location") or {}
    actor1 = (merged.get("actor1") or {}).get("name")
    actor2 = (merged.get("actor2") or {}).get("name")
    acled = merged.get("acled") or {}
    plover = merged.get("plover") or {}
    date_ = merged.get("date") or {}
    date_start = date_.get("start") or rows[0]["published"]
    fat_d = merged.get("fatalities") or {}
    conn.execute(
        "INSERT OR REPLACE INTO canonical_events (id, seq, event_type, sub_event_type, plover_type,"
        " date_start, date_end, country, admin1, admin2, location, lat, lon, actor1, actor2,"
        " fatalities_low, fatalities_best, fatalities_high, n_members, n_documents, n_sources, rule, record,"
        " fatalities_n, list_record)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            cid, rows[0]["seq"], acled.get("event_type"), acled.get("sub_event_type"),
            plover.get("event_type"), date_start, date_.get("end") or date_start,
            loc.get("country"), loc.get("admin1"), loc.get("admin2"), loc.get("name"),
            loc.get("lat"), loc.get("lon"), actor1, actor2,
            fat_d.get("low"), fat_d.get("best"), fat_d.get("high"),
            len(rows), len(doc_ids), len(doc_ids), merged["merge_rule"],
            json.dumps(merged, ensure_ascii=False),
            fat_d.get("best") or 0, json.dumps(list_record(merged), ensure_ascii=False),
        ),
    )


LIST_DROPPED = ("member_ids", "trigger", "evidence_document_id")


def list_record(merged: dict) -> dict:
    """The light row ``GET /events`` lists: the canonical record without member ids, trigger and
    the toll texts (the list shows fields; the evidence is read on the event's own page)."""
    light = {k: v for k, v in merged.items() if k not in LIST_DROPPED}
    for toll in ("fatalities", "injured"):
        if isinstance(light.get(toll), dict):
            light[toll] = {k: v for k, v in light[toll].items() if k != "text"}
    return light


def _toll_dict(t: Toll | None, events: list[Event], attr: str) -> dict | None:
    if t is None:
        return None
    d = t.model_dump(mode="json")
    texts = [getattr(ev, attr).text for ev in events if getattr(ev, attr) is not None and getattr(ev, attr).text]
    if texts:
        d["text"] = texts[0]
    d["reported"] = [getattr(ev, attr).best for ev in events if getattr(ev, attr) is not None]
    return d
