"""Tokens with offsets, and clitic-aware readings of a word for lexicon matching.

``tokenize(text)`` gives words, numbers and punctuation marks as separate tokens, each
with its span in ``text`` and its normal form (``normalize_text`` of the token).  Arabic
words keep internal diacritics and tatweel in ``text`` (``الـدولة`` is one token, its norm
``الدوله``); a word ending in tatweel such as the lam of ``لـ«قسد»`` stays a token of its
own (``لـ``) and the quote marks and the name are separate tokens.  A number keeps its
thousands and decimal separators (``1,200``, ``3.5``, ``٣٫٥``).

``clitic_candidates(norm_word)`` lists the readings of a normalised word with proclitics
(و ف, ب ك ل, س, ال, and the preposition lam before the article written لل) removed:
``(remainder, n)`` where ``n`` is the number of normalised characters removed from the
front.  The word itself comes first, then longer remainders before shorter ones.

Offsets of a remainder: the remainder's characters in the text are ``norm_word[n:]``.
When the reading *restores* the article's alef (لل+X read as ال+X, e.g. ``للتحالف`` →
``("التحالف", 1)``), the remainder is one character longer than ``norm_word[n:]``: its
first character (the restored ``ا``) is not written, and the span in the text still
starts at ``n`` (the written ``ل`` of the article).  So for every candidate the matched
surface is ``norm_word[n:]`` (and, with enclitics, ``norm_word[n:n + k]`` where ``k`` is
what remains of the written form; see ``clitic_readings``).  Use ``norm_offset`` to turn
a normalised offset inside a token into an offset in the original text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from importlib.resources import files
from itertools import accumulate, chain
from operator import itemgetter
from typing import NamedTuple

from marsad.arabic.normalize import normalize, normalize_text

_second = itemgetter(1)


class Token(NamedTuple):
    """A word, number or punctuation mark: ``text == source[start:end]``, ``norm = normalize_text(text)``.

    An immutable named tuple: built by C-level ``tuple.__new__`` in ``tokenize`` (a frozen dataclass
    with a Python ``__init__`` cost half of the tokenizer's time).
    """

    start: int
    end: int
    text: str
    norm: str


_new_token = partial(tuple.__new__, Token)


_AR_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc"
_AR_MARKS = "\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u200c\u200d"
_TATWEEL = "\u0640"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_SKIP = r"[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]*"
_TOKEN_RE = re.compile(
    rf"({_SKIP})("
    rf"[{_AR_LETTERS}][{_AR_LETTERS}{_AR_MARKS}{_TATWEEL}]*"  # Arabic word (internal/trailing tatweel kept)
    rf"|[{_DIGITS}]+(?:[.,\u066b\u066c\u060c][{_DIGITS}]+)*"  # number with separators
    r"|[^\W\d_\u0600-\u06ff]+"  # other letters (Latin ...)
    rf"|{_TATWEEL}+"  # a run of tatweel used as a dash
    r"|\S"  # any other visible character: punctuation, symbol
    r")"
)


def tokenize(text: str) -> list[Token]:
    """Words, numbers and punctuation of ``text`` as tokens with offsets and normal forms."""
    # Several reading stages tokenise the same document: the tokens (immutable) are built once
    # and every caller gets its own list.
    return list(_tokenize(text))


@lru_cache(maxsize=8)
def _tokenize(text: str) -> tuple[Token, ...]:
    # One C-level pass: each match is (skipped space, token); token offsets are running sums of
    # the lengths, and the normal forms come from one translate over the joined tokens.
    pairs = _TOKEN_RE.findall(text)
    if not pairs:
        return ()
    cum = list(accumulate(map(len, chain.from_iterable(pairs))))
    toks = list(map(_second, pairs))
    norms = normalize_text("\n".join(toks)).split("\n")
    return tuple(map(_new_token, zip(cum[0::2], cum[1::2], toks, norms, strict=True)))


def norm_offset(token: Token, i: int) -> int:
    """Offset in the original text of normalised offset ``i`` inside ``token.norm``."""
    if len(token.norm) == len(token.text):
        return token.start + i
    return token.start + normalize(token.text).to_original(i)


@dataclass(frozen=True, slots=True)
class _Clitics:
    prefixes: tuple[tuple[str, bool], ...]  # (written prefix, restores alef), longest first
    enclitics: tuple[str, ...]
    min_remainder: int
    definite_enclitics: frozenset[str]  # the only endings removed from a reading with the article


@lru_cache(maxsize=1)
def _clitics() -> _Clitics:
    data = json.loads(files("marsad.data").joinpath("clitics.json").read_text(encoding="utf-8"))
    n = normalize_text
    conj = [""] + [n(c) for c in data["conjunctions"]]
    prep = [""] + [n(c) for c in data["prepositions"]] + [n(c) for c in data["future"]]
    art = n(data["article"])
    lam = n(data["lam_preposition"])
    out: set[tuple[str, bool]] = set()
    for c in conj:
        for p in prep:
            if c or p:
                out.add((c + p, False))
            if (p == "" or p in [n(x) for x in data["prepositions"]]) and p != lam:
                out.add((c + p + art, False))
        # lam + article is written لل: strip the lam and restore the alef, or strip both
        out.add((c + lam, True))
        out.add((c + lam + art[1:], False))
    prefixes = tuple(sorted(out, key=lambda x: (-len(x[0]), x[1])))
    return _Clitics(prefixes, tuple(n(e) for e in data["enclitics"]), int(data["min_remainder"]),
                    frozenset(n(e) for e in data["definite_enclitics"]))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[bool, ...]], int, dict[str, tuple[str, ...]], int, frozenset[str]]:
    """Proclitics by written form (restore flags in the order of `_Clitics.prefixes`), the longest
    proclitic, enclitics by their last letter (in their listed order), the shortest remainder, the
    endings a definite reading may lose."""
    cl = _clitics()
    by_form: dict[str, list[bool]] = {}
    for pre, restore in cl.prefixes:
        by_form.setdefault(pre, []).append(restore)
    by_last: dict[str, list[str]] = {}
    for e in cl.enclitics:
        by_last.setdefault(e[-1], []).append(e)
    return (
        {k: tuple(v) for k, v in by_form.items()},
        max(map(len, by_form)),
        {k: tuple(v) for k, v in by_last.items()},
        cl.min_remainder,
        cl.definite_enclitics,
    )


_ARTICLE_ENDS = ("ال", "لل")  # a proclitic with the article ends so (و+ال، ب+ال، the lam preposition لل)
_ILA = "الي"  # إلى, normalised: «إليه، إليهم» are the preposition with a pronoun, not a word with the article


@lru_cache(maxsize=131072)
def _candidates(word: str, enclitics: bool) -> tuple[tuple[str, int], ...]:
    # Same readings and order as walking `_Clitics.prefixes` (longest first) and the enclitics in
    # their listed order, but only the word's own prefixes/suffixes are looked up.
    by_form, longest, by_last, min_rem, definite_encs = _tables()
    seen: dict[str, int] = {word: 0}
    lw = len(word)
    for k in range(min(longest, lw - 1), 0, -1):
        if lw - k < min_rem:
            continue
        restores = by_form.get(word[:k])
        if restores is None:
            continue
        rest = word[k:]
        for restore in restores:
            if restore:
                if rest[0] != "ل" or rest.startswith("ال"):
                    continue
                rem = "ا" + rest
            else:
                rem = rest
            if rem not in seen:
                seen[rem] = k
    if enclitics:
        floor = max(min_rem, 2)
        # a word with the article (itself, or after a proclitic that ends in the article) takes no attached
        # pronoun: only the endings of `definite_enclitics` go (but إلى takes pronouns: «إليه»)
        definite = word.startswith("ال") or any(word[:k].endswith(_ARTICLE_ENDS) for k in seen.values() if k)
        for rem, n in list(seen.items()):
            encs = by_last.get(rem[-1:])
            if encs is None:
                continue
            need = floor + (1 if rem.startswith("ال") else 0)
            lr = len(rem)
            for enc in encs:
                if lr - len(enc) >= need and rem.endswith(enc):
                    base = rem[: -len(enc)]
                    if definite and enc not in definite_encs and base != _ILA:
                        continue
                    if base not in seen:
                        seen[base] = n
                    if base.endswith("ت"):
                        b = base[:-1] + "ه"
                        if b not in seen:
                            seen[b] = n
                    elif base.endswith(("اي", "او")):
                        # a final hamza takes a seat before a suffix (لقاء → لقائه، اعتداء → اعتداؤهم), which
                        # normalisation reads as ي/و: the stem's own spelling is a reading too
                        b = base[:-1] + "ء"
                        if b not in seen:
                            seen[b] = n
    if len(seen) == 1:
        return ((word, 0),)
    items = list(seen.items())
    first, rest_items = items[0], items[1:]
    if len(rest_items) > 1:
        rest_items.sort(key=_order)
    return (first, *rest_items)


def _order(x: tuple[str, int]) -> tuple[int, int]:
    return (-len(x[0]), x[1])


def clitic_candidates(norm_word: str, enclitics: bool = False) -> list[tuple[str, int]]:
    """The word itself, then its readings without proclitics (and enclitics when asked).

    Returns ``(remainder, n_removed_from_front)``, longest remainder first. ``norm_word``
    must already be normalised (``Token.norm``). See the module docstring for offsets.
    """
    return list(_candidates(norm_word, enclitics))


@lru_cache(maxsize=131072)
def clitic_words(norm_word: str, enclitics: bool = False) -> tuple[str, ...]:
    """Only the remainders of ``clitic_candidates`` (same order), cached: for lexicon look-ups in hot loops."""
    return tuple([r for r, _ in _candidates(norm_word, enclitics)])


def strip_proclitics(norm_word: str, known: Callable[[str], bool]) -> tuple[str, int]:
    """The longest reading of ``norm_word`` that ``known`` accepts, else ``(norm_word, 0)``."""
    for rem, n in _candidates(norm_word, False):
        if known(rem):
            return rem, n
    return norm_word, 0
