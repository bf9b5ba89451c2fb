"""Events: detection, typing (ACLED, PLOVER), arguments, within-document merging.

``annotate_document(text, published=..., title=..., doc_id=...)`` is the stage the
pipeline calls for every document: it reads the document once (`DocContext`), finds
event mentions (`detect`), fills their arguments (`arguments`), makes one event per
happening (`assemble`) and returns contract records with spans into ``text``.
"""

from __future__ import annotations

import datetime as dt
import re

from marsad import records as R
from marsad.arabic.normalize import normalize_text
from marsad.events.arguments import RANK_UNNAMED
from marsad.events.assemble import Draft, drafts, merge, not_both_sides, quote_record, to_record
from marsad.events.context import DocContext, build_context
from marsad.events.detect import EventMention, detect
from marsad.events.lexicon import load_lexicon
from marsad.mentions import ActorMention

__all__ = ["annotate_document", "annotate_context", "build_context", "detect", "DocContext", "EventMention"]


def annotate_context(ctx: DocContext, doc_id: str = "d1") -> tuple[list[R.Event], list[R.Quote]]:
    """Events and quotes of an already-read document."""
    events: list[R.Event] = []
    lead_only = False
    if _opinion_piece(ctx.text) or _not_a_report(ctx.text):
        if not _interview(ctx):
            return events, [quote_record(ctx, q) for q in ctx.quotes]  # a column reports no happening of its own
        lead_only = True  # an interview: what its subject is reported saying in the lead is a statement of his
    mentions = detect(ctx)
    if lead_only:
        lead = ctx.sentences[:2]
        mentions = [m for m in mentions if m.cls == "political" and m.sent in lead]
    kept: list[Draft] = []
    for d in merge(ctx, drafts(ctx, mentions)):
        if d.cls == "political" and d.args.actor1 is None and d.args.actor1_rank != RANK_UNNAMED:
            d.args.actor1 = _story_subject(d, kept)  # (not when the subject is a person the text does not name)
            not_both_sides([d])  # («وتأتي زيارة أوباما إلى إثيوبيا …»: the subject who acts is no other side too)
        if d.cls == "political" and d.args.actor1 is None:
            continue  # a political interaction needs who acts
        if d.cls == "political" and _same_statement(d, kept, len(ctx.sentences)):
            continue
        kept.append(d)
    for d in kept:
        events.append(to_record(ctx, d, f"{doc_id}-e{len(events) + 1}"))
    quotes = [quote_record(ctx, q) for q in ctx.quotes]
    return events, quotes


_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")


def _opinion_piece(text: str) -> bool:
    """An opinion column: the writer's contact footer (لمراسلة الكاتب), or three first-person markers of opinion
    (إنني، أعتقد، برأيي …) outside quotations. Events it mentions are told in passing (ACLED codes news reports)."""
    cues = load_lexicon().cues
    norm = normalize_text(text)
    if any(f in norm for f in cues["opinion_footers"]):
        return True
    outside = normalize_text(_QUOTED.sub(" ", text))
    words = set(outside.split())
    return len(words & cues["opinion_markers"]) >= 3


_WORD = re.compile(r"[\u0621-\u064A]+")


def _interview(ctx: DocContext) -> bool:
    """An interview: its first sentence reports a person speaking «في حوار مع …»، «في مقابلة مع …»، «في حديث لـ …»
    (a verb of reporting, then an interview noun followed by «مع» or «لـ»)."""
    if not ctx.sentences:
        return False
    cues = load_lexicon().cues
    a, b = ctx.sentences[0]
    words = normalize_text(ctx.text[a:b]).split()
    if cues["report"].isdisjoint(w.lstrip("وف") for w in words):
        return False
    return any(w.lstrip("وفب") in cues["interview_nouns"] and k + 1 < len(words)
               and (words[k + 1] == "مع" or words[k + 1].startswith("ل"))
               for k, w in enumerate(words))


def _not_a_report(text: str) -> bool:
    """A column, an essay or an analysis: a long text with few words of time and attribution (أمس، الخميس، يوليو،
    قال، أفاد، مصادر، وكالة …). News reports are dense with them; a text of ``news_density[0]`` words or more
    with fewer than ``news_density[1]`` per 100 words tells no happening of its own."""
    lex = load_lexicon()
    least, per100 = lex.news_density
    words = _WORD.findall(normalize_text(text))
    if len(words) < least:
        return False
    cues = lex.cues
    marks = cues["time_anchor"] | cues["report"] | cues["news_words"]
    n = sum(1 for w in words if w in marks or (len(w) > 3 and w[0] in "وف" and w[1:] in marks))
    return n * 100 < per100 * len(words)


def _same_statement(d: Draft, kept: list[Draft], ctx_sentences: int = 0) -> bool:
    """One statement, told over consecutive sentences, makes one interaction: a second political event of the
    same speaker within two sentences of the first («… وأدان … وطالب … ورفض …») is another clause of it; a person
    speaking (a spokesman's briefing) makes one statement in the whole article."""
    name = d.args.actor1.name if d.args.actor1 is not None else None
    first = min(m.sent_index for m in d.mentions)
    for e in kept:
        if e.cls != "political" or e.args.actor1 is None or d.args.actor1 is None:
            continue
        if _said_in_the_call(d, e):
            e.spans.extend(sp for sp in d.spans if sp not in e.spans)
            return True
        same_state = _one_state(d.args.actor1, e.args.actor1)
        # «أدانت الرئاسة الفلسطينية …» then «وقال أمين عام الرئاسة: إن الرئيس عباس … يدينون …»: the state and
        # one of its people telling the same kind of interaction in the next sentence make one statement
        spokesman = _speaks_for(d.args.actor1, e.args.actor1) and d.plover is not None and d.plover == e.plover \
            and 0 <= first - max(m.sent_index for m in e.mentions) <= 1
        if e.args.actor1.name != name and not same_state and not spokesman:
            continue
        person = d.args.actor1.kind == "person"
        if _another_meeting(d, e):
            continue  # a person received or met is another interaction than what was said before
        if _other_day_or_place(d, e):
            continue  # a meeting in Baghdad yesterday and a visit to Erbil today: two interactions
        # a state (Qatar, the Government of Qatar) telling the same kind of interaction again in the article
        # («تحفظت قطر على …» … «وأكد البيان تحفظ قطر …») restates it
        whole = person or (same_state and d.plover is not None and e.plover is not None and d.plover[0] == e.plover[0])
        if 0 <= first - max(m.sent_index for m in e.mentions) <= (ctx_sentences if whole else 2):
            e.spans.extend(sp for sp in d.spans if sp not in e.spans)
            return True
    return False


def _said_in_the_call(d: Draft, e: Draft) -> bool:
    """«تلقى X اتصالا هاتفيا من Y أدان فيه …»: a call or a meeting and what one of its two sides said in it, told in
    one sentence, are one interaction (the two sides of it are not two events)."""
    if d.plover is None or e.plover is None or (d.plover[0] == "CONSULT") == (e.plover[0] == "CONSULT"):
        return False
    if {m.sent_index for m in d.mentions}.isdisjoint(m.sent_index for m in e.mentions):
        return False
    meet, said = (d, e) if d.plover[0] == "CONSULT" else (e, d)
    sides = {x.name for x in (meet.args.actor1, meet.args.actor2) if x is not None}
    return said.args.actor1 is not None and said.args.actor1.name in sides


def _another_meeting(d: Draft, e: Draft) -> bool:
    """A meeting (CONSULT) with a named person who is not the other side of the interaction told before it
    («ورحب الرئيس بالمبعوث …» … «استقبل الرئيس سفير الإمارات فلان»): the speaker's two interactions, not one."""
    if d.plover is None or d.plover[0] != "CONSULT":
        return False
    met, other = d.args.actor2, e.args.actor2
    # («خلال لقائه أمس مبعوث الأمين العام للأمم المتحدة»: the envoy's body stands for him)
    # (a party of the speaker's own country is no one he met: «زيارة … الشطر الذي تحتله تركيا»)
    own = d.args.actor1.country if d.args.actor1 is not None else None
    return met is not None and met.kind != "generic" and (other is None or other.name != met.name) and (
        met.kind == "person" or met.country is None or met.country != own)


def _one_state(a: ActorMention, b: ActorMention) -> bool:
    """The country and its government (Qatar, Government of Qatar): one state speaking."""
    return a.country is not None and a.country == b.country and a.kind in ("state", "country") \
        and b.kind in ("state", "country") and all(x.name == x.name.removeprefix("Military Forces of ") for x in (a, b))


def _speaks_for(a: ActorMention, b: ActorMention) -> bool:
    """A person of a country and that country's state (Mahmoud Abbas, Government of Palestine)."""
    if a.country is None or a.country != b.country:
        return False
    kinds = {a.kind, b.kind}
    return "person" in kinds and bool(kinds & {"state", "country"})


def _story_subject(d: Draft, kept: list[Draft]) -> ActorMention | None:
    """«وصل كارتر إلى أربيل … وبعد لقاء جمعه أمس مع نظيره في بغداد»: an interaction told without its actor,
    within two sentences of one whose actor is named, is that actor's (the story's subject)."""
    first = min(m.sent_index for m in d.mentions)
    for e in reversed(kept):
        if e.cls == "political" and e.args.actor1 is not None \
                and 0 <= first - max(m.sent_index for m in e.mentions) <= 2:
            return e.args.actor1
    return None


def _other_day_or_place(a: Draft, b: Draft) -> bool:
    """Two interactions told with two different single days, or in two different first-level divisions."""
    da, db = a.args.date, b.args.date
    if da is not None and db is not None and da.date_start and db.date_start and da.date_start != db.date_start:
        return True
    pa = a.args.place.place if a.args.place is not None else None
    pb = b.args.place.place if b.args.place is not None else None
    return bool(pa and pb and pa.admin1 and pb.admin1 and (pa.country, pa.admin1) != (pb.country, pb.admin1))


def annotate_document(
    text: str,
    *,
    published: dt.date | None = None,
    title: str | None = None,
    doc_id: str = "d1",
) -> tuple[list[R.Event], list[R.Quote]]:
    """Events (one per happening, ids ``{doc_id}-e1`` ...) and quotes of one document."""
    ctx = build_context(text, published=published, title=title)
    return annotate_context(ctx, doc_id)
