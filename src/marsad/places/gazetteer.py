"""The packaged gazetteer: loading, match keys and look-ups.

The data file ``marsad/data/gazetteer.tsv.gz`` is built by ``scripts/build_gazetteer.py``. Rows stay as
plain tuples; a :class:`~marsad.mentions.Place` is made (and kept) only when a look-up returns it.
"""

from __future__ import annotations

import gzip
import json
import math
import re
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
    """Places and the index from match keys to them."""

    rows: _Rows
    index: dict[str, tuple[int, ...]]
    partials: frozenset[str]  # keys of the first k words of multi-word names (to extend a match)
    common: frozenset[tuple[str, int]]  # (key, row): the key is a common word; the row needs a feature word
    max_words: int
    admin1_ids: dict[tuple[str, str], int]  # (country, admin1) -> row of that admin1
    country_ids: dict[str, int]
    _places: dict[int, Place] = field(default_factory=dict)

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

    def ids(self, key: str) -> tuple[int, ...]:
        return self.index.get(key, ())

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


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once (rows are split on demand; the key index is ready-made)."""
    raw = resources.files("marsad.data").joinpath("gazetteer.tsv.gz").read_bytes()
    text = gzip.decompress(raw).decode("utf-8")
    a = text.index("\n#index\n")
    b = text.index("\n#partials\n")
    rows = _Rows(text[text.index("\n") + 1: a].split("\n"))
    index: dict[str, tuple[int, ...]] = {}
    common: set[tuple[str, int]] = set()
    for line in text[a + 8: b].split("\n"):
        key, _, ids = line.partition("\t")
        if "~" in ids:
            out = []
            for x in ids.split(","):
                if x[0] == "~":
                    x = x[1:]
                    common.add((key, int(x)))
                out.append(int(x))
            index[key] = tuple(out)
        else:
            index[key] = tuple(map(int, ids.split(",")))
    partials = frozenset(text[b + 11:].strip().split("|"))
    admin1_ids: dict[tuple[str, str], int] = {}
    country_ids: dict[str, int] = {}
    for i, line in enumerate(rows.lines):
        if "\tadmin1\t" in line or "\tcountry\t" in line:
            r = rows[i]
            if r[8] == "admin1":
                admin1_ids.setdefault((r[3], r[4]), i)
            elif r[8] == "country":
                country_ids.setdefault(r[3], i)
    max_words = 8  # the scan also stops as soon as the words so far begin no name
    return Gazetteer(
        rows=rows, index=index, partials=partials, common=frozenset(common),  # type: ignore[arg-type]
        max_words=max_words, admin1_ids=admin1_ids, country_ids=country_ids,
    )


class _Rows:
    """Place rows kept as lines and split (once) when first read."""

    __slots__ = ("lines", "_split")

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self._split: dict[int, tuple[str, ...]] = {}

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, i: int) -> tuple[str, ...]:
        r = self._split.get(i)
        if r is None:
            r = tuple(self.lines[i].split("\t"))
            self._split[i] = r
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
_PROCLITICS = ("وال", "فال", "بال", "كال", "لل", "ول", "وب", "فب", "فل", "ال", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    out: dict[str, str] = {}
    for cc, c in _countries().items():
        for a in c.get("adj", []):
            stem = normalize_text(a)
            for end in _ADJ_ENDINGS:
                out.setdefault(stem + end, cc)
    return out


def country_of_adjective(norm_word: str) -> str | None:
    """ISO code of the country a demonym adjective refers to (السوري, العراقية, اليمنيين ...), else None."""
    w = normalize_text(norm_word).strip()
    adj = _adjectives()
    if w in adj:
        return adj[w]
    for p in _PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 3:
            rest = w[len(p):]
            if rest in adj:
                return adj[rest]
            if rest.startswith("ال") and rest[2:] in adj:
                return adj[rest[2:]]
    return None
