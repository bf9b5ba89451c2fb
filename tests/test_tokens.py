"""Tokens and clitics on real text located in ../shared at run time."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from marsad.arabic.normalize import normalize_text
from marsad.arabic.tokens import (
    Token,
    clitic_candidates,
    clitic_words,
    norm_offset,
    strip_proclitics,
    tokenize,
)

SNN = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"


@lru_cache(maxsize=1)
def _articles() -> dict[str, str]:
    if not SNN.exists():
        return {}
    out: dict[str, str] = {}
    for f in sorted(SNN.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                out[r["id"]] = r["text"]
    return out


def _text(aid: str) -> str:
    arts = _articles()
    if aid not in arts:
        pytest.skip("shared data missing")
    return arts[aid]


def _tokens_at(text: str, expr: str) -> list[Token]:
    s = text.index(expr)
    return [t for t in tokenize(text) if s <= t.start and t.end <= s + len(expr)]


def test_lam_tatweel_quote() -> None:
    text = _text("snn-b06923e81b0f")
    toks = _tokens_at(text, "لـ«الشرق الأوسط»")
    assert [t.text for t in toks] == ["لـ", "«", "الشرق", "الأوسط", "»"]
    assert toks[0].norm == "ل"
    for t in toks:
        assert text[t.start : t.end] == t.text


def test_clitics_on_real_words() -> None:
    places = {"الرقه", "دير", "الزور"}
    text = _text("snn-fc2691df592b")
    (tok,) = _tokens_at(text, "بالرقة")
    rem, n = strip_proclitics(tok.norm, places.__contains__)
    assert (rem, n) == ("الرقه", 1)
    s = norm_offset(tok, n)
    assert normalize_text(text[s : tok.end]) == "الرقه"

    text = _text("snn-017d3f8fa166")
    (tok,) = _tokens_at(text, "وللتحالف")
    rem, n = strip_proclitics(tok.norm, {"التحالف"}.__contains__)
    assert (rem, n) == ("التحالف", 2)
    # the restored article's alef is not written: the surface is the word from n on
    assert text[norm_offset(tok, n) : tok.end] == "لتحالف"


def test_candidates_examples() -> None:
    assert clitic_candidates("بالباغوز") == [("بالباغوز", 0), ("الباغوز", 1), ("باغوز", 3)]
    c = clitic_candidates("وللتحالف")
    assert c[0] == ("وللتحالف", 0)
    assert ("التحالف", 2) in c and ("تحالف", 3) in c
    lens = [len(r) for r, _ in c[1:]]
    assert lens == sorted(lens, reverse=True)
    assert clitic_candidates("قسد") == [("قسد", 0)]
    assert ("حكومه", 0) in clitic_candidates("حكومتها", enclitics=True)
    assert strip_proclitics("كتاب", lambda w: False) == ("كتاب", 0)


def test_a_word_with_the_article_takes_no_pronoun() -> None:
    """Arabic attaches no possessive pronoun to a definite word: «القتلى» is not «القتل+ي», «والأسرى» is not
    «والأسر+ي»; the final ta marbuta may still go (the masculine form: «العسكرية» → «العسكري»)."""
    for w, bogus in [("القتلي", "قتل"), ("والقتلي", "والقتل"), ("للجرحي", "جرح"), ("الامني", "ام"),
                     ("الحربي", "حرب"), ("المدني", "مدن")]:
        assert bogus not in clitic_words(w, True), w
    assert {"العسكري", "عسكري"} <= set(clitic_words("العسكريه", True))
    assert "الماضي" in clitic_words("الماضيه", True)
    # indefinite words keep their pronouns; إلى with a pronoun is no article
    assert "قصف" in clitic_words("قصفها", True)
    assert "قصف" in clitic_words("وقصفهم", True)
    assert "الي" in clitic_words("اليهم", True)


def test_token_kinds() -> None:
    text = "قُتِلَ 1,200 و٣٫٥ في الـدولة ــ U.S."
    toks = tokenize(text)
    assert [t.text for t in toks] == ["قُتِلَ", "1,200", "و", "٣٫٥", "في", "الـدولة", "ــ", "U", ".", "S", "."]
    assert toks[0].norm == "قتل" and toks[3].norm == "3.5" and toks[5].norm == "الدوله"
    assert norm_offset(toks[5], 3) == toks[5].start + 4  # past the tatweel


def test_real_offsets_and_norms() -> None:
    arts = _articles()
    if not arts:
        pytest.skip("shared data missing")
    for text in list(arts.values())[:100]:
        for t in tokenize(text):
            assert text[t.start : t.end] == t.text
            assert t.norm == normalize_text(t.text)
            assert not t.text.isspace()
