"""Place mentions in Arabic text, resolved against the packaged gazetteer.

One pass over the normalised words: at each word the proclitics (و ف ب ل ك, ال, لل) are peeled off
and the word, joined without spaces to the next ones, is looked up in the key index (a dict: each
look-up is O(1); multi-word names extend only while the words so far are the start of some name).
Around each name the parser reads feature words (بلدة, محافظة, مخيم ...), directions (شرق سوريا),
countryside words (ريف دير الزور الشرقي), "near" words and distance phrases (على بعد 40 كيلومتراً غرب
أربيل), then resolves ambiguous names by the document's countries and the kind and size of each place.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, compress
from operator import itemgetter

from marsad.arabic.normalize import Normalized, normalize, normalize_text
from marsad.mentions import Place, PlaceMention
from marsad.places.gazetteer import Gazetteer, gazetteer, join_key, lexicon

_TOKEN = re.compile(r"[\u0621-\u064a]+|[0-9]+(?:[.,][0-9]+)?")
# the same tokens with the text skipped before each: every character that can start a token starts one
_GAP_TOKEN = re.compile(r"([^\u0621-\u064a0-9]*)([\u0621-\u064a]+|[0-9]+(?:[.,][0-9]+)?)")
# proclitic sequences, longest first; "لل" is ل + the article with its alif elided
_PREFIXES = ("وبال", "وال", "بال", "ولل", "لل", "وب", "ول", "ال", "و", "ب", "ل")
_NAME_PARTICLES = frozenset(normalize_text(w) for w in ("بن", "ابن", "بنت", "أبو", "ابو", "أم", "عبد", "آل", "أبا"))
_PREPOSITIONS = frozenset(normalize_text(w) for w in ("في", "من", "إلى", "الى", "على", "عن", "باتجاه", "نحو", "داخل",
                                                       "قرب", "حتى", "بين", "شمال", "جنوب", "شرق", "غرب", "وسط"))
_ARAB_CORE = frozenset(("SY", "IQ", "YE", "LY", "LB", "PS", "SD", "EG", "JO", "SO", "SA", "AE", "QA", "BH", "KW",
                        "OM", "DZ", "MA", "TN", "MR", "DJ", "KM"))
_LOCALITY = frozenset(("capital", "city", "town", "village", "camp", "neighbourhood", "site", "crossing"))
_PRECISION_OF_KIND = {"country": 3, "admin1": 3, "region": 3, "admin2": 2}
_second = itemgetter(1)
_first_item = itemgetter(0)


@dataclass(frozen=True, slots=True)
class _Lex:
    features: dict[str, tuple[str, int]]
    directions: dict[str, str]
    dir_adjectives: dict[str, str]
    regions: frozenset[str]
    near: frozenset[str]
    units: frozenset[str]
    stop: frozenset[str]
    weak: frozenset[str]
    generic: frozenset[str]
    not_surname: frozenset[str]
    given: frozenset[str]
    outskirts: frozenset[str]
    no_name_start: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    generic_nouns: frozenset[str] = frozenset()
    common_before: dict[str, frozenset[str]] = field(default_factory=dict)
    border_phrases: frozenset[tuple[str, ...]] = frozenset()
    titles: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    d = lexicon()

    def n(w: str) -> str:
        return " ".join(_TOKEN.findall(normalize_text(w)))

    return _Lex(
        features={n(k): (v[0], int(v[1])) for k, v in d["features"].items()},
        directions={n(k): v for k, v in d["directions"].items()},
        dir_adjectives={n(k): v for k, v in d["direction_adjectives"].items()},
        regions=frozenset(n(w) for w in d["regions"]),
        near=frozenset(n(w) for w in d["near"]),
        units=frozenset(n(w) for w in d["distance_units"]),
        stop=frozenset(join_key("".join(_TOKEN.findall(normalize_text(w)))) for w in d["stoplist"]),
        weak=frozenset(join_key("".join(_TOKEN.findall(normalize_text(w)))) for w in d["weak"]),
        no_name_start=frozenset(join_key(normalize_text(w)) for w in d.get("no_name_start", [])),
        particles=frozenset(n(w) for w in d.get("particles", [])),
        generic_nouns=frozenset(n(w) for w in d.get("generic_nouns", [])),
        common_before={n(k): frozenset(n(w) for w in v) for k, v in d.get("common_before", {}).items()},
        generic=frozenset(n(w) for w in d["generic_features"]),
        not_surname=frozenset(n(w) for w in d.get("not_surname", ())),
        given=_given_names(),
        outskirts=frozenset(n(w) for w in d.get("outskirts", ())),
        border_phrases=frozenset(tuple(n(w).split()) for w in d.get("border_phrases", ())),
        titles=frozenset(n(w) for w in d.get("person_titles", ())),
    )


def _given_names() -> frozenset[str]:
    """Common given names (the romaniser's reviewed table and the NER lexicon's ANERcorp list), normalised."""
    import json

    from marsad.places.gazetteer import _data_text

    out: set[str] = set()
    for name, key in (("romanise_names.json", "given"), ("ner_crf.names.json", "given_names")):
        try:
            d = json.loads(_data_text(name))
        except (FileNotFoundError, ValueError):
            continue
        out.update(normalize_text(w) for w in d.get(key, ()) if " " not in w)
    return frozenset(out)


@dataclass(slots=True)
class _Tok:
    start: int  # in the normalised text
    end: int
    text: str


@dataclass(slots=True)
class _Match:
    i: int  # first token
    j: int  # last token (inclusive)
    cut: int  # characters of proclitics before the name in token i
    key: str
    ids: tuple[int, ...]
    feature: str | None = None
    feature_kind: str | None = None
    feature_prec: int = 1
    start_tok: int = -1  # first token of the whole mention (feature/direction/distance)
    start_cut: int = 0
    end_tok: int = -1
    direction: str | None = None
    relation: str | None = None
    region: bool = False
    outskirts: bool = False  # the region word means the edge of a town (ضواحي, أطراف): the town is kept
    preposition: bool = False
    specific: bool = False  # a specific feature word (قرية, بلدة, محافظة, مخيم ...) introduces the name
    listed: bool = False  # follows another name with only و or a comma between (صنعاء وحجة)
    listed_cc: str | None = None  # the country the previous name of the list resolved to
    adjective: bool = False  # a demonym-like word after a definite noun (الهيئة السعودية)
    article: bool = False  # written with the article (المشهد) although the key drops it
    person: bool = False  # a given name followed by a surname-like word (مطار حميد كرزاي): a person's name
    titled: bool = False  # a one-word name right after a definite title (الرئيس بخاري): a person, no place
    sid: str = ""  # what the name supports the document's context with: its first strong row (or its key)
    named_cc: str | None = None  # a demonym right after the name (رفح المصرية): the country it is in
    within: tuple[str, str | None] | None = None  # «مثلث العلم في محافظة لحج»: (country, admin1) it is said to be in
    quoted: bool = False  # the name stands in quotation marks right after a feature word (محافظة «ديار بكر»)


@lru_cache(maxsize=65536)
def _strip(word: str) -> tuple[tuple[str, int], ...]:
    """(remainder, characters removed) for the word itself and each proclitic reading of it."""
    out = [(word, 0)]
    if word[0] in "وبلا":
        for p in _PREFIXES:
            # (a two-letter name after «و» is read too: it names a place only inside a list, «والضالع وإب»)
            if word.startswith(p) and len(word) - len(p) >= (2 if p == "و" else 3):
                out.append((word[len(p):], len(p)))
    return tuple(out)


@lru_cache(maxsize=65536)
def _plain_word(w: str) -> str:
    """The word without و/ف/ب/ل clitics when what remains is a feature, direction, region or near word."""
    lx = _lex()
    for p in ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 2:
            rest = w[len(p):]
            if rest in lx.features or rest in lx.directions or rest in lx.regions or rest in lx.near:
                return rest
    return w


def _plain(tok: _Tok) -> str:
    return _plain_word(tok.text)


def _gap_ok(text: str, a: _Tok, b: _Tok) -> bool:
    """Two tokens belong to one name: only spaces or a hyphen between them."""
    gap = text[a.end:b.start]
    return len(gap) <= 3 and gap.strip(" -") == ""


@lru_cache(maxsize=131072)
def _first(word: str) -> tuple[tuple[int, str, str, tuple[int, ...], bool, bool], ...]:
    """Readings of a word that start a name: (clitic length, remainder, key, rows, key begins a longer name,
    the key is only a common word unless a feature word precedes it)."""
    g = gazetteer()
    lx = _lex()
    out = []
    for rem, cut in _strip(word):
        key = join_key(rem)
        ids, commons = g.entry(key)
        part = key in g.partials
        if ids or part:
            common = bool(ids) and (key in lx.stop or len(key) < 3 or len(commons) == len(ids)
                                    or _stop_dual(rem, lx))
            if common and key in lx.stop and (rem.startswith("ال") or word[:cut].endswith("ال")) \
                    and _names_country(g, ids):
                common = False  # الهند: a first name (هند) never takes the article; the country does
            if not rem.startswith("ال") and (rem in lx.features or _feature_dual(rem, lx) or rem in lx.regions
                                             or rem in lx.directions):
                # («في محيط مدينة تعز»، «شمال حلب»: a frame word, bare, is no village of that name either)
                ids = ()  # «بمدينة درعا»: a bare feature word introduces a name, it is none (longer names stay);
                # so is its indefinite dual («في قريتين قرب …» is "in two villages", القريتين the town)
            out.append((cut, rem, key, ids, part, common))
    return tuple(out)


def _stop_dual(rem: str, lx: _Lex) -> bool:
    """An indefinite dual of a common word of the stoplist («جسرين»، «جسران» from «جسر»: two bridges), read as a
    place only after a feature word («بلدة جسرين»), as the common word itself is."""
    if rem.startswith("ال") or len(rem) < 5 or not rem.endswith(("ين", "ان")):
        return False
    return join_key(rem[:-2]) in lx.stop


def _feature_dual(rem: str, lx: _Lex) -> bool:
    """An indefinite dual of a feature word: قريتين/قريتان from the construct dual قريتي in the lexicon."""
    if rem.endswith("ين"):
        return rem[:-1] in lx.features
    return rem.endswith("ان") and rem[:-2] + "ي" in lx.features


def _bare_feature(readings: tuple[tuple[int, str, str, tuple[int, ...], bool, bool], ...]) -> bool:
    """The word is a settlement feature word without the article (مدينة، بلدة، قرية), by its `_first` readings
    (not an administrative one: «منطقة عسير»، «محافظة صنعاء» are the divisions' own names)."""
    lx = _lex()
    return any(not ids and not rem.startswith("ال") and lx.features.get(rem, ("",))[0] in ("city", "town", "village")
               for _, rem, _, ids, _, _ in readings)


@lru_cache(maxsize=65536)
def _is_specific_feature(word: str) -> bool:
    w = _plain_word(word)
    lx = _lex()
    return w in lx.features and w not in lx.generic


@lru_cache(maxsize=4096)
def _joins(gap: str) -> bool:
    """The text between two tokens lets them join into one name (`_gap_ok`): only spaces or a hyphen, at most 3."""
    return len(gap) <= 3 and gap.strip(" -") == ""


class _Toks:
    """Tokens of the normalised text, made into objects only when read."""

    __slots__ = ("words", "starts", "joins")

    def __init__(self, text: str) -> None:
        pairs = _GAP_TOKEN.findall(text)
        self.words: list[str] = list(map(_second, pairs))
        self.starts: list[int] = list(accumulate(map(len, chain.from_iterable(pairs))))[0::2]
        # joins[j]: the text just before token j (after token j - 1) is a `_joins` gap
        self.joins: list[bool] = list(map(_joins, map(_first_item, pairs)))
        if '"' in text:
            # a feature word before a quoted name joins it, as does the head of a name the gazetteer holds with
            # it (قاعدة «العند» read as قاعدة العند, an alias of the base)
            feats, g = _lex().features, gazetteer()
            for j, (gap, _w) in enumerate(pairs):
                if j and len(gap) <= 3 and gap.strip(" ") == '"':
                    prev = self.words[j - 1]
                    k = join_key(prev + self.words[j])
                    if _plain_word(prev) in feats or k in g.partials or g.ids(k):
                        self.joins[j] = True

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i: int) -> _Tok:
        w = self.words[i]
        return _Tok(self.starts[i], self.starts[i] + len(w), w)


def _scan(g: Gazetteer, text: str, toks: _Toks) -> list[_Match]:
    out: list[_Match] = []
    words = toks.words
    starts = toks.starts
    joins = toks.joins
    n = len(words)
    firsts = list(map(_first, words))
    lx_stop = _lex().no_name_start
    lx_particles = _lex().particles | _lex().generic_nouns
    lx_common = _lex().common_before
    ids_of, partials, max_words = g.ids, g.partials, g.max_words
    i = 0
    for i0 in compress(range(n), firsts):  # only the words that start some name
        if i0 < i:
            continue
        i = i0
        # best so far as (last token, clitic length, key, rows); a _Match is made only for the winner
        best: tuple[int, int, str, tuple[int, ...]] | None = None
        featured: bool | None = None  # a specific feature word before it: read when a common word needs it
        listed = False
        if out and out[-1].j == i - 1:
            e = starts[i - 1] + len(words[i - 1])
            gap = text[e:starts[i]]
            listed = len(gap) <= 3 and gap.strip(" ") in ("", "،", ",") and (gap.strip(" ") != "" or words[i][0] == "و")
        for cut, rem, key, ids, part, common in firsts[i]:
            if common and featured is None:
                featured = i > 0 and _is_specific_feature(words[i - 1])
            if common and not (featured or (listed and cut and words[i][0] == "و") or (listed and not cut)):
                ids = ()
            if ids and (best is None or cut < best[1]):
                best = (i, cut, key, ids)
            if not part:
                continue
            acc = rem
            j = i
            while j + 1 < n and j - i + 1 < max_words:
                if not joins[j + 1]:  # only spaces or a hyphen between tokens j and j + 1
                    break
                j += 1
                acc += words[j]
                k2 = join_key(acc)
                ids2 = ids_of(k2)
                if ids2 and (best is None or j > best[0] or (j == best[0] and cut < best[1])):
                    best = (j, cut, k2, ids2)
                if k2 not in partials:
                    break
        if best is not None and best[0] > i and _bare_feature(firsts[i]):
            # «مدينة زنجبار» is indexed as the alias of one place, but the name after the feature word names
            # every namesake (Zinjibar too): read the name alone, its feature word before it, over both sets
            rest = join_key("".join(words[i + 1 : best[0] + 1]))
            ids2 = ids_of(rest)
            if ids2:
                out.append(_Match(i=i + 1, j=best[0], cut=0, key=rest, ids=tuple(sorted({*ids2, *best[3]})),
                                  listed=listed))
                i = best[0] + 1
                continue
        if best is not None and best[0] == i and words[i][best[1]:] in lx_particles:
            # «مدينة تحت سيطرة …»، «قرية على الحدود»: a bare preposition names no place; nor does a bare noun for a
            # place («مطار المدينة الدولي»، «ميناء المدينة الجنوبية»: the city's airport and port, not Medina)
            best = None
        if best is not None and best[0] == i and i + 1 < n and words[i + 1] in lx_common.get(words[i][best[1]:], ()):
            best = None  # «حماة الوطن»: the nation's protectors, not Hama
        if best is not None and best[0] > i and join_key(words[i][best[1]:]) in lx_stop:
            # (particles that open no name of several words: «أي»، «أو»، «كل» …)
            best = None  # «عن أي دين»: a particle glued to the next word makes no name («ايدين»)
        if best is not None:
            out.append(_Match(i=i, j=best[0], cut=best[1], key=best[2], ids=best[3], listed=listed))
            i = best[0] + 1
        else:
            i += 1
    return out


def _opens_quoted_name(text: str, b: int) -> bool:
    """After a place name ending at ``b`` (its quotation mark open before it), the quotation goes on with more words
    and closes within a few words, with no punctuation: the place name is the first word of a quoted name."""
    if b >= len(text) or text[b] != " ":
        return False
    k = text.find('"', b, b + 30)
    rest = text[b:k].split() if k > b + 1 else []
    # (one or two more words, none an adjective with the article or joined by «و»: «"الرقة السورية"» is the city and its
    # country, «"العريش والشيخ زويد"» a list of places)
    return 1 <= len(rest) <= 2 and not any(c in text[b:k] for c in "،,.:؛") \
        and not any(w.startswith(("ال", "و")) for w in rest)


def _feature_before_quote(text: str, toks: _Toks, m: _Match, lx: _Lex) -> bool:
    """A place feature word (محافظة، مديرية، قرية، قاعدة …) stands right before the opening quotation mark of the
    name, with no clitic on the name but the article: the quoted words name a place of that kind, not a newspaper
    or a title."""
    if (m.cut and toks.words[m.i][: m.cut] != "ال") or m.i == 0:
        return False
    k = m.i - 1
    between = text[toks.starts[k] + len(toks.words[k]) : toks.starts[m.i]]
    return between.strip(" ") == '"' and len(between) <= 3 and _plain_word(toks.words[k]) in lx.features


def _gap(text: str, words: list[str], starts: list[int], a: int, b: int) -> bool:
    """`_gap_ok` on token indices: only spaces or a hyphen between tokens a and b."""
    gap = text[starts[a] + len(words[a]):starts[b]]
    return len(gap) <= 3 and gap.strip(" -") == ""


def _context(text: str, toks: _Toks, m: _Match) -> None:
    """Read feature, direction, region, near and distance words before the name, direction after it."""
    lx = _lex()
    words, starts = toks.words, toks.starts

    def gap(x: int, y: int) -> bool:
        return _gap(text, words, starts, x, y)

    m.start_tok, m.start_cut, m.end_tok = m.i, m.cut, m.j
    k = m.i - 1
    # the clitic peeled from the name may itself be a preposition (بالباغوز, في/من ...)
    if m.cut and words[m.i][: m.cut].rstrip("ال").endswith(("ب", "ل")):
        m.preposition = True
    if m.cut and m.cut <= 2 and words[m.i][:m.cut] in ("ال",):
        pass

    def word(t: int) -> str:
        return _plain_word(words[t]) if t >= 0 else ""

    # feature word (two-word features are not used; one word: بلدة, محافظة ...)
    if k >= 0 and (gap(k, m.i) or m.quoted) and word(k) in lx.features:
        m.feature = words[k]
        m.feature_kind, m.feature_prec = lx.features[word(k)]
        m.specific = word(k) not in lx.generic
        m.start_tok, m.start_cut = k, 0
        k -= 1
    # countryside/region word: ريف دير الزور
    if k >= 0 and gap(k, m.start_tok) and word(k) in lx.regions:
        m.region = True
        m.outskirts = word(k) in lx.outskirts
        m.feature = m.feature or words[k]
        m.start_tok = k
        k -= 1
    # direction: شرق سوريا, شمال شرق حلب, جنوب محافظة ...
    if k >= 0:
        two = f"{word(k - 1)} {words[k]}" if k >= 1 else ""
        if two in lx.directions and gap(k - 1, k):
            m.direction = lx.directions[two]
            m.start_tok = k - 1
            k -= 2
        elif word(k) in lx.directions:
            m.direction = lx.directions[word(k)]
            m.start_tok = k
            k -= 1
    # distance: على بعد 40 كيلومترا غرب أربيل / 120 كلم شمال بغداد
    if m.direction and k >= 1 and word(k) in lx.units and _TOKEN.fullmatch(words[k - 1]) and words[k - 1][0].isdigit():
        m.relation = "distance"
        m.start_tok = k - 1
        k -= 2
        if k >= 0 and words[k] in ("نحو", "حوالي", "قرابه"):
            m.start_tok = k
            k -= 1
        if k >= 1 and words[k] == "بعد" and words[k - 1] in ("علي", "وعلي"):
            m.start_tok = k - 1
            k -= 2
    # near: قرب / بالقرب من / على مقربة من
    if k >= 0 and m.relation is None:
        w = word(k)
        if w in lx.near:
            m.relation = "near"
            m.start_tok = k
            k -= 1
        elif k >= 1 and f"{word(k - 1)} {words[k]}" in lx.near:
            m.relation = "near"
            m.start_tok = k - 1
            k -= 2
        elif k >= 2 and f"{words[k - 2]} {words[k - 1]} {words[k]}" in lx.near:
            m.relation = "near"
            m.start_tok = k - 2
            k -= 3
    if k >= 0 and (words[k] in _PREPOSITIONS or word(k) in _PREPOSITIONS):
        m.preposition = True
    if m.feature or m.direction or m.region or m.relation:
        m.preposition = True
    # direction adjective after a region or admin name: ريف دير الزور الشرقي
    t = m.j + 1
    if t < len(words) and gap(m.j, t):
        two = f"{words[t]} {words[t + 1]}" if t + 1 < len(words) else ""
        if two in lx.dir_adjectives and gap(t, t + 1):
            m.direction = m.direction or lx.dir_adjectives[two]
            m.end_tok = t + 1
        elif words[t] in lx.dir_adjectives and (m.region or m.feature_kind in ("admin1", "region")):
            m.direction = m.direction or lx.dir_adjectives[words[t]]
            m.end_tok = t
        elif m.feature is None and words[t].startswith("ال") and lx.features.get(words[t], ("",))[0] == "capital":
            m.feature, m.feature_kind, m.feature_prec = words[t], "capital", 1  # «الكويت العاصمة»: the city
            m.end_tok = t


_ARAB_WORLD = _ARAB_CORE
_ARTICLE_PREFIXES = ("ال", "لل")
_STRONG_KINDS = frozenset(("country", "capital", "admin1", "region"))
# feature words that announce a settlement or division by its own name (not an airport or street named after someone)
_SETTLEMENT_FEATURES = frozenset(("city", "town", "village", "admin1", "admin2", "camp", "neighbourhood", "capital"))
_SMALL_KINDS = frozenset(("village", "neighbourhood", "site"))


@dataclass(slots=True)
class _Doc:
    """What the document says about its countries: given codes and, per country, the keys that name it."""

    given: frozenset[str]
    keys: dict[str, set[str]]
    admins: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # (country, admin1) named: at tokens

    def home(self, cc: str, key: str) -> bool:
        """The country is the document's by the caller or by another name than ``key`` (no self-support)."""
        ks = self.keys.get(cc)
        return cc in self.given or bool(ks and (len(ks) > 1 or key not in ks))

    def any_home(self) -> bool:
        return bool(self.given or self.keys)

    def other_home(self, key: str) -> bool:
        """Some country is the document's by a name other than ``key`` (the place weighed does not count)."""
        return bool(self.given) or any(len(ks) > 1 or key not in ks for ks in self.keys.values())


@lru_cache(maxsize=1)
def _village_level() -> frozenset[str]:
    """The countries the gazetteer holds down to their villages (where a small name has namesakes)."""
    g = gazetteer()
    return frozenset(g.rows[i][3] for i in range(len(g.rows)) if g.rows[i][8] == "village")


def _article_foreign(g: Gazetteer, m: _Match, i: int) -> bool:
    """The text writes the article (المشهد, الهاربين) but none of the place's names has one."""
    if not m.article:
        return False
    return not any(k.lstrip("~").startswith("ال") for k in g.rows[i][11].split("|"))


def _candidate_ok(g: Gazetteer, m: _Match, i: int, doc: _Doc) -> bool:
    """Is the evidence around the name strong enough for this place?

    A place of the document's countries needs little; a place abroad, outside the Arab world, or a small
    place needs a specific feature word, a preposition with its country in the document, or to be a
    capital, first-level division or large city. Common words need a feature word (or a list of places).
    """
    r = g.rows[i]
    kind, cc, pop = r[8], r[3], int(r[9] or 0)
    if m.cut and len(m.key) <= 3 and kind not in ("country", "capital", "city", "admin1"):
        # «برفح في شمال سيناء»: a short name behind a clitic, its province named within a few words
        return any(abs(t - m.i) <= 8 for t in doc.admins.get((cc, r[4]), ()))
    if m.adjective or m.titled:
        return False
    if m.person and kind not in _STRONG_KINDS and kind != "city" and m.feature_kind not in _SETTLEMENT_FEATURES:
        return False
    home = doc.home(cc, m.sid or m.key)
    arab = cc in _ARAB_WORLD
    if m.feature_kind == "region" and not m.specific and not home and doc.other_home(m.sid or m.key) \
            and kind != "country":
        return False  # «منطقة الرقة» in a Kuwait story: a district of the document's country, not Raqqa
    if m.specific:
        # «قرية بيتا» in a Nigerian story, «مدينة مروة» in a Cameroonian one: the feature word says a settlement,
        # not whose; a village or small town of a country the document never names, in a document that names
        # another, is a namesake (a province, a capital, a large city stands on its own)
        return home or kind in _STRONG_KINDS or pop >= 100_000 or not doc.other_home(m.sid or m.key) \
            or cc not in _village_level()  # (a town of a country the gazetteer holds only towns of has no namesakes)
    if g.is_common(m.key, i):
        if not (m.listed and m.listed_cc == cc and kind not in _SMALL_KINDS):
            return False
    if not arab and _article_foreign(g, m, i):
        return False
    if kind in _SMALL_KINDS and pop < 5000:
        # («في مدن كركوك وداقوق والحويجة»: a place of a list whose previous name is in the same country is read
        # like one after a preposition)
        return home and len(m.key) >= 4 and (m.preposition or (m.listed and m.listed_cc == cc))
    if kind in _STRONG_KINDS:
        return True
    if arab:
        if pop >= 300_000 and kind in ("city", "capital"):
            return True
        if pop >= 100_000:
            return home or m.preposition or m.feature is not None or m.listed or not doc.any_home()
        if not doc.any_home() and m.article and not m.preposition and m.feature is None and not m.listed:
            # («جريمة يندى لها الجبين»: a bare word with the article, no preposition or feature word before it, in a
            # text that names no country, is the common noun — «الجبين» the forehead — not the district)
            return False
        return home or not doc.any_home()  # a text that names no country at all: the Arab-world town
    if pop >= 1_000_000:
        return True
    return home and (m.preposition or pop >= 100_000)


def _score(g: Gazetteer, m: _Match, i: int, ctx: Counter[str], admin_ctx: Counter[tuple[str, str]],
           own: Counter[tuple[str, ...]] | None = None) -> float:
    """Prior of the place, plus the document's support for its country and admin1. ``own`` counts the support
    each key gave itself (a «زنجبار» that is also Zanzibar must not make Tanzania the document's country)."""
    r = g.rows[i]
    cc, kind = r[3], r[8]
    s = g.prior(i)
    sid = m.sid or m.key
    n = ctx[cc] - (own[(cc, sid)] if own else 0)
    if n > 0:
        s += 30.0 + 5.0 * min(n, 4)
    if r[4] and admin_ctx[(cc, r[4])] - (own[(cc, r[4], sid)] if own else 0) > 0:
        s += 25.0
    if cc in _ARAB_CORE:
        s += 10.0
    fk = m.feature_kind
    if fk:
        if fk in ("admin1",) and kind == "admin1":
            s += 80.0
        elif fk == "admin2" and kind in ("admin2",):
            s += 60.0
        elif fk in ("city", "town", "village", "capital") and kind in _LOCALITY:
            s += 40.0
        elif fk == "camp" and kind == "camp":
            s += 60.0
        elif fk == "neighbourhood" and kind in ("neighbourhood", "admin2", "village"):
            s += 30.0
    return s


def _listed_strong(g: Gazetteer, m: _Match) -> bool:
    """A short or common word inside a list of places of one country names that country's province or city
    («صنعاء والضالع وإب وتعز»: Ibb, whose name is also a common word)."""
    return m.listed and m.listed_cc is not None and len(m.key) >= 2 and any(
        g.rows[i][3] == m.listed_cc and g.rows[i][8] in ("admin1", "city", "capital") for i in m.ids)


def _resolve(
    g: Gazetteer, m: _Match, ctx: Counter[str], admin_ctx: Counter[tuple[str, str]], doc: _Doc,
    own: Counter[tuple[str, ...]] | None = None,
) -> int | None:
    lx = _lex()
    if (m.key in lx.stop or len(m.key) < 3) and not m.specific and not (m.article and _names_country(g, m.ids)) \
            and not _listed_strong(g, m):
        return None
    if m.key in lx.weak and not m.preposition and not any(g.rows[i][3] in ctx for i in m.ids):
        return None
    ids = [i for i in m.ids if _candidate_ok(g, m, i, doc)]
    if m.within is not None:
        # «مثلث العلم في محافظة لحج»: only a place inside the division or country named after it (a namesake
        # elsewhere is not it; with none inside, the name is left unresolved and the division places the text)
        cc, a1 = m.within
        # (a division told inside a country, «محافظة حلب في شمال سوريا», is that country's division)
        ids = [i for i in ids if g.rows[i][3] == cc and (a1 is None or g.rows[i][4] == a1)
               and g.rows[i][8] != "country" and (a1 is None or g.rows[i][8] != "admin1")]
        if not ids:
            return None
    if m.named_cc is not None:
        # «رفح المصرية»: the demonym after the name says the country (the name itself is read whatever its size)
        ids = [i for i in m.ids if g.rows[i][3] == m.named_cc] or ids
    if not ids:
        return None
    best = max(ids, key=lambda i: (_score(g, m, i, ctx, admin_ctx, own), -i))
    b = g.rows[best]
    if b[8] == "admin1" and m.feature_kind not in ("admin1", "region") and not m.region:
        # a bare name shared by a governorate and its chief town means the town (ACLED codes the town)
        towns = [i for i in ids if g.rows[i][3] == b[3] and g.rows[i][4] == b[4]
                 and g.rows[i][8] in ("capital", "city", "town", "admin2")]
        if towns:
            best = max(towns, key=g.prior)
    return best


_IN_WORDS = frozenset(("في", "ب"))
_DIRECTION_KM = 150.0
_WIDE_FEATURES = frozenset(("city", "town", "admin1", "admin2", "region", "capital"))  # «قرية X شرق مدينة Y»: a village said to lie in a direction of Y is within this of it


def _across_the_border(g: Gazetteer, toks: _Toks, resolved: list[tuple[_Match, int]],
                       key: Callable[[_Match, int], tuple[float, int]]) -> list[tuple[_Match, int]]:
    """«رفح على الحدود مع قطاع غزة»، «بلدة X الحدودية مع محافظة Y»: a place said to lie on the border with another
    is not inside it; a namesake outside it is taken when there is one (Egypt's Rafah, not Gaza's)."""
    out = list(resolved)
    for k, (m, best) in enumerate(resolved):
        if k + 1 >= len(resolved):
            break
        nxt, other = resolved[k + 1]
        between = tuple(toks.words[m.j + 1 : nxt.i])
        if between not in _lex().border_phrases:
            continue
        occ, oa1 = g.rows[other][3], (g.rows[other][4] if g.rows[other][8] != "country" else None)

        def inside(i: int, cc: str = occ, a1: str | None = oa1) -> bool:
            return g.rows[i][3] == cc and (a1 is None or g.rows[i][4] == a1)

        if g.rows[other][8] != "country" and not oa1:
            continue
        if not inside(best):
            continue
        # (the border phrase is the evidence: a namesake outside needs no other support from the document)
        outside = [i for i in m.ids if not inside(i) and g.rows[i][8] != "country"]
        if outside:
            out[k] = (m, max(outside, key=lambda i: key(m, i)))
    return out


def _km(a: Place, b: Place) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _told_by_direction(g: Gazetteer, resolved: list[tuple[_Match, int]],
                       score: Callable[[_Match, int], tuple[float, int]]) -> list[tuple[_Match, int]]:
    """A village, neighbourhood or site followed (at most one word between) by a direction and a town, city or division
    («دمنة خدير شرق مدينة تعز»، «قرية X جنوب غرب مأرب») lies near that place: a namesake resolved more than
    `_DIRECTION_KM` away is the wrong one. The nearest-scoring namesake within reach takes its place; with none,
    the name is left unresolved (the place after the direction still places the text). Distance phrases
    («على بعد 40 كلم شمال …») and cities or divisions named before the direction are left as they are."""
    out: list[tuple[_Match, int]] = []
    for k, (m, best) in enumerate(resolved):
        # (the place told by the direction may follow a second word of the name: «دمنة خدير شرق …»)
        nxt = next((x for x in resolved[k + 1 : k + 3] if x[0].direction is not None), None)
        # (a town, city or district may be told by a far city: «قضاء البعاج شمال غرب بغداد», even when the
        # gazetteer holds only a village of that name)
        if nxt is None or g.rows[best][8] not in _SMALL_KINDS or m.feature_kind in _WIDE_FEATURES:
            out.append((m, best))
            continue
        n, nb = nxt
        there = g.place(nb)
        here = g.place(best)
        if n.direction is None or n.relation == "distance" or n.start_tok - m.end_tok > 2 or there.kind == "country" \
                or there.lat is None or here.lat is None or _km(here, there) <= _DIRECTION_KM:
            out.append((m, best))
            continue
        near = [i for i in m.ids if g.rows[i][8] in _LOCALITY and g.rows[i][6]
                and _km(g.place(i), there) <= _DIRECTION_KM]
        if near:
            out.append((m, max(near, key=lambda i: score(m, i))))
    return out


def _containers(g: Gazetteer, toks: _Toks, kept: list[_Match]) -> None:
    """A name followed by «في» and a division or country that is one place of the gazetteer («مثلث العلم في
    محافظة لحج»، «حي الوعر في حمص»، «بلدة X في سوريا») lies inside it: ``within`` is set to that (country,
    admin1)."""
    for m, n in zip(kept, kept[1:], strict=False):
        # («مدينة رفح بشمال سيناء»، «بلدة X بمحافظة Y»: the preposition glued to a name of two words or more; glued
        # to a one-word name it is often a verb's complement: «ندد … في غزة بإسرائيل»)
        glued = n.start_tok - m.end_tok == 1 and n.start_tok == n.i and n.cut == 1 and n.j > n.i \
            and toks.words[n.i].startswith("ب")
        if not glued and (n.start_tok - m.end_tok != 2 or toks.words[m.end_tok + 1] not in _IN_WORDS or n.cut):
            continue
        rows = [g.rows[i] for i in n.ids]
        if not rows or n.adjective or n.person:
            continue
        places = {(r[3], r[4] if r[8] != "country" else None) for r in rows}
        if n.feature_kind in ("admin1", "admin2") and all(r[8] in _SMALL_KINDS for r in rows):
            continue  # «بقضاء التاجي» read as a village namesake: the district is not in the gazetteer
        if len(places) == 1 and (n.feature_kind in ("admin1", "admin2", "region") or any(
                r[8] in ("country", "admin1", "capital", "city") for r in rows)):
            m.within = next(iter(places))


def _names_country(g: Gazetteer, ids: Sequence[int]) -> bool:
    """One of the rows is a country whose Arabic name is written with the article (الهند)."""
    return any(g.rows[i][8] == "country" and any(k.lstrip("~").startswith("ال") for k in g.rows[i][11].split("|"))
               for i in ids)


def _needs_feature(g: Gazetteer, lx: _Lex, m: _Match) -> bool:
    if (m.key in lx.stop or len(m.key) < 3) and not (m.article and _names_country(g, m.ids)):
        return True
    return len(g.entry(m.key)[1]) == len(m.ids)


def _precision(p: Place, m: _Match) -> int:
    prec = _PRECISION_OF_KIND.get(p.kind, 1)
    if m.feature_kind and m.feature_prec > prec and p.kind not in _LOCALITY:
        prec = m.feature_prec
    if m.region:
        prec = max(prec, 3 if m.direction else 2)
    elif m.relation or (m.direction and not (m.direction == "center" and p.kind in _LOCALITY)):
        prec = max(prec, 2)  # «شرق X» is near X; «وسط مدينة X» (its centre) is in it
    return prec


_DEFINITE = ("ال", "وال", "بال", "فال", "كال", "لل", "ولل")


def _nationality(word: str) -> bool:
    """The indefinite feminine demonym of a country (تركية، سورية، مصرية)."""
    from marsad.places.gazetteer import country_of_adjective

    return word.endswith("يه") and country_of_adjective(word) is not None


def _demonym_after(text: str, toks: _Toks, m: _Match) -> str | None:
    """The country of a definite demonym right after the name («رفح المصرية»، «طرابلس اللبنانية»)."""
    end = m.end_tok if m.end_tok >= 0 else m.j
    k = end + 1
    if k >= len(toks) or not _gap(text, toks.words, toks.starts, end, k):
        return None
    w = toks.words[k]
    if not w.startswith("ال"):
        return None
    from marsad.places.gazetteer import country_of_adjective

    return country_of_adjective(w)


def _is_adjective(text: str, toks: _Toks, m: _Match, covered: set[int]) -> bool:
    """A one-word name written like a nisba adjective (…ية / …ي with the article) right after a definite noun
    that is no place itself: «الهيئة السعودية», «الحكومة اليمنية» describe, they do not locate."""
    if m.i != m.j or m.cut or m.i == 0 or m.feature or (m.i - 1) in covered:
        return False
    w, prev = toks.words[m.i], toks.words[m.i - 1]
    if not (w.startswith("ال") and w.endswith(("يه", "ي"))):
        return False
    if not _gap(text, toks.words, toks.starts, m.i - 1, m.i) or not prev.startswith(_DEFINITE) or len(prev) < 4:
        return False
    lx = _lex()
    p = _plain_word(prev)
    return p not in lx.features and p not in lx.directions and p not in lx.regions and p not in lx.near


def _is_person(text: str, toks: _Toks, m: _Match) -> bool:
    """A one-word name that is a common given name, followed (space only) by a word that is no place, feature,
    direction, preposition or other ``not_surname`` word: «مطار حميد كرزاي» names a person, not the village حميد."""
    if m.i != m.j or m.article or m.j + 1 >= len(toks.words):
        return False
    lx = _lex()
    w = toks.words[m.i][m.cut:]
    if w not in lx.given:
        return False
    t = m.j + 1
    nw = toks.words[t]
    if not _gap(text, toks.words, toks.starts, m.j, t) or text[toks.starts[m.j] + len(toks.words[m.j]):toks.starts[t]] != " ":
        return False
    if nw[0].isdigit() or len(nw) < 3 or _first(nw) or nw in lx.not_surname:
        return False
    p = _plain_word(nw)
    return not (p in lx.features or p in lx.directions or p in lx.regions or p in lx.near or p in lx.dir_adjectives
                or p in _PREPOSITIONS or p in lx.not_surname)


def find_places(
    text: str, context_countries: Sequence[str] = (), *, norm: Normalized | None = None,
) -> list[PlaceMention]:
    """Place mentions of ``text`` with their gazetteer entries (``place`` None when unresolved).

    ``context_countries``: ISO codes already known for the document; the document's own unambiguous
    places (countries, capitals, cities, admin1 names) are added to them before ambiguous names are
    resolved. Overlaps are resolved in favour of the longest name; a direction, countryside word,
    feature word or distance phrase belongs to the mention of the name it introduces.
    ``norm``: ``normalize(text)`` when the caller already has it (it is not computed again).
    """
    g = gazetteer()
    nt = norm if norm is not None else normalize(text)
    toks = _Toks(nt.text)
    matches = _scan(g, nt.text, toks)
    lx = _lex()
    kept: list[_Match] = []
    covered: set[int] = set()
    for m in matches:
        a, b = toks.starts[m.i] + m.cut, toks.starts[m.j] + len(toks.words[m.j])
        if 0 < a and b < len(nt.text) and nt.text[a - 1] == '"' and nt.text[b] == '"':
            if not _feature_before_quote(nt.text, toks, m, lx):
                continue  # a name in quotation marks is a title (a newspaper, an operation), not a place
            m.quoted = True  # («مديرية "أرحب"»، «قاعدة "العند"»: a feature word names what the quoted name is)
        elif 0 < a and nt.text[a - 1] == '"' and _opens_quoted_name(nt.text, b) \
                and not _feature_before_quote(nt.text, toks, m, lx):
            continue  # «القبض على "خالص بايانجوك"»: the first word of a quoted name of several words
        if m.i > 0 and toks.words[m.i - 1] in _NAME_PARTICLES and _gap(nt.text, toks.words, toks.starts, m.i - 1, m.i) \
                and m.cut == 0:
            continue  # part of a person's name: أبو X, بن X
        w = toks.words[m.i]
        rest = w[m.cut:]
        if m.i == m.j and rest.startswith("ال") and _feature_dual(rest[2:], lx) \
                and rest[2:-1] in toks.words[max(0, m.i - 80) : m.i]:
            continue  # «في قريتي تل أعور والفريكة … وقصف القريتين»: "the two villages" just named, no town
        _context(nt.text, toks, m)
        m.article = w[m.cut:].startswith("ال") or w[:m.cut].endswith(_ARTICLE_PREFIXES)
        m.adjective = _is_adjective(nt.text, toks, m, covered)
        m.person = _is_person(nt.text, toks, m)
        m.titled = m.i == m.j and m.cut == 0 and not m.article and m.feature is None and m.i > 0 \
            and toks.words[m.i - 1] in lx.titles and _gap(nt.text, toks.words, toks.starts, m.i - 1, m.i)
        if m.feature is not None and m.i == m.j and not m.article and _nationality(w[m.cut:]):
            continue  # «محافظة تركية»، «مدينة سورية»: a Turkish province, a Syrian town — an adjective, no name
        m.named_cc = _demonym_after(nt.text, toks, m)
        kept.append(m)
        covered.update(range(m.i, m.j + 1))
    # («الرئيس بخاري» … «محادثات بخاري مع نظيره»: the name a title introduced is the same person further on)
    titled = {m.key for m in kept if m.titled}
    for m in kept:
        if m.key in titled and m.i == m.j and m.feature is None:
            m.titled = True
    # document context: countries of names that are unambiguous and not minor
    ctx: Counter[str] = Counter(c.upper() for c in context_countries)
    admin_ctx: Counter[tuple[str, str]] = Counter()
    own: Counter[tuple[str, ...]] = Counter()  # (country, key) and (country, admin1, key): support a key gave
    doc = _Doc(given=frozenset(ctx), keys={})
    for m in kept:
        if m.key in lx.stop or (m.key in lx.weak and not (m.article and all(g.rows[i][8] == "country" for i in m.ids))):
            continue  # («الكاميرون» with the article is the country; «كاميرون» alone may be the prime minister)
        strong = [i for i in m.ids if g.rows[i][8] in ("country", "capital", "city", "admin1")]
        countries = {g.rows[i][3] for i in strong}
        if len(countries) == 1:
            # names of one place (زنجبار, مدينة زنجبار) support it once: by its first strong row, not by key
            m.sid = f"#{min(strong)}"
            cc = countries.pop()
            ctx[cc] += 1
            own[(cc, m.sid)] += 1
            doc.keys.setdefault(cc, set()).add(m.sid)
            for a1 in {g.rows[i][4] for i in strong if g.rows[i][4]}:
                admin_ctx[(cc, a1)] += 1
                own[(cc, a1, m.sid)] += 1
                doc.admins.setdefault((cc, a1), []).append(m.i)
    _containers(g, toks, kept)
    out: list[PlaceMention] = []
    last: tuple[int, str] | None = None  # (last token, country) of the previous resolved name
    resolved: list[tuple[_Match, int]] = []
    for m in kept:
        if m.listed and last is not None and last[0] == m.i - 1:
            m.listed_cc = last[1]
        best = _resolve(g, m, ctx, admin_ctx, doc, own)
        if best is None:
            continue
        last = (m.j, g.rows[best][3])
        resolved.append((m, best))
    resolved = _told_by_direction(g, resolved, lambda m, i: (_score(g, m, i, ctx, admin_ctx, own), -i))
    resolved = _across_the_border(g, toks, resolved, lambda m, i: (_score(g, m, i, ctx, admin_ctx, own), -i))
    for m, best in resolved:
        place = g.place(best)
        if m.region and place.kind not in ("admin1", "country") and not (m.outskirts and place.kind in _LOCALITY):
            place = g.admin1_place(place.country, place.admin1) or place
        s0 = toks.starts[m.start_tok] + (m.start_cut if m.start_tok == m.i else 0)
        s, e = nt.span(s0, toks.starts[m.end_tok] + len(toks.words[m.end_tok]))
        feature = m.feature
        out.append(PlaceMention(
            start=s, end=e, text=text[s:e], place=place, precision=_precision(place, m),
            feature=feature, direction=m.direction,
            relation=m.relation or ("part-of" if m.region else None),
            confidence=0.9 if (m.feature or len(set(g.rows[i][3] for i in m.ids)) == 1) else 0.7,
        ))
    out = _named_with_another_country(g, text, out)
    out.extend(_capitals_by_demonym(g, text, nt, toks, out))
    out.extend(_countries_by_demonym(g, text, nt, toks, out))
    return sorted(out, key=lambda p: p.start)


_COUNTRY_FEATURES = frozenset(("city", "town", "village", "admin1", "admin2", "region"))
_NEXT_WORD = re.compile(r"\s+([^\s،,.؛:()«»\"]+)")


def _named_with_another_country(g: Gazetteer, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """«في مدينة اليمامة البحرينية»: a name the gazetteer knows in one country, told with another country's demonym
    right after it, is a place of that other country the gazetteer lacks: the mention becomes that country
    (precision 3), its span the name and the demonym."""
    from marsad.places.gazetteer import country_of_adjective

    out: list[PlaceMention] = []
    for p in found:
        m = _NEXT_WORD.match(text, p.end)
        if p.place is None or p.place.kind in ("country", "region") or m is None:
            out.append(p)
            continue
        word = normalize_text(m.group(1))
        cc = country_of_adjective(word) if word.startswith("ال") else None
        country = g.country_place(cc) if cc and cc != p.place.country else None
        if country is None:
            out.append(p)
            continue
        out.append(PlaceMention(start=p.start, end=m.end(1), text=text[p.start : m.end(1)], place=country, precision=3,
                                feature=None, direction=None, relation=None, confidence=0.7))
    return out


def _countries_by_demonym(g: Gazetteer, text: str, nt: Normalized, toks: _Toks,
                          found: list[PlaceMention]) -> list[PlaceMention]:
    """«في أربع مدن مغربية»، «في مدينة سورية»، «بمحافظات عراقية»: settlements named by their country's demonym
    alone are somewhere in that country (a country-level place), when no name is read there."""
    from marsad.places.gazetteer import country_of_adjective

    lx = _lex()
    words = toks.words
    taken = [(p.start, p.end) for p in found]
    out: list[PlaceMention] = []
    for k in range(len(words) - 1):
        feat = lx.features.get(_plain_word(words[k]))
        if feat is None or feat[0] not in _COUNTRY_FEATURES:
            continue
        # «مدن مغربية» (the demonym right after, indefinite), or «بولاية ميسوري الأميركية»، «مدينة فيرغسون
        # الأميركية» (one or two words of a name the gazetteer lacks, then the definite demonym)
        end, cc = -1, None
        for j in range(k + 1, min(k + 4, len(words))):
            if not _gap(nt.text, words, toks.starts, j - 1, j):
                break
            if words[j].startswith("ال") == (j > k + 1):
                cc = country_of_adjective(words[j])
                if cc:
                    end = j
                    break
        country = g.country_place(cc) if cc else None
        if country is None:
            continue
        s, e = nt.span(toks.starts[k], toks.starts[end] + len(words[end]))
        if any(a < e and s < b for a, b in taken):
            continue
        out.append(PlaceMention(start=s, end=e, text=text[s:e], place=country, precision=3, feature=None,
                                direction=None, relation=None, confidence=0.7))
    return out


def _capitals_by_demonym(g: Gazetteer, text: str, nt: Normalized, toks: _Toks,
                         found: list[PlaceMention]) -> list[PlaceMention]:
    """«العاصمة التونسية»، «بالعاصمة الأفغانية»: the capital named by its country's demonym, when no place name
    follows (in «العاصمة العراقية بغداد» the name says it)."""
    from marsad.places.gazetteer import country_of_adjective

    words = toks.words
    taken = [(p.start, p.end) for p in found]
    out: list[PlaceMention] = []
    for k in range(len(words) - 1):
        w = words[k]
        if not w.endswith("العاصمه") or len(w) - len("العاصمه") > 2 or not _gap(nt.text, words, toks.starts, k, k + 1):
            continue
        cc = country_of_adjective(words[k + 1]) if words[k + 1].startswith("ال") else None
        row = _capital_row(cc) if cc else None
        if row is None:
            continue
        cut = len(w) - len("العاصمه")
        s, e = nt.span(toks.starts[k] + cut, toks.starts[k + 1] + len(words[k + 1]))
        if any(a < e + 12 and s < b for a, b in taken):
            continue  # a name follows or overlaps: it is read as itself
        place = g.place(row)
        out.append(PlaceMention(start=s, end=e, text=text[s:e], place=place, precision=1, feature=None,
                                direction=None, relation=None, confidence=0.8))
    return out


def _capital_row(cc: str) -> int | None:
    """The gazetteer row of a country's capital (the most populous row of kind "capital")."""
    return _capitals().get(cc)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, int]:
    g = gazetteer()
    best: dict[str, tuple[int, int]] = {}
    for i in range(len(g.rows)):
        r = g.rows[i]
        if r[8] == "capital":
            pop = int(r[9] or 0)
            if r[3] not in best or pop > best[r[3]][0]:
                best[r[3]] = (pop, i)
    return {cc: i for cc, (_, i) in best.items()}
