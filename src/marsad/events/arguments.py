"""Arguments of an event mention: actors, place, date, casualties, sources.

Every value is taken from a mention the reading stages found (`DocContext`) and
keeps its span. The rules read Arabic word order around the event word: the
genitive after an event noun (قصف للتحالف), the subject after or before a verb
(VSO / SVO), agent markers (على يد، من قبل، تبنى، أعلن مسؤوليته), target markers
(ضد، على، بحق، استهدف X), casualty words next to numbers (مقتل 42، 8 قتلى،
بينهم 13 مدنياً), and it passes over report dates and report places.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.resources import files

from marsad.actors.lexicon import government_of
from marsad.arabic.normalize import normalize, normalize_text
from marsad.arabic.tokens import clitic_candidates, clitic_words
from marsad.dates import month_names, since_words
from marsad.events.context import DocContext
from marsad.events.detect import EventMention
from marsad.mentions import ActorMention, DateMention, NumberMention, PlaceMention, SourceMention

_WITH = frozenset(["مع", "ومع"])
_BETWEEN = frozenset(["بين"])


@dataclass(frozen=True, slots=True)
class ArgWords:
    agent_markers: frozenset[str]
    agent_verbs: frozenset[str]
    target_markers: frozenset[str]
    target_verbs: frozenset[str]
    killed: frozenset[str]
    injured: frozenset[str]
    among: frozenset[str]
    civilians: frozenset[str]
    children: frozenset[str]
    women: frozenset[str]
    report_cues: frozenset[str]
    prepositions: frozenset[str]
    approx: frozenset[str]
    statement_words: frozenset[str] = frozenset()
    locative: frozenset[str] = frozenset()
    destination: frozenset[str] = frozenset()
    singular_victims: frozenset[str] = frozenset()
    fronted_deaths: frozenset[str] = frozenset()  # «إن جنديا تركيا قتل»: passive verbs after a fronted victim
    fronted_wounds: frozenset[str] = frozenset()
    nationwide_heads: frozenset[str] = frozenset()  # «في جميع أنحاء تركيا»: the whole country
    venue_words: frozenset[str] = frozenset()  # «في مؤتمر صحافي … في أنقرة»: where it was said
    died_verbs: frozenset[str] = frozenset()  # «توفي متأثرا بجراحه»: died of the wounds
    wounds_after: frozenset[str] = frozenset()
    partner_nouns: frozenset[str] = frozenset()
    cumulative: frozenset[str] = frozenset()
    victim_side: frozenset[str] = frozenset()
    admin1_same_name_countries: frozenset[str] = frozenset()
    fire_agents: frozenset[str] = frozenset()
    subject_heads: frozenset[str] = frozenset()  # «هاجمت عناصر X»: right after a finite verb, its subject
    overlook_words: frozenset[str] = frozenset()  # «المطل على X»: X is what a position overlooks
    proximity_words: frozenset[str] = frozenset()  # «المجاور للقاعدة»: what a place lies next to
    strike_words: frozenset[str] = frozenset()  # «دك مواقع X»: X is what was struck
    soldier_victims: frozenset[str] = frozenset()  # «قتل جنديان تركيان»: the army of the dead is the target
    police_victims: frozenset[str] = frozenset()  # «مقتل ثلاثة شرطيين»: the police of the dead is the target
    agent_carriers: frozenset[str] = frozenset()  # «شنتها طائرات X»: an aircraft or force between verb and agent
    attribution: frozenset[str] = frozenset()
    self_report: frozenset[str] = frozenset()
    responsibility: frozenset[str] = frozenset()
    launch_verbs: frozenset[str] = frozenset()
    span_heads: frozenset[str] = frozenset()  # «خلال»، «طيلة»، «على مدى»: a span of time follows
    long_spans: frozenset[str] = frozenset()  # months and years: a toll summed over them is cumulative
    period_words: frozenset[str] = frozenset()  # «الفترة»: a period right after a toll
    time_units: frozenset[str] = frozenset()  # «49 عاما»، «48 ساعة»: a figure counting time, never the dead
    period_demonstratives: frozenset[str] = frozenset()  # «خلال هذه الفترة»
    month_span_heads: frozenset[str] = frozenset()  # «خلال/طيلة/طوال» (not «في»: «في 20 يوليو» is a day)
    month_nouns: frozenset[str] = frozenset()  # «خلال الشهر الجاري»
    rate_words: frozenset[str] = frozenset()  # «يوميا»: a figure per day is a rate
    current_words: frozenset[str] = frozenset()  # «الشهر الجاري»: the current month
    age_words: frozenset[str] = frozenset()  # «يبلغ من العمر 49»: an age follows
    appended_relatives: frozenset[str] = frozenset()  # «، والتي …»: a description added far after
    result_verbs: frozenset[str] = frozenset()  # «مما أسفر عن …»: the result of the happening
    rise_words: frozenset[str] = frozenset()  # «ارتفاع حصيلة القتلى»: a toll that rose (an update)
    frame_heads: frozenset[str] = frozenset()  # «في الوقت الذي …»: what else goes on, told after the happening
    travel_heads: frozenset[str] = frozenset()  # «للدخول إلى مدينة X»: X is where they were going
    target_nouns: frozenset[str] = frozenset()
    between: frozenset[str] = frozenset()
    civilian_target_words: frozenset[str] = frozenset()
    civilian_sites: frozenset[str] = frozenset()
    kill_active_verbs: frozenset[str] = frozenset()
    execute_verbs: frozenset[str] = frozenset()
    claim_verbs: frozenset[str] = frozenset()
    attacker_nouns: frozenset[str] = frozenset()
    kill_not_agent: frozenset[str] = frozenset()
    date_name_words: frozenset[str] = frozenset()
    state_heads: frozenset[str] = frozenset()
    force_carriers: frozenset[str] = frozenset()
    sender_words: frozenset[str] = frozenset()
    relative_people: frozenset[str] = frozenset()
    road_words: frozenset[str] = frozenset()
    topic_words: frozenset[str] = frozenset()
    cause_words: frozenset[str] = frozenset()
    that_particles: frozenset[str] = frozenset()
    relative_directions: frozenset[str] = frozenset()
    li_target_triggers: frozenset[str] = frozenset()  # trigger ids whose «لـ» complement is the target
    # (words, name template, "place"|"country", the trigger ids it acts for: empty = any interaction)
    bodies: tuple[tuple[tuple[str, ...], str, str, frozenset[str]], ...] = ()
    coalition_by_country: tuple[tuple[str, str], ...] = ()  # (ISO code, coalition name)
    definite_article_countries: frozenset[str] = frozenset()
    membership_words: frozenset[str] = frozenset()
    national_forces: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()  # (name template, word sequences)
    in_addition: frozenset[str] = frozenset()
    not_dual: frozenset[str] = frozenset()
    medium_nouns: frozenset[str] = frozenset()
    affiliation_words: frozenset[str] = frozenset()
    regime_words: frozenset[str] = frozenset()
    perpetrator_words: frozenset[str] = frozenset()
    undergone_verbs: frozenset[str] = frozenset()
    day_before_words: frozenset[str] = frozenset()
    person_subject_heads: frozenset[str] = frozenset()
    designation_words: frozenset[str] = frozenset()
    border_with: frozenset[str] = frozenset()
    border_words: frozenset[str] = frozenset()
    visitor_heads: frozenset[str] = frozenset()
    struck_words: frozenset[str] = frozenset()
    count_nouns: frozenset[str] = frozenset()
    report_masdars: frozenset[str] = frozenset()
    year_words: frozenset[str] = frozenset()
    on_the_way: frozenset[str] = frozenset()
    retaliation: frozenset[str] = frozenset()
    group_heads: frozenset[str] = frozenset()
    patient_nouns: frozenset[str] = frozenset()
    carrier_adjectives: frozenset[str] = frozenset()
    companions_one: frozenset[str] = frozenset()  # «مع زوجته»، «وابنه»: one more victim with the first
    companions_two: frozenset[str] = frozenset()  # «مع حارسيه»: two more
    announce_verbs: frozenset[str] = frozenset()
    reaction_verbs: frozenset[str] = frozenset()  # condemn, describe as, mourn, visit the site: who reacts
    governing_words: frozenset[str] = frozenset()  # «القيادي في حركة X»: the title is X's own
    affiliated_words: frozenset[str] = frozenset()  # «التابعة لـ X»: the body is X's organ
    owner_words: frozenset[str] = frozenset()  # «عربتين تابعتين لـ X»: what was struck is X's
    forces_sites: frozenset[str] = frozenset()  # «مسجد قوات الطوارئ»، «دورية للشرطة»: a site of the forces
    loss_verbs: frozenset[str] = frozenset()  # «X تكبدت خسائر فادحة»: X lost
    loss_nouns: frozenset[str] = frozenset()  # «أوقع خسائر … في صفوف X»: X lost
    loss_ranks: frozenset[str] = frozenset()  # «صفوف» between the losses and X
    other_time_words: frozenset[str] = frozenset()  # «بعد تحرير محافظات …»: another happening's list
    span_words: frozenset[str] = frozenset()  # «خلال الفترة الماضية في عدن والضالع»: many happenings' list
    arrest_words: frozenset[str] = frozenset()  # a figure right after one counts the arrested or abducted
    wounded_one_verbs: frozenset[str] = frozenset()  # «أصيب/أصيبت» (one person) … «بجروح»: one wounded
    wound_nouns: frozenset[str] = frozenset()
    quantity_words: frozenset[str] = frozenset()  # «أصيب عدد من …»، «أصيب العشرات»: not one
    fall_words: frozenset[str] = frozenset()  # «سقوط 12 متمردا وإصابة ثمانية آخرين»: the fallen are the dead
    territory_from: frozenset[str] = frozenset()  # «… من سيطرة X»: X lost the ground
    receiver_preps: frozenset[str] = frozenset()  # «مساعدة إلى العراق»: the state after them receives aid
    stale_days: int = 10
    war_toll: int = 1000  # a killed figure this large is a war's or a period's dead, not one happening's
    army_in: tuple[tuple[str, str], ...] = ()  # (territory, state): whose army «الجيش» is there


@lru_cache(maxsize=1)
def arg_words() -> ArgWords:
    raw = json.loads(files("marsad.data").joinpath("event_arguments.json").read_text(encoding="utf-8"))
    n = normalize_text
    codes = frozenset(raw.pop("admin1_same_name_countries", []))
    the = frozenset(raw.pop("definite_article_countries", []))
    bodies = tuple((tuple(n(x) for x in b["words"]), b["name"], b["by"], frozenset(b.get("triggers", ())))
                   for b in raw.pop("bodies", []))
    coal = tuple(raw.pop("coalition_by_country", {}).items())
    stale = int(raw.pop("stale_days", 10))
    war = int(raw.pop("war_toll", 1000))
    forces = tuple((template, tuple(tuple(n(p).split()) for p in phrases))
                   for template, phrases in raw.pop("national_forces", {}).items())
    army_in = tuple(raw.pop("army_in", {}).items())
    words = {k: frozenset(n(w) for w in v) for k, v in raw.items() if not k.startswith("_")}
    return ArgWords(**words, admin1_same_name_countries=codes, definite_article_countries=the, bodies=bodies,
                    coalition_by_country=coal, stale_days=stale, war_toll=war,
                    national_forces=forces, army_in=army_in)


@dataclass(slots=True)
class Toll:
    best: int | None = None
    low: int | None = None
    high: int | None = None
    civilians: int | None = None
    children: int | None = None
    women: int | None = None
    approximate: bool = False
    span: tuple[int, int] | None = None
    side: str | None = None  # the victims' group when named (an actor's canonical name)
    vague: bool = False  # عشرات القتلى: a conventional figure, not a count


@dataclass(slots=True)
class Args:
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    place: PlaceMention | None = None
    date: DateMention | None = None
    killed: Toll | None = None
    injured: Toll | None = None
    sources: list[SourceMention] = field(default_factory=list)
    actor1_rank: int = 0  # how sure the agent reading is (RANK_*): the surer one wins when mentions merge


@lru_cache(maxsize=64)
def _cue(name: str) -> frozenset[str]:
    """A cue list of event_cues.json (normalised, read once)."""
    from marsad.events.lexicon import load_lexicon

    return load_lexicon().cues[name]


def _words(ctx: DocContext, a: int, b: int, last: int = 0) -> list[tuple[int, int, list[str]]]:
    """(start, end, readings) of the words in [a, b); only the last ``last`` of them when it is given (the same as
    slicing ``[-last:]``, without reading the words before)."""
    starts = _starts(ctx)
    lo = bisect_left(starts, a)
    hi = bisect_left(starts, b)
    if last > 0:
        lo = max(lo, hi - last)
    rows = ctx.word_rows
    filled = ctx.memo.get("rows_filled")  # which rows are made (a byte per token)
    if rows is None or filled is None:
        rows = ctx.word_rows = [None] * len(ctx.tokens)  # type: ignore[list-item]
        filled = ctx.memo["rows_filled"] = bytearray(len(ctx.tokens))
    if 0 in filled[lo:hi]:  # every token's readings once per document, on first use (shared, read-only)
        toks = ctx.tokens
        for k in range(lo, hi):
            if not filled[k]:
                t = toks[k]
                rows[k] = (t.start, t.end, list(clitic_words(t.norm, True)))
                filled[k] = 1
    return rows[lo:hi]


def _starts(ctx: DocContext) -> list[int]:
    return ctx.token_starts


def _in_any(readings: list[str], words: frozenset[str]) -> bool:
    return not words.isdisjoint(readings)  # some reading is one of the words (one C-level test)


def _actors_in(ctx: DocContext, a: int, b: int) -> list[ActorMention]:
    return [x for x in ctx.actors if a <= x.start and x.end <= b]


def _preceded_by(ctx: DocContext, pos: int, words: frozenset[str], lo: int, window: int = 2) -> bool:
    prev = _words(ctx, lo, pos, last=window)
    return any(_in_any(r, words) for _, _, r in prev)


@lru_cache(maxsize=1)
def _wage_verbs() -> frozenset[str]:
    """«تخوض القوات … معارك»: verbs of waging (the lexicon's cues, now and past); the subject after one wages the
    battles named a few words on."""
    from marsad.events.lexicon import load_lexicon

    cues = load_lexicon().cues
    return cues["wage_verbs"] | cues["waged_verbs"]


_WITH_AGAINST = frozenset(("مع", "ضد"))
_OWN_PRONOUNS = ("ته", "تها", "تهم")  # a verbal noun in ة with a possessive pronoun: «سيطرته، سيطرتها، سيطرتهم»


def _agent_through_carrier(ctx: DocContext, x: ActorMention, lo: int) -> bool:
    """«في غارات شنتها طائرات النظام السوري»: the agent verb, then a carrier (aircraft, forces), then the actor."""
    w = arg_words()
    prev = _words(ctx, lo, x.start, last=2)
    return len(prev) == 2 and _in_any(prev[0][2], w.agent_verbs) and _in_any(prev[1][2], w.agent_carriers)


def _carrier_demonym_agent(ctx: DocContext, m: EventMention) -> ActorMention | None:
    """«في الغارات التي نفذتها مقاتلات تركية»: an agent verb with the event's pronoun after the event word, then a
    carrier and a demonym (modifiers between: «طائرات حربية أميركية») name that state's forces as the agent."""
    from marsad.places.gazetteer import country_of_adjective

    w = arg_words()
    rows = _words(ctx, m.end, m.sent[1])[:8]
    for k in range(len(rows) - 2):
        if _in_any(rows[k][2], w.day_before_words):
            break  # («ويأتي الهجوم غداة غارات شنها الطيران التركي»: the agent of another day's happening)
        if not (_in_any(rows[k][2], w.agent_verbs) and _in_any(rows[k + 1][2], w.agent_carriers)):
            continue
        for j in range(k + 2, min(len(rows), k + 5)):
            a, b, r = rows[j]
            code = country_of_adjective(normalize_text(ctx.text[a:b]))
            if code:
                return ActorMention(a, b, ctx.text[a:b], f"Military Forces of {acled_country(code)}", 1, code,
                                    "state", confidence=0.6)
            if not _in_any(r, w.force_carriers):
                break
        break
    return None


_KANA_FORMS = frozenset(["كان", "كانت", "كانوا"])
_PRONOUNS_ARG = ("ها", "هم", "ه")  # («رفضها»، «اتهامه»: a word with its possessive or object pronoun)


def _after_kana(ctx: DocContext, x: ActorMention, lo: int) -> bool:
    """The actor (with its title) stands right after «كان/كانت» (bare or with «و/ف»)."""
    head = x.role_start if x.role_start is not None and x.role_start < x.start else x.start
    prev = _words(ctx, lo, head, last=1)
    return bool(prev) and normalize_text(ctx.text[prev[0][0] : prev[0][1]]).lstrip("وف") in _KANA_FORMS


def _after_that(ctx: DocContext, x: ActorMention, lo: int) -> bool:
    """The actor (with its title) stands right after «أن/إن/بأن»."""
    head = x.role_start if x.role_start is not None and x.role_start < x.start else x.start
    prev = _words(ctx, lo, head, last=1)
    return bool(prev) and _in_any(prev[0][2], arg_words().that_particles)


def _partner(ctx: DocContext, x: ActorMention, lo: int) -> bool:
    """X after «بالتنسيق مع / بالتعاون مع / بالاشتراك مع»: who the act was done with."""
    prev = _words(ctx, lo, x.start, last=2)
    return len(prev) == 2 and _in_any(prev[1][2], _WITH) and _in_any(prev[0][2], arg_words().partner_nouns)


_WITH = frozenset(["مع"])


def _actor_prefix(ctx: DocContext, am: ActorMention) -> str:
    """Proclitics written on the first word of an actor mention (لـ, ب, على ...)."""
    return _actor_prefix_at(ctx, am.start)  # the token holding am.start, found by bisection


_IN = frozenset(["في", "وفي", "بين"])


@lru_cache(maxsize=1)
def _support_words() -> frozenset[str]:
    from marsad.events.lexicon import load_lexicon

    return load_lexicon().sets["support_words"]



_HANDS_WORDS = frozenset(normalize_text(w) for w in ("يد", "أيدي", "ايدي", "قبضة"))
_FROM_WORD = frozenset(["من"])


def _held_by(ctx: DocContext, x: ActorMention, s0: int) -> bool:
    """«كانت في أيدي المتمردين»، «وقعت في يد التنظيم»، «من أيدي الحوثيين»: in (or out of) someone's hands is
    possession, not «على يد» agency."""
    prev = _words(ctx, s0, x.start, last=3)
    w = arg_words()
    for k, (_, _, r) in enumerate(prev):
        if _in_any(r, w.agent_markers) and k > 0 and _in_any(prev[k - 1][2], _IN):
            return True
        if _in_any(r, _HANDS_WORDS) and k > 0 and _in_any(prev[k - 1][2], _FROM_WORD):
            return True  # «استعادت القوات عدن من أيدي الحوثيين»: taken from their hands (not «من قبل», by them)
    if len(prev) == 1 and _in_any(prev[0][2], w.agent_markers):
        before = _words(ctx, s0, prev[0][0])[-1:]
        return bool(before) and _in_any(before[0][2], _IN)
    return False


_OWNER_HEADS = frozenset(["حزب", "تنظيم", "جماعة", "جماعه", "حركة", "حركه"])


def _owner_prefix(ctx: DocContext, x: ActorMention) -> bool:
    """The actor is written with the possessive «لـ» (للحوثيين، لتنظيم داعش، لحزب العمال), on its own first word
    or on the token it starts inside."""
    if _actor_prefix(ctx, x).endswith("ل"):
        return True
    # («مواقع لـ«جبهة النصرة»»: the «لـ» written apart, a quotation mark between it and the name)
    prev = [normalize_text(ctx.text[a:b]) for a, b, _ in _words(ctx, max(0, x.start - 8), x.start, last=2)]
    if len(prev) == 2 and prev[1] == '"' and prev[0] in ("ل", "لـ"):
        return True
    first = normalize_text(ctx.text[x.start : x.end]).split(maxsplit=1)
    if not first:
        return False
    word = first[0]
    return word.startswith("لل") or (word.startswith("ل") and (word[1:] in _OWNER_HEADS or word[1:] in arg_words().target_nouns
                                                               or word[1:] in arg_words().group_heads))


def _following(ctx: DocContext, pos: int, words: frozenset[str], hi: int, window: int = 3) -> bool:
    return any(_in_any(r, words) for _, _, r in _words(ctx, pos, hi)[:window])


def _following_past_names(ctx: DocContext, pos: int, words: frozenset[str], hi: int, window: int = 3) -> bool:
    """``_following`` not counting the words of a place or a day in between («أعلنت القوات في أفغانستان أمس
    الثلاثاء أنها …»)."""
    named = [(x.start, x.end) for x in ctx.places if pos <= x.start < hi]
    named += [(d.start, d.end) for d in ctx.dates if pos <= d.start < hi]
    rows = [r for a, _, r in _words(ctx, pos, hi) if not any(s <= a < e for s, e in named)]
    return any(_in_any(r, words) for r in rows[:window])


def _is_speaker(ctx: DocContext, x: ActorMention, s0: int) -> bool:
    """The one who reports (قال X، أفاد X، بحسب X، وفق X): not an actor of the happening."""
    w = arg_words()
    prev = _words(ctx, max(s0, x.start - 12), x.start, last=1)
    if prev and normalize_text(ctx.text[prev[0][0] : prev[0][1]]) in w.that_particles:
        return False  # «وقالت مصادر إن القوات العراقية سيطرت»: what the source reports opens after «إن»
    # (a person is introduced by a title: «وذكر المتحدث الأمني بوزارة الداخلية اللواء فلان»: the cue before the title)
    return _preceded_by(ctx, x.start, w.report_cues, s0, 2) or (
        x.role_start is not None and x.role_start < x.start and _preceded_by(ctx, x.role_start, w.report_cues, s0, 2)
    ) or any(
        s.start <= x.start < s.end and s.cue_start is not None and s.cue_start < x.start
        and _preceded_by(ctx, x.start, w.report_cues, s0, 3) for s in ctx.sources) or (
        # «وكان «المرصد السوري» أفاد بتواصل الاشتباكات»: the report verb right after the name (SVO)
        any(_in_any(r, w.report_cues) for _, _, r in
            [t for t in _words(ctx, x.end, x.end + 30) if ctx.text[t[0] : t[1]].strip("«»\"“”'")][:1]))


def _impersonal_report(ctx: DocContext, x: ActorMention, m: EventMention) -> bool:
    """«وبحسب بيان الرئاسة فإنه استشهد وأصيب عدد من المواطنين نتيجة القصف التركي»: «إنه» (of the matter) opens a
    clause whose verb is undergone (استشهد، أصيب، توفي: no act of the speaker's): the speaker reports no act of its own."""
    w = arg_words()
    ws = [t for t in _words(ctx, x.end, m.start) if ctx.text[t[0] : t[1]].strip("«»\"“”'()")]
    k = next((i for i, (a, b, r) in enumerate(ws[:4])
              if _in_any(r, w.self_report) and normalize_text(ctx.text[a:b]).lstrip("وف").endswith("نه")), None)
    if k is None:
        return False  # (only the masculine «إنه» of the matter: «قالت الشرطة إنها قتلت …» is its own act)
    # the word after «إنه»: the next one before the event word, or the event word itself
    nxt = ws[k + 1][2] if k + 1 < len(ws) else _words(ctx, m.start, m.end)[0][2]
    return _in_any(nxt, w.undergone_verbs)


def _victim_spans(ctx: DocContext, s0: int, s1: int) -> list[tuple[int, int, int]]:
    """Actors that are the counted victims of a number (13 عنصراً من الحوثيين، 11 حوثياً، 50 عنصراً لقوات
    النظام): (start, end, group) where co-victims of one number (من الحوثيين وقوات صالح) share the group."""
    out: list[tuple[int, int, int]] = []
    for g, n in enumerate(ctx.numbers):
        if not (s0 <= n.start < s1) or n.value is None or n.ordinal:
            continue
        side = _victim_side(ctx, n, s1)
        if not side:
            continue
        end = n.noun_end or n.end
        for x in ctx.actors:
            if x.name == side and n.start <= x.start < end + 40 and x.end <= s1:
                out.append((x.start, x.end, g))
                last = x
                for y in ctx.actors:  # coordinated co-victims (من الحوثيين وقوات صالح، مسلحي الحوثي وصالح)
                    # (a counted noun that names the side is followed by the side itself: «13 متمردا من الحوثي
                    # ومقاتلي صالح»)
                    if y.end <= s1 and last.end < y.start and (y.start <= last.end + 2 or (
                            ctx.text[last.end : y.start].strip() == "من" and last.start < end)):
                        out.append((y.start, y.end, g))
                        last = y
                break
    return out


def _target_after_marker(ctx: DocContext, x: ActorMention, s0: int, trigger: int = -1, verb: bool = False) -> bool:
    """X governed by a target marker, possibly through target nouns (على مواقع تابعة للحوثيين), or the object
    of the event verb itself through them (قصف معسكرات تابعة للحرس الجمهوري). A finite verb's first word after it,
    a head of fighters («هاجمت عناصر تنظيم داعش بلدة»، «سيطرت قوات المعارضة السورية على تلة»), opens its subject
    (VSO), not its object."""
    w = arg_words()
    prev = _words(ctx, s0, _token_start(ctx, x.start))[-5:]  # the words before the actor's own (لجماعة الحوثي)
    for k in range(len(prev) - 1, -1, -1):
        r = prev[k][2]
        if prev[k][0] == trigger and k < len(prev) - 1:
            return not (verb and k == len(prev) - 2 and _in_any(prev[k + 1][2], w.subject_heads)
                        and normalize_text(ctx.text[prev[k][0] : prev[k][1]]).endswith("ت"))
        if _in_any(r, w.target_markers | w.target_verbs):
            return True
        if not _in_any(r, w.target_nouns):
            return False
    return False


def civilians_target(ctx: DocContext, m: EventMention) -> ActorMention | None:
    """Civilians as the target: على أحياء سكنية، منازل المواطنين (within three words of a target marker)."""
    w = arg_words()
    s0, s1 = m.sent
    ws = _words(ctx, m.end, s1)[:12]
    for k, (_, _, r) in enumerate(ws):
        if not _in_any(r, w.target_markers | w.target_verbs):
            continue
        for a, b, r2 in ws[k + 1 : k + 4]:
            if _in_any(r2, w.civilian_target_words):
                return ActorMention(a, b, ctx.text[a:b], "Civilians", 7, None, "generic", confidence=0.5)
    return None


def find_actors(ctx: DocContext, m: EventMention) -> tuple[ActorMention | None, ActorMention | None]:
    """actor1 (who acts) and actor2 (the other side or the target) of an event mention (see `rank_actors`)."""
    a1, a2, _ = rank_actors(ctx, m)
    return a1, a2


# how sure the agent reading is: explicit phrase > construct/launch/VSO/self-report > SVO > sentence subject
RANK_EXPLICIT, RANK_SYNTAX, RANK_SVO, RANK_WEAK = 3, 2, 1, 0


def _struck_owner(ctx: DocContext, x: ActorMention, s0: int) -> bool:
    """«دك مواقع الميليشيات»، «قصف مقرات التنظيم»: the party is named right after a struck thing that itself follows
    a word of striking: it is what was struck."""
    w = arg_words()
    prev = _words(ctx, s0, _token_start(ctx, x.start))[-2:]
    return len(prev) == 2 and _in_any(prev[1][2], w.target_nouns - w.subject_heads - w.owner_words) \
        and _in_any(prev[0][2], w.strike_words)


def _unnamed_carrier_at(ctx: DocContext, pos: int, s1: int) -> bool:
    """The word right after ``pos`` (a verb) is an aircraft or a force without the article and no party is named by
    «من» or «تابعة» after it («قصفت طائرات حربية …»): the verb's own subject, one the text does not name."""
    w = arg_words()
    nxt = _words(ctx, pos, min(s1, pos + 40))[:2]  # (two words: a short window, not the rest of the sentence)
    if not nxt:
        return False
    word = normalize_text(ctx.text[nxt[0][0] : nxt[0][1]])
    if word.startswith(("ال", "وال")) or word not in w.agent_carriers or word in w.subject_heads:
        return False  # («سيطرت قوات من الجيش والمقاومة على …»: forces are named by the party after them)
    # («قصفت طائرات من سلاح الجو …»: the party the aircraft are of follows «من»)
    return len(nxt) < 2 or normalize_text(ctx.text[nxt[1][0] : nxt[1][1]]) not in ("من", "تابعة", "تابعه")


def _sentence_body(ctx: DocContext, s0: int) -> int:
    """Where the sentence proper starts after a dateline («* كراتشي - «الشرق الأوسط»: ...، بيروت: ...)."""
    head = ctx.text[s0 : s0 + 50]
    k = head.find(":")
    return s0 + k + 1 if 0 <= k < 45 else s0


_THAT_PRONOUN = frozenset(["انه", "انها", "انهم", "بانه", "بانها", "بانهم", "وانه", "وانها"])


@lru_cache(maxsize=1)
def _temporal_after() -> frozenset[str]:
    from marsad.events.lexicon import load_lexicon

    return load_lexicon().cues["temporal_after"]


def _title_chain(ctx: DocContext, gap: list[tuple[int, int, list[str]]]) -> bool:
    """The words between a verb and a name are a chain of offices: it opens with an office word (رئيس، مفتي،
    وزير …), holds at least two of them and no mark of a new phrase."""
    from marsad.actors import lexicon as actor_lexicon
    from marsad.actors.lexicon import role_data

    roles = actor_lexicon().roles
    honorifics = role_data()["modifiers"]
    while gap and any(r in honorifics for r in gap[0][2]) and not any(r in roles for r in gap[0][2]):
        gap = gap[1:]  # «سماحة مفتي عام المملكة …»، «معالي وزير …»: an honorific before the office
    if not gap or not any(r in roles for r in gap[0][2]):
        return False
    if any(not ctx.text[a:b].strip("«»\"“”'").replace("-", "").isalpha() for a, b, _ in gap):
        return False
    return sum(1 for _, _, r in gap if any(x in roles for x in r)) >= 2


_RELATIVES = frozenset(normalize_text(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"))


_BARE_THAT = frozenset(("ان", "بان"))


def _reported_beyond(ctx: DocContext, a: int, b: int) -> bool:
    """A bare «إن/أن/بأن» (no pronoun on it) between ``a`` and ``b`` followed by a noun: what lies after it is reported
    speech with its own subject."""
    rows = _words(ctx, a, b)
    return any(normalize_text(ctx.text[s:e]) in _BARE_THAT and k + 1 < len(rows) for k, (s, e, _) in enumerate(rows))


def _reacts(ctx: DocContext, x: ActorMention, s0: int, trigger: int) -> bool:
    """«وصف المفتي حادثة التفجير … بالعمل الإجرامي»، «الأمير … يستنكر الهجوم»: the subject of a verb of reaction
    (condemn, describe as, mourn, visit the site) told before the happening's word reacts to it; it did not do it."""
    if x.end > trigger:
        return False
    verbs = arg_words().reaction_verbs

    def react(a: int, b: int, r: list[str]) -> bool:
        # the word itself, or behind «و»/«ف» (not any clitic reading: وزارة ≠ زار); the readings hold the word,
        # so a word none of whose readings is a verb of reaction is skipped without normalising it
        if verbs.isdisjoint(r):
            return False
        word = normalize_text(ctx.text[a:b]).strip("«»\"“”'،,")
        return word in verbs or (word[:1] in "وف" and word[1:] in verbs)

    if any(react(a, b, r) for a, b, r in _words(ctx, s0, x.start)):
        return True
    nxt = [t for t in _words(ctx, x.end, trigger) if ctx.text[t[0] : t[1]].strip("«»\"“”'،,")][:2]
    if len(nxt) == 2 and normalize_text(ctx.text[nxt[0][0] : nxt[0][1]]) not in ("قد", "لقد", "وقد"):
        nxt = nxt[:1]  # («كانت البعثة قد أعربت عن قلقها»: the particle of the pluperfect before the verb)
    return any(react(a, b, r) for a, b, r in nxt)


_OFFICIALS = frozenset(normalize_text(w) for w in ("مسؤولون", "مسئولون"))  # («ثمن مسؤولون يمنيون …»: officials speak for their state)


def rank_actors(ctx: DocContext, m: EventMention) -> tuple[ActorMention | None, ActorMention | None, int]:
    """actor1 (who acts) and actor2 (the other side or the target) of an event mention.

    Agent, in order: explicit agent phrases (على يد، من قبل، تبنى، نسبت إلى، بنيران X، شنه X، أعلن X
    مسؤوليته), a speaker telling its own act (قالت X إنها قتلت), the two sides of a clash (بين X و Y), the
    genitive of an event noun (غارات التحالف), the subject of a launch verb before the noun (شن X غارات),
    the subject of the verb (VSO, then SVO). Speakers of reports, the victims counted by a number and
    actors governed by a target marker are never the agent of a violent event. Target: the actor after a
    target marker (ضد، على، استهدف …, also through «مواقع تابعة لـ»), else the victims' side."""
    st: int | ActorMention | None  # (declared for mypyc: these names are reused with another type below)
    g2: int | None
    w = arg_words()
    s0, s1 = m.sent
    c0, c1 = m.clause
    # («… 22 غارة بالعراق بالتنسيق مع الحكومة العراقية»: a partner of the act is neither its agent nor its target)
    sent_actors = [x for x in _actors_in(ctx, s0, s1) if not _partner(ctx, x, s0)]
    if m.cls == "protest":
        return _protesters(ctx, m, sent_actors), None, RANK_SYNTAX
    if not sent_actors:
        if m.cls == "political":
            return state_actor(ctx, m), None, RANK_WEAK
        forces = demonym_forces(ctx, m) if m.cls == "violence" else None
        return forces, civilians_target(ctx, m), RANK_SYNTAX if forces else RANK_WEAK
    political = m.cls == "political"
    vspans = _victim_spans(ctx, s0, s1)
    victims = {(a, b) for a, b, _ in vspans}
    group = {(a, b): g for a, b, g in vspans}
    kill_verb = m.pos == "verb" and _in_any(list(clitic_words(normalize_text(ctx.text[m.start : m.end]), True)),
                                             w.kill_not_agent)

    fronted = _single_victim_spans(ctx, s0, s1) if m.cls == "violence" else []

    def victim(x: ActorMention) -> bool:
        # («بمقتل 17 حوثيا بينهم القيادي فلان»: a person named among the dead is one of them; «إن جنديا تركيا قتل»:
        # the victim fronted before a passive verb)
        return (x.start, x.end) in victims or (x.kind == "person" and _preceded_by(ctx, x.start, w.among, s0, 3)) \
            or any(a <= x.start < b for a, b in fronted)

    def speaker(x: ActorMention) -> bool:
        return _is_speaker(ctx, x, s0)

    def is_target(x: ActorMention) -> bool:
        pre = _actor_prefix(ctx, x)
        return _preceded_by(ctx, x.start, w.target_markers, s0) or pre.endswith(("ب",)) and political

    def agent_ok(x: ActorMention) -> bool:
        # civilians (type 7) are never the agent of violence
        # (protesters arrest no one, and in a violent happening told apart from a protest they are its victims:
        # «ضرب المتظاهرين وقتلهم»)
        return political or not (victim(x) or speaker(x) or _target_after_marker(ctx, x, s0, trig, m.pos == "verb")
                                 or x.type == 7
                                 or _reacts(ctx, x, s0, m.start)
                                 or (m.cls in ("arrest", "violence") and x.type == 6)
                                 or (m.cls == "arrest" and (x.type == 5 or x.name == "Terrorists")))

    after = [x for x in sent_actors if x.start >= m.end]
    before = [x for x in sent_actors if x.end <= m.start]
    if political and m.pos == "verb":
        nxt_row = _words(ctx, m.end, s1)[:1]
        subj_word = normalize_text(ctx.text[nxt_row[0][0] : nxt_row[0][1]]) if nxt_row else ""
        if subj_word.endswith(("ون", "يين")) and country_adjective_in([subj_word]):
            # «وطالب البحرينيون بسحب السفير»: a nation's people as the subject speak for no party
            return None, None, RANK_WEAK
        if nxt_row and ((subj_word.endswith("ون") and len(subj_word) >= 5 and not subj_word.startswith("ال")
                         and subj_word.lstrip("و") not in _OFFICIALS) or subj_word in _cue("non_party_plurals")) \
                and not any(x.start <= nxt_row[0][0] < x.end for x in sent_actors):
            # «واستنكر مغردون تصريحات فلان»: a bare plural in the nominative right after the verb is its subject,
            # a group the text does not name; the party named after it is the object, not who acts
            return None, None, RANK_UNNAMED
    a1: ActorMention | None = None
    a2: ActorMention | None = None
    rank = RANK_SYNTAX
    trig = _token_start(ctx, m.start)

    # explicit agents: على يد X, من قبل X, تبنى X, نسبت إلى X, بنيران X, شنه X, أعلن X مسؤوليته (of a violent
    # happening: in «شجب X التفجير الذي نفذه الإرهابيون» they did the bombing, X condemns it)
    later = _temporal_after()
    for x in sent_actors if not political else ():
        if victim(x):
            continue
        if x.start > m.end and any(_in_any(r, later) for _, _, r in _words(ctx, m.end, x.start)):
            continue  # «سيطرت القوات على … بعد قطع الإمداد من قبل الطيران»: the agent of what came before
        if x.start > m.end and m.pos == "verb" and any(_in_any(r, _cue("purpose")) for _, _, r in _words(ctx, m.end, x.start)):
            continue  # «قصفت الطائرات القاعدة تمهيدا لاقتحامها من قبل المقاومة»: the agent of what it prepares
        # (what a happening is attributed to follows «إلى»: in «في هجوم نسبته السلطات إلى التمرد الكردي» the
        # authorities attribute it, the insurgents did it)
        attributed = _preceded_by(ctx, x.start, w.attribution, s0, 8) and (
            _preceded_by(ctx, x.start, _TO, s0, 2) or normalize_text(ctx.text[x.start : x.end]).startswith("لل"))
        if (attributed or _preceded_by(ctx, x.start, w.agent_markers, s0, 3)) and not _preceded_by(
                ctx, x.start, w.target_markers, s0, 1) and not _held_by(ctx, x, s0):
            if _preceded_by(ctx, x.start, w.designation_words, s0, 9):
                continue  # «الحزب المصنف تنظيما إرهابيا من قبل تركيا والولايات المتحدة»: who lists it, not who acts
            a1 = x
            break
        if _preceded_by(ctx, x.start, w.agent_verbs | w.fire_agents, s0, 1) or _agent_through_carrier(ctx, x, s0):
            a1 = x
            break
        if x.start > m.end and _did_it(ctx, x, s0):
            a1 = x  # «عن استهداف جديد قام به سلاح الجو التركي»: «قام به» after the event word names who did it
            break
        # («أعلنت حركة طالبان الباكستانية في بيان أمس المسؤولية عن …»: the claim two words further off after «أعلن»)
        if not political and (_following(ctx, x.end, w.responsibility, s1, 3) or (
                _following(ctx, x.end, w.responsibility, s1, 5) and _preceded_by(ctx, x.start, w.claim_verbs, s0, 2))):
            a1 = x
            break
    if a1 is None and not political:
        a1 = _carrier_demonym_agent(ctx, m)
    if a1 is not None:
        rank = RANK_EXPLICIT
    if a1 is None and not political:
        # a speaker telling its own act: قالت قوات الأمن إنها قتلت، أعلن الجيش أنه حرر
        for x in before:
            if speaker(x) and _following_past_names(ctx, x.end, w.self_report, m.start, 3) \
                    and not _impersonal_report(ctx, x, m):
                a1 = x
        # «أعلنت المقاومة سيطرتها على …»: the event word with the speaker's own pronoun right after the speaker
        own = normalize_text(ctx.text[m.start : m.end]).split(maxsplit=1)[0] if m.end > m.start else ""
        if a1 is None and own.endswith(_OWN_PRONOUNS):
            a1 = next((x for x in reversed(before) if speaker(x) and len(_words(ctx, x.end, m.start)) <= 1), None)
    talks = political and m.trigger.plover is not None and m.trigger.plover[0] in ("CONSULT", "AGREE")
    if a1 is None and (m.trigger.id in ("clash", "clash_between") or talks) and "relative" not in m.reasons:
        # اشتباكات بين X و Y; «المباحثات التي جرت بين X و Y»، «اتفاق بين X و Y»: the two parties of a meeting or a deal
        ws = _words(ctx, m.end, s1)[:5]  # «اشتباكات عنيفة دارت أمس بين …»
        at = next((st for st, _, r in ws if _in_any(r, w.between)), None)
        if at is None and _HANDS.search(ctx.text, m.end, min(s1, m.end + 160)) is not None:
            # «المواجهات بين الجيش الوطني والمقاومة الشعبية من جهة وبين الميليشيات …»: the «بين» is the mention's own
            # last word, and «من جهة» splits the parties named after it into two sides
            at = next((st for st, _, r in _words(ctx, m.start, m.end) if _in_any(r, w.between)), None)
        if at is not None:
            x1, x2 = _between_sides(ctx, at, after, victim, talks, s0, s1, m.end)
            if x1 is not None and (not talks or (x2 is not None and len(_words(ctx, at, x1.start)) <= 1)):
                # (talks need both parties, the first right after «بين»)
                return x1, x2, RANK_SYNTAX
    if political and m.trigger.plover is not None and m.trigger.plover[0] == "AID":
        # «وصلت سفينة محملة بالمساعدات أرسلها برنامج الأغذية»، «شحنة أدوية مقدمة من الهلال الأحمر»: the one who sent
        # the shipment, right after a word of sending in its clause, gives the aid
        sent = [st for st, _, r in _words(ctx, m.end, m.clause[1])[:12] if _in_any(r, w.sender_words)]
        if sent:
            giver = next((x for x in after if x.start > sent[0] and len(_words(ctx, sent[0], x.start)) <= 3), None)
            if giver is not None:
                # the receiver is named before the sender («… لسكان عدن أرسلها X»), never in the sender's phrase
                # («برنامج الأغذية التابع للأمم المتحدة»)
                to = next((x for x in after if x.end <= sent[0] and x is not giver
                           and _preceded_by(ctx, x.start, w.destination, s0, 1)), None)
                return giver, to, RANK_EXPLICIT
    if political and m.trigger.id in _cue("epithet_triggers"):
        # «قال الشيخ فلان: «إن ما حدث اعتداء آثم»»، «وأكد الأمير أن هذا العمل الجبان …»: who says it condemns (the
        # speaker of the quote it stands in, else the subject of the verb of saying before it); no party named after
        # the epithet is the speaker, and an armed party named before it in its clause («إن قيام قوات الاحتلال
        # باقتحام المسجد هو عمل همجي») did what is condemned
        q = next((q for q in ctx.quotes if q.start <= m.start < q.end and q.speaker is not None), None)
        who = q.speaker if q is not None else None
        if who is None:
            cue = None
            for st, _, r in _words(ctx, s0, m.start):
                if _in_any(r, w.report_cues):
                    cue = st
            who = next((x for x in before if cue is not None and x.start > cue and x.type != 7), None)
        did = next((x for x in reversed(before) if x.start >= c0 and x.type in (1, 2, 3) and x is not who), None)
        return who, did, RANK_SYNTAX
    if a1 is None and m.pos == "noun" and political:
        # an evaluation said by someone (قال X إن ... «وصمة عار» للمحكمة): the speaker after the
        # report verb; otherwise the subject nearest before (جدد الرئيس X التهديد بشن ...)
        cue = None
        for st, _, r in _words(ctx, s0, m.start):
            if _in_any(r, w.report_cues):
                cue = st
        spk = [x for x in before if cue is not None and x.start > cue]
        if spk:
            a1 = spk[0]
        elif before and normalize_text(ctx.text[m.start : m.end]).lstrip("و") in _cue("circumstantial_participles"):
            # «واتهم المجلس الحوثيين بنقل المعتقلين …، محملا مسلحي الحوثي المسؤولية»: a participle of state
            # describes the subject of the sentence's main verb (the first party named), not the last one named
            a1 = before[0]
        elif before:
            a1 = before[-1]
        if m.trigger.id in _cue("stance_noun_triggers"):
            # «قال المتحدث إن المبعوث جدد دعوته …»: the subject of the verb of stating (right after it, else right
            # before it) takes the stance, not the speaker who reports it
            stated = [st for st, _, r in _words(ctx, max(s0, m.clause[0]), m.start, last=10) if _in_any(r, _cue("stance_verbs"))]
            if stated:
                sv = stated[-1]
                subj = [x for x in before if x.start > sv] or [x for x in before if x.end <= sv
                                                               and len(_words(ctx, x.end, sv)) <= 2]
                if subj:
                    a1 = subj[0] if subj[0].start > sv else subj[-1]
        if m.trigger.id in _cue("genitive_agent_triggers"):
            # «جدد المجلس إدانة المملكة للهجوم»، «ونقلت عن إدانة وزارة الخارجية الفرنسية في بيان …»: a party right
            # after the verbal noun is who condemns, when no one is named before or when what is condemned
            # follows it («لـ…») or the medium does; otherwise it is the one condemned («أكد الوزير إدانة إسرائيل»)
            gen = next((x for x in after if not _words(ctx, m.end, x.start) and not _actor_prefix(ctx, x)), None)
            if gen is not None:
                follow = [normalize_text(ctx.text[a:b]) for a, b, _ in _words(ctx, gen.end, s1)[:2]]
                if follow and follow[0].startswith("ال") and len(follow) > 1:
                    follow = follow[1:]  # «إدانة الولايات المتحدة الشديدة للهجمات»: an adjective of the noun between
                if a1 is None or (follow and (follow[0].startswith(("ل", "ب")) or follow[0] == "في")):
                    a1 = gen
        # (not one named as the cause: «معدات طبية … لإنقاذ المصابين جراء قصف الميليشيات»)
        # (nor the topic: «محادثات … بشأن مصير الرئيس السوري»)
        a2 = next((x for x in after if (a1 is None or x.name != a1.name)
                   and not (x.type in (1, 2, 3)
                            and any(_in_any(r, w.cause_words) for _, _, r in _words(ctx, m.end, x.start)))
                   and not _preceded_by(ctx, x.start, w.topic_words, s0, 3)), None)
        return a1, a2, RANK_SYNTAX
    # «اعتقال عناصر من X»، «طرد المسلحين»، «اغتيال القيادي»: the genitive of these nouns is who undergoes the act
    patient = m.pos == "noun" and not political and _in_any(
        list(clitic_words(normalize_text(ctx.text[m.start : m.end]).split(maxsplit=1)[0], True)), w.patient_nouns)
    undergoer: ActorMention | None = None
    if patient:
        undergoer = next((x for x in after if x.start < c1 + 1 and len(_words(ctx, m.end, x.start)) <= 3
                          and not speaker(x)), None)
    if a1 is None and m.cls == "violence" and m.pos == "noun" and "relative" in m.reasons:
        # «وفي شبوة التي تدور فيها معارك بين المقاومة والحوثيين، قتل … في قصف لطيران التحالف»: fighting named in
        # a relative clause describes the place; the sides after it are not the parties of the happening told
        # (an explicit agent, «إثر تعرضه لإطلاق نار من قبل مجهولين», was taken above)
        return None, None, RANK_WEAK
    if a1 is None and m.pos == "noun" and m.trigger.id == "target" and not patient:
        # «استهداف الميليشيات لمطار عدن»: the genitive of «استهداف» is its agent when the target follows with «لـ»
        # (otherwise it is the target: «استهداف المدنيين»)
        gen = next((y for y in after if len(_words(ctx, m.end, y.start)) == 0 and y.start < c1 + 1), None)
        nxt = _words(ctx, gen.end, s1)[:1] if gen is not None else []
        if gen is not None and nxt and normalize_text(ctx.text[nxt[0][0] : nxt[0][1]]).startswith("ل") \
                and gen.type in (1, 2, 3) and agent_ok(gen):
            a1 = gen
    if a1 is None and m.pos == "noun" and m.trigger.id not in ("target",) and not patient:
        # genitive: قصف (صاروخي) للتحالف، هجوم لتنظيم ...
        for x in after:
            gap = _words(ctx, m.end, x.start)
            if len(gap) <= 1 and x.start < c1 + 1:
                if gap and not political and _in_any(gap[0][2], w.target_nouns) \
                        and not _in_any(gap[0][2], w.subject_heads | w.agent_carriers):
                    break  # «دك مواقع الميليشيات»، «قصف مقرات التنظيم»: the owner of what was struck, not the striker
                pre = _actor_prefix(ctx, x)
                if m.trigger.id in w.li_target_triggers and (
                        pre.endswith("ل") or normalize_text(ctx.text[x.start : x.end]).startswith("لل")):
                    break  # «نصب المقاتلون كمينا للحوثيين»: an ambush laid for them, not theirs
                if political or not _preceded_by(ctx, x.start, w.target_markers, s0, 1):
                    if (pre in ("", "ل", "لل") or pre.endswith("ل")) and agent_ok(x):
                        a1 = x
                break
    if a1 is None and m.pos == "noun" and m.cls in ("territory", "arrest"):
        # «أعلنت الشرطة أمس اعتقال …»، «أعلن الجيش سيطرته على …»: an armed body announcing the act did it
        # (sources, ministries of information or witnesses «أكدت مصادر سيطرة …» are no armed body)
        prev = _words(ctx, s0, m.start, last=8)  # «أعلنت وزارة الداخلية الكويتية اليوم الخميس ضبط …»
        ann = [st for st, _, r in prev if _in_any(r, w.announce_verbs)]
        if ann:
            av = ann[-1]
            armed = [x for x in sent_actors if x.type in (1, 2, 3, 4) and x is not undergoer and (
                av < x.start < m.start or (x.end <= av and len(_words(ctx, x.end, av)) <= 1))]
            if armed:
                a1, rank = armed[0], RANK_SYNTAX
    if a1 is None and m.pos == "noun" and not political:
        # the subject of a launch verb right before the noun: شن طيران التحالف غارات، واصل X، صباح أمس، شن غاراته
        # («كثف التحالف العربي، الجمعة بحسب سكاي نيوز، غاراته»: a few words of time and source may stand between)
        # (a verb of waging may stand a little further: «تخوض القوات العراقية المدعومة بفصائل … معارك»)
        prev = _words(ctx, s0, m.start, last=10)
        launch = [(st, en) for k, (st, en, r) in enumerate(prev)
                  if (k >= len(prev) - 8 and _in_any(r, w.launch_verbs)) or _in_any(r, _wage_verbs())]
        if launch:
            lv, lv_end = launch[-1]
            between = [x for x in sent_actors if lv < x.start < m.start and agent_ok(x)]
            # («طائرات للتحالف ضد «داعش» قامت بقصف …»: a party behind «ضد» is who the launcher fights, not the
            # launcher)
            # («… دك مواقع الميليشيات، كما واصلت طائرات الأباتشي قصف …»: the owner of what an earlier clause struck
            # is not the subject, nor is anyone when aircraft the text does not name follow the verb)
            earlier = [x for x in before if x.end <= lv and agent_ok(x) and len(_words(ctx, x.end, lv)) <= 8
                       and not _preceded_by(ctx, x.start, _AGAINST, s0, 2)
                       and not _struck_owner(ctx, x, s0)] \
                if not _unnamed_carrier_at(ctx, lv_end, s1) else []
            if between:
                a1 = between[0]
            elif earlier:
                a1 = earlier[-1]
                if len(earlier) > 1 and any(normalize_text(ctx.text[a:b]) in _THAT_PRONOUN
                                            for a, b, _ in _words(ctx, earlier[-1].end, lv)):
                    # «أبلغت تركيا الأمم المتحدة أنها بدأت في شن غارات»: «أنها» takes up the sentence's
                    # subject, not the one told
                    a1 = earlier[0]
    if a1 is None and "means" in m.reasons:
        # «واستهدفت المليشيات منازل المدنيين … بقصف عنيف»: the means of an attack told by the verb opening its
        # clause has that verb's subject (the armed actor right after it) as its agent
        first = next((x for x in before if x.start >= c0), None)
        # (right after «استهدفت» it is the subject, not the target the marker would make it)
        if first is not None and first.type in (1, 2, 3, 4) and not victim(first) and not speaker(first) \
                and 1 <= len(_words(ctx, c0, first.start)) <= 2:
            a1, rank = first, RANK_SYNTAX
    if a1 is None and not political and m.cls == "violence":
        # «أعلن الجيش أن طائراته قصفت …»، «قالت الوزارة إن قواتها …»: the forces of the one who tells it (a
        # carrier with its pronoun right after «أن») struck
        prev = _words(ctx, s0, m.start, last=6)
        for k in range(1, len(prev)):
            word = normalize_text(ctx.text[prev[k][0] : prev[k][1]])
            if normalize_text(ctx.text[prev[k - 1][0] : prev[k - 1][1]]) in _THAT_FRAME and any(
                    word.endswith(suf) and word[: -len(suf)] in w.force_carriers for suf in ("ه", "ها", "هم")):
                told = [x for x in before if x.end <= prev[k - 1][0] and speaker(x) and x.type in (1, 2, 3, 4, 8)]
                if told:
                    a1, rank = told[-1], RANK_SYNTAX
                break
    feminine = m.pos == "verb" and m.tense == "past" and \
        normalize_text(ctx.text[m.start : m.end]).split(maxsplit=1)[0].endswith("ت")
    if a1 is None and kill_verb and after and not political:
        # «قتل مسلحون أمس رجلا»: a nominative plural right after the verb (ـون) is its subject, not its victims
        x = after[0]
        word = normalize_text(ctx.text[x.start : x.end]).split(maxsplit=1)[0]
        if word.endswith("ون") and len(_words(ctx, m.end, x.start)) == 0 and agent_ok(x):
            a1 = x
    if a1 is None and m.pos == "verb":
        # «وكان X قد انتقد Y»: in the pluperfect the subject stands between «كان» and «قد»
        prev = _words(ctx, s0, m.start, last=8)
        if prev and ctx.text[prev[-1][0] : prev[-1][1]] == "قد":
            kana = [st for st, en, _ in prev[:-1] if normalize_text(ctx.text[st:en]).lstrip("و") in _KANA_FORMS]
            subj = [x for x in before if kana and kana[-1] < x.start and x.end <= prev[-1][0] and agent_ok(x)]
            if subj:
                a1, rank = subj[0], RANK_SYNTAX
    if a1 is None and m.pos == "verb" and m.trigger.id == "expel" and before:
        # «أحكمت المقاومة سيطرتها على القاعدة بعد أن طردت المليشيات منها»: the one expelled follows the verb;
        # the sentence's subject told before it expels
        subj = [x for x in before if x.start >= s0 and agent_ok(x) and not is_target(x)]
        if subj:
            a1, rank = subj[0], RANK_SVO
    if a1 is None and m.pos == "verb" and political and before and before[-1].start >= c0 \
            and not _words(ctx, before[-1].end, m.start) and agent_ok(before[-1]) \
            and _after_that(ctx, before[-1], s0):
        # «أن رئيس مجلس النواب سليم الجبوري طلب من الأردن …»: the subject between «أن/إن» and the verb (SVO,
        # nothing between it and the verb) speaks; an actor further on after the verb is part of what is said
        a1, rank = before[-1], RANK_SVO
    # «دعوا رئيس الوزراء إلى …»: a past verb carrying its plural subject (ـوا) has no subject after it; who
    # follows is its object
    plural_verb = political and m.pos == "verb" and normalize_text(ctx.text[m.start : m.end]).split(
        maxsplit=1)[0].endswith("وا")
    # «… فيما قصفت طائرات حربية مواقع الجماعة»: an indefinite aircraft or force right after the verb is its own
    # subject, one the text does not name; the party named earlier in the sentence does not stand in for it
    unnamed_subject = m.pos == "verb" and not political and _unnamed_carrier_at(ctx, m.end, s1)
    # («إن مقاتلي الحزب هاجموا موقعا أماميا للجيش»: a verb carrying its plural subject (ـوا) has no subject after it)
    carried_subject = m.pos == "verb" and normalize_text(ctx.text[m.start : m.end]).split(maxsplit=1)[0].endswith("وا")
    if a1 is None and political and m.pos == "verb" and before \
            and normalize_text(ctx.text[m.start : m.end]).split(maxsplit=1)[0].endswith(_PRONOUNS_ARG):
        # «وأعلنت الحكومة العراقية رفضها تعرض القرى لقصف الطائرات التركية»: the word with its pronoun after a verb
        # of stating is the stance noun (her rejection), whose agent is that verb's subject, named between the two
        stated = [st for st, _, r in _words(ctx, max(s0, m.clause[0]), m.start, last=6) if _in_any(r, _cue("stance_verbs"))]
        if stated:
            subj = [x for x in before if x.start > stated[-1]] or [
                x for x in before if x.end <= stated[-1] and not _words(ctx, x.end, stated[-1])][-1:]
            if subj:  # (the subject after the verb of stating, else right before it: «إن الحكومة أعلنت رفضها»)
                a1, rank = subj[0], RANK_SYNTAX
    if a1 is None and m.pos == "verb" and before and not _words(ctx, before[-1].end, m.start) \
            and agent_ok(before[-1]) and _after_kana(ctx, before[-1], s0):
        # «وكان تنظيم داعش هدد تركيا»: the pluperfect without «قد» — the subject stands between «كان» and the verb;
        # the party after the verb is its object
        a1, rank = before[-1], RANK_SYNTAX
    if a1 is None and m.pos == "verb" and m.trigger.id != "target" and not kill_verb and not plural_verb \
            and not carried_subject:
        for x in after:
            if x.start >= c1 and not political:
                break
            if feminine and x.kind == "person" and not political:
                break  # «قوات الاحتلال اعتقلت مالك …»: a man is not the subject of a feminine verb, he is its object
            if political and _preceded_by(ctx, x.start, _WITH, s0, 1):
                break  # «اجتمع مع X»: X is met, not the one who meets
            lead = _words(ctx, m.end, x.start)
            if _oblique_plural(ctx, x) and (not lead or (political and len(lead) <= 2
                                                         and _in_any(lead[0][2], w.person_subject_heads))):
                # «ودعت الحوثيين إلى …»: a sound plural in -ين right after the verb is its object, not its subject; so
                # after an office the text does not name («ودعا الرئيس المواطنين إلى اليقظة»: the office is the subject)
                break
            first_word = _words(ctx, m.end, x.start)[:1]
            if political and first_word and _in_any(first_word[0][2], w.statement_words):
                break  # «واتهم البيان عناصر حزب العمال»: the statement is the subject; the actor after is accused
            # a person's title counts with the name: «ندد معالي الرئيس العام لهيئة … الشيخ X»
            head = x.role_start if political and x.role_start is not None and m.end <= x.role_start < x.start \
                else x.start
            gap = _words(ctx, m.end, head)
            if unnamed_subject and len(gap) >= 2:
                break  # «قصفت طائرات حربية عربية الجماعة»: the party after the unnamed subject's words is the object
            if political and any(_in_any(r, _RELATIVES) for _, _, r in gap):
                break  # «ودان الوزراء الجرائم التي ترتكبها داعش»: inside a relative clause on the object, not the subject
            if political and any(normalize_text(ctx.text[a:b]) in _BARE_THAT for a, b, _ in gap):
                break  # «وأكد العدني أن ميليشيات الحوثي ارتكبت …»: after a bare «أن» comes what is said, with its own subject
            if political and any(normalize_text(ctx.text[a:b]) in _WITH_AGAINST for a, b, _ in gap):
                break  # «رفض التنسيق مع النظام السوري»: an actor behind «مع/ضد» belongs to the object phrase
            limit = 6 if political else 3  # a title may stand between: ندد زعيم المعارضة، X
            if political and len(gap) > limit and _title_chain(ctx, gap):
                limit = 16  # «وصف مفتي عام المملكة رئيس هيئة كبار العلماء … الشيخ X»: a chain of offices
            # «قدمت للثوار»: لل right after the verb governs its object (not «انتقدت لجنة للأمم المتحدة»)
            governed = _actor_prefix(ctx, x) or (not gap and ctx.text[x.start : x.end].startswith("لل"))
            # («استعادت القوات عدن من أيدي الحوثيين»: out of whose hands it was taken; a bare «من» is also partitive,
            # «هاجمت عناصر من المقاومة»)
            governed = governed or (len(gap) >= 2 and _from_hands(ctx, gap))
            # («قصفت الطائرات أمس تجمعات الحوثيين»: an actor in construct after a target noun is the object)
            # (not a head of fighters right after the verb: «هاجمت عناصر تنظيم داعش بلدة» — its subject, VSO)
            object_noun = not political and _preceded_by(ctx, x.start, w.target_nouns, s0, 1) and bool(gap) \
                and not (len(gap) == 1 and _in_any(gap[0][2], w.subject_heads) and feminine)
            # (a number between counts the subject when it is a crowd: «وطالب نحو 500 متظاهر الحكومة …»)
            # («نحو» there is «about», not «towards»)
            crowd = x.kind == "generic" and x.name.split(" (", 1)[0] == "Protesters" and any(
                m.end <= n.start < x.start for n in ctx.numbers)
            if len(gap) <= limit and (crowd or not is_target(x)) and not governed and agent_ok(x) and not object_noun \
                    and (crowd or not any(m.end <= n.start < x.start for n in ctx.numbers)):
                a1 = x
                if political and x.kind != "person" and gap and _in_any(gap[0][2], w.person_subject_heads):
                    # «هاجم رئيس حكومة الاحتلال، بنيامين نتنياهو، السلطة»: the body closes the title of the
                    # person named right after it (a comma between), who is the subject
                    # (the body's own complement may stand before the comma: «مبعوث الأمم المتحدة الخاص إلى ليبيا في
                    # طرابلس، فلان»)
                    y = next((z for z in after if z.start >= x.end), None)
                    apposed = [ctx.text[a:b] for a, b, _ in _words(ctx, x.end, y.start)] if y is not None else []
                    if y is not None and y.kind == "person" and (
                            all(t in ("،", ",") for t in apposed)
                            or (len(apposed) <= 8 and apposed[-1] in ("،", ",")
                                and not any(t in ("،", ",") for t in apposed[:-1]))):
                        a1 = y
            break
    if a1 is None and m.pos == "verb" and political:
        # a country or capital right after the verb is its subject (دانتها بيونغ يانغ، رفضت أنقرة) before any
        # actor told earlier in the sentence
        st = state_actor(ctx, m)
        if st is not None and st.start >= m.end and len(_words(ctx, m.end, st.start)) <= 1 \
                and not _actor_prefix_at(ctx, st.start):
            a1, rank = st, RANK_SYNTAX
    if a1 is None and m.pos == "verb" and not unnamed_subject:
        # a verb carrying its plural subject (وهاجموا، فتحوا) continues the sentence's earlier subject
        # (so does a feminine one, with no subject after it: «قامت عناصر الشرطة باعتقال …، كما اعتقلت …»)
        plural = normalize_text(ctx.text[m.start : m.end]).split(maxsplit=1)[0].endswith("وا") or feminine
        cand = [x for x in before if x.start >= (s0 if political or plural else c0) and agent_ok(x)
                and not (plural_verb and x.kind == "person")  # (one person is not the subject of «دعوا»)
                and not (m.cls == "arrest" and x.kind == "generic")  # («حاصرت المسلحين … واعتقلت»: the besieged)
                and (political or not is_target(x))  # «تقدمهم على حساب ميليشيات X، وسيطروا»: X lost
                and not (political and _preceded_by(ctx, x.start, _WITH_AGAINST, s0, 1))  # «دعم الحملة ضد داعش، ورفض …»
                and (political or not _preceded_by(ctx, x.start, _support_words(), s0, 5))]  # «المدعومة من قوات X»
        if political:
            # «قال اليافعي إن مؤسسة المياه تلقت معلومات بأن قيادات حوثية هددت …»: the speaker of a bare «إن/أن»
            # (no pronoun taking him up) is not the subject of a verb inside what he reports
            cand = [x for x in cand if not _reported_beyond(ctx, x.end, m.start)]
        if cand:
            k = len(cand) - 1
            # «الحوثيون وقوات صالح قصفوا …»: subjects joined by «و» before the verb act together; the first one
            # named leads (not the one nearest the verb)
            while k > 0 and _actor_prefix(ctx, cand[k]).endswith("و") \
                    and not ctx.text[cand[k - 1].end : cand[k].start].strip(" و"):
                k -= 1
            a1, rank = cand[k], RANK_SVO
    if a1 is None and m.pos == "verb" and m.trigger.id == "target" and not political and after \
            and after[0].type in (1, 2, 3, 4) and not _words(ctx, m.end, after[0].start) \
            and not victim(after[0]) and not speaker(after[0]) \
            and any(_in_any(r, w.target_nouns) for _, _, r in _words(ctx, after[0].end, s1)[:3]):
        # «واستهدف سلاح الجو التركي أمس ثلاثة أهداف لتنظيم داعش»: an armed party right after «استهدف» with a struck
        # thing after it is the subject of the active verb (not the passive «استُهدف الجيش»: nothing struck follows)
        a1, rank = after[0], RANK_SVO
    if a1 is None and political and before and not _reported_beyond(ctx, before[-1].end, m.start) and not (
            plural_verb and before[-1].kind == "person"):  # (one person is not the subject of «دعوا»)
        a1, rank = before[-1], RANK_SVO
    if a1 is None and political:
        a1, rank = state_actor(ctx, m), RANK_WEAK
    if a1 is None and m.pos == "noun" and before and m.cls in ("violence", "territory", "arrest", "warrant"):
        # the subject of a launch verb before the noun: شنت X غارة، أصدرت X مذكرة
        cand = [x for x in before if x.start >= c0 and agent_ok(x)]
        if cand and len(_words(ctx, cand[-1].end, m.start)) <= 3:
            a1, rank = cand[-1], RANK_SVO
    if a1 is None and m.cls == "violence":
        a1 = demonym_forces(ctx, m)  # غارة جوية إسرائيلية، طائرات حربية أميركية، القصف الروسي
    if a1 is None and m.cls in ("violence", "territory", "arrest") and before and not unnamed_subject:
        # the subject of the sentence: وفشل التنظيم الخميس، في ... هجوم مضاد؛ داهمت قوات الأمن ... واعتقلت
        first = before[0]
        body = _sentence_body(ctx, s0)
        if first.start >= body and not _preceded_by(ctx, first.start, w.target_markers, s0, 2) \
                and len(_words(ctx, body, first.start)) <= 2 and agent_ok(first) \
                and not (first.kind == "person" and first.role is not None and m.pos == "noun"):
            # (an official who visits the wounded of a bombing, «زار الأمير … المصابين جراء تفجير …», did not bomb)
            a1, rank = first, RANK_WEAK
    if a1 is None and m.trigger.id == "target" and m.pos == "verb" and after and not political:
        # «واستهدفت طائرات التحالف وحدات تكتيكية …»: the actor right after the verb behind nothing but words of
        # aircraft or forces is the verb's subject, not its target («استهدفت غارة مواقع الحوثيين» has none)
        x = after[0]
        gap = _words(ctx, m.end, x.start)
        first_row = _words(ctx, x.start, x.end)[:1]
        carried = (1 <= len(gap) <= (1 if unnamed_subject else 2) and all(_in_any(r, w.force_carriers) for _, _, r in gap)) \
            or (not gap and bool(first_row) and _in_any(first_row[0][2], w.force_carriers))
        # «كما استهدفت المقاومة طقماً للحوثيين»، «استهدف الثوار مساكن ضباط …»: an armed group right after the verb
        # with the thing struck right after it is the subject (verb-subject-object)
        # (a day may stand between: «واستهدف الثوار أمس مساكن الضباط»)
        nxt = [r for r in _words(ctx, x.end, min(c1, x.end + 40))[:2] if not _in_any(r[2], _cue("time_anchor"))][:1]
        subject = not gap and x.type in (1, 2, 3) and bool(nxt) and _in_any(nxt[0][2], w.target_nouns)
        if (carried or subject) and not _actor_prefix(ctx, x) and not victim(x) and not speaker(x) and x.type != 7:
            a1, rank = x, RANK_SVO
    # target
    support = _support_words()
    # («… غداة غارات شنها الطيران ضد مواقع الحزب»: what follows «غداة» is another day's happening and its target)
    other_day = None if political else next((a for a in _day_before_at(ctx, s0, s1) if a >= m.end), None)
    for k, x in enumerate(after):
        if a1 is not None and (x is a1 or x.name == a1.name):
            continue
        if other_day is not None and x.start > other_day:
            break
        if unnamed_subject and k == 0 and a1 is None and x.start < c1 and len(_words(ctx, m.end, x.start)) >= 2 \
                and not _actor_prefix(ctx, x) and not victim(x) and not speaker(x):
            a2 = x  # «قصفت طائرات حربية عربية الجماعة»: the object after the unnamed subject
            break
        if political and a1 is not None and m.end <= a1.start and x.end <= a1.start:
            continue  # part of the subject's title («هاجم رئيس حكومة الاحتلال، نتنياهو، السلطة»), not the object
        if political and a1 is not None and a1.type == 1 and x.kind == "country" and x.country == a1.country:
            continue  # a state's own country («وزير الخارجية الفرنسي …: فرنسا لا تتخلى»، «رئيس إقليم كردستان العراق»)
        if _preceded_by(ctx, x.start, support, s0, 2):
            continue  # «المسنودة بقوات الجيش الوطني»، «بدعم من طيران التحالف»: a supporter, not the target
        if not political and _preceded_by(ctx, x.start, w.proximity_words, s0, 1):
            continue  # «معسكر لبوزة المجاور للقاعدة»: what the place struck lies next to
        if political and x.type in (1, 2, 3) and any(_in_any(r, w.cause_words) for _, _, r in _words(ctx, m.end, x.start)):
            continue  # «معدات طبية … لإنقاذ المصابين جراء قصف الميليشيات»: the cause, not the receiver
        if political and _preceded_by(ctx, x.start, w.topic_words, s0, 3):
            continue  # «محادثات … بشأن مصير الرئيس السوري بشار الأسد»: what they talked about, not the other party
        if _preceded_by(ctx, x.start, w.target_markers, s0, 2) or political \
                or _target_after_marker(ctx, x, s0, trig, m.pos == "verb"):
            a2 = x
            break
        if m.cls == "territory" and a1 is not None and x.start < c1 and _taken_from(ctx, x, m.end):
            # «استعادت القوات السيطرة على بلدة الكرمة من تنظيم داعش»: who lost the ground (with its taker named:
            # a loser alone does not say who took it)
            a2 = x
            break
        if (a1 is None or a1.end <= x.start) and not political and _preceded_by(ctx, x.start, w.target_nouns, s0, 1) \
                and not _actor_prefix(ctx, x) and x.start - m.end < 80:
            a2 = x  # the object in construct after the subject: قصف طيران التحالف تجمعات الحوثيين
            break
        if m.trigger.id == "target" or _preceded_by(ctx, x.start, w.target_verbs, s0, 2) or (
                m.trigger.id == "expel" and m.pos == "verb" and len(_words(ctx, m.end, x.start)) <= 1):
            a2 = x  # («طردت المقاومة المليشيات من القاعدة»: the expelled)
            break
    if a2 is None and m.cls == "violence":
        # «قصفت X مواقع استراتيجية للحوثيين»، «قامت بقصف مواقع لـ«جبهة النصرة»»: the owner (لـ) of the struck
        # objects, a few words after them (a quotation mark opening the name does not end the clause)
        for x in after:
            if (x.start >= c1 and ctx.text[c1 : x.start].strip(' «»"“”')) or x.start - m.end > 80:
                break
            if (a1 is not None and (x.name == a1.name or _same_group(a1, x))) or speaker(x) or victim(x):
                continue
            if _owner_prefix(ctx, x) and _preceded_by(ctx, x.start, w.target_nouns, s0, 4) \
                    and not _preceded_by(ctx, x.start, w.proximity_words, s0, 1):
                a2 = x
            break
    if a2 is None and undergoer is not None and (a1 is None or undergoer.name != a1.name):
        a2 = undergoer
    if a2 is None and not political:
        # the victims' side: مقتل 13 عنصراً من الحوثيين، 5 من الحوثيين قتلوا، قتل 25 مقاتلاً من المعارضة
        for x in sent_actors:
            if victim(x) and (a1 is None or (x.name != a1.name and not _same_group(a1, x))):
                a2 = x
                break
    if a2 is None and not political:
        a2 = civilians_target(ctx, m)
    fight = m.trigger.id in ("clash", "kill", "attack", "counterattack", "ambush")
    if a1 is None and a2 is not None and not victim(a2) and fight and m.cls == "violence":
        # «13 من الحوثيين قتلوا في اشتباكات مع المقاومة»: the side fought «مع» killed the counted dead
        g2 = group.get((a2.start, a2.end), -1)
        dead = next((x for x in sent_actors if victim(x) and not _same_group(a2, x) and group.get((x.start, x.end)) != g2), None)
        if dead is not None:
            a1, a2, rank = a2, dead, RANK_WEAK
    if a1 is None and a2 is not None and victim(a2) and m.cls in ("violence", "territory"):
        # a clash told through its dead: the other named side fought them
        g2 = group.get((a2.start, a2.end))
        # (not a party joined by «و» to the dead's own side: «غارات على مواقع التمرد الحوثي وفلول المخلوع صالح، ما أسفر
        # عن مصرع سبعة انقلابيين» — the two were struck together)
        other = [x for x in sent_actors if not speaker(x) and not _same_group(a2, x) and x.name != a2.name
                 and x.type != 7 and group.get((x.start, x.end), -1) != g2 and not victim(x)
                 and not _joined_to(ctx, x, a2.name, sent_actors)]
        if other and fight:
            a1, rank = other[0], RANK_WEAK
    if a1 is None and a2 is None and m.trigger.id in ("clash", "clash_between") and "relative" not in m.reasons:
        # «جرت معارك ضارية صباح أمس عند مدخل مدينة … بين X و Y»: when nothing else names a side, the
        # day and the place may stand between the fighting and «بين», in its own clause
        at = next((st for st, _, r in _words(ctx, m.end, m.clause[1])[5:12] if _in_any(r, w.between)), None)
        if at is not None:
            x1, x2 = _between_sides(ctx, at, after, victim, False, s0, s1, m.end)
            if x1 is not None:
                return x1, x2, RANK_SYNTAX
    if a1 is not None and a2 is not None and m.cls in ("violence", "territory") and a1.name != a2.name \
            and _joined_to(ctx, a2, a1.name, sent_actors):
        # «مقتل العشرات من الحوثيين وقوات صالح»، «مواقع الحوثيين وقوات صالح»: two parties joined by «و» (not after
        # «بين») are one side, when another party named in the sentence fought them
        # (only when that party is named: «قتل فيها عشرات من الحوثيين والمقاومة» counts the dead of both sides)
        fighter = next((x for x in sent_actors if x.type in (1, 2, 3) and x.name not in (a1.name, a2.name)
                        and not speaker(x) and not _joined_to(ctx, x, a1.name, sent_actors)), None)
        if fighter is not None:
            a1, a2, rank = fighter, a1, RANK_WEAK
    if a1 is not None and m.cls in ("violence", "territory") and a1.end <= m.start and _undergoes(ctx, a1, m):
        # «وكان الشهيد الجابري تعرض لإطلاق نار من سيارة مجهولة»: the subject of «تعرض» before the event word was
        # struck: the target, not the agent
        a1, a2, rank = None, a2 or a1, RANK_WEAK
    return a1, a2, rank


def _undergoes(ctx: DocContext, x: ActorMention, m: EventMention) -> bool:
    """The actor is followed, within two words and before the event word, by a verb of undergoing («تعرض»)."""
    return any(_in_any(r, _cue("subjected_verbs")) for _, _, r in _words(ctx, x.end, m.start)[:2])


_HANDS = re.compile(r"من (?:جهة|ناحية|طرف)")


def _between_sides(ctx: DocContext, at: int, after: list[ActorMention], victim: Callable[[ActorMention], bool],
                   talks: bool, s0: int, s1: int, end: int) -> tuple[ActorMention | None, ActorMention | None]:
    """The two parties of «بين X و Y» (``at`` is where «بين» stands; ``end`` where the event word ends): the first
    party named, and the first other party after it — or, with «من جهة/ناحية/طرف», the first party after that."""
    support = _support_words()
    # («بين قوات الجيش المدعومة بالمقاومة وميليشيات الحوثي»: a supporter is on the side it supports)
    side = [x for x in after if x.start < max(end, at) + 60 and not victim(x) and (not talks or x.start > at)
            and not _preceded_by(ctx, x.start, support, s0, 2)]
    if not side:
        return None, None
    x1 = side[0]
    x2 = next((x for x in side[1:] if x.name != x1.name and not _same_group(x1, x)), None)
    # «بين X وحلفائه من جهة، وY من جهة ثانية»: the parties before «من جهة» are one side; the other side is the first
    # party after it (in the same stretch of text, not after «بينما»)
    hand = re.search(r"من (?:جهة|ناحية|طرف)", ctx.text[x1.end : min(s1, max(end, at) + 160)])
    if hand is not None:
        cut = x1.end + hand.end()
        stop = re.search(r"\.|\bبينما\b|\bفيما\b|\bفي حين\b", ctx.text[cut : cut + 80])
        stop_at = cut + (stop.start() if stop is not None else 80)
        x2 = next((x for x in after if cut <= x.start < stop_at and x.name != x1.name and not victim(x)
                   and not _preceded_by(ctx, x.start, support, s0, 2)), None)
    return x1, x2


def _taken_from(ctx: DocContext, x: ActorMention, lo: int) -> bool:
    """``x`` right after «من» (or «من سيطرة/قبضة/أيدي»), after ``lo``: the party ground was taken from."""
    prev = _words(ctx, lo, _token_start(ctx, x.start))[-2:]
    rows = [normalize_text(ctx.text[a:b]) for a, b, _ in prev]
    if rows and rows[-1] == "من":
        return True
    return len(rows) == 2 and rows[0] == "من" and rows[1] in arg_words().territory_from


def _from_hands(ctx: DocContext, gap: list[tuple[int, int, list[str]]]) -> bool:
    """The words before an actor end with «من أيدي/من يد/من قبضة/من سيطرة»: whom something was taken from."""
    a, b = gap[-2], gap[-1]
    return normalize_text(ctx.text[a[0] : a[1]]) == "من" and _in_any(b[2], arg_words().territory_from)


def _joined_to(ctx: DocContext, x: ActorMention, name: str, actors: list[ActorMention]) -> bool:
    """``x`` is named right after a party called ``name`` and joined to it by «و» (or the other way round): one role."""
    for y in actors:
        if y.name != name or y is x:
            continue
        a, b = (y, x) if y.end <= x.start else (x, y)
        if _preceded_by(ctx, a.start, _BETWEEN, max(0, a.start - 80), 4):
            continue  # («في مواجهات بين مليشيات صالح والحوثي والمقاومة الشعبية»: «بين» joins the two sides)
        if a.end <= b.start and ctx.text[a.end : b.start].strip() in ("و", "،و", "، و"):
            return True
        if a.end <= b.start and not ctx.text[a.end : b.start].strip() and ctx.text[b.start : b.start + 1] == "و":
            return True
    # (or the genitive of such a party: «وفلول المخلوع صالح»)
    head = next((y for y in actors if y.end <= x.start and not ctx.text[y.end : x.start].strip()), None)
    return head is not None and head.name != name and _joined_to(ctx, head, name, actors)


def _oblique_plural(ctx: DocContext, x: ActorMention) -> bool:
    """A group named by a sound masculine plural in the accusative or genitive (الحوثيين، المسلحين): the
    nominative (الحوثيون) is the subject's case, so this one is an object. States (البحرين) and persons are not."""
    if x.kind in ("state", "country", "person"):
        return False
    word = normalize_text(ctx.text[x.start : x.end]).split(maxsplit=1)[0]
    return word.endswith("يين") or (word.startswith("ال") and word.endswith("ين") and len(word) >= 7)


def acled_country(code: str) -> str:
    """A country's English name as ACLED writes it inside actor names (the United States, Turkey)."""
    from marsad.places.gazetteer import country_name

    name = country_name(code)
    return f"the {name}" if code in arg_words().definite_article_countries else name


def national_target(ctx: DocContext, m: EventMention, country: str | None) -> ActorMention | None:
    """«تفجير مسجد قوات الطوارئ»، «استهدف مسجدا لقوات الأمن»، «هجوم على دورية للشرطة»: a site of the army or the
    police named without a country, within eight words after the event word, is what was struck: those forces of
    the event's country (a named state's forces — «الشرطة التركية» — are the lexicon's business)."""
    if country is None:
        return None
    w = arg_words()
    ws = _words(ctx, m.end, m.sent[1])[:9]
    for k in range(len(ws) - 1):
        if not _in_any(ws[k][2], w.forces_sites):
            continue
        if any(normalize_text(ctx.text[a:b]) in ("من", "ومن") for a, b, _ in ws[max(0, k - 3) : k]):
            continue  # «قصفوا الأحياء من موقعهم في مبنى الأمن»: where the strikers fired from, not what was struck
        for template, phrases in w.national_forces:
            for phrase in phrases:
                seq = ws[k + 1 : k + 1 + len(phrase)]
                if len(seq) != len(phrase):
                    continue
                head = normalize_text(ctx.text[seq[0][0] : seq[0][1]])
                bare = head[2:] if head.startswith("لل") else head[1:] if head.startswith("ل") else head
                if head != phrase[0] and bare not in (phrase[0], phrase[0].removeprefix("ال")):
                    continue
                if not all(word in r for word, (_, _, r) in zip(phrase[1:], seq[1:], strict=True)):
                    continue
                nxt = ws[k + 1 + len(phrase)][2] if k + 1 + len(phrase) < len(ws) else []
                if country_adjective_in(nxt):
                    return None
                a, b = seq[0][0], seq[-1][1]
                state = army_state(template, country)
                return ActorMention(a, b, ctx.text[a:b], template.format(country=acled_country(state)), 1,
                                    state, "state", confidence=0.6)
    return None


def army_state(template: str, country: str) -> str:
    """Whose forces a national-forces template names in ``country`` (the army in the West Bank is Israel's)."""
    return dict(arg_words().army_in).get(country, country) if template.startswith("Military Forces") else country


def national_force(ctx: DocContext, m: EventMention, country: str | None) -> ActorMention | None:
    """«اعتقلت الشرطة …»، «تقدمت قوات الجيش …»: the army or the police named without a country as the subject
    right after the event verb (up to two words on) are that state's forces in the country of the event."""
    # (or a verbal noun of taking ground with the forces right after it, their genitive agent: «أعلن عن تحرير القوات
    # الأمنية جامعة الأنبار»)
    masdar = m.pos == "noun" and m.cls == "territory" and not normalize_text(ctx.text[m.start : m.end]).lstrip("وف").startswith("ال")
    if country is None or (m.pos != "verb" and not masdar) or _in_any(
            list(clitic_words(normalize_text(ctx.text[m.start : m.end]), True)), arg_words().kill_not_agent):
        return None  # «قتل ثلاثة من عناصر الأمن»: the verb of dying names the victims, not the agent
    ws = _words(ctx, m.end, m.sent[1])[:5]
    prev = _words(ctx, m.sent[0], m.start, last=7)
    if masdar:
        ws = ws[:3]
    elif prev and ctx.text[prev[-1][0] : prev[-1][1]] == "قد":
        # «وكانت قوات الأمن قد اعتقلت»: in the pluperfect the subject follows «كان» and stands before «قد»
        kana = [k for k, (a, b, _) in enumerate(prev[:-1]) if normalize_text(ctx.text[a:b]).lstrip("و") in _KANA_FORMS]
        if kana:
            ws = prev[kana[-1] + 1 : -1]
    else:
        # «وقال المتحدث إن القوات الأمنية سيطرت …»: the subject between «إن/أن» and the verb (SVO); a verb joined
        # by «و» further on («إن قوات الأمن حاصرت المسلحين … واعتقلت») shares that subject
        wide = _words(ctx, m.sent[0], m.start, last=14)
        that = [k for k, (a, b, _) in enumerate(wide) if normalize_text(ctx.text[a:b]) in ("ان", "بان", "وان")]
        first_word = normalize_text(ctx.text[m.start : m.end]).split(maxsplit=1)
        joined = bool(first_word) and first_word[0][:1] == "و"
        if that and (1 <= len(wide) - that[-1] - 1 <= 3 or joined):
            ws = wide[that[-1] + 1 : that[-1] + 4]
    cut = next((k for k, (a, b, _) in enumerate(ws) if not ctx.text[a:b].isalpha()), len(ws))
    ws = ws[:cut]  # a number or a mark ends the subject
    for template, phrases in arg_words().national_forces:
        for phrase in phrases:
            for k in range(1 if masdar else min(3, len(ws))):
                seq = ws[k : k + len(phrase)]
                if len(seq) == len(phrase) and all(word in r for word, (_, _, r) in zip(phrase, seq, strict=True)):
                    head = normalize_text(ctx.text[seq[0][0] : seq[0][1]])
                    if head != phrase[0] and head[:1] in "لب" and head[1:].lstrip("ل") in (phrase[0], phrase[0][2:]):
                        return None  # «استهدف مسجدا لقوات الأمن»: governed by a preposition, no subject
                    nxt = ws[k + len(phrase)][2] if k + len(phrase) < len(ws) else []
                    if country_adjective_in(nxt):
                        return None  # «الجيش الأمريكي»: a named state's army is the lexicon's business
                    if k and _in_any(ws[k - 1][2], arg_words().forces_sites):
                        return None  # «استهدف مسجد قوات الطوارئ»: the owner of the site struck, not the subject
                    a, b = seq[0][0], seq[-1][1]
                    state = army_state(template, country)  # («قوة من الجيش» in Beit Ummar: Israel's)
                    return ActorMention(a, b, ctx.text[a:b], template.format(country=acled_country(state)), 1,
                                        state, "state", confidence=0.6)
    return None


def _aid_vehicle_state(ctx: DocContext, m: EventMention) -> ActorMention | None:
    """The state of a demonym within three words after a vehicle noun told before an aid word in its sentence
    («أول طائرة إغاثة سعودية»، «سفينة مساعدات كويتية»): the government that sent it."""
    from marsad.events.lexicon import load_lexicon
    from marsad.places.gazetteer import country_of_adjective

    vehicles = load_lexicon().cues["aid_vehicles"]
    rows = _words(ctx, m.sent[0], m.start)
    for k, (_a, _b, r) in enumerate(rows):
        if not _in_any(r, vehicles):
            continue
        for a, b, r2 in rows[k + 1 : k + 4]:
            code = next((c for c in map(country_of_adjective, r2) if c), None)
            if code:
                return ActorMention(a, b, ctx.text[a:b], government_of(code), 1, code, "state",
                                    confidence=0.5)
    return None


def country_adjective_in(readings: list[str]) -> bool:
    from marsad.places.gazetteer import country_of_adjective

    return any(country_of_adjective(r) for r in readings)


_DID = frozenset(["قام", "قامت", "قاموا"])
_IT = frozenset(["به", "بها"])


def _did_it(ctx: DocContext, x: ActorMention, s0: int) -> bool:
    """«… الذي قام به X»، «قامت بها X»: the actor right after «قام به» (the event's pronoun) did the act."""
    prev = [normalize_text(ctx.text[a:b]) for a, b, _ in _words(ctx, s0, x.start, last=2)]
    return len(prev) == 2 and prev[0] in _DID and prev[1] in _IT


_MODEL = re.compile(r"\s?[-–]\s?\d")  # «إف-16»، «سو-24»: a letter code joined to its number


def demonym_forces(ctx: DocContext, m: EventMention) -> ActorMention | None:
    """The armed forces of a state named by a demonym on the event word or on the weapon carrier: غارة جوية
    إسرائيلية، شنت طائرات حربية أميركية وبريطانية غارات، القصف الروسي → Military Forces of X (the first of
    coordinated demonyms). The carrier must not be governed by a target marker (هجوم على دورية تركية)."""
    from marsad.places.gazetteer import country_of_adjective

    w = arg_words()
    s0, s1 = m.sent
    c0, c1 = m.clause
    trig = _token_start(ctx, m.start)
    def alpha(rows: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
        # (a model designation is no word between the carrier and its demonym: «مقاتلات إف-16 تركية»)
        return [r for r in rows if ctx.text[r[0] : r[1]].isalpha() and not _MODEL.match(ctx.text, r[1])]

    before = alpha(_words(ctx, s0, trig))[-6:]
    after = alpha(_words(ctx, trig, min(s1, c1 + 1)))[:5]
    ws = before + after
    # (a demonym read as a state actor by itself, «طائرات حربية أميركية», is still the carrier's demonym)
    inside = [(x.start, x.end) for x in ctx.actors if s0 <= x.start < s1
              and not (x.kind == "state" and country_of_adjective(normalize_text(x.text)))]
    for k in range(1, len(ws)):
        a, b, _ = ws[k]
        if any(x0 <= a < x1 for x0, x1 in inside):
            continue
        code = country_of_adjective(normalize_text(ctx.text[a:b]))
        if not code:
            continue
        # walk back over carriers/modifiers to the head noun: it must be a carrier or the event word itself
        j = k - 1
        while j >= 0 and _in_any(ws[j][2], w.force_carriers) and ws[j][0] != trig:
            j -= 1
        head_ok = (j >= 0 and ws[j][0] == trig) or (j < k - 1)
        if not head_ok:
            continue
        if j >= 0 and ws[j][0] != trig and _in_any(ws[j + 1][2], w.carrier_adjectives):
            continue  # «الهجوم على قاعدة عسكرية أمريكية»: the adjectives qualify a base, not a force
        head = ws[j + 1][0] if ws[j][0] != trig else trig
        if _preceded_by(ctx, head, w.target_markers | w.target_verbs, s0, 1):
            continue
        return ActorMention(a, b, ctx.text[a:b], f"Military Forces of {acled_country(code)}", 1, code, "state",
                            confidence=0.6)
    return None


def state_actor(ctx: DocContext, m: EventMention) -> ActorMention | None:
    """A state as the actor of a political interaction when no named actor was found: a country or its capital
    named as the subject (سيول دعت بيونغ يانغ، أنقرة ترفض), or an organ of the state with its demonym
    (الرئاسة الكورية الجنوبية، الرئيس المصري، وزارة الخارجية التركية) → Government of X. The subject stands
    before the event word in its clause or right after a verb (up to four words); places governed by a
    preposition (في أنقرة، إلى سيول) are where, not who."""
    from marsad.places.gazetteer import country_of_adjective

    w = arg_words()
    s0, s1 = m.sent
    c0 = max(m.clause[0], _sentence_body(ctx, s0))
    ws = _words(ctx, c0, s1)
    cands: list[tuple[int, int, int, str, str]] = []  # (distance, start, end, country, actor name)
    for p in ctx.places:
        if not (c0 <= p.start < s1) or p.place is None or p.place.kind not in ("country", "capital"):
            continue
        after = p.start >= m.end
        if after and (m.pos != "verb" or len(_words(ctx, m.end, p.start)) > 4):
            continue
        if _actor_prefix_at(ctx, p.start) or _preceded_by(ctx, p.start, w.locative | w.destination | w.prepositions, s0, 1):
            continue
        cands.append((abs(p.start - m.start), p.start, p.end, p.place.country, ""))
    for k, (a, _, r) in enumerate(ws):
        if not _in_any(r, w.state_heads):
            continue
        if a >= m.end and (m.pos != "verb" or len(_words(ctx, m.end, a)) > 4):
            continue
        # a definite noun closes the office's construct («رئيس البرلمان»، «البرلمان»): an adjective may follow it
        closed = normalize_text(ctx.text[a:ws[k][1]]).lstrip("وف").startswith("ال")
        for b0, b1, r2 in ws[k + 1 : k + 4]:
            code = next((c for c in (country_of_adjective(x) for x in r2) if c), None)
            if code:
                cands.append((abs(a - m.start), a, b1, code, ""))
                break
            if normalize_text(ctx.text[b0:b1]).lstrip("وف").startswith("ال"):
                if closed:
                    break  # «وطالب رئيس البرلمان الحكومة العراقية»: a second definite noun opens another phrase
                closed = True
    cands.extend(_body_candidates(ctx, m, _words(ctx, _sentence_body(ctx, s0), s1)))
    # the subject right before the event word (سيول دعت، الرئيس المصري بحث) or after a verb (VSO) first
    # (a verb written with و/ف opens a new clause: what stands before it is the previous clause's)
    conj = ctx.text[_token_start(ctx, m.start)] in "وف" and m.pos == "verb"
    def gap(a: int, b: int) -> int:  # words between, punctuation not counted (مجلس محافظة بغداد، أعلن، أمس، رفضه)
        return sum(1 for x, y, _ in _words(ctx, a, b) if ctx.text[x:y].isalpha())

    # (a subject inside the trigger's own words, «وأدانت المحكمة المتهم», stands after its verb)
    cands = [c for c in cands if (c[1] > m.start and m.pos == "verb") or (
        c[1] < m.start and not conj and gap(c[2], m.start) <= 3)]
    if not cands:
        return None
    _, a, b, code, name = min(cands, key=lambda c: (c[1] < m.start, c[0]))
    return ActorMention(a, b, ctx.text[a:b], name or government_of(code), 1, code, "state",
                        confidence=0.5)


def _conjoined_state(ctx: DocContext, a1: ActorMention) -> ActorMention | None:
    """A country or capital joined to the subject by «و» right after it (روسيا والسعودية، واشنطن وطهران)."""

    for p in ctx.places:
        if p.place is None or p.place.kind not in ("country", "capital") or p.place.country == a1.country:
            continue
        gap = ctx.text[a1.end : p.start]
        if gap.strip() == "و" and len(gap) <= 3:
            return ActorMention(p.start, p.end, ctx.text[p.start : p.end],
                                government_of(p.place.country), 1, p.place.country, "state",
                                confidence=0.5)
    return None


def _state_object(ctx: DocContext, m: EventMention, a1: ActorMention) -> ActorMention | None:
    """The state a political interaction is aimed at, named as a country or capital right after its subject
    (دعا الرئيس الفرنسي إيران إلى …، طالبت واشنطن موسكو بـ …): not after a preposition of place."""

    w = arg_words()
    start = max(a1.end, m.end)
    kind = m.plover[0] if m.plover is not None else ""
    # «طلبت مصر من الولايات المتحدة …»، «اتفقت مصر مع روسيا …»: the preposition that names whom a request or talks
    # are aimed at stands between (in the trigger itself, «طلبت من», or after the subject)
    inter = _cue("interlocutor_from") if kind == "REQUEST" else \
        _cue("interlocutor_with") if kind in ("CONSULT", "AGREE", "COOPERATE") else frozenset()
    own = _words(ctx, m.start, m.end) if inter else []  # «طلبت من»: the preposition is the trigger's last word
    for p in ctx.places:
        if p.start < start or p.start >= m.sent[1] or p.place is None or p.place.kind not in ("country", "capital"):
            continue
        between = _words(ctx, start, p.start)
        via = len(between) == 1 and _in_any(between[0][2], inter)
        if p.place.country == a1.country or len(between) > 1:
            return None
        via = via or (not between and p.start - m.end <= 1 and len(own) > 1 and _in_any(own[-1][2], inter))
        if _actor_prefix_at(ctx, p.start) or not via and _preceded_by(
                ctx, p.start, w.locative | w.destination | w.prepositions, m.sent[0], 1):
            return None
        return ActorMention(p.start, p.end, ctx.text[p.start : p.end], government_of(p.place.country),
                            1, p.place.country, "state", confidence=0.5)
    return None


def _body_candidates(ctx: DocContext, m: EventMention,
                     ws: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, int, str, str]]:
    """Councils named by their seat or country (مجلس محافظة بغداد، مجلس الشورى) as state-like actors."""
    from marsad.places.gazetteer import country_of_adjective

    w = arg_words()
    out: list[tuple[int, int, int, str, str]] = []
    for k in range(len(ws) - 1):
        for words, template, by, only in w.bodies:
            if (only and m.trigger.id not in only) or not (words[0] in ws[k][2] and (len(words) == 1 or words[1] in ws[k + 1][2])):
                continue
            a, end = ws[k][0], ws[k + len(words) - 1][1]
            if by == "place":
                # (a one-word head takes the place right after it: «حكومة البصرة المحلية»; a national capital
                # there names the state, «حكومة بغداد», which the state templates read)
                p = next((p for p in ctx.places if p.place is not None and (
                    ws[k + 1][0] <= p.start <= end + 2 if len(words) == 2 else p.start == ws[k + 1][0])), None)
                if p is None or p.place is None or (len(words) == 1 and p.place.kind in (
                        "country", "region", "capital")):
                    continue
                out.append((abs(a - m.start), a, p.end, p.place.country,
                            template.format(place=p.place.admin1 or p.place.name)))
            else:
                j = k + len(words)  # the first word after the head («المحكمة الجزائية السعودية»: two on)
                code, b = None, end
                for _, b2, r2 in ws[j : j + 2]:
                    code = next((c for c in (country_of_adjective(x) for x in r2) if c), None)
                    if code is not None:
                        b = b2
                        break
                if code is None:
                    # «محكمة جنايات القاهرة»، «المحكمة … في مقرها بمحافظة جدة»: the place a few words after the
                    # head names the state
                    p = next((p for p in ctx.places if p.place is not None and p.place.country
                              and end <= p.start < m.sent[1] and len(_words(ctx, end, p.start)) <= 6), None)
                    if p is not None and p.place is not None:
                        code, b = p.place.country, p.end
                if code is None:
                    counts = doc_countries(ctx)
                    code = max(counts, key=lambda c: counts[c]) if counts else None
                if code is None:
                    continue
                out.append((abs(a - m.start), a, b, code, template.format(country=acled_country(code))))
    return out


def _protesters(ctx: DocContext, m: EventMention, sent_actors: list[ActorMention]) -> ActorMention:
    """ACLED codes every demonstration's actor1 as Protesters: the participants named in the sentence
    when the actors stage found them (المتظاهرون، المحتجين), else the protest word itself stands for them."""
    s0, s1 = m.sent
    for x in sent_actors:
        if x.type == 6 or x.name.startswith("Protesters"):
            return x
    return ActorMention(m.start, m.end, ctx.text[m.start : m.end], "Protesters", 6, None, "generic", confidence=0.4)


def _same_group(a: ActorMention, b: ActorMention) -> bool:
    return a.name == b.name or (a.affiliation is not None and a.affiliation == b.affiliation)


_DATELINE_AFTER = re.compile(r"^\s*(?:\)\s*)?(?:[-\u2013\u2014:]|\()")
_DATELINE_BEFORE = re.compile(r"^[\s*\u2022«»\"(]*$")
_OUTLET_PAREN = re.compile(r"»\s*\(\s*$")
_OUTLET_DASH = re.compile(r"^\s*[^\s.،,:][^\n.،,:]{0,28}\s[-\u2013\u2014]\s*$")


def _is_dateline(ctx: DocContext, p: PlaceMention, s0: int) -> bool:
    """The reporter's city before the story (بيروت: ...، * سيول - «الشرق الأوسط»: ...، «الشرق الأوسط» (بغداد))."""
    before = ctx.text[s0 : p.start]
    if _OUTLET_PAREN.search(before) and len(before) < 40:
        return True
    if _OUTLET_DASH.match(before) and not ctx.text[p.end : p.end + 80].split("\n", 1)[0].strip(" .:"):
        return True  # «عين اليوم – بنغازي» on a line of its own: the outlet, a dash and its reporter's city
    return bool(_DATELINE_BEFORE.match(before)) and bool(_DATELINE_AFTER.match(ctx.text[p.end : p.end + 40]))


def doc_countries(ctx: DocContext) -> dict[str, int]:
    """How often each country is named in the document (through any of its places)."""
    got = ctx.memo.get("doc_countries")  # counted once per document; each caller gets its own dict
    if got is not None:
        return dict(got)
    out: dict[str, int] = {}
    for p in ctx.places:
        if p.place is not None:
            out[p.place.country] = out.get(p.place.country, 0) + 1
    ctx.memo["doc_countries"] = dict(out)
    return out


def is_stray(p: PlaceMention, countries: dict[str, int]) -> bool:
    """A lone place in a country the document is otherwise not about: most often a common word
    read as a place name (مشارف، جروح) or a homonym abroad; it loses to any other place."""
    if p.place is None or p.place.kind in ("country", "region"):
        return False
    c = p.place.country
    top = max(countries.values()) if countries else 0
    return countries.get(c, 0) == 1 and top >= 3


def _governed(ctx: DocContext, p: PlaceMention, s0: int) -> int:
    """0: governed by a locative word (في/ب/قرب/شمال ... X, or بـ written on it); 1: nothing;
    2: a destination or origin (باتجاه X، نحو X، من X)."""
    w = arg_words()
    if _preceded_by(ctx, p.start, w.destination, s0, 2) and not _preceded_by(ctx, p.start, w.locative, s0, 1):
        return 2
    if _preceded_by(ctx, p.start, w.on_the_way, s0, 6):
        return 2  # «كانت في طريقها إلى النازحين في مدينة تعز»: where the convoy was headed, not where it was seized
    pre = _actor_prefix_at(ctx, p.start)
    if pre.endswith(("ب", "وب", "فب")):
        return 0
    words = p.text.split(maxsplit=1)
    if len(words) == 2 and normalize_text(words[0]) in w.locative:
        return 0  # the mention holds its own locative word («وسط مدينة X»، «شرق X»)
    return 0 if _preceded_by(ctx, p.start, w.locative, s0, 2) else 1


def _casualty_word(ctx: DocContext, p: PlaceMention) -> bool:
    """A place name that is also a casualty word (بجروح، قتلى): read as the word, not the place."""
    w = arg_words()
    # the word the name is written in (بجروح: the place starts after the ب)
    readings = [r for _, _, r in _words(ctx, _token_start(ctx, p.start), p.end)]
    return len(readings) == 1 and (_in_any(readings[0], w.injured) or _in_any(readings[0], w.killed))


def _token_start(ctx: DocContext, pos: int) -> int:
    i = bisect_left(_starts(ctx), pos + 1) - 1
    return ctx.tokens[i].start if 0 <= i < len(ctx.tokens) and ctx.tokens[i].end > pos else pos


def _actor_prefix_at(ctx: DocContext, pos: int) -> str:
    starts = _starts(ctx)
    i = bisect_left(starts, pos + 1) - 1
    if 0 <= i < len(ctx.tokens):
        t = ctx.tokens[i]
        if t.start <= pos < t.end:
            return t.norm[: pos - t.start]
    return ""


def _venue(ctx: DocContext, p: PlaceMention, s0: int, w: ArgWords) -> bool:
    """A conference or a seminar up to six words before the place, with no «إن/أن», colon or quotation mark between
    («في مؤتمر صحافي بثه التلفزيون في أنقرة»): the place is where it was held."""
    prev = _words(ctx, s0, p.start, last=6)
    k = next((j for j in range(len(prev) - 1, -1, -1) if _in_any(prev[j][2], w.venue_words)), None)
    if k is None or any(x.start <= prev[k][0] < x.end for x in ctx.actors):
        return False  # («حزب المؤتمر الشعبي العام»: a party's name, no conference)
    gap = ctx.text[prev[k][1] : p.start]
    return not any(ch in gap for ch in ':«»"“”') and not any(_in_any(r, w.that_particles) for _, _, r in prev[k + 1 :])


def place_candidates(ctx: DocContext, s0: int, s1: int, venues: bool = False) -> list[PlaceMention]:
    """Places in [s0, s1) that can be where something happened: not a part of an actor's name,
    not the place of a report, a statement or the dateline (``venues``: keep the city a press conference was
    held in, which still tells where the story is)."""
    w = arg_words()
    actor_spans = [(x.start, x.end) for x in ctx.actors if s0 <= x.start < s1]
    out = []
    for p in ctx.places:
        if not (s0 <= p.start < s1) or p.place is None:
            continue
        if any(a <= p.start and p.end <= b for a, b in actor_spans):
            continue  # part of an actor's name (قوات سوريا الديمقراطية)
        if _preceded_by(ctx, p.start, w.report_cues, s0, 3) or _speakers_place(ctx, p, s0):
            continue  # where it was reported (مصدر في شرطة ...، وأكد مسؤول عسكري أمريكي في كابل …)
        if _preceded_by(ctx, p.start, w.statement_words, s0, 3) or (not venues and _venue(ctx, p, s0, w)):
            continue  # where it was said (في بيان في بروكسل، في مؤتمر صحافي بثه التلفزيون في أنقرة)
        if _casualty_word(ctx, p):
            continue
        if _sources_seat(ctx, p, s0):
            continue  # «على لسان مدير المرصد السوري لحقوق الإنسان في لندن»: where the source sits
        if names_no_place(ctx, p, s0):
            continue  # «صحيفة مكة»، «الجماعة المتحالفة مع إيران»: a newspaper's name, an ally
        if _preceded_by(ctx, p.start, w.border_with, s0, 1) and _preceded_by(ctx, p.start, w.border_words, s0, 2):
            continue  # «قرب الحدود مع موريتانيا»: the neighbour across the border, not where it happened
        if _preceded_by(ctx, p.start, w.designation_words, s0, 9):
            continue  # «الحزب المصنف تنظيما إرهابيا من قبل تركيا والولايات المتحدة»: who lists it, not where
        if _preceded_by(ctx, p.start, w.group_heads, s0, 1) and p.feature is None and p.relation is None:
            # («مواقع للجبهة قرب بلدة أعزاز»: a name told with its own feature or relation word is a place)
            continue  # «خلية القيروان»، «كتيبة الفاروق»: a group's name, not where it happened
        if _relative_reference(ctx, p, s0):
            continue  # «في محافظة الضالع، شمال عدن»: Aden only says where Al Dhale lies
        if _located_relative_to(ctx, p, s0):
            continue  # «سبها الواقعة على مسافة 700 كيلومتر جنوب طرابلس»: Tripoli says where Sabha lies
        if _preceded_by(ctx, p.start, w.overlook_words, s0, 3) and any(
                s0 <= q.start < p.start and q.place is not None for q in ctx.places):
            continue  # «في بلدة داريا … سيطر على حي الجمعيات المطل على مطار المزة»: the view, not where (a place is named before)
        out.append(p)
    return out


def names_no_place(ctx: DocContext, p: PlaceMention, s0: int, regime: bool = True) -> bool:
    """The place's name stands for something else in its sentence (from ``s0``): a newspaper or a channel («صحيفة
    مكة»، «قناة عدن»), an ally or a patron («الجماعة المتحالفة مع إيران»، «القوات الموالية لطهران»), a regime («نظام
    طهران»; with ``regime`` False a regime still names its country: «المناهضين لنظام طهران … غرب البلاد»)."""
    w = arg_words()
    return _preceded_by(ctx, p.start, w.medium_nouns, s0, 1) or _affiliated(ctx, p, s0, w.affiliation_words) \
        or (regime and _regime_of(ctx, p, s0, w.regime_words))


_AFFILIATION_LINKS = frozenset(("مع", "من", "لدي"))
_AGAINST = frozenset(("ضد", "حساب"))


def _day_before_at(ctx: DocContext, s0: int, s1: int) -> list[int]:
    """Where the sentence's words of another day («غداة»، «عشية»: `day_before_words`) stand (read once per sentence)."""
    key = ("day_before", s0)
    got = ctx.memo.get(key)
    if got is None:
        w = arg_words()
        got = ctx.memo[key] = [a for a, _, r in _words(ctx, s0, s1) if _in_any(r, w.day_before_words)]
    return got  # «ضد X»، «على حساب X»: who is fought or loses


def _affiliated(ctx: DocContext, p: PlaceMention, s0: int, words: frozenset[str]) -> bool:
    """«الموالية لطهران»، «حليفة واشنطن»، «المتحالفة مع إيران»، «المدعومة من إيران»: the place right after an
    affiliation word, or after it and a preposition, is an ally («وحلفاؤهم قصف مديرية X»: X is shelled)."""
    prev = _words(ctx, s0, _token_start(ctx, p.start))[-2:]
    if prev and _in_any(prev[-1][2], words):
        return True
    return len(prev) == 2 and _in_any(prev[0][2], words) and _in_any(prev[1][2], _AFFILIATION_LINKS)


def _sources_seat(ctx: DocContext, p: PlaceMention, s0: int) -> bool:
    """A place told right after a source of the report, «في» alone between («مدير المرصد السوري لحقوق الإنسان في
    لندن»، «وكالة الأنباء في عمان»), is where the source sits, not where the happening took place."""
    seats = ctx.memo.get("source_seats")
    if seats is None:
        from marsad.events.lexicon import load_lexicon

        monitors = load_lexicon().cues["monitor_actors"]
        # (a local office holder is not one: «قائد المقاومة في منطقة الجفينة» is where the fighting is)
        seats = [(x.start, x.end) for x in ctx.sources if x.kind == "media"]
        seats += [(x.start, x.end) for x in ctx.actors if x.name in monitors]
        ctx.memo["source_seats"] = seats
    return any(s0 <= a and b <= p.start and p.start - b <= 6 and normalize_text(ctx.text[b : p.start]).strip() == "في"
               for a, b in seats)


def _speakers_place(ctx: DocContext, p: PlaceMention, s0: int) -> bool:
    """«وأكد مسؤول عسكري أمريكي في كابل الضربة»: a place after a verb of saying, a person's office (مسؤول، متحدث)
    and its adjectives, then «في», is where the speaker is."""
    w = arg_words()
    prev = _words(ctx, s0, _token_start(ctx, p.start))[-6:]
    if len(prev) < 3 or normalize_text(ctx.text[prev[-1][0] : prev[-1][1]]) != "في":
        return False
    k = next((i for i in range(len(prev) - 2, -1, -1) if _in_any(prev[i][2], w.report_cues)), None)
    if k is None or k + 1 >= len(prev) - 1 or not _in_any(prev[k + 1][2], w.person_subject_heads):
        return False
    # (an indefinite office and only its indefinite adjectives between: «مسؤول عسكري أمريكي»; a definite word
    # names the office's domain — «قائد المقاومة في منطقة X»، «رئيس نقابة الصيادين في ولاية X» — which is local)
    between = prev[k + 1 : -1]
    return len(between) <= 4 and not any(
        any(c in ctx.text[a:b] for c in "،,.") or normalize_text(ctx.text[a:b]) in w.that_particles
        or normalize_text(ctx.text[a:b]).startswith(("ال", "لل")) for a, b, _ in between)


def _regime_of(ctx: DocContext, p: PlaceMention, s0: int, words: frozenset[str]) -> bool:
    """«نظام دمشق»، «لنظام طهران»: the bare noun right before the place names a regime by its capital
    («قوات النظام في مدينة حماة» names the place where it happened)."""
    prev = _words(ctx, s0, _token_start(ctx, p.start))[-1:]
    return bool(prev) and normalize_text(ctx.text[prev[0][0] : prev[0][1]]) in words


_LOCATED = frozenset(normalize_text(w) for w in ("الواقعة", "الواقع", "الواقعتين", "الواقعين", "تقع", "يقع", "وتقع", "ويقع"))


def _located_relative_to(ctx: DocContext, p: PlaceMention, s0: int) -> bool:
    """«X الواقعة (على بعد 50 كلم) جنوب Y»، «التي تقع شمال Y»: Y after a verb or participle of lying and a
    direction word only locates X."""
    w = arg_words()
    prev = _words(ctx, s0, _token_start(ctx, p.start))[-8:]
    first = normalize_text(p.text.split(maxsplit=1)[0]) if p.text.strip() else ""
    direction = first in w.relative_directions or p.relation == "distance" or (
        bool(prev) and _in_any(prev[-1][2], w.relative_directions))
    if not direction:
        return False
    for a, b, _ in prev:
        if normalize_text(ctx.text[a:b]) in _LOCATED:
            # the thing located is itself a named place right before the participle («سبها الواقعة …»); a farm
            # or a building located «شمال غرب مديرية X» happened in X
            # («في سوروتش، الواقعة قبالة مدينة X»: a comma may stand between them)
            return any(q is not p and q.place is not None and q.end <= a and not ctx.text[q.end : a].strip(" ،,")
                       for q in ctx.places)
    return False


def _relative_reference(ctx: DocContext, p: PlaceMention, s0: int) -> bool:
    """A place after a bare direction word (شمال، جنوب، قرب، وسط) that itself follows another place, with at
    most a comma between: «X، شمال Y» places X relative to Y, so Y is not where the event happened."""
    w = arg_words()
    before = ctx.text[s0 : p.start].rstrip()
    if before.endswith(("(", "-", "–")):
        # «في محافظة كربلاء (110 كلم جنوب بغداد)»: a bracket after a place says where that place lies
        end = s0 + len(before[:-1].rstrip())
        if any(q is not p and q.place is not None and q.end == end and q.start >= s0 for q in ctx.places):
            return True
    ts = _token_start(ctx, p.start)
    if ts != p.start:
        return False  # a clitic on the name (بشمال is one word, وعدن is a list)
    first = normalize_text(ctx.text[p.start : p.end].split(maxsplit=1)[0]) if p.text.strip() else ""
    if first in w.relative_directions:  # the mention holds the direction word (شمال عدن)
        a = p.start
    else:
        # the last word before the name that is not only a comma
        last = next((r for r in reversed(_words(ctx, s0, ts)) if ctx.text[r[0] : r[1]].strip("،,")), None)
        if last is None:
            return False
        a, b, _ = last
        if normalize_text(ctx.text[a:b]) not in w.relative_directions:
            return False
    end = s0 + len(ctx.text[s0:a].rstrip().rstrip("،,").rstrip())
    # (a country is not located by a town: «في سوريا قرب مدن الحسكة وحلب» names where in the country)
    return any(q is not p and q.place is not None and q.end == end and q.start >= s0 and q.place.kind != "country"
               for q in ctx.places)


def find_place(ctx: DocContext, m: EventMention) -> PlaceMention | None:
    s0, s1 = m.sent
    c0, c1 = m.clause
    countries = doc_countries(ctx)
    where = _where_clause(ctx, c0, c1)
    w_retaliation = arg_words().retaliation
    w_who = arg_words().relative_people
    w_travel = arg_words().travel_heads
    w_frame = arg_words().frame_heads
    violent = m.cls in ("violence", "territory")
    if where:
        c0 = s0  # «… في مدينة X، حيث استهدفت …»: a "where" clause happens at the place just told
    best: tuple[tuple[int, int, int, int, int], PlaceMention] | None = None
    cands = place_candidates(ctx, s0, s1)
    # the provinces the sentence names, by country: «وفي محافظة أبين … في منطقة السلامية» (a namesake village of
    # another province is not the one meant)
    provinces: dict[str, set[str]] = {}
    for q in cands:
        if q.place is not None and q.place.kind == "admin1" and q.place.admin1:
            provinces.setdefault(q.place.country, set()).add(q.place.admin1)
    for p in cands:
        after = p.start >= m.end and p.start - m.end < 60 and not (where and p.start >= c1)
        outside = 0 if (c0 <= p.start < c1 or after) else 1
        # the dateline's city is a last resort (a round-up of agency items names no other place)
        stray = 2 if _is_dateline(ctx, p, s0) else 1 if is_stray(p, countries) else 0
        gov = _governed(ctx, p, s0)
        dist = abs(p.start - m.start)
        side = 0 if p.start >= m.start else 1
        far = 1 if dist > 150 else 0  # a place far along a long sentence belongs to another of its clauses more often
        # «ردا على تعرض بلدة الزبداني لهجوم»: the place of what is retaliated for is not where this happened
        cause = 1 if _preceded_by(ctx, p.start, w_retaliation, s0, 4) else 0
        # «… استهدفت مركزا للدرك ونسبت إلى مقاتلي الحزب، الذين يتعرضون لغارات في شمال العراق»: a place in a
        # relative clause about people (الذين) told after the happening is where they are, not where it happened
        if p.start > m.end and any(normalize_text(ctx.text[a:b]).lstrip("و") in w_who
                                   for a, b, _ in _words(ctx, m.end, p.start)):
            cause = 1
        # «كانوا يستعدون للدخول إلى مدينة X»، «بهدف التضامن مع مدينة X»: where the victims were going or what
        # they stood for is not where it happened
        # «قتل جنديان في هجوم …، في الوقت الذي تتواصل فيه الغارات على مواقع الحزب في جبال قنديل»: a place
        # told after the happening in a clause of what else goes on (a frame of time) is not where it happened
        if violent and p.start > m.end and any(
                _in_any(r, w_frame) for _, _, r in _words(ctx, m.end, p.start)):
            continue
        # «… وأن الهجوم جاء بعد الحصار الذي تفرضه المقاومة في مثلث X»: what follows «جاء/يأتي بعد» is an
        # earlier happening the report ties it to; its place is not where this one happened
        if violent and p.start > m.end and _after_frame(ctx, m.end, p.start):
            continue
        if violent and _preceded_by(ctx, p.start, w_travel, s0, 4):
            continue  # (a visit or talks happen where one travelled to: only violence is kept off it)
        if p.place is not None and p.place.kind in ("village", "neighbourhood") and p.place.admin1 \
                and p.place.admin1 not in provinces.get(p.place.country, {p.place.admin1}):
            cause = 2  # (worse than a province told in another clause of the sentence)
        # «تعرضت مدينة الباب لغارات جوية …، فضلا عن مدينة تلبيسة …»: the place subjected to it took it
        subject = -1 if _subjected_place(ctx, p, m, s0) else 0
        key = (stray, outside + cause + subject, p.precision + gov + far, side, dist)
        if best is None or key < best[0]:
            best = (key, p)
    if best is None:
        return _the_city_named(ctx, m) or _local_sources_place(ctx, m)
    return best[1]


_LOCAL_SOURCE_HEADS = frozenset(("مصدر", "مصادر"))
_LOCAL_PLACE_KINDS = frozenset(("admin1", "admin2", "city", "capital", "town", "village"))


def _local_sources_place(ctx: DocContext, m: EventMention) -> PlaceMention | None:
    """«قالت مصادر في محافظة حضرموت إن سبعة جنود قتلوا …»: when the sentence names no place of its own, the place
    of the local sources who tell it, before the event word, is where it happened (rather than a place the
    article told of something else); not the seat of a named body («المرصد … في لندن»)."""
    s0 = m.sent[0]
    for p in ctx.places:
        if not (s0 <= p.start and p.end <= m.start) or p.place is None or p.place.kind not in _LOCAL_PLACE_KINDS:
            continue
        # «مصادر في …»، «مصادر محلية في …» (one adjective between), not «بحسب مصادر فإن في مخازن …»
        ws = [normalize_text(ctx.text[a:b]).lstrip("و") for a, b, _ in _words(ctx, s0, _token_start(ctx, p.start))[-3:]]
        if len(ws) >= 2 and ws[-1] == "في" and (ws[-2] in _LOCAL_SOURCE_HEADS or (
                len(ws) == 3 and ws[-3] in _LOCAL_SOURCE_HEADS and ws[-2].endswith(("يه", "ية", "مطلعه", "مقربه")))) \
                and not _sources_seat(ctx, p, s0):
            return p
    return None


def _after_frame(ctx: DocContext, a: int, b: int) -> bool:
    """A frame verb followed within three words by a word of sequence («جاء بعد»، «يأتي غداة»، «جاءت عقب») lies
    in [a, b): what is told after it is another, earlier happening."""
    from marsad.events.lexicon import load_lexicon

    sets = load_lexicon().sets
    rows = _words(ctx, a, b)
    return any(_in_any(r, sets["frame_verbs"]) and any(_in_any(x, sets["frame_after"]) for _, _, x in rows[k + 1 : k + 4])
               for k, (_, _, r) in enumerate(rows))


_THE_CITY = frozenset(("المدينه", "بالمدينه", "للمدينه"))


def _the_city_named(ctx: DocContext, m: EventMention) -> PlaceMention | None:
    """«قالت مصادر في تعز إن الحوثيين قصفوا مستشفى … في المدينة»: «the city» after the event word, in a sentence
    whose only place is where the report came from, is that place (a city or town named before it)."""
    s0, s1 = m.sent
    if not any(normalize_text(ctx.text[a:b]) in _THE_CITY for a, b, _ in _words(ctx, m.end, s1)):
        return None
    named = [p for p in ctx.places if s0 <= p.start < m.start and p.place is not None
             and p.place.kind in ("city", "capital", "town")]
    return named[-1] if named else None


def _subjected_place(ctx: DocContext, p: PlaceMention, m: EventMention, s0: int) -> bool:
    """The place is the subject of «تعرض» (was subjected) right before it, and the event word follows within a
    few words with «لـ» («تعرضت مدينة الباب بريف حلب لغارات جوية»)."""
    if p.start >= m.start or m.pos != "noun" or p.place is None \
            or p.place.kind in ("country", "region", "admin1", "admin2"):
        return False  # («تعرضت محافظة حلب لقصف … قرية رسم العبود»: the village named after it is finer)
    from marsad.events.lexicon import load_lexicon

    verbs = load_lexicon().cues["subjected_verbs"]
    prev = _words(ctx, s0, _token_start(ctx, p.start))[-1:]
    if not prev or normalize_text(ctx.text[prev[0][0] : prev[0][1]]).lstrip("وف") not in verbs:
        return False
    between = _words(ctx, p.end, m.start)
    trig = normalize_text(ctx.text[m.start : m.end]).lstrip("وف")
    return len(between) <= 5 and trig.startswith("ل")


def _where_clause(ctx: DocContext, c0: int, c1: int) -> bool:
    """The clause opens with the relative adverb حيث ("where"), not causal حيث إن/أن ("since")."""
    words = ctx.text[c0:c1].lstrip(" ،,").split(maxsplit=2)
    if not words or normalize_text(words[0]).lstrip("و") != "حيث":
        return False
    return len(words) < 2 or normalize_text(words[1]) not in ("ان", "انه", "انها")


def _sent_start(ctx: DocContext, pos: int) -> int:
    for a, b in ctx.sentences:
        if a <= pos < b:
            return a
    return 0


def main_place(ctx: DocContext) -> PlaceMention | None:
    """The article's main place: the most often named specific place among those of the lead
    (first three sentences), ties to the earliest."""
    if not ctx.sentences:
        return None
    countries = doc_countries(ctx)
    lead_end = ctx.sentences[min(2, len(ctx.sentences) - 1)][1]
    lead = [p for p in place_candidates(ctx, 0, lead_end, venues=True)
            if not _is_dateline(ctx, p, _sent_start(ctx, p.start)) and p.place is not None and p.place.kind not in ("country", "region") and not is_stray(p, countries)]
    if not lead:
        return None
    freq: dict[str, int] = {}
    for p in ctx.places:
        if p.place is not None:
            freq[p.place.id] = freq.get(p.place.id, 0) + 1
    return max(lead, key=lambda p: (freq.get(p.place.id, 0) if p.place else 0, -p.start))


def find_date(ctx: DocContext, m: EventMention) -> DateMention | None:
    w = arg_words()
    s0, s1 = m.sent
    # (a statement's day is a political act's own — «دعت الحكومة في بيان يوم الثلاثاء …» — not a violent one's)
    reported = w.report_cues if m.cls == "political" else w.report_cues | w.statement_words
    best: tuple[int, DateMention] | None = None
    kept: list[DateMention] = []
    period: list[DateMention] = []  # days after «منذ …»
    for d in ctx.dates:
        if not (s0 <= d.start < s1) or d.kind == "year" or (d.kind == "since" and not (
                ctx.published is not None and d.date_start is not None and 0 <= (ctx.published - d.date_start).days <= 2)):
            continue  # (a «since» of the last two days, «منذ صباح اليوم», dates the happening)
        if d.text[:1].isdigit() and _preceded_by(ctx, d.start, w.date_name_words, s0, 1):
            continue  # شارع 26 سبتمبر، ميدان 30 يونيو: a name, not a day
        since = next((a for a, _, r in reversed(_words(ctx, s0, d.start, last=7)) if _in_any(r, since_words())), None)
        if since is not None and m.end <= since and not (
                ctx.published is not None and d.date_start is not None
                and 0 <= (ctx.published - d.date_start).days <= 2):
            # «قتل ستة اليوم (الخميس) في أول هجوم منذ إعلان وفاة الملا عمر الأسبوع الماضي»: after the happening, the day
            # of what a period starts from; it dates the happening only when the sentence tells no other day (a
            # happening told after «منذ …» keeps it: «ومنذ اندلاع العنف في 20 يوليو، قتل 13»: a period's toll)
            period.append(d)
            continue
        if d.start > m.end and (
            any(_in_any(r, reported) for _, _, r in _words(ctx, m.end, d.start))
            or any(m.end <= x.start and x.end <= d.start for x in ctx.sources)
        ):
            continue  # the report's date: بحسب المرصد، السبت؛ «… وذلك في بيان نشر على الإنترنت أمس»
        dist = abs(d.start - m.start)
        if best is None or dist < best[0]:
            best = (dist, d)
        kept.append(d)
    if best is None and period:
        best = min(((abs(d.start - m.start), d) for d in period), key=lambda x: x[0])
        kept = period
    if best is not None and best[1].end <= m.start and len(kept) > 1:
        # «أعلن الجيش في بيان اليوم الأحد أن طائراته قصفت مواقع للمسلحين يوم السبت»: a day in the frame of
        # a report («قال … اليوم الخميس إن») is the report's when the reported clause tells its own
        frame = best[1]
        rows = _words(ctx, frame.end, m.start)
        that = next((a for a, b, _ in rows if normalize_text(ctx.text[a:b]) in _THAT_FRAME), None)
        if that is not None and any(_in_any(r, w.report_cues) for _, _, r in _words(ctx, s0, frame.start, last=6)):
            own = [d for d in kept if d.start > that and m.clause[0] <= d.start < m.clause[1]]
            if not own:
                # «أعلن الجيش أمس الثلاثاء أنه مسؤول عن القصف …، مما أدى إلى مقتل خمسة الاثنين»: the
                # day of the result clause that follows is the happening's
                own = [d for d in kept if d.start >= m.clause[1] and any(
                    _in_any(r, w.result_verbs) for _, _, r in _words(ctx, m.clause[1], d.start)) and not any(
                    _in_any(r, w.report_cues) for _, _, r in _words(ctx, m.end, d.start))]
            if own:
                return min(own, key=lambda d: abs(d.start - m.start))
    if best is not None and best[1].end <= m.start and len(kept) == 1 and _toll_rise_report(ctx, best[1], m, s0):
        ctx.memo[("update_day", best[1].start)] = True  # (no other happening of the text takes it either)
        return None
    return best[1] if best else None


def _toll_rise_report(ctx: DocContext, d: DateMention, m: EventMention, s0: int) -> bool:
    """«وأعلن المسؤول أمس عن ارتفاع حصيلة القتلى جراء قصف …»: the day in the frame of a report whose object is a
    toll that rose (ارتفاع/ارتفع + حصيلة/عدد before the event word) is the day of the update, not of the
    happening, which came before it."""
    w = arg_words()
    if not any(_in_any(r, w.report_cues) for _, _, r in _words(ctx, s0, d.start)):
        return False
    rows = _words(ctx, d.end, m.start)
    if len(rows) > 12:
        return False
    rise = next((k for k, (_, _, r) in enumerate(rows) if _in_any(r, w.rise_words)), None)
    return rise is not None and any(_in_any(r, w.count_nouns) for _, _, r in rows[rise + 1 : rise + 3])


_THAT_FRAME = frozenset(("ان", "انه", "انها", "بان", "وان"))


def _number_words(ctx: DocContext, n: NumberMention, s0: int, s1: int) -> tuple[list[list[str]], list[list[str]]]:
    before = [r for _, _, r in _words(ctx, s0, n.start)][-3:]
    after_end = n.noun_end if n.noun_end else n.end
    # «5 من الحوثيين وقوات صالح قتلوا»: the victims' side stands between the number and the verb
    for x in ctx.actors:
        if after_end <= x.start < after_end + 6 and x.end < s1:
            after_end = max(after_end, x.end)
            for y in ctx.actors:  # a coordinated second actor (وقوات صالح)
                if x.end < y.start <= x.end + 2 and y.end < s1:
                    after_end = y.end
        elif x.start >= after_end + 6:
            break
    after = [r for _, _, r in _words(ctx, after_end, s1)][:3]
    return before, after


# words that, right before a figure, make it the object of a preposition, not of a verb of killing («نحو» and
# «حوالي» before a figure are approximations)
_PREPOSITIONS_BEFORE_FIGURE = frozenset(["من", "في", "الي", "علي", "عن", "بين", "مع"])


def _object_of_killing(ctx: DocContext, n: NumberMention, s0: int) -> bool:
    """«وقتل مسلحون من جماعة بوكو حرام أمس 20 قرويا»، «قتلت انتحاريتان 13 شخصا»: an active verb of killing
    (`kill_active_verbs`), its subject right after it — an armed party or an attacker (`attacker_nouns`), in its
    first two words — and the figure within six words of the verb, with no preposition right before the figure (an
    aside between them is allowed: «قتل انتحاري يشتبه بانتمائه لداعش، 32 شخصا»): the figure counts the dead (written
    without vowels, «قتل مسلحون» alone would read as «gunmen were killed»; a figure as the verb's object settles it).
    After a verb of executing (`execute_verbs`) a figure within four words counts the executed, whoever the subject."""
    if n.vague:
        return False  # («قتل مسلحون … عشرات الأشخاص»: tens, no figure to count by)
    w = arg_words()
    rows = [row for row in _words(ctx, s0, n.start) if ctx.text[row[0]].isalpha()][-7:]  # (words, not marks)
    if not rows or _in_any(rows[-1][2], _PREPOSITIONS_BEFORE_FIGURE):
        return False
    for k, (_, vb, r) in enumerate(rows[:-1]):
        if not _in_any(r, w.kill_active_verbs | w.execute_verbs):
            continue
        # (not «قتل مع مسلحين اثنين» — killed with two gunmen — nor a second figure of a list, «وقتل 39 متمردا و17 …»)
        if _in_any(rows[k + 1][2], _PREPOSITIONS_BEFORE_FIGURE) or any(vb <= m.start < n.start for m in ctx.numbers):
            continue
        if _in_any(r, w.execute_verbs) and len(rows) - k <= 5:
            return True  # («أعدم التنظيم رميا بالرصاص نحو 44 شابا»: whoever is the subject, the executed are counted)
        subject = rows[k + 1 : k + 3]
        if any(_in_any(r2, w.attacker_nouns) or any(x.start == a2 and x.type in (1, 2, 3) for x in ctx.actors)
               for a2, _, r2 in subject):
            return True
    return False



def _victim_side(ctx: DocContext, n: NumberMention, s1: int) -> str | None:
    """The actor the victims belong to: «13 عنصراً من الحوثيين»، «4 قتلى من أفراد المقاومة»،
    «50 عنصراً لقوات النظام»، «11 حوثياً» (an actor written as the counted noun)."""
    w = arg_words()
    end = n.noun_end or n.end
    for x in ctx.actors:
        if n.start <= x.start < end:
            return x.name  # the counted noun is the actor (حوثياً)
        if end <= x.start < min(s1, end + 40):
            gap = _words(ctx, end, x.start)
            pre = _actor_prefix(ctx, x)
            if len(gap) <= 3 and all(_in_any(r, w.victim_side | w.killed) for _, _, r in gap) and (
                gap or pre.endswith(("ل", "لل", "من"))):
                return x.name
            if not gap and (pre.endswith(("ل", "لل")) or (n.noun_end is not None and not pre)):
                return x.name  # «50 عنصراً لقوات النظام»، «4 من أفراد المقاومة» (construct)
            break
    return _side_before(ctx, n)


_GUNMEN = frozenset(["مسلح", "مسلحا", "مسلحين", "مسلحون", "ارهابي", "ارهابيا", "ارهابيين", "ارهابيون", "متطرفا",
                      "متطرفين", "متمردا", "متمردين"])


def _gunmen_and_forces(ctx: DocContext, first: Toll, then: Toll) -> bool:
    """«مقتل 12 مسلحا، وقتل في صفوف الجيش 5 جنود»: gunmen counted with no side, then the dead of a state's forces
    named as their side: the two sides of one fight (ACLED counts both)."""
    if first.side is not None or then.side is None or first.span is None:
        return False
    if not set(normalize_text(ctx.text[first.span[0] : first.span[1]]).split()) & _GUNMEN:
        return False
    return any(x.name == then.side and x.type == 1 for x in ctx.actors)


def _side_before(ctx: DocContext, n: NumberMention) -> str | None:
    """«فيما قتل من جانب المقاومة ثمانية أشخاص»، «وقتل في صفوف الجيش 5 جنود»: the side named between a word of
    killing and the figure («من جانب/في صفوف X» right before it)."""
    w = arg_words()
    x = next((a for a in reversed(ctx.actors) if a.end <= n.start), None)
    if x is None or _words(ctx, x.end, n.start) or ctx.text[x.end : n.start].strip():
        return None
    before = _words(ctx, max(0, x.start - 40), x.start, last=4)
    for k in range(len(before) - 1, -1, -1):
        r = before[k][2]
        if _in_any(r, w.killed):
            # (at least «من/في صفوف» between: «وقتل تنظيم داعش 4 مدنيين» names the killer, not the victims' side)
            return x.name if before[k + 1 :] and all(_in_any(q, w.victim_side | _SIDE_NOUNS)
                                                     for _, _, q in before[k + 1 :]) else None
        if not _in_any(r, w.victim_side | _SIDE_NOUNS):
            return None
    return None


_SIDE_NOUNS = frozenset(["جانب", "الجانب", "طرف", "صفوف", "في"])


_GENERIC_VICTIMS = frozenset([
    "شخص", "شخصا", "اشخاص", "عنصر", "عنصرا", "عناصر", "اخرين", "اخرون", "فردا", "افراد", "جنود", "جندي", "جنديا",
    "جنديين", "جنديان", "عسكري", "عسكريا", "عسكريين", "مقاتل", "مقاتلا", "مقاتلين", "مسلح", "مسلحا", "مسلحين",
    "شرطي", "شرطيا", "شرطيين", "رجال", "ضابط", "ضباط",
])
_OTHERS = frozenset(["اخر", "اخران", "اخرين", "اخرون", "اخريين"])


def _noun_side(noun: list[str]) -> str | None:
    """The counted noun as a weak side (متمرداً، إرهابياً) when it is not generic (أشخاص، عناصر)."""
    w = arg_words()
    if not noun or _in_any(noun, w.killed | w.injured | _GENERIC_VICTIMS | w.civilians | w.children | w.women):
        return None
    return "noun:" + min(noun, key=len)


def _cumulative(ctx: DocContext, n: NumberMention, s0: int, s1: int) -> bool:
    """منذ بداية الشهر ... 260 قتيلاً، الحصيلة الإجمالية: a toll summing many happenings."""
    w = arg_words()
    before = [r for _, _, r in _words(ctx, s0, n.start)][-6:]
    # («في هجوم يأتي غداة مقتل 21 شخصا في هجمات …»: the dead of the day before are another happening's)
    if any(_in_any(r, w.cumulative) for r in before) or any(_in_any(r, w.day_before_words) for r in before[-3:]):
        return True
    # «قتلت 3042 من التنظيم … خلال 10 أشهر»: a figure summed over months or years told after it (days or hours are
    # a happening's span: «خلال الساعات الماضية»)
    after = _words(ctx, n.noun_end or n.end, min(s1, n.end + 200))[:24]
    months = month_names()
    for k, (_, _, r) in enumerate(after):
        if not _in_any(r, w.span_heads):
            continue
        nxt = [x for _, _, x in after[k + 1 : k + 4]]
        if any(_in_any(x, w.long_spans) or (k < 10 and _in_any(x, w.period_words)) for x in nxt):
            return True  # («… في الفترة بين 20 و31 يوليو»: a period right after the figure; one told far on is
            # another clause's: «… في كمين، وتواصل المقاومة نصب الكمائن طوال الفترة الماضية»)
        if len(nxt) >= 2 and _in_any(nxt[0], w.period_demonstratives) and _in_any(nxt[1], w.period_words):
            return True  # «… جراء هذه الغارات خلال هذه الفترة»: the period a report counts over, named before
        if _in_any(r, w.month_span_heads) and nxt and (any(x in months for x in nxt[0])
                                                        or _in_any(nxt[0], w.month_nouns)):
            return True  # «قتلوا في تعز … خلال يوليو الماضي»، «خلال الشهر الجاري»: a month's count
    for k, (_, _, r) in enumerate(after):
        if k < 4 and _in_any(r, w.rate_words):
            return True  # «يتجاوز عدد قتلاها 100 إرهابي يوميا»: a rate, no happening's toll
        if k < 5 and k + 1 < len(after) and (
                _in_any(r, w.month_nouns) and _in_any(after[k + 1][2], w.current_words)
                or _in_any(r, w.period_demonstratives) and _in_any(after[k + 1][2], w.month_nouns)):
            # «وأدت إلى مقتل 130 شخصا وإصابة العشرات هذا الشهر»: the month so far, right after the figure (far on it
            # compares: «قتل 7 أمس … في أعنف هجوم هذا الشهر»)
            return True
    return False



_TWO = frozenset(["اثنين", "اثنان"])


@lru_cache(maxsize=1)
def _oblique_victims() -> frozenset[str]:
    """The «ين» forms of the singular victim words, dual or plural (عسكريين، مدنيين، جنديين)."""
    return frozenset(sv + "ين" for sv in arg_words().singular_victims if not sv.endswith("ه"))


@lru_cache(maxsize=1)
def _dual_victims() -> frozenset[str]:
    """Duals of the singular victim words (جنديان، شرطيان، امرأتين، شخصين): two victims. The oblique «ين» form
    is left out where it is also the sound plural (مدنيين، مسلحين: nisba adjectives and participles); so are
    duals that are names (طالبان)."""
    out: set[str] = set()
    for sv in arg_words().singular_victims:
        if sv.endswith("ه"):
            out.update((sv[:-1] + "تان", sv[:-1] + "تين"))
            continue
        out.add(sv + "ان")
        if not sv.endswith("ي") and not sv.startswith("م") and sv[1:2] != "ا":
            out.add(sv + "ين")  # not فاعل either (ناشطين is a plural too)
    return frozenset(out - arg_words().not_dual)


def _singular_toll(ctx: DocContext, s0: int, s1: int, kind_words: frozenset[str] | None = None) -> Toll | None:
    """قتل مسلح، مقتل شخص، استشهد طفل، أصيبت امرأة: one victim told without a number (a child, a woman
    or a civilian also fills that breakdown)."""
    w = arg_words()
    words = w.killed if kind_words is None else kind_words
    ws = _words(ctx, s0, s1)
    remembered = _cue("commemoration")
    for k in range(len(ws) - 1):
        if not _in_any(ws[k][2], words):
            continue
        if any(_in_any(ws[j][2], remembered) for j in range(max(0, k - 3), k)):
            continue  # «في الذكرى الأولى لمقتل الشاب …»: the death an anniversary remembers is not this happening's
        nxt = ws[k + 1]
        one = _in_any(nxt[2], w.singular_victims) or _one_other(ctx, ws, k + 1)
        # «مقتل عسكريين تركيين اثنين»: an «ين» form that may be a plural is a dual when «اثنين» follows it
        two = next((j for j in range(k + 2, min(k + 4, len(ws))) if _in_any(ws[j][2], _TWO)), None)
        if two is not None and not _in_any(nxt[2], _oblique_victims()):
            two = None
        if one or _in_any(nxt[2], _dual_victims()) or two is not None:
            t = Toll(best=1 if one else 2, span=(ws[k][0], (ws[two] if two is not None else nxt)[1]))
            # (a group named in the victim's words, «قتل جندي تركي» → Military Forces of Turkey, is the victims' side)
            # (not the bomber's: «قتل انتحاري … 32 شخصا» — the attacker's own group is no victim)
            t.side = None if _in_any(nxt[2], _BOMBER) else next(
                (x.name for x in ctx.actors if nxt[0] <= x.start < nxt[1] and x.kind not in ("country", "person")), None)
            more = next((n for n in ctx.numbers if 0 < n.start - nxt[1] <= 3 and ctx.text[nxt[1] : n.start].strip() == "و"
                         and n.value is not None and n.value == int(n.value) and not n.ordinal), None)
            if more is not None:  # «قتل ضابط وثلاثة جنود»: one and three more
                t.best = (t.best or 0) + int(more.value)  # type: ignore[arg-type]
                t.span = (ws[k][0], more.noun_end or more.end)
            elif one and kind_words is None:
                also = _one_more_dead(ctx, ws, k + 1, words)
                if also is not None:  # «مقتل شرطي ومدني»، «مقتل الشرطي فلان ومصرع مدني»: one and one more
                    t.best = 2
                    t.span = (ws[k][0], also)
                else:
                    extra = _companions(ctx, ws, k + 1)
                    if extra is not None:  # «قتل نائب مع حارسيه»، «مقتل طبيب وزوجته»
                        t.best = 1 + extra[0]
                        t.span = (ws[k][0], extra[1])
            _one_victim_kind(t, nxt[2])
            return t
    return None


def _companions(ctx: DocContext, ws: list[tuple[int, int, list[str]]], j: int) -> tuple[int, int] | None:
    """After a single victim at word ``j``, within six words and before any punctuation: «مع حارسيه» (with his two
    guards), «مع زوجته»، «وابنه» (and his son): the companions killed with him (count, end of the word)."""
    w = arg_words()
    for m in range(j + 1, min(j + 7, len(ws))):
        if any(ch in ctx.text[ws[m - 1][1] : ws[m][0]] for ch in "،,.؛:()"):
            return None
        if _in_any(ws[m][2], w.injured | w.killed):
            return None  # «استشهاد رضيع وإصابة والديه وشقيقه»: the kin after a wound word are the wounded
        word = normalize_text(ctx.text[ws[m][0] : ws[m][1]])
        prev = normalize_text(ctx.text[ws[m - 1][0] : ws[m - 1][1]])
        bare = word[1:] if word.startswith("و") and prev != "مع" else word if prev == "مع" else None
        if bare is None:
            continue
        if bare in w.companions_two:
            return 2, ws[m][1]
        if bare in w.companions_one:
            return 1, ws[m][1]
    return None


def _one_more_dead(ctx: DocContext, ws: list[tuple[int, int, list[str]]], j: int,
                   killed: frozenset[str]) -> int | None:
    """After a single victim at word ``j``: a second single victim joined by «و» — right after it and its adjective
    («مقتل شرطي ومدني»، «جندي تركي وطفل»), or with a death word of its own within ten words («مقتل الشرطي فلان (30
    عاما)، ومصرع مدني»): the end of that victim, else None. A wound («وإصابة مدني») is not a death."""
    w = arg_words()
    for m in range(j + 1, min(j + 11, len(ws))):
        word = normalize_text(ctx.text[ws[m][0] : ws[m][1]])
        if not word.startswith("و") or len(word) < 3:
            continue
        bare = word[1:]
        if m <= j + 2 and (bare in w.singular_victims or (bare.endswith("ا") and bare[:-1] in w.singular_victims)):
            return ws[m][1]
        if m + 1 < len(ws) and _in_any([r.removeprefix("و") for r in ws[m][2]] + [bare], killed) \
                and _in_any(ws[m + 1][2], w.singular_victims):
            return ws[m + 1][1]
        if _in_any([bare], w.injured) or _in_any([bare], killed):
            return None  # («وإصابة مدني»، «ومقتل 3»: a wound, or a death told with its own figure)
    return None


_BOMBER = frozenset(["انتحاري", "انتحاريه", "الانتحاري", "مهاجم", "المهاجم"])
_OTHER_ONE = frozenset(["اخر", "اخري"])
_AFTER_OTHER = frozenset(["بجروح", "بجراح", "بجرح", "في", "خلال", "جراء", "اثر", "بعد", "برصاص", "اليوم", "امس"])


def _single_victim_spans(ctx: DocContext, s0: int, s1: int) -> list[tuple[int, int]]:
    """The spans of the single victims a sentence tells without a figure («قتل شرطي تركي»، «إن جنديا تركيا قتل»; not
    the bomber of «قتل انتحاري … 32 شخصا», who is the attacker), once per sentence: every event word of it asks."""
    key = ("single_victims", s0, s1)
    got = ctx.memo.get(key)
    if got is None:
        w = arg_words()
        got = [t.span for t in (_fronted_victim(ctx, s0, s1, w.fronted_deaths), _fronted_victim(ctx, s0, s1, w.fronted_wounds),
                                _singular_toll(ctx, s0, s1), _singular_toll(ctx, s0, s1, w.injured))
               if t is not None and t.span is not None
               and not (set(normalize_text(ctx.text[t.span[0] : t.span[1]]).split()) & _BOMBER)]
        ctx.memo[key] = got
    return got


def _one_other(ctx: DocContext, ws: list[tuple[int, int, list[str]]], j: int) -> bool:
    """«قتل جندي تركي وأصيب آخر»، «… وأصيب آخر بجروح خطيرة»: «آخر/أخرى» alone after a casualty word is one more
    victim (not «مقتل آخر جندي», the last soldier: the word after it ends the phrase, opens the next with «و»,
    or tells the wound, the place or the cause)."""
    if ws[j][2][0] not in _OTHER_ONE:
        return False
    if j + 1 >= len(ws):
        return True
    gap = ctx.text[ws[j][1] : ws[j + 1][0]]
    nxt = normalize_text(ctx.text[ws[j + 1][0] : ws[j + 1][1]])
    return any(ch in gap for ch in "،,.؛:") or nxt.startswith("و") or nxt in _AFTER_OTHER


def _one_victim_kind(t: Toll, readings: list[str]) -> None:
    """A single victim named as a child, a woman or a civilian also fills that breakdown of the toll."""
    w = arg_words()
    if _in_any(readings, w.children):
        t.children = 1
    elif _in_any(readings, w.women):
        t.women = 1
    elif _in_any(readings, w.civilians):
        t.civilians = 1


def _died_of_wounds(ctx: DocContext, s0: int, s1: int) -> Toll | None:
    """«توفي متأثرا بجراح أصيب بها إثر إطلاق نار عليه»: a verb of dying with «متأثرا» and the wounds right after it
    counts one dead (two for the dual, «توفيا متأثرين بجروحهما»)."""
    w = arg_words()
    ws = _words(ctx, s0, s1)
    for k in range(len(ws) - 1):
        if _in_any(ws[k][2], w.died_verbs) and _in_any(ws[k + 1][2], w.wounds_after) and k + 2 < len(ws) \
                and normalize_text(ctx.text[ws[k + 2][0] : ws[k + 2][1]]).removeprefix("ب").removeprefix("ال").startswith(
                    ("جراح", "جروح", "اصاب")):  # (of wounds, not «متأثرا بمرضه», of an illness)
            dual = ws[k][2][0].endswith(("يا", "تا"))
            return Toll(best=2 if dual else 1, span=(ws[k][0], ws[k + 1][1]))
    return None


def _fronted_victim(ctx: DocContext, s0: int, s1: int, verbs: frozenset[str]) -> Toll | None:
    """«وقالت الشرطة إن جنديا تركيا قتل وأصيب آخر»: after «إن/أن» a singular victim noun (accusative), with at most
    its adjective after it, then a verb of being killed or wounded with no victim or figure as its object: one
    victim (the noun fronted before the passive verb; «أن مسلحا قتل جنديا» has an object and tells the agent)."""
    w = arg_words()
    ws = _words(ctx, s0, s1)
    for k in range(1, len(ws) - 1):
        if not _in_any(ws[k - 1][2], w.that_particles):
            continue
        noun = ws[k][2][0]
        bare = noun[:-1] if noun.endswith("ا") else noun
        if noun not in w.singular_victims and bare not in w.singular_victims:
            continue
        for j in (k + 1, k + 2):
            if j < len(ws) and _in_any(ws[j][2], verbs):
                if j + 1 < len(ws):
                    obj = ws[j + 1][2][0]
                    if obj[:-1] in w.singular_victims or any(ws[j + 1][0] <= n.start < ws[j + 1][1] for n in ctx.numbers):
                        return None  # «أن مسلحا قتل جنديا»، «قتل 3»: the verb has an object, the noun is its agent
                t = Toll(best=1, span=(ws[k][0], ws[j][1]))
                # (a group named in the victim's words is the victims' side; not a country: «تركيا» after «جنديا» is
                # the adjective «Turkish»)
                t.side = next((x.name for x in ctx.actors if ws[k][0] <= x.start < ws[j][0] and x.kind not in ("country", "person")), None)
                _one_victim_kind(t, [noun, bare])
                return t
    return None


_MET_VERBS = frozenset(normalize_text(w) for w in ("لقي", "لقيت", "لقوا"))
_MET_DEATHS = frozenset(normalize_text(w) + suffix for w in ("مصرع", "حتف") for suffix in ("هم", "هما", "هن"))
_MET_DEATH = {normalize_text(w) + suffix: n for w in ("مصرع", "حتف") for suffix, n in (("ه", 1), ("ها", 1), ("هما", 2))}
_MET = frozenset(normalize_text(w) for w in ("لقي", "لقيت", "لقيا", "لقيتا", "ولقي", "ولقيت", "ولقيا", "ولقيتا",
                                             "فلقي", "فلقيت"))


def _met_death_toll(ctx: DocContext, s0: int, s1: int) -> Toll | None:
    """«لقي مدرس وزوجته مصرعهما»، «لقيت امرأة حتفها»: «لقي … مصرعه/حتفه» (met his death) with the pronoun of the
    dead on the noun counts them (ه، ها: one; هما: two) when no figure is given."""
    ws = _words(ctx, s0, s1)
    for k, (a, b, r) in enumerate(ws):
        n = _MET_DEATH.get(r[0])  # (a word's first reading is its normal form)
        if n is None:
            continue
        # (the one who met his death may be told at length: «لقي أمين شرطة من قوة مركز شرطة … بمحافظة الشرقية مصرعه»)
        met = next((j for j in range(k - 1, max(0, k - 13) - 1, -1) if ws[j][2][0] in _MET), None)
        if met is None:
            continue
        if any(_in_any(r, arg_words().perpetrator_words) for _, _, r in ws[max(0, met - 3) : k]):
            return None  # «وأضاف أن الانتحاري أيضا لقي حتفه»: the attacker's own death
        return Toll(best=n, span=(a, b))
    return None


def find_tolls(ctx: DocContext, sent: tuple[int, int]) -> tuple[Toll | None, Toll | None]:
    """Killed and injured in one sentence, with the breakdown (بينهم 13 مدنياً). Deaths on two
    named sides of one sentence add up (ACLED counts every side); «قتل وجرح N» gives no killed
    figure; cumulative tolls (منذ ...، الإجمالية) are not counted."""
    # a pure function of the read-only context: computed once per sentence; callers get their own
    # copies (merging fills a toll's breakdown in place)
    key = ("tolls", sent)
    got = ctx.memo.get(key)
    if got is None:
        got = ctx.memo[key] = _find_tolls(ctx, sent)
    k, i = got
    return (None if k is None else replace(k)), (None if i is None else replace(i))


def _find_tolls(ctx: DocContext, sent: tuple[int, int]) -> tuple[Toll | None, Toll | None]:
    w = arg_words()
    s0, s1 = sent
    killed: Toll | None = None
    injured: Toll | None = None
    last: Toll | None = None
    summed: set[str] = set()  # the kinds of figure the sentence counts over a period (cumulative)
    for n in ctx.numbers:
        if not (s0 <= n.start < s1) or n.value is None or n.ordinal:
            continue
        before, after = _number_words(ctx, n, s0, s1)
        noun = [r for r, _ in clitic_candidates(normalize_text(n.noun), True)] if n.noun else []
        if noun and n.noun and normalize_text(n.noun).startswith("و") and _in_any(noun, w.killed | w.injured):
            noun = []  # «مقتل 29 وجرح 15»: the next casualty word is coordinated, not the counted noun
        head = noun or (after[0] if after and _in_any(after[0], _BETWEEN) else [])  # «33 بين قتيل وجريح»
        rest = after[2:3] if head is not noun else after[1:2] if _in_any(noun, _BETWEEN) else after[:1]
        if rest and rest[0] and rest[0][0].startswith("و") and _in_any(rest[0], w.injured) and (
                _in_any(head, w.killed) or _in_any(head, _BETWEEN)):
            continue  # «33 قتيلاً وجريحاً»: killed and wounded together, neither figure
        if n.value is not None and 1900 <= n.value <= 2100 and n.value == int(n.value) \
                and any(_in_any(r, w.year_words) for r in before[-1:]):
            continue  # «من مواليد 1986»، «عام 2014»: a year, not a count
        if _in_any(noun, w.time_units) or (not noun and after and _in_any(after[0], w.time_units)) \
                or any(_in_any(r, w.age_words) for r in before[-2:]):
            continue  # «ورجلا يبلغ من العمر 49 عاما قتلوا»، «خلال الـ48 ساعة»: an age or a span, not a count
        is_among = any(_in_any(r, w.among) for r in before[-2:])
        if is_among and last is not None:
            if _in_any(noun, w.civilians):
                last.civilians = int(n.value)
            elif _in_any(noun, w.children):
                last.children = int(n.value)
            elif _in_any(noun, w.women):
                last.women = int(n.value)
            continue
        if before and _in_any(before[-1], w.arrest_words) and not _in_any(noun, w.killed | w.injured):
            continue  # «واعتقلت 13 شخصاً بينما قتل عنصر آخر»: the arrested, whatever verb follows
        kind = None
        if _in_any(noun, w.killed):
            kind = "k"  # the counted noun says what the figure counts (7 قتلى و20 جريحاً)
        elif _in_any(noun, w.injured):
            kind = "i"
        else:
            near = after[:2]
            # «ثلاثة من العمال، وإصابة تسعة»، «12 متمردا وإصابة ثمانية»: a casualty word after a comma or joined
            # by «و» opens the next figure's phrase
            cut = next((k for k, r in enumerate(near) if r and (r[0] in ("،", ",") or (
                r[0].startswith("و") and r[0] not in w.killed | w.injured and _in_any(r, w.killed | w.injured)))), None)
            coordinated_injured = cut is not None and _in_any(near[cut], w.injured)
            if cut is not None:
                near = near[:cut]
            if coordinated_injured and any(_in_any(r, w.fall_words) for r in before[-1:]):
                kind = "k"  # «أدى إلى سقوط 12 متمردا وإصابة ثمانية آخرين»: the fallen beside the wounded died
            if any(_in_any(r, w.killed) for r in before[-2:] + near):
                kind = "k"
            if any(_in_any(r, w.injured) for r in before[-2:] + near):
                if kind is None or any(_in_any(r, w.injured) for r in before[-2:]):
                    kind = "i"
        if kind is None and any(_in_any(r, w.approx) or "علي" in r or _in_any(r, frozenset(["الاقل"])) for r in after[:2]):
            # «5 عناصر على الأقل قتلوا»
            if len(after) > 2 and _in_any(after[2], w.killed):
                kind = "k"
        if kind is None and len(before) == 3 and _in_any(before[2], _TO) and _in_any(before[1], _reach_verbs()):
            # «عدد القتلى ارتفع إلى نحو 100»: the casualty noun is the subject of the verb of reaching
            kind = "k" if _in_any(before[0], w.killed) else "i" if _in_any(before[0], w.injured) else None
        if kind is None and any(_in_any(r, w.killed) for r in after[:4]) and _victim_side(ctx, n, s1):
            kind = "k"  # «اثنين من مقاتلي المقاومة استشهدا»: the killed verb after the counted group
        if kind is None and before and _in_any(before[-1], _MET_VERBS) and any(
                _in_any(r, _MET_DEATHS) for _, _, r in _words(ctx, n.end, min(s1, n.end + 200))[:16]):
            kind = "k"  # «لقي 24 عنصرا من ميليشيات … وعناصر … مصرعهم»: met their death, told at length between
        if kind is None and _object_of_killing(ctx, n, s0):
            kind = "k"  # «وقتل مسلحون من بوكو حرام أمس 20 قرويا»: the figure is the object of the attackers' verb
        if kind is None and _side_before(ctx, n):
            kind = "k"  # «فيما قتل من جانب المقاومة ثمانية أشخاص»: the killed verb, the side, then the figure
        if kind is None and last is not None and last is killed and _added_group(ctx, n, last, before, noun):
            # «استشهاد 10 من منسوبي القوات وثلاثة من العاملين»، «… إضافة إلى ثلاثة من العاملين»: one more
            # group of the same dead
            killed = last = add_tolls(killed, replace(killed, best=int(n.value), low=None, high=None,
                                                      civilians=None, children=None, women=None))
            continue
        if kind is None:
            continue
        if _cumulative(ctx, n, s0, s1):
            summed.add(kind)
            if kind == "k" and not any(_in_any(r, w.day_before_words) for _, _, r in _words(ctx, s0, n.start, last=3)):
                # (a happening told only beside a sum, with no day of its own, is background; the dead of the day
                # before, «غداة مقتل 21 شخصا», are another happening's, no sum)
                ctx.memo[("summed_toll", sent)] = True
            continue
        if kind in ("k", "i") and n.value >= w.war_toll:
            # «قتل فيها 800 ألف شخص»، «أسفرت المعارك عن مقتل أكثر من 3200 شخص»، «خلفت أكثر من 9 آلاف جريح»: a war's,
            # a campaign's or a period's casualties, not one happening's (the sentence is marked: a happening told
            # only with it is background); the figures listed after it are parts of the same sum («50 ألفا و570
            # جنديا … و903 من …»), so none after it is read
            ctx.memo[("war_toll", sent)] = True
            break
        value = int(n.value)
        t = Toll(
            best=value,
            low=int(n.low) if n.low is not None else None,
            high=int(n.high) if n.high is not None else None,
            approximate=n.approximate or any(_in_any(r, w.approx) for r in before[-2:]),
            span=(n.start, n.noun_end or n.end),
            side=_victim_side(ctx, n, s1) or _noun_side(noun),
            vague=n.vague,
        )
        if _in_any(noun, w.civilians):
            t.civilians = value
        elif _in_any(noun, w.children):
            t.children = value
        if kind == "k":
            if killed is None:
                killed = last = t
            elif other_side(killed.side, t.side) or any(_in_any(r, _OTHERS) for r in [noun] + after[:1]) \
                    or _gunmen_and_forces(ctx, killed, t):
                killed = last = add_tolls(killed, t)  # the other side's dead, or «وقتل جنديان آخران»
        elif kind == "i" and injured is None:
            injured = last = t
    if killed is not None and killed.best is not None and killed.best >= w.war_toll:
        # parts that add up to a war's dead («50 ألفا من 570 جنديا … و903 من …», a sum misread as its parts): the
        # sentence tells a war's toll, as one figure that large does
        ctx.memo[("war_toll", sent)] = True
        return None, None
    if killed is None and "k" not in summed:
        # «قتل جندي تركي وجرح أربعة آخرون»: one death told without a number, even when the wounded are counted
        # (not beside a period's figure: «إن 173 مدنيا قتلوا … بالإضافة إلى مقتل مقاتل … خلال هذه الفترة»)
        killed = _singular_toll(ctx, s0, s1) or _met_death_toll(ctx, s0, s1) or _fronted_victim(ctx, s0, s1, w.fronted_deaths) \
            or _died_of_wounds(ctx, s0, s1) or _no_casualties(ctx, s0, s1)
    if injured is None and "i" not in summed:
        injured = _singular_toll(ctx, s0, s1, w.injured) or _one_wounded(ctx, s0, s1) \
            or _fronted_victim(ctx, s0, s1, w.fronted_wounds) or _kin_wounded(ctx, s0, s1)
    return killed, injured


def _kin_wounded(ctx: DocContext, s0: int, s1: int) -> Toll | None:
    """«وإصابة والديه وشقيقه بحروق»: a wound word followed by kin joined by «و» (a possessed kin noun: one; its
    dual: two) counts them wounded."""
    w = arg_words()
    ws = _words(ctx, s0, s1)
    for k in range(len(ws) - 1):
        if not _in_any(ws[k][2], w.injured):
            continue
        count, end = 0, ws[k][1]
        for j in range(k + 1, min(k + 8, len(ws))):
            word = normalize_text(ctx.text[ws[j][0] : ws[j][1]])
            if any(c in ctx.text[ws[j - 1][1] : ws[j][0]] for c in "،,.؛:()"):
                break
            if count and not word.startswith("و"):
                continue  # (a short description of the first: «شقيقه ذي الأربع سنوات ووالديهما»)
            bare = word[1:] if count else word
            n = 2 if bare in w.companions_two else 1 if bare in w.companions_one else 0
            if not n:
                if not count:
                    break
                continue
            count, end = count + n, ws[j][1]
        if count:
            return Toll(best=count, span=(ws[k][0], end))
    return None


_TO = frozenset(("الي",))


@lru_cache(maxsize=1)
def _reach_verbs() -> frozenset[str]:
    """«بلغ»، «وصل»، «ارتفع» …: verbs a figure is reached by (the lexicon's cues)."""
    from marsad.events.lexicon import load_lexicon

    return load_lexicon().cues["reach_verbs"]


def _one_wounded(ctx: DocContext, s0: int, s1: int) -> Toll | None:
    """«أصيب مدير مكتب الوزير … بجروح خطرة»: a singular verb of being wounded with its wound noun a few words
    after it (its subject a person named or described between) counts one wounded; a quantity after the verb
    («أصيب عدد من …»، «أصيب العشرات») or the plural («أصيبوا») is no one person, and «أصيب المبنى بأضرار»
    (damage) has no wound noun."""
    w = arg_words()
    ws = _words(ctx, s0, s1)
    for k in range(len(ws) - 1):
        if not ws[k][2] or ws[k][2][0] not in w.wounded_one_verbs:
            continue
        if _in_any(ws[k + 1][2], w.quantity_words | w.count_nouns) \
                or any(n.start == ws[k + 1][0] for n in ctx.numbers):
            continue
        for j in range(k + 1, min(k + 12, len(ws))):
            if any(c in ctx.text[ws[j - 1][1] : ws[j][0]] for c in ".؛:"):
                break
            if _in_any(ws[j][2], w.wound_nouns):
                return Toll(best=1, span=(ws[k][0], ws[j][1]))
    return None


def _added_group(ctx: DocContext, n: NumberMention, last: Toll, before: list[list[str]], noun: list[str]) -> bool:
    """A figure joined to the dead just counted by «و» or «إضافة إلى», close after them, counting people
    (a partitive «من» group or a victim word), with no casualty word of another kind between."""
    w = arg_words()
    if last.span is None or not (0 <= n.start - last.span[1] <= 70) or n.value is None or n.value != int(n.value):
        return False
    gap = ctx.text[last.span[1] : n.start]
    if any(c in gap for c in ".؛;:") or any(_in_any(r, w.injured | w.killed) for r in before[-2:]):
        return False
    joined = ctx.text[max(0, n.start - 2) : n.start] in (" و", "\nو") or gap.rstrip().endswith((" و", "،و"))
    added = any(_in_any(r, w.in_addition) for r in before[-2:])
    if not (joined or added):
        return False
    partitive = ctx.text[n.noun_start if n.noun_start is not None else n.end : n.end + 6].lstrip().startswith("من") \
        or ctx.text[n.end : n.end + 5].lstrip().startswith("من")
    # (or a count of fighters or soldiers in the accusative: «قتل 39 متمرداً و17 مقاتلاً موالياً»)
    counted = [*noun, *(r[:-1] for r in noun if r.endswith("ا") and len(r) > 3)]
    return partitive or _in_any(noun, w.civilians | w.children | w.women) or _in_any(counted, w.singular_victims)


_NO_CASUALTY = re.compile(r"(?:دون|بدون|ولم|لم|عدم)\s+(?:ان\s+)?(?:(?:تسفر|يسفر|تسجل|يسجل|تؤد|يؤد|توقع|يوقع)\s+(?:عن|الي|اي)?\s*"
                          r"|(?:يخلف|تخلف|ينجم|تنجم|ينتج|تنتج)\s+(?:عنها\s+|عنه\s+|عن\s+\S+\s+|\S+\s+)?)?"
                          r"(?:وقوع|سقوط|حدوث)?\s*(?:اي\s+|ايه\s+)?(?:اصابات|ضحايا|خساير\s+بشريه)"
                          r"|(?:ولم|لم)\s+(?:يصب|يصاب)\s+(?:اي\s+)?احد")  # (normalised: «خسائر» is written «خساير»)
# («لم يخلف القصف أية إصابات»، «ولم ينجم عنها أي إصابات»، «عدم حدوث أي إصابات»، «لم يصب أحد»: no one was hurt)


def _no_casualties(ctx: DocContext, s0: int, s1: int) -> Toll | None:
    """«سقطت أربع قذائف … دون وقوع إصابات»، «لم تسفر عن خسائر بشرية»: no one was hurt — ACLED records 0 dead."""
    if _NO_CASUALTY.search(normalize_text(ctx.text[s0:s1])) is None:
        return None  # (most sentences: no offset map made)
    nz = normalize(ctx.text[s0:s1])  # (diacritics and tatweel removed: the offset map brings the span back)
    m = _NO_CASUALTY.search(nz.text)
    if m is None:
        return None
    a, b = nz.span(m.start(), m.end())
    return Toll(best=0, span=(s0 + a, s0 + b))


def other_side(a: str | None, b: str | None) -> bool:
    """Two named victim groups, at least one of them an actor, with nothing in common."""
    if not a or not b:
        return False
    x, y = set(a.split("+")), set(b.split("+"))
    return not (x & y) and any(not s.startswith("noun:") for s in x | y)


def add_tolls(a: Toll, b: Toll) -> Toll:
    """Deaths of two sides of one happening: ACLED counts them together."""
    def plus(x: int | None, y: int | None) -> int | None:
        return None if x is None and y is None else (x or 0) + (y or 0)

    if a.vague != b.vague:  # «عشرات القتلى» of one side and «سبعة قتلى» of the other: only the count is a figure
        return b if a.vague else a
    lo = plus(a.low if a.low is not None else a.best, b.low if b.low is not None else b.best)
    hi = plus(a.high if a.high is not None else a.best, b.high if b.high is not None else b.best)
    return Toll(plus(a.best, b.best), lo, hi, plus(a.civilians, b.civilians), plus(a.children, b.children),
                plus(a.women, b.women), a.approximate or b.approximate, a.span, "+".join(sorted({a.side or "", b.side or ""})))


def find_sources(ctx: DocContext, sent: tuple[int, int]) -> list[SourceMention]:
    s0, s1 = sent
    return [x for x in ctx.sources if s0 <= x.start < s1]


def _named_group(ctx: DocContext, x: ActorMention | None) -> ActorMention | None:
    """«مسلحون من جماعة بوكو حرام»، «مسلحون ينتمون لتنظيم داعش»: a generic armed actor followed, through
    membership words only, by a named armed group is that group."""
    if x is None or x.kind != "generic" or x.type not in (2, 3):
        return x
    w = arg_words()
    for y in ctx.actors:
        if y.start <= x.end or y.kind == "generic" or y.type not in (2, 3):
            continue
        gap = [g for g in _words(ctx, x.end, y.start) if g[1] <= y.start]  # not the word the group's name starts in
        construct = not gap and x.text.endswith("و")  # «مسلحو بوكو حرام»: the gunmen of the group
        if len(gap) <= 2 and all(_in_any(r, w.membership_words) for _, _, r in gap) and (
                gap or _actor_prefix(ctx, y).endswith("ل") or construct):
            return y
        break
    return x


def _received_from(ctx: DocContext, m: EventMention, x: ActorMention) -> bool:
    """A verb of receiving (تلقى) up to ten words before the noun, and «من» in the few words between the noun and the
    party named after it."""
    before = _words(ctx, max(m.sent[0], m.clause[0]), m.start, last=10)
    between = [normalize_text(ctx.text[a:b]) for a, b, _ in _words(ctx, m.end, x.start)]
    return any(_in_any(r, _cue("receive_verbs")) for _, _, r in before) and "من" in between[:3] and len(between) <= 8


def _arrested_people(ctx: DocContext, m: EventMention) -> ActorMention | None:
    """«اعتقلت قوات الاحتلال 5 فلسطينيين»، «اعتقال شابين»: people arrested, told by a word for persons within seven
    words after the arrest word in its clause (a subject, a day and a number may stand between), are civilians."""
    for a, b, r in _words(ctx, m.end, m.clause[1])[:7]:
        if _in_any(r, _cue("arrested_people")) and not ctx.text[a:b].startswith("ل"):
            # («… 11 شخصا يشتبه بانتمائهم إلى داعش»: suspected members of an armed group named right after are
            # that group; «منزلا لمواطنين»: a governed word is not who was arrested)
            near = _words(ctx, b, m.sent[1])[:12]
            end = near[-1][1] if near else b
            group = next((x for x in ctx.actors if b <= x.start < end and x.type in (2, 3)), None)
            if group is not None:
                return group
            if any(_in_any(r, _cue("protesting_words")) for _, _, r in near[:4]):
                # («اعتقلت الشرطة طلابا كانوا يتظاهرون …»: the arrested were protesting)
                return ActorMention(a, b, ctx.text[a:b], "Protesters", 6, None, "generic", confidence=0.5)
            return ActorMention(a, b, ctx.text[a:b], "Civilians", 7, None, "generic", confidence=0.5)
    return None


def arguments(ctx: DocContext, m: EventMention) -> Args:
    a1, a2, rank = rank_actors(ctx, m)
    a1 = _named_group(ctx, a1)
    bare = a1 is None and rank == RANK_UNNAMED  # (a subject the text does not name: no party stands in for it)
    if m.cls == "arrest" and a2 is None:
        a2 = _arrested_people(ctx, m)
    if m.cls == "political" and m.pos == "verb" and (a1 is None or a1.start > m.end) and not bare:
        # a state as the subject right after the verb (دعت سيول بيونغ يانغ …، دعا الرئيس الفرنسي إيران …) comes
        # before any actor named later in the sentence, which is then the other side
        st = state_actor(ctx, m)
        # the state's organ is the title of the person named right after it (الرئيس المصري عبد الفتاح السيسي)
        titled = a1 is not None and st is not None and a1.kind == "person" and (
            (a1.role_start is not None and a1.role_start <= st.start) or a1.start <= st.end + 2)
        if st is not None and st.start >= m.end and (a1 is None or st.start < a1.start) and not titled and \
                len(_words(ctx, m.end, st.start)) <= 1:
            a1, a2 = st, (a2 if a2 is not None else a1)
            if a2 is not None and a2.name == a1.name:
                a2 = None
    if m.plover is not None and m.plover[0] == "AID" and a1 is None:
        a1 = _aid_vehicle_state(ctx, m)  # «طائرة إغاثة سعودية … وهي تحمل …»: the vehicle's state gives the aid
    if m.cls == "political" and m.pos == "verb" and a1 is None and not bare:
        # «أدانت الهيئة الدائمة لحقوق الإنسان التابعة لمنظمة التعاون الإسلامي …»: a body not in the lexicon,
        # told as the organ of one that is, speaks for it
        a1 = _organ_of(ctx, m)
        if a1 is not None and a2 is not None and a2.name == a1.name:
            a2 = None
    if m.cls == "political" and m.pos == "verb" and a1 is not None and a1.start > m.end and \
            ctx.text[m.start : m.end].endswith(("وا", "ون")):
        # «وكان المتظاهرون … طالبوا بتولي العبادي …»: a verb with a plural subject suffix has its subject before
        # it; the actor after it is the object
        before = [x for x in ctx.actors if m.sent[0] <= x.start and x.end <= m.start]
        a1, a2 = (before[-1] if before else None), (a2 if a2 is not None else a1)
    if m.cls == "political" and m.pos == "verb" and a1 is not None and a1.start > m.end and _governed_object(ctx, m, a1):
        # «ورحب أمس بالتدخل العسكري التركي»، «وأشاد بالدبلوماسية القطرية»: what the verb governs through ب/ل,
        # right after it, is its object; the subject is told elsewhere
        obj = a1
        a1, a2 = None, (a2 if a2 is not None and a2.name != obj.name else obj)
    unnamed = m.cls == "political" and m.pos == "verb" and a1 is not None and a1.start > m.end \
        and _unnamed_subject(ctx, m, a1)
    prev = _words(ctx, max(m.sent[0], m.start - 30), m.start, last=1) if m.cls == "political" and m.pos == "verb" else []
    prev_word = normalize_text(ctx.text[prev[0][0] : prev[0][1]]) if prev else ""
    # (not a nisba, which may qualify a thing: «بيانا صحفيا تندد فيه»)
    if prev and _in_any(prev[0][2], _cue("arrested_people")) \
            and not prev_word.startswith(("ال", "وال")) and not prev_word.endswith("يا"):
        # «اعتقلت رجلا هدد بقتل السفير»: a verb right after an indefinite person describes him (a clause of
        # quality): that unnamed person acts, no party named in the sentence
        unnamed = True
    if unnamed:
        # «واتهم زعيم حزب معارض أردوغان بشن الضربات»: the subject right after the verb is a person not named
        # (a role with no name); the actor named after it is the object
        a1, a2 = None, (a2 if a2 is not None else a1)
    if m.cls == "political" and a1 is not None and a2 is None and m.plover is not None \
            and m.plover[0] in ("CONSULT", "AGREE", "COOPERATE"):
        a2 = _conjoined_state(ctx, a1)  # «أخفقت روسيا والسعودية في محادثات …»: the two met, each the other's party
    if m.trigger.id in _cue("call_received_triggers") and a1 is not None and a2 is not None and a1.end <= m.start \
            and a2.start >= m.end and _received_from(ctx, m, a2):
        # «تلقى الأمير اتصالا هاتفيا أمس من الرئيس اليمني»: the caller (after «من») makes the call, the receiver
        # (the subject of «تلقى») takes it
        a1, a2 = a2, a1
    if m.trigger.id in _cue("found_triggers") and a1 is not None and a1.end <= m.start:
        a1 = None  # «عثرت قوات الأمن على جثتي شرطيين …»: who found the bodies did not kill them
    if m.cls == "political" and a1 is not None:
        st2 = _state_object(ctx, m, a1)
        if st2 is not None and (a2 is None or st2.start < a2.start):
            a2 = st2
    # (a segment of a round-up sentence counts its own dead: its span reaches back only for the day told first)
    killed, injured = find_tolls(ctx, m.segment or m.sent) if m.cls in ("violence", "territory", "protest") \
        else (None, None)
    return Args(
        actor1=a1,
        actor2=a2,
        place=find_place(ctx, m),
        date=find_date(ctx, m),
        killed=killed,
        injured=injured,
        sources=find_sources(ctx, m.sent),
        actor1_rank=rank if a1 is not None else (RANK_UNNAMED if unnamed or bare else -1),
    )


def _organ_of(ctx: DocContext, m: EventMention) -> ActorMention | None:
    """The actor named after «التابعة لـ/التابع لـ» within the first eight words after a political verb: the
    subject is that actor's organ."""
    ws = _words(ctx, m.end, m.sent[1])[:8]
    for k in range(len(ws) - 1):
        if normalize_text(ctx.text[ws[k][0] : ws[k][1]]).lstrip("و") in arg_words().affiliated_words:
            nxt = ws[k + 1][0]
            return next((x for x in ctx.actors if nxt <= x.start <= nxt + 2 and x.kind in ("org", "intl", "state")
                         and ctx.text[nxt:x.start] in ("", "ل", "لـ")), None)
    return None


def _governed_object(ctx: DocContext, m: EventMention, a1: ActorMention) -> bool:
    """The actor after a political verb stands in the prepositional phrase the verb governs: written with ب/ل right
    after the verb («رحبت بتركيا»), or the demonym of a definite noun written with ب/ل that opens the phrase
    («رحب أمس بالتدخل العسكري التركي»، «أشاد بالدبلوماسية القطرية»)."""
    times = _cue("time_anchor")
    gap = [(a, b) for a, b, r in _words(ctx, m.end, a1.start)
           if not _in_any(r, times) and not any(d.start <= a < d.end for d in ctx.dates)]
    if not gap:
        own = normalize_text(ctx.text[a1.start : a1.end]).lstrip("وف")  # (a state named by «بالدبلوماسية القطرية»)
        return _actor_prefix(ctx, a1).lstrip("وف") in ("ب", "بال", "ل", "لل") or (
            a1.kind == "state" and own.startswith(("بال", "لل")))
    first = normalize_text(ctx.text[gap[0][0] : gap[0][1]])
    return len(gap) <= 3 and a1.kind in ("state", "country") and first.startswith(("بال", "لل"))


def _unread_name(ctx: DocContext, rows: list[tuple[int, int, list[str]]]) -> bool:
    """Every word of ``rows`` looks like part of a name: written without a clitic (a family name may take the
    article), and neither a frequent word of the news nor a place, a role noun or a word of time."""
    from marsad.actors.find import common_nouns, common_words

    w = arg_words()
    common = common_words() | common_nouns()
    for a, b, r in rows:
        word = normalize_text(ctx.text[a:b])
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]  # a family name takes the article (الزبني): its stem must be no common word either
        elif word.startswith(("لل", "و", "ب", "ل")):
            return False
        if len(word) < 3 or word in common \
                or _in_any(r, w.person_subject_heads) or _in_any(r, _cue("time_anchor")) \
                or any(p.start <= a < p.end for p in ctx.places):
            return False
    return True


RANK_UNNAMED = -2  # actor1 is a person the text does not name («زعيم حزب معارض»): no one else's act either


def _unnamed_subject(ctx: DocContext, m: EventMention, a1: ActorMention) -> bool:
    """The first word after a political verb (past a day or a time) is a role noun («زعيم، مسؤول، وزير …») that no
    actor mention covers: the subject is a person the text does not name."""
    w = arg_words()
    times = _cue("time_anchor")
    for a, _b, r in _words(ctx, m.end, m.sent[1])[:4]:
        if _in_any(r, times):
            continue
        if not _in_any(r, w.person_subject_heads) or a1.start <= a:
            return False  # (a state's office with its demonym is the state: «دعا الرئيس الفرنسي …»)
        if any((x.role_start if x.role_start is not None else x.start) <= a < x.end for x in ctx.actors):
            return False
        # indefinite all the way to the actor named («زعيم حزب معارض …»، «مسؤول كبير …»): a person not named; a
        # definite title names the one who follows («المستشارة الألمانية أنجيلا ميركل»، «رئيس حزب الشعوب …»)
        chain = _words(ctx, a, a1.start)
        if (a1.kind == "person" and any(normalize_text(ctx.text[x0:y0]).lstrip("وف").startswith("ال")
                                        for x0, y0, _ in chain)) \
                or (a1.kind == "person" and any(a <= p.start < a1.start for p in ctx.places)):
            return False  # (a place names the office too: «رئيس إقليم كردستان مسعود بارزاني»)
        if a1.kind != "person" and len(chain) >= 3 and _unread_name(ctx, chain[-2:]):
            # «هاجم نائب رئيس شرطة دبي ضاحي خلفان ميليشيا الحوثي»: two words no reading knows (a name the
            # reader could not place) close the title; the group after them is the object
            return True
        if a1.kind != "person" and len(chain) >= 2 and _in_any(chain[0][2], w.person_subject_heads) \
                and normalize_text(ctx.text[chain[0][0] : chain[0][1]]).lstrip("وف").startswith("ال") \
                and not any(_in_any(r, w.governing_words) for _, _, r in chain[1:]) \
                and not _actor_prefix(ctx, a1).endswith(("ل", "ب")):
            # «انتقد النائب أمس الموقف الأمريكي»: a definite title names a person who follows it, never a state
            # told by its position further on: the one who criticises is the title's holder, not named
            return True
        last = normalize_text(ctx.text[chain[-1][0] : chain[-1][1]]) if chain else ""
        first_a1 = normalize_text(ctx.text[a1.start : a1.end]).split(maxsplit=1)[:1]
        if a1.kind != "person" and len(chain) >= 2 and last.lstrip("وف").startswith("ال") \
                and not _in_any(chain[-1][2], times) and not country_adjective_in(first_a1):
            # «وحمل رئيس اللجنة ميليشيات الحوثي مسؤولية …»: a definite noun closes the title's construct; the
            # group after it is the object, the title's holder (not named) the subject (not a demonym: «وزير
            # الخارجية الإيراني» is the state's)
            return True
        # «التقى وزير خارجية الأسد …»: the actor right after a bare noun is its genitive (the office is the
        # actor's); after a day or a preposition («… مؤيد للأكراد أردوغان»، «… أمس الحوثيين») it is the object
        return not last or _in_any(chain[-1][2], times) or last.startswith(("لل", "بال", "كال"))
    return False
