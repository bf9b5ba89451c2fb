"""The actor lexicon and the one-pass matcher over normalised text.

Data: ``data/actors.json`` (actors, countries, state-force templates),
``data/actor_roles.json`` (titles and roles) and ``data/source_cues.json``
(attribution cues, anonymous sources, media, speech verbs).  Every key of every
table goes into ONE Aho-Corasick automaton; :meth:`Lexicon.scan` runs it once
over a normalised text and returns word-bounded hits (proclitics و ف ب ل ك and
the لل form of ال-words are handled here).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick

from marsad.arabic.normalize import normalize_text

_PROCLITICS = frozenset("وفبلك")
_VERB_PROCLITICS = frozenset("وف")
# object pronouns and plural; not ه, which is also the normalised ta marbuta («التابعة» is no verb)
_VERB_SUFFIXES = ("هما", "هم", "ها", "وا", "ا")


@dataclass(frozen=True, slots=True)
class Entry:
    """One actor: a canonical name with its type, country and Arabic aliases."""

    name: str
    type: int | None
    country: str | None
    kind: str
    aliases: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()
    affiliation: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    ar: str
    state: bool
    of_person: bool = False


@dataclass(frozen=True, slots=True)
class Hit:
    """A word-bounded match of a lexicon key in the normalised text."""

    start: int  # normalised offsets of the key itself (a لل form starts at the first ل)
    end: int
    key: str
    tag: str  # alias, head, country, role, cue, anon, media, verb
    value: Any  # (Any, not object: mypyc 2.4 cannot build a dataclass with an `object` field)


@dataclass
class Lexicon:
    entries: dict[str, Entry] = field(default_factory=dict)
    aliases: dict[str, Entry] = field(default_factory=dict)
    heads: dict[str, list[Entry]] = field(default_factory=dict)
    countries: dict[str, Entry] = field(default_factory=dict)  # Arabic country name -> country actor
    demonyms: dict[str, str] = field(default_factory=dict)  # normalised adjective form -> ISO code
    country_names: dict[str, str] = field(default_factory=dict)  # ISO code -> English name
    state_names: dict[str, str] = field(default_factory=dict)  # ISO code -> name in ACLED state actors ("the United States")
    roles: dict[str, Role] = field(default_factory=dict)
    role_words: dict[str, object] = field(default_factory=dict)
    cues: dict[str, dict] = field(default_factory=dict)
    adjective_heads: dict[str, str] = field(default_factory=dict)  # noun -> name template
    office_heads: dict[str, str] = field(default_factory=dict)  # a state office noun -> name template
    # head -> [(entry name, names whose presence in the document lets the head resolve without antecedent)]
    context_defaults: dict[str, list[tuple[str, frozenset[str]]]] = field(default_factory=dict)
    country_evidence: dict[str, str] = field(default_factory=dict)
    _automaton: Any = None

    # -- public -----------------------------------------------------------------
    def lookup(self, norm_alias: str) -> Entry | None:
        """The entry whose alias is ``norm_alias`` (normalised), or None."""
        return self.aliases.get(norm_alias)

    def entry(self, name: str) -> Entry | None:
        return self.entries.get(name)

    def scan(self, norm: str) -> list[Hit]:
        """All word-bounded hits of every key in the normalised text ``norm``."""
        out: list[Hit] = []
        n = len(norm)
        for end_idx, payloads in self._automaton.iter(norm):  # type: ignore[attr-defined]
            for key, tag, value, ll_form in payloads:
                start = end_idx - len(key) + 1
                end = end_idx + 1
                if not _left_ok(norm, start, ll_form, _VERB_PROCLITICS if tag in ("verb", "cue") else _PROCLITICS):
                    continue
                if end < n and norm[end].isalpha():
                    if tag != "verb":
                        continue
                    end2 = _verb_suffix_end(norm, end)
                    if end2 < 0:
                        continue
                    end = end2
                out.append(Hit(start, end, key, tag, value))
        return out

    # -- building ---------------------------------------------------------------
    def _add_entry(self, e: Entry) -> None:
        old = self.entries.get(e.name)
        if old is not None:  # same canonical name from a template and an actor row: merge aliases
            e = Entry(old.name, old.type, old.country, old.kind,
                      tuple(dict.fromkeys(old.aliases + e.aliases)), tuple(dict.fromkeys(old.heads + e.heads)),
                      old.affiliation or e.affiliation, old.source or e.source)
        self.entries[e.name] = e

    def _index(self) -> None:
        keys: dict[str, list[tuple[str, str, object]]] = {}

        def put(key: str, tag: str, value: object) -> None:
            if key:
                keys.setdefault(key, []).append((key, tag, value))

        for e in self.entries.values():
            for a in e.aliases:
                self.aliases.setdefault(a, e)
            for h in e.heads:
                lst = self.heads.setdefault(h, [])
                if e not in lst:
                    lst.append(e)
        for a, e in self.aliases.items():
            put(a, "alias", e)
        for h, lst in self.heads.items():
            if h not in self.aliases:
                put(h, "head", tuple(lst))
        for c, e in self.countries.items():
            if c not in self.aliases:
                put(c, "country", e)
        for r, role in self.roles.items():
            put(r, "role", role)
        for w, code in self.country_evidence.items():
            put(w, "cevidence", code)
        for d, code in self.demonyms.items():
            if d.startswith("ال"):
                put(d, "demonym", code)
            elif d.endswith(("يه", "يين", "يون", "يتان", "يتين", "يان")):
                # an indefinite feminine or plural demonym (سفينة تركية، طائرات سعودية): read only after a head
                # noun; the masculine singular (تركي، سعودي) is also a given name and is left out
                put(d, "idemonym", code)
        for w, v in self.role_words.items():
            put(w, "word", v)
        for tag, table in self.cues.items():
            for k, v in table.items():
                put(k, tag, v)
        auto = ahocorasick.Automaton()
        for key, payloads in keys.items():
            auto.add_word(key, [(k, t, v, False) for k, t, v in payloads])
        for key, payloads in keys.items():  # the لل form: ل + ال-word
            if key.startswith("ال") and len(key) > 3:
                ll = "لل" + key[2:]
                if ll in keys:
                    continue
                auto.add_word(ll, [(ll, t, v, True) for _k, t, v in payloads])
        auto.make_automaton()
        self._automaton = auto


def _left_ok(norm: str, start: int, ll_form: bool, proclitics: frozenset[str]) -> bool:
    if start == 0 or not norm[start - 1].isalpha():
        return True
    i = start
    k = 0
    limit = 1 if ll_form else 2
    while i > 0 and norm[i - 1] in proclitics and k < limit:
        i -= 1
        k += 1
        if i == 0 or not norm[i - 1].isalpha():
            return True
    return False


def _verb_suffix_end(norm: str, end: int) -> int:
    n = len(norm)
    for suf in _VERB_SUFFIXES:
        e = end + len(suf)
        if norm.startswith(suf, end) and (e >= n or not norm[e].isalpha()):
            return e
    return -1


def _n(s: str) -> str:
    return " ".join(normalize_text(s).split())


def _fem(adj: str) -> str:
    """Feminine of a demonym; a two-word demonym agrees word by word (الكوري الجنوبي → الكوريه الجنوبيه)."""
    return " ".join(w + "ه" for w in adj.split())


def _suffixed(adj: str, suffix: str) -> str:
    return " ".join(w + suffix for w in adj.split())


def _bare(adj: str) -> str:
    """The demonym without its article(s): الكوري الجنوبي → كوري جنوبي."""
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in adj.split())


def state_name(c: dict) -> str:
    """The country's name as ACLED writes it inside state actor names (the United States, Yemen)."""
    return f"the {c['name']}" if c.get("the") else c["name"]


def government_of(code: str) -> str:
    """The state actor «Government of …» of a country code, in ACLED's spelling (Government of the United States)."""
    name = lexicon().state_names.get(code)
    if name is None:
        from marsad.places.gazetteer import country_name

        name = country_name(code)
    return f"Government of {name}"


def _read(name: str) -> dict:
    return json.loads(resources.files("marsad.data").joinpath(name).read_text(encoding="utf-8"))


def _expand_templates(data: dict) -> Iterable[Entry]:
    for c in data["countries"]:
        adjs = [_n(a) for a in c.get("adj", [])]
        names = [_n(a) for a in c.get("ar", [])]
        for t in data["state_templates"]:
            aliases: list[str] = []
            for pat in t["aliases"]:
                np = _n(pat)
                if "{ar}" in np:
                    aliases += [np.replace("{ar}", a) for a in names]
                    continue
                for adj in adjs:
                    aliases.append(np.replace("{adjf}", _fem(adj)).replace("{adjpn}", _suffixed(adj, "ون"))
                                   .replace("{adjpi}", _suffixed(_bare(adj), "ين"))
                                   .replace("{adjp}", _suffixed(adj, "ين")).replace("{adj}", adj)
                                   .replace("{adjba}", _suffixed(_bare(adj), "ا")).replace("{adjb}", _bare(adj)))
            yield Entry(t["name"].format(country=state_name(c)), t["type"], c["code"], t["kind"],
                        tuple(dict.fromkeys(a for a in aliases if "{" not in a)),
                        tuple(_n(h) for h in t.get("heads", [])), None, "state template")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged lexicon, loaded once."""
    data = _read("actors.json")
    roles = _read("actor_roles.json")
    cues = _read("source_cues.json")
    lex = Lexicon()
    for c in data["countries"]:
        lex.country_names[c["code"]] = c["name"]
        lex.state_names[c["code"]] = state_name(c)
        ce = Entry(c["name"], 1, c["code"], "country", (), (), None, "country name")
        for a in c.get("ar", []):
            lex.countries[_n(a)] = ce
        for adj in c.get("adj", []):
            a = _n(adj)
            for form in (a, _fem(a), _suffixed(a, "ين"), _suffixed(a, "ون"), _bare(a)):
                lex.demonyms[form] = c["code"]
            if a.startswith("ال"):
                b = _bare(a)
                for form in (_fem(b), _suffixed(b, "ين"), _suffixed(b, "ون")):
                    lex.demonyms[form] = c["code"]
                if " " not in b and b.endswith("ي"):
                    # the dual, indefinite («طائرتان سعوديتان»، «سفينتين تركيتين»، «جنديان أمريكيان»)
                    for form in (b + "تان", b + "تين", b + "ان"):
                        lex.demonyms[form] = c["code"]
    for row in data["actors"]:
        lex._add_entry(Entry(row["name"], row.get("type"), row.get("country"), row.get("kind", "org"),
                             tuple(dict.fromkeys(_n(a) for a in row["aliases"])),
                             tuple(_n(h) for h in row.get("heads", [])), row.get("affiliation"), row.get("source")))
    for e in _expand_templates(data):
        lex._add_entry(e)
    for row in data["actors"]:
        cd = row.get("context_default")
        if cd:
            for h in cd["heads"]:
                lex.context_defaults.setdefault(_n(h), []).append((row["name"], frozenset(cd["with"])))
    lex.country_evidence = {_n(k): v for k, v in data.get("country_evidence", {}).items() if not k.startswith("_")}
    for r in roles["roles"]:
        lex.roles[_n(r["ar"])] = Role(r["ar"], bool(r["state"]), bool(r.get("of_person", False)))
    for tmpl, nouns in roles.get("adjective_heads", {}).items():
        if tmpl.startswith("_"):
            continue
        for noun in nouns:
            lex.adjective_heads[_n(noun)] = tmpl
    for tmpl, nouns in roles.get("office_adjective_heads", {}).items():
        if tmpl.startswith("_"):
            continue
        for noun in nouns:
            lex.office_heads[_n(noun)] = tmpl
    lex.cues = {tag: {_n(k): v for k, v in table.items()} for tag, table in cues["tables"].items()}
    anon = lex.cues.get("anon", {})
    for k, v in list(anon.items()):
        anon.setdefault(_definite(k), v)  # «مصادر عسكرية» → «المصادر العسكرية» (the sources taken up again)
    lex._index()
    return lex


_OF_WORDS = frozenset(["في", "من", "داخل", "لدى", "ضمن", "مع"])


def _definite(key: str) -> str:
    """A typed source of two or more words made definite: the article on the noun and on each adjective that
    follows it, up to a preposition («مصادر في المقاومه» → «المصادر في المقاومه»). A one-word key stays as it
    is («مسؤول»: «المسؤول» takes up the official just named)."""
    words = key.split()
    if len(words) < 2 or words[0].startswith("ال"):
        return key
    out = []
    for k, w in enumerate(words):
        if w in _OF_WORDS:
            out.extend(words[k:])
            break
        if w.startswith(("ال", "وال")):
            out.append(w)
        elif k > 0 and w.startswith("و") and len(w) > 3:
            out.append("وال" + w[1:])  # «الطبيه والامنيه»
        else:
            out.append("ال" + w)
    return " ".join(out)


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def role_anaphors() -> tuple[dict[str, tuple[str, ...]], frozenset[str], frozenset[str]]:
    """actor_roles.json's bare offices that take up a person named earlier (normalised office → normalised title
    beginnings), the words after which such an office is a subject (verbs and particles), and the words after an
    office that make it another office («المتحدث باسم الجيش»)."""
    roles = _read("actor_roles.json")
    forms = {_n(k): tuple(_n(v) for v in vs) for k, vs in roles.get("role_anaphors", {}).items()}
    before = frozenset(_n(w) for w in [*roles.get("role_anaphor_verbs", []), *roles.get("role_anaphor_particles", [])])
    other = frozenset(_n(w) for w in roles.get("role_anaphor_other_office", []))
    return forms, before, other


@lru_cache(maxsize=1)
def role_data() -> dict[str, frozenset[str]]:
    """Word lists of actor_roles.json (normalised; read once: callers only read the dict)."""
    roles = _read("actor_roles.json")
    keys = ("modifiers", "org_heads", "place_preceders", "name_stop", "name_particles", "quoted_name_preceders",
            "forces_of", "qaeda_group_context", "qaeda_place_context", "qaeda_base_next", "qaeda_war_nouns",
            "qaeda_control_nouns", "statement_nouns", "named_place_heads", "eponym_titles", "name_particles_full", "medium_nouns", "body_anaphor_nouns", "kin_nouns", "attack_nouns", "seat_offices")
    return {k: frozenset(_n(w) for w in roles.get(k, [])) for k in keys}
