"""Build the dashboard's offline base map: src/marsad/api/static/basemap.geojson.

Sources (nothing is fetched at run time; the dashboard never calls a tile server):
- country outlines: the ``countryinfo`` package (MIT; per-country GeoJSON outlines derived
  from Natural Earth, public domain), for the Middle East and North Africa;
- admin1 outlines: derived from the Who's On First gazetteer points in
  ``../shared/data/wof-gazetteer`` (CC0 + CC-BY GeoNames: "Data from Who's On First"):
  a Voronoi cell around every place, merged per first-level division and clipped to
  the country outline (``shapely``, BSD). They are approximate boundaries, good enough
  to read a map, not for spatial joins.

Coordinates are rounded to 0.01 degree and simplified; the output stays well under 2 MB.

    .venv/bin/python scripts/build_basemap.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "marsad" / "api" / "static" / "basemap.geojson"

# Middle East and North Africa (plus neighbours that frame the map), ISO alpha-2.
MENA = [
    "MA", "DZ", "TN", "LY", "EG", "SD", "SS", "EH", "MR", "ML", "NE", "TD", "ET", "ER", "DJ", "SO",
    "SY", "IQ", "LB", "PS", "IL", "JO", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "IR", "TR", "CY",
    "AF", "PK", "GR", "IT", "MT", "AM", "AZ", "GE",
]
# countries whose admin1 outlines are derived from the gazetteer
ADMIN1_COUNTRIES = ["SY", "IQ", "LB", "PS", "LY", "YE"]
GRID = 0.01  # degrees kept in coordinates


def _countryinfo_outlines() -> dict[str, Any]:
    import importlib.resources

    out: dict[str, Any] = {}
    data = importlib.resources.files("countryinfo") / "data"
    for entry in data.iterdir():
        if not entry.name.endswith(".json"):
            continue
        info = json.loads(entry.read_text(encoding="utf-8"))
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso not in MENA or not info.get("geoJSON"):
            continue
        feats = info["geoJSON"].get("features") or []
        if feats:
            out[iso] = {"geometry": feats[0]["geometry"], "name": info.get("name"),
                        "name_ar": (info.get("translations") or {}).get("ar")}
    return out


def _round_geom(geom: Any) -> dict[str, Any]:
    from shapely.geometry import mapping

    def rnd(coords: Any) -> Any:
        if isinstance(coords, (int, float)):
            return round(float(coords), 2)
        return [rnd(c) for c in coords]

    m = mapping(geom)
    return {"type": m["type"], "coordinates": rnd(m["coordinates"])}


def _read_points(shared: Path, country: str) -> dict[str, list[tuple[float, float]]]:
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    names: dict[str, str] = {}
    for path in sorted((shared / "data" / "wof-gazetteer").glob(f"wof_{country}*.tsv")):
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row.get("deprecated") or not row.get("admin1_en") or row.get("country") != country:
                    continue
                try:
                    lat, lon = float(row["lat"]), float(row["lon"])
                except (TypeError, ValueError):
                    continue
                points[row["admin1_en"]].append((lon, lat))
                names.setdefault(row["admin1_en"], row.get("admin1_ar") or "")
    _read_points.names = names  # type: ignore[attr-defined]
    return points


def _admin1_features(shared: Path, country: str, outline: Any) -> list[dict[str, Any]]:
    from shapely import STRtree
    from shapely.geometry import MultiPoint, Point
    from shapely.ops import unary_union, voronoi_diagram

    by_admin = _read_points(shared, country)
    names_ar: dict[str, str] = getattr(_read_points, "names", {})
    # thin the points on a 0.05-degree grid: the outline needs coverage, not every village
    seen: set[tuple[int, int]] = set()
    pts: list[Any] = []
    for admin, coords in sorted(by_admin.items()):
        for lon, lat in coords:
            key = (round(lon * 20), round(lat * 20))
            if key in seen:
                continue
            seen.add(key)
            pts.append((Point(lon, lat), admin))
    if len(pts) < 3:
        return []
    points = [p for p, _ in pts]
    admins = [a for _, a in pts]
    cells = voronoi_diagram(MultiPoint(points), envelope=outline.buffer(1.0))
    tree = STRtree(points)
    cells_by_admin: dict[str, list[Any]] = defaultdict(list)
    for cell in cells.geoms:
        hits = tree.query(cell, predicate="contains")
        if len(hits):  # each cell holds exactly one seed point
            cells_by_admin[admins[int(hits[0])]].append(cell)
    feats = []
    for admin, cell_list in sorted(cells_by_admin.items()):
        shape = unary_union(cell_list).intersection(outline).simplify(0.03, preserve_topology=True)
        if shape.is_empty:
            continue
        feats.append({
            "type": "Feature",
            "properties": {"level": "admin1", "country": country, "name": admin, "name_ar": names_ar.get(admin, "")},
            "geometry": _round_geom(shape),
        })
    return feats


def build(shared: Path) -> dict[str, Any]:
    from shapely.geometry import shape

    countries = _countryinfo_outlines()
    features: list[dict[str, Any]] = []
    for iso in sorted(countries):
        c = countries[iso]
        geom = shape(c["geometry"]).simplify(0.02, preserve_topology=True)
        features.append({
            "type": "Feature",
            "properties": {"level": "country", "country": iso, "name": c["name"], "name_ar": c["name_ar"] or ""},
            "geometry": _round_geom(geom),
        })
    for iso in ADMIN1_COUNTRIES:
        if iso in countries:
            outline = shape(countries[iso]["geometry"]).buffer(0)
            features.extend(_admin1_features(shared, iso, outline))
    return {
        "type": "FeatureCollection",
        "attribution": "Country outlines: Natural Earth via countryinfo (MIT). Admin1 outlines: approximate, "
                       "derived from Who's On First gazetteer points (Data from Who's On First; GeoNames CC-BY).",
        "features": features,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not (args.shared / "data" / "wof-gazetteer").is_dir():
        print(f"missing {args.shared / 'data' / 'wof-gazetteer'}", file=sys.stderr)
        return 1
    data = build(args.shared)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    n_admin = sum(1 for f in data["features"] if f["properties"]["level"] == "admin1")
    print(f"{args.out}: {len(data['features']) - n_admin} countries, {n_admin} admin1, {len(text) / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
