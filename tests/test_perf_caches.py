"""Caches and shortcuts added for throughput (notes/performance.md, session 10) give the same results
as the plain computation, and a caller that changes what it got cannot change what the next caller gets.

Only invented phrases of a few words and random strings: no article text.
"""

from __future__ import annotations

import random

from marsad.arabic.normalize import Normalized, normalize
from marsad.arabic.tokens import clitic_words
from marsad.events import build_context
from marsad.events.arguments import _find_tolls, _words, find_tolls

_LETTERS = "ابتجدرسعفقلمنهوي "
_DELETED = "\u064b\u064e\u064f\u0650\u0651\u0652\u0640\u200f\u200b"


def _random_texts(n: int) -> list[str]:
    rnd = random.Random(7)
    out = ["", "\u0640", "\u064e\u064e", "كتب", "\u064eكتب\u064e"]
    for _ in range(n):
        size = rnd.randint(1, 60)
        out.append("".join(rnd.choice(_LETTERS + _DELETED) for _ in range(size)))
    return out


def test_to_original_bisection_equals_the_search() -> None:
    for text in _random_texts(400):
        fast = normalize(text)
        slow = Normalized(fast.original, fast.text, fast.deleted)  # no kept_before: the original search
        assert fast == slow
        for i in range(len(fast.text) + 1):
            assert fast.to_original(i) == slow.to_original(i), (text, i)
        for s in range(len(fast.text)):
            assert fast.span(s, len(fast.text)) == slow.span(s, len(fast.text))


def test_find_tolls_memo_hands_out_copies() -> None:
    ctx = build_context("قتل 5 أشخاص وأصيب 3 آخرون في هجوم.")
    sent = ctx.sentences[0]
    killed, injured = find_tolls(ctx, sent)
    assert killed is not None and killed.best == 5
    assert injured is not None and injured.best == 3
    killed.children = 99  # merging fills a breakdown in place
    injured.best = 0
    again_k, again_i = find_tolls(ctx, sent)
    assert again_k is not killed and again_k is not None and again_k.children is None
    assert again_i is not None and again_i.best == 3
    assert (again_k, again_i) == _find_tolls(ctx, sent)


def test_word_rows_filled_on_demand_equal_the_whole_document() -> None:
    ctx = build_context("قال مصدر أمني إن مسلحين هاجموا نقطة للشرطة، وقتل جنديان. وأضاف المصدر أن القوات ردت.")
    full = [(t.start, t.end, list(clitic_words(t.norm, True))) for t in ctx.tokens]
    n = len(ctx.text)
    rnd = random.Random(3)
    for _ in range(60):
        a = rnd.randint(0, n)
        b = rnd.randint(a, n)
        got = _words(ctx, a, b)
        want = [r for r in full if a <= r[0] < b]
        assert got == want
    assert _words(ctx, 0, n) == full
    assert ctx.word_rows == full


def test_trigger_words_cache_equals_the_readings_test_and_follows_the_lexicon() -> None:
    import dataclasses
    import importlib

    detect_mod = importlib.import_module("marsad.events.detect")
    from marsad.events.lexicon import load_lexicon

    lex = load_lexicon()
    forms = lex.forms.keys()
    words = ["قصف", "وقصفت", "بالقصف", "كتب", "", "،", "12", "xyz"] + sorted(lex.forms)[:50]
    words += [w for t in _random_texts(100) for w in t.split()]
    tw = detect_mod._trigger_words(lex)
    for w in words:
        assert tw[w] == (not forms.isdisjoint(detect_mod._word_readings(w))), w
    assert detect_mod._trigger_words(lex) is tw  # one cache per lexicon
    # another lexicon (here: no trigger forms at all) gets its own, empty cache
    other = dataclasses.replace(lex, forms={})
    tw2 = detect_mod._trigger_words(other)
    assert tw2 is not tw and len(tw2) == 0
    assert not any(tw2[w] for w in words)
    assert detect_mod._trigger_words(lex) is not tw2  # back to the real lexicon: a fresh cache


def test_anchored_matches_equal_finditer_when_every_match_starts_at_a_word() -> None:
    import random
    import re

    from marsad.arabic.anchored import matches_at, word_starts

    pat = re.compile(r"(?<![^\W\d_])[وب]?(?:قتل|هجوم)(?![^\W\d_])")
    rng = random.Random(7)
    alphabet = ["قتل", "هجوم", "و", "ب", " ", "،", "ا", "ل", "م"]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        want = [m.span() for m in pat.finditer(text)]
        got = [m.span() for m in matches_at(pat, text, word_starts(text, ["قتل", "هجوم"], before=1))]
        assert got == want, text
