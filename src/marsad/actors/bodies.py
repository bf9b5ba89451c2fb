"""Bodies the lexicon lacks: organisation noun phrases and their English names.

A body is a head noun (``data/actor_bodies.json`` heads: مجلس، اتحاد، لجنة، حزب، وزارة ...) that is
- definite and followed by at least one naming modifier: an adjective (المجلس الإسلامي), a «لـ/للـ»
  complement (الاتحاد الدولي للصحفيين), or
- indefinite in construct with a genitive noun (لجنة حقوق الإنسان, حزب الشعوب الديمقراطي).
The phrase runs over adjectives, genitives, «و» + a coordinated noun and «لـ» complements and ends at
anything else (a verb, another preposition, punctuation, a known actor, a descriptive adjective such as
المعنية/المنظمة).  A head alone («المجلس», «الحزب») is an anaphor, not a new body.

The English name follows English order: nationality and region adjectives first, then a genitive used
as a noun modifier («حقوق الإنسان» → Human Rights), the other adjectives (nearest the head last), the
head, then «لـ» complements as "of/for X" (or a genitive as "of X" for heads such as وزارة).  When a word
of the phrase is not in the glossary the whole phrase is romanised instead (never half-translated).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from marsad.actors.lexicon import Hit, Lexicon
from marsad.actors.romanise import romanise
from marsad.arabic.anchored import matches_at, word_starts
from marsad.arabic.normalize import normalize_text

_WORD = re.compile(r"[^\W\d_]+")
_NISBA = re.compile(r"(?:ي|يه|يين|يون)$")
_STATE_AFTER = re.compile(r" (في |ب)(?:(?:المملكه|مملكه|دوله|جمهوريه|سلطنه|اماره) )?((?:ال)?[^\W\d_]+(?: [^\W\d_]+)?)")
_FUNCTION = frozenset(("الي", "الذي", "التي", "الذين", "اللذان", "اللتان", "الا", "اليوم", "الان", "الليله",
                       "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "الماضي",
                       "المقبل", "الحالي", "الجاري", "الفائت"))


def _n(s: str) -> str:
    return " ".join(normalize_text(s).split())


@dataclass(frozen=True, slots=True)
class HeadInfo:
    en: str
    type: int
    gen: str  # "of" or "compound"
    li: str  # preposition for a «لـ» complement
    strict: bool
    construct_only: bool
    bad: frozenset[str]
    needs_complement: bool = False


@dataclass(frozen=True, slots=True)
class BodyData:
    heads: dict[str, HeadInfo]
    adjectives: dict[str, str]  # every inflected form (no article) -> English
    regions: dict[str, str]
    nouns: dict[str, tuple[str, str]]  # form (no article) -> (before the head, after "of")
    phrases: dict[str, str]  # normalised multi-word phrase (with its articles) -> English
    phrase_types: dict[str, int]
    generic: frozenset[str]
    nationality_en: dict[str, str]
    prefix_phrases: frozenset[str]


def _inflect(stem: str) -> list[str]:
    """Masculine singular → the forms an adjective takes (ـه feminine, ـين/ـون plural, ـيه/ـيين for a nisba)."""
    out = [stem, stem + "ه", stem + "ين", stem + "ون"]
    if stem.endswith("ي"):
        out += [stem + "ه", stem + "ين", stem + "ون"]
    return out


@lru_cache(maxsize=1)
def body_data() -> BodyData:
    raw = json.loads(resources.files("marsad.data").joinpath("actor_bodies.json").read_text(encoding="utf-8"))
    heads = {
        _n(k): HeadInfo(v["en"], int(v["type"]), v.get("gen", "compound"), v.get("li", "of"),
                        bool(v.get("strict", False)), bool(v.get("construct_only", False)),
                        frozenset(f for b in v.get("bad", []) for f in _inflect(_n(b))),
                        bool(v.get("needs_complement", False)))
        for k, v in raw["heads"].items()}
    adjectives: dict[str, str] = {}
    for k, v in raw["adjectives"].items():
        for f in _inflect(_n(k)):
            adjectives.setdefault(f, v)
    regions: dict[str, str] = {}
    for k, v in raw["regions"].items():
        for f in _inflect(_n(k)):
            regions.setdefault(f, v)
    nouns: dict[str, tuple[str, str]] = {}
    for k, v in raw["nouns"].items():
        pair = (v, v) if isinstance(v, str) else (v[0], v[1])
        nouns.setdefault(_n(k), pair)
    generic = frozenset(f for g in raw["generic"] for f in _inflect(_n(g)))
    return BodyData(heads, adjectives, regions, nouns, {_n(k): v for k, v in raw["phrases"].items()},
                    {_n(k): int(v) for k, v in raw.get("phrase_types", {}).items()}, generic,
                    dict(raw["nationality_en"]), frozenset(_n(k) for k in raw.get("prefix_phrases", [])))


@lru_cache(maxsize=1)
def _places_demonyms() -> dict[str, str]:
    """Demonym forms (with and without the article) from places_countries.json → ISO code."""
    raw = json.loads(resources.files("marsad.data").joinpath("places_countries.json").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for code, row in raw.items():
        if code.startswith("_") or not isinstance(row, dict):
            continue
        for adj in row.get("adj", []):
            for f in _inflect(_n(adj)):
                out.setdefault(f, code)
                out.setdefault("ال" + f, code)
        for f in row.get("adj_plural", []):  # broken plurals (أفغان، أتراك)
            out.setdefault(_n(f), code)
            out.setdefault("ال" + _n(f), code)
    return out


@dataclass
class _NP:
    """A noun with its English head word and modifiers (English rendering in :meth:`render`)."""

    en: str
    of_en: str = ""
    fem: bool = False
    gen_mode: str = "compound"
    li: str = "of"
    adjs: list[str] = field(default_factory=list)  # Arabic order (nearest first)
    gen: _NP | None = None
    comps: list[tuple[str, _NP]] = field(default_factory=list)
    coord: list[_NP] = field(default_factory=list)  # «العدالة والتنمية»
    pre: list[str] = field(default_factory=list)  # complements named before the head (Anti-Doping)

    def render(self, as_of: bool = False) -> str:
        pre = [a for a in reversed(self.adjs)]
        head = self.of_en if as_of and self.of_en else self.en
        parts = []
        if self.gen is not None and self.gen_mode == "compound":
            parts.append(self.gen.render())
        parts += pre
        parts += self.pre
        parts.append(head)
        out = " ".join(p for p in parts if p)
        for c in self.coord:
            out += " and " + c.render(as_of)
        if self.gen is not None and self.gen_mode == "of":
            out += " of " + self.gen.render(as_of=True)
        for prep, np in self.comps:
            out += f" {prep} " + np.render(as_of=True)
        return out


@dataclass(frozen=True, slots=True)
class Body:
    start: int  # normalised offsets
    end: int
    name: str
    type: int
    country: str | None
    kind: str = "org"


def _words(norm: str, pos: int, limit: int = 14) -> list[tuple[int, int]]:
    """Up to ``limit`` words from ``pos`` joined by single spaces (punctuation ends the run)."""
    out: list[tuple[int, int]] = []
    i = pos
    n = len(norm)
    while len(out) < limit and i < n:
        if norm[i] != " ":
            break
        i += 1
        m = _WORD.match(norm, i)
        if m is None:
            break
        out.append((m.start(), m.end()))
        i = m.end()
    return out


def _strip_article(w: str) -> tuple[str, bool]:
    if w.startswith("ال") and len(w) > 3:
        return w[2:], True
    return w, False


@lru_cache(maxsize=1)
def _head_re() -> re.Pattern[str]:
    alts = "|".join(sorted(body_data().heads, key=len, reverse=True))
    return re.compile(f"(?<![^\\W\\d_])([وفبك]?)(ال|لل|ل)?({alts})(?![^\\W\\d_])")


def _head_matches(norm: str) -> list[re.Match[str]]:
    """``list(_head_re().finditer(norm))``, without trying the pattern at every position of the text.

    A match begins at most three letters (a clitic, an article) before one of its head words, so the
    pattern is tried, anchored, only there: from left to right and after the end of the previous match,
    which is what ``finditer`` returns (its look-behind sees the text before the anchor)."""
    return matches_at(_head_re(), norm, word_starts(norm, body_data().heads, before=3))


def find_bodies(lex: Lexicon, norm: str, hits: list[Hit]) -> list[Body]:
    """Bodies named in ``norm`` (normalised text) that no lexicon entry covers."""
    bd = body_data()
    if not any(h in norm for h in bd.heads):
        return []
    stops: dict[int, int] = {}  # word starts where the phrase must end: known actors, verbs, cues
    alias_at: dict[int, int] = {}
    demonyms = _places_demonyms()
    for h in hits:
        if h.tag == "role" and _strip_article(h.key)[0] in bd.adjectives:
            continue  # «الإعلامي», «العسكري»: a title that is also an adjective of the body
        if h.tag in ("alias", "verb", "cue", "role", "anon", "stmt") or (
                h.tag == "country" and h.key not in lex.demonyms and h.key not in demonyms):
            stops[h.start] = h.end
        if h.tag in ("alias", "head"):
            alias_at[h.start] = max(alias_at.get(h.start, 0), h.end)
    alias_spans = [(h.start, h.end) for h in hits if h.tag == "alias"]
    heads_at = frozenset(h.start for h in hits if h.tag == "head")
    out: list[Body] = []
    for m in _head_matches(norm):
        clitic, art, head = m.group(1), m.group(2) or "", m.group(3)
        if art == "ل" and not clitic and len(head) < 3:
            continue
        definite = art in ("ال", "لل")
        if art == "ل":
            definite = False  # «لمجلس» = ل + an indefinite head
        start = m.start(2) if art in ("ال", "لل") else m.start(3)
        if art == "لل":
            start = m.start(2)
        if any(a <= start < b for a, b in alias_spans):
            continue
        info = bd.heads[head]
        body = _parse(lex, norm, m.end(3), head, info, definite, stops, demonyms, heads_at)
        if body is None:
            continue
        end, name, typ, country = body
        if typ == 1:
            # «مجلس النواب بمملكة البحرين», «المحكمة العليا في الولايات المتحدة»: the state named after it
            cm = _STATE_AFTER.match(norm, end)
            if cm is not None:
                key = cm.group(2)
                ce = lex.countries.get(key)
                if ce is None and " " in key:
                    key = key.split(" ", 1)[0]
                    ce = lex.countries.get(key)
                if ce is not None and (country is None or country == ce.country):
                    country = ce.country
                    end = cm.start(2) + len(key)
        kind = "org"
        if typ == 1 and country is None:
            continue  # a state organ of no named state (مجلس الشورى, وزارة التعليم): the events stage names it
        if typ == 1 and country is not None:
            # a state body is the state's government, as ACLED names it
            name, kind = f"Government of {lex.state_names.get(country, country)}", "state"
        # the lexicon covers the whole phrase (a head like «وزارة الخارجية» resolves to its state)
        if any(alias_at.get(x, -1) >= end for x in (m.start(), m.start(2) if art else -1, m.start(3))):
            continue
        out.append(Body(start, end, name, typ, country, kind))
    return out


def _parse(lex: Lexicon, norm: str, pos: int, head: str, info: HeadInfo, definite: bool,
           stops: dict[int, int], demonyms: dict[str, str],
           heads_at: frozenset[int] = frozenset()) -> tuple[int, str, int, str | None] | None:
    bd = body_data()
    words = _words(norm, pos)
    root = _NP(info.en, info.en, head.endswith("ه"), info.gen, info.li)
    nats: list[str] = []
    regions: list[str] = []
    unknown = False
    modifiers = 0
    end = pos
    typ = info.type
    last = root  # the noun adjectives after it may qualify
    expect_gen = not definite
    head_adj_seen = False
    fixed = False
    i = 0
    # a fixed phrase opening with the head («مجلس النواب», «المجلس البلدي»)
    if words:
        first = ("ال" if definite else "") + head
        for k in (3, 2):
            if len(words) >= k - 1:
                cand = " ".join([first] + [norm[a:b] for a, b in words[:k - 1]])
                alt = " ".join([head] + [norm[a:b] for a, b in words[:k - 1]])
                key = cand if cand in bd.phrases else alt if alt in bd.phrases else ""
                if key and not any(a in stops for a, _b in words[:k - 1]):
                    root.en = root.of_en = bd.phrases[key]
                    root.gen_mode = "compound"
                    typ = bd.phrase_types.get(key, typ)
                    i = k - 1
                    end = words[k - 2][1]
                    modifiers += 1
                    expect_gen = False
                    fixed = True
                    break
    en: str | None  # (typed for mypyc)
    while i < len(words):
        a, b = words[i]
        if a in stops:
            break
        w = norm[a:b]
        bare, has_art = _strip_article(w)
        if w in _FUNCTION or (w == "العام" and i + 1 < len(words)
                              and norm[words[i + 1][0]:words[i + 1][1]] in _FUNCTION):
            break  # «العام الماضي»: the year, not "general"
        if expect_gen:
            # the genitive of an indefinite noun: a (multi-word) phrase, a glossary noun, or a name
            ph = _phrase_at(norm, words, i, stops)
            if ph is not None:
                k, en, _key = ph
                np = _NP(en, en)
                if last is root and bare in info.bad:
                    return None
                last.gen = np
                last = np
                i += k
                end = words[i - 1][1]
                modifiers += 1
                expect_gen = False
                continue
            if bare in info.bad or w in info.bad:
                return None
            if bare in bd.nouns and not (bare in bd.generic and has_art):
                en, of_en = bd.nouns[bare]
                np = _NP(en, of_en, bare.endswith("ه"))
                last.gen = np
                last = np
                end = b
                modifiers += 1
                expect_gen = not has_art
                i += 1
                continue
            if (has_art and last is root and head in _NAME_HEADS and len(bare) >= 3
                    and w not in bd.generic and bare not in bd.generic):
                # «حزب النور», «ائتلاف الوطنية» (made-up or common names): a name; an adjective form
                # used as a name («الوطنية») is translated, another word the glossary lacks is not
                en = bd.adjectives.get(bare) or bd.regions.get(bare)
                if en is None:
                    if info.strict:
                        break
                    unknown = True
                    en = romanise(w)
                np = _NP(en, en)
                last.gen = np
                last = np
                end = b
                modifiers += 1
                expect_gen = False
                i += 1
                continue
            break
        # after a definite noun: adjectives, «و» + a noun, «لـ» complements
        if has_art:
            if bare in info.bad or w in info.bad:
                return None
            if bare in bd.generic:
                break
            code = demonyms.get(w) or lex.demonyms.get(w)
            if code is not None or bare in bd.regions or bare in bd.adjectives or (
                    not info.strict and _NISBA.search(bare) and len(bare) >= 4):
                if code is not None:
                    if code not in nats:
                        nats.append(code)
                elif bare in bd.regions:
                    regions.append(bd.regions[bare])
                else:
                    en = bd.adjectives.get(bare)
                    if en is None:
                        unknown = True
                        en = romanise(w)
                    target = _attach(root, last, bare, head_adj_seen)
                    if target is root:
                        head_adj_seen = True
                    target.adjs.append(en)
                modifiers += 1
                end = b
                i += 1
                continue
            break
        if w.startswith("و") and len(w) > 3 and last is not root:
            # «العدالة والتنمية»: a coordinated noun after a genitive or complement
            b2, art2 = _strip_article(w[1:])
            if art2 and b2 in bd.nouns and b2 not in bd.generic:
                en, of_en = bd.nouns[b2]
                last.coord.append(_NP(en, of_en))
                end = b
                i += 1
                continue
            break
        if w.startswith("ل") and len(w) > 3:
            if a in heads_at:
                break  # «للمقاومة», «للحركة»: a short name of a known actor (the lexicon resolves it)
            rest = w[1:] if not w.startswith("لل") else "ال" + w[2:]
            words2 = list(words)
            # a phrase after ل («لحقوق الإنسان», «لكرة القدم»)
            ph = _phrase_at(norm, words2, i, stops, first_override=rest)
            if ph is None and w.startswith("لل"):
                ph = _phrase_at(norm, words2, i, stops, first_override=w[2:])
            if ph is not None:
                k, en, key = ph
                np = _NP(en, en)
                if key in bd.prefix_phrases or ("ال" + key) in bd.prefix_phrases:
                    root.pre.append(en)  # «لمكافحة المنشطات» → Anti-Doping …
                else:
                    root.comps.append((info.li, np))
                last = np
                i += k
                end = words[i - 1][1]
                modifiers += 1
                continue
            b2, art2 = _strip_article(rest)
            if b2 in bd.nouns and b2 not in bd.generic:
                en, of_en = bd.nouns[b2]
                np = _NP(en, of_en, b2.endswith("ه"))
                root.comps.append((info.li, np))
                last = np
                end = b
                modifiers += 1
                expect_gen = not art2
                i += 1
                continue
            break
        break
    if expect_gen and last is not root:
        # an indefinite genitive left without its own genitive («لجنة شؤون» …): cut it
        return None
    if modifiers == 0 or (not definite and root.gen is None and not fixed):
        return None
    if info.construct_only and root.gen is None:
        return None
    if info.needs_complement and root.gen is None and not root.comps and not root.pre:
        return None
    if unknown:
        name = romanise(("ال" if definite else "") + norm[pos - len(head):end])
    else:
        core = root.render()
        lead = [bd.nationality_en.get(c, lex.country_names.get(c, c)) for c in nats] + regions
        name = " ".join(lead + [core])
    country = nats[0] if len(nats) == 1 else None
    return end, name, typ, country


_NAME_HEADS = frozenset(_n(w) for w in ("حزب", "حركة", "ائتلاف", "جبهة", "تيار", "كتلة", "تحالف", "منظمة",
                                        "جمعية", "رابطة", "تجمع"))


def _attach(root: _NP, last: _NP, adj: str, head_adj_seen: bool) -> _NP:
    """The noun an adjective after a construct qualifies: the head when it agrees with it in gender
    (or once an adjective qualified the head), else the genitive («جبهة العمل الإسلامي»: masculine
    adjective, feminine head → the genitive)."""
    if last is root:
        return root
    if any(np is last for _p, np in root.comps):
        return last  # «للتحقيق الفوري», «للطيران المدني»: the complement's own adjective
    if head_adj_seen:
        return root
    plural = adj.endswith(("ين", "ون"))
    fem = adj.endswith("ه")
    if plural:
        return last
    return root if fem == root.fem else last


def _phrase_at(norm: str, words: list[tuple[int, int]], i: int, stops: dict[int, int],
               first_override: str | None = None) -> tuple[int, str, str] | None:
    """A glossary phrase of two to five words starting at word ``i`` (the first word may be given
    without its preposition): (number of words, English, the glossary key)."""
    bd = body_data()
    for k in (5, 4, 3, 2):
        if i + k > len(words) or any(a in stops for a, _b in words[i + 1:i + k]):
            continue
        ws = [norm[a:b] for a, b in words[i:i + k]]
        if first_override is not None:
            ws[0] = first_override
        key = " ".join(ws)
        if key in bd.phrases:
            return k, bd.phrases[key], key
        if ws[0].startswith("ال"):
            key2 = " ".join([ws[0][2:]] + ws[1:])
            if key2 in bd.phrases:
                return k, bd.phrases[key2], key2
    return None
