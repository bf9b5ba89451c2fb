"""The packaged CRF tagger: loads lazily, tags, and only adds names the lexicon lacks."""

from __future__ import annotations

import pytest

from marsad.actors import find_actors
from marsad.arabic.normalize import normalize_text

pycrfsuite = pytest.importorskip("pycrfsuite")


def test_tagger_finds_a_person() -> None:
    from marsad.actors.ner import spans

    norm = normalize_text("وقال الرئيس الفرنسي فرانسوا هولاند في باريس إن الاتفاق مهم.")
    found = [(norm[s:e], t) for s, e, t in spans(norm)]
    assert any(t == "PERS" for _w, t in found), found


def test_ner_is_optional_and_complements_lexicon() -> None:
    text = "وقال المواطن خالد الزهراني إن الأوضاع هادئة، وأكد سليمان القحطاني أن السكان بخير."
    base = find_actors(text)
    extra = find_actors(text, use_ner=True)
    assert len(extra) >= len(base)
    base_spans = {(m.start, m.end) for m in base}
    for m in extra:
        assert text[m.start:m.end] == m.text
        if (m.start, m.end) not in base_spans:
            assert m.confidence <= 0.5


def test_name_lists_do_not_drift() -> None:
    """ner_crf.names.json is what scripts/train_ner.py builds from ANERcorp's train split."""
    import importlib.util
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    train = root.parent / "shared" / "data" / "ner" / "anercorp" / "ANERCorp_approxCamelSplit_train.txt"
    if not train.exists():
        pytest.skip("ANERcorp not available")
    spec = importlib.util.spec_from_file_location("train_ner", root / "scripts" / "train_ner.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    sents = mod.read(train)
    packaged = json.loads((root / "src" / "marsad" / "data" / "ner_crf.names.json").read_text(encoding="utf-8"))
    assert packaged["given_names"] == mod.given_names(sents)
    assert packaged["common_words"] == mod.common_words(sents)
    # the CRF reads the title words of actor_roles.json: retrain (scripts/train_ner.py) when they change
    assert packaged["role_words_sha256"] == mod.role_words_sha256()
