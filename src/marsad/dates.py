"""Date expressions in Arabic text, resolved against the publication date.

``extract_dates(text, published)`` finds

- weekdays, with or without يوم / مساء / صباح / فجر / ليل / «في وقت متأخر (من)» ...;
  a weekday is the most recent such day on or before ``published`` (``الماضي`` forces a
  strictly earlier day, ``المقبل`` the next one, ``من الأسبوع الماضي`` the day of the previous
  week); ``الجمعة 24 يوليو`` is read as the explicit date;
- اليوم, أمس, أول أمس, الليلة الماضية (with time-of-day prefixes).  The newspaper form
  ``اليوم (الخميس)`` / ``أمس (الأربعاء)`` takes the stated weekday nearest to the day the
  word gives (a paper's date often slips by a day against its stated weekday); the bracket is
  part of the span.  ``اليوم`` inside an outlet's name (إسرائيل اليوم), quoted, or in
  ``اليوم نفسه`` / ``ذلك اليوم`` / ``اليوم التالي`` is not a date;
- الأسبوع الماضي (the previous Saturday-to-Friday week, precision 2), الشهر الماضي
  (precision 3), العام الماضي;
- explicit dates with month names of every regional system, the dual form with or without
  brackets (``سبتمبر (أيلول) 2018``, ``يوليو تموز``, ``شباط/فبراير``), ordinals (``الثامن من
  أكتوبر (تشرين الأول) 2023``, ``الـ15 من سبتمبر``), day ranges (``25 و26 أغسطس``: precision 2),
  ``من العام الماضي`` after a month, numeric ``25/7/2015``; months with a year; years
  (``عام 2011``: precision 3, Jan 1 to Dec 31);
- spans from a start: ``منذ عام 2011`` (kind "since", end = publication date);
- Islamic holidays (``يوم العيد``, ``مساء يوم العيد``, ``عيد الفطر``, ``أول أيام عيد الأضحى``,
  ``أول أيام رمضان``): the Umm al-Qura day (``hijridate``) of the occurrence on or before the
  publication date, or of one at most ``holiday_ahead_days`` after it (``الماضي`` / ``المقبل``
  after the phrase force the last or the next); a holiday of several days (عيد الفطر) is a span.

A day and month without a year take the publication year, unless that puts the date more
than ``days_ahead_window`` days after publication (then the year before) or a marker says
otherwise (الماضي / المقبل).  A month alone is the most recent such month.  Without a
publication date the relative expressions keep ``date_start = date_end = None``.
Vocabulary is data in ``marsad/data/dates.json``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from itertools import compress
from typing import Any

from marsad.arabic.normalize import normalize_text
from marsad.arabic.tokens import Token, norm_offset, tokenize
from marsad.mentions import DateMention

# head word -> [(following words, value)], longest first
Index = dict[str, list[tuple[tuple[str, ...], Any]]]


def _index(entries: dict[str, Any]) -> Index:
    out: Index = {}
    for k, v in entries.items():
        words = tuple(normalize_text(k).split())
        out.setdefault(words[0], []).append((words[1:], tuple(v) if isinstance(v, list) else v))
    for lst in out.values():
        lst.sort(key=lambda x: -len(x[0]))
    return out


@dataclass(frozen=True, slots=True)
class _Lex:
    months: Index
    weekdays: Index
    rel_days: Index
    recent: Index
    recent_after: frozenset[str]
    ago: Index
    ago_markers: frozenset[str]
    ago_plurals: frozenset[str]
    rel_spans: Index
    rel_years: Index
    prefixes: Index
    day_ordinals: Index
    outlets: Index
    named: Index
    holidays: Index
    holidays_after_prefix: Index
    holiday_days: dict[str, tuple[tuple[int, int], ...]]
    holiday_ahead: int
    past: frozenset[str]
    future: frozenset[str]
    since: frozenset[str]
    year_words: frozenset[str]
    year_suffixes: frozenset[str]
    joiners: frozenset[str]
    range_joiners: frozenset[str]
    month_context: frozenset[str]
    today_after: frozenset[str]
    today_before: frozenset[str]
    weekday_names: frozenset[str]
    month_word: str
    ahead: int
    starters: frozenset[str]


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    d = json.loads(files("marsad.data").joinpath("dates.json").read_text(encoding="utf-8"))

    def words(name: str) -> frozenset[str]:
        return frozenset(normalize_text(w) for w in d[name])

    months = _index(d["months"])
    weekdays = _index(d["weekdays"])
    rel_days = _index(d["relative_days"])
    recent = _index({p: True for p in d["recent_hours"]})
    ago = _index({f"{m} {span}": n for m in d["ago_markers"] for span, n in d["ago_spans"].items()})
    rel_spans = _index(d["relative_spans"])
    prefixes = _index({p: True for p in d["day_prefixes"]})
    ordinals = _index(d["day_ordinals"])
    named = _index(d["named_days"])
    holidays = _index({k: v for k, v in d["holidays"].items() if not k.startswith("_")})
    after_prefix = _index({k: v for k, v in d["holidays_after_prefix"].items() if not k.startswith("_")})
    since = words("since_words")
    year_words = words("year_words")
    starters = (
        frozenset(months) | frozenset(weekdays) | frozenset(rel_days) | frozenset(rel_spans) | frozenset(recent)
        | frozenset(prefixes) | frozenset(ordinals) | frozenset(holidays) | since | year_words | {"في", "ال"}
        | frozenset(ago)
    )
    return _Lex(
        months=months,
        weekdays=weekdays,
        rel_days=rel_days,
        recent=recent,
        recent_after=words("recent_hours_blockers"),
        ago=ago,
        ago_markers=words("ago_markers"),
        ago_plurals=words("ago_day_plurals"),
        rel_spans=rel_spans,
        rel_years=_index(d["relative_years"]),
        prefixes=prefixes,
        day_ordinals=ordinals,
        outlets=_index({o: True for o in d["outlets_with_today"]}),
        named=named,
        holidays=holidays,
        holidays_after_prefix=after_prefix,
        holiday_days={k: tuple((int(m), int(dd)) for m, dd in v) for k, v in d["holiday_days"].items()
                      if not k.startswith("_")},
        holiday_ahead=int(d["holiday_ahead_days"]),
        past=words("past_markers"),
        future=words("future_markers"),
        since=since,
        year_words=year_words,
        year_suffixes=words("year_suffixes"),
        joiners=words("ordinal_joiners"),
        range_joiners=words("range_joiners"),
        month_context=words("month_context"),
        today_after=words("today_blockers_after"),
        today_before=words("today_blockers_before"),
        weekday_names=words("weekday_name_heads"),
        month_word=normalize_text(d["month_word"]),
        ahead=int(d["days_ahead_window"]),
        starters=starters,
    )


_CLITICS = ("وب", "ول", "فب", "و", "ف", "ب", "ل")


@lru_cache(maxsize=65536)
def _heads(head: str, clitic: bool) -> tuple[tuple[str, int], ...]:
    out = [(head, 0)]
    if clitic and head[:1] in "وفبل":
        out.extend((head[len(c) :], len(c)) for c in _CLITICS if head.startswith(c) and len(head) > len(c) + 1)
    return tuple(out)


@lru_cache(maxsize=65536)
def _may_start(w: str) -> bool:
    """Token ``w`` (normalised) can begin a date expression: a digit, a head word, or a head word after a clitic."""
    starters = _lex().starters
    return bool(w[:1].isdigit() or w in starters or (w[:1] in "وفبل" and any(h in starters for h, _ in _heads(w, True))))


def _match(toks: list[Token], i: int, table: Index, clitic: bool = True) -> tuple[Any, int, int] | None:
    """Longest phrase of ``table`` at token i: (value, index after, clitic chars removed)."""
    if i >= len(toks):
        return None
    for h, off in _heads(toks[i].norm, clitic):
        entries = table.get(h)
        if not entries:
            continue
        for rest, v in entries:
            j = i + 1
            if not rest:
                return v, j, off
            if j + len(rest) > len(toks) or toks[j].norm != rest[0]:
                continue
            if all(toks[j + q].norm == w for q, w in enumerate(rest)):
                return v, j + len(rest), off
    return None


def _int(t: Token) -> int | None:
    return int(t.norm) if t.norm.isdigit() and len(t.norm) <= 4 else None


def _year(toks: list[Token], j: int, lo: int = 1900) -> tuple[int, int] | None:
    """A four-digit year at j (optionally followed by م): (year, index after)."""
    if j < len(toks):
        y = _int(toks[j])
        if y is not None and lo <= y <= 2100 and len(toks[j].norm) == 4:
            j += 1
            if j < len(toks) and toks[j].norm in _lex().year_suffixes:
                j += 1
            return y, j
    return None


def _second_month(toks: list[Token], j: int, lx: _Lex) -> int:
    """Skip the other system's name of the same month: سبتمبر (أيلول) / يوليو تموز / شباط/فبراير."""
    n = len(toks)
    if j < n and toks[j].norm in ("(", "-", "/"):
        m = _match(toks, j + 1, lx.months, False)
        if m is not None:
            k = m[1]
            if k < n and toks[k].norm == ")":
                k += 1
            return k
    m = _match(toks, j, lx.months, False)
    if m is not None:
        return m[1]
    return j


def _month_range(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _shift_month(y: int, m: int, d: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + d
    return k // 12, k % 12 + 1


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


def _year_after_month(toks: list[Token], j: int, pub: dt.date | None, lx: _Lex) -> tuple[int | None, int, bool]:
    """Year after a month: 2018 / عام 2018 / من عام 2018 / من العام الماضي. (year, index, found)."""
    n = len(toks)
    yr = _year(toks, j)
    if yr is None and j + 1 < n and toks[j].norm in ("،", ",") and (yr2 := _year(toks, j + 1)) is not None:
        yr = yr2
    k = j + 1 if j < n and toks[j].norm == "من" else j
    if yr is None and k < n and toks[k].norm in lx.year_words:
        yr = _year(toks, k + 1, 1000)
    if yr is not None:
        return yr[0], yr[1], True
    ry = _match(toks, k, lx.rel_years, False)
    if ry is not None:
        return (pub.year + int(ry[0]) if pub else None), ry[1], True
    return None, j, False


def _explicit(toks: list[Token], k: int, pub: dt.date | None, lx: _Lex, ctx: bool) -> _Hit | None:
    """day? month (other name)? year? marker? — or numeric d/m/y and y-m-d."""
    n = len(toks)
    day: int | None = None
    day2: int | None = None
    j = k
    if j < n and toks[j].norm == "ال" and j + 1 < n and toks[j + 1].norm.isdigit():
        j += 1  # الـ15 من سبتمبر
    if j < n and (v := _int(toks[j])) is not None and 1 <= v <= 31 and len(toks[j].norm) <= 2:
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
        # a day range sharing the month: 25 و26 أغسطس / من 1 إلى 5 أغسطس
        if j + 1 < n and toks[j].norm in lx.range_joiners and (v2 := _int(toks[j + 1])) is not None and v < v2 <= 31:
            if _match(toks, j + 2, lx.months, False) is not None:
                day2 = v2
                j += 2
        if j < n and toks[j].norm in lx.joiners:
            j += 1
    elif j < n and (od := _match(toks, j, lx.day_ordinals, False)) is not None:
        day = int(od[0])
        j = od[1]
        if j < n and toks[j].norm in lx.joiners:
            j += 1
        else:
            return None  # an ordinal alone (الثاني ...) is not a day
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
    if day is not None and j < n and toks[j].norm == lx.month_word:
        j += 1
    if day is not None and day2 is None and (sm := _match(toks, j, lx.rel_spans, False)) is not None \
            and sm[0][0] == "month":
        # «في السابع من الشهر الحالي»، «يوم 25 من الشهر الماضي»: a day of the month told relative to the paper's
        if pub is None:
            return _Hit(sm[1], None, None, 1, "day", True)
        y, m = _shift_month(pub.year, pub.month, int(sm[0][1]))
        try:
            d = dt.date(y, m, day)
        except ValueError:
            return None
        return _Hit(sm[1], d, d, 1, "day", True)
    mm = _match(toks, j, lx.months, day is None)
    if mm is None:
        return None
    month = int(mm[0])
    j = _second_month(toks, mm[1], lx)
    year, j2, found = _year_after_month(toks, j, pub, lx)
    if not found and day is None and j < n and toks[j].norm.startswith("و"):
        # مارس (آذار) وأبريل (نيسان) 2012: the year after the next month applies
        nm = _match(toks, j, lx.months, True)
        if nm is not None and nm[2] == 1:
            y2, _, f2 = _year_after_month(toks, _second_month(toks, nm[1], lx), pub, lx)
            if f2:
                year, found = y2, True
    j = j2
    relative = not found
    if not found:
        if day is not None and day2 is None and j == _second_month(toks, mm[1], lx):
            nd = _match(toks, k, lx.named, False)
            if nd is not None and nd[1] == mm[1] and _marker(toks, j, lx)[0] == 0:
                d = dt.date.fromisoformat(str(nd[0]))
                return _Hit(j, d, d, 1, "day", False)
        direction, j = _marker(toks, j, lx)
        if day is None and not ctx and direction == 0 and j == mm[1]:
            return None  # a bare month name (مارس is also a verb) needs context
        if pub is not None:
            year = pub.year
            probe = day or 1
            cand = dt.date(year, month, min(probe, calendar.monthrange(year, month)[1]))
            if direction > 0:
                if cand <= pub:
                    year += 1
            elif direction < 0:
                if cand > pub or (day is None and month == pub.month):
                    year -= 1
            elif day is not None:
                if (cand - pub).days > lx.ahead:
                    year -= 1
            elif cand > pub:
                year -= 1
    if day is not None:
        if year is None:
            return _Hit(j, None, None, 2 if day2 else 1, "span" if day2 else "day", True)
        try:
            d = dt.date(year, month, day)
            d2 = dt.date(year, month, day2) if day2 else d
        except ValueError:
            return None
        return _Hit(j, d, d2, 2 if day2 else 1, "span" if day2 else "day", relative)
    if year is None:
        return _Hit(j, None, None, 3, "month", True)
    a, b = _month_range(year, month)
    return _Hit(j, a, b, 3, "month", relative)


def _week(pub: dt.date, delta: int) -> tuple[dt.date, dt.date]:
    start = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)  # weeks run Saturday to Friday
    start += dt.timedelta(days=7 * delta)
    return start, start + dt.timedelta(days=6)


def _nearest_weekday(day: dt.date, w: int) -> dt.date:
    delta = (w - day.weekday()) % 7
    return day + dt.timedelta(days=delta if delta <= 3 else delta - 7)


def _year_hit(y: int, j: int) -> _Hit:
    return _Hit(j, dt.date(y, 1, 1), dt.date(y, 12, 31), 3, "year", False)


def _today_blocked(toks: list[Token], i: int, k: int, j: int, lx: _Lex) -> bool:
    """اليوم that is not today: اليوم التالي / اليوم نفسه / ذلك اليوم / «اليوم» / إسرائيل اليوم."""
    n = len(toks)
    nxt = toks[j].norm if j < n else ""
    if nxt.startswith("ال") and _match(toks, j, lx.weekdays, False) is None:
        return True
    if nxt in lx.today_after:
        return True
    prev = toks[k - 1].norm if k > 0 else ""
    if prev in lx.today_before or (prev == '"' and nxt == '"'):
        return True
    for back in (1, 2):
        if k - back >= 0:
            om = _match(toks, k - back, lx.outlets, False)
            if om is not None and om[1] == k + 1:
                return True
    return False


@lru_cache(maxsize=256)
def _holiday_starts(kind: str, hijri_year: int, lx_days: tuple[tuple[int, int], ...]) -> tuple[dt.date, ...]:
    """Gregorian first days of a holiday (its Hijri month and day in ``lx_days``) in one Hijri year."""
    from hijridate import Hijri

    out: list[dt.date] = []
    for m, d in lx_days:
        try:
            g = Hijri(hijri_year, m, d).to_gregorian()
        except (ValueError, OverflowError):
            continue  # outside the Umm al-Qura tables
        out.append(dt.date(g.year, g.month, g.day))
    return tuple(out)


def _holiday(toks: list[Token], hm: tuple[Any, int, int], pub: dt.date | None, lx: _Lex) -> _Hit:
    """The day (or span) a holiday phrase names, the occurrence nearest before ``pub`` (see the module doc)."""
    kind, first, length = hm[0]
    direction, j = _marker(toks, hm[1], lx)
    n = len(toks)
    if direction == 0 and j + 2 < n and toks[j].norm == "من" and toks[j + 1].norm == "الشهر":
        if toks[j + 2].norm in ("الحالي", "الجاري") or toks[j + 2].norm in lx.past:
            j += 3  # «ثاني أيام عيد الفطر من الشهر الحالي»: the Hijri month of the holiday, not a date of its own
    precision, what = (1, "day") if int(length) == 1 else (2, "span")
    days = lx.holiday_days.get(str(kind))
    if pub is None or not days:
        return _Hit(j, None, None, precision, what, True)
    from hijridate import Gregorian

    try:
        hy = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
    except (ValueError, OverflowError):
        return _Hit(j, None, None, precision, what, True)
    starts = sorted(s for y in (hy - 1, hy, hy + 1) for s in _holiday_starts(str(kind), y, days))
    past = [s for s in starts if s <= pub]
    ahead = [s for s in starts if s > pub]
    if direction > 0:
        pick = ahead[0] if ahead else None
    elif direction < 0 or not ahead or (ahead[0] - pub).days > lx.holiday_ahead:
        pick = past[-1] if past else None
    else:
        pick = ahead[0]
    if pick is None:
        return _Hit(j, None, None, precision, what, True)
    a = pick + dt.timedelta(days=int(first))
    return _Hit(j, a, a + dt.timedelta(days=int(length) - 1), precision, what, True)


_WEEK = normalize_text("أسبوع")


def _ago(toks: list[Token], i: int, pub: dt.date | None, lx: _Lex) -> tuple[_Hit, int] | None:
    """«قبل يومين»، «منذ ثلاثة أيام»، «قبل 4 أيام»، «قبل أسبوع»: days back from publication (a week: to the week);
    not «قبل يومين من الهجوم» (before another happening, one of the blockers right after)."""
    n = len(toks)
    am = _match(toks, i, lx.ago)
    if am is not None:
        back, j, off = int(am[0]), am[1], am[2]
    else:
        hs = [(h, o) for h, o in _heads(toks[i].norm, True) if h in lx.ago_markers]
        if not hs or i + 2 >= n or (c := _int(toks[i + 1])) is None or not 1 <= c <= 10 \
                or toks[i + 2].norm not in lx.ago_plurals:
            return None
        back, j, off = c, i + 3, hs[0][1]
    if any(t.norm in lx.recent_after for t in toks[j : j + 2]):
        return None  # («قبل يومين فقط من أول لقاء»)
    precision = 2 if any(_WEEK in t.norm for t in toks[i + 1 : j]) else 1
    # «منذ» counts from a day up to now («تشهد المدينة عمليات منذ 10 أيام»): a span from that day, read as other
    # «since» spans are; «قبل» names the day itself
    kind = "since" if toks[i].norm[off:] in lx.since else "relative"
    if pub is None:
        return _Hit(j, None, None, precision, kind, True), off
    d = pub - dt.timedelta(days=back)
    return _Hit(j, d, pub if kind == "since" else d, precision, kind, True), off


def _at(toks: list[Token], i: int, pub: dt.date | None, lx: _Lex) -> tuple[_Hit, int] | None:
    """A date expression starting at token i: (hit, clitic chars removed from token i; -1: skip token i)."""
    n = len(toks)
    off = 0
    k = i
    hm = _match(toks, i, lx.holidays)  # يوم العيد, أول أيام رمضان ... (before «يوم» is read as a prefix)
    if hm is not None:
        return _holiday(toks, hm, pub, lx), hm[2]
    pm = _match(toks, i, lx.prefixes)
    if pm is not None:
        k, off = pm[1], pm[2]
        hm = _match(toks, k, lx.holidays_after_prefix, False) or _match(toks, k, lx.holidays, False)
        if hm is not None:  # مساء يوم العيد, صباح عيد الفطر
            return _holiday(toks, hm, pub, lx), off
    # weekday
    wm = _match(toks, k, lx.weekdays, pm is None)
    if wm is not None and pm is None and i > 0 and toks[i - 1].norm.lstrip("وفبل") in lx.weekday_names:
        return None  # «خلال صلاة الجمعة»، «خطبة الجمعة»: the Friday prayer or sermon names no day of its own
    if wm is not None:
        if pm is None:
            off = wm[2]
        w = int(wm[0])
        j = wm[1]
        jj = j + 1 if j < n and toks[j].norm in ("(", "،", ",", "-") else j
        ex = _explicit(toks, jj, pub, lx, True)
        if ex is not None and ex.kind in ("day", "span"):
            if jj != j and ex.j < n and toks[ex.j].norm == ")":
                ex.j += 1
            return ex, off
        last_week = j + 2 < n and toks[j].norm == "من" and _match(toks, j + 1, lx.rel_spans, False) is not None
        if last_week:
            rs = _match(toks, j + 1, lx.rel_spans, False)
            assert rs is not None
            unit, delta = rs[0]
            if unit != "week":
                last_week = False
        if last_week:
            assert rs is not None
            j = rs[1]
            if pub is None:
                return _Hit(j, None, None, 1, "relative", True), off
            a, _ = _week(pub, int(delta))
            d = a + dt.timedelta(days=(w - a.weekday()) % 7)
            return _Hit(j, d, d, 1, "relative", True), off
        direction, j = _marker(toks, j, lx)
        if pub is None:
            return _Hit(j, None, None, 1, "relative", True), off
        if direction > 0:
            d = pub + dt.timedelta(days=(w - pub.weekday()) % 7 or 7)
        else:
            delta = (pub.weekday() - w) % 7
            if direction < 0 and delta == 0:
                delta = 7
            d = pub - dt.timedelta(days=delta)
        return _Hit(j, d, d, 1, "relative", True), off
    # اليوم / أمس / أول أمس / الليلة الماضية, with the stated weekday after
    rm = _match(toks, k, lx.rel_days, pm is None)
    if rm is not None and pm is None and rm[1] == k + 1 and toks[k].norm[rm[2] :] == "غد":
        rm = None  # a bare «غد» is the future in general («بغد أفضل»); «مساء غد»، «يوم غد»، «بعد غد» are a day
    if rm is not None:
        if pm is None:
            off = rm[2]
        j = rm[1]
        if toks[k].norm[rm[2] :] == "اليوم" and j == k + 1 and _today_blocked(toks, i, k, j, lx):
            return None
        stated: int | None = None
        if j + 2 < n and toks[j].norm == "(" and toks[j + 2].norm == ")":
            sw = _match(toks, j + 1, lx.weekdays, False)
            if sw is not None and sw[1] == j + 2:
                stated, j = int(sw[0]), j + 3
        elif (sw := _match(toks, j, lx.weekdays, False)) is not None:
            stated, j = int(sw[0]), sw[1]
        if pub is None:
            return _Hit(j, None, None, 1, "relative", True), off
        d = pub + dt.timedelta(days=int(rm[0]))
        if stated is not None:
            d = _nearest_weekday(d, stated)
        return _Hit(j, d, d, 1, "relative", True), off
    # «قبل ساعات قليلة»، «منذ قليل»: the day of publication (not «قبل ساعات من الهجوم»: before another happening)
    if pm is None and (hr := _match(toks, k, lx.recent)) is not None:
        j = hr[1]
        nxt = toks[j].norm if j < n else ""
        # (nor «منذ ساعات فجر الأحد»، «منذ ساعات الصباح»: the hours of a day named next, read as that day)
        if not any(t.norm in lx.recent_after for t in toks[j : j + 2]) and not nxt.startswith("ال") and (
                _match(toks, j, lx.prefixes, False) is None and _match(toks, j, lx.weekdays, False) is None):
            return _Hit(j, pub, pub, 1, "relative", True), hr[2]
    if pm is None and (ago := _ago(toks, i, pub, lx)) is not None:
        return ago
    ex = _explicit(toks, k, pub, lx, pm is not None or (i > 0 and toks[i - 1].norm in lx.month_context))
    if ex is not None:
        return ex, off
    if pm is not None:
        return None
    # الأسبوع الماضي / الشهر الماضي / العام الماضي
    sm = _match(toks, i, lx.rel_spans)
    if sm is not None:
        unit, delta = sm[0]
        j = sm[1]
        if pub is None:
            return _Hit(j, None, None, 2 if unit == "week" else 3, "span" if unit == "week" else unit, True), sm[2]
        if unit == "week":
            a, b = _week(pub, int(delta))
            return _Hit(j, a, b, 2, "span", True), sm[2]
        if unit == "month":
            y, m = _shift_month(pub.year, pub.month, int(delta))
            a, b = _month_range(y, m)
            return _Hit(j, a, b, 3, "month", True), sm[2]
        y = pub.year + int(delta)
        return _Hit(j, dt.date(y, 1, 1), dt.date(y, 12, 31), 3, "year", True), sm[2]
    head = toks[i].norm
    # منذ ...
    since_off = 1 if head[:1] in "وف" and head[1:] in lx.since else 0
    if head in lx.since or since_off:
        j = i + 1
        inner: _Hit | None = None
        if j < n and toks[j].norm in lx.year_words:
            yr = _year(toks, j + 1, 1000)
            inner = _year_hit(yr[0], yr[1]) if yr else None
        elif (yr := _year(toks, j)) is not None:
            inner = _year_hit(yr[0], yr[1])
        else:
            r = _at(toks, j, pub, lx)
            inner = r[0] if r is not None and r[1] >= 0 else None
        if inner is None:
            return None
        inner.kind = "since"
        inner.end = pub
        inner.relative = True
        return inner, since_off
    # عام 2011 / في 2014
    if head in lx.year_words or (head[:1] in "وبل" and head[1:] in lx.year_words):
        yr = _year(toks, i + 1, 1000)
        return (_year_hit(yr[0], yr[1]), 0) if yr else None
    if head in ("في", "وفي"):
        yr = _year(toks, i + 1)
        return (_year_hit(yr[0], yr[1]), -1) if yr else None
    return None


@lru_cache(maxsize=1)
def _month_parts() -> dict[str, tuple[int, int]]:
    d = json.loads(files("marsad.data").joinpath("dates.json").read_text(encoding="utf-8"))
    return {normalize_text(k): (int(v[0]), int(v[1])) for k, v in d.get("month_parts", {}).items()
            if not k.startswith("_")}


def _part_of_month(text: str, toks: list[Token], m: DateMention) -> DateMention:
    """«نهاية يوليو»، «في منتصف الشهر الماضي»: the word before a month narrows it to a span of days."""
    if m.kind != "month" or m.date_start is None or m.date_end is None:
        return m
    parts = _month_parts()
    for t in reversed(toks):
        if t.end > m.start:
            continue
        if text[t.end : m.start].strip():
            return m
        word = t.norm
        for pre in ("وفي", "في", "وب", "فب", "ب", "و", "ف", "ل"):
            if word not in parts and word.startswith(pre) and word[len(pre):] in parts:
                word = word[len(pre):]
        span = parts.get(word)
        if span is None:
            return m
        last = m.date_end.day if span[1] == 0 else min(span[1], m.date_end.day)
        start = m.date_start.replace(day=span[0])
        end = m.date_start.replace(day=last)
        return DateMention(t.start, m.end, text[t.start : m.end], start, end, 2, "span", m.relative)
    return m


def month_names() -> frozenset[str]:
    """The month names of the dates data, one word each (يوليو، تموز، كانون …), normalised."""
    return frozenset(k for k in _lex().months if " " not in k)


def since_words() -> frozenset[str]:
    """The words that open a «since» phrase (منذ), normalised."""
    return _lex().since


def extract_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Date mentions in ``text``, resolved against ``published`` where relative."""
    if isinstance(published, dt.datetime):
        published = published.date()
    lx = _lex()
    toks = tokenize(text)
    out: list[DateMention] = []
    i = 0
    n = len(toks)
    # the detailed matcher runs only where a token can begin a date (a cached test per word)
    for i0 in compress(range(n), map(_may_start, [t.norm for t in toks])):
        if i0 < i:
            continue
        i = i0
        r = _at(toks, i, published, lx)
        if r is None:
            i += 1
            continue
        h, off = r
        first = i + 1 if off == -1 else i
        s = norm_offset(toks[first], max(off, 0))
        e = toks[h.j - 1].end
        out.append(_part_of_month(text, toks[max(0, first - 3) : first],
                                  DateMention(s, e, text[s:e], h.start, h.end, h.precision, h.kind, h.relative)))
        i = max(h.j, i + 1)
    return out
