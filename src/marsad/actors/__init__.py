"""Actors, reporting sources and quotes.

Public API:
- :func:`find_actors` (text) -> list[ActorMention]
- :func:`find_sources` (text, actors=None) -> list[SourceMention]
- :func:`find_quotes` (text, actors=None) -> list[QuoteMention]
- :func:`lexicon` () -> Lexicon with ``lookup(norm_alias)``
- :func:`romanise` (name) -> stable Latin name
"""

from marsad.actors.find import find_actors
from marsad.actors.lexicon import Entry, Lexicon, lexicon
from marsad.actors.quotes import find_quotes
from marsad.actors.romanise import romanise
from marsad.actors.sources import find_sources

__all__ = ["Entry", "Lexicon", "find_actors", "find_quotes", "find_sources", "lexicon", "romanise"]
