"""Arabic normalisation for matching, with a map back to the original text.

Every transformation is either one character to one character (a table) or
the deletion of a character (diacritics, tatweel, bidi marks).  The normalised
text therefore maps back to the original through the sorted positions of the
deleted characters alone, which keeps normalisation at ``str.translate`` speed
and any span found in the normalised text maps to the exact original span.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

# One-to-one replacements used for matching.
_MAP: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ڪ": "ك",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‹": '"', "›": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ",
    "–": "-", "—": "-", "‐": "-", "−": "-",
    "٫": ".", "٬": ",",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian/Urdu)
# Arabic presentation forms (old PDFs, some CMS exports) whose compatibility form is one
# character map to that character (then through the table above).  Ligatures that expand to
# two or more characters (lam-alef ﻻ, ﷲ ...) are left alone: mapping them would break the
# one-to-one offset map.
for _cp in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]:
    _c = chr(_cp)
    _k = unicodedata.normalize("NFKC", _c)
    if len(_k) == 1 and _k != _c and "\u0600" <= _k <= "\u06ff":
        _MAP[_c] = _MAP.get(_k, _k)

# Characters removed for matching: harakat, superscript alef, tatweel, Quranic marks, bidi controls.
_DELETE = (
    [chr(c) for c in range(0x064B, 0x0653)]
    + ["\u0670", "\u0640", "\u0654", "\u0655", "\u0656", "\u0657", "\u0658"]
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
       "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u00ad"]
)
_TABLE = str.maketrans({**_MAP, **{c: None for c in _DELETE}})
_MARKS = frozenset(c for c in _DELETE if "\u064b" <= c <= "\u06dc" or c == "\u0640")
_DELETE_RE = re.compile("[" + "".join(re.escape(c) for c in _DELETE) + "]")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and the way back to the original characters."""

    original: str
    text: str
    deleted: tuple[int, ...]  # original positions of deleted characters, sorted
    # for each deleted character, how many kept characters precede it (``deleted[j] - j``, non-decreasing):
    # made by `normalize`, it turns `to_original` into one bisection
    kept_before: tuple[int, ...] = field(default=(), compare=False, repr=False)

    def _is_deleted(self, o: int) -> bool:
        k = bisect_right(self.deleted, o) - 1
        return k >= 0 and self.deleted[k] == o

    def to_original(self, i: int) -> int:
        """Original offset of the normalised offset ``i`` (0 <= i <= len(text))."""
        if not self.deleted:
            return i
        if self.kept_before:
            # the i-th kept character: i plus the deletions with at most i kept characters before them
            return i + bisect_right(self.kept_before, i)
        lo, hi = i, i + len(self.deleted)
        while lo < hi:  # smallest o with (o - deletions before o) >= i
            mid = (lo + hi) // 2
            if mid - bisect_right(self.deleted, mid - 1) < i:
                lo = mid + 1
            else:
                hi = mid
        n = len(self.original)
        while lo < n and self._is_deleted(lo):
            lo += 1
        return lo

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the normalised span [start, end); trailing marks stay with their word."""
        s = self.to_original(start)
        if start >= end:
            return s, s
        e = self.to_original(end - 1) + 1
        n = len(self.original)
        while e < n and self._is_deleted(e) and self.original[e] in _MARKS:
            e += 1
        return s, e

    def from_original(self, o: int) -> int:
        """Normalised offset of original offset ``o`` (a deleted character maps to the next kept one)."""
        return o - bisect_right(self.deleted, o - 1)


_PAIRS: tuple[tuple[str, str], ...] = tuple(
    (chr(k), v or "") for k, v in _TABLE.items()  # type: ignore[misc]
)
_LONG = 256


def normalize_text(text: str) -> str:
    """Normalised text only (lexicon entries go through this same function)."""
    if len(text) < _LONG:
        return text.translate(_TABLE)
    # On long texts one str.replace per character that occurs is about twice as fast as
    # str.translate with a dict table (same result: the table is one-to-one or deletion).
    for c, v in _PAIRS:
        if c in text:
            text = text.replace(c, v)
    return text


@lru_cache(maxsize=8)  # the reading stages of one document normalise the same text (the result is immutable)
def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching and keep the offset map."""
    deleted = tuple(m.start() for m in _DELETE_RE.finditer(text))
    return Normalized(text, normalize_text(text), deleted, tuple(d - j for j, d in enumerate(deleted)))
