"""Sentence splitting for Arabic news text.

``split_sentences(text)`` returns ``(start, end)`` spans into ``text``, each stripped of
surrounding whitespace.  A line break always ends a sentence.  Inside a line a sentence
ends at ``. ! ? ؟ …`` (with any closing quotes or brackets that follow) when a space or the
end of the line follows.  It does not end:

- at the Arabic comma «،» or semicolon «؛» (they are never terminators);
- inside a quotation «...» / “...” / "..." that opens and closes on the same line
  (an unbalanced quotation on a line gives no protection, so one stray mark cannot swallow
  a paragraph);
- after a single letter (أ.ف.ب, د.ب.أ, إ.ب.أ, د. محمد, U.S.) unless that letter follows a
  number (``2018 م.`` is an era mark that can end a sentence), or after a listed abbreviation.

The data (terminators, quotes, abbreviations) are in ``marsad/data/arabic_sentences.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class _Rules:
    boundary: re.Pattern[str]
    quotes: re.Pattern[str]
    openers: dict[str, int]  # quote char -> pair index (opening)
    closers: dict[str, int]  # quote char -> pair index (closing)
    symmetric: dict[str, int]  # quote char -> pair index (toggles)
    n_pairs: int
    last_word: re.Pattern[str]
    abbreviations: frozenset[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = json.loads(files("marsad.data").joinpath("arabic_sentences.json").read_text(encoding="utf-8"))
    term = re.escape(data["terminators"])
    clos = re.escape(data["closers"])
    # (also a period glued to the next sentence, «بين الطرفين.وقتل»: after a word of three letters or more and before
    # a letter — «د.محمد» and other abbreviations stay whole)
    # (and a period with a space before it and none after, «في مدينة تعز .اما في محافظة مأرب»)
    # (the lookbehinds come after the period, so that only a period starts their test: 3-4x faster than before it)
    letter = "\u0621-\u064A"
    boundary = re.compile(rf"[{term}]+[{clos}]*(?=\s|$)"
                          rf"|\.(?:(?<=[{letter}]{{3}}\.)|(?<=[{letter}]{{3}} \.))(?=[{letter}])")
    openers: dict[str, int] = {}
    closers: dict[str, int] = {}
    for k, (o, c) in enumerate(data["quote_pairs"]):
        openers[o] = k
        closers[c] = k
    n = len(data["quote_pairs"])
    symmetric = {q: n + k for k, q in enumerate(data["symmetric_quotes"])}
    allq = "".join(openers) + "".join(closers) + "".join(symmetric)
    quotes = re.compile("[" + re.escape(allq) + "]")
    return _Rules(
        boundary=boundary,
        quotes=quotes,
        openers=openers,
        closers=closers,
        symmetric=symmetric,
        n_pairs=n + len(symmetric),
        last_word=re.compile(r"(\S+)\s*$"),
        abbreviations=frozenset(data["abbreviations"]),
    )


_SINGLE_LETTER = re.compile(r"^[(\[«\"“]?([^\W\d_])$")
_DOTTED = re.compile(r"^[(\[«\"“]?(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}$")
_NUMBER = re.compile(r"[0-9٠-٩۰-۹]+$")


def _is_abbreviation(line: str, dot: int, rules: _Rules) -> bool:
    """Whether the period at ``line[dot]`` closes an abbreviation rather than a sentence."""
    # the word before the dot: what ``rules.last_word.search(line, lo, dot)`` finds (its group 1 and
    # start), without the regex's backtracking at every position (regex \s is str.isspace)
    lo = max(0, dot - 40)
    head = line[lo:dot].rstrip()
    if not head:
        return False
    w = head.rsplit(None, 1)[-1]
    w_start = lo + len(head) - len(w)
    if w in rules.abbreviations or _DOTTED.match(w):
        return True
    if _SINGLE_LETTER.match(w):
        before = line[max(0, w_start - 12) : w_start].rstrip()
        return not _NUMBER.search(before)  # "2018 م." may end a sentence
    return False


def _quote_depth_events(line: str, rules: _Rules) -> list[tuple[int, int, int]]:
    """(position, pair, +1/-1) for each quote mark of a pair balanced on this line."""
    marks = [(m.start(), m.group()) for m in rules.quotes.finditer(line)]
    if not marks:
        return []
    depth = [0] * rules.n_pairs
    ok = [True] * rules.n_pairs
    events: list[tuple[int, int, int]] = []
    for pos, ch in marks:
        if ch in rules.symmetric:
            k = rules.symmetric[ch]
            d = 1 if depth[k] == 0 else -1
        elif ch in rules.openers and (ch not in rules.closers or depth[rules.openers[ch]] == 0):
            k = rules.openers[ch]
            d = 1
        else:
            k = rules.closers[ch]
            d = -1
            if depth[k] == 0:
                ok[k] = False
        depth[k] = max(0, depth[k] + d)
        events.append((pos, k, d))
    for k in range(rules.n_pairs):
        if depth[k] != 0:
            ok[k] = False
    return [e for e in events if ok[e[1]]]


def _split_line(text: str, lo: int, hi: int, rules: _Rules, out: list[tuple[int, int]]) -> None:
    line = text[lo:hi]
    events = _quote_depth_events(line, rules)
    ei = 0
    depth = 0
    start = 0
    for m in rules.boundary.finditer(line):
        end = m.end()
        while ei < len(events) and events[ei][0] < end:
            depth += events[ei][2]
            ei += 1
        if depth > 0:
            continue
        if m.group()[0] == "." and not m.group().startswith("..") and _is_abbreviation(line, m.start(), rules):
            continue
        _emit(text, lo + start, lo + end, out)
        start = end
    _emit(text, lo + start, hi, out)


def _emit(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e:
        out.append((s, e))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` into ``text``, stripped of surrounding whitespace."""
    rules = _rules()
    out: list[tuple[int, int]] = []
    lo = 0
    n = len(text)
    while lo < n:
        hi = text.find("\n", lo)
        if hi < 0:
            hi = n
        _split_line(text, lo, hi, rules, out)
        lo = hi + 1
    return out
