"""Publishing outlets: the names ACLED's source column gives the outlet codes an input record may carry
(``data/outlets.json``), and the Arabic names an outlet calls itself by in its own text."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from marsad.arabic.normalize import normalize_text


@lru_cache(maxsize=1)
def _outlets() -> dict[str, tuple[str, str, frozenset[str]]]:
    """outlet code -> (name, its Arabic name or the code, normalised Arabic names)."""
    raw = json.loads(resources.files("marsad.data").joinpath("outlets.json").read_text(encoding="utf-8"))
    return {k.lower(): (v["name"], (v.get("ar") or [k])[0], frozenset(normalize_text(a) for a in v.get("ar", [])))
            for k, v in raw.get("outlets", {}).items()}


def outlet_info(code: str) -> tuple[str, str, frozenset[str]]:
    """(name, text, own Arabic names) of an outlet code; an outlet no table lists is named as written."""
    code = code.strip()
    return _outlets().get(code.lower(), (code, code, frozenset()))


def outlet_name(code: str | None) -> str | None:
    """The outlet's name for a source column («okaz» -> Okaz); None for no outlet."""
    return outlet_info(code)[0] if code and code.strip() else None
