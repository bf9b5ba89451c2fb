"""Event detection and typing: which words report a real happening, and of what type.

For each sentence: find event words (lexicon, clitic-aware), cut the sentence into
clauses, read the cues around each word (negation, modality, future, condition,
question, purpose, threat, reaction, mention in passing, background, generic plural)
and score what supports a report (casualty figure, time anchor, occurrence verb,
source, place, weapon). What survives is an `EventMention` with its ACLED / PLOVER
type; every rejection keeps its reason (for tests and explanation).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import KeysView
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, chain
from operator import itemgetter

from marsad.arabic.normalize import normalize_text
from marsad.arabic.tokens import Token, clitic_candidates, clitic_words
from marsad.events.context import DocContext
from marsad.events.lexicon import Form, Lexicon, Trigger, load_lexicon
from marsad.numbers import number_words

_AR = re.compile(r"[\u0621-\u064a]")
_YEAR = re.compile(r"^(19|20)\d\d$")
_BULLETS = frozenset(["*", "•", "-"])
_DASHES = frozenset(["-", "–", "—", ":"])
_DIGITS = re.compile(r"^\d")
_QUOTE_TOKENS = frozenset('"«»“”\'')
_COMMAS = frozenset(["،", ","])
_SINCE = frozenset(["منذ", "ومنذ"])
# «… هاتفي (أمس) مع «الشرق الأوسط»» / «مع الصحيفة»: a call with an outlet (a name in quotation marks or a medium noun)
# «… مع «الشرق الأوسط»»، «… مع الصحيفة»، «… لـ«الشرق الأوسط»»، «… لصحيفة …»: an outlet after a phone call
_WITH_OUTLET = re.compile(r"[^\S\n]*(?:\S+[^\S\n]+){0,2}?(?:مع[^\S\n]+(?:[«\"“]|(?:ال)?(?:صحيفة|جريدة|قناة|وكالة|مجلة|إذاعة|اذاعة|موقع))"
                          r"|لـ?[^\S\n]*[«\"“]|(?:لل|ل)(?:صحيفة|جريدة|قناة|وكالة|مجلة|إذاعة|اذاعة|موقع))")
# «لقاء مع قناة/صحيفة …»: a meeting with a media outlet is an interview (a name in quotes may be a party)
_OUTLET_AFTER = re.compile(r"[^\S\n]*(?:\S+[^\S\n]+){0,2}?مع[^\S\n]+(?:ال)?(?:صحيفة|جريدة|قناة|مجلة|إذاعة|اذاعة|موقع|تلفزيون|التلفزيون)")
# «هجوم شنه …»، «تفجير نفذته …»: the verb of launching with the pronoun of the event noun before it
_LAUNCHED_BY = frozenset(["شنه", "شنها", "شنته", "شنتها", "نفذه", "نفذها", "نفذته", "نفذتها", "شنوه", "نفذوه"])
# «أنه، أنها، بأنهم»: «أن» with a pronoun opens a finite complement clause (never a subjunctive verb)
_THAT_PRONOUN = frozenset(p + "ان" + x for p in ("", "ب", "و") for x in ("ه", "ها", "هم", "هما", "هن"))
_THAT_BARE = frozenset(["ان", "بان", "وان", "فان"])  # «أن/إن» (normalised), bare or after «ب/و/ف»
_THAT_ANY = _THAT_BARE | _THAT_PRONOUN
_KANA = frozenset(["كان", "كانت", "كانوا"])  # sentence-internal, no conjunction
# (normalised as the tokens are: «على» → «علي», «إلى» → «الي»)
_PREPOSITIONS = frozenset(normalize_text(w) for w in ("في", "من", "على", "عن", "الى", "إلى", "بعد", "اثر", "عقب", "خلال",
                                                   "جراء", "منذ", "ضد", "حول"))
_VIOLENT = ("violence", "territory")
_QUOTE_MARKS = frozenset(['"', "«", "»", "“", "”", "'"])
_MIN = frozenset(["من"])
_ON = frozenset(["علي"])  # «على» (normalised)
_SINCE_AS = frozenset(["بما"])  # «بما أن»: since (a premise)
_REPELLED = frozenset(normalize_text(w) for w in ("تصدى", "تصدت", "تصدوا", "صد", "صدت", "صدوا"))
_PRONOUN_SUFFIXES = ("ته", "تها", "تهم", "تهما")
_BEFORE = frozenset(["قبل"])
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
_TANWEEN = re.compile("[\u064b-\u064d]")
_BASE = {"past": 0.5, "noun": 0.3, "imperf": 0.25}
_BONUS = (("toll_number", 0.35), ("anchor", 0.2), ("occurrence", 0.1), ("place", 0.1), ("weapon", 0.1), ("report", 0.05))
# rejections that say a mention is no new happening (told in passing, as background, already told); a
# definite repetition of the same word later in the sentence is that happening again
_NOT_NEW = frozenset({"passing", "background-year", "background-since", "earlier"})
# rejections that say an event word only names a happening (its instrument told after it is named the same way)
_NAMED_ONLY = _NOT_NEW | frozenset({"reaction", "topic", "reference", "background"})
_THRESHOLD = {"violence": 0.6, "territory": 0.75, "protest": 0.6, "arrest": 0.6, "political": 0.45, "political_noun": 0.3, "warrant": 0.3}


@dataclass(slots=True)
class Hit:
    i: int  # token index
    form: Form
    prefix: str  # normalised proclitics removed (و, ب, ال, س ...)
    end_i: int  # last token index of the expression
    comp_i: int = -1  # a trigger's complement found a few words on (سيطر X ليلة أمس على): its index


@dataclass(slots=True)
class EventMention:
    sent: tuple[int, int]
    clause: tuple[int, int]
    start: int  # trigger span in the original text
    end: int
    trigger: Trigger
    pos: str
    tense: str | None
    cls: str
    acled: tuple[str, str | None] | None
    plover: tuple[str, str | None] | None
    score: float
    token_i: int
    sent_index: int
    reasons: list[str] = field(default_factory=list)
    rejected: str | None = None
    segment: tuple[int, int] | None = None  # a segment of a round-up sentence (its own words type it)


class _Readings:
    """Clitic readings of each token, computed when first asked for."""

    def __init__(self, toks: list[Token]) -> None:
        self.toks = toks
        self.cache: dict[int, list[str]] = {}

    def __getitem__(self, i: int) -> list[str]:
        r = self.cache.get(i)
        if r is None:
            t = self.toks[i].norm
            r = list(clitic_words(t, True)) if _AR.match(t) else [t]
            self.cache[i] = r
        return r


_NORM = itemgetter(3)  # Token.norm


@lru_cache(maxsize=131072)
def _word_readings(norm: str) -> tuple[str, ...]:
    """A token's clitic readings (an Arabic word), else the token itself: one cached call per token."""
    return clitic_words(norm, True) if _AR.match(norm) else (norm,)


class _TriggerWords(dict[str, bool]):
    """Whether some clitic reading of a word is a trigger form, by word: filled on first look-up, so a
    known word is one C-level look-up (``map(tw.__getitem__, words)``). Bounded like the per-word caches."""

    __slots__ = ("forms",)

    def __init__(self, forms: KeysView[str]) -> None:
        super().__init__()
        self.forms = forms

    def __missing__(self, norm: str) -> bool:
        if len(self) >= 131072:
            self.clear()
        v = self[norm] = not self.forms.isdisjoint(_word_readings(norm))
        return v


_TRIGGER_WORDS: list[tuple[Lexicon, _TriggerWords]] = []  # for the lexicon in use (another lexicon: a new one)


def _trigger_words(lex: Lexicon) -> _TriggerWords:
    if not _TRIGGER_WORDS or _TRIGGER_WORDS[0][0] is not lex:
        _TRIGGER_WORDS[:] = [(lex, _TriggerWords(lex.forms.keys()))]
    return _TRIGGER_WORDS[0][1]


class _Sentence:
    """Tokens of one sentence with their clitic readings and clause ids."""

    def __init__(self, toks: list[Token], lex: Lexicon) -> None:
        self.toks = toks
        # every token's clitic readings (cached per word): a plain list is cheaper to index than a lazy map
        norms = list(map(_NORM, toks))
        self.readings = list(map(_word_readings, norms))
        breaks = lex.cues["clause_breaks"]
        bwords = lex.cues["clause_break_words"]
        # clause id of each token: the number of clause breaks up to and including it
        self.clause: list[int] = list(accumulate([w in breaks or w in bwords for w in norms], initial=0))[1:]

    def has(self, i: int, words: frozenset[str]) -> bool:
        return not words.isdisjoint(self.readings[i])

    def has_word(self, i: int, words: frozenset[str]) -> bool:
        """The word itself, or without a leading conjunction (و ف), is one of ``words``."""
        w = self.toks[i].norm
        return w in words or (len(w) > 2 and w[0] in "وف" and w[1:] in words)

    def first(self, lo: int, hi: int, words: frozenset[str]) -> int | None:
        readings = self.readings
        for k in range(max(lo, 0), min(hi, len(self.toks))):
            if not words.isdisjoint(readings[k]):
                return k
        return None

    def clause_range(self, i: int) -> tuple[int, int]:
        c = self.clause[i]
        lo = i
        while lo > 0 and self.clause[lo - 1] == c:
            lo -= 1
        hi = i
        while hi + 1 < len(self.toks) and self.clause[hi + 1] == c:
            hi += 1
        return lo, hi + 1

    def next_word(self, i: int) -> int | None:
        k = i + 1
        while k < len(self.toks) and self.toks[k].norm in _QUOTE_TOKENS:
            k += 1
        return k if k < len(self.toks) else None


def _avenged_deaths(s: _Sentence, h: Hit, hits: list[Hit], cues: dict[str, frozenset[str]]) -> bool:
    """«قال إن القصف جاء "ردا" على مقتل ثلاثة مدنيين في غارات للطائرات الحربية»: after a violent
    happening told in the sentence, the event noun those avenged dead were killed in (a retaliation word, «على» or
    «لـ», a word of death within three words, the noun within nine tokens of the retaliation word) is an earlier
    happening, named as the reason (a quotation mark around the retaliation word may stand between)."""
    i = h.i
    if not any(o.i < i and o.form.trigger.cls in _VIOLENT for o in hits):
        return False
    for r in range(max(0, i - 9), i):
        if not s.has_word(r, cues["retaliation_words"]):
            continue
        j = s.next_word(r)
        if j is not None and j < i and (s.toks[j].norm == "علي" or s.toks[j].norm[:1] == "ل") \
                and s.first(j, min(i, j + 3), cues["toll"]) is not None:
            return True
    return False


def _short_quoted_name(s: _Sentence, k: int) -> int | None:
    """The index of the closing mark when a quotation mark at token ``k`` encloses a short name (at most five
    tokens: «سي.آي.ايه», «داعش»), else None."""
    if s.toks[k].norm != '"':  # («» are normalised to ")
        return None
    for x in range(k + 1, min(k + 7, len(s.toks))):
        if s.toks[x].norm == '"':
            return x
    return None


def _commas_only(s: _Sentence, k: int, i: int) -> bool:
    """No clause break but commas between tokens ``k`` and ``i`` (a subject or a day set off by commas)."""
    return all(s.clause[x] == s.clause[x - 1] or s.toks[x].norm in _COMMAS for x in range(k + 1, i + 1))


def _long_ago(s: _Sentence, lo: int, hi: int, i: int, cues: dict[str, frozenset[str]]) -> bool:
    """«قبل أشهر»، «قبل ثلاثة أعوام»: «قبل» with a span of weeks, months or years (a figure may stand between)
    within four words of the event word in its clause, not «قبل أشهر من …» (before another happening)."""
    for k in range(max(lo, i - 4), min(hi, i + 5)):
        if k == i or s.toks[k].norm.lstrip("و") != "قبل":
            continue
        j = k + 1
        if j < len(s.toks) and (s.toks[j].norm.isdigit() or s.toks[j].norm in number_words()):
            j += 1
        if j < len(s.toks) and s.has_word(j, cues["long_spans"]) and not (
                j + 1 < len(s.toks) and s.toks[j + 1].norm == "من"):
            return True
    return False


def _that_particles() -> frozenset[str]:
    """«إن/أن/بأن» (the arguments' list, normalised): a clause of what is said opens after one of them."""
    from marsad.events.arguments import arg_words

    return arg_words().that_particles


def _own_result(ctx: DocContext, s: _Sentence, h: Hit, cues: dict[str, frozenset[str]]) -> bool:
    """A verb of result (أسفر، أدى، خلف) within twelve tokens after the event word (a count set off by commas may
    stand between: «سلسلة تفجيرات لسيارات ملغومة، بلغ عددها 7 سيارات، اسفرت عن …»), a figure within four words
    after it: the happening is told with its own toll."""
    from marsad.events.arguments import arg_words

    results = arg_words().result_verbs
    n = len(s.toks)
    k = next((k for k in range(h.end_i + 1, min(n, h.end_i + 13)) if s.has_word(k, results)), None)
    if k is None or s.first(h.end_i + 1, k, cues["relative"] | cues["relative_who"]) is not None:
        return False
    # (a count, not «عشرات القتلى»: a campaign's summary gives no figure of its own)
    a, b = s.toks[k + 1].start if k + 1 < n else s.toks[k].end, s.toks[min(n, k + 5) - 1].end
    return any(a <= x.start < b and not x.vague and x.value and not _YEAR.match(x.text) for x in ctx.numbers)


def _aside_end(s: _Sentence, k: int) -> int | None:
    """The index of the closing bracket when an opening bracket at token ``k`` encloses a short aside (one to four
    words of letters: «(جنوب اليمن)», «(شرق)»), else None."""
    for x in range(k + 1, min(k + 6, len(s.toks))):
        if s.toks[x].norm == ")":
            return x if x > k + 1 else None
        if not _AR.match(s.toks[x].norm):
            return None
    return None


def _find_hits(s: _Sentence, lex: Lexicon) -> list[Hit]:
    hits: list[Hit] = []
    blocked: set[int] = set()
    consumed: set[int] = set()
    per_token: list[list[Hit]] = []
    key: tuple[str, str] | tuple[int, str]  # (declared for mypyc: the name is reused for another key below)
    forms = lex.forms.keys()
    readings = s.readings
    if forms.isdisjoint(chain.from_iterable(readings)):
        return hits  # no reading of any word of the sentence is a trigger form (most sentences)
    not_verb = lex.cues["not_verb_forms"]
    waw_nouns = lex.cues["waw_nouns"]
    for i, t in enumerate(s.toks):
        found: list[Hit] = []
        # s.readings[i] is the word's clitic readings for an Arabic word (the cheap test first)
        if forms.isdisjoint(readings[i]) or not _AR.match(t.norm):
            per_token.append(found)  # no reading of the word is a trigger form
            continue
        seen: set[tuple[str, str]] = set()
        for rem, n in clitic_candidates(t.norm, True):
            for f in lex.forms.get(rem, ()):
                pre = t.norm[:n]
                if f.pos == "verb" and (
                    "ال" in pre or pre.lstrip("وف")[:1] in ("ب", "ك", "ل") or t.norm in waw_nouns
                    or (t.norm.endswith("ي") and not rem.endswith("ي") and len(t.norm) - n - len(rem) == 1)
                    or (t.text.endswith("ة") and not rem.endswith("ه"))
                    or rem in not_verb or _TANWEEN.search(t.text) is not None
                ):
                    # (a form listed in «not_verb_forms» is a noun: «يدفع ثمنا» is a price, not «ثمّنا»; a word
                    # written with tanween — «يلوّح طالبًا الأمان» — is a noun or participle, never a verb)
                    continue
                if f.pos == "noun" and t.text.endswith("ة") and not rem.endswith("ه"):
                    continue  # a word written with ta marbuta is no masculine noun: «الأسرة» (beds, a family) ≠ «أسر»
                key = (f.trigger.id, f.pos)
                if key in seen:
                    continue
                seen.add(key)
                found.append(Hit(i, f, t.norm[:n], i))
        if i > 0 and s.toks[i - 1].norm in _PREPOSITIONS and any(h.form.pos == "noun" for h in found):
            # «تمكنت من طرد …»: after a preposition the word is a masdar, when it has a noun reading
            found = [h for h in found if h.form.pos == "noun" or h.prefix]
        elif i > 0 and s.toks[i - 1].norm in lex.cues["masdar_after"]:
            # «إثر رفض عناصر الحرس …»: no finite verb follows these prepositions; a political verb-only trigger
            # whose masdar is spelt like its past (رفض، نفي) is that masdar here, told as a time or a cause
            found = [h for h in found if h.form.pos == "noun" or h.prefix or h.form.trigger.cls != "political"]
        per_token.append(found)
    for i, found in enumerate(per_token):
        if not found:
            continue
        multi: list[Hit] = []
        single: list[Hit] = []
        for h in found:
            tr = h.form.trigger
            ok = True
            if tr.next:
                j = s.next_word(i)
                ok = j is not None and s.has(j, tr.next)
                if ok:
                    h.end_i = j  # type: ignore[assignment]
                elif tr.window > 1 and j is not None:
                    # the complement a few words on (أطلقت طائرة ... صواريخ): the span stays the verb
                    # (commas may set off the subject: «أمطرت الفصائل المعارضة، أربع بلدات … بالقذائف»)
                    end, allowed = i + 1, {s.clause[i]}
                    across = tr.id in lex.cues["sentence_complement_triggers"]  # «وصف … حادثة التفجير الذي … بالعمل الإجرامي»
                    window = tr.window
                    carried = bool(tr.carriers) and s.first(j, min(j + 4, len(s.toks)), tr.carriers) is not None
                    if carried:
                        # «أطلقت بعد حلول الليل طائرة بلا طيار … صواريخ على بيتين»: a long subject that carries
                        # the weapon stands between the verb and what it fires
                        window = max(window, tr.carrier_window)
                    limit = i + window + 1
                    while end < min(limit, len(s.toks)):
                        close = _short_quoted_name(s, end) if carried else None
                        if close is not None:  # «… وتوجهها «سي.آي.ايه»، صواريخ»: a name in marks inside the subject
                            allowed.update(s.clause[x] for x in range(end, close + 2) if x < len(s.toks))
                            limit += close - end  # (the name counts as one word)
                            end = close + 1
                            continue
                        if s.toks[end].norm == "(" and (close := _aside_end(s, end)) is not None:
                            # «طردت المقاومة في تعز (جنوب اليمن) الميليشيات من …»: a short aside in brackets
                            # (a region, an acronym) inside the subject does not end the clause; it counts as one word
                            allowed.update(s.clause[x] for x in range(end, close + 2) if x < len(s.toks))
                            limit += close - end
                            end = close + 1
                            continue
                        if s.toks[end].norm in _COMMAS:
                            allowed.add(s.clause[end])
                        elif s.clause[end] not in allowed and not across:
                            break
                        end += 1
                    k = s.first(j + 1, end, tr.next)
                    ok = k is not None
                    if k is not None:
                        h.comp_i = k
            if ok and tr.prev:
                # («سقطت أربع قذائف»، «سقطت 3 صواريخ»: a count may stand between the verb and the noun)
                ok = i > 0 and (s.has(i - 1, tr.prev) or (
                    i > 1 and (s.toks[i - 1].norm.isdigit() or s.toks[i - 1].norm in number_words())
                    and s.has(i - 2, tr.prev)))
            if ok and tr.need_before:  # «أغلق عشرات المحتجين طريقاً احتجاجاً على»: a crowd acts in protest
                lo_nb = max(0, i - (tr.need_window or (20 if tr.cls == "political" else 14)))
                if tr.cls == "territory":
                    # the verb of ability or completion as a word of its own (or after و/ف): «بأكمله» (entirely)
                    # holds «أكمل» only as a reading
                    ok = any(s.has_word(k, tr.need_before) for k in range(lo_nb, i))
                else:
                    ok = s.first(lo_nb, i, tr.need_before) is not None
            if not ok:
                continue
            (multi if (tr.next or tr.prev) else single).append(h)
        chosen = multi or single
        for h in chosen:
            if h.form.trigger.block:
                # (a complement found a few words on blocks the word and it, not the subject between them)
                blocked.update((i, h.comp_i) if h.comp_i >= 0 else range(i, h.end_i + 2))
        hits.extend(h for h in chosen if not h.form.trigger.block)
        for h in multi:
            consumed.update(range(i + 1, h.end_i + 1))
    out = [h for h in hits if h.i not in blocked and h.i not in consumed]
    # verb/noun ambiguity (قصف, خطف): keep one reading per trigger and token
    best: dict[tuple[int, str], Hit] = {}
    particles = lex.cues["verbal_particles"]
    for h in out:
        key = (h.i, h.form.trigger.id)
        if key not in best:
            best[key] = h
            continue
        other = best[key]
        noun = h if h.form.pos == "noun" else other
        verb = other if noun is h else h
        verbal = h.i > 0 and s.toks[h.i - 1].norm in particles and not noun.prefix
        best[key] = verb if verbal else (noun if _nominal_context(s, h.i, noun.prefix) else verb)
    return sorted(best.values(), key=lambda h: h.i)


def _person_launches(ctx: DocContext, s: _Sentence, i: int, lo: int, cues: dict[str, frozenset[str]]) -> bool:
    """A verb of launching (شن) up to seven words before the noun in its clause, with a named person as its subject
    right after it, and no armed body (state forces, rebels, militias) named between the verb and the noun."""
    k = next((k for k in range(i - 1, max(lo, i - 8) - 1, -1) if s.has_word(k, cues["launch_past"])), None)
    if k is None:
        return False
    a, b = s.toks[k].end, s.toks[i].start
    between = [x for x in ctx.actors if a <= x.start and x.end <= b]
    if not between or between[0].kind != "person" or any(x.kind != "person" and x.type in (1, 2, 3) for x in between):
        return False
    role = normalize_text(between[0].role or "")
    if any(w in cues["military_ranks"] for w in role.split()):
        return False  # «شن قائد الجيش اللواء فلان هجوما على الحوثيين»: a commander's attack is fought
    # what is attacked, right after «على», is a party named (a person, a government, a body), not a position or a
    # place («شن القائد هجوما على مواقع المتمردين»)
    j = next((j for j in range(i + 1, min(len(s.toks), i + 4)) if s.toks[j].norm == "علي"), None)
    if j is None or j + 1 >= len(s.toks) or s.has(j + 1, cues["territory_objects"]):
        return False
    t = s.toks[j + 1]
    if any(p.start <= t.start < p.end for p in ctx.places):
        return False
    # (the party may follow a head noun: «على حكومة العبادي»)
    end = s.toks[min(j + 2, len(s.toks) - 1)].end
    return any(t.start <= x.end and x.start < end for x in ctx.actors)


def _inside_actor(ctx: DocContext, tok: Token, kinds: tuple[str, ...], after_first: bool = False) -> bool:
    """The token lies inside the name of an actor of one of ``kinds`` (``after_first``: not its first word)."""
    return any(x.kind in kinds and (x.start < tok.start if after_first else x.start <= tok.start) and tok.end <= x.end
               for x in ctx.actors)


def _masdar_spelt(text: str, tok: Token, h: Hit, readings: tuple[str, ...], lex: Lexicon) -> bool:
    """A past verb of form IV is spelt with «أ» (أدان، أعلن); a word written with «إ» after its proclitics that
    also reads as a verbal noun of the lexicon («إدانته»، «وإعلانه») is that noun, whatever normalisation merges: it
    is no past verb («إتفقا», a form VIII verb misspelt with «إ», has no such noun reading and stays a verb)."""
    if h.form.pos != "verb" or h.form.tense != "past":
        return False
    if not any(f.pos == "noun" for r in readings for f in lex.forms.get(r, ())):
        return False
    surface = text[tok.start : tok.end]
    k = len(h.prefix) if h.prefix and not any(c in h.prefix for c in "اأإ") else 0
    return surface[k : k + 1] == "إ"


def _nominal_context(s: _Sentence, i: int, prefix: str) -> bool:
    if prefix.endswith("ال") or any(c in prefix for c in "بكل"):
        return True
    if i > 0 and s.has(i - 1, _PREPOSITIONS):
        return True
    if i > 0 and s.clause[i - 1] == s.clause[i] and _AR.match(s.toks[i - 1].norm):
        # a word before in the same clause: a verb or a noun governing it (أسفر قصف)
        prev = s.toks[i - 1].norm
        return not prev.startswith(("و", "ف")) or len(prev) > 3
    return False


def _own_day(s: _Sentence, h: Hit, hi: int, cues: dict[str, frozenset[str]]) -> bool:
    """A word of the report's days (أمس، اليوم، الليلة، a weekday) within four words after the event word, in its
    clause: the clause tells its happening as news."""
    days = cues["report_days"]
    for k in range(h.end_i + 1, min(hi, h.end_i + 5)):
        w = s.toks[k].norm
        if w in days or (w[:1] in "وب" and w[1:] in days) or (w.startswith("بال") and w[3:] in days):
            return True
    return False


def _territory_object(ctx: DocContext, s: _Sentence, h: Hit, cues: dict[str, frozenset[str]]) -> bool:
    """What is taken is ground: a place is named, or a word for ground or a position, within the eight words
    after the expression (سيطر على مدينة X، استعاد مواقع، حرر بلدة)."""
    at = max(h.end_i, h.comp_i)  # after the complement when it stands a few words on
    # (the words of a named subject between do not count: «انتزعت المقاومة الشعبية الموالية للرئيس … آخر حصون …»)
    # (the subject of a verb that opens its sentence, VSO: the tokens of the actors named in the twenty words after it)
    named = 0
    if h.form.pos == "verb" and h.i <= 1:
        named = sum(1 for k in range(at + 1, min(len(s.toks), at + 21))
                    if any(x.start <= s.toks[k].start < x.end for x in ctx.actors))
    hi = min(len(s.toks), at + 9 + named)
    if (h.form.pos == "noun" or at > h.i) and at + 1 < len(s.toks):
        # what the verbal noun or the verb's preposition governs is the object, right after it: «من السيطرة على
        # عربة للحوثيين في …» takes a vehicle, not ground; «من تحرير 95 في المائة من الأراضي» sums up a campaign
        # as a share, no taking told
        o = at + 1
        if s.has_word(o, cues["taken_things"]):
            return False
        if o + 1 < len(s.toks) and (s.toks[o].norm.isdigit() or s.toks[o].norm in number_words()) and (
                s.has(o + 1, cues["percent_words"]) or o + 2 < len(s.toks) and s.has(o + 2, cues["percent_words"])):
            return False
    if h.comp_i > h.end_i and s.has_word(h.comp_i, cues["territory_objects"]):
        return True  # the expression's own complement is ground («انتزعت القوات … آخر حصون المتمردين»)
    if any(not cues["territory_objects"].isdisjoint(s.readings[k]) and s.toks[k - 1].norm != "عن"
           for k in range(at + 1, min(hi, len(s.toks)))):
        return True  # (not «عن طريق», by means of: «تمت السيطرة على الحادث … عن طريق وحدات الإنقاذ»)
    # «جبهة العند التي استعادها الثوار»: in a relative clause the ground taken is the head noun before «التي»
    i = h.i
    if i > 1 and s.toks[i - 1].norm in ("التي", "الذي") and (
            s.toks[i].norm.endswith(("ه", "ها", "هم")) or s.toks[at].norm.endswith(("ه", "ها", "هم"))):
        if s.first(max(0, i - 4), i - 1, cues["territory_objects"]) is not None:
            return True
        a0, b0 = s.toks[max(0, i - 4)].start, s.toks[i - 1].start
        if any(a0 <= p.start < b0 and p.place is not None for p in ctx.places):
            return True
    if at + 1 >= hi:
        return False
    a, b = s.toks[at + 1].start, s.toks[hi - 1].end
    return any(a <= p.start < b and p.place is not None for p in ctx.places)


def _released_content(s: _Sentence, h: Hit, lex: Lexicon) -> bool:
    """«بث تسجيل فيديو يهدد فيه بإعدام …»: a verb in the present right after an item released in the past
    (a recording, a statement, a message; one or two words between) tells what that item says. The verb of
    release may stand further back, before its subject («أصدرت الهيئة العامة للطيران … بياناً تندد فيه»)."""
    i = h.i
    c = s.first(max(0, i - 3), i, lex.cues["content_nouns"])
    return c is not None and s.first(max(0, c - 12), c, lex.cues["release_verbs"]) is not None


def _stated(s: _Sentence, h: Hit, lo: int, cues: dict[str, frozenset[str]]) -> bool:
    """A verbal noun of stance (a condemnation, a call) told with a verb of stating up to ten words before it in its
    clause («جدد دعوته»، «أعرب عن استيائه»), without the article: the stance is taken now."""
    if "ال" in h.prefix:
        return False
    k = h.i - 1
    while k > 0 and not _AR.match(s.toks[k].norm):
        k -= 1  # (a quotation mark may stand between: «أعرب عن "استيائه"»)
    if k >= 0 and s.toks[k].norm == "عن":
        # «عبر … عن إدانته»، «أعرب عن استيائه»: a condemnation after «عن» is expressed; a call after it only after a
        # verb of telling («وأنبأت عن دعوة الوزارة …», not «الإحجام عن دعوة إيران»)
        return h.form.trigger.id not in cues["telling_noun_triggers"] \
            or s.first(max(0, k - 8), k, cues["telling_verbs"]) is not None
    if h.i > 0 and s.has_word(h.i - 1, cues["copula_pronouns"]):
        return False  # «وهو اتهام تنفيه السلطات»: what something is called, no stance taken
    # («نقلت مصادر عن رئيس الوزراء اتهامه لـ …»: a call or a charge a source reports someone making)
    told = h.form.trigger.id in cues["telling_noun_triggers"]
    return any(s.toks[k].norm != "عن" and (s.has_word(k, cues["stance_verbs"]) or (told and s.has_word(k, cues["telling_verbs"])))
               and not (s.has_word(k, cues["stance_verbs_with_an"]) and s.first(k + 1, k + 4, _AN) is None)
               for k in range(max(lo, h.i - 10), h.i))


_AN = frozenset(["عن"])


def _condemns_a_happening(s: _Sentence, h: Hit, hits: list[Hit], lex: Lexicon) -> bool:
    """«ودولة البحرين تدين الجريمة بشدة»، «يستنكر الهجوم الإرهابي»: a condemnation told in the present whose
    object, within three words, is a violent happening's word or a word for the crime."""
    if h.form.trigger.id != "condemn":
        return False
    return any(h.end_i < o.i <= h.end_i + 3 and o.form.trigger.cls in _VIOLENT for o in hits) or \
        s.first(h.end_i + 1, h.end_i + 4, lex.cues["crime_nouns"]) is not None


_FEATURE_WORDS = frozenset(normalize_text(w) for w in (
    "محافظة", "مدينة", "قرية", "بلدة", "منطقة", "مديرية", "ناحية", "قضاء", "ولاية", "إقليم", "حي", "مخيم"))


def _in_place_name(ctx: DocContext, s: _Sentence, k: int) -> bool:
    """Token ``k`` is part of a place's name («محافظة الطوال»: not «طوال», throughout): inside a place mention, or
    right after a feature word (with its clitics: لمحافظة، بمدينة)."""
    pos = s.toks[k].start
    if any(p.start <= pos < p.end for p in ctx.places if p.place is not None):
        return True
    if k == 0:
        return False
    prev = s.toks[k - 1].norm
    return prev in _FEATURE_WORDS or (prev[:1] in "لبوف" and prev[1:] in _FEATURE_WORDS)


def _so_far(s: _Sentence, lo: int, hi: int, phrases: frozenset[str]) -> bool:
    """One of the two-or-three-word phrases (حتى الآن …) starts among the tokens lo..hi."""
    norms = [t.norm for t in s.toks]
    for k in range(max(0, lo), min(hi, len(norms))):
        for n in (2, 3, 4):
            if " ".join(norms[k : k + n]) in phrases:
                return True
    return False


def _noun_reading_next(word: str) -> bool:
    """After a verb form, an indefinite country adjective (سعودي، يمنية) or «و» with an office word (ورئيس،
    ومدير) makes that form a noun: «طالب سعودي» (a Saudi student), «طالب ورئيس الهيئة»."""
    from marsad.actors import lexicon as actor_lexicon
    from marsad.places.gazetteer import country_of_adjective

    if word.startswith("و") and word[1:] in actor_lexicon().roles:
        return True
    return not word.startswith("ال") and word.endswith(("ي", "يه", "يون", "يين")) and bool(country_of_adjective(word))


def _told_as_news(ctx: DocContext, sent: tuple[int, int], at: list[int]) -> bool:
    """«جدير بالذكر أن مطار عدن استقبل أمس الطائرة … التي تقل معونات»: an event word told close to the day of
    publication or the day before (same clause: no comma between, a few words apart) is news even after an
    opener of background."""
    pub = ctx.published
    if pub is None:
        return False
    for d in ctx.dates:
        if not (sent[0] <= d.start < sent[1] and d.date_start is not None and d.precision == 1
                and d.kind not in ("since", "year", "span", "month") and 0 <= (pub - d.date_start).days <= 1):
            continue
        for p in at:
            a, b = sorted((p, d.start))
            if b - a <= 60 and not any(c in ctx.text[a:b] for c in "،,؛.:"):
                return True
    return False


def _coordinated_relative(s: _Sentence, i: int, relative: frozenset[str]) -> bool:
    """«الهدنة التي طلبها الرئيس وأيدتها الدول»: a verb joined by «و» to the verb of a relative clause a few
    words back, carrying the pronoun that points to the same antecedent, belongs to that relative clause."""
    w = s.toks[i].norm
    if not (w.startswith("و") and w.endswith(("ها", "هم", "هما"))):
        return False
    for k in range(i - 1, max(-1, i - 7), -1):
        if s.toks[k].norm in _COMMAS or s.clause[k] != s.clause[i]:
            return False
        if s.has_word(k, relative):
            return k + 1 < i
    return False


def _managed_past(s: _Sentence, i: int, lo: int, cues: dict[str, frozenset[str]]) -> bool:
    """«تمكن ثوار المقاومة من طرد المتمردين من …»، «نجحت القوات في تحرير …»: a past verb of managing in the clause,
    then «من/في» right before the verbal noun at i: the act told as done. When the verb has no subject of its own
    («…، وتمكّنت من السيطرة على …») it goes on the predication before it, and a span of weeks or months that frames
    that one («أحرزت القوات تقدما في الأسابيع الأخيرة») frames this one too: a summary, no taking told."""
    if i < lo + 2 or not s.has_word(i - 1, cues["managed_to"]):
        return False
    k = next((k for k in range(i - 2, max(lo, i - 14) - 1, -1) if s.has_word(k, cues["managed_verbs"])), None)
    if k is None:
        return False
    if not s.toks[k].norm.endswith(("ت", "ا")) and k + 1 < i and s.toks[k + 1].norm.startswith("ال") \
            and s.toks[k + 1].norm.endswith(("ة", "ه")):
        # «وتمكن المعارضة من السيطرة»: the bare (masculine) form before a feminine subject is the verbal noun
        return False
    if k > 0 and s.has_word(k - 1, cues["relative"]) and not any(
            s.has_word(q, cues["report_days"]) and s.clause[q] == s.clause[i] for q in range(i + 1, min(len(s.toks), i + 16))):
        # «المقاومة التي تمكنت من تحرير المدينة»: a relative clause describes a party, background (unless it tells
        # its own day: «القوة التي تمكنت من طرد آخر جيوب الحوثيين من القاعدة صباح أمس»)
        return False
    return not (k == i - 2 and s.toks[k].norm[:1] in "وف" and any(s.has(q, cues["background"]) and not _short_unit_before(s, q, cues)
                                   for q in range(0, k)))


def _short_unit_before(s: _Sentence, k: int, cues: dict[str, frozenset[str]]) -> bool:
    """A short unit of time before a background word («خلال الساعات الماضية», «اليومين الأخيرين»), also with its count
    between them («خلال الساعات الـ24 الأخيرة»): the last hours or days are news, not background."""
    j = k - 1
    while j > 0 and (s.toks[j].norm[:1].isdigit() or s.toks[j].norm in _ARTICLE_TOKENS):
        j -= 1
    return j >= 0 and s.has(j, cues["background_exceptions_prev"])


_ARTICLE_TOKENS = frozenset(["ال"])  # «الـ24»: the article written apart from a number (tatweel normalised away)


def _is_modal(s: _Sentence, k: int, lex: Lexicon) -> bool:
    if "قد" in s.readings[k]:
        j = s.next_word(k)
        return j is not None and (s.toks[j].norm.startswith("ي") or s.toks[j].norm in ("تكون", "تصل"))
    return s.has(k, lex.cues["modal"])


def _duration(ctx: DocContext, s: _Sentence, k: int) -> bool:
    """A counted span of time told as how long something lasts («لستة أشهر»، «لمدة ثلاث سنوات»، «بالسجن عشر سنوات»),
    not as the time since which («منذ ثلاثة أشهر» stays a frame)."""
    if not (_has_number(ctx, s, k - 1, k) or _number_word(s.toks[k - 1].norm)):
        return False
    prev = s.toks[k - 1].norm
    return prev[:1] == "ل" or (k > 1 and s.toks[k - 2].norm.lstrip("و") in ("لمده", "مده", "بالسجن", "سجن"))


def _number_word(norm: str) -> bool:
    """A number word, also behind «ل/ب/و» («لستة أشهر»)."""
    from marsad.numbers import _lex as _numbers

    words = _numbers().words
    return norm in words or (norm[:1] in ("ل", "ب", "و") and norm[1:] in words)


def _has_number(ctx: DocContext, s: _Sentence, lo: int, hi: int) -> bool:
    if not s.toks:
        return False
    a, b = s.toks[lo].start, s.toks[hi - 1].end
    if ctx.numbers:
        return any(a <= m.start < b and not _YEAR.match(m.text) for m in ctx.numbers)
    return any(_DIGITS.match(t.norm) and not _YEAR.match(t.norm) for t in s.toks[lo:hi])


def _toll_figure(ctx: DocContext, sent: tuple[int, int], exact: bool = False) -> bool:
    """A casualty figure in the sentence (``exact``: a count, not a conventional «العشرات»)."""
    from marsad.events.arguments import find_tolls

    # (no one hurt — «دون وقوع إصابات» — is no casualty figure)
    return any(t is not None and t.best != 0 and not (exact and t.vague) for t in find_tolls(ctx, sent))


def _whole_year(ctx: DocContext, s: _Sentence, lo: int, hi: int) -> bool:
    """A relative year («هذا العام»، «العام الماضي») dates the clause [lo, hi) and the sentence has no day or month."""
    if lo >= hi or not s.toks:
        return False
    a, b = s.toks[lo].start, s.toks[hi - 1].end
    s0, s1 = s.toks[0].start, s.toks[-1].end
    return any(a <= d.start < b and d.kind == "year" and d.relative for d in ctx.dates) and not any(
        s0 <= d.start < s1 and d.precision is not None and d.precision <= 2 for d in ctx.dates)


def _year_background(s: _Sentence, lo: int, hi: int, lex: Lexicon, published: dt.date | None = None,
                     before: bool = False) -> bool:
    """«عام 2012» in the clause; or a bare year before the publication year told as the time of the
    happening («وفي 2012 وقع هجوم مماثل»، «خلال 2014»): history, not a report. ``before``: only a year
    before the publication year counts («عام 2015» in a 2015 article may be this year's)."""
    # «1974 - مواجهات عنيفة …»، «2008- تسعة قتلى …»: an entry of a chronology opens on its year and a dash
    k0 = 1 if s.toks and s.toks[0].norm in _BULLETS else 0
    if published is not None and k0 + 1 < len(s.toks) and _YEAR.match(s.toks[k0].norm) \
            and s.toks[k0 + 1].norm in _DASHES and int(s.toks[k0].norm) < published.year:
        return True
    for k in range(lo, hi):
        if _YEAR.match(s.toks[k].norm) and k > 0:
            if s.has(k - 1, lex.cues["year_words"]) and not (
                    before and (published is None or int(s.toks[k].norm) >= published.year)):
                return True
            # with no publication date, a sentence that opens on a year («وفي عام 2003، قتل …») frames history:
            # this year's news is told by its day
            if before and published is None and k <= 3 and s.has(k - 1, lex.cues["year_words"]):
                return True
            if published is not None and int(s.toks[k].norm) < published.year \
                    and (s.has_word(k - 1, lex.cues["year_prepositions"]) or s.has(k - 1, lex.cues["year_heads"])):
                # («خلال حرب 1994»، «أحداث 2011»: a war or an upheaval named by its earlier year is history)
                return True
    return False


def _recent_since(ctx: DocContext, s: _Sentence, k: int) -> bool:
    """«منذ صباح اليوم»، «منذ أمس»: a «since» of the last two days is the span of today's happening, not history."""
    if ctx.published is None or s.toks[k].norm not in ("منذ", "ومنذ"):
        return False
    a = s.toks[k].start
    return any(a <= d.start <= a + 5 and d.date_start is not None and 0 <= (ctx.published - d.date_start).days <= 2
               for d in ctx.dates)


def _since_long_ago(ctx: DocContext, s: _Sentence, i: int) -> bool:
    """A «منذ» date weeks before publication, before the word in its sentence: what follows sums a period
    («ومنذ نوفمبر 2014 نفذ التنظيم ثماني عمليات، منها تفجير …»), it reports no one happening."""
    if ctx.published is None or not s.toks:
        return False
    a, b = s.toks[0].start, s.toks[i].start
    return any(a <= d.start < b and d.kind == "since" and d.date_start is not None
               and (ctx.published - d.date_start).days > 14 for d in ctx.dates)


def _repelled(s: _Sentence, i: int, lo: int) -> bool:
    """A past verb of repelling (not of foiling, «أحبط», which stops what had not happened; not the present, which
    may be a habit) up to four words before the event word in its clause, a subject or a day between («تصدت
    المقاومة أمس لهجوم»، «صدت القوات هجوما»)."""
    return any(s.has_word(k, _REPELLED) for k in range(max(lo, i - 4), i))


def _subject_actor(ctx: DocContext, s: _Sentence, h: Hit, types: tuple[int, ...] | None = (1, 2, 3)) -> bool:
    """An actor (armed: ACLED types 1-3 by default; any with ``types`` None) starts at the word after the verb,
    or its title does (verb-subject order)."""
    j = s.next_word(h.i)
    if j is None:
        return False
    # up to three words on without punctuation (دعا كل من الدكتور فلان، طالب أمس المجلس …)
    k = j
    while k + 1 < len(s.toks) and k - j < 3 and _AR.match(s.toks[k + 1].norm):
        k += 1
    starts = {t.start for t in s.toks[j : k + 1] if _AR.match(t.norm)}
    if any((x.start in starts or x.role_start in starts) and (types is None or x.type in types) for x in ctx.actors):
        return True
    if types is not None:
        return False
    # a state as the subject: a country or its capital (دعت سيول)، or an organ of the state with its demonym
    # (دعا الرئيس الفرنسي، رحبت الخارجية الأمريكية)
    if any(p.start in starts and p.place is not None and p.place.kind in ("country", "capital") for p in ctx.places):
        return True
    from marsad.events.arguments import arg_words
    from marsad.places.gazetteer import country_of_adjective

    heads = arg_words().state_heads
    return any(s.has(q, heads) and q + 1 < len(s.toks) and any(country_of_adjective(r) for r in s.readings[q + 1])
               for q in range(j, min(k + 1, len(s.toks))))


def _actor_before(ctx: DocContext, s: _Sentence, h: Hit, types: tuple[int, ...]) -> bool:
    """An actor of ``types`` ends at most one word before the verb (subject-verb order: «تنظيم داعش أعدم»)."""
    if h.i == 0:
        return False
    lo = s.toks[max(0, h.i - 2)].start
    at = s.toks[h.i].start
    return any(lo <= x.end <= at and x.type in types for x in ctx.actors)


def _topic_of(s: _Sentence, i: int, lo: int, cues: dict[str, frozenset[str]], prefix: str = "") -> bool:
    """A topic head (التحقيق، اعترافات، محاكمة), then within five words a preposition (في، حول، عن), then within
    five words the event noun: the happening is what is investigated, tried or confessed, told in passing."""
    if prefix.lstrip("و")[:1] == "ب" and any(s.has(j, cues["topic_heads"]) for j in range(max(lo, i - 3), i)):
        return True  # «أقر متهمون بالتفجير»: the preposition written on the event word
    for k in range(i - 1, max(lo, i - 6) - 1, -1):
        if s.has_word(k, cues["topic_prepositions"]) or (k == i - 1 and s.toks[k].norm[:1] == "ب"):
            # the head may carry a complement before the preposition («اعترافات نحو عشرة أشخاص حول …»)
            if any(s.has(j, cues["topic_heads"]) for j in range(max(lo, k - 5), k)):
                return True
    return False


def _item_heading(text: str, sent: tuple[int, int], n_tokens: int) -> bool:
    """The headline of an item in a round-up («* كوريا الجنوبية تدعو جارتها …» on a line of its own, before the
    item's dateline): it restates the item's happening, which the item's own sentences report."""
    line = text[sent[0] : sent[1]].strip()
    return line[:1] in ("*", "•") and n_tokens <= 16 and line[-1:] not in (".", "؟", "?", "!", ":")


def _crosshead(toks: list[Token], lex: Lexicon) -> int:
    """Tokens of a crosshead flattened into the start of a sentence («قتل وقصف وأسفرت المعارك …»، «غارات وفي
    مأرب …»): one to three bare words, then a conjunction-led opener. 0 when there is none."""
    openers = lex.cues["crosshead_openers"]
    for j in range(1, min(4, len(toks) - 3)):
        if toks[j].norm in openers:
            head = toks[:j]
            if head[0].norm[:1] in "وف" or any(not _AR.match(t.norm) for t in head):
                return 0
            return j
    return 0


def _campaign(s: _Sentence, h: Hit, cues: dict[str, frozenset[str]]) -> bool:
    """A span of time and من right before an event noun: «خلال أسبوع من الغارات»، «بعد أشهر من المعارك»."""
    i = h.i
    return h.form.pos == "noun" and i >= 2 and s.has_word(i - 1, frozenset({"من"})) and s.has(i - 2, cues["duration_nouns"])


def _after_series_frame(s: _Sentence, h: Hit, lex: Lexicon) -> bool:
    """The sentence places an event in a series («رابع عملية إرهابية تستهدف …»، «الهجوم الثالث من نوعه»);
    event words told after that frame are the earlier items of the series, not new happenings."""
    cues = lex.cues
    for k in range(h.i):
        if not s.has_word(k, cues["series_nouns"]):
            continue
        if k > 0 and s.has_word(k - 1, cues["series_ordinals"]):
            return True
        j = s.next_word(k)
        if j is not None and j < h.i and s.has_word(j, cues["series_ordinals_after"]):
            return True
    return False


def _sentence_features(ctx: DocContext, s: _Sentence, lex: Lexicon, sent: tuple[int, int]) -> dict[str, bool]:
    n = len(s.toks)
    text = ctx.text[sent[0] : sent[1]]
    first = next((k for k in range(n) if _AR.match(s.toks[k].norm)), None)
    question = "؟" in text or "?" in text or (first is not None and s.has_word(first, lex.cues["question_initial"]))
    words = set(chain.from_iterable(s.readings))  # every reading of the sentence: one test per cue list
    toll = not lex.cues["toll"].isdisjoint(words)
    anchor = not lex.cues["time_anchor"].isdisjoint(words) or any(
        sent[0] <= d.start < sent[1] and d.precision == 1 for d in ctx.dates
    )
    return {
        "question": question,
        "toll_number": toll and _toll_figure(ctx, sent),
        "toll_exact": toll and _toll_figure(ctx, sent, exact=True),
        "toll": toll,
        "anchor": anchor,
        "occurrence": not lex.cues["occurrence"].isdisjoint(words),
        "report": not lex.cues["report"].isdisjoint(words),
        "place": any(sent[0] <= p.start < sent[1] for p in ctx.places),
        "weapon": not lex.weapon_words.keys().isdisjoint(words) and any(_weapon_at(s, k, lex) for k in range(n)),
    }


def _cut_before_earlier(out: list[EventMention], first: int, s: _Sentence, toks: list[Token], lex: Lexicon) -> None:
    """When a sentence ends on an earlier happening told with its own dead («…، وذلك بعد تفجير انتحاري قتل 32
    شخصا»), the happenings reported before «بعد» read their arguments (toll, place, actors) up to it."""
    ms = out[first:]
    earlier = [m for m in ms if m.rejected == "earlier"]
    if earlier:
        k = earlier[0].token_i
        while k > 0 and not s.has_word(k, lex.cues["temporal_after"] | lex.cues["retaliation_words"]):
            k -= 1
    else:
        # «قصف مواقع … ليتواصل مسلسل العنف منذ الاعتداء الانتحاري في سوروتش الذي أودى بحياة 32»: the happening
        # dated by «منذ» after a reported one is background; the report reads its arguments up to «منذ»
        kept = [m for m in ms if m.rejected is None]
        since = [m for m in ms if m.rejected == "background" and kept and m.token_i > kept[0].token_i
                 and any(toks[j].norm in _SINCE for j in range(max(0, m.token_i - 2), m.token_i))]
        if not since:
            return
        k = since[0].token_i - 1
        while k > 0 and toks[k].norm not in _SINCE:
            k -= 1
    cut = toks[k].start
    for j in range(first, len(out)):
        m = out[j]
        if m.start < cut and m.sent[1] > cut:
            out[j] = replace(m, sent=(m.sent[0], cut), clause=(m.clause[0], min(m.clause[1], cut)))
        elif m.start >= cut and m.rejected is None:
            out[j] = replace(m, rejected="earlier")  # the same earlier happening's other words (قتل 32)


def _place_relative_report(ctx: DocContext, s: _Sentence, h: Hit) -> bool:
    """«… فضلا عن مدينة تلبيسة التي قصفت قوات النظام أحياء سكنية فيها»: a relative clause on a named place
    whose verb has its own armed subject right after it and a pronoun taking the place up again (فيها، منها،
    عليها) tells what was done there, in a round-up of the day's violence: a report, not background."""
    i = h.i
    if h.form.pos != "verb" or h.prefix or i < 2 or s.toks[i - 1].norm not in ("التي", "الذي"):
        return False
    if not any(p.end == s.toks[i - 2].end and p.place is not None for p in ctx.places):
        return False  # the relative takes up a place named right before it
    j = s.next_word(h.end_i)
    if j is None or not any(x.start == s.toks[j].start and x.type in (1, 2, 3) for x in ctx.actors):
        return False  # its own armed subject right after the verb (not the place's)
    return any(s.toks[k].norm in ("فيها", "فيه", "منها", "منه", "عليها", "عليه")
               for k in range(j + 1, min(len(s.toks), j + 10)) if s.clause[k] == s.clause[i])


_TO_WORDS = frozenset(("الي",))  # «إلى» as tokens are normalised


def _asked_object(ctx: DocContext, s: _Sentence, i: int, calls: frozenset[str]) -> bool:
    """The word at ``i`` is the object of a verb of asking up to five words before it, with only its subject (up to
    four words, one of them inside an actor's name) and a quotation mark between: «طلب وزير الدفاع الإسرائيلي «اعتقال
    …»»، «طالبوا بقتل …»."""
    for k in range(i - 1, max(0, i - 6) - 1, -1):  # (not the clause: a quotation mark opens one)
        if s.has_word(k, calls):
            gap = [q for q in range(k + 1, i) if s.toks[q].norm not in _QUOTE_MARKS]
            # (the subject: up to four words, one of them inside an actor's name — «وزير الدفاع الإسرائيلي»)
            return not gap or (len(gap) <= 4 and any(
                any(x.start <= s.toks[q].start < x.end for x in ctx.actors) for q in gap))
        if not _AR.match(s.toks[k].norm) and s.toks[k].norm not in _QUOTE_MARKS:
            return False  # (a comma or a full stop ends the search)
    return False


def _called_for(s: _Sentence, i: int, lo: int, calls: frozenset[str]) -> bool:
    """The event noun at ``i`` is what a call asks for: right after «إلى» (or joined by «و» to the noun right after
    it) with a word of calling up to three words before the «إلى» («تدعو إلى قتل وطرد …»، «دعا إلى طرد …»)."""
    for back in (1, 2):
        k = i - back
        if k < lo or s.toks[k].norm not in _TO_WORDS:
            continue
        if back == 2 and not s.toks[i].norm.startswith("و"):
            return False
        return any(s.has_word(j, calls) for j in range(max(lo, k - 3), k))
    return False


def _sport_document(ctx: DocContext, lex: Lexicon) -> bool:
    """A sports report: four words of sport in the title and text («المباراة»، «الودية»، «المدرب» …). Its «هجوم»
    is a team's attack and its «مواجهة» a match, wherever they stand."""
    words = lex.cues["sport_words"]
    chair = lex.cues["sport_not_after"]
    n = 0
    prev = ""
    for t in ctx.tokens:
        w = t.norm
        after_chair, prev = prev.lstrip("و") in chair, w
        if after_chair:
            continue  # «الرئيس الدوري للمجلس»: the rotating president, no league
        if w in words or (w[:1] in "وبل" and w[1:] in words) or (w[:2] in ("وال", "بال", "لل") and "ال" + w[2:] in words):
            n += 1
            if n >= 4:
                return True
    return False


def _weapon_at(s: _Sentence, k: int, lex: Lexicon) -> bool:
    """A weapon word at ``k``; a two-word weapon («حزام ناسف»، «فجر نفسه») needs its second word."""
    ww = lex.weapon_words
    if k > 0 and s.toks[k - 1].norm.lstrip("وبل") in ("الكره", "كره"):
        return False  # «الكرة الطائرة»: volleyball, no aircraft
    if k + 1 < len(s.toks) and s.has(k + 1, lex.cues["civil_aircraft"]):
        return False  # «بطائرة إخلاء طبي»، «طائرة ركاب»: a civil aircraft
    for r in s.readings[k]:
        for w in ww.get(r, ()):
            if not w.next:
                return True
            j = s.next_word(k)
            if j is not None and s.has(j, w.next):
                return True
    return False


_FUTURE_VERBS: dict[int, frozenset[str]] = {}


def _future_verbs(lex: Lexicon) -> frozenset[str]:
    """future_after and every attested «س» + present form of the future cues (ستركز، سيبدأ …): a verb in the
    future right after an event noun makes it a plan."""
    got = _FUTURE_VERBS.get(id(lex))
    if got is None:
        got = lex.cues["future_after"] | frozenset(w for w in lex.cues["future"] if w.startswith("س") and len(w) > 3)
        _FUTURE_VERBS[id(lex)] = got
    return got


def _assess(
    ctx: DocContext, s: _Sentence, h: Hit, lex: Lexicon, feats: dict[str, bool], hits: list[Hit]
) -> tuple[float, list[str], str | None, str | None]:
    """Score, supporting reasons, rejection reason, and a conversion ('THREATEN') if any."""
    cues = lex.cues
    tr = h.form.trigger
    i = h.i
    lo, hi = s.clause_range(i)
    reasons: list[str] = []
    if (feats["question"] and not _before_the_question(s, i, cues)) or s.first(0, i, cues["question_verbs"]) is not None:
        return 0.0, reasons, "question", None
    if i > 0 and not h.prefix and s.toks[i - 1].norm in cues["name_particles"]:
        return 0.0, reasons, "name", None  # «علي بن أبي طالب»: a part of a name
    a, b = s.toks[i].start, s.toks[h.end_i].end
    if (ctx.text[b : b + 1] == "-" and ctx.text[b + 1 : b + 2].isalpha()) \
            or (a > 1 and ctx.text[a - 1] == "-" and ctx.text[a - 2].isalpha()):
        return 0.0, reasons, "name", None  # «دان-مالام»: a word joined by a hyphen is part of a compound name
    if h.form.pos == "noun" and tr.id in ("clash", "attack") and h.prefix.lstrip("وف").startswith("ل") \
            and not feats["toll_number"] and s.first(max(lo, i - 4), i, cues["occurrence"]) is None \
            and not (i > 0 and (s.has_word(i - 1, cues["repel_verbs"]) or s.has_word(i - 1, cues["subjected_verbs"]))) \
            and not _repelled(s, i, lo):
        # («تصدت المقاومة لهجوم»، «تعرضت القوة لهجوم»: an attack repelled or undergone took place)
        return 0.0, reasons, "purpose", None  # «نموذجا للقتال ضد داعش»: fighting as a purpose, not a fight told
    if tr.cls in _VIOLENT and i > 1 and h.prefix.rstrip("ال") == "" and s.has_word(i - 1, _ON) \
            and any(s.has(k, cues["training_words"]) for k in range(max(lo, i - 3), i - 1)):
        return 0.0, reasons, "purpose", None  # «للتدريب على القتال»، «تلقوا تدريبات على المتفجرات»: a skill taught
    if tr.cls == "arrest" and h.form.pos == "noun" and i > 0 and s.has(i - 1, cues["facility_heads"]):
        return 0.0, reasons, "reference", None  # «داخل مراكز الاحتجاز»: a place of detention, no arrest told
    if h.form.pos == "noun" and i > 0 and s.has_word(i - 1, cues["decision_heads"]):
        return 0.0, reasons, "reference", None  # «ضد قرار الاعتقال»: the decision is told, not a new arrest
    if h.form.pos == "noun" and i > 0 and not h.prefix and s.has_word(i - 1, cues["locus_heads"]):
        return 0.0, reasons, "passing", None  # «بات القضاة محل استهداف»: exposed to it, no happening told
    if h.form.pos == "verb" and i > 0 and not h.prefix and s.has_word(i - 1, cues["demonstratives"]) \
            and not (i > 1 and s.has_word(i - 2, cues["demonstrative_heads"])):
        # (a demonstrative governed by a preposition stands alone: «في مقابل ذلك دعا الوزير …»)
        return 0.0, reasons, "noun", None  # «وهذا ثمن يجب أن ندفعه»: after a demonstrative the word is a noun
    if h.form.pos == "verb" and tr.cls == "political" and i > 0 and not h.prefix \
            and s.has_word(i, cues["masdar_shaped_verbs"]) and (
                s.has(i - 1, _PREPOSITIONS) or s.has_word(i - 1, cues["noun_governors"])
                or ctx.text[s.toks[i - 1].start : s.toks[i - 1].end].startswith("إن")
                and s.toks[i - 1].norm in ("ان", "انه", "انها", "انهم")):
        # «إثر رفض عناصر الحرس …»، «إن رفض الكونغرس للاتفاق سيسبب …»: a verb spelt as its verbal noun, governed
        # as a noun, names a stance as a cause or a topic; no rejection is told
        return 0.0, reasons, "noun", None
    if h.form.pos == "noun" and i > 1 and s.has_word(i - 1, _MIN) and s.first(max(lo, i - 5), i - 1, _BEFORE) is not None:
        return 0.0, reasons, "before", None  # «قبل يومين من زيارة فابيوس»: what comes after is not told as done
    # negation just before the word
    for k in range(max(lo, i - lex.negation_window), i):
        if s.has_word(k, cues["negation"]) and not (
                s.toks[k].norm.lstrip("و") == "ما" and k + 1 < i and s.has_word(k + 1, cues["happen_verbs"])):
            # («إن ما حدث اعتداء آثم»: «ما» of «ما حدث/ما جرى» is what happened, no negation)
            return 0.0, reasons, "negation", None
    # «ولم ترد أي تقارير عن وقوع اشتباكات …»: a report that did not come of it, no happening
    if i > 1:
        at_an = i - 1 if s.toks[i - 1].norm == "عن" else i - 2 if (
            s.toks[i - 2].norm == "عن" and s.toks[i - 1].norm in ("وقوع", "حدوث")) else -1
        if at_an > 0 and any(s.has_word(k, cues["unreported_nouns"]) for k in range(max(lo, at_an - 3), at_an)) \
                and any(s.has_word(k, cues["negation"]) for k in range(max(lo, i - 11), at_an)):
            return 0.0, reasons, "negation", None
    frames = {0, 1, lo, lo + 1}
    opener = lo
    while opener < i and not s.toks[opener].norm[:1].isalpha():
        opener += 1  # (past the comma that opens the clause)
    if lo > 0 and (s.toks[opener].norm in cues["also_openers"] or s.toks[opener].norm in cues["segment_breakers"]):
        # («… وخلال الشهور الثلاثة الماضية قتل النائب العام …، كما قتل ثلاثة قضاة …، فيما نجا آخرون …»: a clause that
        # goes on with «كما» or «فيما» stays inside the frame an earlier clause of the sentence opened)
        frames |= {k + d for k in range(1, lo) if s.clause[k] != s.clause[k - 1] for d in (0, 1)}
    if any((s.toks[k].norm.lstrip("و") == "منذ" and s.has_word(k + 1, cues["long_spans"])) or (
            # («وخلال السنوات الست الماضية، بلغ عدد الصواريخ …»: the past years as a frame)
            s.toks[k].norm.lstrip("و") == "خلال" and s.toks[k + 1].norm[:2] == "ال"
            and s.toks[k + 1].norm[2:] in cues["long_spans"])
           for k in frames if k < i - 1):  # (opening the sentence or the clause: a frame)
        # «ومنذ أشهر، هدد الحوثيون الجنيد …»، «منذ سنوات يقصف النظام المدينة»: a long span up to now opening the
        # sentence frames what follows as going on for months or years («أول سفينة تصل منذ شهور» compares, no frame)
        return 0.0, reasons, "background-since", None
    if _long_ago(s, lo, hi, i, cues):
        # «وسبق للأسد أن زارها قبل أشهر»، «قتل قبل عامين»: told as done weeks, months or years ago: background
        return 0.0, reasons, "background-ago", None
    if tr.cls != "political":
        # «رفض التنظيم الالتزام بوقف القتال وخطفت عناصره عشرات المدنيين»: a past verb joined by «و/ف» is a predicate
        # of its own; a denial or a stopping told before it governs its own object, not the verb coordinated after
        # it (unless a clause of what is said opens between them: «نفى أن تكون قواته قصفت المدينة وقتلت مدنيين»)
        # (a verb with its person ending, «واحتجزت»، «وقتلوا»: a bare «وقتل» may be the verbal noun of a list, «من
        # تدمير وتخريب وقتل»)
        own = h.form.pos == "verb" and h.form.tense == "past" and h.prefix in ("و", "ف") \
            and s.toks[i].norm.endswith(("ت", "وا"))
        said = set(chain.from_iterable(s.readings[lo:i]))  # every reading before the word in its clause
        scope = lo
        if own:  # only what comes before the last «أن/إن» ahead of the verb can govern it
            that = _that_particles()
            scope = next((k for k in range(i - 1, lo - 1, -1) if s.toks[k].norm in that
                          or s.toks[k].norm.lstrip("وفب") in that), lo)
            said = set(chain.from_iterable(s.readings[lo:scope]))
        if not cues["deny"].isdisjoint(said):
            return 0.0, reasons, "negation", None
        # («وقف الأمير على موقع التفجير»: stood at the site, «وقف على» is no stopping)
        stood = frozenset({"وقف", "توقف"})
        avoided = [k for k in range(lo, scope if own else i) if not cues["avoid"].isdisjoint(s.readings[k]) and not (
            not stood.isdisjoint(s.readings[k]) and any(s.toks[q].norm == "علي" for q in range(k + 1, i)))]
        if avoided:
            # «أحبطت المقاومة هجوماً شنه مسلحون …»: an attack that was launched and repelled took place (a battle);
            # «أحبطت الشرطة مخططاً …» or a foiled attack not launched did not
            j = s.next_word(h.end_i)
            from marsad.events.arguments import arg_words

            if not (h.form.pos == "noun" and j is not None and s.has(j, arg_words().agent_verbs)):
                return 0.0, reasons, "negation", None
    if h.form.pos == "noun" and (s.first(max(0, i - 3), i, cues["reach_verbs"]) is not None
                                 or s.first(h.end_i + 1, min(hi, h.end_i + 5), cues["reach_verbs"]) is not None) \
            and not cues["percent_words"].isdisjoint(chain.from_iterable(s.readings)):
        return 0.0, reasons, "count", None  # «وصلت التهديدات والاعتداءات إلى ما نسبته 40%»: a share of a count
    # its own phrase; «حذر» right after a noun is the adjective «حَذِر» (cautious: «بعد تقدم حذر»), no warning
    # («بدأت بوادر النصر تلوح في الأفق»: something looms on the horizon, no one brandishes a threat)
    threat = any(not cues["threat"].isdisjoint(s.readings[k]) and not (
        s.toks[k].norm == "حذر" and k > 0 and _AR.match(s.toks[k - 1].norm) and s.clause[k - 1] == s.clause[k]
        and not s.has_word(k - 1, cues["verb_particles_before"])) and not (
        s.toks[k].norm.lstrip("و").endswith("لوح") and s.first(k + 1, min(len(s.toks), k + 3), cues["horizon_words"]) is not None)
        for k in range(max(0, i - 12), i))
    irrealis = None
    # a quotation inside the clause does not end the scope of a plan or a purpose
    # («كانوا يخططون لـ«سلسلة عمليات» تطال «مسؤولين» وهجوم على …»)
    qlo = lo
    while qlo > 0 and (s.clause[qlo - 1] == s.clause[qlo] or s.toks[qlo].norm in _QUOTE_TOKENS):
        qlo -= 1
    # nor does a short aside between commas («ستستضيف، على الأرجح، الجولة الثانية من المحادثات»)
    if qlo > 1 and s.toks[qlo].norm in ("،", ","):
        aside = qlo - 1
        while aside > 0 and s.clause[aside - 1] == s.clause[qlo - 1]:
            aside -= 1
        if aside > 0 and 1 <= sum(_AR.match(t.norm) is not None for t in s.toks[aside:qlo]) <= 3:
            qlo = aside - 1
            while qlo > 0 and s.clause[qlo - 1] == s.clause[aside - 1]:
                qlo -= 1
    for k in range(qlo, i):
        if s.toks[k].norm in _THAT_PRONOUN:
            irrealis = None  # «ستكشف التحقيقات … لافتا إلى أنه جرى توقيف …»: a complement clause has its own tense
        elif s.toks[k].norm in _THAT_BARE and (j := s.next_word(k)) is not None and j < i \
                and (s.toks[j].norm.startswith("ال") or (s.toks[j].norm.endswith(("ه", "ها", "هم"))
                                                          and s.toks[j].norm[:1] not in "يتنا")):
            # «ولا يمكن التحقق من صحته أن عناصره تمكنوا من قتل …»: «أن» with a noun after it (definite or with its
            # pronoun; not a verb, «أن تقصف»، «بعد أن شددت») opens a finite complement clause with its own tense
            irrealis = None
        elif s.has_word(k, cues["conditional"]):
            irrealis = "conditional"
        elif s.has(k, cues["future"]):
            irrealis = "future"
        elif s.has(k, cues["purpose"]):
            irrealis = "purpose"
        elif _is_modal(s, k, lex):
            irrealis = "modal"
    if "س" in h.prefix and h.form.tense == "imperf":
        irrealis = "future"
    elif h.form.pos == "verb" and h.form.tense == "imperf" and i > lo and s.has_word(i - 1, cues["subjunctive"]):
        irrealis = "modal"  # «أن تقصف أحياء سكنية … أمر غير مسبوق»، «لن يهاجم»: an act named or ruled out, none told
    elif h.form.pos == "noun" and h.prefix.endswith("ب") and i > 1 and s.has_word(i - 1, cues["periphrastic_imperf"]) \
            and s.has_word(i - 2, cues["subjunctive"]):
        irrealis = "modal"  # «طلب … أن تقوم بزيارة إلى الموانئ»: the same with «قام ب» and a verbal noun
    if h.form.pos == "noun" and h.end_i + 1 < hi and s.has_word(h.end_i + 1, cues["hypothetical_after"]):
        irrealis = "modal"  # «حذرت من هجمات محتملة …»، «هجوم وشيك»: a possibility, no happening told
    # (a meeting noun heads a longer subject before its predicate: «لقاء الملك مع الأمير محمد بن سلمان سيتناول …»)
    after = range(h.end_i + 1, min(hi, h.end_i + (9 if tr.cls == "political" else 4)))
    if h.form.pos == "noun" and (s.first(after.start, after.stop, cues["future_after"]) is not None
                                 or not _future_verbs(lex).isdisjoint(s.toks[k].norm for k in after)):
        # «يفيد بأن هجوما بالقنبلة سينفذ»: the attack will be carried out; «معركة شاملة ستبدأ»، «محادثات ستتناول»
        # (a future verb with «و» opens a clause of its own: «قتلوا في الغارة. وسيؤدي مقتله …»)
        irrealis = "future"
    # statements about an attack that may or will come («تصاعدت التصريحات التركية حول إمكانية شن عملية عسكرية
    # تستهدف …») threaten it; statements telling an attack that happened report it
    threat = threat or (irrealis is not None
                        and s.first(max(0, i - 12), i, cues["threat_statements"]) is not None)
    if tr.cls in _VIOLENT and threat and tr.plover and tr.plover[0] == "ASSAULT":
        if any(s.has(k, cues["charge_words"]) for k in range(max(0, i - 6), i)):
            return 0.0, reasons, "charge", None  # «اتهامات بالتهديد بتفجير قنبلة»: a charge, no threat made
        return 0.0, reasons, "threat", "THREATEN"
    if tr.id == "phone_call" and (s.first(h.end_i + 1, min(hi, h.end_i + 4), cues["interview_verbs"]) is not None
                                  or _WITH_OUTLET.match(ctx.text, s.toks[h.end_i].end) is not None):
        # («في اتصال هاتفي أمس مع «الشرق الأوسط»»، «… مع الصحيفة»: the reporter's call, an interview)
        return 0.0, reasons, "interview", None  # «في اتصال هاتفي أجرته معه الصحيفة»: an interview, not a call
    if tr.id == "consult" and h.form.pos == "noun" and "ال" in h.prefix and not feats["anchor"] \
            and s.first(h.end_i + 1, min(len(s.toks), h.end_i + 11), cues["met_markers"]) is None:
        # «… وتضع المحادثات على الطريق»: the talks, definite, with no one met («مع/بين»، «الذي جمع/ضم …») and no
        # day in the sentence, are talks already known, named in passing
        return 0.0, reasons, "reference", None
    if tr.id == "consult" and h.form.pos == "noun" and (
            _OUTLET_AFTER.match(ctx.text, s.toks[h.end_i].end) is not None
            or (h.end_i + 1 < len(s.toks) and s.has_word(h.end_i + 1, cues["interview_adjectives"]))):
        return 0.0, reasons, "interview", None  # «خلال لقاء مع قناة …»، «في لقاء تلفزيوني»: an interview
    if tr.id in cues["tour_triggers"] and h.form.pos == "verb" and s.toks[i].norm.lstrip("وف") in cues["tour_verbs"] \
            and s.first(h.end_i + 1, min(len(s.toks), h.end_i + 20), cues["tour_objects"]) is not None:
        return 0.0, reasons, "tour", None  # «زار الأمير المصابين في المستشفى»: a visit to the wounded, no meeting
    if tr.id == "visit" and h.form.pos == "noun" and h.prefix.lstrip("وف") == "ل" \
            and s.first(max(0, i - 12), i, cues["invite_words"]) is not None:
        return 0.0, reasons, "requested", None  # «جدد دعوة الحكومة إلى المبعوث لزيارة عدن»: a visit asked for, not made
    if tr.id == "welcome" and h.form.pos == "verb" and any(
            s.toks[k].norm.startswith("ب") and s.has(k, cues["visit_welcomed"])
            for k in range(h.end_i + 1, min(len(s.toks), h.end_i + 12))):
        return 0.0, reasons, "visit", None  # «رحب الرئيس بزيارة الرئيس هادي لمصر»: the visit is the interaction
    if tr.cls in _VIOLENT and h.form.pos == "noun" and i > 1 and (s.toks[i - 1].norm == "من" or h.prefix.lstrip("و") == "من") \
            and s.first(max(lo, i - 4), i, cues["prevent_heads"]) is not None:
        return 0.0, reasons, "prevented", None  # «لحرمان المتمردين من قصفه»، «لمنعهم من اقتحام …»: kept from happening
    if tr.id in cues["handover_triggers"] and (j := s.next_word(h.i)) is not None and s.has_word(j, cues["reflexive_objects"]):
        return 0.0, reasons, "surrender", None  # «فضلوا تسليم أنفسهم للثوار بكامل أسلحتهم»: they gave themselves up
    if tr.cls == "arrest" and (j := s.next_word(h.end_i)) is not None and s.has_word(j, cues["halt_objects"]):
        return 0.0, reasons, "halt", None  # «وأوقف تحركات المتطرفين»: movements stopped, no one detained
    if tr.cls == "political" and h.form.pos == "noun" and i > 0 \
            and s.toks[i - 1].norm.lstrip("و").rstrip("هاموی") in cues["subjected_verbs"]:
        return 0.0, reasons, "undergone", None  # «مدعيا تعرضه للتهديد»: a threat undergone, no one named making it
    if tr.cls == "arrest" and h.form.pos == "verb" and s.first(h.end_i + 1, min(hi, h.end_i + 5), cues["seized_things"]) \
            is not None and s.first(h.end_i + 1, min(hi, h.end_i + 5), cues["detained_people"]) is None:
        reasons.append("things")  # «احتجز المسلحون 16 شاحنة محملة بالمساعدات»: goods seized, no one arrested
        seized = True
    else:
        seized = False
    if tr.cls == "arrest" and s.toks[i].norm.lstrip("وف").startswith(("اوقف", "يوقف", "توقف", "ايقاف")) \
            and s.first(h.end_i + 1, min(hi, h.end_i + 5), cues["stop_objects"]) is not None:
        return 0.0, reasons, "stopped", None  # «أوقفت تقديم العلاج»، «أوقف إطلاق النار»: something stopped, no arrest
    if tr.id in cues["decline_triggers"]:
        if s.first(h.end_i + 1, min(len(s.toks), h.end_i + 9), cues["decline_objects"]) is not None:
            return 0.0, reasons, "declined", None  # «رفض التعليق»، «رفض الاستسلام»: declining is no interaction
        if (j := s.next_word(h.end_i)) is not None and (s.has_word(j, cues["duty_objects"]) or (
                s.has_word(j, cues["duty_heads"])
                and s.first(j + 1, min(len(s.toks), j + 4), cues["duty_objects"]) is not None)):
            # «رفض الضباط المشاركة في القتال»، «رفضوا الاستمرار في المواجهات»، «رفض تنفيذ الأوامر العسكرية»:
            # fighters refusing to fight or to obey (dissent in the ranks), no interaction between parties
            return 0.0, reasons, "declined", None
    word = s.toks[i].norm[len(h.prefix):]
    if tr.cls == "political" and h.form.pos == "noun" and word not in lex.forms and any(
            word.endswith(p) and h.form in lex.forms.get(word[: -len(p)], ()) for p in _PRONOUNS) and not any(
                s.has_word(k, cues["stance_verbs"]) for k in range(max(lo, i - 6), i)):
        # «ومحاصرتهم لكافة المنافذ ورفضهم السماح …»: a stance with its agent as a pronoun, described, not taken
        return 0.0, reasons, "stance", None
    if tr.id in ("sentence", "sentence_issued") and s.first(0, len(s.toks), cues["court_words"]) is None:
        return 0.0, reasons, "no-court", None  # «قضت حكما بالسجن» (served a sentence): a court passes sentence
    if tr.id == "sentence_issued" and s.first(h.end_i + 1, len(s.toks), cues["punishment_words"]) is None:
        return 0.0, reasons, "civil", None  # «أصدرت المحكمة حكما بإلزام الشركة بدفع …»: a civil judgment
    if tr.id == "condemn" and any(o.form.trigger.id == "convict" and o.i == i for o in hits):
        return 0.0, reasons, "conviction", None  # «وأدانت المحكمة المتهم بـ …»: a court convicts, no one condemns
    if tr.id == "sentence" and any(o.form.trigger.id == "sentence_issued" and o.i < i for o in hits):
        return 0.0, reasons, "same", None  # «أصدرت المحكمة حكما بسجن …»: the sentence noun of the verb told
    if tr.id in cues["stance_noun_triggers"] and not _stated(s, h, lo, cues):
        # «جدد المجلس إدانة المملكة للهجوم»، «أعرب عن إدانته»، «جدد دعوته لوقف إطلاق النار»: a condemnation or a call
        # taken now is told with a verb of stating;
        # «قضت المحكمة بإدانة المتهم» (a conviction)، «قوبل بإدانة دولية»، «كلمات الإدانة» tell none
        return 0.0, reasons, "stance", None
    if tr.id == "threaten" and h.form.pos == "noun" and not (
            ((j := s.next_word(h.end_i)) is not None and s.toks[j].norm[:1] == "ب" and len(s.toks[j].norm) >= 3)
            or s.first(max(0, i - 9), i, cues["issue_verbs"]) is not None):
        # «تفاقم التهديد الداعشي»، «ترى فيهما أنقرة تهديدا أساسيا»: a threat as a danger; a threat made is told
        # with what it threatens («التهديد بشن …»، «تهديدات بقتل …») or as issued («وجه تهديدا»، «جدد تهديداته»)
        return 0.0, reasons, "danger", None
    if tr.id == "accuse" and h.form.pos == "verb" and not h.prefix.lstrip("وف") \
            and (j := s.next_word(h.end_i)) is not None and (
                s.toks[j].norm.startswith(("بان", "بال")) or s.toks[j].norm[1:] in cues["charge_heads"]
                or (s.toks[j].norm == "من" and j + 1 < len(s.toks) and s.toks[j + 1].norm == "قبل")):
        # «أوقف … واتُّهم بأنه كان ينوي …»، «اتُّهما بالمشاركة في …»، «اتُّهموا من قبل قاضي التحقيق»: the charge or
        # the charging body right after the verb, with no accused between: the passive, a charge brought
        return 0.0, reasons, "passive", None
    if h.form.pos == "verb" and tr.cls == "political" and h.form.tense == "past" and i > 0 \
            and s.clause[i - 1] == s.clause[i] and _AR.match(s.toks[i - 1].norm) \
            and s.toks[i - 1].norm[:1] in "لبك" and not s.toks[i - 1].norm.startswith(("ال", "لل", "بال", "كال")) \
            and s.toks[i - 1].norm.endswith(("ين", "ون")) and len(s.toks[i - 1].norm) > 5:
        # «صور لحوثيين رفضوا القتال»: a past verb right after an indefinite plural governed by a preposition
        # describes it (an asyndetic relative clause): background, not the sentence's act
        return 0.0, reasons, "relative", None
    if h.form.pos == "verb" and tr.cls == "political" and h.form.tense == "past" and not h.prefix and i > 0 \
            and s.clause[i - 1] == s.clause[i] and s.toks[i - 1].norm.endswith("يا") and len(s.toks[i - 1].norm) > 4 \
            and not s.toks[i - 1].norm.startswith("ال") and s.toks[i - 1].norm not in cues["adverbs_iyyan"] \
            and not any(x.start <= s.toks[i - 1].start < x.end for x in ctx.places) \
            and not any(x.start <= s.toks[i - 1].start < x.end for x in ctx.actors):
        # «قتل المسلحون زعيما قبليا رفض تسليم نفسه»: a past verb right after an indefinite accusative adjective
        # describes the noun (an asyndetic relative clause); a name in -يا is no adjective («أن تركيا سمحت»)
        return 0.0, reasons, "relative", None
    if (tr.id in cues["accident_triggers"] or (tr.id in cues["accident_blast_triggers"]
                                                and s.toks[i].norm.lstrip("وفب").startswith(("انفجار", "انفجر"))))\
            and not feats["weapon"] \
            and not cues["accident_words"].isdisjoint(chain.from_iterable(s.readings)) \
            and not (i > 0 and s.has_word(i - 1, cues["targeting_verbs"])) \
            and not ((j := s.next_word(h.end_i)) is not None and s.has_word(j, cues["targeting_verbs"])):
        # («واستهدف انفجار خط أنابيب الغاز»: an explosion that targets is set off, gas or no gas)
        return 0.0, reasons, "accident", None  # «قتل 16 شخصا بعد غرق مركب اصطدم بزورق»: an accident, not violence
    # (proclitic readings only: «الميليشيات المدربة» are trained militias, not «المدرب+ه» a coach; one sport word far
    # from the event word is an aside: «دعا … عشية كأس العالم في روسيا»)
    ambiguous = tr.id in cues["sport_ambiguous_triggers"] and not feats["weapon"]
    sport_all = [k for k, t in enumerate(s.toks) if not cues["sport_words"].isdisjoint(clitic_words(t.norm))] \
        if ambiguous and not feats["toll"] else []
    sport_at = [k for k in sport_all if not (k > 0 and s.has(k - 1, cues["sport_not_after"]))]
    if ambiguous and (
            len(sport_all) >= 2 or any(abs(k - i) <= 10 for k in sport_at)
            or (feats.get("sport_doc") and not feats["toll_number"])):  # (a player's «إصابة» is an injury)
        return 0.0, reasons, "sport", None  # «المواجهات الودية»، «التقى الفريقان في مباراة»: a match, not a fight
    if tr.cls == "political" and feats.get("sport_doc"):
        # a sports report: what a coach rejects, a federation demands or two clubs agree is sport, not a political
        # interaction between parties
        return 0.0, reasons, "sport", None
    if tr.id == "suicide" and h.form.pos == "noun" and h.prefix.endswith("ال") and not feats["toll_number"] \
            and not (i > 0 and (any(o.end_i == i - 1 for o in hits) or s.has(i - 1, cues["operation_heads"]))):
        # «ظهر الانتحاري في الصورة …»: the bomber as a person (a definite noun standing alone), not «الهجوم الانتحاري»
        # (an adjective after an event noun): no happening told without its dead
        return 0.0, reasons, "person", None
    if tr.id == "suicide" and h.form.pos == "noun" and not h.prefix.rstrip("ال") and i > 0 and (
            (s.toks[i].norm in cues["bomber_plurals"] and (
                _has_number(ctx, s, i - 1, i) or s.toks[i - 1].norm in number_words()
                or any(o.form.trigger.id in cues["own_toll_triggers"] and i - 3 <= o.i < i for o in hits)))
            or s.toks[i - 1].norm.lstrip("و") in cues["among_words"]):
        # «تمكنت قواتنا من قتل 10 انتحاريين بينهم انتحاري …»، «قتلت ثلاثة انتحاريين»: bombers counted, killed or
        # named among the dead are people, the victims of the forces' act, not a bombing
        return 0.0, reasons, "person", None
    if tr.id == "suicide" and h.form.pos == "noun" and not feats["toll_number"] and i > 0 \
            and s.has_word(i - 1, cues["bomber_nouns"]):
        # «استغلال بوكو حرام للأطفال كمفجرين انتحاريين»: suicide bombers as people, no happening told
        return 0.0, reasons, "person", None
    if tr.cls == "political" and i > 0 and any(
            s.toks[k].norm.lstrip("و") in cues["object_of_verbs"]
            for k in range(max(lo, i - (6 if tr.id in ("deny", "reject") else 1)), i)):
        # «رفضت الوزارة نفي أو تأكيد الأنباء»: what is declined (a deny or reject masdar may stand after the
        # subject); «ثبتت إدانته بالانضمام»: a conviction proved
        return 0.0, reasons, "object", None
    if tr.id == "incumbent" and not (
            i > 0 and (s.toks[i - 1].norm in cues["that_particles"]
                       or (i > 1 and s.toks[i - 1].norm == "كان" and s.toks[i - 2].norm in cues["that_particles"]))
            and i + 1 < len(s.toks)
            and any(x.start == s.toks[i + 1].start for x in ctx.actors)):
        # «قال X إن على الحوثيين الالتزام بالهدنة»، «إنه (كان) على العبادي أن …»: «إن» itself, then a party named
        # right after «على» (not «أنه على الرغم»، «كان على متنها»، «إن على الجميع»)
        return 0.0, reasons, "no-party", None
    if tr.id == "target" and h.form.pos == "verb" and not feats["weapon"] and not feats["toll_number"] \
            and s.first(max(0, i - 25), i, cues["relief_words"]) is not None:
        # «وضمت القافلة مواد غذائية وطبية … واستهدفت أحياء المدينة»: a relief convoy told before it reached them
        return 0.0, reasons, "benign", None
    if tr.id == "target" and s.first(max(0, i - 6), i, cues["benign_campaigns"]) is not None:
        return 0.0, reasons, "benign", None  # «حملة تطعيم … استهدفت 50 ألف طفل»: a vaccination reached them
    if tr.id == "target" and s.first(max(0, i - 2), i, cues["campaign_words"]) is not None \
            and any(o.form.trigger.cls == "arrest" and o.i < i for o in hits):
        return 0.0, reasons, "arrest-campaign", None  # «أوقفت الشرطة 251 شخصا في إطار حملة استهدفت مشتبهين»
    if tr.generic and h.form.pos == "verb" and (j := s.next_word(h.end_i)) is not None \
            and s.has_word(j, cues["verbal_agents"]) and not feats["toll_number"]:
        return 0.0, reasons, "verbal", None  # «هاجمت جريدة «إقدام» العرب»: a newspaper attacks in words
    if tr.cls == "political" and h.form.pos == "verb" and i > 0 and s.has(i - 1, cues["any_words"]):
        return 0.0, reasons, "noun", None  # «بأي ثمن»: a price, no «ثمّن» (praised)
    if tr.id == "request" and i > 0 and _has_number(ctx, s, i - 1, i):
        return 0.0, reasons, "noun", None  # «بتخريج 138 طالباً»: students counted, no one demanding
    if tr.cls == "political" and s.first(max(lo, i - 3), min(hi, h.end_i + 7), cues["repeatedly"]) is not None:
        return 0.0, reasons, "habitual", None  # «أشادت ميركل مرارا بالعلاقات»: said again and again, no one act
    if tr.plover is not None and tr.plover[0] == "REQUEST" and (j := s.next_word(h.end_i)) is not None \
            and s.toks[j].norm.lstrip("ب") == "عدم" and j + 1 < len(s.toks) and s.has(j + 1, cues["anonymity_objects"]):
        return 0.0, reasons, "anonymity", None  # «قال أحد السكان طالبا عدم الكشف عن اسمه»: asks not to be named
    if tr.id == "reservation" and any(s.toks[k].norm in ("عليه", "عليها", "عليهم", "عليهما")
                                      for k in range(i + 1, min(len(s.toks), max(h.end_i, h.comp_i) + 2))):
        return 0.0, reasons, "custody", None  # «تحفظت عليه السلطات 10 أيام»: held in custody, no reservation
    if tr.cls == "territory" and h.form.pos == "noun" and s.toks[i].norm.endswith(_PRONOUN_SUFFIXES) \
            and i > 0 and s.has_word(i - 1, cues["during_words"]):
        return 0.0, reasons, "state", None  # «أثناء سيطرتهم على العاصمة»: while they held it, no taking told
    if tr.id == "takeover" and h.form.pos == "verb" and s.toks[i].norm.endswith(_PRONOUN_SUFFIXES) and not (
            i > 0 and any(s.has_word(k, cues["control_verbs"]) and _commas_only(s, k, i) for k in range(max(0, i - 12), i))):
        # («أحكمت القوات سيطرتها على المدينة»، «أعلن التنظيم سيطرته على …»: control imposed or declared is taken;
        # a long subject set off by commas may stand between: «أحكمت المقاومة المدعومة بقوات من الجيش أمس، سيطرتها»)
        return 0.0, reasons, "noun", None  # «رقعة سيطرته على»: his control (سيطر takes على, not an object pronoun)
    if tr.id in cues["stance_position_triggers"] \
            and s.first(h.end_i + 1, min(len(s.toks), h.end_i + 5), cues["generic_evils"]) is not None:
        return 0.0, reasons, "generic", None  # «موقف تونس الثابت والرافض للعنف بجميع أشكاله»: a creed, no party
    if tr.id == "takeover_became" and s.first(max(0, i - 5), i, tr.need_before) is None:
        return 0.0, reasons, "state", None  # «أصبحت آمنة ومستقرة … وتقع تحت سيطرة …»: a state described, no change
    if tr.cls == "territory" and tr.id != "advance_made" and not _territory_object(ctx, s, h, cues) and not (
            tr.id == "takeover_became" and (s.first(max(0, i - 12), i, cues["territory_objects"]) is not None or any(
                s.toks[max(0, i - 12)].start <= p.start < s.toks[i].start and p.place is not None
                for p in ctx.places))):
        # («استولت على كاميرات مراقبة»: things seized, not ground taken; an advance needs no ground named, and
        # ground that «أصبح تحت سيطرة …» is told before it)
        return 0.0, reasons, "object", None
    if tr.cls == "territory" and s.first(lo, i, cues["attempt_verbs"]) is not None:
        return 0.0, reasons, "attempt", None  # «حاول المتمردون السيطرة على …»: tried, not taken
    if tr.cls == "territory" and not any(s.toks[0].start <= x.start < s.toks[-1].end for x in ctx.actors) \
            and lex.sets["armed_words"].isdisjoint(chain.from_iterable(s.readings)):
        return 0.0, reasons, "no-force", None  # «استعادت أودية المنطقة نضارتها»: no armed side, no territory taken
    if irrealis and (tr.cls != "political" or (h.form.pos == "noun" and irrealis in ("future", "modal"))):
        # (talks or an agreement hoped for or scheduled — «الآمال في استئناف المحادثات» — are plans, not happenings)
        return 0.0, reasons, irrealis, None
    if irrealis == "conditional":
        return 0.0, reasons, irrealis, None
    if tr.cls == "political" and (j := s.next_word(h.end_i)) is not None and s.has_word(j, cues["divine"]):
        return 0.0, reasons, "formula", None  # «ودعا الله أن …»: a prayer
    if tr.cls == "political" and h.form.pos == "verb" and (g := s.first(h.end_i + 1, min(len(s.toks), h.end_i + 10),
                                                                       cues["divine"])) is not None \
            and g + 1 < len(s.toks) and s.first(g + 1, min(len(s.toks), g + 4), cues["prayer_after"]) is not None:
        return 0.0, reasons, "formula", None  # «ودعا سمو الأمير فلان الله عز وجل أن يتغمد …»: a prayer
    if tr.cls in _VIOLENT and any(s.toks[k].norm in cues["scripture_heads"] and s.toks[k + 1].norm in cues["scripture_tails"]
                                  for k in range(lo, min(hi, len(s.toks) - 1))):
        return 0.0, reasons, "scripture", None  # «حين قتل موسى عليه السلام …»: a story of the prophets
    if tr.cls == "political" and tr.plover and tr.plover[0] == "SANCTION" and h.form.pos == "noun" and i > 0 \
            and s.has(i - 1, cues["reversal_heads"]):
        return 0.0, reasons, "lifted", None  # «رفع تجميد الأصول»، «إلغاء العقوبات»: a sanction lifted, not imposed
    if tr.cls == "political" and h.form.pos == "noun" and i > 0 and (s.toks[i - 1].norm.lstrip("و") == "منذ" or (
            h.prefix.startswith("و") and any(o.i < i and o.form.trigger.id == tr.id and o.i > 0 and i - o.i <= 16
                                             and s.toks[o.i - 1].norm.lstrip("و") == "منذ" for o in hits))):
        # «منذ لقاء بوتين وكيري في سوتشي، ولقاء بوتين وولي العهد …»: points in time, told in passing
        return 0.0, reasons, "reference", None
    if tr.cls == "political" and h.form.pos == "noun" and i > 0 and s.has(i - 1, cues["reference_heads"]):
        return 0.0, reasons, "reference", None  # «القضاء على مصدر التهديد»: the threat is named, not made
    if tr.cls == "political" and h.form.pos == "noun" and s.first(max(lo, i - 4), i, cues["entry_masdars"]) is not None:
        return 0.0, reasons, "planned", None  # «للانخراط في محادثات السلام»، «لاستئناف المفاوضات»: talks to come
    if tr.cls in ("political", "arrest") and h.form.pos == "noun" and any(
            o.i < i and o.form.trigger.plover and o.form.trigger.plover[0] in ("REQUEST", "THREATEN")
            and (o.form.trigger.id not in cues["stance_noun_triggers"] or _stated(s, o, s.clause_range(o.i)[0], cues))
            for o in hits):
        # («وطالبوا بتوقيف القاتل»: an arrest demanded has not happened)
        return 0.0, reasons, "requested", None  # «دعت … للمشاركة في محادثات»: what is asked for, not what happened
    if tr.cls == "political" and h.form.pos == "verb" and i > 0 and s.has_word(i - 1, cues["relative"]) \
            and not tr.need_before:  # («استقبل المطار الطائرة التي تقل معونات»: the cargo of an arrival told)
        return 0.0, reasons, "relative", None  # «الهدنة التي طالب بها الرئيس»: told about something, not new
    if tr.plover and tr.plover[0] == "CONSULT" and h.form.pos == "verb" and (
            ((j := s.next_word(i)) is not None and s.has_word(j, cues["non_party_hosts"]))
            or any(s.has_word(k, cues["non_party_hosts"]) for k in range(max(lo, i - 2), i))):
        return 0.0, reasons, "non-party", None  # «استقبل مطار عدن الطائرة»: an airport receives a plane, meets no one
    if tr.cls == "protest" and h.form.pos == "verb" and s.has_word(i, cues["gather_verbs"]) and (
            s.first(max(lo, i - 6), i, cues["armed_crowds"]) is not None
            or s.first(i + 1, min(hi, i + 4), cues["armed_crowds"]) is not None):
        return 0.0, reasons, "armed-gathering", None  # «1500 مقاتل احتشدوا في المطار»: a force massing, no protest
    if tr.plover and tr.plover[0] == "CONSULT" and h.form.pos == "verb" \
            and s.first(i + 1, min(len(s.toks), i + 12), cues["received_people"]) is not None:
        return 0.0, reasons, "non-party", None  # «استقبلت فرق المنظمة 206 جرحى»: the wounded taken in, no one met
    if tr.plover and tr.plover[0] == "CONSULT" and h.form.pos == "verb" \
            and s.first(i + 1, min(len(s.toks), i + 3), cues["non_party_met"]) is not None:
        # «والتقى بالمواطنين»، «التقى الأهالي»: a governor meeting residents or families is no consultation of parties
        return 0.0, reasons, "non-party", None
    if tr.id in cues["epithet_triggers"] and i > 1 and s.has(i - 1, cues["demonstratives"]) \
            and s.toks[i - 2].norm.lstrip("وف") not in _that_particles():
        # («وأكد أن هذا العمل الجبان …» says it; «منفذي هذا الهجوم الشنيع»، «مثل هذا العمل الجبان» only name it)
        return 0.0, reasons, "reference", None
    if tr.cls == "political" and i > 0 and tr.id not in cues["epithet_triggers"] and (
            (h.form.pos == "noun" and (s.has_word(i - 1, cues["demonstratives"]) or s.has_word(i - 1, cues["basis_words"])))
            or (i > 1 and s.toks[i - 1].norm in ("على", "علي") and s.has_word(i - 2, cues["basis_words"]))):
        # (after «بناء على» a word is a noun whatever its spelling: «طلب»)
        return 0.0, reasons, "reference", None  # «بناء على طلب من الحكومة»، «مثل هذا التهديد»: named, not made
    if tr.cls in _VIOLENT and h.form.pos == "noun" and i > 0 and s.has_word(i - 1, cues["launch_masdars"]) \
            and any(s.has_word(k, cues["permission_words"]) for k in range(max(0, i - 7), i - 1)):
        return 0.0, reasons, "permitted", None  # «وافقت على السماح للجيش الأمريكي بشن ضربات»: allowed, not done
    if tr.cls in _VIOLENT and h.form.pos == "noun" and i > 0 and s.has_word(i - 1, cues["request_masdars"]) \
            and any(s.has_word(k, cues["request_words"]) for k in range(max(lo, i - 8), i - 1)):
        return 0.0, reasons, "requested", None  # «طلب تنفيذ ضربات جوية»، «دعا إلى شن غارات»: asked for, not done
    if (tr.cls in _VIOLENT or tr.cls == "arrest") and h.form.pos == "noun" and h.prefix in ("", "ب") \
            and _asked_object(ctx, s, i, cues["request_words"]):
        # «طلب وزير الدفاع «اعتقال مشبوهين … إداريا»»، «طالبوا بقتل …»: the indefinite verbal noun after a verb of
        # asking and its subject (past a quotation mark) is what is asked for, not done
        return 0.0, reasons, "requested", None
    if tr.cls in _VIOLENT and _called_for(s, i, lo, cues["request_words"]):
        # «هتافات تدعو إلى قتل وطرد العرب»: called for, not done (after «إلى», or joined to the noun after it, the
        # word is a verbal noun even where it is spelt like a past verb: «وطرد»)
        return 0.0, reasons, "requested", None
    if tr.cls == "political" and any(s.has_word(k, cues["allege_verbs"]) for k in range(max(lo, i - 4), i)):
        return 0.0, reasons, "alleged", None  # «نسبته إلى المشايخ، زعمت فيه أنهم دعوا قبائلهم»: alleged by another
    if tr.cls in _VIOLENT and h.form.pos == "noun" and i > 0 and s.has_word(i - 1, cues["launcher_heads"]) \
            and h.prefix == "ل":
        return 0.0, reasons, "launcher", None  # «دمرت أربع منصات لإطلاق صواريخ»: a launcher, not a firing
    if tr.id == "explode" and h.form.pos == "verb" and (
            any(s.has_word(k, cues["erupt_subjects"]) for k in range(max(lo, i - 2), i))
            or ((j := s.next_word(h.end_i)) is not None and s.has_word(j, cues["erupt_subjects"]))):
        return 0.0, reasons, "erupted", None  # «الاشتباكات تفجرت بين الطرفين»: fighting broke out, nothing exploded
    if tr.cls == "political" and h.form.pos == "noun" and any(
            s.has_word(k, cues["copula_words"]) for k in range(max(lo, i - 2), i)):
        return 0.0, reasons, "predicate", None  # «يتوقف داعش عن كونه تهديدا»: what something is, not an act
    if tr.cls == "political" and h.form.pos == "verb" and i > 1 and s.toks[i - 1].norm == "قد" \
            and any(s.has_word(k, _KANA) for k in range(max(lo, i - 7), i - 1)) and not feats["anchor"]:
        return 0.0, reasons, "earlier", None  # «وكان إردوغان قد انتقد نتنياهو»: told as earlier, with no day
    if tr.cls == "political" and h.form.pos == "verb" and _so_far(s, h.end_i + 1, h.end_i + 6, cues["so_far"]):
        return 0.0, reasons, "standing", None  # «رفضت تركيا حتى الآن التدخل»: a standing position, no day
    if tr.cls == "political" and h.form.pos == "verb" and h.form.tense == "past" \
            and (j := s.next_word(i)) is not None and _noun_reading_next(s.toks[j].norm):
        return 0.0, reasons, "noun", None  # «لقي طالب سعودي مصرعه»، «فلان طالب ورئيس الهيئة»: a student
    if tr.cls == "political" and h.form.pos == "verb" and i > 0 and (s.toks[i - 1].norm == "في" or (
            s.toks[i - 1].norm == "من" and s.toks[i].norm.endswith(("ه", "ها", "هم")))):
        # «في رفضه الحل السياسي»: after «في» the word is a verbal noun; «من ثمنه» (of its price) a noun with its
        # pronoun, no «ثمّنه» (praised it)
        return 0.0, reasons, "masdar", None
    if tr.cls == "political" and h.form.pos == "verb" and i > 0 and s.has_word(i - 1, cues["relative_ma"]):
        return 0.0, reasons, "relative", None  # «بالتصدي لما وصفه بالإرهاب»: what he called it, in passing
    if tr.cls == "political" and h.form.pos == "verb" and _coordinated_relative(s, i, cues["relative"]):
        return 0.0, reasons, "relative", None  # «الهدنة التي طلبها الرئيس وأيدتها دول التحالف»: the same clause
    if tr.cls == "political" and any(s.has_word(k, cues["negation"]) for k in range(max(lo, i - 5), i)) and any(
            _is_modal(s, k, lex) for k in range(max(lo, i - 5), i)):
        return 0.0, reasons, "negation", None  # «لا يمكنه تأكيد أو نفي …»
    if tr.cls in ("political", "arrest", "warrant") and _year_background(s, lo, hi, lex, ctx.published):
        return 0.0, reasons, "background-year", None  # «وكانت سيول هددت في عام 2010 …»: history
    if tr.cls == "political" and any(s.has(k, cues["charge_words"]) for k in range(max(lo, i - 2), i)):
        return 0.0, reasons, "charge", None  # «وجهت إليه اتهامات بالتهديد بتفجير …»: what he is charged with
    if tr.cls == "political" and h.form.pos == "noun" and i >= 2 and s.has_word(i - 1, frozenset({"على", "علي"})) \
            and s.has(i - 2, frozenset({"رد", "ردا"})):
        return 0.0, reasons, "reaction", None  # «في رده على تهديدات …»: what is answered, not a new interaction
    if tr.cls in _VIOLENT or tr.cls in ("protest", "arrest"):
        if any(o.i < i and o.form.trigger.id in cues["court_triggers"] for o in hits):
            # «أصدرت المحكمة حكما بسجن مواطن أطلق النار على …»، «أدانت المحكمة المتهم بالمشاركة في المظاهرات»:
            # what a court sentences for is the charge, told in passing
            return 0.0, reasons, "charge", None
        # «ندد بالتفجير الذي وقع ظهر اليوم … ونتج عنه استشهاد …»: the object of the reaction is told in full
        # (a relative clause of occurrence, with the day or the toll): it is reported here as well
        # (the target and its place may stand between: «على تفجير مسجد قوات الطوارئ بمدينة أبها، الذي وقع …»)
        told = h.form.pos == "noun" and s.first(i + 1, min(len(s.toks), h.end_i + 10), cues["relative"]) is not None \
            and s.first(i + 1, min(len(s.toks), h.end_i + 13), cues["occurrence"]) is not None \
            and (feats["toll_number"] or feats["toll"] and feats["anchor"])
        # «دان الوجهاء الجريمة التي أدت إلى استشهاد رجل الأمن إثر تعرضه لإطلاق نار من قبل مجهولين»: the shooting is
        # told with its dead and its perpetrators: reported here as well
        told = told or (feats["toll"] and s.first(h.end_i + 1, min(len(s.toks), h.end_i + 5), cues["agent_phrases"])
                        is not None)
        if not told and not cues["reaction"].isdisjoint(chain.from_iterable(s.readings[max(0, i - 12):i])) and any(
                not cues["reaction"].isdisjoint(s.readings[k]) and not _inside_actor(ctx, s.toks[k], ("state", "org"))
                for k in range(max(0, i - 12), i)):
            # («مكتب التحقيقات الفدرالي»: a word of the reaction inside a body's name is that body's name)
            return 0.0, reasons, "reaction", None
        # the object of an evaluation told earlier in the sentence (أدانت ... الهجوم)
        if not told and h.form.pos == "noun" and any(
            o.i < i and o.form.trigger.id in cues["reaction_triggers"] and o.form.tense == "past" for o in hits
        ):
            return 0.0, reasons, "reaction", None
        if h.form.pos == "noun" and i > 0 and s.has(i - 1, cues["reference_heads"]):
            return 0.0, reasons, "reference", None
        if h.form.pos == "noun" and i > 0 and (s.has_word(i - 1, cues["any_words"]) or (
                i > 1 and s.has_word(i - 2, cues["any_words"]) and s.clause[i - 2] == s.clause[i]
                and not h.prefix and _AR.match(s.toks[i - 1].norm))):
            # «عند حدوث أي اشتباك»: any clash, none told; «بشن أي طلعات قصف»: any sortie of bombing
            return 0.0, reasons, "generic", None
        if h.form.pos == "noun" and i > 0 and s.has(i - 1, cues["case_heads"]) \
                and not cues["percent_words"].isdisjoint(chain.from_iterable(s.readings)):
            return 0.0, reasons, "count", None  # «تلتها 36 حالة اختطاف بنسبة 41 في المائة»: statistics
        if h.form.pos == "noun" and i > 1 and s.toks[i - 1].norm.isdigit() \
                and s.first(max(lo, i - 4), i - 1, cues["tally_verbs"]) is not None and not any(
                    s.toks[0].start <= p.start < s.toks[-1].end and p.place is not None and p.place.kind != "country"
                    for p in ctx.places):
            return 0.0, reasons, "count", None  # «سجلت أوكرانيا 127 هجوما اليوم»: a country's tally, no one happening
        # (an animal whose name is also a proper name is read only as the word itself: «دبي» is Dubai, «الأسد» is
        # Assad; the others with their clitics too: «كلابه»)
        if tr.id in ("attack", "assault", "kill") and not feats["weapon"] and any(
                s.toks[k].norm.lstrip("و") in cues["animal_words"] or s.has(k, cues["animal_words_clitic"])
                for k in range(lo, hi)):
            return 0.0, reasons, "animal", None  # «نجاته من هجوم لسمكة قرش»: an animal, no political violence
        if h.form.pos == "noun" and not feats["toll_number"] \
                and (j := s.next_word(h.end_i)) is not None and s.has_word(j, cues["campaign_masdars"]) \
                and s.first(max(0, i - 3), i, cues["campaign_starts"]) is None:
            # («أعلنت الفصائل استئناف معركة تحرير درعا»: a campaign launched or resumed is a happening)
            return 0.0, reasons, "reference", None  # «خلال معركة تحرير عدن»: the campaign's name, no one happening
        if h.form.pos == "noun" and not cues["level_words"].isdisjoint(chain.from_iterable(s.readings)) \
                and not cues["reach_verbs"].isdisjoint(chain.from_iterable(s.readings)):
            return 0.0, reasons, "count", None  # «الهجمات … خلال أكتوبر بلغت أدنى مستوياتها»: a rate, not a happening
        if h.form.pos == "noun" and i >= 2 and s.toks[i - 1].norm == "من" \
                and s.first(max(lo, i - 4), i - 1, cues["count_heads"]) is not None:
            return 0.0, reasons, "count", None  # «العدد الأكبر من القنابل البرميلية كان في ريف دمشق»: statistics
        if h.form.pos == "noun" and not feats["toll_number"] \
                and s.first(max(lo, i - 3), i, cues["habitual_heads"]) is not None:
            return 0.0, reasons, "habitual", None  # «يعتمدون على القصف»، «يلجأ إلى الاغتيالات»: a way of acting
        if h.form.pos == "noun" and "ال" in h.prefix and any(
                s.has_word(k, cues["spread_verbs"]) and s.clause[k] == s.clause[i] for k in range(max(0, i - 8), i)):
            # «وانتشرت في المدينة خلال هذه الفترة عمليات الخطف والقتل»، «تفشت الاغتيالات»: a kind of act grown
            # common, no one happening
            return 0.0, reasons, "habitual", None
        if h.form.pos == "noun" and _topic_of(s, i, lo, cues, h.prefix):
            return 0.0, reasons, "topic", None  # «التحقيق في حادث الاعتداء»، «اعترافات حول تنفيذ اعتداء»
        if any(o is h or (tr.generic and o.form.trigger.cls in _VIOLENT) for o in hits if _campaign(s, o, cues)):
            # «خلال أسبوع من الغارات»: a campaign, and a bare «قتل» in its sentence counts the campaign's dead
            return 0.0, reasons, "background-campaign", None
        q = i  # («إزالة أكثر من 450 عبوة»: a quantity between the verbal noun and the device)
        while q - 1 > lo and (s.toks[q - 1].norm.isdigit() or s.toks[q - 1].norm in number_words()
                              or s.toks[q - 1].norm in cues["quantity_words"]):
            q -= 1
        if h.form.pos == "noun" and tr.id not in cues["found_triggers"] and (
                any(s.has(k, cues["neutralised"]) for k in range(max(lo, q - 2), i)) or any(
                s.has_word(k, cues["neutralising_verbs"]) for k in range(max(lo, i - 7), i))):
            # «تفكيك سبعة ألغام»، «العثور على عبوة»، «فككت قوات الأمن أمس سيارة مفخخة»: not used
            return 0.0, reasons, "neutralised", None
        # an event already told: هذا الهجوم، الهجوم الذي وقع ... (a casualty figure makes it a report)
        if h.form.pos == "noun" and "ال" in h.prefix and not feats["toll_exact"]:
            j = s.next_word(h.end_i)
            if (i > 0 and s.has_word(i - 1, cues["demonstratives"])) or (j is not None and s.has_word(j, cues["relative"])):
                return 0.0, reasons, "reference", None
        if tr.generic and s.first(i + 1, hi, cues["verbal_attack"]) is not None and not feats["toll_number"]:
            return 0.0, reasons, "verbal", None
        if tr.generic and h.form.pos == "noun" and not feats["toll_number"] and not feats["weapon"] \
                and s.first(max(0, i - 6), i, cues["verbal_agents"]) is not None:
            return 0.0, reasons, "verbal", None  # «شن نواب وسياسيون هجوما على النائب»: a war of words
        if tr.generic and h.form.pos == "noun" and "ال" not in h.prefix and not feats["toll_number"] \
                and not feats["weapon"] and _person_launches(ctx, s, i, lo, cues):
            # «شن أسامة النجيفي هجوما على حكومة العبادي»: a named person (no armed body beside) launching an attack
            # on someone, with no weapon and no dead, attacks in words: a criticism (PLOVER ACCUSE)
            return 0.0, reasons, "verbal", "ACCUSE"
        # «بما أن الميليشيا شنوا هجمات عبر الحدود، فإن للمملكة حق الرد»: a premise («since …») states what is
        # granted to argue from, it reports nothing new (when no violent happening is told before it)
        for k in range(lo, i - 1):
            if s.has_word(k, _SINCE_AS) and s.toks[k + 1].norm in _THAT_ANY \
                    and s.clause[k] == s.clause[i] and not any(o.i < k and o.form.trigger.cls in _VIOLENT for o in hits):
                return 0.0, reasons, "passing", None
        # mentioned in passing: the first event word comes after a reason/comparison cue
        r = s.first(lo, i, cues["reason"])
        # «بعد منتصف الليل»، «وعقب فجر أمس»: a reason word followed by a time of day tells when, not why
        while r is not None and r + 1 < i and s.has(r + 1, cues["time_anchor"]):
            r = s.first(r + 1, i, cues["reason"])
        if r is not None:
            exempt = s.first(r, i, cues["reason_exempt_after"]) is not None
            # a finite verb is not inside the reason's phrase unless it opens it (بعدما قصفت، بعد أن قصفت):
            # «قامت بمداهمة … بعد صلاة العشاء واعتدت على …» reports the assault
            # (an indefinite noun's descriptive verb stays inside it: «في أعقاب هجمات استهدفت مدنيين»)
            exempt = exempt or (h.form.pos == "verb" and i - r > 2 and s.toks[i].norm[:1] in "وف")
            primary = any(o.i < r and o.form.trigger.cls in _VIOLENT for o in hits) or (
                s.first(0, r, cues["toll"]) is not None
            )
            # «شهدت مدينة كركوك أسوأ موجة عنف أمس إثر سلسلة تفجيرات … أسفرت عن مقتل 4»: with no event word before
            # the reason word, a happening after it told with its own result and dead is what the sentence reports
            # (an indefinite noun, its result told without a relative word: «بعد الهجوم الانتحاري في سروج الذي أسفر
            # عن مقتل 32» recalls a known happening)
            # (not one a span of time is counted from: «بعد يومين على هجوم انتحاري … أوقع 32 قتيلا»، nor one
            # likened: «بعد أسبوعين من هجوم مشابه … أسفر عن مقتل امرأتين»)
            exempt = exempt or (h.form.pos == "noun" and "ال" not in h.prefix and not any(o.i < r for o in hits)
                                and s.first(r + 1, i, cues["duration_nouns"]) is None
                                and not ((j := s.next_word(h.end_i)) is not None and s.has(j, lex.sets["similar_words"]))
                                and _own_result(ctx, s, h, cues))
            if not exempt and not primary:
                return 0.0, reasons, "passing", None
            # «قتل جنديان في هجوم … في أعقاب حملة القصف التركية»: a campaign named after a reason word is the
            # background of the happening told before it, not a second one
            if not exempt and h.form.pos == "noun" and i - r <= 3 and i > 0 \
                    and s.has_word(i - 1, cues["campaign_words"]):
                return 0.0, reasons, "passing", None
            # «قتل جندي في اشتباكات مع التنظيم، وذلك بعد تفجير انتحاري قتل 32 شخصا»: after «بعد» a happening
            # told with its own dead is an earlier one, not the cause of the first
            if not exempt and primary and h.form.pos == "noun" and s.has_word(r, cues["temporal_after"]) and any(
                    o.i > h.end_i and o.i - h.end_i <= 3 and o.form.trigger.id in cues["own_toll_triggers"]
                    and o.form.pos == "verb" for o in hits) and _has_number(ctx, s, h.end_i + 1, min(hi, h.end_i + 8)):
                return 0.0, reasons, "earlier", None
            # «أعلن الحزب مسؤوليته عن قتل ضابطين … قائلا إنه جاء انتقاما لتفجير انتحاري … أسفر عن مقتل 32»: what a
            # happening avenged is an earlier one, not a part of it
            if not exempt and primary and h.form.pos == "noun" and s.has_word(r, cues["retaliation_words"]) \
                    and i - r <= 3:
                return 0.0, reasons, "earlier", None
            # «شن سلاح الجو أمس أولى غاراته … وذلك بعد أربعة أيام على هجوم انتحاري»: the happening a span of
            # time is counted from is an earlier one, not this one's cause or weapon
            # (also «بعد أسبوعين على بدء غارات جوية …»: counted from the start of a campaign)
            if not exempt and primary and s.has_word(r, cues["temporal_after"]) and i - r <= 6 \
                    and s.first(r + 1, i, cues["duration_nouns"]) is not None \
                    and ((i - r <= 5 and (s.toks[i - 1].norm in ("علي", "من") or h.prefix[-1:] in ("ل",)))
                         or (i - r >= 4 and s.has_word(i - 1, cues["campaign_starts"])
                             and s.toks[i - 2].norm in ("علي", "من"))):
                return 0.0, reasons, "earlier", None
        if h.form.pos == "noun" and _avenged_deaths(s, h, hits, cues):
            return 0.0, reasons, "earlier", None
        if (jv := s.first(max(0, i - 16), i, cues["justify_verbs"])) is not None and any(
                jv < o.i <= i and o.prefix.removesuffix("ال").endswith("ب") for o in hits):
            # «وبرر … العملية العسكرية، بالهجوم الانتحاري في … ومقتل جندي»: what justified it, from its «ب» on
            return 0.0, reasons, "passing", None
        # background, history, campaigns and cumulative tolls
        if _after_series_frame(s, h, lex):
            return 0.0, reasons, "background-series", None
        # a year inside a relative clause after the word describes what it names, when the sentence has its day
        # («قتل 5 جنود أمس قرب العريش التي شهدت هجوما مماثلا عام 2013»)
        # (so does «منذ العام 2003» after it: «هي الأولى من نوعها منذ العام 2003» compares, it does not date)
        rel = s.first(h.end_i + 1, hi, cues["relative"] | _SINCE) if feats["anchor"] else None
        if _year_background(s, lo, hi if rel is None else rel, lex, ctx.published) or (
                not feats["anchor"] and _year_background(s, 0, len(s.toks), lex, ctx.published, before=True)):
            # («مهاجمة السياح في الأقصر عام 1997، إذ قتل 58 سائحا»: a year told earlier in the sentence, no day)
            return 0.0, reasons, "background-year", None
        if _since_long_ago(ctx, s, i):
            return 0.0, reasons, "background-since", None  # «ومنذ نوفمبر 2014 نفذ التنظيم ثماني عمليات …»
        if not feats["anchor"] and _whole_year(ctx, s, lo, hi):
            # «عشرات المدنيين قتلوا في ضربات جوية … هذا العام»: a year as the only time of the clause sums its
            # happenings, it tells none of them
            return 0.0, reasons, "background-year", None
        # «في العام الماضي، احتل المتظاهرون …»: a short time frame opening the sentence before a comma frames it
        if lo > 1 and s.clause[lo - 1] == s.clause[0] and s.toks[lo].norm in ("،", ",") \
                and sum(_AR.match(t.norm) is not None for t in s.toks[:lo]) <= 4 and any(
                    s.has(k, cues["background"]) and not _short_unit_before(s, k, cues)
                    and not _in_place_name(ctx, s, k) for k in range(lo)):
            return 0.0, reasons, "background", None
        if not cues["background"].isdisjoint(chain.from_iterable(s.readings[lo:hi])):
            for k in range(lo, hi):
                if s.has(k, cues["background"]) and not _in_place_name(ctx, s, k) \
                        and not _short_unit_before(s, k, cues) \
                        and not _recent_since(ctx, s, k) \
                        and not (k > i and s.first(max(i, k - 4), k, cues["superlatives"]) is not None) \
                        and not (k > h.end_i and s.toks[k].norm in _SINCE
                                 and any(o.i == k + 1 and o.form.pos == "noun" for o in hits)) \
                        and not (k > h.end_i and s.toks[k].norm[:1] == "ل" and s.toks[k].norm[1:2] in "يت") \
                        and not (k > 0 and _duration(ctx, s, k)) \
                        and not (k + 1 < len(s.toks) and s.has_word(k, cues["span_words"])
                                 and s.has_word(k + 1, cues["day_words"])):
                    # («طوال يوم أمس»، «طيلة ليلة الجمعة»: all through a day is that day, not a long span)
                    # («قيد الاعتقال الإداري لستة أشهر»، «بالسجن ثلاث سنوات»: a counted span is a duration, no frame)
                    # (nor does a result clause after it: «قصف مواقع … ليتواصل بذلك مسلسل العنف»)
                    # («ضربة … هي الأولى من نوعها منذ 2003»: a superlative compares with the past, it tells none;
                    # «قصف مواقع … ليتواصل مسلسل العنف منذ الاعتداء الانتحاري»: «منذ» dates the earlier happening
                    # named after it, not this one)
                    return 0.0, reasons, "background", None
        # a verb opening a relative clause about someone (الذي اغتالته، الذين خطفوا): background to the
        # main predication, unless the sentence gives a casualty figure
        # (ground taken told with its own day of the report is news: «جبهة العند التي استعادها الثوار بالأمس»)
        if h.form.pos == "verb" and i > 0 and s.has_word(i - 1, cues["relative"]) and not feats["toll_number"] \
                and not (tr.cls == "territory" and s.toks[i - 1].norm in ("التي", "الذي") and _own_day(s, h, hi, cues)) \
                and not _place_relative_report(ctx, s, h):
            return 0.0, reasons, "relative", None
        # «حي في جنوب المدينة كان سيطر عليه المتشددون»: «كان» with no subject, right after a noun of the clause,
        # opens a description of that noun (an asyndetic relative clause in the pluperfect): background
        if h.form.pos == "verb" and i > 1 and s.toks[i - 1].norm in _KANA and s.clause[i - 2] == s.clause[i] \
                and _AR.match(s.toks[i - 2].norm) and not feats["toll_number"]:
            return 0.0, reasons, "relative", None
    # the subject of a verb that opens a relative clause about something else, the verb's object pronoun standing
    # for it («مطار المدينة الذي دمرته المعارك»، «الدمار الذي خلفته الغارات»): a description of that thing, not a
    # report, unless told with its own day or a toll («الذي تعرض لقصف»، «الذي قام بزيارة» tell the happening)
    if h.form.pos == "noun" and i > 1 and s.has_word(i - 2, cues["relative"]) and s.clause[i - 2] == s.clause[i] \
            and not s.toks[i - 1].norm.startswith("ال") and len(s.toks[i - 1].norm) >= 4 \
            and s.toks[i - 1].norm.endswith(("ه", "ها", "هم")) and not feats["toll_number"] \
            and not _own_day(s, h, hi, cues):
        return 0.0, reasons, "relative", None
    # a passive told with a verbal noun in a relative clause about someone («الذين تم اعتقالهم»، «ممن جرى خطفهم»):
    # background to the main predication
    if h.form.pos == "noun" and i > 1 and s.has_word(i - 1, cues["periphrastic_done"]) and not feats["toll_number"] and any(
            s.has_word(k, cues["relative"] | cues["relative_who"]) for k in range(max(0, i - 4), i - 1)):
        return 0.0, reasons, "relative", None
    base = tr.weight
    continued = False
    if h.form.pos == "noun" and (
            (h.prefix[-1:] == "ل" and i > lo and s.has_word(i - 1, cues["repel_verbs"]))  # «تصدت لهجوم»: it was made
            or (h.prefix[-1:] == "ب" and any(s.has_word(k, cues["periphrastic_did"]) for k in range(max(lo, i - 4), i)))
            # «أقدمت عصابة … على إحراق»، «عمد المسلحون إلى تفجير»: a verb of undertaking, then «على/إلى» and the noun
            # (the verb may stand before a day set off by commas: «أقدمت عصابة، فجر أمس، على إحراق …»)
            or (i > 1 and not h.prefix.rstrip("ال") and s.has_word(i - 1, cues["undertook_to"])
                and any(s.has_word(k, cues["undertook_verbs"]) for k in range(max(0, i - 16), i - 1)))
            or (not h.prefix.rstrip("ال") and _managed_past(s, i, lo, cues))
            or (i > lo and not h.prefix.rstrip("ال") and s.has_word(i - 1, cues["periphrastic_done"])
                and not any(s.has_word(k, cues["relative"] | cues["relative_who"]) for k in range(max(0, i - 4), i - 1))
                and not s.toks[i].norm.endswith(("هم", "ها", "هما", "هن")))
            or (continued := h.form.pos == "noun" and not h.prefix.rstrip("ال")
                and not s.toks[i].norm.endswith(("ته", "ها", "هم", "هما", "هن")) and any(
                s.has_word(k, cues["continue_did"]) and any(
                    s.toks[k].end <= x.start and x.end <= s.toks[i].start and x.type in (1, 2, 3) for x in ctx.actors)
                for k in range(max(lo, i - 4), i)))):
        # («تم القبض على …»، «جرى اعتقال …»: the passive told with a verbal noun; not in a relative clause about
        # someone — «الذي جرى اختطافه»، «ممن تم اعتقالهم»، «الذين كان قد تم اعتقالهم» — which is background: a
        # relative word a few words back, or the pronoun of the one described on the noun)
        # «قامت بقصف أهداف»، «قامت قوات الأمن باعتقال»: «قام ب» and a verbal noun is the past verb told
        # periphrastically; so is «واصل الثوار استهداف القريتين» (an armed subject went on doing it)
        base *= _BASE["past"]
    elif h.form.pos == "noun":
        base *= _BASE["noun"]
        # (behind a preposition too: «لهجمات»، «بالغارات»)
        plural = any(r in cues["plural_generic_forms"] for r in (h.prefix + s.readings[i][-1], s.toks[i].norm,
                                                                 *s.readings[i][1:]))
        # «واستمرت الاشتباكات في محيط الزبداني»: a past verb of occurrence right before the noun, with a place
        # («ارتفعت حدة الاحتجاجات بعد الظهر»، «وتصاعدت الاحتجاجات أمس»: a verb of escalation, «حدة/وتيرة» between;
        # a time of its own stands for the place)
        ongoing = i > lo and (s.has_word(i - 1, cues["ongoing_verbs"]) or (
            i - 1 > lo and s.toks[i - 1].norm in cues["intensity_nouns"]
            and s.has_word(i - 2, cues["ongoing_verbs"] | cues["intensity_verbs"]))) \
            and (feats["place"] or feats["anchor"]) and s.first(lo, hi, cues["duration_since"]) is None
        # «أن مواجهات عنيفة دارت داخل المدينة»: an indefinite event noun, with at most an adjective, as the
        # subject of a past verb of occurrence that follows it
        ongoing = ongoing or ("ال" not in h.prefix and s.first(lo, hi, cues["duration_since"]) is None and any(
            s.has_word(k, cues["ongoing_verbs"]) and s.clause[k] == s.clause[i]
            for k in range(h.end_i + 1, min(hi, h.end_i + 3, len(s.toks)))))
        # «وخاض الجيش والمقاومة أمس معارك شرسة مع …»، «إن قواتنا تخوض الآن معارك ضارية في …»: an event noun, the
        # object of a verb of waging a few words after it, was fought (not a figurative battle: «معركة انتخابية»)
        # (indefinite: «تخوض المعارك إلى جانب …» tells who takes part; a past verb with its day only: «خاض
        # المقاتلون معارك أخرى» without one is history)
        ongoing = ongoing or (tr.cls == "violence" and "ال" not in h.prefix and any(
            (s.has_word(k, cues["wage_verbs"]) or (feats["anchor"] and s.has_word(k, cues["waged_verbs"])))
            and s.clause[k] == s.clause[i] for k in range(max(lo, i - 10), i))
            and not ((j := s.next_word(h.end_i)) is not None and s.has_word(j, cues["figurative_qualifiers"])))
        # «وفيما انطلقت في بغداد ونحو سبع محافظات مظاهرات …»: the plural is the subject of a past verb of breaking out
        # told before it in its clause, places between (verb, subject: these demonstrations happened)
        ongoing = ongoing or (feats["place"] and s.first(max(lo, i - 8), i, cues["duration_since"]) is None and any(
            s.has_word(k, cues["emerge_verbs"]) and s.clause[k] == s.clause[i] and not (k > 0 and s.has_word(k - 1, cues["relative"]))
            for k in range(max(lo, i - 8), i)))  # (not «المحافظات التي خرجت في مظاهرات»: who they are)
        # «وشنت طائرات التحالف غارات جوية على …»: the plural is the object of a past verb of launching with its
        # subject (a few words back, in its clause): these strikes were carried out, not strikes in general
        # («وشنت طائرات التحالف عددا من الغارات»: a partitive quantity before the noun stands in its place)
        back = 6 if i > 1 and s.toks[i - 1].norm == "من" and s.has_word(i - 2, cues["partitive_heads"]) else 4
        by_verb = not ongoing and any(s.has_word(k, cues["launch_past"]) for k in range(max(lo, i - back), i))
        launched = by_verb
        # the bonus needs the verb, not the verbal noun of the same letters («في شن ضربات»، «بما في ذلك شن …»): a
        # form of the verb's person («شنت»، «نفذوا») or its subject (an actor, a definite noun) between it and the
        # noun («نفذ التحالف …»)
        lv = next((k for k in range(i - 1, max(lo, i - back) - 1, -1) if s.has_word(k, cues["launch_past"])), None) \
            if by_verb else None
        # («كما شن أكثر من 40 غارة»: a particle of verbs before it makes it the verb, its subject left unsaid)
        by_verb = lv is not None and (s.toks[lv].norm.lstrip("وف").endswith(("ت", "وا"))
                                      or (lv > 0 and s.has_word(lv - 1, cues["finite_particles"])) or any(
            s.toks[lv].end <= x.start and x.end <= s.toks[i].start for x in ctx.actors)
            or any(s.toks[k].norm.startswith("ال") for k in range(lv + 1, i)))
        masdar = lv is not None and not by_verb

        # «جددت طائرات التحالف، الذي تقوده السعودية، غاراتها على …»: a plural with the pronoun of its subject, the
        # object of a past verb of launching, going on or renewing told before it with that subject (an actor)
        # between them: these strikes were carried out (not «غاراتها» as a topic: «منذ بدء غاراتها»)
        owned = plural and not h.prefix and s.toks[i].norm.endswith(("ها", "هم")) and any(
            (s.has_word(k, cues["launch_past"]) or s.has_word(k, cues["continue_did"])
             or s.has_word(k, cues["renew_past"])) and not s.toks[k].norm.startswith("ال")
            and any(s.toks[k].end <= x.start and x.end <= s.toks[i].start and x.type in (1, 2, 3, 8) for x in ctx.actors)
            for k in range(max(0, i - 10), i - 1))
        launched = launched or owned
        # («تعرضت مدينة الباب لغارات جوية عنيفة»: a named place subjected to strikes took them)
        launched = launched or (h.prefix[-1:] == "ل" and feats["place"]
                                and any(s.has_word(k, cues["subjected_verbs"]) for k in range(max(lo, i - 5), i)))
        # («وأربع غارات أخرى على ريف إدلب»: strikes counted with a figure are particular ones, not strikes in
        # general; «عشرات الغارات» is not a count)
        counted = any(n.noun_start is not None and s.toks[i].start <= n.noun_start < s.toks[i].end
                                 and not n.vague and n.value for n in ctx.numbers)
        if plural and not feats["toll_number"] and not feats["anchor"] and not ongoing and not launched \
                and not counted:
            return 0.0, reasons, "generic-plural", None
        if counted and "ال" not in h.prefix and not masdar:
            base += 0.1
            reasons.append("counted")
        if ongoing:
            base += 0.2
            reasons.append("ongoing_verb")
        elif owned:
            base += 0.15
            reasons.append("launched")
        elif by_verb and "ال" not in h.prefix and not plural:
            base += 0.15  # «ونفذت الطائرات غارة على …»: strikes told as carried out (the object of شن/نفذ) were
            reasons.append("launched")
        if "ال" not in h.prefix and (h.prefix.lstrip("و")[:1] == "ب" or (i > 0 and s.toks[i - 1].norm == "عن")) \
                and any(s.has_word(k, cues["report_finite"]) and s.clause[k] == s.clause[i]
                        for k in range(max(lo, i - 8), i)):
            # «أفادت مصادر في المقاومة في عدن باعتقال …»، «أعلنت الوزارة عن مقتل …»: the happening is what a source
            # reports (its verbal noun after «بـ/عن» governed by a finite verb of reporting)
            base += 0.15
            reasons.append("reported")
        if any(o.form.pos == "verb" and o.form.tense == "past" and o.form.trigger.cls in _VIOLENT
               and 0 < i - o.end_i <= 2 and s.clause[o.i] == s.clause[i] for o in hits):
            base += 0.15  # «استهدفت غارة أخرى …»: the event noun is the subject or object of a past event verb
            reasons.append("verb_noun")
        elif h.prefix.lstrip("و") == "ب" and tr.cls in _VIOLENT and any(
                o.form.pos == "verb" and o.form.tense == "past" and o.form.trigger.cls in _VIOLENT
                and (o.i == lo or o.prefix.rstrip("ال") in ("و", "ف"))
                and 2 < i - o.end_i <= 16 and s.clause[o.i] == s.clause[i] for o in hits):
            # (the verb opens its clause or is joined by «و»/«ف»: not a noun read as a verb, «عمليات قتل»)
            base += 0.15  # «واستهدفت المليشيات منازل المدنيين في أحياء المدينة بقصف عنيف»: the means of the past attack
            reasons.append("means")
        elif "ال" not in h.prefix and any(
                o.form.pos == "verb" and o.form.tense == "past" and o.form.trigger.cls in _VIOLENT and not o.prefix
                and 0 < o.i - h.end_i <= 2 and s.clause[o.i] == s.clause[i] for o in hits):
            base += 0.15  # «على انفجارات ضخمة استهدفت سيارات …»: an indefinite event noun described by what it did
            reasons.append("noun_verb")
        elif tr.cls in _VIOLENT and "ال" not in h.prefix and (j := s.next_word(h.end_i)) is not None \
                and s.toks[j].norm.lstrip("و") in _LAUNCHED_BY:
            base += 0.15  # «في هجوم شنه مقاتلو المقاومة على حافلة»: an attack told with who launched it
            reasons.append("launched_by")
        elif tr.cls == "protest" and (s.first(max(lo, i - 8), i, lex.sets["protest_intervention"]) is not None
                                      or s.first(max(lo, i - 8), i, cues["protest_organise"]) is not None):
            base += 0.2  # «فرقت الشرطة … مظاهرة»، «نظم … اعتصاماً»: a protest dispersed or organised happened
            reasons.append("dispersed")
        elif tr.cls == "protest" and s.first(i + 1, min(hi, i + 5), cues["protester_actions"]) is not None:
            base += 0.2  # «تظاهرات لحوثيين رفعوا الأعلام»: the protesters are told doing it
            reasons.append("protester_action")
    elif h.form.tense == "imperf":
        base *= _BASE["imperf"]
    else:
        base *= _BASE["past"]
    if tr.cls in _VIOLENT and i >= 2 and "ال" not in h.prefix and s.toks[i - 1].norm == "عن" \
            and s.has(i - 2, cues["claim_words"]) and s.first(max(0, i - 5), i - 2, cues["negation"]) is None:
        # «أعلنت الحركة مسؤوليتها عن قتل نائب …»: a happening claimed took place (not «لم يعلنوا المسؤولية عن
        # تفجير …», and not a definite noun taking up one told before: «مسؤوليتهم عن الهجوم»)
        base += 0.15
        reasons.append("claimed")
    if tr.cls in _VIOLENT and h.prefix.lstrip("وف") == "ل" and h.form.pos == "noun" \
            and any(s.has_word(k, cues["subjected_past"]) for k in range(max(lo, i - 8), i)):
        # «تعرضت عدة قرى حدودية لسقوط قذائف»: a place or a force subjected (past tense)
        # to the happening underwent it («تتعرض القرى للقصف» is what goes on, no report)
        base += 0.25
        reasons.append("subjected")
    if s.first(lo, i, cues["relative"]) is not None and not (tr.need_before and tr.cls == "political") \
            and not (tr.cls == "territory" and h.form.pos == "verb" and _own_day(s, h, hi, cues)) \
            and not (tr.cls in _VIOLENT and _place_relative_report(ctx, s, h)):
        base -= 0.2  # told inside a relative clause about someone: background more often than report
        reasons.append("relative")
    score = base
    if tr.id in cues["aircraft_subject_triggers"] and not any(
            s.has(k, cues["aircraft_words"]) for k in (
                range(max(0, i - 14), i) if h.form.pos == "noun" else (*range(max(0, i - 2), i), *range(i + 1, min(len(s.toks), i + 4))))):
        # «ودمرت مقاتلات التحالف رتلا …»، «تمكنت طائرات القوة الجوية من تدمير 4 أوكار»: destroyed by aircraft, its
        # subject, is a strike; «دمر الزلزال القرية»، «تدمير الاقتصاد» are not, nor «الغارة دمرت سيارة» (the strike told)
        return 0.0, reasons, "no-aircraft", None
    if tr.id in cues["armed_subject_triggers"] and not _subject_actor(ctx, s, h, (2, 3)) \
            and not _actor_before(ctx, s, h, (2, 3)):
        return 0.0, reasons, "judicial", None  # «أعدمت السلطات …»: a state's judicial execution, not an attack
    if (tr.cls == "territory" or (tr.id in ("kill", "storm") and _subject_actor(ctx, s, h, (2, 3)))) and h.form.pos == "verb" \
            and _subject_actor(ctx, s, h):
        # «استعادت قوات الشرعية مدينة …»، «قتل مسلحون أمس رجلا …»: an armed force is the subject of the verb
        score += 0.15
        reasons.append("armed_subject")
    elif tr.id == "attack" and h.form.pos == "noun" and _repelled(s, i, lo):
        # «تصدت المقاومة أمس لهجوم …»، «صدت القوات هجوما للحوثيين»: an attack repelled was fought off (a battle)
        score += 0.15
        reasons.append("repelled")
    elif tr.id in ("storm", "attack") and h.form.pos == "verb" and h.form.tense == "past" and not h.prefix \
            and _actor_before(ctx, s, h, (2, 3)):
        # «ضد مسلحين اقتحموا مركزا للشرطة اليوم»: a non-state armed group right before the verb of storming or
        # attacking is its subject (no state: «القوات اقتحمت» is already read after the verb or as its own report)
        score += 0.15
        reasons.append("armed_subject")
    elif tr.cls == "territory" and h.form.pos == "verb" and h.form.tense == "past" and _actor_before(ctx, s, h, (1, 2, 3)) \
            and not (i > 0 and s.toks[i - 1].norm == "قد" and s.first(lo, i, _KANA) is not None):
        # «وقالت مصادر إن القوات العراقية سيطرت على مناطق …»: the armed force is the subject before the verb
        # (not in the pluperfect, «وكان مقاتلون … قد استولوا على عدن»: background more often than not)
        score += 0.15
        reasons.append("armed_subject")
    elif tr.id == "target" and feats["weapon"] and (continued or h.form.pos == "verb" and (
            (j := s.next_word(h.end_i)) is not None
            and any(x.start == s.toks[j].start and x.type in (1, 2, 3) for x in ctx.actors))):
        # «استهدف الثوار مساكن الضباط بالمدفعية الثقيلة»: an armed force aiming a weapon at something
        score += 0.15
        reasons.append("armed_subject")
    elif tr.cls == "arrest" and h.form.pos == "verb" and h.form.tense == "past" and _subject_actor(ctx, s, h, (1,)):
        score += 0.15  # «أوقفت السلطات السودانية المدعو فلان»: a state's authorities or forces arrest
        reasons.append("state_subject")
    elif tr.cls == "political" and h.form.pos == "verb" and h.form.tense == "past" and _subject_actor(ctx, s, h, None):
        score += 0.2  # «دعا النائب فلان إلى …»، «طالب الاتحاد الدولي …»: a named party is the subject
        reasons.append("named_subject")
    for key, w in _BONUS:
        if feats[key]:
            score += w
            reasons.append(key)
    return min(score, 1.0), reasons, None, ("LOOT" if seized else None)


def _before_the_question(s: _Sentence, i: int, cues: dict[str, frozenset[str]]) -> bool:
    """«… قامت بقصف مواقع للنصرة أمس، وذلك بعد …، فكيف تنفي أميركا …؟»: a question asked at the end of a long
    sentence, opened by a question word after a comma, does not make the statement before it a question."""
    q = next((k for k in range(len(s.toks) - 1, i, -1) if s.toks[k].norm in ("؟", "?")), None)
    if q is None:
        return False
    asks = cues["question_initial"]
    k = next((k for k in range(q - 1, i, -1) if s.has_word(k, asks)), None)
    # (not in a sentence of questions from its start, «هل …، لماذا …»: every part of it is asked)
    return k is not None and k > 0 and s.toks[k - 1].norm in _COMMAS and s.clause[k] != s.clause[i] \
        and not any(s.has_word(j, asks) for j in range(i))


def _sentence_tokens(ctx: DocContext, starts: list[int], sent: tuple[int, int]) -> list[Token]:
    a = bisect_left(starts, sent[0])
    b = bisect_left(starts, sent[1])
    return ctx.tokens[a:b]


def detect(ctx: DocContext, *, keep_rejected: bool = False, rerank: bool = True) -> list[EventMention]:
    """Event mentions of a document, in text order (rejected ones too when asked).

    With ``rerank`` (default) the trained re-ranker (`marsad.events.rerank`) reviews the violent and
    protest candidates after the rules: it may drop an accepted one (reason ``rerank``) or take back
    a rejected one (its reasons then hold ``rescued:<rule reason>``)."""
    lex = load_lexicon()
    starts = ctx.token_starts or [t.start for t in ctx.tokens]
    is_trigger = _trigger_words(lex).__getitem__
    out: list[EventMention] = []
    sport_doc: bool | None = None  # computed when a sentence first has a trigger
    for si, sent in enumerate(ctx.sentences):
        toks = _sentence_tokens(ctx, starts, sent)
        if not toks or _item_heading(ctx.text, sent, len(toks)):
            continue
        if not any(map(is_trigger, map(_NORM, toks))):
            continue  # no reading of any word is a trigger form: no hits (most sentences)
        s = _Sentence(toks, lex)
        hits = _find_hits(s, lex)
        if hits:
            hits = [h for h in hits if not _masdar_spelt(ctx.text, toks[h.i], h, s.readings[h.i], lex)
                    and not (not h.prefix and _inside_actor(ctx, toks[h.i], ("person",), after_first=True))]
            # («جلال طالباني»: a word inside a person's name after its first word is part of the name, not a verb)
            # («فجر الخميس»: a word of a date expression is the time of day, not the verb «فجّر»)
            hits = [h for h in hits if not any(d.start <= toks[h.i].start < d.end for d in ctx.dates)]
        if hits and si > 0:
            head = _crosshead(toks, lex)
            hits = [h for h in hits if h.i >= head]
        if hits and toks[0].norm in lex.cues["background_openers"] \
                and not _told_as_news(ctx, sent, [toks[h.i].start for h in hits]):
            hits = []  # «ويذكر أن …»، «يشار إلى أن …»: background recalled, not a new report
        if not hits:
            continue
        feats = _sentence_features(ctx, s, lex, sent)
        first_out = len(out)
        if sport_doc is None:
            sport_doc = _sport_document(ctx, lex)
        feats["sport_doc"] = sport_doc
        for h in hits:
            tr = h.form.trigger
            score, reasons, rejected, convert = _assess(ctx, s, h, lex, feats, hits)
            lo, hi = s.clause_range(h.i)
            acled = tr.acled
            plover = tr.plover
            cls = tr.cls
            if convert == "THREATEN":
                acled, plover, cls, rejected, score = None, ("THREATEN", "threat of force"), "political", None, 0.6
            elif convert == "ACCUSE" and rejected == "verbal":
                acled, plover, cls, rejected, score = None, ("ACCUSE", "criticize"), "political", None, 0.6
            elif convert == "LOOT":
                acled, plover = ("Strategic developments", "Looting/property destruction"), ("COERCE", "seize")
            if tr.cls == "political" and h.form.tense == "imperf" and rejected is None \
                    and (_condemns_a_happening(s, h, hits, lex) or _released_content(s, h, lex)):
                # «البحرين تدين الجريمة»: the reaction to a happening named; «بث تسجيلا يهدد فيه»: what it said
                score = max(score, 0.65)
            need = _THRESHOLD.get(cls + "_noun" if h.form.pos == "noun" and cls + "_noun" in _THRESHOLD else cls, 0.6)
            if rejected is None and score < need:
                rejected = "weak"
            if tr.cls == "political" and h.form.tense == "imperf" and convert is None and not tr.need_before \
                    and not _condemns_a_happening(s, h, hits, lex) and not _released_content(s, h, lex) \
                    and not (tr.id in lex.cues["today_triggers"] and "س" not in h.prefix
                             and s.first(lo, hi, lex.cues["today_words"]) is not None
                             and s.first(lo, hi, lex.cues["future"] | lex.cues["tomorrow_words"]) is None):
                # (a trigger that needs its happening before it — «وصلت سفينة تحمل مساعدات» — describes that one;
                # «البحرين تدين الجريمة»: a condemnation in the present of a happening named is the reaction)
                rejected = rejected or "imperfective"
            if rejected is None and h.form.pos == "noun" and "ال" in h.prefix:
                # «على خلفية هجوم … إذ أدى الهجوم إلى …»: the definite noun takes up the mention before it in
                # its sentence; when that one was told in passing or as background, so is this one
                prior = next((o for o in out[first_out:] if o.trigger.id == tr.id and o.rejected in _NOT_NEW), None)
                if prior is not None:
                    rejected = prior.rejected
                    reasons = [*reasons, "repeats"]
            if rejected is None and h.form.pos == "noun" and tr.id in lex.cues["instrument_triggers"] and h.i > 0 and (
                    s.toks[h.i - 1].norm in lex.cues["instrument_words"] or h.prefix.removesuffix("ال").endswith("ب")):
                # «التحقيق في حادث الاعتداء على سيارة … بواسطة سيارة مفخخة»: the weapon of an event named just before
                # in its sentence (as a topic, a reaction, in passing) is that event's, named the same way
                named = next((o for o in reversed(out) if o.sent_index == si and o.cls in _VIOLENT
                              and h.i - o.token_i <= 12 and o.rejected in _NAMED_ONLY), None)
                if named is not None:
                    rejected = named.rejected
                    reasons = [*reasons, "instrument"]
            if rejected is None and h.form.pos == "noun" and tr.cls in _VIOLENT and h.i > 0 \
                    and s.has_word(h.i - 1, lex.cues["demonstratives"]):
                # «… بعد أقل من أسبوع على تفجير انتحاري وقع الجمعة في خان بني سعد. وأدى هذا التفجير إلى مقتل 120»:
                # «هذا التفجير» takes up the happening told just before it; told as background there, so it is here
                last = next((o for o in reversed(out) if o.cls in _VIOLENT and o.sent_index >= si - 1), None)
                if last is not None and last.rejected in _NOT_NEW | {"background"}:
                    rejected = last.rejected
                    reasons = [*reasons, "repeats"]
            m = EventMention(
                sent=sent,
                clause=(toks[lo].start, toks[hi - 1].end),
                start=toks[h.i].start,
                end=toks[h.end_i].end,
                trigger=tr,
                pos=h.form.pos,
                tense=h.form.tense,
                cls=cls,
                acled=acled,
                plover=plover,
                score=score,
                token_i=h.i,
                sent_index=si,
                reasons=reasons,
                rejected=rejected,
            )
            out.append(m)
        _cut_before_earlier(out, first_out, s, toks, lex)
    if rerank:
        from marsad.events import rerank as _rerank

        _rerank.apply(ctx, out)
    return out if keep_rejected else [m for m in out if m.rejected is None]
