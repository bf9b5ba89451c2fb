"""Reporting sources: named, anonymous typed, media."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.actors import find_sources

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_16a07da1f930eec4.txt"


def test_seed_sources() -> None:
    if not SEED.exists():
        pytest.skip("seed not available")
    text = SEED.read_text(encoding="utf-8")
    srcs = find_sources(text)
    names = [s.name for s in srcs]
    assert names.count("Syrian Observatory for Human Rights") >= 3
    assert "Security sources" in names
    for s in srcs:
        assert text[s.start:s.end] == s.text


def test_anonymous_and_media_sources() -> None:
    text = ("قتل خمسة أشخاص بحسب مصادر طبية، وأفاد شهود عيان بسماع انفجارات، "
            "ونقلاً عن وكالة الأنباء السعودية فإن الهجوم أُحبط، وفقاً لوزارة الداخلية السعودية.")
    got = [(s.name, s.kind) for s in find_sources(text)]
    assert ("Medical sources", "anonymous") in got
    assert ("Witnesses", "witness") in got
    assert ("Saudi Press Agency", "media") in got
    assert ("Ministry of Interior (Saudi Arabia)", "named") in got  # the ministry reports as itself


def test_a_nationality_after_a_typed_source_qualifies_it() -> None:
    from marsad.actors import find_sources

    text = "وذكرت وسائل إعلام تركية أن الغارات استهدفت مواقع. وقالت مصادر عسكرية ليبية إن الاشتباكات استمرت."
    got = [(text[s.start : s.end], s.name) for s in find_sources(text)]
    assert got == [("وسائل إعلام تركية", "Turkish media"), ("مصادر عسكرية ليبية", "Libyan military sources")]


def test_a_dispatch_byline_names_its_agencies() -> None:
    from marsad.actors.sources import dispatch_sources

    assert dispatch_sources("جدة، واشنطن - واس، رويترز") == [("واس", "Saudi Press Agency"), ("رويترز", "Reuters")]
    assert dispatch_sources("القاهرة - د ب أ") == [("د ب أ", "dpa")]
    assert dispatch_sources("اسطنبول: (أ ف ب)") == [("أ ف ب", "Agence France-Presse")]
    assert dispatch_sources("لندن: «الشرق الأوسط»") == [("الشرق الأوسط", "Asharq Al-Awsat")]
    assert dispatch_sources("محمد العبدالله") == []  # a reporter's name credits no agency
    assert dispatch_sources("") == []


def test_every_event_of_an_agency_dispatch_is_sourced_to_the_agency() -> None:
    """A corpus record whose metadata byline credits two agencies (SPA and Reuters): each event of its article
    lists both among its sources, besides the ones its sentences name, with no span (the byline is metadata)."""
    import json

    from marsad.inputs import page_from_record
    from marsad.pipeline import process_page

    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"
    rec = None
    for f in sorted(corpus.glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):
            if '"snn-be982cadeebe"' in line:
                rec = json.loads(line)
                break
    if rec is None:
        pytest.skip("corpus not available")
    doc = process_page(page_from_record(rec, "saudinewsnet")).documents[0]  # type: ignore[arg-type]
    assert doc.events
    for ev in doc.events:
        media = {(s.name, s.kind, s.span) for s in ev.sources if s.span is None}
        assert ("Saudi Press Agency", "media", None) in media
        assert ("Reuters", "media", None) in media


def test_a_body_named_after_an_unnamed_source_says_whose_source_it_is() -> None:
    # made-up: «مصادر من جماعة الحوثي»، «مصادر أمنية في وزارة الداخلية العراقية»: the body's sources; a place
    # after the source («مصادر في اليمن») qualifies nothing
    from marsad.actors import find_actors

    def names(text: str) -> list[str]:
        return [s.name for s in find_sources(text, find_actors(text))]

    assert names("وقالت مصادر من جماعة الحوثي إن القصف طال المدينة.") == ["Houthis sources"]
    assert names("وذكرت مصادر أمنية في وزارة الداخلية العراقية أن الانفجار وقع صباحا.") == [
        "Ministry of Interior (Iraq) security sources"]
    assert names("وقالت مصادر في اليمن إن القصف طال المدينة.") == ["Sources"]


def test_a_source_told_before_its_verb_of_saying() -> None:
    # made-up: the subject before «أعلن/قال» (SVO) after «لكن»، «إلا أن» or a proclitic و reports; a party that
    # ends a clause without an opener before it («قتل جندي من الجيش السوري قال …») does not, nor does one
    # whose verb takes no report after it
    assert _source_names("لكن المرصد السوري لحقوق الإنسان أعلن أن ثلاثة مدنيين قتلوا في حلب.") == [
        "Syrian Observatory for Human Rights"]
    assert _source_names("والجيش الأمريكي قال إن طائراته قصفت مواقع للتنظيم.") == ["Military Forces of the United States"]
    assert _source_names("إلا أن المصدر الطبي قال: إن الهجوم استهدف سوقا.") == ["Medical source"]
    assert _source_names("قتل جندي من الجيش السوري أكد أن القصف مستمر.") == []
    assert _source_names("والجيش الأمريكي نشر قوات إضافية في المنطقة.") == []


def test_a_statement_issued_by_a_body_reports_as_that_body() -> None:
    # made-up: «قال بيان صادر عن X»، «أفاد بيان صدر عن X»، «بحسب بيان صادر عن X»: the issuer is the source
    assert _source_names("وقال بيان صادر عن البيت الأبيض إن الرئيس بحث الحملة مع رئيس الوزراء.") == [
        "Government of the United States"]
    assert _source_names("وأفاد بيان صدر عن وزارة الدفاع العراقية بأن الطائرات قصفت مواقع.") == [
        "Ministry of Defence (Iraq)"]
    assert _source_names("وبحسب بيان صادر عن المرصد السوري لحقوق الإنسان فإن خمسة قتلوا.") == [
        "Syrian Observatory for Human Rights"]


def test_a_spokesman_with_no_name_reports_as_his_body() -> None:
    # made-up: «المتحدث العسكري باسم الجيش المصري» with no name of his own: the army reports; a spokesman named
    # («… العميد محمد سمير») is the source himself
    def got(text: str) -> list[tuple[str, str]]:
        return [(text[s.start : s.end], s.name) for s in find_sources(text)]

    assert got("وأعلن المتحدث العسكري باسم الجيش المصري أمس عن مقتل ضابط.") == [
        ("الجيش المصري", "Military Forces of Egypt")]
    assert got("وقال المتحدث باسم الجيش المصري العميد محمد سمير إن قوات الجيش قتلت مسلحين.") == [
        ("محمد سمير", "Mohammed Samir")]


def test_carrying_the_wounded_reports_nothing() -> None:
    # made-up: «تم نقلهم للمستشفى» (carried to hospital) gives no source to the body named after it; «وفق ما نقلت
    # وسائل إعلام تركية» and «نقلت وكالة رويترز عن …» still report
    assert _source_names("وأصيب ثلاثة مجندين تم نقلهم للمستشفى، وتكثف الأجهزة الأمنية المصرية من جهودها.") == []
    assert _source_names("ونقل الجيش المصري الجرحى إلى مستشفى العريش.") == []
    assert _source_names("وأصيب عشرة أشخاص وفق ما نقلت وسائل إعلام تركية أمس.") == ["Turkish media"]
    assert _source_names("ونقلت وكالة رويترز عن مصدر أمني قوله إن الهجوم وقع ليلا.") == ["Reuters"]


def test_ibban_during_is_no_verb_of_saying() -> None:
    # made-up: «إبان حكم …» (during) is spelt «ابان» once normalised, like «أبان» (he made clear): only a
    # complement after it («وأبانت المصادر أن …») makes it report
    assert find_sources("لجأ الأمير إلى الصين إبان حكم أسرة تانغ وبها توفي.") == []
    assert [s.name for s in find_sources("وأبانت مصادر محلية أن المقاومة سيطرت على القاعدة.")] == ["Local sources"]


def test_a_typed_source_made_definite_keeps_its_type() -> None:
    # made-up: «المصادر العسكرية»، «المصادر الطبية والأمنية»، «المصادر في المقاومة» are the typed sources taken up
    # again with the article; a bare «المسؤول» is not typed (it takes up the official just named)
    assert _source_names("وذكرت المصادر العسكرية أن الهجوم صُد.") == ["Military sources"]
    assert _source_names("وقالت المصادر الطبية والأمنية إن القتلى مدنيون.") == ["Medical sources"]
    assert _source_names("وأفادت المصادر الميدانية بأن المعارك مستمرة.") == ["Field sources"]
    assert _source_names("وقالت المصادر في المقاومة إن القصف توقف.") == ["Resistance sources"]
    assert _source_names("وقال المسؤول إن القصف توقف.") == []


def test_an_event_lists_each_source_once() -> None:
    # made-up: the observatory named twice in the sentence of one strike is one source of the event
    import datetime as dt

    from marsad.events import annotate_document

    evs, _ = annotate_document(
        "قصفت طائرات حربية بلدة كفرنبل في ريف إدلب أمس بحسب المرصد السوري لحقوق الإنسان، وذكر المرصد السوري "
        "لحقوق الإنسان أن القصف أوقع خمسة قتلى.", published=dt.date(2015, 7, 26))
    assert [[s.name for s in e.sources] for e in evs] == [["Syrian Observatory for Human Rights"]]


def test_a_statement_with_no_attribution_is_reported_by_its_speaker() -> None:
    # made-up: «رفضت الخارجية الأميركية أي تعاون مع …» (no «قال/بحسب»): the party making the statement is its source
    import datetime as dt

    from marsad.events import annotate_document

    evs, _ = annotate_document("ورفضت الحكومة الأمريكية أمس أي تعاون مع النظام السوري في الحرب على التنظيم.",
                               published=dt.date(2015, 7, 26))
    assert [(e.plover.event_type if e.plover else None, [s.name for s in e.sources]) for e in evs] == [
        ("REJECT", ["Government of the United States"])]


def _source_names(text: str) -> list[str]:
    return [s.name for s in find_sources(text)]


def test_a_relative_named_by_kin_speaks_for_the_family_not_as_the_person_named() -> None:
    # made-up: «وقال والد مايكل براون»: Brown's father speaks, not Brown; a person named alone stays himself
    names = _source_names("وقال والد مايكل براون للصحافيين إنه يطالب بمحاكمة الشرطي.")
    assert len(names) == 1 and names[0].startswith("Family of ")
    assert _source_names("وقال مايكل براون للصحافيين إنه يطالب بمحاكمة الشرطي.") == [
        names[0].removeprefix("Family of ")]


def test_the_outlet_a_source_spoke_to_is_a_source_too() -> None:
    # made-up sentences: «told to Okaz», «in a statement to Asharq Al-Awsat», an unnamed source's own outlet, a
    # preposition glued to an agency's name; a comma ends the source's phrase (no outlet read past it)
    got = [(s.name, s.kind) for s in find_sources("وذكرت مصادر ميدانية لـ«عكاظ» أن القصف تواصل على الحي.")]
    assert got == [("Field sources", "anonymous"), ("Okaz", "media")]
    got = [(s.name, s.kind) for s in find_sources("وقال مصدر أمني في تصريح خاص لـ «الشرق الأوسط» إن الهجوم وقع ليلا.")]
    assert got == [("Security source", "anonymous"), ("Asharq Al-Awsat", "media")]
    got = [s.name for s in find_sources("وقالت مصادر الجزيرة في المدينة إن القوات اعتقلت شابين.")]
    assert got == ["Sources", "Al Jazeera"]
    got = [s.name for s in find_sources("وقال مسؤول لوكالة رويترز إن الطريق أغلق.")]
    assert got == ["Officials", "Reuters"]
    got = [s.name for s in find_sources("وقال مسؤول، لم يذكر اسمه، إن الطريق أغلق في وجه وكالة رويترز.")]
    assert "Reuters" not in got


def _snn_page(article_id: str):  # type: ignore[no-untyped-def]
    import json

    from marsad.inputs import page_from_record
    from marsad.pipeline import process_page

    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"
    for f in sorted(corpus.glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):
            if f'"{article_id}"' in line:
                return process_page(page_from_record(json.loads(line), "saudinewsnet"))
    pytest.skip("corpus not available")


def test_an_event_no_one_is_credited_with_is_the_outlets_own_reporting() -> None:
    # a real Okaz article (read at run time) telling an air strike with no attribution: its source is Okaz, with no
    # span (the outlet is the record's metadata)
    evs = [e for d in _snn_page("snn-183ac56e4c98").documents for e in d.events]
    strikes = [e for e in evs if e.acled and e.acled.sub_event_type == "Air/drone strike"]
    assert strikes
    assert all([(s.name, s.kind, s.span) for s in e.sources] == [("Okaz", "media", None)] for e in strikes)


def test_an_outlets_own_name_in_its_article_is_that_outlet() -> None:
    # a real Al-Jazirah article (read at run time) crediting «مصادر الجزيرة» (its own sources): the outlet is
    # Al-Jazirah, the newspaper, not the Al Jazeera channel its name is spelt like
    evs = [e for d in _snn_page("snn-10398651f730").documents for e in d.events]
    names = {s.name for e in evs for s in e.sources}
    assert "Al-Jazirah" in names
    assert "Al Jazeera" not in names


def test_a_blank_outlet_makes_no_source() -> None:
    # made-up record: an outlet field of spaces credits no one (no source with an empty name)
    from marsad.inputs import page_from_record
    from marsad.pipeline import process_page

    rec = {"id": "x1", "outlet": "   ", "published": "2015-08-05",
           "text": "قتل خمسة أشخاص أمس في غارة جوية على سوق شعبية في مدينة تعز اليمنية."}
    evs = [e for d in process_page(page_from_record(rec, "test")).documents for e in d.events]  # type: ignore[arg-type]
    assert evs
    assert all(s.name.strip() for e in evs for s in e.sources)
    rec["outlet"] = "okaz"
    evs = [e for d in process_page(page_from_record(rec, "test")).documents for e in d.events]  # type: ignore[arg-type]
    assert [s.name for e in evs for s in e.sources] == ["Okaz"] * len(evs)


@pytest.mark.parametrize(("text", "expected"), [
    # made-up sentences: a word right after an unnamed source says whose it is
    ("وقال مسؤولون عسكريون إن ثلاثة جنود قتلوا في الهجوم.", ("مسؤولون عسكريون", "Military officials")),
    ("وذكرت مصادر كردية أن العشرات تظاهروا أمام المبنى.", ("مصادر كردية", "Kurdish sources")),
    ("وأضافت المصادر الكردية أن الهجوم فشل.", ("المصادر الكردية", "Kurdish sources")),
    ("وقالت مصادر صحفية إن الاشتباكات توقفت.", ("مصادر صحفية", "Press sources")),
    # a broken plural of a demonym names the nationality, after a qualifier too
    ("وقال مسؤولون أفغان إن خمسة أشخاص قتلوا.", ("مسؤولون أفغان", "Afghan officials")),
    ("وقال مسؤولون عسكريون أمريكيون إن الغارة أصابت هدفها.",
     ("مسؤولون عسكريون أمريكيون", "American military officials")),
    # citizens telling what they saw are residents
    ("وأفاد مواطنون أن القصف استمر حتى الصباح.", ("مواطنون", "Residents")),
])
def test_an_unnamed_source_is_named_by_the_words_after_it(text: str, expected: tuple[str, str]) -> None:
    assert [(s.text, s.name) for s in find_sources(text)][:1] == [expected]


def test_a_word_after_a_named_source_does_not_qualify_it() -> None:
    # made-up: «مصادر» (generic) takes a qualifier; a typed source keeps its name, and a victim is no source
    assert [s.name for s in find_sources("وقالت مصادر طبية محلية إن خمسة قتلوا.")][:1] == ["Medical sources"]
    assert find_sources("واعتقلت الشرطة ستة مواطنين في المدينة.") == []


def test_an_event_without_an_attribution_takes_its_paragraphs_source() -> None:
    # made-up article: the Aden clash (second paragraph) is told on the word of the sources its paragraph names
    # next; the Marib clash, with none in its paragraph, falls back to the article's main source (the first of
    # two told once each)
    from marsad.inputs import page_from_record
    from marsad.pipeline import process_page

    text = ("وقالت مصادر طبية إن خمسة أشخاص قتلوا في غارة جوية على مدينة تعز اليمنية أمس.\n"
            "واندلعت اشتباكات عنيفة في مدينة عدن أمس. وذكرت مصادر محلية أن ثلاثة مسلحين قتلوا فيها.\n"
            "وفي مدينة مأرب اندلعت اشتباكات عنيفة بين المسلحين والقوات الحكومية أمس.")
    rec = {"id": "x2", "published": "2015-08-05", "text": text}
    evs = [e for d in process_page(page_from_record(rec, "test")).documents for e in d.events]  # type: ignore[arg-type]
    by_admin1 = {e.location.admin1: [s.name for s in e.sources] for e in evs if e.location}
    assert by_admin1.get("Taizz") == ["Medical sources"]
    assert by_admin1.get("Aden") == ["Local sources"]
    assert by_admin1.get("Marib") == ["Medical sources"]
