"""Output formats of `marsad extract`: JSON, JSONL, ACLED-style CSV rows and GeoJSON features."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from marsad.outlets import outlet_name
from marsad.records import Document, Event, PageOutput

#: The columns of `marsad extract --format csv` (the contract's list, in ACLED's names).
EXTRACT_CSV_COLUMNS = (
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "admin2", "location",
    "latitude", "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities",
)


def event_notes(doc: Document, ev: Event, limit: int = 400) -> str:
    """The evidence sentences of an event, as ACLED's free-text notes."""
    parts = [doc.text[s.start : s.end].strip() for s in ev.evidence]
    return " … ".join(p for p in parts if p)[:limit]


def event_row(doc: Document, ev: Event) -> dict[str, Any]:
    loc = ev.location
    etype = ev.acled.event_type if ev.acled else (f"PLOVER:{ev.plover.event_type}" if ev.plover else "")
    sub = ev.acled.sub_event_type if ev.acled else (ev.plover.mode if ev.plover else None)
    return {
        "event_date": ev.date.start or "",
        "event_type": etype,
        "sub_event_type": sub or "",
        "actor1": ev.actor1.name if ev.actor1 else "",
        "actor2": ev.actor2.name if ev.actor2 else "",
        "admin1": loc.admin1 if loc and loc.admin1 else "",
        "admin2": loc.admin2 if loc and loc.admin2 else "",
        "location": loc.name if loc else "",
        "latitude": loc.lat if loc and loc.lat is not None else "",
        "longitude": loc.lon if loc and loc.lon is not None else "",
        "geo_precision": loc.precision if loc else "",
        "time_precision": ev.date.precision or "",
        "source": "; ".join(dict.fromkeys([s.name for s in ev.sources] + ([outlet_name(doc.outlet) or ""] if doc.outlet else []))),
        "notes": event_notes(doc, ev),
        "fatalities": ev.fatalities.best if ev.fatalities and ev.fatalities.best is not None else 0,
    }


def csv_text(pages: Iterable[PageOutput], header: bool = True) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(EXTRACT_CSV_COLUMNS), lineterminator="\n")
    if header:
        w.writeheader()
    for page in pages:
        for doc in page.documents:
            for ev in doc.events:
                w.writerow(event_row(doc, ev))
    return buf.getvalue()


def geojson(pages: Iterable[PageOutput]) -> dict[str, Any]:
    feats = []
    for page in pages:
        for doc in page.documents:
            for ev in doc.events:
                loc = ev.location
                if not loc or loc.lat is None or loc.lon is None:
                    continue
                props = event_row(doc, ev)
                props.update({"event_id": ev.id, "document_id": doc.id, "page": page.source})
                feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
                              "properties": props})
    return {"type": "FeatureCollection", "features": feats}
