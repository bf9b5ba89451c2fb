"""The saudinewsnet records the build scripts count words in (title and text), read once the same way."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet"


def titles_and_texts(data: Path = DATA) -> Iterator[tuple[str, str]]:
    """(title, text) of every record with a text, file by file in name order; a line that is not JSON is skipped."""
    for f in sorted(data.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    r = json.loads(line)
                except json.JSONDecodeError:
                    continue
                text = r.get("text")
                if isinstance(text, str):
                    yield r.get("title") or "", text


_WORD = re.compile(r"[\u0621-\u064A]+")


def word_counts(data: Path = DATA) -> Counter[str]:
    """How often each word (a run of Arabic letters, normalised with ``marsad.arabic.normalize.normalize_text``)
    occurs in the titles and texts of the records."""
    from marsad.arabic.normalize import normalize_text

    counts: Counter[str] = Counter()
    for title, text in titles_and_texts(data):
        counts.update(_WORD.findall(normalize_text(title + "\n" + text)))
    return counts
