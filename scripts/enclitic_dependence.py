"""Which lexicon hits exist only because a pronoun suffix is stripped from a word with the article.

Arabic puts no possessive pronoun on a word with the article, yet `marsad.arabic.tokens.clitic_words(w, True)` reads
«العسكرية» (normalised «العسكريه») as «العسكري+ه» and «القتلى» («القتلي») as «القتل+ي»: the event lexicon then
matches «عسكري» and «قتل» through a reading the language does not have. Before the tokenizer stops making such
readings, the lexicon needs the feminine and broken-plural forms it relies on. This lists them, most frequent first,
over the corpus in ../shared/data/saudinewsnet (counts of tokens, the reading hit, the commonest surface forms).

    .venv/bin/python scripts/enclitic_dependence.py [--top 60]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from marsad.arabic.tokens import clitic_words, tokenize
from marsad.events.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet"
# a proclitic conjunction or preposition, then the article (or «لل»: the preposition lam before the article)
ARTICLE = re.compile(r"^([وف]?[بكل]?)(?:ال|ل(?=ل))")


def lexicon_words() -> set[str]:
    """Every word the event lexicon looks up: cue lists, weapon and argument sets, trigger forms."""
    lex = load_lexicon()
    words: set[str] = set(lex.forms)
    for group in (lex.cues, lex.sets):
        for v in group.values():
            if isinstance(v, (set, frozenset)):
                words |= v
    return words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=60, help="readings to list (default 60)")
    args = ap.parse_args()
    words = lexicon_words()
    hits: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = {}
    for path in sorted(CORPUS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                for tok in tokenize(json.loads(line).get("text") or ""):
                    w = tok.norm
                    art = ARTICLE.match(w)
                    if art is None or len(w) - art.end(1) <= 5:
                        continue  # (short «ال…» words are «إلى» with a pronoun: «إليه»)
                    plain = set(clitic_words(w, False))
                    for r in clitic_words(w, True):
                        if r not in plain and r in words:
                            hits[r] += 1
                            surfaces.setdefault(r, Counter())[w] += 1
    for r, n in hits.most_common(args.top):
        forms = ", ".join(f"{w} {c}" for w, c in surfaces[r].most_common(4))
        print(f"{n:6d}  {r}  <- {forms}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
