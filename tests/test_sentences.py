"""Sentence splitter: real sentences located in ../shared at run time by id + expression."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from marsad.arabic.sentences import split_sentences

SNN = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"


@lru_cache(maxsize=1)
def _articles() -> dict[str, dict[str, str]]:
    if not SNN.exists():
        return {}
    out: dict[str, dict[str, str]] = {}
    for f in sorted(SNN.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                out[r["id"]] = r
    return out


def _text(aid: str) -> str:
    arts = _articles()
    if aid not in arts:
        pytest.skip("shared data missing")
    return arts[aid]["text"]


def _inside_one_sentence(text: str, s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in split_sentences(text))


@pytest.mark.parametrize(
    ("aid", "expr", "why"),
    [
        ("snn-40c9cef9bc0a", "(أ.ف.ب) عن مصدر", "agency abbreviation in brackets mid-sentence"),
        ("snn-b16a71e87c1a", "(د.ب.أ) عبر", "dpa abbreviation"),
        ("snn-38e445628406", "عانى ابننا من الاكتئاب. إن حزننا", "period inside «...» quotation"),
        ("snn-75e0233b489a", "إلى مهاجمتها. وبالتالي", "period inside «...» quotation"),
        ("snn-296663ffbee5", "إرهابي.. أنا أندد", "double period inside quotation"),
        ("snn-b06923e81b0f", "وكشف ياسين لـ«الشرق الأوسط» عن", "lam-tatweel before a quoted name"),
    ],
)
def test_no_split_inside(aid: str, expr: str, why: str) -> None:
    text = _text(aid)
    s = text.index(expr)
    assert _inside_one_sentence(text, s, s + len(expr)), why


def test_comma_is_not_a_boundary_and_periods_are() -> None:
    text = _text("snn-bf85bf7a939e")
    spans = split_sentences(text)
    for a, b in spans:
        assert text[a:b] == text[a:b].strip()
        assert "\n" not in text[a:b]
    # a period followed by وقال ends a sentence
    k = text.index("الحدود. وقال") + len("الحدود.")
    assert any(b == k for _, b in spans)
    # no sentence ends on an Arabic comma
    assert not any(text[b - 1] == "،" for _, b in spans)


def test_agency_dateline_with_dash() -> None:
    text = _text("snn-901051dff431")
    s = text.index("باريس - أ.ف.ب: توصل")
    assert _inside_one_sentence(text, s, s + len("باريس - أ.ف.ب: توصل"))


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("جملة أولى. جملة ثانية؟ جملة ثالثة!", 3),
        ("قال إن «الوضع صعب. جداً» ثم غادر.", 1),
        ("ذكرت د.ب.أ. أن الهجوم وقع", 1),
        ("نقلت إ.ب.أ عن مصدر. وأضاف", 2),
        ("بلغت النسبة 3.5 في المئة. وقال", 2),
        ("سطر أول\nسطر ثان\n\nفقرة", 3),
        ("عبارة، وأخرى؛ وثالثة.", 1),
        ("قال «كلام لم يغلق. وبقية", 2),
        ("", 0),
    ],
)
def test_toy(text: str, n: int) -> None:
    spans = split_sentences(text)
    assert len(spans) == n
    for a, b in spans:
        assert text[a:b].strip() == text[a:b]


def test_every_article_covered() -> None:
    arts = _articles()
    if not arts:
        pytest.skip("shared data missing")
    for r in list(arts.values())[:300]:
        t = r["text"]
        spans = split_sentences(t)
        covered = "".join(t[a:b] for a, b in spans)
        assert "".join(t.split()) == "".join(covered.split())
        assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))


def test_a_period_after_a_space_and_glued_to_the_next_word_ends_the_sentence() -> None:
    # made-up: «… في مدينة تعز .اما في محافظة مأرب …» (a sloppy space before the period, none after it)
    text = "وأصيب ثلاثة أطفال بقذيفة سقطت على حي الروضة في تعز .أما في مأرب فقد قتل 15 مسلحا في مواجهات."
    spans = split_sentences(text)
    assert [text[a:b][-5:] for a, b in spans] == ["تعز .", "جهات."]
    # (a one-letter abbreviation before it stays whole: «د .محمد»)
    assert len(split_sentences("وقال د .محمد إن الوضع خطير.")) == 1
