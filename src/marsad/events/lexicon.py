"""Event lexicons: trigger words, cue words and weapons, loaded once from data files.

``src/marsad/data/event_triggers.json``, ``event_cues.json`` and ``event_weapons.json``
hold the language data; every entry goes through ``normalize_text`` (the same
function as the text), and verb stems are inflected here (person prefixes and
suffixes) so the data file lists one stem per verb.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from marsad.arabic.normalize import normalize_text


@dataclass(frozen=True, slots=True)
class Trigger:
    id: str
    cls: str  # violence, protest, arrest, political, casualty, territory, warrant
    acled: tuple[str, str | None] | None
    plover: tuple[str, str | None] | None
    generic: bool
    weight: float
    next: frozenset[str]
    prev: frozenset[str]
    block: bool
    window: int = 1  # 'next' word within this many following words of the same clause
    need_before: frozenset[str] = frozenset()  # one of these within the 14 tokens before (a crowd as the actor)
    need_window: int = 0  # ... within this many tokens instead (0: 14, 20 for political triggers)
    carriers: frozenset[str] = frozenset()  # a subject that carries the weapon (طائرة، دبابات) ...
    carrier_window: int = 1  # ... within four words after the verb widens the 'next' window to this


@dataclass(frozen=True, slots=True)
class Form:
    trigger: Trigger
    pos: str  # verb or noun
    tense: str | None  # past, imperf, or None for nouns


@dataclass(frozen=True, slots=True)
class Weapon:
    words: frozenset[str]
    next: frozenset[str]
    acled: tuple[str, str]
    mode: str
    priority: int


@dataclass(frozen=True, slots=True)
class Lexicon:
    forms: dict[str, tuple[Form, ...]]
    cues: dict[str, frozenset[str]]
    negation_window: int
    weapons: tuple[Weapon, ...]
    weapon_words: dict[str, tuple[Weapon, ...]]
    sets: dict[str, frozenset[str]]  # air_words, civilian_targets, armed_words, protest_*
    news_density: tuple[int, float] = (0, 0.0)  # (minimum words, time and attribution words per 100 words)


def _read(name: str) -> dict:
    return json.loads(files("marsad.data").joinpath(name).read_text(encoding="utf-8"))


def _past_forms(stem: str) -> list[str]:
    out = [stem]
    base = stem
    if stem.endswith(("ي", "ا")):  # defective: نفى/نفت/نفوا, دعا/دعت/دعوا
        base = stem[:-1]
        out += [base + "ت", base + "وا", base + "و", base + "تا", base + "يا", base + "ينا"]
    else:
        out += [stem + s for s in ("ت", "وا", "و", "ا", "تا", "ن", "نا", "تم")]
    return out


def _imperf_forms(stem: str) -> list[str]:
    out = []
    for pre in ("ي", "ت", "ن"):
        w = pre + stem
        out += [w, w + "ون", w + "ان", w + "ن", w + "وا", w + "ين", w + "و"]
    return out


def _noun_forms(noun: str, adverbial: frozenset[str] = frozenset()) -> list[str]:
    """The noun and, for a masculine singular, its indefinite accusative written with alif (اعتصاما، هجوما),
    unless that accusative is adverbial (احتجاجاً على: in protest at)."""
    if noun.endswith(("ه", "ة", "ى", "ا", "ي", "ء", "ات", "ين", "ون")) or " " in noun or noun + "ا" in adverbial:
        return [noun]
    return [noun, noun + "ا"]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    n = normalize_text
    trig = _read("event_triggers.json")
    # «احتجاجاً على»: an accusative telling why someone acted is no form of the noun's event (unless listed)
    adverbial = frozenset(n(w) for w in _read("event_cues.json").get("adverbial_accusatives", []))
    forms: dict[str, list[Form]] = {}
    for e in trig["triggers"]:
        t = Trigger(
            id=e["id"],
            cls=e["class"],
            acled=tuple(e["acled"]) if e.get("acled") else None,  # type: ignore[arg-type]
            plover=tuple(e["plover"]) if e.get("plover") else None,  # type: ignore[arg-type]
            generic=bool(e.get("generic", False)),
            weight=float(e.get("weight", 1.0)),
            next=frozenset(n(w) for w in e.get("next", [])),
            prev=frozenset(n(w) for w in e.get("prev", [])),
            block=bool(e.get("block", False)),
            window=int(e.get("window", 1)),
            need_before=frozenset(n(w) for w in e.get("need_before", [])),
            need_window=int(e.get("need_window", 0)),
            carriers=frozenset(n(w) for w in e.get("carriers", [])),
            carrier_window=int(e.get("carrier_window", 1)),
        )
        for s in e.get("past", []):
            for f in _past_forms(n(s)):
                forms.setdefault(f, []).append(Form(t, "verb", "past"))
        for s in e.get("imperf", []):
            for f in _imperf_forms(n(s)):
                forms.setdefault(f, []).append(Form(t, "verb", "imperf"))
        for s in e.get("nouns", []):
            for f in _noun_forms(n(s), adverbial):
                forms.setdefault(f, []).append(Form(t, "noun", None))
    cues_raw = _read("event_cues.json")
    cues: dict[str, frozenset[str]] = {}
    for k, v in cues_raw.items():
        if isinstance(v, list) and all(isinstance(w, str) for w in v):
            cues[k] = frozenset(n(w) for w in v)
    # animals read with their clitics too («كلابه»), except those whose name is also a proper name («دبي»، «الأسد»)
    cues["animal_words_clitic"] = cues.get("animal_words", frozenset()) - cues.get("animal_names", frozenset())
    # the future prefix «س» on present verbs the corpus attests (scripts/build_future_forms.py): ستستضيف، سيزور
    cues["future"] = cues.get("future", frozenset()) | frozenset(_read("future_forms.json")["forms"])
    wraw = _read("event_weapons.json")
    weapons = tuple(
        Weapon(
            words=frozenset(n(w) for w in x["words"]),
            next=frozenset(n(w) for w in x.get("next", [])),
            acled=(x["acled"][0], x["acled"][1]),
            mode=x["mode"],
            priority=int(x["priority"]),
        )
        for x in wraw["weapons"]
    )
    ww: dict[str, list[Weapon]] = {}
    for w in weapons:
        for word in w.words:
            ww.setdefault(word, []).append(w)
    sets = {k: frozenset(n(w) for w in v) for k, v in wraw.items() if isinstance(v, list) and k != "weapons"}
    return Lexicon(
        forms={k: tuple(v) for k, v in forms.items()},
        cues=cues,
        negation_window=int(cues_raw.get("negation_window", 3)),
        news_density=(int(cues_raw["news_density"][0]), float(cues_raw["news_density"][1])),
        weapons=weapons,
        weapon_words={k: tuple(sorted(v, key=lambda w: -w.priority)) for k, v in ww.items()},
        sets=sets,
    )
