"""Property-based and real-text tests of the normaliser's offset map."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.arabic.normalize import normalize, normalize_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# An alphabet that exercises every branch: letters, alef/hamza forms, marks, tatweel,
# digits of three systems, quotes, bidi controls, presentation forms, ASCII.
ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    "أإآٱءؤئىة"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640\u0654\u0655"
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789"
    "«»“”\"'،؛؟.,:!()- \n\t"
    "\u200f\u200e\u200c\u200d\ufeff\u00ad\u00a0"
    "\ufe8d\ufe91\ufef7\ufefb\ufe9f"
    "abcXYZ"
)
texts = st.text(alphabet=ALPHABET, max_size=60)


@given(texts)
@settings(max_examples=400, deadline=None)
def test_text_equals_normalize_text(t: str) -> None:
    assert normalize(t).text == normalize_text(t)


@given(texts, st.data())
@settings(max_examples=600, deadline=None)
def test_any_normalised_span_maps_back_exactly(t: str, data: st.DataObject) -> None:
    n = normalize(t)
    i = data.draw(st.integers(0, len(n.text)))
    j = data.draw(st.integers(i, len(n.text)))
    s, e = n.span(i, j)
    assert 0 <= s <= e <= len(t)
    # the original span normalises to exactly the normalised span
    assert normalize_text(t[s:e]) == n.text[i:j]
    # and it does not start with a deleted character
    if s < e:
        assert normalize_text(t[s]) != ""


@given(texts)
@settings(max_examples=400, deadline=None)
def test_offsets_are_monotone_and_invert(t: str) -> None:
    n = normalize(t)
    prev = -1
    for i in range(len(n.text) + 1):
        o = n.to_original(i)
        assert o > prev or (i == 0 and o >= 0)
        prev = o
        assert n.from_original(o) == i
        if i < len(n.text):
            assert normalize_text(t[o]) == n.text[i]
    for o in range(len(t) + 1):
        i = n.from_original(o)
        assert 0 <= i <= len(n.text)


@given(texts)
@settings(max_examples=200, deadline=None)
def test_idempotent(t: str) -> None:
    once = normalize_text(t)
    assert normalize_text(once) == once


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("أإآٱ", "اااا"),
        ("مستشفى", "مستشفي"),
        ("مدينة", "مدينه"),
        ("مؤتمر", "موتمر"),
        ("رئيس", "رييس"),
        ("قُتِلَ", "قتل"),
        ("الـدولة", "الدوله"),
        ("٤٢ و۱۲", "42 و12"),
        ("«قسد» “x” \"y\"", '"قسد" "x" "y"'),
        ("،؛؟", "،؛؟"),
        ("\ufe8d\ufe91", "اب"),
    ],
)
def test_table(raw: str, norm: str) -> None:
    assert normalize_text(raw) == norm


def test_real_text_round_trip() -> None:
    path = SHARED / "data" / "saudinewsnet" / "conflict-1.jsonl"
    if not path.exists():
        pytest.skip("shared data missing")
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(next(fh)) for _ in range(30)]
    for row in rows:
        t = row["text"]
        n = normalize(t)
        assert len(n.text) == len(t) - len(n.deleted)
        # every word found in the normalised text maps back to an original word with the same normal form
        for k in range(0, len(n.text) - 5, 97):
            s, e = n.span(k, k + 5)
            assert normalize_text(t[s:e]) == n.text[k : k + 5]


@given(st.text(alphabet=ALPHABET, min_size=300, max_size=1200))
@settings(max_examples=60, deadline=None)
def test_long_text_path_equals_table(t: str) -> None:
    # long texts go through str.replace per character; it must equal the translate table
    nm = importlib.import_module("marsad.arabic.normalize")  # the package exports a function of that name
    assert nm.normalize_text(t) == t.translate(nm._TABLE)
    n = normalize(t)
    i = len(n.text) // 3
    s, e = n.span(i, 2 * i)
    assert normalize_text(t[s:e]) == n.text[i : 2 * i]
