"""Dates on real sentences from ../shared, located at run time by article id + expression."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path

import pytest

from marsad.dates import extract_dates
from marsad.mentions import DateMention

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
D = dt.date


@lru_cache(maxsize=1)
def _articles() -> dict[str, tuple[D, str]]:
    out: dict[str, tuple[D, str]] = {}
    d = SHARED / "data" / "saudinewsnet"
    if d.exists():
        for f in sorted(d.glob("*.jsonl")):
            with f.open(encoding="utf-8") as fh:
                for line in fh:
                    r = json.loads(line)
                    out[r["id"]] = (D.fromisoformat(r["extracted"][:10]), r["text"])
    seed = SHARED / "seed" / "000_16a07da1f930eec4.txt"
    if seed.exists():
        # the seed page's first article was published on Saturday 2019-01-26 (see ../shared/gold)
        out["seed"] = (D(2019, 1, 26), seed.read_text(encoding="utf-8"))
    return out


def _at(aid: str, expr: str, published: D | None = None, nth: int = 0) -> DateMention:
    arts = _articles()
    if aid not in arts:
        pytest.skip("shared data missing")
    pub, text = arts[aid]
    s = -1
    for _ in range(nth + 1):
        s = text.index(expr, s + 1)
    e = s + len(expr)
    ms = [m for m in extract_dates(text, published or pub) if m.start < e and s < m.end]
    assert ms, f"nothing found in {expr!r}"
    m = ms[0]
    assert text[m.start : m.end] == m.text
    return m


# (article id, expression, expected text of the mention, start, end, precision, kind)
CASES = [
    # weekdays, with and without يوم / مساء / صباح / ليل / «في وقت متأخر»
    ("seed", "الإنسان، السبت", "السبت", D(2019, 1, 26), D(2019, 1, 26), 1, "relative"),
    ("seed", "في وقت متأخر الجمعة", "في وقت متأخر الجمعة", D(2019, 1, 25), D(2019, 1, 25), 1, "relative"),
    ("seed", "التنظيم الخميس", "الخميس", D(2019, 1, 24), D(2019, 1, 24), 1, "relative"),
    ("snn-5555200f7d30", "صباح السبت", "صباح السبت", D(2015, 7, 18), D(2015, 7, 18), 1, "relative"),
    ("snn-5555200f7d30", "ليل الجمعة", "ليل الجمعة", D(2015, 7, 17), D(2015, 7, 17), 1, "relative"),
    ("snn-ab4f8caeb0fa", "صباح الاثنين", "صباح الاثنين", D(2015, 7, 20), D(2015, 7, 20), 1, "relative"),
    # relative days, time-of-day prefixes, the newspaper forms
    ("snn-00547aa58e06", "اليوم (الاثنين)", "اليوم (الاثنين)", D(2015, 7, 20), D(2015, 7, 20), 1, "relative"),
    ("snn-00547aa58e06", "أمس (الأحد)", "أمس (الأحد)", D(2015, 7, 19), D(2015, 7, 19), 1, "relative"),
    ("snn-632c9f5078bb", "يوم أمس (السبت)", "يوم أمس (السبت)", D(2015, 7, 18), D(2015, 7, 18), 1, "relative"),
    ("snn-f284aed0844b", "فجر اليوم", "فجر اليوم", D(2015, 7, 21), D(2015, 7, 21), 1, "relative"),
    ("snn-9d95f065998c", "ليل أمس", "في وقت متأخر من ليل أمس", D(2015, 7, 20), D(2015, 7, 20), 1, "relative"),
    ("snn-9d95f065998c", "مساء أول من أمس الأحد", "في وقت متأخر من مساء أول من أمس الأحد", D(2015, 7, 19), D(2015, 7, 19), 1, "relative"),
    ("snn-e42bdb4aaa73", "في وقت متأخر من مساء أمس (الاحد)", "في وقت متأخر من مساء أمس (الاحد)", D(2015, 7, 19), D(2015, 7, 19), 1, "relative"),
    ("snn-9d95f065998c", "الأسبوع الماضي", "الأسبوع الماضي", D(2015, 7, 11), D(2015, 7, 17), 2, "span"),
    # explicit dates: month systems, bracketed dual form, years, since
    ("seed", "منذ سبتمبر (أيلول) 2018", "منذ سبتمبر (أيلول) 2018", D(2018, 9, 1), D(2019, 1, 26), 3, "since"),
    ("seed", "في عام 2014", "عام 2014", D(2014, 1, 1), D(2014, 12, 31), 3, "year"),
    ("snn-cff2a3b48f0a", "منذ يناير (كانون الثاني) الماضي", "منذ يناير (كانون الثاني) الماضي", D(2015, 1, 1), D(2015, 7, 21), 3, "since"),
    ("snn-aea467c3f884", "أكتوبر تشرين الأول 1973", "أكتوبر تشرين الأول 1973", D(1973, 10, 1), D(1973, 10, 31), 3, "month"),
    ("snn-9ba16d8e9662", "منذ 2001", "منذ 2001", D(2001, 1, 1), D(2015, 7, 21), 3, "since"),
    ("snn-32fca641a7bc", "منذ عام 2009", "منذ عام 2009", D(2009, 1, 1), D(2015, 7, 21), 3, "since"),
]


@pytest.mark.parametrize(("aid", "expr", "text", "start", "end", "precision", "kind"), CASES)
def test_real_forms(aid: str, expr: str, text: str, start: D, end: D, precision: int, kind: str) -> None:
    m = _at(aid, expr)
    assert (m.text, m.date_start, m.date_end, m.precision, m.kind) == (text, start, end, precision, kind)


def test_hijri_numeric_dates_are_not_gregorian() -> None:
    arts = _articles()
    if "snn-c62841c52035" not in arts:
        pytest.skip("shared data missing")
    pub, text = arts["snn-c62841c52035"]
    s = text.index("10/1/1436")
    assert not [m for m in extract_dates(text, pub) if m.start <= s < m.end]


def test_without_publication_date() -> None:
    m = _at("seed", "في وقت متأخر الجمعة", published=None)
    arts = _articles()
    _, text = arts["seed"]
    ms = extract_dates(text)
    rel = [x for x in ms if x.relative and x.kind == "relative"]
    assert rel and all(x.date_start is None and x.date_end is None for x in rel)
    years = [x for x in ms if x.kind == "year"]
    assert years and all(x.date_start is not None for x in years)
    assert m.text == "في وقت متأخر الجمعة"


P = D(2023, 10, 12)  # a Thursday


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "kind"),
    [
        # Gregorian month names in every regional system (toy sentences: written here, not copied)
        ("في 5 جانفي 2023", D(2023, 1, 5), D(2023, 1, 5), 1, "day"),
        ("في 5 فيفري 2023", D(2023, 2, 5), D(2023, 2, 5), 1, "day"),
        ("في 5 أفريل 2023", D(2023, 4, 5), D(2023, 4, 5), 1, "day"),
        ("في 5 ماي 2023", D(2023, 5, 5), D(2023, 5, 5), 1, "day"),
        ("في 5 جوان 2023", D(2023, 6, 5), D(2023, 6, 5), 1, "day"),
        ("في 5 جويلية 2023", D(2023, 7, 5), D(2023, 7, 5), 1, "day"),
        ("في 5 أوت 2023", D(2023, 8, 5), D(2023, 8, 5), 1, "day"),
        ("في 5 شباط 2023", D(2023, 2, 5), D(2023, 2, 5), 1, "day"),
        ("في 5 كانون الأول 2022", D(2022, 12, 5), D(2022, 12, 5), 1, "day"),
        ("الثامن من أكتوبر (تشرين الأول) 2023", D(2023, 10, 8), D(2023, 10, 8), 1, "day"),
        ("الخميس", D(2023, 10, 12), D(2023, 10, 12), 1, "relative"),
        ("يوم الجمعة", D(2023, 10, 6), D(2023, 10, 6), 1, "relative"),
        ("فجر السبت", D(2023, 10, 7), D(2023, 10, 7), 1, "relative"),
        ("الجمعة الماضية", D(2023, 10, 6), D(2023, 10, 6), 1, "relative"),
        ("الخميس الماضي", D(2023, 10, 5), D(2023, 10, 5), 1, "relative"),
        ("الأحد المقبل", D(2023, 10, 15), D(2023, 10, 15), 1, "relative"),
        ("اليوم", P, P, 1, "relative"),
        ("أمس", D(2023, 10, 11), D(2023, 10, 11), 1, "relative"),
        ("أول أمس", D(2023, 10, 10), D(2023, 10, 10), 1, "relative"),
        ("الليلة الماضية", D(2023, 10, 11), D(2023, 10, 11), 1, "relative"),
        ("الشهر الماضي", D(2023, 9, 1), D(2023, 9, 30), 3, "month"),
        ("العام الماضي", D(2022, 1, 1), D(2022, 12, 31), 3, "year"),
        ("في مارس الماضي", D(2023, 3, 1), D(2023, 3, 31), 3, "month"),
        ("سبتمبر (أيلول) 2018", D(2018, 9, 1), D(2018, 9, 30), 3, "month"),
        ("يوم 25/7/2015", D(2015, 7, 25), D(2015, 7, 25), 1, "day"),
        ("يومي 25 و26 أغسطس", D(2023, 8, 25), D(2023, 8, 26), 2, "span"),
        ("في 20 أكتوبر", D(2023, 10, 20), D(2023, 10, 20), 1, "day"),
        ("في 20 نوفمبر", D(2022, 11, 20), D(2022, 11, 20), 1, "day"),
    ],
)
def test_toy_forms(text: str, start: D, end: D, precision: int, kind: str) -> None:
    ms = extract_dates(text, P)
    assert ms, text
    m = ms[0]
    assert (m.date_start, m.date_end, m.precision, m.kind) == (start, end, precision, kind)
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize("text", ["اليوم التالي", "في اليوم نفسه", "صحيفة إسرائيل اليوم", "مارس الرئيس ضغوطاً", "أحد الجنود"])
def test_not_dates(text: str) -> None:
    assert extract_dates(text, P) == []


def test_benchmark_gate() -> None:
    """The hand-annotated set (tests/data/dates_bench.json), saudinewsnet part: accuracy >= 0.9."""
    arts = _articles()
    if not arts:
        pytest.skip("shared data missing")
    items = json.loads((ROOT / "tests" / "data" / "dates_bench.json").read_text(encoding="utf-8"))["items"]
    items = [it for it in items if it["source"] == "saudinewsnet" and it["id"] in arts]
    ok = 0
    for it in items:
        pub, text = arts[it["id"]]
        hit = [m for m in extract_dates(text, pub) if m.start < it["end"] and it["start"] < m.end]
        got = hit[0].date_start if hit else None
        v = it["value"]
        if it["expect"] == "N":
            ok += got is None
        elif got is not None:
            parts = v.split("-")
            ok += (str(got.year), f"{got.month:02d}", f"{got.day:02d}")[: len(parts)] == tuple(parts)
    assert len(items) >= 100
    assert ok / len(items) >= 0.9


def test_a_part_of_a_month_narrows_it_to_a_span_of_days() -> None:
    import datetime as _dt

    from marsad.dates import extract_dates

    got = [(d.text, d.date_start, d.date_end, d.precision, d.kind)
           for d in extract_dates("اختطف نهاية يونيو، ثم في منتصف يوليو الماضي، وقبل مطلع أغسطس.", _dt.date(2015, 8, 20))]
    assert got == [
        ("نهاية يونيو", _dt.date(2015, 6, 21), _dt.date(2015, 6, 30), 2, "span"),
        ("منتصف يوليو الماضي", _dt.date(2015, 7, 11), _dt.date(2015, 7, 20), 2, "span"),
        ("مطلع أغسطس", _dt.date(2015, 8, 1), _dt.date(2015, 8, 10), 2, "span"),
    ]


def test_tomorrow_as_a_day_and_tomorrow_as_the_future() -> None:
    import datetime as dt

    from marsad.events.context import build_context

    pub = dt.date(2015, 8, 7)
    got = [(d.text, d.date_start) for d in build_context("يبدأ الاجتماع مساء غد في الرياض", published=pub).dates]
    assert got == [("مساء غد", dt.date(2015, 8, 8))]
    assert build_context("قال إن الشباب يستحقون الأمل بغد أفضل", published=pub).dates == []


def test_a_day_of_the_current_or_last_month() -> None:
    # made-up: «في السابع من الشهر الحالي»، «يوم 25 من الشهر الماضي»: a day of a month told relative to publication
    pub = dt.date(2015, 8, 11)
    got = [(d.text, d.date_start, d.precision) for d in extract_dates("وقع الهجوم في السابع من الشهر الحالي", pub)]
    assert got == [("السابع من الشهر الحالي", dt.date(2015, 8, 7), 1)]
    got = [(d.date_start, d.precision) for d in extract_dates("وكان قد اعتقل يوم 25 من الشهر الماضي", pub)]
    assert got == [(dt.date(2015, 7, 25), 1)]
    assert [(d.date_start, d.precision) for d in extract_dates("وفي الشهر الماضي", pub)] == [(dt.date(2015, 7, 1), 3)]


def test_hours_ago_is_the_day_of_publication() -> None:
    """«قبل ساعات قليلة»، «منذ قليل»: the publication day; not the hours before another happening («قبل ساعات من …»)
    nor the hours of a day named next («منذ ساعات فجر الأحد» is that Sunday)."""
    pub = dt.date(2015, 8, 3)

    def got(text: str) -> list[tuple[str, dt.date | None]]:
        return [(d.text, d.date_start) for d in extract_dates(text, pub)]

    assert got("قصفت الطائرات قبل ساعات قليلة مواقع المسلحين") == [("قبل ساعات قليلة", pub)]
    assert got("وأعلنت الشرطة منذ قليل اعتقال رجلين") == [("منذ قليل", pub)]
    assert got("وصل الوفد قبل ساعات من بدء المؤتمر") == []
    assert got("قتل جندي قبل ساعات فقط من الهدنة") == []
    assert got("دارت اشتباكات منذ ساعات فجر الأحد بين الطرفين") == [("فجر الأحد", dt.date(2015, 8, 2))]


def test_days_ago_count_back_from_publication() -> None:
    """«قبل يومين»، «قبل 4 أيام»، «قبل أسبوع»: that many days before publication (a week to the week); «منذ ثلاثة
    أيام» is a span from that day up to publication; not the days before another happening («قبل يومين من …»)."""
    pub = dt.date(2015, 8, 6)

    def got(text: str) -> list[tuple[str, dt.date | None, dt.date | None, int, str]]:
        return [(d.text, d.date_start, d.date_end, d.precision, d.kind) for d in extract_dates(text, pub)]

    assert got("وقتل الجنديان قبل يومين في كمين على الطريق") == [
        ("قبل يومين", dt.date(2015, 8, 4), dt.date(2015, 8, 4), 1, "relative")]
    assert got("وكانت الطائرات قصفت البلدة قبل 4 أيام") == [
        ("قبل 4 أيام", dt.date(2015, 8, 2), dt.date(2015, 8, 2), 1, "relative")]
    assert got("ووقع الهجوم الأول قبل أسبوع تقريبا") == [
        ("قبل أسبوع", dt.date(2015, 7, 30), dt.date(2015, 7, 30), 2, "relative")]
    assert got("وتشهد المدينة معارك منذ ثلاثة أيام") == [
        ("منذ ثلاثة أيام", dt.date(2015, 8, 3), pub, 1, "since")]
    assert got("وصل الوزير قبل يومين من بدء المحادثات") == []
    assert got("وصل الوزير قبل يومين فقط من بدء المحادثات") == []
    assert got("وقتل قبل 40 أيام") == []  # (a count of days beyond ten is not read as days ago)


def test_the_friday_prayer_names_no_day() -> None:
    # made-up: «صلاة الجمعة»، «خطبة الجمعة» name the prayer and the sermon; a day told beside them is the day
    pub = dt.date(2015, 8, 1)
    days = [(m.text, m.date_start) for m in extract_dates("وقع التفجير خلال صلاة الجمعة في 26 يونيو الماضي.", pub)]
    assert days == [("26 يونيو الماضي", dt.date(2015, 6, 26))]
    assert extract_dates("وهاجم خطيب المسجد في خطبة الجمعة الجماعات المتطرفة.", pub) == []
    assert [m.date_start for m in extract_dates("وقع التفجير مساء الجمعة قرب المسجد.", pub)] == [dt.date(2015, 7, 31)]
