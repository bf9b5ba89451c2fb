"""Events (issue 6): lexicons, detection filters, seed gold files end to end.

Real text is read at run time from ../shared (skipped when absent); the repository keeps
only file names, expected values and invented example phrases of a few words.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from marsad.arabic.normalize import normalize_text
from marsad.events import annotate_document
from marsad.events.lexicon import load_lexicon
from marsad.places import find_places

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold"


def test_lexicon_entries_survive_normalisation() -> None:
    lex = load_lexicon()
    assert lex.forms
    for form in lex.forms:
        assert normalize_text(form) == form
    for words in lex.cues.values():
        for w in words:
            assert normalize_text(w) == w


def _types(text: str) -> list[str]:
    events, _ = annotate_document(text, published=dt.date(2020, 5, 10))
    return [(e.acled.event_type if e.acled else e.plover.event_type) for e in events]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "هل قصفت الطائرات القرية أمس؟",  # question
        "لم يقصف الجيش القرية أمس.",  # negation
        "إذا هاجم المسلحون المدينة فسيرد الجيش.",  # condition
        "سيشن الجيش هجوما على المدينة الأسبوع المقبل.",  # future
        "وسيطر التنظيم على المدينة عام 2014.",  # background (year only)
    ],
)
def test_not_events(text: str) -> None:
    assert not [t for t in _types(text) if t in ("Battles", "Explosions/Remote violence", "Violence against civilians")]


def test_report_with_toll_is_an_event() -> None:
    text = "قتل 5 أشخاص أمس في انفجار سيارة مفخخة في بغداد."
    events, _ = annotate_document(text, published=dt.date(2020, 5, 10))
    assert len(events) == 1
    e = events[0]
    assert e.acled is not None and e.acled.event_type == "Explosions/Remote violence"
    assert e.fatalities is not None and e.fatalities.best == 5
    for span in e.evidence:
        assert 0 <= span.start < span.end <= len(text)
    if e.fatalities.span:
        assert text[e.fatalities.span.start : e.fatalities.span.end] == e.fatalities.text


def _eval(path: Path, gold: Path, published: str | None) -> dict:
    from marsad.evaluate import evaluate
    from marsad.inputs import InputPage, iter_pages
    from marsad.pipeline import process_page

    outs = []
    for page in iter_pages([str(path)], published=published):
        assert isinstance(page, InputPage)
        outs.append(process_page(page).model_dump(mode="json"))
    return evaluate([(outs, json.loads(gold.read_text(encoding="utf-8")))])


@pytest.mark.parametrize(
    "name,published",
    [("seed-article1", "2019-01-26"), ("seed-article2", "2024-11-21")],
)
def test_seed_articles(name: str, published: str) -> None:
    if not GOLD.is_dir():
        pytest.skip("../shared/gold not available")
    res = _eval(GOLD / f"{name}.txt", GOLD / f"{name}.gold.json", published)
    assert res["events"]["precision"] == 1.0
    assert res["events"]["recall"] == 1.0
    for field, acc in res.get("event_fields", {}).items():
        if field.endswith("date.text"):
            continue
        assert acc["accuracy"] == 1.0, field


def test_seed_page() -> None:
    page = SHARED / "seed" / "000_16a07da1f930eec4.txt"
    if not page.exists():
        pytest.skip("../shared/seed not available")
    res = _eval(page, GOLD / "seed.gold.json", None)
    assert res["events"]["f1"] >= 0.9  # the issue's bar
    # what the page has reached since session 12: every event found and none too many (a lost threat was caught
    # only by the stop hook in session 14, so the floor is the figure)
    assert (res["events"]["precision"], res["events"]["recall"]) == (1.0, 1.0)


# --- arguments and merging (second pass): constructed sentences, not article text ---


def test_both_sides_dead_add_up() -> None:
    from marsad.events import annotate_document

    text = "دارت اشتباكات عنيفة أمس في مدينة تعز أسفرت عن مقتل 11 متمردا، فيما قتل 4 من أفراد المقاومة الشعبية."
    evs, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert evs and evs[0].fatalities is not None and evs[0].fatalities.best == 15


def test_killed_and_wounded_together_gives_no_toll() -> None:
    from marsad.events import annotate_document

    text = "قتل وجرح نحو 30 عنصرا في اشتباكات عنيفة أمس في مدينة تعز."
    evs, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert all(e.fatalities is None for e in evs)


def test_dateline_is_not_the_event_place() -> None:
    from marsad.events import annotate_document

    text = "بغداد: قتل 5 أشخاص أمس في انفجار عبوة ناسفة في مدينة الرمادي."
    evs, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert evs and evs[0].location is not None and evs[0].location.admin1 == "Al Anbar"


# --- actors and places for events (third pass): constructed sentences, not article text ---


def _events(text: str) -> list:
    from marsad.events import annotate_document

    evs, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    return evs


def test_strike_over_listed_governorates_is_one_event_each() -> None:
    evs = _events("شن طيران التحالف أمس غارات جوية على مواقع تابعة للحوثيين في صنعاء ومأرب وتعز.")
    assert len(evs) == 3
    assert {e.location.admin1 for e in evs if e.location} == {"Amanat al Asimah", "Marib", "Taizz"}
    assert all(e.actor1 and e.actor1.name == "Saudi-led Coalition" for e in evs)
    assert all(e.actor2 and e.actor2.name == "Houthis" for e in evs)  # target through «مواقع تابعة لـ»


def test_counted_dead_are_the_target_and_the_other_side_acts() -> None:
    evs = _events("وقال مصدر عسكري إن 13 عنصراً من الحوثيين قتلوا أمس في اشتباكات مع المقاومة الشعبية في مدينة تعز.")
    assert evs and evs[0].actor1 and evs[0].actor1.name == "Popular Resistance"
    assert evs[0].actor2 and evs[0].actor2.name == "Houthis"


def test_speaker_reporting_its_own_act_is_the_agent() -> None:
    evs = _events("قالت المقاومة الشعبية إنها قتلت 7 من الحوثيين أمس في مدينة تعز.")
    assert evs and evs[0].actor1 and evs[0].actor1.name == "Popular Resistance"
    assert evs[0].actor2 and evs[0].actor2.name == "Houthis"


def test_agent_phrase_and_civilian_victims() -> None:
    evs = _events("قتل 5 مدنيين أمس في قصف شنه الحوثيون على أحياء سكنية في مدينة تعز.")
    assert evs and evs[0].actor1 and evs[0].actor1.name == "Houthis"
    assert evs[0].actor2 and evs[0].actor2.name == "Civilians (Yemen)"  # ACLED names civilians by the country
    text = "قتل 5 مدنيين أمس في قصف شنه الحوثيون على أحياء سكنية في مدينة تعز."
    assert text[evs[0].actor2.span.start : evs[0].actor2.span.end] == evs[0].actor2.text


def test_protest_actor_is_protesters() -> None:
    evs = _events("تظاهر أمس مئات العمال أمام مبنى المحافظة في مدينة البصرة للمطالبة بصرف رواتبهم.")
    assert evs and evs[0].actor1 and evs[0].actor1.name == "Protesters (Iraq)"  # ACLED: by the event's country


def test_protest_actions_named_by_the_adjective_are_protests() -> None:
    # «التحركات الاحتجاجية / العمل الاحتجاجي»: an activity noun with the protest adjective is a protest
    evs = _events("نظم مئات الطلاب أمس تحركات احتجاجية أمام مبنى الجامعة في مدينة الموصل.")
    assert any(e.acled and e.acled.event_type == "Protests" for e in evs)
    evs = _events("عقد الوزير أمس اجتماعا احتجاجيا مع ممثلي النقابات في بغداد.")
    assert not any(e.acled and e.acled.event_type == "Protests" for e in evs)


def test_an_execution_filmed_from_a_drone_is_an_attack_not_a_strike() -> None:
    evs = _events("أفاد ناشطون أمس بأن تنظيم داعش أعدم أربعة شبان رميا بالرصاص في ساحة عامة بمدينة الميادين، بعد أن "
                  "اتهمهم بالتعامل مع النظام، وصور الإعدام بطائرات تصوير صغيرة.")
    assert [(e.acled.event_type, e.acled.sub_event_type) for e in evs if e.acled] == [
        ("Violence against civilians", "Attack")]


def test_a_toll_told_again_for_a_group_read_only_as_a_noun_is_not_added() -> None:
    from marsad.events.arguments import Toll
    from marsad.events.assemble import _merge_toll

    def toll(n: int, side: str) -> Toll:
        return Toll(best=n, side=side)

    # «أعدم 5 مواطنيين» (a misspelt noun) … «أعدم خمسة مدنيين»: one group told twice
    m = _merge_toll(toll(5, "noun:مواطنيين"), toll(5, "Civilians"))
    assert m is not None and m.best == 5
    # two named sides of one happening are counted together (ACLED); so is a noun group with another figure
    m = _merge_toll(toll(3, "Houthis"), toll(2, "Pro-Hadi Forces"))
    assert m is not None and m.best == 5
    m = _merge_toll(toll(3, "noun:مرافقين"), toll(2, "Pro-Hadi Forces"))
    assert m is not None and m.best == 5
    # «لم تسفر عن إصابات» of one part does not undo the dead counted in another sentence
    assert _merge_toll(Toll(best=0), toll(3, "Civilians")).best == 3  # type: ignore[union-attr]
    assert _merge_toll(toll(3, "Civilians"), Toll(best=0)).best == 3  # type: ignore[union-attr]


def test_a_capture_managed_is_an_arrest_but_families_and_beds_are_not() -> None:
    evs = _events("وقال المصدر إن المقاومة الشعبية تمكنت أمس من أسر ستة من مسلحي الحوثي في جبهة الضالع.")
    arrests = [e for e in evs if e.acled and e.acled.sub_event_type == "Arrests"]
    assert len(arrests) == 1 and arrests[0].actor1 and arrests[0].actor1.name == "Popular Resistance"
    for text in ("وتمكنت الجمعية أمس من الوصول إلى أسر الشهداء في محافظة عدن وتقديم المساعدات لهم.",
                 "وتم أمس تجهيز العديد من الأسرة للمصابين في مستشفى مدينة أبها."):
        assert not any(e.acled and e.acled.sub_event_type == "Arrests" for e in _events(text)), text


def test_control_wrested_is_a_change_of_territory() -> None:
    evs = _events("انتزع مقاتلو المعارضة أمس السيطرة على بلدة تل حميس من تنظيم داعش بعد يومين من المعارك.")
    assert [(e.acled.event_type, e.acled.sub_event_type) for e in evs if e.acled] == [
        ("Battles", "Non-state actor overtakes territory")]


def test_a_partner_of_the_act_is_not_its_target() -> None:
    evs = _events("وقالت وزارة الدفاع إن طائرات التحالف الدولي نفذت أمس ست غارات على مواقع قرب مدينة الموصل "
                  "بالتنسيق مع الحكومة العراقية.")
    strikes = [e for e in evs if e.acled and e.acled.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.actor2 is None or e.actor2.name != "Government of Iraq" for e in strikes)


def test_strikes_permitted_are_not_strikes_told() -> None:
    for text in ("قال مسؤولون أمس إن واشنطن قررت السماح بضربات جوية لحماية المقاتلين الذين دربتهم في شمال سوريا.",
                 "وقررت الحكومة الأسبوع الماضي منح طائرات التحالف حرية استخدام قاعدة إنجرليك وشن غارات على مواقع التنظيم."):
        assert not [e for e in _events(text) if e.acled], text


def test_a_detention_told_in_the_present_is_a_state_not_an_arrest() -> None:
    evs = _events("وقالت عائلته أمس إن المسلحين ما زالوا يرفضون الإفصاح عن مكانه في مدينة تعز، "
                  "ولا أحد يعرف لماذا يعتقلونه.")
    assert not [e for e in evs if e.acled and e.acled.sub_event_type == "Arrests"]


def test_aid_delivered_or_a_team_sent_is_aid() -> None:
    for text in ("هبطت طائرة كويتية أمس في مطار صنعاء حيث أوصلت شحنة من 30 طنا من الأدوية.",
                 "أرسلت قطر أمس فريقا طبيا متخصصا إلى مدينة عدن لإعادة تشغيل المستشفى الرئيسي."):
        assert any(e.plover and e.plover.event_type == "AID" for e in _events(text)), text


def test_the_last_24_hours_are_news_not_background() -> None:
    evs = _events("وقتل 25 مسلحا خلال الساعات الـ24 الأخيرة في اشتباكات عنيفة في مدينة الرمادي.")
    assert [e.fatalities.best for e in evs if e.acled and e.fatalities] == [25]
    evs = _events("وقتل 25 مسلحا خلال الأشهر الأخيرة في اشتباكات متفرقة في مدينة الرمادي.")
    assert not [e for e in evs if e.acled]


def test_a_visit_told_with_the_place_before_the_visitor_but_not_a_club_visit() -> None:
    evs = _events("ووصل إلى الرياض مساء أمس وزير الخارجية الفرنسي لوران فابيوس في زيارة رسمية.")
    assert [e.plover.event_type for e in evs if e.plover] == ["CONSULT"]
    evs = _events("ووصل إلى مقر معسكر الفريق في إسطنبول أمس رئيس النادي فهد العتيبي للوقوف على استعدادات اللاعبين "
                  "قبل المباراة الودية.")
    assert not [e for e in evs if e.plover and e.plover.event_type == "CONSULT"]


def test_control_declared_by_its_holder_names_the_holder() -> None:
    evs = _events("أعلنت المقاومة الشعبية سيطرتها على ثلاثة مواقع في مديرية صرواح بمحافظة مأرب.")
    taken = [e for e in evs if e.acled and e.acled.event_type == "Battles"]
    assert taken and taken[0].actor1 is not None and taken[0].actor1.name == "Popular Resistance"


def test_the_subject_between_that_and_the_verb_makes_the_request() -> None:
    evs = _events("وقال ناطق عسكري أمس إن قوات المعارضة طلبت من الأمم المتحدة التدخل العاجل لوقف القصف "
                  "على مدينة دوما قبل أي مفاوضات.")
    req = [e for e in evs if e.plover and e.plover.event_type == "REQUEST"]
    assert req and req[0].actor1 is not None and req[0].actor1.name == "Opposition Rebels (Syria)"


def test_no_one_hurt_is_zero_dead_and_two_counted_sides_add_up() -> None:
    evs = _events("وقصفت المدفعية أمس مواقع في بلدة الطوال ولم تسفر عن خسائر بشرية.")
    assert [e.fatalities.best for e in evs if e.acled and e.fatalities] == [0]
    text = "وقصفت المدفعية أمس مواقعَ في بلدة الطوال ولم تُسفِر عن خسائرَ بشرية."  # (with diacritics)
    tolls = [e.fatalities for e in _events(text) if e.acled and e.fatalities]
    assert [t.best for t in tolls] == [0] and tolls[0].span is not None
    assert text[tolls[0].span.start : tolls[0].span.end].endswith("بشرية")
    evs = _events("وقتل 39 متمردا على الأقل و17 مقاتلا مواليا خلال المعارك في مدينة الحوطة أمس.")
    assert [e.fatalities.best for e in evs if e.acled and e.fatalities] == [56]


def test_two_soldiers_told_with_the_number_after_the_noun() -> None:
    evs = _events("وأعلنت السلطات أمس مقتل شرطيين أردنيين اثنين في انفجار عبوة ناسفة على طريق في محافظة معان.")
    assert [e.fatalities.best for e in evs if e.acled and e.fatalities] == [2]


def test_a_rebel_group_shells_it_does_not_strike_from_the_air() -> None:
    # real reports (read at run time): the Houthis exchange artillery fire with the other side (a battle, their
    # artillery fire being the exchange itself) while warplanes the text does not name strike them: the air strike
    # is not the Houthis' (a rebel group has no air force), they are its target
    want = {"snn-e8400d4d37df": 225, "snn-dcff8433b95d": 2175}
    for article_id, start in want.items():
        evs = [e for e in _corpus_events(article_id) if e["evidence"][0]["start"] == start and e["acled"]]
        by_type = {e["acled"]["event_type"]: e for e in evs}
        assert by_type["Battles"]["actor1"]["name"] == "Houthis"
        air = by_type["Explosions/Remote violence"]
        assert air["acled"]["sub_event_type"] == "Air/drone strike"
        assert air["actor1"] is None and air["actor2"]["name"] == "Houthis"


def test_advances_made_are_fighting_not_ground_taken() -> None:
    evs = _events("وحققت المقاومة الشعبية تقدما كبيرا أمس في محيط مدينة لودر.")
    assert [(e.acled.event_type, e.acled.sub_event_type) for e in evs if e.acled] == [("Battles", "Armed clash")]


def test_a_statement_released_by_a_long_named_body_says_what_it_condemns() -> None:
    evs = _events("وأصدرت الهيئة العامة للطيران المدني في صنعاء أمس بيانا صحفيا تندد فيه بإعادة فتح مطار عدن.")
    assert any(e.plover and e.plover.event_type == "ACCUSE" for e in evs)


def test_demonym_on_event_word_or_carrier_is_the_agent() -> None:
    evs = _events("قتل أربعة أشخاص أمس في غارة جوية إسرائيلية على منزل في مدينة رفح.")
    assert evs and evs[0].actor1 and evs[0].actor1.name == "Military Forces of Israel"
    evs = _events("شنت طائرات حربية أميركية وبريطانية، فجر أمس، غارات على مواقع لجماعة الحوثي في محافظة الحديدة.")
    assert evs and evs[0].actor1 and evs[0].actor1.name == "Military Forces of the United States"
    assert evs[0].actor2 and evs[0].actor2.name == "Houthis"  # «مواقع لجماعة الحوثي»: target through a clitic


def test_crowd_acting_in_protest_with_intervention() -> None:
    evs = _events("قطع مئات السكان أمس طريقاً رئيسياً في مدينة البصرة احتجاجاً على انقطاع المياه.\n"
                  "وتدخلت الشرطة لتفريق المحتجين واعتقلت اثنين منهم.")
    prot = [e for e in evs if e.acled and e.acled.event_type == "Protests"]
    assert len(prot) == 1 and prot[0].acled.sub_event_type == "Protest with intervention"


def test_place_told_relative_to_another_is_not_the_event_place() -> None:
    evs = _events("وفي محافظة الضالع، شمال عدن، قتل أربعة مسلحين أمس في كمين نصبته المقاومة الشعبية.")
    assert evs and evs[0].location and evs[0].location.admin1 != "Aden"


def test_arrival_of_a_person_is_a_visit_but_a_toll_reaching_is_not() -> None:
    evs = _events("وصل أشتون كارتر وزير الدفاع الأميركي، اليوم الجمعة، إلى أربيل في زيارة لم يعلن عنها.")
    assert any(e.plover and e.plover.event_type == "CONSULT" for e in evs)
    evs = _events("وصل عدد القتلى إلى خمسين شخصاً بحسب مصادر طبية.")
    assert not any(e.plover and e.plover.event_type == "CONSULT" for e in evs)


def test_councils_named_by_seat_or_country_act_in_political_events() -> None:
    evs = _events("مجلس محافظة بغداد، أعلن، أمس، رفضه استخدام القوة في إغلاق المحلات.")
    assert any(e.actor1 and e.actor1.name == "Baghdad Provincial Council" for e in evs)


def test_comes_after_frame_does_not_type_the_event() -> None:
    evs = _events("قتل جنديان أمس في تفجير سيارة مفخخة قرب مدينة الموصل، ويأتي الهجوم غداة غارات شنها الطيران الحربي على مواقع التنظيم.")
    assert evs and evs[0].acled and evs[0].acled.sub_event_type != "Air/drone strike"


def test_one_dead_without_a_number_beside_counted_wounded() -> None:
    evs = _events("قتل جندي وجرح ثلاثة آخرون صباح أمس عندما انفجر لغم أرضي بدورية عسكرية قرب مدينة الموصل.")
    assert evs and evs[0].fatalities and evs[0].fatalities.best == 1


def test_other_side_dead_in_the_next_sentence_add_up() -> None:
    evs = _events("دارت اشتباكات عنيفة أمس في مدينة تعز أسفرت عن مقتل 11 متمرداً.\n"
                  "وقالت مصادر في المقاومة إن اثنين من مقاتلي المقاومة استشهدا خلال المواجهات.")
    assert evs and evs[0].fatalities and evs[0].fatalities.best == 13


def test_vague_figure_of_one_side_does_not_add_to_a_count() -> None:
    evs = _events("استعادت قوات المقاومة أمس السيطرة على مدينة الضالع بعد معارك عنيفة أسفرت عن سقوط عشرات القتلى "
                  "بين صفوف الحوثيين وسبعة قتلى بين صفوف المقاومة.")
    assert evs and evs[0].fatalities and evs[0].fatalities.best == 7


def test_strikes_told_by_country_then_listed_by_place_split() -> None:
    evs = _events("وأعلنت وزارة الدفاع أمس أن طيران التحالف نفذ 5 غارات جوية في سوريا و7 غارات في العراق.\n"
                  "وأفاد البيان أن الغارات استهدفت مواقع التنظيم في الحسكة والرقة في سوريا، وقرب كركوك والرمادي في العراق.")
    air = [e for e in evs if e.acled and e.acled.sub_event_type == "Air/drone strike"]
    assert {e.location.admin1 for e in air if e.location} >= {"Raqqa", "Kirkuk"}
    assert all(e.actor1 and e.actor1.name == "International Coalition" for e in air)  # coalition by country


def test_political_noun_answered_is_no_new_interaction() -> None:
    evs = _events("وقال الممثل في رده على تهديدات القتل إنه ماض في عمله.")
    assert not any(e.plover and e.plover.event_type == "THREATEN" for e in evs)


def test_place_far_along_a_long_sentence_gives_way_to_the_event_phrase_place() -> None:
    evs = _events("وقتل ثلاثة جنود أمس في تفجير استهدف مقر الشرطة بمحافظة الأنبار، وهو الهجوم الأول بعد أن تمكنت الأجهزة "
                  "الأمنية خلال الأشهر الماضية من إحباط محاولات عدة كانت تستهدف مواقع حكومية ومساجد في مدينة البصرة.")
    assert evs and evs[0].location and evs[0].location.admin1 == "Al Anbar"


def test_strikes_amid_a_clash_do_not_type_it() -> None:
    evs = _events("وقال المرصد إن الاشتباكات العنيفة استمرت مساء الثلاثاء في مدينة الزبداني وسط غارات جوية عنيفة على المدينة.")
    assert evs and evs[0].acled and evs[0].acled.event_type == "Battles"


def test_advance_towards_a_place_is_a_battle_but_thanks_are_not() -> None:
    evs = _events("وقال مصدر عسكري أمس إن قوات المقاومة الشعبية تقدمت باتجاه مقر القيادة في مدينة تعز.")
    assert any(e.acled and e.acled.event_type == "Battles" for e in evs)
    evs = _events("وتقدم الوزير بالشكر إلى المواطنين في مدينة تعز أمس.")
    assert not any(e.acled and e.acled.event_type == "Battles" for e in evs)


def test_announced_truce_is_a_concession_and_halted_strikes_are_no_event() -> None:
    evs = _events("وكان التحالف العربي قد أعلن أمس هدنة إنسانية لخمسة أيام تتوقف خلالها الغارات على مدينة صنعاء.")
    assert any(e.plover and e.plover.event_type == "CONCEDE" for e in evs)
    assert not any(e.acled and e.acled.sub_event_type == "Air/drone strike" for e in evs)


def test_similar_incident_takes_the_type_of_the_previous_one() -> None:
    evs = _events("وفي بغداد قتل شخصان أمس بانفجار عبوة ناسفة في حي الكرادة.\nوفي حادث مماثل قتل شخص قرب سوق شعبية في منطقة اليوسفية.")
    assert len(evs) == 2 and all(e.acled and e.acled.event_type == "Explosions/Remote violence" for e in evs)


def test_a_bare_earlier_year_is_history_but_the_current_year_is_not() -> None:
    evs = _events("وفي 2012 هاجم مسلح متفرجين في سينما بمدينة دنفر مما أسفر عن مقتل 12 شخصا.")
    assert not [e for e in evs if e.acled]
    evs = _events("وفي 2015 هاجم مسلح متفرجين في سينما بمدينة دنفر مما أسفر عن مقتل 12 شخصا.")
    assert [e for e in evs if e.acled]


def test_events_listed_after_a_series_frame_are_the_earlier_items() -> None:
    # made-up sentences: «the Nth attack since …, after an attack on …» lists earlier happenings
    text = ("فجر انتحاري نفسه أمس في سوق بمدينة الموصل وقتل 7 أشخاص. "
            "ويعد الهجوم ثالث عملية تستهدف السوق منذ بداية العام، تلته عملية انتحارية في مسجد بمدينة كركوك.")
    evs = [e for e in _events(text) if e.acled]
    assert len(evs) == 1
    assert "Kirkuk" not in {(e.location.admin1 if e.location else None) for e in evs}


def test_a_suicide_bombing_and_the_attack_it_was_part_of_are_one_event() -> None:
    # made-up sentences: one happening told as an attack, then as a suicide bombing
    text = ("هاجم مسلحون أمس مركزا للشرطة في مدينة الموصل وقتلوا أربعة من عناصره. "
            "وقال مسؤول إن انتحاريا فجر حزاما ناسفا عند مدخل المركز في الموصل.")
    evs = [e for e in _events(text) if e.acled]
    assert len(evs) == 1
    assert evs[0].acled.sub_event_type == "Suicide bomb"
    assert evs[0].fatalities is not None and evs[0].fatalities.best == 4


@pytest.mark.parametrize(
    "text",
    [
        "أقدم مسلح على تفجير نفسه أمس قرب نقطة تفتيش في مدينة الموصل.",
        "وقام أحد المهاجمين بتفجير نفسه داخل المبنى أمس في عدن.",
    ],
)
def test_detonating_oneself_is_a_suicide_bombing(text: str) -> None:
    events, _ = annotate_document(text, published=dt.date(2020, 5, 10))
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Suicide bomb"]


def test_a_two_word_weapon_needs_its_second_word() -> None:
    from marsad.events.context import build_context
    from marsad.events.detect import _Sentence, _weapon_at

    lex = load_lexicon()
    ctx = build_context("تفجير الموقف وتفجير نفسه", published=dt.date(2020, 5, 10))
    s = _Sentence(ctx.tokens, lex)
    assert [_weapon_at(s, k, lex) for k in range(len(ctx.tokens))] == [False, False, True, False]


def test_violent_clashes_between_two_sides_are_a_battle() -> None:
    assert _types("اندلعت اشتباكات عنيفة بين الجيش ومسلحي القاعدة في مدينة لودر.") == ["Battles"]


def test_police_dispersing_a_protest_is_a_protest_with_intervention() -> None:
    events, _ = annotate_document("وفرقت الشرطة أمس مظاهرة في العاصمة.", published=dt.date(2020, 5, 10))
    assert [(e.acled.event_type, e.acled.sub_event_type) for e in events if e.acled] == [
        ("Protests", "Protest with intervention")
    ]


def test_protesters_throwing_stones_riot_but_chanting_is_not_a_new_event() -> None:
    assert _types("ورشق المحتجون قوات الأمن بالحجارة أمس في مدينة صنعاء.") == ["Riots"]
    assert _types("وردد المتظاهرون هتافات ضد الحكومة.") == []


def test_a_round_up_gives_each_item_its_own_dateline_as_fallback_place() -> None:
    # made-up round-up of two agency items: the second item's clash is told without a place
    text = (
        "* صنعاء - «وكالات»: التقى وزير الخارجية اليمني سفير الاتحاد الأوروبي أمس.\n"
        "* حلب - «وكالات»: قتل خمسة مسلحين في اشتباكات مع قوات الحكومة أمس.\n"
    )
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    clash = [e for e in events if e.acled and e.acled.event_type == "Battles"]
    assert clash and clash[0].location is not None and clash[0].location.admin1 == "Aleppo"


@pytest.mark.parametrize(
    ("text", "killed", "children", "injured"),
    [
        # the counted noun says what a figure counts, even after another casualty word
        ("سقط 7 قتلى و20 جريحا في تفجير سيارة مفخخة في بغداد أمس.", 7, None, 20),
        # one victim told without a number fills its category; a feminine verb counts the wounded
        ("قتل طفل وأصيبت امرأة بجروح في قصف مدفعي على حي سكني في حلب أمس.", 1, 1, 1),
    ],
)
def test_casualty_figures(text: str, killed: int, children: int | None, injured: int) -> None:
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert len(events) == 1
    e = events[0]
    assert e.fatalities is not None and e.fatalities.best == killed and e.fatalities.children == children
    assert e.injured is not None and e.injured.best == injured


def test_shot_dead_is_an_attack_and_inside_a_protest_excessive_force() -> None:
    events, _ = annotate_document("استشهد شاب برصاص الجيش في بلدة قرب الخليل أمس.", published=dt.date(2015, 7, 20))
    assert [(e.acled.event_type, e.fatalities.best) for e in events if e.acled] == [("Violence against civilians", 1)]
    events, _ = annotate_document("قتل متظاهر بنيران قوات الأمن خلال مظاهرة في البصرة أمس.", published=dt.date(2015, 7, 20))
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Excessive force against protesters"]


@pytest.mark.parametrize(
    "text",
    [
        # a campaign told over a span of time: not one happening, and its dead are not one toll
        "قتل أكثر من مئة مسلح خلال شهر من الغارات على معاقلهم في الجبال.",
        # devices defused or found do not make an explosion
        "تمكنت قوات الأمن من تفكيك سبعة ألغام في أبين أمس.",
    ],
)
def test_campaigns_and_defused_devices_are_not_events(text: str) -> None:
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e for e in events if e.acled] == []


def test_an_event_noun_governed_by_a_past_event_verb_and_shells_rained_are_reports() -> None:
    day = dt.date(2015, 7, 20)
    events, _ = annotate_document("واستهدفت غارة ثانية تجمعا للمسلحين شرق صعدة.", published=day)
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Air/drone strike"]
    events, _ = annotate_document("أمطرت الفصائل أربع بلدات في ريف إدلب بالقذائف الصاروخية.", published=day)
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(
    "text",
    [
        # the happening is what is investigated or confessed, told in passing
        "انضم فريق من المحققين إلى التحقيق في حادث الاعتداء على قافلة بسيارة مفخخة الشهر الماضي.",
        "ونشرت الوزارة تسجيلا لاعترافات متهمين حول تنفيذ تفجير استهدف حافلة في المدينة.",
        # a rhetorical question introduced by تساءل
        "وتساءل النائب أمس: كيف نسي هؤلاء ما جرى من اغتيالات وتفجيرات.",
    ],
)
def test_topics_of_investigations_and_questions_are_not_events(text: str) -> None:
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e for e in events if e.acled] == []


def test_a_protest_dispersed_by_the_police_is_a_protest_with_intervention() -> None:
    text = "استخدمت الشرطة الغاز المسيل للدموع وفرقت مظاهرة لطلاب الجامعة في العاصمة أمس."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Protest with intervention"]


def test_violence_against_civilians_has_the_civilians_as_actor2() -> None:
    text = "أطلق مسلحون النار على مدنيين في سوق شعبية بمدينة درعا أمس فقتلوا ثلاثة منهم."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    vac = [e for e in events if e.acled and e.acled.event_type == "Violence against civilians"]
    assert vac and vac[0].actor2 is not None and vac[0].actor2.name == "Civilians (Syria)"
    assert text[vac[0].actor2.span.start : vac[0].actor2.span.end] == vac[0].actor2.text


def test_a_projectile_falling_on_a_house_is_shelling() -> None:
    text = "قتل رجل جراء سقوط مقذوف على منزله في بلدة حدودية بمنطقة جازان فجر اليوم."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 2))
    assert [(e.acled.sub_event_type, e.fatalities.best) for e in events if e.acled] == [
        ("Shelling/artillery/missile attack", 1)]


def test_a_quotation_does_not_end_the_scope_of_a_plan() -> None:
    text = "ألقت الشرطة القبض على أربعة أشخاص في فاس أمس كانوا يخططون لشن «هجمات» على «منشآت حكومية» وهجوم على «مطار»."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Arrests"]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # a commas-separated subject between the verb and its «بالقذائف»
        ("أمطرت مجموعات مسلحة، ثلاث قرى في ريف حماة بالقذائف أمس.", None),
        # shells counted with a toll before them, and shells that landed
        ("وأفاد ناشطون بمقتل خمسة أشخاص في نحو 200 قذيفة سقطت على قريتين في ريف حماة.", 5),
        ("سقطت قذيفة على منزل في حي الميدان بدمشق أمس.", None),
    ],
)
def test_shelling_told_by_its_shells(text: str, fatalities: int | None) -> None:
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    got = [(e.acled.sub_event_type, e.fatalities.best if e.fatalities else None) for e in events if e.acled]
    assert got == [("Shelling/artillery/missile attack", fatalities)]


def test_a_strike_over_a_list_of_towns_is_one_event_per_town() -> None:
    text = "شنت طائرات التحالف غارات على مواقع للمسلحين في سنجار والموصل وكركوك أمس."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    names = sorted(e.location.name for e in events if e.acled and e.location is not None)
    assert len(names) == 3 and len(set(names)) == 3


def test_an_unidentified_armed_group_is_named_by_the_event_country() -> None:
    text = "اغتال مسلحون مجهولون ضابطا في الشرطة بمدينة عدن أمس."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.actor1.name for e in events if e.actor1] == ["Unidentified Armed Group (Yemen)"]


def test_a_crosshead_flattened_into_a_sentence_is_not_read_for_events() -> None:
    text = ("دارت اشتباكات عنيفة في مدينة تعز أمس بين الطرفين. "
            "قتل وقصف وأسفرت اشتباكات جرت أمس في مدينة عدن عن سقوط 17 قتيلا من المسلحين.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert sorted(e.acled.sub_event_type for e in events if e.acled) == ["Armed clash", "Armed clash"]


def test_death_told_with_mawt_counts_one_victim() -> None:
    text = "هاجم مسلحون منزلا في قرية قرب نابلس فجر أمس في هجوم انتهى بموت رضيع."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.fatalities.best for e in events if e.acled and e.fatalities] == [1]


@pytest.mark.parametrize(
    "text",
    [
        # attacks already told, with only a conventional figure (العشرات): a reference, not a report
        "وأثارت التفجيرات التي قتلت العشرات من السكان غضبا واسعا في المدينة.",
        # readiness and hopes are not happenings
        "وتتأهب وحدات الجيش للتقدم نحو المدينة واستعادتها من المسلحين.",
        "وبددت أعمال العنف الآمال في استئناف قريب للمحادثات بين الجانبين.",
    ],
)
def test_references_readiness_and_hopes_are_not_events(text: str) -> None:
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert events == []


def test_round_up_headlines_and_requested_talks_are_not_events() -> None:
    text = ("* وزير يدعو جيرانه إلى محادثات\n"
            "* عمان - «وكالات»: دعا وزير الخارجية الأردني أمس نظيره العراقي للمشاركة في محادثات إقليمية الشهر المقبل.\n")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.plover.event_type for e in events if e.plover] == ["REQUEST"]


def test_an_event_word_inside_a_name_is_not_an_event() -> None:
    text = "صلى المئات أمس في مسجد علي بن أبي طالب بالمدينة."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert events == []


def test_talks_hoped_for_are_not_a_meeting() -> None:
    text = "وبددت أعمال العنف الآمال في استئناف قريب للمحادثات بين الجانبين."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e for e in events if e.plover and e.plover.event_type == "CONSULT"] == []


def test_an_armed_attack_on_villagers_is_violence_against_civilians() -> None:
    text = "هاجم مسلحون قرية نائية في شمال البلاد أمس وقتلوا 12 من القرويين."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.acled.event_type for e in events if e.acled] == ["Violence against civilians"]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("هاجم مسلحون من جماعة بوكو حرام قرية نائية أمس وقتلوا 12 من القرويين.", "Boko Haram"),
        ("هاجم مسلحون ينتمون لتنظيم داعش حاجزا للجيش في سيناء أمس.", "Islamic State"),
    ],
)
def test_gunmen_of_a_named_group_are_that_group(text: str, actor1: str) -> None:
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.actor1.name for e in events if e.actor1] == [actor1]


def test_a_round_up_sentence_tells_one_happening_per_segment() -> None:
    text = ("قتل ثلاثة مدنيين في قصف مدفعي على بلدة كفرنبل بريف إدلب أمس، فيما قتل طفلان في غارة جوية "
            "على مدينة دوما بريف دمشق.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    got = sorted((e.acled.sub_event_type, e.fatalities.best, e.location.admin1, e.date.start)
                 for e in events if e.acled and e.fatalities and e.location)
    assert got == [("Air/drone strike", 2, "Rural Damascus", "2015-07-19"),
                   ("Shelling/artillery/missile attack", 3, "Idleb", "2015-07-19")]


def test_a_monitor_that_documents_deaths_is_no_agent() -> None:
    text = "وثق المرصد مقتل خمسة أشخاص في قصف على حي سكني في حلب أمس."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.actor1 for e in events if e.acled] == [None]


@pytest.mark.parametrize(
    ("text", "n_events"),
    [
        # the indefinite accusative of a masculine event noun is written with alif
        ("نظم مئات المواطنين اعتصاما أمام مبنى المحافظة في البصرة أمس.", 1),
        # but «احتجاجاً على» after another act tells why, not that a protest took place
        ("استقال الوزير أمس احتجاجا على قرار الحكومة.", 0),
    ],
)
def test_accusative_event_nouns(text: str, n_events: int) -> None:
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert len(events) == n_events


def test_an_advance_on_a_front_is_a_battle() -> None:
    events, _ = annotate_document("تقدمت قوات الجيش على جبهة صرواح في مأرب أمس بعد معارك مع المسلحين.",
                                  published=dt.date(2015, 7, 20))
    assert [e.acled.event_type for e in events if e.acled] == ["Battles"]
    events, _ = annotate_document("تقدم المواطن بطلب إلى الوزارة أمس.", published=dt.date(2015, 7, 20))
    assert events == []


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("اعتقلت الشرطة خمسة أشخاص في الموصل أمس.", "Police Forces of Iraq"),
        ("تقدمت قوات الجيش على جبهة صرواح في مأرب أمس.", "Military Forces of Yemen"),
        ("قتل ثلاثة من عناصر الأمن في هجوم على حاجز في العريش أمس.", None),  # victims, not the agent
    ],
)
def test_the_army_or_police_without_a_country_are_the_event_countrys(text: str, actor1: str | None) -> None:
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.actor1.name if e.actor1 else None for e in events if e.acled] == [actor1]


@pytest.mark.parametrize(
    ("text", "plover", "actor1", "actor2"),
    [
        ("دعا الرئيس الفرنسي إيران إلى وقف دعمها للنظام السوري.", "REQUEST", "Government of France", "Government of Iran"),
        ("دعت سيول بيونغ يانغ إلى المشاركة في المحادثات.", "REQUEST", "Government of South Korea", "North Korea"),
        ("اتهم الرئيس التركي إيران بدعم الإرهاب.", "ACCUSE", "Government of Turkey", "Government of Iran"),
    ],
)
def test_a_state_subject_and_a_state_object_of_a_political_verb(text: str, plover: str, actor1: str, actor2: str) -> None:
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    got = [(e.plover.event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
           for e in events if e.plover]
    assert got == [(plover, actor1, actor2)]


@pytest.mark.parametrize(
    ("text", "kind", "actor1"),
    [
        ("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي جون كيري في القاهرة أمس.", "CONSULT",
         "Abdel Fattah al-Sisi"),
        ("فرضت الولايات المتحدة عقوبات على مسؤولين إيرانيين أمس.", "SANCTION", None),
        ("وقعت الحكومة الليبية والمؤتمر الوطني اتفاقا لتقاسم السلطة أمس.", "AGREE", "Government of Libya"),
        ("أعلنت الوزارة القبض على خلية إرهابية في الرياض أمس.", "COERCE", None),
    ],
)
def test_interactions_with_words_between_verb_and_complement(text: str, kind: str, actor1: str | None) -> None:
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    got = [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover]
    assert got and got[0][0] == kind and (actor1 is None or got[0][1] == actor1)


def test_an_execution_by_an_armed_group_is_an_attack_but_a_judicial_one_is_not_coded() -> None:
    events, _ = annotate_document("أعدم تنظيم داعش ثلاثة رجال في مدينة الرقة أمس بتهمة التجسس.",
                                  published=dt.date(2015, 7, 20))
    assert [(e.acled.event_type, e.actor1.name) for e in events if e.acled and e.actor1] == [
        ("Violence against civilians", "Islamic State")]
    events, _ = annotate_document("أعدمت السلطات صباح أمس خمسة مدانين في سجن الناصرية.", published=dt.date(2015, 7, 20))
    assert events == []


def test_a_monitors_round_up_sentence_gives_each_death_its_event() -> None:
    text = ("وثق المرصد مقتل 4 مواطنين جراء قصف على بلدة كفرزيتا بريف حماة أمس، ومقتل رجل برصاص قناص "
            "في حي جوبر بدمشق، كما قتل مقاتلان خلال اشتباكات في ريف اللاذقية.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    tolls = sorted(e.fatalities.best for e in events if e.acled and e.fatalities)
    assert tolls == [1, 2, 4]


@pytest.mark.parametrize(
    ("text", "n_events"),
    [
        ("وانتقد المحلل السياسي خالد الدخيل قرار الحكومة.", 0),
        ("رفض وزير الخارجية عادل الجبير تصريحات المالكي.", 1),
    ],
)
def test_former_officials_and_analysts_speak_for_no_party(text: str, n_events: int) -> None:
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert len([e for e in events if e.plover and not e.acled]) == n_events


def test_a_happening_without_its_day_takes_the_day_just_told() -> None:
    text = ("اندلعت اشتباكات عنيفة أمس بين الجيش والمسلحين في مدينة الرمادي. "
            "وقصفت المدفعية مواقع المسلحين في حي الملعب بالمدينة.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert {e.date.start for e in events if e.acled} == {"2015-07-19"}


@pytest.mark.parametrize(
    "text",
    [
        "طالب المتظاهرون في ساحة التحرير بإقالة المسؤولين الفاسدين.",  # the protest's own demand
        "ويكون البلد قد طوى الهدنة التي طالب بها الرئيس أمس.",  # told about the truce, not a new request
        "وقال متحدث باسم البحرية إنه لا يمكنه تأكيد أو نفي الوفيات.",  # neither confirmed nor denied
    ],
)
def test_statements_that_are_not_new_interactions(text: str) -> None:
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e for e in events if e.plover and not e.acled] == []


def test_the_gunmen_of_a_group_in_construct_are_that_group() -> None:
    events, _ = annotate_document("هاجم مسلحو بوكو حرام قرية في ولاية بورنو أمس وقتلوا عشرة من سكانها.",
                                  published=dt.date(2015, 7, 20))
    assert [e.actor1.name for e in events if e.acled and e.actor1] == ["Boko Haram"]


def test_vehicles_belonging_to_a_group_make_it_the_target_not_the_agent() -> None:
    text = ("نفذت المقاومة عملية في مدينة قعطبة أمس، حيث استهدفت عربتين عسكريتين تابعتين لميليشيات الحوثي "
            "بعبوتين ناسفتين.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.actor1.name for e in events if e.acled and e.actor1] != ["Houthis"]


def test_an_attack_launched_and_repelled_is_a_battle_a_foiled_plot_is_nothing() -> None:
    day = dt.date(2015, 7, 23)
    events, _ = annotate_document("أحبطت المقاومة أمس هجوما شنه مسلحون على مواقعها في مدينة مأرب.", published=day)
    assert [e.acled.event_type for e in events if e.acled] == ["Battles"]
    events, _ = annotate_document("أحبطت الشرطة هجوما إرهابيا كان يستهدف مسجدا في الرياض.", published=day)
    assert events == []


def test_background_notes_are_not_reports() -> None:
    text = "ويذكر أن هجوما مماثلا استهدف مسجدا في المدينة قبل شهرين وأسفر عن مقتل 20 شخصا."
    events, _ = annotate_document("قال مسؤول إن الوضع هادئ. " + text, published=dt.date(2015, 7, 20))
    assert events == []


def test_a_verb_with_a_plural_subject_suffix_has_its_subject_before_it() -> None:
    text = "وكان الحوثيون أمس طالبوا الأمم المتحدة بوقف الغارات على صنعاء."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    got = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in events if e.plover]
    assert got == [("Houthis", "United Nations")]


def test_an_organised_sit_in_is_a_protest() -> None:
    events, _ = annotate_document("نظم حراس المسجد اعتصاما أمام مركز الشرطة في البلدة القديمة بالقدس أمس.",
                                  published=dt.date(2015, 7, 20))
    assert [e.acled.event_type for e in events if e.acled] == ["Protests"]


def test_press_sources_are_not_civilian_targets_and_a_bare_feature_word_is_no_place() -> None:
    text = ("وقالت مصادر صحفية إن المسلحين شنوا هجوما على مواقع المقاومة في جبهة الجفينة جنوب مأرب أمس، "
            "واندلعت مواجهات عنيفة بين الطرفين خلفت قتلى وجرحى.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.acled.event_type for e in events if e.acled] == ["Battles"]
    from marsad.places import find_places

    got = [(p.text, p.place.country) for p in find_places("في سوق شعبية بمدينة درعا") if p.place is not None]
    assert got == [("بمدينة درعا", "SY")]


def test_place_named_before_a_list_of_other_towns_is_one_more_location() -> None:
    text = "خرج آلاف المتظاهرين أمس في العاصمة الليبية طرابلس ومدن أخرى، منها بنغازي ومصراتة، احتجاجا على غلاء الأسعار."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    got = sorted(e.location.name for e in events if e.acled and e.location)
    assert got == ["Benghazi", "Misratah", "Tripoli"]


def test_a_where_clause_happens_at_the_place_just_told() -> None:
    text = ("نفذ مسلحون عملية في محافظة أبين وتحديدا وسط مدينة زنجبار، حيث فجروا عبوة ناسفة بدورية عسكرية، "
            "قبل أن ينسحبوا نحو جبال قريبة من مدينة عدن.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    got = [(e.acled.event_type, e.location.name) for e in events if e.acled and e.location]
    assert got == [("Explosions/Remote violence", "Zinjibar")]
    from marsad.places import find_places

    assert [p.precision for p in find_places("انفجرت عبوة وسط مدينة زنجبار") if p.place is not None] == [1]


def test_a_verb_carrying_a_plural_subject_continues_the_earlier_subject() -> None:
    text = "وأقام مسلحو حركة الشباب حاجزا، مساء أمس، على طريق سريع قرب مدينة كسمايو، وهاجموا السائقين."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.actor1.name if e.actor1 else None for e in events if e.acled] == ["Al Shabaab"]


def test_groups_of_dead_joined_by_and_or_in_addition_add_up() -> None:
    for text, best in [
        ("أسفر التفجير الذي استهدف مسجدا في أبها عن مقتل عشرة من رجال الأمن وثلاثة من العمال، وإصابة تسعة آخرين.", 13),
        ("استهدف تفجير مسجدا في أبها، وقتل فيه 13 من رجال الأمن، إضافة إلى ثلاثة من العمال.", 16),
        ("قتل 10 أشخاص في 3 هجمات في بغداد.", 10),
    ]:
        events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
        assert [e.fatalities.best if e.fatalities else None for e in events] == [best], text


def test_a_dual_victim_noun_counts_two() -> None:
    for text, killed, injured in [
        ("قتل شرطيان في هجوم مسلح على حاجز أمني في العريش أمس.", 2, None),
        ("أصيب جنديان بجروح في انفجار عبوة ناسفة في بغداد.", None, 2),
    ]:
        events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
        got = [(e.fatalities.best if e.fatalities else None, e.injured.best if e.injured else None) for e in events]
        assert got == [(killed, injured)], text


def test_a_coordinated_casualty_word_is_not_the_counted_noun() -> None:
    text = "قال مسؤول إن المواجهات التي دارت أمس في الرمادي أسفرت عن مقتل 29 وجرح 15 من مسلحي التنظيم."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [(e.fatalities.best if e.fatalities else None, e.injured.best if e.injured else None) for e in events] \
        == [(29, 15)]


def test_dropped_barrel_bombs_are_air_strikes_and_protesters_throwing_fire_bombs_riot() -> None:
    for text, kind in [
        ("وقام طيران النظام المروحي بإلقاء براميل متفجرة على المدينة أمس.", ("Explosions/Remote violence", "Air/drone strike")),
        ("ألقى الطيران المروحي 28 برميلا متفجرا على أحياء في مدينة درعا.", ("Explosions/Remote violence", "Air/drone strike")),
        ("ألقى متظاهرون قنابل حارقة على مركز للشرطة في المنامة.", ("Riots", "Violent demonstration")),
        ("أحرق متظاهرون إطارات في شوارع المنامة.", ("Riots", "Violent demonstration")),
    ]:
        events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
        assert [(e.acled.event_type, e.acled.sub_event_type) for e in events if e.acled] == [kind], text
    assert annotate_document("ألقى الرئيس كلمة أمام البرلمان أمس.", published=dt.date(2015, 7, 20))[0] == []


def test_fighting_that_continued_at_a_place_is_reported_and_the_assad_regime_is_the_syrian_military() -> None:
    events, _ = annotate_document("واستمرت المعارك العنيفة في محيط مدينة درعا، حيث تراجعت قوات المعارضة.",
                                  published=dt.date(2015, 7, 20))
    assert [(e.acled.event_type, e.location.name) for e in events if e.acled and e.location] == [("Battles", "Daraa")]
    assert annotate_document("واستمرت الاحتجاجات في تونس منذ أشهر.", published=dt.date(2015, 7, 20))[0] == []
    events, _ = annotate_document("وكانت مروحيات تابعة لنظام الأسد ألقت براميل متفجرة على أحياء في مدينة درعا.",
                                  published=dt.date(2015, 7, 20))
    assert [e.actor1.name for e in events if e.actor1] == ["Military Forces of Syria"]


def test_territory_is_regained_by_state_forces_and_overtaken_by_other_groups() -> None:
    for text, sub in [
        ("وتمكن الجيش السوري من السيطرة على حي الصابرين في مدينة حمص أمس.", "Government regains territory"),
        ("واستعاد تنظيم داعش السيطرة على بلدة في ريف حلب أمس.", "Non-state actor overtakes territory"),
        # (the Popular Resistance is affiliated with the forces loyal to Hadi: ACLED's «government forces or their
        # affiliates» regain territory — session 16; it read «Non-state actor overtakes territory» before)
        ("وقالت مصادر إن المقاومة الشعبية تمكنت من السيطرة على مدينة جعار أمس بعد معارك مع الحوثيين.",
         "Government regains territory"),
    ]:
        events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
        assert [e.acled.sub_event_type for e in events if e.acled] == [sub], text
    assert annotate_document("لم تتمكن فرق الإطفاء من السيطرة على الحرائق في الغابة.", published=dt.date(2015, 7, 20))[0] == []


def test_asset_freeze_pledge_and_visit_are_political_events_but_not_a_coming_visit() -> None:
    for text, kind in [
        ("جمدت الحكومة التركية رسميا أموال الرئيس اليمني السابق علي عبدالله صالح.", "SANCTION"),
        ("تعهد وزير الخارجية الفرنسي للحكومة التونسية بتقديم دعم عاجل لقوات الأمن.", "SUPPORT"),
        ("قال الرئيس الأميركي باراك أوباما في اليوم الثاني من زيارة رسمية إلى كينيا إن العلاقات تتحسن.", "CONSULT"),
    ]:
        events, _ = annotate_document(text, published=dt.date(2015, 7, 25))
        assert [e.plover.event_type for e in events if e.plover and not e.acled] == [kind], text
    events, _ = annotate_document("وقالت مصادر إن الاجتماع يأتي قبل يومين فقط من زيارة الوزير إلى طهران.",
                                  published=dt.date(2015, 7, 25))
    assert [e for e in events if e.plover and e.plover.mode == "visit"] == []


def test_an_event_word_after_a_negating_masdar_in_its_clause_is_not_reported() -> None:
    text = "وأكد المتحدث باسم الشرطة عدم تعرض أي مركز آخر في المدينة لمحاولة تفجير إرهابي."
    assert annotate_document(text, published=dt.date(2015, 7, 20))[0] == []


def test_clashes_without_an_armed_side_where_stones_are_thrown_are_a_riot() -> None:
    text = ("اندلعت مواجهات أمس في ساحة المسجد الكبير في المدينة القديمة بالقدس. "
            "وقالت الشرطة إن شبانا ملثمين قاموا برشق الحجارة باتجاه عناصرها.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [(e.acled.event_type, e.acled.sub_event_type) for e in events if e.acled][:1] == \
        [("Riots", "Violent demonstration")]
    events, _ = annotate_document("اندلعت اشتباكات عنيفة بين الجيش السوري ومقاتلي المعارضة في ريف درعا أمس.",
                                  published=dt.date(2015, 7, 20))
    assert [e.acled.event_type for e in events if e.acled] == ["Battles"]


def test_seized_things_are_not_territory_and_a_man_is_not_the_subject_of_a_feminine_verb() -> None:
    events, _ = annotate_document("وفتشت قوات الاحتلال محلات تجارية في مخيم الفوار جنوب الخليل، واستولت على كاميرات مراقبة.",
                                  published=dt.date(2015, 7, 20))
    assert [e for e in events if e.acled and "territory" in (e.acled.sub_event_type or "")] == []
    events, _ = annotate_document("وقالت مصادر فلسطينية إن قوات الاحتلال اعتقلت الشاب سامر عودة على حاجز عسكري قرب مدينة الخليل.",
                                  published=dt.date(2015, 7, 20))
    assert [e.actor1.name for e in events if e.acled and e.actor1] == ["Military Forces of Israel"]


def test_attacks_told_as_a_continuing_circumstance_are_not_an_event() -> None:
    text = ("صرح الرئيس الثلاثاء أن مواصلة المحادثات مستحيلة مع استمرار المتمردين في شن هجمات دامية على قوات الأمن.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 28))
    assert [e for e in events if e.acled] == []


def test_a_protest_whose_protesters_are_told_acting_is_reported() -> None:
    text = "وأوضحت مصادر محلية في مدينة تعز أن تظاهرات لأنصار الحزب رفعوا خلالها صور قادتهم وطالبوا بالإفراج عنهم."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.acled.event_type for e in events if e.acled] == ["Protests"]


def test_a_place_in_the_name_of_a_newspaper_is_not_where_it_happened() -> None:
    text = "وقال الكاتب في مقال نشرته صحيفة عدن أمس إن انفجار عبوة ناسفة هز مدينة المكلا صباح اليوم."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.location.name for e in events if e.acled and e.location] == ["Al Mukalla"]


def test_a_feminine_verb_without_a_subject_after_it_continues_the_earlier_subject() -> None:
    text = ("وقامت عناصر الشرطة الإسرائيلية بتفريق المعتصمين أمام المركز في القدس، كما اعتقلت مصورا صحفيا "
            "كان يغطي الاعتصام.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    arrests = [e for e in events if e.acled and e.acled.sub_event_type == "Arrests"]
    assert arrests and all(e.actor1 is not None and e.actor1.name == "Police Forces of Israel" for e in arrests)


def test_one_statement_of_one_speaker_makes_one_interaction() -> None:
    text = ("أدان وزير الخارجية الأردني ناصر جودة الهجوم على المسجد. وطالب الوزير جودة المجتمع الدولي بموقف حازم. "
            "ورفض الوزير جودة أي تبرير للعنف.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    political = [e for e in events if e.plover and not e.acled]
    assert len(political) == 1 and len(political[0].evidence) >= 2


def test_a_match_is_not_a_clash() -> None:
    text = "ويخوض الفريق خلال فترة الإعداد عددا من المواجهات الودية، حيث يلتقي منتخب البلاد في مباراة أمام نادي المدينة."
    assert annotate_document(text, published=dt.date(2015, 7, 20))[0] == []
    text = "قتل ثلاثة أشخاص في هجوم بعبوة ناسفة استهدف ملعبا لكرة القدم في بغداد أمس."
    assert [e.acled.event_type for e in annotate_document(text, published=dt.date(2015, 7, 20))[0] if e.acled] \
        == ["Explosions/Remote violence"]


def test_the_agent_of_a_condemned_bombing_is_not_the_one_who_condemns() -> None:
    text = "شجب أسامة النجيفي نائب رئيس الجمهورية العراقية التفجير الذي نفذه الإرهابيون في جزيرة سترة في البحرين."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 1))
    got = [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover and not e.acled]
    assert got == [("ACCUSE", "Osama al-Nujaifi")]


def test_an_officer_and_three_soldiers_are_four_and_a_takeover_noun_is_no_anaphor() -> None:
    events, _ = annotate_document("قتل ضابط وثلاثة جنود في هجوم على حاجز للجيش في مدينة العريش أمس.",
                                  published=dt.date(2015, 7, 20))
    assert [e.fatalities.best if e.fatalities else None for e in events] == [4]
    text = ("قتل خمسة جنود في اشتباكات مع المسلحين قرب مدينة زنجبار. وذكر مصدر أن اشتباكات اندلعت في منطقة "
            "المخدرة بمأرب، تمكن المقاتلون بعدها من السيطرة على مواقع كان يسيطر عليها المسلحون، وأدت إلى مصرع 15 مسلحا.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert sorted(e.fatalities.best for e in events if e.fatalities) == [5, 15]


def test_declining_to_comment_or_to_surrender_is_no_rejection() -> None:
    for text in ("ورفض المتحدث باسم الوزارة التعليق على التقارير أمس.",
                 "ورفض المسلحون الاستسلام رغم الحصار المفروض على الحي."):
        events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
        assert [e for e in events if e.plover and e.plover.event_type == "REJECT"] == [], text


def test_a_phone_call_between_parties_is_consult_but_a_phone_interview_is_not() -> None:
    events, _ = annotate_document("وتلقى خادم الحرمين الشريفين اتصالا هاتفيا من الرئيس الفرنسي فرانسوا هولاند أمس.",
                                  published=dt.date(2015, 7, 20))
    assert [(e.plover.event_type, e.plover.mode) for e in events if e.plover] == [("CONSULT", "phone call")]
    events, _ = annotate_document("وأوضح اللواء سامر الأحمدي في اتصال هاتفي أجرته معه الصحيفة أن المعارك مستمرة.",
                                  published=dt.date(2015, 7, 20))
    assert [e for e in events if e.plover and e.plover.mode == "phone call"] == []


def test_the_speaker_of_a_condemnation_may_follow_a_long_title() -> None:
    text = ("ندد معالي الرئيس العام لهيئة الإغاثة الإسلامية الشيخ الدكتور سامر بن خالد العتيبي، بالتفجير الذي وقع "
            "في مسجد بمدينة أبها أمس.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    got = [e.actor1.text for e in events if e.plover and not e.acled and e.actor1]
    assert got == ["سامر بن خالد العتيبي"]


def test_an_attack_told_in_full_inside_a_condemnation_is_reported_too() -> None:
    text = ("ندد وزير الداخلية بالتفجير الإرهابي الذي وقع ظهر اليوم الخميس في مسجد بمدينة أبها، "
            "ونتج عنه مقتل 15 شخصا.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 6))
    assert [e.acled.event_type for e in events if e.acled] == ["Explosions/Remote violence"]
    events, _ = annotate_document("أدانت الحكومة الهجوم على المسجد.", published=dt.date(2015, 8, 6))
    assert [e for e in events if e.acled] == []


def test_an_attack_described_inside_a_reason_phrase_is_told_in_passing() -> None:
    events, _ = annotate_document("وجاءت الاعتقالات في أعقاب هجمات عنيفة استهدفت مدنيين في المدينة.",
                                  published=dt.date(2015, 7, 20))
    assert [e for e in events if e.acled and e.acled.event_type != "Strategic developments"] == []


def test_an_advance_is_located_where_it_was_made_not_at_a_list_far_along() -> None:
    text = ("أحرز التنظيم أمس تقدما في ريف حمص الشرقي، بعد سلسلة هجمات عنيفة شنها على مواقع للجيش وقرى تابعة له، "
            "في محاولة منه لتوسيع رقعة سيطرته على مناطق البادية الواسعة من جبال القلمون باتجاه البادية المتصلة "
            "بالرقة ودير الزور، بحسب ما قال مصدر للصحيفة.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    got = [(e.acled.sub_event_type, e.location.admin1) for e in events if e.acled and e.location]
    assert got == [("Armed clash", "Homs")]  # an advance made is fighting; no ground named as taken


def test_a_bracket_saying_where_a_place_lies_is_not_the_event_place() -> None:
    events, _ = annotate_document("وخرجت مظاهرات أمس في محافظة كربلاء (110 كلم جنوب بغداد) احتجاجا على سوء الخدمات.",
                                  published=dt.date(2015, 7, 20))
    assert [e.location.admin1 for e in events if e.acled and e.location] == ["Kerbala"]


def test_the_country_a_group_is_allied_with_is_not_the_event_place() -> None:
    events, _ = annotate_document("وقصفت طائرات حربية الجماعة المتحالفة مع إيران في منطقة دار سعد بعدن أمس.",
                                  published=dt.date(2015, 7, 20))
    assert [e.location.country for e in events if e.acled and e.location] == ["YE"]


def test_a_statement_without_its_day_takes_the_day_the_article_told_last() -> None:
    text = ("عقد المتحدث باسم الخارجية مؤتمرا صحافيا أمس الثلاثاء في العاصمة. وتحدث عن الأوضاع في المنطقة. "
            "وتناول ملفات عدة. وشرح موقف بلاده. ورفض المتحدث باسم الخارجية الأميركية الاتهامات الموجهة لبلاده.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    got = [e.date.start for e in events if e.plover and e.plover.event_type == "REJECT"]
    assert got == ["2015-08-04"]


def test_deaths_in_an_accident_are_not_political_violence() -> None:
    text = "قتل ما لا يقل عن 16 شخصا مساء أمس بعد غرق مركب اصطدم بزورق نهري في محافظة الجيزة."
    assert [e for e in annotate_document(text, published=dt.date(2015, 7, 23))[0] if e.acled] == []
    text = "قتل 16 شخصا في انفجار عبوة ناسفة استهدفت مركبا في نهر دجلة ببغداد."
    assert [e.acled.event_type for e in annotate_document(text, published=dt.date(2015, 7, 23))[0] if e.acled] \
        == ["Explosions/Remote violence"]


def test_providing_weapons_is_aid_by_the_subject_not_the_recipient() -> None:
    text = "وكشفت مصادر أن دول التحالف العربي قدمت للمقاومة الشعبية أوائل الأسبوع الجاري أسلحة نوعية لدعم صمودها."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 25))
    got = [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover and not e.acled]
    assert got == [("AID", "Saudi-led Coalition")]
    assert annotate_document("قدم الوزير استقالته أمس.", published=dt.date(2015, 7, 25))[0] == []


def test_an_event_noun_followed_by_a_future_verb_is_a_plan() -> None:
    text = "وقال مسؤول أمني إن الشرطة تلقت اتصالا يفيد بأن هجوما بالقنبلة سينفذ ظهر اليوم في وسط المدينة."
    assert [e for e in annotate_document(text, published=dt.date(2015, 7, 20))[0] if e.acled] == []


def test_an_attack_confessed_to_is_a_topic_even_after_the_confessors_are_counted() -> None:
    text = "وعرضت قناة محلية مساء أمس اعترافات لنحو ثمانية متهمين حول تنفيذ هجوم بسيارة مفخخة قرب المطار."
    assert [e for e in annotate_document(text, published=dt.date(2015, 7, 20))[0] if e.acled] == []


def test_killed_and_wounded_counted_together_and_a_birth_year_are_no_toll() -> None:
    events, _ = annotate_document("وأوقع الهجوم 33 قتيلاً وجريحاً في مدينة دياربكر أمس.", published=dt.date(2015, 7, 20))
    assert [e.fatalities for e in events if e.acled] == [None]
    events, _ = annotate_document("قتل 7 وجرح 3 في انفجار في بغداد.", published=dt.date(2015, 7, 20))
    assert [(e.fatalities.best, e.injured.best) for e in events if e.fatalities and e.injured] == [(7, 3)]
    events, _ = annotate_document("وكان المتهم الثالث من مواليد 1986 وقتل في انفجار في سوريا.", published=dt.date(2015, 7, 20))
    assert all(e.fatalities is None or e.fatalities.best != 1986 for e in events)


def test_where_a_seized_convoy_was_headed_is_not_where_it_was_seized() -> None:
    text = "واحتجزت جماعة مسلحة عشرين شاحنة تحمل مواد إغاثية في محافظة الحديدة وهي متجهة إلى مخيمات قرب مدينة تعز."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.location.admin1 for e in events if e.acled and e.location] == ["Al Hudaydah"]


def test_an_opinion_column_codes_no_events() -> None:
    column = ("كتبت قبل شهر أن الأمن أولا، وأعتقد اليوم أنني كنت محقا، فقد قتل عشرة أشخاص في تفجير استهدف مسجدا "
              "في المدينة. وأرى أن الحل في التعليم.\nلمراسلة الكاتب: example@example.org")
    assert annotate_document(column, published=dt.date(2015, 8, 7))[0] == []
    report = "قتل عشرة أشخاص في تفجير استهدف مسجدا في مدينة أبها أمس."
    assert annotate_document(report, published=dt.date(2015, 8, 7))[0] != []


def test_a_later_happening_without_its_day_takes_the_day_of_the_lead() -> None:
    text = ("استأنف طيران التحالف أمس غاراته على مواقع المسلحين في محافظة صعدة. وقالت مصادر محلية إن الغارات "
            "استهدفت منازل قادة الجماعة. وأضافت أن القصف طال مخازن أسلحة. وذكر سكان أن طائرات التحالف قصفت "
            "سوقا في مديرية سحار.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 8))
    assert {e.date.start for e in events if e.acled} == {"2015-08-07"}


def test_a_spokesman_briefing_is_one_statement_however_long() -> None:
    text = ("رفض المتحدث باسم الوزارة سامر الخطيب الاتهامات الموجهة لبلاده. وتحدث عن الوضع الإنساني. "
            "وتناول جهود الإغاثة. وعرض أرقاما عن اللاجئين. ورحب المتحدث سامر الخطيب بقرار مجلس الأمن الأخير.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert len([e for e in events if e.plover and not e.acled]) == 1


def test_a_threat_word_far_back_in_a_long_sentence_does_not_make_an_attack_a_threat() -> None:
    text = ("وانتقد البيان التصريحات العدوانية والتهديدات المتكررة ضد دول المنطقة وعمليات تهريب الأسلحة التي "
            "ضبطت على الحدود خلال الأشهر الماضية وأخيرا التفجير الذي استهدف مركزا للشرطة في جزيرة سترة أمس.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 2))
    assert [e.plover.event_type for e in events if e.plover and e.plover.event_type == "THREATEN"] == []


def test_a_monitor_named_before_its_report_verb_is_no_party() -> None:
    text = "وكان «المرصد السوري» ذكر أن المعارك تجددت قرب بلدة مضايا بريف دمشق، ما أسفر عن مقتل مقاتل."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert [e.actor1.name for e in events if e.acled and e.actor1] in ([], ["Military Forces of Syria"])


def test_talks_to_be_entered_or_resumed_are_not_held() -> None:
    text = "وقال إن الجار قد يضغط على الحركة للانخراط في محادثات السلام مع الحكومة في العاصمة."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 10))[0] if e.plover] == []


def test_a_verb_form_after_a_demonstrative_is_a_noun_and_a_retaliated_place_is_not_the_event_place() -> None:
    text = "وقال الفنان إن كشف الحقيقة مهمته، وهذا ثمن يجب أن ندفعه جميعا."
    assert [e for e in annotate_document(text, published=dt.date(2015, 7, 20))[0] if e.plover] == []
    text = "وقصفت فصائل المعارضة صباح اليوم بلدتي كفريا والفوعة بريف إدلب بعشرات الصواريخ، ردا على قصف بلدة الزبداني."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.location.admin1 for e in events if e.acled and e.location][:1] == ["Idleb"]


def test_fighting_named_as_a_purpose_is_no_fight_but_an_attack_suffered_is() -> None:
    text = "وأشاد الوزير بقوات البيشمركة نموذجا للقتال ضد التنظيم خلال زيارته أمس إلى أربيل."
    assert [e for e in annotate_document(text, published=dt.date(2015, 7, 24))[0] if e.acled] == []
    text = "تعرض حاجز للجيش لهجوم مسلح أمس في مدينة العريش."
    assert [e.acled.event_type for e in annotate_document(text, published=dt.date(2015, 7, 24))[0] if e.acled] != []


def test_a_group_named_after_a_place_and_an_arrest_decision_are_no_place_nor_arrest() -> None:
    text = ("وأعادت قوات الأمن اعتقال أفراد «خلية القيروان» أمام باب المحكمة وسط العاصمة التونسية مساء أول من أمس. "
            "واحتج محامون على قرار الاعتقال.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    arrests = [e for e in events if e.acled and e.acled.sub_event_type == "Arrests"]
    assert [e.location.admin1 for e in arrests if e.location] == ["Tunis"]


def test_a_statement_in_the_first_sentence_takes_the_day_the_lead_tells_next() -> None:
    text = ("بينما دعا النائب سامر الخطيب إلى إعلان حالة الطوارئ في البلاد، شكل ناشطون لجنة تنسيقية أمس لتنظيم "
            "المظاهرات.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 3))
    assert [e.date.start for e in events if e.plover and e.plover.event_type == "REQUEST"] == ["2015-08-02"]


def test_an_interaction_without_its_actor_is_the_story_subjects_on_its_own_day_and_place() -> None:
    text = ("وصل وزير الدفاع الأميركي آشتون كارتر اليوم الجمعة إلى أربيل. وبعد لقاء جمعه أمس مع نظيره العراقي "
            "في بغداد، بحثا خلاله سبل التعاون العسكري، من المتوقع أن يلتقي اليوم رئيس الإقليم.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 24))
    got = sorted((e.location.admin1 if e.location else None, e.actor1.name if e.actor1 else None)
                 for e in events if e.plover and e.plover.event_type == "CONSULT")
    assert got == [("Baghdad", "Ash Carter"), ("Erbil", "Ash Carter")]


def test_control_announced_and_fighters_expelled_are_territory_changes_with_their_sides() -> None:
    # made-up sentences: a noun of control announced by an armed body, «طرد X من حي», «تمكن من طرد»
    text = "أعلن الجيش العراقي صباح أمس سيطرته الكاملة على مدينة هيت بعد معارك استمرت أسبوعا."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    got = [(e.acled.sub_event_type, e.location.admin1, e.actor1.name if e.actor1 else None) for e in events if e.acled]
    assert got == [("Government regains territory", "Al Anbar", "Military Forces of Iraq")]
    text = "وتمكنت القوات مساء أمس من طرد المسلحين من قرية في ريف مدينة تل أبيض."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    got = [(e.acled.event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
           for e in events if e.acled]
    assert got == [("Battles", None, "Unidentified Armed Group (Syria)")]  # the expelled are the genitive
    text = "سيطر مقاتلو المعارضة والقبائل ليلة أمس الأحد على معسكر قديم ومواقع أخرى في محافظة لحج."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert [e.location.admin1 for e in events if e.acled] == ["Lahj"]  # «على» several words on, then its object
    # a control described in passing (pluperfect after a noun) and a diplomat sent away are no such events
    text = "وصلت القوات أمس إلى حي شمالي المدينة كان سيطر عليه المسلحون."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 5))[0] if e.acled] == []
    text = "طردت الحكومة أمس السفير من البلاد."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 5))[0] if e.acled] == []


def test_an_arrest_announced_by_an_army_is_its_arrest_of_the_named_group() -> None:
    text = "أعلن الجيش الأردني أمس اعتقال خمسة عناصر من جبهة النصرة قرب الحدود في محافظة المفرق."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    got = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in events
           if e.acled and e.acled.sub_event_type == "Arrests"]
    assert got == [("Military Forces of Jordan", "Jabhat al-Nusra")]


def test_a_short_province_name_inside_a_list_of_places_is_a_place_and_each_gets_its_strike() -> None:
    text = "ودكت طائرات التحالف أمس مخازن أسلحة للمتمردين في الضالع وإب والبيضاء."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert sorted(e.location.admin1 for e in events if e.acled) == ["Ad Dali", "Al Bayda", "Ibb"]
    assert {e.acled.sub_event_type for e in events if e.acled} == {"Air/drone strike"}
    text = "وقال إن الأب وابنه وصلا أمس إلى عدن."  # «وابنه»: no place inside the list
    assert [p for e in annotate_document(text, published=dt.date(2015, 8, 5))[0] for p in [e.location] if p] == []


def test_a_way_of_fighting_and_the_rules_of_battle_are_no_happening() -> None:
    text = ("وقال المتحدث إن المتمردين لم يعودوا يواجهون القوات بشكل مباشر بل يعتمدون على القصف العشوائي "
            "بقذائف الهاون، وإن المقاومة غيرت قواعد المعركة في المدينة.")
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 5))[0] if e.acled] == []
    text = "واعتمدت القوات أمس على القصف المدفعي لمواقع المسلحين في عدن."  # with its day: it happened
    assert [e.acled.event_type for e in annotate_document(text, published=dt.date(2015, 8, 5))[0] if e.acled] \
        == ["Explosions/Remote violence"]


def test_strikes_on_two_targets_in_two_countries_are_two_events() -> None:
    text = ("وواصلت مقاتلات تركية أمس غاراتها على مواقع تنظيم داعش في سوريا. وأعلنت الحكومة التركية أن طائراتها "
            "شنت أمس غارات على معسكرات لحزب العمال الكردستاني في شمال العراق.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    got = sorted((e.location.country, e.actor2.name if e.actor2 else None) for e in events if e.acled)
    assert got == [("IQ", "Kurdistan Workers' Party"), ("SY", "Islamic State")]


def test_the_owner_of_the_struck_positions_is_the_target() -> None:
    text = "قصفت طائرات التحالف أمس مواقع عسكرية مهمة للمتمردين الحوثيين في صنعاء."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert [(e.actor1.name, e.actor2.name) for e in events if e.acled and e.actor1 and e.actor2] == [
        ("Saudi-led Coalition", "Houthis")]
    text = "شنت المقاتلات التركية أمس غارات على معسكرات تابعة لحزب العمال الكردستاني شمال العراق."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert [e.actor2.name for e in events if e.acled and e.actor2] == ["Kurdistan Workers' Party"]


def test_in_the_hands_of_is_who_held_the_town_not_who_took_it() -> None:
    text = "سيطرت القوات الحكومية أمس على مدينة لودر التي كانت في أيدي المتمردين الحوثيين في محافظة أبين."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert [e.actor1.name if e.actor1 else None for e in events if e.acled] != ["Houthis"]
    assert len([e for e in events if e.acled]) == 1


def test_a_strike_made_public_today_keeps_the_day_it_happened_and_is_no_background() -> None:
    text = ("قال الجيش الأميركي في بيان اليوم الخميس إن غارة لطائرة مسيرة قتلت قياديا في تنظيم القاعدة في أفغانستان. "
            "وأضاف البيان أن الغارة وقعت في الثالث من يوليو (تموز) في ولاية خوست.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 23))
    got = [(e.date.start, e.location.admin1) for e in events if e.acled]
    assert got == [("2015-07-03", "Khost")]
    # the same strike recalled in a later sentence of a story about something else stays background
    text = ("عقد وزير الدفاع الأفغاني اليوم الخميس اجتماعا مع قادة الجيش في كابل لبحث الخطة الأمنية الجديدة. "
            "وكانت غارة لطائرة مسيرة قتلت في الثالث من يوليو (تموز) قياديا في القاعدة في ولاية خوست.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 23))
    assert [e for e in events if e.acled] == []


def test_a_cell_seized_or_dismantled_is_an_arrest_but_seized_goods_are_not() -> None:
    text = "أعلنت وزارة الداخلية الكويتية اليوم الخميس ضبط شبكة إرهابية تضم خمسة متهمين."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 6))
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled] == [
        ("Arrests", "Police Forces of Kuwait")]
    text = "أعلنت الأجهزة الأمنية أمس تفكيك خلية إرهابية في مدينة طنجة."
    assert [e.acled.sub_event_type for e in annotate_document(text, published=dt.date(2015, 8, 6))[0] if e.acled] \
        == ["Arrests"]
    text = "وضبطت الشرطة أمس كمية من المخدرات والأسلحة في مدينة الكويت."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 6))[0] if e.acled] == []


def test_an_indefinite_blast_described_by_what_it_hit_is_reported() -> None:
    text = "استيقظ سكان حي الرمال في مدينة غزة على انفجارات عنيفة استهدفت سيارات لقادة في حركة حماس."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [e.acled.event_type for e in events if e.acled] == ["Explosions/Remote violence"]
    text = "وقال إنهم مهما فعلوا من تفجير وقتل فلن يغيروا شيئا."  # a list of nouns, not a blast that killed
    assert [e for e in annotate_document(text, published=dt.date(2015, 7, 20))[0] if e.acled] == []


def test_the_day_an_operation_took_place_told_after_the_report_day_is_the_events() -> None:
    text = ("أعلن الجيش الأميركي اليوم الخميس أن قياديا بارزا في حركة الشباب قتل في غارة جوية استهدفته في الصومال. "
            "وأوضح البيان أن العملية التي نفذت في الخامس من يوليو (تموز) في إقليم جوبا السفلى أدت إلى مقتل القيادي "
            "واثنين من مرافقيه.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 23))
    assert [e.date.start for e in events if e.acled] == ["2015-07-05"]
    # with no such sentence the report's day stands
    text = "أعلن الجيش الأميركي اليوم الخميس أن قياديا بارزا في حركة الشباب قتل في غارة جوية استهدفته في الصومال."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 23))
    assert [e.date.start for e in events if e.acled] == ["2015-07-23"]


def test_a_house_set_on_fire_with_its_family_is_an_attack_on_civilians_but_burnt_tyres_are_not() -> None:
    text = "توفي طفل رضيع وأصيب والداه فجر اليوم جراء إحراق مستوطنين منزل العائلة في قرية قرب نابلس."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 31))
    got = [(e.acled.event_type, e.actor1.name if e.actor1 else None, e.fatalities.best if e.fatalities else None)
           for e in events if e.acled]
    assert got == [("Violence against civilians", "Israeli settlers", 1)]
    text = "وأضرم مجهولون النار فجر اليوم في منزل عائلة في قرية قرب رام الله."
    assert [e.acled.sub_event_type for e in annotate_document(text, published=dt.date(2015, 7, 31))[0] if e.acled] \
        == ["Attack"]
    text = "وأحرق شبان غاضبون الإطارات أمس في شوارع المدينة."
    assert [e.acled.sub_event_type for e in annotate_document(text, published=dt.date(2015, 7, 31))[0] if e.acled
            and e.acled.event_type == "Violence against civilians"] == []
    text = "وقال إن المعارك اشتدت أمس قرب الرمادي حيث تم حرق وتدمير خمس آليات للتنظيم."
    assert [e.acled.event_type for e in annotate_document(text, published=dt.date(2015, 7, 31))[0] if e.acled
            and e.acled.event_type == "Violence against civilians"] == []


def test_a_later_sentence_refines_the_place_only_inside_it() -> None:
    # (the town named later is at the other end of the country: it does not refine the district)
    text = ("قتل 12 مدنيا أمس في قصف بالصواريخ استهدف أحياء سكنية في مديرية دار سعد شمال عدن. "
            "وقال سكان إن عدد قتلى القصف على الأحياء بلغ 12 قتيلا، وإن القصف جاء بعد أيام من معارك في "
            "مدينة صعدة.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    assert [(e.location.name, e.location.admin1) for e in events if e.acled] == [("Dar Sad", "Aden")]


def test_a_fuel_station_blast_is_an_accident_and_a_sports_report_has_no_attacks() -> None:
    text = "لقي 40 شخصا مصرعهم ليلة أمس في انفجار بمحطة للوقود في العاصمة أكرا."
    assert [e for e in annotate_document(text, published=dt.date(2015, 6, 5))[0] if e.acled] == []
    text = "قتل ثلاثة أشخاص أمس في تفجير سيارة مفخخة قرب محطة للوقود في مدينة الموصل."  # a car bomb is no accident
    assert [e.acled.event_type for e in annotate_document(text, published=dt.date(2015, 6, 5))[0] if e.acled] \
        == ["Explosions/Remote violence"]
    text = ("خاض الفريق مباراته الودية الثالثة أمس في معسكره الخارجي، وقال المدرب إن اللاعبين استفادوا من المباريات. "
            "وغاب عن خط الهجوم لاعبان بسبب الإصابة.")
    assert [e for e in annotate_document(text, published=dt.date(2015, 6, 5))[0] if e.acled] == []


def test_since_this_morning_is_today_but_since_last_year_sums_a_period() -> None:
    text = "قتل خمسة أشخاص منذ صباح اليوم في قصف على أحياء مدينة حلب."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert [(e.date.start, e.fatalities.best) for e in events if e.acled] == [("2015-08-05", 5)]
    text = "ومنذ أكتوبر (تشرين الأول) 2014 نفذ التنظيم سبع عمليات في البلاد، آخرها تفجير مسجد في مدينة الدمام."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 5))[0] if e.acled] == []


def test_a_journalist_who_tells_of_the_fighting_is_not_its_actor() -> None:
    text = ("ويقول الصحافي سامي الحكيمي، من مدينة تعز، إن اشتباكات عنيفة دارت أمس بين المقاومة الشعبية "
            "والمسلحين الحوثيين في حي الروضة.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 26))
    assert [e.actor1.name if e.actor1 else None for e in events if e.acled] != ["Sami al-Hakimi"]
    assert all(not (e.actor1 and "Hakimi" in e.actor1.name) for e in events if e.acled)
    # the two sides named a few words on («دارت أمس بين X و Y»)
    assert [(e.actor1.name, e.actor2.name) for e in events if e.acled and e.actor1 and e.actor2] == [
        ("Popular Resistance", "Houthis")]


def test_years_and_earlier_happenings_in_the_sentence_frame_what_is_reported() -> None:
    # an earlier happening with its own dead after «بعد» is not the cause of the reported clash
    text = ("قال مسؤول عسكري اليوم إن جنديين قتلا في اشتباكات مع مسلحين على الحدود اليوم، وذلك بعد تفجير "
            "انتحاري قتل 40 شخصا في بلدة حدودية قبل أسبوع.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 23))
    got = [(e.acled.event_type, e.fatalities.best if e.fatalities else None) for e in events if e.acled]
    assert ("Explosions/Remote violence", 40) not in got and got[0][0] == "Battles"
    # a year told earlier in the sentence, no day: history
    text = "* الهجوم على السياح في مدينة الأقصر عام 1997، إذ قتل 58 سائحا."
    assert [e for e in annotate_document(text, published=dt.date(2015, 7, 23))[0] if e.acled] == []
    # a year in a relative clause about the place does not make today's attack history
    text = "قتل خمسة جنود أمس في هجوم على حاجز قرب مدينة العريش التي شهدت هجوما مماثلا عام 2013."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 23))
    assert [e.fatalities.best for e in events if e.acled] == [5]


def test_a_supporting_force_is_no_target_nor_the_weapon_and_a_count_is_no_strike() -> None:
    text = "سيطرت المقاومة المسنودة بقوات الجيش الوطني وطيران التحالف أمس على وادي عقان شمال محافظة لحج."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    got = [(e.acled.event_type, e.actor2.name if e.actor2 else None) for e in events if e.acled]
    assert got == [("Battles", None)]  # no air strike, no army as the other side
    text = "وقال التقرير الصادر أمس إن العدد الأكبر من القنابل البرميلية سقط في ريف دمشق خلال الشهر الماضي."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 5))[0] if e.acled] == []
    text = "وشن الطيران أمس عددا من الغارات على مواقع في مدينة درعا."  # «عددا من»: a number of strikes
    assert [e.acled.sub_event_type for e in annotate_document(text, published=dt.date(2015, 8, 5))[0] if e.acled] \
        == ["Air/drone strike"]


def test_an_official_visiting_the_wounded_neither_meets_anyone_nor_bombed_them() -> None:
    text = ("وزار الأمير خالد بن سعود أمير المنطقة بعد ظهر اليوم، المصابين من رجال الأمن في المستشفى العام، "
            "الذين أصيبوا جراء تفجير استهدف مقرهم أمس.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e for e in events if e.plover and e.plover.event_type == "CONSULT"] == []
    assert [e.actor1.name if e.actor1 else None for e in events if e.acled] in ([], [None])
    text = "زار وزير الخارجية الأميركي أمس القاهرة حيث التقى الرئيس المصري."
    assert [e.plover.event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] \
        == ["CONSULT"]


def test_rain_that_regains_a_valley_and_readiness_to_strike_are_no_events() -> None:
    text = "استعادت أودية منطقة جازان خضرتها أمس بعد هطول الأمطار الغزيرة."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 2))[0] if e.acled] == []
    text = "وقال رئيس الوزراء اليوم إنه مستعد لإصدار أوامر بتوجيه ضربات جوية ضد التنظيم في ليبيا."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 2))[0] if e.acled] == []


def test_prayers_prophets_and_stopped_services_are_no_events() -> None:
    for text in ["ودعا سمو الأمير الله عز وجل أن يتغمد الضحايا بواسع رحمته.",
                 "حين قتل موسى عليه السلام رجلا خطأ استغفر ربه.",
                 "وأوقفت الحكومة أمس تقديم المساعدات الطبية للمقاتلين في مستشفياتها."]:
        assert annotate_document(text, published=dt.date(2015, 8, 5))[0] == [], text
    text = "قتل خمسة أمس بعد انهيار محادثات السلام في مدينة جوبا."  # «السلام» alone is peace
    assert [e.fatalities.best for e in annotate_document(text, published=dt.date(2015, 8, 5))[0] if e.acled] == [5]
    text = "وأوقفت الشرطة أمس خمسة أشخاص في مدينة إزمير."
    assert [e.acled.sub_event_type for e in annotate_document(text, published=dt.date(2015, 8, 5))[0] if e.acled] \
        == ["Arrests"]


def test_a_price_paid_is_no_appreciation() -> None:
    text = "وقال وزير الداخلية محمد الغبان أمس إن التنظيم سيدفع ثمنا غاليا، وإن الحكومة لن تتهاون."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 5))[0]
            if e.plover and e.plover.event_type == "SUPPORT"] == []


def test_protesters_beaten_or_killed_are_the_victims_not_the_agents() -> None:
    text = "وهاجمت القوات أمس المتظاهرين في ساحة التحرير وقتلت ثلاثة منهم."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert [e.fatalities.best for e in events if e.acled] == [3]
    assert all(not (e.actor1 and e.actor1.name.startswith("Protesters")) for e in events if e.acled)


def test_a_foreign_base_attacked_does_not_make_its_army_the_attacker() -> None:
    text = "وأعلن الحلف أمس أن الهجوم على قاعدة عسكرية أمريكية في كابول أسفر عن مقتل ثمانية مدنيين."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 8))
    assert [e.actor1.name if e.actor1 else None for e in events if e.acled] == [None]
    text = "غارة جوية إسرائيلية أمس على موقع في جنوب سوريا."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 8))
    assert [e.actor1.name for e in events if e.acled and e.actor1] == ["Military Forces of Israel"]


def test_a_happening_with_no_place_in_an_article_without_a_lead_place_takes_the_country() -> None:
    # the arresting state's country, not the country the suspects fought in (named more often)
    text = ("أعلنت وزارة الداخلية الأردنية اليوم ضبط خلية إرهابية تضم خمسة متهمين. "
            "وقالت إن المتهمين قاتلوا في سوريا وتلقوا تدريبات في سوريا والعراق قبل عودتهم.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 30))
    got = [(e.location.country, e.location.precision) for e in events if e.acled and e.location]
    assert got == [("JO", 3)]


def test_the_first_of_its_kind_since_a_year_compares_and_does_not_date() -> None:
    text = "وقال مسؤول أمس إن الطائرات نفذت ضربة جوية ليلة الأربعاء في شرق البلاد، هي الأولى من نوعها منذ العام 2006."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Air/drone strike"]
    text = "وكانت الطائرات نفذت ضربات مماثلة منذ العام 2006 في شرق البلاد."  # a since-year that dates: background
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 5))[0] if e.acled] == []


def test_a_strike_without_a_place_takes_the_theatre_not_the_striking_state() -> None:
    # the article names the United States most, but its happenings take place in Syria; a country is not one
    # place, so the abduction and the strike stay two happenings
    text = ("قال مسؤول أميركي اليوم إن الولايات المتحدة ستواصل حملتها ضد التنظيم. وأضاف أن الولايات المتحدة "
            "وحلفاءها ملتزمون بالحملة وأن الولايات المتحدة لن تتراجع. وقال إن الطائرات قصفت أمس مواقع التنظيم في "
            "سوريا. كما خطف مسلحون أمس ثلاثة مقاتلين من فصيل معارض.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 3))
    got = sorted((e.acled.sub_event_type, e.location.country) for e in events if e.acled and e.location)
    assert got == [("Abduction/forced disappearance", "SY"), ("Air/drone strike", "SY")]


def test_a_regime_named_by_its_capital_and_which_religion_are_no_places() -> None:
    text = "اندلعت أمس معارك ضارية بين المقاتلين الأكراد المناهضين لنظام طهران والجيش غرب البلاد."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert [(e.location.name, e.location.precision) for e in events if e.acled] == [("Iran", 3)]  # not Tehran
    assert [p.text for p in find_places("وسأل الكاتب: عن أي دين تتحدثون؟") if p.place] == []


def test_who_advanced_at_the_expense_of_whom() -> None:
    text = "واصل مقاتلو المقاومة الشعبية في محافظة لحج أمس تقدمهم على حساب ميليشيات الحوثي، وسيطروا على مدينة الحوطة."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert [e.actor1.name for e in events if e.acled and e.actor1] == ["Popular Resistance"]


def test_a_phone_call_with_a_newspaper_is_an_interview_not_a_consultation() -> None:
    text = "ودعا الأمين العام للهيئة الشيخ سعد الخثلان، في اتصال هاتفي أمس مع «الشرق الأوسط»، إلى تشديد العقوبات."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 6))
    assert [e for e in events if e.plover and e.plover.event_type == "CONSULT"] == []
    text = "وأجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا أمس مع الملك سلمان بحثا خلاله الأوضاع في اليمن."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 6))
    assert [e.plover.event_type for e in events if e.plover] == ["CONSULT"]


def test_a_stabbing_is_an_attack_an_appeal_is_not_and_a_march_is_no_drone() -> None:
    text = "طعن رجل متشدد ستة أشخاص أمس خلال مسيرة في القدس."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 31))
    assert [(e.acled.event_type, e.acled.sub_event_type) for e in events if e.acled] == [
        ("Violence against civilians", "Attack")]
    for text in ["وطعن المحامي في الحكم أمام محكمة الاستئناف أمس.", "طعن الحزب أمس في نتائج الانتخابات."]:
        assert annotate_document(text, published=dt.date(2015, 7, 31))[0] == [], text
    text = "وهاجم رجل بسكين المشاركين في مسيرة بمدينة حيفا أمس وأصاب اثنين منهم."
    assert [e.acled.sub_event_type for e in annotate_document(text, published=dt.date(2015, 7, 31))[0] if e.acled] \
        == ["Attack"]


def test_refusals_to_confirm_future_talks_and_general_threats_are_no_events() -> None:
    for text in ["ورفضت وزارة الدفاع أمس تأكيد التقارير.",
                 "وأكدت الوزارة أمس حق البلاد في القضاء على مصدر التهديد.",
                 "وتنظر الحكومة بقلق إلى تهديدات المتطرفين في دول الجوار.",
                 "وقتل حينها 14 ضابطا حين اقتحم مسلحون مباني في المدينة."]:
        assert [e for e in annotate_document(text, published=dt.date(2015, 7, 24))[0]
                if e.acled or (e.plover and e.plover.event_type in ("REJECT", "THREATEN"))] == [], text
    text = "رئيس اللجنة الدولية للصليب الأحمر وصل أمس إلى صنعاء في زيارة تستمر ثلاثة أيام، وسيجري محادثات مع الأطراف."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 9))
    assert [e.plover.mode for e in events if e.plover and e.plover.event_type == "CONSULT"] == ["visit"]
    text = "وقال الجيش إن مئات المسلحين مدعومين بدبابات هاجموا أمس القوات الحكومية قرب البلدة."
    assert [e.acled.event_type for e in annotate_document(text, published=dt.date(2015, 7, 24))[0] if e.acled] \
        == ["Battles"]


def test_an_arrest_told_with_a_past_year_is_history() -> None:
    text = "وأضاف أن الجاسوس الذي اعتقل في 1985 وحكم عليه بالسجن المؤبد سيطلق سراحه في نوفمبر."
    assert [e for e in annotate_document(text, published=dt.date(2015, 7, 29))[0] if e.acled] == []


def test_an_armed_group_executing_people_is_an_attack_with_its_dead_but_a_court_sentence_is_not() -> None:
    text = "وقال الناشط إن «تنظيم داعش أعدم أمس تسعة سائقين وسط مدينة الموصل بتهمة التجسس»."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 10))
    got = [(e.acled.event_type, e.actor1.name if e.actor1 else None, e.fatalities.best if e.fatalities else None)
           for e in events if e.acled]
    assert got == [("Violence against civilians", "Islamic State", 9)]
    for text in ["وأعدمت السلطات أمس ثلاثة مدانين بتهريب المخدرات في الرياض.",
                 "أصدرت المحكمة أمس حكما بإعدام ثلاثة متهمين في القاهرة."]:
        assert [e for e in annotate_document(text, published=dt.date(2015, 8, 10))[0] if e.acled] == [], text


def test_two_leaders_who_spoke_a_reservation_a_disowning_and_a_damning_description_are_interactions() -> None:
    cases = [
        ("وقال البيت الأبيض إن الرئيسين الأمريكي باراك أوباما والتركي رجب طيب أردوغان تحدثا هاتفيا يوم الأربعاء.",
         "CONSULT"),
        ("وأبدت وزارة الخارجية القطرية أمس تحفظها على تصريحات الأمين العام للجامعة العربية.", "REJECT"),
        ("ووصف الرئيس التونسي الباجي قائد السبسي أمس الهجوم الذي استهدف الفندق بالعمل الإجرامي الجبان.", "ACCUSE"),
    ]
    for text, kind in cases:
        events, _ = annotate_document(text, published=dt.date(2015, 8, 6))
        assert kind in [e.plover.event_type for e in events if e.plover], text
    text = "ووصف الوزير الوضع في البلاد بأنه مستقر."  # a neutral description is no accusation
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 6))[0] if e.plover] == []


def test_refusing_to_confirm_a_source_of_threat_and_an_air_force_officer_are_no_interaction_nor_air_strike() -> None:
    for text in ["ورفضت وزارة الدفاع الأمريكية (البنتاجون) أمس تأكيد التقارير.",
                 "وأكدت الوزارة أمس حق البلاد في القضاء على مصدر التهديد."]:
        assert [e for e in annotate_document(text, published=dt.date(2015, 8, 6))[0] if e.plover] == [], text
    text = "وقال المرصد إن رجلا مسلحا أقدم أمس على قتل العقيد المهندس في القوات الجوية حسان الشيخ في مدينة اللاذقية."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 8))
    assert [e.acled.sub_event_type for e in events if e.acled and e.acled.sub_event_type == "Air/drone strike"] == []


def test_an_arrest_told_before_the_violence_in_its_sentence_is_its_own_event() -> None:
    text = ("قالت مصادر أمنية أمس إن الشرطة ألقت القبض على ثلاثة مشتبه بهم بحوزتهم عبوات ناسفة في مدينة مروة، "
            "حيث قتل 20 شخصا الشهر الماضي في تفجيرات انتحارية.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 2))
    assert "Arrests" in [e.acled.sub_event_type for e in events if e.acled]


def test_goods_seized_are_looting_and_an_aid_plane_landing_is_aid() -> None:
    text = "واحتجز المسلحون أمس 16 شاحنة محملة بمساعدات إنسانية في محافظة الحديدة."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 27))
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Looting/property destruction"]
    assert [e for e in events if e.plover and e.plover.event_type == "AID"] == []  # the cargo's aid is no AID here
    text = "هبطت في مطار عدن أمس طائرة سعودية ثانية محملة بالمواد الغذائية والأدوية."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 27))
    # («طائرة سعودية»: the demonym on the carrier names the state's forces, as for a strike)
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover] == [
        ("AID", "Military Forces of Saudi Arabia")]
    text = "نظم أطفال النادي الرياضي أمس وقفة تضامنية في مدينة غزة."
    assert [e.acled.event_type for e in annotate_document(text, published=dt.date(2015, 7, 27))[0] if e.acled] \
        == ["Protests"]


def test_a_rally_organised_an_arrest_demanded_and_the_group_whose_gatherings_were_struck() -> None:
    text = "وقال الناشط إن الأهالي الغاضبين نظموا تجمعات في شوارع اللاذقية أمس وطالبوا بتوقيف القاتل."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 8))
    assert [e.acled.event_type for e in events if e.acled] == ["Protests"]  # the arrest is only demanded
    text = "وقصفت الطائرات أمس تجمعات الحوثيين في صعدة."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 8))
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in events if e.acled] \
        == [(None, "Houthis")]


def test_attacks_that_fell_to_their_lowest_level_are_a_rate_not_a_happening() -> None:
    text = "وأعلن الجيش أمس أن الهجمات بقذائف الهاون التي استهدفته خلال أكتوبر بلغت أدنى مستوياتها منذ عامين."
    assert [e for e in annotate_document(text, published=dt.date(2015, 11, 5))[0] if e.acled] == []
    text = "ارتفعت حصيلة التفجير الذي استهدف سوقا في بغداد أمس إلى 30 قتيلا."  # a rising toll is still the event
    assert [e.fatalities.best for e in annotate_document(text, published=dt.date(2015, 8, 5))[0] if e.acled] == [30]


def test_a_shooting_told_in_full_inside_a_condemnation_is_reported() -> None:
    text = ("دان وجهاء المحافظة أمس الجريمة الإرهابية التي أدت إلى استشهاد رجل الأمن إثر تعرضه لإطلاق نار من قبل "
            "مجهولين في بلدة العوامية.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert [(e.acled.event_type, e.fatalities.best if e.fatalities else None) for e in events if e.acled] == [
        ("Battles", 1)]  # a policeman shot is no attack on civilians
    text = "دان الوزير أمس الهجوم على المسجد."  # a condemnation only names the attack
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 5))[0] if e.acled] == []


def test_gunmen_who_killed_a_man_are_the_agents_of_a_reported_killing() -> None:
    text = "قتل مسلحون أمس رجلا وطفله في سوق مدينة بعقوبة."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert [(e.acled.event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled] == [
        ("Violence against civilians", "Unidentified Armed Group (Iraq)")]
    text = "قتل خمسة مسلحين أمس في اشتباكات مع الجيش."  # «مسلحين»: the dead, not the killers
    assert [e.actor1.name if e.actor1 else None for e in annotate_document(text, published=dt.date(2015, 8, 5))[0]
            if e.acled] != ["Unidentified Armed Group"]


def test_a_day_after_the_papers_date_with_no_year_is_last_years_and_a_link_footer_is_no_report() -> None:
    text = "وفضت قوات الأمن اعتصام الجماعة في ميدان بالقاهرة يوم 14 أغسطس مما أسفر عن مقتل المئات."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 11))[0] if e.acled] == []
    text = "وفضت قوات الأمن اعتصام الجماعة في ميدان بالقاهرة يوم 4 أغسطس مما أسفر عن مقتل العشرات."
    assert [e.date.start for e in annotate_document(text, published=dt.date(2015, 8, 11))[0] if e.acled] \
        == ["2015-08-04"]
    text = "رابط الخبر بصحيفة الوئام: مقتل 20 شخصا في تفجيرات بغداد."
    assert annotate_document(text, published=dt.date(2015, 7, 23))[0] == []


def test_a_sanction_lifted_is_no_sanction() -> None:
    text = "ومع رفع تجميد الأصول الإيرانية أمس، ستعود إيران إلى التجارة الدولية."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 5))[0] if e.plover] == []
    text = "جمدت تركيا أمس أموال الرئيس اليمني السابق علي عبدالله صالح."
    assert [e.plover.event_type for e in annotate_document(text, published=dt.date(2015, 8, 5))[0] if e.plover] \
        == ["SANCTION"]


def test_a_leader_named_among_the_dead_is_no_agent_and_an_attempted_takeover_is_none() -> None:
    text = "أفاد مصدر من المقاومة أمس بمقتل 17 حوثيا بينهم القيادي البارز أبو الكرار المدني في مواجهات جنوب مأرب."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 23))
    got = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in events if e.acled]
    assert got == [(None, "Houthis")]
    text = "وحاول المتمردون أمس السيطرة على الميناء في مدينة عدن."
    assert [e for e in annotate_document(text, published=dt.date(2015, 7, 23))[0] if e.acled] == []


def test_a_stabbing_needs_its_victims_or_a_knife_and_slander_is_no_stabbing() -> None:
    text = "واستنكر النائب أمس ما قام به زميله من طعن واضح في مؤسسي الدولة."
    assert [e for e in annotate_document(text, published=dt.date(2015, 7, 21))[0] if e.acled] == []
    text = "أصيب جندي أمس بجروح في عملية طعن بسكين قرب مدينة الخليل."
    assert [e.acled.sub_event_type for e in annotate_document(text, published=dt.date(2015, 7, 21))[0] if e.acled] \
        == ["Attack"]


def test_an_attack_launched_by_politicians_is_a_war_of_words() -> None:
    text = "شن نواب وسياسيون أمس هجوما على النائب بسبب زيارته إلى بيروت."
    assert [e for e in annotate_document(text, published=dt.date(2015, 7, 21))[0] if e.acled] == []
    text = "شن مسلحون أمس هجوما على حاجز للجيش في العريش."
    assert [e.acled.event_type for e in annotate_document(text, published=dt.date(2015, 7, 21))[0] if e.acled] \
        == ["Battles"]


def test_an_air_base_is_no_air_strike_and_a_supporter_is_not_who_took_the_town() -> None:
    text = "وقال قائد عسكري إن الجيش والمقاومة سيطروا اليوم على قاعدة العند الجوية في لحج."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 4))
    assert [e.acled.event_type for e in events if e.acled] == ["Battles"]
    text = "وحققت قوات هادي المدعومة جوا وبرا من قوات التحالف انتصارات أمس في أبين حيث سيطرت على مدينة لودر."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 4))
    assert [e.actor1.name if e.actor1 else None for e in events if e.acled] == ["Pro-Hadi Forces"]


def test_presumed_members_killed_are_victims_not_the_attackers() -> None:
    text = "وأفاد مسؤول حكومي أن خمسة عناصر مفترضين من تنظيم القاعدة قتلوا ليل الأربعاء في غارة جوية في المكلا."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 30))
    got = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in events if e.acled]
    assert got == [(None, "Al Qaeda")]


def test_an_anniversary_article_tells_the_remembered_violence_not_a_new_one() -> None:
    text = ("استعادت المدينة اليوم ذكرى المجزرة التي مر عليها عشرون عاما. يومها قصفت المدفعية السوق المركزي "
            "وقتلت نحو مئتي شخص من سكان المدينة.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 11), title="المدينة تستعيد ذكرى المجزرة")
    assert [e for e in events if e.acled] == []
    text = "قتل خمسة أشخاص أمس في انفجار سيارة مفخخة في بغداد خلال إحياء ذكرى عاشوراء."  # dated: a new happening
    assert [e.acled.event_type for e in annotate_document(text, published=dt.date(2015, 8, 6))[0] if e.acled] \
        == ["Explosions/Remote violence"]


def test_a_verb_joined_to_a_relative_clause_tells_no_new_interaction() -> None:
    text = "وتناول اللقاء التهدئة التي اقترحها المبعوث الأممي وأيدتها دول الجوار، مشيرا إلى أهمية الحوار."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 1))
    assert [e.plover.event_type for e in events if e.plover and e.plover.event_type == "SUPPORT"] == []
    text = "أعلنت الحكومة الأردنية أمس تأييدها للمبادرة وأيدتها دول الجوار في بيان مشترك."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 1))
    assert "SUPPORT" in [e.plover.event_type for e in events if e.plover]


def test_a_statement_told_without_its_day_spans_the_day_before_publication_and_the_day() -> None:
    text = "أدانت وزارة الخارجية الأردنية الهجوم على السفارة ووصفته بالعمل الجبان."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 1))
    acc = [e for e in events if e.plover and e.plover.event_type == "ACCUSE"]
    assert [(e.date.start, e.date.end, e.date.precision, e.date.text) for e in acc] \
        == [("2015-07-31", "2015-08-01", 2, None)]


def test_who_condemns_or_describes_a_bombing_did_not_carry_it_out() -> None:
    text = ("وصف وزير الأوقاف الأردني الشيخ سالم بن خالد العمري حادثة التفجير الذي استهدف حافلة للزوار في "
            "مدينة الزرقاء أمس وأسفر عن مقتل أربعة أشخاص بالعمل الإجرامي الجبان.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    violent = [e for e in events if e.acled]
    assert [e.acled.event_type for e in violent] == ["Explosions/Remote violence"]
    # the describer is not the bomber: the bombing stays unclaimed (ACLED's "Unidentified Armed Group (country)")
    assert violent[0].actor1 is not None and violent[0].actor1.name == "Unidentified Armed Group (Jordan)"
    assert violent[0].fatalities is not None and violent[0].fatalities.best == 4
    assert [e.actor1.name for e in events if e.plover and e.plover.event_type == "ACCUSE"] == ["Salem bin Khaled al-Amri"]


def test_a_chain_of_offices_between_the_verb_and_the_name_keeps_the_speaker() -> None:
    text = ("ندد رئيس مجلس الأعيان رئيس لجنة الشؤون الخارجية رئيس الوفد البرلماني الشيخ سالم بن خالد العمري "
            "بالهجوم على السفارة.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [(e.plover.event_type, e.actor1.name) for e in events if e.plover and e.actor1] \
        == [("ACCUSE", "Salem bin Khaled al-Amri")]


def test_forces_written_with_a_preposition_are_no_subject() -> None:
    text = "استهدف هجوم بسيارة مفخخة أمس مقرا لقوات الأمن في مدينة الرمادي."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    # (the bomb is unclaimed: ACLED's "Unidentified Armed Group (country)", its evidence the bomb's words)
    got = [(e.actor1.name, e.actor1.text) if e.actor1 else None for e in events if e.acled]
    assert got == [("Unidentified Armed Group (Iraq)", "بسيارة مفخخة")]


def test_describing_an_attack_as_a_crime_is_a_condemnation_but_a_calm_description_is_not() -> None:
    text = "ووصف رئيس الوزراء الأردني الهجوم على الحافلة بأنه “جريمة نكراء” وتعهد بملاحقة المسؤولين."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.plover.event_type for e in events if e.plover] == ["ACCUSE"]
    text = "ووصف المحلل الوضع الاقتصادي في البلاد بأنه صعب."
    assert annotate_document(text, published=dt.date(2015, 8, 7))[0] == []


def test_an_aid_plane_or_ship_arriving_with_its_cargo_is_aid_not_a_meeting() -> None:
    text = "واستقبل مطار صنعاء أمس الطائرة الكويتية الثالثة التي تقل معونات طبية وأغذية لسكان المدينة."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [(e.plover.event_type, e.date.start) for e in events if e.plover] == [("AID", "2015-08-06")]
    text = "وصلت أمس إلى ميناء الحديدة سفينة تركية تحمل مساعدات إنسانية."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover] \
        == [("AID", "Government of Turkey")]
    text = "واستقبل أهالي القرية أمس الجنود العائدين بالورود."  # a welcome by a crowd: no meeting of parties
    assert annotate_document(text, published=dt.date(2015, 8, 7))[0] == []


def test_a_background_opener_yields_to_yesterday_told_with_the_event() -> None:
    text = "وتجدر الإشارة إلى أن ميناء عدن استقبل أمس سفينة إماراتية تحمل مساعدات غذائية."
    assert [e.plover.event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] \
        == ["AID"]
    text = ("يشار إلى أن الهدنة التي انتهت بنهاية أمس هي الثانية، عقب هدنة سابقة، وقد رفضتها جماعة الحوثي "
            "في حينها.")
    assert annotate_document(text, published=dt.date(2015, 8, 7))[0] == []


def test_what_someone_called_terrorism_in_passing_is_no_statement() -> None:
    text = "وأثار الحادث غضبا واسعا وتعهدات من الرئيس بالتصدي لما وصفه بالإرهاب والجريمة المنظمة."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == []


def test_a_state_restating_the_same_interaction_later_in_the_article_is_one_event() -> None:
    text = ("أعربت الكويت أمس عن رفضها قرار المجلس بشأن الحدود. وأضاف البيان أن الحكومة الكويتية تتابع التطورات. "
            "ونقلت الوكالة عن مسؤولين أن الاتصالات مستمرة. وفي ختام البيان جددت الحكومة الكويتية رفضها للقرار.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.plover.event_type for e in events if e.plover] == ["REJECT"]


def test_a_request_named_as_the_basis_and_a_student_are_no_requests() -> None:
    text = "وأوضح أن العمليات العسكرية للتحالف تأتي بناء على طلب من الحكومة اليمنية لوقف تقدم المسلحين."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == []
    text = "وقال المتحدث إن بلاده سترد بحزم على مثل هذا التهديد في الوقت المناسب."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == []
    text = "لقي طالب أردني مصرعه أمس في حادث إطلاق نار داخل حرم جامعة في ولاية تكساس."
    assert [e.plover.event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.plover and e.plover.event_type == "REQUEST"] == []
    text = "وأكد سامر الحداد طالب ورئيس اتحاد الطلبة في الجامعة أن الحرم آمن."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == []
    text = "وطالب وزير الخارجية الأردني أمس بوقف فوري لإطلاق النار في غزة."  # a demand, with its office
    assert [e.plover.event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] \
        == ["REQUEST"]


def test_a_standing_refusal_and_a_threat_as_a_predicate_are_no_events() -> None:
    text = "ورغم عضويتها في التحالف، رفضت الحكومة الأردنية حتى الآن إرسال قوات برية إلى سوريا."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == []
    text = "وقال الوزير إن الحملة ستستمر إلى أن يتوقف التنظيم عن كونه تهديدا لدول الجوار."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == []
    text = "ورفضت الحكومة الأردنية أمس إرسال قوات برية إلى سوريا."  # told with its day: an event
    assert [e.plover.event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] \
        == ["REJECT"]


def test_the_pluperfect_names_its_subject_before_qad_and_without_a_day_tells_earlier() -> None:
    text = "وكان الرئيس التركي رجب طيب أردوغان قد انتقد أمس رئيس الوزراء الإسرائيلي لأنه حضر المسيرة."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover] \
        == [("ACCUSE", "Recep Tayyip Erdogan")]
    text = "وكان الرئيس التركي رجب طيب أردوغان قد انتقد رئيس الوزراء الإسرائيلي لأنه حضر المسيرة."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == []
    text = "وكانت قوات الأمن قد اعتقلت أمس ثلاثة مطلوبين في الموصل."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.actor1.name if e.actor1 else None for e in events if e.acled] == ["Police Forces of Iraq"]


def test_a_phone_call_to_a_newspaper_is_an_interview() -> None:
    text = "وأوضح الوزير في اتصال هاتفي لـ«الحياة»، عقب لقائه نظيره الكويتي أمس، أن الحل قريب."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.plover.mode for e in events if e.plover and e.plover.mode == "phone call"] == []


def test_ground_taken_with_air_support_stays_a_battle() -> None:
    text = ("وقال المتحدث إن القوات الأمنية سيطرت أمس على أحياء في الرمادي بعد قطع خطوط الإمداد عن التنظيم "
            "من قبل طيران التحالف الدولي.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    # (the agent marker belongs to the cutting of the lines, told after «بعد»; the subject stands after «إن»)
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled] \
        == [("Government regains territory", "Police Forces of Iraq")]


def test_a_plural_event_noun_behind_a_preposition_is_generic_too() -> None:
    from marsad.events import build_context, detect

    text = "وتعرضت مراكز عسكرية لهجمات في المناطق الحدودية خلال الحرب."
    ctx = build_context(text, published=dt.date(2015, 8, 7))
    assert [(text[m.start : m.end], m.rejected) for m in detect(ctx, keep_rejected=True)] \
        == [("لهجمات", "generic-plural")]
    assert annotate_document(text, published=dt.date(2015, 8, 7))[0] == []
    text = "وتنظم المعارضة منذ أشهر سلسلة من الوقفات بالاحتجاجات والمظاهرات ضد الحكومة."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.acled] == []


def test_sheikhs_disowning_a_statement_reject_it_as_tribal_leaders_of_the_country() -> None:
    text = "تبرأ عدد من مشايخ محافظة إب أمس من البيان الذي نسبته إليهم جماعة الحوثي."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in events if e.plover] == [("REJECT", "Tribal leaders (Yemen)", "Houthis")]


def test_the_happening_a_span_of_days_is_counted_from_is_earlier_and_lends_no_type() -> None:
    text = ("شنت المقاتلات الأردنية أمس أولى غاراتها على مواقع للتنظيم في سوريا، وذلك بعد خمسة أيام على هجوم "
            "انتحاري استهدف مركزا حدوديا.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Air/drone strike"]


def test_fighting_that_broke_out_is_no_explosion_and_a_located_place_keeps_the_event() -> None:
    from marsad.events import build_context, detect

    text = "وأوضح مسؤول محلي أن الاشتباكات تفجرت مساء الأحد بين القبيلتين عند الأطراف الشرقية للبلدة."
    ctx = build_context(text, published=dt.date(2015, 7, 21))
    assert [(m.trigger.id, m.rejected) for m in detect(ctx, keep_rejected=True) if m.trigger.id == "explode"] \
        == [("explode", "erupted")]
    text = "وقال المسؤول هاتفيا من مصراتة الواقعة على مسافة 200 كيلومتر شرق طرابلس إن 12 مسلحا قتلوا في الاشتباكات."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 21))
    assert [e.location.name if e.location else None for e in events if e.acled] == ["Misratah"]


def test_a_figure_after_an_arrest_verb_counts_the_arrested_not_the_dead() -> None:
    text = "وقال المتحدث إن قوات الأمن حاصرت المسلحين في بنزرت أمس واعتقلت 11 شخصاً بينما قتل مسلح آخر أثناء فراره."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 24))
    tolls = {e.acled.event_type: (e.fatalities.best if e.fatalities else None) for e in events if e.acled}
    assert tolls.get("Battles") != 11 and tolls.get("Strategic developments") is None
    # the arrests share the subject told after «إن» (the police), not the besieged armed men
    assert [e.actor1.name if e.actor1 else None for e in events if e.acled and e.acled.sub_event_type == "Arrests"] \
        == ["Police Forces of Tunisia"]


def test_an_honorific_before_a_chain_of_offices_keeps_the_speaker() -> None:
    text = ("ندد معالي رئيس مجلس الأعيان رئيس لجنة الشؤون الخارجية رئيس الوفد البرلماني الشيخ سالم بن خالد العمري "
            "بالهجوم على السفارة.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [(e.plover.event_type, e.actor1.name) for e in events if e.plover and e.actor1] \
        == [("ACCUSE", "Salem bin Khaled al-Amri")]


def test_an_attack_told_with_who_launched_it_on_a_bus_of_fighters_is_a_battle() -> None:
    text = ("وفي محافظة شبوة، سقط عدد من القتلى والجرحى في صفوف المسلحين، في هجوم شنه مقاتلو القبائل على حافلة "
            "تقل مسلحين في منطقة عتق.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.acled.event_type for e in events if e.acled] == ["Battles"]


def test_since_an_earlier_attack_dates_that_attack_not_the_strike_reported_before_it() -> None:
    text = ("وذكرت الإذاعة أنه قصف أمس معسكرات للمسلحين قرب الحدود ليستمر بذلك التصعيد منذ التفجير الانتحاري "
            "في بلدة جنوبية الذي أودى بحياة 20 شخصا.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 1))
    got = [(e.acled.sub_event_type, e.fatalities.best if e.fatalities else None) for e in events if e.acled]
    assert got == [("Shelling/artillery/missile attack", None)]
    text = "وقتل أكثر من ستة آلاف شخص منذ اندلع القتال في الإقليم قبل عام."  # a cumulative toll since: no event
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 1))[0] if e.acled] == []


def test_who_is_expelled_follows_the_verb_and_the_sentence_subject_expels() -> None:
    text = "أحكمت المقاومة الشعبية أمس سيطرتها الكاملة على مدينة زنجبار بعد أن طردت مسلحي جماعة الحوثي من المدينة."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    got = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in events if e.acled]
    assert got == [("Popular Resistance", "Houthis")]


def test_a_rejection_after_fi_is_a_verbal_noun_and_a_club_request_is_sport() -> None:
    text = "وبدا الرئيس في رفضه الحل السياسي كمن يتحدى حلفاءه."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == []
    text = "وطلب نادي الوحدة من الاتحاد الدولي لكرة القدم إصدار بطاقة دولية للاعب الجديد قبل انطلاق الدوري."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == []


def test_clashes_between_two_sides_in_a_village_are_a_battle() -> None:
    text = "واندلعت اشتباكات عنيفة أمس بين المقاومة ومسلحي جماعة الحوثي في قرية العطرية بمحافظة الضالع."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.acled.event_type for e in events if e.acled] == ["Battles"]


def test_a_launcher_destroyed_is_no_firing() -> None:
    text = "ودمرت طائرات التحالف أمس ثلاث منصات لإطلاق صواريخ الكاتيوشا في محيط مدينة لحج."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.acled.sub_event_type for e in events if e.acled] != ["Shelling/artillery/missile attack"]
    text = "وأصيب كثير من السكان في محيط موقع التفجير أمس في مدينة الرمادي."  # the site of a blast is no launcher
    from marsad.events import build_context, detect

    ctx = build_context(text, published=dt.date(2015, 8, 7))
    assert all(m.rejected != "launcher" for m in detect(ctx, keep_rejected=True))


def test_a_condemnation_in_the_present_of_a_named_crime_is_a_reaction() -> None:
    text = "وأوضحت الصحيفة أن التنظيم تبنى العمل الإرهابي ودولة الكويت تدين الجريمة بشدة."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover] \
        == [("ACCUSE", "Government of Kuwait")]
    text = "والحكومة الكويتية تدين دائما كل أشكال التطرف والغلو."  # a standing position, no happening named
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == []


def test_a_happening_at_the_end_of_last_month_is_recent_news() -> None:
    text = ("وكان تنظيم أنصار بيت المقدس بث تسجيل فيديو يهدد فيه بإعدام مهندس أجنبي يعمل في شركة نفطية، خطف "
            "نهاية يوليو في إحدى ضواحي القاهرة.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.plover.event_type for e in events if e.plover and e.plover.event_type == "THREATEN"] == ["THREATEN"]


def test_an_attack_announced_in_the_future_tense_is_a_plan() -> None:
    text = "أعلنت الحكومة الأردنية أمس أنها ستطلق قريبا هجوما واسعا ضد التنظيم في جنوب سوريا."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.acled] == []


def test_a_country_that_strikes_acts_through_its_forces_and_anha_takes_up_the_subject() -> None:
    text = "وأبلغت الأردن الأمم المتحدة أمس أنها بدأت في شن غارات جوية ضد التنظيم في سوريا."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.actor1.name if e.actor1 else None for e in events if e.acled] == ["Military Forces of Jordan"]


def test_his_ministry_is_no_visit_and_a_meeting_to_be_held_is_no_meeting() -> None:
    text = "وقال وزير النفط إن وزارته ستوقع أمس عقدا مع شركة محلية."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == []
    text = "وأعلنت الخارجية الأردنية أمس أن لقاء ثلاثيا سيعقد في عمان اليوم يضم وزراء الخارجية."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == []


def test_a_statement_is_placed_where_its_state_speaker_is_not_where_its_topic_is() -> None:
    text = "وتحفظت الكويت أمس على بيان الجامعة العربية الذي انتقد العمليات العسكرية التركية في شمال العراق."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    got = [(e.plover.event_type, e.location.country if e.location else None) for e in events
           if e.plover and e.plover.event_type == "REJECT"]
    assert got == [("REJECT", "KW")]


def test_strikes_permitted_and_calls_alleged_are_no_happenings() -> None:
    text = "وقالت الصحيفة أمس إن الأردن وافق على السماح للطائرات الأمريكية بشن ضربات جوية من قواعده."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.acled] == []
    text = ("ووزعت الجماعة بيانا أمس نسبته إلى وجهاء المدينة، زعمت فيه أنهم دعوا أبناءهم إلى القتال في صفوفها.")
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.plover and e.plover.event_type == "REQUEST"] == []


def test_a_village_exposed_to_projectiles_is_shelled_and_a_place_name_is_no_background_word() -> None:
    text = "تعرضت قرية حدودية تابعة لمحافظة الطوال أمس لمقذوفات أطلقت من داخل الأراضي اليمنية."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 25))
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Shelling/artillery/missile attack"]


def test_protesters_arrested_are_a_protest_with_intervention() -> None:
    text = "واعتقلت الشرطة المصرية أمس عشرات المتظاهرين في وسط القاهرة."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    got = [(e.acled.event_type, e.acled.sub_event_type, e.actor1.name if e.actor1 else None,
            e.actor2.name if e.actor2 else None) for e in events if e.acled]
    assert got == [("Protests", "Protest with intervention", "Protesters (Egypt)", "Police Forces of Egypt")]


def test_fighting_that_took_place_and_the_last_day_are_news() -> None:
    # a made-up report: an indefinite clash noun whose verb of occurrence follows it
    text = "وأفاد شهود بأن معارك شرسة دارت أمس بين المسلحين وقوات الأمن عند مدخل البلدة."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.acled.event_type for e in events if e.acled] == ["Battles"]
    # «خلال الـ24 ساعة الماضية» is the last day, not a cumulative period
    text = "وقال مصدر طبي إن تسعة مسلحين قتلوا في اشتباكات مع الجيش خلال الـ 24 ساعة الماضية في مدينة الرمادي."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.acled.event_type for e in events if e.acled] == ["Battles"]
    text = "وقتل مئات المسلحين في اشتباكات مع الجيش خلال الأشهر الماضية في محافظة الأنبار."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.acled] == []


def test_a_gathering_with_its_purpose_is_a_protest_and_its_arrests_its_intervention() -> None:
    # made-up: «تجمع … احتجاجا على» is a protest; the killing protested is its cause, not force used on it;
    # the arrests told after it in the sentence are the intervention, not a second event
    text = "وتجمع نحو مائتي شخص أمس أمام مبنى المحافظة في مدينة إربد احتجاجا على مقتل شاب، واعتقلت الشرطة عددا منهم."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    got = [(e.acled.event_type, e.acled.sub_event_type, e.actor2.name if e.actor2 else None)
           for e in events if e.acled]
    assert got == [("Protests", "Protest with intervention", "Police Forces of Jordan")]
    text = "تجمع العشرات في الساحة الرئيسية للبلدة أمس تضامنا مع الأسرى."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [(e.acled.event_type, e.acled.sub_event_type) for e in events if e.acled] == [
        ("Protests", "Peaceful protest")]
    # leaving a meeting in protest is no demonstration
    text = "وخرج الوزير من الاجتماع أمس رفضا للقرار."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.acled] == []


def test_periphrastic_verbs_launch_verbs_and_times_after_bad() -> None:
    # made-up sentences: «قامت … باعتقال» is the past verb told with a verbal noun
    text = "وقامت قوات الأمن باعتقال ثلاثة أشخاص في مدينة الزرقاء."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Arrests"]
    # a plural of strikes as the object of «شنت» with its subject is a report, even with no day
    text = "وشنت مقاتلات التحالف غارات عنيفة على معسكر للمتمردين جنوب مدينة مأرب."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Air/drone strike"]
    # «عقب فجر أمس» tells when, not after what
    text = "وقال سكان إن الطائرات الحربية نفذت عقب فجر أمس غارات على مخازن سلاح قرب صنعاء."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [(e.acled.sub_event_type, e.date.start if e.date else None) for e in events if e.acled] == [
        ("Air/drone strike", "2015-08-06")]
    # an air force that blows something up strikes from the air; an exchange of fire is a clash
    text = "وقال متحدث عسكري إن سلاح الجو قام أمس بتفجير مستودع ذخيرة للمسلحين غرب المدينة."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Air/drone strike"]
    text = "وتبادلت القوات الحكومية ومسلحو القبائل المتمردة أمس إطلاق النار بالأسلحة الثقيلة في محيط مدينة البيضاء."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.acled.event_type for e in events if e.acled] == ["Battles"]


def test_a_meeting_told_with_its_possessive_and_a_complaint_against_a_party() -> None:
    # made-up: «لقائه» is «لقاء» with a suffix (the hamza takes a seat before it)
    text = "وبحث وزير الخارجية السعودي عادل الجبير خلال لقائه أمس في الرياض نظيره الفرنسي لوران فابيوس الأزمة اليمنية."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.plover.event_type for e in events if e.plover] == ["CONSULT"]
    text = "وأعلن حزب الشعب الجمهوري أمس أنه تقدم بشكوى ضد رئيس الوزراء التركي أحمد داود أوغلو."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [(e.plover.event_type, e.plover.mode) for e in events if e.plover] == [("ACCUSE", "complain")]


def test_a_rejection_told_as_a_cause_or_an_adverb_is_no_act() -> None:
    # made-up: «إثر رفض …» is the masdar (a cause), «رفضاً لـ» an adverbial accusative; «أعرب عن رفضه» is the act
    text = "واندلع خلاف حاد بين الحزبين أمس إثر رفض الحكومة مقترح المعارضة."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.plover and e.plover.event_type == "REJECT"] == []
    text = "وانسحب نواب حزب الأمة من جلسة البرلمان أمس رفضا لقانون الانتخابات الجديد."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.plover and e.plover.event_type == "REJECT"] == []
    text = "وأعرب وزير الخارجية العراقي إبراهيم الجعفري أمس عن رفضه التدخل التركي في شمال العراق."
    assert [e.plover.event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.plover] == ["REJECT"]


def test_a_condemnation_accuses_the_perpetrator_of_the_happening() -> None:
    # made-up: no perpetrator told → ACLED's unidentified armed group of the attack's country (not the speaker's)
    text = "وأدان وزير الخارجية الأردني أمس التفجير الإرهابي الذي استهدف مسجدا في مدينة أبها."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    got = [(e.plover.event_type, e.actor2.name if e.actor2 else None, e.actor2.text if e.actor2 else None)
           for e in events if e.plover]
    assert got == [("ACCUSE", "Unidentified Armed Group (Saudi Arabia)", "التفجير")]
    # the document tells who did it: the condemnation accuses them
    text = ("فجر انتحاري من تنظيم داعش نفسه أمس في مسجد بمدينة أبها ما أدى إلى مقتل 15 شخصا. "
            "وأدان وزير الخارجية الأردني التفجير الإرهابي الذي استهدف المسجد في أبها.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    got = [(e.plover.event_type, e.actor2.name if e.actor2 else None) for e in events
           if e.plover and e.plover.event_type == "ACCUSE"]
    assert got == [("ACCUSE", "Islamic State")]


def test_the_same_source_going_on_gives_the_toll_and_the_day_of_the_fighting() -> None:
    # made-up: the clash sentence has no toll and no day; «وأضافت أن …» gives both
    text = ("وقالت مصادر محلية إن مواجهات عنيفة دارت داخل مدينة لودر بين رجال القبائل والمسلحين. "
            "وأضافت أن تسعة مسلحين قتلوا أمس، فيما أصيب خمسة آخرون بجروح.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    got = [(e.acled.event_type, e.fatalities.best if e.fatalities else None, e.date.start if e.date else None)
           for e in events if e.acled]
    assert got == [("Battles", 9, "2015-08-06")]


def test_a_protest_that_turns_into_clashes_is_one_riot_and_its_cause_is_no_toll() -> None:
    # made-up: the remembered killing is no force used on the protest and no toll of it
    text = "خرج سكان حي النزهة في مدينة إربد اليوم في احتجاجات لإحياء الذكرى الثانية لمقتل طالب برصاص دورية أمنية."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    got = [(e.acled.sub_event_type, e.fatalities) for e in events if e.acled]
    assert got == [("Peaceful protest", None)]
    # the protest told again with the police clashing with the protesters: one violent demonstration
    text = ("عمت الاحتجاجات على رفع أسعار الخبز مدينة إربد اليوم. "
            "وقال شهود إن رجال الشرطة اشتبكوا ظهر اليوم مع محتجين أغلقوا الطريق الرئيسي بالإطارات المشتعلة.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    got = [(e.acled.event_type, e.acled.sub_event_type, e.actor1.name if e.actor1 else None,
            e.actor2.name if e.actor2 else None) for e in events if e.acled]
    assert got == [("Riots", "Violent demonstration", "Protesters (Jordan)", "Police Forces of Jordan")]


def test_a_passive_told_with_a_verbal_noun_is_a_report_unless_it_describes_someone() -> None:
    # made-up: «تم القبض على» is the passive arrest; «الذي جرى اختطافه» describes the person (background)
    text = "وقال مصدر أمني إنه تم القبض على أربعة من عناصر الخلية في مدينة المكلا."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Arrests"]
    text = "وطالبت النقابة أمس بالإفراج عن المصور الصحفي الذي جرى اختطافه من قبل مسلحين في صنعاء."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.acled] == []


def test_a_sentence_opening_on_a_year_is_history_even_with_no_publication_date() -> None:
    # made-up; the document has no publication date to compare the year with
    text = "وفي عام 1998، قتل ثلاثة حراس في هجوم مسلح على مبنى السفارة."
    assert [e for e in annotate_document(text)[0] if e.acled] == []


def test_the_battlefield_and_a_named_campaign_are_no_happenings() -> None:
    # made-up: «ميدان القتال» is a place of fighting in general; «خلال معركة تحرير المدينة» names the campaign
    text = "وقال القائد إن الأسلحة الجديدة ظهرت فعاليتها في ميدان القتال خلال معركة تحرير مدينة المكلا."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.acled] == []


def test_wounded_brought_in_for_treatment_are_aid_of_the_host_country() -> None:
    # made-up: the host's government gives the aid, civilians of the wounded's country receive it
    text = "ووصل 45 جريحا ليبيا أمس إلى العاصمة التونسية تونس لتلقي العلاج في مستشفياتها."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    got = [(e.plover.event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
           for e in events if e.plover]
    assert got == [("AID", "Government of Tunisia", "Civilians (Libya)")]
    # a count of the wounded that reached a figure is no arrival
    text = "وقالت مصادر طبية إن عدد القتلى وصل إلى 40، فيما وصل عدد الجرحى إلى 90 في مدينة درنة."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.plover and e.plover.event_type == "AID"] == []


def test_an_appeal_addressed_to_a_party_is_a_request() -> None:
    # made-up
    text = "ووجه وزير الخارجية الليبي محمد الدايري أمس نداء إلى الفصائل المتحاربة بوقف القتال في بنغازي."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [(e.plover.event_type, e.plover.mode) for e in events
            if e.plover and e.plover.event_type == "REQUEST"] == [("REQUEST", "appeal")]


def test_those_who_had_been_arrested_and_the_body_that_voiced_concern() -> None:
    # made-up: «ممن تم اعتقالهم» describes prisoners (background), not an arrest told here
    text = "ونقل المسلحون أمس نحو مئتي سجين ممن تم اعتقالهم من الأسواق إلى معسكر خارج المدينة."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.acled and e.acled.sub_event_type == "Arrests"] == []
    # the body that «كانت قد أعربت عن قلقها» reacts to the clashes; it did not fight them (with «إزاء» the clashes
    # are only the topic of its concern: `test_concern_voiced_about_fighting_is_a_reaction_not_a_report`)
    text = ("وكانت البعثة الأممية قد أعربت عن قلقها من تجدد الاشتباكات في مدينة أوباري بين قبيلتين، "
            "ما أدى إلى مقتل أكثر من 30 شخصا.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [(e.acled.event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled] == [
        ("Battles", None)]


def test_a_protest_set_for_tomorrow_has_not_happened() -> None:
    # made-up: «مساء غد» dates the protest after the paper: still to come
    text = "ودعا ناشطون عبر مواقع التواصل إلى تظاهرة في ساحة النور وسط البصرة مساء غد للمطالبة بتحسين الكهرباء."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.acled] == []


def test_a_titled_spokesman_reports_and_riot_control_munitions_are_no_bombs() -> None:
    # made-up: the cue comes before the title of the person who reports; he is no side of the attack
    text = "وذكر المتحدث باسم وزارة الداخلية الكويتية العميد عادل الحشاش أن الهجوم أسفر عن مقتل ثلاثة من رجال الأمن."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.actor1 for e in events if e.acled] == [None]
    # stun grenades and tear gas are no explosive weapon; «داخله» (inside it) is no place
    text = "واقتحمت قوات الاحتلال المسجد أمس وألقت قنابل الصوت والغاز المسيل للدموع داخله فأصيب عشرات المصلين."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [(e.acled.event_type, e.location) for e in events if e.acled] == [("Violence against civilians", None)]
    # protests of two years ago, named in a court report («في منتصف 2013»), are background
    text = "وقضت المحكمة أمس بسجن عشرين شخصا في قضايا تتصل باحتجاجات نظمت في مدينة المنصورة في منتصف 2013."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.acled and e.acled.event_type == "Protests"] == []


def test_charges_relatives_and_a_nation_speak_for_no_accusing_party() -> None:
    # made-up: «واتهم بأنه» is the passive (a charge), no one accuses
    text = "وأعلنت الشرطة أمس أن شابا أوقف في مدينة ليون واتهم بأنه كان يخطط لهجوم على كنيسة."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.plover and e.plover.event_type == "ACCUSE"] == []
    # the group named inside a relative clause on the object is the accused, not the one who condemns
    text = "ودان وزراء خارجية دول مجلس التعاون أمس الجرائم التي ترتكبها داعش في سوريا."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    got = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in events
           if e.plover and e.plover.event_type == "ACCUSE"]
    assert got == [("Gulf Cooperation Council", "Islamic State")]
    # «لجنود رفضوا …» describes soldiers; «وطالب الكويتيون» is a people, no party
    text = "ونشر الموقع أمس صورا لجنود رفضوا القتال في صفوف الجيش."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == []
    text = "وطالب الكويتيون أمس بطرد السفير."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == []


def test_any_clash_cases_in_percent_an_animal_and_a_recent_attack_recalled() -> None:
    # made-up sentences: none tells a happening of its own
    for text in ("وقال المحلل إن الجنود يفرون من مواقعهم عند حدوث أي اشتباك مع المقاومة في مدينة لحج.",
                 "وأشار التقرير إلى 21 حالة اختطاف بنسبة 30 في المائة من إجمالي الانتهاكات في محافظة عدن.",
                 "ونجا الغواص أمس من هجوم لسمكة قرش قرب شاطئ مدينة جدة.",
                 "ويأتي القرار على خلفية هجوم مسلح وقع مؤخرا في منتجع سياحي وقتل 20 سائحا."):
        assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.acled] == [], text
    # «قام X بخطف»: X, between «قام» and the verbal noun, is the abductor
    text = "وقام مسلحو تنظيم داعش أمس بخطف نحو مئة مدني في بلدة مهين بريف حمص."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled] == [
        ("Abduction/forced disappearance", "Islamic State")]


def test_a_threat_as_a_danger_a_cautious_advance_and_an_army_that_arrives() -> None:
    # made-up: «التهديد» as a danger is no threat made; a threat issued is one
    text = "وتزايد التهديد الذي يمثله التنظيم على حدود الأردن الشمالية خلال الأشهر الأخيرة."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == []
    text = "وأطلق زعيم التنظيم أبو بكر البغدادي أمس تهديدات جديدة ضد السعودية."
    assert [e.plover.event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.plover] == ["THREATEN"]
    # «تقدم حذر» is a cautious advance, no warning that turns the strike into a threat
    text = "وقصفت طائرات التحالف أمس مواقع الحوثيين في زنجبار بعد تقدم حذر للمقاومة بسبب الألغام."
    assert [e.acled.sub_event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.acled] == ["Air/drone strike"]
    # an army that reaches a place advances; it visits no one
    text = "وقال العميد إن الجيش الوطني مدعوما بالمقاومة وصل إلى منطقة الحوبان شرق مدينة تعز."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.plover and e.plover.event_type == "CONSULT"] == []


def test_a_glued_period_ends_a_sentence_and_taking_ground_absorbs_its_fighting() -> None:
    from marsad.arabic.sentences import split_sentences

    # made-up: «الطرفين.وقتل» — a period glued to the next sentence still ends the first; «د.محمد» stays whole
    text = "اندلعت اشتباكات في شوارع المدينة بين الطرفين.وقتل أكثر من ألف شخص منذ بدء الحرب. وقال د.سالم إن الوضع صعب."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "اندلعت اشتباكات في شوارع المدينة بين الطرفين.", "وقتل أكثر من ألف شخص منذ بدء الحرب.",
        "وقال د.سالم إن الوضع صعب."]
    # a named town subjected to strikes took them
    text = "وتعرضت مدينة منبج أمس لغارات جوية عنيفة من طيران التحالف الدولي."
    assert [e.acled.sub_event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.acled] == ["Air/drone strike"]
    # the fighting told for ground taken is one battle with its toll, typed by the ground taken
    text = ("وتمكنت المقاومة الشعبية أمس من السيطرة على بلدة الوهط في محافظة لحج. "
            "وذكر مصدر أن معارك عنيفة اندلعت خلال اليومين الماضيين في الوهط أدت إلى مقتل 20 مسلحا.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    got = [(e.acled.sub_event_type, e.fatalities.best if e.fatalities else None) for e in events if e.acled]
    assert got == [("Government regains territory", 20)]  # (the Popular Resistance: a government affiliate)


def test_looming_victory_holding_ground_and_press_statements_change_nothing() -> None:
    # made-up: «تلوح في الأفق» looms; it threatens no one; «تصريحات صحفية» are press statements, not journalists
    text = ("وأكد قائد الجبهة في تصريحات صحفية أن ملامح الحسم صارت تلوح في الأفق القريب، إذ اقتحمت المقاومة الشعبية "
            "أمس معسكرا للمتمردين شرقي بلدة الوهط.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [(e.acled.event_type if e.acled else e.plover.event_type) for e in events] == ["Battles"]
    # «أثناء سيطرتهم على العاصمة»: while they held it, no taking
    text = "وعمد المسلحون إلى اختطاف عدد من الفنانين أثناء سيطرتهم على العاصمة صنعاء."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.acled and "territory" in (e.acled.sub_event_type or "")] == []


def test_volleyball_a_war_of_words_across_commas_and_a_hijacked_plane() -> None:
    # made-up: «الكرة الطائرة» is volleyball; the matches are no clashes
    text = "ويشهد اليوم الأول من بطولة الكرة الطائرة مواجهات قوية عندما يلتقي المنتخبان الأردني والسوري."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.acled] == []
    # deputies who «شنوا، …، هجوما» on a colleague wage a war of words, even with commas between
    text = "شن نواب، وكتاب صحفيون، هجوما حادا أمس على وزير الإعلام بسبب تصريحاته."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.acled] == []
    # a plane seized is no weapon: the hijacking is an abduction, not an air strike
    text = "وخطف مسلحون أمس طائرة ركاب كانت متجهة إلى مطار طرابلس وعلى متنها ستون راكبا."
    assert [e.acled.sub_event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.acled] == ["Abduction/forced disappearance"]


def test_charges_suspicions_custody_and_the_victim_of_a_condemned_attack() -> None:
    # made-up: charges brought and suspicions are no accusation or aid of a party; custody is no reservation
    for text in ("وأوضح المتحدث أن الرجال الثلاثة اتهموا من قبل قاضي التحقيق بالسرقة.",
                 "وقال المتحدث إنه يشتبه بأن الرجلين قدما مساعدة لمسلحين في سوريا.",
                 "وأوضح أن السلطات تحفظت عليه أسبوعين قبل تسليمه لسفارة بلاده."):
        assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == [], text
    # the forces the condemned attack struck are its victims; the condemnation accuses its perpetrator
    text = "واستنكر رئيس البرلمان العربي أحمد الجروان أمس الهجوم الذي استهدف مسجد قوات الطوارئ في مدينة أبها."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.actor2.name if e.actor2 else None for e in events
            if e.plover and e.plover.event_type == "ACCUSE"] == ["Unidentified Armed Group (Saudi Arabia)"]


def test_statements_threaten_an_attack_to_come_and_report_one_done() -> None:
    # made-up: statements about a possible operation threaten it; a renewed threat with «بشن» across commas is one
    text = "تصاعدت التصريحات الإيرانية خلال الأيام الأخيرة حول إمكانية شن ضربات جديدة تستهدف مواقع المعارضة الكردية."
    assert [e.plover.event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.plover] == ["THREATEN"]
    text = "وجدد الرئيس الروسي، فلاديمير بوتين، أمس التهديد بشن ضربات على مواقع المسلحين."
    assert [e.plover.event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.plover] == ["THREATEN"]
    text = "وقال محافظ المدينة في تصريحات أمس إن تبادل إطلاق النار بين الطرفين أدى إلى مقتل ثلاثة مسلحين."
    assert [e.acled.event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.acled] == ["Battles"]


def test_an_arrest_told_in_the_background_and_the_countries_that_list_a_group() -> None:
    # made-up: a detention that lasted since May is background, not an arrest of the day
    text = "وسلمت القوات الأميركية أمس السلطات الكردية امرأة كانت تعتقلها منذ مايو الماضي في قاعدة قرب أربيل."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.acled and e.acled.sub_event_type == "Arrests"] == []
    # the countries that list a group as terrorist are not where its attack took place
    text = ("وقال مسؤول محلي إن مسلحي الحزب، المصنف منظمة إرهابية من قبل تركيا والولايات المتحدة، هاجموا أمس "
            "مركزا للشرطة في ولاية ماردين.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.location.country if e.location else None for e in events if e.acled] == ["TR"]


def test_the_leader_of_a_coalition_is_not_where_its_strikes_fell() -> None:
    # made-up: «بقيادة السعودية» says who leads, not where the strikes fell
    text = "وقالت مصادر محلية إن مقاتلات التحالف بقيادة السعودية شنت أمس سلسلة غارات على مدينة الحوطة بمحافظة لحج."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.location.country if e.location else None for e in events if e.acled] == ["YE"]


def test_a_lead_dated_by_its_report_and_the_next_sentence_telling_the_day_before_are_one_clash() -> None:
    # made-up: «أفاد مصدر … اليوم الجمعة بمقتل …» dates the report; the detail gives the clash's own day
    text = ("أفاد مصدر في المقاومة اليوم الجمعة بمقتل عشرة مسلحين خلال الاشتباكات التي اندلعت في مدينة قعطبة. "
            "وأوضح المصدر أن مواجهات عنيفة اندلعت مساء أمس الخميس بين الطرفين في مدينة قعطبة، "
            "واستمرت تلك الاشتباكات حتى صباح اليوم.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 31))
    got = [(e.acled.event_type, e.date.start if e.date else None, e.fatalities.best if e.fatalities else None)
           for e in events if e.acled]
    assert got == [("Battles", "2015-07-30", 10)]


def test_a_verb_describing_an_indefinite_noun_and_a_statement_as_subject() -> None:
    # made-up: «زعيما قبليا رفض …» describes the leader; no rejection of the day
    text = "وقتلت ميليشيات الحوثي أمس زعيما قبليا رفض تسليم سلاحه في مديرية بني حشيش."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.plover and e.plover.event_type == "REJECT"] == []
    # «واتهم البيان X بـ…»: the statement accuses; X is the accused, never the accuser
    text = "واتهم البيان عناصر تنظيم داعش بتنفيذ الهجوم على نقطة التفتيش."
    assert [e.actor1.name if e.actor1 else None for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.plover and e.plover.event_type == "ACCUSE"] in ([], [None])


def test_the_bomber_as_a_person_is_no_bombing() -> None:
    # made-up: «الانتحاري» standing alone names the man; «الهجوم الانتحاري» and «فجر الانتحاري نفسه» tell the bombing
    text = "وظهر الانتحاري في الصورة التي نشرتها الوزارة أمس حليق الذقن."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.acled] == []
    text = "ووقع الهجوم الانتحاري أمس داخل مسجد في مدينة أبها."
    assert [e.acled.sub_event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.acled] == ["Suicide bomb"]


def test_a_counted_span_of_detention_is_no_background_frame() -> None:
    # made-up: «لستة أشهر» says how long, not since when; the administrative detention is an arrest of the day
    text = "وقالت الشرطة أمس إنه تم وضع ثلاثة ناشطين قيد الاعتقال الإداري لستة أشهر في مدينة الخليل."
    assert [e.acled.sub_event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.acled] == ["Arrests"]


def test_a_denial_declined_and_a_conviction_proved_are_no_interactions() -> None:
    # made-up: «رفضت … نفي أو تأكيد» declines to comment; «ثبتت إدانته» is a court's conviction
    for text in ("ورفضت وزارة الداخلية المصرية أمس نفي أو تأكيد الأنباء عن اعتقال الصحفي.",
                 "وأكدت المحكمة أمس أن المتهم أدين بالسفر إلى العراق كما ثبتت إدانته بالانضمام إلى تنظيم مسلح."):
        assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
                if e.plover and e.plover.event_type in ("REJECT", "ACCUSE")] == [], text


def test_a_vaccination_campaign_that_targets_children_is_no_attack() -> None:
    # made-up
    text = "ونفذت وزارة الصحة أمس حملة تطعيم ضد الحصبة في خمس محافظات استهدفت 40 ألف طفل."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.acled] == []


def test_a_bombing_told_as_a_purpose_is_no_bombing() -> None:
    # made-up: «بغرض تفجيره» is what the belt was for
    text = "وقال المتهم إنه سلم الشاب الحزام الناسف أمس قبل نقله إلى السوق، بغرض تفجيره."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.acled] == []


def test_the_speaker_of_a_bare_that_is_not_the_subject_of_what_he_reports() -> None:
    # made-up: the official reports a threat others made; he threatens no one
    text = "وقال مدير الميناء سالم العولقي إن الإدارة تلقت معلومات بأن قيادات المتمردين هددت بإغلاق الميناء."
    got = [e.actor1.name if e.actor1 else None for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
           if e.plover and e.plover.event_type == "THREATEN"]
    assert "Salem al-Aulaqi" not in got and all(name is None or "Aulaqi" not in name for name in got)


def test_an_arrest_by_the_authorities() -> None:
    # made-up: a state's authorities that arrest someone, with no day told
    text = "وأوقفت السلطات الأردنية المدعو سامر الحربي الذي أعلن مبايعته لتنظيم داعش."
    assert [e.acled.sub_event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.acled] == ["Arrests"]


def test_confirm_or_deny_anonymity_and_praise_said_again_and_again() -> None:
    # made-up: none is an interaction of a day
    for text in ("ولم يتسن الاتصال بالبعثة الأممية لتأكيد أو نفي هذه الأنباء.",
                 "وقال أحد السكان طالبا عدم الكشف عن اسمه إن المسلحين انسحبوا من البلدة.",
                 "وقد أشاد الرئيس الفرنسي فرانسوا هولاند مرارا بالتعاون مع المغرب."):
        assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == [], text


def test_students_counted_and_promises_of_reinforcements() -> None:
    # made-up: «طالباً» after a number are students; «وعود بإرسال …» are promises, not aid sent
    for text in ("واحتفلت الكلية أمس بتخريج 240 طالباً بحضور وزير التعليم العالي عزام الدخيل في الرياض.",
                 "وقال القائد إن المسلحين المحاصرين يعيشون على وعود بإرسال تعزيزات لمساعدتهم في تعز."):
        assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.plover] == [], text


def test_a_tally_of_those_arrested_and_the_accused_of_a_bombing() -> None:
    # made-up: «إحصائية لمن تم القبض عليهم» counts, «أقر متهمون بالتفجير» is a trial: no happening told
    for text in ("وذكر البيان أن الوزارة أعدت إحصائية لمن تم القبض عليهم خلال الحملة الأخيرة في منطقة جازان.",
                 "وأقر متهمون بالتفجير الذي استهدف السوق أمام المحكمة أمس بمسؤوليتهم عن العملية."):
        assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.acled] == [], text


def test_a_medical_evacuation_plane_is_no_weapon() -> None:
    # made-up: «بطائرة إخلاء طبي» carried the body; the bombing stays an explosive device
    text = ("وشيعت القرية أمس أحد ضحايا التفجير الذي استهدف المسجد، بعد أن نقل جثمانه بطائرة إخلاء طبي من أبها "
            "إلى الرياض.")
    assert [e.acled.sub_event_type for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
            if e.acled] in ([], ["Remote explosive/landmine/IED"])


def test_at_any_price_and_talks_postponed() -> None:
    # made-up: «بأي ثمن» is a price (no «ثمّن», praised); postponed talks are not held
    for text in ("وحشد المسلحون قواتهم لاستعادة التلة بأي ثمن أمس في ريف المدينة.",
                 "وأعلنت الوساطة القطرية أمس تأجيل محادثات السلام بين الحكومة وحركة طالبان."):
        assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0]
                if e.plover and e.plover.event_type in ("SUPPORT", "CONSULT")] == [], text


def test_a_newspaper_that_attacks_does_so_in_words() -> None:
    # made-up
    text = "وهاجمت صحيفة الأخبار المحلية أمس الحكومة بسبب ارتفاع الأسعار في العاصمة عمان."
    assert [e for e in annotate_document(text, published=dt.date(2015, 8, 7))[0] if e.acled] == []


def test_the_aircraft_that_target_are_the_subject_of_the_verb() -> None:
    # made-up: «استهدف طيران X مواقع Y» — X strikes, Y is struck; «استهدفت غارة مواقع Y» has no named striker
    text = "واستهدف طيران التحالف أمس تجمعات الحوثيين في محيط مدينة الحوطة."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in events if e.acled] \
        == [("Saudi-led Coalition", "Houthis")]
    text = "واستهدفت غارة جوية أمس مواقع الحوثيين في مدينة الحوطة."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.actor2.name if e.actor2 else None for e in events if e.acled] == ["Houthis"]


def test_a_summary_of_strikes_lends_its_parties_and_day_to_the_strikes_told_town_by_town() -> None:
    # made-up: strikes told at country level, then by town in the next sentence (one event per town, none at
    # country level); the day told inside the reported clause, not the day of the statement, dates them
    text = ("أعلن التحالف الدولي في بيان اليوم الأحد أن طائراته شنت تسع غارات جوية على تنظيم داعش في العراق "
            "يوم السبت. ونفذت خمس غارات قرب مدن كركوك وداقوق والحويجة واستهدفت مواقع ومركبات للتنظيم.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 9))
    got = sorted((e.location.name if e.location else None, e.actor1.name if e.actor1 else None,
                  e.actor2.name if e.actor2 else None, str(e.date.start) if e.date else None)
                 for e in events if e.acled)
    assert [g[0] for g in got] == ["Al Hawijah", "Daquq", "Kirkuk"]
    assert {g[1:] for g in got} == {("International Coalition", "Islamic State", "2015-08-08")}


def test_strikes_counted_with_a_figure_are_particular_strikes() -> None:
    # made-up: «وثلاث غارات أخرى قرب X» counts particular strikes; «الغارات» without a figure or a day does not tell one
    text = "ونفذت الطائرات غارتين على مواقع المسلحين قرب مدينة الرقة بينما ضربت أهداف أخرى في ثلاث غارات قرب مدينة الحسكة."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 9))
    assert sorted(e.location.name for e in events if e.acled and e.location) == ["Al Hasakah", "Ar Raqqah"]


def test_the_forces_of_the_one_who_tells_it_struck() -> None:
    # made-up: «أعلن X أن طائراته قصفت …»: the speaker's own forces (a carrier with its pronoun after «أن») struck
    events, _ = annotate_document("قالت وزارة الدفاع التركية إن مقاتلاتها قصفت مواقع لحزب العمال الكردستاني في شمال "
                                  "العراق أمس.", published=dt.date(2015, 8, 9))
    assert [(e.actor1.name if e.actor1 else None) for e in events if e.acled] == ["Military Forces of Turkey"]


def test_a_happening_told_with_no_day_of_its_own_takes_the_day_of_its_report() -> None:
    # made-up: the day after «حسبما ذكر …» is the report's; with no other day the happening was by then
    text = "تم تفجير خط لأنابيب النفط في محافظة صلاح الدين، حسبما ذكر مسؤول محلي في وقت متأخر من مساء أمس الأحد."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 10))
    assert [str(e.date.start) for e in events if e.acled and e.date] == ["2015-08-09"]


def test_two_aid_shipments_each_with_its_named_sender_are_two_events() -> None:
    # made-up: a ship «محملة بـ… طن من المواد» arrived, sent by one giver; a second one sent by another
    text = ("ووصلت أمس إلى ميناء الحديدة سفينة محملة بـ3000 طن من المواد الغذائية أرسلها برنامج الأغذية العالمي، "
            "ثم وصلت سفينة ثانية محملة بألف طن من الأدوية أرسلتها دولة الكويت.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 10))
    aid = [e for e in events if e.plover and e.plover.event_type == "AID"]
    assert sorted(e.actor1.name for e in aid if e.actor1) == ["Government of Kuwait", "WFP: World Food Programme"]


def test_a_word_written_with_tanween_is_no_verb() -> None:
    # made-up: «طالبًا» with tanween is the participle (asking), not the dual past «طالبا» (the two demanded)
    events, _ = annotate_document("وقف الرجل أمام المبنى يلوّح بيده طالبًا المساعدة من المارة.", published=dt.date(2015, 8, 10))
    assert [e for e in events if e.plover and e.plover.event_type == "REQUEST"] == []


def test_declining_to_comment_told_with_a_verb_is_no_rejection() -> None:
    # made-up: «رفض … أن يعلق» declines to comment, like «رفض التعليق»
    events, _ = annotate_document("ورفض المتحدث باسم الأمم المتحدة أن يعلق على تصريحات الوزير أمس.",
                                  published=dt.date(2015, 8, 10))
    assert [e for e in events if e.plover and e.plover.event_type == "REJECT"] == []


def test_arriving_somewhere_that_is_no_place_is_no_visit() -> None:
    # made-up: a runner «وصلت إلى ما قبل خط النهاية» visits no one; «وصل الوزير إلى عمان» does
    events, _ = annotate_document("ووصل وزير الخارجية الأميركي جون كيري إلى ما قبل نهاية السباق بدقائق.",
                                  published=dt.date(2015, 8, 10))
    assert [e for e in events if e.plover and e.plover.event_type == "CONSULT"] == []
    events, _ = annotate_document("ووصل وزير الخارجية الأميركي جون كيري إلى عمان أمس في زيارة رسمية.",
                                  published=dt.date(2015, 8, 10))
    assert [e.plover.event_type for e in events if e.plover] == ["CONSULT"]


def test_a_stance_told_with_its_agent_as_a_pronoun_is_described_not_taken() -> None:
    # made-up: «وتهديدهم بقتل …» in a description is background; «جدد … تهديده» takes the stance now
    events, _ = annotate_document("وتدهورت الأوضاع في المدينة بعد حصار المسلحين لها وتهديدهم بقتل كل من يتعاون "
                                  "مع الجيش.", published=dt.date(2015, 8, 10))
    assert [e for e in events if e.plover and e.plover.event_type == "THREATEN"] == []
    events, _ = annotate_document("وجدد زعيم الحوثيين أمس تهديده بمهاجمة المدن السعودية.", published=dt.date(2015, 8, 10))
    assert [e.plover.event_type for e in events if e.plover] == ["THREATEN"]


def test_a_share_of_a_count_in_a_report_is_no_happening() -> None:
    # made-up: statistics of a report («وصلت الاعتداءات إلى ما نسبته 40%») tell no threat and no attack
    for text in ("وقال التقرير إن التهديدات والاعتداءات على الصحفيين وصلت إلى ما نسبته 40% من الانتهاكات.",
                 "وذكر التقرير أنه وصلت الاعتداءات على الصحفيين إلى ما نسبته 40% من الانتهاكات المسجلة."):
        events, _ = annotate_document(text, published=dt.date(2015, 8, 10))
        assert events == []


def test_the_list_of_strike_places_tells_their_own_day() -> None:
    # made-up: a statement's summary dated by the statement, then the list of places with the strikes' own day;
    # «في سوريا قرب مدن …» names where in the country (a country is not located by a town)
    text = ("أفادت القيادة المركزية الأميركية في بيان صدر اليوم الجمعة بأن طائراتها شنت 12 غارة على مواقع لداعش. "
            "وأوضح البيان لاحقا أن خمسا من تلك الغارات شنت أمس الخميس في سوريا قرب مدن الرقة والحسكة.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    got = sorted((e.location.name if e.location else None, str(e.date.start) if e.date else None)
                 for e in events if e.acled)
    assert got == [("Al Hasakah", "2015-08-06"), ("Ar Raqqah", "2015-08-06")]


def test_civilians_beside_a_military_target_do_not_make_it_civilian() -> None:
    # made-up: a gathering of fighters «أمام منزل» is the target; the house only says where it stood
    events, _ = annotate_document("وقتل ثلاثة من مسلحي الحوثي أمس في هجوم استهدف تجمعا لهم أمام منزل في مدينة تعز.",
                                  published=dt.date(2015, 8, 10))
    got = [(e.acled.event_type, e.actor2.name if e.actor2 else None) for e in events if e.acled]
    assert got == [("Battles", "Houthis")]


def test_forces_named_without_their_country_are_those_of_the_place() -> None:
    # made-up: an Iraqi official named first, then a gendarmerie post attacked in a Turkish town
    text = ("وقال مسؤول عراقي إن الحكومة العراقية تتابع الوضع. "
            "وقتل جنديان أمس في هجوم استهدف مركزا للدرك في بلدة دوغو بيازيد.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 10))
    got = [(e.location.name if e.location else None, e.actor2.name if e.actor2 else None) for e in events if e.acled]
    assert got == [("Doğubayazıt", "Military Forces of Turkey")]


def test_a_relative_clause_about_people_tells_neither_the_place_nor_the_weapon() -> None:
    # made-up: «الذين يتعرضون لغارات في شمال العراق» is where the blamed fighters are and what they suffer
    text = ("وفي بلدة دوغو بيازيد بولاية أغري، قتل جنديان أمس في تفجير استهدف مركزا للدرك ونسب إلى مقاتلي "
            "الحزب الذين يتعرضون لغارات في شمال العراق.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 10))
    got = [(e.acled.sub_event_type, e.location.name if e.location else None) for e in events if e.acled]
    assert got == [("Remote explosive/landmine/IED", "Doğubayazıt")]


def test_an_armed_group_aiming_a_weapon_reports_a_strike() -> None:
    # made-up: «استهدف الثوار … بالمدفعية» and «واصل الثوار استهداف … بالمدفعية» tell shelling done by the rebels;
    # «واصل الحزب هجماته على …» (his attacks) sums up a campaign
    for text in ("وقصفت قوات الأسد مواقع في ريف إدلب. واستهدف الثوار أمس مساكن الضباط بالمدفعية الثقيلة في مطار "
                 "أبو الظهور.",
                 "وقصفت قوات الأسد مواقع في ريف إدلب. وواصل الثوار أمس استهداف مساكن الضباط بالمدفعية الثقيلة في "
                 "مطار أبو الظهور."):
        events, _ = annotate_document(text, published=dt.date(2015, 8, 10))
        got = [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None, e.location.name if e.location else None)
               for e in events if e.acled and e.location and e.location.name != "Idleb"]
        assert got == [("Shelling/artillery/missile attack", "Opposition Rebels (Syria)", "Abu az Zuhur")], text
    events, _ = annotate_document("واصل حزب العمال الكردستاني هجماته على قوات الأمن التركية، في حين تحرك القضاء.",
                                  published=dt.date(2015, 8, 10))
    assert events == []


def test_an_armed_group_right_after_the_verb_of_targeting_is_its_subject() -> None:
    # made-up: VSO «استهدفت المقاومة طقماً تابعاً للحوثيين»: the resistance struck, the Houthis were struck
    events, _ = annotate_document("كما استهدفت المقاومة طقماً تابعا لمليشيا الحوثي بقنبلة يدوية في الحديدة أمس.",
                                  published=dt.date(2015, 8, 10))
    got = [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
           for e in events if e.acled]
    assert got == [("Grenade", "Popular Resistance", "Houthis")]


def test_a_present_verb_after_an_is_named_not_told() -> None:
    # made-up: «أن تقصف أحياء سكنية … أمر غير مسبوق» names an act; «قصفت الميليشيات أحياء …» tells one
    events, _ = annotate_document("وقال الوزير: «أن تقصف أحياء سكنية بصواريخ الكاتيوشا أمر غير مسبوق في محافظة عدن».",
                                  published=dt.date(2015, 7, 20))
    assert events == []
    events, _ = annotate_document("وقصفت الميليشيات أمس أحياء سكنية بصواريخ الكاتيوشا في محافظة عدن.",
                                  published=dt.date(2015, 7, 20))
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Shelling/artillery/missile attack"]


def test_a_word_joined_by_a_hyphen_is_part_of_a_name() -> None:
    # made-up: «دان-مالام» is a man's name, not «دان» (condemned)
    events, _ = annotate_document("وكان دان-مالام موجودا في منزله في قرية باغا عندما رأى المسلحين.",
                                  published=dt.date(2015, 7, 27))
    assert [e for e in events if e.plover and e.plover.event_type == "ACCUSE"] == []


def test_aid_on_board_an_arriving_plane() -> None:
    # made-up: equipment carried (a long subject before «تحمل») or on board («على متنها … معدات طبية»); the party
    # named after «جراء» is the cause, not the receiver (the receivers are the people where the aid lands, when its
    # sentence names the place: `test_aid_goes_to_the_state_named_after_ila_or_to_the_people_where_it_lands`)
    text = ("هبطت أمس في مطار عدن طائرتان مدنيتان وطائرة طبية، وثالثة تابعة لقوات التحالف تحمل معدات إطفاء. "
            "كما وصلت أمس طائرة لمنظمة أطباء بلا حدود، على متنها طبيبان إضافة إلى معدات طبية، لإنقاذ المصابين "
            "جراء قصف ميليشيات الحوثي.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 8))
    got = sorted((e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else None)
                 for e in events if e.plover and e.plover.event_type == "AID")
    assert got == [("Doctors Without Borders", None), ("Saudi-led Coalition", "Civilians (Yemen)")]


def test_the_wounded_brought_in_are_civilians_of_their_nationality() -> None:
    # made-up: «40 جريحا يمنيا» (an accusative demonym) names the receivers of the host's medical aid
    text = "وصل أمس إلى العاصمة الأردنية عمان 40 جريحا يمنيا لتلقي العلاج من إصابات أصيبوا بها في المعارك."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 8))
    got = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
           for e in events if e.plover and e.plover.event_type == "AID"]
    assert got == [("Government of Jordan", "Civilians (Yemen)")]


def test_an_invitation_after_a_standalone_demonstrative_by_a_named_minister() -> None:
    # made-up: «في مقابل ذلك دعا» (ذلك governed by a preposition, so دعا is a verb); «الرئيس الدوري» is a rotating
    # chair, not a sports league; «عز الدين …» is a person named with a compound given name
    text = ("في مقابل ذلك دعا عز الدين الأصبحي، وزير حقوق الإنسان اليمني، الرئيس الدوري لمجلس حقوق الإنسان "
            "لزيارة محافظة عدن.")
    events, _ = annotate_document(text, published=dt.date(2015, 7, 20))
    got = [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover]
    assert got == [("REQUEST", "Ezzedine al-Asbahi")]


def test_ground_taken_by_forces_named_before_the_verb_in_a_report() -> None:
    # made-up: «قالت مصادر إن القوات العراقية سيطرت على …»: the forces after «إن» act (the sources report);
    # «وكان مقاتلون … قد استولوا على عدن في بداية الحرب» (pluperfect, no day) recalls the past
    events, _ = annotate_document("وذكرت مصادر أن القوات العراقية سيطرت على أحياء وطرق جنوب الرمادي، وأصبحت على "
                                  "مسافة قصيرة من وسط المدينة.", published=dt.date(2015, 7, 26))
    got = [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled]
    assert got == [("Government regains territory", "Military Forces of Iraq")]
    events, _ = annotate_document("وكان مقاتلون من الحوثيين قد استولوا على عدن في بداية الحرب، ما دفع الرئيس "
                                  "للانتقال إلى الرياض.", published=dt.date(2015, 7, 26))
    assert events == []


def test_movements_stopped_and_a_threat_undergone_are_no_events() -> None:
    # made-up: «وأوقف الطيران تحركات المتطرفين» stops movements; «مدعيا تعرضه للتهديد» names no threatener
    for text in ("وقال المصدر إن الطيران ألحق خسائر بالتنظيم في الفلوجة وأوقف تحركات المتطرفين.",
                 "وقال القاضي إن أحد الموقوفين اعترف بمساعدة المهاجمين مدعيا تعرضه للتهديد بقتله."):
        events, _ = annotate_document(text, published=dt.date(2015, 7, 24))
        assert [e for e in events if (e.acled and e.acled.sub_event_type == "Arrests")
                or (e.plover and e.plover.event_type == "THREATEN")] == [], text


def test_a_state_of_emergency_declared_is_a_strategic_development() -> None:
    # made-up: «أعلنت اللجنة … حالة الطوارئ في صنعاء»; «قوات الطوارئ» (emergency forces) declares nothing
    events, _ = annotate_document("وأعلنت اللجنة الثورية التابعة للحوثيين حالة الطوارئ في العاصمة صنعاء اعتبارا من "
                                  "مساء أمس.", published=dt.date(2015, 8, 10))
    got = [(e.acled.event_type, e.acled.sub_event_type, e.plover.event_type if e.plover else None)
           for e in events if e.acled]
    assert got == [("Strategic developments", "Other", "COERCE")]
    events, _ = annotate_document("وأعلنت وزارة الداخلية أن الهجوم استهدف مسجد قوات الطوارئ في أبها أمس.",
                                  published=dt.date(2015, 8, 10))
    assert [e for e in events if e.acled and e.acled.sub_event_type == "Other"] == []


def test_a_fight_told_with_one_side_is_against_the_side_the_document_fights() -> None:
    # made-up: the resistance is told fighting the Houthis, then taking a district alone: the Houthis lost it;
    # an IED with one side named keeps its target unnamed
    text = ("واندلعت اشتباكات عنيفة أمس بين المقاومة الشعبية والحوثيين في مدينة تعز. "
            "وسيطرت المقاومة الشعبية أمس على مديرية المسراخ بعد معارك عنيفة.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    got = sorted((e.acled.sub_event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
                 for e in events if e.acled)
    assert ("Government regains territory", "Popular Resistance", "Houthis") in got, got


def test_a_clash_between_two_named_sides_names_both() -> None:
    # made-up: «اشتباكات … بين X وY» (the clash_between trigger) gives both sides; inside a relative clause
    # («التي تشهد معارك بين …») it does not name the striker of the happening told
    events, _ = annotate_document("واندلعت اشتباكات عنيفة أمس بين المقاومة الشعبية والحوثيين في مدينة تعز.",
                                  published=dt.date(2015, 8, 5))
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in events if e.acled] \
        == [("Popular Resistance", "Houthis")]
    events, _ = annotate_document("وفي شبوة التي تدور فيها معارك بين المقاومة والحوثيين، قتل أمس 12 مسلحا في "
                                  "قصف لطيران التحالف على تجمع لهم في بيحان.", published=dt.date(2015, 8, 5))
    assert [e.actor1.name if e.actor1 else None for e in events if e.acled] == ["Saudi-led Coalition"]


def test_any_sortie_of_bombing_is_none_told() -> None:
    # made-up: «لم يسمح لسلاح الجو بشن أي طلعات قصف» names any bombing sortie (a permission refused), none flown
    events, _ = annotate_document("ولم تسمح أنقرة للطائرات الأمريكية بشن أي طلعات قصف من قاعدة إنجرليك قبل "
                                  "الاتفاق.", published=dt.date(2015, 7, 24))
    assert events == []


def test_welcoming_a_visit_is_part_of_the_visit() -> None:
    # made-up: «رحب الرئيس المصري، فلان، بزيارة الرئيس اليمني» greets the visitor; «رحب … بقرار» supports a decision
    events, _ = annotate_document("ومن جهته رحب الرئيس المصري، عبد الفتاح السيسي، بزيارة الرئيس اليمني إلى القاهرة "
                                  "أمس.", published=dt.date(2015, 8, 5))
    assert [e for e in events if e.plover and e.plover.event_type == "SUPPORT"] == []
    events, _ = annotate_document("ورحب الرئيس المصري أمس بقرار مجلس الأمن بشأن اليمن.", published=dt.date(2015, 8, 5))
    assert [e.plover.event_type for e in events if e.plover] == ["SUPPORT"]


def test_a_visit_asked_for_is_no_visit() -> None:
    # made-up: «طلب الرئيس من القوات أن تقوم بزيارة إلى الموانئ» asks for a visit; «قام الوزير بزيارة إلى عدن» made one
    events, _ = annotate_document("وطلب الرئيس اليمني من البحرية المصرية أن تقوم بزيارة إلى موانئ عدن قريبا.",
                                  published=dt.date(2015, 8, 5))
    assert [e for e in events if e.plover and e.plover.event_type == "CONSULT"] == []
    events, _ = annotate_document("وقام وزير الخارجية المصري أمس بزيارة إلى عدن التقى خلالها الرئيس اليمني.",
                                  published=dt.date(2015, 8, 5))
    assert "CONSULT" in [e.plover.event_type for e in events if e.plover]


def test_ground_taken_by_a_militia_of_the_government_side_is_regained() -> None:
    # made-up: the Popular Resistance (affiliated with the forces loyal to Hadi) takes a district: ACLED's
    # «Government regains territory» (government forces or their affiliates); the Houthis taking one overtake it
    events, _ = annotate_document("وسيطرت المقاومة الشعبية أمس على مديرية المسراخ بعد معارك مع الحوثيين.",
                                  published=dt.date(2015, 8, 5))
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Government regains territory"]
    events, _ = annotate_document("وسيطر الحوثيون أمس على مديرية المسراخ بعد معارك مع المقاومة الشعبية.",
                                  published=dt.date(2015, 8, 5))
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Non-state actor overtakes territory"]


def test_holding_someone_responsible_is_an_accusation() -> None:
    # made-up: «حمّلت الحكومة الميليشيات المسؤولية الكاملة عن …» blames them; «حمل المتظاهرون الأعلام» carries flags
    events, _ = annotate_document("وحملت الحكومة اليمنية أمس ميليشيات الحوثي المسؤولية الكاملة عن تدهور الأوضاع.",
                                  published=dt.date(2015, 8, 9))
    got = [(e.plover.event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
           for e in events if e.plover and not e.acled]
    assert got == [("ACCUSE", "Government of Yemen", "Houthis")]
    events, _ = annotate_document("وحمل المتظاهرون الأعلام في شوارع المدينة أمس.", published=dt.date(2015, 8, 9))
    assert [e for e in events if e.plover and e.plover.event_type == "ACCUSE"] == []


def test_one_strike_verb_with_two_targets_in_two_countries_is_two_events() -> None:
    # made-up: «قصفت الطائرات مواقع لداعش في سوريا ولحزب العمال في العراق»: two targets, two countries; one target and
    # one country stays one event
    events, _ = annotate_document("وقصفت المقاتلات التركية أمس مواقع لتنظيم داعش في سوريا ولحزب العمال الكردستاني "
                                  "في شمال العراق.", published=dt.date(2015, 7, 26))
    got = sorted((e.actor2.name if e.actor2 else None, e.location.country if e.location else None)
                 for e in events if e.acled)
    assert got == [("Islamic State", "SY"), ("Kurdistan Workers' Party", "IQ")]
    events, _ = annotate_document("وقصفت المقاتلات التركية أمس مواقع لتنظيم داعش في سوريا.", published=dt.date(2015, 7, 26))
    assert len([e for e in events if e.acled]) == 1


def _kinds(text: str, published: dt.date = dt.date(2015, 8, 6)) -> list[str]:
    events, _ = annotate_document(text, published=published)
    return [e.acled.event_type if e.acled else e.plover.event_type for e in events if e.acled or e.plover]


def test_a_meeting_with_a_tv_channel_or_paper_is_an_interview() -> None:
    for text in ["وقال وزير الخارجية خلال لقاء مع قناة محلية أمس إن الحرب لن تطول.",
                 "وأكد المتحدث في لقاء تلفزيوني مساء أمس أن الهدنة صامدة.",
                 "وأوضح النائب في لقاء مع صحيفة الوطن أمس أن الحكومة تدرس الأمر."]:
        assert "CONSULT" not in _kinds(text), text
    # a meeting with a party stays a consultation, and so does one with an agency of the United Nations
    assert _kinds("وعقد وزير الخارجية القطري أمس لقاء مع وفد من حركة حماس في الدوحة.") == ["CONSULT"]


def test_a_justification_with_bi_tells_an_earlier_attack_in_passing() -> None:
    text = ("وبرر رئيس الوزراء أمس الحملة العسكرية على المسلحين، بالتفجير الانتحاري في بلدة حدودية ومقتل "
            "شرطيين برصاص قناصة الأسبوع الماضي.")
    assert [k for k in _kinds(text) if k in ("Explosions/Remote violence", "Battles", "Violence against civilians")] \
        == []


def test_a_definite_noun_takes_up_an_attack_told_in_passing() -> None:
    text = ("وجاء القرار على خلفية هجوم مسلح على فندق ساحلي في مدينة سوسة الشهر الماضي، إذ أدى الهجوم إلى "
            "رحيل آلاف الزوار عن المدينة.")
    assert [k for k in _kinds(text) if k != "SANCTION"] == []
    # a definite noun after an attack reported in full is that attack, one event
    text = "هاجم مسلحون فجر أمس نقطة للشرطة في مدينة العريش، وأدى الهجوم إلى مقتل ثلاثة من رجال الأمن."
    assert _kinds(text) == ["Battles"]


def test_a_refusal_or_an_arrest_named_as_a_cause_or_a_purpose_is_no_event() -> None:
    text = "واندلع خلاف بين قادة المعسكر أمس بسبب رفض عدد من الضباط أوامر القيادة."
    assert "REJECT" not in _kinds(text)
    text = "وقال الوزير إن السلطات ستفتح تحقيقا في الاعتداء، ليصار إلى القبض على الفاعلين وتقديمهم للعدالة."
    assert "Strategic developments" not in _kinds(text)


def test_talks_a_future_verb_governs_are_planned_even_across_an_aside() -> None:
    text = "وقال مسؤول حكومي أمس إن قطر ستستضيف، على الأرجح، الجولة المقبلة من المحادثات بين الطرفين."
    assert "CONSULT" not in _kinds(text)
    text = "وقال مسؤول حكومي أمس إن قطر سيستضيف الجولة المقبلة من المحادثات بين الطرفين."
    assert "CONSULT" not in _kinds(text)
    # the future of one clause does not reach a complement clause told in the past
    text = "وقال القاضي إن المحكمة ستكشف كل الملابسات لافتا إلى أنه جرى توقيف 11 شرطيا في بعقوبة أمس."
    assert "Strategic developments" in _kinds(text)


def test_future_forms_come_from_the_language_not_from_names() -> None:
    from marsad.events.lexicon import load_lexicon

    future = load_lexicon().cues["future"]
    assert {"ستستضيف", "سيزور", "ستعقد"} <= future
    # a place, a given name, a noun or the verb of taking control are not futures
    assert not {"سنجار", "سيرجي", "سياره", "سيطره", "سيطرت", "سيدها"} & future


_ESSAY = [
    "ليست الحرب قدرا مكتوبا على الشعوب، وإنما هي خيار يصنعه من يظن أن القوة وحدها تصنع المستقبل",
    "وحين ننظر إلى تاريخ المنطقة نجد أن كل جماعة رفعت السلاح في وجه الدولة انتهت إلى العزلة والخسارة",
    "فالسلاح لا يبني وطنا ولا يصنع عدلا، بل يترك خلفه مدنا مهدمة وأجيالا تبحث عن معنى للحياة",
    "والمؤلم أن كثيرا من الشباب ينجرفون وراء الشعارات البراقة دون أن يسألوا عن الثمن الذي ستدفعه أسرهم",
    "إن المسؤولية مشتركة بين الأسرة والمدرسة والمسجد ووسائل الإعلام، فكلها تصنع وعي الإنسان منذ طفولته",
    "وليس من الحكمة أن نترك هذا الوعي نهبا للمنابر المجهولة التي تبث الكراهية في كل اتجاه",
    "ولعل أخطر ما في الأمر أن الكراهية تتحول مع الزمن إلى عادة يومية لا يلتفت إليها أحد",
    "والمجتمعات التي نجحت في تجاوز محنها هي التي جعلت الحوار طريقا والتسامح قيمة يتربى عليها الصغار",
    "أما المجتمعات التي استسلمت للعنف فقد دفعت أثمانا باهظة من دماء أبنائها ومن مستقبل أجيالها",
    "ولذلك فإن الرهان الحقيقي ليس على الجيوش وحدها، بل على العقول التي تعرف قيمة السلام",
    "ويبقى الأمل معقودا على أن تدرك النخب مسؤوليتها التاريخية قبل أن يفوت الأوان على الجميع",
    "فالتاريخ لا يرحم من أضاع الفرص، ولا يغفر لمن صمت حين كان الكلام واجبا على كل ضمير حي",
    "وفي النهاية تبقى الكلمة الصادقة أقوى من الرصاصة، وتبقى الفكرة الحرة أبقى من كل الشعارات",
]


def test_an_essay_without_time_or_attribution_reports_no_happening() -> None:
    told = "لقد قصفت الميليشيات أحياء مدينة تعز بالمدفعية وقتلت العشرات من أبنائها"
    essay = ". ".join(_ESSAY[:6] + [told] + _ESSAY[6:] + _ESSAY) + "."
    assert len(essay.split()) >= 300
    assert _kinds(essay) == []
    # the same length of prose told as a report (days, sources) keeps its happening
    report = essay.replace(told, "وقالت مصادر محلية أمس إن الميليشيات قصفت أحياء مدينة تعز بالمدفعية مساء الخميس "
                                 "وقتلت 12 مدنيا، وأكد مصدر طبي الحصيلة صباح الجمعة")
    report = ". ".join(["وأفادت وكالة الأنباء الرسمية أمس أن الوزير زار المدينة يوم الأربعاء"] * 4) + ". " + report
    assert "Explosions/Remote violence" in _kinds(report)
    # a short brief with no day or source is not an essay
    assert "Explosions/Remote violence" in _kinds(told + ".")


def test_fighting_told_in_the_present_is_going_on_and_dated_by_the_report() -> None:
    for text in ["وقال شهود عيان إن اشتباكات عنيفة يشهدها حي المعلا في عدن بين المقاومة الشعبية والحوثيين.",
                 "وتدور معارك عنيفة في محيط مدينة مأرب بين قوات الجيش والحوثيين."]:
        events, _ = annotate_document(text, published=dt.date(2015, 8, 10))
        assert [(e.acled.event_type, e.acled.sub_event_type) for e in events if e.acled] == [
            ("Battles", "Armed clash")], text
        # no day of its own: the days the paper covers, the day before publication and the day itself
        assert (events[0].date.start, events[0].date.end, events[0].date.text) == ("2015-08-09", "2015-08-10", None)
    # battles in general are still no happening
    assert _kinds("وتشهد الحروب الأهلية معارك طويلة لا يخرج منها منتصر.") == []


def test_a_state_and_its_spokesman_condemning_in_consecutive_sentences_make_one_statement() -> None:
    text = ("أدانت الرئاسة الفلسطينية بشدة التفجير الذي استهدف مسجدا في مدينة أبها أمس. "
            "وقال المتحدث باسم الرئاسة إن الرئيس الفلسطيني محمود عباس يدين هذا العمل الإجرامي الجبان.")
    events, _ = annotate_document(text, published=dt.date(2015, 8, 7))
    assert [e.plover.event_type for e in events if e.plover and e.plover.event_type == "ACCUSE"] == ["ACCUSE"]


def test_a_sound_plural_in_the_oblique_case_after_the_verb_is_its_object() -> None:
    text = "رحبت الجامعة العربية أمس بالهدنة الإنسانية ودعت الحوثيين وحلفاءهم إلى الالتزام ببنودها."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 27))
    calls = [e for e in events if e.plover and e.plover.event_type == "REQUEST"]
    assert all(e.actor1 is None or e.actor1.name != "Houthis" for e in calls)
    # the nominative plural right after the verb is its subject
    text = "وطالب الحوثيون أمس الأمم المتحدة بوقف الغارات على صنعاء."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 27))
    assert [e.actor1.name for e in events if e.plover and e.plover.event_type == "REQUEST" and e.actor1] == ["Houthis"]


def test_control_imposed_or_declared_is_ground_taken_and_a_road_names_no_places() -> None:
    for text in ["أحكمت القوات الموالية للحكومة أمس سيطرتها على مدينة زنجبار عاصمة محافظة أبين.",
                 "وأعلن تنظيم داعش أمس سيطرته الكاملة على مدينة القريتين في ريف حمص."]:
        events, _ = annotate_document(text, published=dt.date(2015, 8, 9))
        assert [e.acled.event_type for e in events if e.acled] == ["Battles"], text
        assert events[0].acled.sub_event_type in ("Government regains territory", "Non-state actor overtakes territory")
    # his control held, no taking told
    assert _kinds("وتمتد رقعة سيطرته على مناطق واسعة من البلاد.") == []
    # a road that leads to three provinces is no list of places where the ground was taken
    text = "أحكمت عناصر المقاومة الشعبية أمس سيطرتها على مثلث العند، وهو الطريق المؤدي إلى الضالع ولحج وتعز."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 9))
    assert len([e for e in events if e.acled]) == 1


def test_protesters_blocking_a_road_are_a_protest() -> None:
    text = "وسد المتظاهرون لفترة قصيرة طريقا رئيسيا في مدينة جلال آباد أمس."
    assert _kinds(text) == ["Protests"]


def test_a_time_frame_of_the_past_opening_the_sentence_before_a_comma_frames_it() -> None:
    assert _kinds("في العام الماضي، تظاهر آلاف الطلاب في هونغ كونغ احتجاجا على القانون.") == []
    # a recent frame (last week) still reports
    assert "Explosions/Remote violence" in _kinds("وفي الأسبوع الماضي، قصفت الطائرات مدينة الرقة وقتلت 20 مدنيا.")


def test_talks_of_two_states_joined_by_wa_have_both_and_not_their_topic() -> None:
    text = "وعقدت مصر والأردن محادثات أمس في عمان بشأن مصير الرئيس السوري بشار الأسد."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 9))
    talks = [e for e in events if e.plover and e.plover.event_type == "CONSULT"]
    assert [(e.actor1.name, e.actor2.name if e.actor2 else None) for e in talks] == [("Egypt", "Government of Jordan")]


def test_ground_taken_in_a_relative_clause_with_the_reports_day_is_news() -> None:
    text = "وقال القائد إن قاعدة العند التي سيطرت عليها القوات الحكومية أمس باتت آمنة."
    events, _ = annotate_document(text, published=dt.date(2015, 8, 5))
    assert [(e.acled.event_type, e.date.start) for e in events if e.acled] == [("Battles", "2015-08-04")]
    # with no day of its own it describes the base
    assert _kinds("وقال القائد إن قاعدة العند التي سيطرت عليها القوات الحكومية باتت آمنة.") == []


def test_the_coalition_named_by_its_official_name_declares_the_truce() -> None:
    text = "وقررت قيادة التحالف لدعم الشرعية أمس وقف العمليات، وأعلنت هدنة إنسانية تبدأ منتصف ليل السبت في اليمن."
    events, _ = annotate_document(text, published=dt.date(2015, 7, 26))
    assert [(e.plover.event_type, e.actor1.name) for e in events if e.plover] == [("CONCEDE", "Saudi-led Coalition")]


def test_a_countrys_tally_of_attacks_is_no_happening_but_strikes_on_a_town_are() -> None:
    assert _kinds("وقال المتحدث العسكري إن أوكرانيا سجلت 85 هجوما خلال اليوم.") == []
    assert _kinds("ورصد المرصد السوري أمس 20 غارة جوية على مدينة دوما.") == ["Explosions/Remote violence"]


def test_years_and_centuries_ago_are_background() -> None:
    assert _kinds("وقصفت الطائرات قبل خمسة أعوام مواقع للمسلحين في مدينة حماة.") == []
    assert _kinds("وقد احتج الشعراء قبل نحو عشرة قرون على ظلم الولاة في مدينة بغداد.") == []


def test_a_place_after_the_regime_forces_is_where_it_happened_not_a_regime_by_its_capital() -> None:
    events = _events("وبدأت فصائل المعارضة أمس هجوما واسعا على مراكز قوات النظام في مدينة حماة.")
    assert [(e.acled.event_type, e.location.name if e.location else None) for e in events if e.acled] \
        == [("Battles", "Ḩamāh")]
    # «لنظام دمشق» names the regime by its capital: Damascus is not where the attack was
    events = _events("وهاجمت ميليشيات موالية لنظام دمشق أمس مواقع في مدينة حلب.")
    assert [e.location.name for e in events if e.location] == ["Aleppo"]


def test_daraa_city_has_its_english_name() -> None:
    events = _events("وقصفت الطائرات الحربية أمس أحياء في مدينة درعا.")
    assert [(e.location.name, e.location.admin1) for e in events if e.location] == [("Daraa", "Dara")]


def test_a_town_subjected_to_strikes_is_their_place_and_an_added_town_is_another_happening() -> None:
    text = ("وتعرضت مدينة الباب شرقي حلب أمس لغارات جوية شنتها طائرات النظام، فضلا عن مدينة تلبيسة "
            "التي قصفت قوات النظام أسواقا فيها.")
    events = _events(text)
    assert sorted((e.acled.sub_event_type, e.location.name) for e in events if e.acled and e.location) == [
        ("Air/drone strike", "Al Bāb"), ("Shelling/artillery/missile attack", "Talbisah")]
    # a province subjected to shelling is coarser than the village named after it
    events = _events("وتعرضت محافظة حلب أمس لقصف بالبراميل المتفجرة طال بلدة مارع بريف حلب الشمالي.")
    assert [e.location.name for e in events if e.location] == ["Mari`"]
    # (but not a namesake of another province: «رسم» of «رسم العبود» is read as a village of Idlib)
    events = _events("وتعرضت محافظة حلب أمس لقصف بالبراميل المتفجرة طال قرية رسم العبود بريف حلب الشرقي.")
    assert [e.location.name for e in events if e.location] == ["Aleppo"]


def test_more_of_the_same_happening_after_an_addition_is_not_cut_off() -> None:
    text = ("وقال مصدر في المقاومة إن 25 مسلحا قتلوا وأصيب 15 آخرون، إضافة إلى تدمير دبابة، "
            "إثر غارات لطائرات التحالف على مواقع لهم في محافظة مأرب مساء الجمعة.")
    events = _events(text)
    assert [(e.acled.sub_event_type, e.fatalities.best if e.fatalities else None) for e in events if e.acled] \
        == [("Air/drone strike", 25)]


def test_a_town_told_far_after_a_strike_placed_only_in_a_country_is_another_happening() -> None:
    sentences = [
        "ونفذت المقاتلات التركية أمس ضربات استهدفت مخازن للتنظيم المتطرف داخل سوريا.",
        "وقال رئيس الوزراء التركي إن العمليات ستستمر.",
        "وأضاف أن بلاده لن تسمح بتهديد أمنها.",
        "وأكد أن الحكومة تتابع الوضع على الحدود.",
        "وفي سياق آخر أعلنت المعارضة تشكيل قيادة جديدة.",
        "وقصفت الطائرات المروحية أمس أحياء في مدينة درعا.",
    ]
    events = _events(" ".join(sentences))
    assert [(e.actor1.name if e.actor1 else "", e.location.name) for e in events if e.acled and e.location] \
        == [("Military Forces of Turkey", "Syria"), ("", "Daraa")]


def test_met_his_death_counts_the_dead_by_the_pronoun_and_a_teacher_is_a_civilian() -> None:
    events = _events("وقتل أربعة أشخاص أمس في هجمات متفرقة في بغداد. ولقي معلم وزوجته مصرعهما بنيران مسلحين "
                     "مجهولين قرب منزلهما في قضاء المدائن.")
    shot = [e for e in events if e.acled and e.acled.sub_event_type == "Attack"]
    assert [(e.actor1.name, e.actor2.name, e.fatalities.best) for e in shot] == [
        ("Unidentified Armed Group (Iraq)", "Civilians (Iraq)", 2)]
    # the bomber's own death is no count of the victims
    events = _events("وانفجرت سيارة مفخخة أمس قرب مركز للشرطة في مدينة كركوك. وأضاف المصدر أن الانتحاري لقي حتفه.")
    assert [e.fatalities for e in events] == [None]


def test_local_and_regional_governments_act_and_an_impersonal_report_names_no_agent() -> None:
    events = _events("رفضت حكومة البصرة المحلية أمس تطبيق قرار رفع الرسوم على البضائع المستوردة.")
    assert [(e.plover.event_type, e.actor1.name) for e in events if e.plover] == [("REJECT", "Basrah Local Government")]
    events = _events("وطالبت حكومة إقليم كردستان أمس حزب العمال الكردستاني بإخراج مقاتليه من القرى الحدودية.")
    assert [(e.actor1.name, e.actor2.name) for e in events] == [
        ("Kurdistan Regional Government", "Kurdistan Workers' Party")]
    # «بحسب بيان X فإنه استشهد …»: the statement tells the dead, not its own act; the strike is Turkey's
    events = _events("وبحسب بيان الشرطة العراقية فإنه «استشهد عدد من المزارعين فجر أمس» جراء القصف الجوي التركي "
                     "على قرية زاركلي.")
    assert [e.actor1.name for e in events if e.actor1] == ["Military Forces of Turkey"]


def test_fighters_refusing_to_fight_or_obey_is_no_rejection_between_parties() -> None:
    assert _kinds("وذكرت مصادر أمس أن عشرات الجنود في اللواء الثالث رفضوا المشاركة في القتال ضد المقاومة.") == []
    assert _kinds("وأفاد شهود أن ضباطا رفضوا أمس تنفيذ الأوامر العسكرية بالتوجه إلى الجبهة.") == []
    # refusing a halt to the fighting is a rejection
    events = _events("ورفض الحوثيون أمس وقف القتال في مدينة تعز.")
    assert [(e.plover.event_type, e.actor1.name) for e in events if e.plover] == [("REJECT", "Houthis")]


def test_a_round_up_sentence_splits_where_a_new_place_comes_in_even_when_a_place_comes_back() -> None:
    text = ("ونفذت الطائرات الحربية أمس 12 غارة على أحياء مدينة درعا، بينما استهدفت الفصائل مواقع للنظام في المدينة ذاتها، "
            "كما تدور اشتباكات عنيفة في محيط بلدة عتمان، بينما سقطت قذيفة على حي آخر في مدينة درعا.")
    events = _events(text)
    assert sorted((e.acled.event_type, e.location.name) for e in events if e.acled and e.location) == [
        ("Battles", "`Uthman"), ("Explosions/Remote violence", "Daraa"), ("Explosions/Remote violence", "Daraa")]


def test_the_day_befores_dead_and_this_bombing_of_a_background_happening_are_not_todays() -> None:
    events = _events("وانفجرت سيارة مفخخة أمس في سوق شعبية ببغداد، في هجوم يأتي غداة مقتل 17 شخصا في تفجيرين شرقي العاصمة.")
    assert [(e.location.name, e.fatalities) for e in events if e.location] == [("Baghdad", None)]
    text = ("وانفجرت سيارة مفخخة أمس في سوق شعبية بمدينة كركوك. وجاء الانفجار بعد أيام على تفجير انتحاري وقع في عام 2013 "
            "في سوق مدينة تكريت. وأدى هذا التفجير إلى مقتل نحو 40 شخصا.")
    events = _events(text)
    assert [(e.location.name, e.fatalities) for e in events if e.location] == [("Kirkuk", None)]


def test_an_unnamed_official_as_subject_leaves_the_named_actor_as_the_accused() -> None:
    assert _kinds("واتهم زعيم حزب معارض مؤيد للأقليات أمس أردوغان بتأجيج الحرب.") == []
    assert _kinds("واتهم مسؤول كبير أمس الحوثيين بخرق الهدنة في تعز.") == []
    # a definite title names the one who follows it
    events = _events("وتعهدت المستشارة الألمانية أنجيلا ميركل أمس للحكومة التركية بتقديم المساندة.")
    assert [(e.plover.event_type, e.actor1.name) for e in events if e.plover] == [("SUPPORT", "Angela Merkel")]


def test_a_visit_asked_for_is_not_made_and_a_minister_named_by_office_visits() -> None:
    assert _kinds("وجدد المتحدث باسم الحكومة أمس دعوة الحكومة إلى المبعوث الأممي لزيارة عاجلة إلى مدينة عدن.") \
        != ["CONSULT"]
    events = _events("ووصل وزير الخارجية الفرنسي أمس إلى طهران في جولة تستغرق يومين.")
    assert [(e.plover.event_type, e.actor1.name, e.location.name) for e in events if e.plover] == [
        ("CONSULT", "Government of France", "Tehran")]


def test_trained_militias_are_no_coach_and_a_future_verb_after_a_noun_makes_it_a_plan() -> None:
    # «المدربة» (trained, feminine) is not «المدرب» (the coach) with a pronoun: no match, a meeting
    events = _events("وأوضح وزير الخارجية اليمني رياض ياسين عقب لقائه مع نظيره القطري خالد العطية في الدوحة أمس أن "
                     "الميليشيات المدربة لن تصمد طويلا.")
    assert [e.plover.event_type for e in events if e.plover] == ["CONSULT"]
    assert _kinds("وأكد المتحدث أن المحادثات ستتناول ملف اللاجئين حين يلتقي الوزيران في جنيف الشهر المقبل.") == []


def test_a_clash_of_relatives_who_blocked_a_road_in_anger_with_the_police_is_a_riot() -> None:
    events = _events("واندلعت اشتباكات أمس بين ذوي القتيل وقوات الشرطة في القرية، بعدما قطعوا الطريق الرئيسي "
                     "تعبيرا عن غضبهم من مقتله.")
    assert [(e.acled.event_type, e.acled.sub_event_type) for e in events if e.acled] == [
        ("Riots", "Violent demonstration")]


def test_an_attack_repelled_took_place() -> None:
    events = _events("وأفادت مصادر ميدانية أمس أن المقاومة تصدت لهجوم شنه الحوثيون على مدينة الضالع.")
    assert [e.acled.event_type for e in events if e.acled] == ["Battles"]
    assert _kinds("وقال القائد إن الجيش يعد نموذجا للقتال ضد الإرهاب في المنطقة.") == []


def test_two_weeks_of_fighting_and_forest_fires_are_no_happening() -> None:
    assert _kinds("وقال المتحدث إن المحافظتين شهدتا قتالا بريا عنيفا خلال الأسبوعين الماضيين.") == []
    assert _kinds("وأعلن الدفاع المدني أمس السيطرة على حرائق غابات أسفرت عن مقتل رجل إطفاء وإحراق عشرات المنازل.") == []
    # the last two days are news
    assert _kinds("وقتل 12 مسلحا في اشتباكات مع الجيش في مدينة الرمادي خلال اليومين الماضيين.") == ["Battles"]


def test_suicide_bombers_named_as_people_tell_no_bombing() -> None:
    assert _kinds("وقال المتحدث أمس في واشنطن إن استخدام الجماعة للصبية كمفجرين انتحاريين في نيجيريا يبرهن على "
                  "وحشيتها.") == []


def test_suicide_as_an_adjective_of_attacks_is_no_actor_and_an_unclaimed_bombing_is_an_unidentified_groups() -> None:
    events = _events("وقالت الحكومة إن الولايات المتحدة تدين بشدة الهجمات الانتحارية التي وقعت أمس في مدينة مايدوغوري.")
    assert all(e.actor1 is None or "Unidentified" not in e.actor1.name for e in events if e.plover
               and e.plover.event_type == "ACCUSE")
    events = _events("وقتل خمسة أشخاص أمس في تفجير انتحاري استهدف سوقا شعبية في مدينة كركوك.")
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled] == [
        ("Suicide bomb", "Unidentified Armed Group (Iraq)")]


def test_a_sentence_opened_by_a_span_of_months_tells_no_one_happening() -> None:
    assert _kinds("ومنذ أشهر، هدد المسلحون الطبيب بالقتل إن لم يغادر مدينة تعز.") == []
    # «the first since months» compares, it frames nothing
    assert _kinds("وقصفت الطائرات الحربية أمس مدينة دوما، في أعنف قصف تتعرض له المدينة منذ أشهر.") == [
        "Explosions/Remote violence"]


def test_a_group_that_managed_to_take_or_retake_a_town_is_its_agent() -> None:
    # made-up: the subject of «تمكن/نجح/استطاع» (also told after «أن») takes the town named by the verbal noun
    # after «من/في» (السيطرة، تحرير، استعادة); a battle for a town not yet won is no takeover
    events = _events("وذكرت مصادر محلية أن المقاومة الشعبية تمكنت أمس من السيطرة على مدينة قعطبة في محافظة الضالع.")
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled] == [
        ("Government regains territory", "Popular Resistance")]
    events = _events("نجحت المقاومة الشعبية أمس في تحرير مدينة قعطبة بعد معارك مع الحوثيين.")
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled] == [
        ("Government regains territory", "Popular Resistance")]
    assert _kinds("وتواصل القوات منذ أيام معركة تحرير مدينة قعطبة.") == []


def test_a_person_met_after_a_statement_is_another_interaction() -> None:
    # made-up: a president's welcome, then his reception of an ambassador named: two interactions, not one
    # statement told over the article
    events = _events("رحب رئيس الجمهورية عبد ربه منصور هادي صباح الأحد بمساعي المجلس الخليجي. وفي شأن آخر، استقبل "
                     "هادي في مقر إقامته مساء الأحد السفير الفرنسي فرانسوا دوبوا.")
    assert sorted(e.plover.event_type for e in events if e.plover) == ["CONSULT", "SUPPORT"]


def test_a_definite_title_with_no_name_is_no_state_told_after_it() -> None:
    # made-up: «انتقد النائب … الموقف الأمريكي»: the MP criticises the US; the US is not the one who criticises
    events = _events("وانتقد النائب يوم الأحد الموقف الأمريكي من صفقة الطائرات.")
    assert not [e for e in events if e.actor1 is not None and "United States" in e.actor1.name]
    # the title's own body («القيادي في جماعة الحوثي») still speaks
    events = _events("وهدد القيادي في جماعة الحوثي يوم الأحد الأمم المتحدة بوقف التعامل معها.")
    assert [e.actor1.name for e in events if e.plover and e.actor1] == ["Houthis"]


def test_aid_distributed_or_flown_in_is_an_aid_event_and_a_plan_to_distribute_is_not() -> None:
    # made-up: a relief body hands out food baskets, a plane lands with tonnes of aid; a truce meant to let aid
    # through is no delivery
    def aid(text: str) -> list[str | None]:
        return [e.actor1.name if e.actor1 else None for e in _events(text) if e.plover and e.plover.event_type == "AID"]

    assert aid("باشر مركز الملك سلمان للإغاثة والأعمال الإنسانية يوم الأحد توزيع خمسة آلاف سلة غذائية على الأسر "
               "النازحة في مدينة المكلا.") == ["King Salman Humanitarian Aid and Relief Centre"]
    assert aid("ووزعت جمعية الهلال الأحمر الكويتي يوم السبت مساعدات طبية على مستشفيات مدينة تعز.") == ["Red Crescent"]
    assert len(aid("وهبطت يوم الأحد في مطار عدن طائرة تركية تحمل أربعين طنا من المساعدات الإنسانية.")) == 1
    assert aid("وتهدف الهدنة المقترحة إلى توزيع المساعدات على سكان المدن المحاصرة.") == []


def test_a_political_verb_spelt_like_its_masdar_after_ila_or_ala_is_the_masdar() -> None:
    # made-up: «إلى رفض»، «على نفي»: no finite verb follows a preposition; the rejection is reported, not made
    assert _kinds("وأشار المحامي في حديثه إلى رفض وزير الداخلية التونسي شرح أسباب الاعتقال.") == []
    assert _kinds("واعتاد قادة الجماعة على نفي الأنباء عن مقتل زعيمهم.") == []
    assert "REJECT" in [e.plover.event_type for e in _events("ورفض وزير الداخلية التونسي أمس شرح أسباب الاعتقال.")
                        if e.plover]


def test_a_state_in_the_phrase_a_welcome_governs_is_what_is_welcomed_not_who_welcomes() -> None:
    # made-up: «رحب … بالتدخل العسكري التركي»: Turkey's intervention is welcomed; no one named welcomes it here
    for text in ("ورحب يوم الأحد بالتدخل العسكري التركي في الشمال السوري.",
                 "وأشاد مساء الأحد بالدبلوماسية الكويتية في حل الأزمة."):
        assert not [e for e in _events(text) if e.plover and e.plover.event_type == "SUPPORT" and e.actor1], text
    assert [e.actor1.name for e in _events("ورحبت الحكومة الأردنية يوم الأحد بالتدخل العسكري التركي.")
            if e.plover and e.actor1] == ["Government of Jordan"]


def test_a_comment_on_a_bombing_told_in_full_reports_it_and_the_commenter_did_not_do_it() -> None:
    # made-up: «علق الكاتب على تفجير مسجد … الذي وقع ظهر اليوم وأسفر عن مقتل 12»: the relative clause gives the day
    # and the toll after the target and its town; the writer who comments is no agent
    events = _events("علق الكاتب السعودي فهد الشمري على تفجير مسجد قوات الأمن بمدينة نجران جنوب المملكة، الذي وقع ظهر "
                     "اليوم وأسفر عن مقتل 12 رجل أمن.")
    got = [(e.acled.event_type, e.actor1.name if e.actor1 else None, e.fatalities.best if e.fatalities else None)
           for e in events if e.acled]
    assert len(got) == 1 and got[0][0] == "Explosions/Remote violence" and got[0][2] == 12
    assert got[0][1] is None or "Shammari" not in got[0][1]


def test_demonstrations_that_broke_out_in_places_told_before_them_happened() -> None:
    # made-up: verb, places, then the plural noun as its subject («انطلقت في X وY مظاهرات»); not in a relative
    # clause describing provinces
    assert _kinds("وفيما انطلقت في البصرة والناصرية وثلاث محافظات أخرى مظاهرات هي الأوسع من نوعها ضد انقطاع "
                  "الكهرباء، دعا رجال الدين الحكومة إلى الإصلاح.") == ["Protests", "Protests"]  # (one per town)
    assert _kinds("وقال إن المحافظات التي خرجت في مظاهرات تعاني من ضعف الخدمات منذ سنوات.") == []


def test_an_attack_on_a_police_patrol_that_also_kills_a_passer_by_is_a_battle() -> None:
    # made-up: the object of the attack verb is a police car; the civilian killed in passing does not make it an
    # attack on civilians; a bus carrying civilians still does
    events = _events("وهاجم مسلحون مجهولون سيارة شرطة في بلدة سلوان بمحافظة ديار بكر أمس، ما أسفر عن مقتل شرطي ومدني.")
    assert [e.acled.event_type for e in events if e.acled] == ["Battles"]
    events = _events("هاجم مسلحون حافلة تقل مدنيين في مدينة كركوك أمس ما أسفر عن مقتل خمسة.")
    assert [e.acled.event_type for e in events if e.acled] == ["Violence against civilians"]


def test_a_body_told_as_the_organ_of_a_known_one_speaks_for_it() -> None:
    # made-up: «اللجنة … التابعة لجامعة الدول العربية»: the committee is no lexicon actor; the League is
    events = _events("ودانت اللجنة الدائمة لحقوق الإنسان التابعة لجامعة الدول العربية بشدة إحراق مستوطنين منزلا في "
                     "قرية فلسطينية أمس.")
    assert [e.actor1.name for e in events if e.plover and e.plover.event_type == "ACCUSE" and e.actor1] == [
        "Arab League"]


def test_a_round_up_sentence_turning_to_another_place_with_wa_fi_tells_two_happenings() -> None:
    # made-up: «…، وفي مديرية X نصبت المقاومة كمينا …»: the comma and «وفي» with a named place open another event
    events = _events("وقتل قائد حوثي أمس في مواجهات مع المقاومة في مدينة زنجبار بمحافظة أبين اليمنية، وفي مديرية لودر "
                     "نصبت المقاومة كمينا "
                     "لدورية حوثية وقتلت ثلاثة من أفرادها.")
    assert sorted(e.location.name for e in events if e.acled and e.location) == ["Lawdar", "Zinjibar"]


def test_a_list_of_places_told_over_a_span_of_time_is_no_event_per_place() -> None:
    # made-up: «وما جرى خلال الأشهر الماضية في عدن ولحج وأبين» sums many happenings; the day's battle stays one
    events = _events("وقال المتحدث إن معارك عنيفة دارت أمس في قاعدة العند الجوية أسفرت عن مقتل عشرات المسلحين، "
                     "مثلما جرى خلال الأشهر الماضية في عدن ولحج وأبين.")
    assert len([e for e in events if e.acled]) == 1


def test_what_someone_is_charged_with_is_no_happening() -> None:
    # made-up: «وجهت إليه اتهامات بالتهديد بتفجير …»، «أصابع الاتهام … في التفجير»: a charge, no threat made
    assert _kinds("وكانت الشرطة الأمريكية قد أوقفت الشاب قبل أسبوع ووجهت إليه اتهامات بالتهديد بتفجير قنبلة في "
                  "مبنى الجامعة.") == ["Strategic developments"]  # (the arrest only)


def test_describing_a_move_as_hypocrisy_or_provocation_is_an_accusation() -> None:
    # made-up: «وصف … بأنه نفاق»، «… بالاستفزازية»
    for text in ("ووصف وزير الخارجية الإيراني محمد جواد ظريف البيان الخليجي أمس بأنه نفاق.",
                 "ووصفت وزارة الخارجية القطرية أمس التصريحات الإيرانية بالاستفزازية."):
        assert [e.plover.event_type for e in _events(text) if e.plover] == ["ACCUSE"], text


def test_a_pledge_to_act_is_an_agreement_and_a_pledge_of_aid_is_support() -> None:
    # made-up: «تعهد X بمحاسبة …» commits the speaker (PLOVER AGREE); «تعهد بتوفير مساعدات» pledges support
    events = _events("وتعهد رئيس الحكومة التونسية الحبيب الصيد أمس بمحاسبة المقصرين في حماية الفندق.")
    assert [(e.plover.event_type, e.actor1 is not None) for e in events if e.plover] == [("AGREE", True)]
    events = _events("وتعهد رئيس الوزراء البريطاني ديفيد كاميرون أمس بتوفير مساعدات لتونس في مكافحة الإرهاب.")
    assert [e.plover.event_type for e in events if e.plover] == ["SUPPORT"]


def test_an_attack_in_words_is_an_accusation_not_a_clash() -> None:
    # made-up: «هاجم X Y … متهما إياها»، «شن X هجوما حادا على Y»: criticism, not violence
    events = _events("هاجم وزير الخارجية البحريني خالد بن أحمد آل خليفة إيران أمس، متهما إياها بالتدخل في شؤون بلاده.")
    assert [(e.acled is None, e.plover.event_type, e.actor2.name if e.actor2 else None) for e in events] == [
        (True, "ACCUSE", "Government of Iran")]
    events = _events("وشن وزير الخارجية السعودي عادل الجبير أمس هجوما حادا على النظام السوري.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events] == [
        ("ACCUSE", "Adel al-Jubeir")]


def test_an_actor_after_a_bare_that_is_no_subject_of_the_verb_before_it() -> None:
    # made-up: «وطالب العدني بأن تنسحب ميليشيات الحوثي»: the Houthis are in what is asked, not the ones asking
    events = _events("وطالب العدني أمس بأن تنسحب ميليشيات الحوثي من مدينة عدن.")
    assert not [e for e in events if e.actor1 is not None and e.actor1.name == "Houthis"]


def test_a_title_closed_by_a_name_no_reader_knows_has_an_unnamed_holder() -> None:
    # made-up: «انتقد قائد شرطة المنطقة الشرقية فرحان الزبني ميليشيا الحوثي»: the unknown name ends the title; the
    # group after it is criticised, it does not criticise
    events = _events("وانتقد قائد شرطة المنطقة الشرقية فرحان الزبني ميليشيا الحوثي.")
    assert not [e for e in events if e.actor1 is not None and e.actor1.name == "Houthis"]


def test_a_body_closing_a_title_before_the_named_person_is_no_party() -> None:
    # made-up: «وانتقد رئيس حكومة الاحتلال، بنيامين نتنياهو، السلطة»: the occupation (an actor of the document)
    # belongs to the title; Netanyahu criticises the Palestinian Authority
    events = _events("اعتقلت قوات الاحتلال عشرة شبان في الخليل. وهاجم الاحتلال بلدة بيت أمر. وانتقد رئيس حكومة "
                     "الاحتلال، بنيامين نتنياهو، السلطة الفلسطينية أمس بسبب تسمية شارع باسم منفذ عملية.")
    assert [(e.actor1.name, e.actor2.name) for e in events if e.plover and e.plover.event_type == "ACCUSE"
            and e.actor1 and e.actor2] == [("Benjamin Netanyahu", "Palestinian Authority")]


def test_a_definite_noun_closes_the_title_of_an_unnamed_subject() -> None:
    # made-up: «وحمل رئيس اللجنة ميليشيات الحوثي مسؤولية …»، «وطالب رئيس البرلمان الحكومة العراقية …»: the group or
    # the state after the closed title is the object; the title's holder (not named) acts
    for text in ("وحمل رئيس اللجنة ميليشيات الحوثي مسؤولية الانتهاكات في تعز.",
                 "وطالب رئيس البرلمان الحكومة العراقية بالإصلاح."):
        assert not [e for e in _events(text) if e.actor1 is not None], text
    # (a demonym after the title names the state: «وانتقد وزير الخارجية الإيراني الولايات المتحدة»)
    events = _events("وانتقد وزير الخارجية الإيراني الولايات المتحدة.")
    assert [e.actor1.name for e in events if e.actor1] == ["Government of Iran"]


def test_a_meeting_dated_after_the_paper_is_a_plan_and_a_call_keeps_the_report_day() -> None:
    # made-up (paper of 5 August 2015): talks «في السابع من سبتمبر المقبل» are still to come; a call made yesterday
    # to meet on 30 August was made yesterday
    events = _events("وأعلن وزير الخارجية الروسي سيرغي لافروف عن لقاء مع نظيره السعودي عادل الجبير في موسكو في السابع "
                     "من سبتمبر المقبل.")
    assert [e for e in events if e.plover and e.plover.event_type == "CONSULT"] == []
    events = _events("ودعا وزير الخارجية الروسي سيرغي لافروف المعارضة السورية إلى اجتماع في موسكو في 30 أغسطس الحالي.")
    assert [(e.plover.event_type, e.date.start) for e in events if e.plover] == [("REQUEST", "2015-08-04")]


def test_a_campaign_of_arrests_that_targeted_suspects_is_no_attack() -> None:
    # made-up: «أوقفت الشرطة 120 شخصا في إطار حملة استهدفت …»: the campaign is the arrests
    assert _kinds("وأوقفت الشرطة التركية أمس 120 شخصا في إطار حملة استهدفت مشتبهين بالانتماء إلى تنظيم داعش في "
                  "إسطنبول.") == ["Strategic developments"]


def test_completing_the_recapture_or_clearing_of_a_place_is_a_retaking() -> None:
    # made-up: «أتمت المقاومة استرداد مدينة …»، «استكملت قوات الجيش تطهير …» (not «بأكمله», in its entirety)
    for text in ("وأتمت المقاومة الشعبية أمس استرداد مدينة زنجبار اليمنية.",
                 "واستكملت قوات الجيش العراقي أمس تطهير مدينة الرمادي من عناصر داعش."):
        assert [e.acled.sub_event_type for e in _events(text) if e.acled] == ["Government regains territory"], text
    assert [e for e in _events("ويعني سقوط المدينة تحرير الجنوب بأكمله.") if e.acled] == []
    # the object of the verb of completion put after a long aside (who helped, with what support)
    text = ("وما إن أتمت المقاومة الشعبية أمس، بمساندة وحدات من الجيش الموالي للحكومة، وغطاء جوي كثيف من "
            "طائرات التحالف العربي، استعادة مدينة الحوطة حتى بدأت تمشيط أحيائها.")
    assert [e.acled.sub_event_type for e in _events(text) if e.acled] == ["Government regains territory"]


def test_letting_another_party_use_bases_is_cooperation_and_a_country_in_ya_is_no_adjective() -> None:
    # made-up: «إن تركيا سمحت للولايات المتحدة باستخدام قاعدة …»: a name ending in -يا before a past verb is its
    # subject (not an indefinite adjective opening a relative clause, as «زعيما قبليا رفض …»)
    events = _events("وقال مسؤول أمريكي إن تركيا سمحت للولايات المتحدة باستخدام قاعدة إنجرليك الجوية.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover] == [
        ("COOPERATE", "Turkey")]
    events = _events("وأكد المتحدث أن روسيا رفضت المقترح الأمريكي.")
    assert [e.plover.event_type for e in events if e.plover] == ["REJECT"]


def test_a_verb_joined_by_comma_and_wa_keeps_the_subject_of_the_verb_before_it() -> None:
    # made-up: «ودانت السعودية الهجوم، ودعت إيران إلى …»: Saudi Arabia calls on Iran (no REQUEST by Iran); an office
    # of a state after the second verb is a subject of its own
    events = _events("ودانت السعودية الهجوم على السفارة، ودعت إيران إلى وقف تدخلاتها.")
    assert not [e for e in events if e.actor1 is not None and e.actor1.name == "Iran"]
    assert [e.actor1.name for e in events if e.plover and e.actor1] == ["Saudi Arabia"]


def test_warning_a_party_of_the_consequences_is_a_threat() -> None:
    # made-up: «حذر X Y من مغبة …»: a threat; «حذر من خطورة …» (cautioned about a danger) is none
    events = _events("وحذر الرئيس التركي رجب طيب أردوغان حزب العمال الكردستاني من مغبة الاستمرار في الهجمات.")
    assert [(e.plover.event_type, e.actor2.name if e.actor2 else None) for e in events if e.plover] == [
        ("THREATEN", "Kurdistan Workers' Party")]
    assert [e for e in _events("وحذر وزير الصحة من خطورة انتشار الوباء.") if e.plover] == []


def test_a_day_after_the_paper_told_in_another_sentence_is_no_day_of_the_happenings_after_it() -> None:
    # made-up (paper of 5 August 2015): «… ستفتح المدارس الأحد المقبل. وفي الميدان سقط …»: next Sunday is a plan's day; the
    # strike told next keeps the report's day and is no happening «still to come»
    events = _events("وقال المحافظ إن المدارس ستفتح أبوابها للطلاب الأحد المقبل.\n"
                     "وفي الميدان سقط نحو عشرين قتيلا من الحوثيين جراء غارات شنها طيران التحالف على مواقعهم في لحج.")
    assert [(e.acled.sub_event_type, e.date.start) for e in events if e.acled] == [
        ("Air/drone strike", "2015-08-04")]


def test_a_plane_or_ship_that_carries_food_far_from_its_arrival_verb_is_aid() -> None:
    # made-up: «هبطت … طائرة … بعد …، وهي تحمل 15 طنا من المواد الغذائية»: the vehicle named before the carrying
    # verb stands for the arrival told further back
    events = _events("وهبطت اليوم في مطار عدن الدولي أول طائرة إغاثة سعودية منذ أشهر طويلة بعد إعادة فتح المطار أمام "
                     "الرحلات، وهي تحمل 15 طنا من المواد الغذائية والأدوية.")
    assert [e.plover.event_type for e in events if e.plover] == ["AID"]


def test_strikes_with_the_pronoun_of_their_subject_after_a_verb_of_renewing_were_carried_out() -> None:
    # made-up: «جددت طائرات التحالف، التي تقودها السعودية، غاراتها على …»: the possessive plural is the object of the
    # renewing verb with its subject between; «منذ بدء غاراتها» (a topic) stays no event
    events = _events("وفي تطور آخر جددت طائرات التحالف العربي بقيادة السعودية، غاراتها العنيفة على معسكر العند في لحج.")
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled] == [
        ("Air/drone strike", "Saudi-led Coalition")]
    assert [e for e in _events("وتراجعت أسعار النفط منذ بدء غاراتها على اليمن.") if e.acled] == []


def test_shelling_told_as_the_means_of_a_past_attack_is_an_event_by_the_verbs_subject() -> None:
    # made-up: «واستهدفت مليشيات الحوثي منازل المدنيين في أحياء المدينة بقصف عنيف»: «بقصف» is how the attack was
    # done; the armed actor right after «استهدفت» is its subject, not its target
    events = _events("واستهدفت مليشيات الحوثي بيوت الأهالي في بعض الأحياء الشرقية من مدينة تعز بقصف مدفعي كثيف.")
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled] == [
        ("Shelling/artillery/missile attack", "Houthis")]
    # a noun read as a verb («عمليات قتل») opens no such attack
    assert [e for e in _events("وأحبطت الأجهزة الأمنية مخططات لأفراد كانوا يعدون لتنفيذ عمليات قتل داخل البلاد "
                                "إلى جانب القيام بتفجيرات.") if e.acled] == []


def test_a_launch_verb_after_kama_is_the_verb_with_its_subject_unsaid() -> None:
    # made-up: «كما شن أكثر من 40 غارة على …»: «كما» makes «شن» the past verb (not the verbal noun «شنّ»)
    events = _events("وقصف طيران التحالف أمس مواقع الحوثيين في لحج. كما شن نحو 30 غارة على معسكرات المتمردين في "
                     "محافظة صعدة شمالا.")
    assert sorted(e.location.admin1 for e in events if e.acled and e.location) == ["Lahj", "Saada"]


def test_battles_waged_all_day_yesterday_are_fought_and_a_figurative_battle_is_none() -> None:
    # made-up: «وخاض … طوال يوم أمس معارك عنيفة مع …»: «طوال» before a day frames that day (no long span of
    # background), and «خاض» makes the battles fought; «يخوض الحزب معركة انتخابية» is no fighting
    events = _events("وخاض الجيش الوطني والمقاومة الشعبية طوال يوم أمس معارك عنيفة مع الحوثيين في مناطق عدة بمحافظة تعز.")
    assert [(e.acled.sub_event_type, e.date.start, e.location.admin1 if e.location else None)
            for e in events if e.acled] == [("Armed clash", "2015-08-04", "Taizz")]
    assert [e for e in _events("ويخوض الحزب الحاكم معركة انتخابية صعبة في مدينة الإسكندرية.") if e.acled] == []


def test_the_subject_of_a_verb_of_waging_fights_the_battles_not_the_ally_named_after_it() -> None:
    # made-up: «وتخوض القوات العراقية المدعومة بفصائل الحشد الشعبي معارك … ضد داعش»: the forces right after the verb
    # wage them; the allied militia named in their description does not
    events = _events("وتخوض القوات العسكرية العراقية المدعومة بفصائل الحشد الشعبي حاليا معارك شرسة داخل مدينة الفلوجة "
                     "ضد تنظيم داعش.")
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in events if e.acled] == [("Military Forces of Iraq", "Islamic State")]


def test_where_the_victims_were_going_is_not_where_the_bombing_happened() -> None:
    # made-up: «… استهدف شبانا في بلدة X التركية كانوا يستعدون للعبور إلى مدينة Y السورية»: Y is their destination
    events = _events("وفي بلدة سوروتش التركية قتل أمس 12 شخصا بتفجير انتحاري استهدف شبانا كانوا يستعدون للعبور إلى "
                     "مدينة عين العرب السورية للمشاركة في إعادة إعمارها.")
    assert [(e.acled.sub_event_type, e.location.country if e.location else None) for e in events if e.acled] == [
        ("Suicide bomb", "TR")]
    # a place told as lying opposite another, with a comma between, is where it happened
    events = _events("ووقع الانفجار أمس في حديقة بلدة أقجة قلعة، الواقعة قبالة مدينة تل أبيض السورية، حيث فجر انتحاري نفسه.")
    assert [e.location.country for e in events if e.acled and e.location] == ["TR"]


def test_a_speaker_saying_it_is_incumbent_on_a_party_to_act_requests_it() -> None:
    # made-up: «قال X إن على الحوثيين الانسحاب …»: a demand of the speaker on the party named after «على»; «أنه على
    # الرغم من …» and «كان على متنها» demand nothing
    events = _events("وقال وزير الخارجية اليمني رياض ياسين أمس إن على الحوثيين الانسحاب من المدن وتسليم السلاح.")
    assert [(e.plover.event_type, e.actor2.name if e.actor2 else None) for e in events if e.plover] == [
        ("REQUEST", "Houthis")]
    assert [e for e in _events("وقال الباحث إنه على الرغم من تراجع الأسعار فإن الطلب على النفط ما زال قويا.")
            if e.plover] == []


def test_shells_that_fell_hurting_no_one_are_an_event_with_no_dead() -> None:
    # made-up: «سقطت أربع قذائف على …»: a count between the verb and the noun; «ولم يصب أحد»، «لم يخلف القصف أية
    # إصابات»: ACLED records 0 dead
    events = _events("وسقطت أربع قذائف أطلقها الحوثيون على قرية في منطقة جازان أمس، ولم يصب أحد من السكان.")
    assert [(e.acled.sub_event_type, e.fatalities.best if e.fatalities else None) for e in events if e.acled] == [
        ("Shelling/artillery/missile attack", 0)]
    events = _events("وقصفت الميليشيات حي الروضة في مدينة نجران أمس بعدة قذائف، فيما لم يخلف القصف أية إصابات.")
    assert [e.fatalities.best if e.fatalities else None for e in events if e.acled] == [0]


def test_a_place_in_a_frame_told_after_the_happening_is_not_its_place() -> None:
    # made-up: «قتل جنديان في هجوم …، في الوقت الذي يتزايد فيه التوتر عقب حملة القصف … في شمال العراق»: the
    # frame is background (no second event) and its place is not the attack's; the town named next is
    events = _events("وأعلنت السلطات التركية أن جنديين قتلا في هجوم بسيارة مفخخة ليل أمس، في الوقت الذي يتزايد فيه "
                     "التوتر عقب حملة القصف الجوي التركية على معاقل المسلحين الأكراد في شمال العراق.\n"
                     "ووقع الهجوم على مركز للدرك في بلدة دوغوبيازيت بولاية أغري شرقي البلاد.")
    assert [(e.acled.sub_event_type, e.location.country if e.location else None,
             e.fatalities.best if e.fatalities else None) for e in events if e.acled] == [
        ("Remote explosive/landmine/IED", "TR", 2)]


def test_an_attack_retold_with_its_bomb_is_one_bombing_and_other_dead_another() -> None:
    # made-up: «قتل جنديان في هجوم … وذكر الجيش أن الهجوم نفذ بجرار محمل بالمتفجرات»: one happening, typed by its bomb
    events = _events("قتل جنديان تركيان وأصيب أربعة آخرون في هجوم شنه مسلحون على مركز للدرك في ولاية أغري ليل أمس.\n"
                     "وذكر مكتب الوالي أن الهجوم نفذ بجرار محمل بطنين من المتفجرات على مركز الدرك في ولاية أغري.")
    assert [(e.acled.sub_event_type, e.fatalities.best if e.fatalities else None) for e in events if e.acled] == [
        ("Remote explosive/landmine/IED", 2)]
    # each with its own dead: two happenings
    events = _events("قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز في مدينة بنغازي أمس.\n"
                     "وقتل جنديان آخران في انفجار قنبلة زرعت في شقة سكنية في مدينة بنغازي.")
    assert sorted(e.fatalities.best for e in events if e.acled and e.fatalities) == [2, 3]


def test_each_segment_of_a_round_up_sentence_counts_its_own_dead() -> None:
    # made-up: «وقع تفجيران أمس …، استهدف الأول … وأسفر عن مقتل 12، فيما قتل جنديان في … الفلوجة»: the day told first
    # serves both segments, its dead only the first
    events = _events("وقع تفجيران أمس في محافظة الأنبار، استهدف الأول سوقا شعبيا في مدينة الرمادي وأسفر عن مقتل 12 "
                     "شخصا، فيما قتل جنديان في انفجار عبوة ناسفة على طريق في مدينة الفلوجة.")
    assert sorted((e.location.name, e.fatalities.best, e.date.start) for e in events
                  if e.acled and e.location and e.fatalities) == [
        ("Al Fallūjah", 2, "2015-08-04"), ("Ramadie", 12, "2015-08-04")]


def test_fighters_who_drove_back_the_enemy_or_made_ground_fought_a_battle() -> None:
    # made-up: «تمكن مقاتلو المقاومة من دحر الحوثيين …»، «أصبح حي X تحت سيطرة المقاومة»، «أحرزت المقاومة في محافظة
    # تعز تقدما كبيرا»: battles won, ground taken and an advance made (the one driven back is no agent)
    events = _events("وقال المتحدث إن مقاتلي المقاومة الشعبية تمكنوا أمس من دحر الحوثيين من أحياء شرق مدينة عدن.")
    assert [(e.acled.event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in events if e.acled] == [("Battles", "Popular Resistance", "Houthis")]
    events = _events("وأكد القائد أن حي المنصورة في مدينة عدن أصبح أمس تحت سيطرة قوات المقاومة الشعبية بالكامل.")
    assert [e.acled.event_type for e in events if e.acled] == ["Battles"]
    events = _events("أحرزت المقاومة الشعبية في محافظة تعز أمس تقدما واسعا على عدة جبهات.")
    assert [(e.acled.sub_event_type, e.location.admin1 if e.location else None) for e in events if e.acled] == [
        ("Armed clash", "Taizz")]


def test_assad_and_dubai_are_no_animals_and_a_killing_done_periphrastically_is_an_attack() -> None:
    # made-up: «وهاجمت قوات الأسد …» (Assad, no lion); «هاجم دب …» (a bear) stays no political violence;
    # «قام مسلحون بقتل ثلاثة …» is the past killing told with «قام ب»
    events = _events("وهاجمت قوات الأسد أمس مواقع المعارضة في بلدة الزبداني.")
    assert [(e.acled.event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled] == [
        ("Battles", "Military Forces of Syria")]
    assert [e for e in _events("وهاجم دب بني أمس سائحا في متنزه بولاية مونتانا الأميركية.") if e.acled] == []
    events = _events("وقام مسلحون مجهولون أمس بقتل ثلاثة من عناصر الشرطة في مدينة العريش.")
    assert [e.fatalities.best for e in events if e.acled and e.fatalities] == [3]


def test_a_village_of_another_province_than_the_one_the_sentence_names_is_a_namesake() -> None:
    # made-up: «وفي محافظة أبين … في منطقة السلامية»: the only «السلامية» the gazetteer knows lies in Saada; the
    # province the sentence names is the place
    events = _events("وفي محافظة أبين نفذت المقاومة أمس هجوما نوعيا على مواقع المليشيات الحوثية في منطقة السلامية.")
    assert [e.location.admin1 for e in events if e.acled and e.location] == ["Abyan"]


def test_a_party_behind_with_or_against_is_no_subject_of_a_political_verb() -> None:
    # made-up: «… دعم بلاده للحرب ضد داعش، ورفض أي تعاون مع …»: neither IS nor Assad refuses
    events = _events("وأكد وزير الخارجية البريطاني أمس دعم بلاده للحرب ضد داعش، ورفض أي تعاون مع الرئيس السوري "
                     "بشار الأسد.")
    assert not [e for e in events if e.plover and e.plover.event_type == "REJECT" and e.actor1 is not None
                and e.actor1.name in ("Bashar al-Assad", "Islamic State")]


def test_a_relief_convoy_that_targeted_districts_served_them() -> None:
    # made-up: «… قافلة إغاثية ضمت مواد غذائية … واستهدفت أحياء كريتر والمعلا»: «استهدف» in the sense of serving
    events = _events("ودشن المحافظ أمس قافلة إغاثية ضمت مواد غذائية وطبية وخزانات للماء واستهدفت أحياء كريتر والمعلا "
                     "في مدينة عدن.")
    assert [e for e in events if e.acled] == []


def test_a_demand_told_by_its_noun_with_its_owner_is_a_request() -> None:
    # made-up: «وردّ X بمطالبة Y بسحب …»، «… ومطالبته بمحاكمة …»: the demand noun with «ب» or the owner's pronoun
    events = _events("وردّ رئيس إقليم كردستان مسعود بارزاني أمس بمطالبة حزب العمال الكردستاني بسحب مسلحيه من القرى.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover] == [
        ("REQUEST", "Masoud Barzani")]


def test_a_condemnation_told_by_its_noun_after_a_verb_of_stating_is_an_accusation() -> None:
    # made-up: «جدد المجلس إدانة المملكة للهجوم»، «ونقلت عن إدانة وزارة الخارجية الإيطالية …»: the party right
    # after the noun condemns when what is condemned follows it or no one is named before; a conviction
    # («قضت المحكمة بإدانة المتهم») or a condemnation received («قوبل بإدانة دولية») is none
    events = _events("ونقلت الصحيفة عن إدانة وزارة الخارجية الإيطالية في بيان أمس قيام المسلحين بخطف عشرين مدنيا.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover] == [
        ("ACCUSE", "Government of Italy")]
    assert [e for e in _events("وقوبل الهجوم أمس بإدانة دولية واسعة.") if e.plover] == []


def test_what_a_caller_says_in_the_call_is_the_call() -> None:
    # made-up: the call and the condemnation said in it, in one sentence, are one interaction
    events = _events("تلقى ولي العهد السعودي اتصالا هاتفيا أمس من وزير الداخلية الإماراتي سيف بن زايد أدان فيه "
                     "التفجير الإرهابي.")
    assert len([e for e in events if e.plover]) == 1


def test_a_court_passing_sentence_coerces_and_what_it_sentences_for_is_the_charge() -> None:
    # made-up: «أصدرت المحكمة … حكما بسجن مواطن أطلق النار …»: the court (a state organ: Government of X, the
    # state of the place named right after it) coerces; the shooting is the charge; «قضت حكما» without a court
    # is a sentence served
    events = _events("وأصدرت المحكمة الجزائية المتخصصة في جدة أمس حكما ابتدائيا بسجن مواطن أطلق النار على مركز "
                     "للشرطة. وقضت محكمة في فيينا أمس بالسجن خمس سنوات على شاب. وقضت امرأة حكما بالسجن قبل سنوات.")
    assert [(e.plover.event_type if e.plover else None, e.acled.event_type if e.acled else None,
             e.actor1.name if e.actor1 else None) for e in events] == [
        ("COERCE", None, "Government of Saudi Arabia"), ("COERCE", None, "Government of Austria")]
    convicted = _events("وأدانت المحكمة الجزائية أمس متهما بالمشاركة في المظاهرات في مدينة القطيف.")
    assert [e.plover.event_type for e in convicted if e.plover] == ["COERCE"]
    assert [e for e in convicted if e.acled] == []


def test_a_price_with_its_pronoun_after_from_is_no_praise() -> None:
    # made-up: «جزء من ثمنه» (of its price), no «ثمّنه» (praised it)
    events = _events("وقال الرئيس الفرنسي فرانسوا هولاند: «القمح سلعة رخيصة ويذهب جزء صغير من ثمنه إلى الفلاح».")
    assert [e for e in events if e.plover] == []


def test_an_agreement_reached_is_agree_and_reaching_one_as_an_aim_is_none() -> None:
    # made-up: «توصلت X وY أمس إلى اتفاق» (reached) is an agreement; «يخشى … من التوصل إلى اتفاق» names an aim
    events = _events("وتوصلت الحكومة اليمنية والحوثيون أمس إلى اتفاق على هدنة إنسانية.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover] == [
        ("AGREE", "Government of Yemen")]
    assert [e for e in _events("ويخشى الوزير الإسرائيلي من التوصل إلى اتفاق مع إيران.") if e.plover] == []


def test_the_statement_an_article_leads_with_takes_no_day_of_an_old_happening_it_cites() -> None:
    # made-up, paper of 31 July: the report cited the shelling of 10 July; the accusation is the article's news
    from marsad.events import annotate_document

    events, _ = annotate_document(
        "اتهمت منظمة هيومن رايتس ووتش الحوثيين بارتكاب جرائم حرب في مدينة عدن. "
        "وقالت المنظمة في تقريرها إن قذائف الهاون قتلت عشرات المدنيين في حي المنصورة في 10 يوليو 2015.",
        published=dt.date(2015, 7, 31))
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events
            if e.plover and e.plover.event_type == "ACCUSE"] == [("ACCUSE", "Human Rights Watch")]


def test_ambushes_laid_for_a_side_are_the_layers_attack_and_a_claimed_killing_happened() -> None:
    # made-up: «نصب X كمينين لـ Y»، «كمنوا لـ»: X ambushes Y (the «لـ» complement is the target, not the agent)
    events = _events("ونصب مقاتلو المقاومة الشعبية فجر أمس كمينين للحوثيين في مديرية مقبنة أسفرا عن مقتل 12 مسلحا.")
    assert [(e.acled.event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled] == [
        ("Battles", "Popular Resistance")]
    claimed = _events("وأعلنت حركة الشباب مسؤوليتها عن قتل ضابط صومالي أمس في مقديشو.")
    assert [e.actor1.name if e.actor1 else None for e in claimed if e.acled] == ["Al Shabaab"]
    denied = _events("وقالت الشرطة إن أحدا لم يعلن المسؤولية عن تفجير السيارة.")
    assert [e for e in denied if e.acled] == []


def test_ground_retaken_by_those_able_to_retake_it_is_territory_and_the_base_is_no_qaeda() -> None:
    # made-up: «واستطاع الجيش … استعادة السيطرة على القاعدة» (the base): the army regains ground
    events = _events("واستطاع الجيش الوطني أمس استعادة السيطرة على القاعدة الجوية في محافظة لحج.")
    assert [(e.acled.sub_event_type, e.actor2.name if e.actor2 else None) for e in events if e.acled] == [
        ("Government regains territory", None)]


def test_a_call_renewed_and_displeasure_expressed_are_interactions_of_the_stater() -> None:
    # made-up: «قال المتحدث إن المبعوث جدد دعوته لوقف إطلاق النار»: the envoy (the subject of «جدد») requests;
    # «أعرب X عن استيائه من الهجوم»: X condemns; refraining from inviting someone («الإحجام عن دعوة …») is no call
    events = _events("وقال المتحدث باسم الأمم المتحدة إن المبعوث الأممي إسماعيل ولد الشيخ أحمد جدد دعوته لوقف "
                     "إطلاق النار في اليمن. وأعرب حسن شيخ محمود رئيس الصومال أمس عن استيائه الشديد من التفجير.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover] == [
        ("REQUEST", "Ismail Ould Cheikh Ahmed"), ("ACCUSE", "Hassan Sheikh Mohamud")]
    assert [e for e in _events("وانتقد الكاتب الإحجام عن دعوة إيران إلى المؤتمر.") if e.plover
            and e.plover.event_type == "REQUEST"] == []


def test_standing_at_the_site_of_a_bombing_stops_nothing() -> None:
    # made-up: «وقف المحافظ على موقع التفجير الذي استهدف …»: «وقف على» is standing at, no «وقف» (stopping)
    events = _events("وقف محافظ المنطقة بعد ظهر أمس على موقع التفجير الذي استهدف مسجدا في مدينة أبها وأدى إلى مقتل "
                     "سبعة من المصلين.")
    assert [(e.acled.event_type, e.fatalities.best if e.fatalities else None) for e in events if e.acled] == [
        ("Explosions/Remote violence", 7)]


def test_two_attacks_told_by_a_dual_in_two_provinces_are_two_events() -> None:
    # made-up: «هجومان استهدفا مقرا في أنقرة ومركزا للشرطة في إسطنبول»: one event per location
    events = _events("وشن مسلحون أمس هجومين استهدفا مقرا حكوميا في العاصمة أنقرة ومركزا للشرطة في مدينة إسطنبول.")
    assert sorted(e.location.name for e in events if e.acled and e.location) == ["Ankara", "Istanbul"]
    one = _events("وقتل 18 مسلحا أمس في كمينين للمقاومة في جبل قريب من مدينة رداع.")
    assert len([e for e in one if e.acled]) == 1


def test_meetings_after_since_are_points_in_time() -> None:
    # made-up: «منذ لقاء X وY في …، ولقاء X وZ في …»: the meetings date the debate, they are not told as news
    events = _events("وقال الرئيس الروسي فلاديمير بوتين إن الجدل حول سوريا ارتفع منذ لقائه مع كيري في سوتشي، ولقاء "
                     "الرئيس السوري بشار الأسد مع المبعوث الأممي في دمشق.")
    assert [e for e in events if e.plover and e.plover.event_type == "CONSULT"] == []


def test_displeasure_in_quotation_marks_after_an_is_still_expressed() -> None:
    # made-up: «أعرب عن "استيائه" من …»: the quotation mark between «عن» and the noun changes nothing
    events = _events('وأعرب رئيس الوزراء الكيني أمس عن "استيائه" من الهجوم على الحافلة.')
    assert [e.plover.event_type for e in events if e.plover] == ["ACCUSE"]


def test_the_fallen_beside_the_wounded_are_the_dead_and_a_joined_casualty_word_counts_the_next_figure() -> None:
    # made-up: «أدى إلى سقوط 9 مسلحين وإصابة خمسة آخرين»: 9 dead, 5 wounded; «دمرت مدفعا عيار (82) وقتل 3 من طاقمه»:
    # the calibre is no toll; «و15 حالة وفاة»: «وفاة» is a word of its own, not «و» + a casualty word
    fallen = _events("وفجر مقاتلو المقاومة أمس عبوة ناسفة في حافلة بمحافظة البيضاء ما أدى إلى سقوط 9 مسلحين وإصابة "
                     "خمسة آخرين.")
    assert [(e.fatalities.best if e.fatalities else None, e.injured.best if e.injured else None)
            for e in fallen if e.acled] == [(9, 5)]
    calibre = _events("وقال المصدر إن غارة للتحالف دمرت أمس مدفعا عيار (82) في مدينة تعز وقتل 3 من طاقمه.")
    assert [e.fatalities.best if e.fatalities else None for e in calibre if e.acled] == [3]
    deaths = _events("واستقبل المستشفى أمس 20 مصابا، و6 حالات وفاة جراء التفجير الذي وقع في مسجد بمدينة أبها.")
    assert [e.fatalities.best if e.fatalities else None for e in deaths if e.acled] == [6]


def test_a_new_ambush_verb_with_its_own_town_and_toll_is_another_happening() -> None:
    # made-up: two ambushes told in two sentences, the second in a named town with its own toll: two events,
    # and no toll added up from the two
    events = _events("ونصب مقاتلو المقاومة الشعبية فجر أمس كمينا للانقلابيين أسفر عن مصرع 20 انقلابيا. وأشار المركز "
                     "الإعلامي للمقاومة إلى أن المقاتلين في مديرية مقبنة كمنوا لأطقم تابعة للانقلابيين، ما أسفر عن مصرع "
                     "11 من ميليشيات الحوثي.")
    assert sorted(e.fatalities.best for e in events if e.acled and e.fatalities) == [11, 20]


def test_one_person_wounded_by_a_singular_verb_is_a_toll_and_animals_attack_no_one_politically() -> None:
    # made-up: «وأصيب مدير مكتب المحافظ … بجروح خطرة إثر إطلاق نار»: one wounded, the shooting is reported;
    # «أصيب عدد من …» is no one person; a wild animals' attack is no political violence
    shot = _events("وأصيب مدير مكتب المحافظ سامي العلي بجروح خطرة أمس إثر إطلاق نار عليه أمام مكتبه في مدينة الخليل.")
    assert [e.injured.best if e.injured else None for e in shot if e.acled] == [1]
    many = _events("وأصيب عدد من المارة بجروح أمس إثر إطلاق نار في مدينة الخليل.")
    assert [e.injured.best for e in many if e.acled and e.injured] == []
    animals = _events("وأصيب مزارع بجروح أمس في هجوم شنته حيوانات برية على قريته في جنوب البلاد.")
    assert [e for e in animals if e.acled] == []


def test_a_relative_year_as_the_only_time_sums_happenings() -> None:
    # made-up: «قتل عشرات المدنيين في غارات جوية هذا العام»: a year's sum, no one happening; with a day it reports
    year = _events("وقال مسؤولون إن عشرات المدنيين قتلوا في غارات جوية شنتها القوات الدولية في ولاية قندهار هذا العام.")
    assert [e for e in year if e.acled] == []
    day = _events("وقال مسؤولون إن خمسة مدنيين قتلوا أمس في غارة جوية شنتها القوات الدولية في ولاية قندهار.")
    assert [e.fatalities.best if e.fatalities else None for e in day if e.acled] == [5]


def test_a_war_named_by_an_earlier_year_is_history_and_the_army_loyal_to_a_president_is_his_forces() -> None:
    # made-up: «شهدت المدينة أعنف المعارك خلال حرب 1994» is history; «الجيش الوطني الموالي للرئيس هادي» acts
    events = _events("وشهدت البلدة أعنف المعارك خلال حرب 1994، وتمكن الجيش الوطني الموالي للرئيس عبد ربه منصور "
                     "هادي من استعادة السيطرة على البلدة في 3 أغسطس 2015.")
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None, str(e.date.start) if e.date else None)
            for e in events if e.acled] == [("Government regains territory", "Pro-Hadi Forces", "2015-08-03")]


def test_a_charge_told_by_its_noun_after_a_verb_of_telling_is_an_accusation_by_the_party_after_it() -> None:
    # made-up: «وأنبأت الصحيفة عن اتهام الحكومة الفرنسية أمس إيطاليا بـ …»: France accuses Italy; «وهو اتهام
    # تنفيه …» (what something is called) and «عبروا من …» (crossed, not expressed) take no stance; «بأكمله»
    # (entirely) is no verb of completing a recapture
    told = _events("وأنبأت الصحيفة عن اتهام الحكومة الفرنسية أمس إيطاليا بخرق الاتفاق الأوروبي للهجرة.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in told if e.plover] == [
        ("ACCUSE", "Government of France")]
    called = _events("وقال المحافظ إن المقاتلين عبروا من الحدود وهو اتهام تنفيه حكومة البلد المجاور.")
    assert [e for e in called if e.plover and e.plover.event_type == "ACCUSE"] == []
    whole = _events("وقال الكاتب إن سقوط المدينة بأكمله يعني تحرير المحافظة كلها.")
    assert [e for e in whole if e.acled] == []


def test_a_meeting_told_in_the_present_with_today_is_held_and_with_a_future_mark_is_planned() -> None:
    # made-up: «يلتقي وزير الخارجية … اليوم»: held today; «وسيلتقي»، «غدا»، «الأسبوع المقبل»: a plan
    held = _events("يلتقي وزير الخارجية الأميركي جون كيري نظيره القطري في الدوحة اليوم لبحث الأزمة اليمنية.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in held if e.plover] == [
        ("CONSULT", "John Kerry")]
    talks = _events("يعقد وزير الخارجية الروسي سيرغي لافروف مباحثات مع نظيره السعودي في موسكو اليوم.")
    assert [e.plover.event_type for e in talks if e.plover] == ["CONSULT"]
    for plan in ("وسيلتقي كيري نظيره الروسي في جنيف اليوم.", "يعقد مجلس الأمن اجتماعا طارئا غدا لبحث الأزمة.",
                 "يلتقي الرئيس المصري اليوم نظيره الفرنسي الأسبوع المقبل في باريس."):
        assert [e for e in _events(plan) if e.plover and e.plover.event_type == "CONSULT"] == [], plan


def test_a_word_spelt_with_hamza_below_that_reads_as_a_verbal_noun_is_no_past_verb() -> None:
    # made-up: «ليظهر إدانته للتفجير» is his condemnation (a noun), not «أدانته» (he condemned it); «وأدانته
    # الوزارة» is the verb; «إتفقا» (a form VIII verb misspelt with «إ») stays a verb
    noun = _events("وحرص وزير الإعلام اللبناني على المشاركة في الوقفة ليظهر إدانته للتفجير الذي استهدف مسجدا في أبها.")
    assert [e for e in noun if e.plover and e.plover.event_type == "ACCUSE"] == []
    shown = _events("وأظهر وزير الإعلام اللبناني أمس إدانته للتفجير الذي استهدف مسجدا في أبها.")
    assert [e.plover.event_type for e in shown if e.plover] == ["ACCUSE"]  # (the noun after a verb of stating)
    verb = _events("وأدانت وزارة الخارجية الأردنية أمس التفجير الذي استهدف مسجدا في مدينة أبها.")
    assert [e.plover.event_type for e in verb if e.plover] == ["ACCUSE"]
    agreed = _events("وقال البيت الأبيض إن الرئيس الأمريكي باراك أوباما ونظيره التركي إتفقا أمس على العمل معا ضد "
                     "تنظيم داعش.")
    assert [e.plover.event_type for e in agreed if e.plover] == ["AGREE"]


def test_a_happening_reported_by_its_noun_after_a_finite_verb_of_reporting_took_place() -> None:
    # made-up: «أفادت مصادر في المقاومة في عدن باعتقال قيادي حوثي»: the arrest is what the sources report
    events = _events("ميدانيا، أفادت مصادر في المقاومة في مدينة عدن باعتقال قيادي بارز في جماعة الحوثي.")
    assert [(e.acled.sub_event_type, e.actor2.name if e.actor2 else None) for e in events if e.acled] == [
        ("Arrests", "Houthis")]


def test_a_politician_launching_an_attack_on_a_party_attacks_in_words() -> None:
    # made-up: «شن رئيس البرلمان هجوما على حكومة …»: criticism (ACCUSE); a commander's attack on a side, or anyone's
    # on positions, is fought
    words = _events("من جهته، شن سليم الجبوري رئيس البرلمان العراقي هجوما على حكومة العبادي بسبب تردي الخدمات.")
    assert [(e.plover.event_type, e.acled) for e in words if e.plover] == [("ACCUSE", None)]
    fought = _events("وشن قائد الجيش اللواء محمود هجوما على الحوثيين في البلدة أمس.")
    assert [e.acled.event_type for e in fought if e.acled] == ["Battles"]
    positions = _events("وشن سليم الجبوري هجوما على مواقع المتمردين في البلدة أمس.")
    assert [e.plover.event_type for e in positions if e.plover and e.plover.event_type == "ACCUSE"] == []


def test_talks_with_a_party_named_after_a_long_title_are_a_consultation() -> None:
    # made-up: «بحث فلان، وزير الخارجية اليمني، مع الأمين العام لمجلس التعاون …»: «مع» eight words after the verb
    events = _events("من جهة أخرى، بحث رياض ياسين، وزير الخارجية اليمني، مع أمين عام مجلس التعاون عبد اللطيف الزياني، "
                     "ملف إعادة فتح السفارات في عدن.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover] == [
        ("CONSULT", "Riyadh Yassin")]


def test_holding_a_party_responsible_blames_it() -> None:
    # made-up: «…، محملا الحكومة مسؤولية …»: the subject of the main verb blames the party after the participle
    blame = _events("واتهم مجلس المقاومة في بيان الحوثيين بنقل الأسرى إلى صنعاء، محملا مسلحي الحوثي المسؤولية عن "
                    "سلامتهم.")
    assert [(e.plover.event_type, e.actor2.name if e.actor2 else None) for e in blame if e.plover] == [
        ("ACCUSE", "Houthis")]
    assert all(e.actor1 is None or e.actor1.name != "Houthis" for e in blame)
    held = _events("وقال وزير الداخلية اليمني عبده الحذيفي إن الحكومة لم تتلق أي معلومات عن مصير الأسرى، محملا "
                   "ميليشيات الحوثي مسؤولية سلامتهم.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in held if e.plover] == [("ACCUSE", "Abdo al-Hudhaifi", "Houthis")]


def test_an_interview_keeps_the_statement_of_its_lead_and_nothing_else() -> None:
    # a real interview (read at run time): too few words of time and attribution for a news report, but its lead
    # reports the tribal leader's charges; only the political events of its first two sentences are kept
    evs = _corpus_events("snn-3304b7ed0127")
    assert [(e["plover"]["event_type"], e["actor1"]["name"]) for e in evs] == [("ACCUSE", "Ali Malih al-Zubi")]


def test_a_rejecting_position_renewed_rejects_and_a_creed_against_violence_rejects_no_one() -> None:
    # made-up: «جدد X موقف حكومته الرافض لأي تدخل أجنبي»: REJECT; «موقفها الرافض للإرهاب» is a creed
    renewed = _events("وجدد رئيس الوزراء العراقي حيدر العبادي موقف حكومته الرافض لأي تدخل عسكري أجنبي في بلاده.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in renewed if e.plover] == [
        ("REJECT", "Haider al-Abadi")]
    creed = _events("وجدد رئيس الوزراء العراقي حيدر العبادي موقف حكومته الثابت والرافض للإرهاب بكل أشكاله.")
    assert [e for e in creed if e.plover and e.plover.event_type == "REJECT"] == []


def test_ground_announced_as_freed_by_the_forces_after_the_noun_is_regained_by_them() -> None:
    # made-up: «أعلن المجلس عن تحرير القوات الأمنية مبنى الجامعة»: the announcement tells the recapture; the forces
    # right after the verbal noun are its agent (the country's police, no country named)
    events = _events("وكان مجلس محافظة ديالى قد أعلن الأحد عن تحرير القوات الأمنية مبنى الجامعة في مدينة بعقوبة.")
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled] == [
        ("Government regains territory", "Police Forces of Iraq")]


def test_a_charge_a_source_reports_someone_making_is_his_accusation() -> None:
    # made-up: «نقلت مصادر عن الوزير اتهامه لـ …»: the minister accuses
    events = _events("ونقلت مصادر يمنية عن وزير الخارجية رياض ياسين اتهامه لإيران بتهريب السلاح إلى الحوثيين.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover] == [
        ("ACCUSE", "Riyadh Yassin")]


def test_a_word_inside_a_persons_name_is_no_event_word() -> None:
    # made-up: «جلال طالباني»: the surname reads as «طالب» (demanded) + a suffix; inside the name it is no request
    events = _events("وقال مكتب الرئيس العراقي السابق جلال طالباني أمس إن خمسة من عناصر البيشمركة قتلوا في هجوم لتنظيم "
                     "داعش قرب كركوك.")
    assert [e for e in events if e.plover and e.plover.event_type == "REQUEST"] == []
    assert [e.fatalities.best for e in events if e.acled and e.fatalities] == [5]


def test_fighting_told_first_between_two_sides_is_a_battle_whatever_weapons_go_with_it() -> None:
    # made-up: «دارت اشتباكات عنيفة بين X وY …، ترافقت مع قصف جوي»: an armed clash; in a relative clause («التي تشهد
    # معارك بين …») the fighting is the setting, and the strike told after it keeps its own type
    clash = _events("ودارت أمس اشتباكات عنيفة بين تنظيم داعش وقوات النظام في محيط مطار كويرس العسكري، ترافقت مع قصف "
                    "جوي عنيف على محيط المطار.")
    assert [e.acled.sub_event_type for e in clash if e.acled] == ["Armed clash"]
    setting = _events("أما في محافظة أبين التي تعيش معارك ضارية بين رجال المقاومة والحوثيين، فقد قتل أمس 12 مسلحا في "
                      "قصف لطيران التحالف على تجمع لهم قرب زنجبار.")
    assert [e.acled.sub_event_type for e in setting if e.acled] == ["Air/drone strike"]


def test_an_official_meeting_residents_consults_no_party() -> None:
    # made-up: «والتقى المحافظ بالمواطنين»: a visit to residents, no consultation between parties
    events = _events("وتفقد محافظ جازان أمس الأحياء المتضررة من القذائف، والتقى بالمواطن سالم الحربي في منزله.")
    assert [e for e in events if e.plover and e.plover.event_type == "CONSULT"] == []


def test_an_arrest_announced_by_a_police_body_was_made_by_it() -> None:
    # made-up: «أعلن مكتب التحقيقات الفدرالي أن رجلا … أوقف …»: the FBI (the United States' police) arrested him
    # (the word «التحقيقات» inside the body's name is no investigation the arrest would be the topic of)
    events = _events("أعلن مكتب التحقيقات الفدرالي مساء أمس أن شابا أوقف في ولاية فلوريدا بتهمة حيازة سلاح.")
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled] == [
        ("Arrests", "Police Forces of the United States")]


def test_the_genitive_of_targeting_is_its_agent_when_the_target_follows_with_li() -> None:
    # made-up: «استهداف المقاومة لمواقع الحوثيين»: the resistance targets; «استهداف المدنيين»: civilians are targeted
    agent = _events("واندلعت المواجهات مساء أمس في مديرية أرحب عقب استهداف المقاومة لمواقع الحوثيين في المنطقة.")
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in agent if e.acled] == [("Popular Resistance", "Houthis")]
    target = _events("وأدى استهداف المدنيين في مدينة عدن أمس إلى مقتل شخصين.")
    assert [e.actor2.name if e.actor2 else None for e in target if e.acled] == ["Civilians (Yemen)"]


def test_a_call_received_is_made_by_the_caller() -> None:
    # made-up: «تلقى X اتصالا هاتفيا من Y»: Y calls X; «أجرى Y اتصالا هاتفيا بـ X»: the same
    received = _events("وتلقى الرئيس عبد ربه منصور هادي أمس اتصالا هاتفيا من ولي ولي العهد الأمير محمد بن سلمان.")
    made = _events("وأجرى ولي ولي العهد الأمير محمد بن سلمان أمس اتصالا هاتفيا بالرئيس عبد ربه منصور هادي.")
    for events in (received, made):
        assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
                for e in events if e.plover] == [("Mohammed bin Salman", "Abdrabbuh Mansour Hadi")]


def test_the_agent_of_what_a_strike_prepares_is_not_the_striker() -> None:
    # made-up: «قصفت طائرات التحالف … تمهيدا لاقتحامها من قبل المقاومة»: the coalition struck; the resistance is to
    # storm the base later
    events = _events("وقصفت طائرات التحالف أمس قاعدة العند في لحج تمهيدا لاقتحامها من قبل قوات المقاومة الشعبية.")
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled] == [
        ("Air/drone strike", "Saudi-led Coalition")]


def test_talks_between_two_parties_have_both_as_actors() -> None:
    # made-up: «المباحثات التي جرت أمس بين X و Y»: X and Y met
    events = _events("وقال الوزير إن المباحثات التي جرت أمس بين حزب العدالة والتنمية وحزب الشعب الجمهوري كانت إيجابية.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in events if e.plover] == [
        ("CONSULT", "Justice and Development Party", "Republican People's Party")]


def test_a_round_up_of_protests_gives_one_per_place_and_a_plural_verb_has_no_subject_after_it() -> None:
    # made-up: two protests in one sentence, cut at «، و كما» (the conjunction written apart); «دعوا رئيس الوزراء»:
    # the protesters call on him, he calls no one
    events = _events("وتظاهر المئات من أهالي محافظة البصرة أمس احتجاجا على انقطاع الكهرباء، و كما شهدت مدينة كربلاء "
                     "تظاهرة أخرى شارك فيها العشرات، دعوا رئيس الوزراء حيدر العبادي إلى إقالة المحافظ.")
    protests = [e for e in events if e.acled and e.acled.event_type == "Protests"]
    assert sorted(e.location.admin1 for e in protests if e.location) == ["Basrah", "Kerbala"]
    assert not [e for e in events if e.plover and e.plover.event_type == "REQUEST" and e.actor1
                and e.actor1.name == "Haider al-Abadi"]


def test_deeming_a_bombing_a_crime_condemns_it() -> None:
    # made-up: «اعتبر X تفجير المسجد جريمة نكراء»: X condemns the bombing (no new bombing is told)
    events = _events("واعتبر الشيخ محمد الشنقيطي عضو هيئة كبار العلماء تفجير المسجد جريمة نكراء.")
    assert [(e.plover.event_type if e.plover else None, e.acled, e.actor1.name if e.actor1 else None)
            for e in events] == [("ACCUSE", None, "Mohammed al-Shanqiti")]


def test_houses_blown_up_are_property_destruction_and_a_mosque_bombing_stays_a_bombing() -> None:
    # made-up: «فجر مسلحو التنظيم 16 منزلا»: property destroyed; «تفجير مسجد» with its dead is an explosion
    houses = _events("وفجر مسلحو تنظيم داعش أمس 16 منزلا في بلدة قرب الموصل.")
    assert [(e.acled.event_type, e.acled.sub_event_type) for e in houses if e.acled] == [
        ("Strategic developments", "Looting/property destruction")]
    mosque = _events("وقتل 13 شخصا أمس في تفجير انتحاري استهدف مسجدا في مدينة أبها.")
    assert [e.acled.sub_event_type for e in mosque if e.acled] == ["Suicide bomb"]


def test_a_counted_crowd_after_a_verb_of_demanding_is_its_subject() -> None:
    # made-up: «وطالب نحو 500 متظاهر الحكومة …»: the protesters demand (part of their protest, no other interaction)
    events = _events("وتظاهر المئات أمس أمام مبنى المحافظة في البصرة، وطالب نحو 500 متظاهر الحكومة بتوفير الكهرباء.")
    assert [(e.acled.event_type if e.acled else None, e.plover.event_type if e.plover else None) for e in events] == [
        ("Protests", "PROTEST")]


def test_a_demand_backed_by_or_else_is_a_threat() -> None:
    # made-up: «على النظام ألا يتدخل، وإلا فإن خطوات أخرى ستتخذ»: a threat, not a request
    events = _events("وقال المتحدث باسم البيت الأبيض جوش إيرنست أمس إن على النظام السوري ألا يتدخل في عمليات "
                     "المعارضة، وإلا فإن خطوات إضافية قد تتخذ.")
    assert [e.plover.event_type for e in events if e.plover] == ["THREATEN"]


def test_people_arrested_are_civilians_unless_suspected_members_of_a_named_group() -> None:
    # made-up: «اعتقلت قوات الاحتلال أمس 5 فلسطينيين»: civilians of the place's country are arrested;
    # «أوقفت الشرطة 30 شخصا يشتبه في انتمائهم إلى تنظيم داعش»: the suspected members are the group
    civ = _events("واعتقلت قوات الاحتلال الإسرائيلي أمس 5 فلسطينيين في بلدة سلوان.")
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in civ] == [
        ("Military Forces of Israel", "Civilians (Palestine)")]
    members = _events("وأوقفت الشرطة التركية أمس 30 شخصا يشتبه في انتمائهم إلى تنظيم داعش في مدينة إسطنبول.")
    assert [e.actor2.name if e.actor2 else None for e in members] == ["Islamic State"]


def test_a_bombing_that_kills_persons_and_names_no_force_struck_civilians() -> None:
    # made-up: «انفجار عبوة ناسفة في سوق … قتل 12 شخصا»: civilians are actor2; with soldiers killed they are not
    persons = _events("وقتل 12 شخصا أمس في انفجار عبوة ناسفة في سوق شعبي بمدينة بعقوبة.")
    assert [e.actor2.name if e.actor2 else None for e in persons if e.acled] == ["Civilians (Iraq)"]
    soldiers = _events("وقتل 12 جنديا أمس في انفجار عبوة ناسفة قرب مدينة بعقوبة.")
    assert [e.actor2.name if e.actor2 else None for e in soldiers if e.acled] != ["Civilians (Iraq)"]


def test_a_meeting_with_a_foreign_envoy_is_an_interaction_of_its_own_after_a_demand() -> None:
    # made-up: the president's demand, then «خلال لقائه أمس … مبعوث الأمم المتحدة»: two interactions
    events = _events("وطالب الرئيس اليمني عبد ربه منصور هادي أمس المليشيات الحوثية باحترام الهدنة. وأكد هادي "
                     "ضرورة الالتزام بالهدنة خلال لقائه أمس في الرياض مبعوث الأمم المتحدة إلى اليمن.")
    assert sorted(e.plover.event_type for e in events if e.plover) == ["CONSULT", "REQUEST"]


def test_two_parties_joined_as_the_subject_of_a_demand_each_demand_and_an_object_pair_does_not() -> None:
    # made-up: «طالب الرئيس هادي والجامعة العربية جماعة الحوثي …»: two REQUESTs against the Houthis;
    # «دعا X الحكومة التركية وحزب العمال …» (X named before): one REQUEST, the pair is its object
    two = _events("وطالب الرئيس اليمني هادي والجامعة العربية أمس جماعة الحوثي بوقف إطلاق النار.")
    assert sorted((e.actor1.name, e.actor2.name if e.actor2 else None) for e in two if e.plover and e.actor1) == [
        ("Abdrabbuh Mansour Hadi", "Houthis"), ("Arab League", "Houthis")]
    deal = _events("ووقعت الهند وبنغلاديش أمس اتفاقا لتبادل الجيوب الحدودية.")
    assert len([e for e in deal if e.plover]) == 1


def test_people_arrested_while_protesting_are_protesters_and_a_verb_describing_a_person_is_his() -> None:
    # made-up: «اعتقلت الشرطة طلابا كانوا يتظاهرون»: a protest with intervention; «اعتقلت رجلا هدد بقتل
    # السفير»: the man (unnamed) threatened, not the ambassador
    protest = _events("واعتقلت الشرطة أمس طلابا كانوا يتظاهرون ضد تغيير المناهج في العاصمة تايبيه.")
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in protest if e.acled] == [
        ("Protest with intervention", "Protesters (Taiwan)")]
    man = _events("وقالت شرطة سيول إنها أوقفت مساء الخميس شابا هدد عبر الإنترنت بقتل السفير الأميركي مارك ليبرت.")
    assert not [e for e in man if e.plover and e.plover.event_type == "THREATEN"]


def test_a_speaker_calling_a_bombing_a_heinous_crime_condemns_it_and_the_protectors_of_the_nation_are_no_city() -> None:
    # made-up: «قال X إن جريمة تفجير المسجد النكراء …»: X condemns; «حماة الوطن» (protectors) is not Hama
    events = _events("وقال الشيخ محمد الشنقيطي عضو هيئة كبار العلماء إن جريمة تفجير المسجد النكراء آلمت الجميع.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover] == [
        ("ACCUSE", "Mohammed al-Shanqiti")]
    from marsad.places.geoparse import find_places

    text = "وشكر الأمير رجال الأمن حماة الوطن على جهودهم."
    assert find_places(text) == []


def test_possible_attacks_warned_of_are_no_happening() -> None:
    # made-up: «حذرت الوزارة من هجمات محتملة …»، «هجوم وشيك»: possibilities, no event
    assert _events("وحذرت الخارجية الفرنسية أمس رعاياها من هجمات محتملة في مدينة إسطنبول.") == []
    assert _events("وقال مسؤول إن القوات تستعد لهجوم وشيك على مدينة الرمادي.") == []


def test_one_word_of_sport_far_from_a_call_makes_no_match_of_it() -> None:
    # made-up: «دعا مدير الاستخبارات … عشية بطولة كأس العالم»: a call; «وصل رئيس النادي إلى معسكر اللاعبين»: sport
    call = _events("ودعا وزير الداخلية الروسي أمس أجهزة الأمن الأوروبية إلى استئناف التعاون الأمني بينها قبل عامين "
                   "من كأس العالم في روسيا.")
    assert [e.plover.event_type for e in call if e.plover] == ["REQUEST"]
    club = _events("ووصل رئيس النادي أمس إلى مقر المعسكر في القاهرة وأشاد بالتزام اللاعبين.")
    assert club == []


def test_two_tribes_signing_a_ceasefire_agree_with_each_other() -> None:
    # made-up: «وقعت قبيلتا التبو والطوارق اتفاقا لوقف إطلاق النار»: an agreement between the two groups
    events = _events("ووقعت قبيلتا التبو والطوارق أمس اتفاقا لوقف إطلاق النار في مدينة سبها.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in events if e.plover] == [
        ("AGREE", "Tebu Ethnic Militia (Libya)", "Tuareg Ethnic Militia (Libya)")]


def test_the_agent_of_an_attack_the_strike_came_after_is_not_the_striker() -> None:
    # made-up: «قصفت طائرات التحالف الدولي مواقع داعش، بعد هجوم شنه التنظيم على …»: the coalition struck
    events = _events("وقصفت طائرات التحالف الدولي أمس مواقع لتنظيم داعش قرب مدينة الرقة، بعد هجوم شنه التنظيم على "
                     "مقاتلين أكراد في المنطقة.")
    assert [(e.actor1.name if e.actor1 else None) for e in events if e.acled][:1] == ["International Coalition"]


def test_fighting_told_beside_air_strikes_is_a_battle_of_its_own_with_its_own_sides() -> None:
    # made-up: «اشتباكات بين القوات والمسلحين في الرمادي، فيما شنت طائرات التحالف غارات»: a battle and an air
    # strike (two ACLED events); the coalition is the striker, not a side of the fighting
    events = _events("قالت مصادر عسكرية إن اشتباكات عنيفة دارت أمس الأحد بين القوات الحكومية ومسلحي تنظيم داعش في "
                     "مدينة الرمادي، فيما شنت طائرات التحالف الدولي ثلاث غارات جوية على مواقع التنظيم في المدينة.")
    got = sorted((e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in events if e.acled)
    assert got == [("Air/drone strike", "International Coalition"), ("Armed clash", "Islamic State")]


def test_a_rejection_named_as_a_cause_or_a_topic_is_no_rejection_told() -> None:
    # made-up: «إن رفض الكونغرس للاتفاق سيضعف …»، «عن نفي الاتهامات»: the verbal noun governed as a noun; the verb
    # told with its subject stays a rejection
    assert _events("وقال وزير الخارجية الأمريكي إن رفض الكونغرس للاتفاق النووي سيضعف موقف بلاده.") == []
    assert _events("ولم يتوقف المسؤولون عن نفي الاتهامات الموجهة إلى بلادهم بدعم المسلحين.") == []
    told = _events("ورفضت الحكومة اليمنية أمس مقترح المبعوث الدولي بشأن الهدنة.")
    assert [e.plover.event_type for e in told if e.plover] == ["REJECT"]


def test_a_state_named_by_its_office_is_spelt_as_acled_spells_the_state() -> None:
    # made-up: «رفض الرئيس الأمريكي …»: the office of a country gives its government, «Government of the United
    # States» as ACLED writes it (with «the»), the same name the actor lexicon gives
    events = _events("ورفض الرئيس الأمريكي أمس الانتقادات التي وجهها له خصومه.")
    assert [e.actor1.name for e in events if e.plover and e.actor1] == ["Government of the United States"]


def test_the_seat_of_a_monitor_is_neither_a_party_nor_the_place_and_a_front_s_positions_lie_where_told() -> None:
    # made-up: «المرصد، ومقره بريطانيا»: Britain is the observatory's seat, no striker; «مواقع للجبهة قرب بلدة X»:
    # the town told with its feature word is where the strike fell (not a group named after «جبهة»)
    events = _events("وذكر المرصد السوري ومقره بريطانيا أن الغارات الجوية قصفت أمس مواقع للجبهة قرب بلدة أعزاز "
                     "شمال حلب.")
    got = [(e.actor1.name if e.actor1 else None, e.location.admin1 if e.location else None) for e in events if e.acled]
    assert got == [(None, "Aleppo")]


def test_a_fight_told_with_one_side_is_against_the_armed_party_the_report_names_throughout() -> None:
    # made-up: the resistance takes a district; the Houthis, named twice after, are the other side (ACLED's
    # battles have two); a government body or a person of the country is never filled in
    events = _events("سيطرت المقاومة الشعبية أمس على مديرية التواهي في عدن بعد معارك عنيفة. وقال مصدر في المقاومة "
                     "إن ميليشيات الحوثي انسحبت من المديرية تاركة أسلحتها. وأضاف أن الحوثيين تركوا وراءهم كميات "
                     "من الذخائر.")
    got = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in events if e.acled]
    assert got == [("Popular Resistance", "Houthis")]


def test_a_coalition_strike_with_no_target_named_is_on_the_party_the_report_names_throughout() -> None:
    # made-up: coalition aircraft strike positions in a town; the report names the Islamic State twice after
    events = _events("شنت طائرات التحالف الدولي أمس غارات جوية على مواقع في مدينة الرقة. وقال ناشطون إن تنظيم داعش "
                     "نقل عددا من عناصره إلى ريف المدينة. وأضافوا أن التنظيم منع السكان من مغادرة المدينة.")
    got = [(e.acled.sub_event_type, e.actor2.name if e.actor2 else None) for e in events if e.acled]
    assert got == [("Air/drone strike", "Islamic State")]


def test_subjects_joined_before_the_verb_are_led_by_the_first_named() -> None:
    # made-up: «إن الحوثيين وقوات صالح قصفوا …»: the two act together; the first named leads (actor1)
    events = _events("وقالت مصادر محلية إن الحوثيين وقوات صالح قصفوا أمس مستشفى الثورة في مدينة تعز.")
    assert [e.actor1.name for e in events if e.acled and e.actor1] == ["Houthis"]


def test_an_air_strike_told_with_no_striker_is_by_the_party_striking_in_the_rest_of_the_report() -> None:
    # made-up: the coalition's strikes on Saada, then strikes on Hajjah with no striker named: the same air force
    events = _events("شنت طائرات التحالف العربي أمس غارات جوية على مواقع الحوثيين في مدينة صعدة. وفي محافظة حجة، "
                     "دمرت غارات جوية أمس مخزنا للأسلحة تابعا للحوثيين.")
    got = [(e.location.admin1 if e.location else None, e.actor1.name if e.actor1 else None) for e in events if e.acled]
    assert got == [("Saada", "Saudi-led Coalition"), ("Hajjah", "Saudi-led Coalition")]


def test_a_clash_told_with_its_dead_side_only_is_fought_by_the_party_the_report_names_throughout() -> None:
    # made-up: five Houthi fighters killed in clashes; the resistance, named twice after, is the other side
    events = _events("وقتل خمسة من مسلحي الحوثي أمس في اشتباكات عنيفة في مديرية المسيمير بمحافظة لحج. وقال قائد في "
                     "المقاومة الشعبية إن المقاومة الشعبية تسيطر على مداخل المديرية.")
    got = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in events if e.acled]
    assert got == [("Popular Resistance", "Houthis")]


def test_villages_subjected_to_falling_shells_underwent_them_but_not_what_goes_on() -> None:
    # made-up: «تعرضت قرى … أمس لسقوط عدد من القذائف»: a shelling undergone; «تتعرض القرى للقصف» is no report
    told = _events("كذلك تعرضت عدة قرى تتبع محافظة الحرث لسقوط عدد من القذائف التي وقعت في مزارع خالية.")
    assert [e.acled.sub_event_type for e in told if e.acled] == ["Shelling/artillery/missile attack"]
    assert _events("وتتعرض القرى الحدودية في محافظة الحرث لقصف متقطع منذ أشهر.") == []


def test_parties_before_on_one_hand_are_one_side_of_the_clash() -> None:
    # made-up: «معارك بين الحوثيين وقوات صالح من جهة ومسلحي المقاومة من جهة ثانية»: the allies are one side
    events = _events("ودارت أمس معارك عنيفة بين الحوثيين وقوات صالح من جهة ومسلحي المقاومة الشعبية من جهة ثانية قرب "
                     "مدينة لودر.")
    got = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in events if e.acled]
    assert got == [("Houthis", "Popular Resistance")]


def test_the_city_after_the_event_word_is_the_city_the_report_came_from() -> None:
    # made-up: «قالت مصادر في مدينة X إن … قصفوا مستشفى في المدينة»: the city is X, not the document's other place
    events = _events("وقالت مصادر طبية في مدينة تعز إن مسلحين قصفوا أمس مستشفى الثورة العام في المدينة.")
    assert [e.location.admin1 for e in events if e.acled and e.location] == ["Taizz"]


def test_what_a_coach_rejects_in_a_sports_report_is_no_political_interaction() -> None:
    # made-up sports report: a coach, the league, the national team and a match; the federation head's denial is sport
    events = _events("قال مدرب الفريق الإسباني إن اللاعبين يستعدون لمباراة الذهاب في الدوري. ونفى رئيس الاتحاد الدولي "
                     "لكرة القدم جوزيف بلاتر الاتهامات التي وجهت إلى المنتخب بعد التعادل في المباراة الأخيرة.")
    assert [e for e in events if e.plover] == []
    # the same refusal in a political report stays
    told = _events("ورفض وزير الخارجية اليمني الانتقادات التي وجهتها المعارضة إلى الحكومة بعد فشل المفاوضات.")
    assert [e.plover.event_type for e in told if e.plover] == ["REJECT"]


def test_a_state_consenting_to_the_use_of_its_bases_cooperates_and_the_imf_gives_aid() -> None:
    # made-up: «وافقت تركيا على استخدام … قواعدها الجوية»: cooperation (PLOVER COOPERATE); «قدم صندوق النقد الدولي
    # مساعدة»: the IMF is an international actor giving aid
    events = _events("وقالت الخارجية التركية في بيان أمس إن تركيا وافقت على استخدام طائرات الحلفاء لقواعدها الجوية.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover] == [
        ("COOPERATE", "Turkey")]
    events = _events("وقدم صندوق النقد الدولي أمس مساعدة طارئة للعراق بقيمة مليار دولار.")
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover] == [
        ("AID", "International Monetary Fund")]
    # «وافق» of a date («الذي وافق يوم الجمعة») or an approval of something else is no cooperation
    assert _events("ووافقت اللجنة على تعيين الطالب معيدا في الجامعة.") == []


def test_a_frame_after_a_speakers_comma_is_no_apposition_calling_him_a_journalist() -> None:
    # made-up: «فلان، خلال لقاء صحافي أمس، …»: «صحافي» belongs to the interview, not to the minister (who is no
    # analyst or journalist speaking for no party)
    events = _events("وطالب وزير الخارجية اليمني رياض ياسين، خلال لقاء صحافي أمس، الأمم المتحدة بالضغط على الحوثيين.")
    assert [(e.plover.event_type, e.actor1.name) for e in events if e.plover and e.actor1] == [
        ("REQUEST", "Riyadh Yassin")]


def test_holding_hostages_a_few_words_on_is_a_hostage_taking_not_an_arrest() -> None:
    # made-up: «أزمة احتجاز عدد من الرهائن»: hostages held (ACLED abduction), not people arrested
    events = _events("وأنهت قوات الأمن السبت أزمة احتجاز عدد من الرهائن الأجانب داخل فندق في مدينة موبتي.")
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Abduction/forced disappearance"]


def test_a_bare_plural_subject_the_text_does_not_name_leaves_the_named_object_its_object() -> None:
    # made-up: «واتهم معارضون أتراك الرئيس … اردوغان»: unnamed opponents accuse; Erdogan is accused, not the accuser
    # (no event: no party named acts); officials of a country speak for its state
    assert _events("واتهم معارضون أتراك الرئيس التركي رجب طيب اردوغان باستغلال الحرب ضد داعش.") == []
    events = _events("وثمن مسؤولون يمنيون ما تقدمه المملكة من مساعدات لليمن.")
    assert [e.actor1.name for e in events if e.plover and e.actor1] == ["Government of Yemen"]


def test_an_interaction_in_a_pluperfect_sentence_dated_years_back_is_history() -> None:
    # made-up: «وكانت الحكومة هددت في عام 2012 …، وردت المعارضة بالتهديد …»: told as background, no event; an appeal
    # made now about something a year old stays
    text = ("وكانت الحكومة المصرية هددت في عام 2012 بإغلاق المعبر، وردت حركة حماس بالتهديد بقصف المواقع العسكرية. "
            "وناشدت الحكومة المصرية أمس مجلس الأمن رفع الحظر الذي فرضه قبل عام على تصدير السلاح.")
    events = _events(text)
    assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in events if e.plover] == [
        ("REQUEST", "Government of Egypt")]


def test_fire_opened_in_its_own_clause_after_a_strike_is_a_battle_with_its_own_toll() -> None:
    # made-up: planes bomb positions, and (told as what came before) gunmen opened fire on a border post, killing a
    # soldier: two happenings; the toll told after the firing is the firing's, not the strike's too
    text = ("أغارت مقاتلات أردنية على أهداف قرب الحدود، وكان مسلحون قد فتحوا يوم الأربعاء نيرانهم على نقطة مراقبة "
            "أردنية في الرمثا ما تسبب في مقتل جندي وإصابة اثنين.")
    got = sorted((e.acled.sub_event_type, e.fatalities.best if e.fatalities else None,
                  e.injured.best if e.injured else None) for e in _events(text) if e.acled)
    assert got == [("Air/drone strike", None, None), ("Armed clash", 1, 2)]
    # the planes that open fire in the strike's own clause are the strike
    text = "فتحت طائرات حربية النار وقصفت مواقع المسلحين في ريف حلب أمس."
    assert [e.acled.event_type for e in _events(text) if e.acled] == ["Explosions/Remote violence"]


def test_rebels_counted_without_a_name_are_the_rebel_group_the_document_names() -> None:
    # made-up: the document names the Houthis; «مقتل ستة متمردين» later is their dead (the target), and the party
    # struck together with them («… وقوات صالح») is not the one that fought them; «بين X وY» still joins two sides
    text = ("وتواصل جماعة الحوثي هجماتها على مدينة تعز. وأعلن قائد عسكري مقتل ستة متمردين في كمين نصبه مقاتلو "
            "المقاومة الشعبية قرب لحج أمس.")
    got = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None, e.fatalities.best)
           for e in _events(text) if e.acled and e.fatalities]
    assert got == [("Popular Resistance", "Houthis", 6)]
    text = ("شنت طائرات التحالف غارات على مواقع جماعة الحوثي وقوات صالح في مأرب أمس، أسفرت عن مصرع تسعة انقلابيين.")
    got = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in _events(text) if e.acled]
    assert got == [("Saudi-led Coalition", "Houthis")]
    text = "ولقي 14 حوثيا مصرعهم في مواجهات ضارية تدور في جبل صبر بين مسلحي صالح والحوثي والمقاومة الشعبية."
    got = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in _events(text) if e.acled]
    assert got == [("Popular Resistance", "Houthis")]


def test_ground_retaken_from_a_party_names_the_loser_as_the_other_side() -> None:
    # made-up: «استعادت القوات … السيطرة على بلدة … من تنظيم داعش»، «حررت المقاومة … من قبضة الحوثيين»
    for text, want in [
        ("واستعادت القوات العراقية أمس السيطرة على بلدة الكرمة من تنظيم داعش.",
         ("Military Forces of Iraq", "Islamic State")),
        ("وحررت المقاومة الشعبية أمس مدينة الحوطة من قبضة الحوثيين.", ("Popular Resistance", "Houthis")),
    ]:
        got = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in _events(text)
               if e.acled and e.acled.sub_event_type == "Government regains territory"]
        assert got == [want], text


def test_concern_voiced_about_fighting_is_a_reaction_not_a_report() -> None:
    # made-up: a mission voices its deep concern about renewed fighting between two tribes; the fighting itself told
    # as news in the next sentence is an event
    text = ("وأعربت البعثة الأممية عن قلقها الشديد إزاء تجدد الاشتباكات بين قبيلتين في مدينة مرزق. "
            "ودارت أمس اشتباكات عنيفة بين القبيلتين في مرزق أسفرت عن مقتل أربعة.")
    got = [(e.acled.sub_event_type, e.fatalities.best if e.fatalities else None) for e in _events(text) if e.acled]
    assert got == [("Armed clash", 4)]


def test_a_device_defused_or_seized_by_a_named_force_is_no_explosion() -> None:
    # made-up: the verb of defusing or seizing comes first and its subject stands before the device (VSO); an
    # outbreak of violence («تفجر العنف») is no explosion either
    for text in ("وفككت وحدة الهندسة في الجيش صباح أمس سيارة مفخخة أمام مبنى البلدية.",
                 "وأبطل خبراء الشرطة أمس مفعول قنبلة وضعت تحت جسر المدينة.",
                 "وحمّل الوزير الميليشيات مسؤولية تفجر العنف في الأحياء الشرقية أمس."):
        assert [e for e in _events(text) if e.acled] == [], text
    # a bombing told beside a seizure is still one
    text = "وانفجرت سيارة مفخخة أمس في سوق ببعقوبة فقتلت خمسة أشخاص، وضبطت الشرطة بعدها عبوتين ناسفتين."
    assert [(e.acled.sub_event_type, e.fatalities.best) for e in _events(text) if e.acled and e.fatalities] == [
        ("Remote explosive/landmine/IED", 5)]


def test_strikes_asked_for_are_not_strikes_done() -> None:
    # made-up: a commander asks for strikes, a premier calls for raids: requests, no air strike
    for text in ("وطلب قائد اللواء أمس تنفيذ ضربات جوية سريعة لإيقاف زحف المسلحين.",
                 "ودعا المحافظ أمس إلى شن غارات جوية على تجمعات المتمردين شمال المدينة."):
        assert [e for e in _events(text) if e.acled] == [], text
    text = "وشنت طائرات التحالف أمس غارات جوية على تجمعات المتمردين شمال المدينة."
    assert [e.acled.sub_event_type for e in _events(text) if e.acled] == ["Air/drone strike"]


def test_the_past_years_opening_a_sentence_frame_a_tally_not_a_happening() -> None:
    # made-up: «وخلال الأعوام الماضية …» opens a sum of years; the past hours are still news
    text = "وخلال الأعوام الثلاثة الماضية، وصل عدد القذائف التي سقطت على البلدات إلى 900 قذيفة، أدت إلى قتل 12 مدنيا."
    assert [e for e in _events(text) if e.acled] == []
    text = "وخلال الساعات الماضية قتل 20 شخصا في غارات على حلب."
    assert [e.acled.sub_event_type for e in _events(text) if e.acled] == ["Air/drone strike"]


def test_an_interaction_told_in_the_pluperfect_with_no_day_is_background() -> None:
    # made-up: «وكان الوزير السابق انتقد …» with no day in its sentence recalls what was said before the news; the
    # same told with a day of this week is news; «وزارتا» (two ministries) is no visit
    pub = dt.date(2015, 8, 7)
    text = "وكان وزير المالية السعودي السابق انتقد أداء الموظفين في القطاع العام، مؤكدا أن الرواتب تفوق الإنتاج."
    assert [e for e in annotate_document(text, published=pub)[0] if e.plover] == []
    text = "وكان وزير المالية السعودي انتقد أمس أداء الموظفين في القطاع العام، مؤكدا أن الرواتب تفوق الإنتاج."
    assert [e.plover.event_type for e in annotate_document(text, published=pub)[0] if e.plover] == ["ACCUSE"]
    text = "وبدأت وزارتا الصحة والتعليم أمس تشغيل مستشفيين جديدين في جدة."
    assert [e for e in annotate_document(text, published=pub)[0] if e.plover] == []


def test_experts_who_call_on_a_government_leave_the_government_the_object() -> None:
    # made-up: «ودعا خبراء الحكومة …»: the experts (not named, no party) call; the government does not act
    text = "ودعا خبراء الحكومة الأردنية أمس إلى وضع خطة عاجلة لمعالجة شح المياه."
    assert [e for e in _events(text) if e.plover and e.actor1 and e.actor1.name == "Government of Jordan"] == []
    text = "ودعت الحكومة الأردنية أمس إلى وضع خطة عاجلة لمعالجة شح المياه."
    assert [e.actor1.name for e in _events(text) if e.plover and e.actor1] == ["Government of Jordan"]


def test_a_meeting_whose_predicate_is_in_the_future_is_a_plan() -> None:
    # made-up: the meeting noun heads a long subject, then «ستتناول»: talks to come, not held
    text = "وقالت الخارجية الأردنية إن لقاء وزير الخارجية مع نظيره المصري سامح شكري سيتناول ملف اللاجئين."
    assert [e for e in _events(text) if e.plover and e.plover.event_type == "CONSULT"] == []


def test_an_envoy_named_after_the_title_of_his_body_is_the_one_who_calls() -> None:
    # made-up: «دعا منسق الأمم المتحدة لـ… في …، فلان، …»: the body's complement stands before the comma, and the
    # person after it holds the title: he calls, he is not the one called on
    text = "ودعا مبعوث الأمم المتحدة الخاص إلى ليبيا في طرابلس، برناردينو ليون، أمس الأطراف إلى توقيع الاتفاق."
    got = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in _events(text) if e.plover]
    assert got and got[0][0] != "United Nations" and got[0][1] != got[0][0]
    assert all(a2 is None or "Leon" not in a2 for _, a2 in got)


def test_the_group_to_be_fought_is_the_topic_of_talks_not_their_other_party() -> None:
    # made-up: talks held «لبحث مواجهة تنظيم داعش»: the Islamic State is what is discussed, not who is met
    text = "والتقى وزير الدفاع البريطاني أمس في بغداد مسؤولين عراقيين لبحث مواجهة تنظيم داعش."
    got = [e.actor2.name if e.actor2 else None for e in _events(text) if e.plover and e.plover.event_type == "CONSULT"]
    assert got and "Islamic State" not in got


def test_known_talks_named_in_passing_are_no_new_meeting() -> None:
    # made-up: «وتدفع المحادثات إلى الأمام»: definite talks with no one met and no day are talks already known; a
    # meeting told with its parties and its day is one
    text = "وأثنى وزير الخارجية الفرنسي على الحكومة التونسية لأنها تدفع المحادثات إلى الأمام من أجل تسوية الخلاف."
    assert [e for e in _events(text) if e.plover and e.plover.event_type == "CONSULT"] == []
    text = "والتقى وزير الخارجية الفرنسي أمس في باريس نظيره التونسي، وتناول اللقاء العلاقات الثنائية."
    assert [e.plover.event_type for e in _events(text) if e.plover] == ["CONSULT"]


def test_aid_goes_to_the_state_named_after_ila_or_to_the_people_where_it_lands() -> None:
    # made-up: a fund's assistance «إلى الأردن» goes to Jordan; a relief plane landing in Aden brings aid to Yemen's
    # civilians (not to the group the aid is said to face, not to the giver's own prince)
    text = "وقدم البنك الدولي أمس مساعدة طارئة إلى الأردن بقيمة 300 مليون دولار لمواجهة أعباء اللاجئين."
    assert [(e.actor2.name if e.actor2 else None) for e in _events(text) if e.plover and e.plover.event_type == "AID"] == [
        "Jordan"]
    text = "وهبطت طائرة إماراتية أمس في مطار عدن وعلى متنها 30 طنا من المساعدات الغذائية."
    assert [(e.actor2.name if e.actor2 else None) for e in _events(text) if e.plover and e.plover.event_type == "AID"] == [
        "Civilians (Yemen)"]


def test_a_claim_or_no_claim_about_a_told_happening_joins_it() -> None:
    # made-up: an arson told at province level, then «ولم تعلن أي جهة مسؤوليتها عن إحراق المنزل في قرية …»: one
    # happening, placed at the village, with the first report's toll
    text = ("أحرق مستوطنون فجر الجمعة منزلا في الضفة الغربية ما أدى إلى مقتل رضيع. "
            "ولم تعلن أي جهة مسؤوليتها عن إحراق المنزل في قرية عقربا.")
    got = [(e.acled.sub_event_type, e.fatalities.best if e.fatalities else None)
           for e in annotate_document(text, published=dt.date(2015, 8, 3))[0] if e.acled]
    assert got == [("Attack", 1)]


def test_an_event_noun_with_la_on_its_article_is_definite() -> None:
    # made-up: «تعرضت القافلة للهجوم»: «لـ» written on the article («لل…») leaves the noun definite — an anaphor of a
    # happening that may have been told before (a toll told with it may revise that happening's)
    from marsad.events import build_context, detect
    from marsad.events.assemble import drafts

    ctx = build_context("وقال شهود إن قافلة عسكرية تعرضت للهجوم قرب بلدة الخالص أمس.", published=dt.date(2015, 8, 4))
    got = [(ctx.text[d.mentions[0].start : d.mentions[0].end], d.definite, d.anaphor) for d in drafts(ctx, detect(ctx))]
    assert got == [("للهجوم", True, True)]


def test_a_toll_that_rose_counts_and_its_update_day_is_not_the_happenings() -> None:
    # made-up: «عدد القتلى ارتفع إلى نحو 60» counts the dead of the shelling; «أعلن … أمس الثلاثاء عن ارتفاع حصيلة
    # القتلى جراء قصف …» dates the update, not the shelling (which came before it): the event keeps the paper's days
    got = [(e.acled.sub_event_type, e.fatalities.best if e.fatalities else None) for e in _events(
        "وقالت مصادر طبية إن عدد القتلى ارتفع إلى نحو 60 شخصا جراء القصف الذي استهدف مدينة تعز أمس.") if e.acled]
    assert got == [("Shelling/artillery/missile attack", 60)]
    evs, _ = annotate_document("وأعلن مدير الصحة في المحافظة حسن علي أمس الثلاثاء عن ارتفاع حصيلة القتلى جراء قصف "
                                  "الميليشيات لحي المنصورة في عدن إلى 40 قتيلا.", published=dt.date(2015, 7, 22))
    assert [(e.date.precision, e.date.text, e.fatalities.best if e.fatalities else None) for e in evs if e.date] == [
        (2, None, 40)]


def test_places_and_weapons_of_background_clauses_stay_out_of_the_event() -> None:
    # made-up: the place after «وأن الهجوم جاء بعد الحصار … في مدينة الحوطة» is the siege's; air strikes in a
    # relative clause «، والتي كانت هدفا لغارات جوية» far after the shelling describe the country; the place right
    # after «وحلفاؤهم قصفوا» is shelled, not an ally (an ally is named after an affiliation word, or after it and
    # «مع/من»)
    def got(text: str) -> list:
        return [(e.acled.sub_event_type, e.location.name if e.location else None) for e in _events(text) if e.acled]

    assert got("وقتل 20 مدنيا أمس في قصف استهدف أحياء سكنية في مديرية دار سعد. وأوضح سكان أن القصف على الأحياء في "
               "تلك المديرية أسفر عن 20 قتيلا، وأن الهجوم جاء بعد الحصار الذي تفرضه المقاومة على المسلحين في مدينة "
               "الحوطة.") == [("Shelling/artillery/missile attack", "Dar Sad")]
    assert ("Shelling/artillery/missile attack", "Dar Sad") in got(
        "وبدأ المسلحون قصف مديرية دار سعد أول من أمس، بعدما خسروا مواقعهم في المدينة، وهي معارك تدور في أفقر دولة "
        "عربية، والتي كانت هدفا لغارات جوية منذ أشهر.")
    assert got("وقالت مصادر إن المسلحين وحلفاءهم قصفوا مديرية دار سعد أمس بالصواريخ.") == [
        ("Shelling/artillery/missile attack", "Dar Sad")]


def test_a_speakers_place_and_a_claim_told_past_a_place_and_a_day() -> None:
    # made-up: «وأكد مسؤول عسكري أمريكي في كابل الغارة»: Kabul is where the official is, not where the strike fell; a
    # force that says «أنه مسؤول عن القصف» past «في أفغانستان أمس الثلاثاء» did it, on the day of the result
    # clause («مما أدى إلى مقتل خمسة … الاثنين»); «قائد المقاومة في مديرية صرواح» commands where it happened
    def got(text: str) -> list:
        return [(e.actor1.name if e.actor1 else None, e.location.name if e.location else None,
                 str(e.date.start) if e.date else None) for e in _events(text) if e.acled]

    assert got("قتل 14 جنديا أمس في غارة جوية على نقطة تفتيش للجيش في شرق أفغانستان. وأكد مسؤول عسكري أمريكي في "
               "كابل الغارة.") == [(None, "Afghanistan", "2015-08-04")]
    assert got("أعلن الجيش الأمريكي في أفغانستان أمس الثلاثاء أنه مسؤول عن القصف الجوي الذي استهدف موقعا للشرطة، "
               "مما أدى إلى مقتل خمسة من رجال الشرطة الاثنين.") == [
        ("Military Forces of the United States", "Afghanistan", "2015-08-03")]
    assert got("وقال قائد المقاومة في مديرية صرواح إنهم تعرضوا لهجمات عنيفة من قبل الحوثيين أمس.") == [
        ("Houthis", "Sirwah", "2015-08-04")]


def test_an_attack_typed_by_default_takes_the_means_told_later_with_its_toll() -> None:
    # made-up: «أسفر هجوم تبنته حركة طالبان … عن مقتل 12» (no means: a battle by default), then the day and «فجر انتحاري
    # حزامه … ما أسفر عن مقتل 12»: one suicide bombing by the Taliban, on the day told between the two
    evs = _events("أسفر هجوم تبنته حركة طالبان بولاية قندوز شمال أفغانستان عن مقتل 12 شخصا. وقالت الوزارة إن "
                  "الهجوم وقع مساء السبت في مقاطعة خان آباد. وأضافت أن انتحاريا فجر حزامه الناسف وسط تجمع، ما أسفر "
                  "عن مقتل 12 شخصا.")
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None, str(e.date.start) if e.date else None,
             e.fatalities.best if e.fatalities else None) for e in evs if e.acled] == [
        ("Suicide bomb", "Taliban", "2015-08-01", 12)]


def test_a_motorbike_ridden_and_a_military_base_are_no_bomb_and_no_group() -> None:
    # made-up: «مستقلين دراجات نارية» (riding motorbikes) is no vehicle bomb («دراجة نارية مفخخة» is); «القاعدة
    # العسكرية» after «الهجوم على» is a base, not the group
    from marsad.events import build_context, detect

    def ids(text: str) -> list[str]:
        ctx = build_context(text, published=dt.date(2015, 8, 1))
        return [m.trigger.id for m in detect(ctx)]

    assert "carbomb" not in ids("وقال مسؤول إن مسلحين هاجموا القرية مستقلين 30 دراجة نارية وقتلوا ستة أشخاص.")
    assert "carbomb" in ids("وقتل خمسة أشخاص في هجوم بدراجة نارية مفخخة قرب السوق.")
    ctx = build_context("وأعلنت الحركة مسؤوليتها عن الهجوم على القاعدة العسكرية في المدينة.", published=dt.date(2015, 8, 1))
    assert [a.name for a in ctx.actors] == []
    ctx = build_context("وتتواصل الحرب على القاعدة في اليمن.", published=dt.date(2015, 8, 1))
    assert [a.name for a in ctx.actors] == ["Al Qaeda"]


def test_undertaking_also_carrying_and_words_that_only_look_like_places() -> None:
    # made-up: «أقدم مسلحون … على إحراق منزل» did it; «كما أقدم المسلحون … على اختطاف …» is one more abduction, not
    # the details of the one before; wounded soldiers «نقلوا بمروحية» were carried, no air strike; «في العتمة» (in the
    # dark) and «في مشهد مؤلم» (in a painful scene) name no place (Utmah and Mashhad need a feature word)
    from marsad.events import build_context

    def got(text: str) -> list:
        return [(e.acled.sub_event_type, e.location.name if e.location else None) for e in _events(text) if e.acled]

    assert got("أقدم مسلحون مجهولون فجر أمس على إحراق منزل عائلة في قرية دوما جنوب نابلس.") == [("Attack", "Duma")]
    assert got("واختطف المسلحون أمس خمسة من أبناء مديرية حزم العدين. كما أقدم المسلحون على اختطاف معلم "
               "من قرية في مديرية حزم العدين.") == [("Abduction/forced disappearance", "Hazm Al Udayn")] * 2
    assert got("أصيب ثلاثة جنود أمس في هجوم بسيارة على حاجز عسكري قرب مدينة الخليل، ونقلوا بمروحية إلى المستشفى.") == [
        ("Attack", "Hebron (Al Khalil)")]
    ctx = build_context("لم يتمكن الأهالي من الوصول إلى الجرحى في العتمة، في مشهد مؤلم.", published=dt.date(2015, 8, 5))
    assert [p.place.name for p in ctx.places if p.place] == []
    ctx = build_context("وقصف الطيران مديرية عتمة في محافظة ذمار، وزار الرئيس مدينة مشهد.", published=dt.date(2015, 8, 5))
    assert [p.place.name for p in ctx.places if p.place] == ["Utmah", "Dhamar", "Mashhad"]


def test_the_happening_avenged_is_not_part_of_the_revenge() -> None:
    # made-up: «… مسؤوليته عن قتل شرطيين …، قائلا إن العملية جاءت انتقاما لتفجير انتحاري أسفر عن مقتل 30»: the suicide
    # bombing avenged is an earlier happening; the killing of the two policemen keeps its own type and toll
    evs = _events("أعلن حزب العمال الكردستاني مسؤوليته عن قتل شرطيين اثنين في بلدة سروج أمس، قائلا إن العملية جاءت "
                  "انتقاما لتفجير انتحاري أسفر عن مقتل 30 شخصا.")
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None, e.fatalities.best if e.fatalities else None)
            for e in evs if e.acled] == [("Armed clash", "Kurdistan Workers' Party", 2)]


def test_the_death_an_anniversary_remembers_is_no_toll() -> None:
    # made-up: shots fired during a march «في الذكرى الأولى لمقتل شاب برصاص الشرطة»: two wounded, no one killed
    evs = _events("أصيب شخصان أمس في إطلاق نار خلال مسيرة في مدينة بغداد في الذكرى الأولى لمقتل شاب برصاص الشرطة.")
    assert [(e.fatalities.best if e.fatalities else None, e.injured.best if e.injured else None)
            for e in evs if e.acled and e.acled.event_type != "Protests"] == [(None, 2)]


def test_the_day_of_a_statement_told_after_a_violent_happening_is_not_its_day() -> None:
    # made-up: «… قتل عشرة جنود في كمين … وذلك في بيان نشره على الإنترنت أمس» dates the statement; the claim's own
    # day («مساء الجمعة») in the next sentence is the ambush's, and the two sentences tell one ambush
    evs = _events("تبنى التنظيم قتل عشرة جنود في كمين نصبه في ولاية عين الدفلى وذلك في بيان نشره على الإنترنت أمس. "
                  "وقال التنظيم إن عناصره تمكنوا مساء الجمعة من قتل عشرة جنود في الكمين.")
    assert [(str(e.date.start) if e.date else None, e.fatalities.best if e.fatalities else None)
            for e in evs if e.acled] == [("2015-07-31", 10)]


def test_ground_taken_is_read_past_a_long_subject_and_in_the_complement() -> None:
    # made-up: «انتزعت قوات … الموالية للرئيس … آخر حصون المتمردين …»: the forts are the ground taken, told as the
    # expression's own complement and after a subject of many words; a purpose («عملياتها الرامية إلى استعادة الدولة
    # وطرد المتمردين …») is not a taking
    def got(text: str) -> list:
        return [(e.acled.sub_event_type, e.location.name if e.location else None) for e in _events(text) if e.acled]

    assert got("انتزعت قوات المقاومة الموالية للرئيس عبد ربه منصور هادي يوم الأحد آخر حصون المتمردين بعد معارك "
               "شرسة استمرت ثلاثة أيام في مدينة عدن.") == [("Government regains territory", "Aden")]
    assert got("وصعدت قوات المقاومة عملياتها الرامية إلى استعادة الدولة وطرد المتمردين وحلفائهم وأنصار الرئيس "
               "المخلوع، في محافظتي مأرب وتعز.") == []


def test_an_outlet_dash_city_line_is_a_dateline_not_the_place() -> None:
    # made-up: «صوت المدينة – بنغازي» on a line of its own names the outlet and its reporter's city; an abduction told
    # «في شرق ليبيا» stays in Libya instead of taking the dateline's city
    evs = _events("صوت المدينة – بنغازي\nأعلن التنظيم أمس أنه خطف ثلاثة عمال أجانب في شرق ليبيا.")
    assert [(e.acled.sub_event_type, e.location.name if e.location else None) for e in evs if e.acled] == [
        ("Abduction/forced disappearance", "Libya")]


def test_victims_taken_up_by_a_definite_numeral_are_the_same_happening() -> None:
    # made-up: «… خطف أربعة عمال أجانب في شرق ليبيا» then «وخُطف الأربعة في بلدة النوفلية …»: one abduction, placed
    # at the town the second sentence names
    evs = _events("أعلن التنظيم أمس أنه خطف أربعة عمال أجانب في شرق ليبيا. وخُطف الأربعة في بلدة النوفلية جنوب شرقي "
                  "مدينة سرت.")
    assert [(e.acled.sub_event_type, e.location.name if e.location else None) for e in evs if e.acled] == [
        ("Abduction/forced disappearance", "An Nawfaliyah")]


def _sentence_tolls(text: str) -> tuple[int | None, int | None]:
    """(killed, injured) the toll reader gives one made-up sentence read as a whole."""
    from marsad.events import build_context
    from marsad.events.arguments import find_tolls

    ctx = build_context(text, published=dt.date(2015, 8, 5))
    k, i = find_tolls(ctx, (0, len(text)))
    return (k.best if k else None, i.best if i else None)


def test_a_toll_summed_over_months_is_no_happenings_toll() -> None:
    # made-up: «قتلت 2500 من عناصر التنظيم … خلال عشرة أشهر» sums months of strikes (cumulative); «خلال الساعات
    # الماضية» is the span of one happening and keeps its toll
    def killed(text: str) -> int | None:
        return _sentence_tolls(text)[0]

    assert killed("أفاد المرصد بأن طائرات التحالف قتلت 2500 من عناصر التنظيم بينهم عشرات القياديين خلال عشرة أشهر.") is None
    assert killed("قتل 12 مسلحا في غارات جوية على مواقع التنظيم في محافظة حلب خلال الساعات الماضية.") == 12
    assert killed("وقتل 40 شخصا في التفجير الذي يعد الأسوأ من نوعه خلال العام الجاري.") == 40


def test_a_wars_toll_is_no_happenings_toll_and_no_happening() -> None:
    # made-up: a civil war «قتل فيها أكثر من 200 ألف شخص» or fighting «عن مقتل أكثر من 4000 شخص» (a period's dead)
    # is no event; a strike told beside a war's toll keeps its own five dead
    def got(text: str) -> list:
        return [(e.acled.sub_event_type, e.fatalities.best if e.fatalities else None) for e in _events(text) if e.acled]

    assert got("وكانت البلاد شهدت حربا أهلية قتل فيها أكثر من 200 ألف شخص.") == []
    assert got("وأسفرت المعارك في البلاد عن مقتل أكثر من 4000 شخص غالبيتهم من المدنيين.") == []
    assert got("قتل خمسة أشخاص في غارة جوية على مدينة حلب أمس، في حرب قتل فيها أكثر من 250 ألف شخص.") == [
        ("Air/drone strike", 5)]


def test_a_wars_wounded_and_the_parts_of_its_sum_are_no_toll() -> None:
    # made-up: «خلفت الحرب أكثر من 9 آلاف جريح» (a period's wounded) is no happening's; the figures listed after a
    # war's dead («50 ألفا و570 جنديا … و903 من …») are parts of the same sum
    tolls = _sentence_tolls

    assert tolls("وقال المسؤول إن الحرب خلفت أكثر من 9 آلاف جريح في المدينة.") == (None, None)
    assert tolls("وأوضح المرصد أن 50 ألفا و570 جنديا قتلوا إلى جانب 903 من عناصر الحزب.") == (None, None)


def test_a_toll_told_for_a_period_is_cumulative_but_a_far_period_clause_is_not() -> None:
    # made-up: «قتل 88 مسلحا في شمال سيناء في الفترة بين 20 و31 يوليو» counts a period; «قتلت المقاومة 4 مسلحين في
    # كمين …، وتواصل نصب الكمائن طوال الفترة الماضية» keeps the ambush's four
    def killed(text: str) -> int | None:
        return _sentence_tolls(text)[0]

    assert killed("وقال المتحدث إن 88 مسلحا قتلوا في شمال سيناء في الفترة بين 20 و31 يوليو الماضي.") is None
    assert killed("وقتلت المقاومة 4 مسلحين في كمين على الطريق العام قرب المدينة، وتواصل المقاومة في تلك المنطقة نصب "
                  "الكمائن للمسلحين طوال الفترة الماضية.") == 4


def test_a_singular_victim_fronted_before_a_passive_verb_is_one_dead_of_its_side() -> None:
    # made-up: «وقالت الشرطة إن جنديا أردنيا قتل …»: after «إن» the accusative noun before the verb is its victim
    # (one dead; its adjective spelt as the country's name is the victims' side, not the agent); with an object
    # after the verb («إن مسلحا قتل جنديا») the noun before it is the agent and counts no one
    fronted = _events("وقالت مصادر أمنية إن جنديا سوريا قتل أمس الثلاثاء في هجوم شنه مسلحون على حاجز قرب مدينة درعا.")
    ev = [e for e in fronted if e.acled]
    assert [e.fatalities.best if e.fatalities else None for e in ev] == [1]
    assert ev[0].actor2 is not None and ev[0].actor2.name == "Military Forces of Syria"
    assert ev[0].actor1 is None or ev[0].actor1.name != "Military Forces of Syria"
    from marsad.events import build_context
    from marsad.events.arguments import _fronted_victim, arg_words

    agent = "وقالت مصادر أمنية إن مسلحا قتل شرطيا أمس الثلاثاء قرب مدينة درعا."
    ctx = build_context(agent, published=dt.date(2015, 8, 5))
    assert _fronted_victim(ctx, 0, len(agent), arg_words().fronted_deaths) is None
    wounded = _events("وقالت الوزارة إن شرطيا أصيب أمس الثلاثاء بجروح في هجوم على حاجز قرب مدينة درعا.")
    assert [e.injured.best if e.injured else None for e in wounded if e.acled] == [1]


def test_an_arrest_campaign_told_nationwide_three_times_is_one_event_in_the_country() -> None:
    # made-up: the lead, the minister's words «في جميع أنحاء مصر» and the figure he gave at a press conference held
    # in Cairo count the same 320 people taken: one operation, placed in the whole country (not in the city where
    # the conference was held)
    text = ("اعتقلت السلطات المصرية 320 شخصا يشتبه في انتمائهم إلى جماعات متطرفة، وفق ما أعلنه وزير الداخلية. "
            "وأعلن الوزير أن الشرطة اعتقلت منذ الجمعة في جميع أنحاء مصر 320 شخصا. "
            "وقال الوزير في مؤتمر صحافي بثه التلفزيون في القاهرة «أوقف حتى الآن 320 شخصا».")
    evs = [e for e in annotate_document(text, published=dt.date(2015, 8, 2))[0] if e.acled]  # (a Sunday)
    assert [e.acled.sub_event_type for e in evs] == ["Arrests"]
    assert evs[0].location is not None and evs[0].location.country == "EG" and evs[0].location.admin1 is None
    assert len(evs[0].evidence) >= 3


def test_protesters_named_before_the_verbs_of_rioting_are_a_riot() -> None:
    # made-up: the protesters as the subject before «هشموا … وأحرقوا» (not only after the verb, «حطم المتظاهرون»)
    evs = _events("وقالت الشرطة إن عشرات المتظاهرين هشموا أمس واجهات المحال التجارية وأحرقوا سيارتين في وسط مدينة البصرة.")
    assert [(e.acled.event_type, e.acled.sub_event_type) for e in evs if e.acled] == [("Riots", "Violent demonstration")]


def test_a_claim_told_after_a_modal_word_has_its_own_tense_after_that_and_a_noun() -> None:
    # made-up: «لا يمكن التحقق من صحته» (cannot be verified) does not make the claimed ambush a possibility: «أن» with
    # a noun after it opens a clause of its own, in the past; «أن النظام عاجز عن استعادة …» tells an inability
    claim = _events("وقال التنظيم في بيان لا يمكن التحقق من صحته إن عناصره تمكنوا مساء الجمعة من قتل تسعة جنود"
                    " في كمين نصبوه قرب مدينة الرمادي.")
    ev = [e for e in claim if e.acled]
    assert [(e.acled.event_type, e.fatalities.best if e.fatalities else None) for e in ev] == [("Battles", 9)]
    assert ev[0].date is not None and ev[0].date.start == "2015-07-31"
    unable = _events("وقال المحلل إن الحرب بلغت منعطفا بعد أن تبين أن النظام عاجز عن استعادة السيطرة على مدينة إدلب.")
    assert [e for e in unable if e.acled] == []


def test_died_of_wounds_counts_one_dead_and_gunmen_before_the_storming_verb_act() -> None:
    # made-up: «توفي متأثرا بجراح أصيب بها إثر إطلاق نار عليه» is one dead of the shooting (not «متأثرا بمرضه»);
    # «ضد مسلحين اقتحموا مركزا للشرطة» tells the storming, its gunmen its subject
    shot = _events("وأفادت مصادر أمنية أن المسؤول المحلي سامي العلي توفي متأثرا بجراح أصيب بها إثر إطلاق نار عليه"
                   " في مدينة صيدا.")
    assert [e.fatalities.best if e.fatalities else None for e in shot if e.acled] == [1]
    ill = _events("وأفادت مصادر محلية أن المسؤول المحلي سامي العلي توفي متأثرا بمرضه في مدينة صيدا.")
    assert [e for e in ill if e.acled] == []
    storm = _events("وقالت الشرطة إن العملية الأمنية ضد مسلحين اقتحموا مركزا للشرطة أمس في مدينة الرمادي انتهت.")
    assert [e.acled.event_type for e in storm if e.acled] == ["Battles"]


def test_a_shelling_kept_from_happening_and_a_surrender_tell_no_event() -> None:
    # made-up: «لحرمان المسلحين من قصفه» (to deny the gunmen shelling it) tells no shelling; «فضلوا تسليم أنفسهم …
    # مع أسلحتهم» is a surrender, not aid given
    from marsad.events import build_context, detect

    kept = _events("وقال المتحدث إن المقاتلين قتلوا أمس 20 مسلحا خلال المواجهات قرب مدينة الرمادي، وسيطروا على تلة"
                   " تطل على المعسكر لحرمان المسلحين من قصفه.")
    assert "Shelling/artillery/missile attack" not in [e.acled.sub_event_type for e in kept if e.acled]
    assert [e.fatalities.best for e in kept if e.acled and e.fatalities] == [20]
    gave = "وأكد المتحدث أن عناصر الحامية في مدينة الرمادي فضلوا أمس تسليم أنفسهم للمقاتلين مع أسلحتهم وعتادهم."
    ms = detect(build_context(gave, published=dt.date(2015, 8, 5)), keep_rejected=True)
    assert [(m.trigger.id, m.rejected) for m in ms] == [("provide_aid", "surrender")]


def test_one_more_wounded_told_as_another_and_the_single_dead_are_the_target() -> None:
    # made-up: «قتل شرطي أردني وأصيب آخر بجروح»: one dead, one more wounded («آخر» alone), and the policeman
    # killed is the target, not the agent, of the attack
    evs = _events("وقتل شرطي أردني وأصيب آخر بجروح خطيرة أمس في هجوم نفذه مسلحون على دورية قرب مدينة معان.")
    ev = [e for e in evs if e.acled]
    assert [(e.fatalities.best if e.fatalities else None, e.injured.best if e.injured else None) for e in ev] == [(1, 1)]
    assert ev[0].actor2 is not None and ev[0].actor2.name == "Police Forces of Jordan"
    assert ev[0].actor1 is None or ev[0].actor1.name != "Police Forces of Jordan"


def test_a_verb_of_doing_with_also_tells_one_more_strike() -> None:
    # made-up: the coalition's strikes near Mosul, its statement (the task force reports), then «شن أيضا … في سوريا»:
    # the strikes in Syria are one more happening, not details of those near Mosul
    from marsad.events import annotate_document

    evs, _ = annotate_document(
        "نفذت طائرات التحالف الدولي أمس غارات على مواقع لداعش قرب الموصل. وقال بيان لقوة المهام المشتركة اليوم "
        "إن ست غارات قرب الموصل دمرت مخازن للأسلحة. وأضاف البيان أن التحالف شن أيضا ثماني غارات في سوريا "
        "وقصفت تجمعات للتنظيم.", published=dt.date(2015, 7, 26))
    got = [(e.location.name if e.location else None, [s.name for s in e.sources]) for e in evs]
    assert ("Syria", ["International Coalition"]) in got
    assert all(e.actor1 is not None and e.actor1.name == "International Coalition" for e in evs)


def test_a_weapon_carrier_as_a_long_subject_still_fires() -> None:
    # made-up: «أطلقت مساء أمس مروحية … «ت.ج.ن»، صواريخ على …»: the carrier's long subject (with a name in marks)
    # stands between the verb and what it fires; «أطلق سراح» several words from a weapon word does not fire
    from marsad.events import annotate_document

    evs, _ = annotate_document(
        "أطلقت مساء أمس مروحية قتالية تابعة للجيش النظامي يقودها طيارو «ت.ج.ن»، صواريخ على مخزنين للذخيرة "
        "جنوب البلدة.", published=dt.date(2007, 9, 10))
    assert [e.acled.sub_event_type for e in evs if e.acled] == ["Air/drone strike"]
    evs, _ = annotate_document("أطلقت السلطات بعد ظهر أمس سراح عشرة معتقلين كانوا قد اتهموا بإطلاق صواريخ.",
                               published=dt.date(2007, 9, 10))
    assert not [e for e in evs if e.acled and e.acled.event_type == "Explosions/Remote violence"]


def test_two_single_victims_joined_count_two() -> None:
    # made-up: «مقتل شرطي ومدني»، «مقتل الشرطي فلان (30 عاما)، ومصرع مدني …» count two dead; «وإصابة مدني» is a wound;
    # «لقي X مصرعه» counts one even when X is told at length
    assert _event_tolls("هاجم مسلحون دورية للشرطة في ديار بكر أمس ما أسفر عن مقتل شرطي ومدني.") == [(2, None)]
    assert _event_tolls("هاجم مسلحون دورية للشرطة في ديار بكر أمس ما أسفر عن مقتل الشرطي أحمد يلماز (30 عاما)، "
                 "ومصرع مدني كان يمر في الشارع.") == [(2, None)]
    assert _event_tolls("هاجم مسلحون دورية للشرطة في ديار بكر أمس ما أسفر عن مقتل شرطي وإصابة مدني.") == [(1, 1)]
    assert _event_tolls("لقي رقيب من قوة مركز الشرطة في بلدة بلبيس التابعة لمحافظة الشرقية مصرعه برصاص مسلحين "
                 "استهدفوه صباح أمس.") == [(1, None)]


def test_the_other_sides_dead_told_side_first_add_up() -> None:
    # made-up: «… مقتل 30 مسلحا حوثيا، فيما قتل من جانب المقاومة ثمانية أشخاص»: both sides' dead (38); «وقتلت
    # المعارضة 3 جنود» names the killer before the figure, not another side
    assert _event_dead("اندلعت معارك عنيفة أمس في لحج أدت إلى مقتل 30 مسلحا حوثيا، فيما قتل من جانب المقاومة ثمانية "
                "أشخاص.") == [38]
    assert _event_dead("هاجمت فصائل المعارضة حاجزا للجيش في ريف حماة أمس، وقتلت المعارضة 3 جنود وجرحت آخرين.") == [3]


def test_a_victim_killed_with_his_kin_counts_them() -> None:
    # made-up: «قتل شرطي وابنه» (two), «قتل حارس مع ابنيه» (three); «مقتل رضيع وإصابة والديه وشقيقه»: the kin after
    # the wound word are wounded, not dead
    assert _event_dead("قتل شرطي وابنه في هجوم مسلح على منزله في العريش أمس.") == [2]
    assert _event_dead("قتل حارس مع ابنيه في هجوم مسلح على منزله في العريش أمس.") == [3]
    assert _event_dead("أضرم مستوطنون النار أمس في بيت قرب نابلس فأسفر الحريق عن مقتل طفل وإصابة والديه وشقيقه بجروح.") == [1]


def test_wounded_kin_after_a_wound_word_are_counted() -> None:
    # made-up: «وإصابة والديه وشقيقه» counts three wounded (the dual parents and a brother); a kin noun not joined by
    # «و» later in the clause («منزل والده») is no wounded
    assert _event_tolls("أضرم مستوطنون النار أمس في بيت قرب نابلس فأسفر الحريق عن مقتل طفل وإصابة والديه وشقيقه "
                 "بجروح.") == [(1, 3)]
    assert _event_tolls("قصفت الطائرات منزلا في حلب أمس ما أدى إلى إصابة شقيقه في الهجوم الذي استهدف منزل "
                 "والده.") == [(None, 1)]


def test_gunmen_and_the_forces_dead_add_up() -> None:
    # made-up: gunmen counted with no side, then «وقتل في صفوف الجيش السوري 5 جنود»: the two sides of one fight (17);
    # soldiers then the army's soldiers are one side (12); gunmen then a named armed group may be the same men (12)
    assert _event_dead("قصف الجيش مواقع المسلحين أمس في درعا ما أدى إلى مقتل 12 مسلحا، وقتل في صفوف الجيش السوري 5 "
                "جنود.") == [17]
    assert _event_dead("اندلعت اشتباكات أمس في درعا أدت إلى مقتل 12 جنديا، وقتل في صفوف الجيش السوري 5 جنود.") == [12]
    assert _event_dead("اندلعت اشتباكات أمس في درعا أدت إلى مقتل 12 مسلحا، وقتل في صفوف جبهة النصرة 5 عناصر.") == [12]


def _event_tolls(text: str) -> list[tuple[int | None, int | None]]:
    """(dead, wounded) of every event of a made-up text (published 2015-07-26)."""
    from marsad.events import annotate_document

    evs, _ = annotate_document(text, published=dt.date(2015, 7, 26))
    return [(e.fatalities.best if e.fatalities else None, e.injured.best if e.injured else None) for e in evs]


def _event_dead(text: str) -> list[int | None]:
    return [k for k, _ in _event_tolls(text)]


def test_shells_on_homes_or_on_persons_struck_civilians_unless_a_position_or_force_is_the_target() -> None:
    # made-up: shelling of homes, a missile that kills persons, wounded civilians: actor2 is the civilians of the
    # place's country; shelling of the rebels' positions or of soldiers is not
    homes = _events("وقصفت قوات النظام أمس أحياء سكنية في مدينة درعا بالمدفعية الثقيلة.")
    assert [e.actor2.name if e.actor2 else None for e in homes if e.acled] == ["Civilians (Syria)"]
    persons = _events("وقتل 9 أشخاص أمس في سقوط صاروخ أطلقته قوات النظام على حي في مدينة درعا.")
    assert [e.actor2.name if e.actor2 else None for e in persons if e.acled] == ["Civilians (Syria)"]
    wounded = _events("وقصفت قوات النظام أمس بلدة نوى في ريف درعا بالصواريخ، ما أوقع جرحى من المدنيين.")
    assert [e.actor2.name if e.actor2 else None for e in wounded if e.acled] == ["Civilians (Syria)"]
    positions = _events("وقصفت قوات النظام أمس مواقع المسلحين في مدينة درعا بالمدفعية الثقيلة.")
    assert [e.actor2.name if e.actor2 else None for e in positions if e.acled] != ["Civilians (Syria)"]
    soldiers = _events("وقتل 9 جنود أمس في سقوط صاروخ على حي في مدينة درعا.")
    assert [e.actor2.name if e.actor2 else None for e in soldiers if e.acled] != ["Civilians (Syria)"]


def test_a_bomb_with_no_perpetrator_named_is_an_unidentified_armed_groups_and_a_claim_names_it() -> None:
    # made-up: ACLED codes an unclaimed roadside or car bomb to "Unidentified Armed Group (country)"; a claim of
    # responsibility names the group
    bomb = _events("وقتل 3 أشخاص أمس في انفجار عبوة ناسفة في سوق شعبي بمدينة بعقوبة.")
    assert [e.actor1.name if e.actor1 else None for e in bomb if e.acled] == ["Unidentified Armed Group (Iraq)"]
    claimed = _events("قتل أربعة أشخاص في انفجار سيارة مفخخة أمس قرب مسجد في صنعاء، وأعلن تنظيم داعش مسؤوليته عن "
                      "الهجوم.")
    assert [e.actor1.name if e.actor1 else None for e in claimed if e.acled] == ["Islamic State"]


def test_who_lists_a_group_as_terrorist_is_not_the_agent_of_its_attack() -> None:
    # made-up: «… المصنف إرهابيا من قبل الحكومة التركية»: the government designates the party, it did not attack
    evs = _events("واستهدف هجوم نفذه مسلحو حزب العمال الكردستاني المصنف إرهابيا من قبل الحكومة التركية مركزا للشرطة "
                  "أمس في بلدة شيلوبي.")
    assert [e.actor1.name if e.actor1 else None for e in evs if e.acled] != ["Government of Turkey"]
    assert [e.actor2.name if e.actor2 else None for e in evs if e.acled] == ["Police Forces of Turkey"]


def test_casualty_parts_that_add_up_to_a_war_toll_are_the_wars_background() -> None:
    # made-up: 570 soldiers «و903 من» another group: the parts of a war's dead (1,473), not one battle's
    assert _events("وأوضح المرصد أن 570 جنديا من قوات النظام قتلوا في المعارك و903 من عناصر حزب الله.") == []
    # a battle's own dead, far below a war's, stay
    assert _event_dead("وأوضح المرصد أن 57 جنديا من قوات النظام قتلوا في المعارك أمس و9 من عناصر حزب الله.") == [66]


def test_nobody_is_killed_in_a_peaceful_protest() -> None:
    # made-up: a vigil for a dead child and a march on the anniversary of a killing: their dead are the cause
    assert _event_dead("ونظم عشرات الأطفال أمس وقفة تضامنية في مدينة رام الله حداداً على مقتل طفل حرقا على يد "
                       "مستوطنين.") == [None]
    assert _event_dead("وخرج المئات أمس في مسيرة صامتة في مدينة البصرة في الذكرى الأولى لمقتل 3 شبان برصاص "
                       "مجهولين.") == [None]


def _corpus_events(article_id: str) -> list[dict]:
    """The events of one saudinewsnet article (its text read at run time from ../shared)."""
    from marsad.inputs import page_from_record
    from marsad.pipeline import process_page

    snn = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"
    if not snn.exists():
        pytest.skip("shared data missing")
    for f in sorted(snn.glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):
            r = json.loads(line)
            if r["id"] == article_id:
                page = process_page(page_from_record(r, "saudinewsnet")).model_dump(mode="json")
                return [e for d in page["documents"] for e in d["events"]]
    pytest.fail(f"article {article_id} not found")


def test_one_party_is_never_both_sides_of_an_event() -> None:
    # real articles (read at run time): a car bomb on a police station had the police as both sides (the bomb is
    # unclaimed: an Unidentified Armed Group's); Turkish jets striking IS bases had Turkey as both sides
    def sides(article_id: str, sub_type: str) -> list[tuple[str | None, str | None]]:
        return [((e["actor1"] or {}).get("name"), (e["actor2"] or {}).get("name"))
                for e in _corpus_events(article_id) if e["acled"] and e["acled"]["sub_event_type"] == sub_type]

    assert ("Unidentified Armed Group (Turkey)", "Police Forces of Turkey") in sides(
        "snn-214a383b05fd", "Remote explosive/landmine/IED")
    strikes = sides("snn-cce4b2e7f969", "Air/drone strike")
    assert strikes and all(a1 != a2 for a1, a2 in strikes)
    assert ("Military Forces of Turkey", "Islamic State") in strikes


def test_a_monitor_that_reports_the_fighting_is_no_side_of_it() -> None:
    # real articles (read at run time): «أعلن المرصد السوري لحقوق الإنسان استمرت الاشتباكات …» made the observatory
    # a side of the clash; it is the events' source
    for article_id in ("snn-8cb44d8c7a9c", "snn-c9934a92d77c", "snn-83e2c1cb469f"):
        evs = [e for e in _corpus_events(article_id) if e["acled"]]
        assert evs
        sides = {(e[k] or {}).get("name") for e in evs for k in ("actor1", "actor2")}
        assert "Syrian Observatory for Human Rights" not in sides
        assert any(s["name"] == "Syrian Observatory for Human Rights" for e in evs for s in e["sources"])


def test_a_rebel_group_read_as_the_striker_of_an_air_strike_is_what_was_struck() -> None:
    # made-up: IS's leader killed «في غارة جوية»: IS has no aircraft, it is the target; a group's shelling told
    # beside the coalition's raids in another clause keeps the group as its actor
    struck = _events("وقال المرصد إن قياديا في تنظيم داعش قتل أمس في غارة جوية قرب مدينة الحسكة.")
    assert [((e.actor1.name if e.actor1 else None), (e.actor2.name if e.actor2 else None))
            for e in struck if e.acled] == [(None, "Islamic State")]
    shelling = _events("وقتل مدني أمس في قصف شنه الحوثيون على أحياء سكنية في مدينة تعز، في وقت شن طيران التحالف "
                       "غارات على معسكر في المخاء.")
    assert "Houthis" in [e.actor1.name for e in shelling if e.acled and e.actor1]


def test_who_tells_an_act_of_violence_did_not_do_it() -> None:
    # real articles (read at run time): the army spokesman and the interior ministry spokesman were read as the
    # actors of what they reported; the army that struck and the bomber (the text calls him «داعشي», a member of
    # the Islamic State: session 34) are
    clashes = [(e["actor1"] or {}).get("name") for e in _corpus_events("snn-bcdef8469307")
               if e["acled"] and e["acled"]["sub_event_type"] == "Armed clash"]
    assert "Military Forces of Egypt" in clashes and "Mohammed Samir" not in clashes
    bombs = [(e["actor1"] or {}).get("name") for e in _corpus_events("snn-f1326fd47fd3")
             if e["acled"] and e["acled"]["sub_event_type"] == "Suicide bomb"]
    assert bombs == ["Islamic State"]


def test_unnamed_gunmen_in_one_fight_do_not_hide_the_party_named_in_the_others() -> None:
    # real articles (read at run time): the resistance's statement tells three attacks on the Houthis; the first
    # names «المسلحون» (the fighters in the destroyed vehicle) as well, which made two candidate opponents and left
    # the other two attacks with no actor1; the Houthis' fight told with one side takes the resistance
    def sides(article_id: str, starts: set[int]) -> list[tuple[str | None, str | None]]:
        return [((e["actor1"] or {}).get("name"), (e["actor2"] or {}).get("name"))
                for e in _corpus_events(article_id) if e["acled"] and e["evidence"][0]["start"] in starts]

    assert sides("snn-a9f3aabacccf", {1691, 1812}) == [("Popular Resistance", "Houthis")] * 2
    assert sides("snn-dc6f214e7084", {3659}) == [("Houthis", "Popular Resistance")]


def test_a_state_actor_does_not_accuse_its_own_country() -> None:
    # made-up: the country in a speaker's title («رئيس إقليم كردستان العراق») or named as what the speaker criticises
    # of his own state is no other party of a political interaction; the foreign party named after it is
    def sides(text: str) -> list[tuple[str | None, str | None, str | None]]:
        return [(e.plover.event_type if e.plover else None, e.actor1.name if e.actor1 else None,
                 e.actor2.name if e.actor2 else None) for e in _events(text)]

    assert sides("وانتقد مسعود البرزاني رئيس إقليم كردستان العراق أمس إيران بسبب قصف مدفعي طال قرى حدودية.") == [
        ("ACCUSE", "Masoud Barzani", "Iran")]
    assert sides("وانتقد وزير الخارجية البريطاني فيليب هاموند بريطانيا لأنها تأخرت في الرد.") == [
        ("ACCUSE", "Philip Hammond", None)]


def test_events_of_foreign_stories_are_not_placed_at_namesake_villages_of_the_gazetteer() -> None:
    # real articles (read at run time): a hotel siege in Mali was placed in Lebanon, arrests over a Diyala bombing in
    # Yemen's Bani Sa'd, shells on a Saudi village of Jazan at a Yemeni namesake, a Cameroonian town at a Yemeni one
    def countries(article_id: str) -> set[str | None]:
        return {(e["location"] or {}).get("country") for e in _corpus_events(article_id) if e["acled"]}

    assert "LB" not in countries("snn-ac10c79bd542")
    assert countries("snn-c467ea57e8a3") == {"IQ"}
    assert "YE" not in countries("snn-64333c2a62e3")
    assert countries("snn-68c8a150d293") == {"CM"}


def test_the_day_a_period_starts_from_after_the_happening_does_not_date_it() -> None:
    # made-up (published Wednesday 5 August 2015): «قتل … اليوم (الأربعاء) في أول هجوم منذ إعلان الهدنة الأسبوع
    # الماضي»: the happening's own day, not the truce's; a toll told after «ومنذ … في 20 يوليو» is a period's
    told = _events("قتل سبعة جنود اليوم (الأربعاء)، بتفجير انتحاري نفذته حركة طالبان واستهدف ثكنة للجيش شرقي مدينة "
                   "غزني، في أول هجوم واسع يشنه المسلحون، منذ إعلان مقتل قائدهم الأسبوع الماضي.")
    assert [(e.acled.sub_event_type, e.date.start if e.date else None) for e in told if e.acled] == [
        ("Suicide bomb", "2015-08-05")]
    period = _events("ومنذ اندلاع جولة العنف الجديدة في 20 يوليو، قتل 13 جنديا وشرطيا على الأقل في جنوب شرق البلاد.")
    assert [e for e in period if e.acled and e.date and str(e.date.start) == "2015-08-05"] == []


def test_an_age_or_a_span_of_time_is_no_toll() -> None:
    # made-up: «الطفل … (18 شهرا)»، «والدته (26 عاما)»، «يبلغ من العمر 49 عاما»: ages; «خلال 48 ساعة»: a span
    def tolls(text: str) -> list[tuple[int | None, int | None]]:
        return [((e.fatalities.best if e.fatalities else None), (e.injured.best if e.injured else None))
                for e in _events(text) if e.acled]

    assert tolls("وقتل طفلان وأصيب والدهما سامر (35 عاما) بجروح أمس عندما أحرق مستوطنون منزلهم في قرية قرب نابلس.") == [
        (2, 1)]
    assert all(k != 49 for k, _ in tolls("وقتل أمس عسكري وامرأة ورجل يبلغ من العمر 49 عاما في قصف على حي سكني في مدينة "
                                          "دونيتسك."))
    assert tolls("قتل 12 شخصا خلال 48 ساعة من المعارك في مدينة تعز.") == [(12, None)]


def test_a_figure_counted_over_a_period_named_before_or_over_a_month_is_no_toll() -> None:
    # made-up: «… خلال هذه الفترة» (the period of a report), «… خلال يوليو الماضي»: cumulative; the single death
    # told beside such a figure is part of it; «في 20 يوليو» is a day
    def tolls(text: str) -> list[int | None]:
        return [e.fatalities.best if e.fatalities else None for e in _events(text) if e.acled]

    assert 60 not in tolls("وقال المرصد في بيان أمس إن 60 مدنيا قتلوا بالإضافة إلى مقتل مسلح واحد أيضا جراء غارات "
                           "التحالف على ريف حلب الشمالي خلال هذه الفترة.")
    assert 1 not in tolls("وقال المرصد في بيان أمس إن 60 مدنيا قتلوا بالإضافة إلى مقتل مسلح أيضا جراء غارات التحالف "
                          "على ريف حلب الشمالي خلال هذه الفترة.")
    assert 35 not in tolls("وذكر تقرير لمنظمة حقوقية أمس أن 35 مدنيا قتلوا في مدينة إب بقصف نفذه الحوثيون خلال يونيو "
                           "الماضي.")
    assert tolls("قتل 5 مدنيين في قصف على مدينة تعز في 20 يوليو.") == [5]


def test_a_rate_or_the_month_so_far_is_no_toll_and_a_day_inside_a_month_dates_the_happening() -> None:
    # made-up: «… يوميا» is a rate; «… وإصابة العشرات هذا الشهر» right after the figure is the month so far; «قتل 7
    # أمس … في أعنف هجوم هذا الشهر» keeps its figure and its day (the month is a comparison)
    def told(text: str) -> list[tuple[int | None, str | None]]:
        return [((e.fatalities.best if e.fatalities else None), (str(e.date.start) if e.date else None))
                for e in _events(text) if e.acled]

    assert all(k != 100 for k, _ in told("وقال إن عدد قتلى التنظيم في غارات التحالف على الأنبار يتجاوز 100 مسلح "
                                         "يوميا."))
    assert all(k != 130 for k, _ in told("وأدت موجة الهجمات الانتحارية على الأسواق إلى مقتل 130 شخصا وإصابة العشرات "
                                         "هذا الشهر في نيجيريا."))
    assert told("قتل 7 أشخاص أمس في انفجار سيارة مفخخة في بغداد، في أعنف هجوم هذا الشهر.") == [(7, "2015-08-04")]


def test_citizens_in_the_oblique_case_after_an_office_are_the_object_of_the_call() -> None:
    # made-up: «ودعا الرئيس المواطنين إلى اليقظة»: the office (no name) calls; the citizens (-ين) are called on
    assert not [e for e in _events("ودعا الرئيس المواطنين أمس إلى اليقظة والتعاون الوثيق مع قوات الأمن في العاصمة.")
                if e.actor1 and e.actor1.name.startswith("Civilians")]
    # (a number of citizens calling, «طالب عدد من المواطنين», stays their call)
    assert [e.actor1.name for e in _events("وطالب عدد من المواطنين أمس الحكومة بفتح الطرق المغلقة في المدينة.")
            if e.actor1][:1] == ["Civilians"]


def test_the_seat_of_a_monitor_named_with_it_is_not_where_the_strike_fell() -> None:
    # real article (read at run time): the observatory's director «في لندن» reports US aircraft killing Nusra
    # fighters: London is the observatory's seat, the strike was in Syria
    got = [(e["location"] or {}).get("country") for e in _corpus_events("snn-e891330178aa")
           if e["acled"] and e["evidence"][0]["start"] == 607]
    assert got == ["SY"]


def test_a_club_snatching_a_player_or_a_team_snatching_a_win_is_no_abduction() -> None:
    # real article (read at run time): a sports report of a club signing a striker («خطف النصر هداف …») before a cup
    # final in London made an abduction in London; a made-up abduction by gunmen stays one
    assert [e for e in _corpus_events("snn-a111be185524") if e["acled"]] == []
    told = _events("وخطف مسلحون مجهولون أمس ثلاثة موظفين في مدينة بنغازي.")
    assert [e.acled.sub_event_type for e in told if e.acled] == ["Abduction/forced disappearance"]


def test_what_a_call_or_a_chant_asks_for_did_not_happen() -> None:
    # real article (read at run time): settlers' chants «تدعو إلى قتل وطرد …» made a territory event in Jerusalem
    # (after «إلى», joined by «و» to the first noun, «وطرد» is a verbal noun called for); made-up: forces expelling
    # fighters is a happening
    assert [e for e in _corpus_events("snn-82a7a109aade")
            if e["acled"] and "territory" in e["acled"]["sub_event_type"]] == []
    told = _events("وطردت القوات العراقية مسلحي داعش من حي الضباط في الرمادي أمس.")
    assert [e.acled.sub_event_type for e in told if e.acled] == ["Government regains territory"]


def test_the_sides_of_a_clash_may_follow_its_day_and_place() -> None:
    # made-up: «جرت معارك ضارية صباح أمس عند مدخل مدينة … بين …»: the two sides after the day and the place; a
    # supporter of a side («المدعومة بـ») is no other side
    def sides(text: str) -> list[tuple[str | None, str | None]]:
        return [((e.actor1.name if e.actor1 else None), (e.actor2.name if e.actor2 else None))
                for e in _events(text) if e.acled]

    assert sides("جرت معارك ضارية صباح أمس عند مدخل مدينة الحوطة في لحج بين عناصر المقاومة الشعبية وميليشيات الحوثي.") \
        == [("Popular Resistance", "Houthis")]
    assert sides("اندلعت معارك عنيفة أمس في محافظة أبين بين قوات الجيش اليمني المدعومة بالمقاومة الشعبية وميليشيات الحوثي.") \
        == [("Military Forces of Yemen", "Houthis")]


def test_ground_taken_told_in_the_passive_or_past_a_long_subject() -> None:
    # made-up: «تمت السيطرة على …»، «جرى … تحرير …» (the passive told with a verbal noun); «طردت …» with an aside in
    # brackets inside its subject; «أحكمت …، سيطرتها على …» with a subject set off by a comma; a fire «brought under
    # control … by means of» («عن طريق») the rescue units is no ground taken
    def kinds(text: str) -> list[str | None]:
        return [e.acled.sub_event_type for e in _events(text) if e.acled]

    # (with no side named the sub-type is the trigger's own: ground taken, by whom the text does not say)
    assert kinds("وقال قائد ميداني إنه تمت السيطرة على مديرية الوازعية في محافظة تعز بعد معارك مع الحوثيين.") \
        == ["Non-state actor overtakes territory"]
    assert kinds("وأكد المتحدث أنه جرى صباح أمس تحرير مدينة الحوطة في لحج من ميليشيات الحوثي.") \
        == ["Government regains territory"]
    assert kinds("طردت المقاومة الشعبية في لحج (جنوب اليمن) ميليشيات الحوثيين من مدينة الحوطة بشكل كامل أمس.") \
        == ["Government regains territory"]
    assert kinds("أحكمت المقاومة الشعبية المدعومة بقوات من الجيش الوطني أمس، سيطرتها على مدينة الحوطة في لحج.") \
        == ["Government regains territory"]
    assert kinds("اشتعلت النيران في مستودع بحي العزيزية وتمت السيطرة على الحريق عن طريق فرق الدفاع المدني.") == []


def test_strikes_counted_by_a_partitive_are_the_object_of_the_launch_verb() -> None:
    # made-up: «وشنت طائرات التحالف عددا من الغارات على …»: the strikes were carried out, not strikes in general
    got = [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None)
           for e in _events("وشنت طائرات التحالف عددا من الغارات على معسكر في شمال العاصمة صنعاء.") if e.acled]
    assert got == [("Air/drone strike", "Saudi-led Coalition")]


def test_the_agent_of_a_strike_named_in_a_relative_clause_behind_its_aircraft() -> None:
    # made-up: «في غارات شنتها طائرات النظام السوري»، «الغارات التي نفذتها مقاتلات تركية»: the aircraft's owner is
    # the agent, even with the victims' group named in the sentence
    def agents(text: str) -> list[str | None]:
        return [e.actor1.name if e.actor1 else None for e in _events(text) if e.acled]

    assert agents("لقي 20 مدنيا حتفهم أمس جراء غارات شنتها طائرات النظام السوري فوق بلدة الباب بريف حلب.") \
        == ["Military Forces of Syria"]
    assert agents("قتل سبعة من عناصر داعش في الغارات التي نفذتها مقاتلات تركية أمس على مواقع للتنظيم قرب جرابلس.") \
        == ["Military Forces of Turkey"]


def test_a_view_a_namesake_and_a_visit_long_ago_do_not_place_or_make_events() -> None:
    # made-up: a quarter taken «المطل على مطار …» is where it was taken (the town named first), not the airport it
    # overlooks; two strikes on a camp named with its district «والتابعة لمحافظة صنعاء» are one strike in that
    # province (the camp's name is a district elsewhere); a visit «قبل أشهر» is background
    def where(text: str) -> list[str | None]:
        return [e.location.admin1 if e.location else None for e in _events(text) if e.acled]

    assert where("وفي بلدة داريا بريف دمشق، قال فصيل معارض إنه سيطر أمس على حي الجمعيات ومبانيه المطلة على مطار "
                 "المزة العسكري.") == ["Rural Damascus"]
    # real article (read at run time): the same quarter taken in a round-up was placed at the airport's namesake in
    # Aleppo
    assert [(e["location"] or {}).get("admin1") for e in _corpus_events("snn-7ee3bcac2ae5")
            if e["acled"] and "territory" in e["acled"]["sub_event_type"]] == ["Rural Damascus"]
    assert where("وأفاد مصدر أن غارتين جويتين استهدفتا فجر أمس معسكر المنار التابع للحرس في مديرية الحيمة الخارجية "
                 "غرب العاصمة، والتابعة لمحافظة صنعاء.") == ["Sanaa"]
    assert [e for e in _events("وقال القيادي إن الرئيس زار المدينة قبل أشهر والتقى بقادة الجيش فيها.")
            if e.plover and e.plover.event_type == "CONSULT"] == []


def test_fighters_right_after_a_feminine_verb_are_its_subject_and_removed_mines_no_bombing() -> None:
    # made-up: «سيطرت قوات المعارضة السورية على تلة»، «هاجمت عناصر تنظيم داعش قرية»: the head of fighters right after
    # the verb opens its subject (VSO), not the object; «إزالة أكثر من 40 لغما» removes mines, no bombing is told
    def sides(text: str) -> list[tuple[str | None, str | None]]:
        return [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
                for e in _events(text) if e.acled]

    assert sides("وسيطرت قوات المعارضة السورية أمس على تلة استراتيجية في ريف اللاذقية.") \
        == [("Opposition Rebels (Syria)", None)]
    assert sides("وأطلقت ميليشيات الحوثي أمس قذائف الهاون على حي سكني في نجران.")[0][0] == "Houthis"
    assert [e.acled.sub_event_type for e in _events(
        "وتمكن فريق من المهندسين أمس من إزالة أكثر من 40 لغما زرعها الحوثيون في محيط مدينة الحوطة.") if e.acled] == []


def test_a_happening_after_a_reason_word_with_its_own_result_and_dead_is_reported() -> None:
    # made-up: with no event word before «إثر», an indefinite happening after it told with its own result and a count
    # («إثر سلسلة انفجارات …، أسفرت عن مقتل 6») is what the sentence reports; one a span of time is counted from
    # («بعد يومين على هجوم … أوقع 12 قتيلا») or one recalled with a relative («الذي أسفر») stays in passing
    def kinds(text: str) -> list[str | None]:
        return [e.acled.sub_event_type for e in _events(text) if e.acled]

    assert kinds("عاشت مدينة الموصل ليلة دامية أمس إثر سلسلة انفجارات لعبوات ناسفة، بلغ عددها خمس عبوات، أسفرت عن "
                 "مقتل 6 أشخاص وإصابة 20.") == ["Remote explosive/landmine/IED"]
    assert kinds("وتأتي الزيارة بعد يومين على هجوم انتحاري أوقع 12 قتيلا في مدينة الموصل.") == []
    assert kinds("وعقدت الحكومة اجتماعا طارئا بعد الهجوم الانتحاري في الموصل الذي أسفر عن مقتل 12 شخصا.") == []


def test_a_condemnation_told_by_an_epithet_on_the_act() -> None:
    # made-up: «إن ما حدث اعتداء آثم» in a quote is its speaker's condemnation («ما حدث» is what happened, no
    # negation); «أكد … أن هذا العمل الجبان …» too; «منفذي هذا الهجوم الشنيع» only names the act; a blessing after a
    # title («- حفظهم الله -») is no person
    from marsad.events import build_context

    def condemners(text: str) -> list[str | None]:
        return [e.actor1.name if e.actor1 else None for e in _events(text)
                if e.plover and e.plover.event_type == "ACCUSE"]

    assert condemners("وقال الشيخ عبدالله المطلق: «إن ما حدث اعتداء آثم على بيت من بيوت الله».") \
        == ["Abdullah al-Matlq"]  # (romanised letter by letter)
    assert len(condemners("وأكد الوزير خالد الفالح أن هذا العمل الجبان لن يثني البلاد عن مواجهة الإرهاب.")) == 1
    assert condemners("وقالت الشرطة إنها تبحث عن منفذي هذا الهجوم الشنيع في المدينة.") == []
    ctx = build_context("وعزى ولي ولي العهد - حفظهم الله - أسر الضحايا.", published=dt.date(2015, 8, 5))
    assert [x.text for x in ctx.actors if x.kind == "person" and "حفظ" in x.text] == []


def test_destroyed_by_aircraft_is_an_air_strike() -> None:
    # made-up: «ودمرت مقاتلات التحالف رتلا …»، «نجحت طائرات التحالف في القضاء على تعزيزات …»: an aircraft as the
    # subject of destroying or eliminating strikes; an earthquake destroying houses, or a strike told as the subject
    # («الغارة دمرت سيارة»: the strike already told), makes no new one
    def kinds(text: str) -> list[tuple[str | None, str | None]]:
        return [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in _events(text) if e.acled]

    assert kinds("ودمرت مقاتلات التحالف أمس رتلا للحوثيين قرب مدينة مأرب.") == [("Air/drone strike", "Saudi-led Coalition")]
    assert kinds("ونجحت طائرات التحالف أمس في القضاء على تعزيزات حوثية كانت في طريقها إلى مدينة الحوطة.") \
        == [("Air/drone strike", "Saudi-led Coalition")]
    assert kinds("ودمر الزلزال أمس عشرات المنازل في القرية.") == []


def test_protests_or_fighting_told_rising_are_taking_place() -> None:
    # made-up: «ارتفعت حدة الاحتجاجات بعد الظهر»، «وتصاعدت الاحتجاجات في المدينة أمس»: a verb of escalation before
    # the noun («حدة» may stand between) with a time or a place of its own; «مسؤولية تصاعد القتال» names the
    # escalation (a verbal noun), no fighting told
    def kinds(text: str) -> list[str | None]:
        return [e.acled.sub_event_type for e in _events(text) if e.acled]

    assert kinds("ومع ساعات الصباح الأولى أمس، ارتفعت حدة الاحتجاجات أمام مبنى البلدية.") == ["Peaceful protest"]
    assert kinds("وتصاعدت الاحتجاجات في مدينة البصرة أمس.") == ["Peaceful protest"]
    assert kinds("ويحمل الحوثيون الأمم المتحدة مسؤولية تصاعد القتال في مدينة تعز.") == []


def test_a_kind_of_act_grown_common_is_no_happening() -> None:
    # made-up: «وانتشرت عمليات الخطف في …»: kidnappings grown common, no one told (the bodies found daily are no
    # one happening's toll either)
    assert [e for e in _events("وانتشرت عمليات الخطف في مدينة الموصل بشكل كبير وأصبح العثور على عشرات الجثث أمرا "
                                "مألوفا.") if e.acled] == []
    assert [e.acled.sub_event_type for e in _events("وخطف مسلحون أمس طبيبا في مدينة الموصل.") if e.acled] \
        == ["Abduction/forced disappearance"]


def test_the_weapon_of_an_attack_named_as_a_topic_is_named_too() -> None:
    # made-up: an investigation into an attack («التحقيق في حادث الاعتداء …») carried out «بواسطة عبوة ناسفة»: the
    # bomb is that attack's weapon, named as the topic too (its toll with it); a car bomb reported on its own stays an
    # event
    assert [e for e in _events("دخلت الشرطة الدولية «إنتربول» على خط التحقيق الأردني في حادث الاعتداء على حافلة "
                                "سياحية تابعة لشركة أجنبية في عمان بواسطة عبوة ناسفة يوم الأحد الماضي أسفر عن مقتل "
                                "سائحين اثنين، وإصابة 12 آخرين بجروح.") if e.acled] == []
    assert [e.acled.sub_event_type for e in _events("وانفجرت سيارة مفخخة أمس قرب موكب الوزير في بيروت.") if e.acled] \
        == ["Remote explosive/landmine/IED"]


def test_bombers_killed_or_sent_are_people_not_a_bombing() -> None:
    # made-up: «قتلت القوات 12 انتحاريا بينهم انتحاري أجنبي …»: bombers counted, killed or named among the dead are the
    # forces' victims (a clash), not a suicide bombing; «أرسل التنظيم ثمانية انتحاريين» sends people; a bombing told
    # by its bombers («فجر انتحاريان نفسيهما») stays one
    def kinds(text: str) -> list[str | None]:
        return [e.acled.sub_event_type for e in _events(text) if e.acled]

    assert "Suicide bomb" not in kinds("وقال قائد الشرطة إن قواته قتلت أمس 12 انتحاريا بينهم انتحاري أجنبي حاولوا "
                                       "الاقتراب من مواقعها شرق الرمادي.")
    assert kinds("وذكرت تقارير أن التنظيم أرسل ثمانية انتحاريين من الرقة إلى تركيا.") == []
    assert kinds("وفجر انتحاريان نفسيهما في سوق شعبي وسط بغداد أمس ما أسفر عن مقتل 20 شخصا.") == ["Suicide bomb"]


def test_an_event_noun_describing_a_thing_in_a_relative_clause_is_no_report() -> None:
    # made-up: «… مطار المدينة الذي دمرته المعارك»: the fighting is what wrecked the airport (a description), not a
    # new happening; «الذي تعرض لقصف» (which was shelled) tells a happening
    assert [e for e in _events("وقالت مصادر إن فريقا فنيا وصل يوم الاثنين لإصلاح مطار عدن الذي دمرته المعارك.")
            if e.acled] == []
    assert [e.acled.event_type for e in _events("وتفقد المحافظ الحي الذي تعرض لقصف عنيف أمس في مدينة تعز.")
            if e.acled] == ["Explosions/Remote violence"]


def test_the_dead_among_a_group_are_its_side() -> None:
    # made-up: «سقط فيها 20 قتيلا وسط الحوثيين»: the dead counted «among» a group are that group's, the other side of
    # the fighting (as «من صفوف»، «بين»)
    evs = _events("وقال المصدر إن مواجهات عنيفة دارت أمس في مدينة زنجبار، سقط فيها 20 قتيلا وسط الحوثيين.")
    assert [(e.acled.sub_event_type, e.actor2.name if e.actor2 else None) for e in evs if e.acled] == \
        [("Armed clash", "Houthis")]


def test_what_was_struck_belonging_to_a_party_makes_it_the_target() -> None:
    # made-up: «استهدفت عربتين تابعتين لـ X بعبوتين ناسفتين»، «هجوم … على أحياء تابعة لقوات النظام»: X is actor2; the
    # striker's own aircraft «الطيران التابع لـ Y» before the event word does not make Y the target
    evs = _events("ونفذت المقاومة الشعبية عملية في مدينة قعطبة، إذ استهدفت عربتين عسكريتين تابعتين "
                  "لميليشيات الحوثي بعبوتين ناسفتين.")
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in evs if e.acled] == \
        [("Popular Resistance", "Houthis")]
    evs = _events("وألقى الطيران المروحي التابع لقوات النظام السوري أمس براميل متفجرة على بلدة في ريف إدلب.")
    assert all(e.actor2 is None or e.actor2.name != "Military Forces of Syria" for e in evs)


def test_the_party_that_suffered_losses_is_the_other_side() -> None:
    # made-up: after the event word, «وأن ميليشيات الحوثي تكبدت خسائر فادحة» and «ما أوقع خسائر في صفوف الحوثيين» tell
    # who was fought: actor2
    for text in ("وقالت مصادر ميدانية إن معارك عنيفة دارت في مدينة لودر، وإن ميليشيات الحوثي تكبدت خسائر فادحة.",
                 "وقال المصدر إن المقاومة قصفت مواقع في مدينة لودر بالصواريخ، ما أوقع خسائر مادية وبشرية في صفوف "
                 "الحوثيين."):
        evs = [e for e in _events(text) if e.acled]
        assert [e.actor2.name if e.actor2 else None for e in evs] == ["Houthis"], text


def test_a_bombing_of_a_site_of_the_police_named_without_a_country_struck_that_countrys_police() -> None:
    # made-up: «تفجير انتحاري استهدف مسجد قوات الطوارئ في أبها»: the emergency forces' mosque was struck (actor2, the
    # police of the event's country); the forces after the site are its owner, never the bomber
    evs = [e for e in _events("وكان تفجير انتحاري استهدف ظهر الخميس مسجد قوات الطوارئ في مدينة أبها وأسفر عن مقتل "
                              "عشرة من منسوبيها.") if e.acled]
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in evs] == [("Suicide bomb", "Unidentified Armed Group (Saudi Arabia)", "Police Forces of Saudi Arabia")]
    # where the shelling was fired from is no target: «من موقعهم في مبنى الأمن»
    evs = [e for e in _events("وقصف المسلحون أمس أحياء في مدينة تعز من موقعهم في مبنى الأمن السياسي.") if e.acled]
    assert all(e.actor2 is None or not e.actor2.name.startswith("Police") for e in evs)


def test_the_dead_of_a_misspelt_militia_are_still_its_side() -> None:
    # made-up: «ميليشات» / «ميلشيات» (frequent misspellings of «ميليشيات») between the dead and the group's name still
    # lead to the victims' side: the group is actor2, not the actor1 of its own dead
    evs = [e for e in _events("وقتل 13 مسلحا من ميليشات الحوثي في مواجهات اندلعت ليل الأحد غربي محافظة مأرب.")
           if e.acled]
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in evs] == \
        [(None, "Houthis")]


def test_fighting_between_two_sides_split_by_min_jiha() -> None:
    # made-up: «المواجهات بين X وY من جهة وبين Z من جهة أخرى»: X (and Y) fight Z; the second party of the first
    # side is not the other side
    evs = [e for e in _events("واحتدمت أمس في مدينة تعز المواجهات بين الجيش الوطني وأنصاره من رجال القبائل من "
                              "جهة وبين ميليشيات الحوثي من جهة أخرى.") if e.acled]
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in evs] == \
        [("Pro-Hadi Forces", "Houthis")]


def test_no_report_of_a_happening_is_no_happening() -> None:
    # made-up: «ولم ترد أي تقارير عن وقوع اشتباكات …»: the report that did not come tells no clash
    assert [e for e in _events("ولم ترد حتى مساء أمس أي تقارير عن وقوع اشتباكات بين المحتجين والشرطة في مدينة حمص.")
            if e.acled] == []


def test_bodies_found_shot_dead_are_a_killing() -> None:
    # made-up: «عثرت الشرطة على جثة رجل … قضى رميا بالرصاص»: a killing (violence against civilians), not a device found
    # and not the police's act; a body found with no sign of violence is no event
    evs = [e for e in _events("وعثرت الشرطة العراقية أمس على جثة رجل مجهول الهوية قضى رميا بالرصاص في حي العامرية "
                              "غربي بغداد.") if e.acled]
    assert [(e.acled.sub_event_type, e.actor1) for e in evs] == [("Attack", None)]
    assert [e for e in _events("وعثرت فرق الإنقاذ أمس على جثة غريق في نهر دجلة جنوبي بغداد.") if e.acled] == []


def test_no_party_is_both_sides_of_a_political_event() -> None:
    # made-up: the story's subject (Obama) taken as who makes a visit told later with him as its genitive («زيارة أوباما
    # إلى …») is that visit's actor1, and no longer its actor2 too
    evs = _events("التقى الرئيس الأمريكي باراك أوباما اليوم رئيس وزراء إثيوبيا في أديس أبابا. وتأتي زيارة أوباما إلى "
                  "إثيوبيا بعد جولة دامت ثلاثة أيام في نيروبي.")
    assert len(evs) == 2
    for e in evs:
        assert not (e.actor1 and e.actor2 and e.actor1.name == e.actor2.name), e


def test_aircraft_the_text_does_not_name_do_not_borrow_the_earlier_subject() -> None:
    # made-up: «… فيما قصفت طائرات حربية مواقع الجماعة»: indefinite warplanes right after the verb are its own subject,
    # unnamed; the group fighting in the clause before is not the striker (a rebel group has no air force), and a
    # party named after the warplanes' words is what they struck
    evs = [e for e in _events("وتبادل الحوثيون إطلاق النار مع قوات التحالف في مدينة تعز أمس فيما قصفت طائرات حربية "
                              "مواقع الجماعة.") if e.acled]
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in evs] == [("Armed clash", "Houthis", "Saudi-led Coalition"), ("Air/drone strike", None, "Houthis")]
    evs = [e for e in _events("وقصفت طائرات حربية عربية الحوثيين في مدينة صعدة أمس.") if e.acled]
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in evs] == \
        [(None, "Houthis")]
    # (named ones keep their owner: «طائرات التحالف»، «قوات من الجيش»)
    evs = [e for e in _events("وقصفت طائرات التحالف مواقع الحوثيين في مدينة صعدة أمس.") if e.acled]
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in evs] == \
        [("Saudi-led Coalition", "Houthis")]


def test_a_patron_country_is_not_where_it_happened() -> None:
    # made-up: the only country a sentence names is the group's patron («المتحالفة مع إيران»، «موالين لتركيا»): the
    # event has no place rather than the patron's country
    for text in ("وقصفت طائرات التحالف أمس مواقع جماعة الحوثي المتحالفة مع إيران.",
                 "وقتل خمسة جنود أمس في هجوم شنه مسلحون موالون لتركيا."):
        evs = [e for e in _events(text) if e.acled]
        assert evs and all(e.location is None for e in evs), text


def test_the_owner_of_what_was_struck_and_the_enemy_of_the_striker() -> None:
    # made-up: warplanes of a coalition fighting «ضد «داعش»» struck positions «لـ«جبهة النصرة»» (the «لـ» written
    # apart, a quotation mark opening the name): the group fought is not the striker, the owner of the positions is the
    # target
    evs = [e for e in _events("وقال المرصد إن طائرات حربية تابعة للتحالف الدولي ضد «داعش» قامت أمس بقصف مواقع "
                              "لـ«جبهة النصرة» في ريف إدلب.") if e.acled]
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in evs] == \
        [("International Coalition", "Jabhat al-Nusra")]
    # «المجاور للقاعدة»: what a struck camp lies next to (a base, «القاعدة») is not its owner, nor al-Qaeda
    evs = [e for e in _events("وشن التحالف أمس سلسلة غارات استهدفت قاعدة العند الجوية ومعسكر المجد المجاور للقاعدة "
                              "في محافظة لحج.") if e.acled]
    assert evs and all(e.actor2 is None or e.actor2.name != "Al Qaeda" for e in evs)


def test_a_bombing_that_kills_people_told_by_the_police_struck_civilians() -> None:
    # made-up: the police that tells the toll («قالت الشرطة إن …») is its source, not a victim; plain casualties
    # («أوقع 30 قتيلا») of a bombing with no soldier, policeman or fighter named are civilians (ACLED's actor2)
    for text in ("قالت الشرطة إن تفجيرا انتحاريا بسيارة مفخخة قتل أمس أكثر من 40 شخصا في سوق مدينة بعقوبة.",
                 "وأدان الرئيس الهجوم الانتحاري الذي أوقع أمس 25 قتيلا على الأقل في مدينة سروج."):
        evs = [e for e in _events(text) if e.acled]
        assert [(e.acled.event_type, e.actor2.name if e.actor2 else None) for e in evs] == \
            [("Explosions/Remote violence", "Civilians (" + ("Iraq" if "بعقوبة" in text else "Turkey") + ")")], text
    # (soldiers among the dead: no civilians)
    evs = [e for e in _events("وأوقع التفجير الانتحاري أمس 12 قتيلا من الجنود في مدينة بعقوبة.") if e.acled]
    assert all(e.actor2 is None or not e.actor2.name.startswith("Civilians") for e in evs)


def test_the_parties_of_another_days_happening_are_not_this_ones() -> None:
    # made-up: «ويأتي الهجوم غداة غارات شنها الطيران الحربي التركي ضد مواقع تابعة لحزب العمال»: the striker and the
    # target told after «غداة» (the day after) are those of the earlier raids, not of the car bomb reported
    evs = [e for e in _events("قتل جنديان تركيان أمس في تفجير سيارة مفخخة لدى مرور قافلة عسكرية في ولاية ديار بكر، "
                              "ويأتي الهجوم غداة غارات شنتها المقاتلات التركية على مواقع تابعة لحزب العمال "
                              "في جبال قنديل.") if e.acled]
    assert evs and all(e.actor1 is None or "Turkey" not in e.actor1.name or "Unidentified" in e.actor1.name
                       for e in evs)
    assert all(e.actor2 is None or e.actor2.name != "Kurdistan Workers' Party" for e in evs)


def test_the_regimes_aircraft_and_the_owner_of_positions_struck() -> None:
    # made-up: «طائرات النظام»، «مروحيات الأسد» are the Syrian regime's forces (like «قوات النظام»)
    for text in ("وقصفت طائرات النظام أحياء في مدينة دوما أمس.", "وألقت مروحيات الأسد براميل متفجرة على بلدة داريا أمس."):
        evs = [e for e in _events(text) if e.acled]
        assert [e.actor1.name if e.actor1 else None for e in evs] == ["Military Forces of Syria"], text
    # «… دك مواقع الميليشيات، كما واصلت طائرات الأباتشي قصف …»: the owner of the positions pounded in the clause
    # before is not the subject of «واصلت»
    evs = [e for e in _events("وواصلت المدفعية السعودية أمس دك مواقع الميليشيات الحوثية في محافظة حجة، كما واصلت "
                              "طائرات الأباتشي تمشيط الحدود وقصف فلول المتمردين.") if e.acled]
    assert evs and all(e.actor1 is None or e.actor1.name != "Houthis" for e in evs)


def test_two_american_helicopters_struck_and_their_attack_is_that_strike() -> None:
    # made-up: dual carriers and demonyms («مروحيتان أمريكيتان») name the state's forces and the air weapon; «هجومهم»
    # (their attack, a possessive pronoun) told later is the same happening, not a new battle with no sides
    evs = [e for e in _events("لقي عشرة جنود أفغان حتفهم أمس في ضربة جوية أمريكية استهدفت حاجزا عسكريا في لوغار. وقال الحاكم إن "
                              "مروحيتين أمريكيتين هاجمتا الحاجز. وأضاف أن العلم الأفغاني كان يرفرف على الحاجز عندما "
                              "شن الأمريكيون هجومهم.") if e.acled]
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in evs] == \
        [("Air/drone strike", "Military Forces of the United States")]


def test_the_dead_of_violence_against_civilians_are_civilians() -> None:
    # made-up: ACLED's violence against civilians kills civilians; so does a bombing whose target is the civilians
    for text, n in (("وقتل عشرة صيادين أمس على أيدي مسلحين من بوكو حرام في قرية قرب بحيرة تشاد.", 10),
                     ("وقتل أمس 12 شخصا في انفجار سيارة مفخخة في سوق شعبي بمدينة بعقوبة.", 12)):
        evs = [e for e in _events(text) if e.acled and e.fatalities]
        assert [(e.fatalities.best, e.fatalities.civilians) for e in evs] == [(n, n)], text
    # (soldiers killed in a clash are no civilians)
    evs = [e for e in _events("وقتل 12 جنديا أمس في اشتباكات مع مسلحين في ولاية هلمند.") if e.acled and e.fatalities]
    assert evs and all(e.fatalities.civilians is None for e in evs)


def test_an_attack_by_the_side_that_lost_the_ground_is_another_happening() -> None:
    # made-up: the resistance takes positions from the Houthis, then repels an attack the Houthis launched at the same
    # place: two events with their own sides, not one takeover with its sides swapped
    evs = [e for e in _events("وأعلنت المقاومة الشعبية أمس سيطرتها على ثلاثة مواقع للحوثيين في مديرية صرواح بمحافظة "
                              "مأرب. وفي السياق، أحبطت المقاومة أمس هجوما شنه مسلحون حوثيون على مواقعها في مديرية "
                              "صرواح.") if e.acled]
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in evs] == \
        [("Government regains territory", "Popular Resistance"), ("Armed clash", "Houthis")]


def test_dead_soldiers_or_policemen_make_their_forces_the_target() -> None:
    # made-up: the dead counted as soldiers (with a demonym, also in the accusative) or policemen are that state's army
    # or police; «جنودها» (its soldiers) names no state the rule could read
    for text, want in (("قتل جنديان تركيان أمس في انفجار لغم أرضي في ولاية ماردين.", "Military Forces of Turkey"),
                       ("وقتل ثلاثة شرطيين أمس في هجوم مسلح على دورية في مدينة العريش.", "Police Forces of Egypt"),
                       ("وقتل ثلاثة ضباط شرطة أمس في هجوم مسلح في مدينة ديار بكر.", "Police Forces of Turkey")):
        evs = [e for e in _events(text) if e.acled]
        assert [e.actor2.name if e.actor2 else None for e in evs] == [want], text


def test_a_refusal_or_a_stop_does_not_govern_a_verb_coordinated_after_it() -> None:
    # made-up: «رفضت … وقف القتال» governs its own object; «واحتجزت» is a predicate of its own and was done
    evs = [e for e in _events("ورفضت الجماعة المسلحة أمس اتفاق وقف القتال واحتجزت عشرين رهينة في فندق بمدينة "
                              "بنغازي.") if e.acled]
    assert [e.acled.sub_event_type for e in evs] == ["Abduction/forced disappearance"]
    # (inside a clause of what is denied, the coordinated verb is denied too)
    assert not [e for e in _events("ونفى الجيش أمس أن تكون طائراته قصفت القرية وقتلت مدنيين في ريف حلب.") if e.acled]
    # real article (read at run time): police foiled an attack and killed 21 of the attackers: a battle
    evs = [e for e in _corpus_events("snn-9d483b7b8d09") if e["acled"] and e["fatalities"]]
    assert ("Armed clash", "Police Forces of Iraq", 21) in [
        (e["acled"]["sub_event_type"], (e["actor1"] or {}).get("name"), e["fatalities"]["best"]) for e in evs]


def test_a_bare_retelling_of_the_last_violent_happening_is_that_happening() -> None:
    # made-up: a shell kills a man in Najran; a relative then tells how a shell fell while he stood in the yard: one
    # event with both sentences; «another» shell, or one at a locality the sentence names (known to the gazetteer or
    # not), is a happening of its own
    lead = "سقطت قذيفة عسكرية أمس على منزل في مدينة نجران مما أدى إلى مقتل شاب. وقال عم الشاب إن ابن أخيه كان يقف " \
        "في فناء المنزل فجرا، وأثناء ذلك سقطت قذيفة "
    shells = [e for e in _events(lead + "عسكرية أصابت شظاياها جسده وهدمت سور المنزل.") if e.acled]
    assert len(shells) == 1 and len(shells[0].evidence) == 2 and shells[0].fatalities.best == 1
    for other in ("أخرى أصابت شظاياها جسده وهدمت سور المنزل.", "عسكرية بمنطقة شاه باغ وهدمت سور مدرسة."):
        assert len([e for e in _events(lead + other) if e.acled]) == 2, other
    # real article (read at run time): the relative's account of the shell is evidence of the one event
    evs = [e for e in _corpus_events("snn-96fdcf8097fd") if e["acled"]]
    assert len(evs) == 1 and len(evs[0]["evidence"]) >= 2


def test_the_present_of_changing_is_no_raid() -> None:
    # made-up: «يغير» is the present of «غيّر» (changes) in news text, not of «أغار» (raids); the past «أغار» still is
    assert not [e for e in _events("وقال مسؤول أمني إن تنظيم داعش يغير خططه في ليبيا ويتجه إلى طرق أكثر وعورة.")
                if e.acled]
    evs = [e for e in _events("وأغار الطيران الحربي أمس على مواقع للمسلحين في مدينة درنة.") if e.acled]
    assert [e.acled.sub_event_type for e in evs] == ["Air/drone strike"]
    # real articles (read at run time): a change of approach and a change of furniture were read as air raids
    for article_id in ("snn-8c759e0c5f8e", "snn-a0583cc43bda"):
        assert not [e for e in _corpus_events(article_id)
                    if e["acled"] and e["acled"]["sub_event_type"] == "Air/drone strike"], article_id


def test_one_victim_named_by_a_trade_counts_one_death() -> None:
    # made-up: the driver, the farmer, a paramedic: one dead each; «أمام» (in front of) is no imam once normalised
    for text in ("واستهدف مسلحون أمس حافلة ركاب قرب مدينة العريش ما أدى إلى مقتل سائقها.",
                 "وقتل مزارع أمس برصاص مسلحين مجهولين في قرية قرب مدينة بعقوبة.",
                 "واستشهد مسعف أمس في قصف استهدف سيارة إسعاف في مدينة تعز."):
        assert _event_dead(text) == [1], text
    evs = _events("وقال شاهد إن المسلحين قتلوا أمام عينه عددا من المحتجزين في مدينة عدن.")
    assert all(e.fatalities is None or e.fatalities.best != 1 for e in evs)
    # real articles (read at run time): «ما أدى إلى مقتل السائق»; «مقتل ضابط ومجند» is two dead
    assert [e["fatalities"]["best"] for e in _corpus_events("snn-eb328a455f1f") if e["fatalities"]] == [1]
    assert 2 in [e["fatalities"]["best"] for e in _corpus_events("snn-b67f72715b23") if e["fatalities"]]


def test_a_bombing_or_shelling_of_a_civilian_place_struck_civilians() -> None:
    # made-up: a hospital shelled, a suicide bomber in a market: the civilians are the target; a commander's house,
    # a bus carrying police conscripts, or a town named after a market («سوق وادي بردى») are not
    for text in ("وقالت مصادر محلية إن الحوثيين قصفوا مستشفى المدينة في تعز أمس.",
                 "وأعلن حاكم الولاية أمس أن انتحاريا فجر سترته الناسفة داخل سوق في مدينة قندهار."):
        evs = [e for e in _events(text) if e.acled]
        assert [e.actor2.name if e.actor2 else None for e in evs] in (["Civilians"], ["Civilians (Yemen)"],
                                                                       ["Civilians (Afghanistan)"]), text
    for text in ("وقصفت طائرات التحالف أمس منزل قيادي حوثي في مدينة تعز.",
                 "وأصيب عشرة مجندين في الشرطة أمس بانفجار عبوة زرعت على طريق حافلة تنقلهم قرب مدينة العريش.",
                 "وسقطت قذيفة هاون أمس على قرية سوق وادي بردى في ريف دمشق."):
        evs = [e for e in _events(text) if e.acled]
        assert evs and all(not (e.actor2 and e.actor2.name.startswith("Civilians")) for e in evs), text
    # real article (read at run time): two bombs at bus stations in Gombe
    evs = [e for e in _corpus_events("snn-018edd34a298") if e["acled"] and e["fatalities"]
           and e["fatalities"]["best"] == 42]
    assert [(e["actor2"] or {}).get("name") for e in evs] == ["Civilians (Nigeria)"]


def test_a_figure_as_the_object_of_the_attackers_verb_of_killing_counts_the_dead() -> None:
    # made-up: gunmen or bombers as the subject, the figure after them (an aside between is allowed): the dead; the
    # bomber is not one of them; «killed with two gunmen» and «tens» count nothing that way
    assert _event_dead("وقتل مسلحون من جماعة بوكو حرام أمس 20 قرويا في هجوم على قرية في ولاية بورنو.") == [20]
    assert _event_dead("وقتلت انتحاريتان أمس 13 شخصا بتفجير نفسيهما في سوق مدينة ماروا.") == [13]
    assert _event_dead("وقتل انتحاري يشتبه بانتمائه لتنظيم داعش، 30 شخصا على الأقل، في بلدة حدودية أمس.") == [30]
    assert _event_dead("وقتل مسلحون أمس عشرات القرويين في هجوم على قرية في ولاية بورنو.") != [10]
    # real articles (read at run time): «وقتل تنظيم داعش 4 مدنيين»; an execution of 23 told again as 22 soldiers
    # at the same town is one happening (the first report's figure)
    assert 4 in [e["fatalities"]["best"] for e in _corpus_events("snn-5b1239e1ac1b") if e["fatalities"]]
    execs = [e for e in _corpus_events("snn-562d691ee10b") if e["acled"]
             and e["acled"]["event_type"] == "Violence against civilians" and e["fatalities"]]
    assert [e["fatalities"]["best"] for e in execs] == [23]


def test_what_is_feared_or_guarded_against_did_not_happen_and_the_executed_are_counted() -> None:
    # made-up: checkpoints tightened for fear of suicide attacks, prayers restricted in anticipation of clashes: no
    # event; an execution counts its figure whoever is its subject
    for text in ("وشددت قوات الأمن أمس إجراءات التفتيش عند مداخل مدينة مصراتة تخوفا من عمليات انتحارية.",
                 "وقيدت الشرطة أمس وصول المصلين إلى المسجد في مدينة الخليل تحسبا من اشتباكات مع المستوطنين."):
        assert not [e for e in _events(text) if e.acled], text
    assert _event_dead("وقال المصدر إن تنظيم داعش أعدم رميا بالرصاص نحو 40 شابا أمس في ساحة وسط مدينة الموصل.") == [40]
    # real articles (read at run time): the Misrata checkpoints; the executions in Mosul and Fallujah
    assert not [e for e in _corpus_events("snn-bd997d50f111") if e["acled"]]
    assert 44 in [e["fatalities"]["best"] for e in _corpus_events("snn-3a44f0de851d") if e["fatalities"]]


def test_a_claim_told_after_a_statement_names_the_agent_and_the_pakistani_taliban_are_their_own_group() -> None:
    # made-up: «أعلن X في بيان أمس المسؤولية عن …» names X; «حمّل X … المسؤولية» blames and names no agent; the
    # Pakistani Taliban are ACLED's TTP, not the Afghan Taliban
    evs = [e for e in _events("وأعلنت حركة طالبان الباكستانية في بيان أمس المسؤولية عن قتل قاض في مدينة بيشاور.")
           if e.acled]
    assert [e.actor1.name for e in evs] == ["TTP: Tehreek-i-Taliban Pakistan"]
    evs = [e for e in _events("وأعلن فرع التنظيم في اليمن أمس، مسؤوليته عن تفجير سيارة مفخخة قرب مسجد في صنعاء.")
           if e.acled]
    assert evs and evs[0].actor1 is not None
    # real article (read at run time): IS's branch in Yemen claimed the car bomb outside a mosque in Sanaa
    bombs = [e for e in _corpus_events("snn-e723fed0b696") if e["acled"]
             and e["acled"]["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert [(e["actor1"] or {}).get("name") for e in bombs] == ["Islamic State"]


def test_an_arrest_or_a_killing_asked_for_is_not_done() -> None:
    # made-up: a minister asks for «administrative arrest» of suspects; protesters demand the killers be punished
    for text in ("وطلب وزير الدفاع الإسرائيلي أمس «اعتقال مشبوهين بارتكاب جرائم كراهية إداريا».",
                 "وطالب المحتجون أمس باعتقال منفذي الهجوم في مدينة الخليل."):
        assert not [e for e in _events(text) if e.acled and e.acled.event_type == "Strategic developments"], text
    evs = [e for e in _events("واعتقلت الشرطة الإسرائيلية أمس مشبوهين اثنين في مدينة الخليل.") if e.acled]
    assert [e.acled.sub_event_type for e in evs] == ["Arrests"]
    # real article (read at run time): the police arrest is one event; the minister's request is none
    arrests = [e for e in _corpus_events("snn-8653536db63a") if e["acled"]
               and e["acled"]["sub_event_type"] == "Arrests"]
    assert [(e["actor1"] or {}).get("name") for e in arrests] == ["Police Forces of Israel"]


def test_the_subject_of_a_verb_of_undergoing_is_struck_not_striking() -> None:
    # made-up: «تعرض X لإطلاق نار»: X was shot at, the target; nobody named shot
    evs = [e for e in _events("وكان الرقيب ضيف الله الجابري تعرض لإطلاق نار من سيارة مجهولة أثناء عمله في دورية "
                              "أمنية في بلدة الجش بمحافظة القطيف.") if e.acled]
    assert evs and all(e.actor1 is None or "Jabri" not in e.actor1.name for e in evs)
    # real article (read at run time): the policeman shot at in al-Jish is the target
    evs = [e for e in _corpus_events("snn-9dc2ce86d8bb") if e["acled"]]
    assert any("Jabri" in (e["actor2"] or {}).get("name", "") for e in evs)
    assert not any("Jabri" in (e["actor1"] or {}).get("name", "") for e in evs)


def test_two_parties_joined_by_and_are_one_side_when_a_third_fought_them() -> None:
    # made-up: the Houthis and Saleh's forces lost dead in fighting with the resistance: the resistance fought them;
    # «بين X و Y» stays two sides
    evs = [e for e in _events("وقتل 15 من الحوثيين وقوات صالح أمس في مواجهات مع المقاومة الشعبية بمدينة لودر.")
           if e.acled]
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in evs] == [
        ("Popular Resistance", "Houthis")]
    evs = [e for e in _events("واندلعت أمس اشتباكات بين الحوثيين وقوات الحرس الجمهوري الموالية لصالح في مديرية أرحب "
                              "شمال صنعاء.") if e.acled]
    assert [(e.actor1.name, e.actor2.name) for e in evs] == [("Houthis", "Saleh Forces")]
    # real article (read at run time): «مقتل العشرات من الحوثيين وقوات صالح» in the Lawdar fighting
    evs = [e for e in _corpus_events("snn-3de671677fef") if e["acled"] and e["fatalities"]
           and e["fatalities"]["best"] == 10]
    assert [((e["actor1"] or {}).get("name"), (e["actor2"] or {}).get("name")) for e in evs] == [
        ("Popular Resistance", "Houthis")]


def test_a_taking_managed_is_told_as_done_unless_a_thing_or_a_share_is_taken() -> None:
    # made-up: «تمكن … من طرد»، «نجحت … في تحرير»: a past verb of managing, then the verbal noun, tells the taking
    # as done (as «قام ب» does); a vehicle brought under control or a share of a province sums up nothing taken
    def kinds(text: str) -> list[tuple[str | None, str | None]]:
        return [(e.acled.sub_event_type if e.acled else None, e.location.name if e.location else None)
                for e in _events(text)]

    assert kinds("وتمكن مقاتلو المعارضة من طرد عناصر تنظيم داعش من بلدة مارع في ريف حلب.") == [
        ("Non-state actor overtakes territory", "Mari`")]
    assert kinds("ونجحت قوات الجيش العراقي في تحرير قضاء الكرمة شرق الفلوجة.") == [
        ("Government regains territory", "Nahiyat al Karmah")]
    assert kinds("وسيطرت قوات المعارضة أمس على عربة مدرعة لقوات النظام في بلدة مارع.") == []
    assert kinds("وقال القائد إن قواته تمكنت من تحرير 80 في المائة من أراضي محافظة الأنبار.") == []


def test_what_is_warned_of_did_not_happen() -> None:
    # made-up: «حذرت الحركة من تفجير الوضع»: a warning against a blast is no blast, even with the day told
    assert _events("وحذرت الحركة في بيانها أمس من تفجير الوضع في مدينة نابلس.") == []
    assert [e.date.start for e in _events("وقصفت الطائرات بلدة مارع في ريف حلب منذ يومين.") if e.date] == ["2015-08-03"]


def test_a_course_aimed_at_killing_tells_no_killing() -> None:
    # real article (read at run time): its opening line says the cells keep to a course «aimed at» killing
    # innocents (الرامي إلى): that made an armed clash in Asir; the mosque bombing it goes on to tell stays
    got = [(e["evidence"][0]["start"], e["acled"]["sub_event_type"]) for e in _corpus_events("snn-516250366070")
           if e["acled"]]
    assert got == [(1261, "Remote explosive/landmine/IED")]
    # made-up: a plan that «تهدف إلى» killing is no killing
    assert _events("وكشفت الشرطة أمس خطة تهدف إلى قتل رجال الأمن في مدينة الدمام.") == []


def test_local_sources_place_a_happening_whose_sentence_names_no_other_place() -> None:
    # made-up: «قالت مصادر محلية في محافظة حضرموت إن …»: the local sources' province is where it happened when the
    # sentence names no other place, not the article's first city
    evs = _events("بحث الوزير في القاهرة أمس الأزمة اليمنية. وفي موضوع آخر، قالت مصادر محلية في محافظة حضرموت إن "
                  "سبعة جنود قتلوا أمس في هجوم انتحاري على موقع عسكري.")
    assert [(e.location.name, e.location.admin1) for e in evs if e.acled and e.location] == [("Hadramawt", "Hadramawt")]


def test_who_a_happening_is_attributed_to_did_it_not_who_attributes_it() -> None:
    # made-up: «نسبته السلطات إلى حزب العمال»: the authorities attribute the attack, the party after «إلى» did it
    def agents(text: str) -> list[str | None]:
        return [e.actor1.name if e.actor1 else None for e in _events(text) if e.acled]

    assert agents("قتل شرطيان أمس في هجوم على مركز للشرطة في مدينة أضنة نسبته السلطات التركية إلى حزب العمال "
                  "الكردستاني.") == ["Kurdistan Workers' Party"]
    assert agents("وقتل جندي أمس في انفجار عبوة ناسفة في محافظة ديالى نسبه مسؤولون محليون إلى تنظيم داعش.") == [
        "Islamic State"]


def test_a_toll_in_the_strikes_own_clause_is_not_the_fighting_told_after_it() -> None:
    # made-up: the dead of the shelling's clause, told before the fighting of the next clause, are the shelling's
    evs = _events("وقتل خمسة مدنيين أمس في قصف لقوات النظام على مدينة حلب، وتواصلت المعارك في ريف اللاذقية بين "
                  "فصائل المعارضة وقوات النظام.")
    got = {e.acled.sub_event_type: e.fatalities.best if e.fatalities else None for e in evs if e.acled}
    assert got == {"Shelling/artillery/missile attack": 5, "Armed clash": None}


def test_the_wounded_taken_in_are_no_meeting() -> None:
    # made-up: a team receiving the wounded, or the city receiving a plane of the wounded, meets no party
    assert [e for e in _events("واستقبلت فرق منظمة أطباء بلا حدود أمس 120 جريحا في مستشفى بمدينة عدن.")
            if e.plover and e.plover.event_type == "CONSULT"] == []
    assert [e.plover.event_type for e in _events("واستقبل الرئيس اليمني أمس في الرياض المبعوث الأممي إلى اليمن.")
            if e.plover] == ["CONSULT"]


def test_a_question_asked_after_a_statement_leaves_the_statement_told() -> None:
    # made-up: a report of strikes, then «…، فكيف …؟» asked about it at the end of the sentence: the strikes were
    # told; a sentence of questions from its start tells nothing
    told = _events("وقال المرصد إن طائرات التحالف قصفت أمس مواقع لجبهة النصرة في ريف حلب الشمالي، فكيف تنفي "
                   "واشنطن أي مواجهة مع الجبهة؟")
    assert [e.acled.event_type for e in told if e.acled] == ["Explosions/Remote violence"]
    assert _events("هل قصفت طائرات التحالف أمس مواقع لجبهة النصرة في ريف حلب الشمالي، وكيف ردت الجبهة؟") == []


def test_a_condemned_bombing_accuses_a_group_of_the_bombing_country_not_of_the_condemner() -> None:
    # made-up: a bombing in Abha told, then a neighbour's condemnation of it: the group it accuses is named by the
    # country of the bombing (Saudi Arabia), not by the condemning state's
    evs = _events("قتل 15 من رجال الأمن أمس في تفجير انتحاري استهدف مسجدا في مدينة أبها. وأدانت دولة الكويت "
                  "التفجير الإرهابي الذي استهدف المسجد في أبها.")
    assert [e.actor2.name for e in evs if e.plover and e.plover.event_type == "ACCUSE" and e.actor2] == [
        "Unidentified Armed Group (Saudi Arabia)"]


def test_safety_is_no_amman_and_the_condemner_is_not_its_own_accused() -> None:
    # made-up: «أمن وأمان» (security and safety) names no Amman; a state condemning a bombing abroad is not the
    # party it accuses
    from marsad.places import find_places

    assert [p.place.name for p in find_places("هذه الجريمة تستهدف أمن وأمان دول الخليج") if p.place] == []
    evs = _events("أدانت مملكة البحرين أمس التفجير الإرهابي الذي استهدف مسجدا في منطقة عسير جنوب السعودية.")
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in evs
            if e.plover and e.plover.event_type == "ACCUSE"] == [
        ("Government of Bahrain", "Unidentified Armed Group (Saudi Arabia)")]


def test_a_verb_carrying_its_plural_subject_has_no_subject_after_it() -> None:
    # made-up: «أن مسلحين من الحزب هاجموا مركزا حدوديا للجيش»: the fighters named before «هاجموا» attacked; the
    # army named after the verb owns the post attacked
    evs = _events("وذكرت مصادر أمنية مساء أمس أن مسلحين من حزب العمال الكردستاني هاجموا مركزا حدوديا للجيش التركي "
                  "قرب بلدة جزرة.")
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in evs if e.acled] == [
        ("Kurdistan Workers' Party", "Military Forces of Turkey")]


def test_fighters_massing_are_no_protest() -> None:
    # made-up: fighters or gunmen gathering mass for battle; a crowd of protesters gathering protests
    assert [e for e in _events("وأفاد مصدر بأن نحو ألف مقاتل من أبناء المحافظة احتشدوا أمس في محيط المطار.")
            if e.plover and e.plover.event_type == "PROTEST"] == []
    assert [e.acled.sub_event_type for e in _events("وتجمع مئات المحتجين أمس أمام مبنى المحافظة في البصرة "
                                                    "احتجاجا على انقطاع الكهرباء.") if e.acled] == ["Peaceful protest"]


def test_a_skill_trained_is_no_fight() -> None:
    # made-up: fighting or firing as what someone is trained in («للتدريب على القتال») is a skill taught; fighting
    # told with its day is one
    assert [e for e in _events("وذكرت مصادر محلية أمس أنه تم إرسال خبراء أجانب إلى صعدة للتدريب على القتال.")
            if e.acled] == []
    assert [e for e in _events("وقال المصدر إن المجندين تلقوا تدريبات على إطلاق النار خلال الشهر الماضي.")
            if e.acled] == []
    assert [e.acled.sub_event_type for e in _events("واندلع القتال أمس بين القوات والمسلحين في محيط مدينة تعز.")
            if e.acled] == ["Armed clash"]


def test_a_premise_reports_no_attack() -> None:
    # made-up: «بما أن …» (since …) grants what an argument starts from; the same attack told as news is one
    assert [e for e in _events("وقال المتحدث أمس إنه بما أن المسلحين شنوا هجمات عبر الحدود، فإن للدولة حق الرد "
                               "بالقوة.") if e.acled] == []
    assert len([e for e in _events("وقال الوزير إن المسلحين شنوا أمس هجمات على القرى الحدودية.") if e.acled]) == 1


def test_an_explosion_that_targets_is_no_accident() -> None:
    # made-up: an explosion told as the subject of «استهدف» was set off against a pipeline (gas in the sentence);
    # a gas cylinder exploding in a restaurant stays an accident
    evs = _events("واستهدف انفجار فجر أمس خط أنابيب الغاز الذي يعبر محافظة كركوك.")
    assert [e.acled.sub_event_type for e in evs if e.acled] == ["Remote explosive/landmine/IED"]
    assert [e for e in _events("قتل شخصان أمس في انفجار أسطوانة غاز داخل مطعم في كركوك.") if e.acled] == []


def test_ground_taken_out_of_a_partys_hands() -> None:
    # made-up: «من أيدي X» after a verb of taking names whom the ground was taken from (actor2), not its taker;
    # the subject told before the verb takes it
    evs = _events("وكانت قوات المقاومة الشعبية استعادت أمس مدينة جعار من أيدي الحوثيين بعد معارك عنيفة.")
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in evs
            if e.acled and e.acled.event_type == "Battles"][:1] == [("Popular Resistance", "Houthis")]


def test_a_venue_abroad_is_no_place_of_violence() -> None:
    # made-up: the article's main place is Washington, where a president visits and speaks; the violence it tells is
    # in Nigeria and Cameroon, far away: a toll announced by Cameroon's presidency, told without a place, is placed
    # in Cameroon (named in its sentence), not in Washington
    evs = _events("وصل الرئيس النيجيري إلى واشنطن أمس في أول زيارة رسمية له، والتقى الرئيس الأميركي في البيت الأبيض. "
                  "وقال الرئيس في واشنطن إن بلاده تحتاج إلى السلاح. "
                  "وقتل 20 شخصا أمس في تفجير انتحاري استهدف سوقا في مدينة مايدوغوري في نيجيريا. "
                  "وأعلن مكتب رئيس الكاميرون أن 11 شخصا قتلوا في هجوم أمس.")
    assert [(e.location.name if e.location else None, e.fatalities.best if e.fatalities else None)
            for e in evs if e.acled] == [("Maiduguri", 20), ("Cameroon", 11)]


def test_a_chronology_entry_is_history() -> None:
    # made-up: a "this day in history" list opens each entry on its year and a dash; the same sentence without the
    # year is news
    evs = _events("وفي مثل هذا اليوم:\n1982 - اشتباكات عنيفة بين ميليشيات متناحرة في حي شرق بيروت: عشرون قتيلا.\n"
                  "2009- تسعة قتلى في اشتباكات بين الشرطة ومسلحين في غزة اتهمتهم الحكومة بتفجير وقع في 25 يوليو.")
    assert [e for e in evs if e.acled] == []
    assert [e.acled.sub_event_type for e in _events("وقتل تسعة أشخاص أمس في اشتباكات بين الشرطة ومسلحين في غزة.")
            if e.acled] == ["Armed clash"]


def test_a_place_of_detention_is_no_arrest() -> None:
    # made-up: «مراكز الاحتجاز» and «داخل الاحتجاز» name detention as a place or a state; an arrest made is told
    assert [e for e in _events("وقال أقارب سجناء توفوا أمس داخل مراكز الاحتجاز في كراتشي إنهم تعرضوا لضغوط.")
            if e.acled] == []
    assert [e for e in _events("وتوفي الاثنان أمس داخل الاحتجاز في كراتشي بحسب المنظمة.") if e.acled] == []
    assert [e.acled.sub_event_type for e in _events("واعتقلت الشرطة أمس خمسة أشخاص في كراتشي.") if e.acled] == \
        ["Arrests"]


def test_warplanes_named_by_model_and_demonym_strike_for_their_state() -> None:
    # made-up: a model designation («إف-16») between the carrier and its demonym; the militants whose targets were
    # struck («أهدافا للمسلحين», the accusative with tanween) are the target, not the striker
    evs = _events("وقالت مصادر أمنية إن مقاتلات إف-16 أردنية قصفت أمس أهدافا للمسلحين في ريف درعا.")
    assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None) for e in evs if e.acled] == [
        ("Air/drone strike", "Military Forces of Jordan")]


def test_the_air_force_that_targets_strikes_from_the_air() -> None:
    # made-up: «استهدف سلاح الجو X أهدافا …»: an armed party right after «استهدف» with what it struck after it is the
    # subject of the active verb; «سلاح الجو» strikes from the air; «قام به X» after the event word names the doer
    for text in ("واستهدف سلاح الجو الأردني أمس ثلاثة أهداف لتنظيم داعش في ريف درعا.",
                 "وأعلنت عمان أمس عن استهداف جديد قام به سلاح الجو الأردني لمواقع تنظيم داعش في ريف درعا."):
        evs = [e for e in _events(text) if e.acled]
        assert [(e.acled.sub_event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
                for e in evs] == [("Air/drone strike", "Military Forces of Jordan", "Islamic State")], text


def test_the_army_in_the_west_bank_is_israels() -> None:
    # made-up: «قوات الجيش» named without a country in a West Bank town are Israel's army (Palestine has none); the
    # police named there stay Palestine's
    def a1(text: str) -> list[str | None]:
        return [e.actor1.name if e.actor1 else None for e in _events(text) if e.acled]

    assert a1("واعتقلت قوات الجيش أمس شابين في بلدة بيت أمر قرب الخليل.") == ["Military Forces of Israel"]
    assert a1("واعتقلت الشرطة أمس شابين في بلدة بيت أمر قرب الخليل.") == ["Police Forces of Palestine"]


def test_what_has_long_been_denied_is_a_habit() -> None:
    # made-up: «لطالما نفت …» (has long denied) tells a stance held, not a denial of the day; the denial told with
    # its day is one
    assert [e for e in _events("ولطالما نفت الحكومة التركية قطعيا هذه الاتهامات.") if e.plover] == []
    assert [e.plover.event_type for e in _events("ونفت الحكومة التركية أمس قطعيا هذه الاتهامات.") if e.plover] == [
        "REJECT"]


def test_two_officers_in_construct_and_what_an_attack_answers() -> None:
    # made-up: «ضابطي شرطة» is the construct dual (two officers); the bombing a killing is said to answer («رد
    # على التفجير الانتحاري») does not type it
    evs = [e for e in _events("وأعلن مسؤول أمس عن مقتل ضابطي شرطة في هجوم استهدفهما بمدينة ماردين.") if e.acled]
    assert [e.fatalities.best if e.fatalities else None for e in evs] == [2]
    evs = [e for e in _events("وقتل مسلحون أمس ضابطي شرطة في مدينة ماردين، وقالوا إن الهجوم رد على التفجير "
                              "الانتحاري.") if e.acled]
    assert [(e.acled.sub_event_type, e.fatalities.best if e.fatalities else None) for e in evs] == [
        ("Armed clash", 2)]


def test_an_attack_repelled_was_fought() -> None:
    # made-up: «تصدت القوات أمس لهجوم …» (a subject and a day between the verb and the attack) and «صدت … هجوما»
    # tell a battle; «أحبطت … هجوما» (foiled) and the present «تتصدى … لهجمات» (a habit) tell none
    for text in ("وقال المتحدث إن القوات تصدت أمس لهجوم عنيف في محور المطار جنوب المدينة.",
                 "وصدت المقاومة أمس هجوما للحوثيين على مواقعها في مديرية شرعب."):
        assert [e.acled.sub_event_type for e in _events(text) if e.acled] == ["Armed clash"], text
    assert [e for e in _events("وأحبطت الشرطة أمس هجوما إرهابيا على كنيسة في القاهرة.") if e.acled] == []
    assert [e for e in _events("وتتصدى المقاومة لهجمات الحوثيين منذ أشهر في مديرية شرعب.") if e.acled] == []


def test_the_pluperfect_without_qad_has_its_subject_before_the_verb() -> None:
    # made-up: «وكانت X دعت Y …»: the subject stands between «كان» and the verb; the party after the verb is its
    # object
    evs = [e for e in _events("وكانت اللجنة الدولية للصليب الأحمر دعت أمس إسرائيل للسماح للعائلات بزيارة الأسرى.")
           if e.plover]
    assert [e.actor1.name if e.actor1 else None for e in evs] == ["ICRC: International Committee of the Red Cross"]
    assert [e.actor2.name if e.actor2 else None for e in evs] in (["Israel"], ["Government of Israel"])


def test_a_stance_announced_is_its_announcers() -> None:
    # made-up: «أعلنت الحكومة الأردنية رفضها …»: the word with its pronoun after a verb of stating is the stance
    # (her rejection); its agent is the verb's subject, not a party named in what is rejected
    for text in ("وأعلنت الحكومة الأردنية أمس رفضها تعرض القرى الحدودية لقصف الطائرات السورية.",
                 "وقال المتحدث إن الحكومة الأردنية أعلنت أمس رفضها تعرض القرى الحدودية لقصف الطائرات السورية."):
        evs = [e for e in _events(text) if e.plover]
        assert [(e.plover.event_type, e.actor1.name if e.actor1 else None) for e in evs] == [
            ("REJECT", "Government of Jordan")], text


@pytest.mark.parametrize(("text", "a2"), [
    # made-up: the country after «من» of a request is whom it is made of, not a place
    ("وطلبت مصر من الولايات المتحدة أمس أسلحة إضافية لتأمين حدودها.", "Government of the United States"),
    ("وقال مسؤول إن واشنطن طلبت من أنقرة أمس السماح لها باستخدام القاعدة.", "Government of Turkey"),
])
def test_the_country_a_request_is_made_of_is_its_other_party(text: str, a2: str) -> None:
    reqs = [e for e in _events(text) if e.plover and e.plover.event_type == "REQUEST"]
    assert reqs and reqs[0].actor2 is not None
    assert reqs[0].actor2.name == a2


def test_a_country_after_a_place_preposition_is_no_party_of_a_request() -> None:
    # made-up: «عاد من» is a journey; «في» a place: neither names whom the call was made of
    reqs = [e for e in _events("ودعت مصر في القاهرة أمس إلى وقف إطلاق النار في ليبيا.")
            if e.plover and e.plover.event_type == "REQUEST"]
    assert reqs and (reqs[0].actor2 is None or reqs[0].actor2.name != "Government of Libya")


def test_the_happening_avenged_dead_were_killed_in_is_no_part_of_the_reprisal() -> None:
    # made-up: the shelling is reported; the strikes the avenged civilians died in (after «ردا على مقتل …»,
    # the retaliation word in quotation marks) are an earlier happening, not this one's type, side or toll
    evs = _events('وقصف الجيش أمس مواقع للمسلحين في ريف حلب، وقال قائد ميداني إن القصف جاء "ردا" على مقتل '
                  'ثلاثة مدنيين في غارات للطائرات الحربية على قرية مجاورة قبل أسبوع.')
    types = [e.acled.sub_event_type for e in evs if e.acled]
    assert "Shelling/artillery/missile attack" in types
    assert "Air/drone strike" not in types
    assert all(e.fatalities is None for e in evs)


def test_a_word_spelt_like_a_retaliation_word_after_a_figure_is_no_reason() -> None:
    # made-up: «فردا» (individuals) is not «ف + ردا»; the clashes that killed them are reported
    evs = _events("قتل نحو عشرين فردا من المسلحين وجرح أربعة في الاشتباكات التي اندلعت أمس في مدينة سبها الليبية.")
    assert any(e.acled and e.acled.event_type == "Battles" for e in evs)


def test_a_site_named_again_with_the_article_tells_the_same_happening() -> None:
    # made-up: a blast at a hotel, then the attacker who drove a car bomb through «the hotel's» gate with a toll,
    # then another source's figure: one happening (the first report's toll stays), not three
    evs = _events("دوى انفجار عنيف مساء أمس داخل فندق في حي تجاري بمدينة مقديشو. وذكرت مصادر محلية أن 13 مدنيا "
                  "لقوا حتفهم حين فجر مسلح من حركة الشباب شاحنة مفخخة عند مدخل الفندق. وقال مسعف إن «أربعة "
                  "أشخاص قتلوا».")
    violent = [e for e in evs if e.acled and e.acled.event_type == "Explosions/Remote violence"]
    assert len(violent) == 1 and len(evs) == 1
    assert violent[0].fatalities is not None and violent[0].fatalities.best == 13
    assert violent[0].actor1 is not None and violent[0].actor1.name == "Al Shabaab"


def test_another_site_of_the_same_city_is_another_happening() -> None:
    # made-up: a bombing at a hotel, then three others killed by a bomb inside «the» mosque (no mosque named
    # before): two happenings
    evs = _events("وقع انفجار أمس في فندق بوسط مدينة مقديشو أسفر عن مقتل خمسة أشخاص. وقتل ثلاثة آخرون في انفجار "
                  "عبوة ناسفة داخل المسجد المجاور للسوق.")
    assert sorted(e.fatalities.best for e in evs if e.acled and e.fatalities) == [3, 5]


def test_strikes_a_span_of_time_is_counted_from_the_start_of_are_earlier() -> None:
    # made-up: a planned offensive, «two weeks after the start of air strikes» on other positions: the strikes are
    # an earlier campaign the statement counts from, no happening of the day
    evs = _events("وأعلنت الحكومة أمس أنها ستشن قريبا هجوما واسعا على المسلحين في الجنوب، وذلك بعد ثلاثة أسابيع على "
                  "بدء غارات جوية على مواقع للمتمردين في الشمال.")
    assert not [e for e in evs if e.acled]


def test_a_continent_is_no_neighbourhood() -> None:
    # made-up: «جنوب شرق آسيا» is the region; Baghdad's neighbourhood of that name is read only after «حي»
    from marsad.places import find_places

    text = ("قال وزير الخارجية العراقي في بغداد إن العراق يحتاج دعما دوليا. والتقى الوزير نظيره على هامش اجتماعات "
            "رابطة دول جنوب شرق آسيا أمس.")  # (an Iraqi context: the namesake would have its country's support)
    assert [p.place.name for p in find_places(text) if p.place] == ["Baghdad", "Iraq"]
    assert [p.place.name for p in find_places("وانفجرت عبوة في حي آسيا ببغداد.") if p.place][:1] == ["Asia"]


def test_a_clause_going_on_with_also_stays_in_the_frame_of_past_months() -> None:
    # made-up: «during the past three months» frames the killings the sentence lists, the one told with «كما» too
    evs = _events("وصار المحامون في البلاد هدفا للمتشددين، وخلال الأشهر الأربعة الماضية قتل محام بارز في تفجير سيارته، "
                  "كما قتل أربعة محامين بنيران مسلحين في مدينة العريش.")
    assert not [e for e in evs if e.acled]


def test_being_the_object_of_targeting_is_no_happening() -> None:
    # made-up: «بات … محل استهداف» says what they are exposed to
    assert not [e for e in _events("وبات الصحفيون في المدينة محل استهداف الجماعات المسلحة.") if e.acled]


def test_a_state_force_that_tells_a_bombing_did_not_set_it_off() -> None:
    # made-up: the police spokesman before a bare «إن» tells the bomb; the bomber is not named
    evs = [e for e in _events("وقال المتحدث باسم الشرطة المصرية إن عبوة ناسفة انفجرت أمس قرب محطة للحافلات في مدينة "
                              "الإسكندرية مما أسفر عن إصابة شخصين.") if e.acled]
    assert evs and all(e.actor1 is None or not e.actor1.name.startswith("Police Forces") for e in evs)
    # real articles (read at run time): a ministry's spokesman and police sources telling a bombing were read as
    # its actor1
    for article_id in ("snn-db73adf3ca2f", "snn-b9a261a4d25d"):
        bombs = [e for e in _corpus_events(article_id)
                 if e["acled"] and e["acled"]["sub_event_type"] in ("Suicide bomb", "Remote explosive/landmine/IED")]
        assert bombs and not [e for e in bombs if e["actor1"] and e["actor1"]["name"].startswith("Police Forces")]


def test_a_background_killing_told_with_also_is_no_toll_of_todays_bomb() -> None:
    # real article (read at run time): judges killed in North Sinai months ago («كما قتل …» inside a «past three
    # months» frame) gave the day's Cairo bomb its place and its three dead
    evs = [e for e in _corpus_events("snn-fd23374c8a0d") if e["acled"]]
    assert evs and not [e for e in evs if e["location"] and e["location"]["admin1"] == "North Sinai"]
    assert all((e["fatalities"] or {}).get("best") != 3 for e in evs)



def test_strikes_told_only_beside_a_running_total_are_its_background() -> None:
    # made-up: a monitor's running total since last year, «until yesterday»: the strikes it sums, listed by province,
    # are no happening of a day (the bounds of the span are not the strikes' own day)
    evs = _events("وأعلن المرصد ارتفاع العدد الإجمالي لقتلى غارات التحالف إلى 2150 شخصا على الأقل منذ 10 أكتوبر 2014، "
                  "وحتى مساء أمس، في محافظات حلب وإدلب وحماة والرقة.")
    assert not [e for e in evs if e.acled]
    # the dead of the day before («غداة مقتل …») are no sum: the day's bombing stays
    evs = _events("وانفجرت سيارة مفخخة أخرى أمس في حي سكني جنوب بغداد، في هجوم يأتي غداة مقتل 15 شخصا في هجمات مماثلة.")
    assert [e.acled.event_type for e in evs if e.acled] == ["Explosions/Remote violence"]
    # real article (read at run time): a monitor's running total of coalition strikes since September 2014 «until
    # yesterday's dawn» became one air strike per province named (seven) — the bounds of the span are no own day
    strikes = [e for e in _corpus_events("snn-6721794e8d51")
               if e["acled"] and e["acled"]["sub_event_type"] == "Air/drone strike"]
    assert len(strikes) <= 2



def test_a_unit_word_between_the_figure_and_the_force_keeps_the_dead_on_their_side() -> None:
    # made-up: «أربعة من جنود مشاة البحرية الأميركية»: the infantry word between the figure and the force does not cut
    # the victims from their side: the Marines are struck (actor2), not the attackers
    evs = [e for e in _events("وقتل أربعة من جنود مشاة البحرية الأميركية أمس في هجوم على مركز للتجنيد في مدينة "
                              "شيكاغو.") if e.acled]
    assert evs and evs[0].actor2 is not None and evs[0].actor2.name == "Military Forces of the United States"
    assert evs[0].actor1 is None or evs[0].actor1.name != "Military Forces of the United States"


def test_met_their_death_counts_a_group_told_at_length() -> None:
    # made-up: «لقي 24 عنصرا من … وعناصر … مصرعهم»: the figure counts the dead even with a long group between it and
    # «مصرعهم» (met their death)
    evs = [e for e in _events("لقي 18 مسلحا من جماعة الحوثي ومقاتلي القوات الموالية للرئيس اليمني السابق مصرعهم خلال "
                              "اشتباكات عنيفة أمس في مدينة تعز.") if e.acled]
    assert evs and evs[0].fatalities is not None and evs[0].fatalities.best == 18


def test_the_party_that_deems_an_attack_terrorism_did_not_make_it() -> None:
    # made-up: «الهجوم الذي تعتبره السلطات عملا إرهابيا»: the authorities judge the attack; they are not its actor1
    evs = [e for e in _events("وقتل أربعة من جنود مشاة البحرية الأميركية أمس في الهجوم الذي تعتبره السلطات عملا "
                              "إرهابيا في مدينة شيكاغو.") if e.acled]
    assert evs and evs[0].actor1 is None  # (neither the authorities nor the Marines struck)
