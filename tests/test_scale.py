"""The Dask path gives the same output as the serial pipeline, and keeps bad lines as error records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask")

from marsad.inputs import page_from_record  # noqa: E402
from marsad.pipeline import process_page  # noqa: E402
from marsad.scale import run_dask  # noqa: E402

SNN = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet" / "conflict-2.jsonl"

pytestmark = pytest.mark.skipif(not SNN.exists(), reason="../shared not available")


def test_dask_matches_serial(tmp_path: Path) -> None:
    lines = SNN.read_text(encoding="utf-8").splitlines()[:40]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines[:20] + ["{broken"] + lines[20:]) + "\n", encoding="utf-8")
    n = run_dask([src], tmp_path / "out", partition_size=15, scheduler="synchronous")
    assert n == 41
    got = [json.loads(x) for f in sorted((tmp_path / "out").glob("part-*.jsonl"))
           for x in f.read_text(encoding="utf-8").splitlines()]
    assert len(got) == 41
    errors = [g for g in got if g.get("errors")]
    assert len(errors) == 1 and errors[0]["source"].endswith(":21")
    serial = {}
    for i, line in enumerate(lines, 1):
        page = page_from_record(json.loads(line), str(src), i)
        serial[page.id] = process_page(page).model_dump(mode="json")
    for g in got:
        if g.get("errors"):
            continue
        rid = g["source"].rsplit("#", 1)[1]
        s = serial[rid]
        assert [d["text"] for d in g["documents"]] == [d["text"] for d in s["documents"]]
        assert [len(d["events"]) for d in g["documents"]] == [len(d["events"]) for d in s["documents"]]
