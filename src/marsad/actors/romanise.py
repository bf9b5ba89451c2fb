"""A deterministic Arabic → Latin romaniser for names the lexicon lacks.

It gives a stable canonical Latin name (the same Arabic spelling always gives the
same Latin string); it does not try to recover short vowels the script does not
write, beyond one simple rule (an ``a`` between two written consonants at the
start of a word) that keeps the output pronounceable.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from marsad.arabic.normalize import normalize_text

_LETTERS: dict[str, str] = {
    "ء": "", "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
    "و": "w", "ي": "y", "ة": "a", "ى": "a", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
}
_VOWEL_START = frozenset(("", "a", "i", "u"))  # a letter written as a vowel (or as nothing) needs no 'a' beside it


def _word(w: str) -> str:
    if not w:
        return ""
    out: list[str] = []
    n = len(w)
    for i, ch in enumerate(w):
        if ch == "و":
            out.append("w" if i == 0 or (i + 1 < n and w[i + 1] == "ا") else "u")
        elif ch == "ي":
            out.append("y" if i == 0 or (i + 1 < n and w[i + 1] == "ا") else "i")
        elif ch == "ه" and i == n - 1 and n > 2:
            out.append("a")  # normalised ta marbuta
        elif ch == "ا" and i == 0:
            out.append("a")
        elif ch == "ع":
            out.append("a" if i == 0 or (i == n - 1) else "")
        elif ch.isascii():
            out.append(ch)
        else:
            out.append(_LETTERS.get(ch, ""))
    # one pronounceability rule: two consonant letters at the very start get an 'a' between them, read on the
    # Arabic letters so that a digraph counts as one consonant (شهراني → Shahrani, خليفة → Khalifa)
    if n >= 2 and out[0][:1] not in _VOWEL_START and (out[1][:1] not in _VOWEL_START or w[1] == "ع"):
        out[0] += "a"
    return "".join(out)


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], dict[str, str]]:
    """(given names and name words, surnames with the article): normalised Arabic → press spelling."""
    raw = json.loads(resources.files("marsad.data").joinpath("romanise_names.json").read_text(encoding="utf-8"))
    given = {normalize_text(k): v for k, v in (raw["given"] | raw.get("name_words", {})).items()}
    al = {normalize_text(k): v for k, v in raw["al"].items()}
    return given, al


def romanise(name: str) -> str:
    """Stable Latin form of an Arabic name: common names take their usual press spelling (محمد → Mohammed,
    عبد الله → Abdullah, العيساوي → al-Issawi); other words are transliterated letter by letter."""
    words = normalize_text(name).replace('"', " ").split()
    given, al = _names()
    parts: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        pair = f"{w} {words[i + 1]}" if i + 1 < len(words) else ""
        if pair in given or pair.replace(" ", "") in given:  # «عز الدين» as «عزالدين»
            parts.append(given.get(pair) or given[pair.replace(" ", "")])
            i += 2
            continue
        if w in given or w in al:
            parts.append(given.get(w) or al[w])
            i += 1
            continue
        if w in ("عبد", "ابو", "بن", "ابن", "ولد") and i + 1 < len(words):
            nxt = words[i + 1]
            head = {"عبد": "Abd", "ابو": "Abu", "بن": "bin", "ابن": "Ibn", "ولد": "Ould"}[w]
            if w != "عبد" and (nxt in given or nxt in al):
                parts.append(f"{head} {given.get(nxt) or al[nxt]}")  # بن عبدالعزيز → bin Abdulaziz
            elif nxt.startswith("ال") and len(nxt) > 2:
                parts.append(f"{head} al-{_word(nxt[2:]).capitalize()}")
            else:
                parts.append(f"{head} {_word(nxt).capitalize()}")
            i += 2
            continue
        if w.startswith("عبدال") and len(w) > 5:
            parts.append("Abdul" + _word(w[5:]))
        elif w.startswith("ال") and len(w) > 3:
            parts.append("al-" + _word(w[2:]).capitalize())
        else:
            parts.append(_word(w).capitalize())
        i += 1
    out = " ".join(p for p in parts if p)
    return out[:1].upper() + out[1:] if out else out
