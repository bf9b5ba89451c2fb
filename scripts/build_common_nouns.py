"""Build src/marsad/data/common_nouns.json: words that are common nouns or adjectives, never a person's name.

Arabic has no capital letters, so a name finder that reads the words after a title («المتحدث باسم الوزارة،
فلان») can take a noun for a name («…، خبر نقل قاعدة»). A word that the news writes with the article
often (الخبر، القرار، الهجوم) is a noun: given names do not take it, and the few that do as adjectives
(الكريم، السعيد، الأمين) are kept out by the given-name lists the actor finder already uses.

Rule, on the title and text of every article of ../shared/data/saudinewsnet/*.jsonl (normalised with
``marsad.arabic.normalize.normalize_text``; words are runs of Arabic letters):
- a bare word ``w`` (3+ letters, not starting with ال) is kept when ``ال+w`` occurs at least ``MIN_DEFINITE``
  times and at least as often as the bare word itself (a noun is mostly definite in news prose; a
  surname such as «الأسد» that also stands bare as a given name is rarer with the article than without);
- given names (``marsad.actors.find.given_names`` and the romaniser's table) are removed.
Reproducible: the same input gives the same file.

    .venv/bin/python scripts/build_common_nouns.py
"""

from __future__ import annotations

import json
from pathlib import Path

from corpus import DATA, word_counts  # scripts/corpus.py
from marsad.arabic.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "marsad" / "data" / "common_nouns.json"
MIN_DEFINITE = 20


def _given() -> set[str]:
    from marsad.actors.find import given_names

    out = set(given_names())
    names = json.loads((ROOT / "src" / "marsad" / "data" / "romanise_names.json").read_text(encoding="utf-8"))
    out.update(normalize_text(w) for w in names.get("given", ()) if " " not in w)
    return out


def main() -> None:
    counts = word_counts(DATA)
    given = _given()
    keep = sorted(
        w for w, n in counts.items()
        if len(w) >= 3 and not w.startswith("ال") and counts.get("ال" + w, 0) >= max(MIN_DEFINITE, n)
        and w not in given
    )
    OUT.write_text(json.dumps({"_doc": __doc__.split("\n\n")[0] + " Built by scripts/build_common_nouns.py.",
                               "min_definite": MIN_DEFINITE, "words": keep}, ensure_ascii=False, indent=0) + "\n",
                   encoding="utf-8")
    print(f"{len(keep)} words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
