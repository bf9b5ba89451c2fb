"""The `marsad` command: help, exit codes, output formats, and the JSON Schema contract."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest

from marsad.cli import build_parser, main
from marsad.records import output_schema

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_16a07da1f930eec4.txt"
SCHEMA_FILE = REPO / "src" / "marsad" / "schema" / "output.schema.json"


def _subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)


def test_schema_file_is_generated_from_the_records() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == output_schema(), "run: marsad schema -o " + str(SCHEMA_FILE)


@pytest.mark.parametrize("name", _subcommands())
def test_every_command_has_help_with_an_example(name: str, capsys) -> None:
    assert main([name, "--help"]) == 0
    out = capsys.readouterr().out
    assert "Example" in out and f"marsad {name}" in out


def test_usage_errors_exit_2(capsys) -> None:
    assert main(["extract", "--format", "xml"]) == 2
    assert main(["extract", "--published", "26/01/2019", str(SEED)]) == 2
    assert main(["no-such-command"]) == 2
    assert main([]) == 2


def test_bad_input_exits_1_and_names_the_file(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["extract", str(empty)]) == 1
    err = capsys.readouterr().err
    assert str(empty) in err and err.count("\n") == 1


@pytest.mark.skipif(not SEED.exists(), reason="../shared not available")
class TestSeedFormats:
    def _run(self, capsys, *args: str) -> str:
        assert main(["extract", str(SEED), "--published", "2019-01-26", *args]) == 0
        return capsys.readouterr().out

    def test_json_validates_against_the_schema_and_spans_hold(self, capsys) -> None:
        out = json.loads(self._run(capsys))
        jsonschema.validate(out, output_schema())
        assert len(out["documents"]) == 7
        for doc in out["documents"]:
            text = doc["text"]
            for ev in doc["events"]:
                for span in ev["evidence"]:
                    assert 0 <= span["start"] < span["end"] <= len(text)
                for key in ("actor1", "actor2", "location", "fatalities", "injured", "date"):
                    val = ev.get(key)
                    if val and val.get("span") and val.get("text"):
                        assert text[val["span"]["start"] : val["span"]["end"]] == val["text"], (key, val)
            for q in doc["quotes"]:
                for span in q["evidence"]:
                    assert 0 <= span["start"] < span["end"] <= len(text)

    def test_jsonl_is_one_object_per_page(self, capsys) -> None:
        lines = self._run(capsys, "--format", "jsonl").splitlines()
        assert len(lines) == 1 and len(json.loads(lines[0])["documents"]) == 7

    def test_csv_has_the_contract_columns(self, capsys) -> None:
        rows = list(csv.DictReader(io.StringIO(self._run(capsys, "--format", "csv"))))
        assert rows, "the seed has events"
        assert list(rows[0]) == ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "admin2",
                                 "location", "latitude", "longitude", "geo_precision", "time_precision", "source",
                                 "notes", "fatalities"]

    def test_geojson_is_a_feature_collection(self, capsys) -> None:
        gj = json.loads(self._run(capsys, "--format", "geojson"))
        assert gj["type"] == "FeatureCollection"
        for f in gj["features"]:
            lon, lat = f["geometry"]["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90


@pytest.mark.skipif(not SEED.exists(), reason="../shared not available")
def test_seed_documents_score_perfectly(tmp_path: Path, capsys) -> None:
    assert main(["extract", str(SEED)]) == 0
    out = tmp_path / "seed.json"
    out.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["eval", str(out), str(SHARED / "gold" / "seed.gold.json"), "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["documents"]["precision"] == 1.0 and res["documents"]["recall"] == 1.0
    for field in ("role", "section", "byline", "captions"):
        assert res["document_fields"][field]["accuracy"] == 1.0, field


def test_examples_ship_and_extract(capsys) -> None:
    examples = REPO / "src" / "marsad" / "data" / "examples"
    assert main(["extract", str(examples), "--format", "jsonl"]) == 0
    pages = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(pages) >= 5 and all(p["documents"] for p in pages)
