"""Quotes: the seed's gold quotes (contract rule) and small constructed sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.actors import find_actors, find_quotes, romanise

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_16a07da1f930eec4.txt"
GOLD = SHARED / "gold" / "seed.gold.json"


def _overlap(a: str, b: str) -> int:
    from difflib import SequenceMatcher

    return sum(x.size for x in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


def test_seed_quotes_precision_recall() -> None:
    if not (SEED.exists() and GOLD.exists()):
        pytest.skip("shared seed/gold not available")
    text = SEED.read_text(encoding="utf-8")
    gold = [q for d in json.loads(GOLD.read_text(encoding="utf-8"))["documents"] for q in d["quotes"]]
    out = find_quotes(text)
    for q in out:
        assert text[q.start:q.end] == q.text
    used: set[int] = set()
    matched = opt = 0
    for g in gold:
        names = g["speaker"]["name"]
        names = names if isinstance(names, list) else [names]
        for i, q in enumerate(out):
            if i in used or q.speaker is None or q.speaker.name not in names:
                continue
            if _overlap(g["quote"], q.text) >= len(g["quote"]) / 2:
                used.add(i)
                if g.get("optional"):
                    opt += 1
                else:
                    matched += 1
                break
    required = sum(1 for g in gold if not g.get("optional"))
    precision = matched / max(1, len(out) - opt)
    recall = matched / required
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)
    media = {q.medium for q in out if q.medium}
    assert {"وكالة الصحافة الفرنسية", "رويترز"} <= media


def test_reported_speech_and_direct() -> None:
    text = ("وقال وزير الخارجية السعودي عادل الجبير إن المملكة ستواصل دعم الشرعية في اليمن. "
            "وأضاف: «لن نسمح للميليشيات بالسيطرة على البلاد».")
    qs = find_quotes(text)
    assert [q.direct for q in qs] == [False, True]
    assert all(q.speaker is not None and q.speaker.name == "Adel al-Jubeir" for q in qs)
    assert qs[0].text.startswith("المملكة")


def test_quote_broken_by_adaf_and_nested_marks() -> None:
    text = ("قال المتحدث باسم التحالف العميد أحمد عسيري: «العمليات مستمرة حتى تحقيق الأهداف»، وأضاف "
            "«نحن نسمي ذلك \"الحزم\" وسنواصل».")
    qs = find_quotes(text)
    assert len(qs) == 2
    assert qs[1].speaker is not None and qs[1].speaker.name == "Ahmed Asiri"
    assert '"الحزم"' in qs[1].text


def test_names_and_scare_quotes_are_not_quotes() -> None:
    text = "سيطر تنظيم «داعش» على المدينة بعد معارك «عنيفة» مع «قوات سوريا الديمقراطية»."
    assert find_quotes(text) == []


def test_speaker_of_previous_sentence_honorific_and_vso() -> None:
    """Made-up sentences: a subjectless «وقال لـ"الصحيفة":» continues the previous sentence's speaker;
    «سماحته» refers back to the person named; a VSO subject after «إلى ذلك» opens reported speech;
    a name ends before «فرار» after a surname with the article."""
    text = ("أكد رئيس المجلس الشيخ سالم الفهداوي فرار عناصر التنظيم من البلدة. "
            'وقال لـ"الصحيفة": نظرا للحصار هرب معظم العناصر نحو الصحراء البعيدة. '
            "وقال سماحته في مداخلة مع القناة: هذا عمل مشين لا يقبله أحد من الناس. "
            "إلى ذلك قالت منظمة التحرير الفلسطينية إن المستوطنين شنوا اعتداءات كثيرة في الضفة الغربية.")
    qs = find_quotes(text)
    spk = [q.speaker.name if q.speaker else None for q in qs]
    assert len(qs) == 3, [q.text for q in qs]
    assert spk[0] == spk[1] and spk[0] is not None and not spk[0].endswith("Farar")
    assert spk[2] == "Palestine Liberation Organization"


def test_non_political_titles_kin_report_comma_and_colon_clause() -> None:
    """Made-up sentences (session 10, second pass): a sports title and a run-on role complement
    introduce the speaker; a name before an age in brackets (hyphenated) and its first name alone
    after «وقال»; a person after a kin noun («والد الشهيد ...») does not speak; «وأضاف التقرير،»
    speaks for the body that issued the report; a quotation after a colon closing a clause with one
    person."""
    text = ("وقال حارس نادي الوحدة سامي الدوسري إن الفريق قدم مباراة جيدة أمام منافسه القوي. "
            "وقال رئيس مجلس إدارة الغرفة التجارية سعد الحربي إن الصادرات ارتفعت في العام الماضي بشكل كبير. "
            "ووجهت تهمة الاعتداء لتشوي مين-هو (40 عاما) بعد الحادث. "
            "وقال تشوي للمحققين: إن الهجوم كان احتجاجا على سياسة الحكومة الجديدة. "
            "وقال والد الشهيد خالد سعيد العمري إن ابنه كان يؤدي واجبه في الدفاع عن الوطن. "
            "وقالت منظمة التحرير الفلسطينية في تقرير لها إن الاعتداءات زادت هذا العام. "
            "وأضاف التقرير، كانت الطريقة مشابهة تماما لما جرى في القرية المجاورة من قبل. "
            'ولم يبد المدرب الإسباني خوان غارسيا أي قلق من هذا الأمر: "لقد لعبنا جيدا وسنسجل الأهداف في المباريات المقبلة".')
    qs = find_quotes(text)
    spk = [q.speaker.name if q.speaker else None for q in qs]
    assert spk[0] == romanise("سامي الدوسري") and spk[1] == romanise("سعد الحربي"), spk
    assert spk[2] == romanise("تشوي مين-هو"), spk
    assert not any(s and "Amri" in s for s in spk), spk
    assert spk.count("Palestine Liberation Organization") == 2, spk
    assert spk[-1] == romanise("خوان غارسيا") and qs[-1].text.startswith("لقد"), spk
    actors = find_actors("وانضم إلى الفريق الكويتي فهد الشمري والتونسي إسماعيل جونزاليس أمس.")
    assert [a.name for a in actors if a.kind == "person"] == [romanise("فهد الشمري"), romanise("إسماعيل جونزاليس")]


def _quotes(text: str) -> list[tuple[bool, str | None, str]]:
    return [(q.direct, q.speaker.name if q.speaker else None, q.text) for q in find_quotes(text, find_actors(text))]


def test_a_quotation_typed_with_its_marks_the_other_way_round() -> None:
    # made-up: «: ” … “» (and «” … ”») open with ” after a colon or a space: a direct quotation without its marks
    assert _quotes("وقال أبو أحمد: ” إنني أعيش هنا منذ سنتين “.") == [(True, "Abu Ahmed", " إنني أعيش هنا منذ سنتين ")]
    assert _quotes("وقال أبو أحمد: ” إنني أعيش هنا منذ سنتين ”.") == [(True, "Abu Ahmed", " إنني أعيش هنا منذ سنتين ")]
    assert _quotes("وقال أبو أحمد: “إنني أعيش هنا منذ سنتين”.") == [(True, "Abu Ahmed", "إنني أعيش هنا منذ سنتين")]


def test_abana_reports_speech_and_activists_speak() -> None:
    # made-up: «وأبان أن …» (he made clear that) goes on with the speaker before; «الناشطون/النشطاء» (definite) are
    # Activists, the speaker of a direct quotation after «أشار إلى أن»
    got = _quotes("وقال المدير العام للغرفة التجارية عبدالله بن سعد الحربي إن المعرض يجذب الشباب. "
                  "وأبان أن الشركات تبحث عن الموظفين المؤهلين.")
    assert [(d, s) for d, s, _ in got] == [(False, "Abdullah bin Saad al-Harbi")] * 2
    assert got[1][2].startswith("الشركات تبحث")
    assert _quotes("وأشار النشطاء إلى أن «المسلح تمكن من الفرار برفقة عدد من عناصره».") == [
        (True, "Activists", "المسلح تمكن من الفرار برفقة عدد من عناصره")]


def test_an_outlet_in_quotation_marks_after_with_is_a_name() -> None:
    # made-up: «في اتصال هاتفي مع "الوطن"» names the newspaper; the reported speech after it is the quote
    assert _quotes('وأكد الصحفي جمال العلي، في اتصال هاتفي مع "الوطن"، أن القصف استمر.') == [
        (False, "Jamal al-Ali", "القصف استمر")]
