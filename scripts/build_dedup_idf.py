"""Build src/marsad/data/dedup_idf.tsv.gz: document frequencies of normalised, clitic-peeled words.

De-duplication weighs shared words by their rarity (a shared «أكاديمية» says more than a shared
«قتل»).  The counts come from ../shared/data/saudinewsnet/*.jsonl (title and text of every
article); only words in at least ``MIN_DF`` articles are kept (a word missing from the table is
treated as rare).  Reproducible: the same input gives the same file.

    .venv/bin/python scripts/build_dedup_idf.py
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

from corpus import titles_and_texts  # scripts/corpus.py
from marsad.link import tokens

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"
OUT = ROOT / "src" / "marsad" / "data" / "dedup_idf.tsv.gz"
MIN_DF = 3


def main() -> None:
    df: Counter[str] = Counter()
    n = 0
    for title, text in titles_and_texts(DATA):
        if not text.strip():
            continue
        n += 1
        df.update(set(tokens(title + "\n" + text)))
    rows = sorted((w, c) for w, c in df.items() if c >= MIN_DF)
    with gzip.GzipFile(OUT, "wb", mtime=0) as gz:
        body = f"#documents\t{n}\n" + "".join(f"{w}\t{c}\n" for w, c in rows)
        gz.write(body.encode("utf-8"))
    print(f"{OUT}: {len(rows)} words from {n} documents")


if __name__ == "__main__":
    main()
