"""Exports: ACLED-columned CSV (pandas), GeoJSON (structure), Parquet (pyarrow round trip), JSON, CLI."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from marsad.store import Store
from marsad.store.export import ACLED_COLUMNS

sys.path.insert(0, str(Path(__file__).parent))
from test_store import MOCHA, T1, T2, T3, TAIZ, make_page  # noqa: E402

ACLED_ORDER = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 assoc_actor_1 "
    "inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country admin1 admin2 admin3 "
    "location latitude longitude geo_precision source source_scale notes fatalities tags timestamp"
).split()


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "e.db"
    with Store(path) as s:
        s.ingest_output(*make_page("p1", T1, "okaz", TAIZ, 5))
        s.ingest_output(*make_page("p2", T2, "alriyadh", TAIZ, 6))
        s.ingest_output(*make_page("p3", T3, "alwatan", MOCHA, 3))
    return path


def test_acled_columns_in_acled_order() -> None:
    assert ACLED_COLUMNS == ACLED_ORDER


def test_csv_opens_in_pandas_with_acled_columns(db: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    out = tmp_path / "e.csv"
    with Store(db) as s:
        n = s.export("csv", out)
    assert n == 2
    df = pd.read_csv(out)
    assert list(df.columns) == ACLED_ORDER
    assert len(df) == 2
    row = df[df["location"] == "Taiz"].iloc[0]
    assert row["country"] == "Yemen" and row["iso"] == 887 and row["event_date"] == "2015-07-21"
    assert row["fatalities"] == 5 and row["year"] == 2015
    assert row["disorder_type"] == "Political violence"
    # the outlets by the names ACLED's source column gives them (the records carry their codes: okaz, alriyadh)
    assert "Okaz" in row["source"] and "Al-Riyadh" in row["source"]
    assert isinstance(row["notes"], str) and row["notes"]
    assert abs(row["latitude"] - 13.58) < 1e-9


def test_geojson_is_a_valid_feature_collection(db: Path) -> None:
    buf = io.StringIO()
    with Store(db) as s:
        n = s.export("geojson", buf)
    gj = json.loads(buf.getvalue())
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == n == 2
    for f in gj["features"]:
        assert f["type"] == "Feature"
        geom = f["geometry"]
        assert geom["type"] == "Point" and len(geom["coordinates"]) == 2
        lon, lat = geom["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert isinstance(f["properties"], dict) and set(ACLED_ORDER) <= set(f["properties"])
        assert f["properties"]["latitude"] == lat and f["properties"]["longitude"] == lon


def test_parquet_round_trips(db: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "e.parquet"
    with Store(db) as s:
        n = s.export("parquet", out)
        csv_buf = io.StringIO()
        s.export("csv", csv_buf)
    table = pq.read_table(out)
    assert table.column_names == ACLED_ORDER and table.num_rows == n == 2
    rows = table.to_pylist()
    assert {r["location"] for r in rows} == {"Taiz", "Mocha"}
    assert {r["fatalities"] for r in rows} == {5, 3}


def test_json_export_holds_full_records_and_filters_apply(db: Path) -> None:
    buf = io.StringIO()
    with Store(db) as s:
        n = s.export("json", buf, min_fatalities=4)
    data = json.loads(buf.getvalue())
    assert n == len(data) == 1
    assert data[0]["n_sources"] == 2 and data[0]["location"]["name"] == "Taiz"


def test_unknown_format_is_refused(db: Path) -> None:
    with Store(db) as s, pytest.raises(ValueError, match="E703"):
        s.export("xlsx", io.StringIO())


def test_cli_export_search_events(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from marsad.commands.store_cmds import main

    assert main(["export", "--db", str(db), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0].split(",") == ACLED_ORDER
    assert main(["export", "--db", str(db), "--format", "parquet"]) == 2
    assert "-o" in capsys.readouterr().err
    assert main(["search", "الباغوز", "--db", str(db)]) == 0
    assert "[" in capsys.readouterr().out
    assert main(["events", "--db", str(db), "--country", "YE", "--min-fatalities", "4", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 1
    assert main(["events", "--db", str(db / "missing.db")]) == 1


def test_every_store_command_has_help_with_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    from marsad.commands.store_cmds import main

    for cmd in ("ingest", "search", "events", "export"):
        assert main([cmd, "--help"]) == 0
        assert "Example:" in capsys.readouterr().out
