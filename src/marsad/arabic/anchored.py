"""Run a compiled pattern only where it can start.

Several readers look for a pattern whose every match begins at (or a letter or two before) one of a few literal
words. Trying the pattern at every position of a text is slow in Python's regex engine; finding the words with
``str.find`` and trying the pattern, anchored, only there gives the same matches, left to right and without
overlap, as ``finditer`` when every match starts at one of the candidate positions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def matches_at(pat: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """Non-overlapping matches of ``pat`` tried, anchored, at ``starts`` (in increasing order)."""
    out: list[re.Match[str]] = []
    end = 0
    for st in sorted(set(starts)):
        if st < end:
            continue
        m = pat.match(text, st)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def word_starts(text: str, words: Iterable[str], before: int = 0) -> set[int]:
    """Every position where one of ``words`` occurs in ``text``, and up to ``before`` positions before each."""
    out: set[int] = set()
    for w in words:
        if not w:
            continue
        i = text.find(w)
        while i >= 0:
            out.update(range(max(i - before, 0), i + 1))
            i = text.find(w, i + 1)
    return out
