"""Actor lexicon, persons and coreference: seed page (read at run time) and toy sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.actors import find_actors, lexicon, romanise
from marsad.arabic.normalize import normalize_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_16a07da1f930eec4.txt"
GOLD = SHARED / "gold" / "seed.gold.json"


def _seed() -> str:
    if not SEED.exists():
        pytest.skip("shared seed not available")
    return SEED.read_text(encoding="utf-8")


def test_lexicon_lookup_and_entries_survive_normalisation() -> None:
    lex = lexicon()
    assert lex.lookup(normalize_text("داعش")).name == "Islamic State"
    assert lex.lookup(normalize_text("تنظيم الدولة الإسلامية")).name == "Islamic State"
    assert lex.lookup(normalize_text("قسد")).name == "Syrian Democratic Forces"
    assert lex.lookup(normalize_text("الجيش العراقي")).name == "Military Forces of Iraq"
    assert lex.lookup(normalize_text("الشرطة المصرية")).name == "Police Forces of Egypt"
    assert lex.lookup(normalize_text("الحكومة العراقية")).name == "Government of Iraq"
    assert lex.lookup(normalize_text("التحالف العربي")).name == "Saudi-led Coalition"
    assert lex.lookup(normalize_text("مسلحون مجهولون")).type == 3
    for alias in lex.aliases:
        assert normalize_text(alias) == alias
    for e in lex.entries.values():
        assert e.type is None or 1 <= e.type <= 8


def test_seed_actors_resolve_to_gold_names() -> None:
    text = _seed()
    names = {m.name for m in find_actors(text)}
    for want in ["Islamic State", "Syrian Democratic Forces", "International Coalition",
                 "Syrian Observatory for Human Rights", "Military Forces of Iraq", "International Criminal Court",
                 "Hamas", "Benjamin Netanyahu", "Yoav Gallant", "Izzat al-Rishq", "Naftali Bennett", "Yair Lapid",
                 "Mohammed Deif", "Rami Abdel Rahman", "Recep Tayyip Erdogan"]:
        assert want in names, want


def test_seed_offsets_roles_and_coreference() -> None:
    text = _seed()
    ms = find_actors(text)
    last = -1
    for m in ms:
        assert text[m.start:m.end] == m.text
        assert m.start >= last
        last = m.end
        if m.role is not None:
            assert text[m.role_start:m.role_end] == m.role
    by_text = {(m.text, m.name) for m in ms}
    assert ("التنظيم", "Islamic State") in by_text
    assert ("الحركة", "Hamas") in by_text
    assert ("المرصد", "Syrian Observatory for Human Rights") in by_text
    rami = next(m for m in ms if m.name == "Rami Abdel Rahman")
    assert rami.role == "مدير المرصد" and rami.affiliation == "Syrian Observatory for Human Rights"
    rishq = next(m for m in ms if m.name == "Izzat al-Rishq")
    assert rishq.role == "القيادي بحركة «حماس»" and rishq.affiliation == "Hamas" and rishq.type == 3
    erd = next(m for m in ms if m.name == "Recep Tayyip Erdogan")
    assert erd.country == "TR" and erd.kind == "person"


def test_gold_actor_names_are_produced() -> None:
    if not GOLD.exists():
        pytest.skip("gold not available")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    names = {m.name for m in find_actors(_seed())}
    for doc in gold["documents"]:
        for ev in doc["events"]:
            if ev.get("optional"):
                continue
            for k in ("actor1", "actor2"):
                if k in ev:
                    alts = ev[k]["name"]
                    alts = alts if isinstance(alts, list) else [alts]
                    assert names & set(alts), alts


def test_unknown_person_gets_romanised_name_and_later_short_mention() -> None:
    text = "قال المتحدث باسم الجيش العراقي العميد سعد معن إن القوات تقدمت. وأضاف معن أن العملية مستمرة."
    ms = find_actors(text)
    saad = [m for m in ms if m.kind == "person"]
    assert len(saad) == 2
    assert saad[0].name == saad[1].name == romanise("سعد معن")
    assert saad[0].role is not None and saad[0].country == "IQ"


def test_clitics_and_ll_form() -> None:
    text = "أكدت مصادر للتحالف الدولي وللحوثيين وبالجيش اليمني أن الحوثيين هاجموا."
    names = [m.name for m in find_actors(text)]
    assert names.count("International Coalition") == 1
    assert names.count("Houthis") == 2
    assert "Military Forces of Yemen" in names
    # a word that merely contains an alias is not a mention
    assert find_actors("الحماسة") == []


def test_romanise_is_deterministic() -> None:
    assert romanise("عزت الرشق") == romanise("عزّت الرشق")
    assert romanise("أبو بكر البغدادي").startswith("Abu Bakr")


def test_romanise_reads_consonant_clusters_on_the_arabic_letters() -> None:
    # a digraph (ش، خ) is one consonant: two consonants at the start of a word get an 'a' between them
    assert romanise("سعيد الشهراني") == "Saeed al-Shahrani"
    assert romanise("خليفة").startswith("Khalifa")
    assert romanise("رمطان لعمامرة").endswith("Lamamra")  # ع (written as nothing) is a consonant
    assert romanise("طاهر الأشرفي") == "Tahir al-Ashrafi"  # a given name and a surname of the table
    assert romanise("فرنسوا هولاند") == "Francois Hollande"  # a foreign family name without the article


def test_name_words_are_no_given_names_for_other_readers() -> None:
    # «عيد»، «جهاد»: names as often as common nouns; the romaniser spells them, the given-name lists keep out
    from marsad.places.geoparse import _given_names

    assert romanise("جهاد مبارك") == "Jihad Mubarak"
    assert "عيد" not in _given_names() and "هولاند" not in _given_names()


def test_bench_floors() -> None:
    """The 40-article actor/quote benchmark (tests/data/actors_bench.json) stays above pinned floors."""
    import importlib.util

    root = Path(__file__).resolve().parents[1]
    if not (root.parent / "shared" / "data" / "saudinewsnet").exists():
        pytest.skip("saudinewsnet not available")
    spec = importlib.util.spec_from_file_location("bench_actors", root / "benchmarks" / "bench_actors.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    res = mod.score()
    assert res["articles"] >= 40
    assert res["actor_name_accuracy"] >= 0.85, res
    assert res["quote_f1"] >= 0.85, res


# --- bodies the lexicon lacks (session 10, bodies); made-up sentences ---------------------------------

@pytest.mark.parametrize(("sentence", "surface", "name"), [
    ("أصدر المجلس الإسلامي السوري بيانا", "المجلس الإسلامي السوري", "Syrian Islamic Council"),
    ("طالب الاتحاد الدولي للصحفيين بالإفراج عنهم", "الاتحاد الدولي للصحفيين", "International Federation of Journalists"),
    ("وقالت لجنة حقوق الإنسان العربية إن", "لجنة حقوق الإنسان العربية", "Arab Human Rights Committee"),
    ("فاز حزب الشعوب الديمقراطي بمقاعد", "حزب الشعوب الديمقراطي", "Peoples' Democratic Party"),
    ("قالت جبهة العمل الإسلامي إن", "جبهة العمل الإسلامي", "Islamic Action Front"),
    ("وأكدت نقابة الصحفيين اليمنيين أن", "نقابة الصحفيين اليمنيين", "Yemeni Journalists Syndicate"),
    ("قرر المؤتمر الوطني العام تأجيل الجلسة", "المؤتمر الوطني العام", "General National Congress"),
    ("وقالت اللجنة الوطنية لمكافحة المنشطات إن", "اللجنة الوطنية لمكافحة المنشطات", "National Anti-Doping Committee"),
    ("ودعا مجلس النواب العراقي إلى", "مجلس النواب العراقي", "Government of Iraq"),
])
def test_unknown_body_found_and_named(sentence: str, surface: str, name: str) -> None:
    ms = [m for m in find_actors(sentence) if m.kind in ("org", "state")]
    assert [(m.text, m.name) for m in ms] == [(surface, name)]
    assert sentence[ms[0].start:ms[0].end] == surface


@pytest.mark.parametrize("sentence", [
    "وقالت اللجنة المنظمة إن الحفل تأجل",  # a descriptive adjective: no body of its own
    "ازدادت الحركة التجارية في السوق",
    "عادت حركة السير إلى طبيعتها",
    "أكد المجلس أن القرار نهائي",  # a head alone is an anaphor
    "زار الوفد المركز الثقافي",  # a building
])
def test_generic_heads_are_no_bodies(sentence: str) -> None:
    assert [m for m in find_actors(sentence) if m.kind in ("org", "state")] == []


def test_body_word_not_in_glossary_is_romanised_whole() -> None:
    ms = find_actors("وقال حزب الزيتونة الأخضر إن")  # made-up party; «زيتونة» is not in the glossary
    names = [m.name for m in ms if m.kind == "org"]
    assert len(names) == 1 and "Party" not in names[0] and "Green" not in names[0]  # never half-translated


def test_title_with_an_body_before_the_name() -> None:
    ms = find_actors("وقال النائب عن ائتلاف الوطنية سامر الكبيسي إن الجلسة تأجلت")  # made-up name
    persons = [m for m in ms if m.kind == "person"]
    assert len(persons) == 1
    assert persons[0].text == "سامر الكبيسي" and persons[0].affiliation == "National Coalition"


def test_role_before_body_without_name_is_no_body_speaker() -> None:
    # «رئيس مجلس النواب البحريني» with no name: a person is meant, not the body
    assert [m for m in find_actors("وأعرب رئيس مجلس النواب البحريني عن تعازيه") if m.kind in ("org", "state")] == []


def test_a_name_does_not_open_with_a_news_noun_or_a_conjoined_particle() -> None:
    from marsad.actors.find import common_nouns, given_names

    nouns = common_nouns()
    assert {"خبر", "هجوم"} <= nouns and not nouns & given_names()
    for sentence in ("ونفى المتحدث باسم وزارة الدفاع، خبر إغلاق المعبر الحدودي",
                     "وانتقد الدور الذي لعبه في الإطاحة بالعقيد الليبي، وما تبعه من فوضى"):
        assert [m.text for m in find_actors(sentence) if m.kind == "person"] == [], sentence
    # a surname that is also a noun stays part of a name
    assert [m.text for m in find_actors("وقال الوزير سامر هلال إن") if m.kind == "person"] == ["سامر هلال"]


def test_a_clause_opened_by_wa_after_a_title_and_comma_is_no_name() -> None:
    text = "وطالب نواب بسحب السفير الكويتي لدى طهران، وطرد السفير الإيراني من البلاد."
    assert [a.text for a in find_actors(text) if a.kind == "person"] == []
    text = "قال وزير الخارجية، وليد المعلم، إن الحل سياسي."  # a given name that begins with و still opens one
    assert [a.text for a in find_actors(text) if a.kind == "person"] == ["وليد المعلم"]


def test_a_namesake_surname_after_another_given_name_is_another_person() -> None:
    text = "وقال السفير، وائل الأسد، إن الوضع مستقر."
    assert [(a.text, a.name) for a in find_actors(text)] == [("وائل الأسد", "Wael al-Assad")]
    text = "وقال الرئيس بشار الأسد إن الحرب مستمرة."
    assert [a.name for a in find_actors(text)] == ["Bashar al-Assad"]


def test_an_adverb_set_off_by_commas_after_a_title_is_no_name() -> None:
    text = "واستنكر الأمين العام للجامعة، بشدة، تصريحات الوزير، كما استنكر، أثناء زيارته، ما جرى."
    assert [a.kind for a in find_actors(text) if a.kind == "person"] == []


def test_al_qaida_after_on_is_a_base_unless_a_war_is_waged_on_it() -> None:
    text = "حررت المقاومة قاعدة العند الجوية أمس. وقال مصدر إن قوة عسكرية التفت على القاعدة من جهة الشرق."
    assert [a.name for a in find_actors(text)] == []
    text = "هاجمت قوة عسكرية قاعدة جوية أمس. وقال الوزير إن الحرب على القاعدة مستمرة."
    assert [a.name for a in find_actors(text)] == ["Al Qaeda"]


def test_a_state_office_named_by_its_demonym_is_that_government_but_not_after_a_name() -> None:
    def names(text: str) -> list[str]:
        return [a.name for a in find_actors(text)]

    assert names("قال وزير الإعلام الليبي إن الحوار سيستأنف.") == ["Government of Libya"]
    assert names("أكد رئيس الوزراء الأردني أن الحدود آمنة.") == ["Government of Jordan"]
    assert names("صرح السفير البريطاني بأن بلاده تدعم الحل.") == ["Government of the United Kingdom"]
    # an apposition after a person's name describes that person
    assert names("وانتقد محمود الصالح نائب الرئيس الليبي القرار.") == ["Mahmoud al-Salh"]


def test_the_grand_mufti_and_the_article_name_al_sheikh() -> None:
    assert [a.name for a in find_actors("قال الشيخ عبدالعزيز آل الشيخ إن الصلاة قائمة.")] == ["Abdulaziz Al al-Sheikh"]
    assert romanise("فهد الشيخ") == "Fahd al-Sheikh"


def test_a_title_word_inside_a_known_name_opens_no_other_person() -> None:
    assert [a.name for a in find_actors("والتقى إسماعيل ولد الشيخ أحمد أمس بالوفد في الرياض.")] \
        == ["Ismail Ould Cheikh Ahmed"]
    assert [a.name for a in find_actors("وأعلن مولود تشاوش أوغلو أن بلاده ستتحرك.")] == ["Mevlut Cavusoglu"]


def test_a_given_name_right_after_an_honorific_starts_the_name_before_an_office() -> None:
    # made-up: «الدكتور <given name> <surname> وزير …»: the office after the name must not swallow it
    text = "وقال الدكتور خالد المنصوري وزير الدولة الليبي إن المفاوضات ستستأنف الأسبوع المقبل."
    persons = [(a.text, a.kind) for a in find_actors(text) if a.kind == "person"]
    assert persons == [("خالد المنصوري", "person")]


def test_a_town_named_after_a_person_is_no_actor() -> None:
    # made-up: «ناحية البغدادي» is a district named after a family, not Abu Bakr al-Baghdadi
    names = [a.name for a in find_actors("وانضم 300 متطوع من ناحية البغدادي وقرية الشيخ مسكين إلى القوات.")]
    assert "Abu Bakr al-Baghdadi" not in names
    assert "Abu Bakr al-Baghdadi" in [a.name for a in find_actors("وظهر أبو بكر البغدادي في تسجيل جديد.")]


def test_the_sources_taken_up_again_keep_their_kind() -> None:
    # made-up: «مصادر محلية … وأضافت المصادر»: the sources just named; a bare «مصدر» stays unnamed
    from marsad.actors.sources import find_sources

    text = "قالت مصادر محلية إن الطائرات قصفت المدينة. وأضافت المصادر أن القصف استمر. وقال مصدر إن الوضع صعب."
    assert [(s.text, s.name) for s in find_sources(text)] == [
        ("مصادر محلية", "Local sources"), ("المصادر", "Local sources"), ("مصدر", "Source")]


def test_human_rights_watch_in_both_spellings() -> None:
    # made-up: «هيومن» and «هيومان» are both written in the press
    from marsad.actors import find_actors

    for text in ("وأدانت منظمة هيومن رايتس ووتش أمس اعتقال الصحفيين.", "وأدانت منظمة هيومان رايتس ووتش أمس اعتقال الصحفيين."):
        assert [a.name for a in find_actors(text)][:1] == ["Human Rights Watch"], text


def test_a_ministry_reports_as_itself_not_as_its_forces() -> None:
    # made-up: as an actor «وزارة الداخلية السعودية» is the Saudi police; as a source it is the ministry
    import datetime as dt

    from marsad.events import build_context

    ctx = build_context("وقالت وزارة الداخلية السعودية في بيان إن الانفجار وقع ظهر أمس في مدينة أبها.",
                        published=dt.date(2015, 8, 7))
    assert [s.name for s in ctx.sources] == ["Ministry of Interior (Saudi Arabia)"]
    assert any(a.name == "Police Forces of Saudi Arabia" for a in ctx.actors)


def test_one_source_is_named_in_the_singular() -> None:
    # made-up: «مصدر أمني» is one security source, «مصادر أمنية» several; a nationality qualifies either
    from marsad.actors.sources import find_sources

    text = ("قال مصدر أمني إن الانفجار وقع ظهرا. وذكرت مصادر أمنية أن الشرطة طوقت المكان. "
            "وأكد مصدر عسكري عراقي أن القوات تقدمت.")
    assert [s.name for s in find_sources(text)] == ["Security source", "Security sources", "Iraqi military source"]


def test_a_bare_office_as_the_subject_takes_up_the_person_named_with_it_earlier() -> None:
    # made-up: «الوزير» / «رئيس الوزراء» with no name after them, after a verb of opinion or act, is the person
    # named before with that title; a demonym after the office must be in that title; a verb of saying (the
    # quotation finder's business), a title before a name, and another country's office are left alone
    def at(text: str, word: str) -> str | None:
        k = text.index(word)
        return next((m.name for m in find_actors(text) if m.start == k), None)

    text = ("التقى وزير الخارجية السعودي عادل الجبير أمس نظيره الروسي سيرجي لافروف. ودان الوزير الهجوم على "
            "المسجد. وانتقد الوزير الروسي الضربات.")
    assert at(text, "الوزير الهجوم") == "Adel al-Jubeir"
    assert at(text, "الوزير الروسي") != "Adel al-Jubeir"
    text = "أكد رئيس الوزراء اليمني خالد بحاح أمس أن الحكومة ستعود. وانتقد رئيس الوزراء الدور الإيراني في الحرب."
    assert at(text, "رئيس الوزراء الدور") == "Khaled Bahah"
    text = "أكد رئيس الوزراء اليمني خالد بحاح أمس أن الحكومة ستعود. واستقبل رئيس الوزراء العراقي حيدر العبادي الوفد."
    assert at(text, "رئيس الوزراء العراقي") is None


def test_a_dual_demonym_after_a_dual_head_names_the_state() -> None:
    # made-up: «طائرتان سعوديتان»، «سفينتان تركيتان»: the dual of a head noun and of its demonym
    names = [m.name for m in find_actors("هبطت في المطار أمس طائرتان سعوديتان محملتان بالأدوية.")]
    assert any("Saudi Arabia" in n for n in names)
    names = [m.name for m in find_actors("رست في الميناء سفينتان تركيتان تحملان مساعدات.")]
    assert any("Turkey" in n for n in names)


def test_a_frequent_word_after_a_title_opens_no_name() -> None:
    # made-up: «…، مساعد وزير الخارجية الأسبق، تصريحات المالكي»: the statements are no person; Maliki is
    ms = find_actors("ورفض السفير حسين هريدي، مساعد وزير الخارجية الأسبق، تصريحات المالكي التي وجهها للمملكة.")
    assert [m.name for m in ms if m.kind == "person"] == ["Hussein Haridi", "Nouri al-Maliki"]


def test_a_lexicon_person_is_taken_up_later_by_the_surname_alone() -> None:
    # made-up: «رياض ياسين … وأوضح ياسين»: the bare surname (no alias of its own: it is a given name too) is him;
    # a group named after a person («قوات صالح») stays the group
    ms = find_actors("وقال وزير الخارجية اليمني رياض ياسين إن الحوثيين يعرقلون الحل. وأوضح ياسين أن اللقاء كان مثمرا.")
    assert [m.name for m in ms if m.kind == "person"] == ["Riyadh Yassin", "Riyadh Yassin"]
    ms = find_actors("وقال الرئيس السابق علي عبد الله صالح إنه باق. وقصفت قوات صالح الأحياء.")
    assert "Saleh Forces" in [m.name for m in ms]


def test_unknown_words_between_a_verb_of_saying_and_that_are_the_speakers_name() -> None:
    # made-up: a foreign name no list holds, right after «قال» and closed by «إن» or a comma, is a person, taken up
    # later by its last word; plural groups in that slot («مسعفون ومسؤولون»، «حلفاء غربيون») are no name
    ms = find_actors("وقال يوهانس فان در كلاوو إن المدينة هادئة. واجتمع فان در كلاوو أمس مع الوزير.")
    assert [m.text for m in ms if m.kind == "person"] == ["يوهانس فان در كلاوو", "كلاوو"]
    assert len({m.name for m in ms if m.kind == "person"}) == 1
    for text in ("وقال مسعفون ومسؤولون عسكريون إن عشرة جنود قتلوا.", "وقال حلفاء غربيون لتركيا إنهم يؤيدون حقها."):
        assert [m for m in find_actors(text) if m.kind == "person"] == []


def test_a_persons_short_form_followed_by_bin_opens_another_full_name_and_an_eponym_is_no_person() -> None:
    # made-up: «عبد الرحمن» is the lexicon's short form of the SOHR director, but «الأستاذ عبد الرحمن بن سعيد …»
    # (made-up) is another man's full name; «رئيس جامعة الملك فيصل» names a university after a king, no «Faisal» acts
    ms = find_actors("وأشاد رئيس جامعة الملك فيصل، الأستاذ عبد الرحمن بن سعيد القرني، بالطلاب أمس.")
    assert [m.name for m in ms if m.kind == "person"] == [romanise("عبد الرحمن بن سعيد القرني")]
    ms = find_actors("وقال مدير المرصد رامي عبد الرحمن إن القصف مستمر. وأضاف عبد الرحمن أن القتلى 20.")
    assert [m.name for m in ms if m.kind == "person"] == ["Rami Abdel Rahman", "Rami Abdel Rahman"]


def test_a_demonym_before_bin_is_a_given_name() -> None:
    # made-up: «الأمير تركي بن سعود» (Turki, a given name), not the demonym «تركي» (Turkish) after a title
    ms = find_actors("واستقبل الأمير تركي بن فيصل أمس وفدا من رجال الأعمال. وقال مسؤول تركي إن الوفد غادر.")
    assert [m.name for m in ms if m.kind == "person"] == [romanise("تركي بن فيصل")]


@pytest.mark.parametrize(("sentence", "name"), [
    ("وقالت حركة النهضة في بيان أمس إنها ترفض القانون.", "Ennahda"),
    ("وأكد المدير التنفيذي لحركة نداء تونس أن الائتلاف متماسك.", "Nidaa Tounes"),
    ("وقال الاتحاد الوطني الكردستاني إن المفاوضات مستمرة.", "Patriotic Union of Kurdistan"),
    ("وانتقد حزب الشعب الجمهوري المعارض قرار الحكومة.", "Republican People's Party"),
    ("وقال حزب الحركة القومية إنه لن يدخل الائتلاف.", "Nationalist Movement Party"),
    ("ورحب حزب المؤتمر الوطني الحاكم في السودان بالقرار.", "National Congress Party"),
    ("وقال حزب المؤتمر الشعبي العام في صنعاء إن …", "General People's Congress"),
])
def test_political_parties_of_the_region_by_their_names(sentence: str, name: str) -> None:
    # made-up sentences: parties are named as they are known (Ennahda, not a translation of «النهضة»), and
    # the longest name wins («حزب المؤتمر الوطني» in Sudan is not Yemen's «حزب المؤتمر»)
    assert name in [a.name for a in find_actors(sentence)]


def test_a_title_word_that_opens_a_towns_name_makes_no_person() -> None:
    # made-up: «جنوبي الشيخ زويد وقتلت …»: Sheikh Zuweid is a town (the gazetteer has it), not a sheikh named Zuweid;
    # a sheikh with a given name stays a person
    assert [a.name for a in find_actors("وسقطت قذيفة على قرية جنوبي الشيخ زويد وقتلت ثلاثة أشخاص.")
            if a.kind == "person"] == []
    assert [a.name for a in find_actors("وقال الشيخ محمد الراجحي إن الوضع مستقر.") if a.kind == "person"] == [
        "Mohammed al-Rajhi"]


def test_the_seat_of_an_office_stands_between_the_title_and_the_name() -> None:
    # made-up: «محافظ الحديدة السابق صخر الوجيه»: Hodeidah is the governorate, the name (no listed given name) follows;
    # after a religious title the same kind of word is the person's nisba, and «رحمه الله» names no one
    from marsad.actors import find_actors

    text = "واستهجن محافظ الحديدة السابق صخر الوجيه مزاعم الحوثيين."
    people = [(text[a.start : a.end], a.role) for a in find_actors(text) if a.kind == "person"]
    assert people == [("صخر الوجيه", "محافظ الحديدة السابق")]
    text = "وفي الحديث الذي رواه الإمام البخاري رحمه الله عبرة."
    assert not [a for a in find_actors(text) if a.kind == "person" and "رحمه" in text[a.start : a.end]]


def test_a_feminine_common_noun_after_a_name_is_its_object_not_a_surname() -> None:
    # made-up: «وصف المتحدث … راجح بادي الجريمة بأنها …»: the name ends before «الجريمة»; a known surname with
    # the article stays in the name (بشار الأسد)
    text = "ووصف المتحدث باسم الحكومة اليمنية راجح بادي الجريمة بأنها عمل إرهابي."
    assert [(text[x.start : x.end], x.name) for x in find_actors(text) if x.kind == "person"] == [
        ("راجح بادي", "Rajeh Badi")]
    text = "وقال الرئيس السوري بشار الأسد إن الحرب مستمرة."
    assert [x.name for x in find_actors(text) if x.kind == "person"] == ["Bashar al-Assad"]


def test_a_national_security_council_is_its_state_and_a_king_keeps_one_name_with_his_family_name() -> None:
    # made-up: «مجلس الأمن القومي» with a demonym is the state's body, not the UN Security Council; the king's
    # full name with «آل سعود», and a king named with his father, keep the lexicon's canonical name
    def names(text: str) -> list[str]:
        return [a.name for a in find_actors(text)]

    assert names("وقال مجلس الأمن القومي الأمريكي إن الرئيس سيجتمع بفريقه.") == ["Government of the United States"]
    assert names("وناقش مجلس الأمن الدولي مشروع القرار.") == ["United Nations"]
    assert "King Salman bin Abdulaziz" in names("وغادر الملك سلمان بن عبد العزيز آل سعود جدة مساء أمس.")
    assert "Salman bin Abdulaziz Al Saud" not in names("وغادر الملك سلمان بن عبد العزيز آل سعود جدة مساء أمس.")
    assert names("واستقبل عبدالله الثاني بن الحسين ضيفه في عمان.")[:1] == ["Abdullah II"]


def test_a_verbal_noun_after_a_name_and_a_word_ending_in_hamza_are_no_names() -> None:
    # made-up: «أمر الأمير فلان بن فلان بتأمين …»: the verbal noun is what he ordered, not a surname; «الوضع هادئ»
    # (calm) is spelt with a final «ئ», not the president's name that normalisation makes of it
    assert [a.name for a in find_actors("ووجه الأمير محمد بن نايف بتأمين وصول المساعدات إلى الأهالي.")] == [
        "Mohammed bin Nayef"]
    assert [a.name for a in find_actors("وأكد مدير الأمن أن الوضع في المدينة هادئ تماما.")] == []
    assert [a.name for a in find_actors("وقال الرئيس هادي إن المدينة هادئة.")] == ["Abdrabbuh Mansour Hadi"]


def test_a_monarch_named_by_his_countrys_adjective_is_that_states_government() -> None:
    # made-up: «العاهل المغربي» (the Moroccan monarch) with no name is the state, as «الرئاسة المغربية» is
    # (the evidence span holds the monarch, not only the adjective)
    assert [(a.name, a.text) for a in find_actors("وبحث العاهل المغربي أمس مع ضيفه سبل التعاون.")] == [
        ("Government of Morocco", "العاهل المغربي")]


def test_a_form_two_verbal_noun_or_a_conjoined_common_word_ends_a_name_and_opens_no_apposed_one() -> None:
    # made-up: «استنكر السفير … فلان فلان التفجير الإرهابي»: the verbal noun with the article is the object of the
    # verb, not a third name; «بدقة واستخدام»: و + a common word joins the next phrase; after a role and a comma,
    # «التفجير الإرهابي» is no apposed name; a surname with the article stays in the name (محمد الخطيب)
    def people(text: str) -> list[str]:
        return [text[a.start : a.end] for a in find_actors(text) if a.kind == "person"]

    assert people("واستنكر السفير الكندي لدى المملكة روبرت ميلتون التفجير الإرهابي الذي استهدف المسجد.") == [
        "روبرت ميلتون"]
    assert people("وقال الشيخ سامر العبيدي، الرئيس العام لهيئة الرقابة، التفجير الإرهابي جرم عظيم.") == [
        "سامر العبيدي"]
    assert people("وطالب مدير المستشفى الدكتور ناصر الدوسري الأطباء بالعمل بدقة واستخدام الأجهزة.") == [
        "ناصر الدوسري"]
    assert people("وقال المتحدث محمد الخطيب إن القوات تقدمت.") == ["محمد الخطيب"]
    assert people("وقال وزير الخارجية، عادل الجبير، إن المملكة ستواصل جهودها.") == ["عادل الجبير"]


def test_a_word_for_forces_joined_by_waw_ends_a_name() -> None:
    # made-up: «… للقائد سامر يوسف ومسلحي جماعة …»: «ومسلحي» opens the next party, it is no surname
    text = "واندلعت اشتباكات بين القوات الموالية للقائد سامر يوسف ومسلحي جماعة الحوثي في المدينة."
    assert [text[a.start : a.end] for a in find_actors(text) if a.kind == "person"] == ["سامر يوسف"]


def test_a_surname_that_is_a_stop_word_once_normalised_is_no_later_mention() -> None:
    # made-up: a person named «… علي» by his title; the preposition «على» later in the text normalises to the same
    # letters and is no mention of him (it made him the actor of whatever sentence held «على»)
    text = ("وقال الفنان سالم حسن علي إن المعرض افتتح أمس. وحصل المشاركون على جوائز، "
            "ووقعت الجمعية على اتفاق مع البلدية.")
    ms = [m for m in find_actors(text) if m.kind == "person"]
    assert [text[m.start:m.end] for m in ms] == ["سالم حسن علي"]


def test_in_front_of_spelt_with_its_hamza_is_no_imam() -> None:
    # made-up: «أمام» ('in front of') and «إمام» (the imam) are one word once normalised; the text's hamza tells them
    # apart (a word with no hamza stays the title)
    ms = [m for m in find_actors("ووقف الزوار طويلا أمام تمثال الفارس المحارب في ساحة المتحف.") if m.kind == "person"]
    assert ms == []
    for spelt in ("إمام", "امام"):
        ms = [m for m in find_actors(f"وقال {spelt} المسجد الشيخ سالم العتيبي إن الصلاة أقيمت.") if m.kind == "person"]
        assert [(m.name, m.role) for m in ms] == [("Salem al-Otaibi", f"{spelt} المسجد الشيخ")]


def test_a_preposition_glued_to_a_common_word_opens_no_name() -> None:
    # made-up: after a title and a comma, «لإدخال» ('to bring in') and «بمحافظة» ('in the province of') are a
    # preposition on a common word, not a name the title introduces
    for text in ("ودعا رئيس الجمهورية، لإدخال المساعدات إلى المدن المحاصرة.",
                 "وقال الناطق باسم اللجنة، بمحافظة الجوف إن الطريق أغلق."):
        assert [m.text for m in find_actors(text) if m.kind == "person"] == []


def test_the_nisba_of_daesh_names_a_member_of_the_islamic_state() -> None:
    # made-up: «مجرم داعشي»، «ثلاثة داعشيين» are members of the Islamic State; the ideology «الفكر الداعشي» is no actor
    assert [m.name for m in find_actors("وفجر مجرم داعشي نفسه في مسجد بالمدينة.")] == ["Islamic State"]
    assert [m.name for m in find_actors("واعتقلت قوات الأمن ثلاثة داعشيين في المدينة.")][-1:] == ["Islamic State"]
    assert [m.name for m in find_actors("وحذر الخطيب من خطر الفكر الداعشي على الشباب.")] == []


def test_a_participle_after_a_name_is_not_its_surname() -> None:
    # made-up: «… المحتجز لدى …» (detained), «… المخلوع» (deposed) describe the person named before them
    names = [x.name for x in find_actors("وطالب القيادي محمود الصبيحي المحتجز لدى الحوثيين بالإفراج عن الأسرى.")]
    assert "Mahmoud al-Subaihi" in names and not any("Mahtjz" in n for n in names)


def test_in_the_name_of_is_no_given_name() -> None:
    # made-up: «باسم» after a spokesman's noun or before a definite noun with its adjective of relation is «in the
    # name of»; the given name Basem stays a name
    from marsad.actors import find_actors

    assert [a.name for a in find_actors("ونفى متحدث باسم المتمردين أمس مزاعم الحكومة.")
            if a.name.startswith("Basem")] == []
    assert [a.name for a in find_actors("كما استنكر باسم السلك الدبلوماسي في العاصمة الجريمة.")
            if a.name.startswith("Basem")] == []
    assert [a.name for a in find_actors("وقال باسم عوض الله إن الحكومة ستدعم المشروع.")
            if a.name.startswith("Basem")] == ["Basem Awad al-Lah"]
