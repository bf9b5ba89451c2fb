"""Build src/marsad/data/future_forms.json: present-tense verbs with the future prefix «س» (ستستضيف، سيزور).

A plan told with a future verb governing an event noun («ستستضيف الصين الجولة الثانية من المحادثات») reports
no happening yet; the event cues hold the common future verbs by hand, and this list adds the rest the news
writes. Arabic script gives no sure sign of the prefix («سيارة»، «سيطرة»، «سنجار» start the same way), so
a word counts as a future form only when the language itself shows it:

Rule, on the title and text of every article of ../shared/data/saudinewsnet/*.jsonl (normalised with
``marsad.arabic.normalize.normalize_text``; words are runs of Arabic letters):
- the word is «س» + a present-tense stem starting with ي، ت or ن (he, she/you, we), 5+ letters in all;
- that stem stands on its own as a word at least ``MIN_STEM`` times (تستضيف، يزور) and so does the same verb with
  another person's prefix (يستضيف، تزور): «سيارة» has no «يارة», «سيدها» (her master) has «يدها» but no «تدها»;
- it is no form of «سيطر» (to take control: «سيطرا» is a past dual as much as «سيطرأ»);
- the word is no place name of the gazetteer, no given name and no word of the actor lexicon (سنجار، سيرجي).
Reproducible: the same input gives the same file.

    .venv/bin/python scripts/build_future_forms.py
"""

from __future__ import annotations

import json
from pathlib import Path

from corpus import DATA, word_counts  # scripts/corpus.py
from marsad.arabic.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "marsad" / "data" / "future_forms.json"
MIN_STEM = 2


def _names() -> set[str]:
    from marsad.actors.find import given_names
    from marsad.places.gazetteer import gazetteer

    out = {k for k in gazetteer().index if " " not in k}
    out.update(given_names())
    names = json.loads((ROOT / "src" / "marsad" / "data" / "romanise_names.json").read_text(encoding="utf-8"))
    for values in names.values():
        if isinstance(values, dict):
            out.update(normalize_text(w) for w in values if " " not in w)
        elif isinstance(values, list):
            out.update(normalize_text(w) for w in values if isinstance(w, str) and " " not in w)
    actors = json.loads((ROOT / "src" / "marsad" / "data" / "actors.json").read_text(encoding="utf-8"))
    for entry in actors.get("actors", []) if isinstance(actors, dict) else actors:
        for alias in entry.get("aliases", []) if isinstance(entry, dict) else []:
            out.update(normalize_text(w) for w in alias.split())
    return out


def future_forms(data: Path = DATA) -> list[str]:
    """The future forms the rule above finds in the corpus at ``data``, sorted."""
    counts = word_counts(data)
    names = _names()

    def other_person(w: str) -> bool:
        return any(counts.get(p + w[2:], 0) >= MIN_STEM for p in "يتن" if p != w[1])

    return sorted(
        w for w in counts
        if len(w) >= 5 and w[0] == "س" and w[1] in "يتن" and counts.get(w[1:], 0) >= MIN_STEM and other_person(w)
        and not w.startswith("سيطر") and w not in names
    )


def main() -> None:
    keep = future_forms()
    OUT.write_text(json.dumps({"_doc": __doc__.split("\n\n")[0] + " Built by scripts/build_future_forms.py.",
                               "min_stem": MIN_STEM, "forms": keep}, ensure_ascii=False, indent=0) + "\n",
                   encoding="utf-8")
    print(f"{len(keep)} forms -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
