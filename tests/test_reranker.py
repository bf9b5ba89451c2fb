"""The trained report-vs-mention re-ranker (issue 6): shipped model, determinism, reproducible training."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from marsad.events import build_context, detect, rerank

ROOT = Path(__file__).resolve().parents[1]
GSR = ROOT.parent / "shared" / "data" / "gsr-dev"
MODEL = ROOT / "src" / "marsad" / "data" / rerank.MODEL_FILE


def test_shipped_model_loads() -> None:
    model = rerank.load_model()
    assert model is not None
    assert model.weights and all(isinstance(v, float) for v in model.weights.values())
    assert set(model.threshold) <= set(rerank.FAMILIES)
    assert set(model.rescue) <= set(model.threshold)
    assert all(0.0 < t < 1.0 for t in model.threshold.values())


def _constructed() -> str:
    # constructed sentences (no article text): a dated report with a toll, then a generic mention
    return (
        "قتل خمسة مدنيين وأصيب ثلاثة آخرون في انفجار عبوة ناسفة في بغداد أمس الأحد. "
        "ويخشى السكان من تكرار الهجمات والاغتيالات في المدينة. "
        "وتظاهر مئات الطلاب أمام مبنى الوزارة يوم الاثنين احتجاجا على قرار الحكومة."
    )


def test_rerank_is_deterministic_and_only_touches_violent_and_protest() -> None:
    text = _constructed()
    model = rerank.load_model()
    assert model is not None
    ctx = build_context(text)
    raw = detect(ctx, keep_rejected=True, rerank=False)
    probs = []
    for _ in range(2):
        gs = rerank.groups(raw)
        probs.append([rerank.probability(model, rerank.group_features(ctx, g, window=model.window)) for g in gs])
    assert probs[0] == probs[1]
    assert all(0.0 <= p <= 1.0 for p in probs[0])
    a = [(m.start, m.rejected) for m in detect(ctx, keep_rejected=True)]
    b = [(m.start, m.rejected) for m in detect(ctx, keep_rejected=True)]
    assert a == b
    # political and arrest candidates keep the rules' decision
    before = {(m.start, m.trigger.id): m.rejected for m in raw if m.cls not in rerank.FAMILY_OF_CLASS}
    after = {(m.start, m.trigger.id): m.rejected for m in detect(ctx, keep_rejected=True) if m.cls not in rerank.FAMILY_OF_CLASS}
    assert before == after
    for m in detect(ctx):
        assert text[m.start : m.end]


def test_retraining_reproduces_the_shipped_model() -> None:
    if not GSR.is_dir():
        pytest.skip("../shared/data/gsr-dev not available")
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_event_reranker as T  # noqa: E402

    shipped = json.loads(MODEL.read_text(encoding="utf-8"))
    if not shipped.get("enabled"):
        # a disabled model changes no output; its features move with every reading stage, so a drift check
        # would fail on unrelated changes. Re-run scripts/train_event_reranker.py before enabling it.
        pytest.skip("re-ranker shipped disabled: retrain before enabling")
    rows = T.build_rows()
    model = T.train_final(rows)
    # features come from every reading stage: after changing one, re-run scripts/train_event_reranker.py
    hint = "shipped re-ranker is stale: re-run .venv/bin/python scripts/train_event_reranker.py"
    assert model["C"] == shipped["C"], hint
    assert model["threshold"] == shipped["threshold"], hint
    assert model["rescue"] == shipped["rescue"], hint
    assert abs(model["bias"] - shipped["bias"]) < 1e-3, hint
    assert set(model["weights"]) == set(shipped["weights"]), hint
    assert max(abs(model["weights"][k] - shipped["weights"][k]) for k in shipped["weights"]) < 1e-3, hint
