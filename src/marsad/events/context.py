"""One adapter: the per-document reading the event stage needs (`DocContext`).

It calls the reading stages other modules provide (sentences, tokens, numbers,
dates, places, actors, sources, quotes). While a stage has not landed yet its
import is guarded and the field stays empty; once it exists it is called.
Nothing here re-implements another module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from marsad.arabic.normalize import Normalized, normalize
from marsad.arabic.sentences import split_sentences
from marsad.arabic.tokens import Token, tokenize
from marsad.mentions import (
    ActorMention,
    DateMention,
    NumberMention,
    PlaceMention,
    QuoteMention,
    SourceMention,
)


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    try:
        mod = __import__(module, fromlist=[name])
        return getattr(mod, name)
    except (ImportError, AttributeError):
        return None


@dataclass(slots=True)
class DocContext:
    text: str
    norm: Normalized
    published: dt.date | None
    title: str | None
    sentences: list[tuple[int, int]]
    tokens: list[Token]
    numbers: list[NumberMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    sources: list[SourceMention] = field(default_factory=list)
    quotes: list[QuoteMention] = field(default_factory=list)
    missing: tuple[str, ...] = ()  # stages that were not available
    token_starts: list[int] = field(default_factory=list)
    # (start, end, clitic readings) of every token (None until first used), filled once by the event stage; read-only
    word_rows: list[tuple[int, int, list[str]]] | None = None
    # per-document memo of pure functions of the (read-only) context, filled by the event stage
    memo: dict[Any, Any] = field(default_factory=dict)


def build_context(
    text: str,
    *,
    published: dt.date | None = None,
    title: str | None = None,
    with_places: bool = True,
    with_actors: bool = True,
) -> DocContext:
    """Run every reading stage over ``text`` once."""
    missing: list[str] = []
    ctx = DocContext(
        text=text,
        norm=normalize(text),
        published=published,
        title=title,
        sentences=split_sentences(text),
        tokens=tokenize(text),
    )
    f = _optional("marsad.numbers", "extract_numbers")
    if f:
        ctx.numbers = list(f(text))
    else:
        missing.append("numbers")
    f = _optional("marsad.dates", "extract_dates")
    if f:
        ctx.dates = list(f(text, published))
    else:
        missing.append("dates")
    if with_places:
        f = _optional("marsad.places", "find_places")
        if f:
            ctx.places = list(f(text, norm=ctx.norm))
        else:
            missing.append("places")
    if with_actors:
        f = _optional("marsad.actors", "find_actors")
        if f:
            ctx.actors = list(f(text))
            g = _optional("marsad.actors", "find_sources")
            if g:
                ctx.sources = list(g(text, ctx.actors))
            q = _optional("marsad.actors", "find_quotes")
            if q:
                ctx.quotes = list(q(text, ctx.actors))
        else:
            missing.append("actors")
    ctx.missing = tuple(missing)
    ctx.token_starts = [t.start for t in ctx.tokens]
    if ctx.places or ctx.actors:
        _drop_seats(ctx)
    return ctx


def _drop_seats(ctx: DocContext) -> None:
    """«المرصد السوري، ومقره بريطانيا»: a place or country told as the seat of the body named before it locates
    that body, not a happening, and the country is no party to one (not «Military Forces of the United Kingdom»)."""
    from bisect import bisect_left

    from marsad.events.lexicon import load_lexicon

    seat = load_lexicon().cues["seat_words"]
    starts = ctx.token_starts

    def after_seat(pos: int) -> bool:
        k = bisect_left(starts, pos)
        return k > 0 and ctx.tokens[k - 1].norm in seat

    ctx.places = [p for p in ctx.places if not after_seat(p.start)]
    ctx.actors = [x for x in ctx.actors if not (x.kind == "country" and after_seat(x.start))]


def to_location(pm: PlaceMention) -> Any:
    """`marsad.places.to_location` when available, else None."""
    f = _optional("marsad.places", "to_location")
    return f(pm) if f else None
