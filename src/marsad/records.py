"""The output contract as typed records (see ../shared/contract/README.md).

One definition: the CLI prints these, the store keeps them, the API serves them
and `marsad eval` scores them. `marsad schema` writes the JSON Schema generated
from them (kept in the repo at ``src/marsad/schema/output.schema.json``).

Every extracted value carries an evidence span into the document's ``text``
(``text[start:end]``). Extra fields are allowed by the contract; the ones here
are the ones the contract requires plus a few documented additions.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Record(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Span(Record):
    """Character offsets into the document's text: text[start:end]."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Byline(Record):
    author: str
    place: str | None = None


class Caption(Record):
    text: str
    credit: str | None = None


class Actor(Record):
    text: str = Field(description="the span as written")
    name: str = Field(description="canonical name; the same actor always gets the same name")
    type: int | None = Field(default=None, ge=1, le=8, description="ACLED actor type 1-8")
    country: str | None = None
    role: str | None = None
    span: Span | None = None


class Location(Record):
    text: str
    name: str
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2")
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: int = Field(default=3, ge=1, le=3)
    span: Span | None = None


class Toll(Record):
    """Fatalities or injuries: low <= best <= high; best is the most conservative figure."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    civilians: int | None = None
    children: int | None = None
    women: int | None = None
    approximate: bool = False
    text: str | None = None
    span: Span | None = None


class EventDate(Record):
    start: str | None = None
    end: str | None = None
    precision: int | None = Field(default=None, ge=1, le=3)
    text: str | None = None
    span: Span | None = None


class AcledType(Record):
    event_type: str
    sub_event_type: str | None = None


class PloverType(Record):
    event_type: str
    mode: str | None = None


class Source(Record):
    text: str
    name: str
    kind: str | None = Field(default=None, description="named, anonymous, media, official ...")
    span: Span | None = None


class Event(Record):
    id: str
    acled: AcledType | None = None
    plover: PloverType | None = None
    date: EventDate = Field(default_factory=EventDate)
    actor1: Actor | None = None
    actor2: Actor | None = None
    location: Location | None = None
    fatalities: Toll | None = None
    injured: Toll | None = None
    sources: list[Source] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    trigger: str | None = Field(default=None, description="the event word as written")
    rule: str | None = Field(default=None, description="which rule decided the type")


class Speaker(Record):
    text: str
    name: str
    role: str | None = None


class Quote(Record):
    speaker: Speaker | None = None
    quote: str
    direct: bool
    medium: str | None = None
    evidence: list[Span] = Field(default_factory=list)


class Document(Record):
    id: str
    role: Literal["article", "related"] = "article"
    title: str | None = None
    section: str | None = None
    summary: str | None = None
    byline: Byline | None = None
    captions: list[Caption] = Field(default_factory=list)
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    text: str = ""
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)


class PageOutput(Record):
    source: str
    documents: list[Document] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)


def output_schema() -> dict:
    """The JSON Schema of one output object of `marsad extract --format json`."""
    schema = PageOutput.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Marsad extract output"
    return schema
