"""The packaged gazetteer: loading, match keys and look-ups.

The data file ``marsad/data/gazetteer.tsv.gz`` is built by ``scripts/build_gazetteer.py``. Rows stay as
plain tuples; a :class:`~marsad.mentions.Place` is made (and kept) only when a look-up returns it.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from marsad.arabic.normalize import normalize_text
from marsad.mentions import Place

_WORD = re.compile(r"[\u0621-\u064a0-9]+")

# Kind priors: how likely a bare name of this kind is what a news text means.
KIND_PRIOR: dict[str, float] = {
    "country": 100.0, "capital": 85.0, "admin1": 60.0, "city": 55.0, "town": 32.0, "admin2": 26.0,
    "camp": 22.0, "crossing": 22.0, "site": 14.0, "village": 10.0, "neighbourhood": 8.0, "region": 40.0,
}


def key_words(name: str) -> list[str]:
    """Normalised words of a name (letters and digits only)."""
    return _WORD.findall(normalize_text(name))


def join_key(joined: str) -> str:
    """Apply the article rule to a space-free key: a leading ال is dropped when 3+ letters remain."""
    if joined.startswith("ال") and len(joined) >= 5:
        return joined[2:]
    return joined


def match_key(name: str) -> str:
    """The key a name is indexed under: normalised, no spaces or punctuation, article of the start dropped.

    Spaces do not count (البوكمال and البو كمال share a key), nor does the article (الباغوز / باغوز).
    """
    return join_key("".join(key_words(name)))


@dataclass(slots=True)
class Gazetteer:
    """Places and the index from match keys to them.

    Loading is cheap: ``index`` maps a key to the raw ``#ids`` text, parsed on first use (:meth:`entry`);
    rows stay UTF-8 bytes lines until read.
    """

    # a _Rows, typed as a mapping so that compiled callers (mypyc) call its __len__ and __missing__
    # instead of reading the underlying dict directly
    rows: Mapping[int, tuple[str, ...]]
    index: dict[str, str]  # key -> comma-separated rows, "~" before a row the key names only after a feature word
    partials: frozenset[str]  # keys of the first k words of multi-word names (to extend a match)
    max_words: int
    admin1_ids: dict[tuple[str, str], int]  # (country, admin1) -> row of that admin1
    country_ids: dict[str, int]
    _places: dict[int, Place] = field(default_factory=dict)
    _entries: dict[str, tuple[tuple[int, ...], frozenset[int]]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rows)

    def place(self, i: int) -> Place:
        p = self._places.get(i)
        if p is None:
            r = self.rows[i]
            p = Place(
                id=r[0], name=r[1], name_ar=r[2], country=r[3], admin1=r[4] or None, admin2=r[5] or None,
                lat=float(r[6]) if r[6] else None, lon=float(r[7]) if r[7] else None, kind=r[8],
                population=int(r[9] or 0), geonames_id=int(r[10]) if r[10] else None,
            )
            self._places[i] = p
        return p

    def prior(self, i: int) -> float:
        r = self.rows[i]
        return KIND_PRIOR.get(r[8], 10.0) + 4.0 * math.log10(int(r[9] or 0) + 1)

    def entry(self, key: str) -> tuple[tuple[int, ...], frozenset[int]]:
        """(rows the key names, the subset of them for which the key is only a common word)."""
        e = self._entries.get(key)
        if e is None:
            raw = self.index.get(key)
            if raw is None:
                return ((), frozenset())
            if "~" in raw:
                parts = raw.split(",")
                e = (tuple(int(x.lstrip("~")) for x in parts), frozenset(int(x[1:]) for x in parts if x[0] == "~"))
            else:
                e = (tuple(map(int, raw.split(","))), frozenset())
            self._entries[key] = e
        return e

    def ids(self, key: str) -> tuple[int, ...]:
        e = self._entries.get(key)  # a key read before: no second call
        return e[0] if e is not None else self.entry(key)[0]

    def is_common(self, key: str, i: int) -> bool:
        """The key names row ``i`` only after a feature word (it is a common word)."""
        return i in self.entry(key)[1]

    def lookup(self, norm_name: str) -> list[Place]:
        """Places whose name (or alias) matches ``norm_name``, most likely first."""
        ids = sorted(self.ids(match_key(norm_name)), key=self.prior, reverse=True)
        return [self.place(i) for i in ids]

    def admin1_place(self, country: str, admin1: str | None) -> Place | None:
        if not admin1:
            return None
        i = self.admin1_ids.get((country, admin1))
        return None if i is None else self.place(i)

    def country_place(self, country: str) -> Place | None:
        i = self.country_ids.get(country)
        return None if i is None else self.place(i)


def _data_text(name: str) -> str:
    return resources.files("marsad.data").joinpath(name).read_text(encoding="utf-8")


_SECTIONS = (b"#keys", b"#ids", b"#partials", b"#admin1", b"#countries", b"#places")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once: a few splits of a columnar file (see ``scripts/build_gazetteer.py``)."""
    data = gzip.decompress(resources.files("marsad.data").joinpath("gazetteer.tsv.gz").read_bytes())
    head = data.split(b"\n", 12)  # five (name, values) section pairs, "#places", the header line, the places
    if tuple(head[0:12:2][:6]) != _SECTIONS:
        raise ValueError("gazetteer.tsv.gz: unexpected layout; rebuild it with scripts/build_gazetteer.py")
    keys, ids, partials, admin1, countries = (head[k].decode("utf-8").split("\t") for k in (1, 3, 5, 7, 9))
    rows = _Rows(head[12].split(b"\n"))
    if rows.lines and not rows.lines[-1]:
        rows.lines.pop()
    admin1_ids: dict[tuple[str, str], int] = {}
    for item in admin1:
        cc, a1, i = item.split("|")
        admin1_ids[(cc, a1)] = int(i)
    country_ids = {cc: int(i) for cc, _, i in (x.partition("|") for x in countries)}
    max_words = 8  # the scan also stops as soon as the words so far begin no name
    return Gazetteer(
        rows=rows, index=dict(zip(keys, ids, strict=True)), partials=frozenset(partials), max_words=max_words,
        admin1_ids=admin1_ids, country_ids=country_ids,
    )


class _Rows(dict):
    """Place rows kept as UTF-8 lines and decoded and split (once) when first read.

    A dict of the rows read so far: a row read before is one C-level look-up (no Python call);
    ``__missing__`` decodes a new one. ``len`` is the number of rows (read or not).
    """

    __slots__ = ("lines",)

    def __init__(self, lines: list[bytes]) -> None:
        super().__init__()
        self.lines = lines

    def __len__(self) -> int:
        return len(self.lines)

    def __missing__(self, i: int) -> tuple[str, ...]:
        r = tuple(self.lines[i].decode("utf-8").split("\t"))
        self[i] = r
        return r


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The geoparser's word lists (features, directions, stoplist ...), as in places_lexicon.json."""
    return json.loads(_data_text("places_lexicon.json"))


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    d = json.loads(_data_text("places_countries.json"))
    d.pop("_about", None)
    return d


def country_name(iso2: str) -> str:
    """English name of a country from its ISO 3166-1 alpha-2 code (the code itself when unknown)."""
    iso2 = iso2.upper()
    c = _countries().get(iso2)
    if c:
        return c["en"]
    p = gazetteer().country_place(iso2)
    return p.name if p else iso2


_ADJ_ENDINGS = ("", "ه", "ون", "ين", "ات", "يه", "يون", "يين")
_DUAL_ENDINGS = (("تين", "ه"), ("تان", "ه"), ("ان", ""))  # «طائرتين أمريكيتين»، «جنديان تركيان»: the singular's ending
_PROCLITICS = ("وال", "فال", "بال", "كال", "لل", "ول", "وب", "فب", "فل", "ال", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    out: dict[str, str] = {}
    for cc, c in _countries().items():
        for a in c.get("adj", []):
            stem = normalize_text(a)
            for end in _ADJ_ENDINGS:
                out.setdefault(stem + end, cc)
        for a in c.get("adj_plural", []):  # broken plurals (أفغان، أتراك): as written, with or without ال
            out.setdefault(normalize_text(a), cc)
            out.setdefault("ال" + normalize_text(a), cc)
    return out


@lru_cache(maxsize=65536)  # a pure function of the word
def country_of_adjective(norm_word: str) -> str | None:
    """ISO code of the country a demonym adjective refers to (السوري, العراقية, اليمنيين ...), else None."""
    w = normalize_text(norm_word).strip()
    adj = _adjectives()
    if w in adj:
        return adj[w]
    for end, sing in _DUAL_ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= 4:
            stem = w[: -len(end)] + sing
            if stem in adj:
                return adj[stem]
            if stem.startswith("ال") and stem[2:] in adj:
                return adj[stem[2:]]
    for p in _PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 3:
            rest = w[len(p):]
            if rest in adj:
                return adj[rest]
            if rest.startswith("ال") and rest[2:] in adj:
                return adj[rest[2:]]
    return None
