"""Islamic holidays in the date reader (marsad.dates): the Umm al-Qura day (hijridate) of the holiday
nearest before the publication date.  The sentences are made up."""

from __future__ import annotations

import datetime as dt

from marsad.dates import extract_dates


def _one(text: str, published: str) -> tuple[str, dt.date | None, dt.date | None, int]:
    found = extract_dates(text, dt.date.fromisoformat(published))
    assert len(found) == 1, found
    m = found[0]
    return m.text, m.date_start, m.date_end, m.precision


def test_eid_day_is_the_last_eid_before_publication() -> None:
    # Eid al-Fitr 1436 fell on Friday 17 July 2015 (Umm al-Qura)
    assert _one("هاجم المسلحون الدورية مساء يوم العيد قرب القرية", "2015-07-20") == (
        "مساء يوم العيد", dt.date(2015, 7, 17), dt.date(2015, 7, 17), 1)
    assert _one("قتل ثلاثة أشخاص يوم العيد في انفجار", "2015-07-21")[1:] == (
        dt.date(2015, 7, 17), dt.date(2015, 7, 17), 1)
    # in late September the last Eid is al-Adha (10 Dhu al-Hijja 1436 = 23 September 2015)
    assert _one("سقطت قذيفة على السوق صباح العيد", "2015-09-25")[1] == dt.date(2015, 9, 23)


def test_named_holidays_and_their_days() -> None:
    assert _one("احتفل السكان بعيد الفطر في الساحة", "2015-07-21")[1:] == (
        dt.date(2015, 7, 17), dt.date(2015, 7, 19), 2)
    assert _one("وقع التفجير في ثاني أيام عيد الفطر", "2015-08-01")[1:] == (
        dt.date(2015, 7, 18), dt.date(2015, 7, 18), 1)
    assert _one("اعتقلت الشرطة خمسة أشخاص في أول أيام رمضان", "2015-07-01")[1] == dt.date(2015, 6, 18)
    assert _one("بدأت الحملة في أول أيام عيد الأضحى", "2015-10-01")[1] == dt.date(2015, 9, 23)


def test_the_hijri_month_after_the_holiday_belongs_to_it() -> None:
    text, start, _, _ = _one("أعلنت الوزارة في ثاني أيام عيد الفطر من الشهر الحالي توقيف عشرة أشخاص", "2015-08-07")
    assert text.endswith("من الشهر الحالي") and start == dt.date(2015, 7, 18)


def test_a_coming_holiday_and_markers() -> None:
    # three days before Eid al-Fitr, the coming one is meant
    assert _one("تتوقع الشرطة ازدحاما في عيد الفطر", "2015-07-14")[1] == dt.date(2015, 7, 17)
    # a month before it, the last one (Eid al-Fitr 1435 = 28 July 2014)
    assert _one("تذكر السكان ما جرى في عيد الفطر", "2015-06-10")[1] == dt.date(2014, 7, 28)
    assert _one("سيعود الوفد في عيد الأضحى المقبل", "2015-07-21")[1] == dt.date(2015, 9, 23)
    assert _one("وقعت المواجهات في عيد الأضحى الماضي", "2015-07-21")[1] == dt.date(2014, 10, 4)


def test_no_publication_date_leaves_the_holiday_unresolved() -> None:
    found = extract_dates("قتل جندي يوم العيد", None)
    assert len(found) == 1 and found[0].date_start is None and found[0].relative
