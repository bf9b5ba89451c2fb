"""Mentions: what the reading stages find in a document's text, before events.

Each stage is a pure function from text (plus explicit context) to a list of
these. Offsets always point into the original text given to the stage.
They are plain frozen dataclasses (fast to build); the output records in
``records.py`` are made from them by the event assembler.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class NumberMention:
    start: int
    end: int
    text: str
    value: int | float | None  # best value (ACLED conventions for vague quantities)
    low: int | float | None = None
    high: int | float | None = None
    approximate: bool = False
    vague: bool = False  # عشرات, مئات ...
    ordinal: bool = False
    noun: str | None = None  # the counted noun as written (شخصاً, مدنياً ...)
    noun_start: int | None = None
    noun_end: int | None = None


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    date_start: dt.date | None  # None when relative and no publication date given
    date_end: dt.date | None
    precision: int | None  # ACLED time precision 1-3
    kind: str = "day"  # day, relative, month, year, since, span
    relative: bool = False


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry."""

    id: str
    name: str  # English/Latin name
    name_ar: str
    country: str  # ISO alpha-2
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    kind: str  # country, admin1, admin2, city, town, village, camp, crossing, neighbourhood, region
    population: int = 0
    geonames_id: int | None = None


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place | None
    precision: int = 1  # ACLED geo precision 1-3
    feature: str | None = None  # بلدة, قرية, ريف ...
    direction: str | None = None  # شرق, شمال ...
    relation: str | None = None  # "near", "distance", "part-of" ...
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    name: str  # canonical name
    type: int | None  # ACLED actor type 1-8
    country: str | None = None
    kind: str = "org"  # org, person, generic, state, coalition, intl
    role: str | None = None  # for persons: the title/role as written
    role_start: int | None = None
    role_end: int | None = None
    affiliation: str | None = None  # canonical name of the group a person belongs to
    confidence: float = 0.8


@dataclass(frozen=True, slots=True)
class SourceMention:
    start: int  # span of the source as written
    end: int
    text: str
    name: str  # canonical name (named source) or a typed anonymous one ("Security sources")
    kind: str  # named, anonymous, media, official, witness
    cue: str | None = None  # بحسب, وفقاً لـ, قال ...
    cue_start: int | None = None


@dataclass(frozen=True, slots=True)
class QuoteMention:
    start: int  # span of the quoted words (without the marks)
    end: int
    text: str
    direct: bool
    speaker: ActorMention | None
    medium: str | None = None
    cue_start: int | None = None  # where the attribution (قال, أضاف ...) is
    evidence: tuple[tuple[int, int], ...] = field(default_factory=tuple)
