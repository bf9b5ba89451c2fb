"""Analyst review: confirm or reject an event, or correct one of its fields.

Reviews live in a ``reviews`` table inside the store's own SQLite database
(created here, idempotently). Every row says who did what and when; nothing is
overwritten, so the latest row per (event, field) is the analyst's current view
and the older rows are its history.

:func:`export_gold` turns the reviewed events into gold files in the contract's
format (``../shared/contract/README.md``, "Gold files and scoring") so that
``marsad eval`` measures the extractor against the team's corrections:

- a confirmed or corrected event becomes a GOLD_EVENT holding the fields the
  extractor produced, with the analyst's corrections applied;
- a rejected event is left out (an extractor that outputs it again is wrong);
- events and quotes nobody reviewed are kept with ``"optional": true`` (they
  count for neither side).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

_DDL = """
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    action TEXT NOT NULL,          -- confirm | reject | correct
    field TEXT,                    -- dotted path of the corrected field (correct only)
    value TEXT,                    -- the corrected value as JSON (correct only)
    reviewer TEXT NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reviews_event ON reviews(event_id, id);
"""

ACTIONS = ("confirm", "reject", "correct")


class ReviewError(ValueError):
    """A review that cannot be stored; the message says why."""


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, Any]:
    """The contract's taxonomies (a copy of ``contract/taxonomy.json`` shipped with the dashboard)."""
    path = Path(__file__).parent / "static" / "taxonomy.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _all_sub_types() -> set[str]:
    return {s for subs in taxonomy()["acled"].values() for s in subs}


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ReviewError("expected a non-empty string")
    if len(value) > 500:
        raise ReviewError("string longer than 500 characters")
    return value.strip()


def _count(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ReviewError("expected a whole number >= 0 or null")
    return value


def _iso_date(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ReviewError("expected a date YYYY-MM-DD or null")
    try:
        datetime.strptime(value, "%Y-%m-%d")
    except ValueError as exc:
        raise ReviewError(f"not a calendar date: {value}") from exc
    return value


def _event_type(value: Any) -> str:
    value = _text(value)
    if value not in taxonomy()["acled"]:
        raise ReviewError(f"unknown ACLED event type {value!r}; one of {sorted(taxonomy()['acled'])}")
    return value


def _sub_event_type(value: Any) -> str:
    value = _text(value)
    if value not in _all_sub_types():
        raise ReviewError(f"unknown ACLED sub-event type {value!r}")
    return value


def _plover(value: Any) -> str:
    value = _text(value)
    if value not in taxonomy()["plover"]:
        raise ReviewError(f"unknown PLOVER type {value!r}")
    return value


def _country(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{2}", value):
        raise ReviewError("expected an ISO 3166-1 alpha-2 code such as SY, or null")
    return value


def _coord(lo: float, hi: float) -> Callable[[Any], float | None]:
    def check(value: Any) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not lo <= value <= hi:
            raise ReviewError(f"expected a number between {lo} and {hi}")
        return float(value)

    return check


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def _sources(value: Any) -> list[str]:
    if not isinstance(value, list) or not value:
        raise ReviewError("expected a non-empty list of source names")
    return [_text(v) for v in value]


def _actor_type(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 8:
        raise ReviewError("expected an ACLED actor type 1-8 or null")
    return value


# The fields an analyst may correct: dotted path -> validator of the new value.
FIELDS: dict[str, Callable[[Any], Any]] = {
    "acled.event_type": _event_type,
    "acled.sub_event_type": _sub_event_type,
    "plover.event_type": _plover,
    "date.start": _iso_date,
    "date.end": _iso_date,
    "location.name": _optional_text,
    "location.country": _country,
    "location.admin1": _optional_text,
    "location.admin2": _optional_text,
    "location.lat": _coord(-90, 90),
    "location.lon": _coord(-180, 180),
    "actor1.name": _optional_text,
    "actor1.type": _actor_type,
    "actor2.name": _optional_text,
    "actor2.type": _actor_type,
    "fatalities.best": _count,
    "fatalities.civilians": _count,
    "fatalities.children": _count,
    "injured.best": _count,
    "sources": _sources,
}


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the reviews table if it is not there (safe to call on every start)."""
    conn.executescript(_DDL)
    conn.commit()


def validate(action: str, field: str | None, value: Any) -> tuple[str | None, Any]:
    """Check one review; returns the (field, value) to store or raises ReviewError."""
    if action not in ACTIONS:
        raise ReviewError(f"action must be one of {', '.join(ACTIONS)}")
    if action != "correct":
        if field is not None:
            raise ReviewError(f"{action} takes no field")
        return None, None
    if field not in FIELDS:
        raise ReviewError(f"field must be one of {', '.join(FIELDS)}")
    try:
        return field, FIELDS[field](value)
    except ReviewError as exc:
        raise ReviewError(f"{field}: {exc}") from None


def add_review(
    conn: sqlite3.Connection,
    event_id: str,
    *,
    action: str,
    reviewer: str,
    field: str | None = None,
    value: Any = None,
    note: str | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Store one review of a canonical event and return it as stored."""
    field, value = validate(action, field, value)
    reviewer = reviewer.strip()
    if not reviewer:
        raise ReviewError("reviewer: a name is required")
    created = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    cur = conn.execute(
        "INSERT INTO reviews (event_id, action, field, value, reviewer, note, created_at) VALUES (?,?,?,?,?,?,?)",
        (event_id, action, field, None if field is None else json.dumps(value, ensure_ascii=False), reviewer,
         note, created),
    )
    conn.commit()
    return {"id": cur.lastrowid, "event_id": event_id, "action": action, "field": field, "value": value,
            "reviewer": reviewer, "note": note, "created_at": created}


def _row(row: tuple) -> dict[str, Any]:
    rid, event_id, action, field, value, reviewer, note, created = row
    return {"id": rid, "event_id": event_id, "action": action, "field": field,
            "value": None if value is None else json.loads(value), "reviewer": reviewer, "note": note,
            "created_at": created}


def list_reviews(conn: sqlite3.Connection, event_id: str | None = None) -> list[dict[str, Any]]:
    """All reviews (of one event, or of all), oldest first."""
    sql = "SELECT id, event_id, action, field, value, reviewer, note, created_at FROM reviews"
    rows = (conn.execute(sql + " WHERE event_id = ? ORDER BY id", (event_id,)) if event_id
            else conn.execute(sql + " ORDER BY id"))
    return [_row(r) for r in rows]


def review_state(reviews: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The current view of one event: status (confirmed/rejected/corrected/None) and corrections."""
    status: str | None = None
    corrections: dict[str, Any] = {}
    for r in reviews:
        if r["action"] == "confirm":
            status = "confirmed"
        elif r["action"] == "reject":
            status = "rejected"
        else:
            corrections[r["field"]] = r["value"]
            if status != "rejected":
                status = status or "corrected"
    return {"status": status, "corrections": corrections}


def apply_corrections(event: dict[str, Any], corrections: dict[str, Any]) -> dict[str, Any]:
    """A copy of a contract-shaped event with the corrected fields set."""
    out = json.loads(json.dumps(event))
    for path, value in corrections.items():
        if path == "sources":
            out["sources"] = [{"text": v, "name": v} for v in value]
            continue
        head, leaf = path.split(".", 1)
        if out.get(head) is None:
            out[head] = {}
        out[head][leaf] = value
    return out


_GOLD_FIELDS = {
    "acled": ("event_type", "sub_event_type"),
    "plover": ("event_type",),
    "date": ("start", "text"),
    "location": ("name", "country", "admin1", "lat", "lon", "geonames_id"),
    "actor1": ("name",),
    "actor2": ("name",),
    "fatalities": ("best", "civilians", "children", "approximate"),
    "injured": ("best",),
}


def gold_event(event: dict[str, Any]) -> dict[str, Any]:
    """The fields of an event that a gold file asserts (the ones the scorer reads)."""
    out: dict[str, Any] = {}
    for key, leaves in _GOLD_FIELDS.items():
        obj = event.get(key)
        if not isinstance(obj, dict):
            continue
        kept = {leaf: obj[leaf] for leaf in leaves if obj.get(leaf) is not None}
        if kept:
            out[key] = kept
    names = [s.get("name") for s in event.get("sources") or [] if s.get("name")]
    if names:
        out["sources"] = [{"name": names}]
    return out


def _event_key(ev: dict[str, Any]) -> str:
    return str(ev.get("id"))


def export_gold(
    get_event: Callable[[str], dict | None],
    get_document: Callable[[str], dict | None],
    conn: sqlite3.Connection,
    out_dir: str | Path | None = None,
) -> list[dict[str, Any]]:
    """Gold files from the reviews: one per reviewed document.

    ``get_event``/``get_document`` are the store's lookups. Each gold file is
    ``{source, published, documents: [...]}``; when ``out_dir`` is given, each is
    written as ``<n>.gold.json`` beside ``<n>.txt`` (the document's title, a blank
    line and its text: the page that ``marsad eval`` runs the extractor on, named
    by ``source``). Returns the gold objects.
    """
    by_event: dict[str, list[dict[str, Any]]] = {}
    for r in list_reviews(conn):
        by_event.setdefault(r["event_id"], []).append(r)
    # canonical event -> state, then the documents that told it
    verdicts: dict[str, dict[str, Any]] = {}
    doc_ids: list[str] = []
    for event_id, rows in by_event.items():
        state = review_state(rows)
        event = get_event(event_id)
        if event is None or state["status"] is None:
            continue
        verdicts[event_id] = state
        for member in event.get("members") or []:
            doc_id = member.get("document_id")
            if doc_id and doc_id not in doc_ids:
                doc_ids.append(doc_id)
        for doc_id in event.get("document_ids") or []:
            if doc_id not in doc_ids:
                doc_ids.append(doc_id)
    golds: list[dict[str, Any]] = []
    out_path = Path(out_dir) if out_dir is not None else None
    if out_path is not None:
        out_path.mkdir(parents=True, exist_ok=True)
    for n, doc_id in enumerate(doc_ids, 1):
        doc = get_document(doc_id)
        if doc is None:
            continue
        events: list[dict[str, Any]] = []
        for ev in doc.get("events") or []:
            canonical = ev.get("canonical_id") or _event_key(ev)
            state = verdicts.get(canonical) or verdicts.get(_event_key(ev))
            if state is None:
                g = gold_event(ev)
                g["optional"] = True
                g["note"] = "not reviewed"
            elif state["status"] == "rejected":
                continue
            else:
                g = gold_event(apply_corrections(ev, state["corrections"]))
                g["note"] = f"reviewed: {state['status']}"
            events.append(g)
        quotes = []
        for q in doc.get("quotes") or []:
            speaker = q.get("speaker") or {}
            gq: dict[str, Any] = {"quote": q.get("quote"), "direct": q.get("direct"), "optional": True}
            if speaker.get("name"):
                gq["speaker"] = {"name": speaker["name"]}
            quotes.append(gq)
        stem = f"review-{n:04d}"
        gold = {
            "source": f"{stem}.txt",
            "published": doc.get("published"),
            "note": f"Exported from analyst reviews of document {doc_id}.",
            "documents": [{
                "role": doc.get("role") or "article",
                "title": doc.get("title"),
                "section": doc.get("section"),
                "byline": doc.get("byline"),
                "events": events,
                "quotes": quotes,
            }],
        }
        golds.append(gold)
        if out_path is not None:
            page = (doc.get("title") or "").strip()
            body = doc.get("text") or ""
            (out_path / f"{stem}.txt").write_text(f"{page}\n\n{body}\n" if page else f"{body}\n", encoding="utf-8")
            (out_path / f"{stem}.gold.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return golds
