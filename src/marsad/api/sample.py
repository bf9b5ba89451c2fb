"""Synthetic processed pages for the API's tests, the browser test and the load test.

The sentences are assembled here from a few place and actor names and fixed
phrases written for the project (no article text). Each page carries one
document with one event whose every field has a span into the document text,
so the dashboard's highlighting and the review/gold round trip can be
exercised without the extractor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from marsad.records import (
    AcledType,
    Actor,
    Document,
    Event,
    EventDate,
    Location,
    PageOutput,
    Source,
    Span,
    Toll,
)

# (Arabic name, English name, country, admin1, lat, lon)
PLACES = [
    ("الباغوز", "Al-Baghuz Fawqani", "SY", "Deir ez-Zor", 34.46, 40.94),
    ("إدلب", "Idlib", "SY", "Idlib", 35.93, 36.63),
    ("حلب", "Aleppo", "SY", "Aleppo", 36.2, 37.16),
    ("الموصل", "Mosul", "IQ", "Ninawa", 36.34, 43.13),
    ("الرمادي", "Ramadi", "IQ", "Al-Anbar", 33.42, 43.3),
    ("تعز", "Taizz", "YE", "Taizz", 13.58, 44.02),
    ("الحديدة", "Al Hudaydah", "YE", "Al Hudaydah", 14.8, 42.95),
    ("سرت", "Sirte", "LY", "Surt", 31.21, 16.59),
    ("خان يونس", "Khan Yunis", "PS", "Gaza Strip", 31.34, 34.31),
    ("صيدا", "Sidon", "LB", "South Lebanon", 33.56, 35.37),
]
# (Arabic, canonical name, ACLED actor type)
ACTORS = [
    ("التحالف الدولي", "International Coalition", 8),
    ("قوات سوريا الديمقراطية", "Syrian Democratic Forces", 2),
    ("تنظيم داعش", "Islamic State", 2),
    ("الجيش", "Military Forces", 1),
    ("الحوثيين", "Houthis", 2),
    ("مسلحين مجهولين", "Unidentified Armed Group", 3),
]
# (ACLED type, sub-event type, the phrase that opens the sentence)
KINDS = [
    ("Explosions/Remote violence", "Air/drone strike", "شنت طائرات"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "قصفت مدفعية"),
    ("Battles", "Armed clash", "اشتبكت عناصر من"),
    ("Violence against civilians", "Attack", "هاجم عناصر من"),
]
SOURCES = [("المرصد السوري لحقوق الإنسان", "Syrian Observatory for Human Rights"),
           ("مصادر محلية", "Local sources"), ("مصادر طبية", "Medical sources")]
OUTLETS = ["الشرق الأوسط", "الحياة", "العربية", "الجزيرة"]


@dataclass(slots=True)
class SamplePage:
    """A stand-in for ``marsad.inputs.InputPage`` (the store reads these attributes)."""

    source: str
    text: str
    kind: str = "text"
    id: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None


def _span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start=start, end=start + len(part))


def sample_page(i: int, *, text_extra: str = "") -> tuple[SamplePage, PageOutput]:
    """The i-th synthetic page and its processed output (deterministic)."""
    place_ar, place_en, country, admin1, lat, lon = PLACES[i % len(PLACES)]
    actor_ar, actor_en, actor_type = ACTORS[i % len(ACTORS)]
    victim_ar, victim_en, victim_type = ACTORS[(i + 3) % len(ACTORS)]
    etype, sub, opening = KINDS[i % len(KINDS)]
    source_ar, source_en = SOURCES[i % len(SOURCES)]
    killed = (i * 7) % 40
    injured = (i * 3) % 25
    day = dt.date(2019, 1, 1) + dt.timedelta(days=i % 3650)
    date_word = "الجمعة"
    sentence = (f"{opening} {actor_ar} مواقع {victim_ar} في {place_ar} يوم {date_word}، "
                f"ما أسفر عن مقتل {killed} شخصاً وإصابة {injured} آخرين، بحسب {source_ar}.")
    text = f"{sentence}\nوأضاف التقرير أن المنطقة تشهد توتراً منذ أسابيع (رقم {i}).{text_extra}"
    ev_span = _span(text, sentence)
    killed_text = f"مقتل {killed} شخصاً"
    injured_text = f"إصابة {injured} آخرين"
    event = Event(
        id="e1",
        acled=AcledType(event_type=etype, sub_event_type=sub),
        date=EventDate(start=day.isoformat(), end=day.isoformat(), precision=1, text=date_word,
                       span=_span(text, date_word)),
        actor1=Actor(text=actor_ar, name=actor_en, type=actor_type, span=_span(text, actor_ar)),
        actor2=Actor(text=victim_ar, name=victim_en, type=victim_type, span=_span(text, victim_ar)),
        location=Location(text=place_ar, name=place_en, country=country, admin1=admin1, lat=lat, lon=lon,
                          precision=1, span=_span(text, place_ar)),
        fatalities=Toll(low=killed, best=killed, high=killed, text=killed_text, span=_span(text, killed_text)),
        injured=Toll(low=injured, best=injured, high=injured, text=injured_text, span=_span(text, injured_text)),
        sources=[Source(text=source_ar, name=source_en, span=_span(text, source_ar))],
        evidence=[ev_span],
        confidence=0.8,
        trigger=opening.split()[0],
    )
    title = f"{etype} في {place_ar} ({i})"
    published = (day + dt.timedelta(days=1)).isoformat()
    outlet = OUTLETS[i % len(OUTLETS)]
    doc = Document(id=f"p{i}-d1", title=title, published=published, outlet=outlet, text=text, events=[event])
    page = SamplePage(source=f"sample:{i}", text=text, id=str(i), title=title, published=published,
                      url=f"https://example.org/news/{i}", outlet=outlet)
    return page, PageOutput(source=page.source, documents=[doc])


def sample_pages(n: int, start: int = 0) -> Iterator[tuple[SamplePage, PageOutput]]:
    for i in range(start, start + n):
        yield sample_page(i)


def fake_process(page: object) -> PageOutput:
    """A stand-in for ``marsad.pipeline.process_page``: one document, one event in its first sentence."""
    text: str = page.text  # type: ignore[attr-defined]
    end = text.find(".") + 1 or len(text)
    doc = Document(id="d1", title=getattr(page, "title", None), published=getattr(page, "published", None),
                   outlet=getattr(page, "outlet", None), text=text,
                   events=[Event(id="e1", acled=AcledType(event_type="Protests", sub_event_type="Peaceful protest"),
                                 date=EventDate(start=getattr(page, "published", None)),
                                 evidence=[Span(start=0, end=end)])])
    return PageOutput(source=str(getattr(page, "source", "api")), documents=[doc])
