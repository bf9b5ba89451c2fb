"""gsr-dev event detection floors (issue 6): the hook's scoring, reproduced in benchmarks/gsr_eval.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from gsr_eval import GSR, score  # noqa: E402

# measured F1 minus a small margin; raise them as detection improves
FLOORS = {"ASSAULT": 0.61, "PROTEST": 0.41}  # measured on the full dev set: 0.636 / 0.438


@pytest.mark.parametrize("family", sorted(FLOORS))
def test_gsr_floor(family: str) -> None:
    if not GSR.is_dir():
        pytest.skip("../shared/data/gsr-dev not available")
    metrics, _ = score(family)
    assert metrics["f1"] >= FLOORS[family], metrics
