"""Page segmentation on the real seed page (read from ../shared at run time)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from marsad.arabic.normalize import normalize_text
from marsad.segment import segment

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_16a07da1f930eec4.txt"
GOLD = SHARED / "gold" / "seed.gold.json"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/seed not available")


@pytest.fixture(scope="module")
def page() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def segs(page: str):
    return segment(page)


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def test_seven_documents_two_articles_five_teasers(segs) -> None:
    assert [s.role for s in segs] == ["article"] + ["related"] * 5 + ["article"]


def test_titles_sections_bylines_captions_match_gold(segs, gold) -> None:
    for seg, gd in zip(segs, gold["documents"], strict=True):
        assert normalize_text(seg.title) == normalize_text(gd["title"])
        if "section" in gd:
            assert seg.section == gd["section"]
        if "byline" in gd:
            got = {"author": seg.byline[0], "place": seg.byline[1]} if seg.byline else None
            assert got == gd["byline"]
        if "captions" in gd:
            assert [{"text": t, "credit": c} for t, c in seg.captions] == gd["captions"]


def test_no_boilerplate_caption_or_repeated_title_in_text(segs) -> None:
    for seg in segs:
        assert not re.search(r"(^|\n)\s*TT\s*($|\n)", seg.text)
        assert "TT" not in seg.text
        for cap, credit in seg.captions:  # the caption line (words + credit) is gone; its words may recur in prose
            assert f"({credit})" not in seg.text and f"{cap} (" not in seg.text
        if seg.title:
            assert seg.title not in seg.text


def test_page_spans_lead_back_to_the_page(page: str, segs) -> None:
    for seg in segs:
        assert seg.page_spans, seg.title
        for doc_off, page_off, length in seg.page_spans:
            assert seg.text[doc_off : doc_off + length] == page[page_off : page_off + length]


def test_teaser_text_is_its_summary(segs) -> None:
    for seg in segs:
        if seg.role == "related":
            assert seg.summary and seg.text == seg.summary


def test_single_paragraph_has_no_title_guess() -> None:
    # a one-line input (a sentence) is body, never a title
    segs = segment("قال مسؤول إن الهجوم وقع صباح اليوم")
    assert len(segs) == 1 and segs[0].title is None and segs[0].text


def test_empty_page_has_no_documents() -> None:
    assert segment("  \n\n ") == []


# Pages written for this test (not article text): a dateline gives the publication date and leaves the body.
_DATED_PAGE = """انفجار يستهدف سوقاً شعبية في مدينة ساحلية

TT

انفجار يستهدف سوقاً شعبية في مدينة ساحلية

نُشر: السبت 26 يناير 2019

قُتل ثلاثة أشخاص في انفجار وقع مساء الجمعة في سوق شعبية، بحسب مصادر محلية.
وقال شهود إن الانفجار أحدث أضراراً كبيرة في المحال التجارية المجاورة.
"""


def test_dateline_gives_published_and_is_not_text() -> None:
    (seg,) = segment(_DATED_PAGE)
    assert seg.published == "2019-01-26"
    assert "نُشر" not in seg.text and seg.text.startswith("قُتل")


def test_a_sentence_with_a_date_is_not_a_dateline() -> None:
    page = "عنوان تجريبي قصير\n\nقتل خمسة أشخاص في 26 يناير 2019\nوأضاف المصدر أن التحقيق جار.\n"
    (seg,) = segment(page)
    assert seg.published is None and seg.text.startswith("قتل خمسة")


def test_dateline_resolves_relative_dates_through_the_pipeline() -> None:
    from marsad.inputs import InputPage
    from marsad.pipeline import process_page

    out = process_page(InputPage(source="dated", text=_DATED_PAGE))
    (doc,) = out.documents
    assert doc.published == "2019-01-26"
    assert any(ev.date.start == "2019-01-25" for ev in doc.events)


def test_an_outlet_link_footer_is_boilerplate() -> None:
    from marsad.segment import vocabulary

    # made-up footer line of the shape some outlets print after the article
    key = "رابط الخبر بصحيفة المثال: عنوان الخبر"
    assert key.startswith(vocabulary().boilerplate_prefixes)


def test_a_tags_list_run_on_after_the_last_sentence_is_boilerplate() -> None:
    page = ("عنوان تجريبي للخبر\n"
            "أعلنت الشرطة في المدينة افتتاح مركز جديد للخدمات. وقال مدير المركز إن العمل يبدأ غدا. "
            "سمات الشرطة المدينة مركز الخدمات\n"
            "الوسوم: أخبار محلية\n")
    text = " ".join(s.text for s in segment(page))
    assert "سمات" not in text and "الوسوم" not in text and "يبدأ غدا" in text


def test_a_news_item_about_a_stand_alone_noun_sentence_is_not_cut() -> None:
    page = "عنوان\nتناولت الدراسة سمات الشخصية القيادية في المؤسسات الحكومية خلال العقد الماضي.\n"
    assert "سمات الشخصية" in " ".join(s.text for s in segment(page))
