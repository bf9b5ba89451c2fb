"""Exports of canonical events: CSV (ACLED's columns and order), JSON, GeoJSON, Parquet."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from marsad.outlets import outlet_name

# ACLED's export columns, in ACLED's order.
ACLED_COLUMNS: list[str] = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]
FORMATS = ("csv", "json", "geojson", "parquet")

# ISO 3166-1 alpha-2 -> (numeric code as ACLED's `iso`, English short name, ACLED region).
# Reference codes (not language data) for the countries Arabic news reports most.
COUNTRIES: dict[str, tuple[int, str, str]] = {
    "SY": (760, "Syria", "Middle East"), "IQ": (368, "Iraq", "Middle East"),
    "YE": (887, "Yemen", "Middle East"), "LB": (422, "Lebanon", "Middle East"),
    "PS": (275, "Palestine", "Middle East"), "IL": (376, "Israel", "Middle East"),
    "JO": (400, "Jordan", "Middle East"), "SA": (682, "Saudi Arabia", "Middle East"),
    "KW": (414, "Kuwait", "Middle East"), "BH": (48, "Bahrain", "Middle East"),
    "QA": (634, "Qatar", "Middle East"), "AE": (784, "United Arab Emirates", "Middle East"),
    "OM": (512, "Oman", "Middle East"), "IR": (364, "Iran", "Middle East"),
    "TR": (792, "Turkey", "Middle East"), "EG": (818, "Egypt", "Northern Africa"),
    "LY": (434, "Libya", "Northern Africa"), "TN": (788, "Tunisia", "Northern Africa"),
    "DZ": (12, "Algeria", "Northern Africa"), "MA": (504, "Morocco", "Northern Africa"),
    "SD": (729, "Sudan", "Northern Africa"), "SS": (728, "South Sudan", "Eastern Africa"),
    "SO": (706, "Somalia", "Eastern Africa"), "MR": (478, "Mauritania", "Western Africa"),
    "ML": (466, "Mali", "Western Africa"), "NG": (566, "Nigeria", "Western Africa"),
    "AF": (4, "Afghanistan", "Caucasus and Central Asia"), "PK": (586, "Pakistan", "South Asia"),
    "FR": (250, "France", "Europe"), "GB": (826, "United Kingdom", "Europe"),
    "US": (840, "United States", "North America"), "RU": (643, "Russia", "Europe"),
}

_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence; Demonstrations",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def _interaction(i1: int | None, i2: int | None) -> int | None:
    if i1 is None:
        return None
    if i2 is None:
        return i1 * 10
    a, b = sorted((i1, i2))
    return a * 10 + b


def acled_row(ev: dict[str, Any], notes_text: str | None = None) -> dict[str, Any]:
    """One canonical event (contract shape + extras) as an ACLED-columned row."""
    acled = ev.get("acled") or {}
    plover = ev.get("plover") or {}
    date_ = ev.get("date") or {}
    loc = ev.get("location") or {}
    a1 = ev.get("actor1") or {}
    a2 = ev.get("actor2") or {}
    fat = ev.get("fatalities") or {}
    cc = loc.get("country")
    iso, country, region = COUNTRIES.get(cc or "", (None, cc or "", ""))
    start = date_.get("start") or ""
    event_type = acled.get("event_type") or ""
    civ = (a2.get("type") == 7) or bool(fat.get("civilians"))
    sources = list(dict.fromkeys(outlet_name(o) or o for o in ev.get("outlets") or []))
    sources += [s["name"] for s in ev.get("sources") or [] if s.get("name") and s["name"] not in sources]
    tags = []
    if (ev.get("n_sources") or 1) > 1:
        tags.append(f"reports: {ev['n_sources']}")
    if fat.get("low") is not None and fat.get("high") is not None and fat["low"] != fat["high"]:
        tags.append(f"fatalities {fat['low']}-{fat['high']}")
    if plover.get("event_type"):
        tags.append("plover: " + plover["event_type"])
    return {
        "event_id_cnty": ev.get("id"),
        "event_date": start,
        "year": int(start[:4]) if start[:4].isdigit() else None,
        "time_precision": date_.get("precision"),
        "disorder_type": _DISORDER.get(event_type, ""),
        "event_type": event_type,
        "sub_event_type": acled.get("sub_event_type") or "",
        "actor1": a1.get("name") or "",
        "assoc_actor_1": "",
        "inter1": a1.get("type"),
        "actor2": a2.get("name") or "",
        "assoc_actor_2": "",
        "inter2": a2.get("type"),
        "interaction": _interaction(a1.get("type"), a2.get("type")),
        "civilian_targeting": "Civilian targeting" if civ else "",
        "iso": iso,
        "region": region,
        "country": country,
        "admin1": loc.get("admin1") or "",
        "admin2": loc.get("admin2") or "",
        "admin3": "",
        "location": loc.get("name") or "",
        "latitude": loc.get("lat"),
        "longitude": loc.get("lon"),
        "geo_precision": loc.get("precision") if loc else None,
        "source": "; ".join(sources),
        "source_scale": "",
        "notes": " ".join((notes_text or "").split()),
        "fatalities": fat.get("best") if fat.get("best") is not None else 0,
        "tags": "; ".join(tags),
        "timestamp": None,
    }


def _open_text(out: IO | str | Path) -> tuple[IO, bool]:
    if isinstance(out, str | Path):
        return open(out, "w", encoding="utf-8", newline=""), True
    return out, False


def write_csv(rows: Iterable[dict[str, Any]], out: IO | str | Path) -> int:
    fh, close = _open_text(out)
    try:
        w = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        n = 0
        for r in rows:
            w.writerow({k: ("" if v is None else v) for k, v in r.items()})
            n += 1
        return n
    finally:
        if close:
            fh.close()


def write_json(events: Iterable[dict[str, Any]], out: IO | str | Path) -> int:
    fh, close = _open_text(out)
    try:
        n = 0
        fh.write("[")
        for ev in events:
            fh.write(("," if n else "") + "\n" + json.dumps(ev, ensure_ascii=False))
            n += 1
        fh.write("\n]\n")
        return n
    finally:
        if close:
            fh.close()


def write_geojson(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]], out: IO | str | Path) -> int:
    """A FeatureCollection of located events (Point geometries, ACLED columns as properties)."""
    fh, close = _open_text(out)
    try:
        n = 0
        fh.write('{"type": "FeatureCollection", "features": [')
        for ev, row in pairs:
            loc = ev.get("location") or {}
            if loc.get("lat") is None or loc.get("lon") is None:
                continue
            props = dict(row)
            props["id"] = ev.get("id")
            props["document_ids"] = ev.get("document_ids") or []
            feat = {
                "type": "Feature",
                "id": ev.get("id"),
                "geometry": {"type": "Point", "coordinates": [float(loc["lon"]), float(loc["lat"])]},
                "properties": props,
            }
            fh.write(("," if n else "") + "\n" + json.dumps(feat, ensure_ascii=False))
            n += 1
        fh.write("\n]}\n")
        return n
    finally:
        if close:
            fh.close()


def write_parquet(rows: Iterable[dict[str, Any]], out: IO | str | Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    int_cols = {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
                "fatalities", "timestamp"}
    float_cols = {"latitude", "longitude"}
    schema = pa.schema([
        (c, pa.int64() if c in int_cols else pa.float64() if c in float_cols else pa.string())
        for c in ACLED_COLUMNS
    ])
    data = list(rows)
    cols = {c: [r.get(c) for r in data] for c in ACLED_COLUMNS}
    table = pa.Table.from_pydict(cols, schema=schema)
    if isinstance(out, str | Path):
        pq.write_table(table, str(out))
    else:
        buf = io.BytesIO()
        pq.write_table(table, buf)
        target = getattr(out, "buffer", out)
        target.write(buf.getvalue())
    return len(data)


def now_timestamp() -> int:
    return int(datetime.now(UTC).timestamp())
