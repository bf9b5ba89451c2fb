"""Event assembly: one event per real happening in a document, as contract records.

Mentions of one sentence that report one violent happening (هجوم انتحاري بسيارة
مفخخة أسفر عن مقتل ...) become one event typed by the most specific word or weapon;
mentions in later sentences join an earlier event of the same type when nothing
conflicts (date, place, toll, actors) and something agrees, or when the later one
is a definite anaphor (الهجوم، القصف) with no new conflicting fact.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain

from marsad import records as R
from marsad.actors.lexicon import government_of
from marsad.actors.sources import GENERIC_SOURCES
from marsad.arabic.tokens import Token, clitic_candidates, clitic_words
from marsad.events.arguments import (
    RANK_EXPLICIT,
    RANK_SVO,
    RANK_SYNTAX,
    RANK_WEAK,
    Args,
    Toll,
    _actor_prefix,
    _is_dateline,
    _preceded_by,
    _sent_start,
    _words,
    acled_country,
    add_tolls,
    arg_words,
    arguments,
    army_state,
    doc_countries,
    find_tolls,
    is_stray,
    main_place,
    names_no_place,
    national_force,
    national_target,
    other_side,
    place_candidates,
)
from marsad.events.context import DocContext, to_location
from marsad.events.detect import EventMention
from marsad.events.lexicon import Lexicon, load_lexicon
from marsad.mentions import ActorMention, DateMention, Place, PlaceMention, QuoteMention, SourceMention

_COARSE_KINDS = ("country", "region", "admin1")

# trigger-specific ACLED sub-types outrank weapons below these priorities (an execution is an attack on captives
# whatever the weapon told: no weapon word makes it a strike)
_TRIGGER_PRIORITY = {
    "suicide": 90, "airstrike": 75, "airstrike2": 75, "raid_air": 75, "grenade": 65, "ied": 60, "carbomb": 60,
    "abduct": 55, "hostage": 55, "landmine": 55, "shell": 50, "shells_fell": 50, "shells_toll": 50, "shells_landed": 50, "shells_exposed": 50, "bomb": 40, "explode": 45,
    "assassinate": 35, "execute": 95, "bodies_found": 35, "arson": 35, "demolish": 29, "set_fire": 35, "stab": 35, "sniper": 35, "clash": 30, "clash_between": 30, "exchange_fire": 30, "exchange_fire_v": 30, "counterattack": 30, "ambush": 30,
    "incursion": 30,
    "takeover": 32, "takeover_managed": 32, "takeover_wrested": 32, "takeover_reported": 32, "takeover_done": 32, "expel": 32,
    "expel_managed": 32, "advance_made": 32, "regain": 32, "regain_managed": 32, "regain_completed": 32, "regain_able": 32,
    "regain_announced": 32, "regain_done": 32, "takeover_became": 32,
}
_FORCES = frozenset(["القوات", "قوات", "سلاح"])
_AIR_SITES = frozenset(["قاعده", "القاعده", "قاعدتي", "مطار", "المطار", "بقاعده", "لقاعده"])
_SECURITY = frozenset(["الامن", "امن", "الشرطه", "شرطه", "المرور", "الطوارئ"])
_MEMBER_OF = frozenset(["في", "من", "ب"])
_CARRY = frozenset(["تقل", "يقل", "تحمل", "يحمل", "تنقل", "ينقل", "تقلهم", "تحملهم", "يستقلها", "يستقلونها"])
# (clashes between two sides and an exchange of fire are battles even in a village: «اشتباكات … في قرية X»)
_BATTLE_TRIGGERS = frozenset(["clash", "clash_between", "exchange_fire", "exchange_fire_v", "counterattack", "ambush", "incursion"])
_EXPLOSIVE_TRIGGERS = frozenset(["suicide", "airstrike", "airstrike2", "raid_air", "grenade", "ied", "carbomb", "shell",
                                  "shells_fell", "bomb", "explode", "landmine"])


@dataclass(slots=True)
class Draft:
    acled: tuple[str, str | None] | None
    plover: tuple[str, str | None] | None
    cls: str
    mentions: list[EventMention]
    args: Args
    score: float
    trigger_text: str
    rule: str
    anaphor: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)
    names: set[str] = field(default_factory=set)  # actors named in the draft's sentences
    definite: bool = False  # every event word is a definite noun (القصف، الغارات): told before
    pronoun: bool = False  # every event word is a noun with a possessive pronoun («هجومهم»): its agent told before


def _sentence_readings(ctx: DocContext, a: int, b: int) -> list[list[str]]:
    # tokens are in text order: the sentence's tokens are one slice (not a filter over the document)
    if ctx.token_starts:  # the per-document word rows (shared, read-only): the same readings, made once
        return [r for _, _, r in _words(ctx, a, b)]
    starts = [t.start for t in ctx.tokens]
    lo, hi = bisect_left(starts, a), bisect_left(starts, b)
    return [list(clitic_words(t.norm, True)) for t in ctx.tokens[lo:hi]]


def _type_violence(ctx: DocContext, ms: list[EventMention]) -> tuple[tuple[str, str | None], str | None, str]:
    lex = load_lexicon()
    s0, s1 = ms[0].segment or ms[0].sent  # (a segment of a round-up sentence is typed by its own words)
    words = _sentence_readings(ctx, s0, s1)
    flat = [set(r) for r in words]
    # «ويأتي الهجوم غداة شن الطيران …»: what follows the frame is an earlier happening, not this one's weapon
    starts = ctx.token_starts or [t.start for t in ctx.tokens]
    base = bisect_left(starts, s0)
    for k, r in enumerate(flat):
        if k and r & lex.sets["frame_verbs"] and any(x & lex.sets["frame_after"] for x in flat[k + 1 : k + 4]):
            pos = ctx.tokens[base + k].start
            if ms[0].start < pos:
                flat = flat[:k]
                ms = [m for m in ms if m.start < pos]
            break
    # «الاشتباكات استمرت … وسط غارات جوية عنيفة»: a clash told first, the strikes after «وسط» are its circumstances
    lead = min(ms, key=lambda m: m.start)
    if lead.trigger.id in _BATTLE_TRIGGERS:
        for k, r in enumerate(flat):
            pos = ctx.tokens[base + k].start if base + k < len(ctx.tokens) else s1
            if pos > lead.start and r & lex.sets["amid_words"] and any(
                    m.start > pos and m.trigger.id in _EXPLOSIVE_TRIGGERS and m.start - pos < 12 for m in ms):
                flat = flat[:k]
                ms = [m for m in ms if m.start < pos]
                break
    # «… ونسبت الهجوم إلى مقاتلي الحزب الذين يتعرضون لغارات»: what a relative clause about people tells after the
    # happening is their situation, not this happening's weapon
    who = arg_words().relative_people
    # («… على أفقر دولة عربية، والتي كانت هدفا لغارات جوية»: a relative joined by «و» far after the happening
    # describes another noun; what it tells is background)
    appended = arg_words().appended_relatives
    for k, r in enumerate(flat):
        pos = ctx.tokens[base + k].start if base + k < len(ctx.tokens) else s1
        if pos > lead.end and (r & who or (r & appended and k - lead.token_i > 8)):
            flat = flat[:k]
            ms = [m for m in ms if m.start < pos] or ms
            break
    # «قتل جنديان في هجوم بسيارة مفخخة، في الوقت الذي يتزايد فيه التوتر عقب حملة القصف الجوي»: a frame of time or
    # a campaign named after a reason word, told after the happening, is background, not its weapon
    frame = arg_words().frame_heads
    # («قتل الحزب ضابطي شرطة، وقال إن الهجوم رد على التفجير الانتحاري»: what it answers is another happening;
    # not «الرد عليها», the reply itself)
    avenged = arg_words().retaliation | _REPLY
    for k, r in enumerate(flat):
        pos = ctx.tokens[base + k].start if base + k < len(ctx.tokens) else s1
        if pos > lead.end and k + 1 < len(flat) and (
                (r & frame and flat[k + 1] & lex.cues["relative"])
                or (r & lex.cues["reason"] and flat[k + 1] & lex.cues["campaign_words"])
                or (base + k < len(ctx.tokens) and ctx.tokens[base + k].norm.lstrip("و") in avenged
                    and flat[k + 1] & _ON_WORD)):
            flat = flat[:k]
            ms = [m for m in ms if m.start < pos] or ms
            break
    best: tuple[str, str | None]  # (declared for mypyc)
    best_p, best, mode = -1, ("Battles", "Armed clash"), None
    ids = {m.trigger.id for m in ms}
    for m in ms:
        p = _TRIGGER_PRIORITY.get(m.trigger.id, -1)
        if m.acled and p > best_p:
            best_p, best, mode = p, m.acled, m.plover[1] if m.plover else None
    support = lex.sets.get("support_words", frozenset())
    # بدعم جوي، بإسناد مدفعي: support to the acting side, not the happening's weapon
    # (the support may be a coordination: «المسنودة بقوات الجيش الوطني وطيران التحالف»: up to five words on)
    flat = [set() if any(flat[j] & support for j in range(max(0, k - 5), k)) else r for k, r in enumerate(flat)]
    # «العقيد في القوات الجوية»: a member of the air force is named, no air strike told
    flat = [set() if k >= 2 and r & lex.sets["air_words"] and flat[k - 1] & _FORCES and flat[k - 2] & _MEMBER_OF
            else r for k, r in enumerate(flat)]
    # «قاعدة العند الجوية»، «مطار … الجوي»: the name of an air base or airport, no air strike
    flat = [set() if r & lex.sets["air_words"] and any(flat[j] & _AIR_SITES for j in range(max(0, k - 3), k))
            else r for k, r in enumerate(flat)]
    # «ونقلوا للعلاج في مستشفيات … بالطائرة المروحية»: an aircraft that carried people (the wounded, a delegation)
    # a few words after a verb of carrying is transport, not a strike
    carry = lex.sets["transport_verbs"]

    def aircraft(r: set[str]) -> bool:
        return bool(r & lex.sets["air_words"]) or any(
            wp.acled[1] == "Air/drone strike" for w in r for wp in lex.weapon_words.get(w, ()))

    flat = [set() if aircraft(r) and any(flat[j] & carry for j in range(max(0, k - 8), k)) else r
            for k, r in enumerate(flat)]
    air = any(r & lex.sets["air_words"] for r in flat)
    if "shell" in ids and air and best_p <= 75:
        best_p, best, mode = 75, ("Explosions/Remote violence", "Air/drone strike"), "air strike"
    # «قام سلاح الجو بتفجير مخزن ذخيرة»: an air force (or aircraft) a few words before «تفجير» blew it up from the air
    def by_air(j: int) -> bool:
        return bool(flat[j] & lex.sets["air_words"]) or (j > 0 and "الجو" in flat[j] and "سلاح" in flat[j - 1])

    if best_p <= 75 and any(m.trigger.id == "explode" and any(by_air(j) for j in range(
            max(0, m.token_i - 4), min(m.token_i, len(flat)))) for m in ms):
        best_p, best, mode = 75, ("Explosions/Remote violence", "Air/drone strike"), "air strike"
    # «اشتباكات بين المقاتلين وقوات النظام … ترافقت مع قصف»: fighting told first as between two sides is a battle,
    # whatever weapons the sentence names with it (the shelling of one side is its means)
    if lead.trigger.id == "clash_between" and "relative" not in lead.reasons and best_p <= 75:
        return ("Battles", "Armed clash"), "armed clash", "typed"
    # a change of territory told with its support («سيطرت القوات على … بعد قطع خطوط الإمداد من قبل الطيران»)
    # stays a battle: ACLED types it by the ground taken, not by a weapon word elsewhere in the sentence
    territory = any(m.trigger.cls == "territory" for m in ms)
    if not (ids & _BATTLE_TRIGGERS or territory) or ids & _EXPLOSIVE_TRIGGERS:
        neutral = lex.cues["neutralised"]
        for k, r in enumerate(flat):
            if any(flat[j] & neutral for j in (k - 1, k - 2) if j >= 0) or any(
                    flat[j] & lex.cues["neutralising_verbs"] for j in range(max(0, k - 7), k)):
                continue  # «تفكيك سبعة ألغام»، «العثور على عبوة»، «ضبطت القوات … عبوات»: defused or found, not used
            if k + 1 < len(flat) and flat[k + 1] & (lex.cues["riot_control"] | lex.cues["civil_aircraft"]):
                continue  # «قنابل الصوت»: riot-control munitions; «طائرة إخلاء طبي»: a civil aircraft; no weapon
            if any(m.trigger.id in ("abduct", "hostage") and 0 < k - m.token_i <= 4 for m in ms):
                continue  # «خطف الطائرة»: the thing seized, no weapon used
            if k > 0 and (flat[k - 1] & lex.cues["among_words"]
                          or (r & lex.cues["bomber_plurals"] and any(w[:1].isdigit() for w in flat[k - 1]))):
                continue  # «قتل 10 انتحاريين بينهم انتحاري شيشاني»: bombers killed, people, no bombing
            for word in r:
                for wp in lex.weapon_words.get(word, ()):
                    if wp.next:
                        nxt = flat[k + 1] if k + 1 < len(flat) else set()
                        if not (nxt & wp.next):
                            continue
                    if wp.priority > best_p:
                        best_p, best, mode = wp.priority, wp.acled, wp.mode
    if best_p < 0:
        # a civilian word right after a reporter's word describes the reporter (مصادر صحفية), not the targets
        rep = lex.sets["reporter_words"]
        # (nor does one before a security word: «رجل الأمن» is a policeman)
        # (nor one that carries fighters: «حافلة تقل مسلحين حوثيين» is a military target)
        armed = lex.sets["armed_words"]
        beside = lex.sets["beside_words"]
        civ = any(r & lex.sets["civilian_targets"] and not (k and flat[k - 1] & (rep | beside))
                  and not (k + 1 < len(flat) and flat[k + 1] & _SECURITY)
                  and not (k + 2 < len(flat) and flat[k + 1] & _CARRY and any(x & armed for x in flat[k + 2 : k + 4]))
                  for k, r in enumerate(flat))
        # «وهاجمت مجموعة سيارة شرطة … ما أسفر عن مقتل الشرطي ومصرع مدني»: the object of the attack verb is a
        # security or armed target; a civilian killed in passing does not make it an attack on civilians
        secure = lex.sets["security_targets"]
        armed_object = any(m.pos == "verb" and any(flat[j] & secure for j in range(  # (the word right after the
            m.token_i + 2, min(len(flat), m.token_i + 7))) for m in ms)  # verb is its subject: «اقتحمت الشرطة»)
        if civ and not armed_object:
            best, mode = ("Violence against civilians", "Attack"), "attack"
        else:
            best, mode = ("Battles", "Armed clash"), "armed clash"
        return best, mode or "attack", "generic-" + ("vac" if civ else "clash")
    if best[0] == "Battles" and best[1] in ("Non-state actor overtakes territory", "Government regains territory"):
        return best, mode or "territory", "territory"
    return best, mode or "attack", "typed"


def _type_protest(ctx: DocContext, ms: list[EventMention]) -> tuple[tuple[str, str | None], str | None]:
    lex = load_lexicon()
    s0, s1 = ms[0].sent
    flat = [set(r) for r in _sentence_readings(ctx, s0, s1)]
    ids = {m.trigger.id for m in ms}
    # (protesters who clash — «اشتبكوا مع محتجين أغلقوا الطريق» — make the protest a violent demonstration)
    riot = any(m.trigger.acled is not None and m.trigger.acled[0] == "Riots" or m.trigger.id in ("clash", "clash_between")
               for m in ms)
    if riot or "riot" in ids or any(r & lex.sets["protest_violence"] for r in flat):
        return ("Riots", "Violent demonstration"), "riot"
    # a killing the protest is about («احتجاجا على مقتل شاب»، «تنديدا بمقتل …») is its cause, not force used on it
    # (so is the killing a protest remembers: «في ذكرى مرور عام على مقتل شاب برصاص شرطي»)
    why = lex.cues["adverbial_accusatives"] | lex.cues["commemoration"]
    force = [k for k, r in enumerate(flat) if r & lex.sets["protest_force"]
             and not any(flat[j] & why for j in range(max(0, k - 5), k))]
    shot = any(m.trigger.id == "shot_dead" and not any(flat[j] & why for j in range(max(0, m.token_i - 5), m.token_i))
               for m in ms)
    if shot or (force and any(r & lex.sets["protest_intervention"] for r in flat)):
        # protesters shot dead (قتل متظاهر برصاص قوات الأمن) or fired on: ACLED's excessive force
        return ("Protests", "Excessive force against protesters"), "excessive force"
    if any(r & lex.sets["protest_intervention"] for r in flat):
        return ("Protests", "Protest with intervention"), "intervention"
    # the next sentence names the protesters again with an intervention (تدخلت قوات الأمن لتفريق المحتجين
    # واعتقلت ثلاثة منهم): ACLED codes the dispersal/arrests as part of the protest event
    si = ms[0].sent_index
    if si + 1 < len(ctx.sentences):
        n0, n1 = ctx.sentences[si + 1]
        nxt = [set(r) for r in _sentence_readings(ctx, n0, n1)]
        if any(r & lex.sets["protester_anaphors"] for r in nxt) and any(r & lex.sets["protest_intervention"] for r in nxt):
            if any(r & lex.sets["protest_force"] for r in nxt):
                return ("Protests", "Excessive force against protesters"), "excessive force"
            return ("Protests", "Protest with intervention"), "intervention"
    return ("Protests", "Peaceful protest"), ms[0].plover[1] if ms[0].plover else "demonstrate"


def _merge_args(a: Args, b: Args, later: bool = False) -> Args:
    """Arguments of one event told twice: the most precise value wins; first mention breaks ties. A ``later``
    sentence's place refines the first only when it lies inside it (`_refines`)."""
    place = a.place
    if b.place is not None and (place is None or (b.place.precision < place.precision
                                                  and (not later or _refines(b.place, place)))):
        place = b.place
    date = a.date
    bp = b.date.precision if b.date is not None else None
    if b.date is not None and bp is not None:
        ap = date.precision if date is not None else None
        if date is None or ap is None:
            date = b.date
        elif _within(b.date, date) and bp < ap:
            date = b.date  # «قتل 7 أمس … في أعنف هجوم هذا الشهر»: the day told inside the month is the finer reading
        elif _within(date, b.date) and ap < bp:
            pass
        elif date.date_start and b.date.date_start and b.date.date_start < date.date_start:
            date = b.date
    killed = _merge_toll(a.killed, b.killed)
    injured = _merge_toll(a.injured, b.injured)
    srcs = list(a.sources)
    names = {s.name for s in srcs}
    srcs += [s for s in b.sources if s.name not in names]
    a1, r1 = (b.actor1, b.actor1_rank) if b.actor1 is not None and (
        a.actor1 is None or b.actor1_rank > a.actor1_rank) else (a.actor1, a.actor1_rank)
    a2 = a.actor2 or b.actor2
    if a2 is not None and a1 is not None and a2.name == a1.name:
        a2 = next((x for x in (a.actor2, b.actor2) if x is not None and x.name != a1.name), None)
    return Args(a1, a2, place, date, killed, injured, srcs, r1)


def _within(x: DateMention, y: DateMention) -> bool:
    """The days of ``x`` lie inside those of ``y``."""
    return None not in (x.date_start, x.date_end, y.date_start, y.date_end) \
        and y.date_start <= x.date_start and x.date_end <= y.date_end  # type: ignore[operator]


def _refines(finer: PlaceMention, coarser: PlaceMention) -> bool:
    """A more precise place told later refines the first one when it lies inside it: the same country for a
    country, the same province, or within 50 km (not a namesake village at the other end of the country)."""
    p, q = finer.place, coarser.place
    if p is None or q is None:
        return True
    if q.kind in ("country", "region") or (p.admin1 and p.admin1 == q.admin1):
        return True
    if p.country != q.country:
        return False
    return _km(p, q) <= 50.0


def _km(p: Place, q: Place) -> float:
    if None in (p.lat, p.lon, q.lat, q.lon):
        return 0.0
    la1, lo1, la2, lo2 = map(math.radians, (p.lat, p.lon, q.lat, q.lon))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _merge_toll(a: Toll | None, b: Toll | None) -> Toll | None:
    if a is None:
        return b
    if b is None:
        return a
    if a.best == 0 and b.best or b.best == 0 and a.best:
        # «دون وقوع إصابات» told of one part («أحرقوا منزلاً آخر دون وقوع إصابات فيه») does not undo the dead
        # counted in another sentence of the same happening
        return b if a.best == 0 else a
    if a.best is not None and b.best is not None and other_side(a.side, b.side) and not (
            a.best == b.best and (a.side or "").startswith("noun:") != (b.side or "").startswith("noun:")):
        # the other side's dead in the same happening (but the same figure for a group read only as a noun and
        # for a named side is the toll told again: «5 مواطنين» … «خمسة مدنيين»)
        return add_tolls(a, b)
    if a.best is not None and b.best is not None and a.best != b.best:
        # reports differ: best is the most conservative (ACLED), low/high keep the range
        lo, hi = min(a.best, b.best), max(a.best, b.best)
        base = a if a.best == lo else b
        return Toll(lo, min(lo, a.low or lo, b.low or lo), hi, base.civilians or a.civilians or b.civilians,
                    base.children or a.children or b.children, base.women or a.women or b.women,
                    a.approximate and b.approximate, base.span, base.side, base.vague)
    return Toll(a.best if a.best is not None else b.best, a.low or b.low, a.high or b.high,
                a.civilians or b.civilians, a.children or b.children, a.women or b.women,
                a.approximate and (b.approximate or b.best is None), a.span or b.span, a.side or b.side,
                a.vague if a.best is not None else b.vague)


def _loser_attacks(a: Draft, b: Draft) -> bool:
    """«أعلنت المقاومة سيطرتها على مواقع للحوثيين» then «أحبطت المقاومة هجوماً شنه مسلحون حوثيون»: an attack by the
    side that lost the ground (the takeover's actor2 as the attack's actor1, told by words of attacking, not as an
    anaphor) is another happening, not the fighting for that ground told again."""
    if not (a.acled and b.acled and "territory" in (a.acled[1] or "") and "territory" not in (b.acled[1] or "")):
        return False
    x2, y1 = a.args.actor2, b.args.actor1
    return x2 is not None and y1 is not None and y1.name == x2.name and not b.anaphor \
        and all(m.trigger.id == "attack" for m in b.mentions)


def _conflict(a: Draft, b: Draft, ctx: DocContext | None = None) -> bool:
    x, y = a.args, b.args
    if x.date and y.date and x.date.date_start and y.date.date_start and x.date.date_start != y.date.date_start \
            and not (ctx is not None and _report_day(ctx, a) and (
                _definite_lead(ctx, b) or (_adjacent(a, b) and 0 < (x.date.date_start - y.date.date_start).days <= 1))):
        # (the report's day of a lead, then the next sentence's own day the day before: «أفاد مصدر اليوم الجمعة
        # بمقتل 18 حوثياً خلال الاشتباكات … وأوضح أن مواجهات عنيفة اندلعت مساء أمس الخميس …»)
        return True
    if a.cls == "violence" and x.place and y.place and x.place.place and y.place.place and x.place.place.country \
            and y.place.place.country and x.place.place.country != y.place.place.country \
            and x.actor2 and y.actor2 and x.actor2.name != y.actor2.name \
            and not _named_in(a, y.actor2.name) and not _named_in(b, x.actor2.name):
        return True  # strikes on IS in Syria and on the PKK in northern Iraq: other targets in another country
    if x.killed and y.killed and x.killed.best is not None and x.killed.best >= 2 and x.killed.best == y.killed.best:
        return False  # the same toll told again: the same happening, whatever place or actor was read
    if x.place and y.place and x.place.place and y.place.place:
        p, q = x.place.place, y.place.place
        if p.id != q.id and p.admin1 != q.admin1 and p.kind not in ("country", "region") and q.kind not in ("country", "region"):
            return True
        if p.id != q.id and _far_apart(p, q):
            return True  # two named towns of one province, kilometres apart: two locations (ACLED: two events)
    if x.killed and y.killed and x.killed.best and y.killed.best and x.killed.best != y.killed.best:
        # a later figure may revise the toll only when told as the same event (anaphor) or by another
        # source about the same actor at the same place (reports differ); the dead of the other side
        # are no conflict
        if not b.anaphor and y.place and y.place.place and y.place.place.kind not in ("country", "region", "admin1") \
                and not (x.place and x.place.place and x.place.place.kind not in ("country", "region", "admin1")):
            # «نصب المقاتلون كمينين أسفرا عن مصرع 24» then «وأشار المركز إلى أن الثوار في منطقة الكمب كمنوا …
            # ما أسفر عن مصرع 14»: a new event word with a town and a toll of its own is another happening
            return True
        if other_side(x.killed.side, y.killed.side):
            return False
        if ctx is not None and _another_report(ctx, a, b):
            return False
        same_place = bool(x.place and y.place and x.place.place and y.place.place and x.place.place.id == y.place.place.id)
        if same_place and x.actor1 and y.actor1 and x.actor1.name == y.actor1.name and _adjacent(a, b):
            return False
        # «أعدم التنظيم 23 شخصا … في الفلوجة» and, later, «أعدم 22 عنصرا من الجيش … جنوب الفلوجة»: the same party at
        # the same place with figures of five or more within a sixth of each other tells one happening whose reports
        # differ (ACLED's low/best/high), not two
        lo, hi = sorted((x.killed.best, y.killed.best))
        if same_place and x.actor1 and y.actor1 and x.actor1.name == y.actor1.name and lo >= 5 and hi - lo <= hi / 6:
            return False
        return not b.anaphor
    if _loser_attacks(a, b):
        return True
    if x.actor1 and y.actor1 and x.actor1.name != y.actor1.name:
        # a definite anaphor (الهجوم، الضربة) or co-actors (الحوثيون وقوات صالح) are no conflict; two agents each
        # named explicitly for its own act («أرسلها X … أرسلتها Y») are
        if x.actor1_rank == y.actor1_rank == RANK_EXPLICIT and a.cls == b.cls == "political":
            return True
        if b.anaphor or _named_in(a, y.actor1.name) or _named_in(b, x.actor1.name):
            return False
        return True
    return False


def _report_day(ctx: DocContext, d: Draft) -> bool:
    """The draft's day is the day of the report that tells it («قالت الوزارة اليوم الجمعة إن غارة …»): the
    date follows a report word closely and comes before every word of the happening."""
    day = d.args.date
    if day is None or any(m.start < day.start for m in d.mentions):
        return False
    cues = arg_words().report_cues
    s0 = d.mentions[0].sent[0]
    first = min(m.start for m in d.mentions)
    before = ctx.tokens[bisect_left(ctx.token_starts, s0) : bisect_left(ctx.token_starts, day.start)]
    between = ctx.tokens[bisect_left(ctx.token_starts, day.end) : bisect_left(ctx.token_starts, first)]
    # «قالت وزارة الدفاع (البنتاغون) اليوم الجمعة إن غارة …»: a report word before the day, «إن/أن» after it
    # (or the reported happening as a verbal noun: «أفاد مصدر اليوم الجمعة بمقتل 18 حوثيا»، «أعلن اليوم عن مقتل»)
    return any(r in cues for t in before[-8:] for r, _ in clitic_candidates(t.norm)) \
        and (any(t.norm in _THAT for t in between)
             or (bool(between) and (between[0].norm in ("عن",) or between[0].norm in arg_words().report_masdars)))


_THAT = frozenset(["إن", "ان", "أن", "إنه", "انه", "أنه", "إنها", "انها", "أنها"])


def _retold_with_its_day(ctx: DocContext, a: Draft, b: Draft) -> bool:
    """«قالت الوزارة اليوم إن غارة قتلت …» then «وذكرت أن الغارة … وقعت في 11 يوليو»: the next sentence takes up
    the happening by its definite noun and gives its own day (the first day was the report's)."""
    return _adjacent(a, b) and _report_day(ctx, a) and _definite_lead(ctx, b)


def _happening_day(ctx: DocContext, out: list[Draft]) -> None:
    """A violent happening dated by the day of its report («أعلنت الوزارة اليوم أن قياديا قتل في غارة …») takes the
    earlier day that one of the next two sentences gives it, when that sentence takes it up by a definite noun
    in its reported clause and tells its dead («وأوضحت أن العملية التي جرت في 11 يوليو أدت إلى مقتل …»)."""
    killed = arg_words().killed
    for d in out:
        if d.cls != "violence" or d.args.date is None or d.args.date.date_start is None or not _report_day(ctx, d):
            continue
        si = max(m.sent_index for m in d.mentions)
        for a, b in ctx.sentences[si + 1 : si + 3]:
            toks = ctx.tokens[bisect_left(ctx.token_starts, a) : bisect_left(ctx.token_starts, b)]
            if not any(r in killed for t in toks for r, _ in clitic_candidates(t.norm)):
                continue
            days = [x for x in ctx.dates if a <= x.start < b and x.precision == 1 and x.date_start is not None
                    and x.date_start < d.args.date.date_start and x.kind not in ("since", "year", "span", "month")]
            k = next((k for k, t in enumerate(toks) if t.norm in _THAT), None)
            if days and k is not None and k + 1 < len(toks) and toks[k + 1].norm.startswith("ال") \
                    and toks[k + 1].start < days[0].start:
                d.args.date = days[0]
                break


def _definite_lead(ctx: DocContext, d: Draft) -> bool:
    """The draft opens on a definite event noun («وذكر أن الغارة استهدفت …»): it takes up a happening told before."""
    m = min(d.mentions, key=lambda m: m.start)
    if m.pos == "noun" and ctx.text[m.start : m.end].lstrip("وف").startswith("ال"):
        return True
    # «وأوضحت الوزارة أن العملية التي جرت في 11 يوليو أدت إلى مقتل …»: the reported clause opens on a definite noun
    toks = ctx.tokens[bisect_left(ctx.token_starts, m.sent[0]) : bisect_left(ctx.token_starts, m.start)]
    k = next((k for k, t in enumerate(toks) if t.norm in _THAT), None)
    return k is not None and k + 1 < len(toks) and toks[k + 1].norm.startswith("ال") \
        and any(r in arg_words().report_cues for t in toks[:k] for r, _ in clitic_candidates(t.norm))


def _named_in(d: Draft, name: str) -> bool:
    return name in d.names


_TOWN_KM = 10.0


def _far_apart(p: Place, q: Place) -> bool:
    """Two located places below the first-level division more than `_TOWN_KM` apart."""
    if p.kind in _COARSE_KINDS or q.kind in _COARSE_KINDS or None in (p.lat, p.lon, q.lat, q.lon):
        return False
    return _km(p, q) > _TOWN_KM


def _also(ctx: DocContext, d: Draft) -> bool:
    """The draft's sentence opens with «كما»/«كذلك» (“also”): «كما أقدمت الميليشيا على اختطاف عضو المجلس …» tells one
    more act, not the details of the one before."""
    if not d.mentions:
        return False
    s0 = min(m.sent for m in d.mentions)[0]
    while s0 < len(ctx.text) and not ctx.text[s0].isalnum():
        s0 += 1  # («، كما قتل …»: a sentence split after a comma opens with it)
    words = ctx.text[s0 : s0 + 40].split(maxsplit=2)
    cues = load_lexicon().cues
    if _also_after_verb(ctx, d, cues):
        return True
    if len(words) < 2 or _norm(words[0]) not in cues["also_openers"]:
        return False
    # (a new predication: the verb right after «كما» is the event word, or a verb of doing or undertaking that
    # governs it — «كما أغار الطيران …»، «كما شنت الطائرات غارات …»، «كما أقدم المسلحون على …»; «كما زار الأمير
    # المصابين في التفجير» or «كما تتناثر جثث …» tell no new act of violence)
    at = s0 + len(ctx.text[s0:]) - len(ctx.text[s0:].lstrip()) + len(words[0])
    at += len(ctx.text[at:]) - len(ctx.text[at:].lstrip())
    verb = _norm(words[1])
    return any(m.start == at for m in d.mentions) or verb in cues["also_acts"]


def _also_after_verb(ctx: DocContext, d: Draft, cues: dict) -> bool:
    """«وأضاف البيان أن التحالف شن أيضا 13 غارة في سوريا»: a verb of doing with «أيضا» right after it, up to eight
    words before the event word, tells one more act."""
    if not any("يضا" in ctx.text[m.sent[0] : m.start] for m in d.mentions):
        return False
    acts, adverbs = cues["also_acts"], cues["also_adverbs"]  # (normalised by the lexicon's loader)
    for m in d.mentions:
        before = [_norm(ctx.text[a:b]) for a, b, _ in _words(ctx, m.sent[0], m.start)[-8:]]
        if any(before[i] in adverbs and before[i - 1] in acts for i in range(1, len(before))):
            return True
    return False


def _arrested_counts(ctx: DocContext, d: Draft) -> set[int]:
    """The numbers of people an arrest draft tells taken, read right after its verbs («اعتقلت الشرطة منذ الجمعة في
    جميع أنحاء تركيا 590 شخصا»: a figure within eight words after the verb, not «آخرين»). Tens or more only: a small
    figure told twice may be two arrests."""
    out: set[int] = set()
    for m in d.mentions:
        rows = _words(ctx, m.end, m.sent[1])[:8]
        if not rows:
            continue
        end = rows[-1][1]
        for n in ctx.numbers:
            if m.end <= n.start < end and n.value is not None and n.value >= 10 and n.value == int(n.value) \
                    and not n.ordinal and not (1900 <= n.value <= 2100) \
                    and not _norm(ctx.text[n.noun_end or n.end : (n.noun_end or n.end) + 8]).split()[:1] == ["اخرين"]:
                out.add(int(n.value))
    return out


def _same_arrested(ctx: DocContext, a: Draft, b: Draft) -> bool:
    """«اعتقلت السلطات 590 شخصا» in the lead, then «أن الشرطة اعتقلت منذ الجمعة في جميع أنحاء تركيا 590 شخصا»: two
    arrest drafts that count the same people taken (ten or more) are one operation told again."""
    return a.cls == b.cls == "arrest" and bool(_arrested_counts(ctx, a) & _arrested_counts(ctx, b))


def _same_count(ctx: DocContext, a: Draft, b: Draft) -> bool:
    """«قال التنظيم إنه خطف ثلاثة مسيحيين …» then «وخُطف الثلاثة في النوفلية …»: the later draft takes up the victims
    by a definite numeral within three words after its first event word, and the earlier one counted as many."""
    m = min(b.mentions, key=lambda x: x.start)
    numerals = _definite_numerals()
    after = ctx.text[m.end : m.end + 40].split()[:3]
    value = next((numerals[_norm(w)] for w in after if _norm(w) in numerals), None)
    if value is None:
        return False
    sents = {x.sent for x in a.mentions}
    return any(n.value == value and any(s0 <= n.start < s1 for s0, s1 in sents) for n in ctx.numbers)


@lru_cache(maxsize=1)
def _definite_numerals() -> dict[str, int]:
    """«الاثنين» … «العشرة» (normalised) and the number each one is."""
    from marsad.events.lexicon import _read

    return {_norm(w): k + 2 for k, w in enumerate(_read("event_cues.json")["definite_numerals"])}


def _agree(a: Draft, b: Draft) -> bool:
    x, y = a.args, b.args
    if x.killed and y.killed and x.killed.best is not None and x.killed.best == y.killed.best:
        return True
    if x.place and y.place and x.place.place and y.place.place and x.place.place.id == y.place.place.id:
        return True
    if x.date and y.date and x.date.date_start and x.date.date_start == y.date.date_start \
            and not _far_and_finer(a, b):
        return True
    if y.actor1 and (_named_in(a, y.actor1.name) or (x.actor1 and a.cls != "political" and _named_in(b, x.actor1.name))) \
            and _adjacent(a, b) \
            and not (y.date and y.date.date_start):
        return True  # the next sentence tells the same actors doing it again, with no new day: details
    if any("claimed" in m.reasons for m in b.mentions):
        return True  # «ولم تعلن أي جهة مسؤوليتها عن حرق المنزل …»: a claim (or none) about a happening already told
    return b.anaphor


def _another_report(ctx: DocContext, a: Draft, b: Draft) -> bool:
    """«… وقال ضابط آخر بالشرطة إن «أربعة أشخاص قتلوا»»: the sentence right after a violent happening gives a figure
    on someone's word, with no place, day, agent or victims' side of its own: another report of that toll (reports
    differ), not another happening."""
    y = b.args
    if not _adjacent(a, b) or y.place is not None or y.date is not None or y.actor1 is not None \
            or y.killed is None or y.killed.side is not None:
        return False
    sents = {m.sent for m in b.mentions}
    return any(s0 <= x.start < s1 for x in ctx.sources for s0, s1 in sents)


def _far_and_finer(a: Draft, b: Draft) -> bool:
    """«شن سلاح الجو التركي الجمعة أولى غاراته على مواقع لداعش في سوريا …» and, ten sentences on, «فصائل …
    تشن هجوما منذ صباح أمس على الأحياء … في مدينة درعا»: a happening at a named town told far after one placed
    only in a country, with no anaphor, is another happening of the same day, not a detail of it."""
    if b.anaphor or b.definite or a.cls != "violence":
        return False  # (an arrest campaign told nationwide, then its arrests in one city: one operation)
    gap = min(m.sent_index for m in b.mentions) - max(m.sent_index for m in a.mentions)
    pa, pb = a.args.place, b.args.place
    fine_b = pb is not None and pb.place is not None and pb.place.kind not in ("country", "region")
    # (a first report with no place at all takes its place from the detailed account told later)
    coarse_a = pa is not None and pa.place is not None and pa.place.kind == "country"
    return gap > 3 and fine_b and coarse_a


def _adjacent(a: Draft, b: Draft) -> bool:
    return min(m.sent_index for m in b.mentions) - max(m.sent_index for m in a.mentions) == 1


# sub-types that tell one happening in different words (a suicide car bomb is also an IED); other
# remote-violence sub-types (air strike, shelling) are different happenings unless a definite anaphor
_SUB_FAMILY = {"Suicide bomb": "bomb", "Remote explosive/landmine/IED": "bomb", "Grenade": "bomb"}


def _same_kind(a: Draft, b: Draft) -> bool:
    if a.cls != b.cls:
        return False
    if a.acled and b.acled:
        if a.acled[0] != b.acled[0]:
            return _typed_later(a, b) or _pronoun_attack(b)
        if a.acled[0] == "Explosions/Remote violence":
            fa, fb = (_SUB_FAMILY.get(acl[1] or "", acl[1]) for acl in (a.acled, b.acled))
            return fa == fb or b.definite
        return True
    if a.plover and b.plover:
        return a.plover[0] == b.plover[0]
    return False


def _pronoun_attack(d: Draft) -> bool:
    """An attack told only by words with a possessive pronoun and no weapon («عندما شن الأمريكيون هجومهم»): the
    attack of someone already told, the happening the report is about."""
    return d.pronoun and d.cls == "violence" and d.rule.startswith("generic")


def _bare_retelling(ctx: DocContext, out: list[Draft], a: Draft, b: Draft) -> bool:
    """A shell that hit a house in a town and killed a man, and, later, a witness's account «… وفي تلك اللحظة سقطت
    قذيفة وأصابته شظاياها»: a violent event word of the same type and sub-type as the violent happening last told,
    with no place, day, agent, victims or toll of its own, not «another» one and naming no locality of its own, tells
    that happening again (a second happening is told with something of its own)."""
    if a.cls != "violence" or b.cls != "violence" or a.acled is None or a.acled != b.acled or b.definite:
        return False  # (a definite «الانفجار الأول» points back to its own happening: the anaphor rules decide)
    x = b.args
    if x.place is not None or x.date is not None or x.actor1 is not None or x.killed is not None \
            or x.injured is not None:
        return False
    at = next(k for k, e in enumerate(out) if e is a)
    if any(e.cls == "violence" for e in out[at + 1 :]):
        return False  # (only the violent happening told last)
    cues = load_lexicon().cues
    other, also, heads = cues["other_words"], cues["also_adverbs"], cues["locality_heads"]
    for m in b.mentions:
        after = _sentence_readings(ctx, m.end, min(m.sent[1], m.end + 40))[:3]
        if any(not other.isdisjoint(r) for r in after):
            return False  # «وسقطت قذيفة أخرى»: another one
        rows = _words(ctx, m.sent[0], m.sent[1])
        if any(not also.isdisjoint(r) for a0, _, r in rows if a0 < m.start):
            return False  # «وذكرت الشرطة أيضا أن مسلحين فجروا عبوة …»: one more
        # «… إن العبوة انفجرت في منطقة كوت سنكي»: an indefinite locality head with its name after it is a place of the
        # sentence's own, even when the gazetteer does not know it
        if any(not heads.isdisjoint(r) and _norm(ctx.text[a0:b0]).lstrip("وفب")[:2] != "ال" for a0, b0, r in rows[:-1]):
            return False
    return True


def _typed_later(a: Draft, b: Draft) -> bool:
    """«قتل 21 شخصا في هجوم تبنته حركة طالبان …» then «… حين فجر انتحاري حزامه الناسف …، أسفر عن مقتل 21»: an attack
    typed only by default (no weapon in its sentence: `generic-` rule) and a later sentence that tells its means, with
    the same toll of two or more, are one happening of the later sentence's type."""
    x, y = a.args.killed, b.args.killed
    # (the means told by an event word of its own — «فجر انتحاري» — not read off a weapon word: helicopters that
    # carried the dead, a motorbike the attackers rode)
    return a.rule.startswith("generic-") and not b.rule.startswith("generic-") and b.acled is not None \
        and b.acled[0] in ("Explosions/Remote violence", "Violence against civilians") \
        and any(m.acled == b.acled for m in b.mentions) \
        and x is not None and y is not None and x.best is not None and x.best >= 2 and x.best == y.best


def _continuation(ctx: DocContext, sent: tuple[int, int]) -> bool:
    """A sentence that goes on about the victims of the previous event (وبين القتلى ...)."""
    cues = load_lexicon().cues["continuation"]
    words = _sentence_readings(ctx, sent[0], min(sent[1], sent[0] + 40))
    return any(set(r) & cues for r in words[:3])


def _exchanged(m: EventMention, group: list[EventMention]) -> bool:
    """«تبادلت الجماعة وحلفاؤها إطلاق نيران المدفعية مع قوات التحالف»: the firing a verb of exchanging takes as its
    object (the next event word after it in its clause) is the exchange, the fighting itself."""
    if m.trigger.id != "launch" or m.pos != "noun":
        return False
    prev = [x for x in group if x.start < m.start and x.clause == m.clause]
    return bool(prev) and prev[-1].trigger.id in ("exchange_fire", "exchange_fire_v")


def drafts(ctx: DocContext, mentions: list[EventMention]) -> list[Draft]:
    """Group the mentions of each sentence into drafts (one per happening in the sentence)."""
    out: list[Draft] = []
    by_sent: dict[int, list[EventMention]] = {}
    acled: tuple[str, str | None] | None  # (declared for mypyc: a similar incident's type may be None)
    for m in mentions:
        by_sent.setdefault(m.sent_index, []).append(m)
    for si in sorted(by_sent):
        ms = by_sent[si]
        violent = [m for m in ms if m.cls in ("violence", "territory")]
        protest = [m for m in ms if m.cls == "protest"]
        arrest = [m for m in ms if m.cls == "arrest"]
        political = [m for m in ms if m.cls in ("political", "warrant")]
        if protest:
            force = [m for m in violent if m.trigger.id == "shot_dead" or m.trigger.id in ("clash", "clash_between")]
            acled, mode = _type_protest(ctx, protest + force)
            lead = protest[0]
            # a round-up of protests («تظاهر المئات في البصرة، كما شهدت كربلاء تظاهرة أخرى»): one per segment with
            # its own place, each typed by its own words
            groups = _segment_groups(ctx, protest)
            for group in groups:
                g_acled, g_mode = (acled, mode) if len(groups) == 1 else _type_protest(ctx, group + [
                    m for m in force if (group[0].segment or group[0].sent)[0] <= m.start < (group[0].segment or group[0].sent)[1]])
                out.extend(split_by_place(ctx, _draft(ctx, group, g_acled, ("PROTEST", g_mode), "protest", "protest")))
            violent = [m for m in violent if m.trigger.generic is False and m.trigger.id not in ("kill",)] and violent
            if violent and acled[0] in ("Riots", "Protests") and lead:
                violent = []  # violence told inside a protest report is the protest's
        for group in _segment_groups(ctx, violent) if violent else ():
            acled, mode, rule = _type_violence(ctx, group)
            if rule.startswith("generic") and group[0].segment is not None:
                # «… شنت المقاتلات غارات على حجة، كما استهدفت تعزيزات في عقبة ثرة»: a segment with no weapon of its
                # own is done with the weapon its sentence names
                acled, mode, rule = _type_violence(ctx, [replace(m, segment=None) for m in group])
            prev = next((d for d in reversed(out) if d.cls == "violence"), None)
            if rule.startswith("generic") and prev is not None and _similar_incident(ctx, group[0].sent):
                # «وفي حادث مماثل قتل شخص …»: the same kind of happening as the one just told
                acled, mode, rule = prev.acled, prev.plover[1] if prev.plover else mode, "similar"
            battle = [m for m in group if "relative" not in m.reasons and (m.trigger.id in _BATTLE_TRIGGERS or (
                m.trigger.id == "open_fire" and not any(x.clause == m.clause for x in group if x is not m))
                or _exchanged(m, group))]
            if acled is not None and acled[0] == "Explosions/Remote violence" and battle and len(battle) < len(group):
                # «اشتباكات بين الجيش والمسلحين في الرمادي، فيما شنت طائرات التحالف غارات على مواقعهم»: fighting on
                # the ground and strikes or shelling told beside it are two happenings (ACLED: a battle and a remote
                # attack), not one typed by the heavier weapon; the fighting's sides are those of its own clause
                bd = _draft(ctx, battle, ("Battles", "Armed clash"), ("ASSAULT", "armed clash"), "violence", "typed")
                bd.args = _own_clause_sides(ctx, bd.args, battle)
                group = [m for m in group if m not in battle]
                rd = _draft(ctx, group, acled, ("ASSAULT", mode), "violence", rule)
                _tolls_to_nearest(bd, rd)
                out.extend(split_by_place(ctx, bd))
                out.extend(split_by_place(ctx, rd))
                continue
            out.extend(split_by_place(ctx, _draft(ctx, group, acled, ("ASSAULT", mode), "violence", rule)))
        if arrest and (not violent or arrest[0].start < min(m.start for m in violent)):
            # (an arrest told first, the violence after it — «ألقوا القبض على ثلاثة وبحوزتهم عبوات … حيث قتل 40 في
            # تفجيرات» — is an arrest of its own; told after or inside a violent report it is part of that report)
            out.append(_draft(ctx, arrest, arrest[0].acled, arrest[0].plover, "arrest", "arrest"))
        chosen: dict[str, Draft] = {}  # one interaction per type and trigger in a sentence: the first with an actor
        twins: list[Draft] = []  # the interactions of a verb's second subject (`_co_subject`)
        for m in political:
            key = (m.plover[0] if m.plover else "") + m.trigger.id
            if key in chosen and chosen[key].args.actor1 is not None and chosen[key].args.actor1_rank != RANK_EXPLICIT:
                continue
            d = _draft(ctx, [m], m.acled, m.plover, "political", m.trigger.id)
            co = _co_subject(ctx, m, d.args)
            if co is not None:
                # «طالب الرئيس هادي والجامعة العربية جماعة الحوثي …»: two parties joined as the subject act
                # each (one interaction each); the object is the actor right after them
                obj = next((x for x in ctx.actors if co.end <= x.start < m.clause[1] and x.name not in (
                    co.name, d.args.actor1.name if d.args.actor1 else "") and len(_words(ctx, co.end, x.start)) <= 1),
                           None)
                d.args.actor2 = obj
                twin = replace(d, args=replace(d.args, actor1=co, actor2=obj, sources=list(d.args.sources)),
                               mentions=list(d.mentions), spans=list(d.spans), names=set(d.names))
                twins.append(twin)
            if d.plover is not None and d.plover[0] == "REQUEST" and _or_else(ctx, m):
                d.plover = ("THREATEN", "demand backed by a threat")  # «على النظام ألا يتدخل، وإلا فإن …»
            if key in chosen and chosen[key].args.actor1 is not None:
                # («وصلت سفينة أرسلها X، ثم لحقتها سفينة ثانية أرسلتها Y»: two shipments, each with its named giver)
                a, b = chosen[key].args.actor1, d.args.actor1
                if b is None or d.args.actor1_rank != RANK_EXPLICIT or a is None or a.name == b.name:
                    continue
                key += b.name
            if _non_party(ctx, d.args.actor1):
                continue  # an analyst or an expert speaks for no party
            if d.args.actor1 is not None and d.args.actor1.name.split(" (", 1)[0] == "Protesters":
                continue  # what protesters demand is part of their protest, not another interaction
            if m.trigger.id == "arrive" and not _visitor(ctx, m, d):
                continue  # وصل عدد القتلى إلى، وصلت تعزيزات إلى: only a person or a delegation arriving is a visit
            if key not in chosen or d.args.actor1 is not None:
                chosen[key] = d
        _shared_subject(ctx, sorted(chosen.values(), key=lambda d: d.mentions[0].start))
        out.extend(chosen.values())
        out.extend(t for t in twins if any(c.mentions[0].start == t.mentions[0].start for c in chosen.values()))
    return out


def _tolls_to_nearest(a: Draft, b: Draft) -> None:
    """Strikes or shelling, then fighting told in one sentence: a toll told after the fighting is the fighting's («…
    وكان مسلحون فتحوا النار على مركز حدودي مما أدى إلى مقتل جندي»), not the strikes' too; a toll told before
    either stays with both."""
    for name in ("killed", "injured"):
        ta, tb = getattr(a.args, name), getattr(b.args, name)
        t = ta or tb
        if t is None or t.span is None or (ta is not None and tb is not None and ta.span != tb.span):
            continue
        before = [(m.start, d) for d in (a, b) for m in d.mentions if m.end <= t.span[0]]
        if not before:
            continue
        owner = max(before, key=lambda x: x[0])[1]
        if owner is not a and not (
                all(t.span[1] <= m.start for m in a.mentions)
                and any(m.clause[0] <= t.span[0] < m.clause[1] and not m.trigger.generic for m in b.mentions)
                and not any(m.clause[0] <= t.span[0] < m.clause[1] for m in a.mentions)):
            # (a toll in the strikes' own clause, told before the fighting, is the strikes': «قتل ثمانية مدنيين في
            # قصف لطائرات النظام على حلب، وتواصلت المعارك بريف اللاذقية»)
            continue  # (strikes told after the fighting and a toll after both: ACLED's coders count it once, with
            # either; kept with both, as the sentence does not say)
        for d in (a, b):
            setattr(d.args, name, t if d is owner else None)


def _own_clause_sides(ctx: DocContext, args: Args, ms: list[EventMention]) -> Args:
    """The arguments without an actor told outside the clauses of ``ms`` (another act's agent or target); the
    parties named in those clauses, in text order, take the sides left empty."""
    def inside(x: ActorMention | None) -> bool:
        return x is not None and any(m.clause[0] <= x.start < m.clause[1] for m in ms)

    a1 = args.actor1 if inside(args.actor1) else None
    a2 = args.actor2 if inside(args.actor2) else None
    rank = args.actor1_rank if a1 is not None else -1
    if a1 is None or a2 is None:
        taken = {y.name for y in (a1, a2) if y is not None}
        own = [x for x in ctx.actors if inside(x) and x.type in (1, 2, 3, 4, 8) and x.name not in taken]
        for x in own:
            if a1 is None:
                a1, rank = x, 0
            elif a2 is None and x.name != a1.name:
                a2 = x
    return replace(args, actor1=a1, actor2=a2, actor1_rank=rank)


_OR_ELSE = frozenset(["والا", "فالا"])
_OR_ELSE_NEXT = frozenset(["فان", "فانه", "فانها", "فانهم", "سوف", "فسوف"])


_DAY_WORDS = frozenset(["امس", "اليوم"])  # (not «من»: «طلب من X و Y» asks the two)


def _co_subject(ctx: DocContext, m: EventMention, a: Args) -> ActorMention | None:
    """The second of two parties joined by «و» right after a political verb, as its subject («طالب الرئيس هادي والجامعة
    العربية …»): a co-subject, not the object (persons, bodies and states; not a party after «مع/ضد»)."""
    x, y = a.actor1, a.actor2
    if m.pos != "verb" or x is None or y is None or not (m.end <= x.start < y.start) or x.name == y.name:
        return None
    if m.plover is None or m.plover[0] in ("CONSULT", "AGREE", "COOPERATE"):
        return None  # («وقعت الهند وبنغلاديش اتفاقا»: the two sides of one interaction)
    if ctx.text[x.end : y.start].strip() != "و" or y.kind == "generic" or x.kind == "generic":
        return None
    # the first party stands right after the verb (a day may come between), and no party is named before the verb
    # in its clause («وكان دمرتاش دعا الحكومة التركية وحزب العمال …»، «وطالب مكاوي الأمم المتحدة والصليب
    # الأحمر …»: the pair is the object)
    head = x.role_start if x.role_start is not None and m.end <= x.role_start < x.start else x.start
    between = [r for _, _, r in _words(ctx, m.end, head)]
    if any(not set(r) & (load_lexicon().cues["time_anchor"] | _DAY_WORDS) for r in between):
        return None
    if any(m.clause[0] <= z.start and z.end <= m.start for z in ctx.actors):
        return None
    return y


def _or_else(ctx: DocContext, m: EventMention) -> bool:
    """A demand followed in its sentence by «وإلا فإن …»، «وإلا سوف …»: or else something will be done, a threat."""
    toks = ctx.tokens[bisect_left(ctx.token_starts, m.end) : bisect_left(ctx.token_starts, m.sent[1])]
    return any(t.norm in _OR_ELSE and k + 1 < len(toks) and (toks[k + 1].norm in _OR_ELSE_NEXT or toks[k + 1].norm[:1] == "س")
               for k, t in enumerate(toks))


def _shared_subject(ctx: DocContext, ds: list[Draft]) -> None:
    """«ودانت الجامعة العربية القصف التركي، وطالبت أنقرة باحترام سيادة العراق»: a political verb joined by «، و» to
    an earlier one of its sentence, with a state or a body right after it, keeps the earlier verb's subject (a
    person named after it, with or without a title, is a subject of its own); that state or body is its object."""
    for k in range(1, len(ds)):
        a, b = ds[k - 1], ds[k]
        m = b.mentions[0]
        x = b.args.actor1
        if a.args.actor1 is None or x is None or x.kind == "person" or x.start < m.end or x.name == a.args.actor1.name \
                or a.args.actor1_rank < RANK_SVO or m.pos != "verb" or not ctx.text[m.start : m.end].startswith("و"):
            continue
        before = ctx.text[a.mentions[0].end : m.start].rstrip()
        gap = ctx.text[m.end : x.start].split()
        if not before.endswith(("،", ",")) or len(gap) > 1:
            continue  # (a day may stand between: «وطالبت أمس أنقرة»)
        heads = arg_words().person_subject_heads
        if any(w in heads for w in clitic_words(_norm(ctx.text[x.start : x.end]).split(maxsplit=1)[0], True)):
            continue  # «ودعا رئيس الوزراء البريطاني …»: an office of a state is a subject of its own
        b.args.actor2 = x if b.args.actor2 is None or b.args.actor2.name == a.args.actor1.name else b.args.actor2
        b.args.actor1 = a.args.actor1
        b.args.actor1_rank = RANK_SVO


def _segment_groups(ctx: DocContext, violent: list[EventMention]) -> list[list[EventMention]]:
    """The violent mentions of a sentence, one group per happening: a round-up sentence («قتل ثلاثة في قصف على
    بلدة X، فيما قتل طفلان في غارة على مدينة Y») tells several, cut at discourse breakers (فيما، بينما، في حين،
    «، كما»). Each segment with its own named place becomes its own group, read as a sentence of its own (its
    toll, place, date and actors); otherwise the sentence is one group."""
    if len(violent) < 2:
        return [violent]
    s0, s1 = violent[0].sent
    cuts = _segment_cuts(ctx, s0, s1)
    if not cuts:
        return [violent]
    bounds = [s0, *cuts, s1]
    segs = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]
    groups: dict[int, list[EventMention]] = {}
    for m in violent:
        k = next(i for i, (a, b) in enumerate(segs) if a <= m.start < b or i == len(segs) - 1)
        groups.setdefault(k, []).append(m)
    if len(groups) < 2:
        return [violent]
    spans = {k: segs[k] for k in groups}
    places = {k: {p.place.id for p in place_candidates(ctx, *segs[k]) if p.place is not None} for k in groups}
    if any(not ids for ids in places.values()) or len({frozenset(v) for v in places.values()}) < len(places):
        # a segment without its own place, or with the place of the segment before it, goes on with that one
        # (one happening told at length); a long round-up still splits where a new place comes in
        merged = _join_placeless(sorted(groups), places)
        if merged is None:
            return [violent]
        groups = {k: [m for j in ks for m in groups[j]] for k, ks in merged.items()}
        spans = {k: (segs[ks[0]][0], segs[ks[-1]][1]) for k, ks in merged.items()}
    # text between the groups (a segment with no event word: «أكدت مصادر طبية مقتل عشرين شخصا، فيما جرح …») goes
    # with the group before it; the sentence's opening goes with the first
    keys = sorted(groups)
    spans = {k: (s0 if i == 0 else spans[k][0], spans[keys[i + 1]][0] if i + 1 < len(keys) else s1)
             for i, k in enumerate(keys)}
    date = next((d for d in ctx.dates if s0 <= d.start < s1), None)
    out = []
    for k in keys:
        a, b = spans[k]
        seg = (a, b)
        # the segment is read as a sentence of its own; a day told once at the start serves every segment (its
        # words alone type it)
        if date is not None and not any(a <= d.start < b for d in ctx.dates):
            a = min(a, date.start)
        out.append([replace(m, sent=(a, b), segment=seg) for m in groups[k]])
    return out


def _join_placeless(keys: list[int], places: dict[int, set[str]]) -> dict[int, list[int]] | None:
    """Segments of a round-up joined into happenings: one with no place of its own, or the same places as the
    one before it, continues that one (a first one with no place joins the next). None when fewer than two
    happenings remain. Two happenings told apart at one place («… على مدينة درعا، بينما استهدفت الفصائل …، بينما
    سقط صاروخ على مخيم درعا») stay two groups here; `merge` joins them when they tell the same one."""
    out: dict[int, list[int]] = {}
    pending: list[int] = []
    last: int | None = None
    for k in keys:
        if not places[k] or (last is not None and places[k] == places[last]):
            if last is None:
                pending.append(k)
            else:
                out[last].append(k)
            continue
        out[k] = [*pending, k]
        pending = []
        last = k
    return out if len(out) >= 2 else None


def _segment_cuts(ctx: DocContext, s0: int, s1: int) -> list[int]:
    """Character offsets where a round-up sentence turns to another happening (فيما، بينما، في حين، «، كما»)."""
    lex = load_lexicon()
    cues = lex.cues["segment_breakers"]
    added = lex.cues["addition_breakers"]  # «…، فضلا عن …»، «، إضافة إلى …»
    killed = arg_words().killed
    toks = ctx.tokens[bisect_left(ctx.token_starts, s0) : bisect_left(ctx.token_starts, s1)]
    cuts = []
    for k, t in enumerate(toks):
        if k == 0:
            continue
        comma = toks[k - 1].norm in ("،", ",")
        # («، و كما شهدت …»: a conjunction written apart from its word is read with it)
        word = "و" + toks[k + 1].norm if t.norm == "و" and comma and k + 1 < len(toks) else t.norm
        if (word in cues and (not word.endswith(("كما", "كذلك")) or comma)) \
                or (comma and t.norm in added and _place_follows(ctx, toks, k + 1)):
            cuts.append(toks[k - 1].start if comma else t.start)
        elif comma and t.norm == "وفي" and k + 1 < len(toks) and any(
                p.start == toks[k + 1].start and p.place is not None for p in ctx.places):
            cuts.append(toks[k - 1].start)  # «…، وفي مديرية لودر نصبت المقاومة كمينا»: the round-up turns to a place
        elif t.norm == "حين" and toks[k - 1].norm in ("في", "وفي"):
            cuts.append(toks[k - 1].start)
        elif comma and t.norm[:1] == "و" and (t.norm[1:] in killed or t.norm[1:] in lex.forms):
            cuts.append(toks[k - 1].start)  # «…، ومقتل رجل برصاص قناص في …»: the next happening of a round-up
    return cuts


def _place_follows(ctx: DocContext, toks: list[Token], k: int) -> bool:
    """«فضلا عن مدينة تلبيسة»، «إضافة إلى حلب»: a named place right after the preposition of the addition
    (not «إضافة إلى تدمير دبابة»: more of the same happening)."""
    if k >= len(toks) or toks[k].norm not in ("عن", "الى", "الي"):
        return False
    nxt = toks[k + 1 : k + 3]
    return any(p.start == t.start and p.place is not None for t in nxt for p in ctx.places)


_FRAME_WORDS = frozenset(["خلال", "في", "فى", "على", "علي", "امس", "اليوم", "مع", "الى", "بعد", "قبل", "اثناء", "لدى",
                          "لدي", "عقب", "وفي", "امام"])


def _non_party(ctx: DocContext, x: ActorMention | None) -> bool:
    """A person described as an analyst, expert, writer or researcher (in the title before the name or the
    apposition after it, up to the next comma): «المحلل السياسي فلان»، «فلان، الخبير في الشؤون الأمنية،»."""
    if x is None or x.kind != "person":
        return False
    words = load_lexicon().cues["non_party_roles"]
    a = x.role_start if x.role_start is not None and x.role_start < x.start else x.start
    tail = ctx.text[x.end : x.end + 80]
    if tail.lstrip().startswith(("،", ",")):
        tail = tail.lstrip()[1:]
        tail = tail.split("،", 1)[0].split(",", 1)[0]
        first = _norm(tail).split(maxsplit=1)[:1]
        if first and first[0] in _FRAME_WORDS:
            tail = ""  # «فلان، خلال مؤتمر صحافي …»: a frame of time or place follows, no apposition on the person
    else:
        tail = ""
    text = _norm(ctx.text[a : x.start] + " " + (x.role or "") + " " + tail)
    return any(w in words for w in text.split())


def _visitor(ctx: DocContext, m: EventMention, d: Draft) -> bool:
    """«وصل X إلى Y» is a visit when X (the subject right after the verb) is a person or a delegation (وفد)."""
    a1 = d.args.actor1
    if a1 is not None and a1.end <= m.start and len(ctx.text[a1.end : m.start].split()) <= 1:
        # SVO: «رئيس اللجنة الدولية وصل إلى صنعاء»: the actor right before the verb, «إلى» right after it (a
        # person or a delegation: «الجيش الوطني … وصل إلى منطقة الحوبان» is an advance, no visit)
        after = ctx.text[m.end : m.sent[1]].split()[:3]
        # (the head may stand before the body named: «رئيس اللجنة وصل»، «وزير الدفاع الأميركي قد وصل»)
        heads = (ctx.text[a1.start : a1.end].split() or [""])[:1] + ctx.text[max(m.sent[0], a1.start - 40) : a1.start].split()[-3:]
        return any(w.startswith(("إلى", "الى")) for w in after) and _to_place(ctx, m.end, m.sent[1]) and (
            a1.kind == "person" or any(_office(_norm(h)) for h in heads))
    if a1 is None or a1.start <= m.start:
        return False  # (the trigger may run on to its «إلى»: the subject stands inside its span, VSO)
    rest = ctx.text[a1.end : m.sent[1]].split()
    between = ctx.text[m.end : a1.start].split()
    if any(w.startswith(("إلى", "الى")) for w in between[:2]) and _to_place(ctx, m.end, a1.start):
        pass  # «وصل إلى القاهرة اليوم الأربعاء الرئيس …»: the place told before the subject
    elif not any(w in ("إلى", "الى") or w.startswith(("إلى", "الى")) for w in rest[:12]):
        return False  # وصل X إلى (a place)
    elif not _to_place(ctx, a1.end, m.sent[1]):
        return False  # «وصلت العداءة إلى ما قبل خط النهاية»: reached a point, no place visited
    if a1.kind == "person":
        return True
    head = ctx.text[m.end : a1.start].split()
    if any(w.startswith(("وفد", "الوفد", "ووفد", "والوفد")) for w in head[:2]) \
            or ctx.text[a1.start : a1.end].startswith(("وفد", "الوفد")):
        return True
    # a state named by its office-holder («وصل وزير الخارجية الفرنسي أمس إلى طهران»): the minister visits
    first = _norm((ctx.text[a1.start : a1.end].split() or [""])[0])
    return a1.kind == "state" and not a1.name.startswith(("Military", "Police")) and _office(first)


def _office(word: str) -> bool:
    """A visitor's head word (وفد، وزير، رئيس …), with or without the conjunction و/ف (not «lstrip»: وزير
    begins with و)."""
    heads = arg_words().visitor_heads
    return word in heads or (word[:1] in "وف" and word[1:] in heads)


def _to_place(ctx: DocContext, a: int, b: int) -> bool:
    """The first «إلى» after `a` (before `b`) leads, within a few words, to a named place (or a country or capital
    named as an actor: «وصل الوفد إلى طهران»)."""
    at = next((t for t in ctx.tokens[bisect_left(ctx.token_starts, a) : bisect_left(ctx.token_starts, b)]
               if _norm(t.text).lstrip("و") in ("الى", "الي")), None)
    if at is None:
        return False
    reach = at.end + 40  # a few words: «إلى العاصمة اليمنية صنعاء»، «إلى مقر الأمم المتحدة في جنيف»
    return any(at.start <= p.start < reach for p in ctx.places) or any(
        at.start <= x.start < reach and x.kind in ("country", "state") for x in ctx.actors)


def _similar_incident(ctx: DocContext, sent: tuple[int, int]) -> bool:
    """«في حادث مماثل»، «هجوم مشابه»: an incident noun followed by a word of similarity."""
    lex = load_lexicon()
    rows = [set(r) for r in _sentence_readings(ctx, sent[0], sent[1])]
    return any(r & lex.sets["incident_nouns"] and rows[k + 1] & lex.sets["similar_words"]
               for k, r in enumerate(rows[:-1]))


def place_lists(ctx: DocContext, s0: int, s1: int) -> list[list[PlaceMention]]:
    """Coordinated places of a sentence (في صنعاء وحجة ومأرب، مدن عدن والضالع، محافظتي لحج وأبين): runs of
    places joined only by و / commas."""
    cands = sorted((p for p in place_candidates(ctx, s0, s1) if p.place is not None), key=lambda p: p.start)
    runs: list[list[PlaceMention]] = []
    for p in cands:
        if runs:
            q = runs[-1][-1]
            between = ctx.text[q.end : p.start]
            joined = between.replace("،", "").replace(",", "").strip()
            if p.start >= q.end and (joined in ("", "و") and ("و" in between or _conj(ctx, p))):
                runs[-1].append(p)
                continue
        runs.append([p])
    return [r for r in runs if len(r) >= 2]


def _conj(ctx: DocContext, p: PlaceMention) -> bool:
    """The place's word carries the conjunction و (ومأرب) or its mention starts with it (ومنطقة X)."""
    if p.text.startswith("و"):
        return True
    starts = ctx.token_starts
    i = bisect_left(starts, p.start + 1) - 1
    return 0 <= i < len(ctx.tokens) and ctx.tokens[i].start < p.start and ctx.text[ctx.tokens[i].start] == "و"


def split_by_place(ctx: DocContext, d: Draft) -> list[Draft]:
    """ACLED codes one event per location and day: a strike or protest told over a list of places
    (غارات على مواقع … في صنعاء وحجة ومأرب) becomes one event per named location (`_by_location`), in one
    country. The casualty figure stays with the first (it cannot be shared out)."""
    lead = d.mentions[0]
    s0, s1 = lead.sent
    trig = min(m.start for m in d.mentions)
    between = arg_words().between
    for run in place_lists(ctx, s0, s1):
        if _before_word(ctx, run[0].start, between):
            continue  # بين أجدابيا وطبرق: one place between two others, not a list
        if _preceded_by(ctx, run[0].start, arg_words().road_words, s0, 3):
            continue  # «مثلث العند، وهو الطريق المؤدي إلى الضالع ولحج وتعز»: where a road leads, not where it happened
        here = d.args.place is not None and any(p.start == d.args.place.start for p in run)
        if not here and run[0].start < trig:
            continue
        if not here and _preceded_by(ctx, run[0].start, arg_words().other_time_words, s0, 3):
            continue  # «… بعد تحرير محافظات عدن ولحج والضالع»: a list told after «بعد/قبل» is another happening's
        if _preceded_by(ctx, run[0].start, arg_words().span_words, s0, 4):
            continue  # «وما حدث خلال الفترة الماضية في عدن والضالع وزنجبار»: a span of time, many happenings
        if not here and d.args.place is not None and run[0].start - trig > 150 \
                and not (lead.clause[0] <= run[0].start < lead.clause[1]):
            continue  # a list far along in another clause («… لتوسيع سيطرته … باتجاه الرقة ودير الزور») is not where
        own = d.args.place
        if not here and own is not None and s0 <= own.start < run[0].start and _admin1_of(own) is not None \
                and all(_admin1_of(p) != _admin1_of(own) for p in run):
            # «في بغداد ومدن أخرى، منها البصرة والنجف»: the event's own place, named before the list in another
            # province, is one more location (a district listed after its own city is not)
            by_a1 = _by_location([own, *run])
        else:
            by_a1 = _by_location(run)
        if len(by_a1) < 2 or len({p.place.country for p in by_a1.values() if p.place}) != 1:
            continue
        return _per_location(d, list(by_a1.values()))
    return _split_dual(ctx, d)


def _per_location(d: Draft, places: list[PlaceMention]) -> list[Draft]:
    """One draft per location; the casualty figures stay with the first (they cannot be shared out)."""
    out = []
    for k, p in enumerate(places):
        args = replace(d.args, place=p, sources=list(d.args.sources))
        if k > 0:
            args.killed = args.injured = None
        out.append(replace(d, args=args, mentions=list(d.mentions), spans=list(d.spans), names=set(d.names)))
    return out


def _dual_word(word: str) -> bool:
    """A dual of an event noun of the lexicon («هجومان»، «هجومين»، «غارتين»، «تفجيرين»)."""
    forms = load_lexicon().forms
    if not word.endswith(("ان", "ين")) or len(word) < 5:
        return False
    stem = word[:-2]
    return any(f.pos == "noun" for f in forms.get(stem, ())) or (
        stem.endswith("ت") and any(f.pos == "noun" for f in forms.get(stem[:-1] + "ه", ())))


def _split_dual(ctx: DocContext, d: Draft) -> list[Draft]:
    """«هجومان استهدفا القنصلية في أنقرة ومركزا للشرطة في إسطنبول»: two attacks told by one dual noun, with two
    locations named after it in its sentence, are two events (one per location; the toll stays with the first)."""
    if d.cls != "violence":
        return [d]
    lead = next((m for m in d.mentions if m.pos == "noun" and m.end > m.start and _dual_word(
        _norm(ctx.text[m.start : m.end].split(maxsplit=1)[0]).lstrip("و"))), None)
    # (a draft told in one sentence: not a happening of the sentence before, merged with the dual)
    if lead is None or any(m.sent != lead.sent for m in d.mentions):
        return [d]
    s0, s1 = lead.sent
    # (not a place that only locates another, «في مدينة غومبي جنوب داماتورو»)
    after = [p for p in ctx.places if p.place is not None and lead.end <= p.start < s1
             and not _preceded_by(ctx, p.start, arg_words().relative_directions, s0, 1)]
    by_loc = _by_location(after)
    two = [p.place for p in by_loc.values() if p.place is not None]
    # «معسكر المنار … في مديرية الحيمة الخارجية …، والتابعة لمحافظة صنعاء»: a province named as such after the dual
    # holds one of the two places; the other is a namesake elsewhere, and the happening is in that province
    named = {p.place.admin1 for p in after if p.place is not None and p.place.kind == "admin1"}
    inside = [p for p in by_loc.values() if p.place is not None and p.place.admin1 in named]
    if len(two) == 2 and len(inside) == 1:
        if d.args.place is None or d.args.place.place is None or d.args.place.place.admin1 not in named:
            d.args.place = inside[0]
        return [d]
    # (two locations in two provinces: «في جبل الثعالب بقيفة رداع» names one spot three ways, and a camp named with
    # its district may have a namesake village elsewhere)
    if len(two) != 2 or two[0].country != two[1].country or not two[0].admin1 or not two[1].admin1 \
            or two[0].admin1 == two[1].admin1 or not _far_apart(two[0], two[1]):
        return [d]
    return _per_location(d, list(by_loc.values()))


def _before_word(ctx: DocContext, pos: int, words: frozenset[str]) -> bool:
    """The word right before `pos` (or the proclitic part of the word `pos` is in) is one of `words`."""
    starts = ctx.token_starts
    i = bisect_left(starts, pos) - 1
    return 0 <= i < len(ctx.tokens) and bool(set(clitic_words(ctx.tokens[i].norm, True)) & words)


# a definite event noun: the article, also with «لـ» written on it («للتفجير الذي …»), or a demonstrative (not «بال…»:
# «بالقذائف» is an instrument, no anaphor)
_POSSESSIVES = ("هم", "هما", "ها")  # (not «ه» alone: «هجومه» is rare and «ـه» ends many bare nouns once normalised)
_DEFINITE_STARTS = ("ال", "لل", "هذا", "هذه")


def _draft(
    ctx: DocContext,
    ms: list[EventMention],
    acled: tuple[str, str | None] | None,
    plover: tuple[str, str | None] | None,
    cls: str,
    rule: str,
) -> Draft:
    lead = max(ms, key=lambda m: (m.pos == "verb" and m.tense == "past", m.score))
    args = arguments(ctx, lead)
    for m in ms:
        if m is lead:
            continue
        other = arguments(ctx, m)
        if other.place is not None and args.place is not None and (
                (not (m.clause[0] <= other.place.start < m.clause[1]) and abs(other.place.start - lead.start) > 150)
                or _preceded_by(ctx, m.start, arg_words().retaliation, m.sent[0], 3)):
            # another word of the happening lends no place found far away outside its clause (a list far along),
            # nor one told as what is retaliated for («ردا على قصف بلدة الزبداني»)
            other = replace(other, place=None)
        if args.actor1 is not None and lead.pos == "verb" and m.pos == "noun" and m.start > lead.end \
                and _preceded_by(ctx, m.start, _AFTER_WORDS, m.sent[0], 1):
            # «قصفت طائرات التحالف مواقع النصرة، بعد هجوم شنته الجبهة على …»: what the act came after is another
            # happening; its own agent is not this one's (its victims or those driven out may be: «بعد طرد الميليشيات»)
            other = replace(other, actor1=None, actor1_rank=-1, place=None)
        args = _merge_args(args, other)
    # («تمكنت من السيطرة على …»: a definite verbal noun that tells a new act is no anaphor)
    anaphor = all(m.pos == "noun" and m.cls != "territory" for m in ms) and any(
        ctx.text[m.start : m.end].lstrip("وف").startswith(_DEFINITE_STARTS) for m in ms
    )
    definite = all(m.pos == "noun" and ctx.text[m.start : m.end].lstrip("وف").startswith(_DEFINITE_STARTS) for m in ms)
    # («عندما شن الأمريكيون هجومهم»: the attack of someone already told, the happening the report is about)
    pronoun = all(m.pos == "noun" and " " not in ctx.text[m.start : m.end].strip()
                  and _norm(ctx.text[m.start : m.end]).endswith(_POSSESSIVES) for m in ms)
    return Draft(
        definite=definite,
        pronoun=pronoun,
        acled=acled,
        plover=plover,
        cls=cls,
        mentions=list(ms),
        args=args,
        score=max(m.score for m in ms),
        trigger_text=ctx.text[lead.start : lead.end],
        rule=rule,
        anaphor=anaphor,
        spans=[lead.segment or lead.sent],  # (a round-up segment's evidence is the segment, not its day's frame)
        names={x.name for x in ctx.actors if lead.sent[0] <= x.start < lead.sent[1]},
    )


# the most specific sub-types of a happening that is also told in general words (a suicide bombing
# that is also «هجوم»/«اشتباك»; a hostage taking that is also a clash): rank 0 is kept
_SPECIFIC = {"Suicide bomb": 0, "Abduction/forced disappearance": 1}
_TERRITORY_TYPES = frozenset([("Battles", "Non-state actor overtakes territory"), ("Battles", "Government regains territory")])


def _absorb(target: Draft, d: Draft) -> None:
    """``d`` told again as ``target`` (its arguments already merged): its mentions, evidence and names join."""
    target.mentions += d.mentions
    target.score = max(target.score, d.score)
    target.spans += [s for s in d.spans if s not in target.spans]
    target.names |= d.names


def _retold_close(e: Draft, d: Draft, max_gap: int) -> bool:
    """``d`` may tell ``e`` again: the same resolved place, no other day, at most ``max_gap`` sentences on."""
    x, y = e.args, d.args
    if not (x.place and y.place and x.place.place and y.place.place and x.place.place.id == y.place.place.id):
        return False
    if x.date and y.date and x.date.date_start and y.date.date_start and x.date.date_start != y.date.date_start:
        return False
    return min(m.sent_index for m in d.mentions) - max(m.sent_index for m in e.mentions) <= max_gap


def _bare_attack(e: Draft) -> bool:
    """An Armed clash typed only from the generic attack words («هجوم»، «هاجم»): no clash word told it."""
    return e.acled == ("Battles", "Armed clash") and any(m.trigger.id == "attack" for m in e.mentions) \
        and not any(m.trigger.acled == ("Battles", "Armed clash") for m in e.mentions)


def _one_happening(out: list[Draft]) -> list[Draft]:
    """One happening told as two violent events of different families (a suicide bombing and the clash
    or attack it was part of; a hostage taking and the fighting around it): same place, no other day,
    at most two sentences apart. ACLED codes one event with the most specific type."""
    keep: list[Draft] = []
    for d in out:
        target = None
        for e in reversed(keep):
            if e.cls not in ("violence", "territory") or d.cls not in ("violence", "territory") \
                    or not e.acled or not d.acled:
                continue
            # (territory taken and the fighting told for it, «سيطرت المقاومة على بلدتين … وذكر المصدر أن معارك
            # عنيفة اندلعت خلال اليومين الماضيين أدت إلى مقتل 30»: one battle, typed by the ground taken)
            taken = {e.acled, d.acled} & _TERRITORY_TYPES and ("Battles", "Armed clash") in (e.acled, d.acled)
            if e.acled[0] == d.acled[0] and not taken:
                continue
            ra, rb = _SPECIFIC.get(e.acled[1] or ""), _SPECIFIC.get(d.acled[1] or "")
            # «قتل جنديان في هجوم لحزب العمال … وذكر الجيش أن الهجوم نفذ بجرار محمل بالمتفجرات»: an attack typed
            # a clash for want of detail, retold with its bomb, is that bombing
            # (not when each tells its own dead: «قتل خمسة جنود في هجوم … وقتل خمسة آخرون في انفجار قنبلة»)
            bomb = _bare_attack(e) and d.acled == ("Explosions/Remote violence", "Remote explosive/landmine/IED") \
                and not (e.args.killed is not None and d.args.killed is not None)
            if bomb:
                rb = 2
            if ra is None and rb is None and not taken:
                continue
            if e.args.place is None or _coarse(e.args.place) or not _retold_close(e, d, 2):
                continue  # (one country is no one place)
            if _loser_attacks(e, d):
                continue
            target = e
            break
        if target is None:
            keep.append(d)
            continue
        rt, rd = _SPECIFIC.get(target.acled[1] or "", 9), _SPECIFIC.get(d.acled[1] or "", 9)  # type: ignore[index]
        if _bare_attack(target) and d.acled == ("Explosions/Remote violence", "Remote explosive/landmine/IED"):
            rd = 2
        if d.acled in _TERRITORY_TYPES:
            rd = -1  # the ground taken types the battle
        first, second = (d, target) if rd < rt else (target, d)
        if first is d:
            target.acled, target.plover, target.trigger_text, target.rule = d.acled, d.plover, d.trigger_text, d.rule
        args = _merge_args(first.args, replace(second.args, killed=None, injured=None)
                           if first.args.killed or first.args.injured else second.args)
        target.args = args
        _absorb(target, d)
    return keep


def _toll_of_the_last(ctx: DocContext, out: list[Draft], d: Draft) -> Draft | None:
    """«واندلعت اشتباكات عنيفة في مدينة … . وذكرت مصادر أن ثلاثة مسلحين قتلوا فيها»: a death or a wound told with
    a pronoun taking a happening up again right after its word (event_cues.json ``toll_anaphors``), with no place,
    day or agent of its own, is the toll of the violent happening told in the sentence right before: that draft."""
    x = d.args
    if d.cls != "violence" or (x.killed is None and x.injured is None) or x.place is not None \
            or x.date is not None or x.actor1 is not None or not out:
        return None
    e = out[-1]
    if e.cls != "violence" or max(m.sent_index for m in e.mentions) != min(m.sent_index for m in d.mentions) - 1:
        return None
    anaphors = load_lexicon().cues["toll_anaphors"]
    for m in d.mentions:
        after = _sentence_readings(ctx, m.end, min(m.sent[1], m.end + 30))[:2]
        if any(not anaphors.isdisjoint(r) for r in after):
            return e
    return None


def _same_site(ctx: DocContext, a: Draft, b: Draft) -> bool:
    """«وقع انفجار في فندق بوسط المدينة» … «وقتل 13 عندما اقتحم متشدد بوابة الفندق»: a violent event word whose
    sentence names with the article a site (event_cues.json ``site_nouns``) that the violent happening told up to
    two sentences before named, with no other place and no other day of its own, tells that happening again."""
    pa, pb = a.args.place, b.args.place
    if a.cls != "violence" or b.cls != "violence" or not _same_kind(a, b) or pb is not None and not (
            pa is not None and pa.place is not None and pb.place is not None and pa.place.id == pb.place.id):
        return False  # (no place of its own, or the same one)
    gap = min(m.sent_index for m in b.mentions) - max(m.sent_index for m in a.mentions)
    if not 1 <= gap <= 2:
        return False
    x, y = a.args.date, b.args.date
    if y is not None and (x is None or x.date_start != y.date_start):
        return False
    cues = load_lexicon().cues
    for m in b.mentions:  # «وسقطت قذيفة أخرى»: another one
        if any(not cues["other_words"].isdisjoint(r) for r in _sentence_readings(ctx, m.end, min(m.sent[1], m.end + 40))[:3]):
            return False
        # (an indefinite locality head with its name after it, «بمنطقة شاه باغ», is a place of the sentence's own)
        rows = _words(ctx, m.sent[0], m.sent[1])
        if any(not cues["locality_heads"].isdisjoint(r) and _norm(ctx.text[a0:b0]).lstrip("وفب")[:2] != "ال"
               for a0, b0, r in rows[:-1]):
            return False
    sites = cues["site_nouns"]
    told: set[str] = set()
    for sent in {m.segment or m.sent for m in a.mentions}:  # (a round-up's segment: its own happening's words)
        for r in _sentence_readings(ctx, sent[0], sent[1]):
            told.update(w.removeprefix("ال") for w in r if w.removeprefix("ال") in sites)
    if not told:
        return False
    return any(("ال" + w) in r for sent in {m.segment or m.sent for m in b.mentions}
               for r in _sentence_readings(ctx, sent[0], sent[1]) for w in told)


def merge(ctx: DocContext, ds: list[Draft]) -> list[Draft]:
    """One draft per happening: later mentions of the same event join the earlier one."""
    out: list[Draft] = []
    for d in ds:
        target = None
        # «كما وقعت اشتباكات مماثلة في …»: a similar incident is another happening, never the one told before
        similar = d.cls == "violence" and _similar_incident(ctx, d.mentions[0].sent)
        # «كما أقدمت الميليشيا على اختطاف …»: «also» and a new (indefinite) event word tell one more happening
        similar = similar or (d.cls != "political" and not d.anaphor and not d.definite and _also(ctx, d))
        target = _toll_of_the_last(ctx, out, d)
        for e in reversed(out) if not similar and target is None else ():
            if d.cls == "political" and e.mentions[0].start == d.mentions[0].start:
                continue  # (one verb with two parties as its subject: one interaction each, `_co_subject`)
            if _same_site(ctx, e, d) or (e.cls == d.cls == "violence" and d.rule.startswith("generic")
                                         and _another_report(ctx, e, d)):
                target = e  # (a bare toll on someone's word: another report of the happening just told)
                break
            # («عندما شن الأمريكيون هجومهم»: an attack named by a possessive pronoun, with no place or toll of its
            # own, is the happening last told)
            if _same_kind(e, d) and (_same_arrested(ctx, e, d) or not _conflict(e, d, ctx) and (
                    _agree(e, d) or _same_count(ctx, e, d) or (d.cls == "political" and _same_actor(e, d))
                    or _retold_with_its_day(ctx, e, d)
                    or (_pronoun_attack(d) and d.args.place is None and d.args.killed is None)
                    or _bare_retelling(ctx, out, e, d))):
                target = e
                break
        if target is None:
            out.append(d)
            continue
        if target.acled and d.acled and target.acled[0] != d.acled[0] and _typed_later(target, d):  # (the means told later)
            target.acled, target.plover, target.rule = d.acled, d.plover, d.rule
        target.mentions += d.mentions
        tk, dk = target.args.killed, d.args.killed
        if tk and dk and tk.best and dk.best and tk.best != dk.best and not d.anaphor and not other_side(tk.side, dk.side):
            # another source's (partial) figure for the same happening: the first report's toll stays
            d.args = replace(d.args, killed=None, injured=d.args.injured if target.args.injured is None else None)
        target.args = _merge_args(target.args, d.args, later=True)
        target.score = max(target.score, d.score)
        target.spans += [s for s in d.spans if s not in target.spans]
        target.names |= d.names
    # breakdown sentences (وبين القتلى ... بينهم 3 أطفال) complete the previous violent event
    w = arg_words()
    for sent in ctx.sentences:
        prev = [e for e in out if e.cls == "violence" and max(x.sent[1] for x in e.mentions) <= sent[0]]
        if not prev or prev[-1].args.killed is None:
            continue
        if not _continuation(ctx, sent):
            continue
        e = prev[-1]
        killed = e.args.killed
        assert killed is not None  # checked above
        for n in ctx.numbers:
            if not (sent[0] <= n.start < sent[1]) or n.value is None or not n.noun:
                continue
            noun = {r for r, _ in clitic_candidates(_norm(n.noun), True)}
            if noun & w.children and killed.children is None:
                killed.children = int(n.value)
            elif noun & w.women and killed.women is None:
                killed.women = int(n.value)
        if sent not in e.spans:
            e.spans.append(sent)
    _other_side_dead(ctx, out)
    _reported_toll(ctx, out)
    out = _split_by_later_list(ctx, out)
    out = _summary_into_details(ctx, out)
    out = _two_targets_two_countries(ctx, out)
    _inherit_places(ctx, out)
    _statement_places(ctx, out)
    _inherit_dates(ctx, out)
    _happening_day(ctx, out)
    _national_forces(ctx, out)
    _announcing_forces(ctx, out)
    _forces_of_the_place(out)
    _country_as_forces(out)
    _no_monitor_sides(out)
    _speaker_not_actor(out)
    _state_speaker_of_bombing(ctx, out)
    _grounded_air_strike(ctx, out)
    _no_air_force(ctx, out)
    not_both_sides(out)
    _unclaimed_bombing(ctx, out)
    _coalition_by_country(out)
    out = _one_happening(out)
    _inherit_sources(ctx, out)
    _victims_as_target(ctx, out)
    _target_owner(ctx, out)
    _losing_side(ctx, out)
    _forces_struck(ctx, out)
    _forces_dead(ctx, out)
    _civilian_sites(ctx, out)
    _aid_receiver(ctx, out)
    _striker_in_the_document(out)
    _opponent_in_the_document(ctx, out)
    _territory_by_actor(out)
    _protesters_arrested(out)
    _protest_cause_toll(ctx, out)
    out = _arrests_of_the_protest(ctx, out)
    out = _one_protest(out)
    for d in out:
        if d.acled == ("Protests", "Peaceful protest"):
            # ACLED: nobody is killed in a peaceful protest (deaths by force make it another sub-type); a death told
            # with one is its cause or its background («وقفة … استنكاراً لمقتل الطفل»، «جنازة أم … سحقها السلم»)
            d.args.killed = None
    _civilian_toll(ctx, out)
    _condemned_perpetrator(ctx, out)
    out = _medical_aid(ctx, out)
    _unarmed_clash(ctx, out)
    not_both_sides(out)
    # a violent happening told only beside a war's toll («… حيث أسفرت المعارك عن مقتل أكثر من 3200 شخص»), with no
    # figure and no day of its own, is the war's background, not a happening
    # (so is one told only beside a sum of many days' dead: «ارتفاع العدد الإجمالي للقتلى إلى 3216 جراء غارات
    # التحالف … منذ سبتمبر 2014»)
    out = [d for d in out if d.cls not in ("violence", "territory") or d.args.killed is not None or _own_day(ctx, d)
           or not any(ctx.memo.get(("war_toll", m.sent)) or ctx.memo.get(("summed_toll", m.sent))
                      for m in d.mentions)]
    if _commemoration(ctx):
        # an anniversary article («مرور 70 عاماً على …»، «في ذكرى …»): violence told without a day of its own is the
        # remembered one, not a new happening
        out = [d for d in out if d.cls not in ("violence", "territory") or _own_day(ctx, d)]
    out = _to_come(ctx, out)
    return [d for d in out if not stale(ctx, d)]


def _to_come(ctx: DocContext, out: list[Draft]) -> list[Draft]:
    """Political interactions dated after the paper («… في السابع من سبتمبر المقبل»): a meeting, talks or a visit
    told by a noun are still to come (a plan, no event); a statement told by a past verb («ودعا إلى … في 30 يوليو
    الحالي») was made now, and the day it names is its content's, so it keeps the report's day."""
    if ctx.published is None:
        return out
    kept: list[Draft] = []
    for d in out:
        day = d.args.date.date_start if d.args.date is not None else None
        if d.cls != "political" or day is None or (day - ctx.published).days <= 1:
            kept.append(d)
            continue
        if all(m.pos == "noun" or m.tense != "past" for m in d.mentions):
            continue
        d.args.date = None
        kept.append(d)
    return kept


def _commemoration(ctx: DocContext) -> bool:
    """The title or the lead sentence marks an anniversary (ذكرى، مرور … عاما)."""
    cues = load_lexicon().cues["commemoration"]
    lead = ctx.text[ctx.sentences[0][0] : ctx.sentences[0][1]] if ctx.sentences else ""
    words = set(_norm((ctx.title or "") + " " + lead).split())
    return not cues.isdisjoint(words) or ("مرور" in words and bool(words & {"عاما", "عام", "سنه", "سنوات", "اعوام"}))


_SPAN_BOUNDS = frozenset(("حتي", "وحتي", "منذ", "ومنذ"))


def _own_day(ctx: DocContext, d: Draft) -> bool:
    """A precise date inside one of the draft's sentences (not a bound of a span: «منذ 23 سبتمبر 2014 وحتى فجر
    أمس»)."""
    return any(a <= x.start < b and x.precision == 1
               and _norm(ctx.text[x.start:x.end]).split()[0] not in _SPAN_BOUNDS
               and not any(_norm(ctx.text[p:q]) in _SPAN_BOUNDS for p, q, _ in _words(ctx, a, x.start, last=2))
               for a, b in {m.sent for m in d.mentions} for x in ctx.dates)


def _unarmed_clash(ctx: DocContext, out: list[Draft]) -> None:
    """«اندلعت اشتباكات في المسجد الأقصى» followed by «شبان … رشقوا الحجارة باتجاه الشرطة»: clashes in which no
    armed group takes part and stones or fire are thrown are a riot (ACLED: Riots, violent demonstration), not a
    battle between two organised armed sides."""
    lex = load_lexicon()
    unarmed = (5, 6, 7)
    for d in out:
        if d.acled != ("Battles", "Armed clash") or not all(m.trigger.id in _BATTLE_TRIGGERS for m in d.mentions):
            continue
        a1, a2 = d.args.actor1, d.args.actor2
        if (a1 is not None and a1.type not in unarmed) or (a2 is not None and a2.type != 1 and a2.type not in unarmed):
            continue
        k = d.mentions[0].sent_index
        sents = [ctx.sentences[j] for j in (k, k + 1) if 0 <= j < len(ctx.sentences)]
        crowd = lex.sets["protest_violence"] | lex.sets["crowd_words"]
        if any(not crowd.isdisjoint(chain.from_iterable(_sentence_readings(ctx, a, b))) for a, b in sents):
            d.acled = ("Riots", "Violent demonstration")
            d.plover = ("PROTEST", "riot")


_TERRITORY = ("Non-state actor overtakes territory", "Government regains territory")


def _territory_by_actor(out: list[Draft]) -> None:
    """ACLED names a change of territory by who gains it: government forces or their affiliates (inter code 1, or
    an armed group the lexicon affiliates with state forces: the Popular Resistance with the forces loyal to Hadi)
    regain territory, any other armed group overtakes it. The trigger word cannot tell (سيطر، استعاد, حرر are said
    of both)."""
    from marsad.actors.lexicon import lexicon

    lex = lexicon()
    for d in out:
        a1 = d.args.actor1
        if d.acled is None or d.acled[1] not in _TERRITORY or a1 is None or a1.type is None:
            continue
        side = lex.entry(a1.affiliation) if a1.affiliation and a1.type in (2, 3, 4) else None
        if a1.type == 1 or (side is not None and side.type == 1):
            d.acled = ("Battles", "Government regains territory")
        elif a1.type in (2, 3, 4):
            d.acled = ("Battles", "Non-state actor overtakes territory")


def _protesters_arrested(out: list[Draft]) -> None:
    """Protesters arrested («اعتقلت الشرطة عشرات المتظاهرين»، «عشرات المحتجين اعتقلوا بعدما عطلوا المرور») are
    ACLED's protest with intervention: the protesters are actor1, the forces that arrested them actor2."""
    for d in out:
        a1, a2 = d.args.actor1, d.args.actor2
        if d.acled is not None and d.acled[0] == "Battles" and d.acled[1] == "Armed clash" and any(
                x is not None and x.name.split(" (", 1)[0] == "Protesters" for x in (a1, a2)):
            # «اشتبكت الشرطة مع متظاهرين»: a clash between protesters and the forces is a violent demonstration
            # (ACLED's riots), the protesters actor1
            d.acled = ("Riots", "Violent demonstration")
            d.plover = ("PROTEST", "riot")
            if a2 is not None and a2.name.split(" (", 1)[0] == "Protesters":
                d.args.actor1, d.args.actor2 = a2, a1
            continue
        if d.acled != ("Strategic developments", "Arrests") or a2 is None or a2.name.split(" (", 1)[0] != "Protesters":
            continue
        d.acled = ("Protests", "Protest with intervention")
        d.plover = ("PROTEST", "intervention")
        d.args.actor1, d.args.actor2 = a2, d.args.actor1


def _protest_cause_toll(ctx: DocContext, out: list[Draft]) -> None:
    """«احتجاجات في ذكرى مرور عام على مقتل شاب»، «تظاهروا احتجاجا على مقتل ثلاثة»: the dead a protest is about (its
    cause, a few words after «احتجاجا»، «تنديدا»، «ذكرى») are not killed in it."""
    lex = load_lexicon()
    why = lex.cues["adverbial_accusatives"] | lex.cues["commemoration"]
    for d in out:
        k = d.args.killed
        if d.acled is None or d.acled[0] not in ("Protests", "Riots") or k is None or k.span is None:
            continue
        s0 = next((a for a, b in ctx.sentences if a <= k.span[0] < b), None)
        if s0 is None:
            continue
        if any(not why.isdisjoint(r) for _, _, r in _words(ctx, s0, k.span[0])[-6:]):
            d.args.killed = None


_PROTEST_RANK = {("Riots", "Violent demonstration"): 0, ("Protests", "Excessive force against protesters"): 1,
                 ("Protests", "Protest with intervention"): 2, ("Protests", "Peaceful protest"): 3}


def _one_protest(out: list[Draft]) -> list[Draft]:
    """«شهدت المدينة اليوم احتجاجات … واشتبكت الشرطة مع متظاهرين تجمعوا في شوارعها»: one protest told again with
    what happened in it (same place, no other day, at most two sentences on; one sentence when the place is only
    a country) is one event, typed by its most severe part (ACLED: a protest that turns violent is a riot)."""
    keep: list[Draft] = []
    for d in out:
        target = None
        if d.acled in _PROTEST_RANK:
            for e in reversed(keep):
                if e.acled not in _PROTEST_RANK:
                    continue
                if e.args.place is None or not _retold_close(e, d, 1 if _coarse(e.args.place) else 2):
                    continue
                target = e
                break
        if target is None:
            keep.append(d)
            continue
        if _PROTEST_RANK[d.acled] < _PROTEST_RANK[target.acled]:  # type: ignore[index]
            target.acled, target.plover = d.acled, d.plover
        a1 = target.args.actor1 or d.args.actor1
        a2 = target.args.actor2 or d.args.actor2
        target.args = _merge_args(target.args, d.args, later=True)
        target.args.actor1, target.args.actor2 = a1, a2
        _absorb(target, d)
    return keep


def _arrests_of_the_protest(ctx: DocContext, out: list[Draft]) -> list[Draft]:
    """«تجمع مئات احتجاجا على … واعتقلت الشرطة عددا منهم»، «… فرقت الشرطة المحتجين واعتقلت ثلاثة منهم»: arrests
    told after a protest, in its sentence or in the next one naming the protesters again, are the intervention
    in that protest (ACLED codes one event): the arrest joins the protest and the arresting force is its actor2."""
    lex = load_lexicon()
    protests = [d for d in out if d.acled is not None and d.acled[0] == "Protests"]
    if not protests:
        return out
    keep: list[Draft] = []
    for d in out:
        if d.acled != ("Strategic developments", "Arrests") or not d.mentions:
            keep.append(d)
            continue
        m = d.mentions[0]
        host = None
        for p in protests:
            pm = p.mentions[0]
            if pm.start >= m.start:
                continue
            if pm.sent == m.sent or (m.sent_index == pm.sent_index + 1 and any(
                    set(r) & lex.sets["protester_anaphors"] for r in _sentence_readings(ctx, *m.sent))):
                host = p
        if host is None:
            keep.append(d)
            continue
        if host.acled == ("Protests", "Peaceful protest"):
            host.acled = ("Protests", "Protest with intervention")
            host.plover = ("PROTEST", "intervention")
        if host.args.actor2 is None:
            host.args.actor2 = d.args.actor1
        host.spans += [s for s in d.spans if s not in host.spans]
    return keep


_VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _condemned_perpetrator(ctx: DocContext, out: list[Draft]) -> None:
    """A condemnation of a violent happening («أدان التفجير الإرهابي الذي استهدف مسجدا في أبها») accuses whoever
    carried it out: with no party named as its object, actor2 is the perpetrator of that happening as the
    document tells it (the violent event at the same place, or the document's only one), else ACLED's
    "Unidentified Armed Group (country)" of the place the condemned happening is told at. The evidence is the
    word naming the happening."""
    lex = load_lexicon()
    crimes = lex.cues["crime_nouns"]
    violent = [d for d in out if d.acled is not None and d.acled[0] in _VIOLENT_TYPES]
    targets = arg_words().target_verbs | arg_words().struck_words
    for d in out:
        if d.plover != ("ACCUSE", "condemn") or not d.mentions:
            continue
        m = d.mentions[0]
        s0, s1 = m.sent
        rows = [r for r in _words(ctx, m.end, s1) if r[0] - m.end < 240]  # (past a chain of titles)
        hit = next((r for r in rows if not crimes.isdisjoint(r[2])), None)
        if hit is None:
            continue
        a, b = hit[0], hit[1]
        x2 = d.args.actor2
        x1 = d.args.actor1
        if x2 is not None and x1 is not None and (x2.start == x1.start or (
                x2.kind in ("country", "state") and x2.country is not None and x2.country == x1.country)):
            x2 = d.args.actor2 = None  # («أدانت مملكة البحرين التفجير …»: the condemning state is not its own accused)
        # an actor2 told after a verb of targeting in the crime's description («الهجوم الذي استهدف مسجد قوات
        # الطوارئ») is its victim, not the accused: it gives way to the perpetrator
        if x2 is not None and not (x2.start > b and any(
                not targets.isdisjoint(r) for st, _, r in _words(ctx, b, x2.start))):
            continue
        after = [p for p in ctx.places if b <= p.start < s1 and p.place is not None]
        ids = {p.place.id for p in after if p.place is not None}
        same = [v for v in violent if v.args.place is not None and v.args.place.place is not None
                and v.args.place.place.id in ids]
        source = same[0] if same else (violent[0] if len(violent) == 1 else None)
        if source is not None and source.args.actor1 is not None:
            perp = source.args.actor1
            sp = source.args.place.place if source.args.place is not None else None
            if perp.name in _BY_COUNTRY and sp is not None and sp.country:
                # (a group named by country is named by the country of the happening, not of the one condemning
                # it: Bahrain condemning the Abha bombing accuses "Unidentified Armed Group (Saudi Arabia)")
                from marsad.places.gazetteer import country_name

                perp = replace(perp, name=f"{perp.name} ({country_name(sp.country)})")
            d.args.actor2 = perp
            continue
        where = source.args.place if source is not None and source.args.place is not None else (
            after[0] if after else None)
        if where is None or where.place is None:
            continue
        from marsad.places.gazetteer import country_name

        d.args.actor2 = ActorMention(a, b, ctx.text[a:b], f"Unidentified Armed Group ({country_name(where.place.country)})",
                                     3, where.place.country, "org", confidence=0.5)


def _medical_aid(ctx: DocContext, out: list[Draft]) -> list[Draft]:
    """«وصل 80 مصابا يمنيا إلى العاصمة الأردنية عمان لاستكمال علاجهم»: the wounded brought in for treatment are aid
    the host country gives (actor1 its government, the place its city) to civilians of the wounded's country
    (actor2; the evidence is the word that names their nationality)."""
    from marsad.places.gazetteer import country_name, country_of_adjective

    keep: list[Draft] = []
    for d in out:
        m = next((m for m in d.mentions if m.trigger.id == "wounded_arrive"), None)
        if m is None:
            keep.append(d)
            continue
        p = d.args.place
        # («وصل عدد المصابين إلى 210»: a count that reached a figure, no one brought in)
        head = _norm(ctx.text[m.end : m.sent[1]]).split()[:3]
        if p is None or p.place is None or any(w.lstrip("و") in arg_words().count_nouns for w in head):
            continue
        keep.append(d)
        host = p.place.country
        # the nationality of the wounded («80 مصابا يمنيا»), else a party of another country named with them
        # (the accusative «يمنيا» read as «يمني»)
        demonym = next(((a, b, cc) for a, b, _ in _words(ctx, m.end, m.sent[1])[:8]
                        if (cc := country_of_adjective(_norm(ctx.text[a:b]).removesuffix("ا"))) and cc != host), None)
        guest = next((x for x in (d.args.actor1, d.args.actor2) if x is not None and x.country and x.country != host),
                     None)
        d.args.actor1 = ActorMention(p.start, p.end, p.text, government_of(host), 1, host, "state",
                                     confidence=0.5)
        if demonym is not None:
            a, b, cc = demonym
            d.args.actor2 = ActorMention(a, b, ctx.text[a:b], f"Civilians ({country_name(cc)})", 7, cc, "generic",
                                         confidence=0.5)
        elif guest is not None and guest.country:
            d.args.actor2 = ActorMention(guest.start, guest.end, guest.text,
                                         f"Civilians ({country_name(guest.country)})", 7, guest.country, "generic",
                                         confidence=0.5)
        else:
            d.args.actor2 = None
    return keep



_BOMBINGS = frozenset(["Suicide bomb", "Remote explosive/landmine/IED"])
_AFTER_WORDS = frozenset(["بعد", "وبعد", "عقب", "غداه"])


def _victims_as_target(ctx: DocContext, out: list[Draft]) -> None:
    """An event with no actor2 takes the victims' side: the named group the dead belong to («قتل 6 من ميليشيات
    الحوثي»); in Violence against civilians, ACLED's actor2 is always the civilians (the civilian victims or
    targets named in the event's sentence give its evidence)."""
    lex = load_lexicon()
    civilian_words = lex.sets["civilian_targets"] | arg_words().civilians
    for d in out:
        a = d.args
        if a.actor2 is not None or d.cls != "violence":
            continue
        side = a.killed.side if a.killed is not None else None
        if side and not side.startswith("noun:") and "+" not in side and (a.actor1 is None or a.actor1.name != side):
            s0, s1 = d.mentions[0].sent
            x = next((x for x in ctx.actors if s0 <= x.start < s1 and x.name == side), None)
            if x is not None:
                a.actor2 = x
                continue
        # (a bombing that kills persons or civilians — «تفجير انتحاري … قتل أكثر من 100 شخص»، «… مقتل 20 مدنيا» — with
        # no soldier, policeman, fighter or force named in its sentence struck civilians)
        words = civilian_words
        if d.acled is not None and d.acled[0] == "Explosions/Remote violence" and d.acled[1] in _BOMBINGS \
                and a.killed is not None and a.killed.best:
            s0, s1 = d.mentions[0].segment or d.mentions[0].sent
            rows = [set(r) for _, _, r in _words(ctx, s0, s1)]
            reports = arg_words().report_cues
            # (the police or the army that tells the toll, «قالت الشرطة إن تفجيرا … قتل 100 شخص», is its source)
            if any(r & (lex.cues["person_victim_words"] | arg_words().civilians) for r in rows) and not any(
                    r & lex.cues["armed_victim_words"] and not (k and rows[k - 1] & reports)
                    for k, r in enumerate(rows)) and not any(
                    s0 <= x.start < s1 and x.type in (1, 2, 3, 4) and (a.actor1 is None or x.name != a.actor1.name) and _armed_party(ctx, x)
                    for x in ctx.actors):
                words = civilian_words | lex.cues["person_victim_words"]
            else:
                continue
        elif d.acled is not None and d.acled[0] == "Explosions/Remote violence":
            # (shells, missiles or bombs that fall on homes or kill civilians or persons — «قصفوا أحياء سكنية»،
            # «قتل 18 شخصا … في سقوط صاروخ»، «ما أوقع جرحى من المدنيين» — with no fighter, soldier or force other
            # than the striker named in its sentence: ACLED's target is the civilians)
            if not _civilians_struck(ctx, d, lex):
                continue
            words = civilian_words | lex.cues["person_victim_words"] | arg_words().civilian_target_words
        elif d.acled is None or d.acled[0] != "Violence against civilians":
            continue
        for s0, s1 in sorted({m.sent for m in d.mentions}):
            hit = next(((a0, b0) for a0, b0, r in _words(ctx, s0, s1) if set(r) & words), None)
            if hit is not None:
                a.actor2 = ActorMention(start=hit[0], end=hit[1], text=ctx.text[hit[0]:hit[1]], name="Civilians", type=7,
                                        country=a.place.place.country if a.place is not None and a.place.place else None,
                                        kind="generic")
                break


def _demonym(word: str) -> str | None:
    """The country of a demonym adjective, also in the indefinite accusative («تركيا» after «جنديا»: Turkish)."""
    from marsad.places.gazetteer import country_of_adjective

    code = country_of_adjective(word)
    if code is None and word.endswith("يا") and len(word) > 4:
        code = country_of_adjective(word[:-1])
    return code


def _forces_dead(ctx: DocContext, out: list[Draft]) -> None:
    """A violent event with no target whose dead are counted as soldiers or policemen («قتل جنديان تركيان وأصيب
    أربعة في تفجير …»، «مقتل ثلاثة شرطيين»): their army or police is actor2 — the state of a demonym right after the
    counted noun, else the country of the event's place (the evidence is the counted words)."""
    w = arg_words()
    for d in out:
        a, k = d.args, d.args.killed
        if d.cls != "violence" or a.actor2 is not None or k is None or k.span is None or d.acled is None:
            continue
        rows = _words(ctx, k.span[0], k.span[1] + 60)
        n = len(_words(ctx, k.span[0], k.span[1]))
        # (the counted word itself, not one with a pronoun: «مقتل احد جنودها» are another state's soldiers)
        head = next(((j, r) for j, (a0, b0, r) in enumerate(rows[:n])
                     if _norm(ctx.text[a0:b0]).lstrip("و").removeprefix("ال") in w.soldier_victims | w.police_victims),
                    None)
        if head is None:
            continue
        j, r = head
        nxt = _norm(ctx.text[rows[j + 1][0] : rows[j + 1][1]]) if j + 1 < len(rows) else ""
        police = bool(set(r) & w.police_victims) or nxt in ("شرطه", "الشرطه")  # («ضابطي شرطة»: police officers)
        template = "Police Forces of {country}" if police else "Military Forces of {country}"
        # (a demonym a few words on: «جنديان تركيان»، «جنود مشاة البحرية الأميركية»; also in the accusative «جنديا تركيا»)
        code = next((c for a0, b0, _ in rows[j + 1 : j + 5] if (c := _demonym(_norm(ctx.text[a0:b0])))), None)
        if code is None and a.place is not None and a.place.place is not None:
            code = a.place.place.country
        if code is None:
            continue
        name = template.format(country=acled_country(code))
        if a.actor1 is not None and a.actor1.name == name:
            continue  # (the striker's own dead: «قتل ثلاثة من جنودنا في الاشتباكات»)
        s0, s1 = rows[0][0], rows[min(len(rows), j + 1) - 1][1]
        a.actor2 = ActorMention(s0, s1, ctx.text[s0:s1], name, 1, code, "state", confidence=0.5)


def _civilian_toll(ctx: DocContext, out: list[Draft]) -> None:
    """The dead of violence against civilians, or of a strike or bombing whose target is the civilians (actor2), are
    civilians (ACLED's definition of the event): the toll's civilian count is its best figure when no other count of
    civilians was read («قتل عشرة من صيادي السمك»، «تسبب بمقتل 31 شخصا من سكان المدينة») and no soldier, policeman or
    fighter is named among the dead in the toll's sentence («قتل أربعة أشخاص بينهم عسكريان»)."""
    armed_words = load_lexicon().cues["armed_victim_words"]
    for d in out:
        k = d.args.killed
        if k is None or not k.best or k.civilians is not None or k.vague or d.acled is None:
            continue
        if k.span is not None:
            s1 = next((m.sent[1] for m in d.mentions if m.sent[0] <= k.span[0] < m.sent[1]), k.span[1])
            # (the counted noun and the three words after it: «أربعة أشخاص بينهم عسكريان»)
            n = len(_words(ctx, k.span[0], k.span[1])) + 3
            if any(set(r) & armed_words for _, _, r in _words(ctx, k.span[0], s1)[:n]):
                continue
        x2 = d.args.actor2
        if d.acled[0] == "Violence against civilians" or (
                d.acled[0] == "Explosions/Remote violence" and x2 is not None and x2.name.startswith("Civilians")):
            d.args.killed = replace(k, civilians=k.best)  # (a copy: a toll object may be shared by merged drafts)


def _armed_party(ctx: DocContext, x: ActorMention) -> bool:
    """An actor that can be a bombing's target other than civilians: not the source that reports it («قالت الشرطة
    إن تفجيرا … قتل 100 شخص»), not a person or a government that reacts to it («ندد الرئيس التركي بالهجوم»)."""
    if x.kind == "person" or x.name.startswith("Government of"):
        return False
    return not any(s.start <= x.start < s.end or x.start <= s.start < x.end for s in ctx.sources)


def _target_owner(ctx: DocContext, out: list[Draft]) -> None:
    """A violent event with a striker and no target named, whose sentence tells after the event word what was struck
    as a party's («استهدفت عربتين عسكريتين تابعتين لميليشيات الحوثي بعبوتين ناسفتين»، «هجوم … على أحياء تابعة لقوات
    النظام»: a word of belonging, then «لـ» and the party), struck that party: it is actor2 (an armed group or a
    state's forces, not the striker)."""
    w = arg_words()
    owner = w.owner_words
    later = w.day_before_words
    for d in out:
        a = d.args
        if d.cls != "violence" or a.actor1 is None or a.actor2 is not None or not d.mentions:
            continue
        m = d.mentions[0]
        # (what belongs to a party before the event word is the striker's own: «الطيران المروحي التابع لنظام الأسد
        # ألقى …»; a verb of targeting before it opens the target: «استهدفت عربتين تابعتين لـ X بعبوتين ناسفتين»)
        start = next((end for _s, end, r in _words(ctx, m.sent[0], m.start) if set(r) & w.target_verbs), m.end)
        rows = _words(ctx, min(start, m.end), m.sent[1])
        for k, (p, q, _r) in enumerate(rows[:-1]):
            if p >= m.end and set(_r) & later:
                break  # («ويأتي الهجوم غداة غارات … ضد مواقع تابعة لحزب العمال»: what another day's happening struck)
            if _norm(ctx.text[p:q]).lstrip("و") not in owner:
                continue
            nxt = rows[k + 1][0]
            x = next((x for x in ctx.actors if x.start in (nxt, nxt + 1, nxt + 2) and x.name != a.actor1.name
                      and x.type in (1, 2, 3, 4) and x.kind not in ("person", "country")), None)
            if x is not None and _norm(ctx.text[nxt : x.start]) in ("", "ل", "لل"):
                a.actor2 = x
                break


def _forces_struck(ctx: DocContext, out: list[Draft]) -> None:
    """A bombing, a shelling or a strike with no target named whose sentence names, after the event word, a site of
    the army or the police with no country («تفجير مسجد قوات الطوارئ»، «تفجير انتحاري استهدف مركزا للشرطة») struck
    those forces of the event's country (`national_target`)."""
    top: str | None = None
    counted = False
    for d in out:
        a = d.args
        if d.cls != "violence" or a.actor2 is not None or not d.mentions or d.acled is None \
                or d.acled[0] != "Explosions/Remote violence":
            # (ground taken at a forces' camp is taken from whoever held it; a clash at a police station is fought
            # by whoever held it too, and two attacks on two stations of one city on one day must stay apart when
            # their reports share no more than the police: bombings only)
            continue
        p = a.place
        if (p is None or p.place is None) and not counted:
            countries = doc_countries(ctx)  # (the country the document names most, for a bombing with no place)
            top, counted = (max(countries, key=lambda c: countries[c]) if countries else None), True
        country = p.place.country if p is not None and p.place is not None else top
        for m in d.mentions:
            x = national_target(ctx, m, country)
            if x is not None and (a.actor1 is None or a.actor1.name != x.name):
                a.actor2 = x
                break


def _losing_side(ctx: DocContext, out: list[Draft]) -> None:
    """A violent event with no target named, whose sentence goes on after the event word with a party's losses
    («معارك عنيفة دارت في المدينة، وأن ميليشيات الحوثي وصالح تكبدت خسائر فادحة»: the party and a verb of suffering
    right after it, or right before it; «قصفوا مواقعهم، ما أوقع خسائر مادية وبشرية في صفوف الحوثيين»: a noun of
    losses, then «في صفوف» and the party), was fought against that party: it is actor2 (an armed group or a state's
    forces other than the actor1). Losses told before the event word are another clause's."""
    w = arg_words()
    for d in out:
        a = d.args
        if d.cls != "violence" or a.actor2 is not None or not d.mentions:
            continue
        m = d.mentions[0]
        rows = _words(ctx, m.end, m.sent[1])
        for x in ctx.actors:
            if not (m.end <= x.start < m.sent[1]) or x.type not in (1, 2, 3, 4) or x.kind in ("person", "country") \
                    or (a.actor1 is not None and x.name == a.actor1.name):
                continue
            after = [(p, r) for p, _q, r in rows if p >= x.end][:3]
            before = [(q, r) for _p, q, r in rows if q <= x.start][-6:]
            lost = any(set(r) & w.loss_verbs and not _punct_between(ctx, x.end, p) for p, r in after)
            lost = lost or (bool(before) and bool(set(before[-1][1]) & w.loss_verbs)
                            and not ctx.text[before[-1][0] : x.start].strip(" "))
            ranks = [k for k, (_q, r) in enumerate(before) if set(r) & w.loss_nouns]
            lost = lost or (bool(ranks) and any(set(r) & w.loss_ranks for _q, r in before[ranks[-1] + 1 :]))
            if lost:
                a.actor2 = x
                break


def _punct_between(ctx: DocContext, a: int, b: int) -> bool:
    return any(ch in "،,.؛;:" for ch in ctx.text[a:b])


def _civilian_sites(ctx: DocContext, out: list[Draft]) -> None:
    """A bombing, shelling or strike still with no target once the parties of its sentence are read, whose event word
    is followed within eight words by a civilian place — «فجر انتحاري سترته الناسفة داخل سوق»، «قصفوا مستشفى المدينة»،
    «تفجيرين استهدفا محطتي حافلات» (`civilian_sites`; not a word of a place's name, «سوق وادي بردى») — with no armed
    party, fighter or force named in its sentence: ACLED's target is the civilians (the place word is the evidence)."""
    lex = load_lexicon()
    sites = arg_words().civilian_sites
    for d in out:
        if d.args.actor2 is not None or d.acled is None or d.acled[0] != "Explosions/Remote violence":
            continue
        m = d.mentions[0]
        s0, s1 = m.segment or m.sent
        named = [(p.start, p.end) for p in ctx.places if s0 <= p.start < s1]
        hit = next(((a0, b0) for a0, b0, r in _words(ctx, m.end, s1)[:8]
                    if sites.intersection(r) and not any(p0 <= a0 < p1 for p0, p1 in named)), None)
        if hit is None or not _civilians_struck(ctx, d, lex, sites):
            continue
        place = d.args.place
        d.args.actor2 = ActorMention(start=hit[0], end=hit[1], text=ctx.text[hit[0]:hit[1]], name="Civilians", type=7,
                                     country=place.place.country if place is not None and place.place else None,
                                     kind="generic")


def _civilians_struck(ctx: DocContext, d: Draft, lex: Lexicon, extra: frozenset[str] = frozenset()) -> bool:
    """Whether a remote-violence event's sentences name civilian victims or homes (or one of ``extra``), or persons
    among its dead or wounded, and no armed party other than the striker (words inside the striker's mentions and
    inside the sources that tell it do not count)."""
    a = d.args
    s0, s1 = d.mentions[0].segment or d.mentions[0].sent
    own = [(x.start, x.end) for x in ctx.actors
           if s0 <= x.start < s1 and a.actor1 is not None and x.name == a.actor1.name]
    if a.actor1 is not None:
        own.append((a.actor1.start, a.actor1.end))
    own += [(x.start, x.end) for x in ctx.sources if s0 <= x.start < s1]  # («بحسب … عدد من السكان»: who tells it)
    if any(s0 <= x.start < s1 and x.type in (1, 2, 3, 4) and (a.actor1 is None or x.name != a.actor1.name)
           for x in ctx.actors):
        return False
    rows = [set(r) for p, q, r in _words(ctx, s0, s1) if not any(o0 <= p < o1 for o0, o1 in own)]
    armed = lex.cues["armed_victim_words"] | lex.sets["armed_words"]
    if any(r & armed for r in rows):
        return False  # (positions, barracks, fighters: an armed target)
    civil = arg_words().civilians | arg_words().civilian_target_words | extra
    if any(r & civil for r in rows):
        return True
    hurt = (a.killed is not None and a.killed.best) or (a.injured is not None and a.injured.best)
    return bool(hurt) and any(r & lex.cues["person_victim_words"] for r in rows)


def _aid_receiver(ctx: DocContext, out: list[Draft]) -> None:
    """Aid goes to a state or to a country's people (ACLED and PLOVER: the population that receives it). An AID
    interaction with no receiver, or with one that is the giver's own (same country, same name) or an armed group
    (named as what the aid is to face: «لمواجهة … هجوم تنظيم داعش»), takes the state named after «إلى/لـ» in its
    sentence («قدم صندوق النقد مساعدة إلى العراق»), else the civilians of the country where the aid arrives, when
    that is not the giver's (evidence: the place; low confidence)."""
    from marsad.places.gazetteer import country_name

    for d in out:
        if d.plover is None or d.plover[0] != "AID":
            continue
        a1, a2 = d.args.actor1, d.args.actor2
        giver = a1.country if a1 is not None else None
        if a2 is not None and not (a2.type in (2, 3) or (giver is not None and a2.country == giver)
                                   or (a1 is not None and a2.name == a1.name)):
            continue
        m = d.mentions[0]
        s1 = m.sent[1]
        state = next((x for x in ctx.actors if m.end <= x.start < s1 and x.kind in ("country", "state")
                      and x.country and x.country != giver and (
                          _preceded_by(ctx, x.start, arg_words().receiver_preps, m.sent[0], 1)
                          or _actor_prefix(ctx, x).endswith("ل"))), None)
        if state is None:
            # (a country named as a place: «إلى العراق»)
            pm = next((p for p in ctx.places if m.end <= p.start < s1 and p.place is not None
                       and p.place.kind == "country" and p.place.country and p.place.country != giver
                       and _preceded_by(ctx, p.start, arg_words().receiver_preps, m.sent[0], 1)), None)
            if pm is not None and pm.place is not None and pm.place.country:
                state = ActorMention(pm.start, pm.end, ctx.text[pm.start : pm.end], country_name(pm.place.country), 1,
                                     pm.place.country, "country", confidence=0.5)
        if state is not None:
            d.args.actor2 = state
            continue
        where = d.args.place
        here = where.place.country if where is not None and where.place is not None else None
        if where is None or here is None or here == giver:
            continue
        d.args.actor2 = ActorMention(where.start, where.end, ctx.text[where.start : where.end],
                                     f"Civilians ({country_name(here)})", 7, here, "generic", confidence=0.4)


def _striker_in_the_document(out: list[Draft]) -> None:
    """An air strike told with no striker («استهدفت غارات جوية مواقع …») is by the party the same document names
    carrying out its other air strikes, when that is always the same one (a coalition, a state's air force); the
    evidence is its mention in the other strike, the confidence low."""
    air = ("Explosions/Remote violence", "Air/drone strike")
    by: dict[str, ActorMention] = {}
    told: list[int] = []  # the sentences of the named striker's strikes
    for d in out:
        x = d.args.actor1
        if d.acled == air and x is not None and x.type in (1, 8) and x.kind != "person":
            by.setdefault(x.name, x)
            told += [m.sent_index for m in d.mentions]
    if len(by) != 1:
        return
    striker = replace(next(iter(by.values())), confidence=0.4)
    for d in out:
        # (told next to one of its strikes, at most two sentences away: further on, another air force may be meant
        # — a story of Turkish strikes that turns to helicopters over Daraa)
        if d.acled == air and d.args.actor1 is None and (d.args.actor2 is None or d.args.actor2.name != striker.name) \
                and any(abs(m.sent_index - k) <= 2 for m in d.mentions for k in told):
            d.args.actor1 = striker


def _opponent_in_the_document(ctx: DocContext, out: list[Draft]) -> None:
    """A fight told with one side only («سيطرت المقاومة على حي …»، «شن طيران التحالف غارات على مواقع في …») is
    against the side the same document tells that party fighting elsewhere: the other party of the document's
    violent events with both sides named, when it is always the same one (ACLED's Battles always have two
    sides; so do air strikes by a state or a coalition). The filled side is an armed party of the event's country
    (not an ally of the one named); the evidence is its mention in the other event; the confidence is low. When no
    event names both sides, a battle (either side missing) or a state's strike (target missing) takes the armed
    party of its country that the document names most, at least twice and twice as often as any other."""
    both = [d for d in out if d.cls in ("violence", "territory") and d.args.actor1 is not None
            and d.args.actor2 is not None]

    def allied(x: ActorMention, y: ActorMention) -> bool:
        return x.name == y.name or (x.affiliation is not None and x.affiliation in (y.affiliation, y.name)) \
            or y.affiliation == x.name

    for d in out:
        a = d.args
        if d.cls not in ("violence", "territory") or d.acled is None or (a.actor1 is None) == (a.actor2 is None):
            continue
        strike = d.acled == ("Explosions/Remote violence", "Air/drone strike") and a.actor1 is not None \
            and a.actor1.type in (1, 8)
        if d.acled[0] != "Battles" and not strike:
            continue  # (a bomb or a shell with one side named may have struck anyone: civilians often)
        known = a.actor1 or a.actor2
        assert known is not None  # (one side is named)
        here = a.place.place.country if a.place is not None and a.place.place is not None else None
        fill_first = a.actor1 is None
        seen: dict[str, ActorMention] = {}
        for e in both:
            x1, x2 = e.args.actor1, e.args.actor2
            assert x1 is not None and x2 is not None
            other = x2 if x1.name == known.name else x1 if x2.name == known.name else None
            if other is None or allied(other, known):
                continue
            if other.type not in ((1, 2, 3, 8) if fill_first else (1, 2, 3)):
                continue  # (a foreign coalition striking a group is not who that group fights on the ground)
            if here and other.country and other.country != here and other.type != 8:
                continue
            seen.setdefault(other.name, other)
        if not seen and here and (d.acled[0] == "Battles" or (strike and not fill_first)):
            # no fight of the document names both sides: the armed party of the country the document names
            # most, when it outweighs every other one at least twice («سيطرت المقاومة على …» in a report that
            # names the Houthis throughout)
            counts: dict[str, list[ActorMention]] = {}
            for x in ctx.actors:
                # (an armed party: not a person, a country or a government body; a state's forces are one side
                # with its other forces; a group with no country of its own, as the Islamic State, may be it)
                if x.type not in (1, 2, 3) or x.kind in ("country", "person") or x.name.startswith("Government of") \
                        or allied(x, known) or (x.type == known.type == 1 and x.country == known.country) \
                        or not (x.country == here or (x.country is None and x.type in (2, 3))):
                    continue
                counts.setdefault(x.name, []).append(x)
            ranked = sorted(counts.values(), key=len, reverse=True)
            if ranked and len(ranked[0]) >= 2 and (len(ranked) == 1 or len(ranked[0]) >= 2 * len(ranked[1])):
                seen[ranked[0][0].name] = ranked[0][0]
        if len(seen) > 1:  # unnamed gunmen in one fight do not outweigh the party named in the others
            seen.pop("Unidentified Armed Group", None)
        if len(seen) != 1:
            continue  # no other side told, or several: none is the one
        other = replace(next(iter(seen.values())), confidence=0.4)
        if fill_first:
            if d.acled[0] == "Battles":  # (a strike with no striker named keeps it unnamed)
                a.actor1 = other
        else:
            a.actor2 = other


def _admin1_of(p: PlaceMention) -> str | None:
    pl = p.place
    if pl is None or pl.kind in ("country", "region"):
        return None
    return pl.admin1 or (pl.name if pl.kind in ("admin1", "capital") else None)


def _by_location(places: list[PlaceMention]) -> dict[str, PlaceMention]:
    """The distinct locations of a list of places (ACLED: one event per location and day): each named town or
    district once; a first-level division only when no place of the list lies inside it."""
    towns: dict[str, PlaceMention] = {}
    divisions: dict[str, PlaceMention] = {}
    for p in places:
        pl = p.place
        if pl is None or pl.kind in ("country", "region"):
            continue
        if pl.kind == "admin1":
            divisions.setdefault(pl.admin1 or pl.name, p)
        elif pl.admin1:
            towns.setdefault(pl.id, p)
    inside = {p.place.admin1 for p in towns.values() if p.place is not None}
    return {**towns, **{a1: p for a1, p in divisions.items() if a1 not in inside}}


def _split_by_later_list(ctx: DocContext, out: list[Draft]) -> list[Draft]:
    """«نفذ طيران التحالف 9 غارات في سوريا … و22 غارة بالعراق. وأفاد البيان أن الغارات استهدفت مواقع في الحسكة والرقة
    في سوريا، وقرب كركوك وسنجار … في العراق»: the strikes just told at country level took place at the places the
    next sentence lists after a definite anaphor; ACLED codes one event per location, so the country-level event(s)
    become one event per location listed in the countries they named (the toll stays with the first)."""
    lex = load_lexicon()
    told = {m.sent for d in out for m in d.mentions}
    for k, sent in enumerate(ctx.sentences):
        if sent in told or k == 0:
            continue
        near = {ctx.sentences[j] for j in range(max(0, k - 2), k)}
        prior = [d for d in out if d.cls == "violence" and d.acled and d.acled[0] == "Explosions/Remote violence"
                 and any(m.sent in near for m in d.mentions)
                 and (d.args.place is None or _admin1_of(d.args.place) is None)]
        if not prior:
            continue
        rows = _sentence_readings(ctx, sent[0], sent[1])
        if lex.sets["strike_anaphors"].isdisjoint(chain.from_iterable(rows)):
            continue
        spans = {sp for d in prior for sp in d.spans} | {m.sent for d in prior for m in d.mentions}
        countries = {p.place.country for p in ctx.places if p.place is not None and any(a <= p.start < b for a, b in spans)}
        listed = [p for p in place_candidates(ctx, sent[0], sent[1]) if p.place is not None]
        # (a summary naming no country is placed by the list alone)
        groups = _by_location([p for p in listed if p.place is not None and (not countries or p.place.country in countries)])
        if len(groups) < 2:
            continue
        first = prior[0]
        for d in prior[1:]:
            first.mentions += [m for m in d.mentions if all(m is not x for x in first.mentions)]
            first.spans += [sp for sp in d.spans if sp not in first.spans]
            first.names |= d.names
        split = []
        # («وأوضح أن أربعا من تلك الضربات شنت يوم الأحد قرب …»: the list tells the strikes' own day;
        # the summary's may be the statement's)
        own_day = next((x for x in ctx.dates if sent[0] <= x.start < sent[1] and x.precision == 1
                        and x.date_start is not None and x.kind not in ("since", "year", "span", "month")), None)
        for j, p in enumerate(groups.values()):
            args = replace(first.args, place=p, sources=list(first.args.sources), date=own_day or first.args.date)
            if j > 0:
                args.killed = args.injured = None
            split.append(replace(first, args=args, mentions=list(first.mentions), spans=list(first.spans) + [sent],
                                 names=set(first.names)))
        gone = {id(d) for d in prior}
        at = next(i for i, d in enumerate(out) if d is first)
        out = [d for d in out[:at] if id(d) not in gone] + split + [d for d in out[at:] if id(d) not in gone]
    return out


def _two_targets_two_countries(ctx: DocContext, out: list[Draft]) -> list[Draft]:
    """«وواصلت المقاتلات التركية قصف أهداف لداعش في سوريا ولحزب العمال الكردستاني في شمال العراق»: one strike verb
    whose objects are two armed groups each followed by its own country tells two happenings (ACLED: one event per
    location and target); each takes its group as actor2 and its country's place (the first keeps the toll)."""
    result: list[Draft] = []
    for d in out:
        sents = {m.sent for m in d.mentions}
        if d.cls != "violence" or d.acled is None or d.acled[0] != "Explosions/Remote violence" or len(sents) != 1:
            result.append(d)
            continue
        s0, s1 = next(iter(sents))
        end = max(m.end for m in d.mentions)
        xs = [x for x in ctx.actors if end <= x.start < s1 and x.type in (1, 2, 3)
              and (d.args.actor1 is None or x.name != d.args.actor1.name)]
        ps = [p for p in ctx.places if end <= p.start < s1 and p.place is not None]
        pairs: list[tuple[ActorMention, PlaceMention]] = []
        last = end
        for p in ps:
            group = [x for x in xs if last <= x.start < p.start]
            if len(group) == 1:
                pairs.append((group[0], p))
            last = p.end
        if len(pairs) != 2 or pairs[0][0].name == pairs[1][0].name or pairs[0][1].place is None \
                or pairs[1][1].place is None or pairs[0][1].place.country == pairs[1][1].place.country:
            result.append(d)
            continue
        for j, (x, p) in enumerate(pairs):
            args = replace(d.args, actor2=x, place=p, sources=list(d.args.sources))
            if j:
                args.killed = args.injured = None
            result.append(replace(d, args=args, mentions=list(d.mentions), spans=list(d.spans), names=set(d.names)))
    return result


def _summary_into_details(ctx: DocContext, out: list[Draft]) -> list[Draft]:
    """«شنت طائرات التحالف أمس تسع غارات على مواقع التنظيم في سوريا والعراق. ونفذت خمسا منها قرب كركوك وداقوق
    …»: strikes told at country level and then, in the next sentences, strike by strike at named towns of
    the countries the summary named are the detailed ones (ACLED codes one event per location, none at country
    level); the summary lends them what they do not tell (who struck whom, the day, the sources, its evidence)
    and is no event of its own."""
    sents = ctx.sentences
    heads = [a for a, _ in sents]

    def at(m: EventMention) -> int:  # the sentence a mention is in (a mention's own span may be a part of it)
        return bisect_right(heads, m.start) - 1

    gone: set[int] = set()
    for summary in out:
        if summary.cls != "violence" or not summary.acled or summary.acled[0] != "Explosions/Remote violence" \
                or (summary.args.place is not None and _admin1_of(summary.args.place) is not None):
            continue
        ks = [at(m) for m in summary.mentions]
        k = max(ks)
        spans = {sents[j] for j in ks}
        countries = {p.place.country for p in ctx.places if p.place is not None and p.place.kind == "country"
                     and any(a <= p.start < b for a, b in spans)}
        details = [d for d in out if d is not summary and id(d) not in gone and d.cls == "violence"
                   and d.acled == summary.acled and d.args.place is not None and _admin1_of(d.args.place) is not None
                   and d.args.place.place is not None and d.args.place.place.country in countries
                   and all(k < at(m) <= k + 3 for m in d.mentions)
                   and not (d.args.date is not None and summary.args.date is not None
                            and d.args.date.date_start != summary.args.date.date_start and d.args.date.precision == 1
                            and summary.args.date.precision == 1
                            and not _report_day(ctx, summary))]
        if not details:
            continue
        toll = summary.args.killed is not None and all(d.args.killed is None for d in details)
        for j, d in enumerate(details):
            a = d.args
            d.args = replace(a, actor1=a.actor1 or summary.args.actor1, actor2=a.actor2 or summary.args.actor2,
                             date=a.date or summary.args.date,
                             killed=summary.args.killed if toll and j == 0 else a.killed,
                             injured=a.injured if not toll or j else (a.injured or summary.args.injured),
                             sources=a.sources + [x for x in summary.args.sources if x not in a.sources])
            d.spans = [sp for sp in summary.spans + [m.sent for m in summary.mentions] if sp not in d.spans] + d.spans
            d.names |= summary.names
        gone.add(id(summary))
    return [d for d in out if id(d) not in gone]


def _other_side_dead(ctx: DocContext, out: list[Draft]) -> None:
    """«… أسفرت عن مقتل 11 متمرداً. وقال المركز إن اثنين من مقاتلي المقاومة استشهدا خلال المواجهات»: the next
    sentence, telling no event of its own, counts the other side's dead of the fighting just told (a definite
    anaphor): ACLED counts every side, so they add to that event's toll."""
    lex = load_lexicon()
    told = {m.sent for d in out for m in d.mentions}
    by_end = {max(x.sent[1] for x in e.mentions): e for e in out if e.cls == "violence" and e.args.killed is not None}
    for k, sent in enumerate(ctx.sentences[1:], 1):
        e = by_end.get(ctx.sentences[k - 1][1])
        if e is None or sent in told:
            continue
        if lex.sets["fight_anaphors"].isdisjoint(chain.from_iterable(_sentence_readings(ctx, sent[0], sent[1]))):
            continue
        killed, _ = find_tolls(ctx, sent)
        mine = e.args.killed
        if killed and killed.best and mine and mine.best and killed.side and other_side(mine.side, killed.side):
            e.args.killed = add_tolls(mine, killed)
            if sent not in e.spans:
                e.spans.append(sent)


def _reported_toll(ctx: DocContext, out: list[Draft]) -> None:
    """«… أن مواجهات عنيفة دارت داخل المدينة بين الثوار وبقايا المتمردين. وأضافت أن 12 حوثيا سقطوا قتلى أمس»:
    the next sentence, the same source going on («وأضاف»، «وتابعت») with no event word of its own and no other
    place, gives the toll (and the day) of the violent event just told, when that event has none."""
    lex = load_lexicon()
    goes_on = lex.cues["reporting_continuation"]
    told = {m.sent for d in out for m in d.mentions}
    by_end = {max(x.sent[1] for x in e.mentions): e for e in out if e.cls == "violence" and e.args.killed is None}
    for k, sent in enumerate(ctx.sentences[1:], 1):
        e = by_end.get(ctx.sentences[k - 1][1])
        if e is None:
            continue
        # (a bare «قتلوا»، «قتل» in it is the toll's verb, not another happening: its draft joins the event)
        bare = [d for d in out if d is not e and d.mentions and d.rule.startswith("generic") and all(
            m.sent == sent and m.trigger.id == "kill" for m in d.mentions)]
        if sent in told and (len(bare) != 1 or any(m.sent == sent for d in out if d not in bare for m in d.mentions)):
            continue
        head = _sentence_readings(ctx, sent[0], min(sent[1], sent[0] + 30))[:2]
        if not any(goes_on.intersection(r) for r in head):
            continue
        own = e.args.place.place.id if e.args.place is not None and e.args.place.place is not None else None
        if any(sent[0] <= p.start < sent[1] and p.place is not None and p.place.id != own for p in ctx.places):
            continue
        killed, injured = find_tolls(ctx, sent)
        if killed is None or not killed.best:
            continue
        if bare and sent in told:
            out.remove(bare[0])
            e.mentions += bare[0].mentions
        e.args.killed = killed
        if e.args.injured is None and injured is not None:
            e.args.injured = injured
        if e.args.date is None:
            e.args.date = next((d for d in ctx.dates if sent[0] <= d.start < sent[1] and d.date_start is not None), None)
        if sent not in e.spans:
            e.spans.append(sent)


def _speaker_as_source(out: list[Draft]) -> None:
    """A statement (accusing, rejecting, calling, threatening, supporting) told with no attribution is reported by
    the party that makes it («رفضت الخارجية الأميركية أي تعاون مع …»: the State Department says so): its actor1,
    named in the statement's own sentence, is its source."""
    for d in out:
        a1 = d.args.actor1
        if d.cls != "political" or d.plover is None or d.plover[0] not in _STATEMENTS or d.args.sources \
                or a1 is None or d.args.actor1_rank < RANK_SYNTAX or a1.kind in ("country", "generic") \
                or not any(m.sent[0] <= a1.start < m.sent[1] for m in d.mentions):
            continue
        kind = "official" if a1.kind == "person" else "named"
        d.args.sources = [SourceMention(a1.start, a1.end, a1.text, a1.name, kind)]


def _paragraph_source(ctx: DocContext, d: Draft) -> list[SourceMention]:
    """An event told without an attribution in its own sentence is told on the word of the source its paragraph
    names next («قصف الطيران مواقع … . وذكرت مصادر محلية أن …»), else the one the paragraph named last before it;
    a source that says nothing of whose it is («مصادر») does not count."""
    s0, s1 = min(d.mentions, key=lambda m: m.start).sent
    p0 = ctx.text.rfind("\n", 0, s0) + 1
    p1 = ctx.text.find("\n", s1)
    p1 = len(ctx.text) if p1 < 0 else p1
    named = [x for x in ctx.sources if x.name not in GENERIC_SOURCES]
    after = [x for x in named if s1 <= x.start < p1]
    before = [x for x in named if p0 <= x.start < s0]
    return after[:1] or before[-1:]


def _inherit_sources(ctx: DocContext, out: list[Draft]) -> None:
    """An event told without an attribution in its own sentences takes the sources of its other evidence
    sentences, else the source its paragraph names (`_paragraph_source`), else the article's main attributed source
    (the one named most often; the first on ties)."""
    _speaker_as_source(out)
    if not ctx.sources:
        return
    freq: dict[str, int] = {}
    first: dict[str, SourceMention] = {}
    # (an outlet told as the one a source spoke to, «مصادر محلية لـ«الشرق الأوسط»», shares its cue with that source
    # and recurs with every one of them: it does not count towards the main source, who speaks)
    spoke = {x.cue_start for x in ctx.sources if x.kind != "media" and x.cue_start is not None}
    for x in [x for x in ctx.sources if not (x.kind == "media" and x.cue_start in spoke)] or ctx.sources:
        freq[x.name] = freq.get(x.name, 0) + 1
        first.setdefault(x.name, x)
    main = max(first.values(), key=lambda x: (freq[x.name], -x.start))
    for d in out:
        if d.args.sources:
            continue
        spans = set(d.spans) | {m.sent for m in d.mentions}
        own = [x for x in ctx.sources if any(a <= x.start < b for a, b in spans)]
        d.args.sources = own or _paragraph_source(ctx, d) or ([main] if d.cls in _PLACED else [])
    # a person speaking for an organisation (مدير المرصد رامي عبد الرحمن, the minister X): the organisation
    # is the source ACLED names; it is added after the person (same span)
    persons = {(x.start, x.end): x.affiliation for x in ctx.actors if x.kind == "person" and x.affiliation}
    for d in out:
        names = {x.name for x in d.args.sources}
        extra = []
        for x in d.args.sources:
            org = persons.get((x.start, x.end))
            if org and org not in names:
                names.add(org)
                extra.append(replace(x, name=org, kind="named"))
        d.args.sources = d.args.sources + extra


def _opens_pluperfect(ctx: DocContext, sent: tuple[int, int]) -> bool:
    """The sentence opens with «كان/وكانت …» (background told in the pluperfect)."""
    first = _sentence_readings(ctx, sent[0], min(sent[1], sent[0] + 12))[:1]
    return bool(first) and bool(set(first[0]) & _KANA_OPENERS)


_KANA_OPENERS = frozenset(["كان", "كانت", "كانوا"])


def stale(ctx: DocContext, d: Draft) -> bool:
    """A happening dated well before publication (more than `stale_days`) is an earlier event retold as
    background (the Suruç bombing recalled two weeks later), not a report."""
    own_day = d.args.date is not None and bool(d.args.date.text) and any(
        m.sent[0] <= d.args.date.start < m.sent[1] for m in d.mentions)
    if d.cls == "political" and ctx.published is not None and not own_day:
        # «وكانت سيول هددت في عام 2010 …، وردت بيونغ يانغ بالتهديد …»: an interaction with no day of its own, in a
        # sentence dated a year or more before the paper, is history retold
        # (the old date told before the interaction, in its clause or in a sentence opening in the pluperfect
        # «وكان/وكانت»: «ناشدت الحكومة … منذ فقدت العاصمة قبل عام» keeps its appeal)
        if any(x.date_end is not None and (ctx.published - x.date_end).days >= 365 and x.start < m.start
               and (m.clause[0] <= x.start or _opens_pluperfect(ctx, m.sent))
               and m.sent[0] <= x.start for x in ctx.dates for m in d.mentions):
            return True
        if all(_opens_pluperfect(ctx, m.sent) and m.pos == "verb" and not any(
                m.sent[0] <= x.start < m.sent[1] for x in ctx.dates) for m in d.mentions):
            # «وكان الوزير الأسبق انتقد أداء …»: an interaction told in the pluperfect with no day in its sentence
            # is background to the news, not news
            return True
    day = d.args.date.date_start if d.args.date is not None else None
    if d.args.date is not None and d.args.date.kind == "span" and d.args.date.date_end is not None:
        day = d.args.date.date_end  # «نهاية يوليو» in a paper of 7 August: recent enough to be its news
    if ctx.published is None or day is None:
        return False
    if (day - ctx.published).days > 1 and d.cls != "political" and d.args.date is not None \
            and not re.search(r"\d{4}", d.args.date.text or "") and all(m.tense != "imperf" for m in d.mentions):
        # «فضت قوات الأمن الاعتصام يوم 14 أغسطس» in a paper of 11 August: a day and month with no year, after
        # the paper's date, told in the past, is last year's: retold history
        return True
    if (day - ctx.published).days >= 1 and d.cls != "political" and d.args.date is not None \
            and d.args.date.kind != "span" and not re.search(r"\d", d.args.date.text or ""):
        return True  # «تظاهرة في ساحة التحرير مساء غد»: dated after the paper by a relative word, still to come
    if (ctx.published - day).days <= arg_words().stale_days:
        return False
    # the story's own happening, first made public now («قال البنتاغون اليوم إن غارة … قتلت» and, further on,
    # «في ضربة وقعت في 11 يوليو»): told in the lead sentence with its exact day, it is reported, not retold
    lead = _lead_sentence(ctx)
    return not (lead is not None and d.cls != "political" and d.args.date is not None and d.args.date.precision == 1
                and (ctx.published - day).days <= 6 * arg_words().stale_days
                and any(lead[0] <= m.start < lead[1] for m in d.mentions))


def _lead_sentence(ctx: DocContext) -> tuple[int, int] | None:
    """The first sentence that is not a byline or a dateline of a few words."""
    for a, b in ctx.sentences[:3]:
        if len(ctx.text[a:b].split()) >= 8:
            return a, b
    return None


_PLACED = ("violence", "protest", "arrest")
_VENUE_KM = 1000.0  # a main place this far from every placed violent happening of the article can be a venue abroad


def _inherit_places(ctx: DocContext, out: list[Draft]) -> None:
    """A happening told without its place takes the article's main place (same country only); so does one
    whose only place is a lone homonym abroad (بيتا in a Nigerian story, براك in an Afghan one)."""
    countries = doc_countries(ctx)

    def stray(p: PlaceMention) -> bool:
        return is_stray(p, countries)

    if not any(d.cls in _PLACED and (d.args.place is None or _coarse(d.args.place) or stray(d.args.place)) for d in out):
        return
    lines = _datelines(ctx)
    if len({p.place.id for p in lines if p.place is not None}) >= 2:
        # a round-up of agency items (several datelines): each item's own dateline is its fallback place
        for d in out:
            if d.cls not in _PLACED or not d.mentions:
                continue
            p = d.args.place
            at = d.mentions[0].start
            line = next((x for x in reversed(lines) if x.start < at), None)
            if line is None or line.place is None:
                continue
            if p is None or (_coarse(p) and p.place is not None and p.place.country == line.place.country):
                d.args.place = line
        return
    mp = main_place(ctx)
    if mp is None or mp.place is None:
        _country_fallback(ctx, out)
        return
    nationwide = arg_words().nationwide_heads
    # the main place is a venue abroad when the article places its violence only in other countries (a president
    # speaking in Washington about bombings in Cameroon and Nigeria): a violent happening without a place is not
    # there; it takes a country as below (_country_fallback)
    violent = [d.args.place.place for d in out if d.cls == "violence" and d.args.place is not None
               and d.args.place.place is not None and not stray(d.args.place)]
    mpp = mp.place
    venue_abroad = bool(violent) and all(
        q.country != mpp.country and (None in (q.lat, mpp.lat) or _km(q, mpp) > _VENUE_KM) for q in violent) and any(
        d.cls == "political" and d.args.place is not None and d.args.place.place is not None
        and d.args.place.place.id == mp.place.id for d in out)  # (where the article's talks or statements were held)
    for d in out:
        if d.cls not in _PLACED:
            continue
        p = d.args.place
        if p is not None and p.place is not None and p.place.kind == "country" \
                and _preceded_by(ctx, p.start, nationwide, d.mentions[0].sent[0], 1):
            continue  # «اعتقلت الشرطة في جميع أنحاء تركيا 590 شخصا»: the whole country, not the article's city
        if p is None and venue_abroad and d.cls == "violence":
            continue
        if p is None or (_coarse(p) and p.place is not None and p.place.country == mp.place.country) or (
                stray(p) and p.place is not None and p.place.country != mp.place.country):
            d.args.place = mp
    if venue_abroad:
        _country_fallback(ctx, out)


def _country_fallback(ctx: DocContext, out: list[Draft]) -> None:
    """A happening with no place in an article that names no specific place in its lead is placed in a country,
    at country precision (ACLED codes every event to a location): for an arrest, the country of its state actor1,
    else of a state body named in its sentence («أعلنت وزارة الداخلية الكويتية … ضبط شبكة»); otherwise the country
    of the nearest happening of the article that has a place, else the country the article names most. The evidence is that actor's words or the country's first mention."""
    from marsad.places.gazetteer import gazetteer

    g = gazetteer()
    # (a name that stands for something else, an ally «المتحالفة مع إيران» or a newspaper, counts for no country)
    admissible = [p for p in ctx.places if p.place is not None and not names_no_place(ctx, p, _sent_start(ctx, p.start), regime=False)]
    countries: dict[str, int] = {}
    for p in admissible:
        if p.place is not None:
            countries[p.place.country] = countries.get(p.place.country, 0) + 1
    top = max(countries, key=lambda c: countries[c]) if countries else None
    for d in out:
        if d.cls not in _PLACED or d.args.place is not None:
            continue
        s0, s1 = d.mentions[0].sent
        a1 = d.args.actor1
        # (a state arrests at home; its forces strike abroad, so a violent happening does not take their country)
        state = [a1] if d.cls == "arrest" and a1 is not None and a1.type == 1 and a1.country else []
        state += [x for x in ctx.actors if d.cls == "arrest" and s0 <= x.start < s1 and x.type == 1 and x.country]
        if state:
            x = state[0]
            country = g.country_place(x.country) if x.country else None
            if country is not None:
                d.args.place = PlaceMention(start=x.start, end=x.end, text=x.text, place=country, precision=3,
                                            feature=None, direction=None, relation=None, confidence=0.5)
                continue
        # a country named in the happening's own sentence, even in a title («وأعلن مكتب رئيس الكاميرون أن 11 شخصا
        # قتلوا»: the authorities of the country where the dead are counted)
        # (not a country that names a party: «الولايات المتحدة نفذت غارة»)
        own = next((p for p in admissible if s0 <= p.start < s1 and p.place is not None
                    and p.place.kind == "country" and not any(x.start <= p.start < x.end for x in ctx.actors)),
                   None) if d.cls == "violence" else None
        if own is not None:
            d.args.place = PlaceMention(start=own.start, end=own.end, text=own.text, place=own.place, precision=3,
                                        feature=None, direction=None, relation=None, confidence=0.5)
            continue
        # the country of the nearest happening of the article that has a place (the story's theatre), else the
        # country the article names most
        at = d.mentions[0].start
        placed = [e for e in out if e is not d and e.cls in _PLACED and e.args.place is not None
                  and e.args.place.place is not None]
        near = min(placed, key=lambda e: abs(e.mentions[0].start - at), default=None)
        if near is not None and near.args.place is not None and near.args.place.place is not None:
            q = near.args.place
            qp = q.place
            country = g.country_place(qp.country) if qp is not None and qp.country else None
            if country is not None:
                d.args.place = PlaceMention(start=q.start, end=q.end, text=q.text, place=country, precision=3,
                                            feature=None, direction=None, relation=None, confidence=0.5)
                continue
        first = next((p for p in admissible if p.place is not None and p.place.country == top
                      and p.place.kind in ("country", "region", "admin1", "capital", "city")), None)
        country = g.country_place(top) if top else None
        if first is not None and country is not None:
            d.args.place = first if first.place is not None and first.place.kind == "country" else PlaceMention(
                start=first.start, end=first.end, text=first.text, place=country, precision=3, feature=None,
                direction=None, relation=None, confidence=0.5)


_STATEMENTS = frozenset(["ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN", "APPEAL"])


def _statement_places(ctx: DocContext, out: list[Draft]) -> None:
    """A statement is made where its speaker is: «تحفظت قطر على موقف الجامعة التي استنكرت القصف التركي في شمال
    العراق» is Qatar's, not northern Iraq's. A statement whose place is in another country than its state speaker's,
    named after the verb (what the statement is about), takes the speaker's country."""
    from marsad.places.gazetteer import gazetteer

    g = gazetteer()
    for d in out:
        a1, p = d.args.actor1, d.args.place
        if d.cls != "political" or d.plover is None or d.plover[0] not in _STATEMENTS or a1 is None or p is None:
            continue
        if not a1.country or a1.kind not in ("state", "country", "person") or p.place is None \
                or p.place.country == a1.country or p.start < min(m.end for m in d.mentions):
            continue
        country = g.country_place(a1.country)
        if country is not None:
            d.args.place = PlaceMention(start=a1.start, end=a1.end, text=a1.text, place=country, precision=3,
                                        feature=None, direction=None, relation=None, confidence=0.5)


def _after_paper(ctx: DocContext, x: DateMention) -> bool:
    return ctx.published is not None and x.date_start is not None and x.date_start > ctx.published


def _inherit_dates(ctx: DocContext, out: list[Draft]) -> None:
    """A happening told without its day takes the day told last before it in the same or the previous two
    sentences (the story goes on about the same day), when that day is a single day."""
    sents = ctx.sentences
    lead_end = sents[min(1, len(sents) - 1)][1] if sents else 0
    # (a day after the paper's — «سيبدأ العمل الأحد المقبل» — tells a plan: no happening told in another sentence
    # took place then)
    # (nor is the day a toll was updated on, «أعلن … أمس عن ارتفاع حصيلة القتلى جراء …», a happening's day)
    days = [x for x in ctx.dates if x.date_start is not None and not ctx.memo.get(("update_day", x.start))]
    lead_day = next((x for x in days if x.start < lead_end and x.kind not in ("since", "year", "span", "month")
                     and x.precision == 1 and not _after_paper(ctx, x)), None)
    stale_days = arg_words().stale_days

    lead = _lead_sentence(ctx)

    def recent(x: DateMention) -> bool:
        # («اتهمت المنظمة الحوثيين …» opening the article, «وأفادت أن قذائف قتلت مدنيين في 19 يوليو» after it, in a
        # paper of 31 July: the statement the article leads with is its news; it takes no day of the happening)
        return ctx.published is None or x.date_start is None or (ctx.published - x.date_start).days <= stale_days

    for d in out:
        if d.args.date is not None or not d.mentions:
            continue
        si = min(m.sent_index for m in d.mentions)
        # a statement reported without its day was made on the day the article told last (a briefing's day)
        lo = 0 if d.cls == "political" else sents[max(0, si - 2)][0]
        at = min(m.start for m in d.mentions)
        s0 = d.mentions[0].sent[0]
        prior = [x for x in days if lo <= x.start < at and x.kind not in ("since", "year", "span", "month")
                 and x.precision == 1 and (x.start >= s0 or not _after_paper(ctx, x))]
        leads = d.cls == "political" and lead is not None and any(lead[0] <= m.start < lead[1] for m in d.mentions)
        if leads:
            prior = [x for x in prior if recent(x)]
        if not prior and d.cls != "political":
            # (a day told between the happening's own mentions — «… في الهجوم الذي وقع مساء السبت …» between the lead
            # and the sentence that tells its means — is its day)
            # (within the two sentences after the first: a far mention joined by a definite noun is a retelling)
            last = max(m.start for m in d.mentions)
            near = sents[min(si + 2, len(sents) - 1)][1]
            prior = [x for x in days if at <= x.start < min(last, near) and x.precision == 1
                     and x.kind not in ("since", "year", "span", "month") and not _after_paper(ctx, x)]
        if prior:
            d.args.date = prior[-1]
        elif lead_day is not None and (lead_day.start < at or d.cls == "political") \
                and (not leads or recent(lead_day)):
            d.args.date = lead_day  # the story's day, told in its lead: the later happenings of a report are of it
        else:
            # the day of the report that tells it, after it in its sentence («تم تفجير خط … حسبما ذكر الوزير مساء
            # أمس»): told by then, with no day of its own
            m0 = d.mentions[0]
            told = [x for x in days if m0.end <= x.start < m0.sent[1]
                    and x.precision == 1 and x.kind not in ("since", "year", "span", "month")]
            if told:
                d.args.date = told[0]


_SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
_AIR = ("Explosions/Remote violence", "Air/drone strike")


def _grounded_air_strike(ctx: DocContext, out: list[Draft]) -> None:
    """A rebel group or militia (ACLED types 2, 3) has no air force: an "air strike" it is the agent of, told with
    shells or rockets and without a drone, is the aircraft of another clause of the sentence («ردت المدفعية … فيما
    شنت الطائرات …»); the group's own act is the shelling."""
    lex = load_lexicon()
    drones = lex.sets["drone_words"]
    for d in out:
        a1 = d.args.actor1
        if d.acled != _AIR or a1 is None or a1.type not in (2, 3):
            continue
        words = [set(r) for a, b in {m.sent for m in d.mentions} for r in _sentence_readings(ctx, a, b)]
        if any(r & drones for r in words):
            continue  # («طائرة مسيرة أطلقها الحوثيون»: a drone is theirs)
        if any(wp.acled == _SHELLING for r in words for x in r for wp in lex.weapon_words.get(x, ())):
            d.acled = _SHELLING
            d.plover = ("ASSAULT", "bombard")


def _no_monitor_sides(out: list[Draft]) -> None:
    """A body that counts and reports violence (the lexicon's monitor_actors: a human-rights observatory) is the
    source of an ACLED event, never a side of it (a report misread: «أعلن المرصد استمرت الاشتباكات …»)."""
    monitors = load_lexicon().cues["monitor_actors"]
    for d in out:
        if d.acled is None:
            continue
        a = d.args
        if a.actor1 is not None and a.actor1.name in monitors:
            a.actor1 = None
        if a.actor2 is not None and a.actor2.name in monitors:
            a.actor2 = None


def _no_air_force(ctx: DocContext, out: list[Draft]) -> None:
    """An air strike's actor1 read as a rebel group or a militia (ACLED types 2 and 3: «طائرات التحالف أصابت مستودعا
    للذخائر تابعا للمتمردين», «قتلوا في غارة جوية قرب الحسكة» said of IS's men) is what it struck: such groups have no
    aircraft, so when the group's clause names aircraft (a raid, warplanes, helicopters) and no drone, the group
    becomes actor2 (when none is read) and the striker is left to the rest of the document."""
    air = ("Explosions/Remote violence", "Air/drone strike")
    lex = load_lexicon()
    drones, aircraft = lex.sets["drone_words"], lex.sets["air_words"] - {"التحالف"}
    for d in out:
        a = d.args
        if d.acled != air or a.actor1 is None or a.actor1.type not in (2, 3):
            continue
        x = a.actor1
        clause = next((m.clause for m in d.mentions if m.clause[0] <= x.start < m.clause[1]), None)
        if clause is None:
            continue  # (the group is read outside the event's clauses: nothing to weigh it by)
        rows = [set(r) for _, _, r in _words(ctx, clause[0], clause[1])]
        if any(r & drones for r in rows) or not any(r & aircraft for r in rows):
            continue  # («طائرة مسيرة أطلقها الحوثيون»: a group's drone; «قصف شنه الحوثيون»: no aircraft in its clause)
        if a.actor2 is None:
            a.actor2 = a.actor1
        a.actor1 = None
        a.actor1_rank = RANK_WEAK


_VIOLENCE_FAMILIES = frozenset(["Battles", "Explosions/Remote violence", "Violence against civilians"])


def _speaker_not_actor(out: list[Draft]) -> None:
    """A person who tells an act of violence (a spokesman, a governor, a minister: one of the event's sources) is
    not who did it (ACLED's sides are armed bodies): read as its actor1, he is dropped («وقال محمد رحيم أمين، حاكم
    المنطقة، إن مروحيتين أميركيتين هاجمتا …»)."""
    for d in out:
        a1 = d.args.actor1
        # (a government telling a bombing — «وترى الحكومة التركية أن هجوم سروج …» — is a speaker too: no state
        # sets off a suicide bomb or a roadside bomb)
        if d.acled is None or a1 is None or not (
                a1.kind == "person" or (a1.name.startswith("Government of") and d.acled[1] in _BOMBINGS)) or not (
                d.acled[0] in _VIOLENCE_FAMILIES or d.acled[1] == "Arrests"):
            continue
        if any(s.name == a1.name for s in d.args.sources):
            d.args.actor1 = None


def _state_speaker_of_bombing(ctx: DocContext, out: list[Draft]) -> None:
    """«وقال مسؤول الإعلام بوزارة الداخلية … إن عبوة بدائية الصنع انفجرت …»: a state's forces read as the actor1 of a
    bombing, named before a bare «إن/أن» that opens the clause telling the bomb (no pronoun of their own: «إنها
    فجرت» is a self-report), are who tells it: no state sets off a roadside or suicide bomb in its own report."""
    that = arg_words().that_particles
    for d in out:
        a1 = d.args.actor1
        if d.acled is None or d.acled[1] not in _BOMBINGS or a1 is None or a1.type != 1 \
                or not a1.name.startswith(("Police Forces of", "Military Forces of")):
            continue
        m = min(d.mentions, key=lambda x: x.start)
        if not m.sent[0] <= a1.start < m.start:
            continue
        if any(_norm(ctx.text[a:b]) in that for a, b, _ in _words(ctx, a1.end, m.start)):
            d.args.actor1 = None


def not_both_sides(out: list[Draft]) -> None:
    """One party read as both sides («استهدفت سيارة مفخخة مركزا للشرطة» with the police as actor1 too): the weaker
    reading goes. In a political interaction the speaker stays; in violence an actor1 read from the syntax (a
    subject, an explicit agent) stays, as does an unclaimed bomber, and an actor1 from a default or a far mention
    goes, as does a state's forces read as the actor1 of a bomb that struck them."""
    for d in out:
        a1, a2 = d.args.actor1, d.args.actor2
        if a1 is None or a2 is None or a1.name != a2.name:
            continue
        bombing = d.acled is not None and d.acled[1] in _BOMBINGS
        if bombing and a1.type == 1:
            d.args.actor1 = None  # (a state's forces struck by a car bomb or a roadside bomb did not set it off)
        elif d.cls == "political" or (bombing and a1.name.startswith("Unidentified Armed Group")) \
                or d.args.actor1_rank >= RANK_SYNTAX:
            d.args.actor2 = None
        else:
            d.args.actor1 = None


_REPLY = frozenset(["رد", "ردا"])  # «رد على»: in reply to
_ON_WORD = frozenset(["علي", "عن"])
_BOMB_WORDS = frozenset(["carbomb", "ied", "explode"])  # (the words that name the bomb, for the evidence)


def _unclaimed_bombing(ctx: DocContext, out: list[Draft]) -> None:
    """A suicide bombing, or a bomb set off (a roadside bomb, a car bomb), told with no perpetrator named is, in
    ACLED's coding, an Unidentified Armed Group's (the bomber or bomb word itself stands for it: «تفجير انتحاري»،
    «انفجار عبوة ناسفة»، «سيارة مفخخة»)."""
    for d in out:
        if d.args.actor1 is not None or d.acled is None or d.acled[1] not in _BOMBINGS or not d.mentions:
            continue
        m = next((x for x in d.mentions if x.trigger.id == "suicide"), None) or next(
            (x for x in d.mentions if x.trigger.id in _BOMB_WORDS), d.mentions[0])
        d.args.actor1 = ActorMention(m.start, m.end, ctx.text[m.start : m.end], "Unidentified Armed Group", 3, None,
                                     "generic", confidence=0.5)
        d.args.actor1_rank = RANK_WEAK


def _country_as_forces(out: list[Draft]) -> None:
    """A country named as the one who strikes, fights or arrests («تركيا بدأت شن غارات») acts through its forces:
    ACLED's Military Forces of X (Police Forces of X for arrests)."""
    from marsad.events.arguments import acled_country

    for d in out:
        x = d.args.actor1
        if x is None or x.kind != "country" or not x.country or d.cls not in ("violence", "territory", "arrest"):
            continue
        body = "Police Forces" if d.cls == "arrest" else "Military Forces"
        d.args.actor1 = replace(x, name=f"{body} of {acled_country(x.country)}", type=1, kind="state")


def _national_forces(ctx: DocContext, out: list[Draft]) -> None:
    """An event with no actor1 whose verb has «الجيش»/«الشرطة» (no country named) as subject: the forces of the
    event's country (else of the country the document names most)."""
    countries = doc_countries(ctx)
    top = max(countries, key=lambda c: countries[c]) if countries else None
    for d in out:
        if d.args.actor1 is not None or d.cls not in ("violence", "territory", "arrest"):
            continue
        p = d.args.place
        country = p.place.country if p is not None and p.place is not None else top
        for m in d.mentions:
            x = national_force(ctx, m, country)
            if x is not None:
                d.args.actor1 = x
                break


def _announcing_forces(ctx: DocContext, out: list[Draft]) -> None:
    """«أعلن مكتب التحقيقات الفدرالي أن رجلا … أوقف»: an arrest told with no agent, reported by a state's police or
    security body (the subject right after the verb of reporting that opens the sentence), was made by that body."""
    cues = arg_words().report_cues
    for d in out:
        if d.cls != "arrest" or d.args.actor1 is not None:
            continue
        m = d.mentions[0]
        s0 = m.sent[0]
        for x in ctx.actors:
            if not (s0 <= x.start < m.start) or x.type != 1 or x.kind != "state":
                continue
            prev = _words(ctx, s0, x.start)[-2:]
            if prev and any(set(r) & cues for _, _, r in prev):
                d.args.actor1 = x
            break


def _forces_of_the_place(out: list[Draft]) -> None:
    """A state's forces named without their country («مركزا للدرك»، «الجيش»، «الشرطة»), read as another country's
    from the last country the text named, are the forces of the country where the happening is placed (a named
    state's forces — «الجيش العراقي» — keep their country)."""
    forces = arg_words().national_forces
    templates = [t for t, _ in forces]
    bare = {" ".join(ph) for _, phrases in forces for ph in phrases}
    for d in out:
        p = d.args.place
        if d.cls not in ("violence", "territory", "arrest") or p is None or p.place is None \
                or p.place.kind in ("country", "region"):
            continue  # (a town or a province places it; a country alone may be one named in passing)
        here = p.place.country
        for which in ("actor1", "actor2"):
            x: ActorMention | None = getattr(d.args, which)
            if x is None or x.kind != "state" or not x.country:
                continue
            template = next((t for t in templates if t.format(country=acled_country(x.country)) == x.name), None)
            state = army_state(template, here) if template is not None else here  # (the West Bank's army: Israel's)
            if x.country == state:
                continue
            words = _norm(x.text).split()
            if template is None or not words:
                continue
            head = words[0]
            heads = {head, head[1:] if head[:1] in "وبل" else head, "ال" + head[2:] if head.startswith("لل") else head}
            if not any(" ".join([h, *words[1:]]) in bare for h in heads):
                continue  # «قوات الاحتلال»، «الجيش العراقي»: a state named by its role or its demonym keeps it
            setattr(d.args, which, replace(x, name=template.format(country=acled_country(state)), country=state,
                                           confidence=min(x.confidence, 0.6)))


def _datelines(ctx: DocContext) -> list[PlaceMention]:
    """The resolved dateline places of the document («* سيول - «الشرق الأوسط»:»), in text order."""
    out: list[PlaceMention] = []
    for a, _ in ctx.sentences:
        out.extend(p for p in ctx.places if p.place is not None and a <= p.start < a + 40 and _is_dateline(ctx, p, a))
    return out


def _coalition_by_country(out: list[Draft]) -> None:
    """«طيران التحالف» over Raqqa is the US-led coalition, over Sanaa the Saudi-led one: the event's country decides."""
    table = dict(arg_words().coalition_by_country)
    names = set(table.values())
    for d in out:
        code = d.args.place.place.country if d.args.place is not None and d.args.place.place is not None else None
        want = table.get(code or "")
        if want is None:
            continue
        for side in ("actor1", "actor2"):
            x = getattr(d.args, side)
            if x is not None and x.name in names and x.name != want:
                from marsad.actors.lexicon import lexicon

                e = lexicon().entry(want)
                setattr(d.args, side, replace(x, name=want, country=e.country if e is not None else x.country))


def _coarse(p: PlaceMention) -> bool:
    return p.place is None or p.place.kind in ("country", "region")


def _norm(s: str) -> str:
    from marsad.arabic.normalize import normalize_text

    return normalize_text(s)


def _same_actor(a: Draft, b: Draft) -> bool:
    """The same party acts in both: the same name, or a state's official and that state («قال المتحدث باسم البيت
    الأبيض …» after «هددت واشنطن …»)."""
    x, y = a.args.actor1, b.args.actor1
    if x is None or y is None:
        return False
    if x.name == y.name:
        return True
    for p, q in ((x, y), (y, x)):
        if p.kind == "person" and q.kind != "person" and (p.affiliation == q.name or (
                q.kind in ("state", "country") and p.type == 1 and p.country is not None and p.country == q.country)):
            return True
    return False


def _actor(ctx: DocContext, x: ActorMention | None) -> R.Actor | None:
    if x is None:
        return None
    return R.Actor(text=ctx.text[x.start : x.end], name=x.name, type=x.type, country=x.country, role=x.role,
                   span=R.Span(start=x.start, end=x.end))


_BY_COUNTRY = ("Unidentified Armed Group", "Tribal leaders", "Civilians", "Protesters", "Rioters")


def _with_country(x: R.Actor | None, loc: R.Location | None) -> R.Actor | None:
    """ACLED names an unidentified armed group by the country of the event: "Unidentified Armed Group (Yemen)"; so
    are tribal leaders speaking as a body ("Tribal leaders (Yemen)") and civilians ("Civilians (Syria)")."""
    if x is None or x.name not in _BY_COUNTRY or loc is None or not loc.country:
        return x
    from marsad.places.gazetteer import country_name

    return x.model_copy(update={"name": f"{x.name} ({country_name(loc.country)})"})


def _toll(ctx: DocContext, t: Toll | None) -> R.Toll | None:
    if t is None or t.best is None:
        return None
    span = R.Span(start=t.span[0], end=t.span[1]) if t.span else None
    return R.Toll(low=t.low if t.low is not None else t.best, best=t.best, high=t.high if t.high is not None else t.best,
                  civilians=t.civilians, children=t.children, women=t.women, approximate=t.approximate,
                  text=ctx.text[t.span[0] : t.span[1]] if t.span else None, span=span)


def to_record(ctx: DocContext, d: Draft, event_id: str) -> R.Event:
    a = d.args
    loc = None
    if a.place is not None:
        loc = to_location(a.place)
        p = a.place.place
        if loc is not None and p is not None and loc.admin1 is None:
            same = p.kind == "admin1" or p.kind == "capital" or (
                p.country in arg_words().admin1_same_name_countries and p.kind in ("city", "town"))
            if same:
                loc = loc.model_copy(update={"admin1": p.name})
    date = R.EventDate()
    if a.date is not None:
        last_day = a.date.date_end or a.date.date_start
        date = R.EventDate(
            start=a.date.date_start.isoformat() if a.date.date_start else None,
            end=last_day.isoformat() if last_day else None,
            precision=a.date.precision,
            text=a.date.text,
            span=R.Span(start=a.date.start, end=a.date.end),
        )
    elif ctx.published is not None:
        # a statement reported with no day of its own was made in the days the paper covers: the day before
        # publication or the day itself (precision 2, a span of days; no text, no span — it is not read)
        date = R.EventDate(start=(ctx.published - dt.timedelta(days=1)).isoformat(), end=ctx.published.isoformat(),
                           precision=2)
    evidence = sorted({(s[0], s[1]) for s in d.spans} | {m.sent for m in d.mentions})
    return R.Event(
        id=event_id,
        acled=R.AcledType(event_type=d.acled[0], sub_event_type=d.acled[1]) if d.acled else None,
        plover=R.PloverType(event_type=d.plover[0], mode=d.plover[1]) if d.plover else None,
        date=date,
        actor1=_with_country(_actor(ctx, a.actor1), loc),
        actor2=_with_country(_actor(ctx, a.actor2), loc),
        location=loc,
        fatalities=_toll(ctx, a.killed),
        injured=_toll(ctx, a.injured),
        # (one source named in several sentences is listed once, at its first mention)
        sources=[R.Source(text=s.text, name=s.name, kind=s.kind, span=R.Span(start=s.start, end=s.end))
                 for k, s in enumerate(a.sources) if all(x.name != s.name for x in a.sources[:k])],
        evidence=[R.Span(start=s, end=e) for s, e in evidence],
        confidence=round(min(0.99, d.score), 2),
        trigger=d.trigger_text,
        rule=d.rule,
    )


def quote_record(ctx: DocContext, q: QuoteMention) -> R.Quote:
    sp = q.speaker
    speaker = None
    if sp is not None:
        role = None
        if sp.role_start is not None and sp.role_end is not None:
            role = ctx.text[sp.role_start : sp.role_end]
        speaker = R.Speaker(text=ctx.text[sp.start : sp.end], name=sp.name, role=role or sp.role)
    ev = [R.Span(start=a, end=b) for a, b in q.evidence] or [R.Span(start=q.start, end=q.end)]
    return R.Quote(speaker=speaker, quote=ctx.text[q.start : q.end], direct=q.direct, medium=q.medium, evidence=ev)
