"""Date expressions in Arabic text, resolved against the publication date.

``extract_dates(text, published)`` finds

- weekdays, with or without يوم / مساء / صباح / فجر / ليل / «في وقت متأخر (من)» ...;
  a weekday is the most recent such day on or before ``published`` (``الماضي`` forces a
  strictly earlier day, ``المقبل`` the next one); ``الجمعة 24 يوليو`` is read as the date;
- اليوم, أمس, أول أمس, الليلة الماضية (with time-of-day prefixes, and the newspaper
  form ``اليوم (الخميس)`` / ``أمس (الأربعاء)`` whose bracket is part of the span);
- الأسبوع الماضي (the previous Saturday-to-Friday week, precision 2), الشهر الماضي
  (precision 3), العام الماضي;
- explicit dates with month names of every regional system, the dual bracketed form
  ``سبتمبر (أيلول) 2018``, ordinals ``الثامن من أكتوبر (تشرين الأول) 2023``, numeric
  ``25/7/2015``; months with a year; years (``عام 2011``: precision 3, Jan 1 to Dec 31);
- spans from a start: ``منذ عام 2011`` (kind "since", end = publication date).

A day and month without a year take the publication year, or the year before when that
would put the date after publication (unless marked المقبل).  Without a publication date
the relative expressions keep ``date_start = date_end = None``.  Vocabulary is data in
``marsad/data/dates.json``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from marsad.arabic.normalize import normalize_text
from marsad.arabic.tokens import Token, norm_offset, tokenize
from marsad.mentions import DateMention

Phrases = dict[tuple[str, ...], object]


@dataclass(frozen=True, slots=True)
class _Lex:
    months: dict[tuple[str, ...], int]
    weekdays: dict[tuple[str, ...], int]
    rel_days: dict[tuple[str, ...], int]
    rel_spans: dict[tuple[str, ...], tuple[str, int]]
    prefixes: dict[tuple[str, ...], bool]
    day_ordinals: dict[tuple[str, ...], int]
    past: frozenset[str]
    future: frozenset[str]
    current: frozenset[str]
    since: frozenset[str]
    year_words: frozenset[str]
    year_suffixes: frozenset[str]
    joiners: frozenset[str]
    month_context: frozenset[str]
    maxlen: int


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    d = json.loads(files("marsad.data").joinpath("dates.json").read_text(encoding="utf-8"))

    def key(s: str) -> tuple[str, ...]:
        return tuple(normalize_text(s).split())

    def table(name: str) -> dict:
        return {key(k): (tuple(v) if isinstance(v, list) else v) for k, v in d[name].items()}

    def words(name: str) -> frozenset[str]:
        return frozenset(normalize_text(w) for w in d[name])

    prefixes = {key(p): True for p in d["day_prefixes"]}
    tabs = [table("months"), table("weekdays"), table("relative_days"), table("relative_spans"), prefixes]
    return _Lex(
        months=tabs[0],
        weekdays=tabs[1],
        rel_days=tabs[2],
        rel_spans=tabs[3],
        prefixes=prefixes,
        day_ordinals=table("day_ordinals"),
        past=words("past_markers"),
        future=words("future_markers"),
        current=words("current_markers"),
        since=words("since_words"),
        year_words=words("year_words"),
        year_suffixes=words("year_suffixes"),
        joiners=words("ordinal_joiners"),
        month_context=words("month_context"),
        maxlen=max(len(k) for t in tabs for k in t),
    )


_CLITICS = ("وب", "ول", "فب", "وفي", "و", "ف", "ب", "ل")


def _match(toks: list[Token], i: int, table: dict, first_clitic: bool = True) -> tuple[object, int, int] | None:
    """Longest phrase of ``table`` at token i: (value, index after, clitic chars removed)."""
    n = len(toks)
    for length in range(min(_lex().maxlen, n - i), 0, -1):
        rest = tuple(t.norm for t in toks[i + 1 : i + length])
        head = toks[i].norm
        k = (head, *rest)
        if k in table:
            return table[k], i + length, 0
        if first_clitic:
            for c in _CLITICS:
                if head.startswith(c) and len(head) > len(c) + 1:
                    k = (head[len(c) :], *rest)
                    if k in table:
                        return table[k], i + length, len(c)
    return None


def _int(t: Token) -> int | None:
    return int(t.norm) if t.norm.isdigit() and len(t.norm) <= 4 else None


def _year(toks: list[Token], j: int) -> tuple[int, int] | None:
    """A four-digit year at j (optionally followed by م): (year, index after)."""
    if j < len(toks):
        y = _int(toks[j])
        if y is not None and 1900 <= y <= 2100 and len(toks[j].norm) == 4:
            j += 1
            if j < len(toks) and toks[j].norm in _lex().year_suffixes:
                j += 1
            return y, j
    return None


def _bracket_month(toks: list[Token], j: int, lx: _Lex) -> int:
    """Skip a bracketed second month name: سبتمبر (أيلول)."""
    if j < len(toks) and toks[j].norm in ("(", "-", "/", ","):
        m = _match(toks, j + 1, lx.months, False)
        if m is not None:
            k = m[1]
            if k < len(toks) and toks[k].norm in (")", "-", "/", ","):
                k += 1
            return k
    return j


def _shift_month(y: int, m: int, d: int) -> tuple[int, int]:
    m += d
    while m < 1:
        m += 12
        y -= 1
    while m > 12:
        m -= 12
        y += 1
    return y, m


def _month_range(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


@dataclass(slots=True)
class _Hit:
    j: int  # index after the expression
    start: dt.date | None
    end: dt.date | None
    precision: int
    kind: str
    relative: bool


def _marker(toks: list[Token], j: int, lx: _Lex) -> tuple[int, int]:
    """(direction, index after): -1 past, +1 future, 0 current/none."""
    if j < len(toks):
        w = toks[j].norm
        if w in lx.past:
            return -1, j + 1
        if w in lx.future:
            return 1, j + 1
        if w in ("الجاري", "الحالي"):
            return 0, j + 1
    return 0, j


def _explicit(toks: list[Token], k: int, pub: dt.date | None, lx: _Lex, ctx: bool) -> _Hit | None:
    """day? month (bracket)? year? marker? — or numeric d/m/y."""
    n = len(toks)
    day: int | None = None
    j = k
    if j < n and (v := _int(toks[j])) is not None and 1 <= v <= 31 and len(toks[j].norm) <= 2:
        # numeric d/m/y
        if j + 4 < n and toks[j + 1].norm in ("/", "-", ".") and toks[j + 3].norm == toks[j + 1].norm:
            mo = _int(toks[j + 2])
            yr = _year(toks, j + 4)
            if mo is not None and 1 <= mo <= 12 and yr is not None:
                try:
                    d = dt.date(yr[0], mo, v)
                except ValueError:
                    return None
                return _Hit(yr[1], d, d, 1, "day", False)
        day = v
        j += 1
    elif j < n and (od := _match(toks, j, lx.day_ordinals, False)) is not None:
        day = int(od[0])  # type: ignore[call-overload]
        j = od[1]
        if j < n and toks[j].norm in lx.joiners:
            j += 1
        elif j < n and (toks[j].norm == "من" or toks[j].norm.startswith("من")):
            j += 1
    elif j < n and (yv := _year(toks, j)) is not None and j + 4 < n and toks[j + 1].norm in ("/", "-"):
        mo = _int(toks[j + 2])
        dd = _int(toks[j + 4])
        if toks[j + 3].norm == toks[j + 1].norm and mo and dd and 1 <= mo <= 12:
            try:
                d = dt.date(yv[0], mo, dd)
            except ValueError:
                return None
            return _Hit(j + 5, d, d, 1, "day", False)
        return None
    mm = _match(toks, j, lx.months, day is None)
    if mm is None:
        return None
    month = int(mm[0])  # type: ignore[call-overload]
    j = _bracket_month(toks, mm[1], lx)
    yr = _year(toks, j)
    if yr is None and j + 1 < n and toks[j].norm in lx.year_words:
        yr = _year(toks, j + 1)
    direction = 0
    if yr is not None:
        year: int | None = yr[0]
        j = yr[1]
    else:
        direction, j = _marker(toks, j, lx)
        if day is None and not ctx and direction == 0 and j == mm[1]:
            return None  # a bare month name (مارس is also a verb) needs context
        year = None
        if pub is not None:
            year = pub.year
            probe_day = day or 1
            try:
                cand = dt.date(year, month, min(probe_day, calendar.monthrange(year, month)[1]))
            except ValueError:
                return None
            if direction > 0:
                if cand <= pub:
                    year += 1
            elif cand > pub or (direction < 0 and day is None and month == pub.month):
                year -= 1
    if day is not None:
        if year is None:
            return _Hit(j, None, None, 1, "day", True)
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        return _Hit(j, d, d, 1, "day", yr is None)
    if year is None:
        return _Hit(j, None, None, 3, "month", True)
    a, b = _month_range(year, month)
    return _Hit(j, a, b, 3, "month", yr is None)


def _week(pub: dt.date, delta: int) -> tuple[dt.date, dt.date]:
    start = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)  # weeks run Saturday to Friday
    start += dt.timedelta(days=7 * delta)
    return start, start + dt.timedelta(days=6)


def _at(toks: list[Token], i: int, pub: dt.date | None, lx: _Lex) -> tuple[_Hit, int] | None:
    """A date expression starting at token i: (hit, clitic chars removed from token i)."""
    n = len(toks)
    off = 0
    k = i
    pm = _match(toks, i, lx.prefixes)
    if pm is not None:
        k, off = pm[1], pm[2]
    # weekday
    wm = _match(toks, k, lx.weekdays, pm is None)
    if wm is not None:
        if pm is None:
            off = wm[2]
        w = int(wm[0])  # type: ignore[call-overload]
        j = wm[1]
        # a date right after the weekday wins: الجمعة 24 يوليو / الجمعة (24 يوليو)
        jj = j + 1 if j < n and toks[j].norm in ("(", "،", ",", "-") else j
        ex = _explicit(toks, jj, pub, lx, True)
        if ex is not None and ex.kind == "day":
            if jj != j and ex.j < n and toks[ex.j].norm == ")":
                ex.j += 1
            return ex, off
        direction, j = _marker(toks, j, lx)
        if pub is None:
            return _Hit(j, None, None, 1, "relative", True), off
        if direction > 0:
            delta = (w - pub.weekday()) % 7 or 7
            d = pub + dt.timedelta(days=delta)
        else:
            delta = (pub.weekday() - w) % 7
            if direction < 0 and delta == 0:
                delta = 7
            d = pub - dt.timedelta(days=delta)
        return _Hit(j, d, d, 1, "relative", True), off
    # اليوم / أمس / أول أمس / الليلة الماضية, with (weekday) after
    rm = _match(toks, k, lx.rel_days, pm is None)
    if rm is not None:
        if pm is None:
            off = rm[2]
        j = rm[1]
        nxt = toks[j].norm if j < n else ""
        head = toks[k].norm[rm[2] :]
        if head == "اليوم" and nxt.startswith("ال") and (nxt,) not in lx.weekdays and pm is None:
            return None  # اليوم التالي, اليوم الوطني ...
        if j + 2 < n and toks[j].norm == "(" and (toks[j + 1].norm,) in lx.weekdays and toks[j + 2].norm == ")":
            j += 3
        elif j < n and (nxt,) in lx.weekdays:
            j += 1
        if pub is None:
            return _Hit(j, None, None, 1, "relative", True), off
        d = pub + dt.timedelta(days=int(rm[0]))  # type: ignore[call-overload]
        return _Hit(j, d, d, 1, "relative", True), off
    ex = _explicit(toks, k, pub, lx, pm is not None or (i > 0 and toks[i - 1].norm in lx.month_context))
    if ex is not None:
        return ex, off
    if pm is not None:
        return None
    # الأسبوع الماضي / الشهر الماضي / العام الماضي
    sm = _match(toks, i, lx.rel_spans)
    if sm is not None:
        unit, delta = sm[0]  # type: ignore[misc]
        j = sm[1]
        if pub is None:
            return _Hit(j, None, None, 2 if unit == "week" else 3, "span" if unit == "week" else unit, True), sm[2]
        if unit == "week":
            a, b = _week(pub, delta)
            return _Hit(j, a, b, 2, "span", True), sm[2]
        if unit == "month":
            y, m = _shift_month(pub.year, pub.month, delta)
            a, b = _month_range(y, m)
            return _Hit(j, a, b, 3, "month", True), sm[2]
        y = pub.year + delta
        return _Hit(j, dt.date(y, 1, 1), dt.date(y, 12, 31), 3, "year", True), sm[2]
    # منذ ...
    head = toks[i].norm
    since_off = 1 if head[:1] in "وف" and head[1:] in lx.since else 0
    if head in lx.since or since_off:
        j = i + 1
        inner: tuple[_Hit, int] | None = None
        if j < n and toks[j].norm in lx.year_words:
            yr = _year(toks, j + 1)
            if yr is not None:
                y = yr[0]
                inner = _Hit(yr[1], dt.date(y, 1, 1), dt.date(y, 12, 31), 3, "year", False), 0
        elif (yr := _year(toks, j)) is not None:
            y = yr[0]
            inner = _Hit(yr[1], dt.date(y, 1, 1), dt.date(y, 12, 31), 3, "year", False), 0
        else:
            inner = _at(toks, j, pub, lx)
        if inner is not None:
            h = inner[0]
            h.kind = "since"
            h.end = pub
            h.relative = True
            return h, since_off
        return None
    # عام 2011 / في 2014
    j = i
    if head in lx.year_words or (head[:1] in "وبل" and head[1:] in lx.year_words):
        j = i + 1
        off = 0
    elif head == "في" or head == "وفي":
        j = i + 1
    else:
        return None
    yr = _year(toks, j)
    if yr is None:
        return None
    y = yr[0]
    if head in ("في", "وفي"):
        # "في 2014": the span starts at the year
        return _Hit(yr[1], dt.date(y, 1, 1), dt.date(y, 12, 31), 3, "year", False), -1
    return _Hit(yr[1], dt.date(y, 1, 1), dt.date(y, 12, 31), 3, "year", False), off


def extract_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Date mentions in ``text``, resolved against ``published`` where relative."""
    if isinstance(published, dt.datetime):
        published = published.date()
    lx = _lex()
    toks = tokenize(text)
    out: list[DateMention] = []
    i = 0
    n = len(toks)
    while i < n:
        c = toks[i].norm[:1]
        if not (c.isdigit() or "\u0621" <= c <= "\u064a"):
            i += 1
            continue
        r = _at(toks, i, published, lx)
        if r is None:
            i += 1
            continue
        h, off = r
        first = i + 1 if off == -1 else i
        s = norm_offset(toks[first], max(off, 0))
        e = toks[h.j - 1].end
        out.append(DateMention(s, e, text[s:e], h.start, h.end, h.precision, h.kind, h.relative))
        i = max(h.j, i + 1)
    return out
