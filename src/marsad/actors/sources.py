"""Reporting sources: who a statement is attributed to.

An attribution cue (بحسب, وفقاً لـ, نقلاً عن, ذكر, أفاد, قال, أعلن, أكدت ... from
``data/source_cues.json``) followed closely by a named actor (the Syrian Observatory,
a ministry, a person), a media outlet, or a typed anonymous source (مصادر أمنية →
"Security sources", مصدر أمني → "Security source", شهود عيان → "Witnesses" ...).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from marsad.actors.find import Analysis, analyse
from marsad.actors.lexicon import Hit, lexicon, role_data
from marsad.arabic.normalize import normalize, normalize_text
from marsad.mentions import ActorMention, SourceMention

_MAX_WORDS_AFTER_VERB = 2
_NOT_SOURCES = frozenset({"generic", "country"})
_STOP_WORDS = frozenset(normalize_text(w) for w in "ان انه انها انهم بان بانه بانها الى على عن في من".split())


_WORD_RE = re.compile(r"[^\W\d_]+")


def _words_between(norm: str, a: int, b: int, cap: int = 40) -> int:
    """Number of words in norm[a:b] (counting stops after ``cap``: callers compare with small limits)."""
    n = 0
    for _m in _WORD_RE.finditer(norm, a, b):
        n += 1
        if n > cap:
            break
    return n


def _actor_spans(an: Analysis, actors: list[ActorMention] | None) -> list[tuple[int, int, int, ActorMention]]:
    """(norm start incl. role, norm start, norm end, mention) for every actor."""
    nz = an.norm
    out = []
    src = actors if actors is not None else list(an.actors)
    for m in src:
        s = nz.from_original(m.start)
        e = nz.from_original(m.end)
        rs = nz.from_original(m.role_start) if m.role_start is not None else s
        out.append((min(rs, s), s, e, m))
    out.sort(key=lambda t: t[0])
    return out


def _longest_at(hits: list[Hit]) -> dict[int, Hit]:
    best: dict[int, Hit] = {}
    for h in hits:
        # a clitic-prefixed word: index the hit at its word start too
        b = best.get(h.start)
        if b is None or h.end - h.start > b.end - b.start:
            best[h.start] = h
    return best


def source_after(an: Analysis, pos: int, max_words: int,
                 actor_spans: list[tuple[int, int, int, ActorMention]],
                 anon_at: dict[int, Hit], media_at: dict[int, Hit],
                 named_at: dict[int, Hit] | None = None) -> tuple[int, int, str, str] | None:
    """The source starting within ``max_words`` words after normalised offset ``pos``:
    (norm start, norm end, name, kind) or None."""
    norm = an.norm.text
    limit = pos
    words = 0
    n = len(norm)
    # find the offset where word number max_words+1 starts (the search window end)
    i = pos
    while i < n and words <= max_words:
        while i < n and not norm[i].isalpha():
            if norm[i] in ".\n؛:":
                break
            i += 1
        if i >= n or not norm[i].isalpha():
            break
        j = i
        while j < n and norm[j].isalpha():
            j += 1
        if norm[i:j] in _STOP_WORDS:
            break
        words += 1
        limit = i + 2  # a proclitic (لوزارة) may precede the mention
        while i < n and norm[i].isalpha():
            i += 1
    cands: list[tuple[int, int, int, str, str]] = []
    for rs, s, e, m in actor_spans:
        if rs < pos:
            continue
        if rs > limit:
            break
        if m.kind in _NOT_SOURCES:
            continue
        kind = "named" if m.kind != "person" else ("official" if m.type == 1 else "named")
        cands.append((rs, s, e, _ministry(norm[s:e], m) or m.name, kind))
    for table, default in ((anon_at, "anonymous"), (media_at, "media")):
        for st, h in table.items():
            if pos <= st <= limit:
                val = h.value
                if isinstance(val, list):
                    cands.append((st, st, h.end, str(val[0]), str(val[1])))
                else:
                    cands.append((st, st, h.end, str(val), default))
    n_other = len(cands)
    for st, h in (named_at or {}).items():  # a body's name as a source (البنتاغون → US Department of Defense)
        if pos <= st <= limit:
            cands.append((st, st, h.end, str(h.value), "named"))
    if not cands:
        return None
    # leftmost, then longest; on a tie the source name table wins over the actor reading, else the first
    i = min(range(len(cands)), key=lambda k: (cands[k][0], -(cands[k][2] - cands[k][1]), k < n_other, k))
    rs, s, e, name, kind = cands[i]
    return s, e, name, kind


def source_before(an: Analysis, verb: tuple[int, int],
                  actor_spans: list[tuple[int, int, int, ActorMention]],
                  anon_at: dict[int, Hit], media_at: dict[int, Hit],
                  named_at: dict[int, Hit]) -> tuple[int, int, str, str] | None:
    """The subject told before its verb of saying (SVO): «لكن المرصد السوري أعلن أن …»، «والجيش قال إن …».
    The source ends right before the verb, opens its clause (sentence start, punctuation, a proclitic و/ف, or
    an opener such as «أن/لكن/بينما»), and the verb is followed within three words by its complement (أن,
    «:», a quotation mark, or «عن» after a verb of announcing): (norm start, norm end, name, kind) or None."""
    norm = an.norm.text
    vs, ve = verb
    svo = _svo()
    if norm[vs:ve] in svo["verbs_not"]:
        return None
    if not _complement_follows(norm, vs, ve):
        return None
    cands: list[tuple[int, int, int, str, str]] = []
    for rs, s, e, m in actor_spans:
        if rs >= vs:
            break
        if m.kind in _NOT_SOURCES or norm[e:vs].strip(" \t\u00a0\u200f\u200e"):
            continue
        kind = "named" if m.kind != "person" else ("official" if m.type == 1 else "named")
        cands.append((rs, s, e, _ministry(norm[s:e], m) or m.name, kind))
    for table, default in ((anon_at, "anonymous"), (media_at, "media"), (named_at, "named")):
        for st, h in table.items():
            if st < vs and not norm[h.end:vs].strip(" \t\u00a0\u200f\u200e"):
                val = h.value
                if isinstance(val, list):
                    cands.append((st, st, h.end, str(val[0]), str(val[1])))
                else:
                    cands.append((st, st, h.end, str(val), default))
    if not cands:
        return None
    rs, s, e, name, kind = min(cands, key=lambda c: c[0])  # the longest reading ending at the verb
    # the clause opens at the source
    ws = rs
    while ws > 0 and norm[ws - 1].isalpha():
        ws -= 1
    if ws < rs:
        if norm[ws:rs] not in ("و", "ف"):
            return None
    else:
        prev: re.Match[str] | None = None
        for wm in _WORD_RE.finditer(norm, max(0, rs - 30), rs):
            prev = wm
        between = norm[prev.end() : rs] if prev is not None else norm[:rs]
        if prev is not None and not any(c in between for c in ".,،؛:!?«»\"()\n") and \
                prev.group() not in svo["openers"]:
            return None
    return s, e, name, kind


def _complement_follows(norm: str, vs: int, ve: int) -> bool:
    """The verb norm[vs:ve] is followed within three words by what it reports: «أن …», a colon or a quotation
    mark, or «عن» after a verb of announcing (أعلن عن مقتل …)."""
    svo = _svo()
    comp = any(c in norm[ve : ve + 3] for c in ":«\"")
    for k, wm in enumerate(_WORD_RE.finditer(norm, ve, min(len(norm), ve + 60))):
        if comp or k >= 3:
            break
        comp = wm.group() in svo["complements"] or (wm.group() == "عن" and norm[vs:ve] in svo["verbs_an"])
    return comp


@lru_cache(maxsize=1)
def _svo() -> dict[str, frozenset[str]]:
    d = _cues_file().get("svo", {})
    return {k: frozenset(normalize_text(w) for w in d.get(k, []))
            for k in ("openers", "complements", "verbs_an", "verbs_not", "transport_verbs", "transport_before",
                      "transport_to", "need_complement")}


def _transported(norm: str, vs: int, ve: int) -> bool:
    """«تم نقلهم للمستشفى»، «نقل المصابين إلى مستشفى»: a verb of carrying (نقل: also to report) told as done to
    someone («تم/جرى» before it) or with a destination within four words after it, and no «عن/أن» after it."""
    before = [wm.group() for wm in _WORD_RE.finditer(norm, max(0, vs - 20), vs)][-1:]
    after = [wm.group() for wm in _WORD_RE.finditer(norm, ve, min(len(norm), ve + 80))][:6]
    sv = _svo()
    if any(w in ("عن", "ان", "بان") for w in after):
        return False
    return bool(before and before[0] in sv["transport_before"]) or any(w in sv["transport_to"] for w in after[:4])


@lru_cache(maxsize=1)
def _cues_file() -> dict:
    """source_cues.json as read (the tables of `marsad.actors.lexicon` come from it too)."""
    return json.loads(resources.files("marsad.data").joinpath("source_cues.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _ministries() -> dict[str, str]:
    return {normalize_text(k): v for k, v in _cues_file().get("ministries", {}).items()}


def _ministry(norm_text: str, m: ActorMention) -> str | None:
    """«وزارة الداخلية السعودية» as a source: Ministry of Interior (Saudi Arabia), not the forces it acts as."""
    from marsad.places.gazetteer import country_name

    words = norm_text.split()
    if len(words) < 2 or words[0].removeprefix("ال") != "وزاره" or m.country is None:
        return None
    what = _ministries().get(words[1])
    return f"Ministry of {what} ({country_name(m.country)})" if what else None


@lru_cache(maxsize=1)
def _fillers() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(relative words, statement nouns, words of issuing) that may stand between a cue and its source."""
    f = _cues_file().get("cue_fillers", {})
    return (frozenset(normalize_text(w) for w in f.get("relative", [])),
            frozenset(normalize_text(w) for w in f.get("nouns", [])),
            frozenset(normalize_text(w) for w in f.get("issued", [])))


def _issued_by(an: Analysis, pos: int) -> int | None:
    """«قال بيان صادر عن X»، «أفاد بيان صدر عن X»، «بحسب تقرير أصدرته X»: the offset after the statement noun and
    its word of issuing (with «عن/من»), where the source's name begins; None when the verb is not followed so."""
    norm = an.norm.text
    _, nouns, issued = _fillers()
    ws: list[re.Match[str]] = []
    for m in _WORD_RE.finditer(norm, pos, min(len(norm), pos + 60)):
        if norm[(ws[-1].end() if ws else pos) : m.start()].strip(" \t\u00a0\u200f\u200e"):
            break  # punctuation between
        ws.append(m)
        if len(ws) == 3:
            break
    if len(ws) < 2 or ws[0].group().removeprefix("ال") not in nouns or ws[1].group() not in issued:
        return None
    if ws[1].group().startswith("اصدر"):  # «تقرير أصدرته منظمة …»: the issuer follows the verb
        return ws[1].end()
    if len(ws) == 3 and ws[2].group() in ("عن", "من"):
        return ws[2].end()
    return None


@lru_cache(maxsize=1)
def _medium_words() -> tuple[frozenset[str], frozenset[str]]:
    """(fillers, leads) between a source and the outlet it spoke to (source_cues.json ``medium_lead``)."""
    f = _cues_file().get("medium_lead", {})
    return (frozenset(normalize_text(w) for w in f.get("fillers", [])),
            frozenset(normalize_text(w) for w in f.get("leads", [])))


def _medium_after(norm: str, e: int, media_at: dict[int, Hit], genitive: bool) -> Hit | None:
    """The outlet a source spoke to, right after the source ending at ``e``: «مصادر ميدانية لـ«عكاظ»»، «في تصريح
    خاص لـ«الشرق الأوسط»»، «في حديث مع قناة …»; with ``genitive`` (an unnamed source) also the outlet right after it
    («مصادر الجزيرة»). Quotation marks may wrap the outlet; at most three filler words stand before «لـ/مع»."""
    fillers, leads = _medium_words()
    pos = e
    skipped = 0
    for m in _WORD_RE.finditer(norm, e, min(len(norm), e + 80)):
        gap = norm[pos:m.start()]
        if gap.strip(' "\u00a0\u200f\u200e-ـ'):
            return None  # punctuation (a comma, a full stop) ends the source's phrase
        w = m.group()
        h = media_at.get(m.start())
        if h is not None and (genitive and skipped == 0 and gap.strip() == ""):
            return h
        if w in leads or (w[:1] == "ل" and w[1:] and media_at.get(m.start() + 1) is not None):
            h = media_at.get(m.start() + 1) if w[:1] == "ل" and len(w) > 1 else None
            if h is not None:
                return h  # «لعكاظ»: the preposition glued to the outlet
            nxt = _WORD_RE.search(norm, m.end(), min(len(norm), m.end() + 6))
            if nxt is None or norm[m.end():nxt.start()].strip(' "\u00a0ـ'):
                return None
            h = media_at.get(nxt.start())
            if h is None:  # «لصحيفة «عكاظ»»، «لقناة الجزيرة»: a medium noun before the outlet's name
                h = media_at.get(nxt.start() + 1) if nxt.group()[:1] == "ل" else None
            return h
        if w not in fillers or skipped == 3:
            return None
        skipped += 1
        pos = m.end()
    return None


@lru_cache(maxsize=1)
def _source_verbs() -> frozenset[str]:
    return frozenset(k for k, v in lexicon().cues.get("verb", {}).items() if v in ("speech", "report"))


def _skip_fillers(an: Analysis, pos: int, verb_ends: dict[int, int]) -> int:
    """Offset after the fillers of a prepositional cue: وفق [ما] [أعلنت] X، وفقاً [لما] [ذكرته] X، بحسب [بيان] لـ X."""
    norm = an.norm.text
    rel, nouns, _ = _fillers()
    verbs = _source_verbs()
    for _ in range(3):
        m = _WORD_RE.search(norm, pos)
        if m is None or norm[pos:m.start()].strip(" \t\u00a0\u200f\u200e"):
            break  # punctuation or a digit between: no filler
        w = m.group()
        issued = _issued_by(an, pos) if w in nouns else None
        if issued is not None:
            return issued
        if w in rel or w in nouns or m.start() in verb_ends or w in verbs or (
                w.endswith("ه") and w[:-1] in verbs) or (w.endswith("ها") and w[:-2] in verbs):
            pos = m.end()
            continue
        break
    return pos


GENERIC_SOURCES = frozenset(["Source", "Sources"])  # «مصدر»، «مصادر» with nothing that says whose


def _with_nationality(norm: str, s: int, e: int, name: str) -> tuple[int, int, str]:
    """«مصادر عسكرية ليبية»، «وسائل إعلام تركية»: a nationality right after a typed source qualifies it
    ("Libyan military sources", "Turkish media")."""
    from marsad.actors.bodies import body_data
    from marsad.places.gazetteer import country_of_adjective

    m = re.match(r"\s+(\S+)", norm[e:])
    if m is None:
        return s, e, name
    code = country_of_adjective(m.group(1))
    english = body_data().nationality_en.get(code or "")
    if not english:
        return s, e, name
    return s, e + m.end(), f"{english} {name[:1].lower()}{name[1:]}"


_QUALIFIED = GENERIC_SOURCES | {"Officials", "Official"}  # an unnamed source a following word may say whose it is
_QUALIFIER_ENDINGS = ("", "ه", "ون", "ين")


@lru_cache(maxsize=1)
def _qualifiers() -> dict[str, str]:
    """Every form of the qualifier words (source_cues.json ``qualifiers``) → its English word."""
    out: dict[str, str] = {}
    for stem, en in _cues_file().get("qualifiers", {}).get("stems", {}).items():
        for end in _QUALIFIER_ENDINGS:
            out.setdefault(normalize_text(stem) + end, en)
    return out


def _with_qualifier(norm: str, s: int, e: int, name: str) -> tuple[int, int, str]:
    """«مسؤولون عسكريون»، «مصادر كردية»، «المصادر الأخرى»: a word right after an unnamed source that says nothing of
    whose it is qualifies it ("Military officials", "Kurdish sources", "Other sources")."""
    if name not in _QUALIFIED:
        return s, e, name
    m = re.match(r"\s+(\S+)", norm[e:])
    if m is None:
        return s, e, name
    w = m.group(1)
    if norm[s:e].startswith("ال") and w.startswith("ال"):
        w = w[2:]  # «المصادر الكردية»: the article on both
    en = _qualifiers().get(w)
    if en is None:
        return s, e, name
    return s, e + m.end(), f"{en} {name[:1].lower()}{name[1:]}"


_OF_WORDS = frozenset(["في", "من", "داخل", "لدى", "ضمن"])
_OF_KINDS = frozenset(["org", "state", "coalition", "intl"])


def _with_affiliation(norm: str, s: int, e: int, name: str,
                      spans: list[tuple[int, int, int, ActorMention]]) -> tuple[int, int, str]:
    """«مصدر في المقاومة الشعبية»، «مصادر من جماعة الحوثي»: a body named right after an unnamed source (after
    في/من/داخل/لدى) says whose source it is ("Popular Resistance source"); a country or a place does not."""
    m = re.match(r"\s+(\S+)\s+", norm[e:])
    if m is None or m.group(1) not in _OF_WORDS:
        return s, e, name
    at = e + m.end()
    for rs, as_, ae, actor in spans:
        if rs < at:
            continue
        if rs > at + 1 or actor.kind not in _OF_KINDS:
            break
        whose = _ministry(norm[as_:ae], actor) or actor.name
        return s, ae, f"{whose} {name[:1].lower()}{name[1:]}"
    return s, e, name


@lru_cache(maxsize=1)
def _spokesman_words() -> dict[str, frozenset[str]]:
    d = _cues_file().get("spokesman", {})
    return {k: frozenset(normalize_text(w) for w in d.get(k, [])) for k in ("nouns", "qualifiers", "of")}


def _spokesman_of(norm: str, pos: int,
                  spans: list[tuple[int, int, int, ActorMention]]) -> tuple[int, int, int, str] | None:
    """«المتحدث باسم الجيش المصري»، «الناطق الرسمي لوزارة الداخلية»: a spokesman of a body, told right at ``pos``
    with no name of his own, reports as that body: (spokesman's norm start, body start, body end, body name)."""
    sp = _spokesman_words()
    words: list[re.Match[str]] = []
    for m in _WORD_RE.finditer(norm, pos, min(len(norm), pos + 80)):
        if norm[(words[-1].end() if words else pos) : m.start()].strip(" \t\u00a0\u200f\u200e"):
            break
        words.append(m)
        if len(words) == 4:
            break
    if not words or words[0].group() not in sp["nouns"]:
        return None
    k = 1
    while k < len(words) and words[k].group() in sp["qualifiers"]:
        k += 1
    if k >= len(words):
        return None
    w = words[k]
    if w.group() in sp["of"]:
        at = w.end()
    elif w.group().startswith("ل") and len(w.group()) > 3:
        at = w.start() + 1  # «المتحدث الرسمي لوزارة الداخلية»
    else:
        return None
    for rs, s, e, actor in spans:
        if rs < at:
            continue
        if rs > at + 2 or actor.kind in _NOT_SOURCES or actor.kind == "person":
            break
        return words[0].start(), s, e, _ministry(norm[s:e], actor) or actor.name
    return None


def _kin_before(norm: str, pos: int, s: int, spans: list[tuple[int, int, int, ActorMention]]) -> int | None:
    """The start of a kin noun («والد»، «شقيق»، «أسرة»: actor_roles.json ``kin_nouns``, as for quotes) told between
    the cue and a person read as the source, right before the person: the relative is who speaks."""
    if not any(st == s and m.kind == "person" for _, st, _, m in spans):
        return None
    words = norm[pos:s].split()
    kin = role_data()["kin_nouns"]
    if not words or words[-1].removeprefix("و") not in kin and words[-1] not in kin:
        return None
    return norm.rfind(words[-1], pos, s)


def find_sources(text: str, actors: list[ActorMention] | None = None) -> list[SourceMention]:
    """Attributed sources of ``text`` in order (each with the cue that introduced it)."""
    an = analyse(text, False)
    nz = an.norm
    spans = _actor_spans(an, actors)
    anon_at = _longest_at([h for h in an.hits if h.tag == "anon"])
    media_at = _longest_at([h for h in an.hits if h.tag == "media"])
    named_at = _longest_at([h for h in an.hits if h.tag == "srcname"])
    verb_ends = {h.start: h.end for h in an.hits if h.tag == "verb" and h.value in ("speech", "report")}
    out: list[SourceMention] = []
    seen: set[tuple[int, int]] = set()
    named_seen: dict[str, str] = {}  # normalised srcname key -> source name, for later short forms
    last_anon: str | None = None  # the last unnamed source told with its kind («مصادر محلية»)
    for h in sorted(an.hits, key=lambda h: h.start):
        if h.tag == "cue":
            max_words = 0
            pos = _skip_fillers(an, h.end, verb_ends)
        elif h.tag == "verb" and h.value in ("speech", "report"):
            if h.key in _svo()["transport_verbs"] and _transported(nz.text, h.start, h.end):
                continue  # «تم نقلهم للمستشفى»: نقل carries someone somewhere, it reports nothing
            if h.key in _svo()["need_complement"] and not _complement_follows(nz.text, h.start, h.end):
                continue  # «إبان حكم …» (during), spelt «ابان» as the verb «أبان» (he made clear) once normalised
            max_words = _MAX_WORDS_AFTER_VERB
            pos = h.end
            issued = _issued_by(an, pos)
            if issued is not None:
                pos, max_words = issued, 1
        else:
            continue
        found = source_after(an, pos, max_words, spans, anon_at, media_at, named_at)
        spk = _spokesman_of(nz.text, pos, spans)
        if spk is not None and (found is None or found[0] <= spk[0] + 1):
            found = (spk[1], spk[2], spk[3], "named")
        if found is None and h.tag == "verb":
            found = source_before(an, (h.start, h.end), spans, anon_at, media_at, named_at)
        if found is None:
            continue
        s, e, name, kind = found
        kin = _kin_before(nz.text, pos, s, spans)
        if kin is not None:
            s, name = kin, f"Family of {name}"  # «وقال والد مايكل براون»: the relative speaks
        nkey = nz.text[s:e]
        if s in named_at and named_at[s].end == e:
            named_seen[named_at[s].key] = name
        else:  # a short form (وزارة الدفاع) beginning a source name read earlier takes that name
            short = next((v for k, v in named_seen.items() if k.startswith(nkey + " ")), None)
            if short is not None and len(nkey.split()) >= 2:
                name = short
        if kind in ("anonymous", "official"):
            s, e, name = _with_qualifier(nz.text, s, e, name)
        if kind in ("anonymous", "media", "official"):
            s, e, name = _with_nationality(nz.text, s, e, name)
        if kind == "anonymous":
            s, e, name = _with_affiliation(nz.text, s, e, name, spans)
        if name in GENERIC_SOURCES and nkey.startswith("ال") and last_anon is not None:
            name = last_anon  # «مصادر محلية … وأضافت المصادر»: the sources just named, taken up again
        elif kind in ("anonymous", "official") and name not in GENERIC_SOURCES:
            last_anon = name
        os_, oe = nz.span(s, e)
        if (os_, oe) in seen:
            continue
        seen.add((os_, oe))
        cs, ce = nz.span(h.start, h.end)
        out.append(SourceMention(os_, oe, text[os_:oe], name, kind, text[cs:ce], cs))
        med = _medium_after(nz.text, e, media_at, kind == "anonymous") if kind != "media" else None
        if med is not None:
            ms, me = nz.span(med.start, med.end)
            if (ms, me) not in seen:
                seen.add((ms, me))
                val = med.value
                mname = str(val[0]) if isinstance(val, list) else str(val)
                out.append(SourceMention(ms, me, text[ms:me], mname, "media", text[cs:ce], cs))
    return out


def dispatch_sources(byline: str) -> list[tuple[str, str]]:
    """The news agencies and outlets a dispatch's byline credits («جدة، واشنطن - واس، رويترز», «القاهرة - د ب أ»):
    (the byline's words, the canonical name), in byline order, each name once. A reporter's name gives none."""
    if not byline or not byline.strip():
        return []
    lex = lexicon()
    nz = normalize(byline)
    hits = _longest_at([h for h in lex.scan(nz.text) if h.tag == "media"])
    out: list[tuple[str, str]] = []
    for st in sorted(hits):
        h = hits[st]
        a, b = nz.span(h.start, h.end)
        name = str(h.value)
        if name not in {n for _, n in out}:
            out.append((byline[a:b], name))
    return out
