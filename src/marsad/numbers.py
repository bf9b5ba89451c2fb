"""Number and quantity expressions in Arabic text.

``extract_numbers(text)`` finds digits (42, ٤٢, 1,200, 3.5), number words in all genders
and cases (ثلاثة, ثلاث, اثنين, خمسين, مئة/مائة, ألف/آلاف, مليون), compounds joined by و
(ثلاثة وعشرون, مئة وخمسون), teens (ثلاثة عشر), digits with a multiplier (360 ألف,
1.5 مليون), ordinals (الثامن, الحادي عشر), vague quantities (عشرات = 10, مئات = 100,
آلاف = 1000, عشرات الآلاف = 10000), qualifiers (نحو / حوالي / قرابة / زهاء: approximate;
أكثر من / ما يزيد على: low bound + 1; ما لا يقل عن / على الأقل: low bound; أقل من: high bound - 1),
ranges (بين 10 و15, من 10 إلى 15: best is the low end, as ACLED codes ranges) and dual
nouns (جنديين = 2).  Each mention keeps its span, value, bounds and the noun it counts.

Numbers that are part of a date (a year after عام / a month name, a day before a month name)
are left to ``marsad.dates``.  All the words are data in ``marsad/data/numbers.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files
from itertools import compress

from marsad.arabic.normalize import normalize_text
from marsad.arabic.tokens import Token, norm_offset, tokenize
from marsad.mentions import NumberMention

Num = int | float


@dataclass(frozen=True, slots=True)
class _Lex:
    units: dict[str, int]
    teen: frozenset[str]
    tens: dict[str, int]
    hundreds: dict[str, int]
    mult: dict[str, int]
    dual_mult: frozenset[str]
    vague: dict[str, int]
    few: dict[str, int]
    ordinals: dict[str, int]
    ordinal_blockers: frozenset[str]
    approx_before: tuple[tuple[str, ...], ...]
    approx_after: tuple[tuple[str, ...], ...]
    more_than: tuple[tuple[str, ...], ...]
    at_least_before: tuple[tuple[str, ...], ...]
    at_least_after: tuple[tuple[str, ...], ...]
    less_than: tuple[tuple[str, ...], ...]
    up_to: tuple[tuple[str, ...], ...]
    range_open: tuple[tuple[str, ...], ...]
    year_context: frozenset[str]
    months: frozenset[str]
    noun_skip: frozenset[str]
    duals: dict[str, str]
    singular: frozenset[str]
    words: frozenset[str]  # every word that can start or continue a number
    starters: frozenset[str]  # every word a number mention can start with (cheap pre-filter)


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    d = json.loads(files("marsad.data").joinpath("numbers.json").read_text(encoding="utf-8"))
    n = normalize_text

    def m(key: str) -> dict[str, int]:
        return {n(k): v for k, v in d[key].items()}

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        out = {tuple(n(w) for w in p) for p in d[key]}
        return tuple(sorted(out, key=len, reverse=True))

    units, tens, hundreds, mult = m("units"), m("tens"), m("hundreds"), m("multipliers")
    vague, few, ordinals = m("vague"), m("vague_few"), m("ordinals")
    words = frozenset(units) | frozenset(tens) | frozenset(hundreds) | frozenset(mult) | frozenset(vague)
    return _Lex(
        units=units,
        teen=frozenset(n(w) for w in d["teen_suffix"]),
        tens=tens,
        hundreds=hundreds,
        mult=mult,
        dual_mult=frozenset(n(w) for w in d["dual_multipliers"]),
        vague=vague,
        few=few,
        ordinals=ordinals,
        ordinal_blockers=frozenset(n(w) for w in d["ordinal_blockers"]),
        approx_before=phrases("approximate_before"),
        approx_after=phrases("approximate_after"),
        more_than=phrases("more_than"),
        at_least_before=phrases("at_least_before"),
        at_least_after=phrases("at_least_after"),
        less_than=phrases("less_than"),
        up_to=phrases("up_to"),
        range_open=phrases("range_open"),
        year_context=frozenset(n(w) for w in d["year_context"]),
        months=frozenset(n(w) for w in d["month_words"]),
        noun_skip=frozenset(n(w) for w in d["noun_skip"]),
        duals={n(k): n(v) for k, v in d["dual_nouns"].items()},
        singular=frozenset(n(w) for w in d["singular_nouns"]),
        words=words,
        starters=words | frozenset(vague) | frozenset(few) | frozenset(ordinals)
        | frozenset(n(k) for k in d["dual_nouns"]),
    )


_PREFIXES = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")


def _strip(norm: str, table: dict[str, int] | frozenset[str]) -> tuple[str, int] | None:
    """(word, n) with a conjunction/preposition removed when the rest is in ``table``."""
    if norm in table:
        return norm, 0
    for p in _PREFIXES:
        if norm.startswith(p):
            rest = norm[len(p) :]
            if rest in table and (len(rest) >= 4 or p[0] in "وف"):
                return rest, len(p)
    return None


def _digit_value(norm: str) -> Num | None:
    if not norm[:1].isdigit():
        return None
    norm = norm.replace("\u060c", ",")  # the Arabic comma between digits: 2،5
    if "," in norm:
        parts = norm.split(",")
        if all(len(p) == 3 for p in parts[1:]) and "." not in norm:
            return int("".join(parts))
        if len(parts) == 2 and "." not in norm:
            return float(norm.replace(",", "."))
        return None
    try:
        return int(norm) if "." not in norm else float(norm)
    except ValueError:
        return None


def _clean(v: Num) -> Num:
    if isinstance(v, float):
        v = round(v, 6)  # 4.6 * 10**6 is 4599999.999999999 in binary floating point
        if v.is_integer():
            return int(v)
    return v


def _is_word(t: Token) -> bool:
    c = t.norm[:1]
    return "\u0621" <= c <= "\u064a"


@dataclass(slots=True)
class _Core:
    i: int  # first token
    j: int  # one past the last token
    off: int  # normalised characters of clitic removed from token i
    value: Num
    vague: bool = False
    ordinal: bool = False
    few: bool = False


def _parse_words(toks: list[Token], i: int, lx: _Lex) -> _Core | None:
    """Number words from token i: units, teens, tens, hundreds, multipliers joined by و."""
    first = _strip(toks[i].norm, lx.words)
    if first is None:
        return None
    total: Num = 0
    current: Num = 0
    j = i
    last_kind = ""
    seen = False
    while j < len(toks):
        t = toks[j]
        if not seen:
            w, _ = first
        else:
            joined = t.norm.startswith("و") and len(t.norm) > 1
            if t.norm == "و" and j + 1 < len(toks) and toks[j + 1].norm in lx.words:
                j += 1
                continue
            w = t.norm[1:] if joined else t.norm
            if joined and w not in lx.units and w not in lx.tens and w not in lx.hundreds and w not in lx.mult:
                break
            if not joined and not (
                (w in lx.teen and last_kind == "unit")
                or (w in lx.mult and last_kind in ("unit", "ten", "hundred"))
                or (w in lx.hundreds and last_kind == "unit" and lx.hundreds[w] == 100)
            ):
                break
            if joined and w in lx.mult and w not in lx.dual_mult:
                break
        if w in lx.teen and seen and last_kind == "unit":
            current += 10
            last_kind = "teen"
        elif w in lx.units and w not in lx.teen or (w in lx.units and not seen):
            current += lx.units[w]
            last_kind = "unit"
        elif w in lx.tens:
            current += lx.tens[w]
            last_kind = "ten"
        elif w in lx.hundreds:
            if seen and last_kind == "unit" and not t.norm.startswith("و"):
                current = current * 100
            else:
                current += lx.hundreds[w]
            last_kind = "hundred"
        elif w in lx.mult:
            if not seen:
                if w in lx.dual_mult:
                    total += lx.mult[w]
                elif w in lx.vague:  # آلاف / ملايين alone: vague
                    return None
                else:
                    total += lx.mult[w]
            elif w in lx.dual_mult:
                total += current + lx.mult[w] if t.norm.startswith("و") else lx.mult[w]
            else:
                total += max(current, 1) * lx.mult[w]
            current = 0
            last_kind = "mult"
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    return _Core(i, j, first[1], _clean(total + current))


def _parse_core(toks: list[Token], i: int, lx: _Lex) -> _Core | None:
    t = toks[i]
    v = _digit_value(t.norm)
    if v is not None:
        j = i + 1
        if j < len(toks) and toks[j].norm in lx.mult and toks[j].norm not in lx.dual_mult:
            m = lx.mult[toks[j].norm]
            # exact decimal arithmetic: 539.55 مليار is 539550000000, not ...999.99994
            v = int(Decimal(str(v)) * m) if isinstance(v, float) and (Decimal(str(v)) * m) % 1 == 0 else v * m
            j += 1
            # «50 ألفا و570»، «33 ألفا و 839»: the units added to the thousands are one figure (50570)
            rest = toks[j].norm[1:] if j < len(toks) and toks[j].norm.startswith("و") else None
            k = j + 1 if rest == "" else j
            tail = _digit_value(rest) if rest else (_digit_value(toks[k].norm) if rest == "" and k < len(toks) else None)
            if tail is not None and isinstance(tail, int) and isinstance(v, int) and 0 < tail < m:
                v += tail
                j = k + 1
        return _Core(i, j, 0, _clean(v))
    if not _is_word(t):
        return None
    vg = _strip(t.norm, lx.vague)
    if vg is not None and vg[0] not in lx.units:
        w, off = vg
        v = lx.vague[w]
        j = i + 1
        if j < len(toks) and toks[j].norm in lx.vague and lx.vague[toks[j].norm] >= 1000:
            v = v * lx.vague[toks[j].norm]
            j += 1
        return _Core(i, j, off, v, vague=True)
    fw = _strip(t.norm, lx.few)
    if fw is not None:
        return _Core(i, i + 1, fw[1], lx.few[fw[0]], vague=True, few=True)
    od = _strip(t.norm, lx.ordinals)
    if od is not None:
        if i > 0 and toks[i - 1].norm in lx.ordinal_blockers:
            return None
        v = lx.ordinals[od[0]]
        j = i + 1
        if j < len(toks) and toks[j].norm in lx.teen:
            v += 10
            j += 1
        elif v == 1 and od[0].startswith("الحادي"):
            return None
        return _Core(i, j, od[1], v, ordinal=True)
    return _parse_words(toks, i, lx)


_QUAL_CLITICS = ("وب", "ول", "و", "ف", "ب", "ل")


def _clitic_len(norm: str, word: str) -> int | None:
    """Length of a proclitic (و ف ب ل) before ``word`` in ``norm``, 0 if none, None if no match."""
    if norm == word:
        return 0
    for c in _QUAL_CLITICS:
        if norm.startswith(c) and norm[len(c) :] == word:
            return len(c)
    return None


_LAST_WORDS: dict[int, tuple[tuple[tuple[str, ...], ...], frozenset[str]]] = {}


def _last_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """Every form the token just before a number can take when one of ``phrases`` ends there: the last word
    of a longer phrase, or a one-word phrase with or without a clitic (what `_clitic_len` accepts)."""
    hit = _LAST_WORDS.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    out: set[str] = set()
    for p in phrases:
        if len(p) > 1:
            out.add(p[-1])
        elif p:
            out.add(p[0])
            out.update(c + p[0] for c in _QUAL_CLITICS)
    words = frozenset(out)
    _LAST_WORDS[id(phrases)] = (phrases, words)
    return words


def _match_before(toks: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> tuple[int, int] | None:
    """(first token, clitic length) of a phrase ending just before token i (first word may carry و ف ب ل)."""
    # no phrase can end at i - 1 unless that token is one of their last words (the same tests as below)
    if i < 1 or toks[i - 1].norm not in _last_words(phrases):
        return None
    for p in phrases:
        k = i - len(p)
        if k < 0:
            continue
        cl = _clitic_len(toks[k].norm, p[0])
        if cl is None:
            continue
        if all(toks[k + q].norm == w for q, w in enumerate(p) if q):
            return k, cl
    return None


def _match_after(toks: list[Token], j: int, phrases: tuple[tuple[str, ...], ...]) -> int | None:
    for p in phrases:
        if j + len(p) <= len(toks) and all(toks[j + q].norm == w for q, w in enumerate(p)):
            return j + len(p)
    return None


def _is_date_number(toks: list[Token], c: _Core, lx: _Lex) -> bool:
    if c.vague or c.ordinal:
        return False
    t = toks[c.i]
    if not t.norm[:1].isdigit():
        return False
    prev = toks[c.i - 1].norm if c.i > 0 else ""
    if prev in ("(", ")") and c.i > 1:
        prev = toks[c.i - 2].norm
    nxt = toks[c.j].norm if c.j < len(toks) else ""
    if prev in lx.year_context or prev[1:] in lx.year_context and prev[:1] in "وبلف":
        return True
    if nxt in lx.months or nxt in ("م", "ه", "/", ":"):
        return True
    return prev in (":", "/")


def _noun(toks: list[Token], j: int, lx: _Lex) -> tuple[int, Token] | None:
    if j >= len(toks):
        return None
    t = toks[j]
    if t.norm == "من" and j + 1 < len(toks):  # عشرات من المدنيين
        t = toks[j + 1]
        j += 1
    if not _is_word(t) or t.norm in lx.noun_skip or t.norm in lx.months or t.norm in lx.words:
        return None
    return j, t


def _range_end(toks: list[Token], last: int, lx: _Lex) -> _Core | None:
    """The second number of a range right after token ``last``: و15 / و 15 / إلى 15 / - 15 / أو 30."""
    n = len(toks)
    if last >= n:
        return None
    nt = toks[last].norm
    if nt in ("و", "الى", "الي", "-", "حتي", "او") and last + 1 < n:
        return _parse_core(toks, last + 1, lx)
    if nt[:1] == "و" and len(nt) > 1:
        return _parse_core(toks, last, lx)
    return None


@lru_cache(maxsize=65536)
def _may_start(w: str) -> bool:
    starters = _lex().starters
    return bool(w[:1].isdigit() or w in starters or (w[:1] in "وفبل" and (w[1:] in starters or w[2:] in starters)))


def number_words() -> frozenset[str]:
    """Every word that can start or continue a number (أربع، عشرات، ثلاثة …): for callers that only ask whether a
    word counts something."""
    return _lex().words


def extract_numbers(text: str) -> list[NumberMention]:
    """Number and quantity mentions in ``text`` with spans, values, bounds and counted nouns."""
    lx = _lex()
    toks = tokenize(text)
    out: list[NumberMention] = []
    i = 0
    n = len(toks)
    # the parser runs only where a token can begin a number (a cached test per word)
    for i0 in compress(range(n), map(_may_start, [t.norm for t in toks])):
        if i0 < i:
            continue
        i = i0
        t = toks[i]
        w = t.norm
        if w in lx.duals:
            out.append(
                NumberMention(t.start, t.end, t.text, 2, 2, 2, noun=t.text, noun_start=t.start, noun_end=t.end)
            )
            i += 1
            continue
        c = _parse_core(toks, i, lx)
        if c is None:
            i += 1
            continue
        if _is_date_number(toks, c, lx):
            i = c.j
            continue
        v: Num = c.value
        low: Num | None = v
        high: Num | None = None if c.vague else v
        approx = False
        first, first_cl = c.i, c.off
        last = c.j
        opener = _match_before(toks, c.i, lx.range_open)
        r2 = None if c.ordinal else _range_end(toks, last, lx)
        if r2 is not None and not r2.ordinal and r2.value > v and not _is_date_number(toks, r2, lx) and (
            opener is not None or toks[last].norm in ("-", "الى", "الي")
        ):
            # a multiplier after the second number applies to both (بين 10 و15 ألفاً)
            if toks[r2.j - 1].norm in lx.mult and toks[c.j - 1].norm[:1].isdigit():
                mul = lx.mult[toks[r2.j - 1].norm]
                if v < mul:
                    v = _clean(v * mul)
            low, high = v, r2.value
            last = r2.j
            if opener is not None:
                first, first_cl = opener
        elif not c.ordinal:
            for phrases, kind in (
                (lx.more_than, "more"),
                (lx.at_least_before, "least"),
                (lx.less_than, "less"),
                (lx.up_to, "upto"),
                (lx.approx_before, "approx"),
            ):
                q = _match_before(toks, c.i, phrases)
                if q is None:
                    continue
                first, first_cl = q
                if kind == "more":
                    v = low = (v + 1) if isinstance(v, int) else v
                    high = None
                elif kind == "least":
                    low, high = v, None
                elif kind == "less":
                    v = high = (v - 1) if isinstance(v, int) else v
                    low = None
                elif kind == "upto":
                    low, high = None, v
                else:
                    approx, low, high = True, None, None
                break
        start = norm_offset(toks[first], first_cl)
        end = toks[last - 1].end
        noun = None if c.ordinal else _noun(toks, last, lx)
        nj = noun[0] + 1 if noun else last
        # qualifiers after the number (and its noun): على الأقل, تقريباً
        if not c.ordinal:
            for after_phr, kind in ((lx.at_least_after, "least"), (lx.approx_after, "approx")):
                k2 = next((k for pos in (last, nj, last + 1) if (k := _match_after(toks, pos, after_phr)) is not None), None)
                if k2 is None:
                    continue
                if kind == "least":
                    low, high = v, None
                else:
                    approx, low, high = True, None, None
                if _match_after(toks, last, after_phr) is not None:
                    end = toks[k2 - 1].end
                break
        out.append(
            NumberMention(
                start,
                end,
                text[start:end],
                v,
                low,
                high,
                approximate=approx,
                vague=c.vague,
                ordinal=c.ordinal,
                noun=noun[1].text if noun else None,
                noun_start=noun[1].start if noun else None,
                noun_end=noun[1].end if noun else None,
            )
        )
        i = max(last, i + 1)
    return out


def singular_counts(text: str) -> list[NumberMention]:
    """Indefinite singular counted nouns that stand alone (مقتل شخص, سقوط قتيل): value 1.

    Not part of ``extract_numbers``: a singular noun counts one only where the event reader
    decides it does (a victim of an attack, not "a person said").  The noun must not follow a
    number or number word, and must not carry the article.
    """
    lx = _lex()
    toks = tokenize(text)
    out: list[NumberMention] = []
    for i, t in enumerate(toks):
        w = t.norm
        base = w[:-1] if w.endswith("ا") and len(w) > 3 else w  # accusative tanween alef: قتيلاً
        if base not in lx.singular:
            continue
        if i > 0 and (toks[i - 1].norm[:1].isdigit() or _strip(toks[i - 1].norm, lx.words) is not None):
            continue
        if i + 1 < len(toks) and toks[i + 1].norm in ("واحد", "واحدا", "واحده"):
            e = toks[i + 1].end
        else:
            e = t.end
        out.append(NumberMention(t.start, e, text[t.start : e], 1, 1, 1, noun=t.text, noun_start=t.start, noun_end=t.end))
    return out
