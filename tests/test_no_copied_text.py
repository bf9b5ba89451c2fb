"""The repository holds no text copied from the articles in ../shared: no run of 10 Arabic words of any
article, sentence or page appears in a tracked file (lexicon entries and date patterns are shorter)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669]+")
N = 10
BINARY = {".gz", ".png", ".jpg", ".crfsuite", ".model", ".bin", ".parquet", ".pkl"}

pytestmark = pytest.mark.skipif(not (SHARED / "data" / "saudinewsnet").exists(), reason="../shared not available")


def _grams(text: str) -> set[int]:
    ws = WORD.findall(text)
    return {hash(" ".join(ws[i : i + N])) for i in range(len(ws) - N + 1)}


def test_no_article_text_in_the_repository() -> None:
    grams: set[int] = set()
    for f in sorted((SHARED / "data" / "saudinewsnet").glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                grams |= _grams(rec.get("text") or "")
    for f in sorted((SHARED / "data" / "gsr-dev").glob("*.csv")):
        grams |= _grams(f.read_text(encoding="utf-8"))
    for f in sorted((SHARED / "seed").glob("*.txt")):
        grams |= _grams(f.read_text(encoding="utf-8"))
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    offenders = []
    for name in tracked:
        p = REPO / name
        if p.suffix in BINARY or not p.is_file() or p.is_symlink():
            continue
        try:
            text = p.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        if _grams(text) & grams:
            offenders.append(name)
    assert not offenders, f"files holding copied article text: {offenders}"
