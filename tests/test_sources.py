"""Reporting sources: named, anonymous typed, media."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.actors import find_sources

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_16a07da1f930eec4.txt"


def test_seed_sources() -> None:
    if not SEED.exists():
        pytest.skip("seed not available")
    text = SEED.read_text(encoding="utf-8")
    srcs = find_sources(text)
    names = [s.name for s in srcs]
    assert names.count("Syrian Observatory for Human Rights") >= 3
    assert "Security sources" in names
    for s in srcs:
        assert text[s.start:s.end] == s.text


def test_anonymous_and_media_sources() -> None:
    text = ("قتل خمسة أشخاص بحسب مصادر طبية، وأفاد شهود عيان بسماع انفجارات، "
            "ونقلاً عن وكالة الأنباء السعودية فإن الهجوم أُحبط، وفقاً لوزارة الداخلية السعودية.")
    got = [(s.name, s.kind) for s in find_sources(text)]
    assert ("Medical sources", "anonymous") in got
    assert ("Witnesses", "witness") in got
    assert ("Saudi Press Agency", "media") in got
    assert ("Ministry of Interior (Saudi Arabia)", "named") in got  # the ministry reports as itself


def test_a_nationality_after_a_typed_source_qualifies_it() -> None:
    from marsad.actors import find_sources

    text = "وذكرت وسائل إعلام تركية أن الغارات استهدفت مواقع. وقالت مصادر عسكرية ليبية إن الاشتباكات استمرت."
    got = [(text[s.start : s.end], s.name) for s in find_sources(text)]
    assert got == [("وسائل إعلام تركية", "Turkish media"), ("مصادر عسكرية ليبية", "Libyan military sources")]
