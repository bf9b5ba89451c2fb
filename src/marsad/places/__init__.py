"""Places: the offline gazetteer of the Arab world and the geoparser.

Public API:
- ``find_places(text, context_countries=()) -> list[PlaceMention]``
- ``gazetteer()`` -> the loaded :class:`Gazetteer` (``lookup(norm_name) -> list[Place]``)
- ``to_location(pm) -> records.Location``
- ``country_name(iso2) -> str``, ``country_of_adjective(norm_word) -> str | None``
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.mentions import PlaceMention
from marsad.places.gazetteer import Gazetteer, country_name, country_of_adjective, gazetteer, match_key
from marsad.places.geoparse import find_places

if TYPE_CHECKING:
    from marsad.records import Location


def to_location(pm: PlaceMention) -> Location:
    """The contract's LOCATION for a place mention (with its span)."""
    # imported here: the pydantic records are not needed to geoparse
    from marsad.records import Location, Span

    p = pm.place
    span = Span(start=pm.start, end=pm.end)
    if p is None:
        return Location(text=pm.text, name=pm.text, precision=pm.precision, span=span)
    return Location(
        text=pm.text, name=p.name, country=p.country, admin1=p.admin1, admin2=p.admin2,
        lat=p.lat, lon=p.lon, geonames_id=p.geonames_id, precision=pm.precision, span=span,
    )


__all__ = [
    "Gazetteer", "country_name", "country_of_adjective", "find_places", "gazetteer", "match_key", "to_location",
]
