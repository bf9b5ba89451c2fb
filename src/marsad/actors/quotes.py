"""Quotes: direct quotations («...», “...”, "...") and reported speech (قال إن ...).

Rules (conservative, so that precision stays high):
- a quoted span is a *direct quote* only when a speech cue (قال, أضاف, أكد, وصف, عدّ, في بيان,
  مضيفاً, قوله ...) precedes it in the same sentence, either with a complementiser (إن/أن/بأن/:)
  at most 12 words before the quote, or within 6 words of it; or when a speech verb follows it
  within 3 words («...»، قال X).  Scare quotes and names in guillemets («داعش») are not quotes.
- *reported speech*: a speech verb (class ``speech``) opening a clause, an identified speaker,
  a complementiser within 8 words, and no direct quote in the clause; the quote runs from the
  complementiser to the end of the sentence.  Reporting verbs (ذكر, أفاد, أعلن ...) give
  sources, not quotes.
- speaker: an actor (or a typed anonymous source) within 3 words after the cue; otherwise the
  previous quote's speaker (a quote broken by «وأضاف»), or for a participle (معتبراً, مضيفاً)
  the first actor of the sentence.
- the same speaker repeating words already quoted (one contained in the other, or sharing
  five consecutive words) gives one quote with several evidence spans.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from marsad.actors.find import Analysis, _prev_word, analyse
from marsad.actors.lexicon import role_data
from marsad.actors.sources import _actor_spans, _longest_at, _words_between
from marsad.arabic.anchored import matches_at, word_starts
from marsad.arabic.normalize import normalize_text
from marsad.mentions import ActorMention, QuoteMention

_OPEN = {"«": "»", "“": "”", "„": "”", "‹": "›"}
_CLOSE = {"»", "”", "›"}
_COMPLEMENTISERS = frozenset(normalize_text(w) for w in
    "ان انه انها انهم انهما اننا انني بان بانه بانها بانهم بانهما باننا وان وانه وانها لان".split()
)
_SENT_END = ".!?؟\n؛"
# «إلا أن», «رغم أن», «بعد أن»: أن after these words opens no reported speech
_NOT_SPEECH_BEFORE_COMP = frozenset(normalize_text(w) for w in "إلا الا رغم برغم بعد قبل حين منذ لو بما مجرد سبق وسبق يسبق".split())
_UNKNOWN = ActorMention(0, 0, "", "", None, kind="unknown")  # an explicit subject that is no known actor
_CLAUSE_OPENERS = frozenset(normalize_text(w) for w in "كما ثم بدوره بدورها وبدوره وبدورها فيما بينما قد وقد لقد فقد".split())
_DROP_OK = frozenset(normalize_text(w) for w in (
    "الى علي في ايضا امس اليوم كذلك بالقول قائلا خلال عبر حول بدوره بدورها مرة اخرى مجددا البيان بيان"
).split())
_ISSUER_LINKS = frozenset(normalize_text(w) for w in "صادر الصادر صادرا عن من له لها".split())
_ISSUING_VERB_RE = re.compile("(?:اعد|اصدر|نشر|وزع|اطلق|قدم|رفع)(?:ت|تا|وا)?(?:ه|ها)$")
_MAX_DIRECT_GAP = 6
_MAX_COMP_GAP = 16
_MAX_LONG_GAP = 16  # «قال X ...، لوكالة ...، «...»»: speaker and medium, then a comma
_MAX_SPEAKER_GAP = 3
_MAX_INDIRECT_GAP = 22


_MARKS_RE = re.compile('[«»“”„‹›"\n]')
_REVERSED = "”>"  # (the stack's mark for a quotation opened by ”)


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Top-level quoted spans (original offsets of the content, marks excluded).

    A quotation left open at the end of a paragraph continues into the next paragraph
    when that paragraph closes it (a long quotation over two paragraphs); otherwise it
    ends with its paragraph.
    """
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    ascii_open = -1
    marks = list(_MARKS_RE.finditer(text))
    for k, m in enumerate(marks):
        i = m.start()
        ch = m.group()
        if ch == "\n":
            opened = stack[0][1] if stack else ascii_open
            if opened < 0:
                continue
            # does the next paragraph close it before opening anything else?
            closes = False
            for m2 in marks[k + 1:]:
                c2 = m2.group()
                if c2 == "\n":
                    if m2.start() > i + 1:
                        break
                    continue
                closes = (c2 in _CLOSE and bool(stack)) or (c2 == '"' and ascii_open >= 0)
                break
            if closes:
                continue
            j = i
            while j > opened and text[j - 1] in " \t\r":
                j -= 1
            if len(text[opened + 1:j].split()) >= 5:
                out.append((opened + 1, j))  # an unclosed quotation ends with its paragraph
            stack.clear()
            ascii_open = -1
        elif ch == "“" and stack and stack[-1][0] == _REVERSED:
            _o, st = stack.pop()  # «: ” … “»: a quotation typed with the marks the other way round
            if not stack and ascii_open < 0:
                out.append((st + 1, i))
        elif ch == "”" and not stack and ascii_open < 0 and (i == 0 or text[i - 1] in " \t\n:(") \
                and i + 1 < len(text) and text[i + 1] != "\n":
            stack.append((_REVERSED, i))  # a ” after a space or a colon opens (it closes right after a word)
        elif ch in _OPEN:
            stack.append((ch, i))
        elif ch in _CLOSE:
            if stack:
                _o, st = stack.pop()
                if not stack and ascii_open < 0:
                    out.append((st + 1, i))
        elif ch == '"' and not stack:
            if ascii_open < 0:
                ascii_open = i
            else:
                out.append((ascii_open + 1, i))
                ascii_open = -1
    if stack or ascii_open >= 0:
        opened = stack[0][1] if stack else ascii_open
        j = len(text.rstrip())
        if len(text[opened + 1:j].split()) >= 5:
            out.append((opened + 1, j))
    return [(s, e) for s, e in out if e > s and text[s:e].strip()]


_WORD_RE = re.compile(r"[^\W\d_]+")


def _words(norm: str) -> list[str]:
    return _WORD_RE.findall(norm)


@lru_cache(maxsize=4)
def _stmt_re(nouns: frozenset[str]) -> re.Pattern[str]:
    """The letter runs (``_WORD_RE`` words) that are one of ``nouns``, or one of them after و/ب/ل.

    The look-arounds use ``_WORD_RE``'s class, so a match is always a whole ``_WORD_RE`` word; nouns that
    are not one word of that class could never equal such a word and are left out.
    """
    alts = sorted((w for w in nouns if _WORD_RE.fullmatch(w)), key=lambda w: (-len(w), w))
    if not alts:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![^\W\d_])[وبل]?(?:" + "|".join(map(re.escape, alts)) + r")(?![^\W\d_])")


def _stmt_spans(nouns: frozenset[str], norm: str) -> list[tuple[int, int]]:
    """The spans of ``_stmt_re(nouns).finditer(norm)``, the pattern tried (anchored, left to right, after
    the previous match) only where a noun occurs or one letter before it, not at every position."""
    return [m.span() for m in matches_at(_stmt_re(nouns), norm, word_starts(norm, nouns, before=1))]


_SENT_END_RE = re.compile("[.!?؟\n]")


def _sentence_ends(norm: str, qspans: list[tuple[int, int]]) -> list[int]:
    """Positions of sentence-ending marks that are not inside a quotation."""
    ends = [m.start() for m in _SENT_END_RE.finditer(norm)]
    if qspans:
        starts = [s for s, _e in qspans]
        keep = []
        for i in ends:
            k = bisect_right(starts, i) - 1
            if norm[i] == "\n" or k < 0 or i >= qspans[k][1]:
                keep.append(i)
        ends = keep
    return ends


def _sentence_bounds(norm: str, pos: int, ends: list[int]) -> tuple[int, int]:
    """Sentence around normalised offset ``pos`` given the sentence-end marks ``ends``."""
    k = bisect_left(ends, pos)
    s = ends[k - 1] + 1 if k > 0 else 0
    e = ends[k] if k < len(ends) else len(norm)
    return s, e


def _is_name(an: Analysis, s: int, e: int, longest_end: dict[int, int]) -> bool:
    """Quoted text that is just a name (an actor, a media outlet, a country)."""
    from marsad.actors.lexicon import lexicon

    content = an.norm.text[s:e].strip(" .،,")
    lex = lexicon()
    if lex.lookup(content) is not None or content in lex.countries:
        return True
    return any(longest_end.get(k, -1) >= e - 1 for k in (s - 1, s, s + 1))


def _role_end(m: ActorMention, nz: object) -> int:
    """Normalised end of a person's role (-1 without one)."""
    return -1 if m.role_end is None else nz.from_original(m.role_end)  # type: ignore[attr-defined]


def _lead_start(m: ActorMention, rs: int, nz: object) -> int:
    """Where a mention's phrase begins: a person's role before the name («دان رئيس المجلس X»), else ``rs``."""
    if m.role_start is None or m.role_start >= m.start:
        return rs
    return min(rs, nz.from_original(m.role_start))  # type: ignore[attr-defined]


def _kin_before(norm: str, pos: int, kin: frozenset[str]) -> bool:
    """The word right before ``pos`` (a person's phrase) is a kinship noun in construct («والد», «وشقيق»)."""
    w = _prev_word(norm, pos)
    return bool(w) and (w in kin or (len(w) > 2 and w[0] in "وفل" and w[1:] in kin))


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    """«سماحته», «معاليه» ... (actor_roles.json ``honorific_pronouns``), normalised."""
    raw = resources.files("marsad.data").joinpath("actor_roles.json").read_text(encoding="utf-8")
    return frozenset(normalize_text(w) for w in json.loads(raw).get("honorific_pronouns", []))


def _anon_speaker(an: Analysis, s: int, e: int, val: object, text: str) -> ActorMention:
    os_, oe = an.norm.span(s, e)
    name = str(val[0]) if isinstance(val, list) else str(val)
    return ActorMention(os_, oe, text[os_:oe], name, None, None, "source", confidence=0.6)


def find_quotes(text: str, actors: list[ActorMention] | None = None) -> list[QuoteMention]:
    """Direct and reported quotes of ``text``, in order, with speaker and medium."""
    an = analyse(text, False)
    nz = an.norm
    norm = nz.text
    spans = _actor_spans(an, actors)
    prev: str | QuoteMention  # (declared for mypyc: the name is reused for the previous quotation below)
    kin = role_data()["kin_nouns"]
    # «قال والد الشهيد فلان إن», «أحد أقارب الضحية فلان»: the named person is the speaker's kin; the
    # relative who speaks is not named (no speaker)
    spans = [(rs, s_, e_, _UNKNOWN if m.kind == "person" and _kin_before(norm, rs, kin) else m)
             for rs, s_, e_, m in spans]
    span_starts = [t[0] for t in spans]
    end_rs: dict[int, int] = {}  # normalised end of an actor (or of a person's role) -> its start
    for rs, _s, e_, m in spans:
        for x in (e_, _role_end(m, nz)):
            if x >= 0:
                end_rs[x] = max(end_rs.get(x, -1), rs)
    anon_at = _longest_at([h for h in an.hits if h.tag == "anon"])
    media = [h for h in an.hits if h.tag == "media"]
    attrib_starts = frozenset(h.start for h in an.hits if h.tag == "cue")
    oq = _quote_spans(text)
    qn = [(nz.from_original(s), nz.from_original(e)) for s, e in oq]
    cues = sorted((h for h in an.hits if h.tag in ("verb", "stmt")), key=lambda h: h.start)
    cues = [h for h in cues if not any(s <= h.start < e for s, e in qn)]
    ends = _sentence_ends(norm, qn)
    longest_end: dict[int, int] = {}
    for h in an.hits:
        if h.tag in ("alias", "media", "country", "head"):
            longest_end[h.start] = max(longest_end.get(h.start, -1), h.end)
    for cs, ce in an.actor_norm:
        longest_end[cs] = max(longest_end.get(cs, -1), ce)
    names = {(s, e) for s, e in qn if _is_name(an, s, e, longest_end)}
    preceders = role_data()["quoted_name_preceders"]
    country_at = [h.start for h in an.hits if h.tag in ("country", "demonym")]
    qwords = {(s, e): len(_words(norm[s:e])) for s, e in qn}  # words of each quotation, counted once
    for s, e in qn:
        if qwords[(s, e)] <= 3 and any(s <= c < e for c in country_at):
            names.add((s, e))  # «"شرق تركيا"»
    for s, e in qn:
        if qwords[(s, e)] <= 3:
            w = _prev_word(norm, s - 1)
            if w in preceders or (len(w) > 2 and w[0] in "وبل" and w[1:] in preceders) or norm[s - 2:s - 1] in ("ب", "ل"):  # بـ«X», لـ"X": a name after a glued preposition
                names.add((s, e))
    verb_ends = [h.end for h in cues if h.tag == "verb"]
    for s, e in qn:  # «قال «اليوسفي»: a one- or two-word quotation right after a verb is its subject
        if qwords[(s, e)] <= 2 and any(0 <= s - ve <= 3 for ve in verb_ends):
            names.add((s, e))
    real_q = [(s, e) for s, e in qn if (s, e) not in names]
    real_starts = [s for s, _e in real_q]

    def _inside(i: int) -> bool:
        k = bisect_right(real_starts, i) - 1
        return k >= 0 and i < real_q[k][1]

    last_sent = (-1, -1)

    def _subject_before(v: int, sent_start: int) -> ActorMention | None:
        """SVO: an actor ending at most three words (كانت قد ...) before the verb at ``v``."""
        best = None
        for rs, _s, e_, m in spans:
            if rs < sent_start or e_ > v:
                continue
            if m.kind not in ("country", "generic") and len(_WORD_RE.findall(norm, e_, v)) <= 2 \
                    and '"' not in norm[e_:v] and "،" not in norm[e_:v]:
                best = m
        return best

    stmt_nouns = role_data()["statement_nouns"]
    # words that are a statement noun, or one after و/ب/ل: one regex pass (_stmt_re), not a Python loop per word
    stmt_words = _stmt_spans(stmt_nouns, norm) \
        if any(w in norm for w in ("بيان", "بلاغ", "تقرير")) else []

    def _issuer(ws: int, we: int) -> ActorMention | None:
        """Who issued the statement noun at norm[ws:we]: an actor right after it («بيان الوزارة»,
        «بيان صادر عن X»), else the subject just before it («أصدرت X بيانا», «قالت X في بيان»)."""
        between_ok = True
        for rs, _s, _e, m in spans:
            if rs < we:
                continue
            words = _WORD_RE.findall(norm, we, rs)
            if m.kind not in ("country", "generic") and all(w in _ISSUER_LINKS for w in words):
                return m
            # «تقرير أعدته دائرة … في منظمة X» (made-up): a verb of issuing with a pronoun after the
            # noun; its subject (or the body the subject belongs to) within six words, same clause
            if (between_ok and words and _ISSUING_VERB_RE.match(words[0]) and len(words) <= 6
                    and m.kind not in ("country", "generic", "person", "source")
                    and not any(c in norm[we:rs] for c in '"،,.:')):
                return m
            between_ok = False
            break
        if "ال" in norm[ws:ws + 3]:
            return None  # «البيان» refers back to a statement named before
        best = None
        for _rs, _s, e_, m in spans:
            if e_ > ws:
                break
            if m.kind not in ("country", "generic", "source") and _words_between(norm, e_, ws) <= 3 \
                    and not any(c in norm[e_:ws] for c in '"،,.:'):
                best = m
        return best

    def statement_body(pos: int) -> ActorMention | None:
        """The speaker of «وأضاف البيان», «وجاء في بيان», «وأشار البيان إلى أن» ending at ``pos``:
        the issuer of the latest statement noun up to there, else the latest body (organisation,
        government, international body) named before it: a statement is not a person's words."""
        for ws, we in reversed(stmt_words):
            if ws >= pos + 40:
                continue
            if we > pos and _words_between(norm, pos, ws) > 1:
                continue
            m = _issuer(ws, we)
            if m is not None:
                return m
        best = None
        for rs, _s, _e, m in spans:
            if rs >= pos:
                break
            if m.kind in ("org", "state", "intl", "coalition") and not _inside(rs):
                best = m
        return best

    def _stmt_noun_next(pos: int) -> bool:
        k = bisect_left(stmt_words, (pos, -1))
        return k < len(stmt_words) and _words_between(norm, pos, stmt_words[k][0]) == 0

    def speaker_after(pos: int, sent_start: int, cue_kind: str, last: ActorMention | None,
                      stop: int) -> ActorMention | None:
        """The speaker of a cue ending at ``pos``; ``stop`` = where the words said begin."""
        if stmt_words and _stmt_noun_next(pos):
            return statement_body(pos)  # «وأضاف البيان»: the body that issued it
        k = bisect_left(real_starts, pos)
        if k < len(real_starts):
            stop = min(stop, real_starts[k] - 1)  # never look inside a quotation
        ws = pos
        while ws < stop:  # the subject comes before the complementiser
            while ws < stop and not norm[ws].isalpha():
                ws += 1
            we = ws
            while we < stop and norm[we].isalpha():
                we += 1
            if norm[ws:we] in _COMPLEMENTISERS:
                stop = ws
                break
            ws = we
        best = None
        for rs, _s, _e, m in spans:
            if rs < pos:
                continue
            if rs >= stop or _words_between(norm, pos, rs) > _MAX_SPEAKER_GAP:
                break
            if m.kind != "country" or (_words_between(norm, pos, rs) == 0 and cue_kind == "speech"):
                best = m  # «وقالت تركيا إن»: a country right after the verb speaks
                break
        if best is not None and best.kind != "person":
            # «صرحت مفوضة الشرطة في المدينة، فلانة الفلانية، بأن» (made-up): the body is inside the
            # description; the person in apposition after it speaks
            for rs, _s, _e, m in spans[bisect_right(span_starts, pos):]:
                if m.kind != "person":
                    continue
                if rs >= stop or _words_between(norm, pos, rs) > _MAX_LONG_GAP:
                    break
                if norm[pos:rs].rstrip().endswith(("،", ",")):
                    best = m
                    break
        if best is None:
            # a long description before the name: the first person before the words said
            for rs, _s, _e, m in spans:
                if rs < pos:
                    continue
                if rs >= stop or _words_between(norm, pos, rs) > _MAX_LONG_GAP:
                    break
                if m.kind == "person":
                    best = m
                    break
        for st, h in anon_at.items():
            if pos <= st < stop and _words_between(norm, pos, st) <= 1:
                if best is None or st < nz.from_original(best.role_start or best.start):
                    best = _anon_speaker(an, st, h.end, h.value, text)
        if best is not None:
            return best
        for h in media:
            if pos <= h.start < stop and _words_between(norm, pos, h.start) <= 2 and norm[h.start - 1] != "ل":
                return _UNKNOWN  # a news agency reports: a source, not a speaker
        nxt = _WORD_RE.search(norm, pos, stop + 1 if stop < len(norm) else stop)
        gap = norm[pos:nxt.start()] if nxt else norm[pos:stop]
        if nxt is not None and ":" not in gap and '"' not in gap and cue_kind != "particip":
            w = nxt.group()
            if w in _honorifics() and nxt.start() < stop:
                # «وقال سماحته: ...»: the person named before
                before = [m for rs, _s, _e, m in spans if rs < pos and m.kind == "person" and not _inside(rs)]
                if before:
                    return before[-1]
            if not (w in _COMPLEMENTISERS or w in _DROP_OK or (w[0] == "ل" and (len(w) > 3 or len(w) == 1))
                    or nxt.start() >= stop or nxt.start() in attrib_starts):  # «وقال وفقاً لما نقلته X: ...»
                return _UNKNOWN  # an explicit subject that is no known actor: speaker unknown
        # no subject after the cue: the subject of the sentence's first verb (an actor within its
        # first three words: «وندد زعيم المعارضة ...، ووصفها بأنها»), else the last speaker
        if last is not None and last_sent[0] == sent_start:
            # «وأوضح أن ...، مبيناً أن ...», «وأضافت أن ...، وتابعت بالقول إن»: a subjectless cue later in
            # the sentence shares the subject of the sentence's earlier cue
            return last
        for rs, _s, _e, m in spans:
            if sent_start <= rs < pos and m.kind != "generic" and not _inside(rs):
                lead = _WORD_RE.findall(norm, sent_start, rs)
                if len(lead) <= 2 and not any(w in _COMPLEMENTISERS for w in lead):
                    return m  # (an actor after «أن» is the subject of the words said, not of the cue)
                break
        if last is None and cue_kind in ("speech", "opinion") and sent_start > 0:
            # «وقال إن ...» with nobody quoted before: the pronoun continues the topic, the subject
            # of the previous sentence (an actor within its first three words)
            back = sent_start - 1
            while back > 0 and (norm[back] in _SENT_END or norm[back].isspace()):
                back -= 1  # «... آخرين. ¶ وقال»: skip the marks and blank lines between the sentences
            ps, _pe = _sentence_bounds(norm, back, ends)
            own_earlier = any(sent_start <= c.start and c.end < pos and c.tag == "verb" for c in cues)
            for c in ([] if own_earlier else reversed(cues)):
                # «أكد رئيس المجلس فلان أن ... ¶ وقال: ...»: the speaker of the previous sentence's verb of
                # saying (not when a verb earlier in this sentence has a subject of its own)
                if c.start < ps or c.start >= sent_start or c.tag != "verb" or c.value not in ("speech", "opinion"):
                    continue
                prev_spk = speaker_after(c.end, ps, str(c.value), None, sent_start)
                if prev_spk is not None and prev_spk is not _UNKNOWN and prev_spk.kind in (
                        "person", "org", "state", "intl", "coalition"):
                    return prev_spk
                break
            for rs, _s, _e, m in spans:
                if rs < ps or _inside(rs):
                    continue
                if rs >= sent_start or len(_WORD_RE.findall(norm, ps, _lead_start(m, rs, nz))) > 3:
                    break
                if m.kind in ("person", "org", "state", "intl", "coalition"):
                    return m
        return last

    def medium_between(a: int, b: int) -> str | None:
        for h in media:
            if a <= h.start and h.end <= b:
                os_, oe = nz.span(h.start, h.end)
                return text[os_:oe]
        return None

    raw: list[tuple[int, int, bool, ActorMention | None, str | None, int, tuple[int, int]]] = []
    last_speaker: ActorMention | None = None
    direct_norm: list[tuple[int, int]] = []
    events: list[tuple[int, str, object]] = [(s, "q", (s, e)) for s, e in qn]
    events += [(h.start, "c", h) for h in cues if h.tag == "verb" and h.value in ("speech", "opinion", "particip")]
    events += [(h.start, "r", h) for h in cues if h.tag == "verb" and h.value == "report"]
    events += [(h.start, "c", h) for h in cues if h.tag == "stmt" and _is_came_in(norm, h)
               and (any(w in norm[h.start:h.end] for w in ("بيان", "بلاغ")) or (stmt_words and _stmt_noun_next(h.end)))]
    events.sort(key=lambda t: t[0])
    for _pos, what, obj in events:
        if what == "q":
            s, e = obj  # type: ignore[misc]
            if (s, e) in names:
                continue
            ss, se = _sentence_bounds(norm, s, ends)
            before = [h for h in cues if ss <= h.start < s]
            chosen = None
            for h in reversed(before):
                gap = norm[h.end:s - 1]
                total = _words_between(norm, h.end, s)
                # a quoted name in the gap (the medium: «قال X لـ"الصحيفة" "..."») is not part of the distance
                total -= sum(qwords[(a, b)] for a, b in names if h.end <= a and b < s)
                ws = _words(gap)
                comp_idx = max((i for i, w in enumerate(ws) if w in _COMPLEMENTISERS), default=-1)
                after_comp = len(ws) - comp_idx - 1 if comp_idx >= 0 else total
                if h.tag == "verb" and h.value == "report" and comp_idx < 0 and ":" not in gap:
                    continue  # a reporting verb introduces quoted words only through أن or a colon
                ends_before = any(end_rs.get(s - 1 - d, -1) >= h.end for d in range(3))
                if qwords[(s, e)] <= 2 and not (after_comp == 0 or gap.rstrip(' "').endswith(":")
                                                        or total <= 2):
                    continue  # a short quoted phrase inside a sentence: a name or a term, not the words said
                if ((comp_idx >= 0 and after_comp <= _MAX_COMP_GAP) or ":" in gap or total <= _MAX_DIRECT_GAP
                        or (ends_before and total <= _MAX_LONG_GAP)
                        or (total <= _MAX_LONG_GAP and gap.rstrip(' "').endswith(("،", ",")))):
                    chosen = h
                    break
            spk: ActorMention | None
            if chosen is not None:
                ckind = "stmt" if chosen.tag == "stmt" else str(chosen.value)
                if chosen.tag == "stmt" and _is_came_in(norm, chosen):
                    spk = statement_body(chosen.end)  # «وجاء في بيان: «...»»
                elif chosen.tag == "stmt":
                    # في بيان: the speaker is the subject before it
                    spk = None
                    for rs, _s, _e, m in spans:
                        if ss <= rs < chosen.start and m.kind != "country":
                            spk = m
                    spk = spk or last_speaker
                else:
                    spk = speaker_after(chosen.end, ss, ckind, last_speaker, s)
                med = medium_between(chosen.end, s)
                cue_at = chosen.start
            else:
                after = [h for h in cues if e < h.start < se and h.tag == "verb"
                         and _words_between(norm, e, h.start) <= _MAX_SPEAKER_GAP]
                if not after:
                    # «لم يبد فلان أي قلق من الأمر: "..."» (made-up): a quotation after a colon that closes a
                    # clause whose one actor is a person speaks for that person, even with no verb of saying
                    persons = [m for rs, _s, _e, m in spans if ss <= rs < s and not _inside(rs)]
                    if (qwords[(s, e)] < 4 or not norm[ss:s].rstrip(' "«“').endswith(":")
                            or len(persons) != 1 or persons[0].kind != "person" or before):
                        continue
                    spk, med, cue_at = persons[0], None, s
                else:
                    h = after[0]
                    spk = speaker_after(h.end, ss, str(h.value), last_speaker, se)
                    med = medium_between(h.end, se)
                    cue_at = h.start
            if spk is None or spk is _UNKNOWN:
                continue
            last_speaker = spk
            last_sent = (ss, se)
            direct_norm.append((s, e))
            raw.append((s, e, True, spk, med, cue_at, (ss, se)))
        elif what == "r":
            h = obj  # type: ignore[assignment]
            ss, se = _sentence_bounds(norm, h.start, ends)
            sb = _subject_before(h.start, ss)
            spk = speaker_after(h.end, ss, "report", sb, se)
            if spk is _UNKNOWN and sb is not None:
                spk = sb
            if spk is not None and spk is not _UNKNOWN and spk.kind not in ("country", "generic"):
                last_speaker = spk
                last_sent = (ss, se)
            elif spk is _UNKNOWN and len(_WORD_RE.findall(norm, ss, h.start)) <= 2 and not any(
                    h.end <= md.start and _words_between(norm, h.end, md.start) <= 2 for md in media) and (
                    _WORD_RE.findall(norm, h.end, h.end + 30)[:1] or [""])[0] not in role_data()["medium_nouns"]:
                # «كشف مكتب ... أن» (a reporter the lexicon lacks opens the sentence): later «وتابعت»
                # no longer refers to the previous speaker
                last_speaker = None
        else:
            h = obj  # type: ignore[assignment]
            ss, se = _sentence_bounds(norm, h.start, ends)
            # the verb opens a clause: sentence start, punctuation, or a و/ف proclitic
            prev = norm[max(ss, h.start - 2):h.start]
            subj_before = _subject_before(h.start, ss)
            k = bisect_left(span_starts, h.end)
            # VSO: a named subject right after the verb («إلى ذلك قالت المنظمة إن») makes it a main verb
            nxt_person = k < len(spans) and spans[k][3].kind in (
                "person", "org", "state", "intl", "coalition") and not _WORD_RE.search(
                norm, h.end, spans[k][0])
            if not (h.start == ss or norm[h.start - 1] in "وف" or prev.strip() in ("", "،", ",", '"')
                    or _prev_word(norm, h.start) in _CLAUSE_OPENERS or h.value == "particip"
                    or subj_before is not None or nxt_person):
                continue
            ws_end = min(se, h.end + 200)
            comp_at = -1
            i = h.end
            count = 0
            while i < ws_end and not norm[i].isalpha() and norm[i] not in _SENT_END:
                if norm[i] == ":":  # «وقال :  لأنه ...»: a colon right after the verb
                    comp_at = i + 1
                    break
                i += 1
            while comp_at < 0 and i < ws_end and count <= _MAX_INDIRECT_GAP:
                while i < ws_end and not norm[i].isalpha():
                    i += 1
                j = i
                while j < ws_end and norm[j].isalpha():
                    j += 1
                if j > i:
                    count += 1
                    if norm[i:j] in _COMPLEMENTISERS:
                        if _prev_word(norm, i) in _NOT_SPEECH_BEFORE_COMP:
                            break  # «..., إلا أن الحركة حريصة» (made-up): a contrast, not the words said
                        comp_at = j
                        break
                    k = j
                    while k < ws_end and norm[k] in ' "”»':  # «وقال لـ"الصحيفة": ...»
                        k += 1
                    if k < ws_end and norm[k] == ":" and count <= 6:
                        comp_at = k + 1  # «وقال: لأنه وطن ...»: speech after a colon, without marks
                        break
                i = j
            if comp_at < 0 and stmt_words and h.value == "speech" and _stmt_noun_next(h.end):
                # «وأضاف التقرير، كانت ...» (made-up): a statement noun as subject, then a comma
                k = bisect_left(stmt_words, (h.end, -1))
                c = stmt_words[k][1]
                while c < ws_end and norm[c] == " ":
                    c += 1
                if c < ws_end and norm[c] in "،,":
                    comp_at = c + 1
            if comp_at < 0:
                continue
            if any(h.end <= a < comp_at for a in real_starts):
                continue  # «قال: «...»، موضحاً أن»: the complementiser belongs to a later cue
            qs = comp_at
            while qs < se and norm[qs] in " ،,":
                qs += 1
            qe = se
            while qe > qs and norm[qe - 1] in " ،,":
                qe -= 1
            nxt_cue = next((c.start for c in cues if qs < c.start < qe and c.tag == "verb" and not _inside(c.start)
                            and c.value in ("speech", "opinion", "particip")
                            and any(w in _COMPLEMENTISERS for w in _WORD_RE.findall(norm, c.end, c.end + 30)[:3])),
                           -1)
            if nxt_cue > 0:  # «أكد أن ...، مضيفاً أن ...»: each cue opens its own quotation
                cut = norm.rfind("،", qs, nxt_cue)
                qe = cut if cut > qs else nxt_cue
                while qe > qs and norm[qe - 1] in " ،,و":
                    qe -= 1
            # partial quotations of up to three words («وصمة عار») stay inside the reported speech
            inner = [a for a, b in real_q if qs <= a < qe and len(_words(norm[a:b])) > 3]
            if inner:
                # a direct quotation inside the clause: keep the reported words before it, if any
                cut = norm.rfind("،", qs, inner[0])
                if cut < 0 or len(_words(norm[qs:cut])) < 5:
                    continue
                qe = cut
            if norm[qs:qe].strip('" ') and any(a == qs + 1 and b == qe - 1 for a, b in real_q):
                continue  # the clause is just a quotation: the direct quote stands for it
            if qe - qs < 10 or any(qs < b <= qe and len(_words(norm[a:b])) > 3 for a, b in real_q):
                continue
            if h.tag == "stmt":
                spk = statement_body(h.end)
            else:
                spk = speaker_after(h.end, ss, str(h.value), subj_before or last_speaker, comp_at)
            if spk is _UNKNOWN and subj_before is not None:
                spk = subj_before
            if spk is None or spk is _UNKNOWN or spk.kind in ("source", "country", "generic"):
                continue
            last_speaker = spk
            last_sent = (ss, se)
            raw.append((qs, qe, False, spk, medium_between(h.end, comp_at), h.start, (ss, se)))
    raw.sort(key=lambda r: r[0])
    out: list[QuoteMention] = []
    normtexts: list[str] = []
    for s, e, direct, spk, med, cue_at, (ss, se) in raw:
        os_, oe = nz.span(s, e)
        es, ee = nz.span(ss, se)
        qtext = text[os_:oe]
        nt = " ".join(_words(norm[s:e]))
        merged = False
        for k, prev in enumerate(out):
            if prev.speaker is None or spk is None or prev.speaker.name != spk.name:
                continue
            pt = normtexts[k]
            short_in = (len(nt.split()) <= 4 and set(nt.split()) <= set(pt.split())) or (
                len(pt.split()) <= 4 and set(pt.split()) <= set(nt.split()))
            if nt in pt or pt in nt or short_in or _shares_ngram(nt, pt, 6):
                ev = prev.evidence + ((es, ee),)
                if (pt in nt and nt != pt) or (short_in and len(pt.split()) <= 4 < len(nt.split())):
                    # the new one contains the old: keep the longer words
                    out[k] = replace(prev, start=os_, end=oe, text=qtext, direct=direct, evidence=ev,
                                     medium=prev.medium or med)
                    normtexts[k] = nt
                else:
                    out[k] = replace(prev, evidence=ev, medium=prev.medium or med)
                merged = True
                break
        if merged:
            continue
        cs, _ce = nz.span(cue_at, cue_at)
        out.append(QuoteMention(os_, oe, qtext, direct, spk, med, cs, ((es, ee),)))
        normtexts.append(nt)
    return out


def _is_came_in(norm: str, h: object) -> bool:
    """«جاء في / وجاء في / ورد في»: a statement cue without a subject of its own."""
    w = norm[h.start:h.end].split()[0]  # type: ignore[attr-defined]
    return w in ("جاء", "وجاء", "ورد", "وورد")


def _shares_ngram(a: str, b: str, n: int) -> bool:
    wa = a.split()
    if len(wa) < n:
        return False
    grams = {" ".join(wa[i:i + n]) for i in range(len(wa) - n + 1)}
    wb = b.split()
    return any(" ".join(wb[i:i + n]) in grams for i in range(len(wb) - n + 1))
