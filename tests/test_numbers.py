"""Numbers on real sentences from ../shared, located at run time by article id + expression."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from marsad.mentions import NumberMention
from marsad.numbers import extract_numbers, singular_counts

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@lru_cache(maxsize=1)
def _articles() -> dict[str, str]:
    out: dict[str, str] = {}
    d = SHARED / "data" / "saudinewsnet"
    if d.exists():
        for f in sorted(d.glob("*.jsonl")):
            with f.open(encoding="utf-8") as fh:
                for line in fh:
                    r = json.loads(line)
                    out[r["id"]] = r["text"]
    seed = SHARED / "seed" / "000_16a07da1f930eec4.txt"
    if seed.exists():
        out["seed"] = seed.read_text(encoding="utf-8")
    return out


def _at(aid: str, expr: str, fn=extract_numbers) -> NumberMention:  # type: ignore[no-untyped-def]
    arts = _articles()
    if aid not in arts:
        pytest.skip("shared data missing")
    text = arts[aid]
    s = text.index(expr)
    e = s + len(expr)
    ms = [m for m in fn(text) if m.start < e and s < m.end]
    assert ms, f"nothing found in {expr!r}"
    m = ms[0]
    assert text[m.start : m.end] == m.text
    if m.noun is not None:
        assert text[m.noun_start : m.noun_end] == m.noun
    return m


# (article id, expression located in the text, value, low, high, approximate, vague, ordinal, noun)
CASES = [
    ("seed", "42 شخصاً", 42, 42, 42, False, False, False, "شخصاً"),
    ("seed", "13 مدنياً", 13, 13, 13, False, False, False, "مدنياً"),
    ("seed", "نحو 50 مقاتلاً", 50, None, None, True, False, False, "مقاتلاً"),
    ("seed", "3 أطفال", 3, 3, 3, False, False, False, "أطفال"),
    ("seed", "أكثر من 360 ألف شخص", 360001, 360001, None, False, False, False, "شخص"),
    ("snn-7c8e49f0a1eb", "٣٠٠ ساعة", 300, 300, 300, False, False, False, "ساعة"),
    ("snn-9faa4e435ced", "1,064 الف", 1064000, 1064000, 1064000, False, False, False, "ريال"),
    ("snn-de2d08d1587a", "1.5 مليون", 1500000, None, None, True, False, False, "دولار"),
    ("snn-15571975a875", "خمسة وعشرين ألف شخص", 25000, 25000, 25000, False, False, False, "شخص"),
    ("snn-bdc7c79a5f6a", "ثلاثة وعشرين", 23, 23, 23, False, False, False, "منصوبًا"),
    ("snn-cff2a3b48f0a", "اثنان منهم على الأقل", 2, 2, None, False, False, False, None),
    ("snn-b03ee584b8e7", "ما لا يقل عن خمسين", 50, 50, None, False, False, False, "الطرفين"),
    ("snn-9d95f065998c", "ثلاث غارات", 3, 3, 3, False, False, False, "غارات"),
    ("snn-9d95f065998c", "أحد عشر قتيلا", 11, 11, 11, False, False, False, "قتيلا"),
    ("snn-1448181a60b1", "اللواء الثامن", 8, 8, 8, False, False, True, None),
    ("snn-608c35b1aec1", "زهاء 100 قتيل", 100, None, None, True, False, False, "قتيل"),
    ("snn-16f53bbaf177", "حوالي 26 ألف شخص", 26000, None, None, True, False, False, "شخص"),
    ("snn-5859b9d9cf45", "قرابة 36 جريحًا", 36, None, None, True, False, False, "جريحًا"),
    ("snn-e9e785535bb8", "ما يزيد على 4 آلاف شركة", 4001, 4001, None, False, False, False, "شركة"),
    ("snn-5b1239e1ac1b", "ما لا يقل عن 3 أشخاص", 3, 3, None, False, False, False, "أشخاص"),
    ("snn-b06923e81b0f", "43 مدنيا على الأقل", 43, 43, None, False, False, False, "مدنيا"),
    ("snn-1ec0db934e27", "بين 20 و25 شخصا", 20, 20, 25, False, False, False, "شخصا"),
    ("snn-742aa8971efb", "750 ألف فرد", 750000, 750000, 750000, False, False, False, "فرد"),
    ("snn-9f0d7b9508c5", "عشرات الآلاف من الجنود", 10000, 10000, None, False, True, False, "الجنود"),
    ("snn-ab4f8caeb0fa", "مليون طلقة", 1000001, 1000001, None, False, False, False, "طلقة"),
]


@pytest.mark.parametrize(("aid", "expr", "value", "low", "high", "approx", "vague", "ordinal", "noun"), CASES)
def test_real_forms(
    aid: str, expr: str, value: float, low: float | None, high: float | None, approx: bool, vague: bool,
    ordinal: bool, noun: str | None,
) -> None:
    m = _at(aid, expr)
    assert (m.value, m.low, m.high, m.approximate, m.vague, m.ordinal) == (value, low, high, approx, vague, ordinal)
    assert m.noun == noun


def test_span_covers_qualifier() -> None:
    m = _at("seed", "أكثر من 360 ألف")
    assert m.text == "أكثر من 360 ألف"
    m = _at("snn-1ec0db934e27", "بين 20 و25")
    assert m.text.endswith("بين 20 و25")


def test_singular_helper() -> None:
    m = _at("snn-2d3c1ad61672", "مقتل شخص واحد", singular_counts)
    assert m.value == 1 and m.text == "شخص واحد"
    m = _at("snn-880d99391ba0", "مقتل شخص", singular_counts)
    assert m.value == 1 and m.noun == "شخص"


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "vague"),
    [
        ("قتل ٤٢ مدنياً", 42, 42, 42, False),
        ("مقتل ثلاثة أشخاص", 3, 3, 3, False),
        ("ثلاث نساء", 3, 3, 3, False),
        ("اثنين من الجنود", 2, 2, 2, False),
        ("خمسين مقاتلاً", 50, 50, 50, False),
        ("مئة شخص", 100, 100, 100, False),
        ("مائة وخمسون", 150, 150, 150, False),
        ("ثلاثة آلاف", 3000, 3000, 3000, False),
        ("ثلاثة وعشرون قتيلاً", 23, 23, 23, False),
        ("العشرات من القتلى", 10, 10, None, True),
        ("مئات النازحين", 100, 100, None, True),
        ("آلاف الأشخاص", 1000, 1000, None, True),
        ("أكثر من 20 قتيلاً", 21, 21, None, False),
        ("ما يزيد على 100 شخص", 101, 101, None, False),
        ("على الأقل 5 قتلى", 5, 5, None, False),
        ("مقتل جنديين", 2, 2, 2, False),
        ("سقوط قتيلين", 2, 2, 2, False),
        ("من 10 إلى 15 جريحاً", 10, 10, 15, False),
        ("4.6 مليون دولار", 4600000, 4600000, 4600000, False),
        ("بنسبة 2،5 في المئة", 2.5, 2.5, 2.5, False),
    ],
)
def test_toy_forms(text: str, value: float, low: float | None, high: float | None, vague: bool) -> None:
    ms = extract_numbers(text)
    assert ms, text
    m = ms[0]
    assert (m.value, m.low, m.high, m.vague) == (value, low, high, vague)
    assert text[m.start : m.end] == m.text


def test_dates_are_not_numbers() -> None:
    assert extract_numbers("في عام 2011 وفي 25 يوليو 2015") == []


def test_lexicon_survives_normalisation() -> None:
    import importlib

    numbers = importlib.import_module("marsad.numbers")
    lx = numbers._lex()
    from marsad.arabic.normalize import normalize_text

    for w in lx.words:
        assert normalize_text(w) == w


def test_benchmark_gate() -> None:
    """The hand-annotated set (tests/data/numbers_bench.json): exact-value accuracy >= 0.98."""
    path = SHARED / "data" / "saudinewsnet"
    if not path.exists():
        pytest.skip("shared data missing")
    arts = _articles()
    items = json.loads((ROOT / "tests" / "data" / "numbers_bench.json").read_text(encoding="utf-8"))["items"]
    items = [it for it in items if it["source"] == "saudinewsnet" and it["id"] in arts]
    by_doc: dict[str, list[NumberMention]] = {}
    ok = 0
    for it in items:
        if it["id"] not in by_doc:
            by_doc[it["id"]] = extract_numbers(arts[it["id"]])
        ms = by_doc[it["id"]]
        hit = [m for m in ms if m.start < it["end"] and it["start"] < m.end]
        ok += bool(hit) and hit[0].value == it["value"]
    assert len(items) >= 150
    assert ok / len(items) >= 0.98


def test_thousands_and_the_units_joined_by_wa_are_one_figure() -> None:
    # made-up: «50 ألفا و570 جنديا» is 50,570 soldiers, «33 ألفا و 839» 33,839; a range «بين 10 و15 ألفاً» and a
    # second count after a noun («360 ألف شخص و20 جريحا») stay as they were
    from marsad.numbers import extract_numbers

    def values(text: str) -> list:
        return [n.value for n in extract_numbers(text)]

    assert values("قتل 50 ألفا و570 جنديا") == [50570]
    assert values("نحو 33 ألفا و 839 مقاتلا") == [33839]
    assert values("بين 10 و15 ألفاً") == [10000]
    assert values("قتل 360 ألف شخص و20 جريحا") == [360000, 20]
