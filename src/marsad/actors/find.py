"""Actor mentions in a document: lexicon matches, persons by title, in-document coreference.

Steps (one Aho-Corasick pass over the normalised text, then local scans):
1. lexicon aliases, country names (as actors only when not governed by a preposition);
2. persons: a title/role (``data/actor_roles.json``) followed by a name, with the role's
   affiliation (an actor named inside the role: «القيادي بحركة حماس») and country (a demonym);
   a person not in the lexicon gets a romanised canonical name;
3. short mentions: a known person's surname, and the lexicon's ``heads`` (الحركة, التنظيم,
   المرصد, الجيش ...) resolve to the most recent matching actor named earlier in the document;
4. optional: names the NER tagger finds (see :mod:`marsad.actors.ner`).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from typing import Any

from marsad.actors.bodies import find_bodies
from marsad.actors.lexicon import Entry, Hit, Lexicon, Role, lexicon, role_anaphors, role_data
from marsad.actors.romanise import romanise
from marsad.arabic.normalize import Normalized, normalize, normalize_text
from marsad.mentions import ActorMention

_PUNCT_SEP = "،,"
_LETTERS = re.compile(r"[^\W\d_]+")
_STATE_WORDS = frozenset(("مملكه", "دوله", "جمهوريه", "سلطنه", "اماره"))
_ROLE_LINKS = frozenset(("صفوف", "قياده", "جماعه"))
_ALI_RE = re.compile(r"(?<![^\W\d_])علي(?![^\W\d_])")


def _word_matches(pat: re.Pattern[str], text: str, word: str) -> Iterator[re.Match[str]]:
    """``pat.finditer(text)`` for a pattern that is ``word`` between look-arounds: tried, anchored, only
    where ``word`` occurs (str.find), not at every position (a look-behind sees the text before the anchor)."""
    i = text.find(word)
    while i >= 0:
        m = pat.match(text, i)
        if m is not None:
            yield m
        i = text.find(word, m.end() if m is not None else i + 1)


def _ali_starts(text: str, nz: Normalized) -> frozenset[int]:
    """Normalised starts of the given name علي written with ي (the preposition على is written with ى)."""
    out: set[int] = set()
    for m in _word_matches(_ALI_RE, nz.text, "علي"):
        a, b = nz.span(m.start(), m.end())
        if text[b - 1:b] == "ي":
            out.add(m.start())
    return frozenset(out)


@lru_cache(maxsize=1)
def _roles_spelt_apart() -> dict[str, tuple[str, ...]]:
    """Normalised title -> the spellings that make the word a preposition (actor_roles.json ``roles_spelt_apart``)."""
    raw = json.loads(resources.files("marsad.data").joinpath("actor_roles.json").read_text(encoding="utf-8"))
    return {normalize_text(k): tuple(v) for k, v in raw.get("roles_spelt_apart", {}).items()}


def _preposition_not_title(text: str, nz: Normalized, h: Hit) -> bool:
    """A title hit whose first word the text spells as a preposition («أمام» 'in front of', not «إمام» the imam)."""
    spelt = _roles_spelt_apart()
    first = h.key.split(" ", 1)[0]
    if first not in spelt:
        return False
    a, b = nz.span(h.start, min(h.end, h.start + len(first) + 2))
    word = text[a:b].lstrip("وفبل")
    return word.startswith(spelt[first])


_BASE_WORD = re.compile(r"(?<![^\W\d_])قاعده(?![^\W\d_])")


def _qaeda_is_a_base(norm: str, c: _Cand) -> bool:
    """«القاعدة» is also a base (قاعدة جوية, «قاعدة X» then «القاعدة») or a place name (منطقة القاعدة).
    The group is kept after words of the jihadist context (تنظيم, عناصر, الحرب على ...)."""
    if c.name != "Al Qaeda" or not norm[c.start:c.end].endswith("القاعده") or len(norm[c.start:c.end]) > 8:
        return False
    ctx = role_data()
    j = c.start
    while j > 0 and norm[j - 1].isalpha():  # a proclitic glued to the mention
        j -= 1
    prev = _prev_word(norm, j)
    a, b = _word_at(norm, c.end)
    nxt = norm[a:b] if a == c.end + 1 else ""
    if nxt in ctx["qaeda_base_next"]:
        return True  # «الهجوم على القاعدة العسكرية»: an adjective of a base, whatever the word before
    if prev == "علي" and _prev_word(norm, j - len(prev) - 1).lstrip("و") in ctx["qaeda_control_nouns"]:
        return True  # «استعادة السيطرة على القاعدة»: ground is controlled, a base
    if prev in ctx["qaeda_group_context"] and not (prev == "علي" and _prev_word(norm, j - len(prev) - 1)
                                                    not in ctx["qaeda_war_nouns"]):
        # («الحرب على القاعدة» is the group; «التفت على القاعدة من جهة …», with no war noun before «على», a base)
        return False
    return (prev in ctx["qaeda_place_context"]
            or next(_word_matches(_BASE_WORD, norm, "قاعده"), None) is not None)


def _name_after_complement(lex: Lexicon, norm: str, pos: int, blocked: dict[int, _Cand],
                           no_start: frozenset[int], ali: frozenset[int]) -> tuple[int, int, int]:
    """A name of two or more tokens opening with a known given name within the next five words
    (no punctuation, stop word or known actor in between); (-1, -1, 0) otherwise."""
    stop = role_data()["name_stop"]
    given = given_names()
    i = pos
    for _k in range(5):
        s, e = _word_at(norm, i)
        if s < 0 or s in blocked or s in no_start or "،" in norm[i:s] or "," in norm[i:s]:
            break
        w = norm[s:e]
        if w in given and (w not in stop or s in ali):
            ns, ne, nt = _person_name(lex, norm, s, blocked, no_start, False, ali)
            if ns >= 0 and (nt >= 2 or nt == -1):
                return ns, ne, nt
            break
        if w in stop:
            break
        i = e
    return -1, -1, 0



@dataclass(slots=True)
class _Cand:
    start: int  # normalised offsets
    end: int
    entry: Entry | None
    name: str
    type: int | None
    country: str | None
    kind: str
    prio: int = 0
    role: tuple[int, int] | None = None
    affiliation: str | None = None
    confidence: float = 0.8
    office: int = -1  # a state office named by its country's demonym (وزير الداخلية اليمني): the office word's start


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the three finders share for one text (computed once, cached)."""

    norm: Normalized
    hits: tuple[Hit, ...]
    actors: tuple[ActorMention, ...]
    actor_norm: tuple[tuple[int, int], ...]  # normalised spans of ``actors``


@lru_cache(maxsize=1)
def _name_lists() -> dict[str, frozenset[str]]:
    try:
        raw = resources.files("marsad.data").joinpath("ner_crf.names.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {"given_names": frozenset(), "common_words": frozenset()}
    d = json.loads(raw)
    out = {k: frozenset(d.get(k, [])) for k in ("given_names", "common_words")}
    roles = json.loads(resources.files("marsad.data").joinpath("actor_roles.json").read_text(encoding="utf-8"))
    extra = frozenset(normalize_text(w) for w in roles.get("given_names_extra", []))
    out["given_names"] = out["given_names"] | extra
    out["common_words"] = out["common_words"] - extra
    return out


def given_names() -> frozenset[str]:
    """Person given names (normalised) learnt from the NER training data, if packaged."""
    return _name_lists()["given_names"]


def common_words() -> frozenset[str]:
    """Frequent words never seen inside a person name in the NER training data."""
    return _name_lists()["common_words"]


@lru_cache(maxsize=1)
def common_nouns() -> frozenset[str]:
    """Nouns the news mostly writes with the article (الخبر، الهجوم), never given names
    (`scripts/build_common_nouns.py`)."""
    try:
        raw = resources.files("marsad.data").joinpath("common_nouns.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(json.loads(raw).get("words", ()))


def _word_at(norm: str, pos: int) -> tuple[int, int]:
    """The letter-run starting at or after ``pos`` skipping spaces and quote marks; (-1,-1) if other text comes first."""
    n = len(norm)
    i = pos
    while i < n and norm[i] in ' "\'-':
        i += 1
    if i >= n or not norm[i].isalpha():
        return -1, -1
    j = i
    while j < n and (norm[j].isalpha() or norm[j].isdigit()):
        j += 1
    return i, j


_SPEAKER_NOUNS = frozenset(["متحدث", "متحدثه", "ناطق", "ناطقه", "المتحدث", "المتحدثه", "الناطق", "الناطقه"])


def _in_the_name_of(norm: str, a: int, b: int) -> bool:
    """«باسم» at [a, b) is the preposition «in the name of», not the given name Basem: after a spokesman's noun
    («متحدث باسم المتمردين»), or before a definite noun with a definite adjective of relation («باسم السلك
    الدبلوماسي»، «باسم الشعب السوري»)."""
    if norm[a:b] != "باسم":
        return False
    if _prev_word(norm, a).lstrip("و") in _SPEAKER_NOUNS:
        return True
    a1, b1 = _word_at(norm, b)
    a2, b2 = _word_at(norm, b1) if a1 >= 0 else (-1, -1)
    return a1 == b + 1 and a2 == b1 + 1 and norm.startswith("ال", a1) and norm.startswith("ال", a2) \
        and norm[a2:b2].endswith(("ي", "يه"))


def _prev_word(norm: str, pos: int) -> str:
    i = pos
    while i > 0 and norm[i - 1] in ' "':
        i -= 1
    j = i
    while j > 0 and norm[j - 1].isalpha():
        j -= 1
    return norm[j:i]


def _strip_procl(w: str) -> list[str]:
    out = [w]
    if len(w) > 3 and w[0] in "وفبلك":
        out.append(w[1:])
        if len(w) > 4 and w[1] in "بلك":
            out.append(w[2:])
    if w.startswith("لل") and len(w) > 3:
        out.append("ال" + w[2:])
    return out


def _resolve(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping selection: higher priority, then longer, then leftmost."""
    chosen: list[_Cand] = []
    if not cands:
        return chosen
    mask = bytearray(max(c.end for c in cands) + 1)
    for c in sorted(cands, key=lambda c: (-c.prio, -(c.end - c.start), c.start)):
        if 1 in mask[c.start:c.end]:
            continue
        chosen.append(c)
        mask[c.start:c.end] = b"\x01" * (c.end - c.start)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _extend_org_head(norm: str, c: _Cand, heads: frozenset[str]) -> None:
    """«حماس» after حركة → the mention covers حركة «حماس»."""
    if c.start > 0 and norm[c.start - 1] == '"':
        w = _prev_word(norm, c.start)
        if w and any(x in heads for x in _strip_procl(w)):
            ws = c.start - 1
            while ws > 0 and norm[ws - 1] == " ":
                ws -= 1
            ws -= len(w)
            if c.end < len(norm) and norm[c.end] == '"':
                c.end += 1
            c.start = ws + (1 if w[0] in "وفبلك" and w[1:] in heads else 0)


def _strip_lil(t: str) -> str:
    return "ال" + t[2:] if t.startswith("لل") else t


def _bodies(lex: Lexicon, norm: str, hits: list[Hit], static: list[_Cand]) -> list[_Cand]:
    """Bodies the lexicon lacks (:mod:`marsad.actors.bodies`), not overlapping a lexicon actor.  A shorter
    later form of a body named before («المجلس الوطني» after «المجلس الوطني السوري») is that body."""
    out: list[_Cand] = []
    named = [c for c in static if c.kind not in ("country", "person") and c.prio >= 1]
    for b in find_bodies(lex, norm, hits):
        if any(c.start < b.end and b.start < c.end for c in named):
            continue
        text = norm[b.start:b.end]
        core = "ال" + text[2:] if text.startswith("لل") else text
        # an earlier, longer mention whose text begins with this one
        prev = next((c for c in reversed(out) if c.end - c.start > len(core)
                     and _strip_lil(norm[c.start:c.end]).startswith(core)), None)
        if prev is not None:
            out.append(_Cand(b.start, b.end, None, prev.name, prev.type, prev.country, prev.kind, prio=1,
                             confidence=0.6))
            continue
        out.append(_Cand(b.start, b.end, None, b.name, b.type, b.country, b.kind, prio=1, confidence=0.6))
    return out


def _after_construct_noun(text: str, nz: Normalized, norm: str, pos: int) -> bool:
    """The word right before ``pos`` (no «و» between) is a noun in the construct state, written with
    a final ة (made-up: «قضية بلدٍ», «سلامة بلدٍ»): the country after it is its genitive, a place or a
    people, not an acting subject.  State words (مملكة, دولة ...) are part of the country's name."""
    i = pos
    while i > 0 and norm[i - 1] == " ":
        i -= 1
    if i == pos or i == 0 or norm[i - 1] != "ه":
        return False
    a, b = nz.span(i - 1, i)
    if text[a:b] != "ة":
        return False
    w = _prev_word(norm, pos)
    return not any(x in _STATE_WORDS for x in _strip_procl(w))


_FINAL_HAMZA = re.compile(r"ئ(?:ة|ا|ًا|اً)?(?![\u0621-\u064A])")  # a word ending in «ئ» (هادئ، هادئة، شاطئ)


@lru_cache(maxsize=1)
def _hamza_aliases() -> frozenset[str]:
    """The normalised aliases whose own spelling in the lexicon holds «ئ»: for every other alias, a text whose word
    ends in «ئ» where normalisation made it «ي» is another word (هادئ is not هادي)."""
    raw = resources.files("marsad.data").joinpath("actors.json").read_text(encoding="utf-8")
    return frozenset(normalize_text(m) for m in re.findall(r'"([^"]*ئ[^"]*)"', raw))


def _static(lex: Lexicon, norm: str, hits: list[Hit], text: str = "", nz: Normalized | None = None) -> list[_Cand]:
    rd = role_data()
    cands: list[_Cand] = []
    for h in hits:
        if h.tag == "alias":
            e: Entry = h.value  # type: ignore[assignment]
            if nz is not None and text and _FINAL_HAMZA.search(text[slice(*nz.span(h.start, h.end))]) is not None \
                    and h.key not in _hamza_aliases():
                continue  # «الوضع هادئ» (calm): normalised like the name «هادي», spelt with a final «ئ»
            if e.kind == "person" and " " not in h.key:
                nxt = _word_at(norm, h.end)
                if nxt[0] >= 0 and norm[nxt[0]:nxt[1]] in rd["name_particles_full"]:
                    continue  # «هادي بن علي اليامي»: a full name, not the lexicon's short name
            cands.append(_Cand(h.start, h.end, e, e.name, e.type, e.country, e.kind, prio=1,
                               affiliation=e.affiliation, confidence=0.9))
        elif h.tag == "country":
            e = h.value  # type: ignore[assignment]
            if h.start > 0 and norm[h.start - 1] in "بلك":
                continue
            prev = _prev_word(norm, h.start - (1 if norm[h.start - 1:h.start] == "و" else 0))
            if prev and any(p in rd["place_preceders"] for p in _strip_procl(prev)):
                continue
            if prev and any(p in lex.countries or p in lex.demonyms for p in _strip_procl(prev)):
                continue  # «سورية وليبيا وأفغانستان», «مصادر عراقية وسورية»: a list of places
            if nz is not None and _after_construct_noun(text, nz, norm, h.start):
                continue
            nxt = _word_at(norm, h.end)
            if nxt[0] >= 0 and lex.demonyms.get(norm[nxt[0]:nxt[1]], e.country) != e.country:
                continue  # «سوريا الأمريكية»-like: the country word qualifies something else
            cands.append(_Cand(h.start, h.end, e, e.name, e.type, e.country, "country", prio=0, confidence=0.4))
        elif h.tag in ("demonym", "idemonym"):
            tmpl, office = _demonym_head(lex, norm, h.start, definite=h.tag == "demonym")
            if tmpl is None:
                continue
            country = str(h.value)
            ent = lex.entry(tmpl.format(country=lex.state_names.get(country, country)))
            if ent is not None:
                cands.append(_Cand(h.start, h.end, ent, ent.name, ent.type, ent.country, ent.kind, prio=0,
                                   confidence=0.5, office=office))
    return cands


def _demonym_head(lex: Lexicon, norm: str, pos: int, definite: bool) -> tuple[str | None, int]:
    """The name template a demonym at ``pos`` takes from the noun before it, and the start of that noun when it is
    a state office (else -1). Definite: «العملية العسكرية التركية» (one more definite adjective may intervene), a
    state office held by no one named «وزير الداخلية اليمني». Indefinite: «سفينة تركية»، «غارات جوية سعودية» (one
    indefinite relative adjective may intervene; offices are left to the definite form)."""
    for _ in range(2):
        w = _prev_word(norm, pos)
        if not w or (not definite and w.startswith("ال")):
            break
        forms = _strip_procl(w)
        if not definite and w.endswith(("تان", "تين")) and len(w) > 5:
            forms = [*forms, w[:-3] + "ه"]  # a dual head noun («طائرتان سعوديتان»): its singular in ة
        t = next((lex.adjective_heads[f] for f in forms if f in lex.adjective_heads
                  and (definite or not f.startswith("ال"))), None)
        if t is not None:
            return t, -1
        if definite:
            t = next((lex.office_heads[f] for f in forms if f in lex.office_heads), None)
            if t is not None:
                return t, norm.rfind(w, 0, pos)
        if (definite and not w.startswith("ال")) or (not definite and not w.endswith(("يه", "يا"))):
            break
        pos = norm.rfind(w, 0, pos)
    return None, -1


_GLUED_ARTICLE = ("لل", "وال", "بال", "فال", "كال")  # a preposition/conjunction glued to the article
_TAFIL_RE = re.compile(r"ت\w\wي\w")  # the verbal noun of form II (تأمين، تقديم، تسليم)
_POSSESSIVE_RE = re.compile("ت(?:ه|ها|هم|هما)$")  # a noun in ة with a possessive pronoun


def _before_bin(norm: str, end: int) -> bool:
    """The word after ``end`` is «بن/ابن/بنت»: the word before it is a given name («تركي بن سعود»)."""
    return norm[end + 1:end + 5].split(maxsplit=1)[:1] in (["بن"], ["ابن"], ["بنت"])


def _own_given_name(entry: object, word: str) -> bool:
    """``word`` is a word of one of the lexicon person's Arabic aliases (normalised), or the person has no alias
    longer than one word to tell."""
    aliases = [normalize_text(a) for a in getattr(entry, "aliases", ())]
    long = [a for a in aliases if " " in a]
    return not long or any(word in a.split() for a in aliases)


@lru_cache(maxsize=1)
def al_surnames() -> frozenset[str]:
    """Surnames written with the article that the romaniser knows (normalised: الربيعه، الاسد)."""
    from marsad.actors.romanise import _names

    return frozenset(_names()[1])


def _person_name(lex: Lexicon, norm: str, pos: int, blocked: dict[int, _Cand],
                 no_start: frozenset[int], apposition: bool = False,
                 ali: frozenset[int] = frozenset()) -> tuple[int, int, int]:
    """Name tokens from ``pos``: (start, end, n_tokens) or (-1, -1, 0).  ``ali``: starts of the
    given name علي (normalisation merges it with the preposition على, a stop word)."""
    rd = role_data()
    stop = rd["name_stop"]
    particles = rd["name_particles"]
    common = common_words()
    given = given_names()
    nouns = common_nouns()
    toks: list[tuple[int, int]] = []
    i = pos
    while len(toks) < 5:
        if toks:  # name tokens are separated by single spaces only
            if i >= len(norm) or norm[i] != " " or (i + 1 < len(norm) and not norm[i + 1].isalpha()):
                break
        s, e = _word_at(norm, i)
        if s < 0 or (toks and s != i + 1):
            break
        w = norm[s:e]
        prev = norm[toks[-1][0]:toks[-1][1]] if toks else ""
        if prev == "ال":  # «آل الشيخ», «آل سعود»: the family name follows آل even when it is a title word
            if (w in stop and s not in ali) or len(w) < 2:
                break
            toks.append((s, e))
            i = e
            continue
        if toks and w not in given and w not in particles and (
                w.startswith("لل") or (w.startswith(_GLUED_ARTICLE) and len(w) >= 6)  # «للمحققين», «والمدرب»
                # (a short one may be a foreign name: «فالتر», «بالمر»)
                or (len(toks) >= 2 and len(prev) > 3 and prev.startswith("ال") and not w.startswith("ال"))
                or (len(w) >= 5 and _POSSESSIVE_RE.search(w) is not None)  # «قناعته», «زيارتها»
                # «راجح بادي الجريمة»: a feminine common noun with the article after a name is the verb's
                # object, not a surname (surnames with the article known to the romaniser stay: الربيعة)
                or (w.startswith("ال") and w.endswith("ه") and w[2:] in nouns and w not in al_surnames())
                # «أمر الأمير فلان بن فلان بتأمين …»: a verbal noun with «ب/ل» (form II «تفعيل», or a known noun)
                # is what he ordered, not a surname
                or (w[:1] in "بل" and len(w) >= 5 and (w[1:] in nouns or _TAFIL_RE.fullmatch(w[1:]) is not None))
                # «السفير جوزيف ويستفول التفجير الإرهابي»: a form-II verbal noun with the article is the
                # verb's object (no surname has that shape)
                or (w.startswith("ال") and _TAFIL_RE.fullmatch(w[2:]) is not None)
                # «… بدقة واستخدام», «… الوالي وثلاثة من», «… منصور هادي ومسلحي …»: و before a common word or a word
                # for forces joins the next phrase
                or (w[:1] == "و" and len(w) >= 4 and (w[1:] in common or w[1:] in nouns or w[1:] in stop
                                                     or w[1:] in rd["forces_of"]))):
            # after a surname with the article («خالد العبيدي ومعاون», «فلان الفلاني فرار») the name has ended
            break
        b = blocked.get(s)
        if b is not None and b.kind == "person" and b.entry is not None:
            # «خالد محفوظ بحاح»: the name runs into a lexicon person: take that person — unless the given name
            # before it is none of that person's («وائل الأسد» is not Bashar al-Assad): then the name stops there
            if toks and not _own_given_name(b.entry, norm[toks[0][0]:toks[0][1]]):
                toks.append((s, e))  # the surname is this person's own: the name takes it in
                i = e
                break
            return (toks[0][0] if toks else s), b.end, -1
        if not toks and w not in given and len(w) >= 6 and w.startswith(_GLUED_ARTICLE):
            break  # «بالتفجير»: a preposition glued to the article opens no name
        if not toks and w not in given and len(w) >= 4 and w[0] in "بل" and (w[1:] in common or w[1:] in nouns):
            break  # «… رئيس الجمهورية، لإدخال …»، «الناطق … بمحافظة أبين»: a preposition glued to a common word
        if not toks and w not in given and (w in nouns or (w[:1] in "وف" and (w[1:] in nouns or w[1:] in stop
                                                                              or (len(w) >= 5 and w[1:] in common)))
                                            or (w[:1] == "و" and norm[max(0, s - 3):s].rstrip(" ")[-1:] in ("،", ","))):
            # («…، وطرد السفير»: after a comma, و opens the next clause, not a name)
            break  # «…، خبر نقل»، «…، وما أفرزته»: a name does not open with a noun of the news or و/ف + particle
            # (later tokens may: the surname هلال)
        if ((w in stop and s not in ali) or len(w) < 2 or (w in lex.demonyms and not _before_bin(norm, e))
                or w in lex.roles or b is not None
                or (w in common and w not in particles and w not in given
                    and not (apposition and not toks and not w.startswith("ال")))
                # «…، التفجير الإرهابي» after a role and a comma: an article noun opens no apposed name
                or (apposition and not toks and w.startswith("ال") and w not in given
                    and _TAFIL_RE.fullmatch(w[2:]) is not None)
                or s in no_start or (w[0] == "ل" and any(x in stop for x in _strip_procl(w)[1:2]))
                or (toks and w[0] in "لب" and w not in given and len(w) > 4 and w[1:] in common)):
            break
        toks.append((s, e))
        i = e
    # trim: at most 3 content tokens; particles (عبد, أبو, بن ...) do not count
    out: list[tuple[int, int]] = []
    content = 0
    for s, e in toks:
        w = norm[s:e]
        is_part = w in particles
        if not is_part:
            if content == 3:
                break
            content += 1
        out.append((s, e))
    while out and norm[out[-1][0]:out[-1][1]] in particles:
        out.pop()
    if not out:
        return -1, -1, 0
    # «وكيل محافظ شبوة ناصر محمد القميشي»: a place or body left over from the role before a given name
    if len(out) >= 3 and norm[out[0][0]:out[0][1]] not in given and norm[out[1][0]:out[1][1]] in given:
        out = out[1:]
        nxt = _word_at(norm, out[-1][1])
        if len(out) < 3 and nxt[0] == out[-1][1] + 1 and nxt[0] not in blocked and nxt[0] not in no_start:
            w = norm[nxt[0]:nxt[1]]
            if w not in stop and (w not in common or w in given) and w not in lex.demonyms:
                out.append(nxt)
    return out[0][0], out[-1][1], len(out)


_AGE_RE = re.compile(r" \(\d+ (?:عاما|عام|سنه|سنوات|اعوام|شهرا|اشهر|شهور)\)")
_NAME_TOKEN_BACK_RE = re.compile(r"(?:^|[ ])([^\W\d_]+(?:-[^\W\d_]+)*) ?$")
_SIDE_RE = re.compile(" (?:من (?:جهت|ناحيت|جانب)(?:ه|ها|هم)|بدور(?:ه|ها|هم))(?=[ ،,])")


def _skip_side_phrase(norm: str, pos: int) -> int:
    """After a verb: skip «من جهته / من ناحيتها / بدوره» ("for his part") before the subject."""
    m = _SIDE_RE.match(norm, pos)
    if m is None:
        return pos
    e = m.end()
    return e + 1 if norm[e:e + 1] in ("،", ",") else e


_SLOT_ENDS = frozenset(("ان", "انه", "انها", "انهم", "بان"))
_PLURAL_ENDS = ("ون", "يين")


def _name_slot(lex: Lexicon, norm: str, pos: int, by_start: dict[int, _Cand], role_end_at: dict[int, int],
               no_start: frozenset[int]) -> tuple[int, int] | None:
    """«وقال يوهانس فان در كلاوو إن …»، «وقال بختيار دوغان، الناطق …» (made-up order of real patterns): two to four
    words the lexicon, the glossaries and the common words do not know, right after a verb of saying and closed by
    «إن/أنه» or by a comma or a colon, are the speaker's name (a foreign name no list holds). Words with the article,
    groups in the plural («قال مسعفون ومسؤولون عسكريون إن»، «قال مسؤولان تركيان كبيران»، «حلفاء غربيون») are no name."""
    rd = role_data()
    words: list[tuple[int, int]] = []
    while len(words) < 5:
        a, b = _word_at(norm, pos)
        if a < 0 or a != pos + 1:
            return None
        w = norm[a:b]
        if w in _SLOT_ENDS:
            break
        if (w.startswith(("ال", "لل", "بال", "وال", "فال", "كال")) or len(w) < 2 or w in common_words() or w in common_nouns() or w in rd["name_stop"]
                or a in by_start or a in role_end_at or a in no_start or w in lex.demonyms or w in lex.roles
                or not w.isalpha()):
            return None
        words.append((a, b))
        pos = b
        if norm[b:b + 1] in ("،", ",", ":"):
            break
    else:
        return None
    if not 2 <= len(words) <= 4:
        return None
    forms = [norm[a:b] for a, b in words]
    if forms[0].endswith(_PLURAL_ENDS) or any(f.endswith(("يون", "يين")) for f in forms) \
            or sum(f.endswith(("ون", "ان", "ين")) for f in forms) >= 2:
        return None
    return words[0][0], words[-1][1]


def _persons(lex: Lexicon, norm: str, hits: list[Hit], static: list[_Cand],
             ali: frozenset[int] = frozenset()) -> list[_Cand]:
    rd = role_data()
    no_start = frozenset(h.start for h in hits if h.tag in ("cue", "verb", "anon", "media", "stmt"))
    head_end = {h.start: h.end for h in hits if h.tag == "head"}
    # (a short form of a body is an affiliation inside a title; a short form of a person followed by «بن» — «عبد
    # الرحمن» of the SOHR's director in «الأستاذ عبد الرحمن بن سعيد …» (made-up) — opens another person's full name)
    head_starts = frozenset(h.start for h in hits if h.tag == "head" and not (
        all(getattr(e, "kind", "") == "person" for e in h.value)
        and norm[h.end:h.end + 5].split(maxsplit=1)[:1] in (["بن"], ["ابن"], ["بنت"])))
    mods = rd["modifiers"]
    by_start: dict[int, _Cand] = {}
    # (declared for mypyc: these names are reused below for look-ups that may miss, a role, a regex match)
    c: _Cand | None
    h: Hit | None
    role: Any
    w: Any
    for c in static:
        by_start.setdefault(c.start, c)
        # a clitic-prefixed mention: the word starts one or two letters earlier
        for k in (1, 2):
            if c.start - k >= 0 and (c.start - k == 0 or not norm[c.start - k - 1].isalpha()):
                by_start.setdefault(c.start - k, c)
    role_hits = [h for h in hits if h.tag == "role"]
    role_end_at: dict[int, int] = {}
    for h in role_hits:
        role_end_at[h.start] = max(role_end_at.get(h.start, 0), h.end)
    given = given_names()
    demonym_roles: set[int] = set()
    for h in hits:
        # «مع الكويتي فهد الشمري», «والغيني إسماعيل ...» (made-up names): a demonym used as a noun
        # before a known given name introduces the person like a title (country = the demonym's)
        if h.tag != "demonym" or h.start in role_end_at or _prev_word(norm, h.start) in lex.roles:
            continue
        a, b = _word_at(norm, h.end)
        if a == h.end + 1 and norm[a:b] in given and (norm[a:b] not in rd["name_stop"] or a in ali):
            role_hits.append(Hit(h.start, h.end, h.key, "role", Role(h.key, False)))
            demonym_roles.add(h.start)
    role_hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[_Cand] = []
    last_end = -1
    seen_starts: set[int] = set()
    for h in role_hits:
        if h.start < last_end or h.start in seen_starts:
            continue
        seen_starts.add(h.start)
        role = h.value
        pos = h.end
        aff: _Cand | None = None
        country: str | None = lex.demonyms.get(h.key) if h.start in demonym_roles else None
        steps = 0
        while steps < 8:
            steps += 1
            s, e = _word_at(norm, pos)
            if s < 0:
                break
            c = by_start.get(s)
            if c is not None and c.kind == "person":
                if role.of_person and aff is None and steps <= 3:
                    aff = c  # «نائب خادم الحرمين الشريفين الأمير ...»: the person served
                    pos = c.end
                    continue
                break  # the holder's name (a lexicon person may start with a title: الأمير محمد بن سلمان)
            if s in role_end_at or (norm[s] == "و" and s + 1 in role_end_at):  # chained titles
                pos = role_end_at.get(s) or role_end_at[s + 1]
                continue
            if norm[s:e] in ("عن", "من"):
                # «النائب عن ائتلاف …», «القيادي من حزب …» (made-up): the body the person represents
                s2, _e2 = _word_at(norm, e)
                c2 = by_start.get(s2) if s2 >= 0 else None
                if c2 is not None and c2.kind not in ("person", "country") and aff is None:
                    pos = e
                    continue
                break
            if norm[s:e] in ("في", "ب", "باسم", "لدي"):
                s2, e2 = _word_at(norm, e)
                if s2 >= 0 and norm[s2:e2] in _ROLE_LINKS:  # «القيادي في صفوف الحركة»
                    pos = e2
                    continue
                if s2 >= 0 and norm[s2:e2] in _STATE_WORDS:
                    s2, e2 = _word_at(norm, e2)
                if s2 >= 0 and norm[s2:e2] in lex.countries:
                    country = lex.countries[norm[s2:e2]].country
                    pos = e2
                    continue
                # «في مأرب محمد اليوسفي»: a one-word place inside the role when a name follows
                s2, e2 = _word_at(norm, e)
                if s2 >= 0 and s2 not in by_start:
                    s3, e3 = _word_at(norm, e2)
                    w3 = norm[s3:e3] if s3 >= 0 else ""
                    if w3 and (w3 in given_names() or (w3 not in common_words() and w3 not in rd["name_stop"]
                                                       and s3 not in role_end_at and s3 not in no_start)):
                        pos = e2
                        continue
                if s2 >= 0 and s2 in by_start:
                    pos = e
                    continue
                break
            if c is not None and c.kind != "person":
                if c.kind == "country":
                    country = c.country
                else:
                    aff = c
                pos = c.end
                if pos < len(norm) and norm[pos] == '"':
                    pos += 1
                continue
            w = norm[s:e]
            if (w in _ROLE_LINKS and steps == 1) or s in head_starts:  # «القيادي في صفوف المقاومة»
                pos = head_end.get(s, e)
                continue
            forms = _strip_procl(w)
            if w in lex.demonyms and not _before_bin(norm, e):
                # (a demonym before «بن» is a given name: «الأمير تركي بن سعود»)
                country = lex.demonyms[w]
                pos = e
                continue
            ce = next((lex.countries[f] for f in forms if f in lex.countries), None)
            if ce is not None and steps > 1:
                country = ce.country
                pos = e
                continue
            if any(f in mods for f in forms) or w in ("ب", "ل"):
                pos = e
                continue
            if w not in given and h.key.split(maxsplit=1)[0] in rd["seat_offices"] and _seat_of_office(w):
                pos = e  # «محافظ الحديدة السابق صخر الوجيه»: the province or city an office is of
                continue
            if steps == 1 and w in given:
                break  # «الدكتور محمد العامري وزير الدولة»: a given name right after the title starts the name
            # «وزير النقل اليمني», «مدير عام الجوازات اللواء»: up to two other words before a demonym or title
            s2, e2 = _word_at(norm, e)
            s3, e3 = _word_at(norm, e2) if s2 >= 0 else (-1, -1)
            nxt = next(((a, b) for a, b in ((s2, e2), (s3, e3))
                        if a >= 0 and (norm[a:b] in lex.demonyms or a in role_end_at)), None)
            if nxt is not None and steps < 6:
                pos = nxt[0]
                continue
            break
        role_end = pos
        # trailing modifiers like "في" that led nowhere are not part of the role
        while True:
            w = _prev_word(norm, role_end)
            if w in ("في", "ب", "ل", "باسم", "عن", "من") and role_end - len(w) > h.end:
                role_end -= len(w)
                while role_end > 0 and norm[role_end - 1] == " ":
                    role_end -= 1
            else:
                break
        j = role_end
        while j < len(norm) and norm[j] == " ":
            j += 1
        apposition = j < len(norm) and norm[j] in _PUNCT_SEP
        if apposition:
            j += 1
        s, _e = _word_at(norm, j)
        if s < 0:
            continue
        c = by_start.get(s)
        if c is not None and c.kind == "person":
            p = _Cand(c.start, c.end, c.entry, c.name, c.type, c.country, "person", prio=3,
                      role=(h.start, role_end), affiliation=c.affiliation, confidence=0.9)
        elif c is not None:
            continue
        else:
            ns, ne, nt = _person_name(lex, norm, j, by_start, no_start, apposition, ali)
            if apposition and 1 <= nt <= 2:
                # «..., سامر يوسف الجمل، ...» (made-up): an apposition runs to its closing comma
                a2, b2 = _word_at(norm, ne)
                if (a2 == ne + 1 and norm[b2:b2 + 1] in _PUNCT_SEP and a2 not in by_start
                        and norm[a2:b2] not in rd["name_stop"]):
                    ne, nt = b2, nt + 1
            if not apposition and (ns < 0 or (nt == 1 and norm[ns:ne] not in given_names())):
                # «رئيس هيئة الموانئ البحرية الكويتية سالم ...» (made-up): the role's complement
                # ran on (one word left over is part of it, not a name); a given name within the
                # next five words starts the name
                ns2, ne2, nt2 = _name_after_complement(lex, norm, j, by_start, no_start, ali)
                if ns2 >= 0:
                    ns, ne, nt = ns2, ne2, nt2
            if ns < 0:
                continue
            lp = by_start.get(_word_at(norm, ne - 1)[0]) if nt == -1 else None
            if nt == -1:
                lp = next((c for c in static if c.end == ne and c.kind == "person"), None)
            if lp is not None:  # the name ran into a lexicon person («خالد محفوظ بحاح»)
                p = _Cand(ns, ne, lp.entry, lp.name, lp.type, lp.country, "person", prio=3,
                          role=(h.start, role_end), affiliation=lp.affiliation, confidence=0.9)
            else:
                first = norm[ns:ne].split(" ", 1)[0]
                trusted = apposition or first in given_names() or (nt >= 2 and not first.startswith("ال"))
                if not trusted or (first in common_words() and first not in given_names()):
                    # («… الأسبق، تصريحات المالكي»: a frequent word no name holds opens no name)
                    continue
                entry = lex.lookup(norm[ns:ne])
                if entry is None and first not in given_names() and first not in rd["name_particles"] \
                        and _titled_place(norm[h.start:role_end], first):
                    continue  # «جنوبي الشيخ زويد»: a town named with a title word, no person
                if entry is not None and entry.kind == "person":
                    p = _Cand(ns, ne, entry, entry.name, entry.type, entry.country, "person", prio=3,
                              role=(h.start, role_end), affiliation=entry.affiliation, confidence=0.9)
                else:
                    p = _Cand(ns, ne, None, romanise(norm[ns:ne]), None, None, "person", prio=3,
                              role=(h.start, role_end), confidence=0.7)
        if aff is not None:
            p.affiliation = aff.affiliation if aff.kind == "person" else aff.name
            p.type = aff.type
            p.country = p.country or aff.country
        elif country is not None:
            p.country = p.country or country
            if role.state and p.affiliation is None:
                p.affiliation = f"Government of {lex.state_names.get(country, country)}"
                p.type = 1
        if p.affiliation and p.type is None:
            ae = lex.entry(p.affiliation)
            p.type = ae.type if ae else None
        out.append(p)
        last_end = p.end
    # «أكد نبيل أبو ردينة الناطق باسم الرئاسة»: a speech verb followed by a known given name
    taken = [(p.start, p.end) for p in out]
    names = given_names()
    for h in hits:
        if h.tag != "verb":
            continue
        # the name may follow a short description: «وقال ابنه الآخر أحمد أبو ماريا»
        s = -1
        pos = _skip_side_phrase(norm, h.end)  # «وقال من جهته X», «وأكد بدوره X»
        for _k in range(3):
            a, b = _word_at(norm, pos)
            if (a < 0 or a != pos + 1 or a in by_start or a in role_end_at
                    or (norm[a:b] in rd["name_stop"] and a not in ali)):
                break
            if norm[a:b] in names:
                if _in_the_name_of(norm, a, b):
                    break  # «ونفى متحدث باسم المتمردين»، «استنكر باسم السلك الدبلوماسي»: «in the name of», no Basem
                s = a
                break
            pos = b
        appo = False
        if s < 0 and h.value == "speech":
            # «وقالت فاديا الحسني، مديرة ...» (made-up): an unlisted first name right after a verb of saying,
            # then a surname with ال, the name closed by a comma or a title
            a, b = _word_at(norm, h.end)
            w = norm[a:b] if a == h.end + 1 else ""
            a2, b2 = _word_at(norm, b) if w else (-1, -1)
            if (len(w) >= 3 and not w.startswith("ال") and w not in common_words() and w not in rd["name_stop"]
                    and a not in by_start and a not in role_end_at and a not in no_start and a2 == b + 1
                    and norm.startswith("ال", a2) and len(norm[a2:b2]) > 4 and a2 not in by_start
                    and norm[a2:b2] not in common_words() and norm[a2:b2] not in lex.demonyms):
                j = b2
                while j < len(norm) and norm[j] == " ":
                    j += 1
                tail = re.match(r"[^.!?؟\n]{0,90}?[،,:]\s*(ان|انه|انها|بان)?(?![\u0621-\u064A])", norm[j:])
                if norm[j:j + 1] in ("،", ",", "(") or j in role_end_at or (tail is not None and (
                        tail.group(1) is not None or tail.group().rstrip().endswith(":"))):
                    if not any(x <= a < y for x, y in taken):
                        ns, ne, nt = _person_name(lex, norm, a, by_start, no_start, False, ali)
                        # «عبد العزيز X»: a compound first name takes the full name
                        ne = ne if w in ("عبد", "ابو") and ns == a and nt >= 2 and ne >= b2 else b2
                        out.append(_Cand(a, ne, None, romanise(norm[a:ne]), None, None, "person", prio=3,
                                         confidence=0.5))
                        taken.append((a, ne))
                    continue
        if s < 0 and h.value == "speech":
            slot = _name_slot(lex, norm, h.end, by_start, role_end_at, no_start)
            if slot is not None and not any(x <= slot[0] < y for x, y in taken):
                out.append(_Cand(slot[0], slot[1], None, romanise(norm[slot[0]:slot[1]]), None, None, "person",
                                 prio=3, confidence=0.5))
                taken.append(slot)
                continue
        if s < 0:
            # «وقال الباحث في الشؤون الأمنية بأحد مراكز الدراسات، سامر الخطيب، إن» (made-up): a name between commas
            k = norm.find("،", h.end, h.end + 90)
            if k < 0 or "." in norm[h.end:k]:
                continue
            a, b = _word_at(norm, k + 1)
            if a < 0 or a in by_start or norm[a:b] in rd["name_stop"]:
                # «قال الناطق باسم اللواء ... أحمد الخراز، إن»: the name may close the description
                words = [(m.start(), m.end()) for m in _LETTERS.finditer(norm, h.end, k)][-3:]
                g = next((i for i, (x, y) in enumerate(words) if norm[x:y] in names), -1)
                if g < 0 or len(words) - g < 2 or any(x in by_start for x, _y in words[g:]):
                    continue
                a = words[g][0]
            s, appo = a, True
        if any(a <= s < b for a, b in taken):
            continue
        ns, ne, nt = _person_name(lex, norm, s, by_start, no_start, appo, ali)
        if ns < 0 or nt < 2:
            continue
        if appo and (ne >= len(norm) or norm[ne] not in "،,"):
            continue  # the apposition must close with a comma
        entry = lex.lookup(norm[ns:ne])
        if entry is not None and entry.kind == "person":
            continue  # the lexicon has it already
        out.append(_Cand(ns, ne, None, romanise(norm[ns:ne]), None, None, "person", prio=3, confidence=0.6))
        taken.append((ns, ne))
    # «... لفلان فلانوف (56 عاماً)» (made-up): a name of two or three words right before an age in brackets
    for m in _AGE_RE.finditer(norm):
        toks: list[tuple[int, int]] = []
        k = m.start()
        while len(toks) < 3:
            w = _NAME_TOKEN_BACK_RE.search(norm, max(0, k - 40), k)
            if w is None:
                break
            ws, we = w.start(1), w.end(1)
            tok = norm[ws:we]
            if len(tok) > 3 and ws not in by_start and (tok[0] in "لبوف" and tok[1:] in given or (
                    tok[0] == "ل" and toks and tok not in given)):
                toks.append((ws + 1, we))  # «لكيم ...»: a glued preposition before the first name
                break
            if (ws in by_start or ws in role_end_at or ws in no_start or tok in rd["name_stop"] or tok in lex.roles
                    or tok in lex.demonyms or (tok in common_words() and tok not in given) or len(tok) < 2):
                break
            toks.append((ws, we))
            k = ws
        if len(toks) < 2:
            continue
        ns, ne = toks[-1][0], toks[0][1]
        if any(a < ne and ns < b for a, b in taken) or any(c.start < ne and ns < c.end for c in out):
            continue
        out.append(_Cand(ns, ne, None, romanise(norm[ns:ne]), None, None, "person", prio=3, confidence=0.5))
        taken.append((ns, ne))
    # a role after the name: «محمد الضيف، قائد الجناح المسلح»
    role_at = {h.start: h for h in role_hits}
    persons_all = out + [c for c in static if c.kind == "person"]
    for p in persons_all:
        if p.role is not None:
            continue
        j = p.end
        while j < len(norm) and norm[j] in " ،,":
            j += 1
        h = role_at.get(j) or (role_at.get(j + 1) if norm[j:j + 1] == "ا" else None)
        if h is None:
            continue
        pos = h.end
        aff = None
        for _ in range(4):
            s, e = _word_at(norm, pos)
            if s < 0:
                break
            c = by_start.get(s)
            if c is not None and c.kind not in ("person", "country"):
                aff = c
                pos = c.end + (1 if norm[c.end:c.end + 1] == '"' else 0)
                break
            if norm[s:e] in mods or any(f in mods for f in _strip_procl(norm[s:e])):
                pos = e
                continue
            break
        p.role = (h.start, pos)
        if aff is not None and p.affiliation is None:
            p.affiliation = aff.name
            p.type = p.type if p.type is not None else aff.type
        if p not in out:
            p.prio = 3
    return out


def _short_mentions(norm: str, persons: list[_Cand], taken: list[_Cand],
                    verb_ends: frozenset[int] = frozenset()) -> list[_Cand]:
    """Later mentions of a new person's surname or full name (the lexicon's persons are matched anyway);
    the first name alone right after a verb of saying (``verb_ends``) when the word after it ends the name."""
    out: list[_Cand] = []
    seen: set[tuple[str, str]] = set()
    stop = role_data()["name_stop"]
    for p in persons:
        full = norm[p.start:p.end]
        parts = full.split()
        if p.entry is not None:
            # a lexicon person named in full («رياض ياسين») is taken up later by the surname alone («وأوضح ياسين»)
            # when the lexicon does not list it (it may be a given name elsewhere); its aliases match anyway
            last = parts[-1] if len(parts) >= 2 and parts[-2] not in ("بن", "ابن", "ابو", "ال", "عبد", "نصر") else ""
            if len(last) < 3 or last == "الله" or last in common_words() or last in stop or (last, p.name) in seen \
                    or any(normalize_text(a) == last for a in p.entry.aliases):
                continue  # (an alias is matched anyway, with the lexicon's care for group names: «قوات صالح»)
            seen.add((last, p.name))
            # (the lowest priority: any lexicon match over the same words wins)
            out.extend(_Cand(i, e, p.entry, p.name, p.type, p.country, "person", prio=0,
                             affiliation=p.affiliation, confidence=0.7) for i, e in _whole_words(norm, last, p.end))
            continue
        if (len(parts) >= 2 and len(parts[0]) >= 3 and verb_ends and parts[0] not in common_words()
                and parts[0] not in stop):  # (علي = على after normalisation)
            # «وقال كيم للمحققين: ...», «وأضاف فلان إن» (made-up): the first name alone as the subject
            f = parts[0]
            i = norm.find(f, p.end)
            while i >= 0:
                e = i + len(f)
                nxt = norm[e + 1:e + 12].split(" ", 1)[0] if norm[e:e + 1] == " " else ""
                if (i - 1 in verb_ends and norm[i - 1] == " " or (i - 2 in verb_ends and norm[i - 2:i] == "  ")) \
                        and (e >= len(norm) or not norm[e].isalpha()) and (
                        not nxt or nxt in stop or nxt.startswith("ل") or nxt in ("ان", "انه", "انها", "بان")):
                    out.append(_Cand(i, e, None, p.name, p.type, p.country, "person", prio=2,
                                     affiliation=p.affiliation, confidence=0.6))
                i = norm.find(f, e)
        surname = parts[-1] if len(parts) >= 2 and len(parts[-1]) >= 3 else ""
        if surname in stop:
            surname = ""  # «حسن علي»: its «علي» alone is the preposition «على» once normalised, not a mention
        if surname and len(parts) >= 3 and parts[-2] == "ال":
            surname = "ال " + surname  # «آل الشيخ»: the family name is آل + noun, not the title word alone
        forms = [full] + ([surname] if surname else [])
        for f in forms:
            if (f, p.name) in seen:
                continue
            seen.add((f, p.name))
            out.extend(_Cand(i, e, None, p.name, p.type, p.country, "person", prio=2,
                             affiliation=p.affiliation, confidence=0.7) for i, e in _whole_words(norm, f, p.end))
    return out


def _whole_words(norm: str, form: str, start: int) -> list[tuple[int, int]]:
    """Spans of ``form`` after ``start`` standing as whole words (a conjunction or preposition may be glued on)."""
    out: list[tuple[int, int]] = []
    i = norm.find(form, start)
    while i >= 0:
        e = i + len(form)
        left_ok = i == 0 or not norm[i - 1].isalpha() or (
            norm[i - 1] in "وفبل" and (i - 1 == 0 or not norm[i - 2].isalpha()))
        if left_ok and (e >= len(norm) or not norm[e].isalpha()):
            out.append((i, e))
        i = norm.find(form, e)
    return out


def _heads(lex: Lexicon, norm: str, hits: list[Hit], chosen: list[_Cand]) -> list[_Cand]:
    """Resolve short mentions (الحركة, التنظيم ...) to the latest earlier actor that has them as a head."""
    head_hits = sorted((h for h in hits if h.tag == "head"), key=lambda h: (h.start, -(h.end - h.start)))
    out: list[_Cand] = []
    if not head_hits:
        return out
    mentions = sorted(chosen, key=lambda c: c.start)
    taken = [(c.start, c.end) for c in chosen] + [c.role for c in chosen if c.role is not None]
    ev = sorted([(h.start, str(h.value.country)) for h in hits if h.tag == "country"]  # type: ignore[attr-defined]
                + [(h.start, str(h.value)) for h in hits if h.tag == "cevidence"]
                + [(c.start, c.country) for c in chosen if c.country and c.kind in ("state", "country")])
    state_pos = frozenset(c.start for c in chosen if c.country and c.kind == "state")
    # overlap with a taken span by one bisection: the spans starting before a hit's end, and the
    # largest end among them (heads resolved in the loop start no later than the next hit)
    spans = sorted(taken)
    span_starts = [sp[0] for sp in spans]
    span_max_end = list(accumulate((sp[1] for sp in spans), max))
    resolved_end = -1
    country_pos = [p for p, _c in ev]
    country_code = [c for _p, c in ev]
    for h in head_hits:
        k = bisect_left(span_starts, h.end)
        if (k and span_max_end[k - 1] > h.start) or resolved_end > h.start:
            continue  # overlaps a taken span
        ents: tuple[Entry, ...] = h.value  # type: ignore[assignment]
        names = {e.name: e for e in ents}
        best: _Cand | None = None
        named: set[str] = set()
        for m in mentions:
            if m.start >= h.start:
                break
            if m.name in names:
                best = m
                named.add(m.name)
        for m in out:  # earlier resolved heads count too
            if m.start < h.start and m.name in names and (best is None or m.start > best.start):
                best = m
        k0 = bisect_left(country_pos, h.start) - 1
        # a country NAMED after the antecedent («... في العراق») moves a state head to it; another
        # state's actor does not («الشرطة الكورية ... البيت الأبيض ... الشرطة» is still the Korean police)
        while named and k0 >= 0 and best is not None and country_pos[k0] > best.start \
                and country_pos[k0] in state_pos:
            k0 -= 1
        newer_country = k0 >= 0 and (best is None or country_pos[k0] > best.start) and (
            not named or country_code[k0] not in {names[n].country for n in named})
        if any(e.source == "state template" for e in ents) and (len(named) != 1 or newer_country):
            # الجيش, الحكومة ...: several states named (or none): the one whose country the text named last
            k = bisect_left(country_pos, h.start) - 1
            while k >= 0:
                code = country_code[k]
                hit_e = next((e for e in ents if e.country == code
                              and (not named or e.name in named or newer_country)), None)
                if hit_e is not None:
                    best = _Cand(h.start, h.end, hit_e, hit_e.name, hit_e.type, hit_e.country, hit_e.kind)
                    break
                k -= 1
        if best is None:
            present = {m.name for m in mentions} | {m.name for m in out}
            for ename, with_names in lex.context_defaults.get(h.key, []):
                if present & with_names and ename in names:
                    best = _Cand(h.start, h.end, names[ename], ename, None, None, "org")
                    break
        if best is None:
            continue
        e = names[best.name]
        c = _Cand(h.start, h.end, e, e.name, e.type, e.country, e.kind, prio=0,
                  affiliation=e.affiliation, confidence=0.7)
        out.append(c)
        taken.append((h.start, h.end))
        resolved_end = max(resolved_end, h.end)
    return out


_FUNCTION_AL = frozenset(("الى", "الي", "الذي", "التي", "الذين", "الا"))


@lru_cache(maxsize=4)
def _anaphor_re(nouns: frozenset[str]) -> re.Pattern[str]:
    alts = "|".join(sorted(nouns))
    return re.compile(f"(?<![\u0621-\u064A])[وف]?(?:ال|لل|بال)({alts})(?![\u0621-\u064A])")


def _body_anaphora(norm: str, chosen: list[_Cand]) -> list[_Cand]:
    """«المجلس», «الهيئة», «اللجنة» (with و/ف/ب/ل) refer back to the latest body named before whose
    name holds that noun («مجلس الوزراء X» ... «وعبّر المجلس» → the same actor)."""
    nouns = role_data()["body_anaphor_nouns"]
    if not any("ال" + n in norm or "لل" + n in norm for n in nouns):
        return []
    bodies = sorted((c for c in chosen if c.kind in ("org", "state", "intl", "coalition")), key=lambda c: c.start)
    taken = [(c.start, c.end) for c in chosen] + [c.role for c in chosen if c.role is not None]
    out: list[_Cand] = []
    for m in _anaphor_re(nouns).finditer(norm):
        noun = m.group(1)
        if any(s <= m.start() < e for s, e in taken):
            continue
        nxt = _LETTERS.search(norm, m.end())
        if nxt is not None and nxt.start() == m.end() + 1 and nxt.group().startswith("ال") \
                and nxt.group() not in _FUNCTION_AL:
            continue  # «المجلس الانتقالي», «المجلس العسكري»: a body of its own, not a reference back
        # the latest earlier use of the noun must lie inside a body the text named («مجلس الشورى» is none)
        last_use = norm.rfind(noun, 0, m.start())
        best = None
        for c in bodies:
            if c.start >= m.start():
                break
            if c.start <= last_use < c.end:
                best = c
        if best is None:
            continue
        out.append(_Cand(m.start(), m.end(), best.entry, best.name, best.type, best.country, best.kind, prio=0,
                         affiliation=best.affiliation, confidence=0.7))
        taken.append((m.start(), m.end()))
    return out


@lru_cache(maxsize=1)
def _role_anaphor_re() -> re.Pattern[str] | None:
    forms = role_anaphors()[0]
    if not forms:
        return None
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![^\s«\"(،,.:؛])[وف]?({alts})(?![^\s»\"),،.:؛])")


_ANAPHOR_WINDOW = 3000  # normalised characters back to the person an office takes up


def _role_anaphora(norm: str, chosen: list[_Cand], hits: Sequence[Hit]) -> list[_Cand]:
    """«التقى وزير الخارجية السعودي عادل الجبير … ودان الوزير …»: a bare definite office with no name after it,
    as the subject (after a verb of opinion or of a political act, «أن/إن», or at the start of a clause; after a
    verb of saying the quotation finder reads the speaker), is the
    person named earlier whose title begins with that office (actor_roles.json ``role_anaphors``): the latest one
    within `_ANAPHOR_WINDOW`. A demonym after the office must be in that person's title («الوزير السعودي»)."""
    pat = _role_anaphor_re()
    titled = [c for c in chosen if c.kind == "person" and c.role is not None]
    if pat is None or not titled:
        return []
    forms, before, other_office = role_anaphors()
    modifiers, particles, given = role_data()["modifiers"], role_data()["name_particles"], given_names()
    # (after a verb of saying the quotation finder reads the speaker; only verbs of opinion and of acts here)
    verb_ends = {h.end for h in hits if h.tag == "verb" and h.value != "speech"}
    demonym_at = {h.start: h.end for h in hits if h.tag == "demonym"}
    spans = [(min(c.start, c.role[0]) if c.role else c.start, c.end) for c in chosen]
    out: list[_Cand] = []
    for m in pat.finditer(norm):
        s, e = m.span(1)
        if any(a <= s < b or a < e <= b for a, b in spans):
            continue
        # the word before: a verb (also with و/ف), a particle, or the start of a clause
        k = m.start()  # (indices, not slices of the whole text: this runs for every match)
        while k > 0 and norm[k - 1] == " ":
            k -= 1
        if k > 0 and norm[k - 1].isalpha():
            w0 = norm[norm.rfind(" ", 0, k) + 1 : k]
            if k not in verb_ends and w0 not in before and w0[1:] not in before:
                continue
        # the word after: no name (the office is a title then) and no other office words
        nxt_start = e
        while nxt_start < len(norm) and norm[nxt_start] == " ":
            nxt_start += 1
        if any(c.kind == "person" and nxt_start <= c.start <= nxt_start + 8 for c in chosen):
            continue  # (a title before a name, an abbreviation such as «د.» between)
        nxt_end = norm.find(" ", nxt_start)
        nxt = norm[nxt_start : nxt_end if nxt_end >= 0 else len(norm)] \
            if nxt_start < len(norm) and norm[nxt_start].isalpha() else ""
        if nxt in given or nxt in particles or len(nxt.rstrip(".")) <= 2:
            continue  # a name the finder did not take: still a title
        need = ""
        if nxt_start in demonym_at:
            need = norm[nxt_start : demonym_at[nxt_start]]
            e = demonym_at[nxt_start]  # «الوزير الألماني»: the demonym is the office's, no state of its own
        elif nxt in modifiers or nxt in other_office:
            continue  # «الرئيس السابق»، «المتحدث باسم الجيش»: another office
        for c in reversed(titled):
            if c.end > s or s - c.end > _ANAPHOR_WINDOW or c.role is None:
                continue
            title = norm[c.role[0] : c.role[1]].strip()
            opens = (title, title[1:]) if title[:1] in ("و", "ف") else (title,)  # (a conjunction on the title)
            if any(t.startswith(f) for t in opens for f in forms[m.group(1)]) and (not need or need in title):
                out.append(_Cand(s, e, c.entry, c.name, c.type, c.country, "person", prio=1,
                                 affiliation=c.affiliation, confidence=0.6))
                break
    return out


def _forces_of(lex: Lexicon, norm: str, chosen: list[_Cand]) -> list[_Cand]:
    """«القوات الموالية للرئيس اليمني عبدربه منصور هادي» → the forces (the person's affiliation)."""
    heads = role_data()["forces_of"]
    out: list[_Cand] = []
    for c in chosen:
        if c.kind != "person" or not c.affiliation:
            out.append(c)
            continue
        aff = lex.entry(c.affiliation)
        if aff is None or aff.kind not in ("org", "state", "coalition"):
            out.append(c)
            continue
        start = c.role[0] if c.role is not None else c.start
        found = -1
        pos = start
        for _k in range(4):  # walk back over «للرئيس اليمني», «المخلوع» ...
            w = _prev_word(norm, pos)
            if not w:
                break
            ws = norm.rfind(w, 0, pos)
            two = _prev_word(norm, ws)
            pair = f"{two} {w}" if two else w
            if pair in heads or (w[0] in "لو" and pair[len(w[0]):] in heads):
                found = norm.rfind(two, 0, ws)
                break
            if w in heads or (len(w) > 3 and w[0] == "و" and w[1:] in heads):
                found = ws
                break
            if not (w.startswith("ل") or w in lex.demonyms or w in lex.roles or w in ("الموالي", "المواليه")):
                break
            pos = ws
        if found < 0:
            out.append(c)
            continue
        out.append(_Cand(found, c.end, aff, aff.name, aff.type, aff.country, aff.kind, prio=c.prio,
                         confidence=0.7))
    return out


@lru_cache(maxsize=4096)
def _seat_of_office(word: str) -> bool:
    """A normalised word that names a province, a city or a capital of the gazetteer (الحديده، عدن، البصره): in a
    title («محافظ الحديدة»، «قائد شرطة البصرة») it is the seat of the office, not the holder's name."""
    from marsad.places.gazetteer import gazetteer

    places = gazetteer().lookup(word)
    return bool(places) and places[0].kind in ("admin1", "city", "capital") and word not in common_words()


def _titled_place(role: str, first: str) -> bool:
    """The title's last word and the name's first word together name a place of the gazetteer («الشيخ زويد»،
    «الشيخ مسكين»): the words are a town's name, not a titled person (the name's first word is no given name)."""
    from marsad.places.gazetteer import gazetteer

    words = role.split()
    return bool(words) and bool(gazetteer().lookup(f"{words[-1]} {first}"))


def _to_mention(text: str, nz: Normalized, c: _Cand) -> ActorMention:
    s, e = nz.span(c.start, c.end)
    rs = re_ = None
    role = None
    if c.role is not None:
        rs, re_ = nz.span(*c.role)
        role = text[rs:re_]
    return ActorMention(s, e, text[s:e], c.name, c.type, c.country, c.kind, role, rs, re_, c.affiliation,
                        c.confidence)


_BAYYANA_RE = re.compile("ب[\u064B-\u0650\u0652]*ي[\u064B-\u0650\u0652]*\u0651[\u064B-\u0652]*ن")
_AR_LETTER = re.compile("[\u0621-\u064A]")

_BAYNA_OPENS_RE = re.compile("(?:^|[.!?؟\n]\\s*)(و)(بين)(?![\u0621-\u064A])")
_COMP_AHEAD_RE = re.compile("(?:[^\u0621-\u064A]+[\u0621-\u064A]+){0,12}?[^\u0621-\u064A]+(?:ان|انه|انها|بان)"
                            "(?![\u0621-\u064A])")


def _bayyana_hits(text: str, nz: Normalized, norm: str) -> list[Hit]:
    """The verb بيّن ("made clear"), which normalisation merges with بين ("between"): its original spelling
    with shadda, or «وبين» opening a sentence and followed by a complementiser («. وبين الوزير أن ...»)."""
    out: list[Hit] = []
    if "\u0651" in text and "ب" in text:
        for m in _BAYYANA_RE.finditer(text):
            s, e = nz.from_original(m.start()), nz.from_original(m.end())
            pre = norm[s - 2:s] if s >= 2 else " " + norm[:s]
            if norm[s:e] == "بين" and (not _AR_LETTER.match(pre[-1:]) or (pre[-1] in "وف" and not _AR_LETTER.match(
                    pre[:1]))) and not _AR_LETTER.match(norm[e:e + 1]):
                out.append(Hit(s, e, "بين", "verb", "speech"))
    if "وبين" not in norm:
        return out
    seen = {h.start for h in out}
    for m in _BAYNA_OPENS_RE.finditer(norm):
        s = m.start(2)
        if s not in seen and _COMP_AHEAD_RE.match(norm, m.end(2)):
            out.append(Hit(s, m.end(2), "بين", "verb", "speech"))
    return out


@lru_cache(maxsize=16)
def analyse(text: str, use_ner: bool = False) -> Analysis:
    """Normalise, scan once and find the actors of ``text`` (cached: the three finders share it)."""
    lex = lexicon()
    nz = normalize(text)
    norm = nz.text
    hits = lex.scan(norm)
    if any(h.tag == "role" and h.key.split(" ", 1)[0] in _roles_spelt_apart() for h in hits):
        hits = [h for h in hits if not (h.tag == "role" and _preposition_not_title(text, nz, h))]
    extra = _bayyana_hits(text, nz, norm)
    if extra:
        hits = sorted(hits + extra, key=lambda h: h.start)
    static = _static(lex, norm, hits, text, nz)
    heads = role_data()["org_heads"]
    for c in static:
        if c.kind != "country":
            _extend_org_head(norm, c, heads)
    static = _resolve(static)
    bodies = _bodies(lex, norm, hits, static)
    if bodies:
        static = _resolve(static + bodies)
    persons = _persons(lex, norm, hits, static, _ali_starts(text, nz))
    # (a person named after an institution's noun names it, «مركز الملك سلمان»: no person, and no later mention of
    # one; the institution's own name wins when the lexicon holds it)
    persons = [p for p in persons if not _names_a_place(norm, p)]
    static = [c for c in static if c.kind != "person" or not _names_a_place(norm, c)]
    known = [(c.start, c.end) for c in static if c.kind == "person" and c.entry is not None]
    if known:
        # «إسماعيل ولد الشيخ أحمد»: a title word inside a known person's name («الشيخ») opens no other person
        persons = [p for p in persons if not any(a <= min(p.start, p.role[0] if p.role else p.start) and p.end <= b
                                                 for a, b in known)]
    cands = static + persons
    cands += _short_mentions(norm, persons + [c for c in static if c.kind == "person"], cands,
                             frozenset(h.end for h in hits if h.tag == "verb" and h.value in ("speech", "opinion")))
    if use_ner:
        from marsad.actors.ner import ner_candidates

        cands += [_Cand(s, e, None, name, None, None, kind, prio=-1, confidence=0.5)
                  for s, e, name, kind in ner_candidates(
                      norm, [(c.start, c.end) for c in cands],
                      [(h.start, h.end) for h in hits if h.tag in ("role", "verb")])]
    chosen = _resolve(cands)
    if any(c.office >= 0 for c in chosen):
        chosen = _drop_appositions(norm, chosen)
    # role phrases absorb the actor named inside them (it is the person's affiliation)
    roles = [c.role for c in chosen if c.role is not None]
    if roles:
        chosen = [c for c in chosen if c.role is not None or not any(rs <= c.start and c.end <= re_ for rs, re_ in roles)]
    if bodies:
        # «رئيس مجلس النواب البحريني» with no name after it speaks of a person, not of the body
        chosen = [c for c in chosen if c.entry is not None or c.kind not in ("org", "state") or c.role is not None
                  or not any(p in lex.roles for p in _strip_procl(_prev_word(norm, c.start)))]
    chosen += _heads(lex, norm, hits, chosen)
    chosen += _body_anaphora(norm, chosen)
    chosen += _role_anaphora(norm, chosen, hits)
    chosen = _forces_of(lex, norm, chosen)
    chosen = _resolve(chosen)
    chosen = [c for c in chosen if not _qaeda_is_a_base(norm, c) and not _names_a_place(norm, c)
              and not _qualifies_an_attack(norm, c)]
    mentions = tuple(_to_mention(text, nz, c) for c in chosen)
    return Analysis(nz, tuple(hits), mentions, tuple((c.start, c.end) for c in chosen))


def _drop_appositions(norm: str, chosen: list[_Cand]) -> list[_Cand]:
    """«نوري المالكي نائب الرئيس العراقي»: a state office told right after a person's name (one word such as
    «نائب» may come between) describes that person, and so does one told right before the name («الرئيس المصري
    عبد الفتاح السيسي»); it is no actor of its own."""
    persons = [(c.start, c.end) for c in chosen if c.kind == "person"]

    def apposed(c: _Cand) -> bool:
        for s, e in persons:
            if e <= c.office and len(norm[e:c.office].split()) <= 1 and not any(p in norm[e:c.office] for p in "،,.:؛"):
                return True
            if c.end <= s and not norm[c.end:s].strip():
                return True
        return False

    return [c for c in chosen if c.office < 0 or not apposed(c)]


def _qualifies_an_attack(norm: str, c: _Cand) -> bool:
    """«الهجمات الانتحارية»، «عملية انتحارية»: a one-word generic actor right after a noun of attack is its adjective
    (suicide attacks), not an armed group acting."""
    if c.kind != "generic" or " " in norm[c.start : c.end].strip():
        return False
    nouns = role_data()["attack_nouns"]
    return any(p in nouns for p in _strip_procl(_prev_word(norm, c.start)))


def _names_a_place(norm: str, c: _Cand) -> bool:
    """A person right after a building/street/institution noun names it (مسجد الإمام علي، شارع الملك فهد)."""
    if c.kind != "person":
        return False
    heads = role_data()["named_place_heads"]
    roles = lexicon().roles
    start = min(c.start, c.role[0]) if c.role is not None else c.start
    for _ in range(2):  # one title may stand between (مستشفى الملك فهد)
        prev = _prev_word(norm, start)
        if not prev:
            return False
        forms = _strip_procl(prev)
        if any(p in heads for p in forms):
            return True
        if not any(p in roles for p in forms):
            break
        start = norm.rfind(prev, 0, start)
    # «مدير جامعة الملك خالد»: read as the title «مدير جامعة الملك» before «خالد», the institution's eponym
    prev = _prev_word(norm, c.start)
    before = _prev_word(norm, norm.rfind(prev, 0, c.start)) if prev else ""
    return prev in role_data()["eponym_titles"] and any(p in heads for p in _strip_procl(before))


def find_actors(text: str, *, use_ner: bool = False) -> list[ActorMention]:
    """All actor mentions of a document's text, in order, non-overlapping, coreference applied.

    ``use_ner`` adds PERS/ORG names found by the CRF tagger that no lexicon entry covers
    (off by default: it costs a few milliseconds per article).
    """
    return list(analyse(text, use_ner).actors)  # same positional key as the other finders


def with_role(m: ActorMention, role: str | None) -> ActorMention:
    return replace(m, role=role)
